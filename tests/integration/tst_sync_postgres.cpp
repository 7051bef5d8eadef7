// Two onewindow-server processes sharing one PostgreSQL database, two workbenches sending through faulty
// proxies (load balancers) that fail over when a server is killed: every case of both ends up in the shared
// database exactly once with all its files, including a file both workbenches upload at the same time.
#include "app/common/workbenchstatus.h"
#include "app/sync/syncservice.h"
#include "tests/integration/syncfixture.h"
#include "tests/support/faultproxy.h"
#include "tests/support/serverprocess.h"
#include "tests/support/testenv.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace ow;
using Fault = ow::test::FaultProxy::Fault;
using ow::sync::SyncService;

class TestSyncPostgres final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void twoServersOneDatabase()
    {
        if (!test::ScratchPostgres::available())
            QSKIP("OW_TEST_POSTGRES_URL is not set: scripts/test starts a PostgreSQL cluster for this test");
        test::ScratchPostgres pg;
        QVERIFY2(!pg.url().isEmpty(), qPrintable(pg.error()));
        QTemporaryDir dir;
        test::ServerRunner first(dir.filePath(QStringLiteral("s1")), pg.url());
        test::ServerRunner second(dir.filePath(QStringLiteral("s2")), pg.url());
        QVERIFY(first.start(true));
        QVERIFY(second.start(false));

        const QList<Fault> faults {Fault::Error500, Fault::CutBeforeForward, Fault::CutAfterForward,
            Fault::GarbageAfterForward, Fault::CutMidResponse};
        test::FaultProxy toFirst;
        test::FaultProxy toSecond;
        QVERIFY(toFirst.listen() && toSecond.listen());
        toFirst.setUpstreamPort(first.port());
        toSecond.setUpstreamPort(second.port());
        toFirst.setDecider(test::FaultProxy::randomFaults(11, 0.2, faults));
        toSecond.setDecider(test::FaultProxy::randomFaults(23, 0.2, faults));

        test::ClientData one(dir.filePath(QStringLiteral("c1")), QStringLiteral("CY-01"), 1);
        test::ClientData two(dir.filePath(QStringLiteral("c2")), QStringLiteral("CY-01"), 2);
        QVERIFY(one.ok() && two.ok());
        const QByteArray shared
            = test::pdfBytes(60000); // both upload it, in chunks, through different servers
        const QList<test::AcceptedCase> fromOne = one.acceptCases(12, 1, 20000, {shared});
        const QList<test::AcceptedCase> fromTwo = two.acceptCases(12, 1, 20000, {shared});
        QVERIFY2(one.error().isEmpty() && two.error().isEmpty(), qPrintable(one.error() + two.error()));

        SyncService syncOne(
            one.store(), one.options(toFirst.url()), test::signedInAs(test::kClerk, test::kClerkPassword));
        SyncService syncTwo(
            two.store(), two.options(toSecond.url()), test::signedInAs(test::kClerk2, test::kClerk2Password));
        QSignalSpy deliveredOne(&syncOne, &SyncService::delivered);
        QSignalSpy deliveredTwo(&syncTwo, &SyncService::delivered);
        syncOne.start();
        syncTwo.start();

        // The first server dies in the middle of the traffic; its balancer sends everything to the second.
        QTRY_VERIFY_WITH_TIMEOUT(deliveredOne.count() >= 3, 60000);
        first.kill();
        toFirst.setUpstreamPort(second.port());
        QTRY_VERIFY_WITH_TIMEOUT(deliveredOne.count() >= 6, 60000);
        // It comes back; now the second workbench's balancer moves over to it.
        QVERIFY(first.start(false));
        toSecond.setUpstreamPort(first.port());

        QTRY_COMPARE_WITH_TIMEOUT(deliveredOne.count(), fromOne.size(), 90000);
        QTRY_COMPARE_WITH_TIMEOUT(deliveredTwo.count(), fromTwo.size(), 90000);
        syncOne.stop();
        syncTwo.stop();
        qInfo() << "faults injected:" << toFirst.totalFaults() << "+" << toSecond.totalFaults();
        QVERIFY(toFirst.totalFaults() + toSecond.totalFaults() > 0);

        test::ServerDatabase db(QString(), pg.url());
        QCOMPARE(db.verifyExactlyOnce(fromOne + fromTwo), QString());
        // Each workbench's cases arrived in the order it accepted them.
        const QStringList order = db.receivedOrder();
        for (const QList<test::AcceptedCase>* cases : {&fromOne, &fromTwo}) {
            const QStringList mine = test::uuidsOf(*cases);
            const QSet<QString> set(mine.cbegin(), mine.cend());
            QStringList seen;
            for (const QString& uuid : order) {
                if (set.contains(uuid))
                    seen << uuid;
            }
            QCOMPARE(seen, mine);
        }
    }

private:
    test::TestEnv m_env;
};

QTEST_GUILESS_MAIN(TestSyncPostgres)
#include "tst_sync_postgres.moc"
