#include "app/sync/deliveryjob.h"

#include "app/common/logging.h"
#include "app/intake/attachmentstore.h"
#include "app/sync/apiclient.h"
#include "app/sync/attachmentupload.h"
#include "app/sync/syncerror.h"
#include "app/sync/text_p.h"

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
        fail(makeError(QString::fromLatin1(kLocalError),
            Text::tr("The hand-off of this case is not a valid submission: %1")
                .arg(submission.error().message),
            submission.error().where));
        return;
    }
    if (submission->uuid != m_entry.caseUuid) {
        fail(makeError(QString::fromLatin1(kLocalError),
            Text::tr("The hand-off of this case names another case (%1).").arg(submission->uuid)));
        return;
    }
    m_submission = *submission;
    ensureSignedIn([this] { uploadNext(); });
}

void DeliveryJob::ensureSignedIn(std::function<void()> next)
{
    if (!m_api)
        return;
    if (m_api->hasToken()) {
        next();
        return;
    }
    if (m_options.username.isEmpty()) {
        fail(makeError(QString::fromLatin1(kUnauthorized),
            Text::tr("The workbench is not signed in to the central server.")));
        return;
    }
    m_api->signIn(m_options.username, m_options.password,
        [self = QPointer(this), next = std::move(next)](Result<protocol::SignInResponse> r) {
            if (!self)
                return;
            if (!r) {
                self->fail(r.error());
                return;
            }
            qCInfo(lcSync) << "signed in to the server as" << r->staff.username << "of hall"
                           << r->staff.hallCode;
            next();
        });
}

void DeliveryJob::handleFailure(const Error& error, std::function<void()> retryStep)
{
    if (categoryOf(error) == ErrorCategory::Unauthorized && !m_reauthenticated
        && !m_options.username.isEmpty()) {
        m_reauthenticated = true;
        qCInfo(lcSync) << "the server refused the token; signing in again";
        ensureSignedIn(std::move(retryStep));
        return;
    }
    fail(error);
}

void DeliveryJob::uploadNext()
{
    if (m_nextFile >= m_submission.attachments.size()) {
        putCase();
        return;
    }
    const protocol::AttachmentRef file = m_submission.attachments.at(m_nextFile);
    auto path = m_files ? m_files->pathFor(file.sha256)
                        : Result<QString>(makeError(QStringLiteral("attachment.unknown"), QString()));
    if (!path) {
        const bool transient = path.error().code.startsWith(QStringLiteral("sql."));
        fail(makeError(QString::fromLatin1(transient ? kServerError : kLocalError),
            Text::tr("The file %1 of this case cannot be sent: %2").arg(file.fileName, path.error().message),
            path.error().where));
        return;
    }
    auto* upload = new AttachmentUpload(m_api, file, *path, m_options.chunkBytes, this);
    upload->start([self = QPointer(this), upload](Result<void> r) {
        upload->deleteLater();
        if (!self)
            return;
        if (!r) {
            self->handleFailure(r.error(), [self] {
                if (self)
                    self->uploadNext();
            });
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
                self->handleFailure(r.error(), [self] {
                    if (self)
                        self->putCase();
                });
                return;
            }
            if (!r->attachmentsComplete) {
                // Files the server lost or never completed: the next attempt uploads them again.
                self->fail(makeError(QStringLiteral("case.attachmentsIncomplete"),
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
