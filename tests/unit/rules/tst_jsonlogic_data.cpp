// JsonLogic data access and arrays against json-logic-js, table-driven: iterators, merge, in, var, missing,
// missing_some, literals; plus the documented departures and the numbers JSON cannot hold.
#include "jsonlogictable.h"
#include "tests/support/testenv.h"

#include <cmath>
#include <limits>

using ow::rules::Evaluator;
using namespace ow::test::jsonlogic;
using namespace Qt::StringLiterals;

class TestJsonLogicData final : public QObject
{
    Q_OBJECT
private:
    ow::test::TestEnv m_env;

private Q_SLOTS:
    // reference
    void arrays_data()
    {
        columns();
        rows({
            {R"({"merge":[]})", "null", "[]"},
            {R"({"merge":[[1]]})", "null", "[1]"},
            {R"({"merge":[[1],[]]})", "null", "[1]"},
            {R"({"merge":[[1],[2]]})", "null", "[1,2]"},
            {R"({"merge":[[1],[2],[3]]})", "null", "[1,2,3]"},
            {R"({"merge":[[1,2],[3]]})", "null", "[1,2,3]"},
            {R"({"merge":[[1],[2,3]]})", "null", "[1,2,3]"},
            {R"({"merge":1})", "null", "[1]"},
            {R"({"merge":[1,2]})", "null", "[1,2]"},
            {R"({"merge":[1,[2]]})", "null", "[1,2]"},
            {R"({"merge":[[1,[2]],3]})", "null", "[1,[2],3]"},
            {R"({"merge":[null,"a",{"var":"x"}]})", R"({"x":[true]})", R"([null,"a",true])"},
            {R"({"in":[1,[1,2]]})", "null", "true"},
            {R"({"in":[3,[1,2]]})", "null", "false"},
            {R"({"in":[1,["1"]]})", "null", "false"},
            {R"({"in":["1",[1]]})", "null", "false"},
            {R"({"in":[null,[null]]})", "null", "true"},
            {R"({"in":[[1],[[1]]]})", "null", "false"},
            {R"({"in":["b",[]]})", "null", "false"},
            {R"({"in":[{"var":"filling"},["apple","cherry"]]})", R"({"filling":"apple"})", "true"},
            {R"({"in":[{"var":"filling"},["apple","cherry"]]})", R"({"filling":"plum"})", "false"},
            {R"({"map":[{"var":"integers"},{"*":[{"var":""},2]}]})", R"({"integers":[1,2,3]})", "[2,4,6]"},
            {R"({"map":[{"var":"integers"},{"*":[{"var":""},2]}]})", "null", "[]"},
            {R"({"map":[{"var":"integers"},{"*":[{"var":""},2]}]})", R"({"integers":5})", "[]"},
            {R"({"map":[{"var":"desserts"},{"var":"qty"}]})",
                R"({"desserts":[{"name":"apple","qty":1},{"name":"brownie","qty":2},{"name":"cupcake","qty":3}]})",
                "[1,2,3]"},
            {R"({"map":[[1,2],{"var":"nope"}]})", "null", "[null,null]"},
            {R"({"map":[[[1,2],[3]],{"var":"1"}]})", "null", "[2,null]"},
            {R"({"filter":[{"var":"integers"},true]})", R"({"integers":[1,2,3]})", "[1,2,3]"},
            {R"({"filter":[{"var":"integers"},false]})", R"({"integers":[1,2,3]})", "[]"},
            {R"({"filter":[{"var":"integers"},{">=":[{"var":""},2]}]})", R"({"integers":[1,2,3]})", "[2,3]"},
            {R"({"filter":[{"var":"integers"},{"%":[{"var":""},2]}]})", R"({"integers":[1,2,3]})", "[1,3]"},
            {R"({"filter":[{"var":"x"},true]})", R"({"x":"abc"})", "[]"},
            {R"({"reduce":[{"var":"integers"},{"+":[{"var":"current"},{"var":"accumulator"}]},0]})",
                R"({"integers":[1,2,3,4]})", "10"},
            {R"({"reduce":[{"var":"integers"},{"+":[{"var":"current"},{"var":"accumulator"}]},{"var":"start_with"}]})",
                R"({"integers":[1,2,3,4],"start_with":59})", "69"},
            {R"({"reduce":[{"var":"integers"},{"+":[{"var":"current"},{"var":"accumulator"}]},0]})", "null",
                "0"},
            {R"({"reduce":[{"var":"integers"},{"*":[{"var":"current"},{"var":"accumulator"}]},1]})",
                R"({"integers":[1,2,3,4]})", "24"},
            {R"({"reduce":[{"var":"integers"},{"*":[{"var":"current"},{"var":"accumulator"}]},0]})",
                R"({"integers":[1,2,3,4]})", "0"},
            {R"({"reduce":[{"var":"desserts"},{"+":[{"var":"accumulator"},{"var":"current.qty"}]},0]})",
                R"({"desserts":[{"name":"apple","qty":1},{"name":"brownie","qty":2},{"name":"cupcake","qty":3}]})",
                "6"},
            {R"({"reduce":[[1,2],{"+":[{"var":"current"},{"var":"accumulator"}]}]})", "null", "null"},
            {R"({"reduce":[[],{"var":"current"}]})", "null", "null"},
            {R"({"reduce":[[1,2,3],{"cat":[{"var":"accumulator"},{"var":"current"}]},""]})", "null",
                R"("123")"},
            {R"({"all":[{"var":"integers"},{">=":[{"var":""},1]}]})", R"({"integers":[1,2,3]})", "true"},
            {R"({"all":[{"var":"integers"},{"==":[{"var":""},1]}]})", R"({"integers":[1,2,3]})", "false"},
            {R"({"all":[{"var":"integers"},{"<":[{"var":""},1]}]})", R"({"integers":[1,2,3]})", "false"},
            {R"({"all":[{"var":"integers"},{"<":[{"var":""},1]}]})", R"({"integers":[]})", "false"},
            {R"({"all":[{"var":"items"},{">=":[{"var":"qty"},1]}]})",
                R"({"items":[{"qty":1,"sku":"apple"},{"qty":2,"sku":"banana"}]})", "true"},
            {R"({"all":[{"var":"items"},{">":[{"var":"qty"},1]}]})",
                R"({"items":[{"qty":1,"sku":"apple"},{"qty":2,"sku":"banana"}]})", "false"},
            {R"({"all":[{"var":"x"},true]})", R"({"x":5})", "false"},
            {R"({"none":[{"var":"integers"},{">=":[{"var":""},1]}]})", R"({"integers":[1,2,3]})", "false"},
            {R"({"none":[{"var":"integers"},{"==":[{"var":""},1]}]})", R"({"integers":[1,2,3]})", "false"},
            {R"({"none":[{"var":"integers"},{"<":[{"var":""},1]}]})", R"({"integers":[1,2,3]})", "true"},
            {R"({"none":[{"var":"integers"},{"<":[{"var":""},1]}]})", R"({"integers":[]})", "true"},
            {R"({"none":[{"var":"x"},true]})", R"({"x":5})", "true"},
            {R"({"some":[{"var":"integers"},{">=":[{"var":""},1]}]})", R"({"integers":[1,2,3]})", "true"},
            {R"({"some":[{"var":"integers"},{"==":[{"var":""},1]}]})", R"({"integers":[1,2,3]})", "true"},
            {R"({"some":[{"var":"integers"},{"<":[{"var":""},1]}]})", R"({"integers":[1,2,3]})", "false"},
            {R"({"some":[{"var":"integers"},{"<":[{"var":""},1]}]})", R"({"integers":[]})", "false"},
            {R"({"some":[{"var":"items"},{">=":[{"var":"qty"},2]}]})",
                R"({"items":[{"qty":1,"sku":"apple"},{"qty":2,"sku":"banana"}]})", "true"},
            {R"({"some":[{"var":"children"},{"<":[{"var":"age"},6]}]})",
                R"({"children":[{"age":7},{"age":3}]})", "true"},
            {R"({"map":[{"filter":[{"var":"people"},{"==":[{"var":"sex"},"female"]}]},{"var":"name"}]})",
                R"({"people":[{"name":"A","sex":"female"},{"name":"B","sex":"male"},{"name":"C","sex":"female"}]})",
                R"(["A","C"])"},
        });
    }
    void arrays() { check(); }

