#include "app/prefill/idcardsource.h"

#include "app/prefill/valuemapping.h"
#include "app/validation/idnumber.h"

#include <QCoreApplication>

namespace ow::prefill {

const QList<std::pair<QString, QStringList>>& cardFieldNames()
{
    static const QList<std::pair<QString, QStringList>> names {
        {QStringLiteral("name"), {QStringLiteral("name")}},
        {QStringLiteral("sex"), {QStringLiteral("sex"), QStringLiteral("gender")}},
        {QStringLiteral("ethnicity"), {QStringLiteral("ethnicity"), QStringLiteral("nation")}},
        {QStringLiteral("birthDate"), {QStringLiteral("birthDate")}},
        {QStringLiteral("address"),
            {QStringLiteral("hukouAddress"), QStringLiteral("registeredAddress"), QStringLiteral("address")}},
        {QStringLiteral("idNumber"), {QStringLiteral("idNumber")}},
        {QStringLiteral("issuingAuthority"),
            {QStringLiteral("idIssuer"), QStringLiteral("issuingAuthority")}},
        {QStringLiteral("validFrom"), {QStringLiteral("idValidFrom"), QStringLiteral("validFrom")}},
        {QStringLiteral("validTo"), {QStringLiteral("idValidTo"), QStringLiteral("validTo")}},
        {QStringLiteral("photo"), {QStringLiteral("photo")}},
    };
    return names;
}

CardMapping candidatesFromCard(const CardData& card, const QString& section, const catalog::Catalog& catalog)
{
    CardMapping out;
    const QString region = validation::checkIdNumber(card.idNumber).regionCode;
    auto raw = [&](const QString& key) -> QJsonValue {
        if (key == u"name")
            return card.name;
        if (key == u"sex")
            return card.sex;
        if (key == u"ethnicity")
            return card.ethnicity;
        if (key == u"birthDate")
            return card.birthDate.toString(Qt::ISODate);
        if (key == u"address")
            return card.address;
        if (key == u"idNumber")
            return card.idNumber;
        if (key == u"issuingAuthority")
            return card.issuingAuthority;
        if (key == u"validFrom")
            return card.validFrom.toString(Qt::ISODate);
        if (key == u"validTo")
            return card.longTerm ? QJsonValue(QStringLiteral("长期"))
                                 : QJsonValue(card.validTo.toString(Qt::ISODate));
        if (key == u"photo")
            return card.photoPng.isEmpty() ? QJsonValue()
                                           : QJsonValue(QString::fromLatin1(card.photoPng.toBase64()));
        return {};
    };
    for (const auto& [key, names] : cardFieldNames()) {
        const catalog::FieldDef* def = nullptr;
        for (const QString& n : names) {
            def = catalog.field(roleFieldId(section, n));
            if (def)
                break;
        }
        const QJsonValue value = raw(key);
        if (!def || value.isNull() || value.isUndefined())
            continue;
        Candidate c;
        c.fieldId = def->id;
        c.source = QString::fromUtf16(sources::idCard);
        c.lookup = QStringLiteral("idCard:") + section;
        c.obtainedAt = card.readAt.isValid() ? card.readAt : QDateTime::currentDateTime();
        c.confidence = defaultConfidence(c.source);
        c.evidence = QStringLiteral("idcard:") + card.digest();
        c.detail
            = QCoreApplication::translate("ow::prefill", "ID card issued by %1").arg(card.issuingAuthority);
        const auto converted = toFieldValue(*def, value, region);
        if (!converted) {
            c.value = value;
            out.rejected.append({c,
                QCoreApplication::translate("ow::prefill", "The card's %1 \"%2\" does not fit the field %3.")
                    .arg(key, value.toString(), def->label.text())});
            continue;
        }
        c.value = *converted;
        out.candidates.append(c);
    }
    return out;
}

} // namespace ow::prefill
