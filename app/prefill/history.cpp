#include "app/prefill/history.h"

#include "app/store/sql.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace ow::prefill {
namespace {

QDateTime fromIso(const QString& s)
{
    return s.isEmpty() ? QDateTime() : QDateTime::fromString(s, Qt::ISODateWithMs).toLocalTime();
}

// case_fields.value is a one-element JSON array (see CaseRepository).
QJsonValue decodeValue(const QString& s)
{
    return QJsonDocument::fromJson(s.toUtf8()).array().at(0);
}

bool isSubjectKey(const QString& name)
{
    return name == u"idNumber" || name == u"creditCode";
}
// A section with any of these describes a person or an enterprise of its own (a child, a spouse, an agent).
bool marksPerson(const QString& name)
{
    return isSubjectKey(name) || name == u"name" || name == u"birthDate";
}

} // namespace

HistoryIndex::HistoryIndex(std::shared_ptr<store::LocalStore> store)
    : m_store(std::move(store))
{ }

Result<QList<PastCase>> HistoryIndex::lookup(
    const QString& subjectId, int maxCases, const QString& excludeCase) const
{
    QList<PastCase> out;
    const QString subject = subjectId.trimmed().toUpper();
    if (subject.isEmpty() || maxCases <= 0)
        return out;
    QSqlDatabase db = m_store->connection();
    auto rows = store::exec(db,
        QStringLiteral(
            "SELECT s.at, s.case_uuid, s.role, c.case_number, c.bundle_code, c.applicant_id, c.answers "
            "FROM prefill_subjects s JOIN cases c ON c.uuid = s.case_uuid "
            "WHERE s.subject_id = ? ORDER BY s.at DESC LIMIT ?"),
        {subject, maxCases + 1});
    if (!rows)
        return rows.error();
    while (rows->next() && out.size() < maxCases) {
        const QString uuid = rows->value(1).toString();
        if (uuid == excludeCase)
            continue;
        // A person in two roles of one case (applicant and mother) is listed once, in the first role.
        if (!out.isEmpty() && out.last().uuid == uuid)
            continue;
        PastCase pc;
        pc.at = fromIso(rows->value(0).toString());
        pc.uuid = uuid;
        pc.section = rows->value(2).toString();
        pc.caseNumber = rows->value(3).toString();
        pc.bundleCode = rows->value(4).toString();
        pc.applicantId = rows->value(5).toString();
        pc.answers = QJsonDocument::fromJson(rows->value(6).toString().toUtf8()).object();
        out.append(pc);
    }
    rows->finish();

    for (PastCase& pc : out) {
        auto f = store::exec(db,
            QStringLiteral(
                "SELECT field_id, value, origin, obtained_at FROM case_fields WHERE case_uuid = ?"),
            {pc.uuid});
        if (!f)
            return f.error();
        struct Row
        {
            QString id;
            PastCase::Fact fact;
        };
        QList<Row> all;
        QSet<QString> personSections;
        while (f->next()) {
            const QString id = f->value(0).toString();
            if (marksPerson(nameOf(id)) || !roleOfSubjectField(id).isEmpty())
                personSections.insert(sectionOf(id));
            PastCase::Fact fact;
            fact.value = decodeValue(f->value(1).toString());
            const bool unconfirmed = f->value(2).toString() == u"prefilled";
            const QDateTime obtained = fromIso(f->value(3).toString());
            fact.obtainedAt = unconfirmed && obtained.isValid() ? std::min(obtained, pc.at) : pc.at;
            all.append({id, fact});
        }
        for (const Row& r : std::as_const(all)) {
            const QString name = nameInRole(pc.section, r.id);
            if (!name.isEmpty())
                pc.subjectFields.insert(name, r.fact);
            else if (!sectionOf(r.id).isEmpty() && !personSections.contains(sectionOf(r.id)))
                pc.caseFields.insert(r.id, r.fact);
        }
    }
    return out;
}

QList<Candidate> historyCandidates(const QList<PastCase>& cases, const QString& targetRole,
    bool primarySubject, const std::function<bool(const PastCase&)>& ownedBySubject,
    const std::function<bool(const QString& fieldId)>& hasField)
{
    QList<Candidate> out;
    const QString source = QString::fromUtf16(sources::history);
    for (const PastCase& pc : cases) {
        const QString detail = QCoreApplication::translate("ow::prefill", "case %1 of %2")
                                   .arg(pc.caseNumber.isEmpty() ? pc.uuid.left(8) : pc.caseNumber,
                                       pc.at.date().toString(Qt::ISODate));
        auto add = [&](const QString& fieldId, const PastCase::Fact& fact) {
            if (!hasField(fieldId))
                return;
            intake::FieldValue probe;
            probe.value = fact.value;
            if (probe.isEmpty())
                return;
            Candidate c;
            c.fieldId = fieldId;
            c.value = fact.value;
            c.source = source;
            c.lookup = QStringLiteral("history:") + targetRole;
            c.obtainedAt = fact.obtainedAt;
            c.confidence = defaultConfidence(source);
            c.evidence = pc.caseNumber.isEmpty() ? pc.uuid : pc.caseNumber;
            c.detail = detail;
            out.append(c);
        };
        for (auto it = pc.subjectFields.constBegin(); it != pc.subjectFields.constEnd(); ++it) {
            if (!isSubjectKey(it.key()))
                add(roleFieldId(targetRole, it.key()), it.value());
        }
        if (primarySubject && ownedBySubject(pc)) {
            for (auto it = pc.caseFields.constBegin(); it != pc.caseFields.constEnd(); ++it)
                add(it.key(), it.value());
        }
    }
    return out;
}

} // namespace ow::prefill
