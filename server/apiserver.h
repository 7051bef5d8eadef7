#pragma once

#include "app/common/result.h"
#include "server/config.h"
#include "server/http.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QMap>
#include <QPointer>

#include <memory>

class QThreadPool;

namespace ow::server {

class Router;

// The HTTP front of the server, on the event-loop thread. QHttpServer 6.4 can return
// QFuture<QHttpServerResponse> from a route, but its continuation keeps a reference to the request object,
// which the server deletes when the client disconnects first. So this server subclasses QAbstractHttpServer
// instead: it copies each request into an HttpRequest, hands it to a worker thread of the pool (each with its
// own database connection) through QtConcurrent, and writes the answer from a QFuture continuation back on
// the event-loop thread — in request order per connection, and only if the connection still exists. The event
// loop never waits for the database.
class ApiServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    ApiServer(std::shared_ptr<Router> router, QThreadPool* pool, QObject* parent = nullptr);
    ~ApiServer() override;

    // Listens with the configured address, port, TLS and body limit; returns the port.
    Result<quint16> start(const ServerConfig& config);
    // Answers a request refused before parsing (413, 431, 411) and closes the connection after it.
    void reject(QTcpSocket* socket, const HttpResponse& response);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    struct Connection
    {
        quint64 nextSequence = 0; // given to the next request
        quint64 nextToSend = 0; // answers go out in this order
        QMap<quint64, QPair<QByteArray, bool>> ready; // sequence → bytes, close after
    };
    quint64 reserve(QTcpSocket* socket);
    void deliver(const QPointer<QTcpSocket>& socket, quint64 sequence, const QByteArray& bytes, bool close);

    std::shared_ptr<Router> m_router;
    QThreadPool* m_pool;
    qint64 m_maxBodyBytes = 0;
    QHash<QTcpSocket*, Connection> m_connections;
};

} // namespace ow::server
