#include "app/net/tokenholder.h"

#include "app/common/logging.h"
#include "app/net/errors.h"
#include "app/net/text_p.h"

namespace ow::net {
namespace {
// A token this close to its expiry is renewed before it is used.
constexpr qint64 kMarginSecs = 60;
} // namespace

TokenHolder::TokenHolder(const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
{ }

QString TokenHolder::validToken() const
{
    QMutexLocker lock(&m_mutex);
    if (m_token.isEmpty())
        return {};
    if (m_expiresAt.isValid() && m_clock.nowUtc().addSecs(kMarginSecs) >= m_expiresAt)
        return {};
    return m_token;
}

QString TokenHolder::heldToken() const
{
    QMutexLocker lock(&m_mutex);
    return m_token;
}

void TokenHolder::setToken(const QString& token, const QDateTime& expiresAt)
{
    QMutexLocker lock(&m_mutex);
    m_token = token;
    m_expiresAt = expiresAt.toUTC();
}

void TokenHolder::invalidate(const QString& token)
{
    QMutexLocker lock(&m_mutex);
    if (!token.isEmpty() && token == m_token) {
        m_token.clear();
        m_expiresAt = {};
    }
}

void TokenHolder::setCredentials(const QString& username, const QString& password)
{
    QMutexLocker lock(&m_mutex);
    m_username = username;
    m_password = password;
    m_refused = false;
    m_token.clear();
    m_expiresAt = {};
    m_lastError = {};
}

QString TokenHolder::username() const
{
    QMutexLocker lock(&m_mutex);
    return m_username;
}

bool TokenHolder::canSignIn() const
{
    QMutexLocker lock(&m_mutex);
    return !m_username.isEmpty() && !m_refused;
}

TokenHolder::Turn TokenHolder::takeSignInTurn(QString* username, QString* password)
{
    QMutexLocker lock(&m_mutex);
    if (m_username.isEmpty() || m_refused)
        return Turn::None;
    if (m_signingIn)
        return Turn::Others;
    m_signingIn = true;
    *username = m_username;
    *password = m_password;
    return Turn::Mine;
}

void TokenHolder::finishSignIn(const Result<protocol::SignInResponse>& result)
{
    bool refusedNow = false;
    {
        QMutexLocker lock(&m_mutex);
        m_signingIn = false;
        if (result) {
            m_token = result->token;
            m_expiresAt = result->expiresAt.toUTC();
            m_lastError = {};
        } else {
            m_token.clear();
            m_expiresAt = {};
            m_lastError = result.error();
            refusedNow = failureOf(result.error()) == Failure::Unauthorized && !m_refused;
            if (refusedNow)
                m_refused = true;
        }
    }
    if (result) {
        qCInfo(lcNet) << "signed in as" << result->staff.username << "of hall" << result->staff.hallCode;
        Q_EMIT signedIn(result->token, result->expiresAt, result->staff.displayName,
            protocol::roleName(result->staff.role));
    } else if (refusedNow) {
        qCWarning(lcNet) << "the server refused the sign-in:" << result.error().detail;
        Q_EMIT signInRefused(result.error().message);
    }
    Q_EMIT signInFinished();
}

Error TokenHolder::notSignedIn() const
{
    QMutexLocker lock(&m_mutex);
    if (!m_lastError.code.isEmpty())
        return m_lastError;
    return makeError(errc::kUnauthorized, Text::tr("The workbench is not signed in to the central server."));
}

} // namespace ow::net
