#pragma once

#include "base/result.h"

// The error codes onewindow-server answers with (error.code of its JSON error body, docs/api/openapi.yaml),
// as the workbench knows them. A code not listed here is still passed on; the workbench retries a request
// refused with an unknown code rather than giving it up (app/net/servererrors.h).
namespace ow::protocol::errc {

// Sign-in and permissions.
inline constexpr ErrorCode kAuthMissing {"auth.missing"}; // 401
inline constexpr ErrorCode kAuthInvalid {"auth.invalid"}; // 401
inline constexpr ErrorCode kAuthExpired {"auth.expired"}; // 401
inline constexpr ErrorCode kAuthThrottled {"auth.throttled"}; // 429
inline constexpr ErrorCode kAuthHall {"auth.hall"}; // 403: another hall's case
inline constexpr ErrorCode kAuthRole {"auth.role"}; // 403

// Requests the server cannot take as sent.
inline constexpr ErrorCode kRequestNotFound {"request.notFound"};
inline constexpr ErrorCode kRequestMethod {"request.method"};
inline constexpr ErrorCode kRequestTooLarge {"request.tooLarge"};
inline constexpr ErrorCode kRequestHeadersTooLarge {"request.headersTooLarge"};
inline constexpr ErrorCode kRequestLengthRequired {"request.lengthRequired"};
inline constexpr ErrorCode kRequestBadPath {"request.badPath"};
inline constexpr ErrorCode kRequestInvalidParameter {"request.invalidParameter"};
inline constexpr ErrorCode kRequestInvalidQuery {"request.invalidQuery"};
inline constexpr ErrorCode kRequestCaseUuid {"request.caseUuid"};

// Strict JSON parsing of a body: kMissingField, kWrongType, kUnknownField, kInvalidValue and kMalformedJson
// in protocol/jsonreader.h.

// Cases.
inline constexpr ErrorCode kCaseNotFound {"case.notFound"};
inline constexpr ErrorCode kCaseConflict {"case.conflict"}; // the uuid is taken by other content
inline constexpr ErrorCode kCaseUuidMismatch {"case.uuidMismatch"};
inline constexpr ErrorCode kCaseTransition {"case.transition"};
inline constexpr ErrorCode kCaseIncomplete {"case.incomplete"};
inline constexpr ErrorCode kCaseAttachmentsIncomplete {
    "case.attachmentsIncomplete"}; // upload them, try again

// Attachments (resumable upload by SHA-256).
inline constexpr ErrorCode kAttachmentConcurrent {"attachment.concurrent"}; // another upload moved on
inline constexpr ErrorCode kAttachmentOffset {"attachment.offset"}; // ask for the offset again
inline constexpr ErrorCode kAttachmentHashMismatch {"attachment.hashMismatch"}; // damaged on the way
inline constexpr ErrorCode kAttachmentRangeLength {"attachment.rangeLength"}; // a chunk cut short
inline constexpr ErrorCode kAttachmentRange {"attachment.range"};
inline constexpr ErrorCode kAttachmentSizeMismatch {"attachment.sizeMismatch"};
inline constexpr ErrorCode kAttachmentTooLarge {"attachment.tooLarge"};
inline constexpr ErrorCode kAttachmentNotFound {"attachment.notFound"};

// Catalogs.
inline constexpr ErrorCode kCatalogNone {"catalog.none"}; // nothing published yet
inline constexpr ErrorCode kCatalogNotFound {"catalog.notFound"};
inline constexpr ErrorCode kCatalogInvalid {"catalog.invalid"};
inline constexpr ErrorCode kCatalogFormat {"catalog.format"};
inline constexpr ErrorCode kCatalogVersion {"catalog.version"};
inline constexpr ErrorCode kCatalogConflict {"catalog.conflict"};

// Shared data and verification.
inline constexpr ErrorCode kRegisterNotFound {"register.notFound"};
inline constexpr ErrorCode kConsentRequired {"consent.required"};

// The server's own trouble (answered with 5xx).
inline constexpr ErrorCode kServerInternal {"server.internal"};
inline constexpr ErrorCode kServerDatabase {"server.database"};

} // namespace ow::protocol::errc
