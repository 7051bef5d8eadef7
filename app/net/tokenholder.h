#pragma once

#include "app/common/clock.h"
#include "base/result.h"
#include "protocol/auth.h"

#include <QDateTime>
#include <QMutex>
#include <QObject>

namespace ow::net {

// The one sign-in of a workbench: the staff member's credentials and the bearer token the server gave for
// them, shared by every Transport (the GUI thread's and the sync worker's). Thread-safe. While one transport
// signs in, the others wait for its answer instead of signing in again; a sign-in the server refused (wrong
// password) is not tried again until the credentials change, so a workbench never locks an account by
// itself. Token lifetimes are read on the Clock.
class TokenHolder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenHolder)
public:
    explicit TokenHolder(const Clock& clock = Clock::system(), QObject* parent = nullptr);

    // The token if it is valid for at least another minute, else "".
    QString validToken() const;
    // The token held, however close to its expiry by this workstation's clock (for the requests that waited
    // for the sign-in that just brought it: a server whose clock is ahead must not make them fail).
    QString heldToken() const;
    // A token obtained elsewhere (an earlier sign-in); no expiry: valid until the server refuses it.
    void setToken(const QString& token, const QDateTime& expiresAt = {});
    // Drops `token` if it is still the one held (the refusal of an older token must not throw away the one a
    // concurrent sign-in just obtained).
    void invalidate(const QString& token);

    // Credentials for the sign-ins to come; the token held is dropped.
    void setCredentials(const QString& username, const QString& password);
    QString username() const;
    // Credentials are set and the server has not refused them.
    bool canSignIn() const;

    // Whose turn it is to sign in: Mine (the caller signs in now with the credentials given back, then calls
    // finishSignIn), Others (another transport is signing in: wait for signInFinished), or None (no
    // credentials, or refused: notSignedIn() says why).
    enum class Turn { Mine, Others, None };
    Turn takeSignInTurn(QString* username, QString* password);
    void finishSignIn(const Result<protocol::SignInResponse>& result);
    // Why there is no token: the last sign-in's error, or that nobody signed in.
    Error notSignedIn() const;

Q_SIGNALS:
    // Emitted on the thread that signed in; connect with a context object.
    void signedIn(
        const QString& token, const QDateTime& expiresAt, const QString& displayName, const QString& role);
    // The server refused the credentials (once per set of credentials).
    void signInRefused(const QString& message);
    // A sign-in ended, successfully or not: transports that waited for it go on.
    void signInFinished();

private:
    const Clock& m_clock;
    mutable QMutex m_mutex;
    QString m_token;
    QDateTime m_expiresAt;
    QString m_username;
    QString m_password;
    bool m_refused = false;
    bool m_signingIn = false;
    Error m_lastError;
};

} // namespace ow::net
