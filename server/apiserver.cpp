#include "server/apiserver.h"

#include "app/common/logging.h"
#include "server/listener.h"
#include "server/router.h"
#include "server/text_p.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHttpServerRequest>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpSocket>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace ow::server {
namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "UNKNOWN";
    }
}

QByteArray requestIdOf(const QByteArray& given)
{
    bool ok = !given.isEmpty() && given.size() <= 64;
    for (char c : given) {
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
                || c == '_' || c == '.'))
            ok = false;
    }
    if (ok)
        return given;
    const quint64 r = QRandomGenerator::global()->generate64();
    return QByteArray::number(r, 16).rightJustified(16, '0');
}

Result<QSslConfiguration> tlsConfiguration(const ServerConfig& config)
{
    QFile certFile(config.tlsCertificate);
    QFile keyFile(config.tlsKey);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("config.tls"),
            Text::tr("Cannot read the TLS certificate %1 or key %2.")
                .arg(config.tlsCertificate, config.tlsKey));
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
    const QByteArray keyPem = keyFile.readAll();
    QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
    if (chain.isEmpty() || key.isNull())
        return makeError(
            QStringLiteral("config.tls"), Text::tr("The TLS certificate or key is not a valid PEM file."));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(key);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    return tls;
}

} // namespace

ApiServer::ApiServer(std::shared_ptr<Router> router, QThreadPool* pool, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_router(std::move(router))
    , m_pool(pool)
{ }

ApiServer::~ApiServer() = default;

Result<quint16> ApiServer::start(const ServerConfig& config)
{
    m_maxBodyBytes = config.maxBodyBytes;
    std::optional<QSslConfiguration> tls;
    if (config.tls()) {
        auto t = tlsConfiguration(config);
        if (!t)
            return t.error();
        tls = *t;
    }
    auto* listener = new Listener(
        config.maxBodyBytes, tls,
        [this](QTcpSocket* socket, const HttpResponse& response) { reject(socket, response); }, this);
    if (!listener->listen(config.listenAddress, config.port)) {
        const QString why = listener->errorString();
        delete listener;
        return makeError(QStringLiteral("config.listen"),
            Text::tr("Cannot listen on %1:%2: %3")
                .arg(config.listenAddress.toString())
                .arg(config.port)
                .arg(why));
    }
    bind(listener);
    return listener->serverPort();
}

quint64 ApiServer::reserve(QTcpSocket* socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end()) {
        it = m_connections.insert(socket, Connection {});
        connect(socket, &QObject::destroyed, this, [this, socket] { m_connections.remove(socket); });
    }
    return it->nextSequence++;
}

void ApiServer::deliver(
    const QPointer<QTcpSocket>& socket, quint64 sequence, const QByteArray& bytes, bool close)
{
    if (!socket)
        return; // the client went away; the work is done and stored, only the answer is lost
    auto it = m_connections.find(socket.data());
    if (it == m_connections.end())
        return;
    it->ready.insert(sequence, {bytes, close});
    while (!it->ready.isEmpty() && it->ready.firstKey() == it->nextToSend) {
        const auto answer = it->ready.take(it->nextToSend);
        ++it->nextToSend;
        if (socket->state() != QAbstractSocket::ConnectedState)
            return;
        socket->write(answer.first);
        if (answer.second) {
            socket->disconnectFromHost();
            return;
        }
    }
}

void ApiServer::reject(QTcpSocket* socket, const HttpResponse& response)
{
    const quint64 sequence = reserve(socket);
    deliver(QPointer<QTcpSocket>(socket), sequence, serialize(response, false, {}), true);
}

bool ApiServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    HttpRequest r;
    r.method = methodName(request.method());
    r.path = request.url().path(QUrl::FullyEncoded);
    r.query = request.query();
    const auto headers = request.headers();
    for (const auto& h : headers)
        r.headers.insert(h.first.toLower(), h.second);
    r.remote = request.remoteAddress();
    r.requestId = requestIdOf(r.header("x-request-id"));
    const bool head = r.method == "HEAD";
    const bool close = r.header("connection").toLower() == "close";
    const quint64 sequence = reserve(socket);
    QPointer<QTcpSocket> guard(socket);

    if (request.body().size() > m_maxBodyBytes || r.method == "UNKNOWN") {
        HttpResponse refused = r.method == "UNKNOWN"
            ? HttpResponse::error(405, QStringLiteral("request.method"), Text::tr("Unsupported HTTP method."))
            : HttpResponse::error(413, QStringLiteral("request.tooLarge"),
                Text::tr("The request body is larger than %1 bytes.").arg(m_maxBodyBytes));
        refused.closeConnection = true;
        deliver(guard, sequence, serialize(refused, head, r.requestId), true);
        return true;
    }
    r.body = request.body();

    QElapsedTimer timer;
    timer.start();
    const std::shared_ptr<Router> router = m_router;
    QtConcurrent::run(m_pool, [router, r]() { return router->dispatch(r); })
        .then(this,
            [this, guard, sequence, head, close, timer, method = r.method, path = r.path,
                requestId = r.requestId](HttpResponse response) {
                if (response.status >= 500)
                    qCWarning(lcServer).noquote()
                        << method << path << response.status << timer.elapsed() << "ms" << requestId;
                else
                    qCDebug(lcServer).noquote()
                        << method << path << response.status << timer.elapsed() << "ms" << requestId;
                response.closeConnection = response.closeConnection || close;
                deliver(guard, sequence, serialize(response, head, requestId), response.closeConnection);
            });
    return true;
}

void ApiServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    // handleRequest() answers everything; this is only reached if Qt calls it directly.
    const quint64 sequence = reserve(socket);
    deliver(QPointer<QTcpSocket>(socket), sequence,
        serialize(HttpResponse::error(
                      404, QStringLiteral("request.notFound"), Text::tr("There is no such resource.")),
            request.method() == QHttpServerRequest::Method::Head, {}),
        false);
}

} // namespace ow::server
