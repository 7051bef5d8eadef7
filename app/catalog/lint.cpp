#include "app/catalog/lint.h"

#include "app/catalog/catalogmerge.h"
#include "app/catalog/catalogparser.h"
#include "app/catalog/lintcontext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace ow::catalog {

namespace {

LintIssue fromError(const Error& e, LintIssue::Severity severity)
{
    return LintIssue {severity, e.code, e.message, e.where};
}

// Reports the second and later uses of a key in a list.
template<typename T, typename Key>
void duplicates(const detail::LintContext& ctx, const QList<T>& list, Key key, const QString& listPointer,
    const QString& keyName, const QString& what)
{
    QSet<QString> seen;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString k = key(list.at(i));
        if (k.isEmpty())
            continue;
        if (seen.contains(k))
            ctx.error(QStringLiteral("duplicateId"),
                QCoreApplication::translate("ow::catalog", "%1 \"%2\" is defined more than once.")
                    .arg(what, k),
                pointerChild(pointerChild(listPointer, i), keyName));
        seen.insert(k);
    }
}

void checkPattern(const detail::LintContext& ctx, const QString& pattern, const QString& pointer)
{
    const QRegularExpression re(pattern);
    if (!re.isValid())
        ctx.error(QStringLiteral("badPattern"),
            QCoreApplication::translate("ow::catalog", "The regular expression \"%1\" is invalid: %2.")
                .arg(pattern, re.errorString()),
            pointer);
}

void checkFieldRefs(const detail::LintContext& ctx, const QList<FieldRef>& refs, const QString& pointer)
{
    QSet<QString> seen;
    for (qsizetype j = 0; j < refs.size(); ++j) {
        const QString p = pointerChild(pointer, j);
        if (!ctx.catalog.field(refs.at(j).id))
            ctx.error(QStringLiteral("unknownField"),
                QCoreApplication::translate(
                    "ow::catalog", "Field \"%1\" is not in the data dictionary (fields.json).")
                    .arg(refs.at(j).id),
                p);
        if (seen.contains(refs.at(j).id))
            ctx.warning(QStringLiteral("duplicateRef"),
                QCoreApplication::translate("ow::catalog", "Field \"%1\" is listed twice.")
                    .arg(refs.at(j).id),
                p);
        seen.insert(refs.at(j).id);
    }
}

void checkMaterialId(const detail::LintContext& ctx, const QString& id, const QString& pointer)
{
    if (!ctx.catalog.material(id))
        ctx.error(QStringLiteral("unknownMaterial"),
            QCoreApplication::translate(
                "ow::catalog", "Material \"%1\" is not in the material dictionary (materials.json).")
                .arg(id),
            pointer);
}

void checkMaterialRefs(const detail::LintContext& ctx, const QList<MaterialRef>& refs, const QString& pointer)
{
    for (qsizetype j = 0; j < refs.size(); ++j)
        checkMaterialId(ctx, refs.at(j).id, pointerChild(pointer, j));
}

void checkDepartment(const detail::LintContext& ctx, const QString& id, const QString& pointer)
{
    if (!id.isEmpty() && !ctx.catalog.department(id))
        ctx.error(QStringLiteral("unknownDepartment"),
            QCoreApplication::translate(
                "ow::catalog", "Department \"%1\" is not in catalog.json \"departments\".")
                .arg(id),
            pointer);
}

