#include "app/intake/attachmentstore.h"

#include "app/common/logging.h"
#include "app/intake/errors.h"
#include "app/store/sql.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace ow::intake {
namespace {
QString tr(const char* s)
{
    return QCoreApplication::translate("ow::intake", s);
}

QString extensionFor(const QString& mime)
{
    if (mime == QStringLiteral("application/pdf"))
        return QStringLiteral("pdf");
    if (mime == QStringLiteral("image/png"))
        return QStringLiteral("png");
    if (mime == QStringLiteral("image/jpeg"))
        return QStringLiteral("jpg");
    return QStringLiteral("tif");
}
} // namespace

AttachmentStore::AttachmentStore(std::shared_ptr<store::LocalStore> store, QString directory, qint64 maxBytes)
    : m_store(std::move(store))
    , m_directory(std::move(directory))
    , m_maxBytes(maxBytes)
{ }

QString AttachmentStore::sniffMimeType(const QByteArray& head)
{
    if (head.startsWith("%PDF-"))
        return QStringLiteral("application/pdf");
    if (head.startsWith("\x89PNG\r\n\x1a\n"))
        return QStringLiteral("image/png");
    if (head.startsWith("\xFF\xD8\xFF"))
        return QStringLiteral("image/jpeg");
    if (head.startsWith(QByteArray("II*\0", 4)) || head.startsWith(QByteArray("MM\0*", 4)))
        return QStringLiteral("image/tiff");
    return {};
}

Result<StoredAttachment> AttachmentStore::importFile(const QString& path) const
{
    QFileInfo info(path);
    if (!info.exists() || !info.isFile())
        return makeError(errc::kAttachmentMissing, tr("The file %1 does not exist.").arg(path), path);
    if (info.size() > m_maxBytes)
        return makeError(errc::kAttachmentTooLarge,
            tr("%1 is %2 MB; files may be at most %3 MB.")
                .arg(info.fileName())
                .arg(double(info.size()) / (1024 * 1024), 0, 'f', 1)
                .arg(double(m_maxBytes) / (1024 * 1024), 0, 'f', 1),
            path);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(errc::kAttachmentUnreadable,
            tr("%1 cannot be read: %2").arg(info.fileName(), f.errorString()), path);
    return importBytes(f.readAll(), info.fileName());
}

Result<StoredAttachment> AttachmentStore::importBytes(const QByteArray& bytes, const QString& fileName) const
{
    if (bytes.isEmpty())
        return makeError(errc::kAttachmentEmpty, tr("%1 is empty.").arg(fileName), fileName);
    if (bytes.size() > m_maxBytes)
        return makeError(errc::kAttachmentTooLarge,
            tr("%1 is larger than the limit of %2 MB.")
                .arg(fileName)
                .arg(double(m_maxBytes) / (1024 * 1024), 0, 'f', 1),
            fileName);
    const QString mime = sniffMimeType(bytes.left(16));
    if (mime.isEmpty())
        return makeError(errc::kAttachmentType,
            tr("%1 is not a PDF or an image (PNG, JPEG, TIFF); its content was checked, not its name.")
                .arg(fileName),
            fileName);
    if (mime == QStringLiteral("application/pdf") && !bytes.right(1024).contains("%%EOF"))
        return makeError(errc::kAttachmentTruncated,
            tr("%1 looks like an incomplete PDF (no end marker). Scan or export it again.").arg(fileName),
            fileName);
    StoredAttachment a;
    a.sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    a.mimeType = mime;
    a.size = bytes.size();
    a.fileName = fileName;
    const QString dir = QDir(m_directory).filePath(a.sha256.left(2));
    QDir().mkpath(dir);
    a.storedPath = QDir(dir).filePath(a.sha256 + u'.' + extensionFor(mime));
    if (!QFileInfo::exists(a.storedPath)) {
        QSaveFile out(a.storedPath);
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
            return makeError(errc::kAttachmentWrite,
                tr("The attachment could not be stored: %1").arg(out.errorString()), a.storedPath);
    }
    auto r = store::exec(m_store->connection(),
        QStringLiteral("INSERT OR IGNORE INTO attachments (sha256, size, mime_type, stored_path, "
                       "created_at) VALUES (?,?,?,?,?)"),
        {a.sha256, a.size, a.mimeType, a.storedPath,
            QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)});
    if (!r)
        return r.error();
    qCInfo(lcIntake) << "stored attachment" << a.sha256.left(12) << a.mimeType << a.size << "bytes";
    return a;
}

Result<QString> AttachmentStore::pathFor(const QString& sha256) const
{
    auto q = store::exec(m_store->connection(),
        QStringLiteral("SELECT stored_path FROM attachments WHERE sha256 = ?"), {sha256});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(errc::kAttachmentUnknown, tr("No attachment %1.").arg(sha256.left(12)));
    const QString path = q->value(0).toString();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(errc::kAttachmentLost, tr("The stored file %1 is missing.").arg(path), path);
    const QString actual
        = QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex());
    if (actual != sha256)
        return makeError(errc::kAttachmentCorrupt,
            tr("The stored file %1 was changed on disk and no longer matches its hash.").arg(path), path);
    return path;
}

} // namespace ow::intake
