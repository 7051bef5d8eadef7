#pragma once

#include "app/rules/workingcalendar.h"

#include <QFile>
#include <QJsonDocument>
#include <QString>

namespace ow::test {

// The 2026 public holidays and adjusted working days (元旦, 春节 2-15…2-23 with 2-14 and 2-28 worked, 清明,
// 劳动节, 端午, 中秋, 国庆) from tests/unit/rules/data/calendar-2026.json.
inline QString calendar2026Path()
{
    return QStringLiteral(OW_SOURCE_DIR "/tests/unit/rules/data/calendar-2026.json");
}

inline ow::rules::WorkingCalendar calendar2026()
{
    QFile file(calendar2026Path());
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the 2026 calendar fixture");
    auto calendar = ow::rules::WorkingCalendar::fromJson(QJsonDocument::fromJson(file.readAll()).object());
    if (!calendar.ok())
        qFatal("the 2026 calendar fixture does not load");
    return *calendar;
}

} // namespace ow::test
