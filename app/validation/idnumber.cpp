#include "app/validation/idnumber.h"

#include "app/validation/divisions.h"

#include <QCoreApplication>

namespace ow::validation {

namespace {

constexpr int kWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr char kCheckChars[] = "10X98765432";

bool allDigits(QStringView s)
{
    for (QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

IdNumberCheck fail(IdNumberCheck r, const char* code, QString message)
{
    r.valid = false;
    r.code = QString::fromLatin1(code);
    r.message = std::move(message);
    return r;
}

// Region facts: holder kind, region code and name; false when the province part is not plausible.
bool deriveRegion(IdNumberCheck& r)
{
    const DivisionRegistry& divisions = DivisionRegistry::instance();
    const QString six = r.number.left(6);
    const QStringView two = QStringView(r.number).left(2);
    if (two == u"81" || two == u"82" || two == u"83") {
        r.holder = two == u"81" ? IdHolder::HongKong : two == u"82" ? IdHolder::Macao : IdHolder::Taiwan;
        // Residence permits use the region code itself; 台湾 is 710000 in GB/T 2260.
        r.regionCode = two == u"83" ? QStringLiteral("710000") : two + u"0000";
        r.regionName = divisions.fullName(r.regionCode);
        if (six != two + u"0000")
            r.warnings << QCoreApplication::translate(
                "ow::validation", "Residence permit numbers normally start with %1.")
                              .arg(two + u"0000");
        return true;
    }
    if (two.front() == u'9') {
        r.holder = IdHolder::ForeignPermanent;
        r.regionCode = r.number.mid(1, 2) + u"0000";
        r.nationalityCode = r.number.mid(3, 3);
        if (!divisions.isKnown(r.regionCode))
            return false;
        r.regionName = divisions.fullName(r.regionCode);
        return true;
    }
    r.holder = IdHolder::Resident;
    r.regionCode = six;
    if (divisions.province(six).isEmpty())
        return false;
    if (divisions.isKnown(six)) {
        r.regionName = divisions.fullName(six);
    } else {
        r.regionName = divisions.fullName(divisions.nearestKnown(six));
        r.warnings << QCoreApplication::translate("ow::validation",
            "The region code %1 is not in the current division list (it may have been abolished); "
            "please check it against the ID card.")
                          .arg(six);
    }
    return true;
}

} // namespace

QString idHolderName(IdHolder holder)
{
    switch (holder) {
    case IdHolder::Resident:
        return QStringLiteral("resident");
    case IdHolder::HongKong:
        return QStringLiteral("hongKong");
    case IdHolder::Macao:
        return QStringLiteral("macao");
    case IdHolder::Taiwan:
        return QStringLiteral("taiwan");
    case IdHolder::ForeignPermanent:
        return QStringLiteral("foreignPermanent");
    }
    return {};
}

QChar idNumberCheckCharacter(QStringView first17)
{
    if (first17.size() != 17 || !allDigits(first17))
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first17[i].unicode() - u'0') * kWeights[i];
    return QLatin1Char(kCheckChars[sum % 11]);
}

QString convertLegacyIdNumber(const QString& fifteenDigits)
{
    if (fifteenDigits.size() != 15 || !allDigits(fifteenDigits))
        return {};
    const QString first17 = fifteenDigits.left(6) + u"19" + fifteenDigits.mid(6);
    return first17 + idNumberCheckCharacter(first17);
}

int ageInYears(const QDate& birth, const QDate& at)
{
    if (!birth.isValid() || !at.isValid() || birth > at)
        return -1;
    int age = at.year() - birth.year();
    if (at.month() < birth.month() || (at.month() == birth.month() && at.day() < birth.day()))
        --age;
    return age;
}

int IdNumberCheck::ageAt(const QDate& date) const
{
    return ageInYears(birthDate, date);
}

IdNumberCheck checkIdNumber(const QString& input, const QDate& today)
{
    IdNumberCheck r;
    if (input.isEmpty())
        return fail(r, "id.empty", QCoreApplication::translate("ow::validation", "Enter the ID number."));
    for (QChar c : input) {
        if (c.isSpace())
            return fail(r, "id.spaces",
                QCoreApplication::translate("ow::validation", "Remove the spaces from the ID number."));
    }

    if (input.size() == 15 && allDigits(input)) {
        r.legacy = true;
        r.number = convertLegacyIdNumber(input);
    } else if (input.size() != 18) {
        return fail(r, "id.length",
            QCoreApplication::translate("ow::validation", "An ID number has 18 characters; this one has %n.",
                nullptr, int(input.size())));
    } else {
        if (!allDigits(QStringView(input).left(17)))
            return fail(r, "id.characters",
                QCoreApplication::translate(
                    "ow::validation", "Only digits are allowed in an ID number, except a final X."));
        const QChar last = input.back();
        if (last == u'x')
            return fail(r, "id.lowercaseX",
                QCoreApplication::translate(
                    "ow::validation", "Use a capital X as the last character of the ID number."));
        if (last != u'X' && !last.isDigit())
            return fail(r, "id.characters",
                QCoreApplication::translate(
                    "ow::validation", "The last character of an ID number is a digit or a capital X."));
        r.number = input;
    }

    if (!deriveRegion(r))
        return fail(r, "id.region",
            QCoreApplication::translate(
                "ow::validation", "The ID number does not start with a valid province code (%1).")
                .arg(r.holder == IdHolder::ForeignPermanent ? r.number.mid(1, 2) : r.number.left(2)));

    r.birthDate = QDate::fromString(r.number.mid(6, 8), QStringLiteral("yyyyMMdd"));
    if (!r.birthDate.isValid())
        return fail(r, "id.birthDate",
            QCoreApplication::translate(
                "ow::validation", "The birth date %1 in the ID number is not a real date.")
                .arg(r.number.mid(6, 8)));
    if (today.isValid() && r.birthDate > today)
        return fail(r, "id.birthDateFuture",
            QCoreApplication::translate(
                "ow::validation", "The birth date %1 in the ID number is in the future.")
                .arg(r.birthDate.toString(Qt::ISODate)));
    if (r.birthDate < QDate(1900, 1, 1))
        return fail(r, "id.birthDateTooEarly",
            QCoreApplication::translate(
                "ow::validation", "The birth date %1 in the ID number is before 1900.")
                .arg(r.birthDate.toString(Qt::ISODate)));
    r.sex = (r.number.at(16).unicode() - u'0') % 2 == 1 ? QStringLiteral("male") : QStringLiteral("female");

    if (r.legacy)
        return fail(r, "id.legacy15",
            QCoreApplication::translate("ow::validation",
                "This is an old 15-digit ID number; enter the 18-character number instead (%1).")
                .arg(r.number));
    if (idNumberCheckCharacter(QStringView(r.number).left(17)) != r.number.back())
        return fail(r, "id.checkDigit",
            QCoreApplication::translate("ow::validation",
                "The ID number's check character does not match; a digit is probably mistyped."));
    r.valid = true;
    return r;
}

} // namespace ow::validation
