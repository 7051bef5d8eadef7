#pragma once

#include <QDateTime>
#include <QMutex>

namespace ow {

// Time comes from here so tests can pin it: the intake (dates, due dates), the prefill, the sync worker
// (backoff, the status feed, the catalog check) and the token holder (token lifetimes). The default clock is
// the system clock. Clocks are read from several threads (the sync worker has its own).
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const { return QDateTime::currentDateTime(); }
    QDateTime nowUtc() const { return now().toUTC(); }
    QDate today() const { return now().date(); }

    static const Clock& system();
};

// A clock that tests set and advance by hand (thread-safe: a test may move it while a worker reads it).
class FixedClock : public Clock
{
public:
    explicit FixedClock(QDateTime at)
        : m_at(std::move(at))
    { }
    QDateTime now() const override
    {
        QMutexLocker lock(&m_mutex);
        return m_at;
    }
    void set(const QDateTime& at)
    {
        QMutexLocker lock(&m_mutex);
        m_at = at;
    }
    void advanceSecs(qint64 s)
    {
        QMutexLocker lock(&m_mutex);
        m_at = m_at.addSecs(s);
    }

private:
    mutable QMutex m_mutex;
    QDateTime m_at;
};

} // namespace ow
