// The domain operators: dates, ages, working days (with the 2026 calendar) and ID numbers.
#include "app/rules/jsonlogic.h"
#include "app/rules/workingcalendar.h"
#include "calendarfixture.h"
#include "tests/support/testenv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using ow::rules::Evaluator;
using namespace Qt::StringLiterals;

namespace {

QJsonValue json(const QByteArray& text)
{
    const QJsonDocument doc = QJsonDocument::fromJson('[' + text + ']');
    if (!doc.isArray() || doc.array().size() != 1)
        qFatal("bad JSON in test table: %s", text.constData());
    return doc.array().first();
}

QByteArray text(const QJsonValue& v)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray {v}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

} // namespace

class TestRulesDomain final : public QObject
{
    Q_OBJECT
private:
    ow::test::TestEnv m_env;
    ow::rules::WorkingCalendar m_calendar = ow::test::calendar2026();

    Evaluator evaluator() const { return Evaluator({&m_calendar, QDate(2026, 11, 28)}); }

private Q_SLOTS:
    void operators_data()
    {
        QTest::addColumn<QByteArray>("rule");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QByteArray>("expected");
        auto row = [](const char* rule, const char* data, const char* expected) {
            QTest::addRow("%s @ %s", rule, data)
                << QByteArray(rule) << QByteArray(data) << QByteArray(expected);
        };
        // today comes from the context (2026-11-28).
        row(R"({"today":[]})", "null", R"("2026-11-28")");
        row(R"({"today":[]})", "{}", R"("2026-11-28")");
        // days_between / date_diff_days: b − a.
        row(R"({"days_between":["2026-11-20","2026-11-28"]})", "null", "8");
        row(R"({"days_between":["2026-11-28","2026-11-20"]})", "null", "-8");
        row(R"({"date_diff_days":["2024-02-28","2024-03-01"]})", "null", "2");
        row(R"({"date_diff_days":["2025-12-31","2026-01-01"]})", "null", "1");
        row(R"({"days_between":[{"var":"fields.child.birthDate"},{"today":[]}]})",
            R"({"fields":{"child":{"birthDate":"2026-11-20"}}})", "8");
        row(R"({"days_between":["2026-11-20T23:59:00","2026-11-28 08:00"]})", "null", "8");
        row(R"({"days_between":[{"var":"fields.child.birthDate"},{"today":[]}]})", "{}", "null");
        row(R"({"days_between":["2026-02-30","2026-03-01"]})", "null", "null");
        row(R"({"days_between":["20261120","2026-11-28"]})", "null", "null");
        row(R"({"days_between":[20261120,"2026-11-28"]})", "null", "null");
        row(R"({"<=":[{"days_between":[{"var":"birth"},{"today":[]}]},30]})", R"({"birth":"2026-11-01"})",
            "true");
        // age_at: full years; a 29 February birthday completes its year on 1 March in common years.
        row(R"({"age_at":["1990-06-15","2026-06-14"]})", "null", "35");
        row(R"({"age_at":["1990-06-15","2026-06-15"]})", "null", "36");
        row(R"({"age_at":["2000-02-29","2024-02-28"]})", "null", "23");
        row(R"({"age_at":["2000-02-29","2024-02-29"]})", "null", "24");
        row(R"({"age_at":["2000-02-29","2023-02-28"]})", "null", "22");
        row(R"({"age_at":["2000-02-29","2023-03-01"]})", "null", "23");
        row(R"({"age_at":["2026-11-28","2026-11-28"]})", "null", "0");
        row(R"({"age_at":["2026-11-29","2026-11-28"]})", "null", "null");
        row(R"({"age_at":["x","2026-11-28"]})", "null", "null");
        row(R"({">=":[{"age_at":[{"var":"birth"},{"today":[]}]},60]})", R"({"birth":"1966-11-28"})", "true");
        row(R"({">=":[{"age_at":[{"var":"birth"},{"today":[]}]},60]})", R"({"birth":"1966-11-29"})", "false");
        // add_days
        row(R"({"add_days":["2026-02-27",2]})", "null", R"("2026-03-01")");
        row(R"({"add_days":["2024-02-28",1]})", "null", R"("2024-02-29")");
        row(R"({"add_days":["2026-01-01",-1]})", "null", R"("2025-12-31")");
        row(R"({"add_days":["2026-01-01","10"]})", "null", R"("2026-01-11")");
        row(R"({"add_days":["2026-01-01",0]})", "null", R"("2026-01-01")");
        row(R"({"add_days":["2026-01-01",1.5]})", "null", "null");
        row(R"({"add_days":["2026-01-01","x"]})", "null", "null");
        row(R"({"add_days":["2026-01-01",1e12]})", "null", "null");
        row(R"({"add_days":[null,1]})", "null", "null");
        // add_working_days / working_days_between with the 2026 calendar (Spring Festival 2-15 … 2-23).
        row(R"({"add_working_days":["2026-02-12",3]})", "null", R"("2026-02-24")");
        row(R"({"add_working_days":["2026-02-11",5]})", "null", R"("2026-02-25")");
        row(R"({"add_working_days":["2026-02-24",-2]})", "null", R"("2026-02-13")");
        row(R"({"add_working_days":["2026-02-24",0]})", "null", R"("2026-02-24")");
        row(R"({"add_working_days":["2026-02-24",2.5]})", "null", "null");
        row(R"({"add_working_days":["2026-02-24",1000000]})", "null", "null");
        row(R"({"add_working_days":["nope",1]})", "null", "null");
        row(R"({"working_days_between":["2026-02-13","2026-02-24"]})", "null", "2");
        row(R"({"working_days_between":["2026-02-24","2026-02-13"]})", "null", "-2");
        row(R"({"working_days_between":["2026-01-01","2026-12-31"]})", "null", "248");
        row(R"({"working_days_between":["2026-01-01",null]})", "null", "null");
        // date_before / date_after (plain < and > on ISO strings agree for well-formed dates).
        row(R"({"date_before":["2026-01-31","2026-02-01"]})", "null", "true");
        row(R"({"date_before":["2026-02-01","2026-02-01"]})", "null", "false");
        row(R"({"date_after":["2026-02-02","2026-02-01"]})", "null", "true");
        row(R"({"date_after":["2026-02-01","2026-02-02"]})", "null", "false");
        row(R"({"date_before":["2026-1-5","2026-01-31"]})", "null", "null");
        row(R"({"date_after":[{"var":"end"},{"today":[]}]})", R"({"end":"2026-12-01"})", "true");
        // birthdate_from_id / sex_from_id (GB 11643: 18 characters with a check character, or 15 digits).
        row(R"({"birthdate_from_id":["11010519491231002X"]})", "null", R"("1949-12-31")");
        row(R"({"birthdate_from_id":["11010519491231002x"]})", "null", R"("1949-12-31")");
        row(R"({"birthdate_from_id":[" 440306199006151238 "]})", "null", R"("1990-06-15")");
        row(R"({"birthdate_from_id":"110105200002290013"})", "null", R"("2000-02-29")");
        row(R"({"birthdate_from_id":["110105491231002"]})", "null", R"("1949-12-31")");
        row(R"({"birthdate_from_id":["110105194912310021"]})", "null", "null");
        row(R"({"birthdate_from_id":["110105202302300016"]})", "null", "null");
        row(R"({"birthdate_from_id":["110105491331002"]})", "null", "null");
        row(R"({"birthdate_from_id":["1101051949123100"]})", "null", "null");
        row(R"({"birthdate_from_id":[110105491231002]})", "null", "null");
        row(R"({"birthdate_from_id":[null]})", "null", "null");
        row(R"({"sex_from_id":["11010519491231002X"]})", "null", R"("female")");
        row(R"({"sex_from_id":["110105200002290013"]})", "null", R"("male")");
        row(R"({"sex_from_id":["440306199006151238"]})", "null", R"("male")");
        row(R"({"sex_from_id":["320102200808084569"]})", "null", R"("female")");
        row(R"({"sex_from_id":["110105491231002"]})", "null", R"("female")");
        row(R"({"sex_from_id":["110105800101001"]})", "null", R"("male")");
        row(R"({"sex_from_id":["110105194912310021"]})", "null", "null");
        row(R"({"sex_from_id":[{"var":"fields.mother.idNumber"}]})", "{}", "null");
        row(R"({"age_at":[{"birthdate_from_id":[{"var":"id"}]},{"today":[]}]})",
            R"({"id":"11010519491231002X"})", "76");
        row(R"({"==":[{"sex_from_id":{"var":"id"}},"male"]})", R"({"id":"440306199006151238"})", "true");
    }
    void operators()
    {
        QFETCH(QByteArray, rule);
        QFETCH(QByteArray, data);
        QFETCH(QByteArray, expected);
        const auto result = evaluator().evaluate(json(rule), json(data));
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QCOMPARE(text(*result), text(json(expected)));
    }

