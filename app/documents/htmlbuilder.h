#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace ow::documents {

// Builds the HTML subset that QTextDocument lays out for the documents: a title, section headings,
// paragraphs, key/value blocks and ruled tables whose header row repeats on every page. Every text passed in
// is escaped here; sizes are given in millimetres and written as CSS pixels (1/96 inch), which the text
// layout scales to the resolution of the device it lays out for.
class HtmlBuilder
{
public:
    struct Column
    {
        QString header;
        int widthPercent = 0; // 0: let the layout decide
    };

    HtmlBuilder() = default;

    void title(const QString& text, const QString& subtitle = {});
    void heading(const QString& text);
    void paragraph(const QString& text);
    void note(const QString& text); // smaller, grey
    void emphasis(const QString& text); // a bold paragraph
    // Label/value pairs in a borderless two-column block.
    void keyValues(const QList<QPair<QString, QString>>& rows, int labelPercent = 22);
    // A ruled table; a cell's "\n" becomes a line break. rows with fewer cells than columns are padded.
    void table(const QList<Column>& columns, const QList<QStringList>& rows);
    // Already escaped markup (e.g. from cell()/strong()).
    void raw(const QString& html);

    QString html() const;

    // Helpers for raw markup.
    static QString escape(const QString& text); // escapes and turns "\n" into <br/>
    static QString px(qreal millimetres); // "38" for 10 mm (CSS pixels)
    // The text the renderer replaces with the QR code object (see PdfRenderer).
    static QString qrPlaceholder();

private:
    QString m_body;
};

} // namespace ow::documents
