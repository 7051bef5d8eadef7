#include "server/seed.h"

#include "app/common/logging.h"
#include "server/auth.h"
#include "server/database.h"
#include "server/text_p.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtConcurrent/QtConcurrentMap>

namespace ow::server {
namespace {

QVariant nullable(const QJsonObject& o, const QString& key)
{
    const QString v = o.value(key).toString();
    return v.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(v);
}

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

} // namespace

Result<int> seedDemo(Session& db)
{
    QFile file(QStringLiteral(":/server/demo/demo.json"));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            QStringLiteral("seed.missing"), Text::tr("The demo data is missing from the program."));
    const QJsonObject demo = QJsonDocument::fromJson(file.readAll()).object();
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);

    // Accounts that do not exist yet get their Argon2id hashes computed in parallel (each takes a while).
    QList<QJsonObject> newStaff;
    for (const QJsonValue& v : demo.value(QStringLiteral("staff")).toArray()) {
        auto exists = db.selectOne(
            QStringLiteral("SELECT id FROM staff WHERE username = ?"), {str(v.toObject(), "username")});
        if (!exists)
            return exists.error();
        if (exists->isEmpty())
            newStaff << v.toObject();
    }
    const QList<QString> hashes = QtConcurrent::blockingMapped(newStaff, [](const QJsonObject& s) {
        auto h = auth::hashPassword(s.value(QStringLiteral("password")).toString());
        return h ? *h : QString();
    });

    return db.transaction([&]() -> Result<int> {
        int rows = 0;
        auto run = [&](const QString& sql, const QVariantList& values) -> Result<void> {
            auto n = db.execute(sql, values);
            if (!n)
                return n.error();
            rows += *n;
            return {};
        };
        for (const QJsonValue& v : demo.value(QStringLiteral("halls")).toArray()) {
            const QJsonObject h = v.toObject();
            if (auto r
                = run(QStringLiteral(
                          "INSERT INTO halls (code, name, division) VALUES (?, ?, ?) ON CONFLICT (code) "
                          "DO NOTHING"),
                    {str(h, "code"), str(h, "name"), str(h, "division")});
                !r)
                return r.error();
        }
        for (qsizetype i = 0; i < newStaff.size(); ++i) {
            const QJsonObject& s = newStaff.at(i);
            if (hashes.at(i).isEmpty())
                return makeError(QStringLiteral("seed.hash"), Text::tr("Could not hash a demo password."));
            if (auto r = run(QStringLiteral(
                                 "INSERT INTO staff (username, display_name, role, hall_code, password_hash, "
                                 "active, created_at) VALUES (?, ?, ?, ?, ?, 1, ?) ON CONFLICT (username) DO "
                                 "NOTHING"),
                    {str(s, "username"), str(s, "displayName"), str(s, "role"), str(s, "hallCode"),
                        hashes.at(i), now});
                !r)
                return r.error();
        }
        for (const QJsonValue& v : demo.value(QStringLiteral("persons")).toArray()) {
            const QJsonObject p = v.toObject();
            if (auto r = run(QStringLiteral(
                                 "INSERT INTO register_persons (id_number, name, sex, ethnicity, birth_date, "
                                 "division, address, household_no, relation, died_on) VALUES (?, ?, ?, ?, ?, "
                                 "?, ?, ?, ?, ?) ON CONFLICT (id_number) DO NOTHING"),
                    {str(p, "idNumber"), str(p, "name"), str(p, "sex"), str(p, "ethnicity"),
                        str(p, "birthDate"), str(p, "division"), str(p, "address"), str(p, "householdNumber"),
                        str(p, "relation"), nullable(p, QStringLiteral("diedOn"))});
                !r)
                return r.error();
        }
        for (const QJsonValue& v : demo.value(QStringLiteral("marriages")).toArray()) {
            const QJsonObject m = v.toObject();
            if (auto r
                = run(QStringLiteral("INSERT INTO register_marriages (certificate_no, person_a, person_b, "
                                     "registered_on, dissolved_on, authority) VALUES (?, ?, ?, ?, ?, ?) ON "
                                     "CONFLICT (certificate_no) DO NOTHING"),
                    {str(m, "certificateNumber"), str(m, "personA"), str(m, "personB"),
                        str(m, "registeredOn"), nullable(m, QStringLiteral("dissolvedOn")),
                        str(m, "authority")});
                !r)
                return r.error();
        }
        for (const QJsonValue& v : demo.value(QStringLiteral("disabilityCertificates")).toArray()) {
            const QJsonObject d = v.toObject();
            if (auto r
                = run(QStringLiteral(
                          "INSERT INTO register_disability_certs (certificate_no, id_number, category, "
                          "grade, issued_on, valid_until) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT "
                          "(certificate_no) DO NOTHING"),
                    {str(d, "certificateNumber"), str(d, "idNumber"), str(d, "category"),
                        d.value(QStringLiteral("grade")).toInt(), str(d, "issuedOn"), str(d, "validUntil")});
                !r)
                return r.error();
        }
        for (const QJsonValue& v : demo.value(QStringLiteral("enterprises")).toArray()) {
            const QJsonObject e = v.toObject();
            if (auto r
                = run(QStringLiteral(
                          "INSERT INTO register_enterprises (credit_code, name, legal_representative, "
                          "established_on, division, address, status, type, registered_capital) VALUES "
                          "(?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (credit_code) DO NOTHING"),
                    {str(e, "creditCode"), str(e, "name"), str(e, "legalRepresentative"),
                        str(e, "establishedDate"), str(e, "division"), str(e, "address"), str(e, "status"),
                        str(e, "type"), str(e, "registeredCapital")});
                !r)
                return r.error();
        }
        qCInfo(lcServer) << "demo data seeded:" << rows << "new rows";
        return rows;
    });
}

} // namespace ow::server
