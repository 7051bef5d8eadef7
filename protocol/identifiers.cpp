#include "protocol/identifiers.h"

#include <QDate>

namespace ow::protocol {
namespace {

bool isLowerHex(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
}

bool isAlnum(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

constexpr char16_t kCreditAlphabet[] = u"0123456789ABCDEFGHJKLMNPQRTUWXY";

int creditValue(QChar c)
{
    for (int i = 0; i < 31; ++i) {
        if (kCreditAlphabet[i] == c.unicode())
            return i;
    }
    return -1;
}

} // namespace

bool isUuid(QStringView text)
{
    if (text.size() != 36)
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? text[i] != u'-' : !isLowerHex(text[i]))
            return false;
    }
    return true;
}

bool isSha256Hex(QStringView text)
{
    if (text.size() != 64)
        return false;
    for (QChar c : text) {
        if (!isLowerHex(c))
            return false;
    }
    return true;
}

bool isHallCode(QStringView text)
{
    if (text.isEmpty() || text.size() > 32)
        return false;
    for (QChar c : text) {
        if (!isAlnum(c) && c != u'-')
            return false;
    }
    return true;
}

bool isCatalogVersion(QStringView text)
{
    if (text.isEmpty() || text.size() > 40 || !isAlnum(text.front()))
        return false;
    for (QChar c : text) {
        if (!isAlnum(c) && c != u'.' && c != u'_' && c != u'-')
            return false;
    }
    return true;
}

QChar idNumberCheckChar(QStringView first17)
{
    static constexpr int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static constexpr char16_t checks[] = u"10X98765432";
    if (first17.size() != 17)
        return QChar();
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const QChar c = first17[i];
        if (c < u'0' || c > u'9')
            return QChar();
        sum += (c.unicode() - u'0') * weights[i];
    }
    return QChar(checks[sum % 11]);
}

bool isValidIdNumber(QStringView id)
{
    if (id.size() != 18 || id.front() == u'0')
        return false;
    const QChar check = idNumberCheckChar(id.first(17));
    if (check.isNull() || id[17] != check)
        return false;
    const QDate birth = QDate::fromString(id.mid(6, 8).toString(), QStringLiteral("yyyyMMdd"));
    return birth.isValid() && birth.year() >= 1850;
}

QChar creditCodeCheckChar(QStringView first17)
{
    if (first17.size() != 17)
        return QChar();
    int sum = 0;
    int weight = 1;
    for (int i = 0; i < 17; ++i) {
        const int v = creditValue(first17[i]);
        if (v < 0)
            return QChar();
        sum += v * weight;
        weight = (weight * 3) % 31;
    }
    return QChar(kCreditAlphabet[(31 - sum % 31) % 31]);
}

bool isValidCreditCode(QStringView code)
{
    if (code.size() != 18)
        return false;
    const QChar check = creditCodeCheckChar(code.first(17));
    return !check.isNull() && code[17] == check;
}

QChar organisationCodeCheckChar(QStringView first8)
{
    static constexpr int weights[8] = {3, 7, 9, 10, 5, 8, 4, 2};
    if (first8.size() != 8)
        return QChar();
    int sum = 0;
    for (int i = 0; i < 8; ++i) {
        const QChar c = first8[i];
        int v = 0;
        if (c >= u'0' && c <= u'9')
            v = c.unicode() - u'0';
        else if (c >= u'A' && c <= u'Z')
            v = c.unicode() - u'A' + 10;
        else
            return QChar();
        sum += v * weights[i];
    }
    const int check = 11 - sum % 11;
    if (check == 10)
        return QChar(u'X');
    return QChar(char16_t(u'0' + (check == 11 ? 0 : check)));
}

} // namespace ow::protocol
