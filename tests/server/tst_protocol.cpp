// The shared protocol types: strict parsing with the field named, the canonical content hash, identifiers.
#include "protocol/api.h"
#include "protocol/apierror.h"
#include "protocol/attachments.h"
#include "protocol/casestatus.h"
#include "protocol/casesubmission.h"
#include "protocol/identifiers.h"
#include "protocol/jsonreader.h"
#include "protocol/registers.h"
#include "tests/server/serverharness.h"
#include "tests/support/testenv.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace ow::protocol;

class TestProtocol final : public QObject
{
    Q_OBJECT
private:
    ow::test::TestEnv m_env;
    const QString m_uuid = QStringLiteral("3f2b8c1e-5a4d-4e6f-9a0b-1c2d3e4f5a6b");

private Q_SLOTS:
    void validSubmissionRoundTrips()
    {
        const QJsonObject json
            = ow::test::sampleSubmission(m_uuid, QStringLiteral("CY-01"), {QByteArray("scan")});
        auto parsed = CaseSubmission::fromJson(json);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        QCOMPARE(parsed->applicant.idNumber, QStringLiteral("110105199207082386"));
        QCOMPARE(parsed->attachments.size(), 1);
        QCOMPARE(parsed->commitments.first().dueDate, QDate(2026, 12, 5));
        auto again = CaseSubmission::fromJson(parsed->toJson());
        QVERIFY(again.ok());
        QCOMPARE(again->contentHash(), parsed->contentHash());
    }

    void contentHashIsCanonical()
    {
        const QJsonObject json = ow::test::sampleSubmission(m_uuid);
        // The same document written with other white space and key order parses to the same hash.
        QByteArray text = QJsonDocument(json).toJson(QJsonDocument::Indented);
        const QByteArray uuidMember = QByteArray("\"uuid\":\"") + m_uuid.toLatin1() + QByteArray("\",");
        QByteArray rest = QJsonDocument(json).toJson(QJsonDocument::Compact).mid(1);
        rest.replace(uuidMember, QByteArray());
        const QByteArray reordered = QByteArray("{") + uuidMember + rest;
        auto a = CaseSubmission::fromBody(text);
        auto b = CaseSubmission::fromBody(reordered);
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(a->contentHash(), b->contentHash());
        QCOMPARE(a->contentHash().size(), 64);
        // acceptedAt in another zone but the same instant is the same content.
        QJsonObject utc = json;
        utc.insert(QStringLiteral("acceptedAt"), QStringLiteral("2026-11-28T01:30:00Z"));
        QCOMPARE(CaseSubmission::fromJson(utc)->contentHash(), a->contentHash());
        QJsonObject changed = json;
        changed.insert(QStringLiteral("counter"), QStringLiteral("A04"));
        QVERIFY(CaseSubmission::fromJson(changed)->contentHash() != a->contentHash());
    }

    void strictParsing_data()
    {
        QTest::addColumn<QString>("patch"); // JSON merged into the sample
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("where");
        const QString a64(64, u'a');
        const QString b64(64, u'b');
        auto row = [](const char* name, const QString& patch, const char* code, const char* where) {
            QTest::newRow(name) << patch << QString::fromLatin1(code) << QString::fromLatin1(where);
        };
        row("unknown field", QStringLiteral("{\"extra\":1}"), kUnknownField, "extra");
        row("wrong type", QStringLiteral("{\"caseNumber\":5}"), kWrongType, "caseNumber");
        row("null is missing", QStringLiteral("{\"hallCode\":null}"), kMissingField, "hallCode");
        row("empty string", QStringLiteral("{\"counter\":\"  \"}"), kMissingField, "counter");
        row("bad uuid", QStringLiteral("{\"uuid\":\"3F2B8C1E-5A4D-4E6F-9A0B-1C2D3E4F5A6B\"}"), kInvalidValue,
            "uuid");
        row("time without zone", QStringLiteral("{\"acceptedAt\":\"2026-11-28T09:30:00\"}"), kInvalidValue,
            "acceptedAt");
        row("bad check digit",
            QStringLiteral("{\"applicant\":{\"kind\":\"person\",\"name\":\"李娜\",\"idNumber\":"
                           "\"110105199207082387\"}}"),
            kInvalidValue, "applicant.idNumber");
        row("nested unknown",
            QStringLiteral("{\"applicant\":{\"kind\":\"person\",\"name\":\"李娜\",\"idNumber\":"
                           "\"110105199207082386\",\"x\":1}}"),
            kUnknownField, "applicant.x");
        row("enterprise code",
            QStringLiteral("{\"applicant\":{\"kind\":\"enterprise\",\"name\":\"某公司\",\"creditCode\":"
                           "\"91110105MA01C7K26A\"}}"),
            kInvalidValue, "applicant.creditCode");
        row("material way",
            QStringLiteral("{\"materials\":[{\"id\":\"a\",\"way\":\"fax\",\"attachmentSha256s\":[]}]}"),
            kInvalidValue, "materials[0].way");
        row("file name walks out",
            QStringLiteral("{\"attachments\":[{\"sha256\":\"") + a64
                + QStringLiteral(
                    "\",\"size\":1,\"mimeType\":\"application/pdf\",\"fileName\":\"../../etc/passwd\"}]}"),
            kInvalidValue, "attachments[0].fileName");
        row("dangling file",
            QStringLiteral(
                "{\"attachments\":[],\"materials\":[{\"id\":\"a\",\"way\":\"copy\",\"attachmentSha256s\":[\"")
                + b64 + QStringLiteral("\"]}]}"),
            kInvalidValue, "materials[0].attachmentSha256s[0]");
        row("negative size",
            QStringLiteral("{\"attachments\":[{\"sha256\":\"") + a64
                + QStringLiteral("\",\"size\":-1,\"mimeType\":\"application/"
                                 "pdf\",\"fileName\":\"a.pdf\"}],\"materials\":[]}"),
            kInvalidValue, "attachments[0].size");
        row("tolerance without date",
            QStringLiteral("{\"commitments\":[{\"materialId\":\"m\",\"kind\":\"tolerance\"}]}"),
            kMissingField, "commitments[0].dueDate");
        row("fields not object", QStringLiteral("{\"fields\":[]}"), kWrongType, "fields");
    }

