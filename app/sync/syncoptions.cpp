#include "app/sync/syncoptions.h"

#include <QtGlobal>

#include <algorithm>
#include <cmath>

namespace ow::sync {
namespace {

void overrideFromEnv(const char* name, auto& target, qint64 min, qint64 max)
{
    bool ok = false;
    const qint64 v = qEnvironmentVariable(name).toLongLong(&ok);
    if (ok && v >= min && v <= max)
        target = static_cast<std::remove_reference_t<decltype(target)>>(v);
}

} // namespace

qint64 BackoffPolicy::ceilingMs(int attempts) const
{
    const qint64 floor = std::max<qint64>(1, initialMs);
    const qint64 cap = std::max(floor, maxMs);
    const double grown = double(floor) * std::pow(std::max(1.0, factor), std::max(0, attempts - 1));
    return grown >= double(cap) ? cap : std::max(floor, qint64(grown));
}

qint64 BackoffPolicy::delayMs(int attempts, QRandomGenerator& random) const
{
    const qint64 ceiling = ceilingMs(attempts);
    const double j = std::clamp(jitter, 0.0, 1.0);
    const qint64 cut = qint64(double(ceiling) * j * random.generateDouble());
    return std::max<qint64>(1, ceiling - cut);
}

void SyncOptions::applyEnvironment()
{
    overrideFromEnv("OW_SYNC_BACKOFF_INITIAL_MS", backoff.initialMs, 1, 24 * 3600 * 1000LL);
    overrideFromEnv("OW_SYNC_BACKOFF_MAX_MS", backoff.maxMs, 1, 24 * 3600 * 1000LL);
    overrideFromEnv("OW_SYNC_TIMEOUT_MS", requestTimeoutMs, 100, 3600 * 1000LL);
    overrideFromEnv("OW_SYNC_FEED_INTERVAL_MS", feedIntervalMs, 0, 24 * 3600 * 1000LL);
    overrideFromEnv("OW_SYNC_CHUNK_BYTES", chunkBytes, 1024, 16 * 1024 * 1024LL);
    overrideFromEnv("OW_SYNC_CATALOG_INTERVAL_MS", catalogIntervalMs, 0, 7 * 24 * 3600 * 1000LL);
}

} // namespace ow::sync
