#include "app/prefill/lookupjournal.h"

#include "app/common/logging.h"
#include "app/store/sql.h"

namespace ow::prefill {
namespace {
QString iso(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}
QDateTime fromIso(const QString& s)
{
    return s.isEmpty() ? QDateTime() : QDateTime::fromString(s, Qt::ISODateWithMs).toLocalTime();
}
QVariant nullable(const QString& s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

const QString kColumns = QStringLiteral("id, at, actor, case_uuid, kind, question, material_id, "
                                        "subject_masked, outcome, answer, evidence, message, "
                                        "completed_at");

LookupRecord recordFrom(const QSqlQuery& q)
{
    LookupRecord r;
    r.id = q.value(0).toLongLong();
    r.at = fromIso(q.value(1).toString());
    r.actor = q.value(2).toString();
    r.caseUuid = q.value(3).toString();
    r.kind = q.value(4).toString();
    r.question = q.value(5).toString();
    r.materialId = q.value(6).toString();
    r.subjectMasked = q.value(7).toString();
    r.outcome = q.value(8).toString();
    r.answer = q.value(9).toInt() == 1;
    r.evidence = q.value(10).toString();
    r.message = q.value(11).toString();
    r.completedAt = fromIso(q.value(12).toString());
    return r;
}
} // namespace

LookupJournal::LookupJournal(std::shared_ptr<store::LocalStore> store, const Clock& clock)
    : m_store(std::move(store))
    , m_clock(clock)
{ }

Result<qint64> LookupJournal::begin(const QString& actor, const QString& caseUuid, const QString& kind,
    const QString& subjectMasked, const QString& question, const QString& materialId)
{
    QSqlDatabase db = m_store->connection();
    const QString at = iso(m_clock.now());
    const QString who = actor.isEmpty() ? QStringLiteral("counter") : actor;
    return store::inTransaction(db, [&]() -> Result<qint64> {
        auto r = store::exec(db,
            QStringLiteral("INSERT INTO prefill_lookups (at, actor, case_uuid, kind, question, material_id, "
                           "subject_masked) VALUES (?,?,?,?,?,?,?)"),
            {at, who, caseUuid, kind, nullable(question), nullable(materialId), subjectMasked});
        if (!r)
            return r.error();
        const qint64 id = r->lastInsertId().toLongLong();
        const QString action = question.isEmpty() ? QStringLiteral("prefill.sharedData.") + kind
                                                  : QStringLiteral("prefill.verification.") + question;
        auto a = store::exec(db,
            QStringLiteral("INSERT INTO audit_log (at, actor, action, case_uuid, subject_masked, detail) "
                           "VALUES (?,?,?,?,?,?)"),
            {at, who, action, caseUuid, subjectMasked, QStringLiteral("lookup %1").arg(id)});
        if (!a)
            return a.error();
        qCInfo(lcPrefill) << "look-up" << id << action << "for case" << caseUuid << "subject"
                          << subjectMasked;
        return id;
    });
}

Result<void> LookupJournal::finish(
    qint64 id, const QString& outcome, const QString& message, bool answer, const QString& evidence)
{
    const bool isAnswer = outcome == u"yes" || outcome == u"no";
    auto r = store::exec(m_store->connection(),
        QStringLiteral("UPDATE prefill_lookups SET outcome = ?, message = ?, answer = ?, evidence = ?, "
                       "completed_at = ? WHERE id = ?"),
        {outcome, nullable(message), isAnswer ? QVariant(answer ? 1 : 0) : QVariant(), nullable(evidence),
            iso(m_clock.now()), id});
    if (!r)
        return r.error();
    return {};
}

Result<QList<LookupRecord>> LookupJournal::forCase(const QString& caseUuid) const
{
    auto q = store::exec(m_store->connection(),
        QStringLiteral("SELECT ") + kColumns
            + QStringLiteral(" FROM prefill_lookups WHERE case_uuid = ? ORDER BY id"),
        {caseUuid});
    if (!q)
        return q.error();
    QList<LookupRecord> out;
    while (q->next())
        out.append(recordFrom(*q));
    return out;
}

Result<QList<LookupRecord>> LookupJournal::verifications(const QString& caseUuid) const
{
    auto q = store::exec(m_store->connection(),
        QStringLiteral("SELECT ") + kColumns
            + QStringLiteral(" FROM prefill_lookups p WHERE case_uuid = ? AND kind = 'verification' "
                             "AND outcome IN ('yes', 'no') AND id = (SELECT max(id) FROM prefill_lookups q "
                             "WHERE q.case_uuid = p.case_uuid AND q.kind = 'verification' "
                             "AND q.outcome IN ('yes', 'no') AND q.question IS p.question "
                             "AND q.material_id IS p.material_id) ORDER BY id"),
        {caseUuid});
    if (!q)
        return q.error();
    QList<LookupRecord> out;
    while (q->next())
        out.append(recordFrom(*q));
    return out;
}

} // namespace ow::prefill
