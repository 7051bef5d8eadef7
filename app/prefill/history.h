#pragma once

#include "app/common/result.h"
#include "app/prefill/candidate.h"
#include "app/store/localstore.h"

#include <QJsonObject>
#include <QMap>

#include <functional>
#include <memory>

namespace ow::prefill {

// One earlier case in which a person or enterprise appeared.
struct PastCase
{
    QString uuid;
    QString caseNumber;
    QString bundleCode;
    QDateTime at; // accepted (or last updated)
    QString section; // the subject's role in that case ("applicant", "mother", "enterprise.legalRep")
    QString applicantId; // the case's applicant (resident ID or credit code; "" when it has no applicant)
    QJsonObject answers; // the answers the prefill reads (hukouFollows), as stored: without defaults
    struct Fact
    {
        QJsonValue value;
        QDateTime obtainedAt; // when the value was last affirmed: the case's date unless it was an
                              // unconfirmed prefill, then the date of its own source
    };
    QMap<QString, Fact> subjectFields; // field name in the subject's role → value ("address" → …)
    QMap<QString, Fact> caseFields; // fields of the case's sections that describe no particular person
};

// Past cases of the same person (resident ID number) or enterprise (credit code) in the local store, most
// recent first. Backed by the prefill_subjects index (migration 0004), so a look-up costs a few index ranges
// whatever the store's size. Safe to call from any thread (each thread has its own connection).
class HistoryIndex
{
public:
    explicit HistoryIndex(std::shared_ptr<store::LocalStore> store);

    // At most `maxCases` cases, newest first; `excludeCase` (the case being taken) is skipped.
    Result<QList<PastCase>> lookup(
        const QString& subjectId, int maxCases = 5, const QString& excludeCase = {}) const;

    std::shared_ptr<store::LocalStore> store() const { return m_store; }

private:
    std::shared_ptr<store::LocalStore> m_store;
};

// Candidates from past cases for the role `targetRole` of the current case, newest first: the subject's own
// fields map to roleFieldId(targetRole, name). When `primarySubject` (the target is the person the current
// case is about: its applicant, or the household the case concerns), the fields of the sections that
// describe nobody in particular (household, bank, contact) of the past cases where `ownedBySubject` holds
// keep their ids. Only ids `hasField` accepts are returned. Source "history", evidence the case number.
QList<Candidate> historyCandidates(const QList<PastCase>& cases, const QString& targetRole,
    bool primarySubject, const std::function<bool(const PastCase&)>& ownedBySubject,
    const std::function<bool(const QString& fieldId)>& hasField);

} // namespace ow::prefill
