#include "app/catalog/catalog.h"
#include "app/catalog/lint.h"
#include "protocol/catalogs.h"
#include "protocol/jsonreader.h"
#include "server/database.h"
#include "server/router.h"
#include "server/text_p.h"

#include "app/common/logging.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <optional>

namespace ow::server {
namespace {

using protocol::Role;

const QString kSelect
    = QStringLiteral("SELECT version, content_hash, published_at, published_by, content FROM catalogs ");

protocol::CatalogInfo infoOf(const Row& row)
{
    return {row.at(0).toString(), row.at(1).toString(), protocol::parseTimestamp(row.at(2).toString()),
        row.at(3).toString()};
}

HttpResponse documentResponse(const RequestContext& c, const Row& row)
{
    const protocol::CatalogInfo info = infoOf(row);
    const QByteArray etag = '"' + info.hash.toLatin1() + '"';
    if (c.request.header("if-none-match") == etag)
        return HttpResponse::empty(304).withHeader("ETag", etag);
    const QJsonObject content = QJsonDocument::fromJson(row.at(4).toString().toUtf8()).object();
    return HttpResponse::json(200, protocol::CatalogDocument {info, content}.toJson())
        .withHeader("ETag", etag);
}

// The checks a workbench makes before it takes a catalog (CatalogRepository::importCatalog): it loads, and
// lint finds no error. 400 catalog.invalid with the problems (at most 20) otherwise.
std::optional<HttpResponse> refusedCatalog(const QJsonObject& content)
{
    QJsonArray problems;
    auto loaded = catalog::Catalog::fromJson(content);
    if (!loaded) {
        problems.append(QJsonObject {{QStringLiteral("message"), loaded.error().message},
            {QStringLiteral("where"), loaded.error().where}});
    } else {
        const QList<catalog::LintIssue> issues = catalog::lint(*loaded);
        for (const catalog::LintIssue& issue : issues) {
            if (issue.isError() && problems.size() < 20)
                problems.append(QJsonObject {
                    {QStringLiteral("message"), issue.message}, {QStringLiteral("where"), issue.where}});
        }
    }
    if (problems.isEmpty())
        return std::nullopt;
    return HttpResponse::error(400, QStringLiteral("catalog.invalid"),
        Text::tr("The catalog does not load or has errors; nothing was published. First problem: %1")
            .arg(problems.first().toObject().value(QStringLiteral("message")).toString()),
        {{QStringLiteral("problems"), problems}});
}

HttpResponse publish(RequestContext& c)
{
    const QString version = c.param(QStringLiteral("version"));
    auto body = protocol::parseObject(c.request.body);
    if (!body)
        return HttpResponse::fromError(body.error());
    const QJsonValue format = body->value(QStringLiteral("formatVersion"));
    if (!format.isDouble() || format.toDouble() != 1.0)
        return HttpResponse::error(400, QStringLiteral("catalog.format"),
            Text::tr("The catalog must have formatVersion 1."),
            {{QStringLiteral("field"), QStringLiteral("formatVersion")}});
    if (body->value(QStringLiteral("version")).toString() != version)
        return HttpResponse::error(400, QStringLiteral("catalog.version"),
            Text::tr("The catalog's version field must be the version in the path (%1).").arg(version),
            {{QStringLiteral("field"), QStringLiteral("version")}});
    // Every workbench would refuse a catalog that does not load or lint: refuse it here, where the admin sees
    // why.
    if (auto refused = refusedCatalog(*body))
        return *refused;
    const QString hash = protocol::catalogContentHash(*body);
    const QString now = protocol::formatTimestamp(QDateTime::currentDateTimeUtc());
    const QString content = QString::fromUtf8(QJsonDocument(*body).toJson(QJsonDocument::Compact));
    auto result = c.db.transaction([&]() -> Result<std::pair<int, Row>> {
        auto inserted = c.db.execute(
            QStringLiteral("INSERT INTO catalogs (version, content_hash, content, published_at, "
                           "published_by) VALUES (?, ?, ?, ?, ?) ON CONFLICT (version) DO NOTHING"),
            {version, hash, content, now, c.staff.username});
        if (!inserted)
            return inserted.error();
        auto row = c.db.selectOne(kSelect + QStringLiteral("WHERE version = ?"), {version});
        if (!row)
            return row.error();
        return std::pair<int, Row> {*inserted, *row};
    });
    if (!result)
        return HttpResponse::fromError(result.error());
    const protocol::CatalogInfo info = infoOf(result->second);
    if (info.hash != hash)
        return HttpResponse::error(409, QStringLiteral("catalog.conflict"),
            Text::tr(
                "Catalog version %1 was already published with different content; publish a new version.")
                .arg(version));
    if (result->first > 0)
        qCInfo(lcServer) << "catalog" << version << "published by" << c.staff.username;
    return HttpResponse::json(result->first > 0 ? 201 : 200, info.toJson());
}

} // namespace

void addCatalogRoutes(Router& router)
{
    const QList<Role> anyone {Role::Clerk, Role::Supervisor, Role::BackOffice, Role::Admin};

    router.add("GET", QStringLiteral("/api/v1/catalogs"), anyone, [](RequestContext& c) {
        auto rows = c.db.select(
            QStringLiteral("SELECT version, content_hash, published_at, published_by FROM catalogs "
                           "ORDER BY id DESC"));
        if (!rows)
            return HttpResponse::fromError(rows.error());
        QJsonArray list;
        for (const Row& row : *rows)
            list.append(infoOf(row).toJson());
        return HttpResponse::json(200, QJsonObject {{QStringLiteral("catalogs"), list}});
    });

    router.add("GET", QStringLiteral("/api/v1/catalogs/latest"), anyone, [](RequestContext& c) {
        auto row = c.db.selectOne(kSelect + QStringLiteral("ORDER BY id DESC LIMIT 1"));
        if (!row)
            return HttpResponse::fromError(row.error());
        if (row->isEmpty())
            return HttpResponse::error(
                404, QStringLiteral("catalog.none"), Text::tr("No catalog has been published yet."));
        return documentResponse(c, *row);
    });

    router.add("GET", QStringLiteral("/api/v1/catalogs/{version}"), anyone, [](RequestContext& c) {
        auto row = c.db.selectOne(
            kSelect + QStringLiteral("WHERE version = ?"), {c.param(QStringLiteral("version"))});
        if (!row)
            return HttpResponse::fromError(row.error());
        if (row->isEmpty())
            return HttpResponse::error(404, QStringLiteral("catalog.notFound"),
                Text::tr("Catalog version %1 is not published.").arg(c.param(QStringLiteral("version"))));
        return documentResponse(c, *row);
    });

    router.add("PUT", QStringLiteral("/api/v1/catalogs/{version}"), {Role::Admin}, publish);
}

} // namespace ow::server
