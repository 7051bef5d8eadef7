#include "server/casestore.h"

#include "app/common/logging.h"
#include "protocol/jsonreader.h"
#include "server/auth.h"
#include "server/database.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ow::server::cases {
namespace {

// Serialises the feed sequencer across server processes on PostgreSQL (SQLite's BEGIN IMMEDIATE does it
// there).
constexpr qint64 kFeedLock = 727101;

QString reasonsJson(const QStringList& reasons)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(reasons)).toJson(QJsonDocument::Compact));
}

QStringList reasonsOf(const QVariant& json)
{
    QStringList out;
    const QJsonArray a = QJsonDocument::fromJson(json.toString().toUtf8()).array();
    for (const QJsonValue& v : a)
        out << v.toString();
    return out;
}

const QString kSelectCase
    = QStringLiteral("SELECT id, uuid, hall_code, content_hash, content, status, reasons, "
                     "received_at, updated_at FROM cases WHERE uuid = ?");

StoredCase storedOf(const Row& row)
{
    StoredCase s;
    s.id = row.at(0).toLongLong();
    s.uuid = row.at(1).toString();
    s.hallCode = row.at(2).toString();
    s.contentHash = row.at(3).toString();
    s.content = row.at(4).toString();
    s.status = protocol::statusFromName(row.at(5).toString()).value_or(protocol::CaseStatus::Received);
    s.reasons = reasonsOf(row.at(6));
    s.receivedAt = protocol::parseTimestamp(row.at(7).toString());
    s.updatedAt = protocol::parseTimestamp(row.at(8).toString());
    return s;
}

Result<void> addEvent(Session& db, qint64 caseId, protocol::CaseStatus status, const QStringList& reasons,
    const QString& at, const QString& actor)
{
    auto done
        = db.execute(QStringLiteral("INSERT INTO case_events (case_id, status, reasons, happened_at, actor) "
                                    "VALUES (?, ?, ?, ?, ?)"),
            {caseId, protocol::statusName(status), reasonsJson(reasons), at, actor});
    if (!done)
        return done.error();
    return {};
}

// Gives the committed, unsequenced events their cursor values, in id order, under the feed lock.
Result<void> sequence(Session& db)
{
    auto pending = db.selectOne(QStringLiteral("SELECT id FROM case_events WHERE seq IS NULL LIMIT 1"));
    if (!pending)
        return pending.error();
    if (pending->isEmpty())
        return {};
    auto done = db.transaction([&]() -> Result<int> {
        if (db.isPostgres()) {
            auto lock = db.select(QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {kFeedLock});
            if (!lock)
                return lock.error();
        }
        return db.execute(QStringLiteral("UPDATE case_events SET seq = s.base + s.rn FROM ("
                                         "SELECT id, ROW_NUMBER() OVER (ORDER BY id) AS rn, "
                                         "(SELECT COALESCE(MAX(seq), 0) FROM case_events) AS base "
                                         "FROM case_events WHERE seq IS NULL ORDER BY id LIMIT 10000) AS s "
                                         "WHERE case_events.id = s.id"));
    });
    if (!done)
        return done.error();
    return {};
}

} // namespace

QString StoredCase::serverCaseId() const
{
    return QStringLiteral("SC%1").arg(id, 10, 10, QChar(u'0'));
}

Result<QStringList> missingAttachments(Session& db, qint64 caseId)
{
    auto rows = db.select(QStringLiteral("SELECT ca.sha256 FROM case_attachments ca "
                                         "LEFT JOIN attachments a ON a.sha256 = ca.sha256 AND a.complete = 1 "
                                         "WHERE ca.case_id = ? AND a.sha256 IS NULL ORDER BY ca.sha256"),
        {caseId});
    if (!rows)
        return rows.error();
    QStringList out;
    for (const Row& r : *rows)
        out << r.at(0).toString();
    return out;
}

Result<protocol::ServerReceipt> receiptOf(Session& db, const StoredCase& stored, bool hasAttachments)
{
    auto missing = hasAttachments ? missingAttachments(db, stored.id) : Result<QStringList>(QStringList());
    if (!missing)
        return missing.error();
    protocol::ServerReceipt r;
    r.uuid = stored.uuid;
    r.serverCaseId = stored.serverCaseId();
    r.receivedAt = stored.receivedAt;
    r.contentHash = stored.contentHash;
    r.status = stored.status;
    r.missingAttachments = *missing;
    r.attachmentsComplete = missing->isEmpty();
    return r;
}

