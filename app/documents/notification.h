#pragma once

#include "app/catalog/plan.h"
#include "app/documents/documents.h"

namespace ow::documents {

// 一次告知单: everything the applicant needs for a bundle in their situation, printable before any data is
// entered — the items with departments, time limits and fees, the complete material list (where to obtain
// each, accepted ways, which items need it, what the bundle produces itself), the answers that shaped it and
// the hall's address, hours and phone. `input` holds the answers the plan was computed from.
Result<QByteArray> notificationPdf(const catalog::Catalog& catalog, const catalog::Plan& plan,
    const catalog::PlanInput& input, const DocumentOptions& options = {});

// Computes the plan for a bundle and the answers, then the notification.
Result<QByteArray> notificationPdf(const catalog::Catalog& catalog, const QString& bundleCode,
    const catalog::PlanInput& input, const DocumentOptions& options = {});

} // namespace ow::documents
