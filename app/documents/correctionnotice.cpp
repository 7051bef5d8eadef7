#include "app/documents/correctionnotice.h"

#include "app/documents/docparts.h"
#include "app/documents/errors.h"

#include <QCoreApplication>

namespace ow::documents {

namespace {

using Kind = intake::Problem::Kind;

// The validator's reason without the field label it starts with ("母亲公民身份号码: 校验位错误" →
// "校验位错误").
QString reasonOf(const catalog::Catalog& catalog, const intake::Problem& p)
{
    QString message = p.message.trimmed();
    if (const catalog::FieldDef* def = catalog.field(p.id)) {
        for (const QString& label : {def->label.zh, def->label.en}) {
            if (label.isEmpty() || !message.startsWith(label))
                continue;
            message = message.mid(label.size());
            while (!message.isEmpty()
                && (message.front() == u':' || message.front() == u'：' || message.front().isSpace()))
                message.remove(0, 1);
            break;
        }
    }
    return message;
}

QString sectionLabel(const catalog::Catalog& catalog, const QString& fieldId, const DocLang& lang)
{
    const catalog::FieldDef* def = catalog.field(fieldId);
    const catalog::Section* section = def ? catalog.section(def->section) : nullptr;
    return section ? lang.text(section->label) : QString();
}

void caseBlock(HtmlBuilder& html, const catalog::Catalog& catalog, const intake::CaseData& c,
    const DocLang& lang, const QDate& issued)
{
    QList<QPair<QString, QString>> rows;
    if (!c.caseNumber.isEmpty())
        rows.append({lang(u"受理编号", u"Case number"), c.caseNumber});
    else
        rows.append({lang(u"申请编号", u"Application"), c.uuid.left(8).toUpper()});
    rows.append(parts::applicantRows(catalog, c, lang));
    rows.append({lang(u"出具日期", u"Date"), lang.date(issued)});
    html.keyValues(rows);
}

} // namespace

Result<QByteArray> correctionNoticePdf(const catalog::Catalog& catalog, const catalog::Plan& plan,
    const intake::CaseData& c, const QList<intake::Problem>& problems, const DocumentOptions& options,
    const QDate& deadline)
{
    if (!plan.bundle)
        return makeError(
            errc::kNoBundle, QCoreApplication::translate("ow::documents", "The plan names no bundle."));
    if (problems.isEmpty())
        return makeError(errc::kNothingToCorrect,
            QCoreApplication::translate("ow::documents",
                "The case has nothing to correct: every field and material "
                "is in order."));
    const DocLang lang(options.lang);
    const QDate issued = parts::issuedOn(options);
    const QDate due
        = deadline.isValid() ? deadline : catalog.calendar().addWorkingDays(issued, kDefaultCorrectionDays);
    const QString docName = lang(u"补正告知书", u"Correction notice");

    QList<QStringList> missingFields, invalidFields, missingMaterials, undated;
    for (const intake::Problem& p : problems) {
        switch (p.kind) {
        case Kind::MissingField:
            missingFields.append({QString::number(missingFields.size() + 1),
                parts::fieldLabel(catalog, p.id, lang), sectionLabel(catalog, p.id, lang)});
            break;
        case Kind::InvalidField:
            invalidFields.append({QString::number(invalidFields.size() + 1),
                parts::fieldLabel(catalog, p.id, lang), reasonOf(catalog, p)});
            break;
        case Kind::MissingMaterial: {
            const catalog::MaterialDef* m = catalog.material(p.id);
            // Marked 容缺 although the bundle does not allow it for this (key) material.
            const catalog::PlannedMaterial* planned = plan.material(p.id);
            const bool keyTolerated = c.materials.value(p.id).state == intake::MaterialState::Tolerated
                && (!planned || !planned->tolerable);
            const QString problem = keyTolerated
                ? lang(u"关键材料，不能容缺，须提交", u"key material: cannot be supplied later")
                : lang(u"未提交", u"not received");
            missingMaterials.append({QString::number(missingMaterials.size() + 1),
                parts::materialName(catalog, p.id, lang), m ? lang.text(m->obtainFrom) : QString(),
                m ? parts::ways(m->ways, lang) : QString(), problem});
            break;
        }
        case Kind::ToleranceWithoutDueDate:
            undated.append({QString::number(undated.size() + 1), parts::materialName(catalog, p.id, lang)});
            break;
        }
    }

    HtmlBuilder html;
    html.title(docName, lang.text(plan.bundle->name));
    caseBlock(html, catalog, c, lang, issued);
    html.paragraph(lang(u"您申请办理的“%1”，经审查，尚需补正以下内容：",
        u"Your application for \"%1\" was reviewed; the following must be corrected:")
                       .arg(lang.text(plan.bundle->name)));
    const QStringList numbers = lang.isEnglish()
        ? QStringList {QStringLiteral("1."), QStringLiteral("2."), QStringLiteral("3."), QStringLiteral("4.")}
        : QStringList {
            QStringLiteral("一、"), QStringLiteral("二、"), QStringLiteral("三、"), QStringLiteral("四、")};
    int section = 0;
    auto sectionHeading = [&](const QString& text) {
        html.heading(numbers.value(section++) + (lang.isEnglish() ? QStringLiteral(" ") : QString()) + text);
    };
    if (!missingFields.isEmpty()) {
        sectionHeading(lang(u"需补充填写的信息", u"Information still missing"));
        html.table({{lang(u"序号", u"No."), 8}, {lang(u"信息项", u"Field"), 56},
                       {lang(u"所属部分", u"Section"), 36}},
            missingFields);
    }
    if (!invalidFields.isEmpty()) {
        sectionHeading(lang(u"填写有误的信息", u"Information that is wrong"));
        html.table({{lang(u"序号", u"No."), 8}, {lang(u"信息项", u"Field"), 36},
                       {lang(u"问题说明", u"What is wrong"), 56}},
            invalidFields);
    }
    if (!missingMaterials.isEmpty()) {
        sectionHeading(lang(u"需补交的材料", u"Materials still needed"));
        html.table({{lang(u"序号", u"No."), 7}, {lang(u"材料名称", u"Material"), 25},
                       {lang(u"获取途径", u"Where to obtain it"), 24},
                       {lang(u"可接受方式", u"Accepted as"), 24}, {lang(u"问题", u"Problem"), 20}},
            missingMaterials);
    }
    if (!undated.isEmpty()) {
        sectionHeading(lang(u"容缺材料须约定补交日期", u"Materials supplied later need a due date"));
        html.table({{lang(u"序号", u"No."), 8}, {lang(u"材料名称", u"Material"), 92}}, undated);
    }
    html.heading(lang(u"补正期限", u"Deadline"));
    const int days = catalog.calendar().workingDaysBetween(issued, due);
    html.emphasis(lang(u"请于%1前（%2内）补正上述内容。", u"Please correct the above by %1 (within %2).")
                      .arg(lang.date(due), lang.workingDays(days)));
    html.paragraph(lang(u"补正齐全后，窗口将当场受理；如有疑问，请携带本告知书到窗口或致电咨询。",
        u"Once everything is complete the counter accepts the application at once; bring this "
        u"notice with you, or call, if anything is unclear."));
    parts::hallSection(html, catalog.hall(), lang);

    PdfRenderer renderer(lang);
    const QString reference = c.caseNumber.isEmpty() ? plan.bundle->code : c.caseNumber;
    return renderer.render(html.html(), parts::frame(docName, reference, catalog, lang));
}

} // namespace ow::documents