void lintDictionaries(const detail::LintContext& ctx)
{
    const Catalog& c = ctx.catalog;
    duplicates(
        ctx, c.sections(), [](const Section& s) { return s.id; }, QStringLiteral("/sections"),
        QStringLiteral("id"), QCoreApplication::translate("ow::catalog", "Section"));
    duplicates(
        ctx, c.departments(), [](const Department& d) { return d.id; }, QStringLiteral("/departments"),
        QStringLiteral("id"), QCoreApplication::translate("ow::catalog", "Department"));
    duplicates(
        ctx, c.fields(), [](const FieldDef& f) { return f.id; }, QStringLiteral("/fields"),
        QStringLiteral("id"), QCoreApplication::translate("ow::catalog", "Field"));
    duplicates(
        ctx, c.materials(), [](const MaterialDef& m) { return m.id; }, QStringLiteral("/materials"),
        QStringLiteral("id"), QCoreApplication::translate("ow::catalog", "Material"));
    duplicates(
        ctx, c.items(), [](const ItemDef& i) { return i.code; }, QStringLiteral("/items"),
        QStringLiteral("code"), QCoreApplication::translate("ow::catalog", "Item"));
    duplicates(
        ctx, c.bundles(), [](const BundleDef& b) { return b.code; }, QStringLiteral("/bundles"),
        QStringLiteral("code"), QCoreApplication::translate("ow::catalog", "Bundle"));

    for (qsizetype i = 0; i < c.fields().size(); ++i) {
        const FieldDef& f = c.fields().at(i);
        const QString p = pointerChild(QStringLiteral("/fields"), i);
        if (!c.section(f.section))
            ctx.error(QStringLiteral("unknownSection"),
                QCoreApplication::translate(
                    "ow::catalog", "Section \"%1\" is not in catalog.json \"sections\".")
                    .arg(f.section),
                pointerChild(p, QStringLiteral("section")));
        else if (!f.id.startsWith(f.section + u'.'))
            ctx.warning(QStringLiteral("fieldSectionMismatch"),
                QCoreApplication::translate(
                    "ow::catalog", "Field id \"%1\" should start with its section \"%2.\".")
                    .arg(f.id, f.section),
                pointerChild(p, QStringLiteral("id")));
        if (f.type == FieldType::Enum && f.options.isEmpty())
            ctx.error(QStringLiteral("enumWithoutOptions"),
                QCoreApplication::translate("ow::catalog", "Enumeration field \"%1\" has no options.")
                    .arg(f.id),
                p);
        if (f.type != FieldType::Enum && !f.options.isEmpty())
            ctx.warning(QStringLiteral("optionsIgnored"),
                QCoreApplication::translate(
                    "ow::catalog", "Field \"%1\" is not an enum; its options are ignored.")
                    .arg(f.id),
                pointerChild(p, QStringLiteral("options")));
        duplicates(
            ctx, f.options, [](const Option& o) { return o.value; },
            pointerChild(p, QStringLiteral("options")), QStringLiteral("value"),
            QCoreApplication::translate("ow::catalog", "Option"));
        if (!f.pattern.isEmpty())
            checkPattern(ctx, f.pattern, pointerChild(p, QStringLiteral("pattern")));
    }
    for (qsizetype i = 0; i < c.materials().size(); ++i) {
        const MaterialDef& m = c.materials().at(i);
        const QString p = pointerChild(QStringLiteral("/materials"), i);
        if (m.id != m.docType + u'.' + m.subject)
            ctx.warning(QStringLiteral("materialIdMismatch"),
                QCoreApplication::translate(
                    "ow::catalog", "Material id \"%1\" should be docType.subject (\"%2.%3\").")
                    .arg(m.id, m.docType, m.subject),
                pointerChild(p, QStringLiteral("id")));
        const QJsonObject patterns = m.extract.value(QStringLiteral("fields")).toObject();
        const QString ep = pointerChild(pointerChild(p, QStringLiteral("extract")), QStringLiteral("fields"));
        for (auto it = patterns.begin(); it != patterns.end(); ++it) {
            if (!c.field(it.key()))
                ctx.error(QStringLiteral("unknownField"),
                    QCoreApplication::translate(
                        "ow::catalog", "Field \"%1\" is not in the data dictionary (fields.json).")
                        .arg(it.key()),
                    pointerChild(ep, it.key()));
            checkPattern(ctx, it.value().toString(), pointerChild(ep, it.key()));
        }
    }
}

