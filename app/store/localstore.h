#pragma once

#include "app/common/result.h"
#include "app/store/migrations.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace ow::store {

// The workbench's local SQLite database. One named connection per thread (Qt SQL connections must not cross
// threads), WAL journal verified after the pragma, foreign keys on, synchronous=NORMAL, busy timeout.
class LocalStore
{
public:
    // Opens or creates the file and brings its schema up to date with the client migrations.
    static Result<std::shared_ptr<LocalStore>> open(const QString& path);
    // Same with an explicit migration list (tests of the migration mechanism).
    static Result<std::shared_ptr<LocalStore>> open(const QString& path, const QList<Migration>& migrations);
    // The client migrations embedded in the program (":/migrations/client").
    static Result<QList<Migration>> clientMigrations();
    // Opens a SQLite connection with the store's pragmas (used for each thread's connection).
    static Result<QSqlDatabase> openConnection(const QString& path, const QString& connectionName);

    ~LocalStore();
    LocalStore(const LocalStore&) = delete;
    LocalStore& operator=(const LocalStore&) = delete;

    // This thread's connection; opened on first use in the thread, closed when the thread ends.
    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    int schemaVersion() const { return m_schemaVersion; }

private:
    explicit LocalStore(QString path);
    QString m_path;
    QString m_id;
    int m_schemaVersion = 0;
};

} // namespace ow::store
