#include "app/intake/materialrules.h"

#include "app/catalog/catalog.h"
#include "app/rules/workingcalendar.h"

namespace ow::intake {

QList<MaterialState> allowedMaterialStates(const catalog::PlannedMaterial& material, MaterialState current)
{
    QList<MaterialState> states;
    if (!material.producedBy.isEmpty()) {
        states << MaterialState::Produced;
    } else {
        states << MaterialState::Missing;
        for (catalog::Way w : material.material->ways) {
            switch (w) {
            case catalog::Way::Original:
                states << MaterialState::Original;
                break;
            case catalog::Way::Copy:
                states << MaterialState::Copy;
                break;
            case catalog::Way::ELicence:
                states << MaterialState::ELicence;
                break;
            case catalog::Way::Verified:
                states << MaterialState::Verified;
                break;
            case catalog::Way::Commitment:
                states << MaterialState::Commitment;
                break;
            }
        }
        if (material.tolerable)
            states << MaterialState::Tolerated;
    }
    if (!states.contains(current))
        states << current;
    return states;
}

QDate toleranceDueDate(
    const catalog::BundleDef& bundle, const rules::WorkingCalendar& calendar, const QDate& today)
{
    const int days = bundle.toleranceDueDays > 0 ? bundle.toleranceDueDays : kDefaultToleranceDueDays;
    return calendar.addWorkingDays(today, days);
}

} // namespace ow::intake
