// Guarantees with real processes: a server killed with SIGKILL in the middle of requests leaves no partial
// case, and after a restart every case ends up stored exactly once; two server processes on one PostgreSQL
// store every case exactly once and serve one monotonic status feed.
#include "protocol/casesubmission.h"
#include "tests/server/serverfixture.h"
#include "tests/support/testenv.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>

using namespace ow::test;

class TestServerResilience final : public QObject
{
    Q_OBJECT
private:
    TestEnv m_env;

    static QString casePath(const QString& uuid) { return QStringLiteral("/api/v1/cases/") + uuid; }

    static QString expectedHash(const QJsonObject& submission)
    {
        return ow::protocol::CaseSubmission::fromJson(submission)->contentHash();
    }

    // uuid → number of "received" events in the whole feed; checks that cursors only grow.
    static QHash<QString, int> receivedEvents(ApiClient& api, const QString& token)
    {
        QHash<QString, int> count;
        qint64 cursor = 0;
        for (;;) {
            const Reply page
                = api.get(QStringLiteral("/api/v1/cases/changes?since=%1&limit=1000").arg(cursor), token);
            if (page.status != 200)
                return {};
            for (const QJsonValue& v : page.json.value(QStringLiteral("events")).toArray()) {
                const QJsonObject e = v.toObject();
                if (e.value(QStringLiteral("cursor")).toInteger() <= cursor)
                    return {};
                cursor = e.value(QStringLiteral("cursor")).toInteger();
                if (e.value(QStringLiteral("status")).toString() == QStringLiteral("received"))
                    ++count[e.value(QStringLiteral("uuid")).toString()];
            }
            if (!page.json.value(QStringLiteral("hasMore")).toBool())
                return count;
        }
    }

    static QJsonObject bulkySubmission(const QString& uuid, int i)
    {
        QJsonObject s = sampleSubmission(uuid);
        QJsonObject fields = s.value(QStringLiteral("fields")).toObject();
        fields.insert(QStringLiteral("remarks"), QString(64 * 1024, QChar(u'a' + i % 26)));
        s.insert(QStringLiteral("fields"), fields);
        return s;
    }

private Q_SLOTS:
    void initTestCase_data() { OW_SERVER_DRIVERS() }

    void killDuringRequests()
    {
        QFETCH_GLOBAL(QString, driver);
        if (driver == QStringLiteral("postgresql") && !ScratchPostgres::available())
            QSKIP(
                "OW_TEST_POSTGRES_URL is not set: scripts/test starts a PostgreSQL cluster for these tests");
        ServerFixture fx(driver, QStringLiteral("resilience"), {});
        QVERIFY2(fx.start(), qPrintable(fx.error()));
        const QString token = fx.token(kClerkCY);
        QVERIFY(!token.isEmpty());

        constexpr int kCases = 60;
        QList<QJsonObject> submissions;
        QStringList uuids;
        for (int i = 0; i < kCases; ++i) {
            uuids << newUuid();
            submissions << bulkySubmission(uuids.last(), i);
        }
        QNetworkAccessManager network;
        QList<QNetworkReply*> replies;
        for (int i = 0; i < kCases; ++i) {
            QNetworkRequest request(QUrl(fx.server().baseUrl() + casePath(uuids.at(i))));
            request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            replies << network.put(request, QJsonDocument(submissions.at(i)).toJson(QJsonDocument::Compact));
        }
        // Kill the server the moment the eighth answer arrives, while other requests are in flight.
        int finished = 0;
        for (QNetworkReply* reply : std::as_const(replies)) {
            connect(reply, &QNetworkReply::finished, this, [&finished, &fx] {
                if (++finished == 8)
                    fx.server().kill();
            });
        }
        QSet<QString> acknowledged;
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(replies.cbegin(), replies.cend(), [](QNetworkReply* r) { return r->isFinished(); }),
            30000);
        for (int i = 0; i < kCases; ++i) {
            if (replies.at(i)->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 201)
                acknowledged.insert(uuids.at(i));
            replies.at(i)->deleteLater();
        }
        QVERIFY(!acknowledged.isEmpty());
        QVERIFY2(acknowledged.size() < kCases, "the kill came too late to interrupt anything");

