#include "app/sync/syncerror.h"

#include "app/net/errors.h"

namespace ow::sync {

ErrorCategory categoryOf(const Error& error)
{
    if (error.code == errc::kLocal)
        return ErrorCategory::Local;
    switch (net::failureOf(error)) {
    case net::Failure::Network:
        return ErrorCategory::Network;
    case net::Failure::Timeout:
        return ErrorCategory::Timeout;
    case net::Failure::BadResponse:
        return ErrorCategory::BadResponse;
    case net::Failure::Unauthorized:
        return ErrorCategory::Unauthorized;
    case net::Failure::Refused:
        return ErrorCategory::Rejected;
    case net::Failure::Server:
    case net::Failure::Passing:
    case net::Failure::Unknown:
        break;
    }
    return ErrorCategory::Server;
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
