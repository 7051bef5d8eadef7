#include "app/intake/caserepository.h"

#include "app/common/logging.h"
#include "app/common/mask.h"
#include "app/intake/errors.h"
#include "app/store/sql.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace ow::intake {

using store::exec;

namespace {

// " AND …" selecting the cases of a filter (no values to bind).
QString filterCondition(CaseFilter filter)
{
    switch (filter) {
    case CaseFilter::All:
        return {};
    case CaseFilter::Drafts:
        return QStringLiteral(" AND state = 'draft'");
    case CaseFilter::WaitingForHandOff:
        return QStringLiteral(
            " AND state <> 'draft' AND state <> 'cancelled' AND sync_state IN ('queued', 'sending')");
    case CaseFilter::Rejected:
        return QStringLiteral(" AND sync_state = 'rejected'");
    case CaseFilter::ReturnedForCorrection:
        return QStringLiteral(" AND sync_state = 'returned'");
    }
    return {};
}

QString iso(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}
QDateTime fromIso(const QString& s)
{
    return s.isEmpty() ? QDateTime() : QDateTime::fromString(s, Qt::ISODateWithMs).toLocalTime();
}
QString json(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
QJsonObject parseObject(const QString& s)
{
    return QJsonDocument::fromJson(s.toUtf8()).object();
}

// Field values are stored as a one-element JSON array so strings, numbers, booleans and objects round-trip.
QString encodeValue(const QJsonValue& v)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray {v}).toJson(QJsonDocument::Compact));
}
QJsonValue decodeValue(const QString& s)
{
    return QJsonDocument::fromJson(s.toUtf8()).array().at(0);
}

QVariant nullable(const QString& s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

CaseSummary summaryFrom(const QSqlQuery& q)
{
    CaseSummary s;
    s.uuid = q.value(0).toString();
    s.caseNumber = q.value(1).toString();
    s.bundleCode = q.value(2).toString();
    s.state = caseStateFromName(q.value(3).toString());
    s.syncState = syncStateFromName(q.value(4).toString());
    s.syncMessage = q.value(5).toString();
    s.applicantName = q.value(6).toString();
    s.applicantId = q.value(7).toString();
    s.createdAt = fromIso(q.value(8).toString());
    s.updatedAt = fromIso(q.value(9).toString());
    s.acceptedAt = fromIso(q.value(10).toString());
    return s;
}

const QString kSummaryColumns = QStringLiteral("uuid, case_number, bundle_code, state, sync_state, "
                                               "sync_message, applicant_name, applicant_id, created_at, "
                                               "updated_at, accepted_at");

} // namespace

CaseRepository::CaseRepository(std::shared_ptr<store::LocalStore> store)
    : m_store(std::move(store))
{ }

QString CaseRepository::formatCaseNumber(const QString& hallCode, int counter, const QDate& day, int sequence)
{
    return QStringLiteral("%1-%2-%3-%4")
        .arg(hallCode)
        .arg(counter, 2, 10, QChar(u'0'))
        .arg(day.toString(QStringLiteral("yyyyMMdd")))
        .arg(sequence, 4, 10, QChar(u'0'));
}