void lintItems(const detail::LintContext& ctx)
{
    const Catalog& c = ctx.catalog;
    QSet<QString> inSomeBundle;
    for (const BundleDef& b : c.bundles()) {
        for (const ItemRef& r : b.items)
            inSomeBundle.insert(r.code);
    }
    for (qsizetype i = 0; i < c.items().size(); ++i) {
        const ItemDef& item = c.items().at(i);
        const QString p = pointerChild(QStringLiteral("/items"), i);
        checkDepartment(ctx, item.department, pointerChild(p, QStringLiteral("department")));
        checkFieldRefs(ctx, item.fields, pointerChild(p, QStringLiteral("fields")));
        checkMaterialRefs(ctx, item.materials, pointerChild(p, QStringLiteral("materials")));
        for (qsizetype j = 0; j < item.produces.size(); ++j)
            checkMaterialId(
                ctx, item.produces.at(j), pointerChild(pointerChild(p, QStringLiteral("produces")), j));
        for (qsizetype j = 0; j < item.dependsOn.size(); ++j) {
            if (!c.item(item.dependsOn.at(j)))
                ctx.error(QStringLiteral("unknownItem"),
                    QCoreApplication::translate(
                        "ow::catalog", "Item \"%1\" is not in the item dictionary (items/*.json).")
                        .arg(item.dependsOn.at(j)),
                    pointerChild(pointerChild(p, QStringLiteral("dependsOn")), j));
        }
        if (item.legalDays > 0 && item.promisedDays > item.legalDays)
            ctx.warning(QStringLiteral("promiseOverLegal"),
                QCoreApplication::translate(
                    "ow::catalog", "Item \"%1\" promises %2 working days, more than its legal limit of %3.")
                    .arg(item.code)
                    .arg(item.promisedDays)
                    .arg(item.legalDays),
                pointerChild(p, QStringLiteral("promisedDays")));
        if (!inSomeBundle.contains(item.code))
            ctx.warning(QStringLiteral("itemUnused"),
                QCoreApplication::translate("ow::catalog", "Item \"%1\" is in no bundle.").arg(item.code), p);
    }
}

void lintQuestions(const detail::LintContext& ctx, const BundleDef& b, const QString& p)
{
    duplicates(
        ctx, b.questions, [](const Question& q) { return q.id; },
        pointerChild(p, QStringLiteral("questions")), QStringLiteral("id"),
        QCoreApplication::translate("ow::catalog", "Question"));
    for (qsizetype j = 0; j < b.questions.size(); ++j) {
        const Question& q = b.questions.at(j);
        const QString qp = pointerChild(pointerChild(p, QStringLiteral("questions")), j);
        QStringList values;
        for (const Option& o : q.options)
            values << o.value;
        if (q.type == QStringLiteral("choice") && q.options.isEmpty())
            ctx.error(QStringLiteral("choiceWithoutOptions"),
                QCoreApplication::translate("ow::catalog", "Choice question \"%1\" has no options.")
                    .arg(q.id),
                qp);
        const QJsonValue d = q.defaultValue;
        if (d.isUndefined() || d.isNull())
            continue;
        const bool fits = (q.type == QStringLiteral("boolean") && d.isBool())
            || (q.type == QStringLiteral("number") && d.isDouble())
            || (q.type == QStringLiteral("date") && d.isString())
            || (q.type == QStringLiteral("choice") && values.contains(d.toString()));
        if (!fits)
            ctx.error(QStringLiteral("badDefault"),
                QCoreApplication::translate(
                    "ow::catalog", "The default of question \"%1\" does not fit its type \"%2\".")
                    .arg(q.id, q.type),
                pointerChild(qp, QStringLiteral("default")));
    }
}

