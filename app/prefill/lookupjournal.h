#pragma once

#include "app/common/clock.h"
#include "app/common/result.h"
#include "app/store/localstore.h"

#include <QDateTime>
#include <QList>

#include <memory>

namespace ow::prefill {

// One shared-data look-up or verification made by this counter (table prefill_lookups, migration 0004).
struct LookupRecord
{
    qint64 id = 0;
    QDateTime at;
    QString actor;
    QString caseUuid;
    QString kind; // "person", "enterprise", "verification"
    QString question; // the verification kind ("marriage", "disability", …)
    QString materialId; // the material a verification stands in for
    QString subjectMasked; // whose data, masked ("110105********0021"; two joined by " + ")
    QString outcome; // "pending", "found", "notFound", "yes", "no", "refused", "error"
    bool answer = false; // verifications: the server's yes/no
    QString evidence; // the server's evidence reference
    QString message;
    QDateTime completedAt;
};

// Writes every look-up locally before it is sent (so an attempt is on record even if the program stops),
// then its outcome; and a row in the audit_log (who, action, case, whose data masked). Personal data only
// masked. GUI-thread use.
class LookupJournal
{
public:
    explicit LookupJournal(std::shared_ptr<store::LocalStore> store, const Clock& clock = Clock::system());

    Result<qint64> begin(const QString& actor, const QString& caseUuid, const QString& kind,
        const QString& subjectMasked, const QString& question = {}, const QString& materialId = {});
    Result<void> finish(qint64 id, const QString& outcome, const QString& message = {}, bool answer = false,
        const QString& evidence = {});
    Result<QList<LookupRecord>> forCase(const QString& caseUuid) const;
    // The latest completed verification answers of a case, one per (question, material).
    Result<QList<LookupRecord>> verifications(const QString& caseUuid) const;

private:
    std::shared_ptr<store::LocalStore> m_store;
    const Clock& m_clock;
};

} // namespace ow::prefill
