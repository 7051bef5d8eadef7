#pragma once

#include "base/result.h"

// Error codes of the sync module. Failures of requests to the server carry the transport's codes
// (app/net/errors.h) or the server's own (protocol/errorcodes.h).
namespace ow::sync::errc {

// The case cannot be sent from here (payload unreadable, file lost): rejected, reason to the clerk.
inline constexpr ErrorCode kLocal {"sync.local"};
// An upload that does not progress although the server answers: tried again later.
inline constexpr ErrorCode kUploadStalled {"sync.uploadStalled"};
// The outbox entry changed under the worker (another process sent it).
inline constexpr ErrorCode kOutboxChanged {"sync.outboxChanged"};
// A catalog published under one version that calls itself another.
inline constexpr ErrorCode kCatalogVersionMismatch {"sync.catalogVersionMismatch"};

} // namespace ow::sync::errc
