#pragma once

#include "app/catalog/catalog.h"

#include <QDate>
#include <QJsonValue>

namespace ow::intake {

// The message for a value of a catalog field, in the user's language ("" = acceptable or empty).
// Whether a field is required is decided by the plan, not here.
QString checkFieldValue(const catalog::FieldDef& def, const QJsonValue& value, const QDate& today = {});

} // namespace ow::intake
