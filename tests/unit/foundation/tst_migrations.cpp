#include "app/store/localstore.h"
#include "app/store/migrations.h"
#include "tests/support/testenv.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace ow::store;

class TestMigrations final : public QObject
{
    Q_OBJECT
private:
    ow::test::TestEnv m_env;
    int m_counter = 0;

    QSqlDatabase freshDb()
    {
        const QString name = QStringLiteral("mig%1").arg(++m_counter);
        auto db = LocalStore::openConnection(m_env.path(name + QStringLiteral(".sqlite")), name);
        if (!db)
            qFatal("cannot open test database");
        return *db;
    }

    static QStringList schema(const QSqlDatabase& db)
    {
        QStringList out;
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT type || ':' || name || ':' || COALESCE(sql, '') FROM sqlite_master "
                              "WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"));
        while (q.next())
            out << q.value(0).toString();
        return out;
    }

private Q_SLOTS:
    void splitsScriptsKeepingTriggersWhole()
    {
        const QString script = QStringLiteral("-- comment\nCREATE TABLE a (x INTEGER);\n"
                                              "CREATE TRIGGER t AFTER INSERT ON a BEGIN\n"
                                              "  UPDATE a SET x = 1;\n  DELETE FROM a WHERE x = 2;\nEND;\n"
                                              "CREATE INDEX i ON a(x);\n");
        const QStringList s = splitSqlScript(script);
        QCOMPARE(s.size(), 3);
        QVERIFY(s[1].startsWith(QStringLiteral("CREATE TRIGGER")));
        QVERIFY(s[1].endsWith(QStringLiteral("END;")));
        QVERIFY(s[1].contains(QStringLiteral("DELETE FROM a")));
    }

    void embeddedMigrationsAreNumberedWithoutGaps()
    {
        auto migrations = LocalStore::clientMigrations();
        QVERIFY2(migrations.ok(), qPrintable(migrations.ok() ? QString() : migrations.error().message));
        QVERIFY(!migrations->isEmpty());
        for (qsizetype i = 0; i < migrations->size(); ++i) {
            QCOMPARE(migrations->at(i).version, int(i + 1));
            QVERIFY(!migrations->at(i).statements.isEmpty());
        }
    }

    void migratesFromEmpty()
    {
        auto migrations = LocalStore::clientMigrations();
        QVERIFY(migrations.ok());
        QSqlDatabase db = freshDb();
        auto v = migrate(db, *migrations);
        QVERIFY2(v.ok(), qPrintable(v.ok() ? QString() : v.error().message));
        QCOMPARE(*v, migrations->last().version);
        QCOMPARE(*schemaVersion(db), migrations->last().version);
        QVERIFY(db.tables().contains(QStringLiteral("audit_log")));
        // Running again is a no-op.
        auto again = migrate(db, *migrations);
        QVERIFY(again.ok());
        QCOMPARE(*again, migrations->last().version);
    }

    void migratesFromEveryEarlierVersion()
    {
        auto all = LocalStore::clientMigrations();
        QVERIFY(all.ok());
        QSqlDatabase reference = freshDb();
        QVERIFY(migrate(reference, *all).ok());
        const QStringList expected = schema(reference);
        for (qsizetype from = 1; from < all->size(); ++from) {
            QSqlDatabase db = freshDb();
            QVERIFY(migrate(db, all->mid(0, from)).ok());
            QCOMPARE(*schemaVersion(db), int(from));
            auto v = migrate(db, *all);
            QVERIFY2(v.ok(), qPrintable(v.ok() ? QString() : v.error().message));
            QCOMPARE(schema(db), expected);
        }
    }

    void failureInsideAMigrationKeepsThePreviousVersion()
    {
        auto all = LocalStore::clientMigrations();
        QVERIFY(all.ok());
        QList<Migration> withBroken = *all;
        const int broken = all->last().version + 1;
        withBroken.append({broken, QStringLiteral("broken"),
            {QStringLiteral("CREATE TABLE half_done (x INTEGER)"),
                QStringLiteral("INSERT INTO half_done VALUES (1)"), QStringLiteral("THIS IS NOT SQL")}});
        QSqlDatabase db = freshDb();
        auto v = migrate(db, withBroken);
        QVERIFY(!v.ok());
        QVERIFY(v.error().where.contains(QStringLiteral("broken")));
        QCOMPARE(*schemaVersion(db), all->last().version);
        QVERIFY(!db.tables().contains(QStringLiteral("half_done")));
    }

    void refusesADatabaseFromANewerVersion()
    {
        auto all = LocalStore::clientMigrations();
        QVERIFY(all.ok());
        QSqlDatabase db = freshDb();
        QVERIFY(migrate(db, *all).ok());
        QList<Migration> newer = *all;
        newer.append(
            {all->last().version + 1, QStringLiteral("future"), {QStringLiteral("CREATE TABLE f (x)")}});
        QVERIFY(migrate(db, newer).ok());
        auto v = migrate(db, *all);
        QVERIFY(!v.ok());
        QCOMPARE(v.error().code, QStringLiteral("store.tooNew"));
        QVERIFY(v.error().message.contains(QStringLiteral("newer")));
        // The store refuses to open it too.
        const QString path = db.databaseName();
        auto store = LocalStore::open(path);
        QVERIFY(!store.ok());
        QCOMPARE(store.error().code, QStringLiteral("store.tooNew"));
    }

    void loaderRejectsGapsAndBadNames()
    {
        QTemporaryDir dir;
        auto write = [&](const QString& name, const QByteArray& sql) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(sql);
        };
        write(QStringLiteral("0001_a.sql"), "CREATE TABLE a (x);\n");
        write(QStringLiteral("0003_c.sql"), "CREATE TABLE c (x);\n");
        auto gap = loadMigrations(dir.path());
        QVERIFY(!gap.ok());
        QCOMPARE(gap.error().code, QStringLiteral("migrations.gap"));
        write(QStringLiteral("0002_b.sql"), "CREATE TABLE b (x);\n");
        write(QStringLiteral("0002_b.QPSQL.sql"), "CREATE TABLE b (x BIGINT);\n");
        auto sqlite = loadMigrations(dir.path(), QStringLiteral("QSQLITE"));
        QVERIFY(sqlite.ok());
        QCOMPARE(sqlite->size(), 3);
        QCOMPARE(sqlite->at(1).statements.first(), QStringLiteral("CREATE TABLE b (x);"));
        auto pg = loadMigrations(dir.path(), QStringLiteral("QPSQL"));
        QVERIFY(pg.ok());
        QCOMPARE(pg->at(1).statements.first(), QStringLiteral("CREATE TABLE b (x BIGINT);"));
        write(QStringLiteral("4_bad.sql"), "x");
        QVERIFY(!loadMigrations(dir.path()).ok());
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
