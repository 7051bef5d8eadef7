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
    // One statement: the newest index entries of the subject (a range of the primary key, carrying what is
    // needed of each case) and their field values (a range of the covering index per case). A person may have
    // two roles in one case, so the range takes twice the cases wanted.
    auto rows = store::exec(m_store->connection(),
        QStringLiteral(
            "SELECT s.at, s.case_uuid, s.role, s.case_number, s.bundle_code, s.applicant_id, "
            "s.hukou_follows, "
            "f.field_id, f.value, f.origin, f.obtained_at "
            "FROM (SELECT at, case_uuid, role, case_number, bundle_code, applicant_id, hukou_follows "
            "FROM prefill_subjects WHERE subject_id = ? AND case_uuid <> ? ORDER BY at DESC LIMIT ?) s "
            "JOIN case_fields f ON f.case_uuid = s.case_uuid ORDER BY s.at DESC, s.case_uuid, s.role"),
        {subject, excludeCase.isEmpty() ? QStringLiteral("-") : excludeCase, maxCases * 2});
    if (!rows)
        return rows.error();
    struct Row
    {
        QString id;
        PastCase::Fact fact;
    };
    QList<Row> fields;
    QString currentRole;
    QStringList roles; // of the subject in the current case, first role first
    const auto finishCase = [&] {
        if (out.isEmpty() || fields.isEmpty())
            return;
        PastCase& pc = out.last();
        QSet<QString> personSections;
        for (const Row& r : std::as_const(fields)) {
            if (marksPerson(nameOf(r.id)) || !roleOfSubjectField(r.id).isEmpty())
                personSections.insert(sectionOf(r.id));
        }
        for (const Row& r : std::as_const(fields)) {
            bool personal = false;
            // A person in two roles of one case (applicant and mother): the first role's value wins.
            for (const QString& role : std::as_const(roles)) {
                const QString name = nameInRole(role, r.id);
                if (name.isEmpty())
                    continue;
                personal = true;
                if (!pc.subjectFields.contains(name) || role == pc.section)
                    pc.subjectFields.insert(name, r.fact);
                break;
            }
            if (!personal && !sectionOf(r.id).isEmpty() && !personSections.contains(sectionOf(r.id)))
                pc.caseFields.insert(r.id, r.fact);
        }
        fields.clear();
        roles.clear();
    };
    while (rows->next()) {
        const QString uuid = rows->value(1).toString();
        const QString role = rows->value(2).toString();
        if (out.isEmpty() || out.last().uuid != uuid) {
            finishCase();
            if (out.size() >= maxCases)
                break;
            PastCase pc;
            pc.at = fromIso(rows->value(0).toString());
            pc.uuid = uuid;
            pc.section = role;
            pc.caseNumber = rows->value(3).toString();
            pc.bundleCode = rows->value(4).toString();
            pc.applicantId = rows->value(5).toString();
            if (!rows->value(6).isNull())
                pc.answers.insert(QStringLiteral("hukouFollows"), rows->value(6).toString());
            out.append(pc);
            currentRole = role;
        }
        if (!roles.contains(role))
            roles << role;
        // The case's fields come once per role of the person: read them with the first.
        if (role != currentRole)
            continue;
        PastCase::Fact fact;
        fact.value = decodeValue(rows->value(8).toString());
        fact.obtainedAt = out.last().at;
        // Only an unconfirmed prefill keeps the (older) date of its own source.
        if (rows->value(9).toString() == u"prefilled") {
            const QDateTime obtained = fromIso(rows->value(10).toString());
            if (obtained.isValid() && obtained < fact.obtainedAt)
                fact.obtainedAt = obtained;
        }
        fields.append({rows->value(7).toString(), fact});
    }
    finishCase();
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
