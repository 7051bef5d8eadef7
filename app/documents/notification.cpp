#include "app/documents/notification.h"

#include "app/documents/docparts.h"
#include "app/documents/errors.h"

#include <QCoreApplication>

namespace ow::documents {

namespace {

void situationSection(
    HtmlBuilder& html, const catalog::BundleDef& bundle, const catalog::PlanInput& input, const DocLang& lang)
{
    html.heading(lang(u"您的办理情形", u"Your situation"));
    QList<QPair<QString, QString>> rows;
    for (const catalog::Question& q : bundle.questions) {
        const QJsonValue answer = input.answers.contains(q.id) ? input.answers.value(q.id) : q.defaultValue;
        rows.append({lang.text(q.text), lang.value(answer, q.options)});
    }
    rows.append({lang(u"是否代办", u"Applying for someone else"), lang.yesNo(input.proxy)});
    html.keyValues(rows, 50);
}

void itemsSection(
    HtmlBuilder& html, const catalog::Catalog& catalog, const catalog::Plan& plan, const DocLang& lang)
{
    html.heading(lang(u"办理事项", u"Items"));
    QList<QStringList> rows;
    int n = 0;
    for (const catalog::PlannedItem& pi : plan.items) {
        const catalog::ItemDef& item = *pi.item;
        QString name = lang.text(item.name);
        if (!lang.text(pi.reason).isEmpty())
            name += u'\n' + lang(u"适用：", u"Because: ") + lang.text(pi.reason);
        rows.append({QString::number(++n), name, parts::departmentName(catalog, item.department, lang),
            lang.workingDays(item.legalDays), lang.workingDays(item.promisedDays),
            lang.fee(item.feeAmount, item.feeNote)});
    }
    html.table({{lang(u"序号", u"No."), 7}, {lang(u"事项名称", u"Item"), 27},
                   {lang(u"承办部门", u"Department"), 16}, {lang(u"法定时限", u"Legal limit"), 14},
                   {lang(u"承诺时限", u"Promised"), 14}, {lang(u"收费", u"Fee"), 22}},
        rows);
    html.paragraph(lang(u"承诺办结时限：自受理之日起%1；合计收费：%2。",
        u"Promised completion: %1 from acceptance; total fee: %2.")
                       .arg(lang.workingDays(plan.promisedDays), lang.fee(plan.totalFee, {})));
}

QString remarks(const catalog::Catalog& catalog, const catalog::PlannedMaterial& pm, const DocLang& lang)
{
    QStringList out;
    if (!pm.producedBy.isEmpty()) {
        out << lang(
            u"由“%1”办理结果内部产生，无需提交", u"Issued by \"%1\" within this bundle; do not bring it")
                   .arg(parts::itemName(catalog, pm.producedBy, lang));
        return out.join(u'\n');
    }
    if (pm.material->key)
        out << lang(u"关键材料", u"Key material");
    if (pm.tolerable)
        out << lang(u"可容缺受理，承诺后补交", u"May be supplied later under a written commitment");
    if (!pm.material->verification.isEmpty())
        out << lang(u"可通过共享数据核验，免于提交", u"Can be verified from shared data instead");
    return out.join(u'\n');
}

void materialsSection(
    HtmlBuilder& html, const catalog::Catalog& catalog, const catalog::Plan& plan, const DocLang& lang)
{
    html.heading(lang(u"申请材料", u"Materials"));
    QList<QStringList> rows;
    int n = 0;
    int paperless = 0;
    for (const catalog::PlannedMaterial& pm : plan.materials) {
        const catalog::MaterialDef& m = *pm.material;
        QString name = lang.text(m.name);
        if (m.copies > 0)
            name += u'\n' + lang(u"（复印件%1份）", u"(%1 copies)").arg(m.copies);
        const bool produced = !pm.producedBy.isEmpty();
        if (produced)
            ++paperless;
        rows.append({QString::number(++n), name, produced ? QStringLiteral("—") : lang.text(m.obtainFrom),
            produced ? QStringLiteral("—") : parts::ways(m.ways, lang), parts::neededBy(catalog, pm, lang),
            remarks(catalog, pm, lang)});
    }
    html.table({{lang(u"序号", u"No."), 7}, {lang(u"材料名称", u"Material"), 17},
                   {lang(u"获取途径", u"Where to obtain it"), 16}, {lang(u"可接受方式", u"Accepted as"), 17},
                   {lang(u"用于事项", u"Needed for"), 27}, {lang(u"说明", u"Notes"), 16}},
        rows);
    html.paragraph(lang(u"共%1项材料，其中%2项由本件事内部产生，无需您提交。",
        u"%1 materials in all; %2 of them are issued within this bundle and need not be brought.")
                       .arg(plan.materials.size())
                       .arg(paperless));
}

} // namespace

Result<QByteArray> notificationPdf(const catalog::Catalog& catalog, const catalog::Plan& plan,
    const catalog::PlanInput& input, const DocumentOptions& options)
{
    if (!plan.bundle)
        return makeError(
            errc::kNoBundle, QCoreApplication::translate("ow::documents", "The plan names no bundle."));
    const DocLang lang(options.lang);
    const catalog::BundleDef& bundle = *plan.bundle;
    const QString docName = lang(u"一次告知单", u"One-time notification");

    HtmlBuilder html;
    html.title(
        lang.text(bundle.name) + (lang.isEnglish() ? QStringLiteral(" — ") : QStringLiteral(" ")) + docName,
        lang.text(catalog.hall().name));
    if (!lang.text(bundle.summary).isEmpty()) {
        html.heading(lang(u"事项简介", u"About this bundle"));
        html.paragraph(lang.text(bundle.summary));
    }
    QStringList departments;
    for (const QString& id : bundle.departments)
        departments << parts::departmentName(catalog, id, lang);
    if (!bundle.leadDepartment.isEmpty())
        html.paragraph(lang(u"牵头部门：%1；联办部门：%2。", u"Lead department: %1; together with: %2.")
                           .arg(parts::departmentName(catalog, bundle.leadDepartment, lang),
                               departments.join(lang.listSeparator())));
    situationSection(html, bundle, input, lang);
    itemsSection(html, catalog, plan, lang);
    materialsSection(html, catalog, plan, lang);
    parts::hallSection(html, catalog.hall(), lang);
    html.heading(lang(u"告知", u"Please note"));
    html.paragraph(
        lang(u"本单所列为您当前办理情形下需要的全部材料，窗口不会要求提交清单以外的材料；办理情形发生变化"
             u"的，以重新出具的告知单为准。",
            u"This list names every material your situation requires; the counter will not ask for "
            u"anything else. If your situation changes, a new notification replaces this one."));
    html.emphasis(lang(u"告知日期：%1", u"Date: %1").arg(lang.date(parts::issuedOn(options))));

    PdfRenderer renderer(lang);
    return renderer.render(html.html(), parts::frame(docName, bundle.code, catalog, lang));
}

Result<QByteArray> notificationPdf(const catalog::Catalog& catalog, const QString& bundleCode,
    const catalog::PlanInput& input, const DocumentOptions& options)
{
    auto plan = catalog::computePlan(catalog, bundleCode, input);
    if (!plan)
        return plan.error();
    return notificationPdf(catalog, *plan, input, options);
}

} // namespace ow::documents
