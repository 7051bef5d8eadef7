#pragma once

#include "app/intake/casedata.h"

#include <QObject>
#include <QThread>

#include <memory>

namespace ow::intake {

class CaseRepository;

// Saves draft snapshots on a thread of its own, so typing never waits for the disk. The newest snapshot
// wins: if the clerk types faster than the disk writes, intermediate snapshots are skipped.
class DraftWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DraftWriter)
public:
    explicit DraftWriter(std::shared_ptr<CaseRepository> repository, QObject* parent = nullptr);
    ~DraftWriter() override;

    // Queues a snapshot (non-blocking).
    void save(const CaseData& snapshot);
    // Blocks until every queued snapshot is on disk (acceptance, closing the window, tests).
    void flush();
    int savedCount() const;

Q_SIGNALS:
    void saved(const QString& uuid);
    void failed(const QString& uuid, const QString& message);

private:
    class Worker;
    std::shared_ptr<CaseRepository> m_repository;
    QThread m_thread;
    Worker* m_worker = nullptr;
};

} // namespace ow::intake
