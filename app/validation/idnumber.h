#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace ow::validation {

// Who holds an 18-character number that follows GB 11643-1999.
enum class IdHolder {
    Resident, // 居民身份证: the first six digits are the county where the holder was first registered
    HongKong, // 港澳台居民居住证 810000…
    Macao, // 820000…
    Taiwan, // 830000…
    ForeignPermanent // 外国人永久居留身份证 (2023): 9 + issuing province (2) + nationality (3) + …
};
QString idHolderName(IdHolder holder); // "resident", "hongKong", "macao", "taiwan", "foreignPermanent"

// The outcome of checking a resident ID number (公民身份号码, GB 11643-1999).
//
// Rules, in the order they are checked (the first failure is reported):
//  - empty → id.empty; any whitespace, even around the number → id.spaces (editors trim; this checker does
//    not guess);
//  - 15 digits: a first-generation number (no century, no check character). It is recognised and converted
//    (birth year 19xx, check character computed) into `number`, and the facts are derived, but it is NOT
//    valid as input (id.legacy15): those cards expired in 2013, so the clerk must enter the 18-character
//    number, which the message names;
//  - other lengths → id.length; non-digits in positions 1–17, or a last character other than a digit or
//    X → id.characters; a lowercase x at the end → id.lowercaseX ("use a capital X"; an editor may upper-case
//    as the clerk types, the stored value must be upper-case);
//  - the province digits must be a real province (11–65, 71, 81, 82), a residence-permit prefix (810000,
//    820000, 830000) or a foreigner's permanent residence number (9 + a real province) → id.region;
//  - the birth date must be a real date (id.birthDate), not after `today` (id.birthDateFuture) and not before
//    1900-01-01 (id.birthDateTooEarly: 440524188001010014 has a correct check character but is rejected);
//  - the ISO 7064 MOD 11-2 check character → id.checkDigit.
// A county code unknown to the division data is accepted with a warning (numbers keep abolished codes).
struct IdNumberCheck
{
    bool valid = false;
    QString code; // "" when valid, else a stable error code (see above)
    QString message; // the reason in the user's language ("" when valid)
    QStringList warnings; // user messages for accepted oddities

    QString number; // the 18-character number (converted from 15 digits when legacy)
    bool legacy = false; // the input had 15 digits
    // Facts derived from the number; set once the structure and the date are sound (even if the check
    // character is wrong), so only trust them when valid.
    IdHolder holder = IdHolder::Resident;
    QDate birthDate;
    QString sex; // "male" (odd sequence digit) or "female"
    QString regionCode; // six digits: the county code; the issuing province (xx0000) for foreigners
    QString regionName; // "北京市 朝阳区"; the nearest known division's name when the county is unknown
    QString nationalityCode; // foreigners only: the three-digit nationality code

    int ageAt(const QDate& date) const;
};

// Checks a resident ID number; `today` bounds the birth date.
IdNumberCheck checkIdNumber(const QString& input, const QDate& today = QDate::currentDate());
// The check character ('0'..'9' or 'X') for the first 17 digits; a null QChar unless given 17 digits.
QChar idNumberCheckCharacter(QStringView first17);
// "110105491231002" → "11010519491231002X"; "" unless given 15 digits.
QString convertLegacyIdNumber(const QString& fifteenDigits);
// Completed years from birth to `at` (someone born on 29 February turns a year older on 1 March in common
// years); -1 when birth is after `at` or either date is invalid.
int ageInYears(const QDate& birth, const QDate& at);

} // namespace ow::validation
