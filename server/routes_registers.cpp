#include "protocol/identifiers.h"
#include "protocol/jsonreader.h"
#include "protocol/registers.h"
#include "server/database.h"
#include "server/registers.h"
#include "server/router.h"
#include "server/text_p.h"

namespace ow::server {
namespace {

using protocol::Role;

// caseUuid and consent=true are required for every shared-data read.
std::optional<HttpResponse> checkPurpose(const QString& caseUuid, bool consent)
{
    if (!protocol::isUuid(caseUuid))
        return HttpResponse::error(400, QStringLiteral("request.caseUuid"),
            Text::tr("A shared-data request must name the case it is for (caseUuid)."),
            {{QStringLiteral("field"), QStringLiteral("caseUuid")}});
    if (!consent)
        return HttpResponse::error(403, QStringLiteral("consent.required"),
            Text::tr("The applicant's consent must be recorded on the case before shared data is read."));
    return std::nullopt;
}

bool consentOf(const RequestContext& c)
{
    return c.request.query.queryItemValue(QStringLiteral("consent")) == QStringLiteral("true");
}

HttpResponse getPerson(RequestContext& c)
{
    const QString caseUuid = c.request.query.queryItemValue(QStringLiteral("caseUuid"));
    if (auto refused = checkPurpose(caseUuid, consentOf(c)))
        return *refused;
    auto p = registers::person(c.db, c.param(QStringLiteral("idNumber")), caseUuid, c.staff);
    if (!p)
        return HttpResponse::fromError(p.error());
    if (!p->has_value())
        return HttpResponse::error(404, QStringLiteral("register.notFound"),
            Text::tr("The household register has no person with this ID number."));
    return HttpResponse::json(200, (*p)->toJson());
}

HttpResponse getEnterprise(RequestContext& c)
{
    const QString caseUuid = c.request.query.queryItemValue(QStringLiteral("caseUuid"));
    if (auto refused = checkPurpose(caseUuid, consentOf(c)))
        return *refused;
    auto e = registers::enterprise(c.db, c.param(QStringLiteral("creditCode")), caseUuid, c.staff);
    if (!e)
        return HttpResponse::fromError(e.error());
    if (!e->has_value())
        return HttpResponse::error(404, QStringLiteral("register.notFound"),
            Text::tr("The enterprise register has no entry with this credit code."));
    return HttpResponse::json(200, (*e)->toJson());
}

HttpResponse postVerification(RequestContext& c)
{
    auto body = protocol::parseObject(c.request.body);
    if (!body)
        return HttpResponse::fromError(body.error());
    auto request = protocol::VerificationRequest::fromJson(*body);
    if (!request)
        return HttpResponse::fromError(request.error());
    if (auto refused = checkPurpose(request->caseUuid, request->consent))
        return *refused;
    auto a = registers::verify(c.db, *request, c.staff);
    if (!a)
        return HttpResponse::fromError(a.error());
    return HttpResponse::json(200, a->toJson());
}

HttpResponse getAudit(RequestContext& c)
{
    const QString caseUuid = c.request.query.queryItemValue(QStringLiteral("caseUuid"));
    bool ok = true;
    int limit = 100;
    if (c.request.query.hasQueryItem(QStringLiteral("limit")))
        limit = c.request.query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 1 || limit > 1000 || (!caseUuid.isEmpty() && !protocol::isUuid(caseUuid)))
        return HttpResponse::error(400, QStringLiteral("request.invalidQuery"),
            Text::tr("caseUuid must be a lower-case UUID and limit a number from 1 to 1000."));
    auto rows
        = registers::audit(c.db, caseUuid, c.staff.role == Role::Admin ? QString() : c.staff.hallCode, limit);
    if (!rows)
        return HttpResponse::fromError(rows.error());
    return HttpResponse::json(200, QJsonObject {{QStringLiteral("entries"), *rows}});
}

} // namespace

void addRegisterRoutes(Router& router)
{
    const QList<Role> readers {Role::Clerk, Role::Supervisor, Role::BackOffice};
    router.add("GET", QStringLiteral("/api/v1/registers/person/{idNumber}"), readers, getPerson);
    router.add("GET", QStringLiteral("/api/v1/registers/enterprise/{creditCode}"), readers, getEnterprise);
    router.add("POST", QStringLiteral("/api/v1/verifications"), readers, postVerification);
    router.add("GET", QStringLiteral("/api/v1/audit"), {Role::Supervisor, Role::Admin}, getAudit);
}

} // namespace ow::server
