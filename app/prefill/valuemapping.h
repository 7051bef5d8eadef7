#pragma once

#include "app/catalog/catalog.h"

#include <QDate>
#include <QJsonValue>

#include <optional>

namespace ow::prefill {

// Turns a value as a source delivers it into the form the field stores, by the field's type:
//  - enum: the option whose value or label matches ("女" → "female", "汉" → "han" when labelled "汉族");
//  - date: "2020-05-01", "20200501", "2020年5月1日", "2020.05.01", "2020/5/1" → "2020-05-01";
//  - address: a printed address → {"division", "detail"} (AddressHelper::parse, `regionHint` breaks ties);
//  - boolean: true/false, "是"/"否"; integer/decimal/money: numbers; text types: trimmed strings.
// Returns nothing when the value cannot be expressed in the field's type (then it is not offered).
std::optional<QJsonValue> toFieldValue(
    const catalog::FieldDef& def, const QJsonValue& raw, const QString& regionHint = {});

// A date written the ways certificates and registers write them; invalid when none fits.
QDate parseLooseDate(const QString& text);

} // namespace ow::prefill

namespace ow::prefill {

// Why a value may not be offered for a field ("" = fine): the intake's field check (formats, enum options,
// dates, divisions) plus the full resident ID and credit-code checks (check characters).
QString candidateProblem(const catalog::FieldDef& def, const QJsonValue& value, const QDate& today);

} // namespace ow::prefill
