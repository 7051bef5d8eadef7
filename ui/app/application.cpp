#include "ui/app/application.h"

#include "app/catalog/catalogrepository.h"
#include "app/common/logging.h"
#include "app/common/translations.h"
#include "app/search/catalogdocuments.h"
#include "app/sync/outboxstore.h"
#include "app/sync/submission.h"
#include "app/sync/syncservice.h"
#include "ui/app/appearance.h"
#include "ui/app/pages.h"
#include "ui/cases/casespage.h"
#include "ui/intake/intakepage.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/signindialog.h"
#include "ui/widgets/dialogs.h"

#include <QApplication>
#include <QLocale>
#include <QStatusBar>

namespace ow::ui {

Application::Application(QApplication& app, AppSettings settings)
    : m_app(app)
    , m_settings(std::move(settings))
{
    m_workbench.settings = &m_settings;
    m_workbench.status = &m_status;
}

Application::~Application()
{
    if (m_sync)
        m_sync->stop();
}

Result<void> Application::start()
{
    i18n::setLanguage(m_settings.language());
    Appearance::apply(m_app, m_settings.fontScale(), m_settings.highContrast());
    auto store = store::LocalStore::open(m_settings.databasePath());
    if (!store)
        return store.error();
    m_workbench.store = *store;
    m_searchIndex = std::make_shared<search::SearchIndex>();
    m_workbench.searchBundles = [index = m_searchIndex](const QString& query) {
        QStringList codes;
        const auto hits = index->search(query, 50);
        for (const search::SearchHit& hit : hits) {
            if (hit.kind == QStringLiteral("bundle"))
                codes << hit.code;
        }
        return codes;
    };
    if (auto loaded = loadCatalog(); !loaded)
        return loaded.error();
    m_workbench.cases = std::make_shared<intake::CaseRepository>(m_workbench.store);
    m_workbench.attachments = std::make_shared<intake::AttachmentStore>(
        m_workbench.store, m_settings.attachmentsDir(), m_settings.maxAttachmentBytes());
    m_window = std::make_unique<MainWindow>(m_workbench);
    connect(m_window.get(), &MainWindow::languageRequested, this, &Application::setLanguage);
    connect(m_window.get(), &MainWindow::appearanceRequested, this, &Application::setAppearance);
    sync::installSubmissionPayload();
    registerPages(*m_window, m_workbench);
    startSync();
    qCInfo(lcApp) << "workbench started; data directory" << m_settings.dataDir();
    return {};
}

Result<void> Application::loadCatalog()
{
    catalog::CatalogRepository catalogs(m_workbench.store);
    auto active = catalogs.loadActive();
    if (!active)
        return active.error();
    auto shared = std::make_shared<const catalog::Catalog>(std::move(*active));
    m_searchIndex->rebuild(search::documentsFromCatalogJson(shared->toJson()));
    m_workbench.catalog = shared;
    m_status.setCatalogVersion(shared->version()); // pages re-read Workbench::catalog on catalogReplaced
    return {};
}

void Application::startSync()
{
    sync::SyncOptions options;
    options.serverUrl = m_settings.serverUrl();
    options.attachmentsDir = m_settings.attachmentsDir();
    options.username = m_settings.value(QStringLiteral("sync/username")).toString();
    options.applyEnvironment();
    m_sync = std::make_unique<sync::SyncService>(m_workbench.store, options, &m_status);
    auto* intakePage = m_window->findChild<IntakePage*>();
    auto* casesPage = m_window->findChild<CasesPage*>();
    connect(m_sync.get(), &sync::SyncService::signedIn, this,
        [this, intakePage](const QString& token, const QDateTime&, const QString& name, const QString& role) {
            m_status.setStaff(name, role);
            if (intakePage)
                intakePage->setServerToken(token);
        });
    connect(m_sync.get(), &sync::SyncService::authenticationFailed, this, [this](const QString& message) {
        m_window->statusBar()->showMessage(tr("Sign-in failed: %1").arg(message), 10000);
    });
    if (casesPage) {
        connect(m_sync.get(), &sync::SyncService::caseSyncStateChanged, casesPage, &CasesPage::reload);
        connect(m_sync.get(), &sync::SyncService::statusFeedApplied, casesPage, &CasesPage::reload);
    }
    if (intakePage) {
        connect(intakePage, &IntakePage::caseAccepted, m_sync.get(), &sync::SyncService::triggerNow);
        connect(intakePage, &IntakePage::caseAccepted, this, &Application::countQueueWhileOffline);
    }
    connect(m_sync.get(), &sync::SyncService::catalogUpdated, this, [this](const QString& version) {
        if (auto loaded = loadCatalog(); !loaded) {
            qCWarning(lcApp) << "cannot load the catalog" << version
                             << "from the server:" << loaded.error().message;
            return;
        }
        m_window->statusBar()->showMessage(
            tr("Catalog updated to version %1 (for new intakes).").arg(version), 15000);
    });
    connect(m_sync.get(), &sync::SyncService::catalogRefused, this,
        [this](const QString& version, const QString& message) {
            m_window->statusBar()->showMessage(
                tr("The server's catalog %1 could not be used: %2").arg(version, message), 15000);
        });
    connect(m_window.get(), &MainWindow::signInRequested, this, &Application::signIn);
    if (!options.serverUrl.isEmpty())
        m_sync->start();
    countQueueWhileOffline();
}

void Application::countQueueWhileOffline()
{
    // With no server configured the sync worker does not run, but the status bar still tells the clerk how
    // many accepted cases wait for the hand-off.
    if (m_sync && m_sync->isRunning())
        return;
    if (auto pending = sync::OutboxStore(m_workbench.store).pendingCount(); pending)
        m_status.setQueueLength(*pending);
}

void Application::signIn()
{
    SignInDialog dialog(m_settings.serverUrl().toString(),
        m_settings.value(QStringLiteral("sync/username")).toString(), m_window.get());
    if (dialog.exec() != QDialog::Accepted || dialog.username().isEmpty())
        return;
    m_settings.setValue(QStringLiteral("sync/username"), dialog.username());
    m_sync->setCredentials(dialog.username(), dialog.password());
    if (!m_sync->isRunning())
        m_sync->start();
}

QString Application::offerDraftResume()
{
    auto drafts = m_workbench.cases->drafts();
    if (!drafts || drafts->isEmpty())
        return {};
    const intake::CaseSummary& newest = drafts->first();
    const catalog::BundleDef* bundle = m_workbench.catalog->bundle(newest.bundleCode);
    const QString what = bundle ? bundle->name.text() : newest.bundleCode;
    const QString question = tr("An intake was not finished: %1, last changed %2. Continue it now?")
                                 .arg(what, QLocale().toString(newest.updatedAt, QLocale::ShortFormat));
    if (Dialogs::question(m_window.get(), tr("Continue the open draft?"), question) != QMessageBox::Yes)
        return {};
    auto* intakePage = m_window->findChild<IntakePage*>();
    if (!intakePage || !intakePage->resumeDraft(newest.uuid))
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
