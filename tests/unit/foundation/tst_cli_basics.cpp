#include "tests/support/testenv.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

class TestCliBasics final : public QObject
{
    Q_OBJECT
private:
    ow::test::TestEnv m_env;

    static QProcess* run(const QStringList& args)
    {
        auto* p = new QProcess;
        p->start(ow::test::binary(QStringLiteral("cli/onewindow-cli")), args);
        p->waitForFinished(30000);
        return p;
    }

private Q_SLOTS:
    void versionPrintsJson()
    {
        std::unique_ptr<QProcess> p(run({QStringLiteral("version")}));
        QCOMPARE(p->exitCode(), 0);
        const auto doc = QJsonDocument::fromJson(p->readAllStandardOutput());
        QVERIFY(doc.isObject());
        QVERIFY(doc.object().value(QStringLiteral("schemaVersion")).toInt() >= 1);
    }
    void unknownCommandFailsWithUsage()
    {
        std::unique_ptr<QProcess> p(run({QStringLiteral("frobnicate")}));
        QCOMPARE(p->exitCode(), 2);
        QVERIFY(p->readAllStandardError().contains("unknown command 'frobnicate'"));
        QVERIFY(p->readAllStandardOutput().isEmpty());
    }
    void helpListsCommands()
    {
        std::unique_ptr<QProcess> p(run({QStringLiteral("--help")}));
        QCOMPARE(p->exitCode(), 0);
        QVERIFY(p->readAllStandardOutput().contains("version"));
    }
};

QTEST_GUILESS_MAIN(TestCliBasics)
#include "tst_cli_basics.moc"
