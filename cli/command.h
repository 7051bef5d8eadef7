#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <functional>

namespace ow::cli {

// One subcommand group ("rules", "catalog", "id", …). Files in cli/commands/ register theirs with
// OW_CLI_COMMAND; main() dispatches on the first argument.
struct Command
{
    QString name;
    QString summary; // one line for `onewindow-cli --help`
    std::function<int(const QStringList& args)> run; // args after the group name
    bool needsGui
        = false; // lays out text (fonts): main() then runs a QGuiApplication on the offscreen platform
};

bool registerCommand(Command command);
const QList<Command>& commands();

// Prints compact-but-readable JSON on stdout.
void printJson(const QJsonValue& value);
// Prints "onewindow-cli: message" on stderr and returns the exit code for bad input (2).
int fail(const QString& message, int exitCode = 2);
// Standard output and error as UTF-8.
void out(const QString& text);
void err(const QString& text);
// Returns the value after "--name" in args (and removes both), or fallback.
QString takeOption(QStringList& args, const QString& name, const QString& fallback = {});
bool takeFlag(QStringList& args, const QString& name);

} // namespace ow::cli

#define OW_CLI_CONCAT_INNER(a, b) a##b
#define OW_CLI_CONCAT(a, b) OW_CLI_CONCAT_INNER(a, b)
#define OW_CLI_COMMAND(name, summary, fn)                                                                    \
    static const bool OW_CLI_CONCAT(owCliRegistered_, __LINE__)                                              \
        = ::ow::cli::registerCommand({name, summary, fn})
// Same for a group that needs fonts (PDF documents): it runs under a QGuiApplication.
#define OW_CLI_GUI_COMMAND(name, summary, fn)                                                                \
    static const bool OW_CLI_CONCAT(owCliRegistered_, __LINE__)                                              \
        = ::ow::cli::registerCommand({name, summary, fn, true})
