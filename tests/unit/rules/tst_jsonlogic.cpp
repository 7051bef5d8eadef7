// The JsonLogic operators against the reference behaviour of json-logic-js (jsonlogic.com), table-driven.
// Every row of the *_data() tables that are marked "reference" gives the result json-logic-js gives.
#include "app/rules/jsonlogic.h"
#include "tests/support/testenv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using ow::rules::Evaluator;
using namespace Qt::StringLiterals;

namespace {

struct Row
{
    const char* rule;
    const char* data;
    const char* expected;
};

// Any JSON text, scalars included.
QJsonValue json(const QByteArray& text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson('[' + text + ']', &error);
    if (error.error != QJsonParseError::NoError || doc.array().size() != 1)
        qFatal("bad JSON in test table: %s", text.constData());
    return doc.array().first();
}

QByteArray text(const QJsonValue& v)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray {v}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

void columns()
{
    QTest::addColumn<QByteArray>("rule");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QByteArray>("expected");
}

void rows(std::initializer_list<Row> table)
{
    int i = 0;
    for (const Row& r : table) {
        QTest::addRow("%d: %s @ %s", i++, r.rule, r.data)
            << QByteArray(r.rule) << QByteArray(r.data) << QByteArray(r.expected);
    }
}

void check()
{
    QFETCH(QByteArray, rule);
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, expected);
    const auto result = Evaluator().evaluate(json(rule), json(data));
    QVERIFY2(result.ok(),
        qPrintable(result.ok() ? QString() : result.error().message + u' ' + result.error().where));
    QCOMPARE(text(*result), text(json(expected)));
    QCOMPARE(result->type(), json(expected).type());
}

} // namespace

class TestJsonLogic final : public QObject
{
    Q_OBJECT
private:
    ow::test::TestEnv m_env;

private Q_SLOTS:
    // reference
    void equality_data()
    {
        columns();
        rows({
            {R"({"==":[1,1]})", "null", "true"},
            {R"({"==":[1,"1"]})", "null", "true"},
            {R"({"==":[1,2]})", "null", "false"},
            {R"({"===":[1,1]})", "null", "true"},
            {R"({"===":[1,"1"]})", "null", "false"},
            {R"({"!=":[1,2]})", "null", "true"},
            {R"({"!=":[1,1]})", "null", "false"},
            {R"({"!=":[1,"1"]})", "null", "false"},
            {R"({"!==":[1,2]})", "null", "true"},
            {R"({"!==":[1,1]})", "null", "false"},
            {R"({"!==":[1,"1"]})", "null", "true"},
            {R"({"==":[1,true]})", "null", "true"},
            {R"({"==":[2,true]})", "null", "false"},
            {R"({"==":[0,false]})", "null", "true"},
            {R"({"==":["1",true]})", "null", "true"},
            {R"({"==":["true",true]})", "null", "false"},
            {R"({"==":["",0]})", "null", "true"},
            {R"({"==":[" ",0]})", "null", "true"},
            {R"({"==":["0",false]})", "null", "true"},
            {R"({"==":["",false]})", "null", "true"},
            {R"({"==":[null,0]})", "null", "false"},
            {R"({"==":[null,false]})", "null", "false"},
            {R"({"==":[null,""]})", "null", "false"},
            {R"({"==":[null,null]})", "null", "true"},
            {R"({"==":[{"var":"nope"},null]})", "{}", "true"},
            {R"({"===":[null,null]})", "null", "true"},
            {R"({"==":[[1],1]})", "null", "true"},
            {R"({"==":[[1],"1"]})", "null", "true"},
            {R"({"==":[[],false]})", "null", "true"},
            {R"({"==":[[],0]})", "null", "true"},
            {R"({"==":[[],""]})", "null", "true"},
            {R"({"==":[[1,2],"1,2"]})", "null", "true"},
            {R"({"==":[[[1,2],3],"1,2,3"]})", "null", "true"},
            {R"({"==":[[null],""]})", "null", "true"},
            {R"({"==":[[],[]]})", "null", "false"},
            {R"({"==":[{"var":"a"},{"var":"b"}]})", R"({"a":[1],"b":[1]})", "false"},
            {R"({"===":[[1],1]})", "null", "false"},
            {R"({"==":["1e3",1000]})", "null", "true"},
            {R"({"==":["0x10",16]})", "null", "true"},
            {R"({"==":["abc",0]})", "null", "false"},
            {R"({"==":[0.1,"0.1"]})", "null", "true"},
            {R"({"==":[{"+":[0.1,0.2]},0.3]})", "null", "false"},
            {R"({"==":["a","a"]})", "null", "true"},
            {R"({"==":["a","A"]})", "null", "false"},
            {R"({"!=":[null,0]})", "null", "true"},
            {R"({"==":[{"var":"married"},true]})", R"({"married":true})", "true"},
            {R"({"==":[{"var":"married"},true]})", R"({"married":"true"})", "false"},
        });
    }
    void equality() { check(); }

