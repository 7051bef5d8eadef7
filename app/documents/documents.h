#pragma once

#include "app/common/result.h"

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QString>

// The documents the applicant takes home, as text PDFs (A4, embedded fonts):
//   notification.h      一次告知单  (one-time notification; from the catalog and the answers alone)
//   receipt.h           受理回执    (acceptance receipt, with a QR code for the status look-up)
//   correctionnotice.h  补正告知书  (correction notice: exactly what is missing or wrong)
// Every generator returns the PDF bytes; saveDocument() writes them to a file.
// Laying out text needs a QGuiApplication (the offscreen platform will do).
namespace ow::documents {

struct DocumentOptions
{
    QString lang = QStringLiteral("zh"); // "zh" (default) or "en"
    QDate issuedOn; // the date printed on the document; invalid: today
};

struct SavedDocument
{
    QString file;
    int pages = 0;
    qint64 bytes = 0;
    QJsonObject toJson() const; // {"file", "pages", "bytes"}
};

// Writes the PDF atomically, then opens the file with QtPDF to count its pages (proving it reads back).
Result<SavedDocument> saveDocument(const QByteArray& pdf, const QString& path);

// The text of every page of a PDF, read back with QtPDF (pages joined by a form feed). For tests and checks.
Result<QString> pdfText(const QByteArray& pdf);

} // namespace ow::documents
