#include "tests/integration/syncfixture.h"

#include "app/catalog/plan.h"
#include "app/common/settings.h"
#include "app/store/sql.h"
#include "app/sync/submission.h"
#include "protocol/casesubmission.h"
#include "protocol/identifiers.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QTcpServer>
#include <QUuid>

namespace ow::test {

QByteArray pdfBytes(qint64 size)
{
    QByteArray b = QByteArrayLiteral("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n");
    const QByteArray tail = QByteArrayLiteral("\n%%EOF\n");
    size = std::max<qint64>(size, b.size() + tail.size());
    b.reserve(size);
    while (b.size() < size - tail.size())
        b.append(char(QRandomGenerator::global()->bounded(256)));
    return b + tail;
}

QString sha256Hex(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

std::shared_ptr<net::TokenHolder> signedInAs(const QString& user, const QString& password)
{
    auto tokens = std::make_shared<net::TokenHolder>();
    tokens->setCredentials(user, password);
    return tokens;
}

QStringList uuidsOf(const QList<AcceptedCase>& cases)
{
    QStringList out;
    for (const AcceptedCase& c : cases)
        out << c.uuid;
    return out;
}

quint16 unusedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

QString idNumber(int seed)
{
    const QDate birth = QDate(1970, 1, 1).addDays(seed % 15000);
    const QString first17 = QStringLiteral("110105") + birth.toString(QStringLiteral("yyyyMMdd"))
        + QStringLiteral("%1").arg(seed % 1000, 3, 10, QChar(u'0'));
    return first17 + protocol::idNumberCheckChar(first17);
}

ClientData::ClientData(QString dataDir, QString hallCode, int counter)
    : m_dataDir(std::move(dataDir))
    , m_hallCode(std::move(hallCode))
    , m_counter(counter)
{
    const AppSettings settings(m_dataDir);
    auto catalog = catalog::Catalog::embeddedDefault();
    if (!catalog) {
        m_error = catalog.error().message;
        return;
    }
    m_catalog = std::make_shared<const catalog::Catalog>(std::move(*catalog));
    auto store = store::LocalStore::open(settings.databasePath());
    if (!store) {
        m_error = store.error().message;
        return;
    }
    m_store = *store;
    m_cases = std::make_shared<intake::CaseRepository>(m_store);
    m_attachments
        = std::make_shared<intake::AttachmentStore>(m_store, settings.attachmentsDir(), qint64(64) << 20);
}

AcceptedCase ClientData::accept(intake::CaseData c, const QList<QByteArray>& files)
{
    auto plan = catalog::computePlan(*m_catalog, c.bundleCode, catalog::PlanInput {});
    if (!plan) {
        m_error = plan.error().message;
        return {};
    }
    const QString firstMaterial
        = plan->materials.isEmpty() ? QString() : plan->materials.first().material->id;
    for (qsizetype i = 0; i < files.size(); ++i) {
        auto stored = m_attachments->importBytes(files.at(i), QStringLiteral("scan-%1.pdf").arg(i + 1));
        if (!stored) {
            m_error = stored.error().message;
            return {};
        }
        c.attachments.append(
            {stored->sha256, firstMaterial, stored->fileName, stored->mimeType, stored->size});
        c.materials[firstMaterial].attachments << stored->sha256;
    }
    if (auto saved = m_cases->save(c); !saved) {
        m_error = saved.error().message;
        return {};
    }
    const catalog::Plan thePlan = *plan;
    const intake::Handoff handoff = sync::handoff();
    auto accepted = m_cases->accept(c, [&](const QSqlDatabase& db, const intake::CaseData& withNumber) {
        return handoff.queue(db, withNumber, thePlan);
    });
    if (!accepted) {
        m_error = accepted.error().message;
        return {};
    }
    AcceptedCase out;
    out.uuid = accepted->uuid;
    out.caseNumber = accepted->caseNumber;
    auto q = store::exec(
        m_store->connection(), QStringLiteral("SELECT payload FROM outbox WHERE case_uuid = ?"), {out.uuid});
    if (q && q->next()) {
        auto submission = protocol::CaseSubmission::fromBody(q->value(0).toString().toUtf8());
        if (submission) {
            out.contentHash = submission->contentHash();
            for (const protocol::AttachmentRef& a : submission->attachments)
                out.files << a.sha256;
        } // else: a case the server will refuse (tests of rejection); no hash to compare
    }
    return out;
}

QList<AcceptedCase> ClientData::acceptCases(
    int n, int files, qint64 fileBytes, const QList<QByteArray>& sharedFiles)
{
    QList<AcceptedCase> out;
    auto plan = catalog::computePlan(*m_catalog, QStringLiteral("NEWBORN"), catalog::PlanInput {});
    if (!plan) {
        m_error = plan.error().message;
        return out;
    }
    for (int i = 0; i < n; ++i) {
        const int seq = ++m_sequence;
        intake::CaseData c;
        c.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        c.bundleCode = QStringLiteral("NEWBORN");
        c.catalogVersion = m_catalog->version();
        c.catalogHash = m_catalog->contentHash();
        c.hallCode = m_hallCode;
        c.counter = m_counter;
        c.staff = QStringLiteral("cy.clerk1");
        c.createdAt = c.updatedAt = c.acceptedAt = QDateTime::currentDateTime();
        auto set = [&c](const QString& id, const QJsonValue& v) {
            intake::FieldValue f;
            f.value = v;
            c.fields.insert(id, f);
        };
        set(QStringLiteral("applicant.name"), QStringLiteral("测试申请人%1").arg(seq));
        set(QStringLiteral("applicant.idNumber"), idNumber(seq * 7919 + m_counter * 104729));
        set(QStringLiteral("child.name"), QStringLiteral("测试婴儿%1").arg(seq));
        set(QStringLiteral("child.birthDate"), QDate::currentDate().addDays(-3).toString(Qt::ISODate));
        for (qsizetype m = 0; m < plan->materials.size(); ++m) {
            const catalog::PlannedMaterial& pm = plan->materials.at(m);
            intake::MaterialStatus s;
            s.state = m == 0 ? intake::MaterialState::Copy : intake::MaterialState::Verified;
            if (m == 1 && pm.tolerable) {
                s.state = intake::MaterialState::Tolerated;
                s.dueDate = QDate::currentDate().addDays(10);
            }
            c.materials.insert(pm.material->id, s);
        }
        QList<QByteArray> bytes = sharedFiles;
        for (int f = 0; f < files; ++f)
            bytes << pdfBytes(fileBytes + QRandomGenerator::global()->bounded(int(fileBytes / 4 + 1)));
        out << accept(c, bytes);
        if (!m_error.isEmpty())
            break;
    }
    return out;
}

sync::SyncOptions ClientData::options(const QUrl& server) const
{
    sync::SyncOptions o;
    o.serverUrl = server;
    o.attachmentsDir = AppSettings(m_dataDir).attachmentsDir();
    o.backoff.initialMs = 50;
    o.backoff.maxMs = 400;
    o.requestTimeoutMs = 3000;
    o.chunkBytes = 16 * 1024;
    o.feedIntervalMs = 0;
    o.idlePollMs = 500;
    return o;
}

QString ClientData::caseColumn(const QString& uuid, const QString& column) const
{
    auto q = store::exec(
        m_store->connection(), QStringLiteral("SELECT %1 FROM cases WHERE uuid = ?").arg(column), {uuid});
    return q && q->next() ? q->value(0).toString() : QStringLiteral("<none>");
}

QString ClientData::syncState(const QString& uuid) const
{
    return caseColumn(uuid, QStringLiteral("sync_state"));
}

QString ClientData::syncMessage(const QString& uuid) const
{
    return caseColumn(uuid, QStringLiteral("sync_message"));
}

QString ClientData::outboxState(const QString& uuid) const
{
    auto q = store::exec(
        m_store->connection(), QStringLiteral("SELECT state FROM outbox WHERE case_uuid = ?"), {uuid});
    return q && q->next() ? q->value(0).toString() : QStringLiteral("<none>");
}

int ClientData::count(const QString& sql) const
{
    auto q = store::exec(m_store->connection(), sql);
    return q && q->next() ? q->value(0).toInt() : -1;
}

ServerDatabase::ServerDatabase(const QString& sqlitePath, const QString& postgresUrl)
    : m_connection(QStringLiteral("server-db-") + QUuid::createUuid().toString(QUuid::Id128).left(10))
{
    if (!postgresUrl.isEmpty()) {
        const QUrl url(postgresUrl);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connection);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setDatabaseName(url.path().mid(1));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        if (!db.open())
            qWarning() << "server database:" << db.lastError().text();
    } else {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(sqlitePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open())
            qWarning() << "server database:" << db.lastError().text();
    }
}

ServerDatabase::~ServerDatabase()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

int ServerDatabase::caseCount() const
{
    auto q = store::exec(
        QSqlDatabase::database(m_connection, false), QStringLiteral("SELECT COUNT(*) FROM cases"));
    return q && q->next() ? q->value(0).toInt() : -1;
}

QStringList ServerDatabase::receivedOrder() const
{
    QStringList out;
    auto q = store::exec(
        QSqlDatabase::database(m_connection, false), QStringLiteral("SELECT uuid FROM cases ORDER BY id"));
    while (q && q->next())
        out << q->value(0).toString();
    return out;
}

QString ServerDatabase::verifyExactlyOnce(const QList<AcceptedCase>& accepted) const
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.isOpen())
        return QStringLiteral("the server database is not open");
    QStringList problems;
    QHash<QString, std::pair<QString, qint64>> onServer; // uuid -> (content hash, id)
    auto cases = store::exec(db, QStringLiteral("SELECT uuid, content_hash, id FROM cases"));
    if (!cases)
        return cases.error().message;
    int rows = 0;
    while (cases->next()) {
        ++rows;
        onServer.insert(
            cases->value(0).toString(), {cases->value(1).toString(), cases->value(2).toLongLong()});
    }
    auto dupNumbers = store::exec(db,
        QStringLiteral("SELECT case_number, COUNT(*) FROM cases GROUP BY case_number HAVING COUNT(*) > 1"));
    while (dupNumbers && dupNumbers->next())
        problems << QStringLiteral("case number %1 is on the server %2 times")
                        .arg(dupNumbers->value(0).toString())
                        .arg(dupNumbers->value(1).toInt());
    if (rows != accepted.size())
        problems
            << QStringLiteral("the server has %1 cases, %2 were accepted").arg(rows).arg(accepted.size());

    QSet<QString> checkedFiles;
    for (const AcceptedCase& a : accepted) {
        if (!onServer.contains(a.uuid)) {
            problems << QStringLiteral("case %1 (%2) is missing").arg(a.caseNumber, a.uuid);
            continue;
        }
        const auto [hash, id] = onServer.value(a.uuid);
        if (hash != a.contentHash)
            problems << QStringLiteral("case %1 has content hash %2, accepted %3")
                            .arg(a.caseNumber, hash, a.contentHash);
        QSet<QString> linked;
        auto links
            = store::exec(db, QStringLiteral("SELECT sha256 FROM case_attachments WHERE case_id = ?"), {id});
        while (links && links->next())
            linked.insert(links->value(0).toString());
        if (linked != QSet<QString>(a.files.cbegin(), a.files.cend()))
            problems << QStringLiteral("case %1 lists %2 files on the server, %3 accepted")
                            .arg(a.caseNumber)
                            .arg(linked.size())
                            .arg(a.files.size());
        auto events = store::exec(db,
            QStringLiteral("SELECT COUNT(*) FROM case_events WHERE case_id = ? AND status = 'received'"),
            {id});
        const int received = events && events->next() ? events->value(0).toInt() : -1;
        if (received != 1)
            problems
                << QStringLiteral("case %1 was reported received %2 times").arg(a.caseNumber).arg(received);
        for (const QString& sha : a.files) {
            if (checkedFiles.contains(sha))
                continue;
            checkedFiles.insert(sha);
            auto file = store::exec(
                db, QStringLiteral("SELECT size, complete FROM attachments WHERE sha256 = ?"), {sha});
            if (!file || !file->next()) {
                problems << QStringLiteral("file %1 of case %2 is missing").arg(sha.left(12), a.caseNumber);
                continue;
            }
            const qint64 size = file->value(0).toLongLong();
            const bool complete = file->value(1).toInt() != 0 || file->value(1).toBool();
            file->finish();
            QByteArray bytes;
            auto chunks = store::exec(db,
                QStringLiteral("SELECT data FROM attachment_chunks WHERE sha256 = ? ORDER BY start_offset"),
                {sha});
            while (chunks && chunks->next())
                bytes += chunks->value(0).toByteArray();
            if (!complete || bytes.size() != size || sha256Hex(bytes) != sha)
                problems << QStringLiteral("file %1 of case %2: complete %3, %4 of %5 bytes, hash %6")
                                .arg(sha.left(12), a.caseNumber)
                                .arg(complete)
                                .arg(bytes.size())
                                .arg(size)
                                .arg(sha256Hex(bytes).left(12));
        }
    }
    return problems.join(QStringLiteral("\n"));
}

} // namespace ow::test
