#include "app/sync/outboxworker.h"

#include "app/common/logging.h"
#include "app/intake/attachmentstore.h"
#include "app/net/tokenholder.h"
#include "app/net/transport.h"
#include "app/sync/apiclient.h"
#include "app/sync/catalogupdater.h"
#include "app/sync/deliveryjob.h"
#include "app/sync/feedstore.h"
#include "app/sync/outboxstore.h"
#include "app/sync/syncerror.h"

#include <QThread>
#include <QTimer>

namespace ow::sync {

using Connection = WorkbenchStatus::Connection;

OutboxWorker::OutboxWorker(std::shared_ptr<store::LocalStore> store, SyncOptions options,
    std::shared_ptr<net::TokenHolder> tokens, const Clock& clock)
    : m_store(std::move(store))
    , m_options(std::move(options))
    , m_tokens(std::move(tokens))
    , m_clock(clock)
    , m_random(QRandomGenerator::global()->generate())
{ }

OutboxWorker::~OutboxWorker() = default;

QString OutboxWorker::serverKey() const
{
    return m_options.serverUrl.toString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash);
}

void OutboxWorker::start()
{
    if (m_running)
        return;
    m_running = true;
    m_outbox = std::make_unique<OutboxStore>(m_store);
    m_feed = std::make_unique<FeedStore>(m_store);
    m_files = std::make_shared<intake::AttachmentStore>(
        m_store, m_options.attachmentsDir, std::numeric_limits<qint64>::max());
    m_transport = new net::Transport(m_tokens, this);
    m_transport->setBaseUrl(m_options.serverUrl);
    m_transport->setTimeoutMs(m_options.requestTimeoutMs);
    m_api = new ApiClient(m_transport, this);
    m_catalog = new CatalogUpdater(m_store, m_api, this);
    connect(m_catalog, &CatalogUpdater::updated, this, &OutboxWorker::catalogUpdated);
    connect(m_catalog, &CatalogUpdater::refused, this, &OutboxWorker::catalogRefused);
    connect(m_catalog, &CatalogUpdater::checked, this, &OutboxWorker::catalogChecked);
    m_catalogChecked = {};
    m_wake = new QTimer(this);
    m_wake->setSingleShot(true);
    connect(m_wake, &QTimer::timeout, this, &OutboxWorker::pump);
    m_feedTimer = new QTimer(this);
    connect(m_feedTimer, &QTimer::timeout, this, &OutboxWorker::pollFeed);
    if (m_options.feedIntervalMs > 0)
        m_feedTimer->start(m_options.feedIntervalMs);

    if (auto last = m_outbox->meta(QString::fromLatin1(kMetaLastSync)); last && !last->isEmpty())
        Q_EMIT lastSyncChanged(fromIsoTime(*last).toLocalTime());
    if (auto head = m_outbox->head();
        head && head->has_value() && (*head)->state == OutboxEntry::State::Sending)
        qCInfo(lcSync) << "resuming outbox entry" << (*head)->id << "left sending by the last run";
    qCInfo(lcSync) << "sync worker started for" << serverKey() << "on thread" << QThread::currentThread();
    setConnection(m_api->isConfigured() ? Connection::Connecting : Connection::Offline);
    publishQueueLength();
    pump();
    if (m_options.feedIntervalMs > 0)
        pollFeed();
}

void OutboxWorker::shutdown()
{
    if (!m_running)
        return;
    m_running = false;
    flushLastSync();
    if (m_transport)
        m_transport->abortAll();
    if (m_job) {
        const OutboxEntry entry = m_job->entry();
        delete m_job;
        m_job = nullptr;
        if (auto r = m_outbox->release(entry); !r)
            qCWarning(lcSync) << "could not requeue the interrupted entry:" << r.error().message;
    }
    delete m_wake;
    delete m_feedTimer;
    delete m_catalog;
    m_catalog = nullptr;
    delete m_api;
    delete m_transport;
    m_wake = m_feedTimer = nullptr;
    m_api = nullptr;
    m_transport = nullptr;
    m_files.reset();
    m_feedBusy = false;
    qCInfo(lcSync) << "sync worker stopped";
}

void OutboxWorker::triggerNow()
{
    if (!m_running)
        return;
    m_forced = true;
    m_pending = -1; // a case was probably just accepted
    pump();
    pollFeed();
}

void OutboxWorker::pollFeedNow()
{
    pollFeed();
}

void OutboxWorker::requeue(const QString& caseUuid)
{
    if (!m_outbox)
        return;
    auto r = m_outbox->requeue(caseUuid);
    if (!r) {
        qCWarning(lcSync) << "requeue failed:" << r.error().message;
        return;
    }
    if (*r) {
        Q_EMIT caseSyncStateChanged(caseUuid);
        m_pending = -1; // count again
        publishQueueLength();
        schedule(0);
    }
}

