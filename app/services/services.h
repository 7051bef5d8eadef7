#pragma once

#include "app/common/clock.h"
#include "app/common/settings.h"
#include "app/common/workbenchstatus.h"
#include "app/services/intakecontext.h"
#include "app/sync/syncoptions.h"
#include "base/result.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

namespace ow::catalog {
class Catalog;
}
namespace ow::documents {
class DocumentService;
}
namespace ow::intake {
class AttachmentStore;
class CaseRepository;
class IntakeSession;
} // namespace ow::intake
namespace ow::net {
class TokenHolder;
class Transport;
} // namespace ow::net
namespace ow::prefill {
class Autocomplete;
class RegisterClient;
class SimulatedCardReader;
} // namespace ow::prefill
namespace ow::search {
class SearchIndex;
}
namespace ow::store {
class LocalStore;
}
namespace ow::sync {
class SyncService;
}

namespace ow::services {

// Everything one workstation runs, built once and shared by its views: the workbench's pages, the CLI and the
// tests build it the same way (Services::open) and ask it for what they need; no view creates a service.
//
//   local store ─ cases, attachments ─ the active catalog and its search index
//   one token holder ─ the GUI thread's transport (registers, verification) and the sync worker's own
//   sync service (outbox, status feed, catalog updates) ─ documents ─ the card reader
//   newIntake(): an intake session with its own prefill engine and the hand-off to the outbox
//
// A new service is a member built in open() with an accessor; a new screen is a view that receives this
// object (docs/architecture.md, "The services object"). Lives on the GUI thread.
class Services final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Services)
public:
    struct Setup
    {
        const Clock* clock = nullptr; // nullptr: the system clock
        std::optional<sync::SyncOptions> sync; // unset: syncOptions(settings)
        bool cardReader = true; // listen on the card reader's socket in the data directory
    };

    // Opens the local store (migrating it), loads the active catalog and builds every service. The sync
    // worker is not started (startSync()). The error is for the user.
    static Result<std::unique_ptr<Services>> open(AppSettings& settings, const Setup& setup);
    static Result<std::unique_ptr<Services>> open(AppSettings& settings) { return open(settings, Setup {}); }
    // The hand-off's options from the settings and the environment (SyncOptions::applyEnvironment).
    static sync::SyncOptions syncOptions(const AppSettings& settings);
    ~Services() override;

    AppSettings& settings() const { return m_settings; }
    const Clock& clock() const { return m_clock; }
    WorkbenchStatus& status() { return m_status; }
    const std::shared_ptr<store::LocalStore>& store() const { return m_store; }
    // The catalog new intakes use (replaced when the server publishes a newer one: WorkbenchStatus::
    // catalogReplaced).
    std::shared_ptr<const catalog::Catalog> catalog() const { return m_catalog; }
    // Bundle codes for a query, best first (names, synonyms, pinyin).
    QStringList searchBundles(const QString& query) const;
    const std::shared_ptr<intake::CaseRepository>& cases() const { return m_cases; }
    const std::shared_ptr<intake::AttachmentStore>& attachments() const { return m_attachments; }
    const std::shared_ptr<net::TokenHolder>& tokens() const { return m_tokens; }
    net::Transport& transport() const { return *m_transport; }
    sync::SyncService& sync() const { return *m_sync; }
    documents::DocumentService& documents() const { return *m_documents; }
    prefill::SimulatedCardReader& cardReader() const { return *m_cardReader; }
    // Suggestions of past values for the free-text fields of a catalog.
    std::shared_ptr<prefill::Autocomplete> autocomplete(
        std::shared_ptr<const catalog::Catalog> catalog) const;

    // A new intake: its session (this counter, the active catalog, the hand-off to the outbox) and its
    // prefill engine (registers and verification through the transport). Acceptances wake the hand-off.
    std::unique_ptr<IntakeContext> newIntake();

    // Starts handing accepted cases to the server when one is configured; with none, the status still
    // counts the queue.
    void startSync();
    // The staff member's sign-in for every server call (remembered: the username).
    void signIn(const QString& username, const QString& password);
    // Makes the active catalog of the store the one for new intakes (at start, and when the sync service
    // took a newer one from the server).
    Result<void> reloadCatalog();

Q_SIGNALS:
    // A case was accepted at this workstation; it waits in the outbox.
    void caseAccepted(const QString& uuid, const QString& caseNumber);

private:
    Services(AppSettings& settings, const Clock& clock);
    void countQueueWhileOffline();

    AppSettings& m_settings;
    const Clock& m_clock;
    QUrl m_serverUrl;
    WorkbenchStatus m_status;
    std::shared_ptr<store::LocalStore> m_store;
    std::shared_ptr<const catalog::Catalog> m_catalog;
    std::shared_ptr<search::SearchIndex> m_searchIndex;
    std::shared_ptr<intake::CaseRepository> m_cases;
    std::shared_ptr<intake::AttachmentStore> m_attachments;
    std::shared_ptr<net::TokenHolder> m_tokens;
    std::unique_ptr<net::Transport> m_transport;
    std::unique_ptr<prefill::RegisterClient> m_registers;
    std::unique_ptr<sync::SyncService> m_sync;
    std::unique_ptr<documents::DocumentService> m_documents;
    std::unique_ptr<prefill::SimulatedCardReader> m_cardReader;
    QList<QPointer<intake::IntakeSession>> m_sessions;
};

} // namespace ow::services
