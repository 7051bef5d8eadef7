// The server's API against a real onewindow-server process, on SQLite and on PostgreSQL: sign-in and tokens,
// roles, catalogs, idempotent case submission, resumable attachments, the status feed and transitions.
#include "app/catalog/catalog.h"
#include "tests/server/serverfixture.h"
#include "tests/support/testenv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>

using namespace ow::test;

class TestServerApi final : public QObject
{
    Q_OBJECT
private:
    TestEnv m_env;
    Fixtures m_fixtures {QStringLiteral("api"), {}};

    static QString casePath(const QString& uuid) { return QStringLiteral("/api/v1/cases/") + uuid; }
    static QString attachmentPath(const QString& sha) { return QStringLiteral("/api/v1/attachments/") + sha; }

private Q_SLOTS:
    void initTestCase_data() { OW_SERVER_DRIVERS() }
    void cleanupTestCase() { m_fixtures.clear(); }

    void health()
    {
        OW_SERVER_FIXTURE(m_fixtures)
        const Reply r = fx->client().get(QStringLiteral("/api/v1/health"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(r.json.value(QStringLiteral("driver")).toString(), driver);
        QVERIFY(!r.headers.value("x-request-id").isEmpty());
    }

    void signInAndTokens()
    {
        OW_SERVER_FIXTURE(m_fixtures)
        ApiClient& api = fx->client();
        Reply wrong = api.postJson(QStringLiteral("/api/v1/auth/sign-in"),
            {{QStringLiteral("username"), QStringLiteral("cy.clerk1")},
                {QStringLiteral("password"), QStringLiteral("nope")}},
            {});
        QCOMPARE(wrong.status, 401);
        QCOMPARE(wrong.errorCode(), QStringLiteral("auth.invalid"));
        Reply unknown = api.postJson(QStringLiteral("/api/v1/auth/sign-in"),
            {{QStringLiteral("username"), QStringLiteral("nobody")},
                {QStringLiteral("password"), QStringLiteral("x")}},
            {});
        QCOMPARE(unknown.status, 401);

        const QString token = api.signIn(QStringLiteral("cy.clerk2"), QStringLiteral("Clerk2-CY-2026!"));
        QCOMPARE(token.size(), 43);
        Reply me = api.get(QStringLiteral("/api/v1/auth/me"), token);
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json.value(QStringLiteral("role")).toString(), QStringLiteral("clerk"));
        QCOMPARE(me.json.value(QStringLiteral("hallCode")).toString(), QStringLiteral("CY-01"));

        QCOMPARE(api.get(QStringLiteral("/api/v1/auth/me")).errorCode(), QStringLiteral("auth.missing"));
        QString forged = token;
        forged[5] = forged[5] == u'A' ? u'B' : u'A';
        Reply f = api.get(QStringLiteral("/api/v1/auth/me"), forged);
        QCOMPARE(f.status, 401);
        QCOMPARE(f.errorCode(), QStringLiteral("auth.invalid"));
        QCOMPARE(api.get(QStringLiteral("/api/v1/auth/me"), QStringLiteral("short")).status, 401);

        QCOMPARE(api.send("POST", QStringLiteral("/api/v1/auth/sign-out"), {}, token).status, 204);
        QCOMPARE(api.get(QStringLiteral("/api/v1/auth/me"), token).status, 401);

        // A second process on the same storage with two-second tokens: no state outside the database. The
        // first one is then told the time three seconds on (its test clock) instead of the test sleeping.
        ServerProcess shortLived;
        QVERIFY(shortLived.start(
            fx->storageArguments() + QStringList {QStringLiteral("--token-ttl"), QStringLiteral("2")}));
        ApiClient other(shortLived.baseUrl(), {});
        const QString expiring = other.signIn(QStringLiteral("cy.clerk2"), QStringLiteral("Clerk2-CY-2026!"));
        QVERIFY(!expiring.isEmpty());
        QCOMPARE(api.get(QStringLiteral("/api/v1/auth/me"), expiring).status,
            200); // accepted by the first process
        QVERIFY(fx->setClockOffset(3));
        Reply expired = api.get(QStringLiteral("/api/v1/auth/me"), expiring);
        QVERIFY(fx->setClockOffset(0));
        QCOMPARE(expired.status, 401);
        QCOMPARE(expired.errorCode(), QStringLiteral("auth.expired"));
        QCOMPARE(api.get(QStringLiteral("/api/v1/auth/me"), expiring).status, 200); // back to the real time
        shortLived.stop();
    }

    // A submission is stored only with a valid token of a clerk or supervisor of the case's hall, checked
    // before anything about the body or the case is said (on PostgreSQL the check is part of the insert).
    void submissionChecksTheTokenFirst()
    {
        OW_SERVER_FIXTURE(m_fixtures)
        ApiClient& api = fx->client();
        const QString uuid = newUuid();
        const QJsonObject submission = sampleSubmission(uuid);
        auto refused = [&](const QString& token, const QByteArray& body, int status, const QString& code) {
            const Reply r = api.send("PUT", casePath(uuid), body, token);
            if (r.status != status || r.errorCode() != code)
                return QStringLiteral("%1 %2 instead of %3 %4")
                    .arg(r.status)
                    .arg(r.errorCode())
                    .arg(status)
                    .arg(code);
            return QString();
        };
        const QByteArray body = QJsonDocument(submission).toJson(QJsonDocument::Compact);
        QCOMPARE(refused({}, body, 401, QStringLiteral("auth.missing")), QString());
        QCOMPARE(refused({}, "{broken", 401, QStringLiteral("auth.missing")), QString());

        const QString token = api.signIn(QStringLiteral("cy.clerk2"), QStringLiteral("Clerk2-CY-2026!"));
        QString forged = token;
        forged[7] = forged[7] == u'A' ? u'B' : u'A';
        QCOMPARE(refused(forged, body, 401, QStringLiteral("auth.invalid")), QString());
        QCOMPARE(refused(forged, "{broken", 401, QStringLiteral("auth.invalid")), QString());
        QCOMPARE(refused(fx->token(kBackOfficeCY), body, 403, QStringLiteral("auth.role")), QString());
        QCOMPARE(api.send("POST", QStringLiteral("/api/v1/auth/sign-out"), {}, token).status, 204);
        QCOMPARE(refused(token, body, 401, QStringLiteral("auth.invalid")), QString());

        ServerProcess shortLived;
        QVERIFY(shortLived.start(
            fx->storageArguments() + QStringList {QStringLiteral("--token-ttl"), QStringLiteral("1")}));
        ApiClient other(shortLived.baseUrl(), {});
        const QString expiring = other.signIn(QStringLiteral("cy.clerk2"), QStringLiteral("Clerk2-CY-2026!"));
        QVERIFY(!expiring.isEmpty());
        shortLived.stop();
        QVERIFY(fx->setClockOffset(2));
        const QString afterExpiry = refused(expiring, body, 401, QStringLiteral("auth.expired"));
        QVERIFY(fx->setClockOffset(0));
        QCOMPARE(afterExpiry, QString());

        // Nothing was stored; with a valid token the same body is taken.
        QCOMPARE(api.get(casePath(uuid), fx->token(kClerkCY)).status, 404);
        QCOMPARE(api.send("PUT", casePath(uuid), body, fx->token(kClerkCY)).status, 201);
    }

    void signInThrottled()
    {
        OW_SERVER_FIXTURE(m_fixtures)
        ApiClient& api = fx->client();
        const QJsonObject wrong {{QStringLiteral("username"), QStringLiteral("pd.backoffice")},
            {QStringLiteral("password"), QStringLiteral("guess")}};
        for (int i = 0; i < 10; ++i)
            QCOMPARE(api.postJson(QStringLiteral("/api/v1/auth/sign-in"), wrong, {}).status, 401);
        // Now even the right password is refused for a while; other accounts are not affected.
        Reply throttled = api.postJson(QStringLiteral("/api/v1/auth/sign-in"),
            {{QStringLiteral("username"), QStringLiteral("pd.backoffice")},
                {QStringLiteral("password"), QStringLiteral("Back-PD-2026!")}},
            {});
        QCOMPARE(throttled.status, 429);
        QCOMPARE(throttled.errorCode(), QStringLiteral("auth.throttled"));
        QVERIFY(!throttled.headers.value("retry-after").isEmpty());
        QVERIFY(!api.signIn(QStringLiteral("pd.clerk1"), QStringLiteral("Clerk-PD-2026!")).isEmpty());
    }

    void roles()
    {
        OW_SERVER_FIXTURE(m_fixtures)
        ApiClient& api = fx->client();
        const QString uuid = newUuid();
        Reply backofficePut = api.putJson(casePath(uuid), sampleSubmission(uuid), fx->token(kBackOfficeCY));
        QCOMPARE(backofficePut.status, 403);
        QCOMPARE(backofficePut.errorCode(), QStringLiteral("auth.role"));
        Reply clerkStatus = api.postJson(casePath(uuid) + QStringLiteral("/status"),
            {{QStringLiteral("status"), QStringLiteral("in_progress")}}, fx->token(kClerkCY));
        QCOMPARE(clerkStatus.status, 403);
        Reply clerkPublish = api.putJson(QStringLiteral("/api/v1/catalogs/2026.1"),
            {{QStringLiteral("formatVersion"), 1}, {QStringLiteral("version"), QStringLiteral("2026.1")}},
            fx->token(kClerkCY));
        QCOMPARE(clerkPublish.status, 403);
        Reply adminRegister = api.get(
            QStringLiteral("/api/v1/registers/person/110105199003121179?caseUuid=%1&consent=true").arg(uuid),
            fx->token(kAdmin));
        QCOMPARE(adminRegister.status, 403);
        QCOMPARE(api.get(QStringLiteral("/api/v1/audit"), fx->token(kClerkCY)).status, 403);
        QCOMPARE(api.get(casePath(uuid), fx->token(kClerkCY)).status, 404); // nothing was stored
    }

    void catalogPublishAndFetch()
    {
        OW_SERVER_FIXTURE(m_fixtures)
        ApiClient& api = fx->client();
        const QString admin = fx->token(kAdmin);
        QCOMPARE(api.get(QStringLiteral("/api/v1/catalogs/latest"), admin).status, 404);
        // The catalog a workbench embeds, published as 2026.11.1.
        auto embedded = ow::catalog::Catalog::embeddedDefault();
        QVERIFY(embedded.ok());
        QJsonObject v1 = embedded->toJson();
        v1.insert(QStringLiteral("version"), QStringLiteral("2026.11.1"));
        Reply created = api.putJson(QStringLiteral("/api/v1/catalogs/2026.11.1"), v1, admin);
        QCOMPARE(created.status, 201);
        const QString hash = created.json.value(QStringLiteral("hash")).toString();
        QCOMPARE(hash.size(), 64);
        QCOMPARE(api.putJson(QStringLiteral("/api/v1/catalogs/2026.11.1"), v1, admin).status, 200);
        QJsonObject changed = v1;
        changed.insert(QStringLiteral("title"), QJsonObject {{QStringLiteral("zh"), QStringLiteral("改了")}});
        Reply conflict = api.putJson(QStringLiteral("/api/v1/catalogs/2026.11.1"), changed, admin);
        QCOMPARE(conflict.status, 409);
        QCOMPARE(conflict.errorCode(), QStringLiteral("catalog.conflict"));
        QJsonObject v2 = changed;
        v2.insert(QStringLiteral("version"), QStringLiteral("2026.12.1"));
        QCOMPARE(api.putJson(QStringLiteral("/api/v1/catalogs/2026.11.1"), v2, admin).errorCode(),
            QStringLiteral("catalog.version"));
        QCOMPARE(api.putJson(QStringLiteral("/api/v1/catalogs/2026.12.1"), v2, admin).status, 201);
        // One a workbench could not take (a bundle naming an item that is not there) is refused with its
        // problems, and nothing is published.
        QJsonObject broken = v2;
        broken.insert(QStringLiteral("version"), QStringLiteral("2026.12.2"));
        QJsonArray bundles = broken.value(QStringLiteral("bundles")).toArray();
        QJsonObject bundle = bundles.first().toObject();
        QJsonArray items = bundle.value(QStringLiteral("items")).toArray();
        items.append(QJsonObject {{QStringLiteral("code"), QStringLiteral("NO-SUCH-ITEM")}});
        bundle.insert(QStringLiteral("items"), items);
        bundles.replace(0, bundle);
        broken.insert(QStringLiteral("bundles"), bundles);
        Reply invalid = api.putJson(QStringLiteral("/api/v1/catalogs/2026.12.2"), broken, admin);
        QCOMPARE(invalid.status, 400);
        QCOMPARE(invalid.errorCode(), QStringLiteral("catalog.invalid"));
        const QJsonArray problems = invalid.json.value(QStringLiteral("error"))
                                        .toObject()
                                        .value(QStringLiteral("details"))
                                        .toObject()
                                        .value(QStringLiteral("problems"))
                                        .toArray();
        QVERIFY(!problems.isEmpty());
        QVERIFY2(QJsonDocument(problems).toJson().contains("NO-SUCH-ITEM"),
            QJsonDocument(problems).toJson().constData());

        const QString clerk = fx->token(kClerkCY);
        Reply latest = api.get(QStringLiteral("/api/v1/catalogs/latest"), clerk);
        QCOMPARE(latest.status, 200);
        QCOMPARE(latest.json.value(QStringLiteral("version")).toString(), QStringLiteral("2026.12.1"));
        QCOMPARE(latest.json.value(QStringLiteral("content")).toObject(), v2);
        Reply first = api.get(QStringLiteral("/api/v1/catalogs/2026.11.1"), clerk);
        QCOMPARE(first.json.value(QStringLiteral("hash")).toString(), hash);
        QCOMPARE(first.json.value(QStringLiteral("content")).toObject(), v1);
        Reply notModified = api.send("GET", QStringLiteral("/api/v1/catalogs/2026.11.1"), {}, clerk,
            {{"If-None-Match", '"' + hash.toLatin1() + '"'}});
        QCOMPARE(notModified.status, 304);
        Reply list = api.get(QStringLiteral("/api/v1/catalogs"), clerk);
        QCOMPARE(list.json.value(QStringLiteral("catalogs")).toArray().size(), 2);
        QCOMPARE(api.get(QStringLiteral("/api/v1/catalogs/1999.1"), clerk).status, 404);
    }

    void idempotentSubmission()
    {
        OW_SERVER_FIXTURE(m_fixtures)
        ApiClient& api = fx->client();
        const QString clerk = fx->token(kClerkCY);
        const QString uuid = newUuid();
        const QJsonObject submission = sampleSubmission(uuid);
        Reply first = api.putJson(casePath(uuid), submission, clerk);
        QCOMPARE(first.status, 201);
        QCOMPARE(first.json.value(QStringLiteral("uuid")).toString(), uuid);
        QCOMPARE(first.json.value(QStringLiteral("status")).toString(), QStringLiteral("received"));
        QVERIFY(first.json.value(QStringLiteral("attachmentsComplete")).toBool());

        // The same content again, by another clerk of the hall, with other white space.
        QByteArray indented = QJsonDocument(submission).toJson(QJsonDocument::Indented);
        Reply again = api.send("PUT", casePath(uuid), indented, fx->token(kClerk2CY));
        QCOMPARE(again.status, 200);
        for (const char* key : {"serverCaseId", "receivedAt", "contentHash"})
            QCOMPARE(again.json.value(QLatin1String(key)), first.json.value(QLatin1String(key)));

        QJsonObject different = submission;
        QJsonObject fields = different.value(QStringLiteral("fields")).toObject();
        fields.insert(QStringLiteral("child.name"), QStringLiteral("张大明"));
        different.insert(QStringLiteral("fields"), fields);
        Reply conflict = api.putJson(casePath(uuid), different, clerk);
        QCOMPARE(conflict.status, 409);
        QCOMPARE(conflict.errorCode(), QStringLiteral("case.conflict"));

        Reply stored = api.get(casePath(uuid), clerk);
        QCOMPARE(stored.status, 200);
        const QJsonObject storedFields = stored.json.value(QStringLiteral("submission"))
                                             .toObject()
                                             .value(QStringLiteral("fields"))
                                             .toObject();
        QCOMPARE(storedFields.value(QStringLiteral("child.name")).toString(), QStringLiteral("张小明"));
        QCOMPARE(stored.json.value(QStringLiteral("receipt")).toObject().value(QStringLiteral("contentHash")),
            first.json.value(QStringLiteral("contentHash")));
        // acceptedAt was sent as +08:00 and comes back normalised to UTC.
        QCOMPARE(stored.json.value(QStringLiteral("submission"))
                     .toObject()
                     .value(QStringLiteral("acceptedAt"))
                     .toString(),
            QStringLiteral("2026-11-28T01:30:00.000Z"));
    }

    void attachmentsResumable()
    {
        OW_SERVER_FIXTURE(m_fixtures)
        ApiClient& api = fx->client();
        const QString clerk = fx->token(kClerkCY);
        QByteArray file(300 * 1024 + 17, Qt::Uninitialized);
        for (qsizetype i = 0; i < file.size(); ++i)
            file[i] = char((i * 131 + i / 7) & 0xff);
        const QString sha = sha256Hex(file);
        const QString uuid = newUuid();
        Reply submitted
            = api.putJson(casePath(uuid), sampleSubmission(uuid, QStringLiteral("CY-01"), {file}), clerk);
        QCOMPARE(submitted.status, 201);
        QVERIFY(!submitted.json.value(QStringLiteral("attachmentsComplete")).toBool());
        QCOMPARE(
            submitted.json.value(QStringLiteral("missingAttachments")).toArray().first().toString(), sha);

        Reply unknown = api.get(attachmentPath(sha) + QStringLiteral("/status"), clerk);
        QCOMPARE(unknown.status, 200);
        QCOMPARE(unknown.json.value(QStringLiteral("receivedBytes")).toInteger(), 0);
        QCOMPARE(api.send("HEAD", attachmentPath(sha), {}, clerk).status, 404);

        const qint64 total = file.size();
        auto chunk = [&](qint64 start, qint64 end) {
            return api.send("PUT", attachmentPath(sha), file.mid(start, end - start + 1), clerk,
                {{"Content-Range",
                     QByteArray("bytes ") + QByteArray::number(start) + '-' + QByteArray::number(end) + '/'
                         + QByteArray::number(total)},
                    {"Content-Type", "application/pdf"}});
        };
        QCOMPARE(chunk(0, 99999).status, 200);
        // The upload "breaks off"; the client asks where to resume.
        Reply status = api.get(attachmentPath(sha) + QStringLiteral("/status"), clerk);
        QCOMPARE(status.json.value(QStringLiteral("receivedBytes")).toInteger(), 100000);
        QCOMPARE(status.json.value(QStringLiteral("complete")).toBool(), false);
        Reply head = api.send("HEAD", attachmentPath(sha), {}, clerk);
        QCOMPARE(head.status, 200);
        QCOMPARE(head.headers.value("upload-offset"), QByteArray("100000"));
        QCOMPARE(chunk(0, 99999).status, 200); // the same chunk again is harmless
        Reply gap = chunk(150000, 199999);
        QCOMPARE(gap.status, 416);
        QCOMPARE(gap.json.value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("details"))
                     .toObject()
                     .value(QStringLiteral("receivedBytes"))
                     .toInteger(),
            100000);
        QCOMPARE(chunk(100000, 199999).status, 200);
        Reply done = chunk(200000, total - 1);
        QCOMPARE(done.status, 201);
        QVERIFY(done.json.value(QStringLiteral("complete")).toBool());
        QCOMPARE(api.send("PUT", attachmentPath(sha), file, clerk).status, 200); // idempotent once complete

        Reply download = api.get(attachmentPath(sha), clerk);
        QCOMPARE(download.status, 200);
        QCOMPARE(download.body, file);
        QCOMPARE(download.headers.value("content-type"), QByteArray("application/pdf"));
        Reply state = api.get(casePath(uuid), clerk);
        QVERIFY(state.json.value(QStringLiteral("receipt"))
                    .toObject()
                    .value(QStringLiteral("attachmentsComplete"))
                    .toBool());
        // Another hall's clerk may not download a file only hall CY-01 uses.
        QCOMPARE(api.get(attachmentPath(sha), fx->token(kClerkPD)).status, 404);
    }

