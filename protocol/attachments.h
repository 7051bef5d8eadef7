#pragma once

#include "base/result.h"

#include <QByteArray>
#include <QJsonObject>

#include <optional>

namespace ow::protocol {

// GET /attachments/{sha256}/status: how far an upload got. Unknown files have receivedBytes 0 and size 0.
struct AttachmentStatus
{
    QString sha256;
    qint64 size = 0;
    qint64 receivedBytes = 0;
    bool complete = false;

    QJsonObject toJson() const;
    static Result<AttachmentStatus> fromJson(const QJsonObject& json);
};

// One chunk of an upload: "Content-Range: bytes START-END/TOTAL" (END inclusive, as in HTTP).
struct ByteRange
{
    qint64 start = 0;
    qint64 end = -1; // inclusive; end < start for an empty chunk (only for an empty file)
    qint64 total = 0;

    qint64 length() const { return end - start + 1; }
    QByteArray toHeader() const;
    // Parses the header value; nullopt when it is not "bytes START-END/TOTAL" with 0 <= START <= END < TOTAL.
    static std::optional<ByteRange> parse(const QByteArray& header);
};

} // namespace ow::protocol
