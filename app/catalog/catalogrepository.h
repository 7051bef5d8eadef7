#pragma once

#include "app/catalog/catalog.h"
#include "app/common/result.h"

#include <QDateTime>
#include <QJsonObject>

#include <memory>

namespace ow::store {
class LocalStore;
}

namespace ow::catalog {

// One catalog version kept in the local store.
struct CatalogVersion
{
    QString version;
    QString contentHash;
    Text title;
    QString source; // "embedded", a file path, "server"
    QDateTime loadedAt;
    bool active = false;
    QJsonObject toJson() const;
};

// Orders catalog versions ("2026.11.1" < "2026.11.2" < "2026.12"): numeric parts numerically, others as text.
int compareVersions(const QString& a, const QString& b);

// The catalogs table of the local store (migration 0002): every version ever used stays, so a case taken
// under an old catalog still renders as it was taken; exactly one version is active.
class CatalogRepository
{
public:
    explicit CatalogRepository(std::shared_ptr<store::LocalStore> store);

    // Stores a catalog; storing the same version and hash again changes nothing.
    Result<void> save(const Catalog& catalog, const QString& source = {});
    Result<void> activate(const QString& version, const QString& contentHash);
    // Activates the newest stored version and returns it.
    Result<CatalogVersion> activateNewest();
    // The active catalog. An empty store gets the embedded default, which is stored and activated.
    Result<Catalog> loadActive();
    // After a program update: stores and activates the embedded default when it is newer than every stored
    // version. Returns whether it did.
    Result<bool> adoptEmbeddedIfNewer();
    // A specific stored version (for a case taken under it). The content is checked against its hash.
    Result<Catalog> load(const QString& version, const QString& contentHash);
    // Imports a catalog folder or merged file: it must load, lint without errors and be newer than every
    // stored version; it is then stored and activated.
    Result<Catalog> importFile(const QString& path);
    // Same for a catalog already in memory (from the server).
    Result<Catalog> importCatalog(const Catalog& catalog, const QString& source);
    // Every stored version, newest first.
    Result<QList<CatalogVersion>> versions() const;

private:
    std::shared_ptr<store::LocalStore> m_store;
};

} // namespace ow::catalog