    void attachmentHashMismatch()
    {
        OW_SERVER_FIXTURE(m_fixtures)
        ApiClient& api = fx->client();
        const QString clerk = fx->token(kClerkCY);
        const QByteArray real = QByteArrayLiteral("the real scan of the birth certificate");
        const QString sha = sha256Hex(real);
        QByteArray forged = real;
        forged[3] = 'X';
        Reply whole = api.send("PUT", attachmentPath(sha), forged, clerk);
        QCOMPARE(whole.status, 422);
        QCOMPARE(whole.errorCode(), QStringLiteral("attachment.hashMismatch"));
        QCOMPARE(api.send("HEAD", attachmentPath(sha), {}, clerk).status, 404);

        // Chunked: the first chunk is stored, the last one reveals the mismatch, and everything goes.
        const QByteArray total = QByteArray::number(forged.size());
        QCOMPARE(api.send("PUT", attachmentPath(sha), forged.left(10), clerk,
                        {{"Content-Range", "bytes 0-9/" + total}})
                     .status,
            200);
        Reply last = api.send("PUT", attachmentPath(sha), forged.mid(10), clerk,
            {{"Content-Range", "bytes 10-" + QByteArray::number(forged.size() - 1) + '/' + total}});
        QCOMPARE(last.status, 422);
        QCOMPARE(api.get(attachmentPath(sha) + QStringLiteral("/status"), clerk)
                     .json.value(QStringLiteral("receivedBytes"))
                     .toInteger(),
            0);
        QCOMPARE(api.send("PUT", attachmentPath(sha), real, clerk).status, 201);
    }

