// What the evaluator says about rules rather than data: errors with JSON pointers, validate(), variables(),
// truthiness, the operator list, and limits.
#include "jsonlogictable.h"
#include "tests/support/testenv.h"

#include <QRandomGenerator>

#include <cmath>
#include <limits>

using ow::rules::Evaluator;
using namespace ow::test::jsonlogic;
using namespace Qt::StringLiterals;

class TestJsonLogicChecks final : public QObject
{
    Q_OBJECT
private:
    ow::test::TestEnv m_env;

private Q_SLOTS:
    void errors_data()
    {
        QTest::addColumn<QByteArray>("rule");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("where");
        QTest::newRow("unknown at root")
            << QByteArray(R"({"frobnicate":[1]})") << u"rules.unknownOperator"_s << u"/frobnicate"_s;
        QTest::newRow("unknown nested")
            << QByteArray(R"({"and":[true,{"nope":[]}]})") << u"rules.unknownOperator"_s << u"/and/1/nope"_s;
        QTest::newRow("unknown in taken branch")
            << QByteArray(R"({"if":[false,1,{"x":[]}]})") << u"rules.unknownOperator"_s << u"/if/2/x"_s;
        QTest::newRow("unknown inside wrapped arg")
            << QByteArray(R"({"!":{"nope":1}})") << u"rules.unknownOperator"_s << u"/!/nope"_s;
        QTest::newRow("unknown inside map")
            << QByteArray(R"({"map":[[1],{"nope":1}]})") << u"rules.unknownOperator"_s << u"/map/1/nope"_s;
        QTest::newRow("unknown in literal array")
            << QByteArray(R"([1,[2,{"nope":1}]])") << u"rules.unknownOperator"_s << u"/1/1/nope"_s;
        QTest::newRow("pointer escaping")
            << QByteArray(R"({"a/b~c":1})") << u"rules.unknownOperator"_s << u"/a~1b~0c"_s;
        QTest::newRow("two keys at root")
            << QByteArray(R"({"var":"a","if":[]})") << u"rules.malformed"_s << QString();
        QTest::newRow("two keys nested")
            << QByteArray(R"({"or":[false,{"==":[1,1],"!=":[1,2]}]})") << u"rules.malformed"_s << u"/or/1"_s;
        QTest::newRow("== with one arg")
            << QByteArray(R"({"and":[true,{"==":[1]}]})") << u"rules.malformed"_s << u"/and/1/=="_s;
        QTest::newRow("== in if") << QByteArray(R"({"if":[true,{"==":[1,2,3]}]})") << u"rules.malformed"_s
                                  << u"/if/1/=="_s;
        QTest::newRow("< with four") << QByteArray(R"({"<":[1,2,3,4]})") << u"rules.malformed"_s << u"/<"_s;
        QTest::newRow("map with one")
            << QByteArray(R"({"map":[[1,2]]})") << u"rules.malformed"_s << u"/map"_s;
        QTest::newRow("and empty") << QByteArray(R"({"and":[]})") << u"rules.malformed"_s << u"/and"_s;
        QTest::newRow("- empty") << QByteArray(R"({"-":[]})") << u"rules.malformed"_s << u"/-"_s;
        QTest::newRow("missing_some keys")
            << QByteArray(R"({"missing_some":[1,"a"]})") << u"rules.malformed"_s << u"/missing_some/1"_s;
        QTest::newRow("var three") << QByteArray(R"({"var":["a",1,2]})") << u"rules.malformed"_s << u"/var"_s;
        QTest::newRow("domain arity")
            << QByteArray(R"({"age_at":["2000-01-01"]})") << u"rules.malformed"_s << u"/age_at"_s;
        QTest::newRow("today with args")
            << QByteArray(R"({"today":[1]})") << u"rules.malformed"_s << u"/today"_s;
        QTest::newRow("today wrapped")
            << QByteArray(R"({"today":"x"})") << u"rules.malformed"_s << u"/today"_s;
    }
    void errors()
    {
        QFETCH(QByteArray, rule);
        QFETCH(QString, code);
        QFETCH(QString, where);
        const auto result = Evaluator().evaluate(json(rule), json("{}"));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, code);
        QCOMPARE(result.error().where, where);
        QVERIFY(!result.error().message.isEmpty());
        // validate() reports the same problem without data.
        const auto valid = Evaluator::validate(json(rule));
        QVERIFY(!valid.ok());
        QCOMPARE(valid.error().code, code);
        QCOMPARE(valid.error().where, where);
    }

    void errorMessagesNameTheProblem()
    {
        const auto unknown = Evaluator().evaluate(json(R"({"frobnicate":[1]})"), {});
        QVERIFY(unknown.error().message.contains(u"frobnicate"));
        const auto arity = Evaluator().evaluate(json(R"({"age_at":["2000-01-01"]})"), {});
        QVERIFY2(arity.error().message.contains(u"age_at") && arity.error().message.contains(u'2'),
            qPrintable(arity.error().message));
        const auto twoKeys = Evaluator().evaluate(json(R"({"a":1,"b":2})"), {});
        QVERIFY(twoKeys.error().message.contains(u'2'));
    }

    void validateFindsProblemsEvaluationSkips_data()
    {
        QTest::addColumn<QByteArray>("rule");
        QTest::addColumn<QString>("where");
        QTest::newRow("or") << QByteArray(R"({"or":[true,{"no_such_op":[1]}]})") << u"/or/1/no_such_op"_s;
        QTest::newRow("and") << QByteArray(R"({"and":[false,{"==":[1]}]})") << u"/and/1/=="_s;
        QTest::newRow("if") << QByteArray(R"({"if":[true,1,{"no_such_op":[1]}]})") << u"/if/2/no_such_op"_s;
        QTest::newRow("map over empty")
            << QByteArray(R"({"map":[[],{"no_such_op":[1]}]})") << u"/map/1/no_such_op"_s;
        QTest::newRow("deep") << QByteArray(
            R"({"if":[{"var":"a"},{"cat":["x",{"substr":[{"var":"b"},{"x":1}]}]}]})")
                              << u"/if/1/cat/1/substr/1/x"_s;
    }
    void validateFindsProblemsEvaluationSkips()
    {
        QFETCH(QByteArray, rule);
        QFETCH(QString, where);
        QVERIFY(Evaluator().evaluate(json(rule), {}).ok());
        const auto valid = Evaluator::validate(json(rule));
        QVERIFY(!valid.ok());
        QCOMPARE(valid.error().where, where);
    }

    void validateAcceptsGoodRules_data()
    {
        QTest::addColumn<QByteArray>("rule");
        QTest::newRow("literal") << QByteArray("42");
        QTest::newRow("empty object") << QByteArray("{}");
        QTest::newRow("catalog when") << QByteArray(R"({"==":[{"var":"answers.needCard"},true]})");
        QTest::newRow("derived") << QByteArray(
            R"({"days_between":[{"var":"fields.child.birthDate"},{"today":[]}]})");
        QTest::newRow("iterators") << QByteArray(
            R"({"reduce":[{"filter":[{"var":"xs"},{">":[{"var":""},1]}]},{"+":[{"var":"current"},{"var":"accumulator"}]},0]})");
        QTest::newRow("missing_some computed") << QByteArray(R"({"missing_some":[1,{"var":"keys"}]})");
        QTest::newRow("if odd/even") << QByteArray(R"({"if":[{"var":"a"},1,{"var":"b"},2]})");
    }
    void validateAcceptsGoodRules()
    {
        QFETCH(QByteArray, rule);
        const auto valid = Evaluator::validate(json(rule));
        QVERIFY2(valid.ok(), qPrintable(valid.ok() ? QString() : valid.error().message));
    }

    void variables_data()
    {
        QTest::addColumn<QByteArray>("rule");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("none") << QByteArray(R"({"==":[1,1]})") << QStringList();
        QTest::newRow("simple") << QByteArray(R"({"var":"answers.married"})")
                                << QStringList {u"answers.married"_s};
        QTest::newRow("array form and default")
            << QByteArray(R"({"==":[{"var":["fields.child.birthDate",{"var":"today"}]},1]})")
            << QStringList {u"fields.child.birthDate"_s, u"today"_s};
        QTest::newRow("dedup in order")
            << QByteArray(R"({"and":[{"var":"b"},{"var":"a"},{"!":{"var":"b"}}]})")
            << QStringList {u"b"_s, u"a"_s};
        QTest::newRow("number path") << QByteArray(R"({"var":1})") << QStringList {u"1"_s};
        QTest::newRow("empty path skipped") << QByteArray(R"({"var":""})") << QStringList();
        QTest::newRow("computed path")
            << QByteArray(R"({"var":{"cat":["a",{"var":"suffix"}]}})") << QStringList {u"suffix"_s};
        QTest::newRow("scopes skipped") << QByteArray(
            R"({"and":[{"map":[{"var":"list"},{"var":"item"}]},{"reduce":[{"var":"xs"},{"var":"current"},{"var":"start"}]},{"all":[{"var":"ys"},{"var":"z"}]}]})")
                                        << QStringList {u"list"_s, u"xs"_s, u"start"_s, u"ys"_s};
        QTest::newRow("missing") << QByteArray(
            R"({"merge":[{"missing":["a","b"]},{"missing":[["c"]]},{"missing":"d"}]})")
                                 << QStringList {u"a"_s, u"b"_s, u"c"_s, u"d"_s};
        QTest::newRow("missing_some")
            << QByteArray(R"({"missing_some":[1,["e","f"]]})") << QStringList {u"e"_s, u"f"_s};
        QTest::newRow("untaken branches count") << QByteArray(
            R"({"if":[{"var":"answers.proxy"},{"var":"fields.agent.name"},{"var":"fields.applicant.name"}]})")
                                                << QStringList {u"answers.proxy"_s, u"fields.agent.name"_s,
                                                       u"fields.applicant.name"_s};
        QTest::newRow("literal arrays")
            << QByteArray(R"([{"var":"x"},[{"var":"y"}]])") << QStringList {u"x"_s, u"y"_s};
    }
    void variables()
    {
        QFETCH(QByteArray, rule);
        QFETCH(QStringList, expected);
        QCOMPARE(Evaluator::variables(json(rule)), expected);
    }

    void truthiness()
    {
        QVERIFY(!Evaluator::truthy(json("[]")));
        QVERIFY(Evaluator::truthy(json("[0]")));
        QVERIFY(!Evaluator::truthy(json(R"("")")));
        QVERIFY(Evaluator::truthy(json(R"("0")")));
        QVERIFY(!Evaluator::truthy(json("0")));
        QVERIFY(!Evaluator::truthy(json("null")));
        QVERIFY(!Evaluator::truthy(QJsonValue(QJsonValue::Undefined)));
        QVERIFY(Evaluator::truthy(json("{}")));
        QVERIFY(Evaluator::truthy(json("-0.5")));
        QVERIFY(!Evaluator::truthy(QJsonValue(std::numeric_limits<double>::quiet_NaN())));
    }

    void operatorsListed()
    {
        const QStringList ops = Evaluator::operators();
        for (const char* name : {"var", "missing", "missing_some", "if", "?:", "==", "===", "!=", "!==", "!",
                 "!!", "and", "or", "<", "<=", ">", ">=", "max", "min", "+", "-", "*", "/", "%", "map",
                 "filter", "reduce", "all", "none", "some", "merge", "in", "cat", "substr", "log", "today",
                 "days_between", "date_diff_days", "age_at", "add_days", "add_working_days",
                 "working_days_between", "date_before", "date_after", "birthdate_from_id", "sex_from_id"}) {
            QVERIFY2(ops.contains(QString::fromLatin1(name)), name);
        }
        QVERIFY(std::is_sorted(ops.cbegin(), ops.cend()));
        // Every listed operator validates with a plausible argument count.
        QVERIFY(!Evaluator::validate(json(R"({"nope":[]})")).ok());
    }

    void randomRulesNeverCrash()
    {
        // Random rules over every operator: evaluation never crashes, and whatever validate() accepts
        // evaluates without a rule error (except missing_some given computed keys that are not an array).
        QRandomGenerator random(20261128);
        const QStringList ops = Evaluator::operators();
        const QJsonValue data
            = json(R"({"a":1,"b":"2026-02-14","c":[1,"x",null,[2]],"d":{"e":true},"f":""})");
        const QList<QJsonValue> leaves = {json("0"), json("1"), json("-2.5"), json(R"("")"), json(R"("a")"),
            json(R"("2026-01-31")"), json(R"("11010519491231002X")"), json("null"), json("true"), json("[]"),
            json("[1,2]"), json("{}"), json(R"({"var":"a"})"), json(R"({"var":"c"})"), json(R"({"var":""})")};
        std::function<QJsonValue(int)> make = [&](int depth) -> QJsonValue {
            if (depth == 0 || random.bounded(4) == 0)
                return leaves.at(random.bounded(int(leaves.size())));
            QJsonArray args;
            const int n = random.bounded(5);
            for (int i = 0; i < n; ++i)
                args.append(make(depth - 1));
            return QJsonObject {{ops.at(random.bounded(int(ops.size()))), args}};
        };
        const Evaluator e({nullptr, QDate(2026, 11, 28)});
        int accepted = 0;
        for (int i = 0; i < 20000; ++i) {
            const QJsonValue rule = make(5);
            const auto result = e.evaluate(rule, data);
            const auto valid = Evaluator::validate(rule);
            (void)Evaluator::variables(rule);
            if (!valid.ok())
                continue;
            ++accepted;
            if (!result.ok()) {
                QVERIFY2(result.error().where.endsWith(u"/missing_some/1"),
                    qPrintable(result.error().message + u' ' + result.error().where));
            }
        }
        QVERIFY(accepted > 1000);
    }

    void deepNestingIsAnErrorNotACrash()
    {
        // Built in code: Qt's JSON parser refuses such depths by itself.
        QJsonValue rule(true);
        for (int i = 0; i < 1000; ++i)
            rule = QJsonObject {{u"!"_s, QJsonArray {rule}}};
        const auto result = Evaluator().evaluate(rule, {});
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, u"rules.malformed"_s);
        QVERIFY(!Evaluator::validate(rule).ok());
        QVERIFY(Evaluator::variables(rule).isEmpty());
        // 200 levels are fine.
        QJsonValue shallow(true);
        for (int i = 0; i < 200; ++i)
            shallow = QJsonObject {{u"!"_s, QJsonArray {shallow}}};
        QCOMPARE(*Evaluator().evaluate(shallow, {}), QJsonValue(true));
        QVERIFY(Evaluator::validate(shallow).ok());
    }
};

QTEST_GUILESS_MAIN(TestJsonLogicChecks)
#include "tst_jsonlogic_checks.moc"
