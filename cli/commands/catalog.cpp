// onewindow-cli catalog …: lint a catalog, show the plan of a bundle for some answers, list bundles, import a
// newer catalog into the local store and list the stored versions.
#include "app/catalog/catalog.h"
#include "app/catalog/catalogrepository.h"
#include "app/catalog/lint.h"
#include "app/catalog/plan.h"
#include "app/common/settings.h"
#include "app/store/localstore.h"
#include "cli/command.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace ow::catalog;

namespace {

// The language of catalog texts: --lang (taken by main() for messages) picks en; the default is zh.
QString textLanguage()
{
    const QStringList all = QCoreApplication::arguments();
    for (qsizetype i = 0; i < all.size(); ++i) {
        QString value;
        if (all.at(i) == QStringLiteral("--lang") && i + 1 < all.size())
            value = all.at(i + 1);
        else if (all.at(i).startsWith(QStringLiteral("--lang=")))
            value = all.at(i).mid(7);
        if (!value.isEmpty())
            return value.startsWith(QStringLiteral("en")) ? QStringLiteral("en") : QStringLiteral("zh");
    }
    return QStringLiteral("zh");
}

QJsonObject catalogInfo(const Catalog& c)
{
    return QJsonObject {{QStringLiteral("version"), c.version()}, {QStringLiteral("hash"), c.contentHash()},
        {QStringLiteral("title"), c.title().get(textLanguage())}};
}

ow::Result<std::shared_ptr<ow::store::LocalStore>> openStore(const QString& dataDir)
{
    return ow::store::LocalStore::open(ow::AppSettings(dataDir).databasePath());
}

// --catalog PATH, else --data-dir DIR (the active catalog of that local store), else the embedded default.
ow::Result<Catalog> chooseCatalog(QStringList& args)
{
    const QString path = ow::cli::takeOption(args, QStringLiteral("catalog"));
    const QString dataDir = ow::cli::takeOption(args, QStringLiteral("data-dir"));
    if (!path.isEmpty())
        return Catalog::load(path);
    if (!dataDir.isEmpty()) {
        auto store = openStore(dataDir);
        if (!store)
            return store.error();
        return CatalogRepository(*store).loadActive();
    }
    return Catalog::embeddedDefault();
}

int failWith(const ow::Error& e, int code = 2)
{
    return ow::cli::fail(
        e.where.isEmpty() ? e.message : e.message + QStringLiteral(" [") + e.where + u']', code);
}

int runLint(QStringList args)
{
    const QString path = args.isEmpty() ? QStringLiteral(":/catalog/default") : args.takeFirst();
    if (!args.isEmpty())
        return ow::cli::fail(QCoreApplication::translate("ow::cli", "usage: catalog lint [FILE_OR_DIR]"));
    const QList<LintIssue> issues = lintPath(path);
    QJsonObject report = lintReport(issues);
    if (!hasErrors(issues)) {
        if (auto c = Catalog::load(path))
            report.insert(QStringLiteral("catalog"), catalogInfo(*c));
    }
    ow::cli::printJson(report);
    return hasErrors(issues) ? 1 : 0;
}

int runShow(QStringList args)
{
    const QString answersText = ow::cli::takeOption(args, QStringLiteral("answers"), QStringLiteral("{}"));
    const QString fieldsText = ow::cli::takeOption(args, QStringLiteral("fields"), QStringLiteral("{}"));
    const QString todayText = ow::cli::takeOption(args, QStringLiteral("today"));
    const bool proxy = ow::cli::takeFlag(args, QStringLiteral("proxy"));
    auto catalog = chooseCatalog(args);
    if (args.size() != 1)
        return ow::cli::fail(QCoreApplication::translate("ow::cli",
            "usage: catalog show BUNDLE_CODE [--answers JSON] [--fields JSON] [--proxy] "
            "[--today YYYY-MM-DD] [--lang zh|en] [--catalog PATH | --data-dir DIR]"));
    if (!catalog)
        return failWith(catalog.error(), 1);

    PlanInput input;
    input.proxy = proxy;
    for (const auto& [text, target] :
        {std::pair {&answersText, &input.answers}, {&fieldsText, &input.fieldValues}}) {
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(text->toUtf8(), &pe);
        if (pe.error != QJsonParseError::NoError || !doc.isObject())
            return ow::cli::fail(QCoreApplication::translate("ow::cli", "%1 is not a JSON object (%2).")
                                     .arg(*text,
                                         pe.error != QJsonParseError::NoError
                                             ? pe.errorString()
                                             : QCoreApplication::translate("ow::cli", "not an object")));
        *target = doc.object();
    }
    if (!todayText.isEmpty()) {
        input.today = QDate::fromString(todayText, Qt::ISODate);
        if (!input.today.isValid())
            return ow::cli::fail(
                QCoreApplication::translate("ow::cli", "--today must be a date YYYY-MM-DD, not %1.")
                    .arg(todayText));
    }
    auto plan = computePlan(*catalog, args.first(), input);
    if (!plan) {
        const QString code = plan.error().code;
        if (code == QStringLiteral("plan.unknownBundle")) {
            QStringList codes;
            for (const BundleDef& b : catalog->bundles())
                codes << b.code;
            return ow::cli::fail(plan.error().message + u' '
                + QCoreApplication::translate("ow::cli", "Known bundles: %1.")
                      .arg(codes.join(QStringLiteral(", "))));
        }
        const bool badInput
            = code == QStringLiteral("plan.unknownAnswer") || code == QStringLiteral("plan.badAnswer");
        return failWith(plan.error(), badInput ? 2 : 1);
    }
    ow::cli::printJson(plan->toJson(textLanguage()));
    return 0;
}

int runList(QStringList args)
{
    auto catalog = chooseCatalog(args);
    if (!args.isEmpty())
        return ow::cli::fail(QCoreApplication::translate(
            "ow::cli", "usage: catalog list [--catalog PATH | --data-dir DIR] [--lang zh|en]"));
    if (!catalog)
        return failWith(catalog.error(), 1);
    const QString lang = textLanguage();
    QJsonArray bundles;
    for (const BundleDef& b : catalog->bundles()) {
        const Department* lead = catalog->department(b.leadDepartment);
        bundles.append(QJsonObject {{QStringLiteral("code"), b.code},
            {QStringLiteral("name"), b.name.get(lang)}, {QStringLiteral("listType"), b.listType},
            {QStringLiteral("batch"), b.batch}, {QStringLiteral("status"), b.status},
            {QStringLiteral("subjectKind"), b.subjectKind}, {QStringLiteral("stage"), b.stage},
            {QStringLiteral("leadDepartment"), lead ? lead->name.get(lang) : b.leadDepartment},
            {QStringLiteral("items"), int(b.items.size())},
            {QStringLiteral("questions"), int(b.questions.size())}});
    }
    ow::cli::printJson(QJsonObject {
        {QStringLiteral("catalog"), catalogInfo(*catalog)}, {QStringLiteral("bundles"), bundles}});
    return 0;
}

QJsonArray versionList(CatalogRepository& repo)
{
    QJsonArray out;
    if (auto all = repo.versions()) {
        for (const CatalogVersion& v : std::as_const(*all))
            out.append(v.toJson());
    }
    return out;
}

int runImport(QStringList args)
{
    const QString dataDir = ow::cli::takeOption(args, QStringLiteral("data-dir"));
    if (args.size() != 1)
        return ow::cli::fail(
            QCoreApplication::translate("ow::cli", "usage: catalog import FILE_OR_DIR --data-dir DIR"));
    auto store = openStore(dataDir);
    if (!store)
        return failWith(store.error(), 1);
    CatalogRepository repo(*store);
    auto imported = repo.importFile(args.first());
    if (!imported)
        return failWith(imported.error());
    ow::cli::printJson(
        QJsonObject {{QStringLiteral("imported"), true}, {QStringLiteral("catalog"), catalogInfo(*imported)},
            {QStringLiteral("versions"), versionList(repo)}});
    return 0;
}

int runVersions(QStringList args)
{
    const QString dataDir = ow::cli::takeOption(args, QStringLiteral("data-dir"));
    if (!args.isEmpty())
        return ow::cli::fail(
            QCoreApplication::translate("ow::cli", "usage: catalog versions --data-dir DIR"));
    auto store = openStore(dataDir);
    if (!store)
        return failWith(store.error(), 1);
    CatalogRepository repo(*store);
    ow::cli::printJson(QJsonObject {{QStringLiteral("versions"), versionList(repo)}});
    return 0;
}

int runCatalog(const QStringList& all)
{
    QStringList args = all;
    const QString sub = args.isEmpty() ? QString() : args.takeFirst();
    if (sub == QStringLiteral("lint"))
        return runLint(args);
    if (sub == QStringLiteral("show"))
        return runShow(args);
    if (sub == QStringLiteral("list"))
        return runList(args);
    if (sub == QStringLiteral("import"))
        return runImport(args);
    if (sub == QStringLiteral("versions"))
        return runVersions(args);
    return ow::cli::fail(QCoreApplication::translate("ow::cli",
        "usage: catalog lint [FILE_OR_DIR] | show BUNDLE_CODE [--answers JSON] [--proxy] | "
        "list | import FILE_OR_DIR --data-dir DIR | versions --data-dir DIR"));
}

} // namespace

OW_CLI_COMMAND(QStringLiteral("catalog"),
    QStringLiteral("lint, show (plan of a bundle), list, import and versions of the service catalog"),
    runCatalog);
