#pragma once

#include "base/result.h"

// How a request to onewindow-server failed, decided by the HTTP status first and by the server's error code
// only for the 4xx answers that carry one:
//
//   no answer (connection refused or cut, TLS)   → net.network        retry with backoff
//   no byte for the transfer timeout             → net.timeout        retry with backoff
//   5xx, 408, 429                                → net.server         retry with backoff
//   an answer the API does not promise (garbage) → net.badResponse    retry with backoff
//   401 (token missing, forged, expired)         → net.unauthorized   sign in again, then retry
//   other 4xx with an error body                 → the server's code (protocol/errorcodes.h) with a message
//   in
//                                                  the UI language and the server's own message as detail:
//                                                  a known refusal is final, a known passing state and an
//                                                  unknown code are retried (never silently made final).
namespace ow::net::errc {

inline constexpr ErrorCode kNetwork {"net.network"};
inline constexpr ErrorCode kTimeout {"net.timeout"};
inline constexpr ErrorCode kServer {"net.server"};
inline constexpr ErrorCode kBadResponse {"net.badResponse"};
inline constexpr ErrorCode kUnauthorized {"net.unauthorized"};
inline constexpr ErrorCode kNotConfigured {"net.notConfigured"}; // no server URL: like an unreachable server

} // namespace ow::net::errc

namespace ow::net {

enum class Failure {
    Network, // net.network, net.notConfigured
    Timeout, // net.timeout
    Server, // net.server
    BadResponse, // net.badResponse
    Unauthorized, // net.unauthorized
    Refused, // a 4xx the server explains with a code known to be final
    Passing, // a 4xx the server explains with a code known to be a passing state (retry)
    Unknown, // any other code: retried, and logged once per code
};

Failure failureOf(const Error& error);
// Everything but Refused is tried again.
bool isRetryable(Failure failure);
// The server could not be reached at all (for the connection indicator).
bool isUnreachable(Failure failure);

} // namespace ow::net
