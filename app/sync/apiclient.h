#pragma once

#include "app/common/result.h"
#include "protocol/attachments.h"
#include "protocol/auth.h"
#include "protocol/casestatus.h"
#include "protocol/catalogs.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QObject>
#include <QSet>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace ow::sync {

// The onewindow-server API (/api/v1) as the workbench uses it: sign-in for a bearer token, case submission,
// resumable attachment upload by SHA-256, the status feed and catalog fetching. Asynchronous: every call
// answers once through its callback, on this object's thread. Failures are Errors whose code
// ErrorCategory classifies (syncerror.h): sync.network, sync.timeout, sync.server (5xx), sync.badResponse
// (an answer the API does not promise), sync.unauthorized (401), or the server's own error code for any
// other 4xx with the server's message. Every request carries its own X-Request-ID and the transfer timeout;
// the lcSyncHttp log shows each exchange with the Authorization header redacted.
class ApiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)
public:
    template<typename T> using Callback = std::function<void(Result<T>)>;

    // `nam` is not owned and must live on this object's thread.
    explicit ApiClient(QNetworkAccessManager* nam, QObject* parent = nullptr);
    ~ApiClient() override;

    void setBaseUrl(const QUrl& url) { m_baseUrl = url; }
    QUrl baseUrl() const { return m_baseUrl; }
    bool isConfigured() const { return m_baseUrl.isValid() && !m_baseUrl.isEmpty(); }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void setToken(const QString& token, const QDateTime& expiresAt = {});
    void clearToken();
    QString token() const { return m_token; }
    // A token that has not expired (with a minute to spare).
    bool hasToken() const;

    // POST /auth/sign-in; on success the client keeps the token for the calls that follow.
    void signIn(const QString& username, const QString& password, Callback<protocol::SignInResponse> done);
    void health(Callback<QJsonObject> done);
    // PUT /cases/{uuid} with the submission JSON exactly as stored in the outbox.
    void putCase(const QString& uuid, const QByteArray& body, Callback<protocol::ServerReceipt> done);
    void caseState(const QString& uuid, Callback<protocol::CaseState> done);
    void attachmentStatus(const QString& sha256, Callback<protocol::AttachmentStatus> done);
    // PUT /attachments/{sha256} with one chunk (Content-Range; no range for an empty file).
    void uploadChunk(const QString& sha256, const protocol::ByteRange& range, const QByteArray& bytes,
        const QString& mimeType, Callback<protocol::AttachmentStatus> done);
    // GET /cases/changes?since=cursor.
    void changes(qint64 since, int limit, Callback<protocol::ChangesPage> done);
    // GET /catalogs/latest, or /catalogs/{version}.
    void catalog(const QString& version, Callback<protocol::CatalogDocument> done);
    // GET /catalogs/latest with If-None-Match: nothing (std::nullopt) while the latest published catalog
    // still has `knownHash`, else the document.
    void latestCatalogIfChanged(
        const QString& knownHash, Callback<std::optional<protocol::CatalogDocument>> done);

    // Cancels every request in flight; their callbacks are not called.
    void abortAll();
    // X-Request-ID of the request sent last.
    QString lastRequestId() const { return m_lastRequestId; }
    int requestsSent() const { return m_requestsSent; }

    // "PUT http://…/api/v1/cases/… [X-Request-ID: …, Authorization: [redacted], …]" for the log.
    static QString describe(const QByteArray& method, const QNetworkRequest& request);

Q_SIGNALS:
    // Once per sign-in the server accepted, however many callers waited for it.
    void signedIn(const protocol::SignInResponse& response);

private:
    struct Raw
    {
        int status = 0;
        QByteArray body;
        Error error; // set when status is 0 or the answer is an error
        bool failed = false;
    };
    void send(const QByteArray& method, const QString& pathWithQuery, const QByteArray& body,
        const QByteArray& contentType, const QList<QPair<QByteArray, QByteArray>>& headers, bool authorized,
        std::function<void(const Raw&)> done);
    Raw interpret(QNetworkReply* reply, const QByteArray& method, qint64 elapsedMs) const;
    template<typename T>
    void finishParsed(const Raw& raw, const QString& sentWith,
        const std::function<Result<T>(const QJsonObject&)>& parse, const Callback<T>& done);
    template<typename T>
    void sendParsed(const QByteArray& method, const QString& path, const QByteArray& body,
        const QByteArray& contentType, const QList<QPair<QByteArray, QByteArray>>& headers, bool authorized,
        std::function<Result<T>(const QJsonObject&)> parse, Callback<T> done);

    QNetworkAccessManager* m_nam = nullptr;
    QUrl m_baseUrl;
    QString m_token;
    QDateTime m_tokenExpiresAt;
    int m_timeoutMs = 30000;
    QString m_lastRequestId;
    int m_requestsSent = 0;
    QSet<QNetworkReply*> m_inFlight;
    // Callers that asked to sign in while the same sign-in was already on the wire share its answer,
    // so the outbox and the status feed never sign in twice for one refused token.
    struct PendingSignIn
    {
        QString key;
        QList<Callback<protocol::SignInResponse>> waiters;
    };
    std::shared_ptr<PendingSignIn> m_pendingSignIn;
};

} // namespace ow::sync
