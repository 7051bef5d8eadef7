// QR codes: the matrix libqrencode produces has the structure of a real symbol, and the painter draws exactly
// that matrix.
#include "app/documents/qrcode.h"

#include <QImage>
#include <QPainter>
#include <QTest>

using ow::documents::QrCode;

namespace {

// A finder pattern with its top-left corner at (x, y): dark 7x7 border, light ring, dark 3x3 centre.
bool finderAt(const QrCode& code, int x0, int y0)
{
    for (int y = 0; y < 7; ++y) {
        for (int x = 0; x < 7; ++x) {
            const bool border = x == 0 || y == 0 || x == 6 || y == 6;
            const bool centre = x >= 2 && x <= 4 && y >= 2 && y <= 4;
            if (code.isDark(x0 + x, y0 + y) != (border || centre))
                return false;
        }
    }
    return true;
}

} // namespace

class TestQrCode final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matrixHasTheStructureOfItsVersion_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("level");
        QTest::newRow("case number") << QrCode::casePayload(QStringLiteral("CS0101-03-20261127-0042"))
                                     << int(QrCode::Level::M);
        QTest::newRow("short") << QStringLiteral("A1") << int(QrCode::Level::L);
        QTest::newRow("chinese") << QStringLiteral("一窗通办 受理编号 CS0101-03-20261127-0042")
                                 << int(QrCode::Level::H);
        QTest::newRow("long") << QString(300, u'x') << int(QrCode::Level::M);
    }
    void matrixHasTheStructureOfItsVersion()
    {
        QFETCH(QString, text);
        QFETCH(int, level);
        auto code = QrCode::encode(text, QrCode::Level(level));
        QVERIFY2(code.ok(), code.ok() ? "" : qPrintable(code.error().message));
        QVERIFY(code->version() >= 1 && code->version() <= 40);
        QCOMPARE(code->size(), 17 + 4 * code->version());
        QCOMPARE(code->text(), text);
        const int n = code->size();
        QVERIFY(finderAt(*code, 0, 0));
        QVERIFY(finderAt(*code, n - 7, 0));
        QVERIFY(finderAt(*code, 0, n - 7));
        QVERIFY(!finderAt(*code, n - 7, n - 7)); // the fourth corner has no finder
        // Light separators around the finders.
        for (int i = 0; i < 8; ++i) {
            QVERIFY(!code->isDark(7, i));
            QVERIFY(!code->isDark(i, 7));
            QVERIFY(!code->isDark(n - 8, i));
            QVERIFY(!code->isDark(i, n - 8));
        }
        // Timing patterns alternate between the finders on row 6 and column 6.
        for (int i = 8; i < n - 8; ++i) {
            QCOMPARE(code->isDark(i, 6), i % 2 == 0);
            QCOMPARE(code->isDark(6, i), i % 2 == 0);
        }
        // The dark module next to the bottom-left finder is always dark.
        QVERIFY(code->isDark(8, 4 * code->version() + 9));
        // Outside the symbol is light (the quiet zone).
        QVERIFY(!code->isDark(-1, 0));
        QVERIFY(!code->isDark(n, n));
    }

    void higherLevelsNeedBiggerSymbols()
    {
        const QString text = QrCode::casePayload(QStringLiteral("CS0101-03-20261127-0042"));
        auto low = QrCode::encode(text, QrCode::Level::L);
        auto high = QrCode::encode(text, QrCode::Level::H);
        QVERIFY(low.ok() && high.ok());
        QVERIFY(high->version() > low->version());
    }

    void casePayloadNamesTheCase()
    {
        QCOMPARE(QrCode::casePayload(QStringLiteral("X-1")), QStringLiteral("onewindow:case:X-1"));
    }

    void emptyOrOversizedTextFails()
    {
        auto empty = QrCode::encode(QString());
        QVERIFY(!empty.ok());
        QCOMPARE(empty.error().code, QStringLiteral("documents.qrEmpty"));
        auto huge = QrCode::encode(QString(5000, u'z'), QrCode::Level::H);
        QVERIFY(!huge.ok());
        QCOMPARE(huge.error().code, QStringLiteral("documents.qrEncode"));
        QVERIFY(huge.error().message.contains(QStringLiteral("5000")));
    }

    void painterDrawsTheMatrixWithAQuietZone()
    {
        auto code = QrCode::encode(QrCode::casePayload(QStringLiteral("CS0101-03-20261127-0042")));
        QVERIFY(code.ok());
        const int unit = 6;
        const int quiet = 4;
        const int side = (code->size() + 2 * quiet) * unit;
        QImage image(side + 40, side, QImage::Format_RGB32); // wider than tall: the symbol is centred
        image.fill(Qt::red);
        {
            QPainter painter(&image);
            ow::documents::paintQrCode(painter, QRectF(0, 0, image.width(), image.height()), *code, quiet);
        }
        const int x0 = 20 + quiet * unit;
        const int y0 = quiet * unit;
        for (int y = 0; y < code->size(); ++y) {
            for (int x = 0; x < code->size(); ++x) {
                const QRgb px = image.pixel(x0 + x * unit + unit / 2, y0 + y * unit + unit / 2);
                QCOMPARE(px == qRgb(0, 0, 0), code->isDark(x, y));
                QVERIFY(px == qRgb(0, 0, 0) || px == qRgb(255, 255, 255));
            }
        }
        // The quiet zone is painted white; outside the square stays untouched.
        QCOMPARE(image.pixel(20 + 2, 2), qRgb(255, 255, 255));
        QCOMPARE(image.pixel(2, side / 2), qRgb(255, 0, 0));
    }
};

QTEST_GUILESS_MAIN(TestQrCode)
#include "tst_qrcode.moc"
