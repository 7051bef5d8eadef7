#pragma once

#include "app/common/result.h"
#include "app/sync/outboxstore.h"
#include "app/sync/syncoptions.h"
#include "protocol/casestatus.h"
#include "protocol/casesubmission.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

namespace ow::intake {
class AttachmentStore;
}

namespace ow::sync {

class ApiClient;

// What one attempt at an outbox entry came to.
struct DeliveryOutcome
{
    bool delivered = false;
    protocol::ServerReceipt receipt; // when delivered
    Error error; // when not
    QString requestId; // of the case PUT (or of the request that failed)
};

// One attempt at one outbox entry: uploads the case's files that the server does not have yet (resumable),
// then PUTs the submission. Delivered only when the server's receipt says the case and all its files are
// there. Signing in (and once again after a 401) is the transport's business.
class DeliveryJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliveryJob)
public:
    DeliveryJob(ApiClient* api, std::shared_ptr<intake::AttachmentStore> files, const SyncOptions& options,
        OutboxEntry entry, QObject* parent = nullptr);
    ~DeliveryJob() override;

    // Calls done exactly once (unless the job is destroyed first).
    void start(std::function<void(const DeliveryOutcome&)> done);
    const OutboxEntry& entry() const { return m_entry; }

private:
    void uploadNext();
    void putCase();
    void finish(DeliveryOutcome outcome);
    void fail(const Error& error);

    QPointer<ApiClient> m_api;
    std::shared_ptr<intake::AttachmentStore> m_files;
    SyncOptions m_options;
    OutboxEntry m_entry;
    protocol::CaseSubmission m_submission;
    qsizetype m_nextFile = 0;
    std::function<void(const DeliveryOutcome&)> m_done;
};

} // namespace ow::sync
