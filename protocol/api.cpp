#include "protocol/api.h"

#include <QUrlQuery>

namespace ow::protocol::api {
namespace {

QString root(const QString& rest)
{
    return QString::fromLatin1(kApiRoot) + rest;
}

QString encoded(const QString& segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

QString withQuery(const QString& path, const QUrlQuery& query)
{
    return path + u'?' + query.toString(QUrl::FullyEncoded);
}

} // namespace

QString healthPath()
{
    return root(QStringLiteral("/health"));
}
QString signInPath()
{
    return root(QStringLiteral("/auth/sign-in"));
}
QString signOutPath()
{
    return root(QStringLiteral("/auth/sign-out"));
}
QString mePath()
{
    return root(QStringLiteral("/auth/me"));
}
QString catalogsPath()
{
    return root(QStringLiteral("/catalogs"));
}
QString catalogPath(const QString& version)
{
    return root(QStringLiteral("/catalogs/") + encoded(version));
}
QString latestCatalogPath()
{
    return root(QStringLiteral("/catalogs/latest"));
}
QString casePath(const QString& uuid)
{
    return root(QStringLiteral("/cases/") + encoded(uuid));
}
QString caseStatusPath(const QString& uuid)
{
    return casePath(uuid) + QStringLiteral("/status");
}

QString changesPath(qint64 since, int limit)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("since"), QString::number(since));
    q.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    return withQuery(root(QStringLiteral("/cases/changes")), q);
}

QString attachmentPath(const QString& sha256)
{
    return root(QStringLiteral("/attachments/") + encoded(sha256));
}
QString attachmentStatusPath(const QString& sha256)
{
    return attachmentPath(sha256) + QStringLiteral("/status");
}

QString personPath(const QString& idNumber, const QString& caseUuid, bool consent)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("caseUuid"), caseUuid);
    q.addQueryItem(QStringLiteral("consent"), consent ? QStringLiteral("true") : QStringLiteral("false"));
    return withQuery(root(QStringLiteral("/registers/person/") + encoded(idNumber)), q);
}

QString enterprisePath(const QString& creditCode, const QString& caseUuid, bool consent)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("caseUuid"), caseUuid);
    q.addQueryItem(QStringLiteral("consent"), consent ? QStringLiteral("true") : QStringLiteral("false"));
    return withQuery(root(QStringLiteral("/registers/enterprise/") + encoded(creditCode)), q);
}

QString verificationsPath()
{
    return root(QStringLiteral("/verifications"));
}

QString auditPath(const QString& caseUuid, int limit)
{
    QUrlQuery q;
    if (!caseUuid.isEmpty())
        q.addQueryItem(QStringLiteral("caseUuid"), caseUuid);
    q.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    return withQuery(root(QStringLiteral("/audit")), q);
}

QUrl url(const QUrl& base, const QString& pathWithQuery)
{
    QString b = base.toString(QUrl::FullyEncoded);
    while (b.endsWith(u'/'))
        b.chop(1);
    return QUrl(b + pathWithQuery, QUrl::StrictMode);
}

QByteArray bearer(const QString& token)
{
    return "Bearer " + token.toLatin1();
}

} // namespace ow::protocol::api
