#include "app/validation/validators.h"

#include "app/validation/creditcode.h"
#include "app/validation/divisions.h"
#include "app/validation/idnumber.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace ow::validation {

namespace {

ValidationResult bad(const char* code, QString message)
{
    return ValidationResult {false, QString::fromLatin1(code), std::move(message), {}};
}

bool hasSpace(const QString& value)
{
    for (QChar c : value) {
        if (c.isSpace())
            return true;
    }
    return false;
}

bool matches(const QRegularExpression& re, const QString& value)
{
    return re.match(value).hasMatch();
}

ValidationResult validateInteger(const QString& value)
{
    static const QRegularExpression re(QStringLiteral("\\A-?[0-9]{1,18}\\z"));
    if (!matches(re, value))
        return bad("integer.format", QCoreApplication::translate("ow::validation", "Enter a whole number."));
    return {};
}

ValidationResult validateDecimal(const QString& value)
{
    static const QRegularExpression re(QStringLiteral("\\A-?[0-9]{1,15}(\\.[0-9]{1,6})?\\z"));
    if (!matches(re, value))
        return bad(
            "decimal.format", QCoreApplication::translate("ow::validation", "Enter a number, e.g. 12.5."));
    return {};
}

ValidationResult validateDateTime(const QString& value)
{
    if (!QDateTime::fromString(value, Qt::ISODate).isValid())
        return bad("datetime.format",
            QCoreApplication::translate("ow::validation", "Enter a date and time as 2026-11-28T09:30."));
    return {};
}

ValidationResult validateBoolean(const QString& value)
{
    if (value != u"true" && value != u"false")
        return bad("boolean.format", QCoreApplication::translate("ow::validation", "Choose yes or no."));
    return {};
}

ValidationResult validateAddress(const QString& value)
{
    if (!value.startsWith(u'{'))
        return validateDivision(value);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(value.toUtf8(), &error);
    if (!doc.isObject())
        return bad(
            "address.format", QCoreApplication::translate("ow::validation", "The address is malformed."));
    const QString division = doc.object().value(QLatin1String("division")).toString();
    if (division.isEmpty())
        return bad("address.division",
            QCoreApplication::translate(
                "ow::validation", "Choose the province, city and county of the address."));
    ValidationResult r = validateDivision(division);
    if (!r.ok)
        return r;
    if (doc.object().value(QLatin1String("detail")).toString().trimmed().isEmpty())
        return bad("address.detail",
            QCoreApplication::translate(
                "ow::validation", "Enter the street and house number of the address."));
    return r;
}

} // namespace

bool luhnValid(QStringView digits)
{
    if (digits.isEmpty())
        return false;
    int sum = 0;
    bool doubleIt = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        const QChar c = digits[i];
        if (c < u'0' || c > u'9')
            return false;
        int d = c.unicode() - u'0';
        if (doubleIt) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubleIt = !doubleIt;
    }
    return sum % 10 == 0;
}

ValidationResult validateIdNumber(const QString& value, const QDate& today)
{
    const IdNumberCheck check = checkIdNumber(value, today);
    return ValidationResult {check.valid, check.code, check.message, check.warnings};
}

ValidationResult validateCreditCode(const QString& value)
{
    const CreditCodeCheck check = checkCreditCode(value);
    return ValidationResult {check.valid, check.code, check.message, check.warnings};
}

ValidationResult validateMobile(const QString& value)
{
    static const QRegularExpression re(QStringLiteral("\\A1[3-9][0-9]{9}\\z"));
    if (hasSpace(value))
        return bad("mobile.spaces",
            QCoreApplication::translate("ow::validation", "Remove the spaces from the mobile number."));
    if (!matches(re, value))
        return bad("mobile.format",
            QCoreApplication::translate("ow::validation",
                "A mobile number has 11 digits and starts with 13 to 19, e.g. 13812345678."));
    return {};
}

ValidationResult validatePhone(const QString& value)
{
    // Landline: area code 0 + 2–3 digits, optional hyphen, 7–8 digits, optional extension; or 400/800 service
    // numbers; or a mobile number (a contact phone field takes either).
    static const QRegularExpression landline(
        QStringLiteral("\\A(0[1-9][0-9]{1,2}-?)?[2-9][0-9]{6,7}(-[0-9]{1,6})?\\z"));
    static const QRegularExpression service(QStringLiteral("\\A[48]00-?[0-9]{3}-?[0-9]{4}\\z"));
    static const QRegularExpression mobile(QStringLiteral("\\A1[3-9][0-9]{9}\\z"));
    if (hasSpace(value))
        return bad("phone.spaces",
            QCoreApplication::translate("ow::validation", "Remove the spaces from the phone number."));
    if (!matches(landline, value) && !matches(service, value) && !matches(mobile, value))
        return bad("phone.format",
            QCoreApplication::translate("ow::validation",
                "Enter a phone number such as 010-12345678, 0571-8765432 or a mobile number."));
    return {};
}