    // reference
    void comparison_data()
    {
        columns();
        rows({
            {R"({">":[2,1]})", "null", "true"},
            {R"({">":[1,1]})", "null", "false"},
            {R"({">":[1,2]})", "null", "false"},
            {R"({">":["2",1]})", "null", "true"},
            {R"({">=":[2,1]})", "null", "true"},
            {R"({">=":[1,1]})", "null", "true"},
            {R"({">=":[1,2]})", "null", "false"},
            {R"({">=":["2",1]})", "null", "true"},
            {R"({"<":[2,1]})", "null", "false"},
            {R"({"<":[1,1]})", "null", "false"},
            {R"({"<":[1,2]})", "null", "true"},
            {R"({"<":["1",2]})", "null", "true"},
            {R"({"<":[1,2,3]})", "null", "true"},
            {R"({"<":[1,1,3]})", "null", "false"},
            {R"({"<":[1,4,3]})", "null", "false"},
            {R"({"<":[1,2,2]})", "null", "false"},
            {R"({"<=":[2,1]})", "null", "false"},
            {R"({"<=":[1,1]})", "null", "true"},
            {R"({"<=":[1,2]})", "null", "true"},
            {R"({"<=":["1",2]})", "null", "true"},
            {R"({"<=":[1,2,3]})", "null", "true"},
            {R"({"<=":[1,4,3]})", "null", "false"},
            {R"({"<=":[1,1,3]})", "null", "true"},
            {R"({"<=":[1,3,3]})", "null", "true"},
            {R"({"<":["a","b"]})", "null", "true"},
            {R"({"<":["B","a"]})", "null", "true"},
            {R"({"<":["10","9"]})", "null", "true"},
            {R"({"<":[10,"9"]})", "null", "false"},
            {R"({"<":["a",1]})", "null", "false"},
            {R"({">=":["a",1]})", "null", "false"},
            {R"({"<=":["a","a"]})", "null", "true"},
            {R"({"<":[null,1]})", "null", "true"},
            {R"({"<=":[null,0]})", "null", "true"},
            {R"({"<":["",1]})", "null", "true"},
            {R"({"<":[[2],10]})", "null", "true"},
            {R"({"<":[[2],"10"]})", "null", "false"},
            {R"({">":[true,0]})", "null", "true"},
            {R"({"<":[{"var":"x"},5]})", "{}", "true"},
            {R"({"<":[-1,{"var":"x"},5]})", R"({"x":0})", "true"},
            {R"({"<":["2026-01-31","2026-02-01"]})", "null", "true"},
            {R"({">=":["2026-11-28","2026-11-28"]})", "null", "true"},
            {R"({"<":["2026-1-5","2026-01-31"]})", "null", "false"},
        });
    }
    void comparison() { check(); }

