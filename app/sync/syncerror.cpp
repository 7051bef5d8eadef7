#include "app/sync/syncerror.h"

namespace ow::sync {

ErrorCategory categoryOf(const Error& error)
{
    const QString& c = error.code;
    if (c == QLatin1String(kNetworkError) || c == QLatin1String(kNotConfigured))
        return ErrorCategory::Network;
    if (c == QLatin1String(kTimeoutError))
        return ErrorCategory::Timeout;
    if (c == QLatin1String(kServerError))
        return ErrorCategory::Server;
    if (c == QLatin1String(kBadResponse))
        return ErrorCategory::BadResponse;
    if (c == QLatin1String(kUnauthorized))
        return ErrorCategory::Unauthorized;
    if (c == QLatin1String(kLocalError))
        return ErrorCategory::Local;
    // Server codes that describe a passing state rather than a fault of the case: another upload of the same
    // file moved on at the same time, an upload offset that moved (the uploader asks again), bytes that were
    // damaged on the way (the server stored nothing), and an upload the server has not fully received yet,
    // and a local database hiccup.
    if (c == QStringLiteral("attachment.concurrent") || c == QStringLiteral("attachment.offset")
        || c == QStringLiteral("attachment.hashMismatch") || c == QStringLiteral("attachment.rangeLength")
        || c == QStringLiteral("case.attachmentsIncomplete") || c == QStringLiteral("server.database")
        || c.startsWith(QStringLiteral("sql.")))
        return ErrorCategory::Server;
    return ErrorCategory::Rejected;
}

QString categoryName(ErrorCategory category)
{
    switch (category) {
    case ErrorCategory::Network:
        return QStringLiteral("network");
    case ErrorCategory::Timeout:
        return QStringLiteral("timeout");
    case ErrorCategory::Server:
        return QStringLiteral("server");
    case ErrorCategory::BadResponse:
        return QStringLiteral("badResponse");
    case ErrorCategory::Unauthorized:
        return QStringLiteral("unauthorized");
    case ErrorCategory::Rejected:
        return QStringLiteral("rejected");
    case ErrorCategory::Local:
        return QStringLiteral("local");
    }
    return QStringLiteral("server");
}

bool isRetryable(ErrorCategory category)
{
    return category != ErrorCategory::Rejected && category != ErrorCategory::Local;
}

bool isUnreachable(ErrorCategory category)
{
    return category == ErrorCategory::Network || category == ErrorCategory::Timeout;
}

} // namespace ow::sync
