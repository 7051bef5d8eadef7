#include "server/router.h"

#include "app/common/logging.h"
#include "protocol/identifiers.h"
#include "server/database.h"
#include "server/text_p.h"

#include <QUrl>

#include <exception>

namespace ow::server {
namespace {

bool validParam(const QString& name, const QString& value)
{
    if (name == QStringLiteral("uuid") || name == QStringLiteral("caseUuid"))
        return protocol::isUuid(value);
    if (name == QStringLiteral("sha256"))
        return protocol::isSha256Hex(value);
    if (name == QStringLiteral("version"))
        return protocol::isCatalogVersion(value);
    if (name == QStringLiteral("idNumber"))
        return protocol::isValidIdNumber(value);
    if (name == QStringLiteral("creditCode"))
        return protocol::isValidCreditCode(value);
    return !value.isEmpty() && value.size() <= 128;
}

// Splits the encoded path into decoded segments; refuses dot segments, encoded separators and control
// characters, whatever their encoding.
std::optional<QStringList> pathSegments(const QString& encodedPath)
{
    if (!encodedPath.startsWith(u'/') || encodedPath.size() > 2048)
        return std::nullopt;
    QStringList out;
    const QStringList raw = encodedPath.mid(1).split(u'/');
    for (const QString& segment : raw) {
        const QString decoded = QUrl::fromPercentEncoding(segment.toUtf8());
        if (decoded.isEmpty() || decoded == u'.' || decoded == QStringLiteral("..") || decoded.contains(u'/')
            || decoded.contains(u'\\') || decoded.contains(u'%'))
            return std::nullopt;
        for (QChar c : decoded) {
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                return std::nullopt;
        }
        out << decoded;
    }
    return out;
}

} // namespace

std::optional<HttpResponse> forbiddenHall(const Staff& staff, const QString& hallCode)
{
    if (staff.mayAccessHall(hallCode))
        return std::nullopt;
    return HttpResponse::error(403, QStringLiteral("auth.hall"),
        Text::tr("This case belongs to another hall (%1); your account works for hall %2.")
            .arg(hallCode, staff.hallCode));
}

HttpResponse forbiddenRole()
{
    return HttpResponse::error(403, QStringLiteral("auth.role"), Text::tr("Your role may not do this."));
}

Router::Router(std::shared_ptr<Database> database, ServerConfig config)
    : m_database(std::move(database))
    , m_config(std::move(config))
{ }

void Router::add(
    const QByteArray& method, const QString& pattern, QList<protocol::Role> roles, Handler handler, Auth auth)
{
    m_routes.append({method, pattern.mid(1).split(u'/'), std::move(roles), std::move(handler), auth});
}

std::optional<HttpResponse> Router::admit(
    const Route& route, const Result<Staff>& signedIn, Staff& staff) const
{
    if (!signedIn) {
        if (signedIn.error().code.startsWith(QStringLiteral("auth.")))
            return HttpResponse::error(401, signedIn.error().code, signedIn.error().message)
                .withHeader("WWW-Authenticate", "Bearer");
        m_database->dropSession();
        return HttpResponse::fromError(signedIn.error());
    }
    if (!route.roles.contains(signedIn->role))
        return forbiddenRole();
    staff = *signedIn;
    return std::nullopt;
}

HttpResponse Router::dispatch(const HttpRequest& request) const
{
    const auto segments = pathSegments(request.path);
    if (!segments)
        return HttpResponse::error(400, QStringLiteral("request.badPath"),
            Text::tr("The request path is not acceptable (empty, dot or encoded separator segments)."));
    QList<QByteArray> allowed;
    for (const Route& route : m_routes) {
        if (route.segments.size() != segments->size())
            continue;
        QHash<QString, QString> params;
        bool match = true;
        for (qsizetype i = 0; match && i < route.segments.size(); ++i) {
            const QString& pattern = route.segments.at(i);
            if (pattern.startsWith(u'{'))
                params.insert(pattern.mid(1, pattern.size() - 2), segments->at(i));
            else
                match = pattern == segments->at(i);
        }
        if (!match)
            continue;
        const bool methodMatches
            = route.method == request.method || (request.method == "HEAD" && route.method == "GET");
        if (!methodMatches) {
            allowed << route.method;
            continue;
        }
        // A literal route ("/cases/changes") is listed before the parameter route ("/cases/{uuid}").
        return run(route, request, params);
    }
    if (!allowed.isEmpty())
        return HttpResponse::error(405, QStringLiteral("request.method"),
            Text::tr("This resource does not support %1.").arg(QString::fromLatin1(request.method)))
            .withHeader("Allow", allowed.join(", "));
    return HttpResponse::error(
        404, QStringLiteral("request.notFound"), Text::tr("There is no such resource."));
}

HttpResponse Router::run(const Route& route, const HttpRequest& request, QHash<QString, QString> params) const
{
    for (auto it = params.cbegin(); it != params.cend(); ++it) {
        if (!validParam(it.key(), it.value()))
            return HttpResponse::error(400, QStringLiteral("request.invalidParameter"),
                Text::tr("The path parameter %1 is not valid.").arg(it.key()),
                {{QStringLiteral("parameter"), it.key()}});
    }
    auto session = m_database->session();
    if (!session) {
        qCWarning(lcServer) << "no database session:" << session.error().message;
        return HttpResponse::fromError(session.error());
    }
    const bool authFirst = !route.roles.isEmpty() && route.auth == Auth::BeforeHandler;
    std::optional<Result<Staff>> signedIn;
    if (authFirst) {
        signedIn = auth::authenticate(**session, request.header("authorization"), *m_config.clock);
        // The token look-up is the request's first statement and writes nothing: if the connection broke
        // (e.g. PostgreSQL restarted), it is safe to open a new one and ask again.
        if (!signedIn->ok() && !signedIn->error().code.startsWith(QStringLiteral("auth."))) {
            qCWarning(lcServer) << "reconnecting to the database after:" << signedIn->error().message;
            m_database->dropSession();
            session = m_database->session();
            if (!session)
                return HttpResponse::fromError(session.error());
            signedIn = auth::authenticate(**session, request.header("authorization"), *m_config.clock);
        }
    }
    RequestContext context {request, std::move(params), **session, m_config, {}};
    if (!route.roles.isEmpty() && route.auth == Auth::InHandler) {
        context.authorize = [this, &route, &context]() -> std::optional<HttpResponse> {
            return admit(route,
                auth::authenticate(context.db, context.request.header("authorization"), *m_config.clock),
                context.staff);
        };
    }
    try {
        if (signedIn) {
            if (auto refused = admit(route, *signedIn, context.staff))
                return *refused;
        }
        HttpResponse response = route.handler(context);
        if (response.status == 503)
            m_database->dropSession();
        return response;
    } catch (const std::exception& e) {
        qCCritical(lcServer) << "handler failed:" << e.what();
    } catch (...) {
        qCCritical(lcServer) << "handler failed with an unknown exception";
    }
    (*session)->rollback();
    return HttpResponse::error(500, QStringLiteral("server.internal"), Text::tr("Internal server error."));
}

} // namespace ow::server
