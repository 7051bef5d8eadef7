// onewindow-cli search QUERY [--limit N] [--catalog FILE_OR_DIR]
// Ranked matches over the catalog's bundles and items (names, words inside names, synonyms, pinyin initials,
// full pinyin) as JSON. The embedded default catalog unless --catalog names a folder or merged JSON file.
#include "cli/command.h"

#include "app/catalog/catalog.h"
#include "app/search/catalogdocuments.h"
#include "app/search/searchindex.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace {

int runSearch(const QStringList& arguments)
{
    QStringList args = arguments;
    const QString limitText = ow::cli::takeOption(args, QStringLiteral("limit"), QStringLiteral("20"));
    const QString catalogPath = ow::cli::takeOption(args, QStringLiteral("catalog"));
    bool limitOk = false;
    const int limit = limitText.toInt(&limitOk);
    if (!limitOk || limit < 1)
        return ow::cli::fail(QCoreApplication::translate("ow::cli", "--limit needs a positive number."));
    const QString query = args.join(u' ').trimmed();
    if (query.isEmpty())
        return ow::cli::fail(QCoreApplication::translate(
            "ow::cli", "usage: onewindow-cli search QUERY [--limit N] [--catalog PATH]"));

    const ow::Result<ow::catalog::Catalog> catalog = catalogPath.isEmpty()
        ? ow::catalog::Catalog::embeddedDefault()
        : ow::catalog::Catalog::load(catalogPath);
    if (!catalog)
        return ow::cli::fail(QCoreApplication::translate("ow::cli", "Cannot load the catalog: %1 (%2)")
                                 .arg(catalog.error().message, catalog.error().where),
            1);

    ow::search::SearchIndex index;
    index.rebuild(ow::search::documentsFromCatalogJson(catalog->toJson()));
    QJsonArray hits;
    for (const ow::search::SearchHit& hit : index.search(query, limit)) {
        hits.append(QJsonObject {
            {QStringLiteral("kind"), hit.kind},
            {QStringLiteral("code"), hit.code},
            {QStringLiteral("name"), hit.name},
            {QStringLiteral("score"), hit.score},
            {QStringLiteral("matchedBy"), hit.matchedBy},
        });
    }
    ow::cli::printJson(QJsonObject {
        {QStringLiteral("query"), query},
        {QStringLiteral("catalogVersion"), catalog->version()},
        {QStringLiteral("count"), hits.size()},
        {QStringLiteral("hits"), hits},
    });
    return 0;
}

} // namespace

OW_CLI_COMMAND(QStringLiteral("search"),
    QStringLiteral(
        "QUERY [--limit N] [--catalog PATH]: search bundles and items (Chinese, synonyms, pinyin)"),
    runSearch);
