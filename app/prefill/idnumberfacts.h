#pragma once

#include "app/prefill/candidate.h"

#include <QDate>

namespace ow::prefill {

// What the 18-character number alone says about its holder (GB 11643: region, birth date, sex).
struct IdNumberFacts
{
    bool valid = false;
    QString message; // why the number is not usable ("" when valid)
    QString idNumber;
    QDate birthDate;
    QString sex; // "male" / "female"
    int age = -1; // completed years at `today`
    QString regionCode; // the county where the number was first issued
    QString regionName; // "北京市 朝阳区" (GB/T 2260 names from the division registry)
};

IdNumberFacts idNumberFacts(const QString& idNumber, const QDate& today);

// Candidates for `<section>.birthDate`, `.sex`, `.age` and `.idRegion` (each only when the field name is
// wanted by `hasField`). Source "idNumber", evidence the masked number.
QList<Candidate> idNumberCandidates(const IdNumberFacts& facts, const QString& section, const QDateTime& now,
    const std::function<bool(const QString& fieldId)>& hasField);

} // namespace ow::prefill
