#include "app/prefill/idnumberfacts.h"

#include "app/common/mask.h"
#include "app/validation/idnumber.h"

#include <QCoreApplication>

namespace ow::prefill {

IdNumberFacts idNumberFacts(const QString& idNumber, const QDate& today)
{
    IdNumberFacts f;
    const validation::IdNumberCheck check = validation::checkIdNumber(idNumber, today);
    f.valid = check.valid;
    f.message = check.message;
    if (!check.valid)
        return f;
    f.idNumber = check.number;
    f.birthDate = check.birthDate;
    f.sex = check.sex;
    f.age = check.ageAt(today);
    f.regionCode = check.regionCode;
    f.regionName = check.regionName;
    return f;
}

QList<Candidate> idNumberCandidates(const IdNumberFacts& facts, const QString& section, const QDateTime& now,
    const std::function<bool(const QString& fieldId)>& hasField)
{
    QList<Candidate> out;
    if (!facts.valid)
        return out;
    auto add = [&](const QString& name, const QJsonValue& value, const QString& detail) {
        const QString id = roleFieldId(section, name);
        if (!hasField(id) || value.isNull() || (value.isString() && value.toString().isEmpty()))
            return;
        Candidate c;
        c.fieldId = id;
        c.value = value;
        c.source = QString::fromUtf16(sources::idNumber);
        c.lookup = QStringLiteral("idNumber:") + section;
        c.obtainedAt = now;
        c.confidence = defaultConfidence(c.source);
        c.evidence = mask::idNumber(facts.idNumber);
        c.detail = detail;
        out.append(c);
    };
    const QString from = QCoreApplication::translate("ow::prefill", "from the ID number %1")
                             .arg(mask::idNumber(facts.idNumber));
    add(QStringLiteral("birthDate"), facts.birthDate.toString(Qt::ISODate), from);
    add(QStringLiteral("sex"), facts.sex, from);
    add(QStringLiteral("age"), facts.age, from);
    add(QStringLiteral("idRegion"), facts.regionName, from);
    return out;
}

} // namespace ow::prefill
