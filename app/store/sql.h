#pragma once

#include "app/common/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

namespace ow::store {

// Turns a failed query into an Error naming the statement.
Error sqlError(const QSqlQuery& query, const QString& where = {});

// Prepares, binds positional values and executes one statement. Every SQL in the project goes through
// prepared statements like this one.
Result<QSqlQuery> exec(const QSqlDatabase& db, const QString& sql, const QVariantList& values = {});

// Runs fn inside a transaction: commits when it returns ok, rolls back otherwise.
template<typename Fn> auto inTransaction(QSqlDatabase& db, Fn&& fn) -> decltype(fn())
{
    if (!db.transaction())
        return makeError(QStringLiteral("sql.transaction"), QStringLiteral("could not begin a transaction"));
    auto result = fn();
    if (!result.ok()) {
        db.rollback();
        return result;
    }
    if (!db.commit()) {
        db.rollback();
        return makeError(QStringLiteral("sql.commit"), QStringLiteral("could not commit the transaction"));
    }
    return result;
}

} // namespace ow::store
