#include "app/sync/attachmentupload.h"

#include "app/common/logging.h"
#include "app/sync/apiclient.h"
#include "app/sync/syncerror.h"
#include "app/sync/text_p.h"
#include "protocol/errorcodes.h"

#include <QFile>

namespace ow::sync {
namespace {

// How often one upload may find the server at another offset than expected before it gives up for now.
constexpr int kMaxResyncs = 8;

} // namespace

AttachmentUpload::AttachmentUpload(
    ApiClient* api, protocol::AttachmentRef file, QString path, qint64 chunkBytes, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_file(std::move(file))
    , m_path(std::move(path))
    , m_chunkBytes(std::max<qint64>(1024, chunkBytes))
{ }

void AttachmentUpload::start(std::function<void(Result<void>)> done)
{
    m_done = std::move(done);
    // A small file goes whole at once: one request whether or not the server has it already.
    if (m_file.size <= m_chunkBytes)
        sendFrom(0);
    else
        askStatus();
}

void AttachmentUpload::finish(Result<void> result)
{
    if (auto done = std::exchange(m_done, nullptr))
        done(std::move(result));
}

void AttachmentUpload::askStatus()
{
    if (!m_api)
        return;
    m_api->attachmentStatus(
        m_file.sha256, [self = QPointer(this)](Result<protocol::AttachmentStatus> status) {
            if (!self)
                return;
            if (!status) {
                self->finish(status.error());
                return;
            }
            if (status->complete) {
                self->finish({});
                return;
            }
            self->sendFrom(std::clamp<qint64>(status->receivedBytes, 0, self->m_file.size));
        });
}

void AttachmentUpload::sendFrom(qint64 offset)
{
    if (!m_api)
        return;
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly) || f.size() != m_file.size) {
        finish(makeError(errc::kLocal,
            Text::tr("The attached file %1 can no longer be read as it was accepted.").arg(m_file.fileName),
            m_path));
        return;
    }
    const qint64 length = std::min(m_chunkBytes, m_file.size - offset);
    QByteArray bytes;
    if (length > 0) {
        if (!f.seek(offset) || (bytes = f.read(length)).size() != length) {
            finish(makeError(errc::kLocal,
                Text::tr("The attached file %1 could not be read.").arg(m_file.fileName), m_path));
            return;
        }
    }
    const protocol::ByteRange range {offset, offset + length - 1, m_file.size};
    m_api->uploadChunk(m_file.sha256, range, bytes, m_file.mimeType,
        [self = QPointer(this), offset, length](Result<protocol::AttachmentStatus> status) {
            if (!self)
                return;
            if (!status) {
                // Another offset at the server (a chunk that arrived although its answer was lost, or another
                // upload of the same file): ask where it stands and go on from there.
                if (status.error().code == protocol::errc::kAttachmentOffset
                    && ++self->m_resyncs <= kMaxResyncs) {
                    qCInfo(lcSync) << "attachment" << self->m_file.sha256.left(12)
                                   << "offset moved; resuming";
                    self->askStatus();
                    return;
                }
                self->finish(status.error());
                return;
            }
            self->m_bytesSent += length;
            if (status->complete) {
                self->finish({});
                return;
            }
            if (status->receivedBytes > offset && status->receivedBytes < self->m_file.size) {
                self->sendFrom(status->receivedBytes);
                return;
            }
            if (++self->m_resyncs > kMaxResyncs) {
                self->finish(makeError(errc::kUploadStalled,
                    Text::tr("The upload of %1 does not progress.").arg(self->m_file.fileName)));
                return;
            }
            self->askStatus();
        });
}

} // namespace ow::sync
