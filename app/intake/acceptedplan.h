#pragma once

#include "app/catalog/plan.h"
#include "app/intake/casedata.h"

namespace ow::intake {

// The plan an accepted case was accepted under: its answers (with the defaults acceptance recorded), proxy
// and field values, on the day of acceptance. With the catalog the case was taken with, this is the plan the
// receipt showed, so a reprint shows the same.
Result<catalog::Plan> planAsAccepted(const catalog::Catalog& catalog, const CaseData& c);

} // namespace ow::intake
