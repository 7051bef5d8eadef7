#include "app/catalog/catalogrepository.h"
#include "app/store/localstore.h"
#include "app/store/sql.h"
#include "tests/support/testenv.h"
#include "tests/unit/catalog/catalogtestutil.h"

#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace ow::catalog;
using namespace ow::test::catalog;

class TestCatalogRepository final : public QObject
{
    Q_OBJECT
private:
    ow::test::TestEnv m_env;
    int m_n = 0;

    // A fixture copy with another version (and so another hash), as a merged file.
    QString fixtureVersion(const QString& version)
    {
        const QString file = m_env.path(QStringLiteral("catalog-%1-%2.json").arg(version).arg(++m_n));
        const MergedCatalog merged = fixtureMerged();
        writeJson(file, withValueAt(merged.document, QStringLiteral("/version"), version));
        return file;
    }

    // The store with the migrations the catalogs table needs (0001 foundation, 0002 catalog), read from the
    // embedded client migrations, so this test does not depend on other modules' schema steps.
    static QList<ow::store::Migration> catalogMigrations()
    {
        QList<ow::store::Migration> out;
        const QStringList names {QStringLiteral("foundation"), QStringLiteral("catalog")};
        for (int v = 1; v <= 2; ++v) {
            QFile f(QStringLiteral(":/migrations/client/%1_%2.sql")
                        .arg(v, 4, 10, QChar(u'0'))
                        .arg(names.at(v - 1)));
            if (f.open(QIODevice::ReadOnly))
                out.append({v, names.at(v - 1), ow::store::splitSqlScript(QString::fromUtf8(f.readAll()))});
        }
        return out;
    }

    std::shared_ptr<ow::store::LocalStore> openStore(const QString& name)
    {
        auto store = ow::store::LocalStore::open(m_env.path(name), catalogMigrations());
        if (!store.ok())
            qWarning() << store.error().message;
        return store.ok() ? *store : nullptr;
    }

private Q_SLOTS:
    void versionsCompareNumerically()
    {
        QCOMPARE(compareVersions(QStringLiteral("2026.11.1"), QStringLiteral("2026.11.1")), 0);
        QCOMPARE(compareVersions(QStringLiteral("2026.9.1"), QStringLiteral("2026.11.1")), -1);
        QCOMPARE(compareVersions(QStringLiteral("2026.11.10"), QStringLiteral("2026.11.2")), 1);
        QCOMPARE(compareVersions(QStringLiteral("2026.11"), QStringLiteral("2026.11.1")), -1);
        QCOMPARE(compareVersions(QStringLiteral("2027.1.0"), QStringLiteral("2026.12.9")), 1);
        QCOMPARE(compareVersions(QStringLiteral("2026.1.0-b"), QStringLiteral("2026.1.0-a")), 1);
    }

    void storesActivatesAndLoadsByVersion()
    {
        auto store = openStore(QStringLiteral("versions.sqlite"));
        QVERIFY(store);
        CatalogRepository repo(store);
        auto v1 = Catalog::load(fixtureVersion(QStringLiteral("2026.1.0")));
        auto v2 = Catalog::load(fixtureVersion(QStringLiteral("2026.2.0")));
        QVERIFY(v1.ok() && v2.ok());
        QVERIFY(v1->contentHash() != v2->contentHash());

        QVERIFY(repo.save(*v1, QStringLiteral("test")).ok());
        QVERIFY(repo.save(*v1, QStringLiteral("test")).ok()); // the same version and hash again: no change
        QVERIFY(repo.save(*v2).ok());
        auto all = repo.versions();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->first().version, QStringLiteral("2026.2.0")); // newest first
        QVERIFY(!all->first().active);
        QCOMPARE(all->last().source, QStringLiteral("test"));
        QCOMPARE(all->last().title.zh, QStringLiteral("测试目录（单元测试用）"));

        QVERIFY(repo.activate(v1->version(), v1->contentHash()).ok());
        auto active = repo.loadActive();
        QVERIFY(active.ok());
        QCOMPARE(active->version(), QStringLiteral("2026.1.0"));
        QCOMPARE(active->contentHash(), v1->contentHash());

        auto newest = repo.activateNewest();
        QVERIFY(newest.ok());
        QCOMPARE(newest->version, QStringLiteral("2026.2.0"));
        QCOMPARE(repo.loadActive()->version(), QStringLiteral("2026.2.0"));
        all = repo.versions();
        QCOMPARE(
            std::count_if(all->begin(), all->end(), [](const CatalogVersion& v) { return v.active; }), 1);

        // An old case renders with the catalog it was taken under.
        auto old = repo.load(v1->version(), v1->contentHash());
        QVERIFY(old.ok());
        QCOMPARE(old->toJson(), v1->toJson());
        QVERIFY(old->bundle(QStringLiteral("NEWBORN")));

