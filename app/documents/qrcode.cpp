#include "app/documents/qrcode.h"

#include "app/documents/errors.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>

#include <qrencode.h>

#include <algorithm>
#include <cerrno>
#include <memory>

namespace ow::documents {

namespace {

QRecLevel toQrLevel(QrCode::Level level)
{
    switch (level) {
    case QrCode::Level::L:
        return QR_ECLEVEL_L;
    case QrCode::Level::M:
        return QR_ECLEVEL_M;
    case QrCode::Level::Q:
        return QR_ECLEVEL_Q;
    case QrCode::Level::H:
        return QR_ECLEVEL_H;
    }
    return QR_ECLEVEL_M;
}

struct QrFree
{
    void operator()(QRcode* code) const { QRcode_free(code); }
};

} // namespace

Result<QrCode> QrCode::encode(const QString& text, Level level)
{
    if (text.isEmpty())
        return makeError(errc::kQrEmpty,
            QCoreApplication::translate("ow::documents", "A QR code needs some text to encode."));
    const QByteArray utf8 = text.toUtf8();
    errno = 0;
    // Byte mode (QR_MODE_8) keeps any text intact; version 0 lets libqrencode pick the smallest symbol.
    std::unique_ptr<QRcode, QrFree> raw(
        QRcode_encodeString(utf8.constData(), 0, toQrLevel(level), QR_MODE_8, 1));
    if (!raw) {
        const bool tooLong = errno == ERANGE;
        return makeError(errc::kQrEncode,
            tooLong ? QCoreApplication::translate(
                "ow::documents", "The text is too long for a QR code (%1 bytes).")
                          .arg(utf8.size())
                    : QCoreApplication::translate("ow::documents", "The QR code could not be encoded."));
    }
    QrCode code;
    code.m_text = text;
    code.m_version = raw->version;
    code.m_size = raw->width;
    code.m_modules.resize(qsizetype(raw->width) * raw->width);
    for (qsizetype i = 0; i < code.m_modules.size(); ++i)
        code.m_modules[i] = (raw->data[i] & 1) != 0; // bit 0: dark module; the other bits are metadata
    return code;
}

bool QrCode::isDark(int x, int y) const
{
    if (x < 0 || y < 0 || x >= m_size || y >= m_size)
        return false;
    return m_modules.at(qsizetype(y) * m_size + x);
}

QString QrCode::casePayload(const QString& caseNumber)
{
    return QStringLiteral("onewindow:case:") + caseNumber;
}

void paintQrCode(QPainter& painter, const QRectF& target, const QrCode& code, int quietModules)
{
    if (code.size() <= 0 || target.isEmpty())
        return;
    const int modules = code.size() + 2 * std::max(0, quietModules);
    const qreal side = std::min(target.width(), target.height());
    const qreal unit = side / modules;
    const QPointF origin(target.left() + (target.width() - side) / 2 + quietModules * unit,
        target.top() + (target.height() - side) / 2 + quietModules * unit);
    // Horizontal runs of dark modules (disjoint rectangles), filled as one path in one operation.
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    for (int y = 0; y < code.size(); ++y) {
        int x = 0;
        while (x < code.size()) {
            if (!code.isDark(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < code.size() && code.isDark(x, y))
                ++x;
            path.addRect(QRectF(origin.x() + start * unit, origin.y() + y * unit, (x - start) * unit, unit));
        }
    }
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.fillRect(
        QRectF(origin.x() - quietModules * unit, origin.y() - quietModules * unit, side, side), Qt::white);
    painter.fillPath(path, Qt::black);
    painter.restore();
}

} // namespace ow::documents
