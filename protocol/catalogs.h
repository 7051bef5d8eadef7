#pragma once

#include "base/result.h"

#include <QDateTime>
#include <QJsonObject>

namespace ow::protocol {

// A published catalog version. hash is the content hash of docs/catalog.md: SHA-256 of the merged document
// as compact JSON with sorted keys.
struct CatalogInfo
{
    QString version;
    QString hash;
    QDateTime publishedAt;
    QString publishedBy;

    QJsonObject toJson() const;
    static Result<CatalogInfo> fromJson(const QJsonObject& json, const QString& path = {});
};

// GET /catalogs/{version} and /catalogs/latest: the metadata and the merged catalog document.
struct CatalogDocument
{
    CatalogInfo info;
    QJsonObject content;

    QJsonObject toJson() const;
    static Result<CatalogDocument> fromJson(const QJsonObject& json);
};

// The content hash of a merged catalog document.
QString catalogContentHash(const QJsonObject& content);

} // namespace ow::protocol
