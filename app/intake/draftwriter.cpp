#include "app/intake/draftwriter.h"

#include "app/common/logging.h"
#include "app/intake/caserepository.h"

#include <QMutex>
#include <QWaitCondition>

#include <atomic>
#include <optional>

namespace ow::intake {

class DraftWriter::Worker final : public QObject
{
public:
    Worker(std::shared_ptr<CaseRepository> repository, DraftWriter* owner)
        : m_repository(std::move(repository))
        , m_owner(owner)
    { }

    void enqueue(const CaseData& snapshot)
    {
        bool schedule = false;
        {
            QMutexLocker lock(&m_mutex);
            schedule = !m_pending.has_value();
            m_pending = snapshot;
        }
        if (schedule)
            QMetaObject::invokeMethod(
                this, [this] { drain(); }, Qt::QueuedConnection);
    }

    void flush()
    {
        QMutexLocker lock(&m_mutex);
        while (m_pending.has_value() || m_writing)
            m_idle.wait(&m_mutex);
    }

    std::atomic<int> saved {0};

private:
    void drain()
    {
        for (;;) {
            std::optional<CaseData> next;
            {
                QMutexLocker lock(&m_mutex);
                if (!m_pending.has_value()) {
                    m_idle.wakeAll();
                    return;
                }
                next.swap(m_pending);
                m_writing = true;
            }
            auto r = m_repository->save(*next);
            {
                QMutexLocker lock(&m_mutex);
                m_writing = false;
            }
            if (r) {
                ++saved;
                Q_EMIT m_owner->saved(next->uuid);
            } else {
                qCWarning(lcIntake) << "draft could not be saved:" << r.error().message;
                Q_EMIT m_owner->failed(next->uuid, r.error().message);
            }
        }
    }

    std::shared_ptr<CaseRepository> m_repository;
    DraftWriter* m_owner;
    QMutex m_mutex;
    QWaitCondition m_idle;
    std::optional<CaseData> m_pending;
    bool m_writing = false;
};

DraftWriter::DraftWriter(std::shared_ptr<CaseRepository> repository, QObject* parent)
    : QObject(parent)
    , m_repository(std::move(repository))
{
    m_worker = new Worker(m_repository, this);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("draft-writer"));
    m_thread.start();
}

DraftWriter::~DraftWriter()
{
    flush();
    m_thread.quit();
    m_thread.wait();
}

void DraftWriter::save(const CaseData& snapshot)
{
    m_worker->enqueue(snapshot);
}

void DraftWriter::flush()
{
    m_worker->flush();
}

int DraftWriter::savedCount() const
{
    return m_worker->saved.load();
}

} // namespace ow::intake
