#include "app/sync/deliveryjob.h"

#include "app/common/logging.h"
#include "app/intake/attachmentstore.h"
#include "app/intake/errors.h"
#include "app/sync/apiclient.h"
#include "app/sync/attachmentupload.h"
#include "app/sync/syncerror.h"
#include "app/sync/text_p.h"
#include "protocol/errorcodes.h"

namespace ow::sync {

DeliveryJob::DeliveryJob(ApiClient* api, std::shared_ptr<intake::AttachmentStore> files,
    const SyncOptions& options, OutboxEntry entry, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_files(std::move(files))
    , m_options(options)
    , m_entry(std::move(entry))
{ }

DeliveryJob::~DeliveryJob() = default;

void DeliveryJob::start(std::function<void(const DeliveryOutcome&)> done)
{
    m_done = std::move(done);
    auto submission = protocol::CaseSubmission::fromBody(m_entry.payload);
    if (!submission) {
        fail(makeError(errc::kLocal,
            Text::tr("The hand-off of this case is not a valid submission: %1")
                .arg(submission.error().message),
            submission.error().where));
        return;
    }
    if (submission->uuid != m_entry.caseUuid) {
        fail(makeError(errc::kLocal,
            Text::tr("The hand-off of this case names another case (%1).").arg(submission->uuid)));
        return;
    }
    m_submission = *submission;
    uploadNext();
}

void DeliveryJob::uploadNext()
{
    if (m_nextFile >= m_submission.attachments.size()) {
        putCase();
        return;
    }
    const protocol::AttachmentRef file = m_submission.attachments.at(m_nextFile);
    if (!m_files) {
        fail(
            makeError(errc::kLocal, Text::tr("The file %1 of this case cannot be sent.").arg(file.fileName)));
        return;
    }
    auto path = m_files->pathFor(file.sha256);
    if (!path) {
        // A file the store does not know is lost for good; a database hiccup passes.
        const bool lost = path.error().code == intake::errc::kAttachmentUnknown;
        Error e = path.error();
        if (lost)
            e.code = errc::kLocal;
        e.message = Text::tr("The file %1 of this case cannot be sent: %2").arg(file.fileName, e.message);
        fail(e);
        return;
    }
    auto* upload = new AttachmentUpload(m_api, file, *path, m_options.chunkBytes, this);
    upload->start([self = QPointer(this), upload](Result<void> r) {
        upload->deleteLater();
        if (!self)
            return;
        if (!r) {
            self->fail(r.error());
            return;
        }
        ++self->m_nextFile;
        self->uploadNext();
    });
}

void DeliveryJob::putCase()
{
    if (!m_api)
        return;
    m_api->putCase(
        m_entry.caseUuid, m_entry.payload, [self = QPointer(this)](Result<protocol::ServerReceipt> r) {
            if (!self)
                return;
            if (!r) {
                self->fail(r.error());
                return;
            }
            if (!r->attachmentsComplete) {
                // Files the server lost or never completed: the next attempt uploads them again.
                self->fail(makeError(protocol::errc::kCaseAttachmentsIncomplete,
                    Text::tr("The server is still missing %n file(s) of this case.", nullptr,
                        int(r->missingAttachments.size()))));
                return;
            }
            DeliveryOutcome outcome;
            outcome.delivered = true;
            outcome.receipt = *r;
            self->finish(outcome);
        });
}

void DeliveryJob::fail(const Error& error)
{
    DeliveryOutcome outcome;
    outcome.error = error;
    finish(outcome);
}

void DeliveryJob::finish(DeliveryOutcome outcome)
{
    outcome.requestId = m_api ? m_api->lastRequestId() : QString();
    if (auto done = std::exchange(m_done, nullptr))
        done(outcome);
}

} // namespace ow::sync
