// Crashes in the middle of a hand-off, with real processes: kill -9 of the headless runner
// (`onewindow-cli sync run`) again and again, then a run to the end; kill -9 of the server in the middle of
// requests, then a restart on the same data; the server stopped for a while, then back. Afterwards every
// accepted case is on the server exactly once with all its files: none lost, none twice.
#include "app/common/workbenchstatus.h"
#include "app/store/sql.h"
#include "app/sync/syncservice.h"
#include "tests/integration/syncfixture.h"
#include "tests/support/faultproxy.h"
#include "tests/support/serverprocess.h"
#include "tests/support/testenv.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace ow;
using ow::sync::SyncService;
using Connection = ow::WorkbenchStatus::Connection;

namespace {

// `onewindow-cli sync run` on a data directory, its output in files.
class Runner
{
public:
    Runner(QString dataDir, QUrl server, QString logDir)
        : m_dataDir(std::move(dataDir))
        , m_server(std::move(server))
        , m_logDir(std::move(logDir))
    { }

    void start()
    {
        ++m_runs;
        m_process = std::make_unique<QProcess>();
        m_process->setProgram(test::binary(QStringLiteral("cli/onewindow-cli")));
        m_process->setArguments({QStringLiteral("sync"), QStringLiteral("run"), QStringLiteral("--data-dir"),
            m_dataDir, QStringLiteral("--server-url"), m_server.toString(), QStringLiteral("--user"),
            test::kClerk, QStringLiteral("--until-empty"), QStringLiteral("--backoff-initial-ms"),
            QStringLiteral("50"), QStringLiteral("--backoff-max-ms"), QStringLiteral("300"),
            QStringLiteral("--chunk-bytes"), QStringLiteral("8192"), QStringLiteral("--timeout-ms"),
            QStringLiteral("5000"), QStringLiteral("--max-seconds"), QStringLiteral("100")});
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("OW_SYNC_PASSWORD"), test::kClerkPassword);
        m_process->setProcessEnvironment(env);
        m_process->setStandardOutputFile(outPath());
        m_process->setStandardErrorFile(QStringLiteral("%1/runner-%2.err").arg(m_logDir).arg(m_runs));
        m_process->start();
        m_process->waitForStarted(10000);
    }
    void kill9()
    {
        m_process->kill(); // SIGKILL
        m_process->waitForFinished(10000);
    }
    bool running() const { return m_process && m_process->state() != QProcess::NotRunning; }
    int exitCode() const { return m_process->exitCode(); }
    QJsonObject summary() const
    {
        QFile f(outPath());
        return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
    }
    QString errors() const
    {
        QFile f(QStringLiteral("%1/runner-%2.err").arg(m_logDir).arg(m_runs));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll().right(4000)) : QString();
    }

private:
    QString outPath() const { return QStringLiteral("%1/runner-%2.out").arg(m_logDir).arg(m_runs); }

    QString m_dataDir;
    QUrl m_server;
    QString m_logDir;
    std::unique_ptr<QProcess> m_process;
    int m_runs = 0;
};

} // namespace

