#include "app/catalog/plan.h"

#include "app/rules/jsonlogic.h"

#include <QCoreApplication>

#include <algorithm>

namespace ow::catalog {

namespace {

void setPath(QJsonObject& root, const QStringList& path, qsizetype from, const QJsonValue& value)
{
    const QString& key = path.at(from);
    if (from == path.size() - 1) {
        root.insert(key, value);
        return;
    }
    QJsonObject child = root.value(key).toObject();
    setPath(child, path, from + 1, value);
    root.insert(key, child);
}

Result<QJsonValue> checkedAnswer(const Question& q, const QJsonValue& v, const QString& bundleCode)
{
    const QString where = QStringLiteral("answers/") + q.id;
    auto bad = [&](const QString& expected) {
        return makeError(QStringLiteral("plan.badAnswer"),
            QCoreApplication::translate("ow::catalog", "The answer to \"%1\" (%2) must be %3.")
                .arg(q.id, q.text.zh, expected),
            where);
    };
    if (q.type == QStringLiteral("boolean") && !v.isBool())
        return bad(QCoreApplication::translate("ow::catalog", "true or false"));
    if (q.type == QStringLiteral("number") && !v.isDouble())
        return bad(QCoreApplication::translate("ow::catalog", "a number"));
    if (q.type == QStringLiteral("date")
        && (!v.isString() || !QDate::fromString(v.toString(), Qt::ISODate).isValid()))
        return bad(QCoreApplication::translate("ow::catalog", "a date (YYYY-MM-DD)"));
    if (q.type == QStringLiteral("choice")) {
        QStringList values;
        for (const Option& o : q.options)
            values << o.value;
        if (!v.isString() || !values.contains(v.toString()))
            return makeError(QStringLiteral("plan.badAnswer"),
                QCoreApplication::translate(
                    "ow::catalog", "The answer to \"%1\" in bundle %2 must be one of: %3.")
                    .arg(q.id, bundleCode, values.join(QStringLiteral(", "))),
                where);
    }
    return v;
}

// Merges one plan's fields and materials, each once.
class PlanBuilder
{
public:
    PlanBuilder(const Catalog& catalog, Plan& plan)
        : m_catalog(catalog)
        , m_plan(plan)
    { }

    Result<void> addField(const QString& id, bool required, const QString& source, const QString& pointer)
    {
        auto it = m_fieldPos.constFind(id);
        if (it == m_fieldPos.constEnd()) {
            const FieldDef* def = m_catalog.field(id);
            if (!def)
                return makeError(QStringLiteral("plan.unknownField"),
                    QCoreApplication::translate("ow::catalog", "The catalog has no field \"%1\".").arg(id),
                    m_catalog.whereOf(pointer));
            it = m_fieldPos.insert(id, m_plan.fields.size());
            m_plan.fields.append(PlannedField {def, false, {}});
        }
        PlannedField& f = m_plan.fields[*it];
        f.required = f.required || required;
        if (!f.usedBy.contains(source))
            f.usedBy.append(source);
        return {};
    }

    Result<void> addMaterial(const QString& id, MaterialNeed need, const QString& pointer)
    {
        auto it = m_materialPos.constFind(id);
        if (it == m_materialPos.constEnd()) {
            const MaterialDef* def = m_catalog.material(id);
            if (!def)
                return makeError(QStringLiteral("plan.unknownMaterial"),
                    QCoreApplication::translate("ow::catalog", "The catalog has no material \"%1\".").arg(id),
                    m_catalog.whereOf(pointer));
            it = m_materialPos.insert(id, m_plan.materials.size());
            m_plan.materials.append(PlannedMaterial {def, {}, QString(), false});
        }
        m_plan.materials[*it].neededBy.append(std::move(need));
        return {};
    }

private:
    const Catalog& m_catalog;
    Plan& m_plan;
    QHash<QString, qsizetype> m_fieldPos;
    QHash<QString, qsizetype> m_materialPos;
};

class PlanComputer
{
public:
    PlanComputer(const Catalog& catalog, const BundleDef& bundle, const QJsonObject& data, QDate today)
        : m_catalog(catalog)
        , m_bundle(bundle)
        , m_data(data)
        , m_evaluator(rules::Evaluator::Context {&catalog.calendar(), today})
        , m_bundlePtr(pointerChild(QStringLiteral("/bundles"), &bundle - catalog.bundles().constData()))
    { }

