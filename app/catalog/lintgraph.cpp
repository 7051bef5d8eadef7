// Lint of the item dependency graph: "dependsOn" (item → the items whose output it needs) and bundle
// "feeds" (to → from) must not form a cycle, or no item could ever start.
#include "app/catalog/lintcontext.h"

#include <QCoreApplication>
#include <QSet>

namespace ow::catalog::detail {

namespace {

struct Edge
{
    QString to;
    QString pointer;
};

class CycleFinder
{
public:
    CycleFinder(const LintContext& ctx, const QHash<QString, QList<Edge>>& edges)
        : m_ctx(ctx)
        , m_edges(edges)
    { }

    void run(const QStringList& nodes)
    {
        for (const QString& n : nodes) {
            if (!m_done.contains(n))
                visit(n);
        }
    }

private:
    void visit(const QString& node)
    {
        m_path.append(node);
        m_onPath.insert(node);
        for (const Edge& e : m_edges.value(node)) {
            if (m_onPath.contains(e.to))
                report(e);
            else if (!m_done.contains(e.to))
                visit(e.to);
        }
        m_onPath.remove(node);
        m_path.removeLast();
        m_done.insert(node);
    }

    void report(const Edge& closing)
    {
        QStringList cycle = m_path.mid(m_path.indexOf(closing.to));
        // The same cycle found from another node is reported once.
        QStringList key = cycle;
        std::sort(key.begin(), key.end());
        if (m_reported.contains(key.join(u',')))
            return;
        m_reported.insert(key.join(u','));
        cycle.append(closing.to);
        m_ctx.error(QStringLiteral("dependencyCycle"),
            QCoreApplication::translate("ow::catalog", "Item dependencies form a cycle: %1.")
                .arg(cycle.join(QStringLiteral(" → "))),
            closing.pointer);
    }

    const LintContext& m_ctx;
    const QHash<QString, QList<Edge>>& m_edges;
    QStringList m_path;
    QSet<QString> m_onPath;
    QSet<QString> m_done;
    QSet<QString> m_reported;
};

} // namespace

void lintCycles(const LintContext& ctx)
{
    const Catalog& c = ctx.catalog;
    QHash<QString, QList<Edge>> edges;
    QStringList nodes;
    for (qsizetype i = 0; i < c.items().size(); ++i) {
        const ItemDef& item = c.items().at(i);
        nodes << item.code;
        const QString p
            = pointerChild(pointerChild(QStringLiteral("/items"), i), QStringLiteral("dependsOn"));
        for (qsizetype j = 0; j < item.dependsOn.size(); ++j) {
            if (c.item(item.dependsOn.at(j)))
                edges[item.code].append({item.dependsOn.at(j), pointerChild(p, j)});
        }
    }
    for (qsizetype i = 0; i < c.bundles().size(); ++i) {
        const BundleDef& b = c.bundles().at(i);
        const QString p = pointerChild(pointerChild(QStringLiteral("/bundles"), i), QStringLiteral("feeds"));
        for (qsizetype j = 0; j < b.feeds.size(); ++j) {
            const Feed& f = b.feeds.at(j);
            if (c.item(f.from) && c.item(f.to))
                edges[f.to].append({f.from, pointerChild(p, j)});
        }
    }
    CycleFinder(ctx, edges).run(nodes);
}

} // namespace ow::catalog::detail
