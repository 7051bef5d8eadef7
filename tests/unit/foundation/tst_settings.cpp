#include "app/common/settings.h"
#include "tests/support/testenv.h"

#include <QCommandLineParser>
#include <QStandardPaths>
#include <QTest>

using namespace ow;

class TestSettings final : public QObject
{
    Q_OBJECT
private:
    test::TestEnv m_env;

private Q_SLOTS:
    void defaultsAreChineseAt100Percent()
    {
        AppSettings s(m_env.path(QStringLiteral("defaults")));
        QCOMPARE(s.language(), QStringLiteral("zh_CN"));
        QCOMPARE(s.fontScale(), 100);
        QVERIFY(s.serverUrl().isEmpty()); // offline until a server is configured
        QVERIFY(s.databasePath().startsWith(m_env.path(QStringLiteral("defaults"))));
    }

    void commandLineOverridesWithoutPersisting()
    {
        const QString dir = m_env.path(QStringLiteral("cli"));
        QCommandLineParser parser;
        AppSettings::addOptions(parser);
        QVERIFY(parser.parse({QStringLiteral("onewindow"), QStringLiteral("--data-dir"), dir,
            QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--font-scale"),
            QStringLiteral("200"), QStringLiteral("--server-url"), QStringLiteral("http://127.0.0.1:9")}));
        AppSettings s = AppSettings::fromParser(parser);
        QCOMPARE(s.dataDir(), dir);
        QCOMPARE(s.language(), QStringLiteral("en"));
        QCOMPARE(s.fontScale(), 200);
        QCOMPARE(s.serverUrl(), QUrl(QStringLiteral("http://127.0.0.1:9")));
        AppSettings again(dir);
        QCOMPARE(again.language(), QStringLiteral("zh_CN"));
        QCOMPARE(again.fontScale(), 100);
    }

    void persistsAndRejectsInvalidValues()
    {
        const QString dir = m_env.path(QStringLiteral("persist"));
        {
            AppSettings s(dir);
            s.setFontScale(150);
            s.setLanguage(QStringLiteral("en"));
            s.setHallCode(QStringLiteral("BJ0105"));
            s.setCounterNumber(7);
        }
        AppSettings s(dir);
        QCOMPARE(s.fontScale(), 150);
        QCOMPARE(s.language(), QStringLiteral("en"));
        QCOMPARE(s.hallCode(), QStringLiteral("BJ0105"));
        QCOMPARE(s.counterNumber(), 7);
        s.setFontScale(333);
        QCOMPARE(s.fontScale(), 100);
        s.setLanguage(QStringLiteral("fr"));
        QCOMPARE(s.language(), QStringLiteral("zh_CN"));
        QVERIFY(!AppSettings::isValidFontScale(90));
        QVERIFY(AppSettings::isValidFontScale(125));
    }

    void defaultDataDirIsUnderTestModePaths()
    {
        AppSettings s;
        QVERIFY(s.dataDir().contains(QStringLiteral(".qttest")));
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
