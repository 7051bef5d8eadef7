#pragma once

#include "app/common/clock.h"
#include "app/common/workbenchstatus.h"
#include "app/store/localstore.h"
#include "app/sync/syncoptions.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

class QThread;

namespace ow::net {
class TokenHolder;
}

namespace ow::sync {

class OutboxWorker;

// What the workbench owns to hand its accepted cases to onewindow-server (docs/sync.md). The services object
// (app/services) builds it with the workbench's token holder:
//
//     auto tokens = std::make_shared<ow::net::TokenHolder>(clock);
//     tokens->setCredentials(username, password);          // the one sign-in, shared with the GUI thread
//     ow::sync::SyncOptions options;
//     options.serverUrl = settings.serverUrl();
//     options.attachmentsDir = settings.attachmentsDir();
//     auto* sync = new ow::sync::SyncService(store, options, tokens, &workbenchStatus, clock);
//     sync->start();
//     connect(intakeSession, &IntakeSession::accepted, sync, &SyncService::triggerNow);
//     connect(sync, &SyncService::caseSyncStateChanged, caseListModel, …);
//
// The work happens on a thread of its own with its own SQLite connection and its own Transport; nothing
// here blocks the GUI thread except stop(), which waits for the request in flight to be cancelled.
// Everything local keeps working while the server is unreachable: accepted cases wait in the outbox and go
// out by themselves, oldest first, when it answers again. The WorkbenchStatus given is kept up to date
// (connection, queue length, last successful sync).
class SyncService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncService)
public:
    SyncService(std::shared_ptr<store::LocalStore> store, SyncOptions options,
        std::shared_ptr<net::TokenHolder> tokens, WorkbenchStatus* status = nullptr,
        const Clock& clock = Clock::system(), QObject* parent = nullptr);
    ~SyncService() override; // stops

    void start();
    void stop();
    bool isRunning() const { return m_worker != nullptr; }
    // Last known number of cases waiting to be delivered.
    int queueLength() const { return m_queueLength; }

public Q_SLOTS:
    // Send now: after an acceptance, or when the clerk asks (skips the wait of a backoff once).
    void triggerNow();
    // Puts a rejected case back in the queue once its cause was dealt with.
    void requeue(const QString& caseUuid);
    // Sign in with other credentials (the token in use is dropped), then send at once.
    void setCredentials(const QString& username, const QString& password);

Q_SIGNALS:
    void queueChanged(int length);
    // The sync state of a case changed (CaseRepository::load() shows the new one): refresh its row.
    void caseSyncStateChanged(const QString& caseUuid);
    // The status feed changed these cases (returned for correction, in progress, completed).
    void statusFeedApplied(const QStringList& caseUuids);
    void connectionChanged(ow::WorkbenchStatus::Connection connection);
    // A sign-in succeeded (by this service's transport or any other sharing the token holder).
    void signedIn(
        const QString& token, const QDateTime& expiresAt, const QString& displayName, const QString& role);
    // The server refused the credentials, or nobody is signed in: nothing can be handed over.
    void authenticationFailed(const QString& message);
    void delivered(const QString& caseUuid, const QString& serverCaseId);
    void rejected(const QString& caseUuid, const QString& message);
    void retryScheduled(const QString& caseUuid, const QDateTime& at, const QString& message);
    // Nothing is left to send.
    void drained();
    // The server published a newer catalog and it is now the active one in the local store (load it with
    // CatalogRepository::loadActive()); intakes in progress keep the catalog they began with.
    void catalogUpdated(const QString& version);
    // The newest published catalog does not load or lint here; the active one stays.
    void catalogRefused(const QString& version, const QString& message);
    // The server was asked for a newer catalog (whatever the answer).
    void catalogChecked();

private:
    std::shared_ptr<store::LocalStore> m_store;
    SyncOptions m_options;
    std::shared_ptr<net::TokenHolder> m_tokens;
    QPointer<WorkbenchStatus> m_status;
    const Clock& m_clock;
    QThread* m_thread = nullptr;
    OutboxWorker* m_worker = nullptr;
    int m_queueLength = 0;
};

} // namespace ow::sync
