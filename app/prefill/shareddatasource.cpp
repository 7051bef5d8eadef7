#include "app/prefill/shareddatasource.h"

#include "app/common/mask.h"
#include "app/prefill/valuemapping.h"

#include <QCoreApplication>

namespace ow::prefill {
namespace {
QString tr(const char* s)
{
    return QCoreApplication::translate("ow::prefill", s);
}

class Mapper
{
public:
    Mapper(const catalog::Catalog& catalog, QString section, Candidate base)
        : m_catalog(catalog)
        , m_section(std::move(section))
        , m_base(std::move(base))
    { }

    // Maps `raw` to the first of `names` the catalog defines in the section.
    void add(const QStringList& names, const QJsonValue& raw)
    {
        if (raw.isNull() || raw.isUndefined() || (raw.isString() && raw.toString().trimmed().isEmpty()))
            return;
        for (const QString& n : names) {
            const catalog::FieldDef* def = m_catalog.field(roleFieldId(m_section, n));
            if (!def)
                continue;
            Candidate c = m_base;
            c.fieldId = def->id;
            const auto converted = toFieldValue(*def, raw);
            if (!converted) {
                c.value = raw;
                m_out.rejected.append(
                    {c, tr("The register's value does not fit the field %1.").arg(def->label.text())});
            } else {
                c.value = *converted;
                m_out.candidates.append(c);
            }
            return;
        }
    }
    SharedDataMapping result() const { return m_out; }

private:
    const catalog::Catalog& m_catalog;
    QString m_section;
    Candidate m_base;
    SharedDataMapping m_out;
};

Candidate baseCandidate(
    const QString& section, const QString& evidence, const QDateTime& at, const QString& detail)
{
    Candidate c;
    c.source = QString::fromUtf16(sources::sharedData);
    c.lookup = QStringLiteral("sharedData:") + section;
    c.obtainedAt = at.isValid() ? at : QDateTime::currentDateTime();
    c.confidence = defaultConfidence(c.source);
    c.evidence = evidence;
    c.detail = detail;
    return c;
}

QString date(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

} // namespace

SharedDataMapping personCandidates(const protocol::PersonRecord& record, const QString& section,
    const catalog::Catalog& catalog, bool householdPerson)
{
    const QString evidence
        = QStringLiteral("register:person:%1@%2")
              .arg(mask::idNumber(record.idNumber), record.retrievedAt.toUTC().toString(Qt::ISODate));
    Mapper m(catalog, section,
        baseCandidate(
            section, evidence, record.retrievedAt, tr("household register (户籍) via the central server")));
    m.add({QStringLiteral("name")}, record.name);
    m.add({QStringLiteral("sex"), QStringLiteral("gender")}, record.sex);
    m.add({QStringLiteral("ethnicity"), QStringLiteral("nation")}, record.ethnicity);
    m.add({QStringLiteral("birthDate")}, date(record.birthDate));
    if (!record.address.division.isEmpty() || !record.address.detail.isEmpty())
        m.add(
            {QStringLiteral("hukouAddress"), QStringLiteral("registeredAddress"), QStringLiteral("address")},
            record.address.toJson());
    SharedDataMapping out = m.result();
    if (!householdPerson)
        return out;
    // The household the case is about is this person's: its address, book number, head and size.
    Mapper h(catalog, QStringLiteral("household"),
        baseCandidate(
            section, evidence, record.retrievedAt, tr("household register (户籍) via the central server")));
    if (!record.address.division.isEmpty() || !record.address.detail.isEmpty())
        h.add({QStringLiteral("address")}, record.address.toJson());
    h.add({QStringLiteral("bookNumber"), QStringLiteral("number")}, record.householdNumber);
    QString head = record.relation == u"head" ? record.name : QString();
    for (const protocol::HouseholdMember& hm : record.members) {
        if (hm.relation == u"head")
            head = hm.name;
    }
    h.add({QStringLiteral("headName")}, head);
    h.add({QStringLiteral("members")}, double(record.members.size() + 1));
    const SharedDataMapping household = h.result();
    out.candidates += household.candidates;
    out.rejected += household.rejected;
    return out;
}

SharedDataMapping enterpriseCandidates(
    const protocol::EnterpriseRecord& record, const QString& section, const catalog::Catalog& catalog)
{
    const QString evidence = QStringLiteral("register:enterprise:%1@%2")
                                 .arg(record.creditCode, record.retrievedAt.toUTC().toString(Qt::ISODate));
    Mapper m(catalog, section,
        baseCandidate(
            section, evidence, record.retrievedAt, tr("enterprise register via the central server")));
    m.add({QStringLiteral("name")}, record.name);
    m.add({QStringLiteral("legalRepName"), QStringLiteral("legalRepresentative"), QStringLiteral("legalRep")},
        record.legalRepresentative);
    m.add({QStringLiteral("establishedDate"), QStringLiteral("foundedDate")}, date(record.establishedDate));
    if (!record.address.division.isEmpty() || !record.address.detail.isEmpty())
        m.add({QStringLiteral("registeredAddress"), QStringLiteral("address")}, record.address.toJson());
    m.add({QStringLiteral("type")}, record.type);
    m.add({QStringLiteral("registeredCapital")}, record.registeredCapital);
    m.add({QStringLiteral("status")}, record.status);
    return m.result();
}

} // namespace ow::prefill
