#include "app/intake/acceptedplan.h"

namespace ow::intake {

Result<catalog::Plan> planAsAccepted(const catalog::Catalog& catalog, const CaseData& c)
{
    catalog::PlanInput in;
    in.answers = c.answers;
    in.proxy = c.proxy;
    in.fieldValues = c.flatFieldValues();
    in.today = c.acceptedAt.isValid() ? c.acceptedAt.date() : c.createdAt.date();
    return catalog::computePlan(catalog, c.bundleCode, in);
}

} // namespace ow::intake