        ServerProcess restarted;
        QVERIFY(restarted.start(fx.storageArguments()));
        ApiClient api(restarted.baseUrl(), {});
        const QString again
            = api.signIn(QString::fromLatin1(kClerkCY.username), QString::fromLatin1(kClerkCY.password));
        // Each case is either absent or whole; every acknowledged one is there.
        for (int i = 0; i < kCases; ++i) {
            const Reply r = api.get(casePath(uuids.at(i)), again);
            QVERIFY2(r.status == 200 || r.status == 404, qPrintable(QString::number(r.status)));
            if (acknowledged.contains(uuids.at(i)))
                QCOMPARE(r.status, 200);
            if (r.status == 200) {
                QCOMPARE(r.json.value(QStringLiteral("receipt"))
                             .toObject()
                             .value(QStringLiteral("contentHash"))
                             .toString(),
                    expectedHash(submissions.at(i)));
                QCOMPARE(r.json.value(QStringLiteral("submission"))
                             .toObject()
                             .value(QStringLiteral("fields"))
                             .toObject(),
                    submissions.at(i).value(QStringLiteral("fields")).toObject());
            }
        }
        // The client sends everything again: each case ends up stored exactly once.
        for (int i = 0; i < kCases; ++i) {
            const Reply r = api.putJson(casePath(uuids.at(i)), submissions.at(i), again);
            QVERIFY(r.status == 200 || r.status == 201);
            if (acknowledged.contains(uuids.at(i)))
                QCOMPARE(r.status, 200); // stored before the kill: the same receipt again
            QCOMPARE(r.json.value(QStringLiteral("contentHash")).toString(), expectedHash(submissions.at(i)));
        }
        const QHash<QString, int> events = receivedEvents(api,
            api.signIn(
                QString::fromLatin1(kBackOfficeCY.username), QString::fromLatin1(kBackOfficeCY.password)));
        QCOMPARE(events.size(), kCases);
        for (const QString& uuid : uuids)
            QCOMPARE(events.value(uuid), 1);
        restarted.stop();
    }

    void twoServersOnOnePostgres()
    {
        QFETCH_GLOBAL(QString, driver);
        if (driver != QStringLiteral("postgresql"))
            QSKIP("several server processes share a PostgreSQL database");
        if (!ScratchPostgres::available())
            QSKIP(
                "OW_TEST_POSTGRES_URL is not set: scripts/test starts a PostgreSQL cluster for these tests");
        ServerFixture fx(driver, QStringLiteral("two-servers"), {});
        QVERIFY2(fx.start(), qPrintable(fx.error()));
        ServerProcess second;
        QVERIFY(second.start(fx.storageArguments() + QStringList {QStringLiteral("--seed-demo")}));
        ApiClient& one = fx.client();
        const QString secondRecord
            = QDir(responsesDir()).filePath(QStringLiteral("two-servers-second.jsonl"));
        QFile::remove(secondRecord);
        ApiClient two(second.baseUrl(), secondRecord);
        const QString tokenOne = fx.token(kClerkCY);
        // A token issued by one process is good at the other: the only state is in the database.
        const QString tokenTwo
            = two.signIn(QString::fromLatin1(kClerk2CY.username), QString::fromLatin1(kClerk2CY.password));
        QCOMPARE(one.get(QStringLiteral("/api/v1/auth/me"), tokenTwo).status, 200);

        constexpr int kCases = 40;
        QNetworkAccessManager network;
        QList<QNetworkReply*> replies;
        QStringList uuids;
        for (int i = 0; i < kCases; ++i) {
            uuids << newUuid();
            const QByteArray body
                = QJsonDocument(sampleSubmission(uuids.last())).toJson(QJsonDocument::Compact);
            // The same case to both servers at once, as a client retrying through a load balancer would.
            for (const auto& [base, token] :
                {std::pair {fx.server().baseUrl(), tokenOne}, std::pair {second.baseUrl(), tokenTwo}}) {
                QNetworkRequest request(QUrl(base + casePath(uuids.last())));
                request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
                request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
                replies << network.put(request, body);
            }
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(replies.cbegin(), replies.cend(), [](QNetworkReply* r) { return r->isFinished(); }),
            120000);
        QHash<QString, int> created;
        QHash<QString, QString> serverIds;
        for (qsizetype i = 0; i < replies.size(); ++i) {
            QNetworkReply* r = replies.at(i);
            const int status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            QVERIFY2(status == 200 || status == 201, qPrintable(QString::number(status)));
            const QJsonObject receipt = QJsonDocument::fromJson(r->readAll()).object();
            const QString uuid = uuids.at(i / 2);
            if (status == 201)
                ++created[uuid];
            const QString id = receipt.value(QStringLiteral("serverCaseId")).toString();
            if (serverIds.contains(uuid))
                QCOMPARE(id, serverIds.value(uuid)); // both answers carry the same receipt
            serverIds.insert(uuid, id);
            r->deleteLater();
        }
        for (const QString& uuid : uuids)
            QCOMPARE(created.value(uuid), 1);

        const QString back = one.signIn(
            QString::fromLatin1(kBackOfficeCY.username), QString::fromLatin1(kBackOfficeCY.password));
        const QHash<QString, int> viaOne = receivedEvents(one, back);
        const QHash<QString, int> viaTwo = receivedEvents(two, back);
        QCOMPARE(viaOne.size(), kCases);
        QCOMPARE(viaOne, viaTwo);
        for (const QString& uuid : uuids)
            QCOMPARE(viaOne.value(uuid), 1);
        second.stop();
    }
};

QTEST_GUILESS_MAIN(TestServerResilience)
#include "tst_server_resilience.moc"
