#pragma once

#include "app/catalog/plan.h"
#include "app/common/result.h"
#include "app/intake/casedata.h"
#include "app/intake/intakesession.h"

namespace ow::ui::docs {

// The documents of an intake as PDF bytes, in the UI language. Safe to call from a worker thread.
Result<QByteArray> notification(
    const catalog::Catalog& catalog, const catalog::Plan& plan, const QJsonObject& answers);
Result<QByteArray> receipt(
    const catalog::Catalog& catalog, const catalog::Plan& plan, const intake::CaseData& c);
Result<QByteArray> correctionNotice(const catalog::Catalog& catalog, const catalog::Plan& plan,
    const intake::CaseData& c, const QList<intake::Problem>& problems);

} // namespace ow::ui::docs
