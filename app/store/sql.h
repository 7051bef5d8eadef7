#pragma once

#include "app/common/result.h"
#include "app/store/errors.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

namespace ow::store {

// Turns a failed query into an Error naming the statement.
Error sqlError(const QSqlQuery& query, const QString& where = {});

// Prepares, binds positional values and executes one statement. Every SQL in the project goes through
// prepared statements like this one.
Result<QSqlQuery> exec(const QSqlDatabase& db, const QString& sql, const QVariantList& values = {});

// Starts a write transaction with BEGIN IMMEDIATE: the write lock is taken at once, waiting up to the busy
// timeout for another connection's writer. A deferred BEGIN that reads first could not upgrade once another
// connection had committed in between (SQLITE_BUSY_SNAPSHOT, without waiting) and would fail the whole
// operation.
Result<void> beginImmediate(QSqlDatabase& db);

// Runs fn inside a write transaction (beginImmediate): commits when it returns ok, rolls back otherwise.
template<typename Fn> auto inTransaction(QSqlDatabase& db, Fn&& fn) -> decltype(fn())
{
    if (auto begun = beginImmediate(db); !begun)
        return begun.error();
    auto result = fn();
    if (!result.ok()) {
        db.rollback();
        return result;
    }
    if (!db.commit()) {
        db.rollback();
        return makeError(errc::kSqlCommit, QStringLiteral("could not commit the transaction"));
    }
    return result;
}

} // namespace ow::store
