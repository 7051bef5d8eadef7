#pragma once

#include "app/services/services.h"
#include "ui/app/pages.h"

#include <QObject>

#include <memory>

class QApplication;

namespace ow::ui {

class MainWindow;

// One running workbench: its settings, the services object (app/services) and the window with its pages over
// it, and the language and appearance switches. main() and the GUI tests create it the same way.
class Application final : public QObject
{
    Q_OBJECT
public:
    explicit Application(QApplication& app, AppSettings settings, const Clock& clock = Clock::system());
    ~Application() override;

    // Opens the services and builds the window; returns an error message for the user on failure.
    Result<void> start();
    MainWindow* mainWindow() const { return m_window.get(); }
    services::Services& services() const { return *m_services; }
    const Pages& pages() const { return m_pages; }
    AppSettings& settings() { return m_settings; }

    // After a crash (or a kept draft), offers to continue the newest open draft; returns its uuid if resumed.
    QString offerDraftResume();
    void signIn();

    void setLanguage(const QString& lang);
    void setAppearance(int fontScale, bool highContrast);

private:
    void showSyncMessages();

    QApplication& m_app;
    AppSettings m_settings;
    const Clock& m_clock;
    std::unique_ptr<services::Services> m_services;
    std::unique_ptr<MainWindow> m_window; // destroyed before the services its pages view
    Pages m_pages;
};

} // namespace ow::ui
