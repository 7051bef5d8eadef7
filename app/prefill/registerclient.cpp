#include "app/prefill/registerclient.h"

#include "app/common/logging.h"
#include "protocol/api.h"
#include "protocol/apierror.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUuid>

namespace ow::prefill {
RegisterClient::RegisterClient(QNetworkAccessManager* nam, QObject* parent)
    : QObject(parent)
    , m_nam(nam ? nam : new QNetworkAccessManager(this))
{ }

RegisterClient::~RegisterClient() = default;

void RegisterClient::setBaseUrl(const QUrl& url)
{
    m_baseUrl = url;
}

void RegisterClient::setAccessToken(const QString& token)
{
    m_token = token;
}

Error RegisterClient::replyError(QNetworkReply* reply, int status, const QByteArray& body) const
{
    if (status == 0) {
        return makeError(QStringLiteral("server.unreachable"),
            tr("The central server could not be reached (%1). Shared data and verification are unavailable "
               "for "
               "now; the other prefill sources still work.")
                .arg(reply->errorString()),
            m_baseUrl.toString());
    }
    if (status == 401)
        return makeError(QStringLiteral("server.auth"),
            tr("The workbench is not signed in to the central server, or the session has expired. Sign in "
               "again "
               "to use shared data and verification."));
    const protocol::ApiError api = protocol::ApiError::fromReply(status, body);
    if (status == 404)
        return makeError(QStringLiteral("register.notFound"),
            api.message.isEmpty() ? tr("The register has no entry for this number.") : api.message);
    return makeError(api.code.isEmpty() ? QStringLiteral("http.%1").arg(status) : api.code,
        tr("The central server refused the request: %1").arg(api.message));
}

void RegisterClient::send(
    const QString& pathWithQuery, const QByteArray* postBody, std::function<void(Result<QJsonObject>)> done)
{
    if (!isConfigured()) {
        done(makeError(QStringLiteral("server.notConfigured"),
            tr("No central server is configured. Shared data and verification are unavailable.")));
        return;
    }
    QNetworkRequest request(protocol::api::url(m_baseUrl, pathWithQuery));
    request.setTransferTimeout(m_timeoutMs);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader(
        protocol::api::kRequestIdHeader, QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1());
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", protocol::api::bearer(m_token));
    QNetworkReply* reply = nullptr;
    if (postBody) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        reply = m_nam->post(request, *postBody);
    } else {
        reply = m_nam->get(request);
    }
    ++m_requests;
    connect(reply, &QNetworkReply::finished, this, [this, reply, done = std::move(done)] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        if (status < 200 || status >= 300) {
            const Error e = replyError(reply, status, body);
            qCWarning(lcPrefill) << "server request failed:" << status << e.code << e.message;
            done(e);
            return;
        }
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
        if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
            done(makeError(QStringLiteral("server.badReply"),
                tr("The central server sent an answer that could not be read.")));
            return;
        }
        done(doc.object());
    });
}

void RegisterClient::person(const QString& idNumber, const QString& caseUuid,
    std::function<void(Result<protocol::PersonRecord>)> done)
{
    send(protocol::api::personPath(idNumber, caseUuid, true), nullptr,
        [done = std::move(done)](Result<QJsonObject> r) {
            if (!r)
                done(r.error());
            else
                done(protocol::PersonRecord::fromJson(*r));
        });
}

void RegisterClient::enterprise(const QString& creditCode, const QString& caseUuid,
    std::function<void(Result<protocol::EnterpriseRecord>)> done)
{
    send(protocol::api::enterprisePath(creditCode, caseUuid, true), nullptr,
        [done = std::move(done)](Result<QJsonObject> r) {
            if (!r)
                done(r.error());
            else
                done(protocol::EnterpriseRecord::fromJson(*r));
        });
}

void RegisterClient::verify(const protocol::VerificationRequest& request,
    std::function<void(Result<protocol::VerificationAnswer>)> done)
{
    const QByteArray body = QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact);
    send(protocol::api::verificationsPath(), &body, [done = std::move(done)](Result<QJsonObject> r) {
        if (!r)
            done(r.error());
        else
            done(protocol::VerificationAnswer::fromJson(*r));
    });
}

} // namespace ow::prefill
