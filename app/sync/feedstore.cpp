#include "app/sync/feedstore.h"

#include "app/intake/caserepository.h"
#include "app/store/sql.h"
#include "app/sync/outboxstore.h"

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
            intake::CaseRepository::ServerStatus status;
            status.uuid = e.uuid;
            status.status = protocol::statusName(e.status);
            status.reasons = e.reasons;
            status.at = e.at;
            status.cursor = e.cursor;
            status.returned = e.status == protocol::CaseStatus::Returned;
            auto r = intake::CaseRepository::recordServerStatus(db, status);
            if (!r)
                return r.error();
            if (*r && !changed.contains(e.uuid))
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