    void strictParsing()
    {
        QFETCH(QString, patch);
        QFETCH(QString, code);
        QFETCH(QString, where);
        QJsonObject json = ow::test::sampleSubmission(m_uuid);
        const QJsonObject p = QJsonDocument::fromJson(patch.toUtf8()).object();
        for (auto it = p.begin(); it != p.end(); ++it)
            json.insert(it.key(), it.value());
        auto parsed = CaseSubmission::fromJson(json);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, code);
        QCOMPARE(parsed.error().where, where);
        QVERIFY(parsed.error().message.contains(where));
    }

    void missingFieldsAreNamed()
    {
        const QJsonObject full = ow::test::sampleSubmission(m_uuid);
        for (auto it = full.begin(); it != full.end(); ++it) {
            if (it.key() == QStringLiteral("commitments"))
                continue; // optional
            QJsonObject json = full;
            json.remove(it.key());
            auto parsed = CaseSubmission::fromJson(json);
            QVERIFY2(!parsed.ok(), qPrintable(it.key()));
            QCOMPARE(parsed.error().code, QString::fromLatin1(kMissingField));
            QCOMPARE(parsed.error().where, it.key());
        }
    }

    void malformedBody()
    {
        QCOMPARE(CaseSubmission::fromBody("{\"uuid\": ").error().code, QString::fromLatin1(kMalformedJson));
        QCOMPARE(CaseSubmission::fromBody("[1,2]").error().code, QString::fromLatin1(kWrongType));
    }

    void identifiers()
    {
        QVERIFY(isValidIdNumber(u"110105199003121179"));
        QVERIFY(!isValidIdNumber(u"110105199003121178"));
        QVERIFY(!isValidIdNumber(u"110105199002301170")); // 30 February
        QVERIFY(isValidIdNumber(u"11010519491231002X"));
        QVERIFY(isValidCreditCode(u"91110105MA01C7K26H"));
        QVERIFY(!isValidCreditCode(u"91110105MA01C7K26I"));
        QCOMPARE(organisationCodeCheckChar(u"MA01C7K2"), QChar(u'6'));
        QVERIFY(isUuid(m_uuid));
        QVERIFY(!isUuid(u"3f2b8c1e5a4d4e6f9a0b1c2d3e4f5a6b"));
        QVERIFY(isSha256Hex(QString(64, u'0')));
        QVERIFY(!isSha256Hex(QString(64, u'G')));
        QVERIFY(!isPlainFileName(QStringLiteral("a/b.pdf")));
        QVERIFY(!isPlainFileName(QStringLiteral("..")));
        QVERIFY(isPlainFileName(QStringLiteral("出生医学证明.pdf")));
    }

    void demoRegistersHaveValidIdentifiers()
    {
        QFile f(QStringLiteral(OW_SOURCE_DIR "/server/demo/demo.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject demo = QJsonDocument::fromJson(f.readAll()).object();
        const QJsonArray persons = demo.value(QStringLiteral("persons")).toArray();
        QVERIFY(persons.size() >= 10);
        for (const QJsonValue& p : persons) {
            const QString id = p.toObject().value(QStringLiteral("idNumber")).toString();
            QVERIFY2(isValidIdNumber(id), qPrintable(id));
            // Sex digit: odd for men.
            const bool male = p.toObject().value(QStringLiteral("sex")).toString() == QStringLiteral("male");
            QCOMPARE(id.at(16).digitValue() % 2 == 1, male);
            QCOMPARE(id.mid(6, 8), p.toObject().value(QStringLiteral("birthDate")).toString().remove(u'-'));
        }
        for (const QJsonValue& e : demo.value(QStringLiteral("enterprises")).toArray()) {
            const QString code = e.toObject().value(QStringLiteral("creditCode")).toString();
            QVERIFY2(isValidCreditCode(code), qPrintable(code));
            QCOMPARE(organisationCodeCheckChar(QStringView(code).mid(8, 8)), code.at(16));
        }
    }

    void statusRules()
    {
        QVERIFY(canTransition(CaseStatus::Received, CaseStatus::InProgress));
        QVERIFY(canTransition(CaseStatus::Received, CaseStatus::Returned));
        QVERIFY(canTransition(CaseStatus::InProgress, CaseStatus::Completed));
        QVERIFY(!canTransition(CaseStatus::Received, CaseStatus::Completed));
        QVERIFY(!canTransition(CaseStatus::Completed, CaseStatus::Returned));
        QVERIFY(!canTransition(CaseStatus::Returned, CaseStatus::InProgress));
        QVERIFY(!StatusChange::fromJson({{QStringLiteral("status"), QStringLiteral("returned")}}).ok());
        QVERIFY(!StatusChange::fromJson({{QStringLiteral("status"), QStringLiteral("received")}}).ok());
        auto ok = StatusChange::fromJson({{QStringLiteral("status"), QStringLiteral("returned")},
            {QStringLiteral("reasons"), QJsonArray {QStringLiteral("缺少材料")}}});
        QVERIFY(ok.ok());
        QCOMPARE(ok->reasons, QStringList {QStringLiteral("缺少材料")});
    }

    void verificationRequests()
    {
        const QJsonObject a {{QStringLiteral("idNumber"), QStringLiteral("110105199003121179")}};
        const QJsonObject b {{QStringLiteral("idNumber"), QStringLiteral("110105199207082386")}};
        auto marriage = VerificationRequest::fromJson({{QStringLiteral("kind"), QStringLiteral("marriage")},
            {QStringLiteral("subjects"), QJsonArray {a, b}}, {QStringLiteral("caseUuid"), m_uuid},
            {QStringLiteral("consent"), true}});
        QVERIFY(marriage.ok());
        auto one = VerificationRequest::fromJson({{QStringLiteral("kind"), QStringLiteral("marriage")},
            {QStringLiteral("subjects"), QJsonArray {a}}, {QStringLiteral("caseUuid"), m_uuid},
            {QStringLiteral("consent"), true}});
        QCOMPARE(one.error().where, QStringLiteral("subjects"));
        auto identity = VerificationRequest::fromJson({{QStringLiteral("kind"), QStringLiteral("identity")},
            {QStringLiteral("subjects"), QJsonArray {a}}, {QStringLiteral("caseUuid"), m_uuid},
            {QStringLiteral("consent"), true}});
        QVERIFY(!identity.ok()); // identity needs the name
    }

    void requestPaths()
    {
        namespace api = ow::protocol::api;
        QCOMPARE(api::casePath(m_uuid), QStringLiteral("/api/v1/cases/") + m_uuid);
        QCOMPARE(api::caseStatusPath(m_uuid),
            QStringLiteral("/api/v1/cases/") + m_uuid + QStringLiteral("/status"));
        QCOMPARE(api::changesPath(42, 100), QStringLiteral("/api/v1/cases/changes?since=42&limit=100"));
        QCOMPARE(api::attachmentStatusPath(QString(64, u'a')),
            QStringLiteral("/api/v1/attachments/") + QString(64, u'a') + QStringLiteral("/status"));
        QCOMPARE(api::personPath(QStringLiteral("11010519491231002X"), m_uuid, true),
            QStringLiteral("/api/v1/registers/person/11010519491231002X?caseUuid=") + m_uuid
                + QStringLiteral("&consent=true"));
        // A hostile value cannot leave its path segment.
        QCOMPARE(api::catalogPath(QStringLiteral("../x")), QStringLiteral("/api/v1/catalogs/..%2Fx"));
        QCOMPARE(api::url(QUrl(QStringLiteral("https://srv.example:8443/")), api::healthPath()).toString(),
            QStringLiteral("https://srv.example:8443/api/v1/health"));
        QCOMPARE(api::bearer(QStringLiteral("abc")), QByteArray("Bearer abc"));
    }

    void byteRangesAndErrors()
    {
        auto r = ByteRange::parse("bytes 0-99/1000");
        QVERIFY(r.has_value());
        QCOMPARE(r->length(), 100);
        QCOMPARE(r->toHeader(), QByteArray("bytes 0-99/1000"));
        QVERIFY(!ByteRange::parse("bytes 10-5/100"));
        QVERIFY(!ByteRange::parse("bytes 0-100/100"));
        QVERIFY(!ByteRange::parse("bytes=0-1/2"));
        const ApiError e
            = ApiError::fromReply(409, R"({"error":{"code":"case.conflict","message":"different"}})");
        QCOMPARE(e.code, QStringLiteral("case.conflict"));
        QCOMPARE(ApiError::fromReply(502, "<html>bad gateway</html>").code, QStringLiteral("http.502"));
    }
};

QTEST_GUILESS_MAIN(TestProtocol)
#include "tst_protocol.moc"
