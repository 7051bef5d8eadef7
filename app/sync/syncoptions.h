#pragma once

#include <QRandomGenerator>
#include <QString>
#include <QUrl>

namespace ow::sync {

// Exponential backoff with jitter, capped: the n-th failed attempt waits
// min(maxMs, initialMs * factor^(n-1)), less a random part of up to `jitter` of it (so clients that failed
// together do not all come back together).
struct BackoffPolicy
{
    qint64 initialMs = 2000;
    qint64 maxMs = 5 * 60 * 1000;
    double factor = 2.0;
    double jitter = 0.5; // 0: no jitter; 0.5: the wait is drawn from [delay/2, delay]

    // The wait after `attempts` failed attempts (attempts >= 1).
    qint64 delayMs(int attempts, QRandomGenerator& random) const;
    // Same without jitter: the upper bound of delayMs().
    qint64 ceilingMs(int attempts) const;
};

// Everything the sync worker needs to know. Defaults suit a counter; tests shorten the limits. Who signs in
// is the TokenHolder's business (app/net/tokenholder.h).
struct SyncOptions
{
    QUrl serverUrl; // e.g. AppSettings::serverUrl(); empty: the worker stays offline
    QString attachmentsDir; // AppSettings::attachmentsDir(): where AttachmentStore keeps the files

    BackoffPolicy backoff;
    int requestTimeoutMs = 30000; // QNetworkRequest::setTransferTimeout: no byte for this long aborts
    qint64 chunkBytes = 1024 * 1024; // attachment upload chunk (the server's body limit is 16 MiB)
    int feedIntervalMs = 60000; // status feed poll; 0: never poll
    int feedPageSize = 500;
    // How often the catalog is checked for a newer published version (after a successful feed poll, so the
    // feed must be polled too); 0: never.
    int catalogIntervalMs = 60 * 60 * 1000;
    // With no entry due, the worker still wakes this often to look for new ones (accept() writes them
    // from another thread; SyncService::triggerNow() wakes it at once).
    int idlePollMs = 15000;

    // Overrides from the environment, for tests and field diagnostics: OW_SYNC_BACKOFF_INITIAL_MS,
    // OW_SYNC_BACKOFF_MAX_MS, OW_SYNC_TIMEOUT_MS, OW_SYNC_FEED_INTERVAL_MS, OW_SYNC_CHUNK_BYTES,
    // OW_SYNC_CATALOG_INTERVAL_MS.
    void applyEnvironment();
};

} // namespace ow::sync
