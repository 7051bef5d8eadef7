// The bundle half of CatalogParser: bundles, their guidance questions, item references, agent, tolerance,
// derived fields and feeds.
#include "app/catalog/catalogparser.h"

#include <QCoreApplication>

namespace ow::catalog {

BundleDef CatalogParser::parseBundle(const QJsonObject& o, const QString& ptr)
{
    JsonReader& r = m_reader;
    BundleDef b;
    b.code = r.id(o, ptr, QStringLiteral("code"));
    b.name = r.text(o, ptr, QStringLiteral("name"), true);
    b.aliases = r.strings(o, ptr, QStringLiteral("aliases"));
    b.listType = r.oneOf(o, ptr, QStringLiteral("listType"), listTypes(), true);
    b.batch = r.string(o, ptr, QStringLiteral("batch"));
    b.status = r.oneOf(o, ptr, QStringLiteral("status"), bundleStatuses(), true);
    b.subjectKind = r.oneOf(o, ptr, QStringLiteral("subjectKind"), subjectKinds(), true);
    if (!b.subjectKind.isEmpty())
        b.stage = r.oneOf(o, ptr, QStringLiteral("stage"), stages(b.subjectKind), true);
    b.leadDepartment = r.id(o, ptr, QStringLiteral("leadDepartment"));
    b.departments = r.strings(o, ptr, QStringLiteral("departments"));
    b.summary = r.text(o, ptr, QStringLiteral("summary"));
    b.promisedDays = r.integer(o, ptr, QStringLiteral("promisedDays"));

    const QJsonArray questions = r.array(o, ptr, QStringLiteral("questions"));
    for (qsizetype i = 0; i < questions.size(); ++i) {
        const QString qPtr = pointerChild(pointerChild(ptr, QStringLiteral("questions")), i);
        const QJsonObject q = r.element(questions.at(i), qPtr, QStringLiteral("A question"));
        if (!q.isEmpty())
            b.questions.append(parseQuestion(q, qPtr));
    }
    b.items = parseItemRefs(o, ptr);
    b.materials = parseMaterialRefs(o, ptr, QStringLiteral("materials"));
    b.fields = parseFieldRefs(o, ptr, QStringLiteral("fields"));
    parseAgent(o, ptr, b);
    parseTolerance(o, ptr, b);
    parseDerivedAndFeeds(o, ptr, b);
    r.checkKeys(o, ptr,
        {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("aliases"),
            QStringLiteral("listType"), QStringLiteral("batch"), QStringLiteral("status"),
            QStringLiteral("subjectKind"), QStringLiteral("stage"), QStringLiteral("leadDepartment"),
            QStringLiteral("departments"), QStringLiteral("summary"), QStringLiteral("promisedDays"),
            QStringLiteral("questions"), QStringLiteral("items"), QStringLiteral("materials"),
            QStringLiteral("fields"), QStringLiteral("agent"), QStringLiteral("tolerance"),
            QStringLiteral("derived"), QStringLiteral("feeds"), QStringLiteral("note"),
            QStringLiteral("sources")});
    return b;
}

Question CatalogParser::parseQuestion(const QJsonObject& o, const QString& ptr)
{
    JsonReader& r = m_reader;
    Question q;
    q.id = r.id(o, ptr, QStringLiteral("id"));
    q.text = r.text(o, ptr, QStringLiteral("text"), true);
    q.type = r.oneOf(o, ptr, QStringLiteral("type"), questionTypes(), true);
    q.options = parseOptions(o, ptr);
    q.defaultValue = o.value(QStringLiteral("default"));
    q.help = r.text(o, ptr, QStringLiteral("help"));
    r.checkKeys(o, ptr,
        {QStringLiteral("id"), QStringLiteral("text"), QStringLiteral("type"), QStringLiteral("options"),
            QStringLiteral("default"), QStringLiteral("help")});
    return q;
}

QList<ItemRef> CatalogParser::parseItemRefs(const QJsonObject& o, const QString& ptr)
{
    QList<ItemRef> out;
    const QString key = QStringLiteral("items");
    const QJsonArray refs = m_reader.array(o, ptr, key, true);
    if (o.value(key).isArray() && refs.isEmpty())
        m_reader.error(QStringLiteral("catalog.emptyList"),
            QCoreApplication::translate("ow::catalog", "A bundle needs at least one item."),
            pointerChild(ptr, key));
    for (qsizetype i = 0; i < refs.size(); ++i) {
        const QString refPtr = pointerChild(pointerChild(ptr, key), i);
        if (refs.at(i).isString() && !refs.at(i).toString().isEmpty()) {
            out.append({refs.at(i).toString(), QJsonValue(QJsonValue::Undefined), Text {}});
            continue;
        }
        const QJsonObject ref = m_reader.element(refs.at(i), refPtr, QStringLiteral("An item reference"));
        if (ref.isEmpty())
            continue;
        out.append({m_reader.id(ref, refPtr, QStringLiteral("code")), ref.value(QStringLiteral("when")),
            m_reader.text(ref, refPtr, QStringLiteral("reason"))});
        m_reader.checkKeys(
            ref, refPtr, {QStringLiteral("code"), QStringLiteral("when"), QStringLiteral("reason")});
    }
    return out;
}

void CatalogParser::parseAgent(const QJsonObject& o, const QString& ptr, BundleDef& b)
{
    const QJsonObject agent = m_reader.object(o, ptr, QStringLiteral("agent"));
    const QString agentPtr = pointerChild(ptr, QStringLiteral("agent"));
    b.agentMaterials = parseMaterialRefs(agent, agentPtr, QStringLiteral("materials"));
    b.agentFields = parseFieldRefs(agent, agentPtr, QStringLiteral("fields"));
    m_reader.checkKeys(agent, agentPtr, {QStringLiteral("materials"), QStringLiteral("fields")});
}

void CatalogParser::parseTolerance(const QJsonObject& o, const QString& ptr, BundleDef& b)
{
    const QJsonObject tolerance = m_reader.object(o, ptr, QStringLiteral("tolerance"));
    const QString tPtr = pointerChild(ptr, QStringLiteral("tolerance"));
    b.toleranceAllowed = m_reader.boolean(tolerance, tPtr, QStringLiteral("allowed"));
    b.toleranceMaterials = m_reader.strings(tolerance, tPtr, QStringLiteral("materials"));
    b.toleranceDueDays = m_reader.integer(tolerance, tPtr, QStringLiteral("dueDays"));
    m_reader.checkKeys(
        tolerance, tPtr, {QStringLiteral("allowed"), QStringLiteral("materials"), QStringLiteral("dueDays")});
}

void CatalogParser::parseDerivedAndFeeds(const QJsonObject& o, const QString& ptr, BundleDef& b)
{
    JsonReader& r = m_reader;
    const QJsonArray derived = r.array(o, ptr, QStringLiteral("derived"));
    for (qsizetype i = 0; i < derived.size(); ++i) {
        const QString dPtr = pointerChild(pointerChild(ptr, QStringLiteral("derived")), i);
        const QJsonObject d = r.element(derived.at(i), dPtr, QStringLiteral("A derived field"));
        if (d.isEmpty())
            continue;
        if (!d.contains(QStringLiteral("rule")))
            r.error(QStringLiteral("catalog.missingKey"),
                QCoreApplication::translate("ow::catalog", "Required key \"%1\" is missing.")
                    .arg(QStringLiteral("rule")),
                dPtr);
        b.derived.append({r.id(d, dPtr, QStringLiteral("field")), d.value(QStringLiteral("rule"))});
        r.checkKeys(d, dPtr, {QStringLiteral("field"), QStringLiteral("rule")});
    }
    const QJsonArray feeds = r.array(o, ptr, QStringLiteral("feeds"));
    for (qsizetype i = 0; i < feeds.size(); ++i) {
        const QString fPtr = pointerChild(pointerChild(ptr, QStringLiteral("feeds")), i);
        const QJsonObject f = r.element(feeds.at(i), fPtr, QStringLiteral("A feed"));
        if (f.isEmpty())
            continue;
        b.feeds.append({r.id(f, fPtr, QStringLiteral("from")), r.id(f, fPtr, QStringLiteral("to")),
            r.id(f, fPtr, QStringLiteral("material"))});
        r.checkKeys(f, fPtr, {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("material")});
    }
}

} // namespace ow::catalog
