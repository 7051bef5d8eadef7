#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace ow::validation {

// The administrative divisions (GB/T 2260 codes: province xx0000, prefecture xxxx00, county xxxxxx) from the
// embedded :/data/divisions.csv (statistics bureau codes 2023, see resources/data/README.md): provinces,
// prefecture-level units and county-level units, plus 710000/810000/820000. Immutable after construction, so
// safe to read from any thread.
class DivisionRegistry
{
public:
    enum class Level { Unknown, Province, Prefecture, County };

    // The registry over the embedded data, loaded on first use.
    static const DivisionRegistry& instance();
    // A registry over "code,name" lines ('#' starts a comment line); used by instance() and by tests.
    static DivisionRegistry fromCsv(const QByteArray& csv);

    bool isKnown(const QString& code) const;
    // "朝阳区" for "110105"; "" when unknown.
    QString name(const QString& code) const;
    // "北京市 朝阳区" for "110105": the names from the province down, skipping the 市辖区 and
    // 省直辖县级行政区划 placeholders; "" when unknown.
    QString fullName(const QString& code, const QString& separator = QStringLiteral(" ")) const;
    // Codes of the divisions directly below code, sorted; provinces() for an empty code.
    QStringList children(const QString& code) const;
    QStringList provinces() const { return m_provinces; }
    // The province code ("110000") of any six-digit code whose first two digits are a known province; "".
    QString province(const QString& code) const;
    // The code of the division directly above ("110100" for "110105", "" for a province or unknown code).
    QString parent(const QString& code) const;
    // The most precise known division for a code: the code itself, else its prefecture, else its province;
    // "" when even the province is unknown. (ID numbers keep abolished county codes.)
    QString nearestKnown(const QString& code) const;
    Level level(const QString& code) const;
    qsizetype size() const { return m_nodes.size(); }

private:
    struct Node
    {
        QString name;
        QString parent;
        QStringList children;
    };
    QHash<QString, Node> m_nodes;
    QStringList m_provinces;
};

} // namespace ow::validation
