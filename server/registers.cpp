#include "server/registers.h"

#include "app/common/logging.h"
#include "app/common/mask.h"
#include "protocol/jsonreader.h"
#include "server/auth.h"
#include "server/database.h"

#include <QUuid>

namespace ow::server::registers {
namespace {

QString now()
{
    return protocol::formatTimestamp(QDateTime::currentDateTimeUtc());
}

Result<void> writeAudit(Session& db, const Staff& staff, const QString& action, const QString& caseUuid,
    const QString& subjectMasked, const QString& outcome, const QString& evidenceRef = {})
{
    auto done = db.execute(
        QStringLiteral("INSERT INTO audit_log (happened_at, actor, actor_hall, action, case_uuid, "
                       "subject_masked, outcome, evidence_ref) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {now(), staff.username, staff.hallCode, action, caseUuid, subjectMasked, outcome,
            evidenceRef.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(evidenceRef)});
    if (!done)
        return done.error();
    return {};
}

QDate dateOf(const QVariant& v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

const QString kSelectPerson
    = QStringLiteral("SELECT id_number, name, sex, ethnicity, birth_date, division, address, "
                     "household_no, relation, died_on FROM register_persons WHERE id_number = ?");

// Whether the person is in the register, alive unless allowDead, and (when a name is given) has that name.
Result<std::optional<Row>> personRow(Session& db, const protocol::VerificationSubject& s)
{
    auto row = db.selectOne(kSelectPerson, {s.idNumber});
    if (!row)
        return row.error();
    if (row->isEmpty() || (!s.name.isEmpty() && row->at(1).toString() != s.name))
        return std::optional<Row>();
    return std::optional<Row>(*row);
}

Result<bool> answer(Session& db, const protocol::VerificationRequest& r)
{
    const protocol::VerificationSubject& first = r.subjects.constFirst();
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    if (r.kind == QStringLiteral("marriage")) {
        for (const auto& s : r.subjects) {
            auto p = personRow(db, s);
            if (!p)
                return p.error();
            if (!p->has_value())
                return false;
        }
        const QString a = first.idNumber;
        const QString b = r.subjects.at(1).idNumber;
        auto m = db.selectOne(
            QStringLiteral("SELECT certificate_no FROM register_marriages WHERE ((person_a = ? AND "
                           "person_b = ?) OR (person_a = ? AND person_b = ?)) AND dissolved_on IS NULL"),
            {a, b, b, a});
        if (!m)
            return m.error();
        return !m->isEmpty();
    }
    if (r.kind == QStringLiteral("disability")) {
        auto p = personRow(db, first);
        if (!p)
            return p.error();
        if (!p->has_value())
            return false;
        auto cert = db.selectOne(QStringLiteral("SELECT certificate_no FROM register_disability_certs "
                                                "WHERE id_number = ? AND valid_until >= ?"),
            {first.idNumber, today});
        if (!cert)
            return cert.error();
        return !cert->isEmpty();
    }
    if (r.kind == QStringLiteral("enterpriseRegister")) {
        auto e = db.selectOne(
            QStringLiteral("SELECT name, status FROM register_enterprises WHERE credit_code = ?"),
            {first.creditCode});
        if (!e)
            return e.error();
        return !e->isEmpty() && e->at(1).toString() == QStringLiteral("active")
            && (first.name.isEmpty() || e->at(0).toString() == first.name);
    }
    auto p = personRow(db, first);
    if (!p)
        return p.error();
    if (!p->has_value())
        return false;
    const bool dead = !(**p).at(9).isNull() && !(**p).at(9).toString().isEmpty();
    if (r.kind == QStringLiteral("death"))
        return dead;
    // identity, householdRegister: registered and alive (identity always carries the name, checked above).
    return !dead;
}

} // namespace

Result<std::optional<protocol::PersonRecord>> person(
    Session& db, const QString& idNumber, const QString& caseUuid, const Staff& staff)
{
    return db.transaction([&]() -> Result<std::optional<protocol::PersonRecord>> {
        auto row = db.selectOne(kSelectPerson, {idNumber});
        if (!row)
            return row.error();
        auto audited = writeAudit(db, staff, QStringLiteral("register.person"), caseUuid,
            mask::idNumber(idNumber), row->isEmpty() ? QStringLiteral("notFound") : QStringLiteral("found"));
        if (!audited)
            return audited.error();
        if (row->isEmpty())
            return std::optional<protocol::PersonRecord>();
        protocol::PersonRecord p;
        p.idNumber = row->at(0).toString();
        p.name = row->at(1).toString();
        p.sex = row->at(2).toString();
        p.ethnicity = row->at(3).toString();
        p.birthDate = dateOf(row->at(4));
        p.address = {row->at(5).toString(), row->at(6).toString()};
        p.householdNumber = row->at(7).toString();
        p.relation = row->at(8).toString();
        p.retrievedAt = QDateTime::currentDateTimeUtc();
        auto members = db.select(
            QStringLiteral("SELECT id_number, name, sex, birth_date, relation FROM register_persons "
                           "WHERE household_no = ? AND id_number <> ? AND died_on IS NULL "
                           "ORDER BY birth_date"),
            {p.householdNumber, p.idNumber});
        if (!members)
            return members.error();
        for (const Row& m : *members)
            p.members << protocol::HouseholdMember {m.at(0).toString(), m.at(1).toString(),
                m.at(2).toString(), dateOf(m.at(3)), m.at(4).toString()};
        qCInfo(lcServer) << "person register read by" << staff.username << "for case" << caseUuid;
        return std::optional<protocol::PersonRecord>(p);
    });
}

Result<std::optional<protocol::EnterpriseRecord>> enterprise(
    Session& db, const QString& creditCode, const QString& caseUuid, const Staff& staff)
{
    return db.transaction([&]() -> Result<std::optional<protocol::EnterpriseRecord>> {
        auto row = db.selectOne(
            QStringLiteral("SELECT credit_code, name, legal_representative, established_on, division, "
                           "address, status, type, registered_capital FROM register_enterprises "
                           "WHERE credit_code = ?"),
            {creditCode});
        if (!row)
            return row.error();
        auto audited = writeAudit(db, staff, QStringLiteral("register.enterprise"), caseUuid,
            mask::idNumber(creditCode),
            row->isEmpty() ? QStringLiteral("notFound") : QStringLiteral("found"));
        if (!audited)
            return audited.error();
        if (row->isEmpty())
            return std::optional<protocol::EnterpriseRecord>();
        protocol::EnterpriseRecord e;
        e.creditCode = row->at(0).toString();
        e.name = row->at(1).toString();
        e.legalRepresentative = row->at(2).toString();
        e.establishedDate = dateOf(row->at(3));
        e.address = {row->at(4).toString(), row->at(5).toString()};
        e.status = row->at(6).toString();
        e.type = row->at(7).toString();
        e.registeredCapital = row->at(8).toString();
        e.retrievedAt = QDateTime::currentDateTimeUtc();
        return std::optional<protocol::EnterpriseRecord>(e);
    });
}

Result<protocol::VerificationAnswer> verify(
    Session& db, const protocol::VerificationRequest& request, const Staff& staff)
{
    return db.transaction([&]() -> Result<protocol::VerificationAnswer> {
        auto yes = answer(db, request);
        if (!yes)
            return yes.error();
        protocol::VerificationAnswer a;
        a.kind = request.kind;
        a.caseUuid = request.caseUuid;
        a.answer = *yes;
        a.evidenceRef = QStringLiteral("EV-") + QUuid::createUuid().toString(QUuid::Id128).left(20).toUpper();
        a.at = QDateTime::currentDateTimeUtc();
        QStringList subjects;
        for (const auto& s : request.subjects)
            subjects << mask::idNumber(s.idNumber.isEmpty() ? s.creditCode : s.idNumber);
        auto audited = writeAudit(db, staff, QStringLiteral("verification.") + request.kind, request.caseUuid,
            subjects.join(u','), a.answer ? QStringLiteral("yes") : QStringLiteral("no"), a.evidenceRef);
        if (!audited)
            return audited.error();
        qCInfo(lcServer) << "verification" << request.kind << "for case" << request.caseUuid << "by"
                         << staff.username << "answered" << (a.answer ? "yes" : "no") << a.evidenceRef;
        return a;
    });
}

Result<QJsonArray> audit(Session& db, const QString& caseUuid, const QString& hallCode, int limit)
{
    QString sql = QStringLiteral(
        "SELECT id, happened_at, actor, actor_hall, action, case_uuid, subject_masked, outcome, "
        "evidence_ref FROM audit_log WHERE 1 = 1 ");
    QVariantList values;
    if (!caseUuid.isEmpty()) {
        sql += QStringLiteral("AND case_uuid = ? ");
        values << caseUuid;
    }
    if (!hallCode.isEmpty()) {
        sql += QStringLiteral("AND actor_hall = ? ");
        values << hallCode;
    }
    sql += QStringLiteral("ORDER BY id DESC LIMIT ?");
    values << limit;
    auto rows = db.select(sql, values);
    if (!rows)
        return rows.error();
    QJsonArray out;
    for (const Row& r : *rows) {
        QJsonObject o {{QStringLiteral("id"), r.at(0).toLongLong()},
            {QStringLiteral("at"), r.at(1).toString()}, {QStringLiteral("actor"), r.at(2).toString()},
            {QStringLiteral("actorHall"), r.at(3).toString()}, {QStringLiteral("action"), r.at(4).toString()},
            {QStringLiteral("caseUuid"), r.at(5).toString()}, {QStringLiteral("subject"), r.at(6).toString()},
            {QStringLiteral("outcome"), r.at(7).toString()}};
        o.insert(
            QStringLiteral("evidenceRef"), r.at(8).isNull() ? QJsonValue() : QJsonValue(r.at(8).toString()));
        out.append(o);
    }
    return out;
}

} // namespace ow::server::registers