void lintFeeds(const detail::LintContext& ctx, const BundleDef& b, const QString& p)
{
    QSet<QString> members;
    for (const ItemRef& r : b.items)
        members.insert(r.code);
    for (qsizetype j = 0; j < b.feeds.size(); ++j) {
        const Feed& f = b.feeds.at(j);
        const QString fp = pointerChild(pointerChild(p, QStringLiteral("feeds")), j);
        bool known = true;
        for (const QString& end : {f.from, f.to}) {
            if (!ctx.catalog.item(end)) {
                known = false;
                ctx.error(QStringLiteral("unknownItem"),
                    QCoreApplication::translate(
                        "ow::catalog", "Item \"%1\" is not in the item dictionary (items/*.json).")
                        .arg(end),
                    fp);
            } else if (!members.contains(end)) {
                ctx.error(QStringLiteral("feedItemNotInBundle"),
                    QCoreApplication::translate(
                        "ow::catalog", "Feed item \"%1\" is not an item of bundle %2.")
                        .arg(end, b.code),
                    fp);
            }
        }
        checkMaterialId(ctx, f.material, pointerChild(fp, QStringLiteral("material")));
        const ItemDef* from = ctx.catalog.item(f.from);
        if (known && from && ctx.catalog.material(f.material) && !from->produces.contains(f.material))
            ctx.error(QStringLiteral("feedNotProduced"),
                QCoreApplication::translate("ow::catalog",
                    "Item \"%1\" does not produce \"%2\" (see its \"produces\"), so it cannot feed it.")
                    .arg(f.from, f.material),
                pointerChild(fp, QStringLiteral("material")));
    }
}

void lintBundles(const detail::LintContext& ctx)
{
    const Catalog& c = ctx.catalog;
    for (qsizetype i = 0; i < c.bundles().size(); ++i) {
        const BundleDef& b = c.bundles().at(i);
        const QString p = pointerChild(QStringLiteral("/bundles"), i);
        checkDepartment(ctx, b.leadDepartment, pointerChild(p, QStringLiteral("leadDepartment")));
        for (qsizetype j = 0; j < b.departments.size(); ++j)
            checkDepartment(
                ctx, b.departments.at(j), pointerChild(pointerChild(p, QStringLiteral("departments")), j));
        duplicates(
            ctx, b.items, [](const ItemRef& r) { return r.code; }, pointerChild(p, QStringLiteral("items")),
            QStringLiteral("code"), QCoreApplication::translate("ow::catalog", "Bundle item"));
        for (qsizetype j = 0; j < b.items.size(); ++j) {
            const ItemDef* item = c.item(b.items.at(j).code);
            const QString ip = pointerChild(pointerChild(p, QStringLiteral("items")), j);
            if (!item)
                ctx.error(QStringLiteral("unknownItem"),
                    QCoreApplication::translate(
                        "ow::catalog", "Item \"%1\" is not in the item dictionary (items/*.json).")
                        .arg(b.items.at(j).code),
                    ip);
            else if (c.department(item->department) && !b.departments.contains(item->department)
                && b.leadDepartment != item->department)
                ctx.warning(QStringLiteral("departmentNotListed"),
                    QCoreApplication::translate("ow::catalog",
                        "Department \"%1\" of item \"%2\" is not among the bundle's departments.")
                        .arg(item->department, item->code),
                    ip);
        }
        checkFieldRefs(ctx, b.fields, pointerChild(p, QStringLiteral("fields")));
        checkMaterialRefs(ctx, b.materials, pointerChild(p, QStringLiteral("materials")));
        const QString ap = pointerChild(p, QStringLiteral("agent"));
        checkFieldRefs(ctx, b.agentFields, pointerChild(ap, QStringLiteral("fields")));
        checkMaterialRefs(ctx, b.agentMaterials, pointerChild(ap, QStringLiteral("materials")));
        for (qsizetype j = 0; j < b.derived.size(); ++j) {
            if (!c.field(b.derived.at(j).field))
                ctx.error(QStringLiteral("unknownField"),
                    QCoreApplication::translate(
                        "ow::catalog", "Field \"%1\" is not in the data dictionary (fields.json).")
                        .arg(b.derived.at(j).field),
                    pointerChild(pointerChild(pointerChild(p, QStringLiteral("derived")), j),
                        QStringLiteral("field")));
        }
        const QString tp
            = pointerChild(pointerChild(p, QStringLiteral("tolerance")), QStringLiteral("materials"));
        for (qsizetype j = 0; j < b.toleranceMaterials.size(); ++j) {
            const MaterialDef* m = c.material(b.toleranceMaterials.at(j));
            checkMaterialId(ctx, b.toleranceMaterials.at(j), pointerChild(tp, j));
            if (m && m->key)
                ctx.error(QStringLiteral("keyMaterialTolerated"),
                    QCoreApplication::translate("ow::catalog",
                        "Material \"%1\" is a key material and can never be missing under 容缺受理.")
                        .arg(m->id),
                    pointerChild(tp, j));
        }
        if (!b.toleranceAllowed && !b.toleranceMaterials.isEmpty())
            ctx.warning(QStringLiteral("toleranceDisabled"),
                QCoreApplication::translate(
                    "ow::catalog", "Bundle %1 lists tolerance materials but does not allow 容缺受理.")
                    .arg(b.code),
                tp);
        lintQuestions(ctx, b, p);
        lintFeeds(ctx, b, p);
    }
}

} // namespace

