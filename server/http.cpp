#include "server/http.h"

#include "protocol/apierror.h"
#include "server/text_p.h"

#include <QJsonDocument>

namespace ow::server {

HttpResponse HttpResponse::json(int status, const QJsonObject& object)
{
    HttpResponse r;
    r.status = status;
    r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return r;
}

HttpResponse HttpResponse::json(int status, const QJsonArray& array)
{
    HttpResponse r;
    r.status = status;
    r.body = QJsonDocument(array).toJson(QJsonDocument::Compact);
    return r;
}

HttpResponse HttpResponse::empty(int status)
{
    HttpResponse r;
    r.status = status;
    r.contentType.clear();
    return r;
}

HttpResponse HttpResponse::error(
    int status, const QString& code, const QString& message, const QJsonObject& details)
{
    return json(status, protocol::ApiError {code, message, details}.toJson());
}

HttpResponse HttpResponse::fromError(const Error& error)
{
    const protocol::ApiError api = protocol::ApiError::fromError(error);
    if (error.code.startsWith(QStringLiteral("protocol.")))
        return json(400, api.toJson());
    if (error.code.startsWith(QStringLiteral("sql.")) || error.code.startsWith(QStringLiteral("database.")))
        return HttpResponse::error(503, QStringLiteral("server.database"),
            Text::tr("The server's database is not available; try again later."));
    return HttpResponse::error(500, QStringLiteral("server.internal"), Text::tr("Internal server error."));
}

HttpResponse& HttpResponse::withHeader(const QByteArray& name, const QByteArray& value)
{
    headers.append({name, value});
    return *this;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
    case 416:
        return "Range Not Satisfiable";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

QByteArray serialize(const HttpResponse& response, bool headRequest, const QByteArray& requestId)
{
    QByteArray out;
    out.reserve(256 + (headRequest ? 0 : response.body.size()));
    out += "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    if (!response.contentType.isEmpty())
        out += "Content-Type: " + response.contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += "Cache-Control: no-store\r\n";
    out += "X-Content-Type-Options: nosniff\r\n";
    if (!requestId.isEmpty())
        out += "X-Request-ID: " + requestId + "\r\n";
    for (const auto& h : response.headers)
        out += h.first + ": " + h.second + "\r\n";
    if (response.closeConnection)
        out += "Connection: close\r\n";
    out += "\r\n";
    if (!headRequest)
        out += response.body;
    return out;
}

} // namespace ow::server
