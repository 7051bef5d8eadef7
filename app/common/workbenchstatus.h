#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>

namespace ow {

// What the status bar shows: connection, hand-off queue, last successful sync, who is signed in and the
// version of the active catalog.
// The sync worker and the sign-in flow write it; the UI only reads it.
class WorkbenchStatus final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkbenchStatus)
public:
    enum class Connection { Offline, Connecting, Online };
    Q_ENUM(Connection)

    explicit WorkbenchStatus(QObject* parent = nullptr);

    Connection connection() const { return m_connection; }
    int queueLength() const { return m_queueLength; }
    QDateTime lastSync() const { return m_lastSync; }
    QString staffName() const { return m_staffName; }
    QString staffRole() const { return m_staffRole; }
    QString catalogVersion() const { return m_catalogVersion; }

public Q_SLOTS:
    void setConnection(ow::WorkbenchStatus::Connection c);
    void setQueueLength(int n);
    void setLastSync(const QDateTime& at);
    void setStaff(const QString& name, const QString& role);
    // Set by the services object once the catalog of that version is Services::catalog().
    void setCatalogVersion(const QString& version);

Q_SIGNALS:
    void changed();
    // The active catalog was replaced (a newer one arrived from the server): pages re-read it.
    void catalogReplaced(const QString& version);

private:
    Connection m_connection = Connection::Offline;
    int m_queueLength = 0;
    QDateTime m_lastSync;
    QString m_staffName;
    QString m_staffRole;
    QString m_catalogVersion;
};

} // namespace ow
