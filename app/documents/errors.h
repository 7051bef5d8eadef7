#pragma once

#include "base/result.h"

// Error codes of ow_documents (Error::code); messages are in the user's language, codes are stable.
namespace ow::documents::errc {

inline constexpr ErrorCode kBuffer {"documents.buffer"};
inline constexpr ErrorCode kNoBundle {"documents.noBundle"};
inline constexpr ErrorCode kNoChineseFont {"documents.noChineseFont"};
inline constexpr ErrorCode kNoGuiApplication {"documents.noGuiApplication"};
inline constexpr ErrorCode kNotAccepted {"documents.notAccepted"};
inline constexpr ErrorCode kNothingToCorrect {"documents.nothingToCorrect"};
inline constexpr ErrorCode kPaint {"documents.paint"};
inline constexpr ErrorCode kQrEmpty {"documents.qrEmpty"};
inline constexpr ErrorCode kQrEncode {"documents.qrEncode"};
inline constexpr ErrorCode kUnreadable {"documents.unreadable"};
inline constexpr ErrorCode kWrite {"documents.write"};

} // namespace ow::documents::errc