class TestSyncCrash final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_server = std::make_unique<test::ServerRunner>(m_dir->filePath(QStringLiteral("server")));
        m_client = std::make_unique<test::ClientData>(m_dir->filePath(QStringLiteral("client")));
        QVERIFY2(m_client->ok(), qPrintable(m_client->error()));
    }

    void cleanup()
    {
        if (QTest::currentTestFailed() && m_server)
            qWarning().noquote() << m_server->log().right(4000);
        m_client.reset();
        m_server.reset();
        m_dir.reset();
    }

    void killTheRunnerAgainAndAgain()
    {
        QVERIFY(m_server->start());
        const QList<test::AcceptedCase> accepted = m_client->acceptCases(30, 2, 60000);
        QVERIFY2(m_client->error().isEmpty(), qPrintable(m_client->error()));
        const auto delivered = [this] {
            return m_client->count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state = 'delivered'"));
        };

        Runner runner(m_client->dataDir(), m_server->url(), m_dir->path());
        int killsWhileSending = 0;
        for (int round = 0; round < 6; ++round) {
            const int before = delivered();
            runner.start();
            // Let it deliver a case, then pull the plug at a random moment of the next one: within the time
            // that case took (from its outbox row), so a round never drains the queue however fast the
            // machine.
            QElapsedTimer waited;
            waited.start();
            while (delivered() == before && runner.running() && waited.elapsed() < 30000)
                QTest::qWait(2);
            const qint64 perCase = std::max(1,
                m_client->count(
                    QStringLiteral("SELECT CAST((julianday(delivered_at) - julianday(last_try_at)) "
                                   "* 86400000 AS INTEGER) FROM outbox WHERE state = 'delivered' "
                                   "ORDER BY delivered_at DESC LIMIT 1")));
            QTest::qWait(int(QRandomGenerator::global()->bounded(perCase)));
            if (!runner.running())
                break;
            runner.kill9();
            const int sending
                = m_client->count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state = 'sending'"));
            killsWhileSending += sending;
            QVERIFY(sending <= 1); // one entry at a time
            qInfo() << "round" << round << "killed with" << delivered() << "delivered," << sending
                    << "sending";
        }
        QVERIFY2(killsWhileSending >= 2, "the runner was never killed in the middle of sending a case");
        QVERIFY(delivered() < accepted.size());

        runner.start();
        QTRY_VERIFY_WITH_TIMEOUT(!runner.running(), 90000);
        QVERIFY2(runner.exitCode() == 0, qPrintable(runner.errors()));
        const QJsonObject summary = runner.summary();
        QCOMPARE(summary.value(QStringLiteral("remaining")).toInt(), 0);
        QCOMPARE(summary.value(QStringLiteral("rejected")).toInt(), 0);
        QCOMPARE(delivered(), accepted.size());

        test::ServerDatabase db(m_server->sqlitePath());
        QCOMPARE(db.verifyExactlyOnce(accepted), QString());
        QCOMPARE(db.receivedOrder(), test::uuidsOf(accepted));
    }

    void killTheServerInTheMiddleOfRequests()
    {
        QVERIFY(m_server->start());
        test::FaultProxy proxy;
        QVERIFY(proxy.listen());
        proxy.setUpstreamPort(m_server->port());
        // On these PUTs (files and cases alike) the server is killed a moment after the request reached it.
        const QList<int> killOn {4, 15, 27, 40};
        const QList<int> delaysMs {0, 3, 10, 25};
        int puts = 0;
        int kills = 0;
        proxy.setDecider([&](const test::FaultProxy::Request& r) {
            if (r.method != "PUT")
                return test::FaultProxy::Fault::None;
            const qsizetype at = killOn.indexOf(++puts);
            if (at >= 0)
                QTimer::singleShot(delaysMs.at(at), this, [&] {
                    m_server->kill();
                    ++kills;
                });
            return test::FaultProxy::Fault::None;
        });
        const QList<test::AcceptedCase> accepted = m_client->acceptCases(16, 2, 20000);
        WorkbenchStatus status;
        SyncService sync(m_client->store(), m_client->options(proxy.url()),
            test::signedInAs(test::kClerk, test::kClerkPassword), &status);
        QSignalSpy delivered(&sync, &SyncService::delivered);
        sync.start();
        for (int i = 0; i < killOn.size(); ++i) {
            QTRY_VERIFY_WITH_TIMEOUT(kills > i, 60000);
            QTest::qWait(200);
            QVERIFY(m_server->start(false));
            proxy.setUpstreamPort(m_server->port());
        }
        QTRY_COMPARE_WITH_TIMEOUT(delivered.count(), accepted.size(), 60000);
        QTRY_COMPARE(status.queueLength(), 0);
        sync.stop();
        QCOMPARE(kills, killOn.size());

        test::ServerDatabase db(m_server->sqlitePath());
        QCOMPARE(db.verifyExactlyOnce(accepted), QString());
        QCOMPARE(db.receivedOrder(), test::uuidsOf(accepted));
    }

    void serverDownForAWhile()
    {
        QVERIFY(m_server->start());
        test::FaultProxy proxy;
        QVERIFY(proxy.listen());
        proxy.setUpstreamPort(m_server->port());
        QList<test::AcceptedCase> accepted = m_client->acceptCases(2, 1, 5000);
        WorkbenchStatus status;
        SyncService sync(m_client->store(), m_client->options(proxy.url()),
            test::signedInAs(test::kClerk, test::kClerkPassword), &status);
        QSignalSpy delivered(&sync, &SyncService::delivered);
        QSignalSpy retries(&sync, &SyncService::retryScheduled);
        sync.start();
        QTRY_COMPARE_WITH_TIMEOUT(delivered.count(), 2, 30000);
        QTRY_COMPARE(status.connection(), Connection::Online);
        QTRY_VERIFY(status.lastSync().isValid());
        const QDateTime firstSync = status.lastSync();

        m_server->stop();
        accepted += m_client->acceptCases(4, 1, 5000);
        sync.triggerNow(); // as the workbench does after each acceptance
        QTRY_COMPARE_WITH_TIMEOUT(status.connection(), Connection::Offline, 20000);
        // Down for a while: the head entry keeps retrying, capped at the maximum wait.
        const int retriedBefore = int(retries.count());
        QTRY_VERIFY_WITH_TIMEOUT(retries.count() >= retriedBefore + 3, 20000);
        QCOMPARE(delivered.count(), 2);
        QTRY_COMPARE(status.queueLength(), 4);
        QVERIFY(
            m_client->count(QStringLiteral("SELECT MAX(attempts) FROM outbox WHERE state = 'queued'")) >= 3);

        QVERIFY(m_server->start(false));
        proxy.setUpstreamPort(m_server->port());
        QTRY_COMPARE_WITH_TIMEOUT(delivered.count(), 6, 30000);
        QTRY_COMPARE(status.queueLength(), 0);
        QTRY_COMPARE(status.connection(), Connection::Online);
        QTRY_VERIFY(status.lastSync() > firstSync);
        sync.stop();
        test::ServerDatabase db(m_server->sqlitePath());
        QCOMPARE(db.verifyExactlyOnce(accepted), QString());
        QCOMPARE(db.receivedOrder(), test::uuidsOf(accepted));
    }

private:
    test::TestEnv m_env;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::ServerRunner> m_server;
    std::unique_ptr<test::ClientData> m_client;
};

QTEST_GUILESS_MAIN(TestSyncCrash)
#include "tst_sync_crash.moc"
