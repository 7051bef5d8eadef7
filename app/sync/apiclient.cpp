#include "app/sync/apiclient.h"

#include "app/common/logging.h"
#include "app/sync/syncerror.h"
#include "app/sync/text_p.h"
#include "protocol/api.h"
#include "protocol/apierror.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUuid>

namespace ow::sync {
namespace {

// The JSON object of a body, or nullopt when the body is not one.
std::optional<QJsonObject> jsonObject(const QByteArray& body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

Error badResponse(const QString& what)
{
    return makeError(QString::fromLatin1(kBadResponse),
        Text::tr("The server sent an answer that could not be understood (%1).").arg(what));
}

} // namespace

ApiClient::ApiClient(QNetworkAccessManager* nam, QObject* parent)
    : QObject(parent)
    , m_nam(nam)
{ }

ApiClient::~ApiClient()
{
    abortAll();
}

void ApiClient::setToken(const QString& token, const QDateTime& expiresAt)
{
    m_token = token;
    m_tokenExpiresAt = expiresAt;
}

void ApiClient::clearToken()
{
    m_token.clear();
    m_tokenExpiresAt = {};
}

bool ApiClient::hasToken() const
{
    if (m_token.isEmpty())
        return false;
    return !m_tokenExpiresAt.isValid() || QDateTime::currentDateTimeUtc().addSecs(60) < m_tokenExpiresAt;
}

QString ApiClient::describe(const QByteArray& method, const QNetworkRequest& request)
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

void ApiClient::abortAll()
{
    const QSet<QNetworkReply*> replies = std::exchange(m_inFlight, {});
    for (QNetworkReply* reply : replies) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void ApiClient::send(const QByteArray& method, const QString& pathWithQuery, const QByteArray& body,
    const QByteArray& contentType, const QList<QPair<QByteArray, QByteArray>>& headers, bool authorized,
    std::function<void(const Raw&)> done)
{
    if (!isConfigured() || !m_nam) {
        Raw raw;
        raw.failed = true;
        raw.error
            = makeError(QString::fromLatin1(kNotConfigured), Text::tr("No central server is configured."));
        done(raw);
        return;
    }
    QNetworkRequest request(protocol::api::url(m_baseUrl, pathWithQuery));
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    m_lastRequestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    request.setRawHeader(protocol::api::kRequestIdHeader, m_lastRequestId.toLatin1());
    request.setRawHeader("Accept", "application/json");
    if (authorized && !m_token.isEmpty())
        request.setRawHeader("Authorization", protocol::api::bearer(m_token));
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    for (const auto& h : headers)
        request.setRawHeader(h.first, h.second);
    ++m_requestsSent;
    qCDebug(lcSyncHttp).noquote() << "→" << describe(method, request) << body.size() << "bytes";

    QNetworkReply* reply = body.isNull() && method == "GET"
        ? m_nam->get(request)
        : m_nam->sendCustomRequest(request, method, body.isNull() ? QByteArray("") : body);
    m_inFlight.insert(reply);
    QElapsedTimer timer;
    timer.start();
    connect(reply, &QNetworkReply::finished, this, [this, reply, method, timer, done = std::move(done)] {
        m_inFlight.remove(reply);
        reply->deleteLater();
        const Raw raw = interpret(reply, method, timer.elapsed());
        done(raw);
    });
}

ApiClient::Raw ApiClient::interpret(QNetworkReply* reply, const QByteArray& method, qint64 elapsedMs) const
{
    Raw raw;
    raw.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    raw.body = reply->readAll();
    const QString where = QString::fromLatin1(method) + u' ' + reply->url().path();
    const QByteArray requestId = reply->request().rawHeader(protocol::api::kRequestIdHeader);
    if (raw.status == 0) {
        raw.failed = true;
        const bool timedOut = reply->error() == QNetworkReply::TimeoutError
            || reply->error() == QNetworkReply::OperationCanceledError;
        raw.error = timedOut
            ? makeError(QString::fromLatin1(kTimeoutError),
                Text::tr("The server did not answer in time (%1 s).").arg(m_timeoutMs / 1000.0), where)
            : makeError(QString::fromLatin1(kNetworkError),
                Text::tr("The server could not be reached: %1").arg(reply->errorString()), where);
        qCInfo(lcSyncHttp).noquote() << "✗" << where << requestId << reply->errorString() << elapsedMs
                                     << "ms";
        return raw;
    }
    qCDebug(lcSyncHttp).noquote() << "←" << raw.status << where << requestId << raw.body.size() << "bytes"
                                  << elapsedMs << "ms";
    if (raw.status >= 200 && raw.status < 300)
        return raw;
    raw.failed = true;
    const std::optional<QJsonObject> json = jsonObject(raw.body);
    const bool isApiError = json && json->value(QStringLiteral("error")).isObject();
    const protocol::ApiError api = protocol::ApiError::fromReply(raw.status, raw.body);
    const QString httpWhere = QStringLiteral("HTTP %1 %2").arg(raw.status).arg(where);
    if (raw.status == 401) {
        raw.error = makeError(QString::fromLatin1(kUnauthorized),
            Text::tr("The server did not accept the sign-in: %1").arg(api.message), httpWhere);
    } else if (raw.status >= 500 || raw.status == 408 || raw.status == 429) {
        raw.error = makeError(QString::fromLatin1(kServerError),
            Text::tr("The server could not handle the request now (HTTP %1): %2")
                .arg(raw.status)
                .arg(isApiError ? api.message : QString::fromUtf8(raw.body.left(200))),
            httpWhere);
    } else if (!isApiError || api.code.isEmpty()) {
        // A refusal counts only when the server says why; anything else is treated as a passing fault.
        raw.error = badResponse(QStringLiteral("HTTP %1 without an error body").arg(raw.status));
        raw.error.where = httpWhere;
    } else {
        raw.error = makeError(api.code, api.message, httpWhere);
    }
    qCInfo(lcSyncHttp).noquote() << "✗" << raw.status << where << requestId << raw.error.code << elapsedMs
                                 << "ms";
    return raw;
}

template<typename T>
void ApiClient::finishParsed(const Raw& raw, const QString& sentWith,
    const std::function<Result<T>(const QJsonObject&)>& parse, const Callback<T>& done)
{
    if (raw.failed) {
        // A refusal of an older token must not throw away the one a concurrent sign-in just obtained.
        if (raw.error.code == QLatin1String(kUnauthorized) && m_token == sentWith)
            clearToken();
        done(raw.error);
        return;
    }
    const std::optional<QJsonObject> json = jsonObject(raw.body);
    if (!json) {
        done(badResponse(QStringLiteral("HTTP %1 with a body that is not a JSON object").arg(raw.status)));
        return;
    }
    Result<T> parsed = parse(*json);
    if (!parsed) {
        done(badResponse(parsed.error().message));
        return;
    }
    done(std::move(parsed));
}

template<typename T>
void ApiClient::sendParsed(const QByteArray& method, const QString& path, const QByteArray& body,
    const QByteArray& contentType, const QList<QPair<QByteArray, QByteArray>>& headers, bool authorized,
    std::function<Result<T>(const QJsonObject&)> parse, Callback<T> done)
{
    const QString sentWith = authorized ? m_token : QString();
    send(method, path, body, contentType, headers, authorized,
        [this, sentWith, parse = std::move(parse), done = std::move(done)](
            const Raw& raw) { finishParsed<T>(raw, sentWith, parse, done); });
}

void ApiClient::signIn(
    const QString& username, const QString& password, Callback<protocol::SignInResponse> done)
{
    const QString key = username + QChar(0) + password;
    if (m_pendingSignIn && m_pendingSignIn->key == key) {
        m_pendingSignIn->waiters.append(std::move(done));
        return;
    }
    auto pending = std::make_shared<PendingSignIn>(PendingSignIn {key, {std::move(done)}});
    m_pendingSignIn = pending;
    const QByteArray body
        = QJsonDocument(protocol::SignInRequest {username, password}.toJson()).toJson(QJsonDocument::Compact);
    sendParsed<protocol::SignInResponse>("POST", protocol::api::signInPath(), body, "application/json", {},
        false, &protocol::SignInResponse::fromJson, [this, pending](Result<protocol::SignInResponse> r) {
            const bool current = m_pendingSignIn == pending;
            if (current)
                m_pendingSignIn.reset();
            if (r && current) {
                setToken(r->token, r->expiresAt);
                Q_EMIT signedIn(*r);
            }
            for (const auto& waiter : std::as_const(pending->waiters))
                waiter(r);
        });
}

void ApiClient::health(Callback<QJsonObject> done)
{
    sendParsed<QJsonObject>(
        "GET", protocol::api::healthPath(), {}, {}, {}, false,
        [](const QJsonObject& o) -> Result<QJsonObject> { return o; }, std::move(done));
}

void ApiClient::putCase(const QString& uuid, const QByteArray& body, Callback<protocol::ServerReceipt> done)
{
    sendParsed<protocol::ServerReceipt>(
        "PUT", protocol::api::casePath(uuid), body, "application/json", {}, true,
        [uuid](const QJsonObject& o) -> Result<protocol::ServerReceipt> {
            auto receipt = protocol::ServerReceipt::fromJson(o);
            if (receipt && receipt->uuid != uuid)
                return makeError(QString::fromLatin1(kBadResponse), Text::tr("a receipt for another case"));
            return receipt;
        },
        std::move(done));
}

void ApiClient::caseState(const QString& uuid, Callback<protocol::CaseState> done)
{
    sendParsed<protocol::CaseState>("GET", protocol::api::casePath(uuid), {}, {}, {}, true,
        &protocol::CaseState::fromJson, std::move(done));
}

void ApiClient::attachmentStatus(const QString& sha256, Callback<protocol::AttachmentStatus> done)
{
    sendParsed<protocol::AttachmentStatus>("GET", protocol::api::attachmentStatusPath(sha256), {}, {}, {},
        true, &protocol::AttachmentStatus::fromJson, std::move(done));
}

void ApiClient::uploadChunk(const QString& sha256, const protocol::ByteRange& range, const QByteArray& bytes,
    const QString& mimeType, Callback<protocol::AttachmentStatus> done)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (range.total > 0)
        headers.append({"Content-Range", range.toHeader()});
    sendParsed<protocol::AttachmentStatus>(
        "PUT", protocol::api::attachmentPath(sha256), bytes,
        mimeType.isEmpty() ? QByteArray("application/octet-stream") : mimeType.toLatin1(), headers, true,
        [sha256](const QJsonObject& o) -> Result<protocol::AttachmentStatus> {
            auto status = protocol::AttachmentStatus::fromJson(o);
            if (status && status->sha256 != sha256)
                return makeError(QString::fromLatin1(kBadResponse), Text::tr("the status of another file"));
            return status;
        },
        std::move(done));
}

void ApiClient::changes(qint64 since, int limit, Callback<protocol::ChangesPage> done)
{
    sendParsed<protocol::ChangesPage>("GET", protocol::api::changesPath(since, limit), {}, {}, {}, true,
        &protocol::ChangesPage::fromJson, std::move(done));
}

namespace {

// The document must be what its metadata says.
Result<protocol::CatalogDocument> checkedCatalog(const QJsonObject& json)
{
    auto document = protocol::CatalogDocument::fromJson(json);
    if (document && protocol::catalogContentHash(document->content) != document->info.hash)
        return makeError(QString::fromLatin1(kBadResponse), Text::tr("the catalog does not match its hash"));
    return document;
}

} // namespace

void ApiClient::catalog(const QString& version, Callback<protocol::CatalogDocument> done)
{
    const QString path
        = version.isEmpty() ? protocol::api::latestCatalogPath() : protocol::api::catalogPath(version);
    sendParsed<protocol::CatalogDocument>("GET", path, {}, {}, {}, true, &checkedCatalog, std::move(done));
}

void ApiClient::latestCatalogIfChanged(
    const QString& knownHash, Callback<std::optional<protocol::CatalogDocument>> done)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!knownHash.isEmpty())
        headers.append({"If-None-Match", '"' + knownHash.toLatin1() + '"'});
    using Latest = std::optional<protocol::CatalogDocument>;
    const QString sentWith = m_token;
    send("GET", protocol::api::latestCatalogPath(), {}, {}, headers, true,
        [this, sentWith, done = std::move(done)](const Raw& raw) {
            if (raw.status == 304) {
                done(Latest());
                return;
            }
            finishParsed<Latest>(
                raw, sentWith,
                [](const QJsonObject& json) -> Result<Latest> {
                    auto document = checkedCatalog(json);
                    if (!document)
                        return document.error();
                    return Latest(std::move(*document));
                },
                done);
        });
}

} // namespace ow::sync
