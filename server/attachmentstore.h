#pragma once

#include "app/common/result.h"
#include "protocol/attachments.h"

#include <optional>

namespace ow::server {

class Session;
struct Staff;

// Attachments by SHA-256: uploaded in one or more chunks at increasing offsets, each chunk its own
// transaction; the last chunk's transaction checks the hash of all bytes and either marks the file complete
// or deletes everything of it.
namespace attachments {

struct UploadOutcome
{
    enum class Kind {
        Progress,
        Completed,
        AlreadyComplete,
        WrongOffset,
        SizeMismatch,
        HashMismatch,
        Concurrent
    };
    Kind kind = Kind::Progress;
    protocol::AttachmentStatus status;
};

Result<UploadOutcome> upload(Session& db, const QString& sha256, const protocol::ByteRange& range,
    const QByteArray& bytes, const QString& mimeType, const Staff& staff);

// nullopt when the server has never seen the file.
Result<std::optional<protocol::AttachmentStatus>> status(Session& db, const QString& sha256);

struct Download
{
    QByteArray bytes;
    QString mimeType;
};
// The bytes of a complete file, if the staff member may see it (back office and admins always; clerks and
// supervisors when their hall uploaded it or has a case that lists it). nullopt: not there or not allowed.
Result<std::optional<Download>> download(Session& db, const QString& sha256, const Staff& staff);

} // namespace attachments
} // namespace ow::server