Result<void> CaseRepository::writeCase(QSqlDatabase& db, const CaseData& c)
{
    auto r = exec(db,
        QStringLiteral(
            "INSERT INTO cases (uuid, case_number, bundle_code, catalog_version, catalog_hash, state, "
            "sync_state, sync_message, applicant_kind, applicant_name, applicant_id, proxy, "
            "consent_shared_data, answers, extra, hall_code, counter, staff, created_at, updated_at, "
            "accepted_at, promised_date) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
            "ON CONFLICT(uuid) DO UPDATE SET case_number=excluded.case_number, "
            "bundle_code=excluded.bundle_code, catalog_version=excluded.catalog_version, "
            "catalog_hash=excluded.catalog_hash, state=excluded.state, sync_state=excluded.sync_state, "
            "sync_message=excluded.sync_message, applicant_kind=excluded.applicant_kind, "
            "applicant_name=excluded.applicant_name, applicant_id=excluded.applicant_id, "
            "proxy=excluded.proxy, consent_shared_data=excluded.consent_shared_data, "
            "answers=excluded.answers, extra=excluded.extra, hall_code=excluded.hall_code, "
            "counter=excluded.counter, staff=excluded.staff, updated_at=excluded.updated_at, "
            "accepted_at=excluded.accepted_at, promised_date=excluded.promised_date"),
        {c.uuid, nullable(c.caseNumber), c.bundleCode, c.catalogVersion, c.catalogHash,
            caseStateName(c.state), syncStateName(c.syncState), nullable(c.syncMessage), c.applicantKind,
            nullable(c.applicantName()), nullable(c.applicantIdNumber()), c.proxy ? 1 : 0,
            c.consentSharedData ? 1 : 0, json(c.answers), json(c.extra), c.hallCode, c.counter,
            nullable(c.staff), iso(c.createdAt), iso(c.updatedAt), nullable(iso(c.acceptedAt)),
            nullable(c.promisedDate.toString(Qt::ISODate))});
    if (!r)
        return r.error();
    for (const QString& table : {QStringLiteral("case_fields"), QStringLiteral("case_materials"),
             QStringLiteral("case_attachments")}) {
        auto d = exec(
            db, QStringLiteral("DELETE FROM ") + table + QStringLiteral(" WHERE case_uuid = ?"), {c.uuid});
        if (!d)
            return d.error();
    }
    QSqlQuery f(db);
    f.prepare(
        QStringLiteral("INSERT INTO case_fields (case_uuid, field_id, value, origin, source, obtained_at, "
                       "confidence, evidence) VALUES (?,?,?,?,?,?,?,?)"));
    for (auto it = c.fields.constBegin(); it != c.fields.constEnd(); ++it) {
        f.addBindValue(c.uuid);
        f.addBindValue(it.key());
        f.addBindValue(encodeValue(it->value));
        f.addBindValue(fieldOriginName(it->origin));
        f.addBindValue(nullable(it->source));
        f.addBindValue(nullable(iso(it->obtainedAt)));
        f.addBindValue(it->confidence);
        f.addBindValue(nullable(it->evidence));
        if (!f.exec())
            return store::sqlError(f, QStringLiteral("case_fields"));
    }
    QSqlQuery m(db);
    m.prepare(
        QStringLiteral("INSERT INTO case_materials (case_uuid, material_id, state, note, due_date, evidence) "
                       "VALUES (?,?,?,?,?,?)"));
    for (auto it = c.materials.constBegin(); it != c.materials.constEnd(); ++it) {
        m.addBindValue(c.uuid);
        m.addBindValue(it.key());
        m.addBindValue(materialStateName(it->state));
        m.addBindValue(nullable(it->note));
        m.addBindValue(nullable(it->dueDate.toString(Qt::ISODate)));
        m.addBindValue(nullable(it->evidence));
        if (!m.exec())
            return store::sqlError(m, QStringLiteral("case_materials"));
    }
    QSqlQuery a(db);
    a.prepare(
        QStringLiteral("INSERT OR IGNORE INTO case_attachments (case_uuid, material_id, sha256, file_name, "
                       "added_at) VALUES (?,?,?,?,?)"));
    for (const AttachmentRef& ref : c.attachments) {
        a.addBindValue(c.uuid);
        a.addBindValue(ref.materialId);
        a.addBindValue(ref.sha256);
        a.addBindValue(ref.fileName);
        a.addBindValue(iso(c.updatedAt));
        if (!a.exec())
            return store::sqlError(a, QStringLiteral("case_attachments"));
    }
    return {};
}

Result<void> CaseRepository::save(const CaseData& c)
{
    QSqlDatabase db = m_store->connection();
    return store::inTransaction(db, [&] { return writeCase(db, c); });
}

