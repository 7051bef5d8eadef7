#include "tests/support/testenv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <memory>

class TestCliValidation final : public QObject
{
    Q_OBJECT
private:
    ow::test::TestEnv m_env;

    struct Run
    {
        int exitCode = -1;
        QJsonObject json;
        QByteArray out;
        QByteArray err;
    };

    static Run run(const QStringList& args)
    {
        QProcess p;
        p.start(ow::test::binary(QStringLiteral("cli/onewindow-cli")), args);
        if (!p.waitForFinished(30000))
            qFatal("onewindow-cli did not finish");
        Run r;
        r.exitCode = p.exitCode();
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        r.json = QJsonDocument::fromJson(r.out).object();
        return r;
    }

private Q_SLOTS:
    void validIdPrintsFacts()
    {
        const Run r = run({QStringLiteral("id"), QStringLiteral("check"),
            QStringLiteral("11010519491231002X"), QStringLiteral("--today"), QStringLiteral("2026-11-28")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json.value(QStringLiteral("valid")).toBool(), true);
        QCOMPARE(r.json.value(QStringLiteral("birthDate")).toString(), QStringLiteral("1949-12-31"));
        QCOMPARE(r.json.value(QStringLiteral("sex")).toString(), QStringLiteral("female"));
        QCOMPARE(r.json.value(QStringLiteral("age")).toInt(), 76);
        QCOMPARE(r.json.value(QStringLiteral("regionCode")).toString(), QStringLiteral("110105"));
        QCOMPARE(r.json.value(QStringLiteral("region")).toString(), QStringLiteral("北京市 朝阳区"));
        QVERIFY(r.json.value(QStringLiteral("warnings")).toArray().isEmpty());
        QVERIFY(!r.json.contains(QStringLiteral("reason")));
    }

    void invalidIdExplainsWhy()
    {
        const Run r
            = run({QStringLiteral("id"), QStringLiteral("check"), QStringLiteral("110105195001010014")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json.value(QStringLiteral("valid")).toBool(), false);
        QCOMPARE(r.json.value(QStringLiteral("code")).toString(), QStringLiteral("id.checkDigit"));
        QVERIFY(
            r.json.value(QStringLiteral("reason")).toString().contains(QStringLiteral("check character")));
        QVERIFY(!r.json.contains(QStringLiteral("birthDate")));
    }

    void lowercaseXAndLegacy()
    {
        const Run lower
            = run({QStringLiteral("id"), QStringLiteral("check"), QStringLiteral("11010519491231002x")});
        QCOMPARE(lower.json.value(QStringLiteral("code")).toString(), QStringLiteral("id.lowercaseX"));
        const Run legacy
            = run({QStringLiteral("id"), QStringLiteral("check"), QStringLiteral("150102880730303")});
        QCOMPARE(legacy.exitCode, 0);
        QCOMPARE(legacy.json.value(QStringLiteral("valid")).toBool(), false);
        QCOMPARE(legacy.json.value(QStringLiteral("code")).toString(), QStringLiteral("id.legacy15"));
        QCOMPARE(
            legacy.json.value(QStringLiteral("converted")).toString(), QStringLiteral("150102198807303035"));
        QCOMPARE(legacy.json.value(QStringLiteral("birthDate")).toString(), QStringLiteral("1988-07-30"));
    }

    void chineseMessages()
    {
        const Run r = run({QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("id"),
            QStringLiteral("check"), QStringLiteral("1101")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json.value(QStringLiteral("code")).toString(), QStringLiteral("id.length"));
        QVERIFY(!r.json.value(QStringLiteral("reason")).toString().isEmpty());
    }

    void idUsageErrors()
    {
        const Run missing = run({QStringLiteral("id"), QStringLiteral("check")});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.out.isEmpty());
        QVERIFY(missing.err.contains("exactly one"));
        const Run noVerb = run({QStringLiteral("id")});
        QCOMPARE(noVerb.exitCode, 2);
        QVERIFY(noVerb.err.contains("usage"));
        const Run badToday = run({QStringLiteral("id"), QStringLiteral("check"),
            QStringLiteral("11010519491231002X"), QStringLiteral("--today"), QStringLiteral("tomorrow")});
        QCOMPARE(badToday.exitCode, 2);
    }

    void validCreditCode()
    {
        const Run r
            = run({QStringLiteral("uscc"), QStringLiteral("check"), QStringLiteral("91310110666007217T")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json.value(QStringLiteral("valid")).toBool(), true);
        QCOMPARE(r.json.value(QStringLiteral("department")).toString(), QStringLiteral("工商"));
        QCOMPARE(r.json.value(QStringLiteral("category")).toString(), QStringLiteral("企业"));
        QCOMPARE(r.json.value(QStringLiteral("regionCode")).toString(), QStringLiteral("310110"));
        QCOMPARE(r.json.value(QStringLiteral("region")).toString(), QStringLiteral("上海市 杨浦区"));
        QCOMPARE(r.json.value(QStringLiteral("organizationCode")).toString(), QStringLiteral("66600721-7"));
    }

    void invalidCreditCode()
    {
        const Run r
            = run({QStringLiteral("uscc"), QStringLiteral("check"), QStringLiteral("91350200M000000510")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json.value(QStringLiteral("valid")).toBool(), false);
        QCOMPARE(r.json.value(QStringLiteral("code")).toString(), QStringLiteral("uscc.checkCharacter"));
        QVERIFY(!r.json.value(QStringLiteral("reason")).toString().isEmpty());
        const Run letters
            = run({QStringLiteral("uscc"), QStringLiteral("check"), QStringLiteral("9131011066600721IO")});
        QCOMPARE(letters.json.value(QStringLiteral("code")).toString(), QStringLiteral("uscc.characters"));
    }

    void creditCodeUsageErrors()
    {
        const Run missing = run({QStringLiteral("uscc"), QStringLiteral("check")});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.out.isEmpty());
        QCOMPARE(run({QStringLiteral("uscc")}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliValidation)
#include "tst_cli_validation.moc"
