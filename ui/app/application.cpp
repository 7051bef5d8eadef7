#include "ui/app/application.h"

#include "app/common/logging.h"
#include "app/common/translations.h"
#include "ui/app/appearance.h"
#include "ui/app/pages.h"
#include "ui/mainwindow/mainwindow.h"

#include <QApplication>

namespace ow::ui {

Application::Application(QApplication& app, AppSettings settings)
    : m_app(app)
    , m_settings(std::move(settings))
{
    m_workbench.settings = &m_settings;
    m_workbench.status = &m_status;
}

Application::~Application() = default;

Result<void> Application::start()
{
    i18n::setLanguage(m_settings.language());
    Appearance::apply(m_app, m_settings.fontScale(), m_settings.highContrast());
    auto store = store::LocalStore::open(m_settings.databasePath());
    if (!store)
        return store.error();
    m_workbench.store = *store;
    m_window = std::make_unique<MainWindow>(m_workbench);
    connect(m_window.get(), &MainWindow::languageRequested, this, &Application::setLanguage);
    connect(m_window.get(), &MainWindow::appearanceRequested, this, &Application::setAppearance);
    registerPages(*m_window, m_workbench);
    qCInfo(lcApp) << "workbench started; data directory" << m_settings.dataDir();
    return {};
}

void Application::setLanguage(const QString& lang)
{
    if (!AppSettings::isValidLanguage(lang))
        return;
    m_settings.setLanguage(lang);
    i18n::setLanguage(lang); // sends LanguageChange to every widget, which retranslates itself
}

void Application::setAppearance(int fontScale, bool highContrast)
{
    if (!AppSettings::isValidFontScale(fontScale))
        return;
    m_settings.setFontScale(fontScale);
    m_settings.setHighContrast(highContrast);
    Appearance::apply(m_app, fontScale, highContrast);
}

} // namespace ow::ui
