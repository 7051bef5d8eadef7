#include "app/sync/feedstore.h"

#include "app/store/sql.h"
#include "app/sync/outboxstore.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ow::sync {

using store::exec;

namespace {

Result<void> putMeta(const QSqlDatabase& db, const QString& key, const QString& value, const QDateTime& now)
{
    auto r = exec(db,
        QStringLiteral(
            "INSERT INTO sync_meta (key, value, updated_at) VALUES (?, ?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at"),
        {key, value, isoTime(now)});
    if (!r)
        return r.error();
    return {};
}

} // namespace

FeedStore::FeedStore(std::shared_ptr<store::LocalStore> store)
    : m_store(std::move(store))
{ }

Result<qint64> FeedStore::cursor(const QString& server) const
{
    auto q
        = exec(m_store->connection(), QStringLiteral("SELECT key, value FROM sync_meta WHERE key IN (?, ?)"),
            {QString::fromLatin1(kMetaFeedServer), QString::fromLatin1(kMetaFeedCursor)});
    if (!q)
        return q.error();
    QString storedServer;
    qint64 cursor = 0;
    while (q->next()) {
        if (q->value(0).toString() == QLatin1String(kMetaFeedServer))
            storedServer = q->value(1).toString();
        else
            cursor = q->value(1).toLongLong();
    }
    return storedServer == server ? cursor : 0;
}

Result<QStringList> FeedStore::apply(
    const protocol::ChangesPage& page, const QString& server, const QDateTime& now)
{
    QSqlDatabase db = m_store->connection();
    return store::inTransaction(db, [&]() -> Result<QStringList> {
        QStringList changed;
        for (const protocol::StatusEvent& e : page.events) {
            const QString status = protocol::statusName(e.status);
            const bool returned = e.status == protocol::CaseStatus::Returned;
            const QString reasons = QString::fromUtf8(
                QJsonDocument(QJsonArray::fromStringList(e.reasons)).toJson(QJsonDocument::Compact));
            const QVariant message = returned && !e.reasons.isEmpty()
                ? QVariant(e.reasons.join(QStringLiteral("; ")))
                : QVariant();
            auto r = exec(db,
                QStringLiteral(
                    "UPDATE cases SET server_status = ?, server_reasons = ?, server_updated_at = ?, "
                    "server_cursor = ?, "
                    "sync_message = CASE WHEN sync_state IN ('delivered', 'returned') THEN ? ELSE "
                    "sync_message END, "
                    "sync_state = CASE WHEN sync_state IN ('delivered', 'returned') THEN ? ELSE sync_state "
                    "END "
                    "WHERE uuid = ? AND COALESCE(server_cursor, 0) < ?"),
                {status, reasons, isoTime(e.at), e.cursor, message,
                    returned ? QStringLiteral("returned") : QStringLiteral("delivered"), e.uuid, e.cursor});
            if (!r)
                return r.error();
            if (r->numRowsAffected() > 0 && !changed.contains(e.uuid))
                changed << e.uuid;
        }
        if (auto m = putMeta(db, QString::fromLatin1(kMetaFeedServer), server, now); !m)
            return m.error();
        if (auto m = putMeta(db, QString::fromLatin1(kMetaFeedCursor), QString::number(page.cursor), now); !m)
            return m.error();
        return changed;
    });
}

} // namespace ow::sync
