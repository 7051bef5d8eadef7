#include "app/catalog/cataloghash.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace ow::catalog {

QByteArray compactJson(const QJsonObject& merged)
{
    return QJsonDocument(merged).toJson(QJsonDocument::Compact);
}

QString contentHash(const QJsonObject& merged)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(compactJson(merged), QCryptographicHash::Sha256).toHex());
}

} // namespace ow::catalog
