#include "app/catalog/catalogparser.h"

#include "app/catalog/cataloghash.h"

#include <QCoreApplication>

namespace ow::catalog {

CatalogParser::CatalogParser(const QJsonObject& merged, const SourceMap& sources)
    : m_doc(merged)
    , m_sources(sources)
    , m_reader(m_sources)
{ }

Catalog CatalogParser::parse()
{
    Catalog c;
    c.m_merged = m_doc;
    c.m_sources = m_sources;
    parseHeader(c);

    const QJsonArray fields = m_reader.array(m_doc, QString(), QStringLiteral("fields"), true);
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const QString ptr = pointerChild(QStringLiteral("/fields"), i);
        const QJsonObject o = m_reader.element(fields.at(i), ptr, QStringLiteral("A field"));
        if (!o.isEmpty())
            c.m_fields.append(parseField(o, ptr));
    }
    const QJsonArray materials = m_reader.array(m_doc, QString(), QStringLiteral("materials"), true);
    for (qsizetype i = 0; i < materials.size(); ++i) {
        const QString ptr = pointerChild(QStringLiteral("/materials"), i);
        const QJsonObject o = m_reader.element(materials.at(i), ptr, QStringLiteral("A material"));
        if (!o.isEmpty())
            c.m_materials.append(parseMaterial(o, ptr));
    }
    const QJsonArray items = m_reader.array(m_doc, QString(), QStringLiteral("items"), true);
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString ptr = pointerChild(QStringLiteral("/items"), i);
        const QJsonObject o = m_reader.element(items.at(i), ptr, QStringLiteral("An item"));
        if (!o.isEmpty())
            c.m_items.append(parseItem(o, ptr));
    }
    const QJsonArray bundles = m_reader.array(m_doc, QString(), QStringLiteral("bundles"), true);
    for (qsizetype i = 0; i < bundles.size(); ++i) {
        const QString ptr = pointerChild(QStringLiteral("/bundles"), i);
        const QJsonObject o = m_reader.element(bundles.at(i), ptr, QStringLiteral("A bundle"));
        if (!o.isEmpty())
            c.m_bundles.append(parseBundle(o, ptr));
    }
    parseCalendar(c);
    buildIndexes(c);
    c.m_hash = contentHash(m_doc);
    c.m_loadWarnings = m_reader.warnings();
    return c;
}

void CatalogParser::parseHeader(Catalog& c)
{
    JsonReader& r = m_reader;
    const QString root;
    r.checkKeys(m_doc, root,
        {QStringLiteral("formatVersion"), QStringLiteral("version"), QStringLiteral("title"),
            QStringLiteral("hall"), QStringLiteral("sections"), QStringLiteral("departments"),
            QStringLiteral("fields"), QStringLiteral("materials"), QStringLiteral("items"),
            QStringLiteral("bundles"), QStringLiteral("calendar"), QStringLiteral("description"),
            QStringLiteral("publishedAt")});
    const QJsonValue format = m_doc.value(QStringLiteral("formatVersion"));
    if (format.isUndefined())
        r.error(QStringLiteral("catalog.missingKey"),
            QCoreApplication::translate("ow::catalog", "Required key \"%1\" is missing.")
                .arg(QStringLiteral("formatVersion")),
            root);
    else if (format.toInt(-1) != 1)
        r.error(QStringLiteral("catalog.formatVersion"),
            QCoreApplication::translate(
                "ow::catalog", "Catalog format version %1 is not supported; this program reads version 1.")
                .arg(format.isDouble() ? QString::number(format.toDouble()) : jsonTypeName(format)),
            QStringLiteral("/formatVersion"));
    c.m_version = r.id(m_doc, root, QStringLiteral("version"));
    c.m_title = r.text(m_doc, root, QStringLiteral("title"), true);

    const QJsonObject hall = r.object(m_doc, root, QStringLiteral("hall"));
    const QString hallPtr = QStringLiteral("/hall");
    c.m_hall.name = r.text(hall, hallPtr, QStringLiteral("name"));
    c.m_hall.address = r.text(hall, hallPtr, QStringLiteral("address"));
    c.m_hall.hours = r.text(hall, hallPtr, QStringLiteral("hours"));
    c.m_hall.phone = r.string(hall, hallPtr, QStringLiteral("phone"));
    r.checkKeys(hall, hallPtr,
        {QStringLiteral("name"), QStringLiteral("address"), QStringLiteral("hours"), QStringLiteral("phone"),
            QStringLiteral("code")});

    const QJsonArray sections = r.array(m_doc, root, QStringLiteral("sections"), true);
    for (qsizetype i = 0; i < sections.size(); ++i) {
        const QString ptr = pointerChild(QStringLiteral("/sections"), i);
        const QJsonObject o = r.element(sections.at(i), ptr, QStringLiteral("A section"));
        if (o.isEmpty())
            continue;
        c.m_sections.append(
            {r.id(o, ptr, QStringLiteral("id")), r.text(o, ptr, QStringLiteral("label"), true)});
        r.checkKeys(o, ptr, {QStringLiteral("id"), QStringLiteral("label")});
    }
    const QJsonArray departments = r.array(m_doc, root, QStringLiteral("departments"), true);
    for (qsizetype i = 0; i < departments.size(); ++i) {
        const QString ptr = pointerChild(QStringLiteral("/departments"), i);
        const QJsonObject o = r.element(departments.at(i), ptr, QStringLiteral("A department"));
        if (o.isEmpty())
            continue;
        c.m_departments.append(
            {r.id(o, ptr, QStringLiteral("id")), r.text(o, ptr, QStringLiteral("name"), true)});
        r.checkKeys(o, ptr, {QStringLiteral("id"), QStringLiteral("name")});
    }
}

