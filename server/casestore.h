#pragma once

#include "app/common/clock.h"
#include "app/common/result.h"
#include "protocol/casestatus.h"
#include "protocol/casesubmission.h"

#include <optional>

namespace ow::server {

class Session;
struct Staff;

// The cases on the server: idempotent submission, status changes and the status feed. Each operation is one
// transaction, so a killed server leaves a case either whole or absent.
namespace cases {

struct StoredCase
{
    qint64 id = 0;
    QString uuid;
    QString hallCode;
    QString contentHash;
    QString content; // canonical JSON of the submission
    protocol::CaseStatus status = protocol::CaseStatus::Received;
    QStringList reasons;
    QDateTime receivedAt;
    QDateTime updatedAt;

    QString serverCaseId() const;
};

struct PutOutcome
{
    enum class Kind { Created, Same, Conflict, OtherHall };
    Kind kind = Kind::Created;
    protocol::ServerReceipt receipt; // Created and Same
    QString existingHall; // OtherHall
};

// Stores the submission under its UUID unless the UUID is taken: the same content gives the first receipt
// again, different content is a conflict and changes nothing.
Result<PutOutcome> put(Session& db, const protocol::CaseSubmission& submission, const Staff& staff);
// The hot path on PostgreSQL: stores a new submission in one statement that also checks the bearer token
// (by its stored hash: not expired, an active account of one of `roles` in the submission's hall). Nothing
// (std::nullopt) when the token does not pass or the UUID is taken, and nothing is written then: the caller
// goes the ordinary way (authenticate, put()), which says why.
Result<std::optional<PutOutcome>> putCheckingToken(Session& db, const protocol::CaseSubmission& submission,
    const QString& tokenHash, const QStringList& roles, const Clock& clock);

Result<std::optional<StoredCase>> find(Session& db, const QString& uuid);
Result<QStringList> missingAttachments(Session& db, qint64 caseId);
// hasAttachments false skips the look-up of missing files (a case without files is complete).
Result<protocol::ServerReceipt> receiptOf(Session& db, const StoredCase& stored, bool hasAttachments = true);

struct ChangeOutcome
{
    enum class Kind { Changed, NotFound, OtherHall, BadTransition, Incomplete };
    Kind kind = Kind::Changed;
    StoredCase stored; // after the change (or as found)
};

Result<ChangeOutcome> changeStatus(
    Session& db, const QString& uuid, const protocol::StatusChange& change, const Staff& staff);

// Events after the cursor, in cursor order; hallCode limits them to one hall (empty: all halls).
Result<protocol::ChangesPage> changes(Session& db, qint64 since, int limit, const QString& hallCode);

} // namespace cases
} // namespace ow::server
