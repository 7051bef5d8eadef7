#include "app/store/migrations.h"

#include "app/common/logging.h"
#include "app/store/errors.h"
#include "app/store/sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace ow::store {

QStringList splitSqlScript(const QString& script)
{
    static const QRegularExpression triggerRe(
        QStringLiteral("^\\s*CREATE\\s+(TEMP\\s+|TEMPORARY\\s+)?TRIGGER\\b"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList statements;
    QString current;
    bool inDollar = false;
    const QStringList lines = script.split(u'\n');
    for (const QString& rawLine : lines) {
        const QString line = rawLine.trimmed();
        if (!inDollar && (line.isEmpty() || line.startsWith(QStringLiteral("--"))))
            continue;
        current += rawLine + u'\n';
        if (rawLine.count(QStringLiteral("$$")) % 2 == 1)
            inDollar = !inDollar;
        if (inDollar || !line.endsWith(u';'))
            continue;
        if (triggerRe.match(current).hasMatch()
            && line.compare(QStringLiteral("END;"), Qt::CaseInsensitive) != 0)
            continue;
        statements << current.trimmed();
        current.clear();
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

Result<QList<Migration>> loadMigrations(const QString& directory, const QString& driverName)
{
    static const QRegularExpression nameRe(
        QStringLiteral("^(\\d{4})_([A-Za-z0-9_]+?)(?:\\.([A-Z]+))?\\.sql$"));
    QDir dir(directory);
    if (!dir.exists())
        return makeError(errc::kMigrationsMissing,
            QCoreApplication::translate("ow::store", "Migration folder %1 does not exist.").arg(directory));
    QMap<int, Migration> byVersion;
    QMap<int, bool> hasDriverVariant;
    const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        const auto m = nameRe.match(file);
        if (!m.hasMatch())
            return makeError(errc::kMigrationsName,
                QCoreApplication::translate("ow::store", "Migration file %1 is not named NNNN_name.sql.")
                    .arg(file));
        const int version = m.captured(1).toInt();
        const QString variant = m.captured(3);
        if (!variant.isEmpty() && variant != driverName)
            continue;
        if (variant.isEmpty() && hasDriverVariant.value(version))
            continue;
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            return makeError(errc::kMigrationsRead, f.errorString(), file);
        Migration mig {version, m.captured(2), splitSqlScript(QString::fromUtf8(f.readAll()))};
        if (!variant.isEmpty())
            hasDriverVariant[version] = true;
        byVersion.insert(version, mig);
    }
    QList<Migration> out = byVersion.values();
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (out[i].version != i + 1)
            return makeError(errc::kMigrationsGap,
                QCoreApplication::translate(
                    "ow::store", "Migrations must be numbered 1, 2, 3, … without gaps; found %1.")
                    .arg(out[i].version));
    }
    return out;
}

Result<int> schemaVersion(const QSqlDatabase& db)
{
    if (!db.tables().contains(QStringLiteral("schema_version")))
        return 0;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version")) || !q.next())
        return sqlError(q, QStringLiteral("schema_version"));
    return q.value(0).toInt();
}

Result<int> migrate(QSqlDatabase& db, const QList<Migration>& migrations)
{
    const int latest = migrations.isEmpty() ? 0 : migrations.last().version;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral(
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT "
            "NULL, applied_at TEXT NOT NULL)")))
        return sqlError(q, QStringLiteral("schema_version"));
    auto current = schemaVersion(db);
    if (!current)
        return current.error();
    if (*current > latest)
        return makeError(errc::kTooNew,
            QCoreApplication::translate("ow::store",
                "This database was written by a newer version of OneWindow "
                "(schema %1; this program knows up to %2). Update OneWindow "
                "before opening it.")
                .arg(*current)
                .arg(latest),
            db.databaseName());
    for (const Migration& m : migrations) {
        if (m.version <= *current)
            continue;
        // Under the write lock, and looked at again: another process opening the same file may have
        // migrated it meanwhile.
        if (auto begun = beginImmediate(db); !begun)
            return begun.error();
        auto now = schemaVersion(db);
        if (!now || *now >= m.version) {
            db.rollback();
            if (!now)
                return now.error();
            continue;
        }
        for (const QString& statement : m.statements) {
            QSqlQuery step(db);
            if (!step.exec(statement)) {
                Error e = sqlError(
                    step, QStringLiteral("migration %1_%2").arg(m.version, 4, 10, QChar(u'0')).arg(m.name));
                db.rollback();
                qCWarning(lcStore) << "migration" << m.version << "failed and was rolled back:" << e.message;
                return e;
            }
        }
        QSqlQuery mark(db);
        mark.prepare(
            QStringLiteral("INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)"));
        mark.addBindValue(m.version);
        mark.addBindValue(m.name);
        mark.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        if (!mark.exec()) {
            Error e = sqlError(mark, QStringLiteral("schema_version"));
            db.rollback();
            return e;
        }
        if (!db.commit()) {
            db.rollback();
            return makeError(errc::kSqlCommit, db.lastError().text());
        }
        qCInfo(lcStore) << "migrated to schema" << m.version << m.name;
    }
    return latest;
}

} // namespace ow::store
