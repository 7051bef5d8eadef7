#pragma once

#include "app/common/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace ow::store {

// One numbered, forward-only schema step. Applied inside one transaction together with its version row.
struct Migration
{
    int version = 0;
    QString name;
    QStringList statements;
};

// Splits an SQL script into statements (";" at line end), keeping CREATE TRIGGER … END; and $$-quoted bodies
// whole.
QStringList splitSqlScript(const QString& script);

// Loads "NNNN_name.sql" files from a directory (usually a resource directory), ordered by number.
// A file "NNNN_name.DRIVER.sql" (e.g. ".QPSQL.sql") replaces the plain one for that driver.
Result<QList<Migration>> loadMigrations(const QString& directory, const QString& driverName = {});

// The schema version recorded in the database (0 for an empty database).
Result<int> schemaVersion(const QSqlDatabase& db);

// Brings the database to the last migration's version. Refuses a database newer than the migrations know;
// a failing migration is rolled back whole and the database keeps its previous version.
Result<int> migrate(QSqlDatabase& db, const QList<Migration>& migrations);

} // namespace ow::store
