#include "app/store/sql.h"

#include "app/store/errors.h"

#include <QSqlError>

namespace ow::store {

Error sqlError(const QSqlQuery& query, const QString& where)
{
    const QString what = query.lastError().text();
    return makeError(errc::kSqlError, what, where.isEmpty() ? query.lastQuery().left(200) : where);
}

Result<QSqlQuery> exec(const QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    QSqlQuery q(db);
    if (!q.prepare(sql))
        return sqlError(q, sql.left(200));
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(q, sql.left(200));
    return q;
}

Result<void> beginImmediate(QSqlDatabase& db)
{
    if (db.driverName() != QStringLiteral("QSQLITE")) {
        if (!db.transaction())
            return makeError(errc::kSqlTransaction,
                QStringLiteral("could not begin a transaction: %1").arg(db.lastError().text()));
        return {};
    }
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return makeError(errc::kSqlTransaction,
            QStringLiteral("could not begin a transaction: %1").arg(q.lastError().text()));
    return {};
}

} // namespace ow::store