Result<CaseData> CaseRepository::load(const QString& uuid) const
{
    QSqlDatabase db = m_store->connection();
    auto q = exec(db,
        QStringLiteral("SELECT uuid, case_number, bundle_code, catalog_version, catalog_hash, state, "
                       "sync_state, sync_message, applicant_kind, proxy, consent_shared_data, answers, "
                       "extra, hall_code, counter, staff, created_at, updated_at, accepted_at, "
                       "promised_date FROM cases WHERE uuid = ?"),
        {uuid});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(errc::kCaseNotFound,
            QCoreApplication::translate("ow::intake", "No case %1 in the local store.").arg(uuid));
    CaseData c;
    c.uuid = q->value(0).toString();
    c.caseNumber = q->value(1).toString();
    c.bundleCode = q->value(2).toString();
    c.catalogVersion = q->value(3).toString();
    c.catalogHash = q->value(4).toString();
    c.state = caseStateFromName(q->value(5).toString());
    c.syncState = syncStateFromName(q->value(6).toString());
    c.syncMessage = q->value(7).toString();
    c.applicantKind = q->value(8).toString();
    c.proxy = q->value(9).toInt() != 0;
    c.consentSharedData = q->value(10).toInt() != 0;
    c.answers = parseObject(q->value(11).toString());
    c.extra = parseObject(q->value(12).toString());
    c.hallCode = q->value(13).toString();
    c.counter = q->value(14).toInt();
    c.staff = q->value(15).toString();
    c.createdAt = fromIso(q->value(16).toString());
    c.updatedAt = fromIso(q->value(17).toString());
    c.acceptedAt = fromIso(q->value(18).toString());
    c.promisedDate = QDate::fromString(q->value(19).toString(), Qt::ISODate);

    auto f = exec(db,
        QStringLiteral("SELECT field_id, value, origin, source, obtained_at, confidence, evidence "
                       "FROM case_fields WHERE case_uuid = ?"),
        {uuid});
    if (!f)
        return f.error();
    while (f->next()) {
        FieldValue v;
        v.value = decodeValue(f->value(1).toString());
        v.origin = fieldOriginFromName(f->value(2).toString());
        v.source = f->value(3).toString();
        v.obtainedAt = fromIso(f->value(4).toString());
        v.confidence = f->value(5).toDouble();
        v.evidence = f->value(6).toString();
        c.fields.insert(f->value(0).toString(), v);
    }
    auto m = exec(db,
        QStringLiteral("SELECT material_id, state, note, due_date, evidence FROM case_materials "
                       "WHERE case_uuid = ?"),
        {uuid});
    if (!m)
        return m.error();
    while (m->next()) {
        MaterialStatus s;
        s.state = materialStateFromName(m->value(1).toString());
        s.note = m->value(2).toString();
        s.dueDate = QDate::fromString(m->value(3).toString(), Qt::ISODate);
        s.evidence = m->value(4).toString();
        c.materials.insert(m->value(0).toString(), s);
    }
    auto a = exec(db,
        QStringLiteral("SELECT ca.material_id, ca.sha256, ca.file_name, a.mime_type, a.size FROM "
                       "case_attachments ca JOIN attachments a ON a.sha256 = ca.sha256 WHERE "
                       "ca.case_uuid = ? ORDER BY ca.added_at, ca.file_name"),
        {uuid});
    if (!a)
        return a.error();
    while (a->next()) {
        AttachmentRef ref {a->value(1).toString(), a->value(0).toString(), a->value(2).toString(),
            a->value(3).toString(), a->value(4).toLongLong()};
        c.attachments.append(ref);
        c.materials[ref.materialId].attachments.append(ref.sha256);
    }
    return c;
}

