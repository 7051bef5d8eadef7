#pragma once

#include "app/common/result.h"

#include <QDate>
#include <QJsonObject>
#include <QSet>

namespace ow::rules {

// Working days for promised completion dates (承诺时限): Monday–Friday, minus public holidays, plus the
// adjusted working weekends (调休). Loaded from the catalog's calendar.json:
// {"calendar": {"years": {"2026": {"holidays": ["2026-01-01", …], "workdays": ["2026-01-04", …]}}}}
// fromJson also takes the inner {"years": …} object alone. Errors (code "calendar.malformed", `where` a JSON
// pointer such as "/calendar/years/2026/workdays/1"): a year key that is not four digits, a date not in the
// form YYYY-MM-DD or outside its year, a weekday listed as a workday, a date listed in both lists.
class WorkingCalendar
{
public:
    WorkingCalendar() = default;
    static Result<WorkingCalendar> fromJson(const QJsonObject& root);
    QJsonObject toJson() const;

    bool isWorkingDay(const QDate& date) const;
    // The date `days` working days after `from` (from itself not counted); days may be 0 (→ from).
    QDate addWorkingDays(const QDate& from, int days) const;
    // Working days in (from, to]; negative when to < from: minus the working days in [to, from), i.e. the
    // working-day steps back from `from` to `to`. So workingDaysBetween(from, addWorkingDays(from, n)) == n
    // for every n, and addWorkingDays(from, workingDaysBetween(from, to)) == to when `to` is a working day.
    int workingDaysBetween(const QDate& from, const QDate& to) const;
    // Whether the calendar has data for that year (outside it: plain Mon–Fri).
    bool coversYear(int year) const;

    // Edits. Each marks the date's year as covered. addHoliday: the date is a day off (a weekend date may be
    // listed too, as the official notices do). addWorkday: the date is a working day (a weekend date becomes
    // an adjusted working day; a weekday merely stops being a holiday). removeDate: back to plain Mon–Fri.
    void addHoliday(const QDate& d);
    void addWorkday(const QDate& d);
    void removeDate(const QDate& d);
    QList<QDate> holidays() const;
    QList<QDate> workdays() const;

private:
    // Whether first and last lie in years the calendar has no data for (plain Monday–Friday weeks).
    bool plainWeek(const QDate& first, const QDate& last) const;
    // Working days in [first, last].
    int countWorkingDays(const QDate& first, const QDate& last) const;

    QSet<QDate> m_holidays;
    QSet<QDate> m_workdays;
    QSet<int> m_years;
};

} // namespace ow::rules
