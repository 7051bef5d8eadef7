#pragma once

#include "app/common/result.h"
#include "protocol/casesubmission.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace ow::sync {

class ApiClient;

// Uploads one file to PUT /attachments/{sha256}, resuming where the server stopped: a file that fits in one
// chunk is sent whole at once (the server answers "already complete" for a file it has); a larger one, or
// one the server has part of (416), continues from the offset GET …/status reports, chunk by chunk. The
// server checks the hash when the last byte arrives.
class AttachmentUpload final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttachmentUpload)
public:
    AttachmentUpload(ApiClient* api, protocol::AttachmentRef file, QString path, qint64 chunkBytes,
        QObject* parent = nullptr);

    // Calls done exactly once (unless the upload is destroyed first).
    void start(std::function<void(Result<void>)> done);
    qint64 bytesSent() const { return m_bytesSent; }

private:
    void askStatus();
    void sendFrom(qint64 offset);
    void finish(Result<void> result);

    QPointer<ApiClient> m_api;
    protocol::AttachmentRef m_file;
    QString m_path;
    qint64 m_chunkBytes;
    std::function<void(Result<void>)> m_done;
    qint64 m_bytesSent = 0;
    int m_resyncs = 0;
};

} // namespace ow::sync
