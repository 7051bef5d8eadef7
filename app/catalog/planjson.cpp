// Plan::toJson (what `catalog show` prints and the server returns) and diffPlans.
#include "app/catalog/plan.h"

#include <QJsonArray>

namespace ow::catalog {

namespace {

QJsonObject department(const Catalog* catalog, const QString& id, const QString& lang)
{
    const Department* d = catalog ? catalog->department(id) : nullptr;
    return QJsonObject {{QStringLiteral("id"), id}, {QStringLiteral("name"), d ? d->name.get(lang) : id}};
}

QJsonObject bundleJson(const Plan& plan, const QString& lang)
{
    const BundleDef& b = *plan.bundle;
    QJsonArray departments;
    for (const QString& d : b.departments)
        departments.append(department(plan.catalog, d, lang));
    return QJsonObject {
        {QStringLiteral("code"), b.code},
        {QStringLiteral("name"), b.name.get(lang)},
        {QStringLiteral("listType"), b.listType},
        {QStringLiteral("batch"), b.batch},
        {QStringLiteral("status"), b.status},
        {QStringLiteral("subjectKind"), b.subjectKind},
        {QStringLiteral("stage"), b.stage},
        {QStringLiteral("leadDepartment"), department(plan.catalog, b.leadDepartment, lang)},
        {QStringLiteral("departments"), departments},
        {QStringLiteral("summary"), b.summary.get(lang)},
    };
}

QJsonObject itemJson(const Plan& plan, const PlannedItem& pi, const QString& lang)
{
    const ItemDef& item = *pi.item;
    QJsonObject o {
        {QStringLiteral("code"), item.code},
        {QStringLiteral("name"), item.name.get(lang)},
        {QStringLiteral("department"), department(plan.catalog, item.department, lang)},
        {QStringLiteral("legalDays"), item.legalDays},
        {QStringLiteral("promisedDays"), item.promisedDays},
        {QStringLiteral("fee"),
            QJsonObject {{QStringLiteral("amount"), item.feeAmount},
                {QStringLiteral("note"), item.feeNote.get(lang)}}},
    };
    if (!item.nationalCode.isEmpty())
        o.insert(QStringLiteral("nationalCode"), item.nationalCode);
    if (!item.dependsOn.isEmpty())
        o.insert(QStringLiteral("dependsOn"), QJsonArray::fromStringList(item.dependsOn));
    if (!pi.reason.isEmpty())
        o.insert(QStringLiteral("reason"), pi.reason.get(lang));
    if (!pi.when.isUndefined() && !pi.when.isNull())
        o.insert(QStringLiteral("when"), pi.when);
    return o;
}

QJsonObject fieldJson(const Plan& plan, const PlannedField& pf, const QString& lang)
{
    const FieldDef& f = *pf.field;
    const Section* section = plan.catalog ? plan.catalog->section(f.section) : nullptr;
    return QJsonObject {
        {QStringLiteral("id"), f.id},
        {QStringLiteral("label"), f.label.get(lang)},
        {QStringLiteral("type"), fieldTypeName(f.type)},
        {QStringLiteral("section"), f.section},
        {QStringLiteral("sectionLabel"), section ? section->label.get(lang) : f.section},
        {QStringLiteral("required"), pf.required},
        {QStringLiteral("usedBy"), QJsonArray::fromStringList(pf.usedBy)},
    };
}

QJsonObject materialJson(const Plan& plan, const PlannedMaterial& pm, const QString& lang)
{
    const MaterialDef& m = *pm.material;
    QJsonArray ways;
    for (Way w : m.ways)
        ways.append(wayName(w));
    QJsonArray neededBy;
    QStringList reasons;
    for (const MaterialNeed& need : pm.neededBy) {
        QJsonObject n {
            {QStringLiteral("source"), need.source}, {QStringLiteral("reason"), need.reason.get(lang)}};
        if (!need.when.isUndefined() && !need.when.isNull())
            n.insert(QStringLiteral("when"), need.when);
        neededBy.append(n);
        const QString reason = need.reason.get(lang);
        if (!reason.isEmpty() && !reasons.contains(reason))
            reasons << reason;
    }
    QJsonObject o {
        {QStringLiteral("id"), m.id},
        {QStringLiteral("docType"), m.docType},
        {QStringLiteral("subject"), m.subject},
        {QStringLiteral("name"), m.name.get(lang)},
        {QStringLiteral("key"), m.key},
        {QStringLiteral("ways"), ways},
        {QStringLiteral("obtainFrom"), m.obtainFrom.get(lang)},
        {QStringLiteral("copies"), m.copies},
        {QStringLiteral("neededBy"), neededBy},
        {QStringLiteral("reasons"), QJsonArray::fromStringList(reasons)},
        {QStringLiteral("producedBy"), pm.producedBy},
        {QStringLiteral("tolerable"), pm.tolerable},
    };
    if (!pm.producedBy.isEmpty() && plan.catalog) {
        if (const ItemDef* producer = plan.catalog->item(pm.producedBy))
            o.insert(QStringLiteral("producedByName"), producer->name.get(lang));
    }
    return o;
}

template<typename T, typename Key>
void diffLists(
    const QList<T>& before, const QList<T>& after, Key key, QStringList& added, QStringList& removed)
{
    QSet<QString> b, a;
    for (const T& x : before)
        b.insert(key(x));
    for (const T& x : after)
        a.insert(key(x));
    for (const T& x : after) {
        if (!b.contains(key(x)))
            added << key(x);
    }
    for (const T& x : before) {
        if (!a.contains(key(x)))
            removed << key(x);
    }
}

} // namespace

QJsonObject Plan::toJson(const QString& lang) const
{
    QJsonObject o;
    if (!bundle)
        return o;
    if (catalog)
        o.insert(QStringLiteral("catalog"),
            QJsonObject {{QStringLiteral("version"), catalog->version()},
                {QStringLiteral("hash"), catalog->contentHash()}});
    o.insert(QStringLiteral("bundle"), bundleJson(*this, lang));
    o.insert(QStringLiteral("answers"), answers);
    o.insert(QStringLiteral("proxy"), proxy);
    QJsonArray itemList, fieldList, materialList;
    for (const PlannedItem& pi : items)
        itemList.append(itemJson(*this, pi, lang));
    for (const PlannedField& pf : fields)
        fieldList.append(fieldJson(*this, pf, lang));
    int toBring = 0;
    for (const PlannedMaterial& pm : materials) {
        materialList.append(materialJson(*this, pm, lang));
        toBring += pm.producedBy.isEmpty() ? 1 : 0;
    }
    o.insert(QStringLiteral("items"), itemList);
    o.insert(QStringLiteral("fields"), fieldList);
    o.insert(QStringLiteral("materials"), materialList);
    o.insert(QStringLiteral("promisedDays"), promisedDays);
    o.insert(QStringLiteral("totalFee"), totalFee);
    o.insert(QStringLiteral("counts"),
        QJsonObject {{QStringLiteral("items"), int(items.size())},
            {QStringLiteral("fields"), int(fields.size())},
            {QStringLiteral("materials"), int(materials.size())}, {QStringLiteral("toBring"), toBring}});
    return o;
}

bool PlanDiff::isEmpty() const
{
    return addedItems.isEmpty() && removedItems.isEmpty() && addedFields.isEmpty() && removedFields.isEmpty()
        && addedMaterials.isEmpty() && removedMaterials.isEmpty() && changedFields.isEmpty()
        && changedMaterials.isEmpty();
}

QJsonObject PlanDiff::toJson() const
{
    auto list = [](const QStringList& l) { return QJsonArray::fromStringList(l); };
    return QJsonObject {
        {QStringLiteral("addedItems"), list(addedItems)},
        {QStringLiteral("removedItems"), list(removedItems)},
        {QStringLiteral("addedFields"), list(addedFields)},
        {QStringLiteral("removedFields"), list(removedFields)},
        {QStringLiteral("addedMaterials"), list(addedMaterials)},
        {QStringLiteral("removedMaterials"), list(removedMaterials)},
        {QStringLiteral("changedFields"), list(changedFields)},
        {QStringLiteral("changedMaterials"), list(changedMaterials)},
    };
}

PlanDiff diffPlans(const Plan& before, const Plan& after)
{
    PlanDiff d;
    diffLists(
        before.items, after.items, [](const PlannedItem& i) { return i.item->code; }, d.addedItems,
        d.removedItems);
    diffLists(
        before.fields, after.fields, [](const PlannedField& f) { return f.field->id; }, d.addedFields,
        d.removedFields);
    diffLists(
        before.materials, after.materials, [](const PlannedMaterial& m) { return m.material->id; },
        d.addedMaterials, d.removedMaterials);
    for (const PlannedField& f : after.fields) {
        const PlannedField* old = before.field(f.field->id);
        if (old && old->required != f.required)
            d.changedFields << f.field->id;
    }
    for (const PlannedMaterial& m : after.materials) {
        const PlannedMaterial* old = before.material(m.material->id);
        if (old && (old->producedBy != m.producedBy || old->tolerable != m.tolerable))
            d.changedMaterials << m.material->id;
    }
    return d;
}

} // namespace ow::catalog
