// Domain operators on ISO dates ("YYYY-MM-DD"): today, days_between / date_diff_days, age_at, add_days,
// add_working_days, working_days_between, date_before, date_after. A date that is missing or not a date
// gives null, so a rule over a field not yet entered stays falsy instead of failing.
#include "app/rules/coercion.h"
#include "app/rules/machine.h"
#include "app/rules/workingcalendar.h"

#include <cmath>

namespace ow::rules::detail {
namespace {

// Largest day offsets accepted (beyond them: null), so a stray number cannot spin the calendar for long.
constexpr double kMaxDays = 3'000'000;
constexpr double kMaxWorkingDays = 100'000;

const QJsonValue kNull(QJsonValue::Null);

// "YYYY-MM-DD", optionally followed by a time ("2026-11-28T09:30:00", "2026-11-28 09:30").
QDate toDate(const QJsonValue& v)
{
    if (!v.isString())
        return {};
    const QString s = v.toString();
    if (s.size() < 10 || (s.size() > 10 && s[10] != u'T' && s[10] != u' '))
        return {};
    for (qsizetype i = 0; i < 10; ++i) {
        const bool dash = i == 4 || i == 7;
        if (dash ? s[i] != u'-' : !s[i].isDigit() || s[i].unicode() > 0x7F)
            return {};
    }
    return QDate(s.left(4).toInt(), s.mid(5, 2).toInt(), s.mid(8, 2).toInt());
}

QJsonValue dateValue(const QDate& d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : kNull;
}

// A whole number of days within ±limit, or nothing.
bool toDays(const QJsonValue& v, double limit, qint64& out)
{
    const double d = js::toNumber(v);
    if (!std::isfinite(d) || d != std::trunc(d) || std::fabs(d) > limit)
        return false;
    out = qint64(d);
    return true;
}

const WorkingCalendar& calendarOf(const Call& c)
{
    static const WorkingCalendar plainWeek; // no data: Monday–Friday
    return c.machine.context().calendar ? *c.machine.context().calendar : plainWeek;
}

Result<QJsonValue> opToday(const Call& c)
{
    return dateValue(c.machine.today());
}

// [a, b] → b − a in days.
Result<QJsonValue> opDaysBetween(const Call& c)
{
    const QDate a = toDate(c.value(0));
    const QDate b = toDate(c.value(1));
    if (!a.isValid() || !b.isValid())
        return kNull;
    return js::number(double(a.daysTo(b)));
}

// [birthDate, atDate] → full years (周岁). A 29 February birthday completes its year on 1 March in common
// years. null when atDate is before birthDate.
Result<QJsonValue> opAgeAt(const Call& c)
{
    const QDate birth = toDate(c.value(0));
    const QDate at = toDate(c.value(1));
    if (!birth.isValid() || !at.isValid() || at < birth)
        return kNull;
    int years = at.year() - birth.year();
    if (at.month() < birth.month() || (at.month() == birth.month() && at.day() < birth.day()))
        --years;
    return js::number(years);
}

Result<QJsonValue> opAddDays(const Call& c)
{
    const QDate from = toDate(c.value(0));
    qint64 days = 0;
    if (!from.isValid() || !toDays(c.value(1), kMaxDays, days))
        return kNull;
    return dateValue(from.addDays(days));
}

Result<QJsonValue> opAddWorkingDays(const Call& c)
{
    const QDate from = toDate(c.value(0));
    qint64 days = 0;
    if (!from.isValid() || !toDays(c.value(1), kMaxWorkingDays, days))
        return kNull;
    return dateValue(calendarOf(c).addWorkingDays(from, int(days)));
}

Result<QJsonValue> opWorkingDaysBetween(const Call& c)
{
    const QDate a = toDate(c.value(0));
    const QDate b = toDate(c.value(1));
    if (!a.isValid() || !b.isValid())
        return kNull;
    return js::number(calendarOf(c).workingDaysBetween(a, b));
}

template<bool Before> Result<QJsonValue> opDateOrder(const Call& c)
{
    const QDate a = toDate(c.value(0));
    const QDate b = toDate(c.value(1));
    if (!a.isValid() || !b.isValid())
        return kNull;
    return QJsonValue(Before ? a < b : a > b);
}

} // namespace

QList<OperatorSpec> dateOperators()
{
    return {
        {QStringLiteral("today"), 0, 0, false, -1, opToday},
        {QStringLiteral("days_between"), 2, 2, false, -1, opDaysBetween},
        {QStringLiteral("date_diff_days"), 2, 2, false, -1, opDaysBetween},
        {QStringLiteral("age_at"), 2, 2, false, -1, opAgeAt},
        {QStringLiteral("add_days"), 2, 2, false, -1, opAddDays},
        {QStringLiteral("add_working_days"), 2, 2, false, -1, opAddWorkingDays},
        {QStringLiteral("working_days_between"), 2, 2, false, -1, opWorkingDaysBetween},
        {QStringLiteral("date_before"), 2, 2, false, -1, opDateOrder<true>},
        {QStringLiteral("date_after"), 2, 2, false, -1, opDateOrder<false>},
    };
}

} // namespace ow::rules::detail
