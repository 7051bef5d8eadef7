#include "app/catalog/catalog.h"

#include "app/catalog/catalogmerge.h"
#include "app/catalog/catalogparser.h"
#include "app/common/logging.h"
#include "app/common/translations.h"

#include <QCoreApplication>

namespace ow::catalog {

namespace {

Error firstOf(const QList<Error>& errors)
{
    Error e = errors.first();
    if (errors.size() > 1)
        e.message += u' '
            + QCoreApplication::translate(
                "ow::catalog", "(%1 more problems; `onewindow-cli catalog lint` lists them all.)")
                  .arg(errors.size() - 1);
    return e;
}

template<typename T>
const T* at(const QList<T>& list, const QHash<QString, qsizetype>& index, const QString& key)
{
    const auto it = index.constFind(key);
    return it == index.constEnd() ? nullptr : &list.at(*it);
}

} // namespace

QString Text::text() const
{
    return get(ow::i18n::currentLanguage());
}

Result<Catalog> Catalog::load(const QString& fileOrDirectory)
{
    QList<Error> errors;
    const MergedCatalog merged = readCatalogSource(fileOrDirectory, errors);
    if (!errors.isEmpty())
        return firstOf(errors);
    return fromJson(merged.document, merged.sources);
}

Result<Catalog> Catalog::fromJson(const QJsonObject& merged)
{
    return fromJson(merged, SourceMap::single(QStringLiteral("catalog")));
}

Result<Catalog> Catalog::fromJson(const QJsonObject& merged, const SourceMap& sources)
{
    CatalogParser parser(merged, sources);
    Catalog c = parser.parse();
    if (!parser.errors().isEmpty())
        return firstOf(parser.errors());
    qCInfo(lcCatalog).noquote() << "catalog" << c.m_version << c.m_hash.left(12)
                                << "loaded:" << c.m_items.size() << "items," << c.m_bundles.size()
                                << "bundles";
    return c;
}

Result<Catalog> Catalog::embeddedDefault()
{
    static const Result<Catalog> cached = load(QStringLiteral(":/catalog/default"));
    return cached;
}

QJsonObject Catalog::toJson() const
{
    return m_merged;
}

const FieldDef* Catalog::field(const QString& id) const
{
    return at(m_fields, m_fieldIndex, id);
}

const MaterialDef* Catalog::material(const QString& id) const
{
    return at(m_materials, m_materialIndex, id);
}

const ItemDef* Catalog::item(const QString& code) const
{
    return at(m_items, m_itemIndex, code);
}

const BundleDef* Catalog::bundle(const QString& code) const
{
    return at(m_bundles, m_bundleIndex, code);
}

const Department* Catalog::department(const QString& id) const
{
    return at(m_departments, m_departmentIndex, id);
}

const Section* Catalog::section(const QString& id) const
{
    return at(m_sections, m_sectionIndex, id);
}

int Catalog::sectionOrder(const QString& id) const
{
    return int(m_sectionIndex.value(id, m_sections.size()));
}

QStringList Catalog::producersOf(const QString& materialId) const
{
    return m_producers.value(materialId);
}

const QStringList& fieldTypeNames()
{
    static const QStringList names {QStringLiteral("text"), QStringLiteral("longText"),
        QStringLiteral("idNumber"), QStringLiteral("creditCode"), QStringLiteral("mobile"),
        QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("date"), QStringLiteral("datetime"),
        QStringLiteral("integer"), QStringLiteral("decimal"), QStringLiteral("money"),
        QStringLiteral("boolean"), QStringLiteral("enum"), QStringLiteral("address"),
        QStringLiteral("division"), QStringLiteral("bankAccount")};
    return names;
}

const QStringList& wayNames()
{
    static const QStringList names {QStringLiteral("original"), QStringLiteral("copy"),
        QStringLiteral("eLicence"), QStringLiteral("verified"), QStringLiteral("commitment")};
    return names;
}

QString fieldTypeName(FieldType t)
{
    return fieldTypeNames().value(int(t));
}

QString wayName(Way w)
{
    return wayNames().value(int(w));
}

const QStringList& listTypes()
{
    static const QStringList names {
        QStringLiteral("overall"), QStringLiteral("key"), QStringLiteral("local")};
    return names;
}

const QStringList& bundleStatuses()
{
    static const QStringList names {QStringLiteral("national"), QStringLiteral("example")};
    return names;
}

const QStringList& subjectKinds()
{
    static const QStringList names {QStringLiteral("person"), QStringLiteral("enterprise")};
    return names;
}

const QStringList& stages(const QString& subjectKind)
{
    static const QStringList person {QStringLiteral("birth"), QStringLiteral("education"),
        QStringLiteral("employment"), QStringLiteral("living"), QStringLiteral("housing"),
        QStringLiteral("travel"), QStringLiteral("medical"), QStringLiteral("assistance"),
        QStringLiteral("elderly"), QStringLiteral("after-death")};
    static const QStringList enterprise {QStringLiteral("market-entry"), QStringLiteral("hiring"),
        QStringLiteral("tax"), QStringLiteral("operation"), QStringLiteral("construction"),
        QStringLiteral("exit")};
    return subjectKind == QStringLiteral("enterprise") ? enterprise : person;
}

const QStringList& questionTypes()
{
    static const QStringList names {QStringLiteral("boolean"), QStringLiteral("choice"),
        QStringLiteral("number"), QStringLiteral("date")};
    return names;
}

} // namespace ow::catalog