    // reference
    void logic_data()
    {
        columns();
        rows({
            {R"({"!":[false]})", "null", "true"},
            {R"({"!":false})", "null", "true"},
            {R"({"!":[true]})", "null", "false"},
            {R"({"!":true})", "null", "false"},
            {R"({"!":0})", "null", "true"},
            {R"({"!":1})", "null", "false"},
            {R"({"!":[[]]})", "null", "true"},
            {R"({"!":[[0]]})", "null", "false"},
            {R"({"!!":[[]]})", "null", "false"},
            {R"({"!!":[[0]]})", "null", "true"},
            {R"({"!!":[""]})", "null", "false"},
            {R"({"!!":["0"]})", "null", "true"},
            {R"({"!!":[" "]})", "null", "true"},
            {R"({"!!":[0]})", "null", "false"},
            {R"({"!!":[1]})", "null", "true"},
            {R"({"!!":[-1]})", "null", "true"},
            {R"({"!!":[null]})", "null", "false"},
            {R"({"!!":[{}]})", "null", "true"},
            {R"({"!!":["false"]})", "null", "true"},
            {R"({"or":[true,true]})", "null", "true"},
            {R"({"or":[false,true]})", "null", "true"},
            {R"({"or":[true,false]})", "null", "true"},
            {R"({"or":[false,false]})", "null", "false"},
            {R"({"or":[false,false,true]})", "null", "true"},
            {R"({"or":[false,false,false]})", "null", "false"},
            {R"({"or":[false]})", "null", "false"},
            {R"({"or":[true]})", "null", "true"},
            {R"({"or":[1,3]})", "null", "1"},
            {R"({"or":[3,false]})", "null", "3"},
            {R"({"or":[false,3]})", "null", "3"},
            {R"({"or":[0,"",[]]})", "null", "[]"},
            {R"({"or":[null,"x"]})", "null", R"("x")"},
            {R"({"and":[true,true]})", "null", "true"},
            {R"({"and":[false,true]})", "null", "false"},
            {R"({"and":[true,false]})", "null", "false"},
            {R"({"and":[false,false]})", "null", "false"},
            {R"({"and":[true,true,true]})", "null", "true"},
            {R"({"and":[true,true,false]})", "null", "false"},
            {R"({"and":[false]})", "null", "false"},
            {R"({"and":[true]})", "null", "true"},
            {R"({"and":[1,3]})", "null", "3"},
            {R"({"and":[3,false]})", "null", "false"},
            {R"({"and":[false,3]})", "null", "false"},
            {R"({"and":[1,"",3]})", "null", R"("")"},
            {R"({"and":[[1],{"var":"a"}]})", R"({"a":"ok"})", R"("ok")"},
            {R"({"?:":[true,1,2]})", "null", "1"},
            {R"({"?:":[false,1,2]})", "null", "2"},
            {R"({"if":[]})", "null", "null"},
            {R"({"if":[true]})", "null", "true"},
            {R"({"if":[false]})", "null", "false"},
            {R"({"if":["apple"]})", "null", R"("apple")"},
            {R"({"if":[true,"apple"]})", "null", R"("apple")"},
            {R"({"if":[false,"apple"]})", "null", "null"},
            {R"({"if":[true,"apple","banana"]})", "null", R"("apple")"},
            {R"({"if":[false,"apple","banana"]})", "null", R"("banana")"},
            {R"({"if":[[],"apple","banana"]})", "null", R"("banana")"},
            {R"({"if":[[1],"apple","banana"]})", "null", R"("apple")"},
            {R"({"if":[[1,2,3,4],"apple","banana"]})", "null", R"("apple")"},
            {R"({"if":["","apple","banana"]})", "null", R"("banana")"},
            {R"({"if":["zucchini","apple","banana"]})", "null", R"("apple")"},
            {R"({"if":["0","apple","banana"]})", "null", R"("apple")"},
            {R"({"if":[0,"apple","banana"]})", "null", R"("banana")"},
            {R"({"if":[null,"apple","banana"]})", "null", R"("banana")"},
            {R"({"if":[{},"apple","banana"]})", "null", R"("apple")"},
            {R"({"if":[true,"apple",true,"banana"]})", "null", R"("apple")"},
            {R"({"if":[true,"apple",false,"banana"]})", "null", R"("apple")"},
            {R"({"if":[false,"apple",true,"banana"]})", "null", R"("banana")"},
            {R"({"if":[false,"apple",false,"banana"]})", "null", "null"},
            {R"({"if":[true,"apple",true,"banana","carrot"]})", "null", R"("apple")"},
            {R"({"if":[false,"apple",true,"banana","carrot"]})", "null", R"("banana")"},
            {R"({"if":[false,"apple",false,"banana","carrot"]})", "null", R"("carrot")"},
            {R"({"if":[false,"apple",false,"banana",false,"carrot"]})", "null", "null"},
            {R"({"if":[false,"apple",false,"banana",false,"carrot","date"]})", "null", R"("date")"},
            {R"({"if":[false,"apple",false,"banana",true,"carrot","date"]})", "null", R"("carrot")"},
            {R"({"if":[false,"apple",true,"banana",false,"carrot","date"]})", "null", R"("banana")"},
            {R"({"if":[{"<":[{"var":"temp"},0]},"freezing",{"<":[{"var":"temp"},100]},"liquid","gas"]})",
                R"({"temp":55})", R"("liquid")"},
            {R"({"if":{"var":"x"}})", R"({"x":"only"})", R"("only")"},
            // Short-circuiting: an unknown operator in a part not evaluated is no error at run time.
            {R"({"or":[true,{"no_such_op":[1]}]})", "null", "true"},
            {R"({"and":[false,{"no_such_op":[1]}]})", "null", "false"},
            {R"({"if":[true,1,{"no_such_op":[1]}]})", "null", "1"},
            {R"({"if":[false,{"no_such_op":[1]},2]})", "null", "2"},
            {R"({"?:":[false,{"no_such_op":[1]},2]})", "null", "2"},
            {R"({"map":[[],{"no_such_op":[1]}]})", "null", "[]"},
            {R"({"some":[[1,2],{"if":[{"==":[{"var":""},1]},true,{"no_such_op":[]}]}]})", "null", "true"},
            {R"({"all":[[1,2],{"if":[{"==":[{"var":""},1]},false,{"no_such_op":[]}]}]})", "null", "false"},
        });
    }
    void logic() { check(); }