void OutboxWorker::schedule(qint64 ms)
{
    if (!m_running || !m_wake)
        return;
    m_wake->start(int(std::clamp<qint64>(ms, 0, std::max(1, m_options.idlePollMs))));
}

void OutboxWorker::setConnection(Connection connection)
{
    if (connection == m_connection)
        return;
    m_connection = connection;
    Q_EMIT connectionChanged(connection);
}

void OutboxWorker::noteSuccess()
{
    setConnection(Connection::Online);
    m_pendingLastSync = m_clock.nowUtc();
    // While the queue drains, the time is written (and the status bar told) at most once a second.
    if (!m_lastSyncWritten.isValid() || m_lastSyncWritten.msecsTo(m_pendingLastSync) >= 1000)
        flushLastSync();
}

void OutboxWorker::flushLastSync()
{
    if (!m_pendingLastSync.isValid() || !m_outbox)
        return;
    const QDateTime at = std::exchange(m_pendingLastSync, QDateTime());
    if (auto r = m_outbox->setMeta(QString::fromLatin1(kMetaLastSync), isoTime(at), at); !r)
        qCWarning(lcSync) << "could not record the last sync:" << r.error().message;
    m_lastSyncWritten = at;
    Q_EMIT lastSyncChanged(at.toLocalTime());
}

void OutboxWorker::publishQueueLength(int delta)
{
    // Counting is a scan of the pending entries: while a long queue drains, the count is kept by hand and
    // taken again at most once a second (the workbench may have accepted more in the meantime).
    if (m_pending < 0 || !m_counted.isValid() || m_counted.elapsed() >= 1000) {
        auto n = m_outbox->pendingCount();
        if (!n)
            return;
        m_pending = *n;
        m_counted.start();
    } else {
        m_pending = std::max(0, m_pending + delta);
    }
    if (m_pending != m_lastPending) {
        m_lastPending = m_pending;
        Q_EMIT queueChanged(m_pending);
    }
}

void OutboxWorker::pump()
{
    if (!m_running || m_job)
        return;
    auto head = m_outbox->head();
    if (!head) {
        qCWarning(lcSync) << "cannot read the outbox:" << head.error().message;
        schedule(m_options.idlePollMs);
        return;
    }
    if (!head->has_value())
        m_pending = -1; // an empty queue: the count is cheap and must be exact
    publishQueueLength();
    if (!head->has_value()) {
        m_forced = false;
        m_headWaitCategory.clear();
        flushLastSync();
        Q_EMIT drained();
        schedule(m_options.idlePollMs);
        return;
    }
    const OutboxEntry& next = **head;
    const QDateTime now = m_clock.nowUtc();
    if (!m_forced && next.nextTryAt.isValid() && next.nextTryAt > now) {
        m_headWaitCategory = next.errorCategory;
        schedule(now.msecsTo(next.nextTryAt));
        return;
    }
    m_forced = false;
    m_headWaitCategory.clear();
    if (!m_api->isConfigured()) {
        setConnection(Connection::Offline);
        schedule(m_options.idlePollMs);
        return;
    }
    auto sending = m_outbox->markSending(next, now);
    if (!sending) {
        qCWarning(lcSync) << "cannot start sending outbox entry" << next.id << ":" << sending.error().message;
        schedule(m_options.backoff.initialMs);
        return;
    }
    Q_EMIT caseSyncStateChanged(next.caseUuid);
    if (m_connection == Connection::Offline)
        setConnection(Connection::Connecting);
    m_job = new DeliveryJob(m_api, m_files, m_options, *sending, this);
    m_job->start([this](const DeliveryOutcome& outcome) { onDeliveryDone(outcome); });
}

