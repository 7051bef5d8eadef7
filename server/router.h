#pragma once

#include "protocol/auth.h"
#include "server/auth.h"
#include "server/config.h"
#include "server/http.h"

#include <QHash>
#include <QList>

#include <functional>
#include <memory>

namespace ow::server {

class Database;
class Session;

// Everything a handler sees: the request, the path parameters (validated), the worker thread's database
// session, the configuration and, on routes that need it, the signed-in staff member.
struct RequestContext
{
    const HttpRequest& request;
    QHash<QString, QString> params;
    Session& db;
    const ServerConfig& config;
    Staff staff;
    // On a route added with Auth::InHandler: authenticates and authorises now, fills `staff`, and returns the
    // refusal (401/403) if there is one. Elsewhere the router has done it and this returns nothing.
    std::function<std::optional<HttpResponse>()> authorize = [] { return std::optional<HttpResponse>(); };

    QString param(const QString& name) const { return params.value(name); }
};

using Handler = std::function<HttpResponse(RequestContext&)>;

// Matches a request to a route by method and path, checks the path parameters, authenticates and
// authorises, and calls the handler. Runs on worker threads; holds no state between requests.
class Router
{
public:
    Router(std::shared_ptr<Database> database, ServerConfig config);

    // pattern: "/api/v1/cases/{uuid}/status". Parameters with a known name are checked before the handler
    // runs: uuid, caseUuid, sha256, version, idNumber, creditCode. roles: who may call it; empty = no
    // sign-in needed.
    // Auth::InHandler: the handler checks the token itself (in the same statement as its write, on the hot
    // path) and calls RequestContext::authorize() before answering anything else.
    enum class Auth { BeforeHandler, InHandler };
    void add(const QByteArray& method, const QString& pattern, QList<protocol::Role> roles, Handler handler,
        Auth auth = Auth::BeforeHandler);

    HttpResponse dispatch(const HttpRequest& request) const;

    const ServerConfig& config() const { return m_config; }
    const std::shared_ptr<Database>& database() const { return m_database; }

private:
    struct Route
    {
        QByteArray method;
        QStringList segments;
        QList<protocol::Role> roles;
        Handler handler;
        Auth auth = Auth::BeforeHandler;
    };
    HttpResponse run(const Route& route, const HttpRequest& request, QHash<QString, QString> params) const;
    std::optional<HttpResponse> admit(const Route& route, const Result<Staff>& signedIn, Staff& staff) const;

    std::shared_ptr<Database> m_database;
    ServerConfig m_config;
    QList<Route> m_routes;
};

// Route groups, one file each.
void addHealthRoutes(Router& router);
void addAuthRoutes(Router& router);
void addCatalogRoutes(Router& router);
void addCaseRoutes(Router& router);
void addAttachmentRoutes(Router& router);
void addRegisterRoutes(Router& router);

// Shared by the route files: 403 answers for another hall's case and for a role that may not act.
std::optional<HttpResponse> forbiddenHall(const Staff& staff, const QString& hallCode);
HttpResponse forbiddenRole();

} // namespace ow::server
