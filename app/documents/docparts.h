#pragma once

#include "app/catalog/plan.h"
#include "app/documents/doclang.h"
#include "app/documents/documents.h"
#include "app/documents/htmlbuilder.h"
#include "app/documents/pdfrenderer.h"
#include "app/intake/casedata.h"

// Pieces the three documents share: names looked up in the catalog, the hall block, the applicant lines
// (always masked) and the page frame.
namespace ow::documents::parts {

QString itemName(const catalog::Catalog& catalog, const QString& code, const DocLang& lang);
QString departmentName(const catalog::Catalog& catalog, const QString& id, const DocLang& lang);
QString materialName(const catalog::Catalog& catalog, const QString& id, const DocLang& lang);
QString fieldLabel(const catalog::Catalog& catalog, const QString& id, const DocLang& lang);
// The items (or "the whole bundle", "the agent") that need a planned material, with their reasons.
QString neededBy(const catalog::Catalog& catalog, const catalog::PlannedMaterial& pm, const DocLang& lang);
QString ways(const QList<catalog::Way>& ways, const DocLang& lang);

// 办理地点: the hall's name, address, opening hours and phone.
void hallSection(HtmlBuilder& html, const catalog::HallInfo& hall, const DocLang& lang);
// The applicant (and, for 代办, the agent): names masked to the surname, ID numbers masked. A bundle whose
// form has no applicant fields names the first person of the form with a name and an ID number (e.g. the
// mother).
QList<QPair<QString, QString>> applicantRows(
    const catalog::Catalog& catalog, const intake::CaseData& c, const DocLang& lang);

PageFrame frame(const QString& documentName, const QString& reference, const catalog::Catalog& catalog,
    const DocLang& lang);
QDate issuedOn(const DocumentOptions& options);

} // namespace ow::documents::parts