void OutboxWorker::onDeliveryDone(const DeliveryOutcome& outcome)
{
    DeliveryJob* job = std::exchange(m_job, nullptr);
    const OutboxEntry entry = job->entry();
    job->deleteLater();
    const QDateTime now = m_clock.nowUtc();

    if (outcome.delivered) {
        if (auto r = m_outbox->markDelivered(entry, outcome.receipt, outcome.requestId, now); !r) {
            // The server has the case; sending it again is answered with the same receipt.
            qCWarning(lcSync) << "could not record the delivery of" << entry.caseUuid << ":"
                              << r.error().message;
            schedule(m_options.backoff.initialMs);
            return;
        }
        qCInfo(lcSync) << "delivered case" << entry.caseNumber << "as" << outcome.receipt.serverCaseId
                       << "after" << entry.attempts << "attempt(s)";
        Q_EMIT caseSyncStateChanged(entry.caseUuid);
        Q_EMIT delivered(entry.caseUuid, outcome.receipt.serverCaseId);
        noteSuccess();
        publishQueueLength(-1);
        schedule(0);
        return;
    }

    const ErrorCategory category = categoryOf(outcome.error);
    if (isRetryable(category)) {
        const qint64 delay = m_options.backoff.delayMs(std::max(1, entry.attempts), m_random);
        const QDateTime at = now.addMSecs(delay);
        if (auto r = m_outbox->markRetry(entry, at, category, outcome.error.message, outcome.requestId); !r)
            qCWarning(lcSync) << "could not record the retry of" << entry.caseUuid << ":"
                              << r.error().message;
        qCInfo(lcSync).noquote() << "case" << entry.caseNumber << "attempt" << entry.attempts << "failed ("
                                 << categoryName(category) << outcome.error.code << outcome.error.where
                                 << "); next try in" << delay << "ms";
        m_headWaitCategory = categoryName(category);
        setConnection(isUnreachable(category) ? Connection::Offline : Connection::Online);
        // A refused sign-in is reported by the token holder; here only that nobody signed in at all.
        if (category == ErrorCategory::Unauthorized && m_tokens->username().isEmpty())
            Q_EMIT notSignedIn(outcome.error.message);
        Q_EMIT caseSyncStateChanged(entry.caseUuid);
        Q_EMIT retryScheduled(entry.caseUuid, at.toLocalTime(), outcome.error.message);
        schedule(delay);
        return;
    }

    if (auto r = m_outbox->markRejected(entry, category, outcome.error.message, outcome.requestId); !r) {
        qCWarning(lcSync) << "could not record the rejection of" << entry.caseUuid << ":"
                          << r.error().message;
        schedule(m_options.backoff.initialMs);
        return;
    }
    qCWarning(lcSync).noquote() << "case" << entry.caseNumber << "rejected (" << categoryName(category)
                                << outcome.error.code << "):" << outcome.error.message;
    if (category == ErrorCategory::Rejected)
        setConnection(Connection::Online);
    Q_EMIT caseSyncStateChanged(entry.caseUuid);
    Q_EMIT rejected(entry.caseUuid, outcome.error.message);
    publishQueueLength(-1);
    schedule(0);
}

void OutboxWorker::pollFeed()
{
    if (!m_running || m_feedBusy || !m_api->isConfigured())
        return;
    // Without a token or a way to get one the feed would only collect refusals.
    if (m_tokens->validToken().isEmpty() && !m_tokens->canSignIn())
        return;
    m_feedBusy = true;
    fetchFeedPage();
}

void OutboxWorker::fetchFeedPage()
{
    auto cursor = m_feed->cursor(serverKey());
    if (!cursor) {
        m_feedBusy = false;
        qCWarning(lcSync) << "cannot read the feed cursor:" << cursor.error().message;
        return;
    }
    m_api->changes(*cursor, m_options.feedPageSize, [this](Result<protocol::ChangesPage> page) {
        if (!page) {
            m_feedBusy = false;
            const ErrorCategory category = categoryOf(page.error());
            qCInfo(lcSync) << "status feed poll failed:" << categoryName(category) << page.error().code;
            if (isUnreachable(category))
                setConnection(Connection::Offline);
            return;
        }
        auto changed = m_feed->apply(*page, serverKey(), m_clock.nowUtc());
        if (!changed) {
            m_feedBusy = false;
            qCWarning(lcSync) << "cannot apply the status feed:" << changed.error().message;
            return;
        }
        if (!page->events.isEmpty())
            qCInfo(lcSync) << "status feed:" << page->events.size() << "event(s)," << changed->size()
                           << "local case(s) changed, cursor" << page->cursor;
        noteSuccess();
        if (!changed->isEmpty())
            Q_EMIT statusFeedApplied(*changed);
        // The server answers again: an entry waiting because it was unreachable need not wait any longer.
        if (!m_job
            && (m_headWaitCategory == categoryName(ErrorCategory::Network)
                || m_headWaitCategory == categoryName(ErrorCategory::Timeout))) {
            m_forced = true;
            schedule(0);
        }
        if (page->hasMore) {
            fetchFeedPage();
            return;
        }
        m_feedBusy = false;
        checkCatalogIfDue();
    });
}

void OutboxWorker::checkCatalogIfDue()
{
    if (!m_catalog || m_options.catalogIntervalMs <= 0)
        return;
    const QDateTime now = m_clock.nowUtc();
    if (m_catalogChecked.isValid() && m_catalogChecked.msecsTo(now) < m_options.catalogIntervalMs)
        return;
    m_catalogChecked = now;
    m_catalog->check();
}

} // namespace ow::sync
