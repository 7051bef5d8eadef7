#include "app/documents/docparts.h"

#include "app/common/mask.h"

namespace ow::documents::parts {

QString itemName(const catalog::Catalog& catalog, const QString& code, const DocLang& lang)
{
    const catalog::ItemDef* item = catalog.item(code);
    return item ? lang.text(item->name) : code;
}

QString departmentName(const catalog::Catalog& catalog, const QString& id, const DocLang& lang)
{
    const catalog::Department* dept = catalog.department(id);
    return dept ? lang.text(dept->name) : id;
}

QString materialName(const catalog::Catalog& catalog, const QString& id, const DocLang& lang)
{
    const catalog::MaterialDef* material = catalog.material(id);
    return material ? lang.text(material->name) : id;
}

QString fieldLabel(const catalog::Catalog& catalog, const QString& id, const DocLang& lang)
{
    const catalog::FieldDef* field = catalog.field(id);
    return field ? lang.text(field->label) : id;
}

QString neededBy(const catalog::Catalog& catalog, const catalog::PlannedMaterial& pm, const DocLang& lang)
{
    QStringList lines;
    for (const catalog::MaterialNeed& need : pm.neededBy) {
        QString who;
        if (need.source == QStringLiteral("bundle"))
            who = lang(u"本件事通用", u"the whole bundle");
        else if (need.source == QStringLiteral("agent"))
            who = lang(u"代办", u"applying for someone else");
        else
            who = itemName(catalog, need.source, lang);
        const QString reason = lang.text(need.reason);
        if (!reason.isEmpty())
            who += lang(u"（%1）", u" (%1)").arg(reason);
        if (!lines.contains(who))
            lines << who;
    }
    return lines.join(u'\n');
}

QString ways(const QList<catalog::Way>& ways, const DocLang& lang)
{
    QStringList names;
    for (catalog::Way w : ways)
        names << lang.way(w);
    return names.join(lang.listSeparator());
}

void hallSection(HtmlBuilder& html, const catalog::HallInfo& hall, const DocLang& lang)
{
    html.heading(lang(u"办理地点", u"Where to apply"));
    QList<QPair<QString, QString>> rows;
    if (!hall.name.isEmpty())
        rows.append({lang(u"服务大厅", u"Service hall"), lang.text(hall.name)});
    if (!hall.address.isEmpty())
        rows.append({lang(u"地址", u"Address"), lang.text(hall.address)});
    if (!hall.hours.isEmpty())
        rows.append({lang(u"办公时间", u"Opening hours"), lang.text(hall.hours)});
    if (!hall.phone.isEmpty())
        rows.append({lang(u"咨询电话", u"Phone"), hall.phone});
    html.keyValues(rows);
}

namespace {

QString maskedName(const QString& name)
{
    return name.trimmed().isEmpty() ? QStringLiteral("—") : mask::name(name);
}

QString maskedId(const QString& id)
{
    return id.trimmed().isEmpty() ? QStringLiteral("—") : mask::idNumber(id);
}

// Who applies: the case's applicant fields, or for bundles whose form has none (新生儿出生: the parents) the
// person CaseData::applicantFieldIds() names, shown with the role's label.
struct Person
{
    QString name;
    QString idNumber;
    QString section; // "" for the applicant fields
};

Person applicantOf(const intake::CaseData& c)
{
    const auto [nameId, numberId] = c.applicantFieldIds();
    const QString section = nameId.section(u'.', 0, 0);
    return {c.fields.value(nameId).text(), c.fields.value(numberId).text(),
        section == QStringLiteral("applicant") ? QString() : section};
}

} // namespace

QList<QPair<QString, QString>> applicantRows(
    const catalog::Catalog& catalog, const intake::CaseData& c, const DocLang& lang)
{
    QList<QPair<QString, QString>> rows;
    if (c.applicantKind == QStringLiteral("enterprise")) {
        // An enterprise's name and credit code are public register data.
        rows.append({lang(u"申请单位", u"Applicant"), c.applicantName()});
        rows.append({lang(u"统一社会信用代码", u"Unified social credit code"), c.applicantIdNumber()});
    } else {
        const Person person = applicantOf(c);
        QString label = lang(u"申请人", u"Applicant");
        if (const catalog::Section* section = catalog.section(person.section))
            label += lang(u"（%1）", u" (%1)").arg(lang.text(section->label));
        rows.append({label, maskedName(person.name)});
        rows.append({lang(u"公民身份号码", u"ID number"), maskedId(person.idNumber)});
    }
    if (c.proxy) {
        rows.append(
            {lang(u"代办人", u"Agent"), maskedName(c.fields.value(QStringLiteral("agent.name")).text())});
        rows.append({lang(u"代办人身份号码", u"Agent's ID number"),
            maskedId(c.fields.value(QStringLiteral("agent.idNumber")).text())});
        const QJsonValue relation = c.fieldValue(QStringLiteral("agent.relation"));
        if (!relation.isUndefined() && !relation.isNull()) {
            const catalog::FieldDef* def = catalog.field(QStringLiteral("agent.relation"));
            rows.append({lang(u"与申请人关系", u"Relation to the applicant"),
                lang.value(relation, def ? def->options : QList<catalog::Option>())});
        }
    }
    return rows;
}

PageFrame frame(const QString& documentName, const QString& reference, const catalog::Catalog& catalog,
    const DocLang& lang)
{
    QString footer = lang.text(catalog.hall().name);
    if (!catalog.version().isEmpty())
        footer += (footer.isEmpty() ? QString() : QStringLiteral("  ·  "))
            + lang(u"服务目录版本 ", u"Catalog version ") + catalog.version();
    return {documentName, reference, footer};
}

QDate issuedOn(const DocumentOptions& options)
{
    return options.issuedOn.isValid() ? options.issuedOn : QDate::currentDate();
}

} // namespace ow::documents::parts
