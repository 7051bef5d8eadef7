#include "app/prefill/candidate.h"

#include "app/validation/divisions.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace ow::prefill {
namespace {
QString tr(const char* s)
{
    return QCoreApplication::translate("ow::prefill", s);
}

QString simplified(const QString& s)
{
    return s.simplified();
}
} // namespace

QString sourceLabel(const QString& source)
{
    if (source == QStringView(sources::idCard))
        return tr("Resident ID card");
    if (source == QStringView(sources::idNumber))
        return tr("ID number");
    if (source == QStringView(sources::history))
        return tr("Past case");
    if (source == QStringView(sources::sharedData))
        return tr("Shared government data");
    if (source == QStringView(sources::verification))
        return tr("Result verification");
    if (source == QStringView(sources::pdf))
        return tr("E-certificate");
    if (source == QStringView(sources::derived))
        return tr("Calculated");
    return source;
}

QString describeProvenance(const intake::FieldValue& value)
{
    using intake::FieldOrigin;
    if (value.origin == FieldOrigin::Typed || value.source.isEmpty())
        return tr("Typed");
    QString state;
    switch (value.origin) {
    case FieldOrigin::PrefilledConfirmed:
        state = tr("confirmed");
        break;
    case FieldOrigin::PrefilledChanged:
        state = tr("changed by the clerk");
        break;
    case FieldOrigin::Prefilled:
        state = tr("not yet confirmed");
        break;
    case FieldOrigin::Typed:
        break;
    }
    QString line = sourceLabel(value.source);
    if (value.obtainedAt.isValid())
        line += QStringLiteral(", ") + value.obtainedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    line += QStringLiteral(", ") + state;
    if (!value.evidence.isEmpty())
        line += QStringLiteral(" (") + value.evidence + u')';
    return line;
}

double defaultConfidence(const QString& source)
{
    if (source == QStringView(sources::sharedData) || source == QStringView(sources::verification))
        return 0.98;
    if (source == QStringView(sources::idCard))
        return 0.97;
    if (source == QStringView(sources::idNumber))
        return 0.95;
    if (source == QStringView(sources::derived))
        return 0.9;
    if (source == QStringView(sources::pdf))
        return 0.85;
    if (source == QStringView(sources::history))
        return 0.7;
    return 0.5;
}

intake::FieldValue Candidate::toFieldValue() const
{
    intake::FieldValue v;
    v.value = value;
    v.origin = intake::FieldOrigin::Prefilled;
    v.source = source;
    v.obtainedAt = obtainedAt;
    v.confidence = confidence;
    v.evidence = evidence;
    return v;
}

QString Candidate::text() const
{
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        if (o.contains(QStringLiteral("detail")) || o.contains(QStringLiteral("division")))
            return QString(validation::DivisionRegistry::instance().fullName(
                               o.value(QStringLiteral("division")).toString())
                + u' ' + o.value(QStringLiteral("detail")).toString())
                .trimmed();
    }
    intake::FieldValue v;
    v.value = value;
    return v.text();
}

QJsonValue normalizedValue(const QJsonValue& value)
{
    if (value.isString())
        return simplified(value.toString());
    if (value.isObject()) {
        QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.value().isString())
                it.value() = simplified(it.value().toString());
        }
        return o;
    }
    return value;
}

bool sameValue(const QJsonValue& a, const QJsonValue& b)
{
    return normalizedValue(a) == normalizedValue(b);
}

QString sectionOf(const QString& fieldId)
{
    const qsizetype dot = fieldId.indexOf(u'.');
    return dot < 0 ? QString() : fieldId.left(dot);
}

QString nameOf(const QString& fieldId)
{
    const qsizetype dot = fieldId.indexOf(u'.');
    return dot < 0 ? fieldId : fieldId.mid(dot + 1);
}

QString roleFieldId(const QString& role, const QString& name)
{
    if (!role.contains(u'.'))
        return role + u'.' + name;
    return role + name.left(1).toUpper() + name.mid(1);
}

QString roleOfSubjectField(const QString& fieldId)
{
    for (const QString& key : {QStringLiteral("idNumber"), QStringLiteral("creditCode")}) {
        if (fieldId.endsWith(u'.' + key))
            return fieldId.chopped(key.size() + 1);
        const QString capitalized = key.left(1).toUpper() + key.mid(1);
        if (fieldId.endsWith(capitalized) && fieldId.size() > capitalized.size()
            && fieldId.at(fieldId.size() - capitalized.size() - 1) != u'.')
            return fieldId.chopped(capitalized.size());
    }
    return {};
}

QString nameInRole(const QString& role, const QString& fieldId)
{
    if (!role.contains(u'.'))
        return sectionOf(fieldId) == role ? nameOf(fieldId) : QString();
    if (!fieldId.startsWith(role) || fieldId.size() <= role.size() || !fieldId.at(role.size()).isUpper())
        return {};
    const QString rest = fieldId.mid(role.size());
    return rest.left(1).toLower() + rest.mid(1);
}

bool sourceAllowed(const QStringList& hints, const QString& source)
{
    if (hints.isEmpty())
        return true;
    if (source == QStringView(sources::idNumber))
        return hints.contains(QStringLiteral("idCard")) || hints.contains(QStringLiteral("derived"));
    return hints.contains(source);
}

} // namespace ow::prefill
