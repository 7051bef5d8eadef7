#include "app/net/errors.h"

#include "app/common/logging.h"
#include "app/net/servererrors.h"

#include <QMutex>
#include <QSet>

namespace ow::net {

Failure failureOf(const Error& error)
{
    const QString& c = error.code;
    if (c == errc::kNetwork || c == errc::kNotConfigured)
        return Failure::Network;
    if (c == errc::kTimeout)
        return Failure::Timeout;
    if (c == errc::kServer)
        return Failure::Server;
    if (c == errc::kBadResponse)
        return Failure::BadResponse;
    if (c == errc::kUnauthorized)
        return Failure::Unauthorized;
    switch (serverCodeKind(c)) {
    case ServerCodeKind::Final:
        return Failure::Refused;
    case ServerCodeKind::Passing:
        return Failure::Passing;
    case ServerCodeKind::Unknown:
        break;
    }
    static QMutex mutex;
    static QSet<QString> logged;
    QMutexLocker lock(&mutex);
    if (!logged.contains(c)) {
        logged.insert(c);
        qCWarning(lcNet) << "error code" << c << "is not known here; the request is tried again later";
    }
    return Failure::Unknown;
}

bool isRetryable(Failure failure)
{
    return failure != Failure::Refused;
}

bool isUnreachable(Failure failure)
{
    return failure == Failure::Network || failure == Failure::Timeout;
}

} // namespace ow::net
