#pragma once

#include "app/catalog/catalog.h"
#include "app/catalog/jsonreader.h"

namespace ow::catalog {

// Turns a merged catalog document into a Catalog, recording every structural error (missing required key,
// wrong type, unknown enum value) with "file.json: /pointer". Reference checks are lint's job.
class CatalogParser
{
public:
    CatalogParser(const QJsonObject& merged, const SourceMap& sources);

    // The parsed catalog; only meaningful when errors() is empty.
    Catalog parse();
    const QList<Error>& errors() const { return m_reader.errors(); }
    const QList<Error>& warnings() const { return m_reader.warnings(); }

private:
    void parseHeader(Catalog& c);
    FieldDef parseField(const QJsonObject& o, const QString& ptr);
    MaterialDef parseMaterial(const QJsonObject& o, const QString& ptr);
    ItemDef parseItem(const QJsonObject& o, const QString& ptr);
    BundleDef parseBundle(const QJsonObject& o, const QString& ptr);
    Question parseQuestion(const QJsonObject& o, const QString& ptr);
    QList<Option> parseOptions(const QJsonObject& o, const QString& ptr);
    QList<FieldRef> parseFieldRefs(const QJsonObject& o, const QString& ptr, const QString& key);
    QList<MaterialRef> parseMaterialRefs(const QJsonObject& o, const QString& ptr, const QString& key);
    QList<ItemRef> parseItemRefs(const QJsonObject& o, const QString& ptr);
    void parseAgent(const QJsonObject& o, const QString& ptr, BundleDef& b);
    void parseTolerance(const QJsonObject& o, const QString& ptr, BundleDef& b);
    void parseDerivedAndFeeds(const QJsonObject& o, const QString& ptr, BundleDef& b);
    void parseCalendar(Catalog& c);
    static void buildIndexes(Catalog& c);

    QJsonObject m_doc;
    SourceMap m_sources;
    JsonReader m_reader;
};

} // namespace ow::catalog
