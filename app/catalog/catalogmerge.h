#pragma once

#include "app/catalog/sourcemap.h"
#include "app/common/result.h"

#include <QJsonObject>
#include <QList>

namespace ow::catalog {

// A catalog as one JSON document, with where each part came from.
struct MergedCatalog
{
    QJsonObject document;
    SourceMap sources;
};

// Reads a JSON file whose top level must be an object. A syntax error names the file, line and column.
Result<QJsonObject> readJsonObject(const QString& path, const QString& displayName);

// Merges a catalog folder (catalog.json, fields.json, materials.json, items/*.json, bundles/*.json,
// calendar.json — see docs/catalog.md) into one document. Every unreadable or misshapen file is appended to
// `errors`; the rest is merged anyway so that lint can report everything at once.
MergedCatalog mergeFolder(const QString& directory, QList<Error>& errors);

// A catalog folder or a merged JSON file (a "catalog.json" inside a catalog folder means the folder).
MergedCatalog readCatalogSource(const QString& fileOrDirectory, QList<Error>& errors);

} // namespace ow::catalog
