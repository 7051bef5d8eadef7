#pragma once

#include "base/result.h"

// Error codes of onewindow-cli's own checks of its arguments.
namespace ow::cli::errc {

inline constexpr ErrorCode kUsage {"cli.usage"};
inline constexpr ErrorCode kBadDate {"cli.badDate"};

} // namespace ow::cli::errc
