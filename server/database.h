#pragma once

#include "app/common/result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <memory>

namespace ow::server {

// Where the server keeps its data: an SQLite file in a data folder, or a PostgreSQL database.
struct DatabaseConfig
{
    QString driver; // "QSQLITE" | "QPSQL"
    QString sqlitePath;
    QString host;
    int port = 5432;
    QString name;
    QString user;
    QString password;

    bool isPostgres() const { return driver == QStringLiteral("QPSQL"); }
    // "postgresql://user:pass@host:port/db" (also "postgres://").
    static Result<DatabaseConfig> fromUrl(const QString& url);
    static DatabaseConfig sqlite(const QString& dataDir);
    QString describe() const; // for logs, without the password
};

using Row = QVariantList;

// One worker thread's connection with its cache of prepared statements. Every statement is prepared once
// per connection and executed with bound values; rows are copied out and the statement is finished before
// the call returns, so no cursor stays open across calls.
class Session
{
public:
    Session(QSqlDatabase db, bool postgres);
    ~Session();
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;

    bool isPostgres() const { return m_postgres; }
    QSqlDatabase& database() { return m_db; }

    Result<QList<Row>> select(const QString& sql, const QVariantList& values = {});
    // First row or an empty Row when there is none.
    Result<Row> selectOne(const QString& sql, const QVariantList& values = {});
    // Number of rows affected.
    Result<int> execute(const QString& sql, const QVariantList& values = {});

    // A write transaction: BEGIN IMMEDIATE on SQLite (so two writers never deadlock on a lock upgrade),
    // BEGIN on PostgreSQL.
    Result<void> begin();
    Result<void> commit();
    void rollback();

    // Runs fn (returning Result<T>) in a write transaction: commits when it succeeds, rolls back otherwise.
    template<typename Fn> auto transaction(Fn&& fn) -> decltype(fn())
    {
        if (auto b = begin(); !b)
            return b.error();
        auto result = fn();
        if (!result.ok()) {
            rollback();
            return result;
        }
        if (auto c = commit(); !c)
            return c.error();
        return result;
    }

private:
    Result<QSqlQuery*> prepared(const QString& sql);
    Result<QSqlQuery*> run(const QString& sql, const QVariantList& values);

    QSqlDatabase m_db;
    bool m_postgres = false;
    bool m_inTransaction = false;
    QHash<QString, QSqlQuery*> m_statements;
};

// The server database: opens it, migrates it (under a lock, so several processes may start together) and
// hands each thread its own Session.
class Database
{
public:
    static Result<std::shared_ptr<Database>> open(const DatabaseConfig& config);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    const DatabaseConfig& config() const { return m_config; }
    bool isPostgres() const { return m_config.isPostgres(); }
    int schemaVersion() const { return m_schemaVersion; }

    // This thread's session; opened on first use, reopened after a lost connection, closed with the thread.
    Result<Session*> session() const;
    // Marks this thread's session as broken (e.g. after a connection error) so the next call reopens it.
    void dropSession() const;

private:
    explicit Database(DatabaseConfig config);
    Result<QSqlDatabase> openConnection(const QString& name) const;
    Result<void> migrate();

    DatabaseConfig m_config;
    QString m_id;
    int m_schemaVersion = 0;
};

} // namespace ow::server
