#pragma once

#include "app/common/result.h"

#include <QList>
#include <QRectF>
#include <QString>

class QPainter;

namespace ow::documents {

// A QR code symbol as a square matrix of modules (true = dark), encoded with libqrencode.
class QrCode
{
public:
    enum class Level { L, M, Q, H };

    // Encodes UTF-8 text in byte mode at the smallest version that fits. Fails for empty or too long text.
    static Result<QrCode> encode(const QString& text, Level level = Level::M);

    int version() const { return m_version; }
    int size() const { return m_size; } // modules per side: 17 + 4 * version
    bool isDark(int x, int y) const;
    QString text() const { return m_text; }

    // The payload printed on receipts for the status look-up: "onewindow:case:<caseNumber>".
    static QString casePayload(const QString& caseNumber);

private:
    QString m_text;
    int m_version = 0;
    int m_size = 0;
    QList<bool> m_modules; // row-major
};

// Draws the symbol as vector rectangles (one merged path, no raster image) into `target`, keeping it square
// and leaving a light quiet zone of `quietModules` modules on every side.
void paintQrCode(QPainter& painter, const QRectF& target, const QrCode& code, int quietModules = 4);

} // namespace ow::documents
