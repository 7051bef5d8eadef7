// What the server does with bad and hostile input, hall isolation, and the audited shared-data reads and
// verifications — against a real onewindow-server process, on SQLite and on PostgreSQL.
#include "tests/server/serverfixture.h"
#include "tests/support/testenv.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace ow::test;

class TestServerInput final : public QObject
{
    Q_OBJECT
private:
    TestEnv m_env;
    // A small body limit so that the 413 test stays light.
    Fixtures m_fixtures {QStringLiteral("input"), {QStringLiteral("--max-body"), QStringLiteral("1048576")}};

    static QString casePath(const QString& uuid) { return QStringLiteral("/api/v1/cases/") + uuid; }

    static QByteArray rawRequest(const QByteArray& method, const QByteArray& path, const QString& token,
        const QByteArray& body = {}, const QByteArray& extraHeaders = {})
    {
        QByteArray r = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
        if (!token.isEmpty())
            r += "Authorization: Bearer " + token.toLatin1() + "\r\n";
        if (!body.isEmpty() || method == "PUT" || method == "POST")
            r += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
        return r + extraHeaders + "Connection: close\r\n\r\n" + body;
    }

private Q_SLOTS:
    void initTestCase_data() { OW_SERVER_DRIVERS() }
    void cleanupTestCase() { m_fixtures.clear(); }