    // reference
    void arithmetic_data()
    {
        columns();
        rows({
            {R"({"+":[1,2]})", "null", "3"},
            {R"({"+":[2,2,2]})", "null", "6"},
            {R"({"+":[1]})", "null", "1"},
            {R"({"+":["1",1]})", "null", "2"},
            {R"({"+":"3.14"})", "null", "3.14"},
            {R"({"+":["-3.5e2"]})", "null", "-350"},
            {R"({"+":["3 apples"]})", "null", "3"},
            {R"({"+":[" 12"]})", "null", "12"},
            {R"({"+":[".5"]})", "null", "0.5"},
            {R"({"+":["0x10"]})", "null", "0"},
            {R"({"+":[[5,6]]})", "null", "5"},
            {R"({"+":[]})", "null", "0"},
            {R"({"+":[0.1,0.2]})", "null", "0.30000000000000004"},
            {R"({"+":[1,"x"]})", "null", "null"},
            {R"({"+":[null]})", "null", "null"},
            {R"({"+":[true]})", "null", "null"},
            {R"({"*":[3,2]})", "null", "6"},
            {R"({"*":[2,2,2]})", "null", "8"},
            {R"({"*":[1]})", "null", "1"},
            {R"({"*":["1",1]})", "null", "1"},
            {R"({"*":["2","2.5"]})", "null", "5"},
            {R"({"*":[2,null]})", "null", "null"},
            {R"({"-":[2,3]})", "null", "-1"},
            {R"({"-":[3,2]})", "null", "1"},
            {R"({"-":[3]})", "null", "-3"},
            {R"({"-":["1",1]})", "null", "0"},
            {R"({"-":"5"})", "null", "-5"},
            {R"({"-":[null]})", "null", "0"},
            {R"({"-":[5,null]})", "null", "5"},
            {R"({"-":["","1"]})", "null", "-1"},
            {R"({"-":[[3],true]})", "null", "2"},
            {R"({"-":["x",1]})", "null", "null"},
            {R"({"/":[4,2]})", "null", "2"},
            {R"({"/":[2,4]})", "null", "0.5"},
            {R"({"/":["1",1]})", "null", "1"},
            {R"({"/":[1,3]})", "null", "0.3333333333333333"},
            {R"({"/":[0,0]})", "null", "null"},
            {R"({"%":[1,2]})", "null", "1"},
            {R"({"%":[2,2]})", "null", "0"},
            {R"({"%":[3,2]})", "null", "1"},
            {R"({"%":[-7,3]})", "null", "-1"},
            {R"({"%":[7,-3]})", "null", "1"},
            {R"({"%":[5.5,2]})", "null", "1.5"},
            {R"({"%":["7","4"]})", "null", "3"},
            {R"({"%":[5,0]})", "null", "null"},
            {R"({"max":[1,2,3]})", "null", "3"},
            {R"({"max":[1,3,3]})", "null", "3"},
            {R"({"max":[3,2,1]})", "null", "3"},
            {R"({"max":[1]})", "null", "1"},
            {R"({"max":["3",2]})", "null", "3"},
            {R"({"max":[1,"x"]})", "null", "null"},
            {R"({"max":[-1,null]})", "null", "0"},
            {R"({"min":[1,2,3]})", "null", "1"},
            {R"({"min":[1,1,3]})", "null", "1"},
            {R"({"min":[3,2,1]})", "null", "1"},
            {R"({"min":[1]})", "null", "1"},
            {R"({"min":["-2",[5]]})", "null", "-2"},
            {R"({"*":[{"+":[1,1]},{"-":[5,2]}]})", "null", "6"},
            {R"({"+":[{"var":"a"},{"var":"b"}]})", R"({"a":2,"b":"3"})", "5"},
        });
    }
    void arithmetic() { check(); }

