#include "app/validation/divisions.h"

#include "app/common/logging.h"

#include <QFile>

#include <algorithm>

namespace ow::validation {

namespace {

bool isSixDigits(const QString& code)
{
    return code.size() == 6 && std::all_of(code.cbegin(), code.cend(), [](QChar c) { return c.isDigit(); });
}

// Placeholders of the statistics data that carry no name of their own in an address.
bool isPlaceholder(const QString& name)
{
    return name == u"市辖区" || name == u"县" || name.endsWith(u"直辖县级行政区划");
}

} // namespace

const DivisionRegistry& DivisionRegistry::instance()
{
    static const DivisionRegistry registry = [] {
        QFile file(QStringLiteral(":/data/divisions.csv"));
        if (!file.open(QIODevice::ReadOnly)) {
            qCWarning(lcApp) << "division data missing:" << file.fileName();
            return DivisionRegistry();
        }
        return fromCsv(file.readAll());
    }();
    return registry;
}

DivisionRegistry DivisionRegistry::fromCsv(const QByteArray& csv)
{
    DivisionRegistry r;
    const QList<QByteArray> lines = csv.split('\n');
    for (const QByteArray& raw : lines) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const qsizetype comma = line.indexOf(',');
        if (comma < 0)
            continue;
        const QString code = QString::fromLatin1(line.left(comma));
        if (!isSixDigits(code))
            continue;
        r.m_nodes[code].name = QString::fromUtf8(line.mid(comma + 1));
    }
    // Parents from the code structure: a county's prefecture (xxxx00) when it exists, else its province.
    QStringList codes = r.m_nodes.keys();
    std::sort(codes.begin(), codes.end());
    for (const QString& code : codes) {
        QString parent;
        if (code.endsWith(u"0000")) {
            r.m_provinces.append(code);
            continue;
        }
        const QString prefecture = code.left(4) + u"00";
        const QString province = code.left(2) + u"0000";
        if (!code.endsWith(u"00") && r.m_nodes.contains(prefecture))
            parent = prefecture;
        else if (r.m_nodes.contains(province))
            parent = province;
        r.m_nodes[code].parent = parent;
        if (!parent.isEmpty())
            r.m_nodes[parent].children.append(code);
    }
    return r;
}

bool DivisionRegistry::isKnown(const QString& code) const
{
    return m_nodes.contains(code);
}

QString DivisionRegistry::name(const QString& code) const
{
    const auto it = m_nodes.constFind(code);
    return it == m_nodes.cend() ? QString() : it->name;
}

QString DivisionRegistry::fullName(const QString& code, const QString& separator) const
{
    QStringList parts;
    for (QString c = code; !c.isEmpty();) {
        const auto it = m_nodes.constFind(c);
        if (it == m_nodes.cend())
            return {};
        if (!isPlaceholder(it->name))
            parts.prepend(it->name);
        c = it->parent;
    }
    return parts.join(separator);
}

QStringList DivisionRegistry::children(const QString& code) const
{
    if (code.isEmpty())
        return m_provinces;
    const auto it = m_nodes.constFind(code);
    return it == m_nodes.cend() ? QStringList() : it->children;
}

QString DivisionRegistry::province(const QString& code) const
{
    if (code.size() < 2)
        return {};
    const QString p = code.left(2) + u"0000";
    return m_nodes.contains(p) ? p : QString();
}

QString DivisionRegistry::parent(const QString& code) const
{
    const auto it = m_nodes.constFind(code);
    return it == m_nodes.cend() ? QString() : it->parent;
}

QString DivisionRegistry::nearestKnown(const QString& code) const
{
    if (!isSixDigits(code))
        return {};
    const QString candidates[] = {code, code.left(4) + u"00", code.left(2) + u"0000"};
    for (const QString& c : candidates) {
        if (m_nodes.contains(c))
            return c;
    }
    return {};
}

DivisionRegistry::Level DivisionRegistry::level(const QString& code) const
{
    if (!m_nodes.contains(code))
        return Level::Unknown;
    if (code.endsWith(u"0000"))
        return Level::Province;
    return code.endsWith(u"00") ? Level::Prefecture : Level::County;
}

} // namespace ow::validation
