#include "ui/app/application.h"

#include "app/catalog/catalog.h"
#include "app/common/logging.h"
#include "app/common/translations.h"
#include "app/intake/caserepository.h"
#include "app/sync/syncservice.h"
#include "ui/app/appearance.h"
#include "ui/intake/intakepage.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/signindialog.h"
#include "ui/widgets/dialogs.h"

#include <QApplication>
#include <QLocale>
#include <QStatusBar>

namespace ow::ui {

Application::Application(QApplication& app, AppSettings settings, const Clock& clock)
    : m_app(app)
    , m_settings(std::move(settings))
    , m_clock(clock)
{ }

Application::~Application()
{
    m_window.reset();
    m_services.reset();
}

Result<void> Application::start()
{
    i18n::setLanguage(m_settings.language());
    Appearance::apply(m_app, m_settings.fontScale(), m_settings.highContrast());
    services::Services::Setup setup;
    setup.clock = &m_clock;
    auto opened = services::Services::open(m_settings, setup);
    if (!opened)
        return opened.error();
    m_services = std::move(*opened);
    m_window = std::make_unique<MainWindow>(m_services->status(), m_settings);
    connect(m_window.get(), &MainWindow::languageRequested, this, &Application::setLanguage);
    connect(m_window.get(), &MainWindow::appearanceRequested, this, &Application::setAppearance);
    connect(m_window.get(), &MainWindow::signInRequested, this, &Application::signIn);
    m_pages = registerPages(*m_window, *m_services);
    showSyncMessages();
    m_services->startSync();
    qCInfo(lcApp) << "workbench started; data directory" << m_settings.dataDir();
    return {};
}

void Application::showSyncMessages()
{
    sync::SyncService& sync = m_services->sync();
    connect(&sync, &sync::SyncService::authenticationFailed, this, [this](const QString& message) {
        m_window->statusBar()->showMessage(tr("Sign-in failed: %1").arg(message), 10000);
    });
    connect(&sync, &sync::SyncService::catalogUpdated, this, [this](const QString& version) {
        m_window->statusBar()->showMessage(
            tr("Catalog updated to version %1 (for new intakes).").arg(version), 15000);
    });
    connect(&sync, &sync::SyncService::catalogRefused, this,
        [this](const QString& version, const QString& message) {
            m_window->statusBar()->showMessage(
                tr("The server's catalog %1 could not be used: %2").arg(version, message), 15000);
        });
}

void Application::signIn()
{
    SignInDialog dialog(m_settings.serverUrl().toString(),
        m_settings.value(QStringLiteral("sync/username")).toString(), m_window.get());
    if (dialog.exec() != QDialog::Accepted || dialog.username().isEmpty())
        return;
    m_services->signIn(dialog.username(), dialog.password());
}

QString Application::offerDraftResume()
{
    auto drafts = m_services->cases()->drafts();
    if (!drafts || drafts->isEmpty())
        return {};
    const intake::CaseSummary& newest = drafts->first();
    const catalog::BundleDef* bundle = m_services->catalog()->bundle(newest.bundleCode);
    const QString what = bundle ? bundle->name.text() : newest.bundleCode;
    const QString question = tr("An intake was not finished: %1, last changed %2. Continue it now?")
                                 .arg(what, QLocale().toString(newest.updatedAt, QLocale::ShortFormat));
    if (Dialogs::question(m_window.get(), tr("Continue the open draft?"), question) != QMessageBox::Yes)
        return {};
    if (!m_pages.intake->resumeDraft(newest.uuid))
        return {};
    m_window->showPage(QStringLiteral("intake"));
    return newest.uuid;
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
