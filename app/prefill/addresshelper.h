#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace ow::validation {
class DivisionRegistry;
}

namespace ow::prefill {

// Division-aware address helpers over the GB/T 2260 registry (app/validation). The UI builds the cascading
// province / city / county combos and the address editor from these; the prefill sources use parse() to turn
// a printed address (ID card, register, PDF) into the {"division", "detail"} value of an address field.
class AddressHelper
{
public:
    struct Division
    {
        QString code;
        QString name; // as the combo shows it: a 市辖区 placeholder shows its province's name
    };

    struct Parsed
    {
        QString division; // the most precise division named at the start of the text ("" when none)
        QString detail; // the rest: street, number, building
        QJsonObject toValue() const;
    };

    AddressHelper();
    explicit AddressHelper(const validation::DivisionRegistry& registry);

    QList<Division> provinces() const;
    // The divisions directly below `code` (prefecture-level units of a province, counties of a prefecture).
    QList<Division> children(const QString& code) const;
    // [province, prefecture, county] codes from the top down for a division code; the UI selects them in
    // its combos. Unknown codes give an empty list.
    QStringList path(const QString& code) const;
    // "北京市 朝阳区" for "110105".
    QString divisionName(const QString& code) const;
    // "北京市 朝阳区 建国路88号" for an address value.
    QString format(const QJsonObject& address) const;

    // Splits a printed address: "北京市朝阳区建国路88号" → {"110105", "建国路88号"}. Names are matched from
    // the province down, longest name first, with or without the 省/市/自治区 suffix of a province; a
    // placeholder level (市辖区, 省直辖县级行政区划) is skipped. `hint` (e.g. the ID number's region) breaks
    // ties between counties of the same name.
    Parsed parse(const QString& text, const QString& hint = {}) const;

private:
    QString displayName(const QString& code) const;
    const validation::DivisionRegistry& m_registry;
};

} // namespace ow::prefill
