// onewindow-server: the central server the workbenches hand their accepted cases to (see docs/server.md).
#include "app/common/logging.h"
#include "server/apiserver.h"
#include "server/config.h"
#include "server/database.h"
#include "server/router.h"
#include "server/seed.h"
#include "server/text_p.h"

#include <QCoreApplication>
#include <QDir>
#include <QSocketNotifier>
#include <QThread>
#include <QThreadPool>

#include <algorithm>

#include <csignal>
#include <cstdio>
#include <sodium.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(g_signalPipe[1], &c, 1);
}

// SIGINT/SIGTERM stop the event loop; requests already with a worker finish before the process ends.
void installSignalHandlers(QCoreApplication& app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return;
    auto* notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [&app] {
        char c = 0;
        [[maybe_unused]] const auto n = ::read(g_signalPipe[0], &c, 1);
        qCInfo(lcServer) << "stopping on signal";
        app.quit();
    });
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
}

int fail(const QString& message, int code)
{
    std::fprintf(stderr, "onewindow-server: %s\n", qUtf8Printable(message));
    return code;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("onewindow-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ONEWINDOW_VERSION));
    if (sodium_init() < 0)
        return fail(QStringLiteral("libsodium could not be initialised"), 1);

    auto config = ow::server::ServerConfig::fromArguments(app.arguments());
    if (!config)
        return fail(config.error().message, 2);
    ow::server::DatabaseConfig dbConfig = ow::server::DatabaseConfig::sqlite(config->dataDir);
    if (!config->databaseUrl.isEmpty()) {
        auto pg = ow::server::DatabaseConfig::fromUrl(config->databaseUrl);
        if (!pg)
            return fail(pg.error().message, 2);
        dbConfig = *pg;
    }
    if (!QDir().mkpath(config->dataDir))
        return fail(ow::server::Text::tr("Cannot create the data folder %1.").arg(config->dataDir), 2);

    ow::logging::Options logOptions;
    logOptions.fileBaseName = QStringLiteral("onewindow-server");
    if (config->logToFile)
        logOptions.logDirectory = QDir(config->dataDir).filePath(QStringLiteral("logs"));
    ow::logging::install(logOptions);
    if (!config->testClockFile.isEmpty())
        qCWarning(lcServer).noquote()
            << "running on a test clock (--test-clock" << config->testClockFile << "): never in production";

    auto database = ow::server::Database::open(dbConfig);
    if (!database)
        return fail(database.error().message, 1);
    if (config->seedDemo) {
        auto session = (*database)->session();
        auto seeded = session ? ow::server::seedDemo(**session) : ow::Result<int>(session.error());
        if (!seeded)
            return fail(seeded.error().message, 1);
    }

    QThreadPool workers;
    // Measured on two cores (docs/benchmarks.md): more threads than twice the cores only add context switches
    // while PostgreSQL runs on the same machine; with it on its own machine, raise --workers to cover the
    // commit waits.
    const int defaultWorkers = std::max(4, 2 * QThread::idealThreadCount());
    workers.setMaxThreadCount(config->workers > 0 ? config->workers : defaultWorkers);
    workers.setExpiryTimeout(-1); // keep the threads, and with them their database connections

    auto router = std::make_shared<ow::server::Router>(*database, *config);
    ow::server::addHealthRoutes(*router);
    ow::server::addAuthRoutes(*router);
    ow::server::addCatalogRoutes(*router);
    ow::server::addCaseRoutes(*router);
    ow::server::addAttachmentRoutes(*router);
    ow::server::addRegisterRoutes(*router);

    ow::server::ApiServer server(router, &workers);
    auto port = server.start(*config);
    if (!port)
        return fail(port.error().message, 1);
    installSignalHandlers(app);

    QString host = config->listenAddress.toString();
    if (config->listenAddress.protocol() == QAbstractSocket::IPv6Protocol)
        host = u'[' + host + u']';
    const QString url = QStringLiteral("%1://%2:%3")
                            .arg(config->tls() ? QStringLiteral("https") : QStringLiteral("http"), host)
                            .arg(*port);
    qCInfo(lcServer) << "listening on" << url << "with" << workers.maxThreadCount() << "database workers";
    std::printf("listening on %s\n", qUtf8Printable(url));
    std::fflush(stdout);

    const int code = app.exec();
    workers.waitForDone();
    ow::logging::shutdown();
    return code;
}
