#include "app/documents/pdfrenderer.h"

#include "app/common/logging.h"
#include "app/documents/errors.h"
#include "app/documents/htmlbuilder.h"
#include "app/documents/qrtextobject.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFontDatabase>
#include <QFontInfo>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <cmath>
#include <memory>

namespace ow::documents {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ow::documents", text);
}

constexpr qreal mm(qreal millimetres)
{
    return millimetres * PdfRenderer::kDpi / 25.4;
}

// Page geometry in millimetres (A4: 210 x 297).
constexpr qreal kSideMargin = 18;
constexpr qreal kTopMargin = 10;
constexpr qreal kBottomMargin = 10;
constexpr qreal kBandHeight = 6; // header and footer text bands
constexpr qreal kBandGap = 4; // between a band and the content
constexpr qreal kBodyPointSize = 10.5; // 五号
constexpr qreal kBandPointSize = 8;
constexpr qreal kKeepWithHeading = 22; // room a heading needs below it on its page

QString findChineseFamily()
{
    const QStringList chinese = QFontDatabase::families(QFontDatabase::SimplifiedChinese);
    if (chinese.isEmpty())
        return {};
    // Prefer what fontconfig gives a generic sans-serif request, when that covers Chinese.
    QFont generic;
    generic.setStyleHint(QFont::SansSerif);
    const QString preferred = QFontInfo(generic).family();
    if (chinese.contains(preferred))
        return preferred;
    for (const QString& family : chinese) {
        if (!family.contains(QStringLiteral("mono"), Qt::CaseInsensitive)
            && !QFontDatabase::isPrivateFamily(family) && QFontDatabase::isSmoothlyScalable(family))
            return family;
    }
    return chinese.first();
}

// Moves a heading that would end a page with nothing after it to the top of the next page.
void keepHeadingsWithContent(QTextDocument& doc, qreal pageHeight)
{
    QAbstractTextDocumentLayout* layout = doc.documentLayout();
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 0)
            continue;
        const QRectF r = layout->blockBoundingRect(block);
        const qreal pageTop = std::floor(r.top() / pageHeight) * pageHeight;
        if (r.top() - pageTop < 1 || pageTop + pageHeight - r.bottom() >= mm(kKeepWithHeading))
            continue;
        QTextBlockFormat format = block.blockFormat();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(block).setBlockFormat(format);
    }
}

void drawBands(QPainter& painter, const QRectF& header, const QRectF& footer, const QFont& font,
    const PageFrame& frame, const QString& pageText)
{
    painter.save();
    painter.setFont(font);
    painter.setPen(QColor(0x44, 0x44, 0x44));
    painter.drawText(header, Qt::AlignLeft | Qt::AlignBottom, frame.title);
    painter.drawText(header, Qt::AlignRight | Qt::AlignBottom, frame.reference);
    painter.drawText(footer, Qt::AlignLeft | Qt::AlignTop, frame.footer);
    painter.drawText(footer, Qt::AlignRight | Qt::AlignTop, pageText);
    QPen rule(QColor(0x88, 0x88, 0x88));
    rule.setWidthF(mm(0.2));
    painter.setPen(rule);
    painter.drawLine(
        QPointF(header.left(), header.bottom() + mm(1)), QPointF(header.right(), header.bottom() + mm(1)));
    painter.drawLine(
        QPointF(footer.left(), footer.top() - mm(1)), QPointF(footer.right(), footer.top() - mm(1)));
    painter.restore();
}

} // namespace

PdfRenderer::PdfRenderer(DocLang lang)
    : m_lang(std::move(lang))
{ }

void PdfRenderer::setQrCode(const QrCode& code, qreal sideMillimetres)
{
    m_qr = code;
    m_qrSideMm = sideMillimetres;
}

QString PdfRenderer::chineseFontFamily()
{
    // The font database needs a QGuiApplication; without one, report "none" instead of aborting.
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return {};
    static const QString family = findChineseFamily();
    return family;
}

Result<QByteArray> PdfRenderer::render(const QString& html, const PageFrame& frame) const
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return makeError(errc::kNoGuiApplication,
            tr("Documents can only be laid out in a program that runs a QGuiApplication."));
    QElapsedTimer timer;
    timer.start();
    const QString family = chineseFontFamily();
    if (family.isEmpty()) {
        if (!m_lang.isEnglish())
            return makeError(errc::kNoChineseFont,
                tr("No font with Chinese characters is installed (e.g. fonts-wqy-microhei), so the "
                   "document cannot be printed in Chinese."));
        qCWarning(lcDocuments) << "no Chinese font installed; Chinese names in the document will not print";
    }

    QByteArray bytes;
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::WriteOnly))
        return makeError(errc::kBuffer, tr("The document could not be written."));
    QPdfWriter writer(&buffer);
    writer.setResolution(kDpi);
    writer.setPageLayout(QPageLayout(
        QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
    writer.setTitle(frame.title);
    writer.setCreator(QStringLiteral("OneWindow"));

    const QRectF page = writer.pageLayout().fullRectPixels(kDpi);
    const QRectF header(page.left() + mm(kSideMargin), page.top() + mm(kTopMargin),
        page.width() - 2 * mm(kSideMargin), mm(kBandHeight));
    const QRectF footer(
        header.left(), page.bottom() - mm(kBottomMargin) - mm(kBandHeight), header.width(), mm(kBandHeight));
    const QRectF content(header.left(), header.bottom() + mm(kBandGap), header.width(),
        footer.top() - mm(kBandGap) - header.bottom() - mm(kBandGap));

    QFont bodyFont = family.isEmpty() ? QFont() : QFont(family);
    bodyFont.setPointSizeF(kBodyPointSize);
    // Print is device-independent: no hinting, which also spares FreeType's bytecode interpreter.
    bodyFont.setHintingPreference(QFont::PreferNoHinting);
    QFont bandFont = bodyFont;
    bandFont.setPointSizeF(kBandPointSize);

    // Declared before the document, so it outlives the layout that refers to it.
    std::unique_ptr<QrTextObject> qrObject;
    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&writer);
    doc.setDefaultFont(bodyFont);
    doc.setDocumentMargin(0);
    doc.setPageSize(content.size());
    doc.setHtml(html);
    if (m_qr) {
        qrObject = std::make_unique<QrTextObject>(*m_qr, mm(m_qrSideMm));
        if (qrObject->install(doc, HtmlBuilder::qrPlaceholder()) == 0)
            qCWarning(lcDocuments) << "the document has no place for its QR code";
    }
    keepHeadingsWithContent(doc, content.height());

    QPainter painter;
    if (!painter.begin(&writer))
        return makeError(errc::kPaint, tr("The PDF writer could not start a page."));
    const int pages = doc.pageCount();
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        const QRectF slice(0, i * content.height(), content.width(), content.height());
        painter.save();
        painter.translate(content.left(), content.top() - slice.top());
        painter.setClipRect(slice);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = slice;
        context.palette.setColor(QPalette::Text, Qt::black);
        doc.documentLayout()->draw(&painter, context);
        painter.restore();
        const QString pageText = m_lang(u"第 %1 页 共 %2 页", u"Page %1 of %2").arg(i + 1).arg(pages);
        drawBands(painter, header, footer, bandFont, frame, pageText);
    }
    if (!painter.end())
        return makeError(errc::kPaint, tr("The PDF could not be finished."));
    buffer.close();
    qCDebug(lcDocuments).noquote() << "rendered" << frame.title << pages << "pages," << bytes.size()
                                   << "bytes in" << timer.elapsed() << "ms";
    return bytes;
}

} // namespace ow::documents
