#include "server/auth.h"

#include "app/common/logging.h"
#include "protocol/jsonreader.h"
#include "server/database.h"
#include "server/text_p.h"

#include <QCryptographicHash>

#include <sodium.h>

namespace ow::server {

bool Staff::seesAllHalls() const
{
    return role == protocol::Role::BackOffice || role == protocol::Role::Admin;
}

bool Staff::mayAccessHall(const QString& hall) const
{
    return seesAllHalls() || hall == hallCode;
}

protocol::StaffInfo Staff::info() const
{
    return {username, displayName, role, hallCode};
}

namespace auth {
namespace {

Error unauthorized(const char* code, const QString& message)
{
    return makeError(QString::fromLatin1(code), message);
}

// A hash to verify against when the user does not exist, so that the answer takes as long as for a wrong
// password and does not reveal which usernames exist.
const QString& dummyHash()
{
    static const QString hash = [] {
        auto h = hashPassword(QStringLiteral("onewindow-timing-equaliser"));
        return h ? *h : QString();
    }();
    return hash;
}

QString extractToken(const QByteArray& header)
{
    static const QByteArray prefix = "Bearer ";
    if (!header.startsWith(prefix))
        return {};
    const QByteArray token = header.mid(prefix.size()).trimmed();
    if (token.size() != 43)
        return {};
    for (char c : token) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
            || c == '_';
        if (!ok)
            return {};
    }
    return QString::fromLatin1(token);
}

} // namespace

Result<QString> hashPassword(const QString& password)
{
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), quint64(utf8.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
            crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0)
        return makeError(QStringLiteral("auth.hash"), Text::tr("Not enough memory to hash the password."));
    return QString::fromLatin1(out);
}

bool verifyPassword(const QString& hash, const QString& password)
{
    const QByteArray h = hash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    if (h.isEmpty() || h.size() >= crypto_pwhash_STRBYTES)
        return false;
    return crypto_pwhash_str_verify(h.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

QString newToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    randombytes_buf(bytes.data(), size_t(bytes.size()));
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString tokenHash(const QString& token)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(token.toLatin1(), QCryptographicHash::Sha256).toHex());
}

namespace {

// Records a failed sign-in and answers as for a wrong password.
Result<protocol::SignInResponse> refuse(Session& db, const QString& username, const QDateTime& now)
{
    auto recorded
        = db.execute(QStringLiteral("INSERT INTO sign_in_failures (username, failed_at) VALUES (?, ?)"),
            {username, protocol::formatTimestamp(now)});
    if (!recorded)
        return recorded.error();
    return unauthorized(kInvalid, Text::tr("Wrong username or password."));
}

} // namespace

Result<protocol::SignInResponse> signIn(
    Session& db, const protocol::SignInRequest& request, qint64 ttlSeconds, const Clock& clock)
{
    const QDateTime now = clock.nowUtc();
    // Password guessing is throttled per username, in the database so that all server processes agree.
    auto failures = db.selectOne(
        QStringLiteral("SELECT COUNT(*) FROM sign_in_failures WHERE username = ? AND failed_at > ?"),
        {request.username, protocol::formatTimestamp(now.addSecs(-kThrottleWindowSeconds))});
    if (!failures)
        return failures.error();
    if (failures->value(0).toInt() >= kMaxFailures) {
        qCWarning(lcServer) << "sign-in throttled for" << request.username;
        return makeError(QString::fromLatin1(kThrottled),
            Text::tr("Too many failed sign-ins for this account; try again in %1 minutes.")
                .arg(kThrottleWindowSeconds / 60));
    }
    auto row
        = db.selectOne(QStringLiteral("SELECT id, username, display_name, role, hall_code, password_hash "
                                      "FROM staff WHERE username = ? AND active = 1"),
            {request.username});
    if (!row)
        return row.error();
    if (row->isEmpty()) {
        verifyPassword(dummyHash(), request.password);
        qCInfo(lcServer) << "sign-in refused: unknown user";
        return refuse(db, request.username, now);
    }
    if (!verifyPassword(row->at(5).toString(), request.password)) {
        qCInfo(lcServer) << "sign-in refused: wrong password for" << request.username;
        return refuse(db, request.username, now);
    }
    // The token's lifetime starts now, after the (deliberately slow) password check.
    const QDateTime issued = clock.nowUtc();
    protocol::SignInResponse response;
    response.token = newToken();
    response.expiresAt = issued.addSecs(ttlSeconds);
    response.staff = {row->at(1).toString(), row->at(2).toString(),
        protocol::roleFromName(row->at(3).toString()).value_or(protocol::Role::Clerk), row->at(4).toString()};
    // Expired tokens and old failures are cleared on the way, so the tables do not grow without bound.
    auto stored = db.transaction([&]() -> Result<int> {
        auto purge = db.execute(QStringLiteral("DELETE FROM tokens WHERE expires_at < ?"),
            {protocol::formatTimestamp(now.addDays(-1))});
        if (!purge)
            return purge.error();
        purge = db.execute(QStringLiteral("DELETE FROM sign_in_failures WHERE username = ? OR failed_at < ?"),
            {request.username, protocol::formatTimestamp(now.addSecs(-kThrottleWindowSeconds))});
        if (!purge)
            return purge.error();
        return db.execute(
            QStringLiteral(
                "INSERT INTO tokens (token_hash, staff_id, issued_at, expires_at) VALUES (?, ?, ?, ?)"),
            {tokenHash(response.token), row->at(0), protocol::formatTimestamp(issued),
                protocol::formatTimestamp(response.expiresAt)});
    });
    if (!stored)
        return stored.error();
    qCInfo(lcServer) << "signed in" << response.staff.username << protocol::roleName(response.staff.role)
                     << response.staff.hallCode;
    return response;
}

QString bearerTokenHash(const QByteArray& authorizationHeader)
{
    const QString token = extractToken(authorizationHeader);
    return token.isEmpty() ? QString() : tokenHash(token);
}

Result<Staff> authenticate(Session& db, const QByteArray& authorizationHeader, const Clock& clock)
{
    if (authorizationHeader.isEmpty())
        return unauthorized(kMissing, Text::tr("Sign in first: the request has no bearer token."));
    const QString token = extractToken(authorizationHeader);
    if (token.isEmpty())
        return unauthorized(kInvalid, Text::tr("The bearer token is not valid."));
    auto row = db.selectOne(
        QStringLiteral("SELECT s.id, s.username, s.display_name, s.role, s.hall_code, t.expires_at "
                       "FROM tokens t JOIN staff s ON s.id = t.staff_id "
                       "WHERE t.token_hash = ? AND s.active = 1"),
        {tokenHash(token)});
    if (!row)
        return row.error();
    if (row->isEmpty())
        return unauthorized(kInvalid, Text::tr("The bearer token is not valid."));
    if (row->at(5).toString() <= protocol::formatTimestamp(clock.nowUtc()))
        return unauthorized(kExpired, Text::tr("The sign-in has expired; sign in again."));
    Staff s;
    s.id = row->at(0).toLongLong();
    s.username = row->at(1).toString();
    s.displayName = row->at(2).toString();
    s.role = protocol::roleFromName(row->at(3).toString()).value_or(protocol::Role::Clerk);
    s.hallCode = row->at(4).toString();
    return s;
}

Result<void> signOut(Session& db, const QByteArray& authorizationHeader)
{
    const QString token = extractToken(authorizationHeader);
    auto done = db.execute(QStringLiteral("DELETE FROM tokens WHERE token_hash = ?"), {tokenHash(token)});
    if (!done)
        return done.error();
    return {};
}

} // namespace auth
} // namespace ow::server