    // reference
    void var_data()
    {
        columns();
        rows({
            {R"({"var":["a"]})", R"({"a":1})", "1"},
            {R"({"var":["b"]})", R"({"a":1})", "null"},
            {R"({"var":["a"]})", "null", "null"},
            {R"({"var":"a"})", R"({"a":1})", "1"},
            {R"({"var":"b"})", R"({"a":1})", "null"},
            {R"({"var":"a"})", "null", "null"},
            {R"({"var":["a",1]})", "null", "1"},
            {R"({"var":["b",2]})", R"({"a":1})", "2"},
            {R"({"var":"a.b"})", R"({"a":{"b":"c"}})", R"("c")"},
            {R"({"var":"a.q"})", R"({"a":{"b":"c"}})", "null"},
            {R"({"var":["a.q",9]})", R"({"a":{"b":"c"}})", "9"},
            {R"({"var":1})", R"(["apple","banana"])", R"("banana")"},
            {R"({"var":"1"})", R"(["apple","banana"])", R"("banana")"},
            {R"({"var":"1.1"})", R"(["apple",["banana","beer"]])", R"("beer")"},
            {R"({"var":"a.1"})", R"({"a":[10,20]})", "20"},
            {R"({"var":"a.2"})", R"({"a":[10,20]})", "null"},
            {R"({"var":"a.01"})", R"({"a":[10,20]})", "null"},
            {R"({"var":"a.-1"})", R"({"a":[10,20]})", "null"},
            {R"({"var":"a.length"})", R"({"a":[10,20,30]})", "3"},
            {R"({"var":"s.length"})", R"({"s":"abcd"})", "4"},
            {R"({"var":"s.1"})", R"({"s":"abcd"})", R"("b")"},
            {R"({"var":"n.x"})", R"({"n":5})", "null"},
            {R"({"var":["n.x","d"]})", R"({"n":5})", R"("d")"},
            {R"({"var":"a.b.c"})", "null", "null"},
            {R"({"var":"a.b.c"})", R"({"a":null})", "null"},
            {R"({"var":"a.b.c"})", R"({"a":{"b":null}})", "null"},
            {R"({"var":["a.b.c","d"]})", R"({"a":{"b":null}})", R"("d")"},
            {R"({"var":["x","d"]})", R"({"x":null})", "null"},
            {R"({"var":["x","d"]})", R"({"x":false})", "false"},
            {R"({"var":["x","d"]})", R"({"x":""})", R"("")"},
            {R"({"var":["x",{"var":"y"}]})", R"({"y":7})", "7"},
            {R"({"var":""})", "1", "1"},
            {R"({"var":null})", "1", "1"},
            {R"({"var":[]})", "1", "1"},
            {R"({"var":""})", R"({"a":[1]})", R"({"a":[1]})"},
            {R"({"var":"a"})", R"({"a":{"b":[1,{"c":2}]}})", R"({"b":[1,{"c":2}]})"},
            {R"({"var":"fields.child.birthDate"})", R"({"fields":{"child":{"birthDate":"2026-11-20"}}})",
                R"("2026-11-20")"},
            {R"({"var":"a.b"})", R"({"a.b":1})", "null"},
            {R"({"var":"0"})", "[5]", "5"},
            {R"({"var":0})", "[5]", "5"},
            {R"({"and":[{"<":[{"var":"temp"},110]},{"==":[{"var":"pie.filling"},"apple"]}]})",
                R"({"temp":100,"pie":{"filling":"apple"}})", "true"},
            {R"({"var":[{"?:":[{"<":[{"var":"temp"},110]},"pie.filling","pie.eta"]}]})",
                R"({"temp":100,"pie":{"filling":"apple","eta":"60s"}})", R"("apple")"},
            {R"({"var":{"cat":["a",".","b"]}})", R"({"a":{"b":"nested"}})", R"("nested")"},
        });
    }
    void var() { check(); }