QList<Option> CatalogParser::parseOptions(const QJsonObject& o, const QString& ptr)
{
    QList<Option> out;
    const QJsonArray options = m_reader.array(o, ptr, QStringLiteral("options"));
    for (qsizetype i = 0; i < options.size(); ++i) {
        const QString optPtr = pointerChild(pointerChild(ptr, QStringLiteral("options")), i);
        const QJsonObject opt = m_reader.element(options.at(i), optPtr, QStringLiteral("An option"));
        if (opt.isEmpty())
            continue;
        out.append({m_reader.id(opt, optPtr, QStringLiteral("value")),
            m_reader.text(opt, optPtr, QStringLiteral("label"), true)});
        m_reader.checkKeys(opt, optPtr, {QStringLiteral("value"), QStringLiteral("label")});
    }
    return out;
}

FieldDef CatalogParser::parseField(const QJsonObject& o, const QString& ptr)
{
    JsonReader& r = m_reader;
    FieldDef f;
    f.id = r.id(o, ptr, QStringLiteral("id"));
    f.label = r.text(o, ptr, QStringLiteral("label"), true);
    const QString type = r.oneOf(o, ptr, QStringLiteral("type"), fieldTypeNames(), true);
    if (!type.isEmpty())
        f.type = FieldType(fieldTypeNames().indexOf(type));
    f.section = r.id(o, ptr, QStringLiteral("section"));
    f.maxLength = r.integer(o, ptr, QStringLiteral("maxLength"));
    f.options = parseOptions(o, ptr);
    f.pattern = r.string(o, ptr, QStringLiteral("pattern"));
    f.help = r.text(o, ptr, QStringLiteral("help"));
    f.prefill = r.strings(o, ptr, QStringLiteral("prefill"));
    r.checkKeys(o, ptr,
        {QStringLiteral("id"), QStringLiteral("label"), QStringLiteral("type"), QStringLiteral("section"),
            QStringLiteral("maxLength"), QStringLiteral("options"), QStringLiteral("pattern"),
            QStringLiteral("help"), QStringLiteral("prefill")});
    return f;
}

