#pragma once

#include "app/common/clock.h"
#include "app/common/workbenchstatus.h"
#include "app/store/localstore.h"
#include "app/sync/syncoptions.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QRandomGenerator>
#include <QStringList>

#include <memory>

class QTimer;

namespace ow::intake {
class AttachmentStore;
}
namespace ow::net {
class TokenHolder;
class Transport;
} // namespace ow::net

namespace ow::sync {

class ApiClient;
class CatalogUpdater;
class DeliveryJob;
class FeedStore;
class OutboxStore;
struct DeliveryOutcome;

// The hand-off engine. Lives on its own thread (SyncService creates it there) and uses that thread's SQLite
// connection and its own Transport (sharing the workbench's TokenHolder). Sends the outbox strictly oldest
// first, one entry at a time; keeps the retry state in the database; polls the status feed; reports through
// signals (delivered across threads by queued connections). Times (backoff, last sync, the catalog check)
// come from the Clock. Every slot must be called on the worker's thread (SyncService uses queued
// invocations).
class OutboxWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutboxWorker)
public:
    OutboxWorker(std::shared_ptr<store::LocalStore> store, SyncOptions options,
        std::shared_ptr<net::TokenHolder> tokens, const Clock& clock);
    ~OutboxWorker() override;

public Q_SLOTS:
    void start();
    // Aborts the request in flight (its entry is queued again), stops the timers, releases the network.
    void shutdown();
    // Sends the head entry now even if it waits for its backoff, and polls the feed.
    void triggerNow();
    void pollFeedNow();
    void requeue(const QString& caseUuid);

Q_SIGNALS:
    void queueChanged(int pending);
    void caseSyncStateChanged(const QString& caseUuid);
    void statusFeedApplied(const QStringList& caseUuids);
    void connectionChanged(ow::WorkbenchStatus::Connection connection);
    void lastSyncChanged(const QDateTime& at);
    // Nobody is signed in (no credentials), so nothing can be handed over.
    void notSignedIn(const QString& message);
    void delivered(const QString& caseUuid, const QString& serverCaseId);
    void rejected(const QString& caseUuid, const QString& message);
    void retryScheduled(const QString& caseUuid, const QDateTime& at, const QString& message);
    // The outbox has nothing left to send (emitted each time the worker finds it empty).
    void drained();
    // A newer catalog from the server is now the active one in the local store.
    void catalogUpdated(const QString& version);
    void catalogRefused(const QString& version, const QString& message);
    void catalogChecked();

private:
    void schedule(qint64 ms);
    void pump();
    void onDeliveryDone(const DeliveryOutcome& outcome);
    void pollFeed();
    void fetchFeedPage();
    void checkCatalogIfDue();
    void setConnection(WorkbenchStatus::Connection connection);
    void noteSuccess();
    void flushLastSync();
    // Emits queueChanged when the number of pending entries changed; delta adjusts the last count.
    void publishQueueLength(int delta = 0);
    QString serverKey() const;

    std::shared_ptr<store::LocalStore> m_store;
    SyncOptions m_options;
    std::shared_ptr<net::TokenHolder> m_tokens;
    const Clock& m_clock;
    std::unique_ptr<OutboxStore> m_outbox;
    std::unique_ptr<FeedStore> m_feed;
    std::shared_ptr<intake::AttachmentStore> m_files;
    net::Transport* m_transport = nullptr;
    ApiClient* m_api = nullptr;
    QTimer* m_wake = nullptr;
    QTimer* m_feedTimer = nullptr;
    DeliveryJob* m_job = nullptr;
    CatalogUpdater* m_catalog = nullptr;
    QDateTime m_catalogChecked; // invalid: not checked since start
    QRandomGenerator m_random;
    WorkbenchStatus::Connection m_connection = WorkbenchStatus::Connection::Offline;
    QString m_headWaitCategory; // error category of the head entry while it waits for its backoff
    QDateTime m_pendingLastSync; // a success not yet written to sync_meta
    QDateTime m_lastSyncWritten;
    int m_pending = -1; // pending entries as last counted and adjusted; -1: count again
    QElapsedTimer m_counted;
    int m_lastPending = -1;
    bool m_running = false;
    bool m_forced = false;
    bool m_feedBusy = false;
};

} // namespace ow::sync
