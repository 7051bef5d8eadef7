// JavaScript number formatting and parsing, and the conversions behind == and < (app/rules/coercion.h),
// checked against what node prints for the same inputs.
#include "app/rules/coercion.h"
#include "tests/support/testenv.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <cmath>
#include <limits>

namespace js = ow::rules::js;
using namespace Qt::StringLiterals;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

bool same(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

} // namespace

class TestRulesCoercion final : public QObject
{
    Q_OBJECT
private:
    ow::test::TestEnv m_env;

private Q_SLOTS:
    void numberToString_data()
    {
        QTest::addColumn<double>("number");
        QTest::addColumn<QString>("expected");
        const QList<std::pair<double, const char*>> cases = {
            {0.0, "0"},
            {-0.0, "0"},
            {1, "1"},
            {-1, "-1"},
            {1.5, "1.5"},
            {0.1, "0.1"},
            {1.0 / 3, "0.3333333333333333"},
            {100, "100"},
            {1e21, "1e+21"},
            {1e20, "100000000000000000000"},
            {123456789012345680000.0, "123456789012345680000"},
            {1e-7, "1e-7"},
            {1.5e-7, "1.5e-7"},
            {0.000001, "0.000001"},
            {0.0000015, "0.0000015"},
            {5e-324, "5e-324"},
            {1.7976931348623157e308, "1.7976931348623157e+308"},
            {-2.5e-10, "-2.5e-10"},
            {123.456, "123.456"},
            {1e6, "1000000"},
            {9007199254740992.0, "9007199254740992"},
            {9007199254740994.0, "9007199254740994"},
            {0.1 + 0.2, "0.30000000000000004"},
            {4.35, "4.35"},
            {1e100, "1e+100"},
            {kNaN, "NaN"},
            {kInf, "Infinity"},
            {-kInf, "-Infinity"},
        };
        for (const auto& [n, s] : cases)
            QTest::addRow("%s", s) << n << QString::fromLatin1(s);
    }
    void numberToString()
    {
        QFETCH(double, number);
        QFETCH(QString, expected);
        QCOMPARE(js::numberToString(number), expected);
    }

