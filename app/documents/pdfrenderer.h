#pragma once

#include "app/common/result.h"
#include "app/documents/doclang.h"
#include "app/documents/qrcode.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace ow::documents {

// What is printed around the flowing content on every page.
struct PageFrame
{
    QString title; // top left, small (the document's name)
    QString reference; // top right (case number, bundle code)
    QString footer; // bottom left (hall, catalog version); bottom right is "page x of y"
};

// Lays out HTML from HtmlBuilder on A4 pages at 300 dpi with QTextDocument and writes a text PDF with
// QPdfWriter: the fonts are embedded (subset), so the text can be searched and read back. Long content breaks
// across pages; table header rows repeat. A QR code, when given, replaces HtmlBuilder::qrPlaceholder().
class PdfRenderer
{
public:
    static constexpr int kDpi = 300;

    explicit PdfRenderer(DocLang lang);
    void setQrCode(const QrCode& code, qreal sideMillimetres);

    Result<QByteArray> render(const QString& html, const PageFrame& frame) const;

    // A font family with Chinese glyphs, found through the font database (never hard-coded).
    // Empty when none is installed: Chinese text would then print as empty boxes and read back as garbage.
    static QString chineseFontFamily();

private:
    DocLang m_lang;
    std::optional<QrCode> m_qr;
    qreal m_qrSideMm = 0;
};

} // namespace ow::documents
