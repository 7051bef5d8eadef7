#pragma once

#include <QChar>
#include <QString>
#include <QStringView>

// Format checks of the identifiers that travel between the workbench and the server.
namespace ow::protocol {

// Canonical lower-case UUID "8-4-4-4-12" as the client creates it (QUuid::WithoutBraces).
bool isUuid(QStringView text);
// 64 lower-case hexadecimal characters.
bool isSha256Hex(QStringView text);
// A hall code: 1–32 of A–Z a–z 0–9 and '-'.
bool isHallCode(QStringView text);
// A catalog version: 1–40 of A–Z a–z 0–9 '.', '_', '-', starting with an alphanumeric.
bool isCatalogVersion(QStringView text);

// GB 11643 resident ID number: check character of the first 17 digits (ISO 7064 MOD 11-2).
QChar idNumberCheckChar(QStringView first17);
// 18 characters, a valid birth date, and the right check character (upper-case X).
bool isValidIdNumber(QStringView id);

// GB 32100 unified social credit code: check character of the first 17 characters (MOD 31).
QChar creditCodeCheckChar(QStringView first17);
// 18 characters from the code's alphabet and the right check character.
bool isValidCreditCode(QStringView code);
// GB 11714 organisation code check character of 8 characters (used inside credit codes).
QChar organisationCodeCheckChar(QStringView first8);

} // namespace ow::protocol
