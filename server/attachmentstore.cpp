#include "server/attachmentstore.h"

#include "app/common/logging.h"
#include "protocol/jsonreader.h"
#include "server/auth.h"
#include "server/database.h"

#include <QCryptographicHash>

namespace ow::server::attachments {
namespace {

protocol::AttachmentStatus statusOf(const QString& sha256, const Row& row)
{
    return {sha256, row.at(0).toLongLong(), row.at(1).toLongLong(), row.at(2).toInt() == 1};
}

const QString kSelectStatus
    = QStringLiteral("SELECT size, received, complete FROM attachments WHERE sha256 = ?");

// SHA-256 of the stored chunks, read one at a time in offset order.
Result<QString> storedHash(Session& db, const QString& sha256, qint64 expectedSize)
{
    auto offsets = db.select(
        QStringLiteral("SELECT start_offset FROM attachment_chunks WHERE sha256 = ? ORDER BY start_offset"),
        {sha256});
    if (!offsets)
        return offsets.error();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 position = 0;
    for (const Row& o : *offsets) {
        if (o.at(0).toLongLong() != position)
            return QString(); // a hole: cannot be the file
        auto chunk = db.selectOne(
            QStringLiteral("SELECT data FROM attachment_chunks WHERE sha256 = ? AND start_offset = ?"),
            {sha256, o.at(0)});
        if (!chunk)
            return chunk.error();
        const QByteArray data = chunk->value(0).toByteArray();
        hash.addData(data);
        position += data.size();
    }
    if (position != expectedSize)
        return QString();
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

Result<std::optional<protocol::AttachmentStatus>> status(Session& db, const QString& sha256)
{
    auto row = db.selectOne(kSelectStatus, {sha256});
    if (!row)
        return row.error();
    if (row->isEmpty())
        return std::optional<protocol::AttachmentStatus>();
    return std::optional<protocol::AttachmentStatus>(statusOf(sha256, *row));
}

Result<UploadOutcome> upload(Session& db, const QString& sha256, const protocol::ByteRange& range,
    const QByteArray& bytes, const QString& mimeType, const Staff& staff)
{
    const QString now = protocol::formatTimestamp(QDateTime::currentDateTimeUtc());
    return db.transaction([&]() -> Result<UploadOutcome> {
        UploadOutcome out;
        auto row = db.selectOne(kSelectStatus, {sha256});
        if (!row)
            return row.error();
        if (row->isEmpty()) {
            if (range.start != 0) {
                out.kind = UploadOutcome::Kind::WrongOffset;
                out.status = {sha256, 0, 0, false};
                return out;
            }
            auto created = db.execute(
                QStringLiteral("INSERT INTO attachments (sha256, size, received, complete, "
                               "mime_type, uploaded_by, uploaded_hall, created_at) VALUES (?, ?, "
                               "0, 0, ?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING"),
                {sha256, range.total, mimeType, staff.username, staff.hallCode, now});
            if (!created)
                return created.error();
            row = db.selectOne(kSelectStatus, {sha256});
            if (!row)
                return row.error();
        }
        out.status = statusOf(sha256, *row);
        if (out.status.complete) {
            out.kind = UploadOutcome::Kind::AlreadyComplete;
            return out;
        }
        if (out.status.size != range.total) {
            out.kind = UploadOutcome::Kind::SizeMismatch;
            return out;
        }
        const qint64 length = bytes.size();
        if (length > 0 && range.start + length <= out.status.receivedBytes) {
            out.kind = UploadOutcome::Kind::Progress; // a chunk sent again: already stored
            return out;
        }
        if (range.start != out.status.receivedBytes) {
            out.kind = UploadOutcome::Kind::WrongOffset;
            return out;
        }
        if (length > 0) {
            auto stored = db.execute(
                QStringLiteral("INSERT INTO attachment_chunks (sha256, start_offset, data) VALUES (?, ?, ?)"),
                {sha256, range.start, bytes});
            if (!stored)
                return stored.error();
            auto advanced = db.execute(
                QStringLiteral(
                    "UPDATE attachments SET received = received + ? WHERE sha256 = ? AND received = ?"),
                {length, sha256, range.start});
            if (!advanced)
                return advanced.error();
            if (*advanced != 1)
                return makeError(
                    QStringLiteral("attachment.concurrent"), QStringLiteral("concurrent upload"));
        }
        out.status.receivedBytes = range.start + length;
        if (out.status.receivedBytes < out.status.size) {
            out.kind = UploadOutcome::Kind::Progress;
            return out;
        }
        auto actual = storedHash(db, sha256, out.status.size);
        if (!actual)
            return actual.error();
        if (*actual != sha256) {
            // Nothing of a file whose bytes do not match its name is kept.
            auto gone
                = db.execute(QStringLiteral("DELETE FROM attachment_chunks WHERE sha256 = ?"), {sha256});
            if (!gone)
                return gone.error();
            gone = db.execute(QStringLiteral("DELETE FROM attachments WHERE sha256 = ?"), {sha256});
            if (!gone)
                return gone.error();
            qCWarning(lcServer) << "attachment" << sha256 << "did not match its hash; discarded";
            out.kind = UploadOutcome::Kind::HashMismatch;
            out.status = {sha256, 0, 0, false};
            return out;
        }
        auto done = db.execute(
            QStringLiteral("UPDATE attachments SET complete = 1, completed_at = ? WHERE sha256 = ?"),
            {now, sha256});
        if (!done)
            return done.error();
        out.kind = UploadOutcome::Kind::Completed;
        out.status.complete = true;
        return out;
    });
}

Result<std::optional<Download>> download(Session& db, const QString& sha256, const Staff& staff)
{
    auto row = db.selectOne(
        QStringLiteral("SELECT size, complete, mime_type, uploaded_hall FROM attachments WHERE sha256 = ?"),
        {sha256});
    if (!row)
        return row.error();
    if (row->isEmpty() || row->at(1).toInt() != 1)
        return std::optional<Download>();
    if (!staff.mayAccessHall(row->at(3).toString())) {
        auto listed = db.selectOne(
            QStringLiteral("SELECT 1 FROM case_attachments ca JOIN cases c ON c.id = ca.case_id "
                           "WHERE ca.sha256 = ? AND c.hall_code = ? LIMIT 1"),
            {sha256, staff.hallCode});
        if (!listed)
            return listed.error();
        if (listed->isEmpty())
            return std::optional<Download>();
    }
    auto chunks = db.select(
        QStringLiteral("SELECT data FROM attachment_chunks WHERE sha256 = ? ORDER BY start_offset"),
        {sha256});
    if (!chunks)
        return chunks.error();
    Download d;
    d.mimeType = row->at(2).toString();
    d.bytes.reserve(row->at(0).toLongLong());
    for (const Row& c : *chunks)
        d.bytes += c.at(0).toByteArray();
    return std::optional<Download>(d);
}

} // namespace ow::server::attachments