    // reference
    void missing_data()
    {
        columns();
        rows({
            {R"({"missing":[]})", "null", "[]"},
            {R"({"missing":["a"]})", "null", R"(["a"])"},
            {R"({"missing":"a"})", "null", R"(["a"])"},
            {R"({"missing":"a"})", R"({"a":"apple"})", "[]"},
            {R"({"missing":["a"]})", R"({"a":"apple"})", "[]"},
            {R"({"missing":["a","b"]})", R"({"a":"apple"})", R"(["b"])"},
            {R"({"missing":["a","b"]})", R"({"b":"banana"})", R"(["a"])"},
            {R"({"missing":["a","b"]})", R"({"a":"apple","b":"banana"})", "[]"},
            {R"({"missing":["a","b"]})", "{}", R"(["a","b"])"},
            {R"({"missing":["a","b"]})", "null", R"(["a","b"])"},
            {R"({"missing":["a.b"]})", "null", R"(["a.b"])"},
            {R"({"missing":["a.b"]})", R"({"a":"apple"})", R"(["a.b"])"},
            {R"({"missing":["a.b"]})", R"({"a":{"c":"apple cake"}})", R"(["a.b"])"},
            {R"({"missing":["a.b"]})", R"({"a":{"b":"apple brownie"}})", "[]"},
            {R"({"missing":["a.b","a.c"]})", R"({"a":{"b":"apple brownie"}})", R"(["a.c"])"},
            {R"({"missing":["a"]})", R"({"a":""})", R"(["a"])"},
            {R"({"missing":["a"]})", R"({"a":null})", R"(["a"])"},
            {R"({"missing":["a"]})", R"({"a":false})", "[]"},
            {R"({"missing":["a"]})", R"({"a":0})", "[]"},
            {R"({"missing":["a"]})", R"({"a":[]})", "[]"},
            {R"({"missing":[["a","b"]]})", R"({"b":1})", R"(["a"])"},
            {R"({"missing_some":[1,["a","b"]]})", R"({"a":"apple"})", "[]"},
            {R"({"missing_some":[1,["a","b"]]})", R"({"b":"banana"})", "[]"},
            {R"({"missing_some":[1,["a","b"]]})", R"({"a":"apple","b":"banana"})", "[]"},
            {R"({"missing_some":[1,["a","b"]]})", R"({"c":"carrot"})", R"(["a","b"])"},
            {R"({"missing_some":[2,["a","b","c"]]})", R"({"a":"apple","b":"banana"})", "[]"},
            {R"({"missing_some":[2,["a","b","c"]]})", R"({"a":"apple","c":"carrot"})", "[]"},
            {R"({"missing_some":[2,["a","b","c"]]})", R"({"a":"apple","b":"banana","c":"carrot"})", "[]"},
            {R"({"missing_some":[2,["a","b","c"]]})", R"({"a":"apple","d":"durian"})", R"(["b","c"])"},
            {R"({"missing_some":[2,["a","b","c"]]})", R"({"d":"durian","e":"eggplant"})", R"(["a","b","c"])"},
            {R"({"missing_some":[0,["a"]]})", "null", "[]"},
            {R"({"missing_some":["1",["a","b"]]})", R"({"a":1})", "[]"},
            {R"({"if":[{"merge":[{"missing":["first_name","last_name"]},{"missing_some":[1,["cell_phone","home_phone"]]}]},"We require first name, last name, and one phone number.","OK to proceed"]})",
                R"({"first_name":"Bruce","last_name":"Wayne"})",
                R"("We require first name, last name, and one phone number.")"},
            {R"({"if":[{"merge":[{"missing":["first_name","last_name"]},{"missing_some":[1,["cell_phone","home_phone"]]}]},"We require first name, last name, and one phone number.","OK to proceed"]})",
                R"({"first_name":"Bruce","last_name":"Wayne","cell_phone":555})", R"("OK to proceed")"},
            {R"({"missing":{"merge":["vin",{"if":[{"var":"financing"},["apr","term"],[]]}]}})",
                R"({"financing":true})", R"(["vin","apr","term"])"},
            {R"({"missing":{"merge":["vin",{"if":[{"var":"financing"},["apr","term"],[]]}]}})",
                R"({"financing":false})", R"(["vin"])"},
        });
    }
    void missing() { check(); }

