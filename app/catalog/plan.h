#pragma once

#include "app/catalog/catalog.h"

#include <QJsonObject>

namespace ow::catalog {

// What the answers to a bundle's guidance questions select. A pure function of (catalog, bundle, input):
// the form, the checklist, the documents, the CLI and the server all compute the same plan.
struct PlanInput
{
    QJsonObject answers; // questionId -> value; a missing answer reads as the question's default
    bool proxy = false; // 代办: someone applies for the applicant
    QJsonObject fieldValues; // flat "section.name" -> value, for rules that read fields
    QDate today; // invalid: today
    QString applicantKind; // "person" / "enterprise"; empty: the bundle's subjectKind
};

struct PlannedItem
{
    const ItemDef* item = nullptr;
    Text reason; // why it was selected ("" = always part of the bundle)
    QJsonValue when; // the rule that selected it (undefined: always)
};

struct PlannedField
{
    const FieldDef* field = nullptr;
    bool required = true;
    QStringList usedBy; // item codes (and "bundle"/"agent" for bundle-level fields)
};

struct MaterialNeed
{
    QString source; // item code, "bundle" or "agent"
    Text reason;
    QJsonValue when; // the rule that made it needed (undefined: always)
};

struct PlannedMaterial
{
    const MaterialDef* material = nullptr;
    QList<MaterialNeed> neededBy;
    QString producedBy; // item code of this bundle that issues it ("" = the applicant brings it)
    bool tolerable = false; // may be missing under 容缺受理
};

struct Plan
{
    const Catalog* catalog = nullptr; // the catalog every pointer below points into
    const BundleDef* bundle = nullptr;
    QJsonObject answers; // the answers the plan was computed with, defaults filled in
    bool proxy = false;
    QList<PlannedItem> items;
    QList<PlannedField> fields; // each field once; ordered by catalog section order, then dictionary order
    QList<PlannedMaterial> materials; // each material once (docType+subject)
    int promisedDays = 0; // bundle promise, else the longest item promise
    double totalFee = 0;

    const PlannedField* field(const QString& id) const;
    const PlannedMaterial* material(const QString& id) const;
    bool hasItem(const QString& code) const;
    QJsonObject toJson(const QString& lang = QStringLiteral("zh")) const; // what `catalog show` prints
};

// Computes the plan. Errors name the rule that failed (bundle code, JSON pointer).
Result<Plan> computePlan(const Catalog& catalog, const QString& bundleCode, const PlanInput& input);

// The data every `when`/`rule` of the bundle is evaluated against (docs/catalog.md "Rule data"):
// answers checked against the questions (unknown question, wrong type, value not among the options → Error)
// with defaults filled in, proxy, applicantKind, fields nested by dotted id, today.
Result<QJsonObject> ruleData(const Catalog& catalog, const BundleDef& bundle, const PlanInput& input);

// The difference between two plans, to show the clerk what an answer changed.
struct PlanDiff
{
    QStringList addedItems, removedItems;
    QStringList addedFields, removedFields;
    QStringList addedMaterials, removedMaterials;
    QStringList changedFields; // required flag changed
    QStringList changedMaterials; // now (or no longer) produced inside the bundle, or tolerable
    bool isEmpty() const;
    QJsonObject toJson() const;
};
PlanDiff diffPlans(const Plan& before, const Plan& after);

} // namespace ow::catalog
