#include "app/sync/catalogupdater.h"

#include "app/catalog/catalogrepository.h"
#include "app/common/logging.h"
#include "app/sync/apiclient.h"
#include "app/sync/syncerror.h"

namespace ow::sync {

CatalogUpdater::CatalogUpdater(std::shared_ptr<store::LocalStore> store, ApiClient* api, QObject* parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_api(api)
{ }

void CatalogUpdater::check()
{
    if (m_busy || !m_api->isConfigured())
        return;
    if (m_knownHash.isEmpty()) {
        catalog::CatalogRepository repository(m_store);
        if (auto versions = repository.versions(); versions && !versions->isEmpty())
            m_knownHash = versions->first().contentHash;
    }
    m_busy = true;
    m_api->latestCatalogIfChanged(
        m_knownHash, [this](Result<std::optional<protocol::CatalogDocument>> latest) {
            m_busy = false;
            if (!latest) {
                // 404 catalog.none: nothing published yet; anything else is retried next round.
                qCInfo(lcSync) << "catalog check failed:" << categoryName(categoryOf(latest.error()))
                               << latest.error().code;
            } else if (latest->has_value()) {
                const protocol::CatalogDocument& document = **latest;
                m_knownHash = document.info.hash;
                take(document.content, document.info.version);
            }
            Q_EMIT checked();
        });
}

void CatalogUpdater::take(const QJsonObject& content, const QString& version)
{
    catalog::CatalogRepository repository(m_store);
    auto versions = repository.versions();
    if (!versions) {
        qCWarning(lcSync) << "cannot read the local catalog versions:" << versions.error().message;
        return;
    }
    if (!versions->isEmpty() && catalog::compareVersions(version, versions->first().version) <= 0) {
        qCDebug(lcSync) << "server catalog" << version << "is not newer than" << versions->first().version;
        return;
    }
    auto parsed = catalog::Catalog::fromJson(content);
    if (parsed && parsed->version() != version)
        parsed = makeError(errc::kCatalogVersionMismatch,
            tr("The catalog published as %1 calls itself %2.").arg(version, parsed->version()));
    auto imported = parsed ? repository.importCatalog(*parsed, QStringLiteral("server")) : parsed;
    if (!imported) {
        qCWarning(lcSync) << "server catalog" << version << "refused:" << imported.error().message;
        Q_EMIT refused(version, imported.error().message);
        return;
    }
    qCInfo(lcSync) << "catalog updated from the server to version" << version;
    Q_EMIT updated(version);
}

} // namespace ow::sync