    // reference
    void literals_data()
    {
        columns();
        rows({
            {"1", "null", "1"},
            {R"("apple")", "null", R"("apple")"},
            {"null", "null", "null"},
            {"true", "null", "true"},
            {"[1,2,3]", "null", "[1,2,3]"},
            {"[]", "null", "[]"},
            {"{}", "null", "{}"},
            {R"([{"var":"x"},{"var":"y"}])", R"({"x":1,"y":2})", "[1,2]"},
            {R"([1,{"+":[1,1]},[{"cat":["a","b"]}]])", "null", R"([1,2,["ab"]])"},
            {R"({"if":[true,{},[]]})", "null", "{}"},
        });
    }
    void literals() { check(); }

    // Documented departures from json-logic-js: min/max of nothing are null (json-logic-js: ±Infinity,
    // written as null by JSON.stringify anyway), and "*" of one operand converts it like "+" does
    // (json-logic-js returns the operand unconverted).
    void departures_data()
    {
        columns();
        rows({
            {R"({"max":[]})", "null", "null"},
            {R"({"min":[]})", "null", "null"},
            {R"({"*":["2"]})", "null", "2"},
            {R"({"*":"1.5x"})", "null", "1.5"},
        });
    }
    void departures() { check(); }

    void nonFiniteNumbers()
    {
        Evaluator e;
        const auto inf = e.evaluate(json(R"({"/":[1,0]})"), {});
        QVERIFY(inf.ok());
        QVERIFY(inf->isDouble());
        QVERIFY(std::isinf(inf->toDouble()) && inf->toDouble() > 0);
        QVERIFY(Evaluator::truthy(*inf));
        const auto negInf = e.evaluate(json(R"({"-":[{"/":[1,0]}]})"), {});
        QVERIFY(std::isinf(negInf->toDouble()) && negInf->toDouble() < 0);
        // Infinity keeps working inside a rule: comparisons, String().
        QCOMPARE(*e.evaluate(json(R"({">":[{"/":[1,0]},1e308]})"), {}), QJsonValue(true));
        QCOMPARE(*e.evaluate(json(R"({"cat":[{"/":[-1,0]}]})"), {}), QJsonValue(QStringLiteral("-Infinity")));
        QCOMPARE(*e.evaluate(json(R"({"+":["Infinity"]})"), {}),
            QJsonValue(std::numeric_limits<double>::infinity()));
        // NaN leaves as null, also inside arrays; inside a rule it is NaN (unequal to itself, falsy).
        QVERIFY(e.evaluate(json(R"({"/":[0,0]})"), {})->isNull());
        QCOMPARE(
            text(*e.evaluate(json(R"({"map":[[1,"x"],{"*":[{"var":""},2]}]})"), {})), QByteArray("[2,null]"));
        QCOMPARE(*e.evaluate(json(R"({"==":[{"/":[0,0]},{"/":[0,0]}]})"), {}), QJsonValue(false));
        QCOMPARE(*e.evaluate(json(R"({"!":{"/":[0,0]}})"), {}), QJsonValue(true));
        QCOMPARE(*e.evaluate(json(R"({"cat":[{"/":[0,0]}]})"), {}), QJsonValue(QStringLiteral("NaN")));
        // -0 leaves as 0.
        QCOMPARE(text(*e.evaluate(json(R"({"*":[-1,0]})"), {})), QByteArray("0"));
    }

    void logReturnsItsArgument()
    {
        QCOMPARE(*Evaluator().evaluate(json(R"({"log":"apple"})"), {}), QJsonValue(QStringLiteral("apple")));
        QCOMPARE(text(*Evaluator().evaluate(json(R"({"log":[[1,{"var":"a"}]]})"), json(R"({"a":2})"))),
            QByteArray("[1,2]"));
    }

    void sameRuleManyData()
    {
        // The evaluator keeps no state between calls.
        const Evaluator e;
        const QJsonValue rule = json(R"({"if":[{"var":"married"},"marriageCert",null]})");
        QCOMPARE(*e.evaluate(rule, json(R"({"married":true})")), QJsonValue(QStringLiteral("marriageCert")));
        QVERIFY(e.evaluate(rule, json(R"({"married":false})"))->isNull());
        QCOMPARE(*e.evaluate(rule, json(R"({"married":1})")), QJsonValue(QStringLiteral("marriageCert")));
    }
};

QTEST_GUILESS_MAIN(TestJsonLogicData)
#include "tst_jsonlogic_data.moc"
