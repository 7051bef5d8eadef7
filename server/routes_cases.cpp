#include "app/common/logging.h"
#include "protocol/casestatus.h"
#include "protocol/jsonreader.h"
#include "server/casestore.h"
#include "server/database.h"
#include "server/router.h"
#include "server/text_p.h"

#include <QJsonDocument>

namespace ow::server {
namespace {

using protocol::Role;

std::optional<qint64> queryInteger(
    const RequestContext& c, const QString& name, qint64 fallback, qint64 min, qint64 max)
{
    if (!c.request.query.hasQueryItem(name))
        return fallback;
    bool ok = false;
    const qint64 v = c.request.query.queryItemValue(name).toLongLong(&ok);
    if (!ok || v < min || v > max)
        return std::nullopt;
    return v;
}

const QList<Role> kSubmitters {Role::Clerk, Role::Supervisor};

HttpResponse putCase(RequestContext& c)
{
    const QString uuid = c.param(QStringLiteral("uuid"));
    auto submission = protocol::CaseSubmission::fromBody(c.request.body);
    // The hot path on PostgreSQL checks the token in the statement that stores the case; everything else
    // (a refused token, a bad body, a UUID already taken, SQLite) goes through authorize() first, so that a
    // request without a valid token learns nothing about the body or the case.
    const QString tokenHash = auth::bearerTokenHash(c.request.header("authorization"));
    if (submission && submission->uuid == uuid && c.db.isPostgres() && !tokenHash.isEmpty()) {
        QStringList roles;
        for (Role r : kSubmitters)
            roles << protocol::roleName(r);
        auto fast = cases::putCheckingToken(c.db, *submission, tokenHash, roles, *c.config.clock);
        if (!fast)
            return HttpResponse::fromError(fast.error());
        if (fast->has_value())
            return HttpResponse::json(201, (*fast)->receipt.toJson());
    }
    if (auto refused = c.authorize())
        return *refused;
    if (!submission)
        return HttpResponse::fromError(submission.error());
    if (submission->uuid != uuid)
        return HttpResponse::error(400, QStringLiteral("case.uuidMismatch"),
            Text::tr("The uuid in the body differs from the one in the path."),
            {{QStringLiteral("field"), QStringLiteral("uuid")}});
    if (submission->hallCode != c.staff.hallCode)
        return HttpResponse::error(403, QStringLiteral("auth.hall"),
            Text::tr("A case of hall %1 cannot be submitted with an account of hall %2.")
                .arg(submission->hallCode, c.staff.hallCode));
    auto outcome = cases::put(c.db, *submission, c.staff);
    if (!outcome)
        return HttpResponse::fromError(outcome.error());
    switch (outcome->kind) {
    case cases::PutOutcome::Kind::Created:
        return HttpResponse::json(201, outcome->receipt.toJson());
    case cases::PutOutcome::Kind::Same:
        return HttpResponse::json(200, outcome->receipt.toJson());
    case cases::PutOutcome::Kind::Conflict:
        qCWarning(lcServer) << "case" << uuid << "submitted again with different content; refused";
        return HttpResponse::error(409, QStringLiteral("case.conflict"),
            Text::tr("This case was already submitted with different content; nothing was changed."));
    case cases::PutOutcome::Kind::OtherHall:
        return *forbiddenHall(c.staff, outcome->existingHall);
    }
    return HttpResponse::error(500, QStringLiteral("server.internal"), Text::tr("Internal server error."));
}

HttpResponse getCase(RequestContext& c)
{
    auto found = cases::find(c.db, c.param(QStringLiteral("uuid")));
    if (!found)
        return HttpResponse::fromError(found.error());
    if (!found->has_value())
        return HttpResponse::error(
            404, QStringLiteral("case.notFound"), Text::tr("There is no case with this uuid."));
    const cases::StoredCase& stored = **found;
    if (auto refused = forbiddenHall(c.staff, stored.hallCode))
        return *refused;
    auto receipt = cases::receiptOf(c.db, stored);
    if (!receipt)
        return HttpResponse::fromError(receipt.error());
    protocol::CaseState state {*receipt, stored.hallCode, stored.reasons, stored.updatedAt, std::nullopt};
    auto submission
        = protocol::CaseSubmission::fromJson(QJsonDocument::fromJson(stored.content.toUtf8()).object());
    if (submission)
        state.submission = *submission;
    return HttpResponse::json(200, state.toJson());
}

HttpResponse changeStatus(RequestContext& c)
{
    auto body = protocol::parseObject(c.request.body);
    if (!body)
        return HttpResponse::fromError(body.error());
    auto change = protocol::StatusChange::fromJson(*body);
    if (!change)
        return HttpResponse::fromError(change.error());
    auto outcome = cases::changeStatus(c.db, c.param(QStringLiteral("uuid")), *change, c.staff);
    if (!outcome)
        return HttpResponse::fromError(outcome.error());
    const cases::StoredCase& stored = outcome->stored;
    switch (outcome->kind) {
    case cases::ChangeOutcome::Kind::NotFound:
        return HttpResponse::error(
            404, QStringLiteral("case.notFound"), Text::tr("There is no case with this uuid."));
    case cases::ChangeOutcome::Kind::OtherHall:
        return *forbiddenHall(c.staff, stored.hallCode);
    case cases::ChangeOutcome::Kind::BadTransition:
        return HttpResponse::error(409, QStringLiteral("case.transition"),
            Text::tr("A case that is %1 cannot become %2.")
                .arg(protocol::statusName(stored.status), protocol::statusName(change->status)),
            {{QStringLiteral("status"), protocol::statusName(stored.status)}});
    case cases::ChangeOutcome::Kind::Incomplete:
        return HttpResponse::error(409, QStringLiteral("case.incomplete"),
            Text::tr("The case cannot be taken into work before all its attachments have arrived."));
    case cases::ChangeOutcome::Kind::Changed:
        break;
    }
    auto receipt = cases::receiptOf(c.db, stored);
    if (!receipt)
        return HttpResponse::fromError(receipt.error());
    return HttpResponse::json(200,
        protocol::CaseState {*receipt, stored.hallCode, stored.reasons, stored.updatedAt, std::nullopt}
            .toJson());
}

HttpResponse listChanges(RequestContext& c)
{
    const auto since = queryInteger(c, QStringLiteral("since"), 0, 0, std::numeric_limits<qint64>::max() / 2);
    const auto limit = queryInteger(c, QStringLiteral("limit"), 500, 1, 1000);
    if (!since || !limit)
        return HttpResponse::error(400, QStringLiteral("request.invalidQuery"),
            Text::tr("since must be a cursor (0 or more) and limit a number from 1 to 1000."));
    auto page
        = cases::changes(c.db, *since, int(*limit), c.staff.seesAllHalls() ? QString() : c.staff.hallCode);
    if (!page)
        return HttpResponse::fromError(page.error());
    return HttpResponse::json(200, page->toJson());
}

} // namespace

void addCaseRoutes(Router& router)
{
    const QList<Role> anyone {Role::Clerk, Role::Supervisor, Role::BackOffice, Role::Admin};
    router.add("GET", QStringLiteral("/api/v1/cases/changes"), anyone, listChanges);
    router.add("PUT", QStringLiteral("/api/v1/cases/{uuid}"), kSubmitters, putCase, Router::Auth::InHandler);
    router.add("GET", QStringLiteral("/api/v1/cases/{uuid}"), anyone, getCase);
    router.add("POST", QStringLiteral("/api/v1/cases/{uuid}/status"), {Role::BackOffice}, changeStatus);
}

} // namespace ow::server
