#include "server/database.h"
#include "server/router.h"
#include "server/text_p.h"

#include "protocol/jsonreader.h"

#include <QCoreApplication>

namespace ow::server {

void addHealthRoutes(Router& router)
{
    const QString driver
        = router.database()->isPostgres() ? QStringLiteral("postgresql") : QStringLiteral("sqlite");
    const int schema = router.database()->schemaVersion();
    router.add("GET", QStringLiteral("/api/v1/health"), {}, [driver, schema](RequestContext& c) {
        auto ping = c.db.selectOne(QStringLiteral("SELECT 1"));
        QJsonObject body {
            {QStringLiteral("status"), ping ? QStringLiteral("ok") : QStringLiteral("degraded")},
            {QStringLiteral("database"), ping ? QStringLiteral("ok") : QStringLiteral("unavailable")},
            {QStringLiteral("driver"), driver}, {QStringLiteral("schemaVersion"), schema},
            {QStringLiteral("version"), QCoreApplication::applicationVersion()},
            {QStringLiteral("time"), protocol::formatTimestamp(c.config.clock->nowUtc())}};
        return HttpResponse::json(ping ? 200 : 503, body);
    });
}

} // namespace ow::server