Result<std::optional<StoredCase>> find(Session& db, const QString& uuid)
{
    auto row = db.selectOne(kSelectCase, {uuid});
    if (!row)
        return row.error();
    if (row->isEmpty())
        return std::optional<StoredCase>();
    return std::optional<StoredCase>(storedOf(*row));
}

namespace {

// Who submits, for insertPostgres: the signed-in staff member, or whoever the bearer token belongs to if it
// passes the checks of putCheckingToken().
struct Submitter
{
    QString username; // known already
    QString tokenHash; // else: checked in the statement
    QString hallCode;
    QStringList roles;
};

struct Inserted
{
    qint64 id = 0;
    QStringList missing; // attachments not (yet) complete on the server
};

// PostgreSQL: the case, its first event, its file list and the list of its missing files in one statement,
// atomic without a transaction block — one round trip on the hot path. Nothing when the UUID is taken (or the
// token did not pass).
Result<std::optional<Inserted>> insertPostgres(Session& db, const protocol::CaseSubmission& submission,
    const QString& hash, const QString& content, const QString& now, const Submitter& who)
{
    QStringList shas;
    for (const protocol::AttachmentRef& a : submission.attachments)
        shas << a.sha256;
    QString sql;
    QVariantList values;
    if (who.tokenHash.isEmpty()) {
        sql = QStringLiteral("WITH who AS (SELECT CAST(? AS TEXT) AS username), ");
        values = {who.username};
    } else {
        sql = QStringLiteral(
            "WITH who AS (SELECT s.username FROM tokens t JOIN staff s ON s.id = t.staff_id "
            "WHERE t.token_hash = ? AND t.expires_at > ? AND s.active = 1 AND s.hall_code = ? "
            "AND s.role = ANY(string_to_array(?, ','))), ");
        values = {who.tokenHash, now, who.hallCode, who.roles.join(u',')};
    }
    sql += QStringLiteral(
        "f AS (SELECT DISTINCT unnest(string_to_array(?, ',')) AS sha), "
        "c AS (INSERT INTO cases (uuid, hall_code, case_number, bundle_code, content_hash, content, status, "
        "reasons, received_at, updated_at, submitted_by) SELECT ?, ?, ?, ?, ?, ?, 'received', '[]', ?, ?, "
        "who.username FROM who ON CONFLICT (uuid) DO NOTHING RETURNING id, received_at, submitted_by), "
        "e AS (INSERT INTO case_events (case_id, status, reasons, happened_at, actor) "
        "SELECT id, 'received', '[]', received_at, submitted_by FROM c), "
        "a AS (INSERT INTO case_attachments (case_id, sha256) SELECT c.id, f.sha FROM c, f) "
        "SELECT c.id, (SELECT string_agg(f.sha, ',' ORDER BY f.sha) FROM f WHERE NOT EXISTS "
        "(SELECT 1 FROM attachments x WHERE x.sha256 = f.sha AND x.complete = 1)) FROM c");
    values << shas.join(u',') << submission.uuid << submission.hallCode << submission.caseNumber
           << submission.bundleCode << hash << content << now << now;
    auto inserted = db.select(sql, values);
    if (!inserted)
        return inserted.error();
    if (inserted->isEmpty())
        return std::optional<Inserted>();
    const Row& row = inserted->constFirst();
    Inserted out;
    out.id = row.at(0).toLongLong();
    const QString missing = row.at(1).toString();
    if (!missing.isEmpty())
        out.missing = missing.split(u',');
    return std::optional<Inserted>(out);
}

PutOutcome created(const protocol::CaseSubmission& submission, const QString& hash, const QString& now,
    const Inserted& inserted)
{
    StoredCase stored;
    stored.id = inserted.id;
    stored.uuid = submission.uuid;
    stored.hallCode = submission.hallCode;
    stored.contentHash = hash;
    stored.receivedAt = protocol::parseTimestamp(now);
    PutOutcome out;
    out.kind = PutOutcome::Kind::Created;
    out.receipt.uuid = stored.uuid;
    out.receipt.serverCaseId = stored.serverCaseId();
    out.receipt.receivedAt = stored.receivedAt;
    out.receipt.contentHash = hash;
    out.receipt.status = protocol::CaseStatus::Received;
    out.receipt.missingAttachments = inserted.missing;
    out.receipt.attachmentsComplete = inserted.missing.isEmpty();
    return out;
}

// A submission whose UUID is taken: the first receipt again for the same content, else a conflict (or another
// hall's case).
Result<PutOutcome> putExisting(
    Session& db, const protocol::CaseSubmission& submission, const QString& hash, const Staff& staff)
{
    PutOutcome out;
    auto existing = find(db, submission.uuid);
    if (!existing)
        return existing.error();
    if (!existing->has_value())
        return makeError(QStringLiteral("sql.race"), QStringLiteral("case vanished during submission"));
    const StoredCase& stored = **existing;
    if (!staff.mayAccessHall(stored.hallCode)) {
        out.kind = PutOutcome::Kind::OtherHall;
        out.existingHall = stored.hallCode;
        return out;
    }
    if (stored.contentHash != hash) {
        out.kind = PutOutcome::Kind::Conflict;
        return out;
    }
    out.kind = PutOutcome::Kind::Same;
    auto receipt = receiptOf(db, stored, !submission.attachments.isEmpty());
    if (!receipt)
        return receipt.error();
    out.receipt = *receipt;
    return out;
}

Result<PutOutcome> putPostgres(Session& db, const protocol::CaseSubmission& submission, const QString& hash,
    const QString& content, const QString& now, const Staff& staff)
{
    auto inserted
        = insertPostgres(db, submission, hash, content, now, Submitter {staff.username, {}, {}, {}});
    if (!inserted)
        return inserted.error();
    if (inserted->has_value())
        return created(submission, hash, now, **inserted);
    return putExisting(db, submission, hash, staff);
}

} // namespace

