#include "app/prefill/pdfsource.h"

#include "app/common/logging.h"
#include "app/prefill/errors.h"
#include "app/prefill/valuemapping.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QRegularExpression>

namespace ow::prefill {
namespace {
QString tr(const char* s)
{
    return QCoreApplication::translate("ow::prefill", s);
}

QString pdfErrorText(QPdfDocument::Error e)
{
    switch (e) {
    case QPdfDocument::Error::FileNotFound:
        return tr("the file does not exist");
    case QPdfDocument::Error::InvalidFileFormat:
        return tr("it is not a PDF file");
    case QPdfDocument::Error::IncorrectPassword:
        return tr("it is protected by a password");
    case QPdfDocument::Error::UnsupportedSecurityScheme:
        return tr("its security scheme is not supported");
    case QPdfDocument::Error::DataNotYetAvailable:
    case QPdfDocument::Error::Unknown:
    case QPdfDocument::Error::None:
        break;
    }
    return tr("it could not be opened");
}

// PDFium marks glyphs without a Unicode mapping with U+FFFE/U+FFFD; a page of them has no usable text.
bool hasReadableText(const QString& s)
{
    for (QChar c : s) {
        if (!c.isSpace() && c != QChar(0xFFFE) && c != QChar(0xFFFD) && c != QChar(0xFEFF) && c.isPrint())
            return true;
    }
    return false;
}
} // namespace

Result<QStringList> pdfText(const QString& path)
{
    QPdfDocument doc;
    const QPdfDocument::Error e = doc.load(path);
    if (e != QPdfDocument::Error::None)
        return makeError(errc::kPdfUnreadable,
            tr("The PDF %1 cannot be read: %2.").arg(QFileInfo(path).fileName(), pdfErrorText(e)), path);
    QStringList pages;
    bool any = false;
    for (int i = 0; i < doc.pageCount(); ++i) {
        const QString t = doc.getAllText(i).text();
        any = any || hasReadableText(t);
        pages << t;
    }
    doc.close();
    if (!any)
        return makeError(errc::kPdfNoText,
            tr("No text found in the PDF %1: it has no text layer (a scanned image?). Nothing was filled "
               "from it.")
                .arg(QFileInfo(path).fileName()),
            path);
    return pages;
}

PdfExtraction extractFromText(const QString& text, const catalog::MaterialDef& material,
    const catalog::Catalog& catalog, const QString& attachmentSha256, const QDateTime& now)
{
    PdfExtraction out;
    const QJsonObject patterns = material.extract.value(QStringLiteral("fields")).toObject();
    // Lines from PDFium end with \r\n; patterns are written against \n.
    QString normalized = text;
    normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    const QString source = QString::fromUtf16(sources::pdf);
    for (auto it = patterns.constBegin(); it != patterns.constEnd(); ++it) {
        const QString fieldId = it.key();
        const catalog::FieldDef* def = catalog.field(fieldId);
        if (!def) {
            qCWarning(lcPrefill) << "extract pattern for unknown field" << fieldId << "in" << material.id;
            continue;
        }
        const QRegularExpression re(it.value().toString(), QRegularExpression::UseUnicodePropertiesOption);
        if (!re.isValid() || re.captureCount() < 1) {
            qCWarning(lcPrefill) << "bad extract pattern for" << fieldId << "in" << material.id
                                 << re.errorString();
            continue;
        }
        const QRegularExpressionMatch m = re.match(normalized);
        const QString raw = m.hasMatch() ? m.captured(1).trimmed() : QString();
        if (raw.isEmpty()) {
            out.unmatched << fieldId;
            continue;
        }
        Candidate c;
        c.fieldId = fieldId;
        c.source = source;
        c.lookup = QStringLiteral("pdf:") + material.id + u':' + attachmentSha256.left(16);
        c.obtainedAt = now;
        c.confidence = defaultConfidence(source);
        c.evidence = attachmentSha256;
        c.detail = material.name.text();
        c.value = raw;
        const auto converted = toFieldValue(*def, raw);
        if (!converted) {
            out.rejected.append({c,
                tr("\"%1\" found in %2 is not a valid %3.")
                    .arg(raw, material.name.text(), def->label.text())});
            continue;
        }
        c.value = *converted;
        const QString problem = candidateProblem(*def, c.value, now.date());
        if (!problem.isEmpty()) {
            out.rejected.append({c,
                tr("%1 found in %2 was not used: %3").arg(def->label.text(), material.name.text(), problem)});
            continue;
        }
        out.candidates.append(c);
    }
    return out;
}

} // namespace ow::prefill
