#include "app/store/localstore.h"

#include "app/common/logging.h"
#include "app/store/errors.h"
#include "app/store/sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QThreadStorage>
#include <QUuid>

namespace ow::store {
namespace {

// Removes this thread's connections when the thread ends.
struct ThreadConnections
{
    QStringList names;
    ~ThreadConnections()
    {
        for (const QString& n : std::as_const(names)) {
            {
                QSqlDatabase db = QSqlDatabase::database(n, false);
                db.close();
            }
            QSqlDatabase::removeDatabase(n);
        }
    }
};
// QThreadStorage (not thread_local) so the connections are gone by the time QThread::wait() returns.
QThreadStorage<ThreadConnections*> t_connections;

Result<QString> pragmaValue(const QSqlDatabase& db, const QString& pragma)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA ") + pragma))
        return sqlError(q, pragma);
    return q.next() ? q.value(0).toString() : QString();
}

} // namespace

LocalStore::LocalStore(QString path)
    : m_path(std::move(path))
    , m_id(QUuid::createUuid().toString(QUuid::Id128).left(12))
{ }

LocalStore::~LocalStore() = default;

Result<QList<Migration>> LocalStore::clientMigrations()
{
    return loadMigrations(QStringLiteral(":/migrations/client"), QStringLiteral("QSQLITE"));
}

Result<QSqlDatabase> LocalStore::openConnection(const QString& path, const QString& connectionName)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open()) {
        const QString why = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return makeError(errc::kOpen,
            QCoreApplication::translate("ow::store", "Cannot open the local database %1: %2").arg(path, why),
            path);
    }
    auto mode = pragmaValue(db, QStringLiteral("journal_mode = WAL"));
    if (!mode)
        return mode.error();
    if (mode->compare(QStringLiteral("wal"), Qt::CaseInsensitive) != 0)
        return makeError(errc::kWal,
            QCoreApplication::translate(
                "ow::store", "The local database %1 cannot use WAL journaling (got %2).")
                .arg(path, *mode),
            path);
    for (const QString& p : {QStringLiteral("foreign_keys = ON"), QStringLiteral("synchronous = NORMAL")}) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA ") + p))
            return sqlError(q, p);
    }
    auto fk = pragmaValue(db, QStringLiteral("foreign_keys"));
    if (!fk || *fk != QStringLiteral("1"))
        return makeError(errc::kFk, QStringLiteral("foreign keys could not be enabled"), path);
    return db;
}

Result<std::shared_ptr<LocalStore>> LocalStore::open(const QString& path)
{
    auto migrations = clientMigrations();
    if (!migrations)
        return migrations.error();
    return open(path, *migrations);
}

Result<std::shared_ptr<LocalStore>> LocalStore::open(const QString& path, const QList<Migration>& migrations)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    std::shared_ptr<LocalStore> store(new LocalStore(QFileInfo(path).absoluteFilePath()));
    QSqlDatabase db = store->connection();
    if (!db.isOpen())
        return makeError(errc::kOpen,
            QCoreApplication::translate("ow::store", "Cannot open the local database %1.").arg(path), path);
    auto version = migrate(db, migrations);
    if (!version)
        return version.error();
    store->m_schemaVersion = *version;
    qCInfo(lcStore) << "local store open, schema" << *version;
    return store;
}

QSqlDatabase LocalStore::connection() const
{
    const QString name
        = QStringLiteral("ow-%1-%2").arg(m_id).arg(reinterpret_cast<quintptr>(QThread::currentThread()));
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, false);
    auto db = openConnection(m_path, name);
    if (!db) {
        qCCritical(lcStore) << db.error().message;
        return QSqlDatabase();
    }
    if (!t_connections.hasLocalData())
        t_connections.setLocalData(new ThreadConnections);
    t_connections.localData()->names << name;
    return *db;
}

} // namespace ow::store
