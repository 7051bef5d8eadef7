#pragma once

#include "app/sync/errors.h"
#include "base/result.h"

#include <QString>

namespace ow::sync {

// What the outbox does about a failed attempt (outbox.error_category). The transport classifies by HTTP
// status first (app/net/errors.h); this adds what only the hand-off knows (a case that cannot be sent).
enum class ErrorCategory {
    Network, // no connection, connection refused or cut, TLS failure, no server configured → retry
    Timeout, // no byte for the transfer timeout                                          → retry
    Server, // 5xx, 408, 429, a passing 4xx (concurrent upload), an unknown error code    → retry
    BadResponse, // an answer that is not what the API promises (garbage)                 → retry
    Unauthorized, // 401, or not signed in                                   → sign in again, then retry
    Rejected, // a 4xx the server explains with a final refusal (case.conflict) → rejected, reason to the
              // clerk
    Local, // the case cannot be sent from here (payload unreadable, file lost) → rejected, reason to the
           // clerk
};

ErrorCategory categoryOf(const Error& error);
// "network", "timeout", "server", "badResponse", "unauthorized", "rejected", "local" (outbox.error_category).
QString categoryName(ErrorCategory category);
// Whether the outbox tries the entry again (everything but Rejected and Local).
bool isRetryable(ErrorCategory category);
// Whether the failure says the server could not be reached at all (for the connection indicator).
bool isUnreachable(ErrorCategory category);

} // namespace ow::sync
