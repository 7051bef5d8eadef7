#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QString>
#include <QStringList>

namespace ow::intake {

// How a field got its value (the prefill issue records provenance per field).
enum class FieldOrigin { Typed, Prefilled, PrefilledConfirmed, PrefilledChanged };

struct FieldValue
{
    QJsonValue value;
    FieldOrigin origin = FieldOrigin::Typed;
    QString source; // "idCard", "history", "sharedData", "pdf", "derived", … ("" when typed)
    QDateTime obtainedAt; // when the source supplied it
    double confidence = 1.0;
    QString evidence; // e.g. a register reference or an attachment hash

    bool isEmpty() const;
    QString text() const; // the value as the form shows it
};

// The state of one material in this case.
enum class MaterialState {
    Missing,
    Original, // 原件核验
    Copy, // 复印件收取
    ELicence, // 电子证照
    Verified, // 共享数据核验, 免提交
    Commitment, // 告知承诺, 免提交
    Tolerated, // 容缺: missing now, promised by a due date
    Produced, // issued inside the bundle
};

struct MaterialStatus
{
    MaterialState state = MaterialState::Missing;
    QString note;
    QDate dueDate; // 容缺 due date
    QString evidence; // verification reference
    QStringList attachments; // SHA-256 of attached scans
};

enum class CaseState { Draft, Accepted, Returned, Cancelled };
// Hand-off to the central server, as the clerk sees it.
enum class SyncState { Local, Queued, Sending, Delivered, Rejected, Returned };

struct AttachmentRef
{
    QString sha256;
    QString materialId;
    QString fileName;
    QString mimeType;
    qint64 size = 0;
};

// One case: everything the counter collected, as a value type (the draft writer snapshots it).
struct CaseData
{
    QString uuid;
    QString caseNumber;
    QString bundleCode;
    QString catalogVersion;
    QString catalogHash;
    CaseState state = CaseState::Draft;
    SyncState syncState = SyncState::Local;
    QString syncMessage;
    QString applicantKind = QStringLiteral("person"); // "person" or "enterprise"
    bool proxy = false;
    bool consentSharedData = false;
    QJsonObject answers;
    QMap<QString, FieldValue> fields;
    QMap<QString, MaterialStatus> materials;
    QList<AttachmentRef> attachments;
    QString hallCode;
    int counter = 1;
    QString staff;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime acceptedAt;
    QDate promisedDate;
    QJsonObject extra; // verification answers, correction notes, …

    // Who the case is for. A person bundle without applicant fields names its subject otherwise: the parent
    // whose household the newborn joins (answers.hukouFollows), the retiree, the buyer of a house.
    QString applicantName() const;
    QString applicantIdNumber() const; // resident ID or credit code
    // The field ids of the applicant's name and number (the first pair of the rule above that has a number).
    std::pair<QString, QString> applicantFieldIds() const;
    QJsonValue fieldValue(const QString& id) const;
    // Field values nested by dotted id ({"child": {"birthDate": …}}), as rules read them.
    QJsonObject nestedFieldValues() const;
    // Flat "section.name" -> value.
    QJsonObject flatFieldValues() const;
};

QString fieldOriginName(FieldOrigin o);
FieldOrigin fieldOriginFromName(const QString& s);
QString materialStateName(MaterialState s);
MaterialState materialStateFromName(const QString& s);
QString caseStateName(CaseState s);
CaseState caseStateFromName(const QString& s);
QString syncStateName(SyncState s);
SyncState syncStateFromName(const QString& s);
// Whether the state satisfies the material at acceptance (any state but Missing).
bool satisfies(MaterialState s);
// Whether the applicant hands over nothing for it (verified, commitment, produced, e-licence).
bool isPaperless(MaterialState s);

} // namespace ow::intake