namespace detail {

void lintReferences(const LintContext& ctx)
{
    lintDictionaries(ctx);
    lintItems(ctx);
    lintBundles(ctx);
}

} // namespace detail

QJsonObject LintIssue::toJson() const
{
    return QJsonObject {
        {QStringLiteral("severity"), isError() ? QStringLiteral("error") : QStringLiteral("warning")},
        {QStringLiteral("code"), code}, {QStringLiteral("message"), message},
        {QStringLiteral("where"), where}};
}

QList<LintIssue> lint(const Catalog& catalog)
{
    QList<LintIssue> issues;
    for (const Error& w : catalog.loadWarnings())
        issues.append(fromError(w, LintIssue::Severity::Warning));
    const detail::LintContext ctx {catalog, issues};
    detail::lintReferences(ctx);
    detail::lintRules(ctx);
    detail::lintCycles(ctx);
    return issues;
}

QList<LintIssue> lintJson(const QJsonObject& merged, const SourceMap& sources)
{
    CatalogParser parser(merged, sources);
    const Catalog catalog = parser.parse();
    if (parser.errors().isEmpty())
        return lint(catalog);
    QList<LintIssue> issues;
    for (const Error& e : parser.errors())
        issues.append(fromError(e, LintIssue::Severity::Error));
    for (const Error& w : parser.warnings())
        issues.append(fromError(w, LintIssue::Severity::Warning));
    return issues;
}

QList<LintIssue> lintPath(const QString& fileOrDirectory)
{
    QList<Error> errors;
    const MergedCatalog merged = readCatalogSource(fileOrDirectory, errors);
    QList<LintIssue> issues;
    if (errors.isEmpty())
        return lintJson(merged.document, merged.sources);
    // Some files could not be read: report them, plus the structural errors of the files that could
    // (reference checks would only echo the missing files).
    QStringList failedFiles;
    for (const Error& e : std::as_const(errors)) {
        issues.append(fromError(e, LintIssue::Severity::Error));
        failedFiles << e.where.section(u':', 0, 0);
    }
    CatalogParser parser(merged.document, merged.sources);
    (void)parser.parse();
    for (const Error& e : parser.errors()) {
        if (!failedFiles.contains(e.where.section(u':', 0, 0)))
            issues.append(fromError(e, LintIssue::Severity::Error));
    }
    return issues;
}

bool hasErrors(const QList<LintIssue>& issues)
{
    return std::any_of(issues.begin(), issues.end(), [](const LintIssue& i) { return i.isError(); });
}

QJsonObject lintReport(const QList<LintIssue>& issues)
{
    QJsonArray errors, warnings;
    for (const LintIssue& i : issues)
        (i.isError() ? errors : warnings).append(i.toJson());
    return QJsonObject {{QStringLiteral("ok"), errors.isEmpty()}, {QStringLiteral("errors"), errors},
        {QStringLiteral("warnings"), warnings}};
}

} // namespace ow::catalog
