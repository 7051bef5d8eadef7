#pragma once

#include "ui/app/workbench.h"

#include <QObject>

#include <memory>

namespace ow::search {
class SearchIndex;
}
namespace ow::sync {
class SyncService;
}

class QApplication;

namespace ow::ui {

class MainWindow;

// Owns one running workbench: settings, store, status, the main window, language and appearance switches.
// main() and the GUI tests create it the same way.
class Application final : public QObject
{
    Q_OBJECT
public:
    explicit Application(QApplication& app, AppSettings settings);
    ~Application() override;

    // Opens the local store and builds the window; returns an error message for the user on failure.
    Result<void> start();
    MainWindow* mainWindow() const { return m_window.get(); }
    Workbench& workbench() { return m_workbench; }
    AppSettings& settings() { return m_settings; }

    // After a crash (or a kept draft), offers to continue the newest open draft; returns its uuid if resumed.
    QString offerDraftResume();

    // Hands accepted cases to the central server when one is configured (--server-url or settings).
    sync::SyncService* syncService() const { return m_sync.get(); }
    void signIn();

    void setLanguage(const QString& lang);
    void setAppearance(int fontScale, bool highContrast);

private:
    void startSync();
    void countQueueWhileOffline();
    // Makes the active catalog of the local store the workbench's catalog (at start, and when the sync
    // service took a newer one from the server).
    Result<void> loadCatalog();

    QApplication& m_app;
    AppSettings m_settings;
    WorkbenchStatus m_status;
    Workbench m_workbench;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<sync::SyncService> m_sync;
    std::shared_ptr<search::SearchIndex> m_searchIndex;
};

} // namespace ow::ui
