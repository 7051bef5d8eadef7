#include "app/common/logging.h"

#include "app/common/mask.h"

#include <QDir>
#include <QMutex>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

Q_LOGGING_CATEGORY(lcApp, "onewindow.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "onewindow.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCatalog, "onewindow.catalog", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRules, "onewindow.rules", QtInfoMsg)
Q_LOGGING_CATEGORY(lcIntake, "onewindow.intake", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPrefill, "onewindow.prefill", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDocuments, "onewindow.documents", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "onewindow.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNet, "onewindow.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNetHttp, "onewindow.net.http", QtWarningMsg)
Q_LOGGING_CATEGORY(lcUi, "onewindow.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcServer, "onewindow.server", QtInfoMsg)

namespace ow::logging {
namespace {

std::shared_ptr<spdlog::logger> g_logger;
QString g_logFile;
QMutex g_mutex;

spdlog::level::level_enum toSpdLevel(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return spdlog::level::debug;
    case QtInfoMsg:
        return spdlog::level::info;
    case QtWarningMsg:
        return spdlog::level::warn;
    case QtCriticalMsg:
        return spdlog::level::err;
    case QtFatalMsg:
        return spdlog::level::critical;
    }
    return spdlog::level::info;
}

void messageHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    const QString safe = ow::mask::text(message);
    const QByteArray category
        = context.category ? QByteArray(context.category) : QByteArrayLiteral("default");
    {
        QMutexLocker lock(&g_mutex);
        if (g_logger) {
            g_logger->log(toSpdLevel(type), "[{}] {}", category.constData(), safe.toStdString());
            if (type >= QtWarningMsg)
                g_logger->flush();
        }
    }
    if (type == QtFatalMsg) {
        spdlog::shutdown();
        std::abort();
    }
}

} // namespace

void install(const Options& options)
{
    QMutexLocker lock(&g_mutex);
    std::vector<spdlog::sink_ptr> sinks;
    if (options.console)
        sinks.push_back(std::make_shared<spdlog::sinks::stderr_color_sink_mt>());
    g_logFile.clear();
    if (!options.logDirectory.isEmpty()) {
        QDir().mkpath(options.logDirectory);
        g_logFile = QDir(options.logDirectory).filePath(options.fileBaseName + QStringLiteral(".log"));
        sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(g_logFile.toStdString(),
            static_cast<std::size_t>(options.maxFileBytes), static_cast<std::size_t>(options.maxFiles)));
    }
    g_logger = std::make_shared<spdlog::logger>("onewindow", sinks.begin(), sinks.end());
    g_logger->set_level(spdlog::level::debug);
    g_logger->set_pattern("%Y-%m-%d %H:%M:%S.%e %^%l%$ %t %v");
    qInstallMessageHandler(messageHandler);
}

void shutdown()
{
    qInstallMessageHandler(nullptr);
    QMutexLocker lock(&g_mutex);
    if (g_logger)
        g_logger->flush();
    g_logger.reset();
    g_logFile.clear();
}

QString logFilePath()
{
    QMutexLocker lock(&g_mutex);
    return g_logFile;
}

} // namespace ow::logging