    // reference
    void strings_data()
    {
        columns();
        rows({
            {R"({"cat":"ice"})", "null", R"("ice")"},
            {R"({"cat":["ice"]})", "null", R"("ice")"},
            {R"({"cat":["ice","cream"]})", "null", R"("icecream")"},
            {R"({"cat":[1,2]})", "null", R"("12")"},
            {R"({"cat":["Robocop",2000]})", "null", R"("Robocop2000")"},
            {R"({"cat":["we all scream for ","ice","cream"]})", "null", R"("we all scream for icecream")"},
            {R"({"cat":[1.0,"|",1.5,"|",-0.25]})", "null", R"("1|1.5|-0.25")"},
            {R"({"cat":[1e21,"|",1e-7,"|",0.000001,"|",123456789012345680000]})", "null",
                R"("1e+21|1e-7|0.000001|123456789012345680000")"},
            {R"({"cat":[true,"|",false]})", "null", R"("true|false")"},
            {R"({"cat":["a",null,"b"]})", "null", R"("ab")"},
            {R"({"cat":["a",{"var":"missing"},"b"]})", "{}", R"("ab")"},
            {R"({"cat":[[1,[2,3]],"|",[]]})", "null", R"("1,2,3|")"},
            {R"({"cat":[[null,1]]})", "null", R"(",1")"},
            {R"({"cat":[{}]})", "null", R"("[object Object]")"},
            {R"({"cat":[{"/":[1,4]}]})", "null", R"("0.25")"},
            {R"({"cat":[]})", "null", R"("")"},
            {R"({"cat":["张","三"]})", "null", R"("张三")"},
            {R"({"substr":["jsonlogic",4]})", "null", R"("logic")"},
            {R"({"substr":["jsonlogic",-5]})", "null", R"("logic")"},
            {R"({"substr":["jsonlogic",0,1]})", "null", R"("j")"},
            {R"({"substr":["jsonlogic",-1,1]})", "null", R"("c")"},
            {R"({"substr":["jsonlogic",4,5]})", "null", R"("logic")"},
            {R"({"substr":["jsonlogic",-5,5]})", "null", R"("logic")"},
            {R"({"substr":["jsonlogic",-5,-2]})", "null", R"("log")"},
            {R"({"substr":["jsonlogic",1,-5]})", "null", R"("son")"},
            {R"({"substr":["jsonlogic",1,-20]})", "null", R"("")"},
            {R"({"substr":["jsonlogic",20]})", "null", R"("")"},
            {R"({"substr":["jsonlogic",-20,2]})", "null", R"("js")"},
            {R"({"substr":["jsonlogic","2","3"]})", "null", R"("onl")"},
            {R"({"substr":["jsonlogic",1.9,2.9]})", "null", R"("so")"},
            {R"({"substr":["jsonlogic",null,2]})", "null", R"("js")"},
            {R"({"substr":["jsonlogic",2,null]})", "null", R"("")"},
            {R"({"substr":["jsonlogic"]})", "null", R"("jsonlogic")"},
            {R"({"substr":[12345,1,2]})", "null", R"("23")"},
            {R"({"substr":[null,0,2]})", "null", R"("nu")"},
            {R"({"substr":["北京市朝阳区",0,3]})", "null", R"("北京市")"},
            {R"({"substr":["110105194912310021",6,8]})", "null", R"("19491231")"},
            {R"({"in":["Spring","Springfield"]})", "null", "true"},
            {R"({"in":["i","team"]})", "null", "false"},
            {R"({"in":["","abc"]})", "null", "true"},
            {R"({"in":["",""]})", "null", "false"},
            {R"({"in":[1,"a1b"]})", "null", "true"},
            {R"({"in":[null,"nullable"]})", "null", "true"},
            {R"({"in":["a",null]})", "null", "false"},
            {R"({"in":["1",123]})", "null", "false"},
            {R"({"in":["朝阳","北京市朝阳区"]})", "null", "true"},
        });
    }
    void strings() { check(); }

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

    void logReturnsItsArgument()
    {
        QCOMPARE(*Evaluator().evaluate(json(R"({"log":"apple"})"), {}), QJsonValue(QStringLiteral("apple")));
        QCOMPARE(text(*Evaluator().evaluate(json(R"({"log":[[1,{"var":"a"}]]})"), json(R"({"a":2})"))),
            QByteArray("[1,2]"));
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

QTEST_GUILESS_MAIN(TestJsonLogic)
#include "tst_jsonlogic.moc"
