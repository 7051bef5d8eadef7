#pragma once

#include "base/result.h"

// Error codes of ow_store (Error::code); messages are in the user's language, codes are stable.
namespace ow::store::errc {

inline constexpr ErrorCode kMigrationsGap {"migrations.gap"};
inline constexpr ErrorCode kMigrationsMissing {"migrations.missing"};
inline constexpr ErrorCode kMigrationsName {"migrations.name"};
inline constexpr ErrorCode kMigrationsRead {"migrations.read"};
inline constexpr ErrorCode kSqlCommit {"sql.commit"};
inline constexpr ErrorCode kSqlError {"sql.error"};
inline constexpr ErrorCode kSqlTransaction {"sql.transaction"};
inline constexpr ErrorCode kFk {"store.fk"};
inline constexpr ErrorCode kOpen {"store.open"};
inline constexpr ErrorCode kTooNew {"store.tooNew"};
inline constexpr ErrorCode kWal {"store.wal"};

} // namespace ow::store::errc
