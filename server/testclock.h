#pragma once

#include "app/common/clock.h"

#include <QDateTime>
#include <QString>

namespace ow::server {

// For tests only (--test-clock FILE): the system time moved by the whole number of seconds written in FILE
// (none or unreadable: 0), read at every call. A test process tells a running server "it
// is an hour later" by writing 3600 there, instead of sleeping through a token's lifetime. The server logs a
// warning at start when it runs on this clock.
class FileOffsetClock final : public Clock
{
public:
    explicit FileOffsetClock(QString path);
    QDateTime now() const override;

private:
    QString m_path;
};

} // namespace ow::server