MaterialDef CatalogParser::parseMaterial(const QJsonObject& o, const QString& ptr)
{
    JsonReader& r = m_reader;
    MaterialDef m;
    m.id = r.id(o, ptr, QStringLiteral("id"));
    m.docType = r.id(o, ptr, QStringLiteral("docType"));
    m.subject = r.id(o, ptr, QStringLiteral("subject"));
    m.name = r.text(o, ptr, QStringLiteral("name"), true);
    const QString waysPtr = pointerChild(ptr, QStringLiteral("ways"));
    const QJsonArray ways = r.array(o, ptr, QStringLiteral("ways"), true);
    if (o.value(QStringLiteral("ways")).isArray() && ways.isEmpty())
        r.error(QStringLiteral("catalog.emptyList"),
            QCoreApplication::translate("ow::catalog", "A material needs at least one way to satisfy it."),
            waysPtr);
    for (qsizetype i = 0; i < ways.size(); ++i) {
        const qsizetype w = wayNames().indexOf(ways.at(i).toString());
        if (!ways.at(i).isString() || w < 0) {
            r.error(QStringLiteral("catalog.unknownValue"),
                QCoreApplication::translate("ow::catalog", "\"%1\" is not a known way; expected one of: %2.")
                    .arg(ways.at(i).toVariant().toString(), wayNames().join(QStringLiteral(", "))),
                pointerChild(waysPtr, i));
            continue;
        }
        m.ways.append(Way(w));
    }
    m.verification = r.string(o, ptr, QStringLiteral("verification"));
    m.key = r.boolean(o, ptr, QStringLiteral("key"));
    m.obtainFrom = r.text(o, ptr, QStringLiteral("obtainFrom"));
    m.copies = r.integer(o, ptr, QStringLiteral("copies"));
    m.extract = r.object(o, ptr, QStringLiteral("extract"));
    r.checkKeys(o, ptr,
        {QStringLiteral("id"), QStringLiteral("docType"), QStringLiteral("subject"), QStringLiteral("name"),
            QStringLiteral("ways"), QStringLiteral("verification"), QStringLiteral("key"),
            QStringLiteral("obtainFrom"), QStringLiteral("copies"), QStringLiteral("extract"),
            QStringLiteral("note")});
    return m;
}

QList<FieldRef> CatalogParser::parseFieldRefs(const QJsonObject& o, const QString& ptr, const QString& key)
{
    QList<FieldRef> out;
    const QJsonArray refs = m_reader.array(o, ptr, key);
    for (qsizetype i = 0; i < refs.size(); ++i) {
        const QString refPtr = pointerChild(pointerChild(ptr, key), i);
        if (refs.at(i).isString() && !refs.at(i).toString().isEmpty()) {
            out.append({refs.at(i).toString(), QJsonValue(QJsonValue::Undefined), true});
            continue;
        }
        if (!refs.at(i).isObject()) {
            m_reader.error(QStringLiteral("catalog.wrongType"),
                QCoreApplication::translate("ow::catalog",
                    "A field reference must be a field id or an object {\"id\", \"when\", \"required\"}, not "
                    "%1.")
                    .arg(jsonTypeName(refs.at(i))),
                refPtr);
            continue;
        }
        const QJsonObject ref = refs.at(i).toObject();
        out.append({m_reader.id(ref, refPtr, QStringLiteral("id")), ref.value(QStringLiteral("when")),
            m_reader.boolean(ref, refPtr, QStringLiteral("required"), true)});
        m_reader.checkKeys(
            ref, refPtr, {QStringLiteral("id"), QStringLiteral("when"), QStringLiteral("required")});
    }
    return out;
}

QList<MaterialRef> CatalogParser::parseMaterialRefs(
    const QJsonObject& o, const QString& ptr, const QString& key)
{
    QList<MaterialRef> out;
    const QJsonArray refs = m_reader.array(o, ptr, key);
    for (qsizetype i = 0; i < refs.size(); ++i) {
        const QString refPtr = pointerChild(pointerChild(ptr, key), i);
        if (refs.at(i).isString() && !refs.at(i).toString().isEmpty()) {
            out.append({refs.at(i).toString(), QJsonValue(QJsonValue::Undefined), Text {}});
            continue;
        }
        if (!refs.at(i).isObject()) {
            m_reader.error(QStringLiteral("catalog.wrongType"),
                QCoreApplication::translate("ow::catalog",
                    "A material reference must be a material id or an object {\"id\", \"reason\", \"when\"}, "
                    "not %1.")
                    .arg(jsonTypeName(refs.at(i))),
                refPtr);
            continue;
        }
        const QJsonObject ref = refs.at(i).toObject();
        out.append({m_reader.id(ref, refPtr, QStringLiteral("id")), ref.value(QStringLiteral("when")),
            m_reader.text(ref, refPtr, QStringLiteral("reason"))});
        m_reader.checkKeys(
            ref, refPtr, {QStringLiteral("id"), QStringLiteral("when"), QStringLiteral("reason")});
    }
    return out;
}

