#include "app/sync/syncservice.h"

#include "app/common/logging.h"
#include "app/net/tokenholder.h"
#include "app/sync/outboxworker.h"

#include <QThread>

namespace ow::sync {

SyncService::SyncService(std::shared_ptr<store::LocalStore> store, SyncOptions options,
    std::shared_ptr<net::TokenHolder> tokens, WorkbenchStatus* status, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_options(std::move(options))
    , m_tokens(std::move(tokens))
    , m_status(status)
    , m_clock(clock)
{
    connect(m_tokens.get(), &net::TokenHolder::signedIn, this, &SyncService::signedIn);
    connect(m_tokens.get(), &net::TokenHolder::signInRefused, this, &SyncService::authenticationFailed);
}

SyncService::~SyncService()
{
    stop();
}

void SyncService::start()
{
    if (m_worker)
        return;
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("ow-sync"));
    m_worker = new OutboxWorker(m_store, m_options, m_tokens, m_clock);
    m_worker->moveToThread(m_thread);

    connect(m_worker, &OutboxWorker::queueChanged, this, [this](int n) {
        m_queueLength = n;
        Q_EMIT queueChanged(n);
    });
    connect(m_worker, &OutboxWorker::caseSyncStateChanged, this, &SyncService::caseSyncStateChanged);
    connect(m_worker, &OutboxWorker::statusFeedApplied, this, &SyncService::statusFeedApplied);
    connect(m_worker, &OutboxWorker::connectionChanged, this, &SyncService::connectionChanged);
    connect(m_worker, &OutboxWorker::notSignedIn, this, &SyncService::authenticationFailed);
    connect(m_worker, &OutboxWorker::delivered, this, &SyncService::delivered);
    connect(m_worker, &OutboxWorker::rejected, this, &SyncService::rejected);
    connect(m_worker, &OutboxWorker::retryScheduled, this, &SyncService::retryScheduled);
    connect(m_worker, &OutboxWorker::drained, this, &SyncService::drained);
    connect(m_worker, &OutboxWorker::catalogUpdated, this, &SyncService::catalogUpdated);
    connect(m_worker, &OutboxWorker::catalogRefused, this, &SyncService::catalogRefused);
    connect(m_worker, &OutboxWorker::catalogChecked, this, &SyncService::catalogChecked);
    if (m_status) {
        connect(m_worker, &OutboxWorker::connectionChanged, m_status, &WorkbenchStatus::setConnection);
        connect(m_worker, &OutboxWorker::queueChanged, m_status, &WorkbenchStatus::setQueueLength);
        connect(m_worker, &OutboxWorker::lastSyncChanged, m_status, &WorkbenchStatus::setLastSync);
    }
    m_thread->start();
    QMetaObject::invokeMethod(m_worker, &OutboxWorker::start, Qt::QueuedConnection);
}

void SyncService::stop()
{
    if (!m_worker)
        return;
    QMetaObject::invokeMethod(m_worker, &OutboxWorker::shutdown, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
    delete m_thread;
    m_worker = nullptr;
    m_thread = nullptr;
}

void SyncService::triggerNow()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &OutboxWorker::triggerNow, Qt::QueuedConnection);
}

void SyncService::requeue(const QString& caseUuid)
{
    if (m_worker)
        QMetaObject::invokeMethod(
            m_worker, [w = m_worker, caseUuid] { w->requeue(caseUuid); }, Qt::QueuedConnection);
}

void SyncService::setCredentials(const QString& username, const QString& password)
{
    m_tokens->setCredentials(username, password);
    triggerNow();
}

} // namespace ow::sync
