// WorkingCalendar: loading and writing calendar.json, working days across the 2026 Spring Festival (调休),
// adding and counting working days, and edits.
#include "app/rules/workingcalendar.h"
#include "calendarfixture.h"
#include "tests/support/testenv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using ow::rules::WorkingCalendar;
using namespace Qt::StringLiterals;

namespace {

QDate d(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

QJsonObject object(const QByteArray& json)
{
    return QJsonDocument::fromJson(json).object();
}

// The obvious day-by-day definitions, to check the calendar's shortcuts against.
QDate naiveAdd(const WorkingCalendar& c, QDate from, int days)
{
    const int step = days < 0 ? -1 : 1;
    for (int left = std::abs(days); left > 0;) {
        from = from.addDays(step);
        if (c.isWorkingDay(from))
            --left;
    }
    return from;
}

int naiveBetween(const WorkingCalendar& c, const QDate& from, const QDate& to)
{
    int n = 0;
    if (from < to) {
        for (QDate x = from.addDays(1); x <= to; x = x.addDays(1))
            n += c.isWorkingDay(x) ? 1 : 0;
    } else {
        for (QDate x = to; x < from; x = x.addDays(1))
            n -= c.isWorkingDay(x) ? 1 : 0;
    }
    return n;
}

} // namespace

class TestWorkingCalendar final : public QObject
{
    Q_OBJECT
private:
    ow::test::TestEnv m_env;
    WorkingCalendar m_cal = ow::test::calendar2026();

private Q_SLOTS:
    void loads()
    {
        QVERIFY(m_cal.coversYear(2026));
        QVERIFY(!m_cal.coversYear(2025));
        QVERIFY(!m_cal.coversYear(2027));
        QCOMPARE(m_cal.holidays().size(), 33);
        QCOMPARE(m_cal.workdays().size(), 6);
        QCOMPARE(m_cal.holidays().first(), d("2026-01-01"));
        const QList<QDate> holidays = m_cal.holidays();
        QVERIFY(std::is_sorted(holidays.cbegin(), holidays.cend()));
    }

    void roundTrips()
    {
        const QJsonObject json = m_cal.toJson();
        const QJsonObject year = json["calendar"_L1]["years"_L1]["2026"_L1].toObject();
        QCOMPARE(year["holidays"_L1].toArray().first().toString(), u"2026-01-01"_s);
        QCOMPARE(year["workdays"_L1].toArray().size(), 6);
        const auto again = WorkingCalendar::fromJson(json);
        QVERIFY(again.ok());
        QCOMPARE(again->holidays(), m_cal.holidays());
        QCOMPARE(again->workdays(), m_cal.workdays());
        QCOMPARE(again->toJson(), json);
        // The inner {"years": …} object alone loads too.
        const auto inner = WorkingCalendar::fromJson(json["calendar"_L1].toObject());
        QVERIFY(inner.ok());
        QCOMPARE(inner->holidays(), m_cal.holidays());
    }

    void isWorkingDay_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<bool>("working");
        // Spring Festival 2026: Sat 2-14 worked, Sun 2-15 … Mon 2-23 off, Sat 2-28 worked.
        QTest::newRow("Thu 02-12") << d("2026-02-12") << true;
        QTest::newRow("Fri 02-13") << d("2026-02-13") << true;
        QTest::newRow("Sat 02-14 adjusted") << d("2026-02-14") << true;
        QTest::newRow("Sun 02-15 holiday") << d("2026-02-15") << false;
        QTest::newRow("Mon 02-16 holiday") << d("2026-02-16") << false;
        QTest::newRow("Tue 02-17 New Year") << d("2026-02-17") << false;
        QTest::newRow("Fri 02-20 holiday") << d("2026-02-20") << false;
        QTest::newRow("Sat 02-21 holiday") << d("2026-02-21") << false;
        QTest::newRow("Mon 02-23 holiday") << d("2026-02-23") << false;
        QTest::newRow("Tue 02-24") << d("2026-02-24") << true;
        QTest::newRow("Sat 02-28 adjusted") << d("2026-02-28") << true;
        QTest::newRow("Sun 03-01") << d("2026-03-01") << false;
        QTest::newRow("Thu 01-01") << d("2026-01-01") << false;
        QTest::newRow("Sun 01-04 adjusted") << d("2026-01-04") << true;
        QTest::newRow("Thu 10-08") << d("2026-10-08") << true;
        QTest::newRow("uncovered Sat") << d("2027-02-06") << false;
        QTest::newRow("uncovered Mon") << d("2027-02-08") << true;
        QTest::newRow("invalid") << QDate() << false;
    }
    void isWorkingDay()
    {
        QFETCH(QDate, date);
        QFETCH(bool, working);
        QCOMPARE(m_cal.isWorkingDay(date), working);
    }

