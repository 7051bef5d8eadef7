#pragma once

#include "app/catalog/catalog.h"

#include <QJsonObject>

namespace ow::catalog {

// What the answers to a bundle's guidance questions select. A pure function of (catalog, bundle, input):
// the form, the checklist, the documents, the CLI and the server all compute the same plan.
struct PlanInput
{
    QJsonObject answers;     // questionId -> value; a missing answer reads as the question's default
    bool proxy = false;      // 代办: someone applies for the applicant
    QJsonObject fieldValues; // flat "section.name" -> value, for rules that read fields
    QDate today;             // invalid: today
};

struct PlannedItem
{
    const ItemDef* item = nullptr;
    Text reason; // why it was selected ("" = always part of the bundle)
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
    const BundleDef* bundle = nullptr;
    QList<PlannedItem> items;
    QList<PlannedField> fields;       // each field once; ordered by catalog section order, then dictionary order
    QList<PlannedMaterial> materials; // each material once (docType+subject)
    int promisedDays = 0;             // bundle promise, else the longest item promise
    double totalFee = 0;

    const PlannedField* field(const QString& id) const;
    const PlannedMaterial* material(const QString& id) const;
    bool hasItem(const QString& code) const;
    QJsonObject toJson(const QString& lang = QStringLiteral("zh")) const; // what `catalog show` prints
};

// Computes the plan. Errors name the rule that failed (bundle code, JSON pointer).
Result<Plan> computePlan(const Catalog& catalog, const QString& bundleCode, const PlanInput& input);

// The difference between two plans, to show the clerk what an answer changed.
struct PlanDiff
{
    QStringList addedItems, removedItems;
    QStringList addedFields, removedFields;
    QStringList addedMaterials, removedMaterials;
    bool isEmpty() const;
};
PlanDiff diffPlans(const Plan& before, const Plan& after);

} // namespace ow::catalog
