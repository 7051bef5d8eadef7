#include "app/documents/documents.h"

#include "app/common/logging.h"
#include "app/documents/errors.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QSaveFile>
#include <QTemporaryFile>

namespace ow::documents {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ow::documents", text);
}

Result<int> openPdf(QPdfDocument& doc, const QString& path)
{
    const QPdfDocument::Error error = doc.load(path);
    if (error != QPdfDocument::Error::None || doc.pageCount() <= 0)
        return makeError(errc::kUnreadable,
            tr("The PDF %1 cannot be read back (error %2).").arg(path).arg(int(error)), path);
    return doc.pageCount();
}

} // namespace

QJsonObject SavedDocument::toJson() const
{
    return {
        {QStringLiteral("file"), file}, {QStringLiteral("pages"), pages}, {QStringLiteral("bytes"), bytes}};
}

Result<SavedDocument> saveDocument(const QByteArray& pdf, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(errc::kWrite, tr("Cannot write %1: %2").arg(path, file.errorString()), path);
    file.write(pdf);
    if (!file.commit())
        return makeError(errc::kWrite, tr("Cannot write %1: %2").arg(path, file.errorString()), path);
    QPdfDocument doc;
    auto pages = openPdf(doc, path);
    if (!pages)
        return pages.error();
    SavedDocument saved {QFileInfo(path).absoluteFilePath(), *pages, pdf.size()};
    qCInfo(lcDocuments).noquote() << "saved" << saved.file << saved.pages << "pages," << saved.bytes
                                  << "bytes";
    return saved;
}

Result<QString> pdfText(const QByteArray& pdf)
{
    QTemporaryFile file;
    if (!file.open())
        return makeError(errc::kWrite, tr("Cannot create a temporary file."));
    file.write(pdf);
    file.flush();
    QPdfDocument doc;
    auto pages = openPdf(doc, file.fileName());
    if (!pages)
        return pages.error();
    QString text;
    for (int i = 0; i < *pages; ++i) {
        if (i > 0)
            text += u'\f';
        text += doc.getAllText(i).text();
    }
    return text;
}

} // namespace ow::documents
