#pragma once

#include "base/result.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace ow::protocol {

// The applicant of a case: a person (ID number) or an enterprise (unified social credit code).
struct Applicant
{
    QString kind; // "person" | "enterprise"
    QString name;
    QString idNumber; // person
    QString creditCode; // enterprise

    QJsonObject toJson() const;
    static Result<Applicant> fromJson(
        const QJsonObject& json, const QString& path = QStringLiteral("applicant"));
};

// How one material of the checklist was satisfied, and the files that carry it.
struct MaterialRef
{
    QString id; // material id from the catalog, e.g. "idCard.mother"
    QString way; // original | copy | eLicence | verified | commitment
    QStringList attachmentSha256s;

    QJsonObject toJson() const;
    static Result<MaterialRef> fromJson(const QJsonObject& json, const QString& path);
};

// One file of the case, addressed by the SHA-256 of its bytes (uploaded separately).
struct AttachmentRef
{
    QString sha256;
    qint64 size = 0;
    QString mimeType;
    QString fileName; // a plain name: no folders, no "..", no control characters

    QJsonObject toJson() const;
    static Result<AttachmentRef> fromJson(const QJsonObject& json, const QString& path);
};

// A material accepted later (容缺受理, "tolerance", with a due date) or replaced by the applicant's written
// pledge (告知承诺, "pledge").
struct Commitment
{
    QString materialId;
    QString kind; // "tolerance" | "pledge"
    QDate dueDate; // required for tolerance
    QString note;

    QJsonObject toJson() const;
    static Result<Commitment> fromJson(const QJsonObject& json, const QString& path);
};

// What the workbench hands off to the server when a case is accepted. Immutable once submitted: the server
// stores it under the client's UUID and refuses different content under the same UUID.
struct CaseSubmission
{
    QString uuid;
    QString caseNumber;
    QString hallCode;
    QString counter;
    QString bundleCode;
    QString catalogVersion;
    QString catalogHash;
    QDateTime acceptedAt;
    Applicant applicant;
    QJsonObject fields; // canonical field id -> value
    QList<MaterialRef> materials;
    QList<AttachmentRef> attachments;
    QList<Commitment> commitments;

    QJsonObject toJson() const;
    // Strict: unknown fields, wrong types, missing fields and inconsistent references are errors naming
    // the field.
    static Result<CaseSubmission> fromJson(const QJsonObject& json);
    static Result<CaseSubmission> fromBody(const QByteArray& body);

    // The canonical content hash used for idempotency: SHA-256 (hex) of toJson() serialised as compact JSON
    // with sorted keys. Two submissions with the same content have the same hash whatever the key order
    // or white space of the bodies they were parsed from.
    QString contentHash() const;
    // The canonical serialisation the hash is taken of (what the server stores).
    QByteArray canonicalJson() const;
    static QString hashOf(const QByteArray& canonicalJson);
};

// Limits of a submission (also documented in docs/api/openapi.yaml).
inline constexpr qsizetype kMaxFields = 1000;
inline constexpr qsizetype kMaxMaterials = 300;
inline constexpr qsizetype kMaxAttachments = 500;
inline constexpr qint64 kMaxAttachmentSize = qint64(4) * 1024 * 1024 * 1024;

// A file name that cannot name a folder or walk out of one.
bool isPlainFileName(const QString& name);

} // namespace ow::protocol
