#pragma once

#include "app/common/result.h"
#include "app/intake/casedata.h"
#include "app/store/localstore.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>
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

// Which cases a list shows: the ones that need the clerk, whatever day they began, or all of them.
enum class CaseFilter {
    All,
    Drafts, // not accepted yet
    WaitingForHandOff, // accepted, not yet confirmed by the server
    Rejected, // refused by the server, with its reason
    ReturnedForCorrection, // 补正: the back office sent it back with reasons
};

struct CaseQuery
{
    QDate day; // cases created or accepted that day (invalid: any day)
    QString text; // case number, ID number (also masked form) or name; "" = all
    QString hallCode; // "" = any
    int counter = 0; // 0 = any
    CaseFilter filter = CaseFilter::All;
    int limit = 500;
};

// The counter's day at a glance (the 今日 page): what was accepted and handed off that day, and what still
// needs the clerk whatever day it began.
struct DayTally
{
    int acceptedToday = 0;
    int deliveredToday = 0; // of those accepted that day, confirmed by the server
    int drafts = 0;
    int waitingForHandOff = 0;
    int rejected = 0;
    int returnedForCorrection = 0;

    int needingAttention() const { return rejected + returnedForCorrection; }
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
    // The tally of `day` (local time): the day's counts for a hall and counter ("" and 0: all), what needs
    // the clerk for the whole hall in this store.
    Result<DayTally> tally(const QDate& day, const QString& hallCode = {}, int counter = 0) const;
    Result<void> remove(const QString& uuid);

    // Acceptance in one transaction: assigns the case number (hall-counter-date-sequence), stores the case as
    // accepted and hands it over: `handOff` runs in the same transaction on `db` with the case as accepted
    // (Handoff::queue puts its payload in the outbox). Fails (and changes nothing) if the case is not a
    // draft any more or the hand-off fails.
    using HandOff = std::function<Result<void>(const QSqlDatabase& db, const CaseData& accepted)>;
    Result<CaseData> accept(CaseData c, const HandOff& handOff);

    std::shared_ptr<store::LocalStore> store() const { return m_store; }

    // What the hand-off (app/sync) writes into a case, inside its own transactions on `db` (that thread's
    // connection of the store): the intake is the only writer of the cases table.
    static Result<void> recordSyncState(
        const QSqlDatabase& db, const QString& uuid, SyncState state, const QString& message = {});
    // The server confirmed the case (`serverStatus` of its receipt). A return for correction reported by the
    // status feed before this confirmation is kept.
    static Result<void> recordDelivered(
        const QSqlDatabase& db, const QString& uuid, const QString& serverStatus);
    // A status-feed event (received, in progress, returned with reasons, completed). False when the case is
    // not in this store or has a newer event already (by the feed's cursor).
    struct ServerStatus
    {
        QString uuid;
        QString status; // protocol::statusName()
        QStringList reasons; // of a return for correction
        QDateTime at;
        qint64 cursor = 0;
        bool returned = false;
    };
    static Result<bool> recordServerStatus(const QSqlDatabase& db, const ServerStatus& event);

    static QString formatCaseNumber(const QString& hallCode, int counter, const QDate& day, int sequence);

private:
    Result<void> writeCase(QSqlDatabase& db, const CaseData& c);
    std::shared_ptr<store::LocalStore> m_store;
};

} // namespace ow::intake
