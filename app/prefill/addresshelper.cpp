#include "app/prefill/addresshelper.h"

#include "app/validation/divisions.h"

namespace ow::prefill {
namespace {

bool isPlaceholder(const QString& name)
{
    return name == u"市辖区" || name == u"县" || name.endsWith(u"直辖县级行政区划");
}

// The forms of a name an address may use: "内蒙古自治区" also as "内蒙古", "河北省" as "河北".
QStringList nameForms(const QString& name, bool province)
{
    QStringList forms {name};
    if (!province)
        return forms;
    static const QStringList suffixes {QStringLiteral("维吾尔自治区"), QStringLiteral("壮族自治区"),
        QStringLiteral("回族自治区"), QStringLiteral("自治区"), QStringLiteral("特别行政区"),
        QStringLiteral("省"), QStringLiteral("市")};
    for (const QString& s : suffixes) {
        if (name.endsWith(s) && name.size() > s.size() + 1) {
            forms << name.chopped(s.size());
            break;
        }
    }
    return forms;
}

} // namespace

QJsonObject AddressHelper::Parsed::toValue() const
{
    return QJsonObject {{QStringLiteral("division"), division}, {QStringLiteral("detail"), detail}};
}

AddressHelper::AddressHelper()
    : m_registry(validation::DivisionRegistry::instance())
{ }

AddressHelper::AddressHelper(const validation::DivisionRegistry& registry)
    : m_registry(registry)
{ }

QString AddressHelper::displayName(const QString& code) const
{
    const QString n = m_registry.name(code);
    if (isPlaceholder(n)) {
        const QString parent = m_registry.parent(code);
        return n == u"市辖区" && !parent.isEmpty() ? m_registry.name(parent) : n;
    }
    return n;
}

QList<AddressHelper::Division> AddressHelper::provinces() const
{
    QList<Division> out;
    const QStringList codes = m_registry.provinces();
    for (const QString& c : codes)
        out.append({c, m_registry.name(c)});
    return out;
}

QList<AddressHelper::Division> AddressHelper::children(const QString& code) const
{
    QList<Division> out;
    const QStringList codes = m_registry.children(code);
    for (const QString& c : codes)
        out.append({c, displayName(c)});
    return out;
}

QStringList AddressHelper::path(const QString& code) const
{
    QStringList out;
    if (!m_registry.isKnown(code))
        return out;
    for (QString c = code; !c.isEmpty(); c = m_registry.parent(c))
        out.prepend(c);
    return out;
}

QString AddressHelper::divisionName(const QString& code) const
{
    return m_registry.fullName(code);
}

QString AddressHelper::format(const QJsonObject& address) const
{
    const QString division = divisionName(address.value(QStringLiteral("division")).toString());
    const QString detail = address.value(QStringLiteral("detail")).toString().trimmed();
    if (division.isEmpty())
        return detail;
    return detail.isEmpty() ? division : division + u' ' + detail;
}

AddressHelper::Parsed AddressHelper::parse(const QString& text, const QString& hint) const
{
    Parsed out;
    QString rest = text.trimmed();
    rest.remove(u' ');
    rest.remove(QChar(0x3000));
    QString current; // the division matched so far ("" = above the provinces)
    bool atProvince = true;
    for (int depth = 0; depth < 3 && !rest.isEmpty(); ++depth) {
        // Candidates at this level; placeholder levels contribute their children.
        QStringList level = atProvince ? m_registry.provinces() : m_registry.children(current);
        QStringList expanded;
        for (const QString& c : std::as_const(level)) {
            if (isPlaceholder(m_registry.name(c)))
                expanded << m_registry.children(c);
            else
                expanded << c;
        }
        QString best;
        qsizetype bestLength = 0;
        for (const QString& c : std::as_const(expanded)) {
            const QStringList forms = nameForms(m_registry.name(c), atProvince);
            for (const QString& form : forms) {
                if (form.isEmpty() || !rest.startsWith(form))
                    continue;
                const bool better
                    = form.size() > bestLength || (form.size() == bestLength && !hint.isEmpty() && c == hint);
                if (better) {
                    best = c;
                    bestLength = form.size();
                }
            }
        }
        if (best.isEmpty())
            break;
        current = best;
        rest = rest.mid(bestLength);
        atProvince = false;
        // A municipality's own name repeated ("北京市北京市朝阳区") or its 市辖区 written out.
        if (rest.startsWith(u"市辖区"))
            rest = rest.mid(3);
    }
    out.division = current;
    out.detail = rest;
    return out;
}

} // namespace ow::prefill