Result<QList<CaseSummary>> CaseRepository::list(const CaseQuery& query) const
{
    QString sql = QStringLiteral("SELECT ") + kSummaryColumns + QStringLiteral(" FROM cases WHERE 1=1");
    QVariantList values;
    if (query.day.isValid()) {
        // Stored times are UTC; the counter's day is local.
        const QDateTime from = query.day.startOfDay().toUTC();
        const QDateTime to = query.day.addDays(1).startOfDay().toUTC();
        sql += QStringLiteral(
            " AND ((created_at >= ? AND created_at < ?) OR (accepted_at >= ? AND accepted_at < ?))");
        values << iso(from) << iso(to) << iso(from) << iso(to);
    }
    if (!query.hallCode.isEmpty()) {
        sql += QStringLiteral(" AND hall_code = ?");
        values << query.hallCode;
    }
    if (query.counter > 0) {
        sql += QStringLiteral(" AND counter = ?");
        values << query.counter;
    }
    sql += filterCondition(query.filter);
    const QString text = query.text.trimmed();
    if (!text.isEmpty()) {
        // A masked ID ("110105********002X") matches on its visible head and tail.
        const QString contains = QStringLiteral("%") + text + u'%';
        const QString like = text.contains(u'*') ? QString(text).replace(u'*', u'_') : contains;
        sql += QStringLiteral(" AND (case_number LIKE ? OR applicant_id LIKE ? OR applicant_name LIKE ?)");
        values << contains << like << contains;
    }
    sql += QStringLiteral(" ORDER BY updated_at DESC LIMIT ?");
    values << query.limit;
    auto q = exec(m_store->connection(), sql, values);
    if (!q)
        return q.error();
    QList<CaseSummary> out;
    while (q->next())
        out.append(summaryFrom(*q));
    return out;
}

Result<QList<CaseSummary>> CaseRepository::drafts() const
{
    CaseQuery q;
    q.filter = CaseFilter::Drafts;
    q.limit = 50;
    return list(q);
}

Result<DayTally> CaseRepository::tally(const QDate& day, const QString& hallCode, int counter) const
{
    const QString from = iso(day.startOfDay().toUTC());
    const QString to = iso(day.addDays(1).startOfDay().toUTC());
    // The day's counts are this counter's; what needs the clerk is every such case in this workstation's
    // store.
    const QString acceptedThatDay
        = QStringLiteral("state <> 'draft' AND accepted_at >= :from AND accepted_at < :to AND (:counter = 0 "
                         "OR counter = :counter)");
    auto count = [](const QString& condition) -> QString {
        return QStringLiteral("COALESCE(SUM(CASE WHEN ") + condition
            + QStringLiteral(" THEN 1 ELSE 0 END), 0)");
    };
    QStringList columns {
        count(acceptedThatDay), count(acceptedThatDay + QStringLiteral(" AND sync_state = 'delivered'"))};
    for (CaseFilter f : {CaseFilter::Drafts, CaseFilter::WaitingForHandOff, CaseFilter::Rejected,
             CaseFilter::ReturnedForCorrection})
        columns << count(QStringLiteral("1 = 1") + filterCondition(f));
    QSqlQuery q(m_store->connection());
    if (!q.prepare(QStringLiteral("SELECT ") + columns.join(QStringLiteral(", "))
            + QStringLiteral(" FROM cases WHERE (:hall = '' OR hall_code = :hall)")))
        return store::sqlError(q, QStringLiteral("tally"));
    q.bindValue(QStringLiteral(":from"), from);
    q.bindValue(QStringLiteral(":to"), to);
    q.bindValue(QStringLiteral(":counter"), counter);
    q.bindValue(QStringLiteral(":hall"), hallCode);
    if (!q.exec())
        return store::sqlError(q, QStringLiteral("tally"));
    DayTally t;
    if (q.next()) {
        t.acceptedToday = q.value(0).toInt();
        t.deliveredToday = q.value(1).toInt();
        t.drafts = q.value(2).toInt();
        t.waitingForHandOff = q.value(3).toInt();
        t.rejected = q.value(4).toInt();
        t.returnedForCorrection = q.value(5).toInt();
    }
    return t;
}

Result<void> CaseRepository::remove(const QString& uuid)
{
    QSqlDatabase db = m_store->connection();
    return store::inTransaction(db, [&]() -> Result<void> {
        auto r = exec(db, QStringLiteral("DELETE FROM cases WHERE uuid = ? AND state = 'draft'"), {uuid});
        if (!r)
            return r.error();
        return {};
    });
}