    void statusFeedAndTransitions()
    {
        OW_SERVER_FIXTURE(m_fixtures)
        ApiClient& api = fx->client();
        const QString clerk = fx->token(kClerkCY);
        const QString back = fx->token(kBackOfficeCY);
        Reply start = api.get(QStringLiteral("/api/v1/cases/changes?since=0&limit=1000"), back);
        QCOMPARE(start.status, 200);
        qint64 cursor = start.json.value(QStringLiteral("cursor")).toInteger();
        while (start.json.value(QStringLiteral("hasMore")).toBool()) {
            start = api.get(QStringLiteral("/api/v1/cases/changes?since=%1&limit=1000").arg(cursor), back);
            cursor = start.json.value(QStringLiteral("cursor")).toInteger();
        }

        const QString a = newUuid();
        const QString b = newUuid();
        QCOMPARE(api.putJson(casePath(a), sampleSubmission(a), clerk).status, 201);
        QCOMPARE(api.putJson(casePath(b), sampleSubmission(b), clerk).status, 201);
        auto post = [&](const QString& uuid, const QJsonObject& change) {
            return api.postJson(casePath(uuid) + QStringLiteral("/status"), change, back);
        };
        const QJsonObject inProgress {{QStringLiteral("status"), QStringLiteral("in_progress")}};
        Reply skip = post(a, {{QStringLiteral("status"), QStringLiteral("completed")}});
        QCOMPARE(skip.status, 409);
        QCOMPARE(skip.errorCode(), QStringLiteral("case.transition"));
        QCOMPARE(post(a, inProgress).status, 200);
        QCOMPARE(post(a, inProgress).status, 409);
        QCOMPARE(
            post(a, {{QStringLiteral("status"), QStringLiteral("returned")}}).status, 400); // reasons needed
        Reply returned = post(a,
            {{QStringLiteral("status"), QStringLiteral("returned")},
                {QStringLiteral("reasons"),
                    QJsonArray {
                        QStringLiteral("出生医学证明复印件不清晰"), QStringLiteral("缺少父亲签字")}}});
        QCOMPARE(returned.status, 200);
        QCOMPARE(returned.json.value(QStringLiteral("receipt"))
                     .toObject()
                     .value(QStringLiteral("status"))
                     .toString(),
            QStringLiteral("returned"));
        QCOMPARE(post(a, inProgress).status, 409);
        QCOMPARE(post(b, inProgress).status, 200);
        QCOMPARE(post(b, {{QStringLiteral("status"), QStringLiteral("completed")}}).status, 200);
        QCOMPARE(post(newUuid(), inProgress).status, 404);

        // A case with a missing attachment cannot be taken into work.
        const QString c = newUuid();
        QCOMPARE(api.putJson(casePath(c),
                        sampleSubmission(c, QStringLiteral("CY-01"), {QByteArray("never uploaded")}), clerk)
                     .status,
            201);
        QCOMPARE(post(c, inProgress).errorCode(), QStringLiteral("case.incomplete"));

        Reply feed = api.get(QStringLiteral("/api/v1/cases/changes?since=%1").arg(cursor), clerk);
        QCOMPARE(feed.status, 200);
        QStringList seen;
        qint64 last = cursor;
        for (const QJsonValue& v : feed.json.value(QStringLiteral("events")).toArray()) {
            const QJsonObject e = v.toObject();
            QVERIFY(e.value(QStringLiteral("cursor")).toInteger() > last);
            last = e.value(QStringLiteral("cursor")).toInteger();
            if (e.value(QStringLiteral("uuid")).toString() == a)
                seen << QStringLiteral("a:") + e.value(QStringLiteral("status")).toString();
            if (e.value(QStringLiteral("uuid")).toString() == b)
                seen << QStringLiteral("b:") + e.value(QStringLiteral("status")).toString();
        }
        QCOMPARE(seen,
            QStringList({QStringLiteral("a:received"), QStringLiteral("b:received"),
                QStringLiteral("a:in_progress"), QStringLiteral("a:returned"),
                QStringLiteral("b:in_progress"), QStringLiteral("b:completed")}));
        QCOMPARE(feed.json.value(QStringLiteral("cursor")).toInteger(), last);
        Reply empty = api.get(QStringLiteral("/api/v1/cases/changes?since=%1").arg(last), clerk);
        QCOMPARE(empty.json.value(QStringLiteral("events")).toArray().size(), 0);
        QCOMPARE(empty.json.value(QStringLiteral("cursor")).toInteger(), last);
        // Another hall's clerk sees none of these events.
        Reply other
            = api.get(QStringLiteral("/api/v1/cases/changes?since=%1").arg(cursor), fx->token(kClerkPD));
        QCOMPARE(other.json.value(QStringLiteral("events")).toArray().size(), 0);
        QCOMPARE(api.get(QStringLiteral("/api/v1/cases/changes?since=-4"), clerk).status, 400);
    }
};

QTEST_GUILESS_MAIN(TestServerApi)
#include "tst_server_api.moc"
