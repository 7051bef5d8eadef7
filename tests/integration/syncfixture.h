#pragma once

#include "app/catalog/catalog.h"
#include "app/intake/attachmentstore.h"
#include "app/intake/caserepository.h"
#include "app/net/tokenholder.h"
#include "app/store/localstore.h"
#include "app/sync/syncoptions.h"
#include "tests/support/httpclient.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QStringList>
#include <QUrl>

#include <memory>

// Helpers of the sync integration tests: a workbench's local data (store, cases, attachment files) with cases
// accepted through the real CaseRepository::accept() and the protocol payload builder, synchronous HTTP for
// the test's own calls to the server, and the check that the server holds every accepted case exactly once
// with all its files.
namespace ow::test {

struct AcceptedCase
{
    QString uuid;
    QString caseNumber;
    QString contentHash; // of the submission in the outbox
    QStringList files; // SHA-256 of its attachments
};

// One counter's data directory.
class ClientData
{
public:
    ClientData(QString dataDir, QString hallCode = QStringLiteral("CY-01"), int counter = 1);

    bool ok() const { return m_store != nullptr; }
    QString error() const { return m_error; }
    QString dataDir() const { return m_dataDir; }
    std::shared_ptr<store::LocalStore> store() const { return m_store; }
    std::shared_ptr<intake::CaseRepository> cases() const { return m_cases; }
    std::shared_ptr<intake::AttachmentStore> attachments() const { return m_attachments; }

    // Accepts n newborn cases, each with `files` new PDF scans of fileBytes bytes (random content), plus the
    // given shared files (the same bytes in several cases). Returns what was accepted, in order.
    QList<AcceptedCase> acceptCases(
        int n, int files = 1, qint64 fileBytes = 20000, const QList<QByteArray>& sharedFiles = {});
    // Accepts one case built by the caller (fields, materials); files are imported first.
    AcceptedCase accept(intake::CaseData c, const QList<QByteArray>& files = {});

    // SyncOptions for this data directory with short test limits.
    sync::SyncOptions options(const QUrl& server) const;

    QString syncState(const QString& uuid) const;
    QString syncMessage(const QString& uuid) const;
    QString outboxState(const QString& uuid) const;
    QString caseColumn(const QString& uuid, const QString& column) const;
    int count(const QString& sql) const;

private:
    QString m_dataDir;
    QString m_hallCode;
    int m_counter;
    QString m_error;
    std::shared_ptr<const catalog::Catalog> m_catalog;
    std::shared_ptr<store::LocalStore> m_store;
    std::shared_ptr<intake::CaseRepository> m_cases;
    std::shared_ptr<intake::AttachmentStore> m_attachments;
    int m_sequence = 0;
};

// The workbench's token holder with a staff member's credentials (the sign-in happens on first use).
std::shared_ptr<net::TokenHolder> signedInAs(const QString& user, const QString& password);

QStringList uuidsOf(const QList<AcceptedCase>& cases);
// A loopback port nothing listens on (for a server that is down).
quint16 unusedPort();

// Demo accounts of server/demo/demo.json.
inline const QString kClerk = QStringLiteral("cy.clerk1");
inline const QString kClerkPassword = QStringLiteral("Clerk-CY-2026!");
inline const QString kClerk2 = QStringLiteral("cy.clerk2");
inline const QString kClerk2Password = QStringLiteral("Clerk2-CY-2026!");
inline const QString kBackOffice = QStringLiteral("cy.backoffice");
inline const QString kBackOfficePassword = QStringLiteral("Back-CY-2026!");
inline const QString kAdmin = QStringLiteral("admin");
inline const QString kAdminPassword = QStringLiteral("Admin-2026!");

// A file that AttachmentStore accepts as a PDF, with random content.
QByteArray pdfBytes(qint64 size);
QString sha256Hex(const QByteArray& bytes);
// A resident ID number with a valid check character.
QString idNumber(int seed);

// What the server holds, read from its database (SQLite file or PostgreSQL URL).
class ServerDatabase
{
public:
    // sqlitePath or postgresUrl (one of them).
    ServerDatabase(const QString& sqlitePath, const QString& postgresUrl = {});
    ~ServerDatabase();
    ServerDatabase(const ServerDatabase&) = delete;
    ServerDatabase& operator=(const ServerDatabase&) = delete;

    // Checks that every accepted case is on the server exactly once with the content that was accepted and
    // each of its files complete with bytes matching its SHA-256, that no other case arrived, and that the
    // feed reported each case's reception once. "" when all holds, else what does not.
    QString verifyExactlyOnce(const QList<AcceptedCase>& accepted) const;
    // Case UUIDs in the order the server received them.
    QStringList receivedOrder() const;
    int caseCount() const;

private:
    QString m_connection;
};

} // namespace ow::test
