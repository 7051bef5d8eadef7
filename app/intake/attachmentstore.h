#pragma once

#include "app/common/result.h"
#include "app/store/localstore.h"

#include <QString>

#include <memory>

namespace ow::intake {

struct StoredAttachment
{
    QString sha256;
    QString mimeType; // application/pdf, image/png, image/jpeg, image/tiff
    qint64 size = 0;
    QString storedPath;
    QString fileName; // the original name, for display
};

// Scans and files attached to cases, stored once by content (SHA-256) under the data directory.
// Only PDFs and images pass, recognised by their bytes (not their file name), up to a size limit.
class AttachmentStore
{
public:
    AttachmentStore(std::shared_ptr<store::LocalStore> store, QString directory, qint64 maxBytes);

    Result<StoredAttachment> importFile(const QString& path) const;
    Result<StoredAttachment> importBytes(const QByteArray& bytes, const QString& fileName) const;
    // The stored file for a hash (verifies it still matches).
    Result<QString> pathFor(const QString& sha256) const;

    // "application/pdf", "image/png", "image/jpeg", "image/tiff", or "" for anything else.
    static QString sniffMimeType(const QByteArray& head);
    qint64 maxBytes() const { return m_maxBytes; }

private:
    std::shared_ptr<store::LocalStore> m_store;
    QString m_directory;
    qint64 m_maxBytes;
};

} // namespace ow::intake