ValidationResult validateEmail(const QString& value)
{
    static const QRegularExpression re(
        QStringLiteral("\\A[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                       "@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}\\z"));
    if (hasSpace(value))
        return bad("email.spaces",
            QCoreApplication::translate("ow::validation", "Remove the spaces from the email address."));
    if (value.size() > 254 || !matches(re, value))
        return bad("email.format",
            QCoreApplication::translate(
                "ow::validation", "Enter an email address such as name@example.com."));
    return {};
}

ValidationResult validateMoney(const QString& value)
{
    static const QRegularExpression re(QStringLiteral("\\A(0|[1-9][0-9]{0,11})(\\.[0-9]{1,2})?\\z"));
    if (hasSpace(value))
        return bad("money.spaces",
            QCoreApplication::translate("ow::validation", "Remove the spaces from the amount."));
    if (value.startsWith(u'-'))
        return bad("money.negative",
            QCoreApplication::translate("ow::validation", "The amount cannot be negative."));
    static const QRegularExpression tooPrecise(QStringLiteral("\\A[0-9]+\\.[0-9]{3,}\\z"));
    if (matches(tooPrecise, value))
        return bad("money.decimals",
            QCoreApplication::translate(
                "ow::validation", "Amounts in yuan have at most two decimals (fen)."));
    if (!matches(re, value))
        return bad("money.format",
            QCoreApplication::translate("ow::validation", "Enter an amount in yuan, e.g. 1200 or 35.50."));
    return {};
}

ValidationResult validateBankAccount(const QString& value)
{
    static const QRegularExpression re(QStringLiteral("\\A[0-9]{12,19}\\z"));
    if (hasSpace(value))
        return bad("bankAccount.spaces",
            QCoreApplication::translate("ow::validation", "Remove the spaces from the account number."));
    if (!matches(re, value))
        return bad("bankAccount.format",
            QCoreApplication::translate("ow::validation", "A bank account number has 12 to 19 digits."));
    ValidationResult r;
    if (!luhnValid(value))
        r.warnings << QCoreApplication::translate("ow::validation",
            "The account number fails the card check digit; please compare it with the card.");
    return r;
}

ValidationResult validateDate(const QString& value)
{
    static const QRegularExpression re(QStringLiteral("\\A[0-9]{4}-[0-9]{2}-[0-9]{2}\\z"));
    if (!matches(re, value) || !QDate::fromString(value, Qt::ISODate).isValid())
        return bad("date.format",
            QCoreApplication::translate(
                "ow::validation", "Enter a real date as year-month-day, e.g. 2026-11-28."));
    return {};
}

ValidationResult validateDivision(const QString& value)
{
    static const QRegularExpression re(QStringLiteral("\\A[0-9]{6}\\z"));
    if (!matches(re, value))
        return bad("division.format",
            QCoreApplication::translate("ow::validation", "A division code has six digits, e.g. 110105."));
    if (!DivisionRegistry::instance().isKnown(value))
        return bad("division.unknown",
            QCoreApplication::translate("ow::validation", "%1 is not a known administrative division.")
                .arg(value));
    return {};
}

ValidationResult validateValue(const QString& type, const QString& value, const QDate& today)
{
    if (value.isEmpty())
        return {};
    if (type == u"idNumber")
        return validateIdNumber(value, today);
    if (type == u"creditCode")
        return validateCreditCode(value);
    if (type == u"mobile")
        return validateMobile(value);
    if (type == u"phone")
        return validatePhone(value);
    if (type == u"email")
        return validateEmail(value);
    if (type == u"money")
        return validateMoney(value);
    if (type == u"bankAccount")
        return validateBankAccount(value);
    if (type == u"date")
        return validateDate(value);
    if (type == u"datetime")
        return validateDateTime(value);
    if (type == u"integer")
        return validateInteger(value);
    if (type == u"decimal")
        return validateDecimal(value);
    if (type == u"boolean")
        return validateBoolean(value);
    if (type == u"division")
        return validateDivision(value);
    if (type == u"address")
        return validateAddress(value);
    if (type == u"text" || type == u"longText" || type == u"enum")
        return {};
    return bad(
        "type.unknown", QCoreApplication::translate("ow::validation", "Unknown field type %1.").arg(type));
}

} // namespace ow::validation
