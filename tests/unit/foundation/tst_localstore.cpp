#include "app/store/localstore.h"
#include "app/store/sql.h"
#include "tests/support/testenv.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

using namespace ow::store;

class TestLocalStore final : public QObject
{
    Q_OBJECT
private:
    ow::test::TestEnv m_env;

private Q_SLOTS:
    void opensWithWalAndForeignKeys()
    {
        auto store = LocalStore::open(m_env.path(QStringLiteral("a/b/store.sqlite")));
        QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().message));
        QSqlDatabase db = (*store)->connection();
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1); // NORMAL
        QVERIFY(QFile::exists(m_env.path(QStringLiteral("a/b/store.sqlite"))));
    }

    void eachThreadGetsItsOwnConnection()
    {
        auto store = LocalStore::open(m_env.path(QStringLiteral("threads.sqlite")));
        QVERIFY(store.ok());
        const QString mainName = (*store)->connection().connectionName();
        QString workerName;
        bool workerWrote = false;
        std::unique_ptr<QThread> t(QThread::create([&] {
            QSqlDatabase db = (*store)->connection();
            workerName = db.connectionName();
            workerWrote = exec(db, QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"),
                {QStringLiteral("from-thread"), QStringLiteral("yes")})
                              .ok();
        }));
        t->start();
        QVERIFY(t->wait(10000));
        QVERIFY(workerWrote);
        QVERIFY(!workerName.isEmpty());
        QVERIFY(workerName != mainName);
        QVERIFY(!QSqlDatabase::contains(workerName)); // closed when the thread ended
        auto q = exec((*store)->connection(), QStringLiteral("SELECT value FROM meta WHERE key = ?"),
            {QStringLiteral("from-thread")});
        QVERIFY(q.ok() && q->next());
        QCOMPARE(q->value(0).toString(), QStringLiteral("yes"));
    }

    // A write transaction that reads first must not fail because another connection wrote in between: the
    // write lock is taken at BEGIN, so the other writer waits (here: gives up after its short busy timeout).
    void aTransactionThatReadsFirstKeepsItsWrite()
    {
        const QString path = m_env.path(QStringLiteral("busy/store.sqlite"));
        auto store = LocalStore::open(path);
        QVERIFY(store.ok());
        QSqlDatabase db = (*store)->connection();
        QVERIFY(exec(db, QStringLiteral("CREATE TABLE counter (n INTEGER NOT NULL)")).ok());
        QVERIFY(exec(db, QStringLiteral("INSERT INTO counter (n) VALUES (0)")).ok());
        {
            auto other = LocalStore::openConnection(path, QStringLiteral("other-writer"));
            QVERIFY(other.ok());
            QVERIFY(exec(*other, QStringLiteral("PRAGMA busy_timeout = 100")).ok());

            bool otherWrote = true;
            auto done = inTransaction(db, [&]() -> ow::Result<void> {
                auto n = exec(db, QStringLiteral("SELECT n FROM counter"));
                if (!n || !n->next())
                    return ow::makeError(QStringLiteral("test"), QStringLiteral("no row"));
                otherWrote = exec(*other, QStringLiteral("UPDATE counter SET n = n + 100")).ok();
                auto written = exec(db, QStringLiteral("UPDATE counter SET n = n + 1"));
                if (!written)
                    return written.error();
                return {};
            });
            QVERIFY2(done.ok(), qPrintable(done.ok() ? QString() : done.error().message));
            QVERIFY(!otherWrote);
            auto n = exec(db, QStringLiteral("SELECT n FROM counter"));
            QVERIFY(n && n->next());
            QCOMPARE(n->value(0).toInt(), 1);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other-writer"));
    }

    void reportsAnUnopenableFileClearly()
    {
        QFile dirAsFile(m_env.path(QStringLiteral("not-a-dir")));
        QVERIFY(dirAsFile.open(QIODevice::WriteOnly));
        dirAsFile.write("x");
        dirAsFile.close();
        auto store = LocalStore::open(m_env.path(QStringLiteral("not-a-dir/store.sqlite")));
        QVERIFY(!store.ok());
        QVERIFY(!store.error().message.isEmpty());
    }

    void preparedStatementsBindValues()
    {
        auto store = LocalStore::open(m_env.path(QStringLiteral("bind.sqlite")));
        QVERIFY(store.ok());
        const QString tricky = QStringLiteral("x'); DROP TABLE meta; --");
        QVERIFY(exec((*store)->connection(), QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"),
            {QStringLiteral("k"), tricky})
                    .ok());
        auto q = exec((*store)->connection(), QStringLiteral("SELECT value FROM meta WHERE key = ?"),
            {QStringLiteral("k")});
        QVERIFY(q.ok() && q->next());
        QCOMPARE(q->value(0).toString(), tricky);
        QVERIFY(!exec((*store)->connection(), QStringLiteral("SELECT * FROM no_such_table")).ok());
    }
};

QTEST_GUILESS_MAIN(TestLocalStore)
#include "tst_localstore.moc"
