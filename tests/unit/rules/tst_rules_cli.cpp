// onewindow-cli rules: eval, validate and operators, run as a separate process.
#include "calendarfixture.h"
#include "tests/support/testenv.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QStringList& args)
{
    QProcess p;
    p.start(ow::test::binary(u"cli/onewindow-cli"_s), QStringList {u"rules"_s} + args);
    if (!p.waitForFinished(30000))
        qFatal("onewindow-cli did not finish");
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

} // namespace

class TestRulesCli final : public QObject
{
    Q_OBJECT
private:
    ow::test::TestEnv m_env;

    QString writeFile(const QString& name, const QByteArray& content)
    {
        const QString path = m_env.path(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            qFatal("cannot write a test file");
        return path;
    }

private Q_SLOTS:
    void evalPrintsScalars_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("number") << QStringList {u"eval"_s, QString::fromUtf8(R"({"+":[1,2]})")}
                                << QByteArray("3\n");
        QTest::newRow("true") << QStringList {u"eval"_s, QString::fromUtf8(R"({"==":[1,"1"]})")}
                              << QByteArray("true\n");
        QTest::newRow("string") << QStringList {u"eval"_s, QString::fromUtf8(R"({"cat":["x",1.0]})")}
                                << QByteArray("\"x1\"\n");
        QTest::newRow("null") << QStringList {u"eval"_s, QString::fromUtf8(R"({"var":"a"})")}
                              << QByteArray("null\n");
        QTest::newRow("with data") << QStringList {u"eval"_s, QString::fromUtf8(R"({"var":"a.b"})"),
            QString::fromUtf8(R"({"a":{"b":"中文"}})")}
                                   << QByteArray("\"中文\"\n");
        QTest::newRow("scalar data") << QStringList {u"eval"_s, QString::fromUtf8(R"({"*":[{"var":""},2]})"),
            u"21"_s} << QByteArray("42\n");
        QTest::newRow("literal rule") << QStringList {u"eval"_s, u"false"_s} << QByteArray("false\n");
        QTest::newRow("today") << QStringList {u"eval"_s, QString::fromUtf8(R"({"today":[]})"), u"--today"_s,
            u"2026-11-28"_s} << QByteArray("\"2026-11-28\"\n");
        QTest::newRow("calendar") << QStringList {u"eval"_s,
            QString::fromUtf8(R"({"add_working_days":["2026-02-12",3]})"), u"--calendar"_s,
            ow::test::calendar2026Path()}
                                  << QByteArray("\"2026-02-24\"\n");
        QTest::newRow("no calendar") << QStringList {u"eval"_s,
            QString::fromUtf8(R"({"add_working_days":["2026-02-12",3]})")}
                                     << QByteArray("\"2026-02-17\"\n");
    }
    void evalPrintsScalars()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, expected);
        const Run r = cli(args);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, expected);
    }

    void evalPrintsStructures()
    {
        const Run r = cli({u"eval"_s, QString::fromUtf8(R"({"map":[{"var":"xs"},{"*":[{"var":""},2]}]})"),
            QString::fromUtf8(R"({"xs":[1,2]})")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).array(), (QJsonArray {2, 4}));
    }

    void evalFromFiles()
    {
        const QString rule = writeFile(u"rule.json"_s, R"({"if":[{"var":"answers.married"},"cert","none"]})");
        const QString data = writeFile(u"data.json"_s, R"({"answers":{"married":true}})");
        Run r = cli({u"eval"_s, u"--file"_s, rule, u"--data"_s, data});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray("\"cert\"\n"));
        r = cli({u"eval"_s, u"--file"_s, rule});
        QCOMPARE(r.out, QByteArray("\"none\"\n"));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("mentions");
        QTest::newRow("bad rule JSON")
            << QStringList {u"eval"_s, // moc misreads a raw string ending in a quote
                   QStringLiteral("{\"==\":[1,}")}
            << QByteArray("offset");
        QTest::newRow("bad data JSON") << QStringList {u"eval"_s, u"1"_s, u"{nope"_s} << QByteArray("data");
        QTest::newRow("unknown operator")
            << QStringList {u"eval"_s, QString::fromUtf8(R"({"and":[true,{"nope":[1]}]})")}
            << QByteArray("/and/1/nope");
        QTest::newRow("arity") << QStringList {u"eval"_s, QString::fromUtf8(R"({"if":[true,{"==":[1]}]})")}
                               << QByteArray("/if/1/==");
        QTest::newRow("two keys") << QStringList {u"eval"_s, QString::fromUtf8(R"({"a":1,"b":2})")}
                                  << QByteArray("rules.malformed");
        QTest::newRow("no rule") << QStringList {u"eval"_s} << QByteArray("rule");
        QTest::newRow("missing file") << QStringList {u"eval"_s, u"--file"_s, u"/nonexistent/rule.json"_s}
                                      << QByteArray("/nonexistent/rule.json");
        QTest::newRow("bad today") << QStringList {u"eval"_s, u"1"_s, u"--today"_s, u"tomorrow"_s}
                                   << QByteArray("tomorrow");
        QTest::newRow("extra argument") << QStringList {u"eval"_s, u"1"_s, u"2"_s, u"3"_s} << QByteArray("3");
        QTest::newRow("no subcommand") << QStringList {} << QByteArray("Usage");
        QTest::newRow("unknown subcommand") << QStringList {u"frob"_s} << QByteArray("frob");
        QTest::newRow("validate unknown")
            << QStringList {u"validate"_s, QString::fromUtf8(R"({"or":[true,{"nope":[]}]})")}
            << QByteArray("/or/1/nope");
    }
    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, mentions);
        const Run r = cli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(mentions), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void badCalendar()
    {
        const QString path
            = writeFile(u"calendar.json"_s, R"({"calendar":{"years":{"2026":{"workdays":["2026-02-16"]}}}})");
        const Run r = cli({u"eval"_s, u"1"_s, u"--calendar"_s, path});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("/calendar/years/2026/workdays/0"), r.err.constData());
    }

    void validateListsVariables()
    {
        const Run r = cli({u"validate"_s,
            QString::fromUtf8(R"({"and":[{"var":"answers.married"},{"missing":["fields.a"]}]})")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o[u"valid"_s], QJsonValue(true));
        QCOMPARE(o[u"variables"_s].toArray(), (QJsonArray {u"answers.married"_s, u"fields.a"_s}));
    }

    void operatorsListed()
    {
        const Run r = cli({u"operators"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray ops = QJsonDocument::fromJson(r.out).array();
        QVERIFY(ops.contains(u"missing_some"_s));
        QVERIFY(ops.contains(u"add_working_days"_s));
    }
};

QTEST_GUILESS_MAIN(TestRulesCli)
#include "tst_rules_cli.moc"