    void badRequests_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path"); // {uuid} is replaced by a fresh uuid
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        const QByteArray sample
            = QJsonDocument(sampleSubmission(QStringLiteral("{uuid}"))).toJson(QJsonDocument::Compact);
        auto patched = [&](const QByteArray& from, const QByteArray& to) {
            return QByteArray(sample).replace(from, to);
        };
        const QString put = QStringLiteral("/api/v1/cases/{uuid}");
        QTest::newRow("malformed json")
            << QByteArray("PUT") << put << QByteArray("{\"uuid\": ") << 400 << "protocol.malformedJson";
        QTest::newRow("not an object")
            << QByteArray("PUT") << put << QByteArray("[]") << 400 << "protocol.wrongType";
        QTest::newRow("empty body") << QByteArray("PUT") << put << QByteArray() << 400
                                    << "protocol.malformedJson";
        QTest::newRow("wrong type") << QByteArray("PUT") << put
                                    << patched("\"counter\":\"A03\"", "\"counter\":3") << 400
                                    << "protocol.wrongType";
        QTest::newRow("missing field") << QByteArray("PUT") << put << patched("\"counter\":\"A03\",", "")
                                       << 400 << "protocol.missingField";
        QTest::newRow("unknown field")
            << QByteArray("PUT") << put << patched("\"counter\":", "\"sneaky\":1,\"counter\":") << 400
            << "protocol.unknownField";
        QTest::newRow("bad id check digit") << QByteArray("PUT") << put
                                            << patched("\"idNumber\":\"110105199207082386\",\"kind\"",
                                                   "\"idNumber\":\"110105199207082380\",\"kind\"")
                                            << 400 << "protocol.invalidValue";
        QTest::newRow("uuid mismatch") << QByteArray("PUT") << QStringLiteral("/api/v1/cases/") + newUuid()
                                       << sample << 400 << "case.uuidMismatch";
        QTest::newRow("path not a uuid") << QByteArray("PUT") << QStringLiteral("/api/v1/cases/not-a-uuid")
                                         << sample << 400 << "request.invalidParameter";
        QTest::newRow("sha not hex") << QByteArray("PUT")
                                     << QStringLiteral("/api/v1/attachments/") + QString(64, u'z')
                                     << QByteArray("x") << 400 << "request.invalidParameter";
        QTest::newRow("sha upper case")
            << QByteArray("GET") << QStringLiteral("/api/v1/attachments/") + QString(64, u'A') << QByteArray()
            << 400 << "request.invalidParameter";
        QTest::newRow("dot dot") << QByteArray("GET")
                                 << QStringLiteral("/api/v1/attachments/../../etc/passwd") << QByteArray()
                                 << 400 << "request.badPath";
        QTest::newRow("encoded dot dot")
            << QByteArray("GET") << QStringLiteral("/api/v1/attachments/%2e%2e/status") << QByteArray() << 400
            << "request.badPath";
        QTest::newRow("encoded slash")
            << QByteArray("GET") << QStringLiteral("/api/v1/cases/..%2f..%2fsecret") << QByteArray() << 400
            << "request.badPath";
        QTest::newRow("double encoded") << QByteArray("GET") << QStringLiteral("/api/v1/cases/%252e%252e")
                                        << QByteArray() << 400 << "request.badPath";
        QTest::newRow("empty segment") << QByteArray("GET") << QStringLiteral("/api/v1//cases")
                                       << QByteArray() << 400 << "request.badPath";
        QTest::newRow("unknown route") << QByteArray("GET") << QStringLiteral("/api/v1/nothing")
                                       << QByteArray() << 404 << "request.notFound";
        QTest::newRow("wrong method")
            << QByteArray("DELETE") << put << QByteArray() << 405 << "request.method";
        QTest::newRow("bad range") << QByteArray("PUT")
                                   << QStringLiteral("/api/v1/attachments/") + QString(64, u'c')
                                   << QByteArray("abc") << 400 << "attachment.range";
        QTest::newRow("bad status") << QByteArray("POST") << QStringLiteral("/api/v1/cases/{uuid}/status")
                                    << QByteArray("{\"status\":\"archived\"}") << 403 << "auth.role";
        QTest::newRow("verification subjects")
            << QByteArray("POST") << QStringLiteral("/api/v1/verifications")
            << QByteArray("{\"kind\":\"marriage\",\"subjects\":[],\"caseUuid\":\"x\",\"consent\":true}")
            << 400 << "protocol.invalidValue";
        QTest::newRow("sign-in types")
            << QByteArray("POST") << QStringLiteral("/api/v1/auth/sign-in")
            << QByteArray("{\"username\":1,\"password\":[]}") << 400 << "protocol.wrongType";
        QTest::newRow("changes query")
            << QByteArray("GET") << QStringLiteral("/api/v1/cases/changes?since=abc") << QByteArray() << 400
            << "request.invalidQuery";
    }

    void badRequests()
    {
        OW_SERVER_FIXTURE(m_fixtures)
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        const QString uuid = newUuid();
        path.replace(QStringLiteral("{uuid}"), uuid);
        body.replace("{uuid}", uuid.toLatin1());
        QByteArray extra;
        if (QTest::currentDataTag() == QByteArray("bad range"))
            extra = "Content-Range: bytes 5-1/3\r\n";
        // Raw HTTP, so that no client library normalises the path.
        const Reply r
            = fx->client().raw(rawRequest(method, path.toLatin1(), fx->token(kClerkCY), body, extra));
        QCOMPARE(r.status, status);
        QCOMPARE(r.errorCode(), code);
        QVERIFY(!r.json.value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("message"))
                     .toString()
                     .isEmpty());
        // Nothing was stored, and the server is still there.
        QCOMPARE(fx->client().get(casePath(uuid), fx->token(kClerkCY)).status, 404);
        QCOMPARE(fx->client().get(QStringLiteral("/api/v1/health")).status, 200);
    }

    void oversizeBodies()
    {
        OW_SERVER_FIXTURE(m_fixtures)
        const QString clerk = fx->token(kClerkCY);
        const QString uuid = newUuid();
        QJsonObject big = sampleSubmission(uuid);
        QJsonObject fields = big.value(QStringLiteral("fields")).toObject();
        fields.insert(QStringLiteral("remarks"), QString(1200 * 1024, u'x'));
        big.insert(QStringLiteral("fields"), fields);
        Reply r = fx->client().putJson(casePath(uuid), big, clerk);
        QCOMPARE(r.status, 413);
        QCOMPARE(r.errorCode(), QStringLiteral("request.tooLarge"));
        QCOMPARE(fx->client().get(casePath(uuid), clerk).status, 404);
        // A huge announced body is refused before it is sent.
        Reply announced = fx->client().raw("PUT /api/v1/cases/" + uuid.toLatin1()
            + " HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999999\r\n\r\n{");
        QCOMPARE(announced.status, 413);
        Reply chunked = fx->client().raw("PUT /api/v1/cases/" + uuid.toLatin1()
            + " HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n1\r\n{\r\n");
        QCOMPARE(chunked.status, 411);
        Reply headers = fx->client().raw(
            "GET /api/v1/health HTTP/1.1\r\nX-Filler: " + QByteArray(70 * 1024, 'a') + "\r\n\r\n");
        QCOMPARE(headers.status, 431);
        Reply garbage = fx->client().raw("\x16\x03\x01 this is not HTTP at all\r\n\r\n", 3000);
        QVERIFY(garbage.status == 0 || garbage.status == 400);
        QCOMPARE(fx->client().get(QStringLiteral("/api/v1/health")).status, 200);
        // Under the limit all is well.
        fields.insert(QStringLiteral("remarks"), QString(100 * 1024, u'x'));
        big.insert(QStringLiteral("fields"), fields);
        QCOMPARE(fx->client().putJson(casePath(uuid), big, clerk).status, 201);
    }

    void hallIsolation()
    {
        OW_SERVER_FIXTURE(m_fixtures)
        ApiClient& api = fx->client();
        const QString cy = fx->token(kClerkCY);
        const QString pd = fx->token(kClerkPD);
        const QString uuid = newUuid();
        QCOMPARE(api.putJson(casePath(uuid), sampleSubmission(uuid), cy).status, 201);
        Reply read = api.get(casePath(uuid), pd);
        QCOMPARE(read.status, 403);
        QCOMPARE(read.errorCode(), QStringLiteral("auth.hall"));
        // Writing a case of another hall, new or existing, is refused and changes nothing.
        QCOMPARE(
            api.putJson(casePath(uuid), sampleSubmission(uuid), pd).errorCode(), QStringLiteral("auth.hall"));
        QJsonObject asPd = sampleSubmission(uuid, QStringLiteral("PD-01"));
        QCOMPARE(api.putJson(casePath(uuid), asPd, pd).status, 403);
        const QString other = newUuid();
        QCOMPARE(api.putJson(casePath(other), sampleSubmission(other), pd).status, 403);
        QCOMPARE(api.get(casePath(other), cy).status, 404);
        Reply still = api.get(casePath(uuid), cy);
        QCOMPARE(still.json.value(QStringLiteral("hallCode")).toString(), QStringLiteral("CY-01"));
        // The supervisor of the hall and the back office may read it.
        QCOMPARE(api.get(casePath(uuid), fx->token(kSupervisorCY)).status, 200);
        QCOMPARE(api.get(casePath(uuid), fx->token(kBackOfficeCY)).status, 200);
    }

    void registersAndAudit()
    {
        OW_SERVER_FIXTURE(m_fixtures)
        ApiClient& api = fx->client();
        const QString clerk = fx->token(kClerkCY);
        const QString caseUuid = newUuid();
        const QString person
            = QStringLiteral("/api/v1/registers/person/110105199003121179?caseUuid=%1&consent=true")
                  .arg(caseUuid);
        Reply p = api.get(person, clerk);
        QCOMPARE(p.status, 200);
        QCOMPARE(p.json.value(QStringLiteral("name")).toString(), QStringLiteral("张伟"));
        QCOMPARE(
            p.json.value(QStringLiteral("address")).toObject().value(QStringLiteral("division")).toString(),
            QStringLiteral("110105"));
        QStringList members;
        for (const QJsonValue& m : p.json.value(QStringLiteral("members")).toArray())
            members << m.toObject().value(QStringLiteral("name")).toString();
        QCOMPARE(members, QStringList({QStringLiteral("李娜"), QStringLiteral("张晓雨")}));
        QCOMPARE(
            api.get(QStringLiteral("/api/v1/registers/person/110105199003121179?caseUuid=%1").arg(caseUuid),
                   clerk)
                .errorCode(),
            QStringLiteral("consent.required"));
        QCOMPARE(api.get(QStringLiteral("/api/v1/registers/person/110105199003121179?consent=true"), clerk)
                     .errorCode(),
            QStringLiteral("request.caseUuid"));
        QCOMPARE(
            api.get(QStringLiteral("/api/v1/registers/person/110105199003121178?caseUuid=%1&consent=true")
                        .arg(caseUuid),
                   clerk)
                .status,
            400);
        QCOMPARE(
            api.get(QStringLiteral("/api/v1/registers/person/11010519491231002X?caseUuid=%1&consent=true")
                        .arg(caseUuid),
                   clerk)
                .errorCode(),
            QStringLiteral("register.notFound"));
        Reply e = api.get(
            QStringLiteral("/api/v1/registers/enterprise/91110105MA01C7K26H?caseUuid=%1&consent=true")
                .arg(caseUuid),
            clerk);
        QCOMPARE(e.status, 200);
        QCOMPARE(e.json.value(QStringLiteral("legalRepresentative")).toString(), QStringLiteral("张伟"));

        auto verify = [&](const QString& kind, const QJsonArray& subjects, bool consent = true) {
            return api.postJson(QStringLiteral("/api/v1/verifications"),
                {{QStringLiteral("kind"), kind}, {QStringLiteral("subjects"), subjects},
                    {QStringLiteral("caseUuid"), caseUuid}, {QStringLiteral("consent"), consent}},
                clerk);
        };
        auto id = [](const char* n, const char* name = nullptr) {
            QJsonObject o {{QStringLiteral("idNumber"), QString::fromLatin1(n)}};
            if (name)
                o.insert(QStringLiteral("name"), QString::fromUtf8(name));
            return o;
        };
        struct Case
        {
            QString kind;
            QJsonArray subjects;
            QString answer;
        };
        const QList<Case> cases {
            {QStringLiteral("marriage"), {id("110105199003121179"), id("110105199207082386")},
                QStringLiteral("yes")},
            {QStringLiteral("marriage"), {id("110105199207082386"), id("110105199003121179")},
                QStringLiteral("yes")},
            {QStringLiteral("marriage"), {id("110105198212016135"), id("110105198403286269")},
                QStringLiteral("no")}, // divorced
            {QStringLiteral("marriage"), {id("110105199003121179"), id("310115199001152422")},
                QStringLiteral("no")},
            {QStringLiteral("disability"), {id("110105198504225182")}, QStringLiteral("yes")},
            {QStringLiteral("disability"), {id("310115197009175216")},
                QStringLiteral("no")}, // expired certificate
            {QStringLiteral("identity"), {id("110105199003121179", "张伟")}, QStringLiteral("yes")},
            {QStringLiteral("identity"), {id("110105199003121179", "张三")}, QStringLiteral("no")},
            {QStringLiteral("death"), {id("110105194001056374")}, QStringLiteral("yes")},
            {QStringLiteral("death"), {id("110105199003121179")}, QStringLiteral("no")},
            {QStringLiteral("householdRegister"), {id("310115198811021219")}, QStringLiteral("yes")},
            {QStringLiteral("enterpriseRegister"),
                {QJsonObject {{QStringLiteral("creditCode"), QStringLiteral("91310115MA1FL3Q86C")}}},
                QStringLiteral("yes")},
            {QStringLiteral("enterpriseRegister"),
                {QJsonObject {{QStringLiteral("creditCode"), QStringLiteral("91110105MA00R5T109")}}},
                QStringLiteral("no")}, // revoked
        };
        QStringList evidence;
        for (const Case& c : cases) {
            Reply v = verify(c.kind, c.subjects);
            QCOMPARE(v.status, 200);
            QCOMPARE(v.json.value(QStringLiteral("answer")).toString(), c.answer);
            QCOMPARE(v.json.value(QStringLiteral("caseUuid")).toString(), caseUuid);
            QVERIFY(v.json.value(QStringLiteral("evidenceRef")).toString().startsWith(QStringLiteral("EV-")));
            evidence << v.json.value(QStringLiteral("evidenceRef")).toString();
        }
        Reply noConsent = verify(QStringLiteral("death"), {id("110105194001056374")}, false);
        QCOMPARE(noConsent.status, 403);

        // Every read is in the audit log with the subject masked; refused reads are not reads.
        Reply audit = api.get(
            QStringLiteral("/api/v1/audit?caseUuid=%1&limit=100").arg(caseUuid), fx->token(kSupervisorCY));
        QCOMPARE(audit.status, 200);
        const QJsonArray entries = audit.json.value(QStringLiteral("entries")).toArray();
        QCOMPARE(entries.size(), 3 + cases.size());
        QStringList actions;
        for (const QJsonValue& v : entries) {
            const QJsonObject a = v.toObject();
            QCOMPARE(a.value(QStringLiteral("actor")).toString(), QStringLiteral("cy.clerk1"));
            QCOMPARE(a.value(QStringLiteral("caseUuid")).toString(), caseUuid);
            QVERIFY(!a.value(QStringLiteral("subject")).toString().contains(QStringLiteral("19900312")));
            QVERIFY(a.value(QStringLiteral("subject")).toString().contains(u'*'));
            actions << a.value(QStringLiteral("action")).toString();
            if (a.value(QStringLiteral("action")).toString().startsWith(QStringLiteral("verification.")))
                QVERIFY(evidence.contains(a.value(QStringLiteral("evidenceRef")).toString()));
        }
        QVERIFY(actions.contains(QStringLiteral("register.person")));
        QVERIFY(actions.contains(QStringLiteral("register.enterprise")));
        QVERIFY(actions.contains(QStringLiteral("verification.marriage")));
        // Another hall's supervisor sees none of it.
        Reply foreign = api.get(QStringLiteral("/api/v1/audit?caseUuid=%1").arg(caseUuid),
            api.signIn(QStringLiteral("pd.supervisor"), QStringLiteral("Super-PD-2026!")));
        QCOMPARE(foreign.json.value(QStringLiteral("entries")).toArray().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestServerInput)
#include "tst_server_input.moc"
