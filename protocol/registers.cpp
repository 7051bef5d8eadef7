#include "protocol/registers.h"

#include "protocol/identifiers.h"
#include "protocol/jsonreader.h"
#include "protocol/text_p.h"

#include <QJsonArray>

namespace ow::protocol {
namespace {

const QStringList& sexes()
{
    static const QStringList s {QStringLiteral("male"), QStringLiteral("female")};
    return s;
}

void readAddress(JsonReader& r, const QString& key, Address& out)
{
    const QJsonObject o = r.object(key);
    if (!r.ok())
        return;
    auto a = Address::fromJson(o, r.path(key));
    if (a)
        out = *a;
    else
        r.adopt(a.error());
}

void checkIdNumber(JsonReader& r, const QString& key, const QString& value)
{
    if (r.ok() && !isValidIdNumber(value))
        r.fail(
            key, kInvalidValue, Text::tr("The field %1 is not a valid resident ID number.").arg(r.path(key)));
}

} // namespace

QJsonObject Address::toJson() const
{
    return {{QStringLiteral("division"), division}, {QStringLiteral("detail"), detail}};
}

Result<Address> Address::fromJson(const QJsonObject& json, const QString& path)
{
    JsonReader r(json, path);
    Address a;
    a.division = r.string(QStringLiteral("division"), 12);
    a.detail = r.string(QStringLiteral("detail"), 300);
    if (auto done = r.finish(); !done)
        return done.error();
    return a;
}

QJsonObject HouseholdMember::toJson() const
{
    return {{QStringLiteral("idNumber"), idNumber}, {QStringLiteral("name"), name},
        {QStringLiteral("sex"), sex}, {QStringLiteral("birthDate"), formatDate(birthDate)},
        {QStringLiteral("relation"), relation}};
}

Result<HouseholdMember> HouseholdMember::fromJson(const QJsonObject& json, const QString& path)
{
    JsonReader r(json, path);
    HouseholdMember m;
    m.idNumber = r.string(QStringLiteral("idNumber"), 18);
    checkIdNumber(r, QStringLiteral("idNumber"), m.idNumber);
    m.name = r.string(QStringLiteral("name"), 100);
    m.sex = r.oneOf(QStringLiteral("sex"), sexes());
    m.birthDate = r.date(QStringLiteral("birthDate"));
    m.relation = r.string(QStringLiteral("relation"), 32);
    if (auto done = r.finish(); !done)
        return done.error();
    return m;
}

QJsonObject PersonRecord::toJson() const
{
    QJsonArray m;
    for (const HouseholdMember& member : members)
        m.append(member.toJson());
    return {{QStringLiteral("idNumber"), idNumber}, {QStringLiteral("name"), name},
        {QStringLiteral("sex"), sex}, {QStringLiteral("ethnicity"), ethnicity},
        {QStringLiteral("birthDate"), formatDate(birthDate)}, {QStringLiteral("address"), address.toJson()},
        {QStringLiteral("householdNumber"), householdNumber}, {QStringLiteral("relation"), relation},
        {QStringLiteral("members"), m}, {QStringLiteral("retrievedAt"), formatTimestamp(retrievedAt)}};
}

Result<PersonRecord> PersonRecord::fromJson(const QJsonObject& json)
{
    JsonReader r(json);
    PersonRecord p;
    p.idNumber = r.string(QStringLiteral("idNumber"), 18);
    checkIdNumber(r, QStringLiteral("idNumber"), p.idNumber);
    p.name = r.string(QStringLiteral("name"), 100);
    p.sex = r.oneOf(QStringLiteral("sex"), sexes());
    p.ethnicity = r.string(QStringLiteral("ethnicity"), 32);
    p.birthDate = r.date(QStringLiteral("birthDate"));
    readAddress(r, QStringLiteral("address"), p.address);
    p.householdNumber = r.string(QStringLiteral("householdNumber"), 32);
    p.relation = r.string(QStringLiteral("relation"), 32);
    const QJsonArray members = r.array(QStringLiteral("members"), 100);
    for (qsizetype i = 0; r.ok() && i < members.size(); ++i) {
        auto m = HouseholdMember::fromJson(members.at(i).toObject(), indexPath(QStringLiteral("members"), i));
        if (m)
            p.members << *m;
        else
            r.adopt(m.error());
    }
    p.retrievedAt = r.dateTime(QStringLiteral("retrievedAt"));
    if (auto done = r.finish(); !done)
        return done.error();
    return p;
}

QJsonObject EnterpriseRecord::toJson() const
{
    return {{QStringLiteral("creditCode"), creditCode}, {QStringLiteral("name"), name},
        {QStringLiteral("legalRepresentative"), legalRepresentative},
        {QStringLiteral("establishedDate"), formatDate(establishedDate)},
        {QStringLiteral("address"), address.toJson()}, {QStringLiteral("status"), status},
        {QStringLiteral("type"), type}, {QStringLiteral("registeredCapital"), registeredCapital},
        {QStringLiteral("retrievedAt"), formatTimestamp(retrievedAt)}};
}

Result<EnterpriseRecord> EnterpriseRecord::fromJson(const QJsonObject& json)
{
    JsonReader r(json);
    EnterpriseRecord e;
    e.creditCode = r.string(QStringLiteral("creditCode"), 18);
    if (r.ok() && !isValidCreditCode(e.creditCode))
        r.fail(QStringLiteral("creditCode"), kInvalidValue,
            Text::tr("The field creditCode is not a valid unified social credit code."));
    e.name = r.string(QStringLiteral("name"), 200);
    e.legalRepresentative = r.string(QStringLiteral("legalRepresentative"), 100);
    e.establishedDate = r.date(QStringLiteral("establishedDate"));
    readAddress(r, QStringLiteral("address"), e.address);
    e.status = r.oneOf(QStringLiteral("status"),
        {QStringLiteral("active"), QStringLiteral("revoked"), QStringLiteral("cancelled")});
    e.type = r.string(QStringLiteral("type"), 100);
    e.registeredCapital = r.string(QStringLiteral("registeredCapital"), 64);
    e.retrievedAt = r.dateTime(QStringLiteral("retrievedAt"));
    if (auto done = r.finish(); !done)
        return done.error();
    return e;
}

QStringList verificationKinds()
{
    return {QStringLiteral("marriage"), QStringLiteral("disability"), QStringLiteral("identity"),
        QStringLiteral("death"), QStringLiteral("householdRegister"), QStringLiteral("enterpriseRegister")};
}

QJsonObject VerificationSubject::toJson() const
{
    QJsonObject o;
    if (!idNumber.isEmpty())
        o.insert(QStringLiteral("idNumber"), idNumber);
    if (!creditCode.isEmpty())
        o.insert(QStringLiteral("creditCode"), creditCode);
    if (!name.isEmpty())
        o.insert(QStringLiteral("name"), name);
    return o;
}

Result<VerificationSubject> VerificationSubject::fromJson(const QJsonObject& json, const QString& path)
{
    JsonReader r(json, path);
    VerificationSubject s;
    s.idNumber = r.optionalString(QStringLiteral("idNumber"), 18);
    s.creditCode = r.optionalString(QStringLiteral("creditCode"), 18);
    s.name = r.optionalString(QStringLiteral("name"), 100);
    if (r.ok() && s.idNumber.isEmpty() == s.creditCode.isEmpty())
        r.fail(QStringLiteral("idNumber"), kMissingField,
            Text::tr("The subject %1 needs exactly one of idNumber and creditCode.").arg(path));
    if (!s.idNumber.isEmpty())
        checkIdNumber(r, QStringLiteral("idNumber"), s.idNumber);
    if (r.ok() && !s.creditCode.isEmpty() && !isValidCreditCode(s.creditCode))
        r.fail(QStringLiteral("creditCode"), kInvalidValue,
            Text::tr("The field %1 is not a valid unified social credit code.")
                .arg(r.path(QStringLiteral("creditCode"))));
    if (auto done = r.finish(); !done)
        return done.error();
    return s;
}

QJsonObject VerificationRequest::toJson() const
{
    QJsonArray a;
    for (const VerificationSubject& s : subjects)
        a.append(s.toJson());
    return {{QStringLiteral("kind"), kind}, {QStringLiteral("subjects"), a},
        {QStringLiteral("caseUuid"), caseUuid}, {QStringLiteral("consent"), consent}};
}

Result<VerificationRequest> VerificationRequest::fromJson(const QJsonObject& json)
{
    JsonReader r(json);
    VerificationRequest v;
    v.kind = r.oneOf(QStringLiteral("kind"), verificationKinds());
    const QJsonArray subjects = r.array(QStringLiteral("subjects"), 2);
    for (qsizetype i = 0; r.ok() && i < subjects.size(); ++i) {
        const QString where = indexPath(QStringLiteral("subjects"), i);
        if (!subjects.at(i).isObject()) {
            r.fail(where, kWrongType, Text::tr("The field %1 must be an object.").arg(where));
            break;
        }
        auto s = VerificationSubject::fromJson(subjects.at(i).toObject(), where);
        if (s)
            v.subjects << *s;
        else
            r.adopt(s.error());
    }
    const qsizetype wanted = v.kind == QStringLiteral("marriage") ? 2 : 1;
    if (r.ok() && v.subjects.size() != wanted)
        r.fail(QStringLiteral("subjects"), kInvalidValue,
            Text::tr("A %1 verification takes %2 subject(s).").arg(v.kind).arg(wanted));
    const bool enterprise = v.kind == QStringLiteral("enterpriseRegister");
    for (qsizetype i = 0; r.ok() && i < v.subjects.size(); ++i) {
        if (enterprise == v.subjects.at(i).creditCode.isEmpty())
            r.fail(indexPath(QStringLiteral("subjects"), i), kInvalidValue,
                enterprise ? Text::tr("An enterprise verification needs a creditCode.")
                           : Text::tr("A person verification needs an idNumber."));
    }
    if (r.ok() && v.kind == QStringLiteral("identity") && v.subjects.constFirst().name.isEmpty())
        r.fail(QStringLiteral("subjects[0].name"), kMissingField,
            Text::tr("An identity verification needs the name."));
    v.caseUuid = r.string(QStringLiteral("caseUuid"), 36);
    if (r.ok() && !isUuid(v.caseUuid))
        r.fail(QStringLiteral("caseUuid"), kInvalidValue,
            Text::tr("The field caseUuid must be a lower-case UUID."));
    v.consent = r.boolean(QStringLiteral("consent"));
    if (auto done = r.finish(); !done)
        return done.error();
    return v;
}

QJsonObject VerificationAnswer::toJson() const
{
    return {{QStringLiteral("kind"), kind}, {QStringLiteral("caseUuid"), caseUuid},
        {QStringLiteral("answer"), answer ? QStringLiteral("yes") : QStringLiteral("no")},
        {QStringLiteral("evidenceRef"), evidenceRef}, {QStringLiteral("at"), formatTimestamp(at)}};
}

Result<VerificationAnswer> VerificationAnswer::fromJson(const QJsonObject& json)
{
    JsonReader r(json);
    VerificationAnswer a;
    a.kind = r.oneOf(QStringLiteral("kind"), verificationKinds());
    a.caseUuid = r.string(QStringLiteral("caseUuid"), 36);
    a.answer = r.oneOf(QStringLiteral("answer"), {QStringLiteral("yes"), QStringLiteral("no")})
        == QStringLiteral("yes");
    a.evidenceRef = r.string(QStringLiteral("evidenceRef"), 64);
    a.at = r.dateTime(QStringLiteral("at"));
    if (auto done = r.finish(); !done)
        return done.error();
    return a;
}

} // namespace ow::protocol
