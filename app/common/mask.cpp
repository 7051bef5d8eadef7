#include "app/common/mask.h"

#include <QRegularExpression>

namespace ow::mask {

QString idNumber(const QString& id)
{
    const QString s = id.trimmed();
    if (s.size() == 18)
        return s.left(6) + QString(8, u'*') + s.right(4);
    if (s.size() == 15)
        return s.left(6) + QString(6, u'*') + s.right(3);
    if (s.size() <= 4)
        return QString(s.size(), u'*');
    return s.left(2) + QString(s.size() - 4, u'*') + s.right(2);
}

QString phone(const QString& phone)
{
    const QString s = phone.trimmed();
    if (s.size() == 11)
        return s.left(3) + QStringLiteral("****") + s.right(4);
    if (s.size() <= 4)
        return QString(s.size(), u'*');
    return s.left(2) + QString(s.size() - 4, u'*') + s.right(2);
}

QString name(const QString& name)
{
    const QString s = name.trimmed();
    if (s.isEmpty())
        return s;
    const qsizetype space = s.indexOf(u' ');
    if (space > 0)
        return s.left(space) + QStringLiteral(" ***");
    // Chinese names: keep the surname (one character; the common two-character surnames keep two).
    static const QStringList compound
        = {QStringLiteral("欧阳"), QStringLiteral("司马"), QStringLiteral("诸葛"), QStringLiteral("上官"),
            QStringLiteral("东方"), QStringLiteral("皇甫"), QStringLiteral("尉迟"), QStringLiteral("公孙"),
            QStringLiteral("慕容"), QStringLiteral("令狐"), QStringLiteral("司徒"), QStringLiteral("夏侯")};
    qsizetype keep = 1;
    for (const QString& c : compound) {
        if (s.startsWith(c) && s.size() > 2) {
            keep = 2;
            break;
        }
    }
    return s.left(keep) + QString(std::max<qsizetype>(1, s.size() - keep), u'*');
}

QString text(const QString& text)
{
    // 18-character resident IDs (digits with a final digit or X), 15-digit legacy IDs, then mobile numbers.
    static const QRegularExpression idRe(
        QStringLiteral("(?<![0-9A-Za-z])([1-9][0-9]{5})([0-9]{8})([0-9]{3}[0-9Xx])(?![0-9A-Za-z])"));
    static const QRegularExpression id15Re(
        QStringLiteral("(?<![0-9A-Za-z])([1-9][0-9]{5})([0-9]{6})([0-9]{3})(?![0-9A-Za-z])"));
    static const QRegularExpression phoneRe(
        QStringLiteral("(?<![0-9])(1[3-9][0-9])([0-9]{4})([0-9]{4})(?![0-9])"));
    QString out = text;
    out.replace(idRe, QStringLiteral("\\1********\\3"));
    out.replace(id15Re, QStringLiteral("\\1******\\3"));
    out.replace(phoneRe, QStringLiteral("\\1****\\3"));
    return out;
}

} // namespace ow::mask
