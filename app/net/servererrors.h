#pragma once

#include "base/result.h"
#include "protocol/apierror.h"

// What the workbench makes of the server's error codes (protocol/errorcodes.h): whether a refusal is final
// and what the clerk reads about it, in the UI language. A new code on the server needs a line in
// servererrors.cpp; until then the workbench retries the request and shows the server's own message.
namespace ow::net {

enum class ServerCodeKind { Final, Passing, Unknown };

ServerCodeKind serverCodeKind(const QString& code);

// The Error of a 4xx answer that carries an API error body: code = the server's code, message = what the
// clerk reads (translated), where = "HTTP <status> <method> <path>", detail = the server's own message.
Error refusal(const protocol::ApiError& api, const QString& where);

} // namespace ow::net
