#pragma once

#include "app/common/result.h"

#include <QDate>
#include <QJsonObject>
#include <QSet>

namespace ow::rules {

// Working days for promised completion dates (承诺时限): Monday–Friday, minus public holidays, plus the
// adjusted working weekends (调休). Loaded from the catalog's calendar.json:
// {"calendar": {"years": {"2026": {"holidays": ["2026-01-01", …], "workdays": ["2026-01-04", …]}}}}
class WorkingCalendar
{
public:
    WorkingCalendar() = default;
    static Result<WorkingCalendar> fromJson(const QJsonObject& root);
    QJsonObject toJson() const;

    bool isWorkingDay(const QDate& date) const;
    // The date `days` working days after `from` (from itself not counted); days may be 0 (→ from).
    QDate addWorkingDays(const QDate& from, int days) const;
    // Working days in (from, to]; negative when to < from.
    int workingDaysBetween(const QDate& from, const QDate& to) const;
    // Whether the calendar has data for that year (outside it: plain Mon–Fri).
    bool coversYear(int year) const;

    void addHoliday(const QDate& d);
    void addWorkday(const QDate& d);
    void removeDate(const QDate& d);
    QList<QDate> holidays() const;
    QList<QDate> workdays() const;

private:
    QSet<QDate> m_holidays;
    QSet<QDate> m_workdays;
    QSet<int> m_years;
};

} // namespace ow::rules
