#pragma once

#include "app/net/tokenholder.h"
#include "base/result.h"

#include <QJsonObject>
#include <QList>
#include <QNetworkRequest>
#include <QObject>
#include <QPair>
#include <QSet>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace ow::net {

// One request to onewindow-server.
struct Request
{
    QByteArray method = "GET";
    QString path; // with its query, from protocol/api.h (e.g. protocol::api::casePath(uuid))
    QByteArray body; // null: none
    QByteArray contentType;
    QList<QPair<QByteArray, QByteArray>> headers;
    bool authorized = true; // sends the bearer token; signs in first when there is none
    int timeoutMs = 0; // no byte for this long aborts the request; 0: the transport's
};

// A 2xx (or 304) answer.
struct Reply
{
    int status = 0;
    QByteArray body;
    QString requestId;
};

// The HTTP transport every server call of the workbench goes through (outbox, status feed, catalog,
// registers and verification, and the calls to come). One per thread, with its own QNetworkAccessManager;
// all of them share one TokenHolder. Asynchronous: each call answers once through its callback, on this
// object's thread.
//
// - Failures are classified by HTTP status first (errors.h); a 4xx with an error body becomes the server's
//   code with a message for the clerk in the UI language and the server's message as Error::detail.
// - An authorized request without a valid token signs in first (once for all transports); a 401 drops the
//   token that was sent, signs in again and repeats the request once.
// - Every request carries its own X-Request-ID and the transfer timeout; the onewindow.net.http log shows
//   each exchange with the Authorization header and other secrets redacted.
class Transport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Transport)
public:
    template<typename T> using Callback = std::function<void(Result<T>)>;

    explicit Transport(std::shared_ptr<TokenHolder> tokens, QObject* parent = nullptr);
    ~Transport() override;

    void setBaseUrl(const QUrl& url) { m_baseUrl = url; }
    QUrl baseUrl() const { return m_baseUrl; }
    bool isConfigured() const { return m_baseUrl.isValid() && !m_baseUrl.isEmpty(); }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }
    const std::shared_ptr<TokenHolder>& tokens() const { return m_tokens; }

    void send(const Request& request, Callback<Reply> done);
    // The answer's JSON object through `parse`; an answer that is not one, or that `parse` refuses, is a
    // net.badResponse.
    template<typename T>
    void sendJson(
        const Request& request, std::function<Result<T>(const QJsonObject&)> parse, Callback<T> done)
    {
        send(request, [parse = std::move(parse), done = std::move(done)](Result<Reply> reply) {
            if (!reply) {
                done(reply.error());
                return;
            }
            auto json = jsonBody(*reply);
            if (!json) {
                done(json.error());
                return;
            }
            Result<T> parsed = parse(*json);
            if (!parsed) {
                done(badResponse(parsed.error().message, *reply));
                return;
            }
            done(std::move(parsed));
        });
    }

    // Cancels every request in flight and every request waiting for a sign-in; their callbacks are not
    // called.
    void abortAll();
    // X-Request-ID of the request sent last.
    QString lastRequestId() const { return m_lastRequestId; }
    int requestsSent() const { return m_requestsSent; }

    // "PUT http://…/api/v1/cases/… [X-Request-ID: …, Authorization: [redacted], …]" for the log.
    static QString describe(const QByteArray& method, const QNetworkRequest& request);
    static Result<QJsonObject> jsonBody(const Reply& reply);
    static Error badResponse(const QString& what, const Reply& reply = {});

private:
    void sendOnce(const Request& request, bool repeated, Callback<Reply> done);
    void withToken(std::function<void(Result<QString>)> then);
    void signInNow(const QString& username, const QString& password);
    void resumeWaiting();
    void dispatch(const Request& request, const QString& token, Callback<Reply> done);
    Result<Reply> interpret(
        QNetworkReply* reply, const QByteArray& method, int timeoutMs, qint64 elapsedMs) const;

    std::shared_ptr<TokenHolder> m_tokens;
    QNetworkAccessManager* m_nam = nullptr;
    QUrl m_baseUrl;
    int m_timeoutMs = 30000;
    QString m_lastRequestId;
    int m_requestsSent = 0;
    QSet<QNetworkReply*> m_inFlight;
    QList<std::function<void(Result<QString>)>> m_waiting; // for a sign-in
    bool m_signingIn = false; // this transport's sign-in is on the wire
};

} // namespace ow::net
