#pragma once

#include "base/result.h"

// Error codes of ow_rules (Error::code); messages are in the user's language, codes are stable.
namespace ow::rules::errc {

inline constexpr ErrorCode kCalendarMalformed {"calendar.malformed"};
inline constexpr ErrorCode kMalformed {"rules.malformed"};
inline constexpr ErrorCode kUnknownOperator {"rules.unknownOperator"};

} // namespace ow::rules::errc
