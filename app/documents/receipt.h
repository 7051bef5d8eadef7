#pragma once

#include "app/catalog/plan.h"
#include "app/documents/documents.h"
#include "app/intake/casedata.h"

namespace ow::documents {

// The facts of a case that an authoritative source supplied and the clerk did not change: which field, from
// which source, when, with what evidence — and the materials satisfied by a verification.
struct VerifiedFact
{
    QString id; // field or material id
    QString label; // in the document's language
    QString source; // display name of the source
    QDateTime obtainedAt;
    QString evidence;
};
QList<VerifiedFact> verifiedFacts(const catalog::Catalog& catalog, const catalog::Plan& plan,
    const intake::CaseData& c, const QString& lang = QStringLiteral("zh"));

// 受理回执: the case number (large, and as a QR code "onewindow:case:<number>" for the status look-up), the
// applicant and agent (masked), the accepted items, each material and how it was received, 容缺 commitments
// with their due dates, the verified facts and their sources, the acceptance time, the promised completion
// date and the hall. The case must have been accepted (it has a case number).
Result<QByteArray> receiptPdf(const catalog::Catalog& catalog, const catalog::Plan& plan,
    const intake::CaseData& c, const DocumentOptions& options = {});

} // namespace ow::documents
