#pragma once

#include "app/catalog/catalog.h"
#include "app/common/result.h"
#include "app/prefill/candidate.h"

#include <QStringList>

namespace ow::prefill {

// The text layer of a PDF, page by page (QtPDF: QPdfDocument::getAllText). Errors: pdf.unreadable (not a
// PDF, damaged, password-protected) and pdf.noText (no text layer at all: a scanned image), each with a
// message for the clerk. Blocks: call it off the GUI thread. Needs a QGuiApplication.
Result<QStringList> pdfText(const QString& path);

struct PdfExtraction
{
    QList<Candidate> candidates; // validated values, ready to offer
    QList<Rejection> rejected; // matched but invalid (a credit code with a wrong check character, a bad date)
    QStringList unmatched; // field ids whose pattern found nothing
};

// Applies a material's e-certificate patterns ({"fields": {"enterprise.name": "regex with one group"}},
// docs/catalog.md) to the text of its PDF. Each value is converted to the field's type and checked
// (credit-code check character, ID number, dates) before it is offered. Source "pdf", evidence the
// attachment's SHA-256.
PdfExtraction extractFromText(const QString& text, const catalog::MaterialDef& material,
    const catalog::Catalog& catalog, const QString& attachmentSha256, const QDateTime& now);

} // namespace ow::prefill
