#include "tests/support/testenv.h"
#include "tests/unit/catalog/catalogtestutil.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

using namespace ow::test::catalog;

// onewindow-cli catalog …, run as a separate process like an admin would.
class TestCatalogCli final : public QObject
{
    Q_OBJECT
private:
    ow::test::TestEnv m_env;

    struct Run
    {
        int exitCode = -1;
        QJsonObject json;
        QString err;
    };

    static Run run(const QStringList& args)
    {
        QProcess p;
        p.start(ow::test::binary(QStringLiteral("cli/onewindow-cli")),
            QStringList {QStringLiteral("catalog")} + args);
        p.waitForFinished(60000);
        Run r;
        r.exitCode = p.exitCode();
        r.json = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

private Q_SLOTS:
    void lintPassesOnTheFixtureAndTheDefault()
    {
        Run r = run({QStringLiteral("lint"), fixtureDir()});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.json.value(QStringLiteral("ok")).toBool());
        QCOMPARE(valueAt(r.json, QStringLiteral("/catalog/version")).toString(), QStringLiteral("2026.1.0"));
        r = run({QStringLiteral("lint")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.json.value(QStringLiteral("ok")).toBool(), QJsonDocument(r.json).toJson().constData());
    }

    void lintFailsWithErrorsAndExitOne()
    {
        const QString dir = m_env.path(QStringLiteral("broken"));
        QVERIFY(copyFolder(fixtureDir(), dir));
        QVERIFY(editJsonFile(dir + QStringLiteral("/items/birth.json"), QStringLiteral("/items/0/department"),
            QStringLiteral("moe")));
        const Run r = run({QStringLiteral("lint"), dir});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!r.json.value(QStringLiteral("ok")).toBool());
        const QJsonObject e = r.json.value(QStringLiteral("errors")).toArray().first().toObject();
        QCOMPARE(e.value(QStringLiteral("code")).toString(), QStringLiteral("unknownDepartment"));
        QCOMPARE(e.value(QStringLiteral("where")).toString(),
            QStringLiteral("items/birth.json: /items/0/department"));
    }

    void showPrintsTheMergedPlan()
    {
        const Run r = run({QStringLiteral("show"), QStringLiteral("NEWBORN"), QStringLiteral("--catalog"),
            fixtureDir(), QStringLiteral("--answers"),
            QStringLiteral(R"({"certIssued": true, "hasFather": false})"), QStringLiteral("--proxy")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(
            valueAt(r.json, QStringLiteral("/bundle/name")).toString(), QStringLiteral("新生儿出生一件事"));
        QCOMPARE(r.json.value(QStringLiteral("items")).toArray().size(), 3);
        QCOMPARE(
            valueAt(r.json, QStringLiteral("/items/0/department/name")).toString(), QStringLiteral("公安局"));
        QStringList fields, materials;
        for (const QJsonValue& f : r.json.value(QStringLiteral("fields")).toArray())
            fields << f[QStringLiteral("id")].toString();
        for (const QJsonValue& m : r.json.value(QStringLiteral("materials")).toArray())
            materials << m[QStringLiteral("id")].toString();
        QCOMPARE(fields.count(QStringLiteral("mother.idNumber")), 1);
        QVERIFY(!fields.contains(QStringLiteral("father.idNumber")));
        QVERIFY(materials.contains(QStringLiteral("authorization.agent")));
        QVERIFY(materials.contains(QStringLiteral("birthCertificate.child")));

        const Run en = run({QStringLiteral("show"), QStringLiteral("NEWBORN"), QStringLiteral("--catalog"),
            fixtureDir(), QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(en.exitCode, 0);
        QCOMPARE(
            valueAt(en.json, QStringLiteral("/bundle/name")).toString(), QStringLiteral("Birth of a child"));
    }

    void badInputExitsTwoWithAMessage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown bundle")
            << QStringList {QStringLiteral("show"), QStringLiteral("NEWBORNS")} << "NEWBORNS";
        QTest::newRow("answers not JSON") << QStringList {QStringLiteral("show"), QStringLiteral("NEWBORN"),
            QStringLiteral("--answers"), QStringLiteral("{married: yes}")}
                                          << "not a JSON object";
        QTest::newRow("answers an array") << QStringList {QStringLiteral("show"), QStringLiteral("NEWBORN"),
            QStringLiteral("--answers"), QStringLiteral("[1]")}
                                          << "not a JSON object";
        QTest::newRow("unknown question") << QStringList {QStringLiteral("show"), QStringLiteral("NEWBORN"),
            QStringLiteral("--answers"), QStringLiteral(R"({"twins": true})")}
                                          << "twins";
        QTest::newRow("no bundle") << QStringList {QStringLiteral("show")} << "usage";
        QTest::newRow("unknown subcommand") << QStringList {QStringLiteral("frobnicate")} << "usage";
    }

    void badInputExitsTwoWithAMessage()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = run(args + QStringList {QStringLiteral("--catalog"), fixtureDir()});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.json.isEmpty());
    }

    void listAndImport()
    {
        const Run list = run({QStringLiteral("list"), QStringLiteral("--catalog"), fixtureDir()});
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(list.json.value(QStringLiteral("bundles")).toArray().size(), 2);
        QCOMPARE(
            valueAt(list.json, QStringLiteral("/bundles/1/code")).toString(), QStringLiteral("RESTAURANT"));

        const QString file = m_env.path(QStringLiteral("newer.json"));
        QVERIFY(writeJson(file,
            withValueAt(fixtureMerged().document, QStringLiteral("/version"), QStringLiteral("2099.1.0"))));
        const QString dataDir = m_env.path(QStringLiteral("data"));
        Run imported = run({QStringLiteral("import"), file, QStringLiteral("--data-dir"), dataDir});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QCOMPARE(valueAt(imported.json, QStringLiteral("/catalog/version")).toString(),
            QStringLiteral("2099.1.0"));
        const Run again = run({QStringLiteral("import"), file, QStringLiteral("--data-dir"), dataDir});
        QCOMPARE(again.exitCode, 2);
        QVERIFY(again.err.contains(QStringLiteral("2099.1.0")));
        const Run show = run(
            {QStringLiteral("show"), QStringLiteral("RESTAURANT"), QStringLiteral("--data-dir"), dataDir});
        QCOMPARE(show.exitCode, 0);
        QCOMPARE(
            valueAt(show.json, QStringLiteral("/catalog/version")).toString(), QStringLiteral("2099.1.0"));
        const Run versions = run({QStringLiteral("versions"), QStringLiteral("--data-dir"), dataDir});
        QCOMPARE(versions.exitCode, 0);
        QVERIFY(valueAt(versions.json, QStringLiteral("/versions/0/active")).toBool());
    }
};

QTEST_GUILESS_MAIN(TestCatalogCli)
#include "tst_catalog_cli.moc"
