#pragma once

#include "app/common/result.h"

#include <QString>

namespace ow::sync {

// What went wrong with a request to the server, and so what the outbox does about it.
enum class ErrorCategory {
    Network, // no connection, connection refused or cut, TLS failure        → retry with backoff
    Timeout, // no byte for the transfer timeout                              → retry with backoff
    Server, // 5xx, 408, 429, or a passing conflict (concurrent upload)       → retry with backoff
    BadResponse, // an answer that is not what the API promises (garbage)     → retry with backoff
    Unauthorized, // 401: the token is missing, forged or expired             → sign in again, then retry
    Rejected, // any other 4xx: the server refuses this case for good         → rejected, reason to the clerk
    Local, // the case cannot be sent from here (payload unreadable, file lost) → rejected, reason to the
           // clerk
};

// Error codes the API client gives the failures it classifies itself; other codes are the server's own
// (error.code of its JSON error body, e.g. "case.conflict").
inline constexpr auto kNetworkError = "sync.network";
inline constexpr auto kTimeoutError = "sync.timeout";
inline constexpr auto kServerError = "sync.server";
inline constexpr auto kBadResponse = "sync.badResponse";
inline constexpr auto kUnauthorized = "sync.unauthorized";
inline constexpr auto kNotConfigured = "sync.notConfigured";
inline constexpr auto kLocalError = "sync.local";

ErrorCategory categoryOf(const Error& error);
// "network", "timeout", "server", "badResponse", "unauthorized", "rejected", "local" (outbox.error_category).
QString categoryName(ErrorCategory category);
// Whether the outbox tries the entry again (everything but Rejected and Local).
bool isRetryable(ErrorCategory category);
// Whether the failure says the server could not be reached at all (for the connection indicator).
bool isUnreachable(ErrorCategory category);

} // namespace ow::sync
