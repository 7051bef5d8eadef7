#include "app/documents/qrtextobject.h"

#include <QPainter>
#include <QTextCursor>
#include <QTextDocument>

namespace ow::documents {

QrTextObject::QrTextObject(QrCode code, qreal sidePixels, QObject* parent)
    : QObject(parent)
    , m_code(std::move(code))
    , m_side(sidePixels)
{ }

int QrTextObject::install(QTextDocument& document, const QString& placeholder)
{
    document.documentLayout()->registerHandler(ObjectType, this);
    QTextCharFormat format;
    format.setObjectType(ObjectType);
    int replaced = 0;
    QTextCursor cursor = document.find(placeholder);
    while (!cursor.isNull()) {
        cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
        ++replaced;
        cursor = document.find(placeholder, cursor);
    }
    return replaced;
}

QSizeF QrTextObject::intrinsicSize(QTextDocument*, int, const QTextFormat&)
{
    return {m_side, m_side};
}

void QrTextObject::drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int, const QTextFormat&)
{
    // The quiet zone is part of the object's square, so surrounding text never touches the symbol.
    paintQrCode(*painter, rect, m_code, 4);
}

} // namespace ow::documents
