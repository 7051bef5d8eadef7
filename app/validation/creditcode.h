#pragma once

#include <QString>
#include <QStringList>

namespace ow::validation {

// The outcome of checking a unified social credit code (统一社会信用代码, GB 32100-2015).
//
// Structure: 1 registration department · 2 organisation category · 3–8 region of the registering authority
// (GB/T 2260) · 9–17 subject identifier (the organisation code, GB 11714) · 18 check character.
// Rules, first failure reported:
//  - empty → uscc.empty; whitespace → uscc.spaces; not 18 characters → uscc.length;
//  - lowercase letters → uscc.lowercase: rejected, not normalised, so a stored code is always canonical (an
//    editor may upper-case as the clerk types);
//  - characters outside 0-9 A-H J-N P-R T U W-Y (no I, O, Z, S, V) → uscc.characters;
//  - an unknown registration department (1–9, A, N, Y) → uscc.department;
//  - the check character (weights 3^(i-1) mod 31) → uscc.checkCharacter.
// Warnings only: a category the department does not define (new ones get added), a region whose province is
// not in the division data (100000 is accepted as the national level), and an embedded organisation code
// whose own GB 11714 check character fails — 个体工商户 and some older registrations carry identifiers that
// were never real organisation codes, so that is not a reason to reject the code.
struct CreditCodeCheck
{
    bool valid = false;
    QString code; // "" when valid, else a stable error code (see above)
    QString message; // the reason in the user's language
    QStringList warnings;

    QString departmentCode; // "9"
    QString department; // "工商" (Chinese, as the standard names it)
    QString categoryCode; // "1"
    QString category; // "企业"
    QString regionCode; // "310110"
    QString region; // "上海市 杨浦区"; "" when unknown
    QString organizationCode; // positions 9–17 as "66600721-7"
    bool organizationCodeValid = false;
};

CreditCodeCheck checkCreditCode(const QString& input);
// The check character for 17 characters of the code alphabet; a null QChar otherwise.
QChar creditCodeCheckCharacter(QStringView first17);
// The GB 11714 check character for an 8-character organisation code body; a null QChar when the body has
// characters outside 0-9 A-Z.
QChar organizationCodeCheckCharacter(QStringView first8);

} // namespace ow::validation