    void withoutCalendarMondayToFriday()
    {
        const Evaluator plain({nullptr, QDate(2026, 11, 28)});
        QCOMPARE(
            *plain.evaluate(json(R"({"add_working_days":["2026-02-13",1]})"), {}), json(R"("2026-02-16")"));
        QCOMPARE(
            *plain.evaluate(json(R"({"working_days_between":["2026-02-13","2026-02-24"]})"), {}), json("7"));
    }

    void todayDefaultsToTheSystemDate()
    {
        const auto r = Evaluator().evaluate(json(R"({"today":[]})"), {});
        QVERIFY(r.ok());
        QCOMPARE(r->toString(), QDate::currentDate().toString(Qt::ISODate));
    }

    void fixedArity_data()
    {
        QTest::addColumn<QByteArray>("rule");
        QTest::addColumn<QString>("where");
        QTest::newRow("today") << QByteArray(R"({"today":["2026-01-01"]})") << u"/today"_s;
        QTest::newRow("days_between")
            << QByteArray(R"({"days_between":["2026-01-01"]})") << u"/days_between"_s;
        QTest::newRow("date_diff_days")
            << QByteArray(R"({"date_diff_days":["a","b","c"]})") << u"/date_diff_days"_s;
        QTest::newRow("age_at") << QByteArray(R"({"age_at":"2000-01-01"})") << u"/age_at"_s;
        QTest::newRow("add_days") << QByteArray(R"({"add_days":["2026-01-01"]})") << u"/add_days"_s;
        QTest::newRow("add_working_days")
            << QByteArray(R"({"if":[true,{"add_working_days":[]}]})") << u"/if/1/add_working_days"_s;
        QTest::newRow("working_days_between")
            << QByteArray(R"({"working_days_between":["2026-01-01"]})") << u"/working_days_between"_s;
        QTest::newRow("date_before") << QByteArray(R"({"date_before":[]})") << u"/date_before"_s;
        QTest::newRow("date_after") << QByteArray(R"({"date_after":["a"]})") << u"/date_after"_s;
        QTest::newRow("birthdate_from_id")
            << QByteArray(R"({"birthdate_from_id":[]})") << u"/birthdate_from_id"_s;
        QTest::newRow("sex_from_id") << QByteArray(R"({"sex_from_id":["a","b"]})") << u"/sex_from_id"_s;
    }
    void fixedArity()
    {
        QFETCH(QByteArray, rule);
        QFETCH(QString, where);
        const auto r = evaluator().evaluate(json(rule), {});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, u"rules.malformed"_s);
        QCOMPARE(r.error().where, where);
        QCOMPARE(Evaluator::validate(json(rule)).error().where, where);
    }

    void catalogStyleRules()
    {
        // The rule data of docs/catalog.md: answers, proxy, fields, today.
        const QJsonValue data = json(R"({"answers":{"married":true,"hukouFollows":"mother","needCard":false},
            "proxy":true,"applicantKind":"person","fields":{"child":{"birthDate":"2026-11-20"},
            "mother":{"idNumber":"11010519491231002X"}},"today":"2026-11-28"})");
        const Evaluator e = evaluator();
        QCOMPARE(*e.evaluate(json(R"({"var":"answers.married"})"), data), QJsonValue(true));
        QCOMPARE(*e.evaluate(json(R"({"==":[{"var":"answers.needCard"},true]})"), data), QJsonValue(false));
        QCOMPARE(
            *e.evaluate(
                json(R"({"and":[{"var":"proxy"},{"==":[{"var":"answers.hukouFollows"},"mother"]}]})"), data),
            QJsonValue(true));
        QCOMPARE(
            *e.evaluate(json(R"({"days_between":[{"var":"fields.child.birthDate"},{"var":"today"}]})"), data),
            QJsonValue(8));
        QCOMPARE(*e.evaluate(json(R"({"add_working_days":[{"var":"today"},5]})"), data),
            QJsonValue(u"2026-12-04"_s));
        QCOMPARE(*e.evaluate(json(R"({"sex_from_id":{"var":"fields.mother.idNumber"}})"), data),
            QJsonValue(u"female"_s));
    }
};

QTEST_GUILESS_MAIN(TestRulesDomain)
#include "tst_rules_domain.moc"
