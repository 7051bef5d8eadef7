#pragma once

#include "app/catalog/catalogmerge.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

// Helpers shared by the catalog tests: the fixture catalog (tests/data/catalog/basic) and JSON-pointer edits.
namespace ow::test::catalog {

QString fixtureDir();
// The fixture merged into one document (with its source map).
ow::catalog::MergedCatalog fixtureMerged();

// The value at a JSON pointer ("/items/0/code"); undefined when absent.
QJsonValue valueAt(const QJsonValue& root, const QString& pointer);
// A copy of root with the value at pointer replaced (undefined: removed; last token "-": appended).
QJsonValue withValueAt(const QJsonValue& root, const QString& pointer, const QJsonValue& value);
QJsonObject withValueAt(const QJsonObject& root, const QString& pointer, const QJsonValue& value);

// The index of the element of root[list] whose key equals value (-1 if none).
qsizetype indexOf(const QJsonObject& root, const QString& list, const QString& key, const QString& value);

// Copies a folder recursively; returns false on failure.
bool copyFolder(const QString& from, const QString& to);
// Edits one JSON file of a catalog folder in place.
bool editJsonFile(const QString& path, const QString& pointer, const QJsonValue& value);
bool writeJson(const QString& path, const QJsonObject& object);

QJsonValue parseJson(const char* text);

} // namespace ow::test::catalog
