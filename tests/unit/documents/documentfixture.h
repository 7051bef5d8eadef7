#pragma once

#include "app/catalog/plan.h"
#include "app/intake/casedata.h"

#include <QJsonObject>

// Test data for the document tests: a small catalog (fixture_catalog.json, synthetic people and places only)
// and cases taken under it.
namespace ow::test::documents {

// The fixture catalog as a merged JSON document.
QJsonObject fixtureCatalogJson();
// The same plus a bundle LONGLIST whose one item needs `extraMaterials` materials ("补充材料第NN号").
QJsonObject longListCatalogJson(int extraMaterials);
catalog::Catalog fixtureCatalog();

// Synthetic personal data used by the cases (never a real person).
inline const QString kApplicantName = QStringLiteral("王小明");
inline const QString kApplicantId = QStringLiteral("11010519491231002X");
inline const QString kAgentName = QStringLiteral("李四海");
inline const QString kAgentId = QStringLiteral("110105198001010016");
inline const QString kCaseNumber = QStringLiteral("CS0101-03-20261127-0042");

// The guidance answers of the cases: married parents, child joins the father's household, card wanted.
QJsonObject newbornAnswers();
catalog::PlanInput newbornInput(bool proxy);

// An accepted 新生儿出生 case applied for by an agent (代办): prefilled and verified facts, one 容缺 material
// (householdBook.household, due 2026-12-11), accepted 2026-11-27 10:30, promised 2026-12-04.
intake::CaseData acceptedNewbornCase(const catalog::Catalog& catalog);
// A draft of the same bundle with problems: see the correction notice test.
intake::CaseData draftNewbornCase(const catalog::Catalog& catalog);

} // namespace ow::test::documents
