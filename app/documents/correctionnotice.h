#pragma once

#include "app/catalog/plan.h"
#include "app/documents/documents.h"
#include "app/intake/casedata.h"
#include "app/intake/intakesession.h"

namespace ow::documents {

// Working days the applicant is given to correct when the caller names no deadline.
constexpr int kDefaultCorrectionDays = 5;

// 补正告知书: for a case (draft or returned), exactly what is missing or wrong — missing fields, invalid
// fields with the reason, missing materials with where to obtain them and how they are accepted, 容缺
// materials still lacking a due date — and the deadline. `problems` is what IntakeSession::problems()
// reports. deadline invalid: kDefaultCorrectionDays working days after the issue date (the catalog's
// calendar).
Result<QByteArray> correctionNoticePdf(const catalog::Catalog& catalog, const catalog::Plan& plan,
    const intake::CaseData& c, const QList<intake::Problem>& problems, const DocumentOptions& options = {},
    const QDate& deadline = {});

} // namespace ow::documents
