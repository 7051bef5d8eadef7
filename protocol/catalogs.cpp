#include "protocol/catalogs.h"

#include "protocol/jsonreader.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace ow::protocol {

QJsonObject CatalogInfo::toJson() const
{
    return {{QStringLiteral("version"), version}, {QStringLiteral("hash"), hash},
        {QStringLiteral("publishedAt"), formatTimestamp(publishedAt)},
        {QStringLiteral("publishedBy"), publishedBy}};
}

Result<CatalogInfo> CatalogInfo::fromJson(const QJsonObject& json, const QString& path)
{
    JsonReader r(json, path);
    CatalogInfo c;
    c.version = r.string(QStringLiteral("version"), 40);
    c.hash = r.string(QStringLiteral("hash"), 64);
    c.publishedAt = r.dateTime(QStringLiteral("publishedAt"));
    c.publishedBy = r.string(QStringLiteral("publishedBy"), 64);
    if (auto done = r.finish(); !done)
        return done.error();
    return c;
}

QJsonObject CatalogDocument::toJson() const
{
    QJsonObject o = info.toJson();
    o.insert(QStringLiteral("content"), content);
    return o;
}

Result<CatalogDocument> CatalogDocument::fromJson(const QJsonObject& json)
{
    QJsonObject meta = json;
    meta.remove(QStringLiteral("content"));
    auto info = CatalogInfo::fromJson(meta);
    if (!info)
        return info.error();
    JsonReader r(json);
    const QJsonObject content = r.object(QStringLiteral("content"));
    if (!r.ok())
        return r.finish().error();
    return CatalogDocument {*info, content};
}

QString catalogContentHash(const QJsonObject& content)
{
    const QByteArray compact = QJsonDocument(content).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(compact, QCryptographicHash::Sha256).toHex());
}

} // namespace ow::protocol
