#include "tests/ui/uitestsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QInputMethodEvent>
#include <QPainter>
#include <QPdfWriter>
#include <QTest>

namespace ow::test {

QString makeIdNumber(const QString& region, const QDate& birth, int sequence)
{
    const QString body = region + birth.toString(QStringLiteral("yyyyMMdd"))
        + QStringLiteral("%1").arg(sequence, 3, 10, QChar(u'0'));
    static const int weights[] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += body.at(i).digitValue() * weights[i];
    return body + QStringLiteral("10X98765432").at(sum % 11);
}

void typeText(QWidget* widget, const QString& text)
{
    for (QChar c : text) {
        if (c.unicode() < 128) {
            QTest::keyClick(widget, char(c.unicode()));
        } else {
            QInputMethodEvent commit;
            commit.setCommitString(QString(c));
            QCoreApplication::sendEvent(widget, &commit);
        }
    }
}

QString saveScreenshot(QWidget* window, const QString& name, int fontScale)
{
    const QString dir = qEnvironmentVariable("OW_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return {};
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(QStringLiteral("%1-%2.png").arg(name).arg(fontScale));
    return window->grab().save(path) ? path : QString();
}

QString writeSamplePdf(const QString& path, const QString& text)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(150);
    QPainter p(&writer);
    QFont f = p.font();
    f.setPointSize(14);
    p.setFont(f);
    p.drawText(QRect(100, 100, 1000, 400), Qt::TextWordWrap, text);
    p.end();
    return path;
}

} // namespace ow::test
