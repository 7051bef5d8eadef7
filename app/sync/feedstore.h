#pragma once

#include "app/common/result.h"
#include "app/store/localstore.h"
#include "protocol/casestatus.h"

#include <QDateTime>
#include <QStringList>

#include <memory>

namespace ow::sync {

// Applies pages of the server's status feed to the local cases and keeps the feed cursor, both in one
// transaction per page, so a page is applied whole or not at all and never twice.
class FeedStore
{
public:
    explicit FeedStore(std::shared_ptr<store::LocalStore> store);

    // The cursor to ask the feed from. The cursor belongs to a server (its base URL): another server starts
    // again at 0 (applying is idempotent, so reading events again is harmless).
    Result<qint64> cursor(const QString& server) const;

    // Records each event's status, reasons and time on the case it names (events of cases this counter did
    // not take are skipped) and moves the cursor to page.cursor. A case already delivered shows "returned"
    // with the reasons when the departments return it for correction (补正); in progress and completed keep
    // it "delivered" with the new server status. Returns the UUIDs of the local cases that changed.
    Result<QStringList> apply(const protocol::ChangesPage& page, const QString& server, const QDateTime& now);

private:
    std::shared_ptr<store::LocalStore> m_store;
};

} // namespace ow::sync
