// Lint of the JsonLogic rules: each `when`/`rule` must validate, read only variables that a question or a
// field defines, and every guidance question must be read by some rule of its bundle.
#include "app/catalog/lintcontext.h"
#include "app/rules/jsonlogic.h"

#include <QCoreApplication>
#include <QSet>

namespace ow::catalog::detail {

namespace {

struct RuleSite
{
    QJsonValue rule;
    QString pointer;
    QList<const BundleDef*> bundles; // bundles whose questions the rule may read
};

QList<RuleSite> ruleSites(const Catalog& c)
{
    QHash<QString, QList<const BundleDef*>> bundlesOfItem;
    for (const BundleDef& b : c.bundles()) {
        for (const ItemRef& r : b.items)
            bundlesOfItem[r.code].append(&b);
    }
    QList<RuleSite> sites;
    auto add = [&](const QJsonValue& rule, const QString& pointer, const QList<const BundleDef*>& bundles) {
        if (!rule.isUndefined() && !rule.isNull())
            sites.append({rule, pointer, bundles});
    };
    auto refs = [&](const auto& list, const QString& pointer, const QList<const BundleDef*>& bundles) {
        for (qsizetype j = 0; j < list.size(); ++j)
            add(list.at(j).when, pointerChild(pointerChild(pointer, j), QStringLiteral("when")), bundles);
    };
    for (qsizetype i = 0; i < c.items().size(); ++i) {
        const ItemDef& item = c.items().at(i);
        const QString p = pointerChild(QStringLiteral("/items"), i);
        const QList<const BundleDef*> bundles = bundlesOfItem.value(item.code);
        refs(item.fields, pointerChild(p, QStringLiteral("fields")), bundles);
        refs(item.materials, pointerChild(p, QStringLiteral("materials")), bundles);
    }
    for (qsizetype i = 0; i < c.bundles().size(); ++i) {
        const BundleDef& b = c.bundles().at(i);
        const QString p = pointerChild(QStringLiteral("/bundles"), i);
        const QString agent = pointerChild(p, QStringLiteral("agent"));
        refs(b.items, pointerChild(p, QStringLiteral("items")), {&b});
        refs(b.materials, pointerChild(p, QStringLiteral("materials")), {&b});
        refs(b.fields, pointerChild(p, QStringLiteral("fields")), {&b});
        refs(b.agentMaterials, pointerChild(agent, QStringLiteral("materials")), {&b});
        refs(b.agentFields, pointerChild(agent, QStringLiteral("fields")), {&b});
        for (qsizetype j = 0; j < b.derived.size(); ++j)
            add(b.derived.at(j).rule,
                pointerChild(
                    pointerChild(pointerChild(p, QStringLiteral("derived")), j), QStringLiteral("rule")),
                {&b});
    }
    return sites;
}

bool hasQuestion(const BundleDef& b, const QString& id)
{
    return std::any_of(b.questions.begin(), b.questions.end(), [&](const Question& q) { return q.id == id; });
}

bool isFieldPath(const Catalog& c, const QString& path)
{
    const QStringList parts = path.split(u'.');
    for (qsizetype k = 1; k <= parts.size(); ++k) {
        if (c.field(parts.mid(0, k).join(u'.')))
            return true;
    }
    return false;
}

} // namespace

void lintRules(const LintContext& ctx)
{
    const Catalog& c = ctx.catalog;
    static const QStringList roots {QStringLiteral("answers"), QStringLiteral("proxy"),
        QStringLiteral("applicantKind"), QStringLiteral("fields"), QStringLiteral("today")};
    QSet<QString> used; // "BUNDLE/questionId"; "BUNDLE/*" when a rule reads all answers
    for (const RuleSite& site : ruleSites(c)) {
        auto valid = rules::Evaluator::validate(site.rule);
        if (!valid) {
            const QString inner = valid.error().where.startsWith(u'/') ? valid.error().where : QString();
            ctx.error(QStringLiteral("invalidRule"),
                QCoreApplication::translate("ow::catalog", "Invalid rule: %1").arg(valid.error().message),
                site.pointer + inner);
            continue;
        }
        for (const QString& var : rules::Evaluator::variables(site.rule)) {
            if (var.isEmpty())
                continue;
            const QString root = var.section(u'.', 0, 0);
            const QString rest = var.section(u'.', 1);
            if (!roots.contains(root)) {
                ctx.error(QStringLiteral("unknownVariable"),
                    QCoreApplication::translate("ow::catalog",
                        "The rule reads \"%1\"; rule data has only answers, proxy, applicantKind, fields and "
                        "today.")
                        .arg(var),
                    site.pointer);
            } else if (root == QStringLiteral("answers")) {
                const QString question = rest.section(u'.', 0, 0);
                bool defined = question.isEmpty();
                for (const BundleDef* b : site.bundles) {
                    used.insert(b->code + u'/' + (question.isEmpty() ? QStringLiteral("*") : question));
                    defined = defined || hasQuestion(*b, question);
                }
                if (site.bundles.isEmpty())
                    defined = defined
                        || std::any_of(c.bundles().begin(), c.bundles().end(),
                            [&](const BundleDef& b) { return hasQuestion(b, question); });
                if (!defined)
                    ctx.error(QStringLiteral("unknownVariable"),
                        QCoreApplication::translate("ow::catalog",
                            "The rule reads \"%1\" but no bundle using it asks question \"%2\".")
                            .arg(var, question),
                        site.pointer);
            } else if (root == QStringLiteral("fields") && !rest.isEmpty() && !isFieldPath(c, rest)) {
                ctx.error(QStringLiteral("unknownVariable"),
                    QCoreApplication::translate(
                        "ow::catalog", "The rule reads \"%1\" but there is no field \"%2\" in fields.json.")
                        .arg(var, rest),
                    site.pointer);
            }
        }
    }
    for (qsizetype i = 0; i < c.bundles().size(); ++i) {
        const BundleDef& b = c.bundles().at(i);
        if (used.contains(b.code + QStringLiteral("/*")))
            continue;
        for (qsizetype j = 0; j < b.questions.size(); ++j) {
            const Question& q = b.questions.at(j);
            if (!used.contains(b.code + u'/' + q.id))
                ctx.error(QStringLiteral("unusedQuestion"),
                    QCoreApplication::translate("ow::catalog",
                        "No rule reads question \"%1\" of bundle %2; the clerk would ask it for nothing.")
                        .arg(q.id, b.code),
                    pointerChild(pointerChild(pointerChild(QStringLiteral("/bundles"), i),
                                     QStringLiteral("questions")),
                        j));
        }
    }
}

} // namespace ow::catalog::detail
