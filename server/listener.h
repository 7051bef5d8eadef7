#pragma once

#include "server/http.h"

#include <QSslConfiguration>
#include <QTcpServer>
#include <QTimer>

#include <functional>
#include <optional>

class QTcpSocket;

namespace ow::server {

// The listening socket of the API. Creates plain or TLS sockets and puts a RequestGuard in front of the HTTP
// parser of each, so that an oversized body or header block is refused before it is buffered.
class Listener : public QTcpServer
{
    Q_OBJECT
public:
    using Reject = std::function<void(QTcpSocket*, const HttpResponse&)>;

    Listener(
        qint64 maxBodyBytes, std::optional<QSslConfiguration> tls, Reject reject, QObject* parent = nullptr);

protected:
    void incomingConnection(qintptr handle) override;

private:
    void guard(QTcpSocket* socket);

    qint64 m_maxBodyBytes;
    std::optional<QSslConfiguration> m_tls;
    Reject m_reject;
};

// Follows the HTTP/1.1 framing of one connection by peeking at the bytes before the parser reads them:
// header blocks over 64 KiB, bodies over the limit and chunked bodies are answered (431, 413, 411) by the
// Reject callback; the rest of an oversized body is read and dropped, then the connection closes.
class RequestGuard : public QObject
{
    Q_OBJECT
public:
    RequestGuard(QTcpSocket* socket, qint64 maxBodyBytes, Listener::Reject reject);

    static constexpr qsizetype kMaxHeaderBytes = 64 * 1024;
    static constexpr qint64 kMaxDrainBytes = 256 * 1024 * 1024;
    // A connection with no traffic for this long is closed (idle keep-alive, or a client that stalls).
    static constexpr int kIdleTimeoutMs = 120 * 1000;

private:
    void onReadyRead();
    void consume(const QByteArray& data);
    void refuse(const HttpResponse& response, qint64 bodyToDrain);

    enum class State { Headers, Body, Draining };
    QTcpSocket* m_socket;
    qint64 m_maxBodyBytes;
    Listener::Reject m_reject;
    State m_state = State::Headers;
    QByteArray m_headerBytes;
    qint64 m_bodyRemaining = 0;
    std::optional<HttpResponse> m_pending;
    QTimer m_idle;
};

} // namespace ow::server