ItemDef CatalogParser::parseItem(const QJsonObject& o, const QString& ptr)
{
    JsonReader& r = m_reader;
    ItemDef item;
    item.code = r.id(o, ptr, QStringLiteral("code"));
    item.nationalCode = r.string(o, ptr, QStringLiteral("nationalCode"));
    item.name = r.text(o, ptr, QStringLiteral("name"), true);
    item.department = r.id(o, ptr, QStringLiteral("department"));
    item.legalDays = r.integer(o, ptr, QStringLiteral("legalDays"));
    item.promisedDays = r.integer(o, ptr, QStringLiteral("promisedDays"));
    const QJsonObject fee = r.object(o, ptr, QStringLiteral("fee"));
    const QString feePtr = pointerChild(ptr, QStringLiteral("fee"));
    item.feeAmount = r.number(fee, feePtr, QStringLiteral("amount"));
    item.feeNote = r.text(fee, feePtr, QStringLiteral("note"));
    r.checkKeys(fee, feePtr, {QStringLiteral("amount"), QStringLiteral("note")});
    item.conditions = r.text(o, ptr, QStringLiteral("conditions"));
    item.basis = r.text(o, ptr, QStringLiteral("basis"));
    item.fields = parseFieldRefs(o, ptr, QStringLiteral("fields"));
    item.materials = parseMaterialRefs(o, ptr, QStringLiteral("materials"));
    item.produces = r.strings(o, ptr, QStringLiteral("produces"));
    item.dependsOn = r.strings(o, ptr, QStringLiteral("dependsOn"));
    r.checkKeys(o, ptr,
        {QStringLiteral("code"), QStringLiteral("nationalCode"), QStringLiteral("name"),
            QStringLiteral("department"), QStringLiteral("legalDays"), QStringLiteral("promisedDays"),
            QStringLiteral("fee"), QStringLiteral("conditions"), QStringLiteral("basis"),
            QStringLiteral("fields"), QStringLiteral("materials"), QStringLiteral("produces"),
            QStringLiteral("dependsOn"), QStringLiteral("status"), QStringLiteral("note")});
    return item;
}

void CatalogParser::parseCalendar(Catalog& c)
{
    const QJsonValue cal = m_doc.value(QStringLiteral("calendar"));
    if (cal.isUndefined() || cal.isNull())
        return;
    if (!cal.isObject()) {
        m_reader.error(QStringLiteral("catalog.wrongType"),
            QCoreApplication::translate("ow::catalog", "\"calendar\" must be an object, not %1.")
                .arg(jsonTypeName(cal)),
            QStringLiteral("/calendar"));
        return;
    }
    auto calendar = rules::WorkingCalendar::fromJson(QJsonObject {{QStringLiteral("calendar"), cal}});
    if (!calendar) {
        const QString inner = calendar.error().where;
        m_reader.error(calendar.error().code, calendar.error().message,
            inner.startsWith(QStringLiteral("/calendar")) ? inner : QStringLiteral("/calendar"));
        return;
    }
    c.m_calendar = *calendar;
}

void CatalogParser::buildIndexes(Catalog& c)
{
    // The first definition wins; duplicates are reported by lint.
    auto index = [](auto& list, auto key, QHash<QString, qsizetype>& out) {
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString k = key(list.at(i));
            if (!out.contains(k))
                out.insert(k, i);
        }
    };
    index(
        c.m_fields, [](const FieldDef& f) { return f.id; }, c.m_fieldIndex);
    index(
        c.m_materials, [](const MaterialDef& m) { return m.id; }, c.m_materialIndex);
    index(
        c.m_items, [](const ItemDef& i) { return i.code; }, c.m_itemIndex);
    index(
        c.m_bundles, [](const BundleDef& b) { return b.code; }, c.m_bundleIndex);
    index(
        c.m_sections, [](const Section& s) { return s.id; }, c.m_sectionIndex);
    index(
        c.m_departments, [](const Department& d) { return d.id; }, c.m_departmentIndex);
    for (const ItemDef& item : std::as_const(c.m_items)) {
        for (const QString& m : item.produces) {
            if (!c.m_producers[m].contains(item.code))
                c.m_producers[m].append(item.code);
        }
    }
}

} // namespace ow::catalog
