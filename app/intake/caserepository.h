#pragma once

#include "app/common/result.h"
#include "app/intake/casedata.h"
#include "app/store/localstore.h"

#include <QJsonObject>

#include <memory>

namespace ow::intake {

// A row of the case list: enough to list, search and reopen; personal data masked for display by the UI.
struct CaseSummary
{
    QString uuid;
    QString caseNumber;
    QString bundleCode;
    CaseState state = CaseState::Draft;
    SyncState syncState = SyncState::Local;
    QString syncMessage;
    QString applicantName;
    QString applicantId;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime acceptedAt;
};

struct CaseQuery
{
    QDate day; // cases created or accepted that day (invalid: any day)
    QString text; // case number, ID number (also masked form) or name; "" = all
    QString hallCode; // "" = any
    int counter = 0; // 0 = any
    bool draftsOnly = false;
    int limit = 500;
};

// Saves and loads cases in the local store. Every write is one transaction.
class CaseRepository
{
public:
    explicit CaseRepository(std::shared_ptr<store::LocalStore> store);

    // Inserts or replaces the whole case (fields, materials, attachment links).
    Result<void> save(const CaseData& c);
    Result<CaseData> load(const QString& uuid) const;
    Result<QList<CaseSummary>> list(const CaseQuery& query) const;
    // Open drafts, newest first (offered for resuming after a crash).
    Result<QList<CaseSummary>> drafts() const;
    Result<void> remove(const QString& uuid);

    // Acceptance in one transaction: assigns the case number (hall-counter-date-sequence), stores the case as
    // accepted and queues its hand-off payload in the outbox. `payloadFor` builds the payload from the case
    // with its number. Fails (and changes nothing) if the case is not a draft any more.
    Result<CaseData> accept(CaseData c, const std::function<QJsonObject(const CaseData&)>& payloadFor);

    Result<void> setSyncState(const QString& uuid, SyncState state, const QString& message = {});
    std::shared_ptr<store::LocalStore> store() const { return m_store; }

    static QString formatCaseNumber(const QString& hallCode, int counter, const QDate& day, int sequence);

private:
    Result<void> writeCase(QSqlDatabase& db, const CaseData& c);
    std::shared_ptr<store::LocalStore> m_store;
};

} // namespace ow::intake
