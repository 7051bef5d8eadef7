#pragma once

#include "app/catalog/sourcemap.h"
#include "app/common/result.h"
#include "app/rules/workingcalendar.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace ow::catalog {

// A bilingual text; zh is required, en falls back to zh.
struct Text
{
    QString zh;
    QString en;
    QString get(const QString& lang) const
    {
        return (lang.startsWith(QStringLiteral("en")) && !en.isEmpty()) ? en : zh;
    }
    // The text in the current UI language (ow::i18n::currentLanguage()).
    QString text() const;
    bool isEmpty() const { return zh.isEmpty(); }
};

struct Option
{
    QString value;
    Text label;
};

struct Section
{
    QString id;
    Text label;
};

struct Department
{
    QString id;
    Text name;
};

enum class FieldType {
    Text,
    LongText,
    IdNumber,
    CreditCode,
    Mobile,
    Phone,
    Email,
    Date,
    DateTime,
    Integer,
    Decimal,
    Money,
    Boolean,
    Enum,
    Address,
    Division,
    BankAccount
};

struct FieldDef
{
    QString id; // "mother.idNumber"
    Text label;
    FieldType type = FieldType::Text;
    QString section; // "mother"
    int maxLength = 0;
    QList<Option> options;
    QString pattern;
    Text help;
    QStringList prefill;
};

enum class Way { Original, Copy, ELicence, Verified, Commitment };

struct MaterialDef
{
    QString id; // "idCard.mother"
    QString docType;
    QString subject;
    Text name;
    QList<Way> ways;
    QString verification; // server verification kind that can stand in ("" none)
    bool key = false;
    Text obtainFrom;
    int copies = 0;
    QJsonObject extract; // {"fields": {"enterprise.name": "regex with one group"}}
};

// A conditional reference from an item or bundle to a field or material.
struct FieldRef
{
    QString id;
    QJsonValue when; // JsonLogic; undefined/null = always
    bool required = true;
};

struct MaterialRef
{
    QString id;
    QJsonValue when;
    Text reason;
};

struct ItemDef
{
    QString code;
    QString nationalCode;
    Text name;
    QString department;
    int legalDays = 0;
    int promisedDays = 0;
    double feeAmount = 0;
    Text feeNote;
    Text conditions;
    Text basis;
    QList<FieldRef> fields;
    QList<MaterialRef> materials;
    QStringList produces;
    QStringList dependsOn;
};

struct Question
{
    QString id;
    Text text;
    QString type; // "boolean", "choice", "number", "date"
    QList<Option> options;
    QJsonValue defaultValue;
    Text help;
};

struct ItemRef
{
    QString code;
    QJsonValue when;
    Text reason;
};

struct Derived
{
    QString field;
    QJsonValue rule;
};

struct Feed
{
    QString from;
    QString to;
    QString material;
};

struct BundleDef
{
    QString code;
    Text name;
    QStringList aliases;
    QString listType; // "overall", "key", "local"
    QString batch; // "2024-1"
    QString status; // "national", "example"
    QString subjectKind; // "person", "enterprise"
    QString stage;
    QString leadDepartment;
    QStringList departments;
    Text summary;
    int promisedDays = 0;
    QList<Question> questions;
    QList<ItemRef> items;
    QList<MaterialRef> materials;
    QList<FieldRef> fields;
    QList<MaterialRef> agentMaterials;
    QList<FieldRef> agentFields;
    bool toleranceAllowed = false;
    QStringList toleranceMaterials;
    int toleranceDueDays = 0;
    QList<Derived> derived;
    QList<Feed> feeds;
};

struct HallInfo
{
    Text name;
    Text address;
    Text hours;
    QString phone;
};

// A loaded, validated catalog. Immutable once loaded; cheap to share by pointer.
class Catalog
{
public:
    // Loads a catalog folder (e.g. ":/catalog/default" or a path on disk) or a merged JSON file.
    static Result<Catalog> load(const QString& fileOrDirectory);
    // Loads the merged JSON document (what the server publishes and the local store keeps).
    static Result<Catalog> fromJson(const QJsonObject& merged);
    // Same, naming the files the parts came from in errors (see mergeFolder()).
    static Result<Catalog> fromJson(const QJsonObject& merged, const SourceMap& sources);
    // The default catalog embedded in the program.
    static Result<Catalog> embeddedDefault();

    QJsonObject toJson() const; // the merged document
    QString version() const { return m_version; }
    QString contentHash() const { return m_hash; } // SHA-256 hex of the compact merged JSON
    Text title() const { return m_title; }
    HallInfo hall() const { return m_hall; }

    const QList<Section>& sections() const { return m_sections; }
    const QList<Department>& departments() const { return m_departments; }
    const QList<FieldDef>& fields() const { return m_fields; }
    const QList<MaterialDef>& materials() const { return m_materials; }
    const QList<ItemDef>& items() const { return m_items; }
    const QList<BundleDef>& bundles() const { return m_bundles; }
    const rules::WorkingCalendar& calendar() const { return m_calendar; }

    const FieldDef* field(const QString& id) const;
    const MaterialDef* material(const QString& id) const;
    const ItemDef* item(const QString& code) const;
    const BundleDef* bundle(const QString& code) const;
    const Department* department(const QString& id) const;
    const Section* section(const QString& id) const;

    // Position of a section in catalog.json "sections"; unknown sections sort last.
    int sectionOrder(const QString& id) const;
    // Codes of the catalog's items that issue a material (their "produces").
    QStringList producersOf(const QString& materialId) const;
    // Where a JSON pointer into the merged document came from: "items/birth.json: /items/2/fields/1".
    QString whereOf(const QString& pointer) const { return m_sources.where(pointer); }
    // Non-fatal findings of the loader (unknown keys), reported by lint as warnings.
    const QList<Error>& loadWarnings() const { return m_loadWarnings; }

private:
    friend class CatalogParser;
    QJsonObject m_merged;
    QString m_version;
    QString m_hash;
    Text m_title;
    HallInfo m_hall;
    QList<Section> m_sections;
    QList<Department> m_departments;
    QList<FieldDef> m_fields;
    QList<MaterialDef> m_materials;
    QList<ItemDef> m_items;
    QList<BundleDef> m_bundles;
    rules::WorkingCalendar m_calendar;
    QHash<QString, qsizetype> m_fieldIndex, m_materialIndex, m_itemIndex, m_bundleIndex;
    QHash<QString, qsizetype> m_sectionIndex, m_departmentIndex;
    QHash<QString, QStringList> m_producers;
    SourceMap m_sources;
    QList<Error> m_loadWarnings;
};

QString fieldTypeName(FieldType t);
QString wayName(Way w); // "original", "copy", "eLicence", "verified", "commitment"
// The names used in the catalog files, in enum order.
const QStringList& fieldTypeNames();
const QStringList& wayNames();
// Bundle vocabularies (docs/catalog.md).
const QStringList& listTypes(); // overall, key, local
const QStringList& bundleStatuses(); // national, example
const QStringList& subjectKinds(); // person, enterprise
const QStringList& stages(const QString& subjectKind);
const QStringList& questionTypes(); // boolean, choice, number, date

} // namespace ow::catalog
