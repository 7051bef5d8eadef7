#pragma once

#include "app/common/result.h"
#include "app/intake/casedata.h"
#include "app/store/localstore.h"
#include "app/sync/syncerror.h"
#include "protocol/casestatus.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>

#include <memory>
#include <optional>

namespace ow::sync {

// One row of the outbox (migrations 0004 and 0005).
struct OutboxEntry
{
    enum class State { Queued, Sending, Delivered, Rejected };

    qint64 id = 0;
    QString caseUuid;
    QString caseNumber;
    QByteArray payload; // the CaseSubmission JSON, sent as is
    State state = State::Queued;
    int attempts = 0; // attempts begun
    QDateTime createdAt;
    QDateTime lastTryAt;
    QDateTime nextTryAt; // invalid: due now
    QString errorCategory;
    QString lastError;
    QString requestId;
    QDateTime deliveredAt;
    QString serverCaseId;
    QDateTime serverReceivedAt;
};

QString outboxStateName(OutboxEntry::State state);
OutboxEntry::State outboxStateFromName(const QString& name);

// The outbox (its only writer) and, through the intake's CaseRepository, the cases' sync state, written
// together: each change of an entry and of its case's sync_state/sync_message is one transaction. Used on the
// sync worker's thread through that thread's connection of the local store.
class OutboxStore
{
public:
    explicit OutboxStore(std::shared_ptr<store::LocalStore> store);

    // The entry to send next: the oldest one that is queued, or left sending by a run that ended in the
    // middle. Entries are sent strictly in this order; a rejected entry no longer holds up the ones after it.
    Result<std::optional<OutboxEntry>> head() const;
    Result<std::optional<OutboxEntry>> entry(const QString& caseUuid) const;
    // Entries not yet delivered or rejected.
    Result<int> pendingCount() const;
    // Newest first.
    Result<QList<OutboxEntry>> entries(int limit = 100) const;

    // Queues an accepted case's payload inside the acceptance transaction on `db` (Handoff::enqueue).
    static Result<void> enqueue(
        const QSqlDatabase& db, const QString& caseUuid, const QJsonObject& payload, const QDateTime& at);

    // An attempt begins: state sending, attempts + 1, last_try_at; the case shows "sending".
    Result<OutboxEntry> markSending(const OutboxEntry& entry, const QDateTime& now);
    // An attempt was interrupted by an orderly stop: the entry and its case are queued again, due at once.
    Result<void> release(const OutboxEntry& entry);
    // The server confirmed the case: its receipt is kept and the case shows "delivered" (or "returned" when
    // the status feed already said so).
    Result<void> markDelivered(const OutboxEntry& entry, const protocol::ServerReceipt& receipt,
        const QString& requestId, const QDateTime& now);
    // The attempt failed and will be repeated at nextTryAt; the case shows "queued" with the reason.
    Result<void> markRetry(const OutboxEntry& entry, const QDateTime& nextTryAt, ErrorCategory category,
        const QString& message, const QString& requestId);
    // The server refused the case for good (or it cannot be sent from here); the case shows "rejected" with
    // the reason.
    Result<void> markRejected(
        const OutboxEntry& entry, ErrorCategory category, const QString& message, const QString& requestId);
    // Puts a rejected entry back in the queue at its original place (after the cause was fixed).
    Result<bool> requeue(const QString& caseUuid);
    // Makes the head entry due now (the clerk asked to send now).
    Result<void> clearBackoff();

    // The sync module's key/value state (sync_meta).
    Result<QString> meta(const QString& key) const;
    Result<void> setMeta(const QString& key, const QString& value, const QDateTime& now);

    std::shared_ptr<store::LocalStore> store() const { return m_store; }

private:
    std::shared_ptr<store::LocalStore> m_store;
};

// Keys of sync_meta.
inline constexpr auto kMetaLastSync = "lastSync";
inline constexpr auto kMetaFeedCursor = "feed.cursor";
inline constexpr auto kMetaFeedServer = "feed.server";

// ISO 8601 UTC with milliseconds, as the local store keeps times.
QString isoTime(const QDateTime& t);
QDateTime fromIsoTime(const QString& s);

} // namespace ow::sync