Result<CaseData> CaseRepository::accept(CaseData c, const HandOff& handOff)
{
    QSqlDatabase db = m_store->connection();
    return store::inTransaction(db, [&]() -> Result<CaseData> {
        auto state = exec(db, QStringLiteral("SELECT state FROM cases WHERE uuid = ?"), {c.uuid});
        if (!state)
            return state.error();
        if (state->next() && state->value(0).toString() != caseStateName(CaseState::Draft))
            return makeError(errc::kCaseNotDraft,
                QCoreApplication::translate("ow::intake", "This case was already accepted."));
        const QDate day = c.acceptedAt.date();
        const QString dayKey = day.toString(Qt::ISODate);
        auto seq = exec(db,
            QStringLiteral("INSERT INTO case_sequences (day, hall_code, counter, last) VALUES (?,?,?,1) "
                           "ON CONFLICT(day, hall_code, counter) DO UPDATE SET last = last + 1 "
                           "RETURNING last"),
            {dayKey, c.hallCode, c.counter});
        if (!seq)
            return seq.error();
        if (!seq->next())
            return makeError(errc::kCaseSequence, QStringLiteral("no sequence number"));
        const int sequence = seq->value(0).toInt();
        seq->finish();
        c.caseNumber = formatCaseNumber(c.hallCode, c.counter, day, sequence);
        c.state = CaseState::Accepted;
        c.syncState = SyncState::Queued;
        c.updatedAt = c.acceptedAt;
        if (auto w = writeCase(db, c); !w)
            return w.error();
        if (auto handed = handOff(db, c); !handed)
            return handed.error();
        qCInfo(lcIntake) << "accepted case" << c.caseNumber << "for" << mask::idNumber(c.applicantIdNumber());
        return c;
    });
}

Result<void> CaseRepository::recordSyncState(
    const QSqlDatabase& db, const QString& uuid, SyncState state, const QString& message)
{
    auto r = exec(db, QStringLiteral("UPDATE cases SET sync_state = ?, sync_message = ? WHERE uuid = ?"),
        {syncStateName(state), nullable(message), uuid});
    if (!r)
        return r.error();
    return {};
}

Result<void> CaseRepository::recordDelivered(
    const QSqlDatabase& db, const QString& uuid, const QString& serverStatus)
{
    auto c = exec(db,
        QStringLiteral(
            "UPDATE cases SET server_status = COALESCE(server_status, ?), "
            "sync_state = CASE WHEN server_status = 'returned' THEN 'returned' ELSE 'delivered' END, "
            "sync_message = CASE WHEN server_status = 'returned' THEN (SELECT group_concat(value, "
            "'; ') FROM json_each(server_reasons)) ELSE NULL END "
            "WHERE uuid = ?"),
        {serverStatus, uuid});
    if (!c)
        return c.error();
    return {};
}

Result<bool> CaseRepository::recordServerStatus(const QSqlDatabase& db, const ServerStatus& e)
{
    const QString reasons = QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(e.reasons)).toJson(QJsonDocument::Compact));
    const QVariant message
        = e.returned && !e.reasons.isEmpty() ? QVariant(e.reasons.join(QStringLiteral("; "))) : QVariant();
    auto r = exec(db,
        QStringLiteral(
            "UPDATE cases SET server_status = ?, server_reasons = ?, server_updated_at = ?, "
            "server_cursor = ?, "
            "sync_message = CASE WHEN sync_state IN ('delivered', 'returned') THEN ? ELSE "
            "sync_message END, "
            "sync_state = CASE WHEN sync_state IN ('delivered', 'returned') THEN ? ELSE sync_state "
            "END "
            "WHERE uuid = ? AND COALESCE(server_cursor, 0) < ?"),
        {e.status, reasons, iso(e.at), e.cursor, message,
            syncStateName(e.returned ? SyncState::Returned : SyncState::Delivered), e.uuid, e.cursor});
    if (!r)
        return r.error();
    return r->numRowsAffected() > 0;
}

} // namespace ow::intake