    Result<bool> applies(const QJsonValue& when, const QString& pointer) const
    {
        if (when.isUndefined() || when.isNull())
            return true;
        auto v = m_evaluator.evaluate(when, m_data);
        if (!v) {
            const QString inner = v.error().where.startsWith(u'/') ? v.error().where : QString();
            return makeError(QStringLiteral("plan.rule"),
                QCoreApplication::translate("ow::catalog", "A rule of bundle %1 failed: %2")
                    .arg(m_bundle.code, v.error().message),
                m_catalog.whereOf(pointer + inner));
        }
        return rules::Evaluator::truthy(*v);
    }

    Result<void> selectItems(Plan& plan) const
    {
        for (qsizetype j = 0; j < m_bundle.items.size(); ++j) {
            const ItemRef& ref = m_bundle.items.at(j);
            const QString ptr = pointerChild(pointerChild(m_bundlePtr, QStringLiteral("items")), j);
            const ItemDef* item = m_catalog.item(ref.code);
            if (!item)
                return makeError(QStringLiteral("plan.unknownItem"),
                    QCoreApplication::translate("ow::catalog", "The catalog has no item \"%1\".")
                        .arg(ref.code),
                    m_catalog.whereOf(ptr));
            auto ok = applies(ref.when, pointerChild(ptr, QStringLiteral("when")));
            if (!ok)
                return ok.error();
            if (*ok)
                plan.items.append(PlannedItem {item, ref.reason, ref.when});
        }
        return {};
    }

    Result<void> addRefs(PlanBuilder& builder, const QList<FieldRef>& fields,
        const QList<MaterialRef>& materials, const QString& source, const QString& ptr,
        const QString& fieldsKey, const QString& materialsKey) const
    {
        for (qsizetype m = 0; m < fields.size(); ++m) {
            const FieldRef& ref = fields.at(m);
            const QString refPtr = pointerChild(pointerChild(ptr, fieldsKey), m);
            auto ok = applies(ref.when, pointerChild(refPtr, QStringLiteral("when")));
            if (!ok)
                return ok.error();
            if (!*ok)
                continue;
            if (auto added = builder.addField(ref.id, ref.required, source, refPtr); !added)
                return added;
        }
        for (qsizetype m = 0; m < materials.size(); ++m) {
            const MaterialRef& ref = materials.at(m);
            const QString refPtr = pointerChild(pointerChild(ptr, materialsKey), m);
            auto ok = applies(ref.when, pointerChild(refPtr, QStringLiteral("when")));
            if (!ok)
                return ok.error();
            if (!*ok)
                continue;
            if (auto added = builder.addMaterial(ref.id, MaterialNeed {source, ref.reason, ref.when}, refPtr);
                !added)
                return added;
        }
        return {};
    }

