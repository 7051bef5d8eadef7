#include "app/net/transport.h"

#include "app/common/logging.h"
#include "app/net/errors.h"
#include "app/net/servererrors.h"
#include "app/net/text_p.h"
#include "protocol/api.h"
#include "protocol/apierror.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QUuid>

namespace ow::net {

Transport::Transport(std::shared_ptr<TokenHolder> tokens, QObject* parent)
    : QObject(parent)
    , m_tokens(std::move(tokens))
    , m_nam(new QNetworkAccessManager(this))
{
    // Queued even on the same thread: a waiter added while the sign-in ends is still woken.
    connect(
        m_tokens.get(), &TokenHolder::signInFinished, this, &Transport::resumeWaiting, Qt::QueuedConnection);
}

Transport::~Transport()
{
    abortAll();
}

QString Transport::describe(const QByteArray& method, const QNetworkRequest& request)
{
    QStringList headers;
    const QList<QByteArray> names = request.rawHeaderList();
    for (const QByteArray& name : names) {
        const QByteArray lower = name.toLower();
        const bool secret = lower == "authorization" || lower == "cookie" || lower.contains("token");
        headers << QString::fromLatin1(name) + QStringLiteral(": ")
                + (secret ? QStringLiteral("[redacted]") : QString::fromLatin1(request.rawHeader(name)));
    }
    return QString::fromLatin1(method) + u' ' + request.url().toString(QUrl::RemoveUserInfo)
        + QStringLiteral(" [") + headers.join(QStringLiteral(", ")) + u']';
}

Result<QJsonObject> Transport::jsonBody(const Reply& reply)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(reply.body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return badResponse(
            QStringLiteral("HTTP %1 with a body that is not a JSON object").arg(reply.status), reply);
    return doc.object();
}

Error Transport::badResponse(const QString& what, const Reply& reply)
{
    Error e = makeError(errc::kBadResponse,
        Text::tr("The central server sent an answer that could not be understood (%1).").arg(what));
    e.detail = reply.requestId;
    return e;
}

void Transport::abortAll()
{
    m_waiting.clear();
    const QSet<QNetworkReply*> replies = std::exchange(m_inFlight, {});
    for (QNetworkReply* reply : replies) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    // Transports on other threads may be waiting for the sign-in this one was making.
    if (std::exchange(m_signingIn, false))
        m_tokens->finishSignIn(makeError(errc::kNetwork, Text::tr("The sign-in was cancelled.")));
}

void Transport::send(const Request& request, Callback<Reply> done)
{
    sendOnce(request, false, std::move(done));
}

void Transport::sendOnce(const Request& request, bool repeated, Callback<Reply> done)
{
    if (!isConfigured()) {
        done(makeError(errc::kNotConfigured, Text::tr("No central server is configured.")));
        return;
    }
    if (!request.authorized) {
        dispatch(request, {}, std::move(done));
        return;
    }
    withToken([this, request, repeated, done = std::move(done)](Result<QString> token) mutable {
        if (!token) {
            done(token.error());
            return;
        }
        const QString sent = *token;
        dispatch(request, sent, [this, request, repeated, sent, done = std::move(done)](Result<Reply> reply) {
            if (!reply && reply.error().code == errc::kUnauthorized) {
                m_tokens->invalidate(sent);
                if (!repeated && m_tokens->canSignIn()) {
                    qCInfo(lcNet) << "the server refused the token; signing in again";
                    sendOnce(request, true, done);
                    return;
                }
            }
            done(std::move(reply));
        });
    });
}

void Transport::withToken(std::function<void(Result<QString>)> then)
{
    if (const QString token = m_tokens->validToken(); !token.isEmpty()) {
        then(token);
        return;
    }
    QString username, password;
    switch (m_tokens->takeSignInTurn(&username, &password)) {
    case TokenHolder::Turn::Mine:
        m_waiting.append(std::move(then));
        signInNow(username, password);
        return;
    case TokenHolder::Turn::Others:
        m_waiting.append(std::move(then));
        return;
    case TokenHolder::Turn::None:
        then(m_tokens->notSignedIn());
        return;
    }
}

void Transport::signInNow(const QString& username, const QString& password)
{
    Request request;
    request.method = "POST";
    request.path = protocol::api::signInPath();
    request.body
        = QJsonDocument(protocol::SignInRequest {username, password}.toJson()).toJson(QJsonDocument::Compact);
    request.contentType = "application/json";
    request.authorized = false;
    m_signingIn = true;
    sendJson<protocol::SignInResponse>(
        request, &protocol::SignInResponse::fromJson, [this](Result<protocol::SignInResponse> r) {
            m_signingIn = false;
            m_tokens->finishSignIn(r);
        });
}

void Transport::resumeWaiting()
{
    const auto waiting = std::exchange(m_waiting, {});
    if (waiting.isEmpty())
        return;
    const QString token = m_tokens->heldToken();
    const Error why = token.isEmpty() ? m_tokens->notSignedIn() : Error {};
    for (const auto& then : waiting) {
        if (!token.isEmpty())
            then(token);
        else
            then(why);
    }
}

void Transport::dispatch(const Request& r, const QString& token, Callback<Reply> done)
{
    QNetworkRequest request(protocol::api::url(m_baseUrl, r.path));
    const int timeoutMs = r.timeoutMs > 0 ? r.timeoutMs : m_timeoutMs;
    request.setTransferTimeout(timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    m_lastRequestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    request.setRawHeader(protocol::api::kRequestIdHeader, m_lastRequestId.toLatin1());
    request.setRawHeader("Accept", "application/json");
    if (!token.isEmpty())
        request.setRawHeader("Authorization", protocol::api::bearer(token));
    if (!r.contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, r.contentType);
    for (const auto& h : r.headers)
        request.setRawHeader(h.first, h.second);
    ++m_requestsSent;
    qCDebug(lcNetHttp).noquote() << "→" << describe(r.method, request) << r.body.size() << "bytes";

    QNetworkReply* reply = r.body.isNull() && r.method == "GET"
        ? m_nam->get(request)
        : m_nam->sendCustomRequest(request, r.method, r.body.isNull() ? QByteArray("") : r.body);
    m_inFlight.insert(reply);
    QElapsedTimer timer;
    timer.start();
    const QByteArray method = r.method;
    connect(reply, &QNetworkReply::finished, this,
        [this, reply, method, timeoutMs, timer, done = std::move(done)] {
            m_inFlight.remove(reply);
            reply->deleteLater();
            done(interpret(reply, method, timeoutMs, timer.elapsed()));
        });
}

Result<Reply> Transport::interpret(
    QNetworkReply* reply, const QByteArray& method, int timeoutMs, qint64 elapsedMs) const
{
    Reply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    out.requestId = QString::fromLatin1(reply->request().rawHeader(protocol::api::kRequestIdHeader));
    const QString where = QString::fromLatin1(method) + u' ' + reply->url().path();
    if (out.status == 0) {
        const bool timedOut = reply->error() == QNetworkReply::TimeoutError
            || reply->error() == QNetworkReply::OperationCanceledError;
        Error e = timedOut
            ? makeError(errc::kTimeout,
                Text::tr("The central server did not answer in time (%1 s).").arg(timeoutMs / 1000.0), where)
            : makeError(errc::kNetwork,
                Text::tr("The central server could not be reached: %1").arg(reply->errorString()), where);
        e.detail = reply->errorString();
        qCInfo(lcNetHttp).noquote() << "✗" << where << out.requestId << reply->errorString() << elapsedMs
                                    << "ms";
        return e;
    }
    qCDebug(lcNetHttp).noquote() << "←" << out.status << where << out.requestId << out.body.size() << "bytes"
                                 << elapsedMs << "ms";
    if ((out.status >= 200 && out.status < 300) || out.status == 304)
        return out;

    const protocol::ApiError api = protocol::ApiError::fromReply(out.status, out.body);
    const bool explained = !api.code.isEmpty() && !api.code.startsWith(QStringLiteral("http."));
    const QString httpWhere = QStringLiteral("HTTP %1 %2").arg(out.status).arg(where);
    Error e;
    if (out.status == 401) {
        e = makeError(errc::kUnauthorized,
            Text::tr("The central server did not accept the sign-in: %1").arg(api.message), httpWhere);
        e.detail = api.message;
    } else if (out.status >= 500 || out.status == 408 || out.status == 429) {
        e = makeError(errc::kServer,
            Text::tr("The central server could not handle the request now (HTTP %1).").arg(out.status),
            httpWhere);
        e.detail = explained ? api.code + QStringLiteral(": ") + api.message : api.message;
    } else if (out.status >= 400 && explained) {
        e = refusal(api, httpWhere);
    } else {
        // A refusal counts only when the server says why; anything else is treated as a passing fault.
        e = badResponse(QStringLiteral("HTTP %1 without an error body").arg(out.status), out);
        e.where = httpWhere;
    }
    qCInfo(lcNetHttp).noquote() << "✗" << out.status << where << out.requestId << e.code << elapsedMs << "ms";
    return e;
}

} // namespace ow::net
