#include "app/documents/receipt.h"

#include "app/documents/docparts.h"
#include "app/documents/errors.h"

#include <QCoreApplication>

namespace ow::documents {

namespace {

constexpr qreal kQrSideMm = 30;

// Sources that vouch for a value, as opposed to the applicant's earlier cases or a computation.
bool isAuthoritative(const QString& source)
{
    const QString kind = source.section(u':', 0, 0);
    return !kind.isEmpty() && kind != QStringLiteral("history") && kind != QStringLiteral("derived");
}

void banner(
    HtmlBuilder& html, const catalog::BundleDef& bundle, const intake::CaseData& c, const DocLang& lang)
{
    const QString left
        = QStringLiteral(
            "<p style=\"font-size:17pt; font-weight:bold; margin-top:0px; margin-bottom:%1px;\">%2</p>"
            "<p style=\"margin-top:0px; margin-bottom:%3px;\">%4</p>"
            "<p style=\"font-size:9pt; color:#444444; margin-top:0px; margin-bottom:0px;\">%5</p>"
            "<p style=\"font-size:22pt; font-weight:bold; margin-top:0px; margin-bottom:0px;\">%6</p>")
              .arg(html.px(2), HtmlBuilder::escape(lang(u"受理回执", u"Acceptance receipt")), html.px(3),
                  HtmlBuilder::escape(lang.text(bundle.name)),
                  HtmlBuilder::escape(lang(u"受理编号", u"Case number")), HtmlBuilder::escape(c.caseNumber));
    const QString right
        = QStringLiteral("<p align=\"center\" style=\"margin:0px;\">%1</p>"
                         "<p align=\"center\" style=\"font-size:8pt; color:#444444; margin:0px;\">%2</p>")
              .arg(HtmlBuilder::qrPlaceholder(),
                  HtmlBuilder::escape(lang(u"扫码查询办理进度", u"Scan to follow the case")));
    html.raw(QStringLiteral(
        "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" border=\"0\"><tr>"
        "<td width=\"76%\" valign=\"bottom\">%1</td><td width=\"24%\" valign=\"top\">%2</td></tr></table>")
                 .arg(left, right));
}

void itemsSection(
    HtmlBuilder& html, const catalog::Catalog& catalog, const catalog::Plan& plan, const DocLang& lang)
{
    html.heading(lang(u"受理事项", u"Items accepted"));
    QList<QStringList> rows;
    int n = 0;
    for (const catalog::PlannedItem& pi : plan.items)
        rows.append({QString::number(++n), lang.text(pi.item->name),
            parts::departmentName(catalog, pi.item->department, lang),
            lang.workingDays(pi.item->promisedDays)});
    html.table({{lang(u"序号", u"No."), 7}, {lang(u"事项名称", u"Item"), 48},
                   {lang(u"承办部门", u"Department"), 27}, {lang(u"承诺时限", u"Promised"), 18}},
        rows);
}

QString receivedNote(const catalog::Catalog& catalog, const catalog::PlannedMaterial& pm,
    const intake::MaterialStatus& s, const DocLang& lang)
{
    QStringList out;
    if (s.state == intake::MaterialState::Produced && !pm.producedBy.isEmpty())
        out << lang(u"由“%1”办理结果提供", u"from the result of \"%1\"")
                   .arg(parts::itemName(catalog, pm.producedBy, lang));
    if (s.state == intake::MaterialState::Tolerated)
        out << lang(u"承诺于%1前补交", u"to be supplied by %1").arg(lang.date(s.dueDate));
    if (!s.attachments.isEmpty())
        out << lang(u"已扫描%1份", u"%1 scan(s) on file").arg(s.attachments.size());
    if (!s.evidence.isEmpty())
        out << lang(u"核验凭证：%1", u"verification ref.: %1").arg(s.evidence);
    if (!s.note.isEmpty())
        out << s.note;
    return out.join(u'\n');
}

void materialsSection(HtmlBuilder& html, const catalog::Catalog& catalog, const catalog::Plan& plan,
    const intake::CaseData& c, const DocLang& lang)
{
    html.heading(lang(u"材料接收情况", u"Materials received"));
    QList<QStringList> rows;
    int n = 0;
    for (const catalog::PlannedMaterial& pm : plan.materials) {
        const intake::MaterialStatus s = c.materials.value(pm.material->id);
        rows.append({QString::number(++n), lang.text(pm.material->name), lang.materialState(s.state),
            receivedNote(catalog, pm, s, lang)});
    }
    html.table({{lang(u"序号", u"No."), 7}, {lang(u"材料名称", u"Material"), 35},
                   {lang(u"接收方式", u"Received as"), 25}, {lang(u"备注", u"Notes"), 33}},
        rows);
}

void toleranceSection(
    HtmlBuilder& html, const catalog::Catalog& catalog, const intake::CaseData& c, const DocLang& lang)
{
    QList<QStringList> rows;
    for (auto it = c.materials.constBegin(); it != c.materials.constEnd(); ++it) {
        if (it->state == intake::MaterialState::Tolerated)
            rows.append({parts::materialName(catalog, it.key(), lang), lang.date(it->dueDate)});
    }
    if (rows.isEmpty())
        return;
    html.heading(lang(u"容缺受理承诺", u"Materials to be supplied later (容缺受理)"));
    html.paragraph(lang(u"申请人已书面承诺在下列期限前补交材料；材料补齐前，相关事项的办理结果暂不发放。",
        u"The applicant has promised in writing to supply these materials by the dates below; "
        u"results that depend on them are held until they arrive."));
    html.table({{lang(u"材料名称", u"Material"), 60}, {lang(u"补交期限", u"Due by"), 40}}, rows);
}

void factsSection(HtmlBuilder& html, const QList<VerifiedFact>& facts, const DocLang& lang)
{
    if (facts.isEmpty())
        return;
    html.heading(lang(u"已核验信息及来源", u"Facts verified and their sources"));
    html.note(lang(u"以下信息由权威来源提供或经核验，申请人无需另行提交证明。",
        u"These facts were supplied or confirmed by the sources named; no paper proof was needed."));
    QList<QStringList> rows;
    for (const VerifiedFact& f : facts)
        rows.append({f.label, f.source, lang.dateTime(f.obtainedAt), f.evidence});
    html.table({{lang(u"信息项", u"Fact"), 24}, {lang(u"来源", u"Source"), 26},
                   {lang(u"获取时间", u"Obtained"), 26}, {lang(u"凭证编号", u"Evidence"), 24}},
        rows);
}

} // namespace

QList<VerifiedFact> verifiedFacts(const catalog::Catalog& catalog, const catalog::Plan& plan,
    const intake::CaseData& c, const QString& langCode)
{
    const DocLang lang(langCode);
    QList<VerifiedFact> facts;
    auto addField = [&](const QString& id, const intake::FieldValue& v) {
        if (v.isEmpty() || v.origin == intake::FieldOrigin::Typed
            || v.origin == intake::FieldOrigin::PrefilledChanged || !isAuthoritative(v.source))
            return;
        facts.append(
            {id, parts::fieldLabel(catalog, id, lang), lang.source(v.source), v.obtainedAt, v.evidence});
    };
    // Form order first, then any other field of the case.
    QSet<QString> seen;
    for (const catalog::PlannedField& pf : plan.fields) {
        seen.insert(pf.field->id);
        addField(pf.field->id, c.fields.value(pf.field->id));
    }
    for (auto it = c.fields.constBegin(); it != c.fields.constEnd(); ++it) {
        if (!seen.contains(it.key()))
            addField(it.key(), *it);
    }
    for (const catalog::PlannedMaterial& pm : plan.materials) {
        const intake::MaterialStatus s = c.materials.value(pm.material->id);
        if (s.state != intake::MaterialState::Verified)
            continue;
        const QString kind = pm.material->verification.isEmpty()
            ? QStringLiteral("verification")
            : QStringLiteral("verification:") + pm.material->verification;
        facts.append({pm.material->id, lang.text(pm.material->name), lang.source(kind), {}, s.evidence});
    }
    return facts;
}

Result<QByteArray> receiptPdf(const catalog::Catalog& catalog, const catalog::Plan& plan,
    const intake::CaseData& c, const DocumentOptions& options)
{
    if (!plan.bundle)
        return makeError(
            errc::kNoBundle, QCoreApplication::translate("ow::documents", "The plan names no bundle."));
    if (c.caseNumber.isEmpty())
        return makeError(errc::kNotAccepted,
            QCoreApplication::translate(
                "ow::documents", "A receipt can only be printed for an accepted case."));
    auto qr = QrCode::encode(QrCode::casePayload(c.caseNumber), QrCode::Level::M);
    if (!qr)
        return qr.error();
    const DocLang lang(options.lang);
    const QString docName = lang(u"受理回执", u"Acceptance receipt");

    HtmlBuilder html;
    banner(html, *plan.bundle, c, lang);
    html.heading(lang(u"申请信息", u"Application"));
    QList<QPair<QString, QString>> rows = parts::applicantRows(catalog, c, lang);
    rows.append({lang(u"受理时间", u"Accepted at"), lang.dateTime(c.acceptedAt)});
    const int days = c.acceptedAt.isValid() && c.promisedDate.isValid()
        ? catalog.calendar().workingDaysBetween(c.acceptedAt.date(), c.promisedDate)
        : plan.promisedDays;
    rows.append({lang(u"承诺办结日期", u"Promised completion"),
        lang(u"%1（%2）", u"%1 (%2)").arg(lang.date(c.promisedDate), lang.workingDays(days))});
    QString counter = lang.text(catalog.hall().name);
    if (c.counter > 0)
        counter += lang(u" %1号窗口", u", counter %1").arg(c.counter);
    rows.append({lang(u"受理窗口", u"Counter"), counter});
    if (!c.staff.isEmpty())
        rows.append({lang(u"受理人", u"Accepted by"), c.staff});
    html.keyValues(rows);

    itemsSection(html, catalog, plan, lang);
    materialsSection(html, catalog, plan, c, lang);
    toleranceSection(html, catalog, c, lang);
    factsSection(html, verifiedFacts(catalog, plan, c, lang.code()), lang);
    parts::hallSection(html, catalog.hall(), lang);
    html.heading(lang(u"进度查询", u"Following your case"));
    html.paragraph(
        lang(u"请妥善保管本回执。扫描右上角二维码，或凭受理编号到窗口或致电咨询电话查询办理进度。本回执仅证明"
             u"申请已受理，不作为办理结果凭证。",
            u"Keep this receipt. Scan the QR code at the top, or quote the case number at the counter "
            u"or by phone, to follow the case. This receipt confirms acceptance only; it is not the "
            u"result."));
    html.emphasis(lang(u"出具日期：%1", u"Date: %1").arg(lang.date(parts::issuedOn(options))));

    PdfRenderer renderer(lang);
    renderer.setQrCode(*qr, kQrSideMm);
    return renderer.render(html.html(), parts::frame(docName, c.caseNumber, catalog, lang));
}

} // namespace ow::documents
