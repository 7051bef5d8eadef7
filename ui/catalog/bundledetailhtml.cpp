#include "ui/catalog/bundledetailhtml.h"

#include "app/catalog/plan.h"
#include "ui/catalog/bundlelistmodel.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace ow::ui {
namespace {
// Translation context "ow::ui::BundleDetail" (a class, so that lupdate files the strings under it).
class BundleDetail
{
    Q_DECLARE_TR_FUNCTIONS(ow::ui::BundleDetail)
};

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString names(const catalog::Catalog& c, const QStringList& ids, bool items)
{
    QStringList out;
    for (const QString& id : ids) {
        if (items) {
            const catalog::ItemDef* i = c.item(id);
            out << (i ? i->name.text() : id);
        } else {
            const catalog::MaterialDef* m = c.material(id);
            out << (m ? m->name.text() : id);
        }
    }
    return esc(out.join(QStringLiteral("、")));
}

QString diffHtml(const catalog::Catalog& c, const catalog::PlanDiff& d)
{
    QStringList parts;
    if (!d.addedItems.isEmpty())
        parts << BundleDetail::tr("adds items: %1").arg(names(c, d.addedItems, true));
    if (!d.removedItems.isEmpty())
        parts << BundleDetail::tr("drops items: %1").arg(names(c, d.removedItems, true));
    if (!d.addedMaterials.isEmpty())
        parts << BundleDetail::tr("asks for: %1").arg(names(c, d.addedMaterials, false));
    if (!d.removedMaterials.isEmpty())
        parts << BundleDetail::tr("no longer needs: %1").arg(names(c, d.removedMaterials, false));
    if (!d.addedFields.isEmpty())
        parts << BundleDetail::tr("%n more form field(s)", nullptr, int(d.addedFields.size()));
    return parts.join(QStringLiteral("; "));
}

QString questionEffects(const catalog::Catalog& c, const catalog::BundleDef& b, const catalog::Plan& base)
{
    QString html;
    for (const catalog::Question& q : b.questions) {
        QList<QPair<QString, QJsonValue>> variants;
        if (q.type == QStringLiteral("boolean")) {
            variants = {{BundleDetail::tr("Yes"), true}, {BundleDetail::tr("No"), false}};
        } else if (q.type == QStringLiteral("choice")) {
            for (const catalog::Option& o : q.options)
                variants.append({o.label.text(), o.value});
        }
        QStringList lines;
        for (const auto& [label, value] : variants) {
            catalog::PlanInput in;
            in.answers.insert(q.id, value);
            auto plan = catalog::computePlan(c, b.code, in);
            if (!plan)
                continue;
            const QString effect = diffHtml(c, catalog::diffPlans(base, *plan));
            if (!effect.isEmpty())
                lines << QStringLiteral("<li><b>%1</b>: %2</li>").arg(esc(label), effect);
        }
        html += QStringLiteral("<p><b>%1</b></p>").arg(esc(q.text.text()));
        html += lines.isEmpty() ? QStringLiteral("<p style='margin-left:12px'>%1</p>")
                                      .arg(BundleDetail::tr("Changes nothing in the default plan."))
                                : QStringLiteral("<ul>%1</ul>").arg(lines.join(QString()));
    }
    return html;
}
} // namespace

QString bundleDetailHtml(const catalog::Catalog& c, const QString& bundleCode)
{
    const catalog::BundleDef* b = c.bundle(bundleCode);
    if (!b)
        return {};
    auto plan = catalog::computePlan(c, bundleCode, {});
    QString html;
    html += QStringLiteral("<h2>%1</h2>").arg(esc(b->name.text()));
    QString meta = BundleListModel::listTypeName(b->listType);
    if (!b->batch.isEmpty())
        meta += QStringLiteral(" · ") + BundleDetail::tr("batch %1").arg(esc(b->batch));
    meta += QStringLiteral(" · ") + BundleListModel::stageName(b->stage);
    meta += QStringLiteral(" · ")
        + (b->status == QStringLiteral("national") ? BundleDetail::tr("national list")
                                                   : BundleDetail::tr("example, not confirmed as national"));
    html += QStringLiteral("<p>%1</p>").arg(meta);
    if (!b->summary.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(b->summary.text()));
    QStringList depts;
    for (const QString& d : b->departments) {
        const catalog::Department* dep = c.department(d);
        depts << (dep ? dep->name.text() : d);
    }
    const catalog::Department* lead = c.department(b->leadDepartment);
    html += QStringLiteral("<p>%1 %2<br>%3 %4</p>")
                .arg(BundleDetail::tr("Lead department:"), esc(lead ? lead->name.text() : b->leadDepartment),
                    BundleDetail::tr("Departments:"), esc(depts.join(QStringLiteral("、"))));
    if (!plan) {
        html += QStringLiteral("<p style='color:#b00020'>%1</p>").arg(esc(plan.error().message));
        return html;
    }
    html += QStringLiteral("<h3>%1</h3><table border='1' cellspacing='0' cellpadding='4' width='100%'>")
                .arg(BundleDetail::tr("Items"));
    html += QStringLiteral("<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
                .arg(BundleDetail::tr("Item"), BundleDetail::tr("Department"),
                    BundleDetail::tr("Time limit (working days)"), BundleDetail::tr("Fee"));
    for (const catalog::ItemRef& ref : b->items) {
        const catalog::ItemDef* item = c.item(ref.code);
        if (!item)
            continue;
        const catalog::Department* dep = c.department(item->department);
        const bool conditional = !(ref.when.isNull() || ref.when.isUndefined());
        QString name = esc(item->name.text());
        if (conditional)
            name += QStringLiteral(" <i>(%1)</i>")
                        .arg(ref.reason.isEmpty() ? BundleDetail::tr("depends on the situation")
                                                  : esc(ref.reason.text()));
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3 / %4</td><td>%5</td></tr>")
                    .arg(name, esc(dep ? dep->name.text() : item->department))
                    .arg(BundleDetail::tr("legal %1").arg(item->legalDays),
                        BundleDetail::tr("promised %1").arg(item->promisedDays))
                    .arg(item->feeAmount > 0 ? BundleDetail::tr("%1 yuan").arg(item->feeAmount, 0, 'f', 2)
                                             : (item->feeNote.isEmpty() ? BundleDetail::tr("free")
                                                                        : esc(item->feeNote.text())));
    }
    html += QStringLiteral("</table>");
    html += QStringLiteral("<h3>%1</h3><ul>").arg(BundleDetail::tr("Materials (default situation)"));
    for (const catalog::PlannedMaterial& pm : plan->materials) {
        QString line = esc(pm.material->name.text());
        if (!pm.producedBy.isEmpty())
            line += QStringLiteral(" — ") + BundleDetail::tr("issued inside this bundle, nothing to bring");
        else if (!pm.material->obtainFrom.isEmpty())
            line += QStringLiteral(" — ") + esc(pm.material->obtainFrom.text());
        html += QStringLiteral("<li>%1</li>").arg(line);
    }
    html += QStringLiteral("</ul>");
    if (!b->questions.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3>").arg(BundleDetail::tr("How the situation changes it"));
        html += questionEffects(c, *b, *plan);
    }
    return html;
}

} // namespace ow::ui
