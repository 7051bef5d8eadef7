#pragma once

#include "base/result.h"

#include <QByteArray>
#include <QJsonObject>

namespace ow::protocol {

// Every 4xx/5xx answer of the server: {"error": {"code": "...", "message": "...", "details": {...}}}.
// code is stable for programs ("case.conflict"); message is for people; details is optional (e.g. "field").
struct ApiError
{
    QString code;
    QString message;
    QJsonObject details;

    QJsonObject toJson() const;
    QByteArray toBody() const;
    static Result<ApiError> fromJson(const QJsonObject& json);
    // Parses an error body; a body that is not one becomes code "http.<status>" with the raw text (cut).
    static ApiError fromReply(int httpStatus, const QByteArray& body);
    // Turns a parsing Error into an ApiError (details.field carries Error::where).
    static ApiError fromError(const Error& error);
};

} // namespace ow::protocol
