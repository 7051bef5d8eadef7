#pragma once

#include <QLoggingCategory>
#include <QString>

Q_DECLARE_LOGGING_CATEGORY(lcApp)
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcCatalog)
Q_DECLARE_LOGGING_CATEGORY(lcRules)
Q_DECLARE_LOGGING_CATEGORY(lcIntake)
Q_DECLARE_LOGGING_CATEGORY(lcPrefill)
Q_DECLARE_LOGGING_CATEGORY(lcDocuments)
Q_DECLARE_LOGGING_CATEGORY(lcSync)
Q_DECLARE_LOGGING_CATEGORY(lcNet)
Q_DECLARE_LOGGING_CATEGORY(lcNetHttp)
Q_DECLARE_LOGGING_CATEGORY(lcUi)
Q_DECLARE_LOGGING_CATEGORY(lcServer)

namespace ow::logging {

struct Options
{
    QString logDirectory; // rotating file "<dir>/onewindow.log"; empty: console only
    QString fileBaseName = QStringLiteral("onewindow");
    bool console = true;
    qint64 maxFileBytes = 5 * 1024 * 1024;
    int maxFiles = 5;
};

// Routes Qt's logging (qDebug/qCInfo/...) to spdlog: a rotating file and the console.
// Every message passes through ow::mask::text() first, so an ID or phone number never reaches a sink
// unmasked.
void install(const Options& options);
// Flushes and closes the sinks; restores Qt's default handler.
void shutdown();
// Path of the current log file ("" when logging to the console only).
QString logFilePath();

} // namespace ow::logging
