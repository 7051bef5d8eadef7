#include "app/documents/htmlbuilder.h"

#include <cmath>

namespace ow::documents {

QString HtmlBuilder::escape(const QString& text)
{
    QString out = text.toHtmlEscaped();
    out.replace(u'\n', QStringLiteral("<br/>"));
    return out;
}

QString HtmlBuilder::px(qreal millimetres)
{
    // QTextDocument reads HTML lengths as pixels at 96 dpi and scales them to its paint device.
    constexpr qreal cssDpi = 96;
    return QString::number(std::lround(millimetres * cssDpi / 25.4));
}

QString HtmlBuilder::qrPlaceholder()
{
    return QStringLiteral("OWQRCODEOBJECT");
}

void HtmlBuilder::title(const QString& text, const QString& subtitle)
{
    m_body += QStringLiteral("<p align=\"center\" style=\"font-size:17pt; font-weight:bold; margin-top:0px; "
                             "margin-bottom:%1px;\">%2</p>")
                  .arg(px(subtitle.isEmpty() ? 4 : 1.5), escape(text));
    if (!subtitle.isEmpty())
        m_body += QStringLiteral("<p align=\"center\" style=\"font-size:10pt; color:#333333; margin-top:0px; "
                                 "margin-bottom:%1px;\">%2</p>")
                      .arg(px(4), escape(subtitle));
}

void HtmlBuilder::heading(const QString& text)
{
    // <h3> marks the block as a heading (QTextBlockFormat::headingLevel), which the renderer keeps with what
    // follows it; the style sets its look.
    m_body += QStringLiteral(
        "<h3 style=\"font-size:12pt; font-weight:bold; margin-top:%1px; margin-bottom:%2px;\">"
        "%3</h3>")
                  .arg(px(4.5), px(1.5), escape(text));
}

void HtmlBuilder::paragraph(const QString& text)
{
    m_body += QStringLiteral("<p style=\"margin-top:%1px; margin-bottom:%1px;\">%2</p>")
                  .arg(px(1.2), escape(text));
}

void HtmlBuilder::note(const QString& text)
{
    m_body += QStringLiteral(
        "<p style=\"font-size:9pt; color:#444444; margin-top:0px; margin-bottom:%1px;\">%2</p>")
                  .arg(px(1.2), escape(text));
}

void HtmlBuilder::emphasis(const QString& text)
{
    m_body += QStringLiteral("<p style=\"font-weight:bold; margin-top:%1px; margin-bottom:%1px;\">%2</p>")
                  .arg(px(1.2), escape(text));
}

void HtmlBuilder::keyValues(const QList<QPair<QString, QString>>& rows, int labelPercent)
{
    if (rows.isEmpty())
        return;
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"%1\" border=\"0\">")
                       .arg(px(0.8));
    for (const auto& [key, value] : rows)
        html += QStringLiteral("<tr><td width=\"%1%\" style=\"color:#333333;\">%2</td><td>%3</td></tr>")
                    .arg(labelPercent)
                    .arg(escape(key), escape(value));
    html += QStringLiteral("</table>");
    m_body += html;
}

void HtmlBuilder::table(const QList<Column>& columns, const QList<QStringList>& rows)
{
    QString html
        = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"%1\" border=\"%2\" "
                         "style=\"border-collapse:collapse; border-color:#555555; border-style:solid;\">")
              .arg(px(1.1), px(0.2));
    html += QStringLiteral("<thead><tr>");
    for (const Column& c : columns) {
        const QString width
            = c.widthPercent > 0 ? QStringLiteral(" width=\"%1%\"").arg(c.widthPercent) : QString();
        html += QStringLiteral("<th%1 align=\"left\" bgcolor=\"#e8e8e8\" style=\"font-weight:bold;\">%2</th>")
                    .arg(width, escape(c.header));
    }
    html += QStringLiteral("</tr></thead><tbody>");
    for (const QStringList& row : rows) {
        html += QStringLiteral("<tr>");
        for (qsizetype i = 0; i < columns.size(); ++i)
            html += QStringLiteral("<td valign=\"top\">%1</td>").arg(escape(row.value(i)));
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</tbody></table>");
    m_body += html;
}

void HtmlBuilder::raw(const QString& html)
{
    m_body += html;
}

QString HtmlBuilder::html() const
{
    return QStringLiteral("<html><body>") + m_body + QStringLiteral("</body></html>");
}

} // namespace ow::documents
