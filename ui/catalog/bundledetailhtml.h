#pragma once

#include "app/catalog/catalog.h"

namespace ow::ui {

// The bundle detail as rich text for a QTextBrowser: items with departments, time limits and fees, the
// materials for the default answers, and how each guidance question changes items and materials.
QString bundleDetailHtml(const catalog::Catalog& catalog, const QString& bundleCode);

} // namespace ow::ui
