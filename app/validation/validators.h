#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace ow::validation {

// The inline verdict on one form value.
struct ValidationResult
{
    bool ok = true;
    QString code; // "" when ok; otherwise a stable code such as "mobile.format" or "id.checkDigit"
    QString message; // in the user's language ("" when ok)
    QStringList warnings; // accepted, but worth a look (e.g. a bank account failing the Luhn check)
};

// Validates a value of a catalog field type (docs/catalog.md "Types"): idNumber, creditCode, mobile, phone,
// email, date, datetime, integer, decimal, money, boolean, division, address, bankAccount; text, longText and
// enum are always accepted here (their length and options come from the field definition, checked by the
// form). An empty value is ok: whether a field is required is the form's decision. An unknown type gives
// ok=false with code "type.unknown". No value is trimmed or otherwise normalised: any stray whitespace is an
// error with a clear message, so what is stored is what was validated.
//
// address: the JSON text {"division": "110105", "detail": "…"} (the division must be known, the detail
// non-empty); a bare six-digit code is checked as a division.
ValidationResult validateValue(
    const QString& type, const QString& value, const QDate& today = QDate::currentDate());

// The individual checks behind validateValue (value must be non-empty).
ValidationResult validateIdNumber(const QString& value, const QDate& today = QDate::currentDate());
ValidationResult validateCreditCode(const QString& value);
ValidationResult validateMobile(const QString& value); // 1[3-9] and nine more digits
ValidationResult validatePhone(
    const QString& value); // landline (0AA[A]-NNNNNNN[N][-ext]), 400/800, or mobile
ValidationResult validateEmail(const QString& value);
ValidationResult validateMoney(const QString& value); // yuan: digits, at most two decimals, non-negative
ValidationResult validateBankAccount(const QString& value); // 12–19 digits; Luhn failure is only a warning
ValidationResult validateDate(const QString& value); // yyyy-MM-dd, a real date
ValidationResult validateDivision(const QString& value); // a known six-digit division code

// Luhn (mod 10) check over a string of digits.
bool luhnValid(QStringView digits);

} // namespace ow::validation