        auto missing = repo.load(QStringLiteral("1999.1.1"), v1->contentHash());
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, QStringLiteral("catalog.notStored"));
        QVERIFY(!repo.activate(QStringLiteral("1999.1.1"), QStringLiteral("x")).ok());
    }

    void importRefusesOlderOrSameVersion()
    {
        auto store = openStore(QStringLiteral("import.sqlite"));
        QVERIFY(store);
        CatalogRepository repo(store);
        auto first = repo.importFile(fixtureVersion(QStringLiteral("2026.3.0")));
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));
        QCOMPARE(repo.loadActive()->version(), QStringLiteral("2026.3.0"));

        auto same = repo.importFile(fixtureVersion(QStringLiteral("2026.3.0")));
        QVERIFY(!same.ok());
        QCOMPARE(same.error().code, QStringLiteral("catalog.notNewer"));
        QVERIFY(same.error().message.contains(QStringLiteral("2026.3.0")));

        auto older = repo.importFile(fixtureVersion(QStringLiteral("2026.2.9")));
        QVERIFY(!older.ok());
        QCOMPARE(older.error().code, QStringLiteral("catalog.notNewer"));
        QVERIFY(older.error().message.contains(QStringLiteral("2026.2.9")));
        QVERIFY(older.error().message.contains(QStringLiteral("2026.3.0")));

        auto newer = repo.importFile(fixtureDir()); // a folder works too
        QVERIFY(!newer.ok()); // 2026.1.0 is older
        auto folderCopy = m_env.path(QStringLiteral("folder-2026.10.0"));
        QVERIFY(copyFolder(fixtureDir(), folderCopy));
        QVERIFY(editJsonFile(folderCopy + QStringLiteral("/catalog.json"), QStringLiteral("/version"),
            QStringLiteral("2026.10.0")));
        newer = repo.importFile(folderCopy);
        QVERIFY(newer.ok());
        QCOMPARE(repo.loadActive()->version(), QStringLiteral("2026.10.0"));
        QCOMPARE(repo.versions()->size(), 2);
    }

    void importRefusesACatalogWithLintErrorsOrThatDoesNotLoad()
    {
        auto store = openStore(QStringLiteral("lint.sqlite"));
        QVERIFY(store);
        CatalogRepository repo(store);
        const QString file = m_env.path(QStringLiteral("lint-error.json"));
        QJsonObject doc
            = withValueAt(fixtureMerged().document, QStringLiteral("/version"), QStringLiteral("2030.1.0"));
        doc = withValueAt(doc, QStringLiteral("/bundles/0/items/0/code"), QStringLiteral("NO-SUCH-ITEM"));
        QVERIFY(writeJson(file, doc));
        auto imported = repo.importFile(file);
        QVERIFY(!imported.ok());
        QCOMPARE(imported.error().code, QStringLiteral("catalog.importLint"));
        QVERIFY(imported.error().where.startsWith(QStringLiteral("lint-error.json: /bundles/0/items/0")));

        auto broken = repo.importFile(m_env.path(QStringLiteral("nothing-here.json")));
        QVERIFY(!broken.ok());
        QVERIFY(repo.versions()->isEmpty());
    }

    void activeVersionSurvivesReopeningTheFile()
    {
        const QString name = QStringLiteral("reopen.sqlite");
        QString hash;
        {
            auto store = openStore(name);
            QVERIFY(store);
            CatalogRepository repo(store);
            auto c = repo.importFile(fixtureVersion(QStringLiteral("2026.5.0")));
            QVERIFY(c.ok());
            hash = c->contentHash();
        }
        QVERIFY(QFileInfo(m_env.path(name)).size() > 0);
        auto store = openStore(name);
        QVERIFY(store);
        CatalogRepository repo(store);
        auto active = repo.loadActive();
        QVERIFY(active.ok());
        QCOMPARE(active->version(), QStringLiteral("2026.5.0"));
        QCOMPARE(active->contentHash(), hash);
    }

    void tamperedContentIsDetected()
    {
        auto store = openStore(QStringLiteral("tamper.sqlite"));
        QVERIFY(store);
        CatalogRepository repo(store);
        auto c = repo.importFile(fixtureVersion(QStringLiteral("2026.6.0")));
        QVERIFY(c.ok());
        auto q = ow::store::exec(store->connection(),
            QStringLiteral("UPDATE catalogs SET content = replace(content, ?, ?)"),
            {QStringLiteral("核实母亲身份"), QStringLiteral("核实某人身份")});
        QVERIFY(q.ok());
        auto loaded = repo.load(QStringLiteral("2026.6.0"), c->contentHash());
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().code, QStringLiteral("catalog.corrupt"));
    }

    void emptyStoreFallsBackToTheEmbeddedDefault()
    {
        QVERIFY2(QFileInfo::exists(QStringLiteral(":/catalog/default/catalog.json")),
            "the default catalog is not embedded");
        auto store = openStore(QStringLiteral("empty.sqlite"));
        QVERIFY(store);
        CatalogRepository repo(store);
        auto active = repo.loadActive();
        QVERIFY2(active.ok(), qPrintable(active.ok() ? QString() : active.error().message));
        auto embedded = Catalog::embeddedDefault();
        QCOMPARE(active->contentHash(), embedded->contentHash());
        auto all = repo.versions();
        QCOMPARE(all->size(), 1);
        QVERIFY(all->first().active);
        QCOMPARE(all->first().source, QStringLiteral("embedded"));
        QCOMPARE(repo.adoptEmbeddedIfNewer().value(), false);

        // After an import of a newer catalog the embedded one is no longer adopted; an older store adopts it.
        auto older = openStore(QStringLiteral("older.sqlite"));
        CatalogRepository olderRepo(older);
        QVERIFY(olderRepo.importFile(fixtureVersion(QStringLiteral("2000.1.0"))).ok());
        QCOMPARE(olderRepo.adoptEmbeddedIfNewer().value(), true);
        QCOMPARE(olderRepo.loadActive()->contentHash(), embedded->contentHash());
    }
};

QTEST_GUILESS_MAIN(TestCatalogRepository)
#include "tst_catalog_repository.moc"
