// onewindow-cli: the command-line companion. Subcommands print JSON on stdout; bad input gives a message on
// stderr and exit code 2.
#include "app/common/logging.h"
#include "app/common/translations.h"
#include "cli/command.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QStandardPaths>

#include <algorithm>
#include <memory>

using namespace ow::cli;

static int usage(int rc)
{
    QString text = QStringLiteral("Usage: onewindow-cli COMMAND [ARGS…]\n\nCommands:\n");
    QList<Command> list = commands();
    std::sort(list.begin(), list.end(), [](const Command& a, const Command& b) { return a.name < b.name; });
    for (const Command& c : list)
        text += QStringLiteral("  %1  %2\n").arg(c.name, -10).arg(c.summary);
    text += QStringLiteral("\nGlobal options: --data-dir DIR (local database), --lang zh_CN|en (messages)\n");
    (rc == 0 ? out(text) : err(text));
    return rc;
}

// Whether the command on the command line lays out text (its first argument that names a command).
static bool needsGui(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        for (const Command& c : commands()) {
            if (c.name == arg)
                return c.needsGui;
        }
    }
    return false;
}

int main(int argc, char** argv)
{
    // Fonts need a QGuiApplication; the offscreen platform needs no display.
    std::unique_ptr<QCoreApplication> application;
    if (needsGui(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("onewindow"));
    QCoreApplication::setOrganizationName(QStringLiteral("OneWindow"));
    // Diagnostics go to stderr only, so stdout stays clean JSON.
    ow::logging::install({});

    QStringList args = QCoreApplication::arguments().mid(1);
    const QString lang = takeOption(args, QStringLiteral("lang"), QStringLiteral("en"));
    ow::i18n::setLanguage(lang);
    if (args.isEmpty() || args.first() == QStringLiteral("--help") || args.first() == QStringLiteral("-h"))
        return usage(args.isEmpty() ? 2 : 0);
    const QString name = args.takeFirst();
    for (const Command& c : commands()) {
        if (c.name == name) {
            const int rc = c.run(args);
            ow::logging::shutdown();
            return rc;
        }
    }
    err(QStringLiteral("onewindow-cli: unknown command '%1'\n\n").arg(name));
    return usage(2);
}
