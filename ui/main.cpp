// onewindow: the counter workbench.
#include "app/common/logging.h"
#include "ui/app/application.h"
#include "ui/mainwindow/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>
#include <cstring>

namespace {

// Applies "--platform NAME" / "--platform=NAME" before QApplication exists; "--screenshot" without a display
// renders offscreen.
void choosePlatform(int argc, char** argv)
{
    bool screenshot = false;
    for (int i = 1; i < argc; ++i) {
        const char* a = argv[i];
        if (std::strncmp(a, "--platform=", 11) == 0)
            qputenv("QT_QPA_PLATFORM", QByteArray(a + 11));
        else if ((std::strcmp(a, "--platform") == 0 || std::strcmp(a, "-platform") == 0) && i + 1 < argc)
            qputenv("QT_QPA_PLATFORM", QByteArray(argv[i + 1]));
        else if (std::strncmp(a, "--screenshot", 12) == 0)
            screenshot = true;
    }
    if (screenshot && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

} // namespace

int main(int argc, char** argv)
{
    choosePlatform(argc, argv);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("onewindow"));
    QApplication::setOrganizationName(QStringLiteral("OneWindow"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("OneWindow (一窗通办) — one-window intake workbench"));
    parser.addHelpOption();
    parser.addVersionOption();
    ow::AppSettings::addOptions(parser);
    parser.addOption({QStringLiteral("platform"), QStringLiteral("Qt platform plugin (e.g. offscreen, xcb)."),
        QStringLiteral("name")});
    parser.addOption({QStringLiteral("screenshot"),
        QStringLiteral("Render the main window to a PNG file and exit (works without a display)."),
        QStringLiteral("file.png")});
    parser.addOption({QStringLiteral("page"),
        QStringLiteral("Page to show first (home, catalog, intake, cases)."), QStringLiteral("id")});
    parser.addOption({QStringLiteral("role"), QStringLiteral("Role to show first: clerk or supervisor."),
        QStringLiteral("role")});
    parser.addOption({QStringLiteral("size"), QStringLiteral("Window size for --screenshot, e.g. 1280x860."),
        QStringLiteral("WxH")});
    parser.process(app);

    const QString fontScale = parser.value(QStringLiteral("font-scale"));
    if (!fontScale.isEmpty() && !ow::AppSettings::isValidFontScale(fontScale.toInt())) {
        std::fprintf(
            stderr, "onewindow: --font-scale must be 100, 125, 150 or 200 (got %s)\n", qPrintable(fontScale));
        return 2;
    }
    const QString lang = parser.value(QStringLiteral("lang"));
    if (!lang.isEmpty() && !ow::AppSettings::isValidLanguage(lang)) {
        std::fprintf(stderr, "onewindow: --lang must be zh_CN or en (got %s)\n", qPrintable(lang));
        return 2;
    }

    ow::AppSettings settings = ow::AppSettings::fromParser(parser);
    ow::logging::install({settings.logDir()});
    ow::ui::Application workbench(app, std::move(settings));
    if (auto started = workbench.start(); !started) {
        qCCritical(lcApp) << started.error().message;
        if (parser.isSet(QStringLiteral("screenshot")))
            std::fprintf(stderr, "onewindow: %s\n", qPrintable(started.error().message));
        else
            QMessageBox::critical(nullptr, QStringLiteral("OneWindow"), started.error().message);
        ow::logging::shutdown();
        return 1;
    }
    ow::ui::MainWindow* window = workbench.mainWindow();
    if (parser.value(QStringLiteral("role")) == QStringLiteral("supervisor"))
        window->setRole(ow::ui::Role::Supervisor);
    if (parser.isSet(QStringLiteral("page")) && !window->showPage(parser.value(QStringLiteral("page"))))
        std::fprintf(stderr, "onewindow: no page '%s' for this role\n",
            qPrintable(parser.value(QStringLiteral("page"))));
    const QStringList size = parser.value(QStringLiteral("size")).split(u'x');
    if (size.size() == 2)
        window->resize(size[0].toInt(), size[1].toInt());
    window->show();

    int rc = 0;
    if (!parser.isSet(QStringLiteral("screenshot")))
        QTimer::singleShot(0, &workbench, [&workbench] { workbench.offerDraftResume(); });
    if (parser.isSet(QStringLiteral("screenshot"))) {
        const QString file = parser.value(QStringLiteral("screenshot"));
        // Give layouts, fonts and asynchronous renderers (QPdfView) time to settle before grabbing.
        QTimer::singleShot(1200, window, [&app, window, file, &rc] {
            if (!window->grab().save(file)) {
                std::fprintf(stderr, "onewindow: cannot write %s\n", qPrintable(file));
                rc = 1;
            }
            app.quit();
        });
    }
    const int loop = app.exec();
    ow::logging::shutdown();
    return rc ? rc : loop;
}
