#pragma once

#include "app/search/searchindex.h"

#include <QJsonObject>
#include <QList>

namespace ow::search {

// Search documents for the bundles and items of a catalog, from its merged JSON document (docs/catalog.md;
// what ow::catalog::Catalog::toJson() returns and what the server publishes). Reading the documented format
// instead of the Catalog types keeps ow_search free of a dependency on ow_catalog.
//   bundle: name.zh; aliases; extra = name.en, the lead and cooperating departments' names
//   item:   name.zh; aliases (if any); extra = name.en, the department's name, the national code
QList<SearchDocument> documentsFromCatalogJson(const QJsonObject& merged);

} // namespace ow::search
