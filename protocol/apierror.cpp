#include "protocol/apierror.h"

#include "protocol/jsonreader.h"

#include <QJsonDocument>

namespace ow::protocol {

QJsonObject ApiError::toJson() const
{
    QJsonObject e {{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (!details.isEmpty())
        e.insert(QStringLiteral("details"), details);
    return {{QStringLiteral("error"), e}};
}

QByteArray ApiError::toBody() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
}

Result<ApiError> ApiError::fromJson(const QJsonObject& json)
{
    JsonReader outer(json);
    const QJsonObject inner = outer.object(QStringLiteral("error"));
    if (auto done = outer.finish(); !done)
        return done.error();
    JsonReader r(inner, QStringLiteral("error"));
    ApiError e;
    e.code = r.string(QStringLiteral("code"), 128);
    e.message = r.string(QStringLiteral("message"), 4000);
    if (r.has(QStringLiteral("details")))
        e.details = r.object(QStringLiteral("details"));
    else
        r.optionalString(QStringLiteral("details"), 0);
    if (auto done = r.finish(); !done)
        return done.error();
    return e;
}

ApiError ApiError::fromReply(int httpStatus, const QByteArray& body)
{
    auto object = parseObject(body);
    if (object) {
        auto e = fromJson(*object);
        if (e)
            return *e;
    }
    return ApiError {QStringLiteral("http.%1").arg(httpStatus), QString::fromUtf8(body.left(300)), {}};
}

ApiError ApiError::fromError(const Error& error)
{
    ApiError e {error.code, error.message, {}};
    if (!error.where.isEmpty())
        e.details.insert(QStringLiteral("field"), error.where);
    return e;
}

} // namespace ow::protocol
