#include "app/sync/outboxstore.h"

#include "app/intake/caserepository.h"
#include "app/store/sql.h"
#include "app/sync/errors.h"

#include <QJsonDocument>

namespace ow::sync {

using store::exec;

namespace {

const QString kColumns = QStringLiteral(
    "o.id, o.case_uuid, c.case_number, o.payload, o.state, o.attempts, o.created_at, o.last_try_at, "
    "o.next_try_at, o.error_category, o.last_error, o.request_id, o.delivered_at, o.server_case_id, "
    "o.server_received_at");
const QString kFrom = QStringLiteral(" FROM outbox o LEFT JOIN cases c ON c.uuid = o.case_uuid ");
const QString kHeadId
    = QStringLiteral("(SELECT MIN(m) FROM (SELECT MIN(id) AS m FROM outbox WHERE state = 'queued' "
                     "UNION ALL SELECT MIN(id) FROM outbox WHERE state = 'sending'))");

OutboxEntry entryFrom(const QSqlQuery& q)
{
    OutboxEntry e;
    e.id = q.value(0).toLongLong();
    e.caseUuid = q.value(1).toString();
    e.caseNumber = q.value(2).toString();
    e.payload = q.value(3).toString().toUtf8();
    e.state = outboxStateFromName(q.value(4).toString());
    e.attempts = q.value(5).toInt();
    e.createdAt = fromIsoTime(q.value(6).toString());
    e.lastTryAt = fromIsoTime(q.value(7).toString());
    e.nextTryAt = fromIsoTime(q.value(8).toString());
    e.errorCategory = q.value(9).toString();
    e.lastError = q.value(10).toString();
    e.requestId = q.value(11).toString();
    e.deliveredAt = fromIsoTime(q.value(12).toString());
    e.serverCaseId = q.value(13).toString();
    e.serverReceivedAt = fromIsoTime(q.value(14).toString());
    return e;
}

QVariant nullable(const QString& s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

} // namespace

QString isoTime(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIsoTime(const QString& s)
{
    if (s.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : t;
}

QString outboxStateName(OutboxEntry::State state)
{
    switch (state) {
    case OutboxEntry::State::Queued:
        return QStringLiteral("queued");
    case OutboxEntry::State::Sending:
        return QStringLiteral("sending");
    case OutboxEntry::State::Delivered:
        return QStringLiteral("delivered");
    case OutboxEntry::State::Rejected:
        return QStringLiteral("rejected");
    }
    return QStringLiteral("queued");
}

OutboxEntry::State outboxStateFromName(const QString& name)
{
    if (name == QStringLiteral("sending"))
        return OutboxEntry::State::Sending;
    if (name == QStringLiteral("delivered"))
        return OutboxEntry::State::Delivered;
    if (name == QStringLiteral("rejected"))
        return OutboxEntry::State::Rejected;
    return OutboxEntry::State::Queued;
}

OutboxStore::OutboxStore(std::shared_ptr<store::LocalStore> store)
    : m_store(std::move(store))
{ }

Result<std::optional<OutboxEntry>> OutboxStore::head() const
{
    // The smallest id per state, each one step down the (state, id) index: no sort of the whole queue.
    auto q = exec(m_store->connection(),
        QStringLiteral("SELECT ") + kColumns + kFrom + QStringLiteral("WHERE o.id = ") + kHeadId);
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<OutboxEntry>();
    return std::optional<OutboxEntry>(entryFrom(*q));
}

Result<std::optional<OutboxEntry>> OutboxStore::entry(const QString& caseUuid) const
{
    auto q = exec(m_store->connection(),
        QStringLiteral("SELECT ") + kColumns + kFrom + QStringLiteral("WHERE o.case_uuid = ?"), {caseUuid});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<OutboxEntry>();
    return std::optional<OutboxEntry>(entryFrom(*q));
}

Result<int> OutboxStore::pendingCount() const
{
    auto q = exec(m_store->connection(),
        QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state IN ('queued', 'sending')"));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

Result<QList<OutboxEntry>> OutboxStore::entries(int limit) const
{
    auto q = exec(m_store->connection(),
        QStringLiteral("SELECT ") + kColumns + kFrom + QStringLiteral("ORDER BY o.id DESC LIMIT ?"), {limit});
    if (!q)
        return q.error();
    QList<OutboxEntry> out;
    while (q->next())
        out << entryFrom(*q);
    return out;
}

Result<void> OutboxStore::enqueue(
    const QSqlDatabase& db, const QString& caseUuid, const QJsonObject& payload, const QDateTime& at)
{
    auto r = exec(db,
        QStringLiteral("INSERT INTO outbox (case_uuid, payload, created_at, state) VALUES (?,?,?,'queued')"),
        {caseUuid, QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)), isoTime(at)});
    if (!r)
        return r.error();
    return {};
}

Result<OutboxEntry> OutboxStore::markSending(const OutboxEntry& entry, const QDateTime& now)
{
    QSqlDatabase db = m_store->connection();
    return store::inTransaction(db, [&]() -> Result<OutboxEntry> {
        auto r = exec(db,
            QStringLiteral("UPDATE outbox SET state = 'sending', attempts = attempts + 1, last_try_at = ? "
                           "WHERE id = ? AND state IN ('queued', 'sending')"),
            {isoTime(now), entry.id});
        if (!r)
            return r.error();
        if (r->numRowsAffected() != 1)
            return makeError(
                errc::kOutboxChanged, QStringLiteral("outbox entry %1 is no longer pending").arg(entry.id));
        if (auto s
            = intake::CaseRepository::recordSyncState(db, entry.caseUuid, intake::SyncState::Sending, {});
            !s)
            return s.error();
        OutboxEntry e = entry;
        e.state = OutboxEntry::State::Sending;
        e.attempts += 1;
        e.lastTryAt = now;
        return e;
    });
}

Result<void> OutboxStore::release(const OutboxEntry& entry)
{
    QSqlDatabase db = m_store->connection();
    return store::inTransaction(db, [&]() -> Result<void> {
        auto r = exec(db,
            QStringLiteral(
                "UPDATE outbox SET state = 'queued', next_try_at = NULL WHERE id = ? AND state = 'sending'"),
            {entry.id});
        if (!r)
            return r.error();
        return intake::CaseRepository::recordSyncState(db, entry.caseUuid, intake::SyncState::Queued, {});
    });
}

Result<void> OutboxStore::markDelivered(const OutboxEntry& entry, const protocol::ServerReceipt& receipt,
    const QString& requestId, const QDateTime& now)
{
    QSqlDatabase db = m_store->connection();
    return store::inTransaction(db, [&]() -> Result<void> {
        auto r = exec(db,
            QStringLiteral("UPDATE outbox SET state = 'delivered', delivered_at = ?, server_case_id = ?, "
                           "server_received_at = ?, content_hash = ?, request_id = ?, next_try_at = NULL, "
                           "error_category = NULL, last_error = NULL WHERE id = ?"),
            {isoTime(now), receipt.serverCaseId, isoTime(receipt.receivedAt), receipt.contentHash, requestId,
                entry.id});
        if (!r)
            return r.error();
        // The feed may have reported a return before this confirmation (a run that ended after the server
        // stored the case but before it was marked here).
        return intake::CaseRepository::recordDelivered(
            db, entry.caseUuid, protocol::statusName(receipt.status));
    });
}

Result<void> OutboxStore::markRetry(const OutboxEntry& entry, const QDateTime& nextTryAt,
    ErrorCategory category, const QString& message, const QString& requestId)
{
    QSqlDatabase db = m_store->connection();
    return store::inTransaction(db, [&]() -> Result<void> {
        auto r = exec(db,
            QStringLiteral("UPDATE outbox SET state = 'queued', next_try_at = ?, error_category = ?, "
                           "last_error = ?, request_id = ? WHERE id = ? AND state IN ('queued', 'sending')"),
            {isoTime(nextTryAt), categoryName(category), message, nullable(requestId), entry.id});
        if (!r)
            return r.error();
        return intake::CaseRepository::recordSyncState(
            db, entry.caseUuid, intake::SyncState::Queued, message);
    });
}

Result<void> OutboxStore::markRejected(
    const OutboxEntry& entry, ErrorCategory category, const QString& message, const QString& requestId)
{
    QSqlDatabase db = m_store->connection();
    return store::inTransaction(db, [&]() -> Result<void> {
        auto r = exec(db,
            QStringLiteral("UPDATE outbox SET state = 'rejected', next_try_at = NULL, error_category = ?, "
                           "last_error = ?, request_id = ? WHERE id = ?"),
            {categoryName(category), message, nullable(requestId), entry.id});
        if (!r)
            return r.error();
        return intake::CaseRepository::recordSyncState(
            db, entry.caseUuid, intake::SyncState::Rejected, message);
    });
}

Result<bool> OutboxStore::requeue(const QString& caseUuid)
{
    QSqlDatabase db = m_store->connection();
    return store::inTransaction(db, [&]() -> Result<bool> {
        auto r = exec(db,
            QStringLiteral(
                "UPDATE outbox SET state = 'queued', attempts = 0, next_try_at = NULL, "
                "error_category = NULL, last_error = NULL WHERE case_uuid = ? AND state = 'rejected'"),
            {caseUuid});
        if (!r)
            return r.error();
        if (r->numRowsAffected() != 1)
            return false;
        if (auto s = intake::CaseRepository::recordSyncState(db, caseUuid, intake::SyncState::Queued, {}); !s)
            return s.error();
        return true;
    });
}

Result<void> OutboxStore::clearBackoff()
{
    auto r = exec(
        m_store->connection(), QStringLiteral("UPDATE outbox SET next_try_at = NULL WHERE id = ") + kHeadId);
    if (!r)
        return r.error();
    return {};
}

Result<QString> OutboxStore::meta(const QString& key) const
{
    auto q = exec(m_store->connection(), QStringLiteral("SELECT value FROM sync_meta WHERE key = ?"), {key});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toString() : QString();
}

Result<void> OutboxStore::setMeta(const QString& key, const QString& value, const QDateTime& now)
{
    auto r = exec(m_store->connection(),
        QStringLiteral(
            "INSERT INTO sync_meta (key, value, updated_at) VALUES (?, ?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at"),
        {key, value, isoTime(now)});
    if (!r)
        return r.error();
    return {};
}

} // namespace ow::sync
