#include "app/common/workbenchstatus.h"

namespace ow {

WorkbenchStatus::WorkbenchStatus(QObject* parent)
    : QObject(parent)
{ }

void WorkbenchStatus::setConnection(Connection c)
{
    if (c == m_connection)
        return;
    m_connection = c;
    Q_EMIT changed();
}

void WorkbenchStatus::setQueueLength(int n)
{
    if (n == m_queueLength)
        return;
    m_queueLength = n;
    Q_EMIT changed();
}

void WorkbenchStatus::setLastSync(const QDateTime& at)
{
    m_lastSync = at;
    Q_EMIT changed();
}

void WorkbenchStatus::setStaff(const QString& name, const QString& role)
{
    m_staffName = name;
    m_staffRole = role;
    Q_EMIT changed();
}

void WorkbenchStatus::setCatalogVersion(const QString& version)
{
    if (version == m_catalogVersion)
        return;
    const bool replaced = !m_catalogVersion.isEmpty();
    m_catalogVersion = version;
    Q_EMIT changed();
    if (replaced)
        Q_EMIT catalogReplaced(version);
}

} // namespace ow
