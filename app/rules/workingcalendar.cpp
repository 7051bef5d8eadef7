// Working days: Monday–Friday, minus public holidays, plus adjusted working weekends (调休).
#include "app/rules/workingcalendar.h"

#include "app/rules/errors.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace ow::rules {
namespace {

bool isWeekend(const QDate& d)
{
    return d.dayOfWeek() >= 6;
}

Error calendarError(const QString& message, const QString& where)
{
    return makeError(errc::kCalendarMalformed, message, where);
}

// Strict "YYYY-MM-DD".
QDate parseIsoDate(const QJsonValue& v)
{
    if (!v.isString())
        return {};
    const QString s = v.toString();
    if (s.size() != 10)
        return {};
    return QDate::fromString(s, QStringLiteral("yyyy-MM-dd"));
}

QList<QDate> sorted(const QSet<QDate>& set)
{
    QList<QDate> list(set.cbegin(), set.cend());
    std::sort(list.begin(), list.end());
    return list;
}

QJsonArray dateArray(const QList<QDate>& dates)
{
    QJsonArray out;
    for (const QDate& d : dates)
        out.append(d.toString(Qt::ISODate));
    return out;
}

} // namespace

Result<WorkingCalendar> WorkingCalendar::fromJson(const QJsonObject& root)
{
    QJsonObject calendar;
    QString base = QStringLiteral("/calendar");
    if (root.value(QStringLiteral("calendar")).isObject()) {
        calendar = root.value(QStringLiteral("calendar")).toObject();
    } else if (root.contains(QStringLiteral("years")) && !root.contains(QStringLiteral("calendar"))) {
        calendar = root; // the inner object alone is accepted too
        base.clear();
    } else {
        return calendarError(
            QCoreApplication::translate("ow::rules", "The calendar must be an object under \"calendar\"."),
            base);
    }
    const QJsonValue yearsValue = calendar.value(QStringLiteral("years"));
    if (!yearsValue.isUndefined() && !yearsValue.isObject()) {
        return calendarError(
            QCoreApplication::translate("ow::rules", "\"years\" must be an object keyed by year."),
            base + QStringLiteral("/years"));
    }

    WorkingCalendar result;
    const QJsonObject years = yearsValue.toObject();
    for (auto it = years.begin(); it != years.end(); ++it) {
        const QString yearPointer = base + QStringLiteral("/years/") + it.key();
        bool ok = false;
        const int year = it.key().toInt(&ok);
        if (!ok || it.key().size() != 4 || year < 1000) {
            return calendarError(
                QCoreApplication::translate("ow::rules", "\"%1\" is not a four-digit year.").arg(it.key()),
                yearPointer);
        }
        if (!it.value().isObject()) {
            return calendarError(QCoreApplication::translate("ow::rules",
                                     "A year must be an object with \"holidays\" and \"workdays\"."),
                yearPointer);
        }
        const QJsonObject entry = it.value().toObject();
        for (const QString& list : {QStringLiteral("holidays"), QStringLiteral("workdays")}) {
            const QJsonValue datesValue = entry.value(list);
            const QString listPointer = yearPointer + u'/' + list;
            if (datesValue.isUndefined())
                continue;
            if (!datesValue.isArray()) {
                return calendarError(
                    QCoreApplication::translate("ow::rules", "\"%1\" must be an array of dates.").arg(list),
                    listPointer);
            }
            const QJsonArray dates = datesValue.toArray();
            for (qsizetype i = 0; i < dates.size(); ++i) {
                const QString where = listPointer + u'/' + QString::number(i);
                const QDate d = parseIsoDate(dates.at(i));
                if (!d.isValid()) {
                    return calendarError(
                        QCoreApplication::translate("ow::rules", "Not a date in the form YYYY-MM-DD."),
                        where);
                }
                if (d.year() != year) {
                    return calendarError(QCoreApplication::translate("ow::rules", "%1 is not in the year %2.")
                                             .arg(d.toString(Qt::ISODate))
                                             .arg(year),
                        where);
                }
                const bool holiday = list == u"holidays";
                if (!holiday && !isWeekend(d)) {
                    return calendarError(
                        QCoreApplication::translate("ow::rules",
                            "%1 is a weekday; only a Saturday or Sunday can be an adjusted working day.")
                            .arg(d.toString(Qt::ISODate)),
                        where);
                }
                if ((holiday && result.m_workdays.contains(d))
                    || (!holiday && result.m_holidays.contains(d))) {
                    return calendarError(QCoreApplication::translate("ow::rules",
                                             "%1 is listed both as a holiday and as a working day.")
                                             .arg(d.toString(Qt::ISODate)),
                        where);
                }
                (holiday ? result.m_holidays : result.m_workdays).insert(d);
            }
        }
        result.m_years.insert(year);
    }
    return result;
}

