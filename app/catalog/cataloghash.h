#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace ow::catalog {

// The merged document as compact JSON with sorted keys (QJsonObject keeps keys sorted): what is hashed,
// published and stored.
QByteArray compactJson(const QJsonObject& merged);
// SHA-256 hex of compactJson(merged): the catalog's content hash.
QString contentHash(const QJsonObject& merged);

} // namespace ow::catalog
