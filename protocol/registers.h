#pragma once

#include "base/result.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

// Shared government data (数据回流) and result verification (结果核验), as the server answers them.
namespace ow::protocol {

// An address as the catalog's "address" field type: a GB/T 2260 division code and the rest in words.
struct Address
{
    QString division;
    QString detail;

    QJsonObject toJson() const;
    static Result<Address> fromJson(const QJsonObject& json, const QString& path);
};

struct HouseholdMember
{
    QString idNumber;
    QString name;
    QString sex; // male | female
    QDate birthDate;
    QString relation; // relation to the head of household: head, spouse, child, parent, other

    QJsonObject toJson() const;
    static Result<HouseholdMember> fromJson(const QJsonObject& json, const QString& path);
};

// GET /registers/person/{idNumber}: the household register (户籍) entry of a person.
struct PersonRecord
{
    QString idNumber;
    QString name;
    QString sex;
    QString ethnicity;
    QDate birthDate;
    Address address;
    QString householdNumber;
    QString relation;
    QList<HouseholdMember> members; // the other people of the household
    QDateTime retrievedAt;

    QJsonObject toJson() const;
    static Result<PersonRecord> fromJson(const QJsonObject& json);
};

// GET /registers/enterprise/{creditCode}: the enterprise register entry.
struct EnterpriseRecord
{
    QString creditCode;
    QString name;
    QString legalRepresentative;
    QDate establishedDate;
    Address address;
    QString status; // active | revoked | cancelled
    QString type;
    QString registeredCapital;
    QDateTime retrievedAt;

    QJsonObject toJson() const;
    static Result<EnterpriseRecord> fromJson(const QJsonObject& json);
};

// Kinds of yes/no verification and how many subjects each takes.
QStringList verificationKinds(); // marriage disability identity death householdRegister enterpriseRegister

struct VerificationSubject
{
    QString idNumber; // persons
    QString creditCode; // enterpriseRegister
    QString name; // optional: also checked when given (identity requires it)

    QJsonObject toJson() const;
    static Result<VerificationSubject> fromJson(const QJsonObject& json, const QString& path);
};

// POST /verifications. consent must be true: the applicant agreed on the case to this check.
struct VerificationRequest
{
    QString kind;
    QList<VerificationSubject> subjects;
    QString caseUuid;
    bool consent = false;

    QJsonObject toJson() const;
    static Result<VerificationRequest> fromJson(const QJsonObject& json);
};

// Only the answer is kept by the workbench, with the server's evidence reference and time.
struct VerificationAnswer
{
    QString kind;
    QString caseUuid;
    bool answer = false; // "yes" | "no" on the wire
    QString evidenceRef;
    QDateTime at;

    QJsonObject toJson() const;
    static Result<VerificationAnswer> fromJson(const QJsonObject& json);
};

} // namespace ow::protocol
