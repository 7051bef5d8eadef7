// JavaScript number <-> string conversions (ECMA-262 Number::toString, StringToNumber, parseFloat).
#include "app/rules/coercion.h"

#include <QByteArray>
#include <QLocale>

#include <charconv>
#include <cmath>
#include <limits>

namespace ow::rules::js {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

bool isJsWhiteSpace(QChar c)
{
    switch (c.unicode()) {
    case 0x09:
    case 0x0A:
    case 0x0B:
    case 0x0C:
    case 0x0D:
    case 0x20:
    case 0xA0:
    case 0xFEFF:
    case 0x2028:
    case 0x2029:
        return true;
    default:
        return c.category() == QChar::Separator_Space;
    }
}

QStringView trimmed(QStringView s, bool trailing)
{
    qsizetype begin = 0;
    qsizetype end = s.size();
    while (begin < end && isJsWhiteSpace(s[begin]))
        ++begin;
    while (trailing && end > begin && isJsWhiteSpace(s[end - 1]))
        --end;
    return s.mid(begin, end - begin);
}

// Parses an unsigned decimal literal at the start of s (digits, optional fraction, optional exponent).
// Returns the characters consumed (0: none) and the value in `out`.
qsizetype parseUnsignedDecimal(QStringView s, double& out)
{
    if (s.isEmpty() || !(s[0].isDigit() || s[0] == u'.'))
        return 0;
    QByteArray ascii;
    ascii.reserve(s.size());
    for (QChar c : s) {
        if (c.unicode() > 0x7F)
            break;
        ascii.append(char(c.unicode()));
    }
    // from_chars accepts "inf"/"nan" too, but only after a digit or '.' check, which excludes them here.
    const char* first = ascii.constData();
    const char* last = first + ascii.size();
    double value = 0;
    const auto [ptr, ec] = std::from_chars(first, last, value, std::chars_format::general);
    if (ec == std::errc::invalid_argument)
        return 0;
    if (ec == std::errc::result_out_of_range) {
        // Overflow → Infinity; underflow (a negative exponent) → 0.
        const QByteArray text(first, ptr - first);
        const qsizetype e = text.indexOf('e') >= 0 ? text.indexOf('e') : text.indexOf('E');
        value = (e >= 0 && e + 1 < text.size() && text[e + 1] == '-') ? 0.0 : kInf;
    }
    out = value;
    return ptr - first;
}

double parseNonDecimal(QStringView digits, int base)
{
    if (digits.isEmpty())
        return kNaN;
    double value = 0;
    for (QChar c : digits) {
        int d = -1;
        if (c >= u'0' && c <= u'9')
            d = c.unicode() - u'0';
        else if (c >= u'a' && c <= u'z')
            d = c.unicode() - u'a' + 10;
        else if (c >= u'A' && c <= u'Z')
            d = c.unicode() - u'A' + 10;
        if (d < 0 || d >= base)
            return kNaN;
        value = value * base + d;
    }
    return value;
}

} // namespace

QString numberToString(double d)
{
    if (std::isnan(d))
        return QStringLiteral("NaN");
    if (d == 0)
        return QStringLiteral("0"); // also -0
    if (std::isinf(d))
        return d < 0 ? QStringLiteral("-Infinity") : QStringLiteral("Infinity");

    // Shortest round-trip digits and exponent from Qt ("d.ddde±XX"), then ECMA-262's layout.
    const QByteArray e = QByteArray::number(std::fabs(d), 'e', QLocale::FloatingPointShortest);
    const qsizetype ePos = e.indexOf('e');
    QByteArray digits = e.left(ePos);
    digits.replace(".", "");
    while (digits.size() > 1 && digits.endsWith('0'))
        digits.chop(1);
    const int exponent = e.mid(ePos + 1).toInt();
    const int k = int(digits.size());
    const int n = exponent + 1; // the decimal point sits after n digits

    QByteArray out = d < 0 ? QByteArray("-") : QByteArray();
    if (k <= n && n <= 21) {
        out += digits + QByteArray(n - k, '0');
    } else if (0 < n && n <= 21) {
        out += digits.left(n) + '.' + digits.mid(n);
    } else if (-6 < n && n <= 0) {
        out += "0." + QByteArray(-n, '0') + digits;
    } else {
        out += digits.left(1);
        if (k > 1)
            out += '.' + digits.mid(1);
        out += 'e';
        out += (n - 1 >= 0 ? "+" : "-") + QByteArray::number(std::abs(n - 1));
    }
    return QString::fromLatin1(out);
}

double stringToNumber(QStringView s)
{
    const QStringView t = trimmed(s, true);
    if (t.isEmpty())
        return 0;
    if (t.size() > 2 && t[0] == u'0') {
        const QChar p = t[1].toLower();
        if (p == u'x')
            return parseNonDecimal(t.mid(2), 16);
        if (p == u'o')
            return parseNonDecimal(t.mid(2), 8);
        if (p == u'b')
            return parseNonDecimal(t.mid(2), 2);
    }
    double sign = 1;
    QStringView rest = t;
    if (rest[0] == u'+' || rest[0] == u'-') {
        sign = rest[0] == u'-' ? -1 : 1;
        rest = rest.mid(1);
    }
    if (rest == u"Infinity")
        return sign * kInf;
    double value = 0;
    const qsizetype used = parseUnsignedDecimal(rest, value);
    if (used == 0 || used != rest.size())
        return kNaN;
    return sign * value;
}

double parseFloatString(QStringView s)
{
    QStringView rest = trimmed(s, false);
    double sign = 1;
    if (!rest.isEmpty() && (rest[0] == u'+' || rest[0] == u'-')) {
        sign = rest[0] == u'-' ? -1 : 1;
        rest = rest.mid(1);
    }
    if (rest.startsWith(u"Infinity"))
        return sign * kInf;
    double value = 0;
    if (parseUnsignedDecimal(rest, value) == 0)
        return kNaN;
    return sign * value;
}

double parseFloat(const QJsonValue& v)
{
    if (v.isDouble())
        return v.toDouble(); // String(n) round-trips exactly
    return parseFloatString(toString(v));
}

} // namespace ow::rules::js
