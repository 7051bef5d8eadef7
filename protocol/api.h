#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

// Request paths of the onewindow-server API (/api/v1), for the workbench's sync code. Every function returns
// a path with its query, percent-encoded, to resolve against the server's base URL with url().
namespace ow::protocol::api {

inline constexpr auto kApiRoot = "/api/v1";
// Header carrying a correlation id that the server echoes and logs.
inline constexpr auto kRequestIdHeader = "X-Request-ID";

QString healthPath();
QString signInPath();
QString signOutPath();
QString mePath();
QString catalogsPath();
QString catalogPath(const QString& version); // PUT (admin) and GET
QString latestCatalogPath();
QString casePath(const QString& uuid); // PUT submission, GET state
QString caseStatusPath(const QString& uuid); // POST status change
QString changesPath(qint64 since, int limit = 500);
QString attachmentPath(const QString& sha256); // PUT chunk, HEAD, GET bytes
QString attachmentStatusPath(const QString& sha256);
QString personPath(const QString& idNumber, const QString& caseUuid, bool consent);
QString enterprisePath(const QString& creditCode, const QString& caseUuid, bool consent);
QString verificationsPath();
QString auditPath(const QString& caseUuid = {}, int limit = 100);

// base ("https://host:8443") + path → full URL.
QUrl url(const QUrl& base, const QString& pathWithQuery);
// "Bearer <token>" for the Authorization header.
QByteArray bearer(const QString& token);

} // namespace ow::protocol::api
