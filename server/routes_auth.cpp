#include "protocol/auth.h"
#include "protocol/jsonreader.h"
#include "server/auth.h"
#include "server/database.h"
#include "server/router.h"
#include "server/text_p.h"

namespace ow::server {

using protocol::Role;

void addAuthRoutes(Router& router)
{
    const QList<Role> anyone {Role::Clerk, Role::Supervisor, Role::BackOffice, Role::Admin};

    router.add("POST", QStringLiteral("/api/v1/auth/sign-in"), {}, [](RequestContext& c) {
        auto body = protocol::parseObject(c.request.body);
        if (!body)
            return HttpResponse::fromError(body.error());
        auto request = protocol::SignInRequest::fromJson(*body);
        if (!request)
            return HttpResponse::fromError(request.error());
        auto response = auth::signIn(c.db, *request, c.config.tokenTtlSeconds, *c.config.clock);
        if (!response) {
            if (response.error().code == QLatin1String(auth::kInvalid))
                return HttpResponse::error(401, response.error().code, response.error().message);
            if (response.error().code == QLatin1String(auth::kThrottled))
                return HttpResponse::error(429, response.error().code, response.error().message)
                    .withHeader("Retry-After", QByteArray::number(auth::kThrottleWindowSeconds));
            return HttpResponse::fromError(response.error());
        }
        return HttpResponse::json(200, response->toJson());
    });

    router.add("POST", QStringLiteral("/api/v1/auth/sign-out"), anyone, [](RequestContext& c) {
        auto done = auth::signOut(c.db, c.request.header("authorization"));
        return done ? HttpResponse::empty(204) : HttpResponse::fromError(done.error());
    });

    router.add("GET", QStringLiteral("/api/v1/auth/me"), anyone,
        [](RequestContext& c) { return HttpResponse::json(200, c.staff.info().toJson()); });
}

} // namespace ow::server
