#pragma once

#include "app/common/result.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QUrlQuery>

namespace ow::server {

// A request copied out of QHttpServerRequest on the event-loop thread, so that a worker thread can handle
// it while the connection goes on.
struct HttpRequest
{
    QByteArray method; // "GET", "PUT", …
    QString path; // percent-encoded, as received
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    QHostAddress remote;
    QByteArray requestId;

    QByteArray header(const QByteArray& lowerCaseName) const { return headers.value(lowerCaseName); }
};

struct HttpResponse
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    bool closeConnection = false;

    static HttpResponse json(int status, const QJsonObject& object);
    static HttpResponse json(int status, const QJsonArray& array);
    static HttpResponse empty(int status);
    // {"error": {"code", "message", "details"}}
    static HttpResponse error(
        int status, const QString& code, const QString& message, const QJsonObject& details = {});
    // An Error from a parser or the store: protocol.* → 400, sql.*/database.* → 503, anything else → 500.
    static HttpResponse fromError(const Error& error);
    HttpResponse& withHeader(const QByteArray& name, const QByteArray& value);
};

// "HTTP/1.1 200 OK\r\n…" for the socket.
QByteArray serialize(const HttpResponse& response, bool headRequest, const QByteArray& requestId);
QByteArray reasonPhrase(int status);

} // namespace ow::server