Result<std::optional<PutOutcome>> putCheckingToken(Session& db, const protocol::CaseSubmission& submission,
    const QString& tokenHash, const QStringList& roles, const Clock& clock)
{
    const QByteArray canonical = submission.canonicalJson();
    const QString hash = protocol::CaseSubmission::hashOf(canonical);
    // The token's expiry is checked against this time, in the insert itself.
    const QString now = protocol::formatTimestamp(clock.nowUtc());
    auto inserted = insertPostgres(db, submission, hash, QString::fromUtf8(canonical), now,
        Submitter {{}, tokenHash, submission.hallCode, roles});
    if (!inserted)
        return inserted.error();
    if (!inserted->has_value())
        return std::optional<PutOutcome>();
    return std::optional<PutOutcome>(created(submission, hash, now, **inserted));
}

Result<PutOutcome> put(Session& db, const protocol::CaseSubmission& submission, const Staff& staff)
{
    const QByteArray canonical = submission.canonicalJson();
    const QString hash = protocol::CaseSubmission::hashOf(canonical);
    const QString content = QString::fromUtf8(canonical);
    const QString now = protocol::formatTimestamp(QDateTime::currentDateTimeUtc());
    if (db.isPostgres())
        return putPostgres(db, submission, hash, content, now, staff);
    return db.transaction([&]() -> Result<PutOutcome> {
        auto inserted = db.select(
            QStringLiteral(
                "INSERT INTO cases (uuid, hall_code, case_number, bundle_code, content_hash, content, "
                "status, "
                "reasons, received_at, updated_at, submitted_by) VALUES (?, ?, ?, ?, ?, ?, 'received', "
                "'[]', ?, ?, ?) ON CONFLICT (uuid) DO NOTHING RETURNING id"),
            {submission.uuid, submission.hallCode, submission.caseNumber, submission.bundleCode, hash,
                content, now, now, staff.username});
        if (!inserted)
            return inserted.error();
        if (inserted->isEmpty())
            return putExisting(db, submission, hash, staff);
        const qint64 id = inserted->constFirst().at(0).toLongLong();
        if (auto e = addEvent(db, id, protocol::CaseStatus::Received, {}, now, staff.username); !e)
            return e.error();
        for (const protocol::AttachmentRef& a : submission.attachments) {
            auto link
                = db.execute(QStringLiteral("INSERT INTO case_attachments (case_id, sha256) VALUES (?, ?)"),
                    {id, a.sha256});
            if (!link)
                return link.error();
        }
        auto missing = submission.attachments.isEmpty() ? Result<QStringList>(QStringList())
                                                        : missingAttachments(db, id);
        if (!missing)
            return missing.error();
        return created(submission, hash, now, Inserted {id, *missing});
    });
}

