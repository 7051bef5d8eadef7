#pragma once

#include "app/documents/qrcode.h"

#include <QAbstractTextDocumentLayout>
#include <QObject>
#include <QTextFormat>

class QTextDocument;

namespace ow::documents {

// Lets a QTextDocument lay out a QR code like a character, drawn as vector rectangles where it lands.
class QrTextObject final : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    static constexpr int ObjectType = QTextFormat::UserObject + 1;

    QrTextObject(QrCode code, qreal sidePixels, QObject* parent = nullptr);

    // Registers the handler on the document's layout and replaces every occurrence of `placeholder` with
    // the QR object. Returns how many were replaced.
    int install(QTextDocument& document, const QString& placeholder);

    QSizeF intrinsicSize(QTextDocument* doc, int posInDocument, const QTextFormat& format) override;
    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument* doc, int posInDocument,
        const QTextFormat& format) override;

private:
    QrCode m_code;
    qreal m_side;
};

} // namespace ow::documents
