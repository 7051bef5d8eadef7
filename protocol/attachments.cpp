#include "protocol/attachments.h"

#include "protocol/casesubmission.h"
#include "protocol/jsonreader.h"

#include <QRegularExpression>

namespace ow::protocol {

QJsonObject AttachmentStatus::toJson() const
{
    return {{QStringLiteral("sha256"), sha256}, {QStringLiteral("size"), double(size)},
        {QStringLiteral("receivedBytes"), double(receivedBytes)}, {QStringLiteral("complete"), complete}};
}

Result<AttachmentStatus> AttachmentStatus::fromJson(const QJsonObject& json)
{
    JsonReader r(json);
    AttachmentStatus s;
    s.sha256 = r.string(QStringLiteral("sha256"), 64);
    s.size = r.integer(QStringLiteral("size"), 0, kMaxAttachmentSize);
    s.receivedBytes = r.integer(QStringLiteral("receivedBytes"), 0, kMaxAttachmentSize);
    s.complete = r.boolean(QStringLiteral("complete"));
    if (auto done = r.finish(); !done)
        return done.error();
    return s;
}

QByteArray ByteRange::toHeader() const
{
    return "bytes " + QByteArray::number(start) + '-' + QByteArray::number(end) + '/'
        + QByteArray::number(total);
}

std::optional<ByteRange> ByteRange::parse(const QByteArray& header)
{
    static const QRegularExpression re(QStringLiteral("^bytes (\\d{1,15})-(\\d{1,15})/(\\d{1,15})$"));
    const auto m = re.match(QString::fromLatin1(header.trimmed()));
    if (!m.hasMatch())
        return std::nullopt;
    ByteRange r {m.captured(1).toLongLong(), m.captured(2).toLongLong(), m.captured(3).toLongLong()};
    if (r.start > r.end || r.end >= r.total)
        return std::nullopt;
    return r;
}

} // namespace ow::protocol
