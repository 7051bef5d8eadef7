// The outbox worker through a fault-injecting proxy in front of a real onewindow-server: answers of 500,
// requests that hang past the timeout, garbage, connections cut before the request reaches the server, after
// the server handled it, or in the middle of its answer. Whatever happens, every accepted case ends up on the
// server exactly once with all its files, in the order accepted.
#include "app/common/workbenchstatus.h"
#include "app/sync/syncservice.h"
#include "tests/integration/syncfixture.h"
#include "tests/support/faultproxy.h"
#include "tests/support/serverprocess.h"
#include "tests/support/testenv.h"

#include <QSignalSpy>
#include <QTest>

using namespace ow;
using Fault = ow::test::FaultProxy::Fault;
using ow::sync::SyncService;

Q_DECLARE_METATYPE(QList<Fault>)

class TestSyncFaults final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_server = std::make_unique<test::ServerRunner>(m_dir->filePath(QStringLiteral("server")));
        QVERIFY(m_server->start());
    }

    void cleanupTestCase()
    {
        m_server.reset();
        m_dir.reset();
    }

    void survivesFaults_data()
    {
        QTest::addColumn<QList<Fault>>("faults");
        QTest::addColumn<double>("probability");
        QTest::addColumn<int>("cases");
        QTest::newRow("500") << QList<Fault> {Fault::Error500} << 0.4 << 6;
        QTest::newRow("hang past the timeout") << QList<Fault> {Fault::Hang} << 0.3 << 5;
        QTest::newRow("garbage instead of HTTP") << QList<Fault> {Fault::Garbage} << 0.4 << 6;
        QTest::newRow("garbage after the server handled it")
            << QList<Fault> {Fault::GarbageAfterForward} << 0.4 << 6;
        QTest::newRow("cut before the server") << QList<Fault> {Fault::CutBeforeForward} << 0.4 << 6;
        QTest::newRow("cut after the server handled it") << QList<Fault> {Fault::CutAfterForward} << 0.4 << 6;
        QTest::newRow("cut in the middle of the answer") << QList<Fault> {Fault::CutMidResponse} << 0.4 << 6;
        QTest::newRow("all of them") << QList<Fault> {Fault::Error500, Fault::Hang, Fault::Garbage,
            Fault::GarbageAfterForward, Fault::CutBeforeForward, Fault::CutAfterForward,
            Fault::CutMidResponse} << 0.35
                                     << 14;
    }

    void survivesFaults()
    {
        QFETCH(QList<Fault>, faults);
        QFETCH(double, probability);
        QFETCH(int, cases);
        const quint32 seed = quint32(qHash(QString::fromLatin1(QTest::currentDataTag())));

        QTemporaryDir clientDir;
        test::ClientData client(clientDir.path(), QStringLiteral("CY-01"), ++m_counter);
        QVERIFY2(client.ok(), qPrintable(client.error()));
        // Small and multi-chunk files, and one file that every case of this run shares.
        const QByteArray shared = test::pdfBytes(3000);
        QList<test::AcceptedCase> accepted = client.acceptCases(cases / 2, 1, 6000, {shared});
        accepted += client.acceptCases(cases - cases / 2, 1, 40000);
        QVERIFY2(client.error().isEmpty(), qPrintable(client.error()));

        test::FaultProxy proxy;
        QVERIFY(proxy.listen());
        proxy.setUpstreamPort(m_server->port());
        proxy.setDecider(test::FaultProxy::randomFaults(seed, probability, faults));

        sync::SyncOptions options = client.options(proxy.url());
        options.requestTimeoutMs = 800;
        WorkbenchStatus status;
        SyncService sync(
            client.store(), options, test::signedInAs(test::kClerk, test::kClerkPassword), &status);
        QSignalSpy delivered(&sync, &SyncService::delivered);
        QSignalSpy rejected(&sync, &SyncService::rejected);
        sync.start();
        QTRY_COMPARE_WITH_TIMEOUT(delivered.count(), accepted.size(), 90000);
        QTRY_COMPARE(status.queueLength(), 0);
        sync.stop();
        QCOMPARE(rejected.count(), 0);
        QVERIFY2(proxy.totalFaults() > 0, "the proxy injected no fault");
        for (Fault f : std::as_const(faults))
            qInfo() << f << proxy.faultCount(f);
        qInfo() << "requests" << proxy.requestCount();

        QStringList order;
        for (const QList<QVariant>& args : std::as_const(delivered))
            order << args.at(0).toString();
        QCOMPARE(order, test::uuidsOf(accepted));
        for (const test::AcceptedCase& a : std::as_const(accepted))
            QCOMPARE(client.syncState(a.uuid), QStringLiteral("delivered"));

        // The server holds this client's cases exactly once, with all files, in the order accepted.
        m_accepted += accepted;
        test::ServerDatabase db(m_server->sqlitePath());
        QCOMPARE(db.verifyExactlyOnce(m_accepted), QString());
        QCOMPARE(db.receivedOrder(), test::uuidsOf(m_accepted));
    }

private:
    test::TestEnv m_env;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::ServerRunner> m_server;
    QList<test::AcceptedCase> m_accepted; // over all runs, on the one server
    int m_counter = 0;
};

QTEST_GUILESS_MAIN(TestSyncFaults)
#include "tst_sync_faults.moc"