    void addWorkingDays_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<int>("days");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("zero") << d("2026-02-20") << 0 << d("2026-02-20");
        QTest::newRow("Thu+1") << d("2026-02-12") << 1 << d("2026-02-13");
        QTest::newRow("Thu+2 onto adjusted Sat") << d("2026-02-12") << 2 << d("2026-02-14");
        QTest::newRow("Thu+3 over the holiday") << d("2026-02-12") << 3 << d("2026-02-24");
        QTest::newRow("promise of 5 from Wed 02-11") << d("2026-02-11") << 5 << d("2026-02-25");
        QTest::newRow("from a holiday") << d("2026-02-15") << 1 << d("2026-02-24");
        QTest::newRow("onto 02-28") << d("2026-02-26") << 2 << d("2026-02-28");
        QTest::newRow("past 02-28") << d("2026-02-26") << 3 << d("2026-03-02");
        QTest::newRow("into the new year") << d("2025-12-31") << 1 << d("2026-01-04");
        QTest::newRow("into an uncovered year") << d("2026-12-31") << 1 << d("2027-01-01");
        QTest::newRow("back one") << d("2026-02-24") << -1 << d("2026-02-14");
        QTest::newRow("back two") << d("2026-02-24") << -2 << d("2026-02-13");
        QTest::newRow("back from a holiday") << d("2026-02-20") << -1 << d("2026-02-14");
        QTest::newRow("National Day") << d("2026-09-30") << 1 << d("2026-10-08");
        QTest::newRow("invalid") << QDate() << 3 << QDate();
    }
    void addWorkingDays()
    {
        QFETCH(QDate, from);
        QFETCH(int, days);
        QFETCH(QDate, expected);
        QCOMPARE(m_cal.addWorkingDays(from, days), expected);
    }

    void workingDaysBetween_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<int>("expected");
        QTest::newRow("same day") << d("2026-02-12") << d("2026-02-12") << 0;
        QTest::newRow("over the holiday") << d("2026-02-13") << d("2026-02-24") << 2;
        QTest::newRow("backwards") << d("2026-02-24") << d("2026-02-13") << -2;
        QTest::newRow("inside the holiday") << d("2026-02-15") << d("2026-02-23") << 0;
        QTest::newRow("whole 2026") << d("2026-01-01") << d("2026-12-31") << 248;
        QTest::newRow("from 2025-12-31") << d("2025-12-31") << d("2026-12-31") << 248;
        QTest::newRow("plain weeks") << d("2027-01-01") << d("2027-01-15") << 10;
        QTest::newRow("invalid") << QDate() << d("2026-01-01") << 0;
    }
    void workingDaysBetween()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(int, expected);
        QCOMPARE(m_cal.workingDaysBetween(from, to), expected);
    }

    void addAndBetweenAgree()
    {
        for (QDate from = d("2025-12-01"); from <= d("2027-01-31"); from = from.addDays(1)) {
            for (int n = -12; n <= 12; ++n) {
                const QDate to = m_cal.addWorkingDays(from, n);
                QCOMPARE(m_cal.workingDaysBetween(from, to), n);
                if (n != 0)
                    QVERIFY(m_cal.isWorkingDay(to));
                QCOMPARE(to, naiveAdd(m_cal, from, n));
            }
        }
        for (QDate from = d("2026-01-20"); from <= d("2026-03-10"); from = from.addDays(1)) {
            for (QDate to = d("2026-01-20"); to <= d("2026-03-10"); to = to.addDays(1)) {
                const int n = m_cal.workingDaysBetween(from, to);
                QCOMPARE(n, naiveBetween(m_cal, from, to));
                if (m_cal.isWorkingDay(to))
                    QCOMPARE(m_cal.addWorkingDays(from, n), to);
            }
        }
    }

    void longSpansMatchDayByDay()
    {
        // The whole-week shortcut outside covered years must agree with walking day by day.
        for (const QDate& from : {d("2019-03-07"), d("2025-06-14"), d("2026-12-26"), d("2030-01-01")}) {
            for (int n : {6, 7, 11, 250, 1000, 3001, -6, -250, -3001}) {
                QCOMPARE(m_cal.addWorkingDays(from, n), naiveAdd(m_cal, from, n));
            }
            for (int span : {6, 7, 13, 400, 4000, -7, -400, -4000}) {
                const QDate to = from.addDays(span);
                QCOMPARE(m_cal.workingDaysBetween(from, to), naiveBetween(m_cal, from, to));
            }
        }
    }

    void emptyCalendarIsMondayToFriday()
    {
        const WorkingCalendar plain;
        QVERIFY(!plain.coversYear(2026));
        QVERIFY(!plain.isWorkingDay(d("2026-02-14")));
        QVERIFY(plain.isWorkingDay(d("2026-02-16")));
        QCOMPARE(plain.addWorkingDays(d("2026-02-13"), 1), d("2026-02-16"));
        QCOMPARE(plain.workingDaysBetween(d("2026-02-13"), d("2026-02-20")), 5);
        QVERIFY(plain.toJson()["calendar"_L1]["years"_L1].toObject().isEmpty());
    }

    void edits()
    {
        WorkingCalendar c = m_cal;
        // A worked Saturday made a holiday again.
        c.addHoliday(d("2026-02-14"));
        QVERIFY(!c.isWorkingDay(d("2026-02-14")));
        QVERIFY(!c.workdays().contains(d("2026-02-14")));
        // A holiday weekday made a working day: it leaves the holidays and is not listed as a workday.
        c.addWorkday(d("2026-02-16"));
        QVERIFY(c.isWorkingDay(d("2026-02-16")));
        QVERIFY(!c.holidays().contains(d("2026-02-16")));
        QVERIFY(!c.workdays().contains(d("2026-02-16")));
        // A weekend day made a working day.
        c.addWorkday(d("2026-03-07"));
        QVERIFY(c.isWorkingDay(d("2026-03-07")));
        QVERIFY(c.workdays().contains(d("2026-03-07")));
        // removeDate: back to plain Monday–Friday.
        c.removeDate(d("2026-03-07"));
        c.removeDate(d("2026-02-17"));
        QVERIFY(!c.isWorkingDay(d("2026-03-07")));
        QVERIFY(c.isWorkingDay(d("2026-02-17")));
        // Editing a new year covers it; the result still loads.
        c.addHoliday(d("2027-01-01"));
        QVERIFY(c.coversYear(2027));
        QVERIFY(!c.isWorkingDay(d("2027-01-01")));
        const auto again = WorkingCalendar::fromJson(c.toJson());
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().message));
        QCOMPARE(again->holidays(), c.holidays());
        QCOMPARE(again->workdays(), c.workdays());
        QVERIFY(again->coversYear(2027));
        // Invalid dates are ignored.
        c.addHoliday(QDate());
        c.addWorkday(QDate());
        QCOMPARE(again->holidays(), c.holidays());
    }

    void rejectsBadFiles_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("where");
        QTest::newRow("no calendar") << QByteArray(R"({"other":1})") << u"/calendar"_s;
        QTest::newRow("calendar not object") << QByteArray(R"({"calendar":[]})") << u"/calendar"_s;
        QTest::newRow("years not object")
            << QByteArray(R"({"calendar":{"years":[]}})") << u"/calendar/years"_s;
        QTest::newRow("year key") << QByteArray(R"({"calendar":{"years":{"26":{}}}})")
                                  << u"/calendar/years/26"_s;
        QTest::newRow("year value") << QByteArray(R"({"calendar":{"years":{"2026":[]}}})")
                                    << u"/calendar/years/2026"_s;
        QTest::newRow("holidays not array")
            << QByteArray(R"({"calendar":{"years":{"2026":{"holidays":"x"}}}})")
            << u"/calendar/years/2026/holidays"_s;
        QTest::newRow("bad date") << QByteArray(
            R"({"calendar":{"years":{"2026":{"holidays":["2026-01-01","2026-13-01"]}}}})")
                                  << u"/calendar/years/2026/holidays/1"_s;
        QTest::newRow("short date") << QByteArray(
            R"({"calendar":{"years":{"2026":{"holidays":["2026-1-1"]}}}})")
                                    << u"/calendar/years/2026/holidays/0"_s;
        QTest::newRow("wrong year") << QByteArray(
            R"({"calendar":{"years":{"2026":{"holidays":["2027-01-01"]}}}})")
                                    << u"/calendar/years/2026/holidays/0"_s;
        QTest::newRow("weekday workday")
            << QByteArray(R"({"calendar":{"years":{"2026":{"workdays":["2026-02-16"]}}}})")
            << u"/calendar/years/2026/workdays/0"_s;
        QTest::newRow("both lists") << QByteArray(
            R"({"calendar":{"years":{"2026":{"holidays":["2026-02-14"],"workdays":["2026-02-14"]}}}})")
                                    << u"/calendar/years/2026/workdays/0"_s;
    }
    void rejectsBadFiles()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, where);
        const auto c = WorkingCalendar::fromJson(object(json));
        QVERIFY(!c.ok());
        QCOMPARE(c.error().code, u"calendar.malformed"_s);
        QCOMPARE(c.error().where, where);
        QVERIFY(!c.error().message.isEmpty());
    }

    void acceptsAnEmptyYear()
    {
        const auto c = WorkingCalendar::fromJson(object(R"({"calendar":{"years":{"2028":{}}}})"));
        QVERIFY(c.ok());
        QVERIFY(c->coversYear(2028));
        QVERIFY(c->isWorkingDay(d("2028-01-03")));
    }
};

QTEST_GUILESS_MAIN(TestWorkingCalendar)
#include "tst_workingcalendar.moc"
