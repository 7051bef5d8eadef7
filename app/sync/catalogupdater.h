#pragma once

#include "app/store/localstore.h"

#include <QObject>
#include <QString>

#include <memory>

namespace ow::sync {

class ApiClient;

// Keeps the workbench's catalog current from the server: asks for the latest published catalog (If-None-Match
// with the hash last seen, so an unchanged catalog costs one small 304) and, when it is newer than every
// version in the local store, checks it (hash, parse, lint), stores it and makes it the active one. Cases
// already taken keep the version they were taken under; the workbench switches new intakes to the new one.
// Lives on the sync worker's thread and uses its ApiClient (signed in by the worker).
class CatalogUpdater final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogUpdater)
public:
    CatalogUpdater(std::shared_ptr<store::LocalStore> store, ApiClient* api, QObject* parent = nullptr);

    // One round; does nothing while one is in flight.
    void check();
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    // The local store has a new active catalog.
    void updated(const QString& version);
    // The latest published catalog could not be taken (it does not load or lint); the old one stays active.
    void refused(const QString& version, const QString& message);
    // A round ended (taken, nothing new, refused or unreachable).
    void checked();

private:
    void take(const QJsonObject& content, const QString& version);

    std::shared_ptr<store::LocalStore> m_store;
    ApiClient* m_api;
    QString m_knownHash; // of the latest published catalog last seen (empty: ask without If-None-Match)
    bool m_busy = false;
};

} // namespace ow::sync
