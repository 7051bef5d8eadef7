#pragma once

#include "base/result.h"
#include "protocol/casesubmission.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace ow::protocol {

// The life of a case at the departments: received → in_progress → completed, or returned (补正) with
// reasons from received or in_progress.
enum class CaseStatus { Received, InProgress, Completed, Returned };

QString statusName(CaseStatus status);
std::optional<CaseStatus> statusFromName(const QString& name);
QStringList statusNames();
bool canTransition(CaseStatus from, CaseStatus to);

// The server's answer to PUT /cases/{uuid}. uuid, serverCaseId, receivedAt and contentHash never change for
// a case; status and the attachment state are the state at the time of the answer.
struct ServerReceipt
{
    QString uuid;
    QString serverCaseId;
    QDateTime receivedAt;
    QString contentHash;
    CaseStatus status = CaseStatus::Received;
    bool attachmentsComplete = false;
    QStringList missingAttachments;

    QJsonObject toJson() const;
    static Result<ServerReceipt> fromJson(const QJsonObject& json);
};

// GET /cases/{uuid} and the answer to a status change.
struct CaseState
{
    ServerReceipt receipt;
    QString hallCode;
    QStringList reasons;
    QDateTime updatedAt;
    std::optional<CaseSubmission> submission; // only in GET /cases/{uuid}

    QJsonObject toJson() const;
    static Result<CaseState> fromJson(const QJsonObject& json);
};

// POST /cases/{uuid}/status: the back office moves a case on. "returned" needs at least one reason.
struct StatusChange
{
    CaseStatus status = CaseStatus::InProgress;
    QStringList reasons;

    QJsonObject toJson() const;
    static Result<StatusChange> fromJson(const QJsonObject& json);
};

// One entry of the status feed. cursor is monotonic across all server processes.
struct StatusEvent
{
    qint64 cursor = 0;
    QString uuid;
    QString serverCaseId;
    QString hallCode;
    CaseStatus status = CaseStatus::Received;
    QStringList reasons;
    QDateTime at;

    QJsonObject toJson() const;
    static Result<StatusEvent> fromJson(const QJsonObject& json, const QString& path = {});
};

// GET /cases/changes?since=CURSOR: events after the cursor in order; ask again with cursor.
struct ChangesPage
{
    QList<StatusEvent> events;
    qint64 cursor = 0;
    bool hasMore = false;

    QJsonObject toJson() const;
    static Result<ChangesPage> fromJson(const QJsonObject& json);
};

} // namespace ow::protocol
