// Backoff with jitter and its cap, what the outbox makes of each kind of failure, and what the HTTP log may
// show.
#include "app/net/errors.h"
#include "app/net/tokenholder.h"
#include "app/net/transport.h"
#include "app/sync/apiclient.h"
#include "app/sync/syncerror.h"
#include "app/sync/syncoptions.h"
#include "tests/support/testenv.h"

#include <QTest>

using namespace ow::sync;

class TestSyncPolicy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backoffGrowsAndIsCapped()
    {
        BackoffPolicy p;
        p.initialMs = 100;
        p.maxMs = 1000;
        p.factor = 2.0;
        QCOMPARE(p.ceilingMs(1), 100);
        QCOMPARE(p.ceilingMs(2), 200);
        QCOMPARE(p.ceilingMs(3), 400);
        QCOMPARE(p.ceilingMs(4), 800);
        QCOMPARE(p.ceilingMs(5), 1000);
        QCOMPARE(p.ceilingMs(60), 1000); // no overflow far out
        QCOMPARE(p.ceilingMs(100000), 1000);
    }

    void jitterStaysWithinItsBand()
    {
        BackoffPolicy p;
        p.initialMs = 1000;
        p.maxMs = 60000;
        p.jitter = 0.5;
        QRandomGenerator random(42);
        QSet<qint64> seen;
        for (int i = 0; i < 500; ++i) {
            const int attempts = 1 + i % 8;
            const qint64 d = p.delayMs(attempts, random);
            const qint64 ceiling = p.ceilingMs(attempts);
            QVERIFY2(
                d <= ceiling && d >= ceiling / 2, qPrintable(QStringLiteral("%1 of %2").arg(d).arg(ceiling)));
            seen.insert(d);
        }
        QVERIFY(seen.size() > 100); // clients that failed together come back at different times

        p.jitter = 0.0;
        QCOMPARE(p.delayMs(3, random), p.ceilingMs(3));
    }

    void environmentOverridesLimits()
    {
        qputenv("OW_SYNC_BACKOFF_INITIAL_MS", "25");
        qputenv("OW_SYNC_BACKOFF_MAX_MS", "250");
        qputenv("OW_SYNC_TIMEOUT_MS", "not a number");
        SyncOptions o;
        const int timeout = o.requestTimeoutMs;
        o.applyEnvironment();
        QCOMPARE(o.backoff.initialMs, 25);
        QCOMPARE(o.backoff.maxMs, 250);
        QCOMPARE(o.requestTimeoutMs, timeout);
        qunsetenv("OW_SYNC_BACKOFF_INITIAL_MS");
        qunsetenv("OW_SYNC_BACKOFF_MAX_MS");
        qunsetenv("OW_SYNC_TIMEOUT_MS");
    }

    void classifiesFailures_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("category");
        QTest::addColumn<bool>("retry");
        QTest::newRow("connection refused") << "net.network"
                                            << "network" << true;
        QTest::newRow("no server configured") << "net.notConfigured"
                                              << "network" << true;
        QTest::newRow("timeout") << "net.timeout"
                                 << "timeout" << true;
        QTest::newRow("5xx") << "net.server"
                             << "server" << true;
        QTest::newRow("garbage") << "net.badResponse"
                                 << "badResponse" << true;
        QTest::newRow("401") << "net.unauthorized"
                             << "unauthorized" << true;
        QTest::newRow("concurrent upload") << "attachment.concurrent"
                                           << "server" << true;
        QTest::newRow("damaged bytes") << "attachment.hashMismatch"
                                       << "server" << true;
        QTest::newRow("files missing") << "case.attachmentsIncomplete"
                                       << "server" << true;
        QTest::newRow("local db") << "sql.error"
                                  << "server" << true;
        QTest::newRow("a code nobody knows yet") << "case.somethingNew"
                                                 << "server" << true;
        QTest::newRow("conflict") << "case.conflict"
                                  << "rejected" << false;
        QTest::newRow("validation") << "protocol.invalidValue"
                                    << "rejected" << false;
        QTest::newRow("other hall") << "auth.hall"
                                    << "rejected" << false;
        QTest::newRow("lost file") << "sync.local"
                                   << "local" << false;
    }

    void classifiesFailures()
    {
        QFETCH(QString, code);
        QFETCH(QString, category);
        QFETCH(bool, retry);
        const ErrorCategory c = categoryOf(ow::makeError(code, QStringLiteral("m")));
        QCOMPARE(categoryName(c), category);
        QCOMPARE(isRetryable(c), retry);
        QCOMPARE(
            isUnreachable(c), category == QStringLiteral("network") || category == QStringLiteral("timeout"));
    }

    void logRedactsSecrets()
    {
        QNetworkRequest r(QUrl(QStringLiteral("http://user:pw@127.0.0.1:1/api/v1/cases/x")));
        r.setRawHeader("Authorization", "Bearer s3cr3t-token-value");
        r.setRawHeader("X-Request-ID", "abc-123");
        r.setRawHeader("X-Upload-Token", "another-secret");
        const QString line = ow::net::Transport::describe("PUT", r);
        QVERIFY2(!line.contains(QStringLiteral("s3cr3t")), qPrintable(line));
        QVERIFY(!line.contains(QStringLiteral("another-secret")));
        QVERIFY(!line.contains(QStringLiteral("pw@")));
        QVERIFY(line.contains(QStringLiteral("Authorization: [redacted]")));
        QVERIFY(line.contains(QStringLiteral("X-Request-ID: abc-123")));
        QVERIFY(line.startsWith(QStringLiteral("PUT http://127.0.0.1:1/api/v1/cases/x")));
    }

    void unconfiguredClientFailsAsNetwork()
    {
        ow::net::Transport transport(std::make_shared<ow::net::TokenHolder>());
        ApiClient api(&transport);
        bool called = false;
        api.health([&](ow::Result<QJsonObject> r) {
            called = true;
            QVERIFY(!r);
            QCOMPARE(categoryOf(r.error()), ErrorCategory::Network);
        });
        QVERIFY(called);
    }

private:
    ow::test::TestEnv m_env;
};

QTEST_GUILESS_MAIN(TestSyncPolicy)
#include "tst_sync_policy.moc"
