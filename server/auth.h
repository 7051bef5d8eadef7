#pragma once

#include "app/common/clock.h"
#include "app/common/result.h"
#include "protocol/auth.h"

#include <QByteArray>
#include <QDateTime>

namespace ow::server {

class Session;

// The signed-in staff member of a request.
struct Staff
{
    qint64 id = 0;
    QString username;
    QString displayName;
    protocol::Role role = protocol::Role::Clerk;
    QString hallCode;

    // Back office and admins work across halls; clerks and supervisors only in their own.
    bool seesAllHalls() const;
    bool mayAccessHall(const QString& hallCode) const;
    protocol::StaffInfo info() const;
};

namespace auth {

// Error codes (all answered with 401).
inline constexpr auto kMissing = "auth.missing";
inline constexpr auto kInvalid = "auth.invalid";
inline constexpr auto kExpired = "auth.expired";
// Answered with 429: too many failed sign-ins for one username within the window.
inline constexpr auto kThrottled = "auth.throttled";
inline constexpr int kMaxFailures = 10;
inline constexpr qint64 kThrottleWindowSeconds = 15 * 60;

// Argon2id through libsodium's crypto_pwhash_str (interactive limits); the string embeds salt and limits.
Result<QString> hashPassword(const QString& password);
bool verifyPassword(const QString& hash, const QString& password);

// A new bearer token: 32 random bytes, base64url without padding (43 characters).
QString newToken();
// What the database stores for a token: its SHA-256, hex.
QString tokenHash(const QString& token);

// Signs in: checks the password and stores a new token's hash with its expiry (from the clock's now).
Result<protocol::SignInResponse> signIn(
    Session& db, const protocol::SignInRequest& request, qint64 ttlSeconds, const Clock& clock);
// What the database stores for the token of an Authorization header ("Bearer …"); empty when it holds none.
QString bearerTokenHash(const QByteArray& authorizationHeader);
// Resolves the Authorization header ("Bearer …") to the staff member; a token past its expiry by the clock
// is refused.
Result<Staff> authenticate(Session& db, const QByteArray& authorizationHeader, const Clock& clock);
// Revokes the token of the Authorization header.
Result<void> signOut(Session& db, const QByteArray& authorizationHeader);

} // namespace auth
} // namespace ow::server