QJsonObject WorkingCalendar::toJson() const
{
    QJsonObject years;
    QList<int> yearList(m_years.cbegin(), m_years.cend());
    std::sort(yearList.begin(), yearList.end());
    const QList<QDate> allHolidays = holidays();
    const QList<QDate> allWorkdays = workdays();
    for (int year : yearList) {
        QList<QDate> h;
        QList<QDate> w;
        std::copy_if(allHolidays.cbegin(), allHolidays.cend(), std::back_inserter(h),
            [year](const QDate& d) { return d.year() == year; });
        std::copy_if(allWorkdays.cbegin(), allWorkdays.cend(), std::back_inserter(w),
            [year](const QDate& d) { return d.year() == year; });
        years.insert(QString::number(year),
            QJsonObject {
                {QStringLiteral("holidays"), dateArray(h)}, {QStringLiteral("workdays"), dateArray(w)}});
    }
    return QJsonObject {{QStringLiteral("calendar"), QJsonObject {{QStringLiteral("years"), years}}}};
}

bool WorkingCalendar::isWorkingDay(const QDate& date) const
{
    if (!date.isValid())
        return false;
    if (m_holidays.contains(date))
        return false;
    if (m_workdays.contains(date))
        return true;
    return !isWeekend(date);
}

bool WorkingCalendar::plainWeek(const QDate& first, const QDate& last) const
{
    return !m_years.contains(first.year()) && !m_years.contains(last.year());
}

QDate WorkingCalendar::addWorkingDays(const QDate& from, int days) const
{
    if (!from.isValid())
        return {};
    QDate d = from;
    int remaining = std::abs(days);
    const int step = days < 0 ? -1 : 1;
    while (remaining > 0) {
        // Seven days outside the calendar's years hold exactly five working days: skip them whole while
        // more than five remain, so the answer is still ahead.
        if (remaining > 5 && plainWeek(d.addDays(step), d.addDays(7 * step))) {
            d = d.addDays(7 * step);
            remaining -= 5;
            continue;
        }
        d = d.addDays(step);
        if (isWorkingDay(d))
            --remaining;
    }
    return d;
}

int WorkingCalendar::countWorkingDays(const QDate& first, const QDate& last) const
{
    int count = 0;
    QDate d = first;
    while (d <= last) {
        if (d.daysTo(last) >= 6 && plainWeek(d, d.addDays(6))) {
            count += 5;
            d = d.addDays(7);
            continue;
        }
        if (isWorkingDay(d))
            ++count;
        d = d.addDays(1);
    }
    return count;
}

int WorkingCalendar::workingDaysBetween(const QDate& from, const QDate& to) const
{
    if (!from.isValid() || !to.isValid() || from == to)
        return 0;
    if (from < to)
        return countWorkingDays(from.addDays(1), to);
    return -countWorkingDays(to, from.addDays(-1));
}

bool WorkingCalendar::coversYear(int year) const
{
    return m_years.contains(year);
}

void WorkingCalendar::addHoliday(const QDate& d)
{
    if (!d.isValid())
        return;
    m_workdays.remove(d);
    m_holidays.insert(d);
    m_years.insert(d.year());
}

void WorkingCalendar::addWorkday(const QDate& d)
{
    if (!d.isValid())
        return;
    m_holidays.remove(d);
    if (isWeekend(d))
        m_workdays.insert(d);
    m_years.insert(d.year());
}

void WorkingCalendar::removeDate(const QDate& d)
{
    m_holidays.remove(d);
    m_workdays.remove(d);
}

QList<QDate> WorkingCalendar::holidays() const
{
    return sorted(m_holidays);
}

QList<QDate> WorkingCalendar::workdays() const
{
    return sorted(m_workdays);
}

} // namespace ow::rules
