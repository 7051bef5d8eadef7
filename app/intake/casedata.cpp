#include "app/intake/casedata.h"

#include <QJsonArray>

namespace ow::intake {

bool FieldValue::isEmpty() const
{
    if (value.isNull() || value.isUndefined())
        return true;
    if (value.isString())
        return value.toString().trimmed().isEmpty();
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!it.value().toString().trimmed().isEmpty())
                return false;
        }
        return true;
    }
    return false;
}

QString FieldValue::text() const
{
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    return {};
}

std::pair<QString, QString> CaseData::applicantFieldIds() const
{
    if (applicantKind == QStringLiteral("enterprise"))
        return {QStringLiteral("enterprise.name"), QStringLiteral("enterprise.creditCode")};
    QStringList roles {QStringLiteral("applicant.")};
    const QString follows = answers.value(QStringLiteral("hukouFollows")).toString();
    if (follows == QStringLiteral("mother") || follows == QStringLiteral("father"))
        roles << follows + u'.';
    roles << QStringLiteral("retiree.") << QStringLiteral("mother.") << QStringLiteral("father.")
          << QStringLiteral("property.buyer");
    for (const QString& role : std::as_const(roles)) {
        const bool section = role.endsWith(u'.');
        const QString id = role + (section ? QStringLiteral("idNumber") : QStringLiteral("IdNumber"));
        if (!fields.value(id).isEmpty())
            return {role + (section ? QStringLiteral("name") : QStringLiteral("Name")), id};
    }
    return {QStringLiteral("applicant.name"), QStringLiteral("applicant.idNumber")};
}

QString CaseData::applicantName() const
{
    return fields.value(applicantFieldIds().first).text();
}

QString CaseData::applicantIdNumber() const
{
    return fields.value(applicantFieldIds().second).text();
}

QJsonValue CaseData::fieldValue(const QString& id) const
{
    auto it = fields.constFind(id);
    return it == fields.constEnd() ? QJsonValue() : it->value;
}

QJsonObject CaseData::nestedFieldValues() const
{
    QJsonObject root;
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        const QStringList parts = it.key().split(u'.');
        if (parts.size() != 2) {
            root.insert(it.key(), it->value);
            continue;
        }
        QJsonObject section = root.value(parts[0]).toObject();
        section.insert(parts[1], it->value);
        root.insert(parts[0], section);
    }
    return root;
}

QJsonObject CaseData::flatFieldValues() const
{
    QJsonObject o;
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
        o.insert(it.key(), it->value);
    return o;
}

namespace {
template<typename E, size_t N> QString nameOf(E value, const std::pair<E, const char16_t*> (&table)[N])
{
    for (const auto& [e, n] : table) {
        if (e == value)
            return QString::fromUtf16(n);
    }
    return {};
}
template<typename E, size_t N>
E valueOf(const QString& name, const std::pair<E, const char16_t*> (&table)[N], E fallback)
{
    for (const auto& [e, n] : table) {
        if (name == QStringView(n))
            return e;
    }
    return fallback;
}

const std::pair<FieldOrigin, const char16_t*> kOrigins[] = {
    {FieldOrigin::Typed, u"typed"},
    {FieldOrigin::Prefilled, u"prefilled"},
    {FieldOrigin::PrefilledConfirmed, u"confirmed"},
    {FieldOrigin::PrefilledChanged, u"changed"},
};
const std::pair<MaterialState, const char16_t*> kMaterialStates[] = {
    {MaterialState::Missing, u"missing"},
    {MaterialState::Original, u"original"},
    {MaterialState::Copy, u"copy"},
    {MaterialState::ELicence, u"eLicence"},
    {MaterialState::Verified, u"verified"},
    {MaterialState::Commitment, u"commitment"},
    {MaterialState::Tolerated, u"tolerated"},
    {MaterialState::Produced, u"produced"},
};
const std::pair<CaseState, const char16_t*> kCaseStates[] = {
    {CaseState::Draft, u"draft"},
    {CaseState::Accepted, u"accepted"},
    {CaseState::Returned, u"returned"},
    {CaseState::Cancelled, u"cancelled"},
};
const std::pair<SyncState, const char16_t*> kSyncStates[] = {
    {SyncState::Local, u"local"},
    {SyncState::Queued, u"queued"},
    {SyncState::Sending, u"sending"},
    {SyncState::Delivered, u"delivered"},
    {SyncState::Rejected, u"rejected"},
    {SyncState::Returned, u"returned"},
};
} // namespace

QString fieldOriginName(FieldOrigin o)
{
    return nameOf(o, kOrigins);
}
FieldOrigin fieldOriginFromName(const QString& s)
{
    return valueOf(s, kOrigins, FieldOrigin::Typed);
}
QString materialStateName(MaterialState s)
{
    return nameOf(s, kMaterialStates);
}
MaterialState materialStateFromName(const QString& s)
{
    return valueOf(s, kMaterialStates, MaterialState::Missing);
}
QString caseStateName(CaseState s)
{
    return nameOf(s, kCaseStates);
}
CaseState caseStateFromName(const QString& s)
{
    return valueOf(s, kCaseStates, CaseState::Draft);
}
QString syncStateName(SyncState s)
{
    return nameOf(s, kSyncStates);
}
SyncState syncStateFromName(const QString& s)
{
    return valueOf(s, kSyncStates, SyncState::Local);
}

bool satisfies(MaterialState s)
{
    return s != MaterialState::Missing;
}

bool isPaperless(MaterialState s)
{
    return s == MaterialState::Verified || s == MaterialState::Commitment || s == MaterialState::Produced
        || s == MaterialState::ELicence;
}

} // namespace ow::intake
