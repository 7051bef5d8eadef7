#pragma once

#include "base/result.h"

// Error codes of ow_intake (Error::code); messages are in the user's language, codes are stable.
namespace ow::intake::errc {

inline constexpr ErrorCode kAttachmentCorrupt {"attachment.corrupt"};
inline constexpr ErrorCode kAttachmentEmpty {"attachment.empty"};
inline constexpr ErrorCode kAttachmentLost {"attachment.lost"};
inline constexpr ErrorCode kAttachmentMissing {"attachment.missing"};
inline constexpr ErrorCode kAttachmentTooLarge {"attachment.tooLarge"};
inline constexpr ErrorCode kAttachmentTruncated {"attachment.truncated"};
inline constexpr ErrorCode kAttachmentType {"attachment.type"};
inline constexpr ErrorCode kAttachmentUnknown {"attachment.unknown"};
inline constexpr ErrorCode kAttachmentUnreadable {"attachment.unreadable"};
inline constexpr ErrorCode kAttachmentWrite {"attachment.write"};
inline constexpr ErrorCode kCaseNotDraft {"case.notDraft"};
inline constexpr ErrorCode kCaseNotFound {"case.notFound"};
inline constexpr ErrorCode kCaseSequence {"case.sequence"};
inline constexpr ErrorCode kInactive {"intake.inactive"};
inline constexpr ErrorCode kIncomplete {"intake.incomplete"};
inline constexpr ErrorCode kNoHandoff {"intake.noHandoff"};
inline constexpr ErrorCode kUnknownBundle {"intake.unknownBundle"};

} // namespace ow::intake::errc
