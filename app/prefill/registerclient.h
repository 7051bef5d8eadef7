#pragma once

#include "app/common/result.h"
#include "protocol/registers.h"

#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace ow::prefill {

// The central server's shared-data and verification API (GET /api/v1/registers/person/{idNumber},
// GET /api/v1/registers/enterprise/{creditCode}, POST /api/v1/verifications) with a bearer token.
// Asynchronous: the callbacks run on this object's thread when the answer arrives. Errors carry a message for
// the clerk: server.unreachable (network, timeout), server.auth (not signed in), register.notFound, and the
// server's own error codes (e.g. consent.required).
class RegisterClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegisterClient)
public:
    // Uses `nam` when given (not owned), otherwise a manager of its own.
    explicit RegisterClient(QNetworkAccessManager* nam = nullptr, QObject* parent = nullptr);
    ~RegisterClient() override;

    void setBaseUrl(const QUrl& url); // e.g. AppSettings::serverUrl()
    QUrl baseUrl() const { return m_baseUrl; }
    void setAccessToken(const QString& token);
    bool hasAccessToken() const { return !m_token.isEmpty(); }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    bool isConfigured() const { return m_baseUrl.isValid() && !m_baseUrl.isEmpty(); }
    QNetworkAccessManager* networkAccessManager() const { return m_nam; }
    // Requests sent so far (diagnostics and tests: a refused look-up sends nothing).
    int requestCount() const { return m_requests; }

    void person(const QString& idNumber, const QString& caseUuid,
        std::function<void(Result<protocol::PersonRecord>)> done);
    void enterprise(const QString& creditCode, const QString& caseUuid,
        std::function<void(Result<protocol::EnterpriseRecord>)> done);
    void verify(const protocol::VerificationRequest& request,
        std::function<void(Result<protocol::VerificationAnswer>)> done);

private:
    void send(const QString& pathWithQuery, const QByteArray* postBody,
        std::function<void(Result<QJsonObject>)> done);
    Error replyError(QNetworkReply* reply, int status, const QByteArray& body) const;

    QNetworkAccessManager* m_nam = nullptr;
    QUrl m_baseUrl;
    QString m_token;
    int m_timeoutMs = 10000;
    int m_requests = 0;
};

} // namespace ow::prefill