    QString itemPointer(const ItemDef* item) const
    {
        return pointerChild(QStringLiteral("/items"), item - m_catalog.items().constData());
    }
    const QString& bundlePointer() const { return m_bundlePtr; }

private:
    const Catalog& m_catalog;
    const BundleDef& m_bundle;
    QJsonObject m_data;
    rules::Evaluator m_evaluator;
    QString m_bundlePtr;
};

void markProducedAndTolerable(const BundleDef& bundle, Plan& plan)
{
    for (PlannedMaterial& m : plan.materials) {
        for (const PlannedItem& pi : std::as_const(plan.items)) {
            if (pi.item->produces.contains(m.material->id)) {
                m.producedBy = pi.item->code;
                break;
            }
        }
        if (m.producedBy.isEmpty()) {
            for (const Feed& feed : bundle.feeds) {
                if (feed.material == m.material->id && plan.hasItem(feed.from)) {
                    m.producedBy = feed.from;
                    break;
                }
            }
        }
        m.tolerable = bundle.toleranceAllowed && bundle.toleranceMaterials.contains(m.material->id)
            && !m.material->key && m.producedBy.isEmpty();
    }
}

} // namespace

Result<QJsonObject> ruleData(const Catalog& catalog, const BundleDef& bundle, const PlanInput& input)
{
    Q_UNUSED(catalog);
    QJsonObject answers;
    for (auto it = input.answers.begin(); it != input.answers.end(); ++it) {
        const auto q = std::find_if(bundle.questions.begin(), bundle.questions.end(),
            [&](const Question& question) { return question.id == it.key(); });
        if (q == bundle.questions.end())
            return makeError(QStringLiteral("plan.unknownAnswer"),
                QCoreApplication::translate("ow::catalog", "Bundle %1 has no question \"%2\".")
                    .arg(bundle.code, it.key()),
                QStringLiteral("answers/") + it.key());
        if (it.value().isNull())
            continue;
        auto v = checkedAnswer(*q, it.value(), bundle.code);
        if (!v)
            return v.error();
        answers.insert(it.key(), *v);
    }
    for (const Question& q : bundle.questions) {
        if (!answers.contains(q.id))
            answers.insert(q.id, q.defaultValue.isUndefined() ? QJsonValue() : q.defaultValue);
    }
    QJsonObject fields;
    for (auto it = input.fieldValues.begin(); it != input.fieldValues.end(); ++it)
        setPath(fields, it.key().split(u'.'), 0, it.value());
    const QDate today = input.today.isValid() ? input.today : QDate::currentDate();
    return QJsonObject {
        {QStringLiteral("answers"), answers},
        {QStringLiteral("proxy"), input.proxy},
        {QStringLiteral("applicantKind"),
            input.applicantKind.isEmpty() ? bundle.subjectKind : input.applicantKind},
        {QStringLiteral("fields"), fields},
        {QStringLiteral("today"), today.toString(Qt::ISODate)},
    };
}

Result<Plan> computePlan(const Catalog& catalog, const QString& bundleCode, const PlanInput& input)
{
    const BundleDef* bundle = catalog.bundle(bundleCode);
    if (!bundle)
        return makeError(QStringLiteral("plan.unknownBundle"),
            QCoreApplication::translate("ow::catalog", "Catalog %1 has no bundle \"%2\".")
                .arg(catalog.version(), bundleCode),
            bundleCode);
    auto data = ruleData(catalog, *bundle, input);
    if (!data)
        return data.error();

    Plan plan;
    plan.catalog = &catalog;
    plan.bundle = bundle;
    plan.answers = data->value(QStringLiteral("answers")).toObject();
    plan.proxy = input.proxy;
    const PlanComputer computer(
        catalog, *bundle, *data, input.today.isValid() ? input.today : QDate::currentDate());
    if (auto selected = computer.selectItems(plan); !selected)
        return selected.error();

    PlanBuilder builder(catalog, plan);
    const QString fieldsKey = QStringLiteral("fields");
    const QString materialsKey = QStringLiteral("materials");
    for (const PlannedItem& pi : std::as_const(plan.items)) {
        auto added = computer.addRefs(builder, pi.item->fields, pi.item->materials, pi.item->code,
            computer.itemPointer(pi.item), fieldsKey, materialsKey);
        if (!added)
            return added.error();
    }
    auto added = computer.addRefs(builder, bundle->fields, bundle->materials, QStringLiteral("bundle"),
        computer.bundlePointer(), fieldsKey, materialsKey);
    if (!added)
        return added.error();
    if (input.proxy) {
        added
            = computer.addRefs(builder, bundle->agentFields, bundle->agentMaterials, QStringLiteral("agent"),
                pointerChild(computer.bundlePointer(), QStringLiteral("agent")), fieldsKey, materialsKey);
        if (!added)
            return added.error();
    }

    const FieldDef* firstField = catalog.fields().constData();
    std::stable_sort(
        plan.fields.begin(), plan.fields.end(), [&](const PlannedField& a, const PlannedField& b) {
            const int sa = catalog.sectionOrder(a.field->section);
            const int sb = catalog.sectionOrder(b.field->section);
            return sa != sb ? sa < sb : (a.field - firstField) < (b.field - firstField);
        });
    markProducedAndTolerable(*bundle, plan);

    for (const PlannedItem& pi : std::as_const(plan.items)) {
        plan.totalFee += pi.item->feeAmount;
        plan.promisedDays = std::max(plan.promisedDays, pi.item->promisedDays);
    }
    if (bundle->promisedDays > 0)
        plan.promisedDays = bundle->promisedDays;
    return plan;
}

const PlannedField* Plan::field(const QString& id) const
{
    for (const PlannedField& f : fields) {
        if (f.field->id == id)
            return &f;
    }
    return nullptr;
}

const PlannedMaterial* Plan::material(const QString& id) const
{
    for (const PlannedMaterial& m : materials) {
        if (m.material->id == id)
            return &m;
    }
    return nullptr;
}

bool Plan::hasItem(const QString& code) const
{
    return std::any_of(
        items.begin(), items.end(), [&](const PlannedItem& i) { return i.item->code == code; });
}

} // namespace ow::catalog