Result<ChangeOutcome> changeStatus(
    Session& db, const QString& uuid, const protocol::StatusChange& change, const Staff& staff)
{
    const QString now = protocol::formatTimestamp(QDateTime::currentDateTimeUtc());
    return db.transaction([&]() -> Result<ChangeOutcome> {
        ChangeOutcome out;
        auto found = find(db, uuid);
        if (!found)
            return found.error();
        if (!found->has_value()) {
            out.kind = ChangeOutcome::Kind::NotFound;
            return out;
        }
        out.stored = **found;
        if (!staff.mayAccessHall(out.stored.hallCode)) {
            out.kind = ChangeOutcome::Kind::OtherHall;
            return out;
        }
        if (!protocol::canTransition(out.stored.status, change.status)) {
            out.kind = ChangeOutcome::Kind::BadTransition;
            return out;
        }
        if (change.status == protocol::CaseStatus::InProgress) {
            auto missing = missingAttachments(db, out.stored.id);
            if (!missing)
                return missing.error();
            if (!missing->isEmpty()) {
                out.kind = ChangeOutcome::Kind::Incomplete;
                return out;
            }
        }
        // Conditional on the status read above, so two concurrent changes cannot both apply.
        auto updated = db.execute(
            QStringLiteral(
                "UPDATE cases SET status = ?, reasons = ?, updated_at = ? WHERE id = ? AND status = ?"),
            {protocol::statusName(change.status), reasonsJson(change.reasons), now, out.stored.id,
                protocol::statusName(out.stored.status)});
        if (!updated)
            return updated.error();
        if (*updated != 1) {
            out.kind = ChangeOutcome::Kind::BadTransition;
            return out;
        }
        if (auto e = addEvent(db, out.stored.id, change.status, change.reasons, now, staff.username); !e)
            return e.error();
        out.stored.status = change.status;
        out.stored.reasons = change.reasons;
        out.stored.updatedAt = protocol::parseTimestamp(now);
        qCInfo(lcServer) << "case" << out.stored.serverCaseId() << "is now"
                         << protocol::statusName(change.status) << "by" << staff.username;
        return out;
    });
}

Result<protocol::ChangesPage> changes(Session& db, qint64 since, int limit, const QString& hallCode)
{
    if (auto s = sequence(db); !s)
        return s.error();
    const QString base
        = QStringLiteral("SELECT e.seq, c.uuid, c.id, c.hall_code, e.status, e.reasons, e.happened_at "
                         "FROM case_events e JOIN cases c ON c.id = e.case_id WHERE e.seq > ? ");
    auto rows = hallCode.isEmpty()
        ? db.select(base + QStringLiteral("ORDER BY e.seq LIMIT ?"), {since, limit})
        : db.select(
            base + QStringLiteral("AND c.hall_code = ? ORDER BY e.seq LIMIT ?"), {since, hallCode, limit});
    if (!rows)
        return rows.error();
    protocol::ChangesPage page;
    page.cursor = since;
    for (const Row& r : *rows) {
        protocol::StatusEvent e;
        e.cursor = r.at(0).toLongLong();
        e.uuid = r.at(1).toString();
        StoredCase idOnly;
        idOnly.id = r.at(2).toLongLong();
        e.serverCaseId = idOnly.serverCaseId();
        e.hallCode = r.at(3).toString();
        e.status = protocol::statusFromName(r.at(4).toString()).value_or(protocol::CaseStatus::Received);
        e.reasons = reasonsOf(r.at(5));
        e.at = protocol::parseTimestamp(r.at(6).toString());
        page.events << e;
        page.cursor = e.cursor;
    }
    page.hasMore = rows->size() == limit;
    return page;
}

} // namespace ow::server::cases
