#pragma once

#include "app/catalog/plan.h"
#include "app/intake/casedata.h"
#include "app/intake/handoff.h"
#include "protocol/casesubmission.h"

#include <QJsonObject>

// The hand-off payload: an accepted case as the protocol's CaseSubmission, the exact JSON that the outbox
// stores at acceptance and that PUT /api/v1/cases/{uuid} sends.
namespace ow::sync {

// Applicant from the applicant fields, canonical field values, materials of the plan with the way each was
// satisfied and its files, every attachment once (SHA-256, size, type, a plain file name), and the 容缺
// (tolerance, with due date) and 告知承诺 (pledge) commitments. Missing and produced materials are left out.
protocol::CaseSubmission submissionFor(const intake::CaseData& c, const catalog::Plan& plan);
QJsonObject submissionPayload(const intake::CaseData& c, const catalog::Plan& plan);

// The hand-off of the intake (IntakeSession, CaseRepository::accept): submissionPayload queued in the outbox
// (OutboxStore::enqueue) in the acceptance transaction.
intake::Handoff handoff();

// A name that protocol::isPlainFileName() accepts: folders, "..", and control characters replaced; a name
// with no letter or digit left becomes "<sha256 prefix>.<extension of the type>".
QString plainFileName(const QString& name, const QString& sha256, const QString& mimeType);

} // namespace ow::sync
