#pragma once

#include "app/catalog/plan.h"
#include "app/intake/casedata.h"
#include "base/result.h"

#include <QJsonObject>
#include <QSqlDatabase>

#include <functional>

namespace ow::intake {

// What acceptance hands over, in its own transaction: the payload of the accepted case (built from the case
// with its number and the plan it was accepted under) and the writer that queues it. The sync module owns
// both (sync::handoff(): the protocol's CaseSubmission and its outbox); the intake owns neither table nor
// format. There is no default: an IntakeSession without a hand-off cannot accept.
struct Handoff
{
    using PayloadBuilder = std::function<QJsonObject(const CaseData& accepted, const catalog::Plan& plan)>;
    // Queues `payload` for the case inside the acceptance transaction running on `db`.
    using Enqueue = std::function<Result<void>(
        const QSqlDatabase& db, const QString& caseUuid, const QJsonObject& payload, const QDateTime& at)>;

    PayloadBuilder payload;
    Enqueue enqueue;

    bool isSet() const { return payload && enqueue; }
    // The payload of `accepted` under `plan`, queued in the transaction on `db`.
    Result<void> queue(const QSqlDatabase& db, const CaseData& accepted, const catalog::Plan& plan) const
    {
        return enqueue(db, accepted.uuid, payload(accepted, plan), accepted.acceptedAt);
    }
};

} // namespace ow::intake