    void stringToNumber_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("number"); // Number(text)
        QTest::addColumn<double>("parseFloat"); // parseFloat(text)
        auto row
            = [](const QString& s, double n, double p) { QTest::addRow("%s", qPrintable(s)) << s << n << p; };
        row(u""_s, 0, kNaN);
        row(u"  "_s, 0, kNaN);
        row(u"12"_s, 12, 12);
        row(u" 12 "_s, 12, 12);
        row(u"\t\n12\r\n"_s, 12, 12);
        row(u"1e3"_s, 1000, 1000);
        row(u"1E3"_s, 1000, 1000);
        row(u"-1e-3"_s, -0.001, -0.001);
        row(u"+5"_s, 5, 5);
        row(u"-5"_s, -5, -5);
        row(u".5"_s, 0.5, 0.5);
        row(u"5."_s, 5, 5);
        row(u"0x1F"_s, 31, 0);
        row(u"0X1f"_s, 31, 0);
        row(u"0o17"_s, 15, 0);
        row(u"0b101"_s, 5, 0);
        row(u"-0x10"_s, kNaN, 0);
        row(u"0x"_s, kNaN, 0);
        row(u"1_000"_s, kNaN, 1);
        row(u"1,000"_s, kNaN, 1);
        row(u"Infinity"_s, kInf, kInf);
        row(u"-Infinity"_s, -kInf, -kInf);
        row(u"+Infinity"_s, kInf, kInf);
        row(u"infinity"_s, kNaN, kNaN);
        row(u"inf"_s, kNaN, kNaN);
        row(u"NaN"_s, kNaN, kNaN);
        row(u"abc"_s, kNaN, kNaN);
        row(u"12abc"_s, kNaN, 12);
        row(u"1e"_s, kNaN, 1);
        row(u"e5"_s, kNaN, kNaN);
        row(u"..5"_s, kNaN, kNaN);
        row(u"0.0.1"_s, kNaN, 0);
        row(u"\u00a012\u3000"_s, 12, 12);
        row(u"\ufeff7"_s, 7, 7);
        row(u"\u0085 7"_s, kNaN, kNaN);
        row(u"00012"_s, 12, 12);
        row(u"1e400"_s, kInf, kInf);
        row(u"-1e400"_s, -kInf, -kInf);
        row(u"1e-400"_s, 0, 0);
        row(u"１２"_s, kNaN, kNaN); // full-width digits are not digits to JavaScript
    }
    void stringToNumber()
    {
        QFETCH(QString, text);
        QFETCH(double, number);
        QFETCH(double, parseFloat);
        QVERIFY2(
            same(js::stringToNumber(text), number), qPrintable(QString::number(js::stringToNumber(text))));
        QVERIFY2(same(js::parseFloatString(text), parseFloat),
            qPrintable(QString::number(js::parseFloatString(text))));
    }

    void conversions()
    {
        QCOMPARE(js::toString(QJsonValue(QJsonValue::Undefined)), u"undefined"_s);
        QCOMPARE(js::toString(QJsonValue()), u"null"_s);
        QCOMPARE(js::toString(QJsonArray {1, QJsonArray {2, 3}, QJsonValue(), u"x"_s}), u"1,2,3,,x"_s);
        QCOMPARE(js::toString(QJsonObject {{u"a"_s, 1}}), u"[object Object]"_s);
        QVERIFY(same(js::toNumber(QJsonArray {}), 0));
        QVERIFY(same(js::toNumber(QJsonArray {7}), 7));
        QVERIFY(same(js::toNumber(QJsonArray {1, 2}), kNaN));
        QVERIFY(same(js::toNumber(QJsonObject {}), kNaN));
        QVERIFY(same(js::toNumber(QJsonValue(true)), 1));
        QVERIFY(same(js::toNumber(QJsonValue(QJsonValue::Undefined)), kNaN));
        QVERIFY(same(js::parseFloat(QJsonValue()), kNaN));
        QVERIFY(same(js::parseFloat(QJsonArray {5, 6}), 5));
        QVERIFY(same(js::toIntegerOrInfinity(QJsonValue(-2.7)), -2));
        QVERIFY(same(js::toIntegerOrInfinity(QJsonValue(u"x"_s)), 0));
    }

    void propertyAccess()
    {
        const QJsonArray a {10, 20};
        QCOMPARE(js::property(a, u"1"_s), QJsonValue(20));
        QVERIFY(js::property(a, u"2"_s).isUndefined());
        QVERIFY(js::property(a, u"01"_s).isUndefined());
        QVERIFY(js::property(a, u"+1"_s).isUndefined());
        QCOMPARE(js::property(a, u"length"_s), QJsonValue(2));
        QCOMPARE(js::property(QJsonValue(u"中文"_s), u"1"_s), QJsonValue(u"文"_s));
        QVERIFY(js::property(QJsonValue(5), u"x"_s).isUndefined());
        QVERIFY(js::property(QJsonObject {{u"a"_s, QJsonValue()}}, u"a"_s).isNull());
        QVERIFY(js::property(QJsonObject {}, u"a"_s).isUndefined());
    }

    void orderOfStringsIsByCodeUnit()
    {
        QCOMPARE(js::compare(QJsonValue(u"Z"_s), QJsonValue(u"a"_s)), js::Order::Less);
        QCOMPARE(js::compare(QJsonValue(u"10"_s), QJsonValue(u"9"_s)), js::Order::Less);
        QCOMPARE(js::compare(QJsonValue(u"10"_s), QJsonValue(9)), js::Order::Greater);
        QCOMPARE(js::compare(QJsonValue(u"x"_s), QJsonValue(9)), js::Order::Unordered);
        QCOMPARE(js::compare(QJsonValue(u"张"_s), QJsonValue(u"李"_s)), js::Order::Less); // U+5F20 < U+674E
    }
};

QTEST_GUILESS_MAIN(TestRulesCoercion)
#include "tst_rules_coercion.moc"
