#pragma once

#include "app/catalog/plan.h"
#include "app/intake/casedata.h"

#include <QDate>
#include <QList>

namespace ow::rules {
class WorkingCalendar;
}

// How a planned material may be received at the counter. The materials panel offers exactly these; the
// rules live here so the form, the CLI and the tests agree.
namespace ow::intake {

// Working days to supply a 容缺 material when the bundle's tolerance names none (tolerance.dueDays).
inline constexpr int kDefaultToleranceDueDays = 10;

// The states the clerk may record for a planned material: "missing", each way the catalog accepts it
// (original, copy, e-licence, verified, commitment) in that order, "tolerated" when 容缺 applies; only
// "produced" for a material the bundle issues itself. The state the case holds now is kept in the list
// (last) even when the catalog no longer offers it, so nothing recorded disappears from view.
QList<MaterialState> allowedMaterialStates(const catalog::PlannedMaterial& material, MaterialState current);

// The due date a 容缺 material gets by default: the bundle's tolerance.dueDays (kDefaultToleranceDueDays when
// it names none) working days after `today` on the catalog's working-day calendar.
QDate toleranceDueDate(
    const catalog::BundleDef& bundle, const rules::WorkingCalendar& calendar, const QDate& today);

} // namespace ow::intake
