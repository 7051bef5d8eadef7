#include "server/testclock.h"

#include <QFile>

namespace ow::server {

FileOffsetClock::FileOffsetClock(QString path)
    : m_path(std::move(path))
{ }

QDateTime FileOffsetClock::now() const
{
    // Read every time: a test may write twice within the file system's time stamp resolution.
    qint64 offset = 0;
    QFile file(m_path);
    if (file.open(QIODevice::ReadOnly))
        offset = file.readAll().trimmed().toLongLong();
    return QDateTime::currentDateTime().addSecs(offset);
}

} // namespace ow::server
