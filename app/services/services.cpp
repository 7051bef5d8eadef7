#include "app/services/services.h"

#include "app/catalog/catalogrepository.h"
#include "app/common/logging.h"
#include "app/documents/documentservice.h"
#include "app/intake/attachmentstore.h"
#include "app/intake/caserepository.h"
#include "app/intake/intakesession.h"
#include "app/net/tokenholder.h"
#include "app/net/transport.h"
#include "app/prefill/autocomplete.h"
#include "app/prefill/prefillengine.h"
#include "app/prefill/registerclient.h"
#include "app/prefill/simulatedcardreader.h"
#include "app/search/catalogdocuments.h"
#include "app/search/searchindex.h"
#include "app/store/localstore.h"
#include "app/sync/outboxstore.h"
#include "app/sync/submission.h"
#include "app/sync/syncservice.h"

#include <QDir>

namespace ow::services {

Services::Services(AppSettings& settings, const Clock& clock)
    : m_settings(settings)
    , m_clock(clock)
{ }

Services::~Services()
{
    if (m_sync)
        m_sync->stop();
}

sync::SyncOptions Services::syncOptions(const AppSettings& settings)
{
    sync::SyncOptions options;
    options.serverUrl = settings.serverUrl();
    options.attachmentsDir = settings.attachmentsDir();
    options.applyEnvironment();
    return options;
}

Result<std::unique_ptr<Services>> Services::open(AppSettings& settings, const Setup& setup)
{
    std::unique_ptr<Services> s(new Services(settings, setup.clock ? *setup.clock : Clock::system()));
    auto store = store::LocalStore::open(settings.databasePath());
    if (!store)
        return store.error();
    s->m_store = *store;
    s->m_searchIndex = std::make_shared<search::SearchIndex>();
    if (auto loaded = s->reloadCatalog(); !loaded)
        return loaded.error();
    s->m_cases = std::make_shared<intake::CaseRepository>(s->m_store);
    s->m_attachments = std::make_shared<intake::AttachmentStore>(
        s->m_store, settings.attachmentsDir(), settings.maxAttachmentBytes());

    s->m_tokens = std::make_shared<net::TokenHolder>(s->m_clock);
    const sync::SyncOptions syncOptions = setup.sync ? *setup.sync : Services::syncOptions(settings);
    s->m_transport = std::make_unique<net::Transport>(s->m_tokens);
    s->m_transport->setBaseUrl(syncOptions.serverUrl);
    s->m_transport->setTimeoutMs(syncOptions.requestTimeoutMs);
    s->m_serverUrl = syncOptions.serverUrl;
    s->m_registers = std::make_unique<prefill::RegisterClient>(s->m_transport.get());
    s->m_sync
        = std::make_unique<sync::SyncService>(s->m_store, syncOptions, s->m_tokens, &s->m_status, s->m_clock);
    Services* self = s.get();
    connect(s->m_tokens.get(), &net::TokenHolder::signedIn, self,
        [self](const QString&, const QDateTime&, const QString& name, const QString& role) {
            self->m_status.setStaff(name, role);
        });
    connect(s->m_sync.get(), &sync::SyncService::catalogUpdated, self, [self](const QString& version) {
        if (auto loaded = self->reloadCatalog(); !loaded)
            qCWarning(lcApp) << "cannot load the catalog" << version
                             << "from the server:" << loaded.error().message;
    });
    s->m_documents = std::make_unique<documents::DocumentService>(settings.documentsDir(), s->m_store);

    s->m_cardReader = std::make_unique<prefill::SimulatedCardReader>(s->m_clock);
    if (setup.cardReader) {
        // One reader socket per workstation data directory, so two workbenches on one machine do not collide.
        const QString socket = QDir(settings.dataDir()).filePath(QStringLiteral("card-reader.sock"));
        if (auto listening = s->m_cardReader->listen(socket); !listening)
            qCWarning(lcApp) << "card reader:" << listening.error().message;
    }
    return s;
}

Result<void> Services::reloadCatalog()
{
    catalog::CatalogRepository catalogs(m_store);
    auto active = catalogs.loadActive();
    if (!active)
        return active.error();
    m_catalog = std::make_shared<const catalog::Catalog>(std::move(*active));
    m_searchIndex->rebuild(search::documentsFromCatalogJson(m_catalog->toJson()));
    // Intakes in progress keep the catalog they began with; the next one takes this.
    for (const QPointer<intake::IntakeSession>& session : std::as_const(m_sessions)) {
        if (session)
            session->setCatalog(m_catalog);
    }
    m_status.setCatalogVersion(m_catalog->version());
    return {};
}

QStringList Services::searchBundles(const QString& query) const
{
    QStringList codes;
    const auto hits = m_searchIndex->search(query, 50);
    for (const search::SearchHit& hit : hits) {
        if (hit.kind == QStringLiteral("bundle"))
            codes << hit.code;
    }
    return codes;
}

std::shared_ptr<prefill::Autocomplete> Services::autocomplete(
    std::shared_ptr<const catalog::Catalog> catalog) const
{
    return std::make_shared<prefill::Autocomplete>(m_store, std::move(catalog));
}

std::unique_ptr<IntakeContext> Services::newIntake()
{
    intake::CounterInfo counter;
    counter.hallCode = m_settings.hallCode();
    counter.counter = m_settings.counterNumber();
    counter.staff = m_status.staffName();
    auto session = std::make_unique<intake::IntakeSession>(
        m_catalog, m_cases, m_attachments, counter, sync::handoff(), m_clock);
    auto engine = std::make_unique<prefill::PrefillEngine>(session.get(), m_store, m_clock);
    engine->setRegisterClient(m_registers.get());
    intake::IntakeSession* raw = session.get();
    m_sessions.removeAll(nullptr);
    m_sessions.append(raw);
    connect(raw, &intake::IntakeSession::accepted, this, [this, raw](const QString& caseNumber) {
        m_sync->triggerNow();
        countQueueWhileOffline();
        Q_EMIT caseAccepted(raw->caseData().uuid, caseNumber);
    });
    return std::make_unique<IntakeContext>(std::move(session), std::move(engine));
}

void Services::startSync()
{
    if (!m_serverUrl.isEmpty() && !m_sync->isRunning())
        m_sync->start();
    countQueueWhileOffline();
}

void Services::signIn(const QString& username, const QString& password)
{
    m_settings.setValue(QStringLiteral("sync/username"), username);
    m_sync->setCredentials(username, password);
    if (!m_sync->isRunning())
        m_sync->start();
}

void Services::countQueueWhileOffline()
{
    // With no server configured the sync worker does not run, but the status bar still tells the clerk how
    // many accepted cases wait for the hand-off.
    if (m_sync->isRunning())
        return;
    if (auto pending = sync::OutboxStore(m_store).pendingCount(); pending)
        m_status.setQueueLength(*pending);
}

} // namespace ow::services
