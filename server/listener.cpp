#include "server/listener.h"

#include "app/common/logging.h"
#include "server/text_p.h"

#include <QSslSocket>
#include <QTcpSocket>

namespace ow::server {

Listener::Listener(qint64 maxBodyBytes, std::optional<QSslConfiguration> tls, Reject reject, QObject* parent)
    : QTcpServer(parent)
    , m_maxBodyBytes(maxBodyBytes)
    , m_tls(std::move(tls))
    , m_reject(std::move(reject))
{ }

void Listener::incomingConnection(qintptr handle)
{
    if (!m_tls) {
        auto* socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(handle)) {
            delete socket;
            return;
        }
        guard(socket);
        addPendingConnection(socket);
        return;
    }
    auto* socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    socket->setSslConfiguration(*m_tls);
    guard(socket);
    // Handed to the HTTP server only once the handshake is done; a failed handshake just closes.
    connect(socket, &QSslSocket::encrypted, this, [this, socket] { addPendingConnection(socket); });
    connect(socket, &QSslSocket::sslErrors, socket, [socket](const QList<QSslError>& errors) {
        qCInfo(lcServer) << "TLS handshake failed:"
                         << (errors.isEmpty() ? QString() : errors.first().errorString());
        socket->abort();
    });
    connect(socket, &QAbstractSocket::disconnected, socket, [this, socket] {
        // Sockets that never finished the handshake were never handed over: delete them here.
        if (!socket->isEncrypted())
            socket->deleteLater();
    });
    socket->startServerEncryption();
}

void Listener::guard(QTcpSocket* socket)
{
    new RequestGuard(socket, m_maxBodyBytes, m_reject);
}

RequestGuard::RequestGuard(QTcpSocket* socket, qint64 maxBodyBytes, Listener::Reject reject)
    : QObject(socket)
    , m_socket(socket)
    , m_maxBodyBytes(maxBodyBytes)
    , m_reject(std::move(reject))
{
    // Connected before the HTTP server connects its parser, so this runs first on every readyRead.
    connect(socket, &QIODevice::readyRead, this, &RequestGuard::onReadyRead);
    m_idle.setSingleShot(true);
    m_idle.setInterval(kIdleTimeoutMs);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        qCDebug(lcServer) << "closing an idle connection";
        m_socket->abort();
    });
    connect(socket, &QIODevice::bytesWritten, &m_idle, qOverload<>(&QTimer::start));
    m_idle.start();
}

void RequestGuard::onReadyRead()
{
    m_idle.start();
    if (m_state == State::Draining) {
        // The refused body is read and dropped, then answered; pipelined bytes after it are not served.
        m_bodyRemaining -= m_socket->readAll().size();
        if (m_bodyRemaining <= 0 && m_pending) {
            m_reject(m_socket, *m_pending);
            m_pending.reset();
        }
        return;
    }
    consume(m_socket->peek(m_socket->bytesAvailable()));
}

void RequestGuard::consume(const QByteArray& data)
{
    qsizetype pos = 0;
    while (pos < data.size() && m_state != State::Draining) {
        if (m_state == State::Body) {
            const qint64 take = std::min<qint64>(m_bodyRemaining, data.size() - pos);
            m_bodyRemaining -= take;
            pos += take;
            if (m_bodyRemaining == 0)
                m_state = State::Headers;
            continue;
        }
        // Headers: collect up to the blank line.
        const qsizetype before = m_headerBytes.size();
        m_headerBytes += data.mid(pos);
        qsizetype end = m_headerBytes.indexOf("\r\n\r\n");
        if (end < 0) {
            // Leading blank lines between requests are allowed by HTTP; ignore them.
            if (m_headerBytes.size() > kMaxHeaderBytes)
                refuse(HttpResponse::error(431, QStringLiteral("request.headersTooLarge"),
                           Text::tr("The request headers are larger than %1 bytes.").arg(kMaxHeaderBytes)),
                    0);
            return;
        }
        if (end > kMaxHeaderBytes) {
            refuse(HttpResponse::error(431, QStringLiteral("request.headersTooLarge"),
                       Text::tr("The request headers are larger than %1 bytes.").arg(kMaxHeaderBytes)),
                0);
            return;
        }
        const QByteArray head = m_headerBytes.left(end);
        pos += end + 4 - before;
        m_headerBytes.clear();
        qint64 length = 0;
        bool chunked = false;
        bool expectContinue = false;
        for (const QByteArray& line : head.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "content-length")
                length = value.toLongLong();
            else if (name == "transfer-encoding" && value.toLower().contains("chunked"))
                chunked = true;
            else if (name == "expect" && value.toLower() == "100-continue")
                expectContinue = true;
        }
        if (chunked) {
            refuse(HttpResponse::error(411, QStringLiteral("request.lengthRequired"),
                       Text::tr("Send the body with a Content-Length; chunked transfer is not accepted.")),
                0);
            return;
        }
        if (length > m_maxBodyBytes) {
            refuse(HttpResponse::error(413, QStringLiteral("request.tooLarge"),
                       Text::tr("The request body has %1 bytes; the limit is %2.")
                           .arg(length)
                           .arg(m_maxBodyBytes),
                       {{QStringLiteral("limit"), double(m_maxBodyBytes)}}),
                length - (data.size() - pos));
            return;
        }
        // Clients such as curl wait for this before sending a larger body; Qt's parser does not send it.
        if (expectContinue && length > 0 && pos == data.size())
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        if (length > 0) {
            m_state = State::Body;
            m_bodyRemaining = length;
        }
    }
}

void RequestGuard::refuse(const HttpResponse& response, qint64 bodyToDrain)
{
    qCInfo(lcServer) << "refused a request:" << response.status;
    // The HTTP parser must not see this request: stop it from reading the socket.
    disconnect(m_socket, &QIODevice::readyRead, nullptr, nullptr);
    connect(m_socket, &QIODevice::readyRead, this, &RequestGuard::onReadyRead);
    if (m_socket->isTransactionStarted())
        m_socket->rollbackTransaction();
    m_socket->readAll();
    m_state = State::Draining;
    m_bodyRemaining = std::max<qint64>(0, bodyToDrain);
    HttpResponse answer = response;
    answer.closeConnection = true;
    // Answer once the client has sent its body (so that it reads the answer instead of a reset connection),
    // unless the body is absurdly large: then answer now and close.
    if (m_bodyRemaining == 0 || m_bodyRemaining > kMaxDrainBytes)
        m_reject(m_socket, answer);
    else
        m_pending = answer;
}

} // namespace ow::server
