// PrefillEngine, part 1: candidates, ranking, conflicts, filling and the clerk's choices.
// The look-ups that produce candidates are in prefilljobs.cpp.
#include "app/prefill/prefillengine.h"

#include "app/common/logging.h"
#include "app/intake/intakesession.h"
#include "app/prefill/history.h"
#include "app/prefill/registerclient.h"
#include "app/prefill/valuemapping.h"

#include <QCoreApplication>

#include <algorithm>

namespace ow::prefill {

using intake::FieldOrigin;

PrefillEngine::PrefillEngine(intake::IntakeSession* session, std::shared_ptr<store::LocalStore> store,
    const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_store(store)
    , m_history(std::make_unique<HistoryIndex>(store))
    , m_clock(clock)
    , m_journal(store, clock)
{
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
    m_derivedTimer.setSingleShot(true);
    m_derivedTimer.setInterval(0);
    connect(&m_derivedTimer, &QTimer::timeout, this, &PrefillEngine::recomputeDerived);
    connect(session, &intake::IntakeSession::started, this, &PrefillEngine::onStarted);
    connect(session, &intake::IntakeSession::closed, this, &PrefillEngine::onStarted);
    connect(session, &intake::IntakeSession::fieldChanged, this, &PrefillEngine::onFieldChanged);
    connect(session, &intake::IntakeSession::planChanged, this, &PrefillEngine::onPlanChanged);
    connect(session, &intake::IntakeSession::materialChanged, this, &PrefillEngine::onMaterialChanged);
    connect(session, &intake::IntakeSession::draftSaved, this, &PrefillEngine::onConsentMaybeChanged);
    onStarted();
}

PrefillEngine::~PrefillEngine()
{
    ++m_generation;
    m_pool.waitForDone();
}

void PrefillEngine::setPolicy(const Policy& policy)
{
    m_policy = policy;
    QSet<QString> all(m_raw.keyBegin(), m_raw.keyEnd());
    evaluateAll(all);
}

void PrefillEngine::setRegisterClient(RegisterClient* client)
{
    m_client = client;
}

void PrefillEngine::onStarted()
{
    const QString uuid = m_session && m_session->isActive() ? m_session->caseData().uuid : QString();
    if (!uuid.isEmpty() && uuid == m_caseUuid)
        return; // already following this case (planChanged comes before started)
    ++m_generation;
    m_caseUuid = uuid;
    m_raw.clear();
    m_applied.clear();
    m_resolved.clear();
    m_conflicts.clear();
    m_lookedUp.clear();
    m_extracted.clear();
    m_verified.clear();
    m_sharedDataAsked.clear();
    m_rejections.clear();
    m_status.clear();
    m_pending = 0;
    m_consentSeen = !m_caseUuid.isEmpty() && m_session->caseData().consentSharedData;
    Q_EMIT conflictsChanged();
    if (!m_caseUuid.isEmpty()) {
        m_derivedTimer.start();
        if (m_policy.autoLookup)
            QMetaObject::invokeMethod(
                this,
                [this, generation = m_generation] {
                    if (generation == m_generation)
                        lookupRoles(false); // a resumed draft: what its numbers tell
                },
                Qt::QueuedConnection);
    }
}

bool PrefillEngine::hasCatalogField(const QString& fieldId) const
{
    return m_session && m_session->catalogPtr() && m_session->catalog().field(fieldId) != nullptr;
}

bool PrefillEngine::isPlanned(const QString& fieldId) const
{
    return m_session && m_session->isActive() && m_session->plan().field(fieldId) != nullptr;
}

QString PrefillEngine::fieldLabel(const QString& fieldId) const
{
    if (!m_session || !m_session->catalogPtr())
        return fieldId;
    const catalog::FieldDef* def = m_session->catalog().field(fieldId);
    return def ? def->label.text() : fieldId;
}

int PrefillEngine::staleDays(const QString& source) const
{
    return m_policy.staleAfterDaysBySource.value(source, m_policy.staleAfterDays);
}

bool PrefillEngine::isStale(const Candidate& c) const
{
    const int days = staleDays(c.source);
    return days >= 0 && c.obtainedAt.isValid() && c.obtainedAt.daysTo(m_clock.now()) > days;
}

QList<Candidate> PrefillEngine::rankedRaw(const QString& fieldId) const
{
    QList<Candidate> list = m_raw.value(fieldId);
    for (Candidate& c : list)
        c.stale = isStale(c);
    std::stable_sort(list.begin(), list.end(), [](const Candidate& a, const Candidate& b) {
        if (a.stale != b.stale)
            return !a.stale;
        if (!qFuzzyCompare(a.confidence, b.confidence))
            return a.confidence > b.confidence;
        return a.obtainedAt > b.obtainedAt;
    });
    return list;
}

QList<Candidate> PrefillEngine::candidates(const QString& fieldId) const
{
    QList<Candidate> out;
    const QList<Candidate> ranked = rankedRaw(fieldId);
    for (const Candidate& c : ranked) {
        auto same = std::find_if(
            out.begin(), out.end(), [&](const Candidate& o) { return sameValue(o.value, c.value); });
        if (same == out.end()) {
            out.append(c);
            out.last().alsoFrom.clear();
        } else if (same->source != c.source && !same->alsoFrom.contains(c.source)) {
            same->alsoFrom.append(c.source);
        }
    }
    return out;
}

bool PrefillEngine::computeConflict(const QString& fieldId) const
{
    // Each source speaks once, with its best value; stale voices count only when no fresh one exists.
    const QList<Candidate> ranked = rankedRaw(fieldId);
    QList<Candidate> primaries;
    QSet<QString> seen;
    for (const Candidate& c : ranked) {
        if (!seen.contains(c.source)) {
            seen.insert(c.source);
            primaries.append(c);
        }
    }
    const bool anyFresh
        = std::any_of(primaries.cbegin(), primaries.cend(), [](const Candidate& c) { return !c.stale; });
    QList<QJsonValue> distinct;
    for (const Candidate& c : std::as_const(primaries)) {
        if (anyFresh && c.stale)
            continue;
        if (std::none_of(distinct.cbegin(), distinct.cend(),
                [&](const QJsonValue& v) { return sameValue(v, c.value); }))
            distinct.append(c.value);
    }
    return distinct.size() > 1;
}

std::optional<Candidate> PrefillEngine::applied(const QString& fieldId) const
{
    if (!m_session || !m_session->isActive())
        return std::nullopt;
    auto it = m_applied.constFind(fieldId);
    const intake::FieldValue cur = m_session->caseData().fields.value(fieldId);
    if (it == m_applied.constEnd() || cur.isEmpty() || !sameValue(cur.value, it->value)
        || cur.origin == FieldOrigin::Typed || cur.origin == FieldOrigin::PrefilledChanged)
        return std::nullopt;
    Candidate c = *it;
    c.stale = isStale(c);
    return c;
}

bool PrefillEngine::hasConflict(const QString& fieldId) const
{
    if (!isPlanned(fieldId) || m_resolved.contains(fieldId) || !computeConflict(fieldId))
        return false;
    const intake::FieldValue cur = m_session->caseData().fields.value(fieldId);
    // The clerk decided by typing or confirming.
    return cur.isEmpty() || cur.origin == FieldOrigin::Prefilled;
}

QList<Conflict> PrefillEngine::conflicts() const
{
    QList<Conflict> out;
    if (!m_session || !m_session->isActive())
        return out;
    for (const catalog::PlannedField& pf : m_session->plan().fields) {
        const QString id = pf.field->id;
        if (!m_raw.contains(id) || !hasConflict(id))
            continue;
        Conflict c;
        c.fieldId = id;
        c.candidates = candidates(id);
        const intake::FieldValue cur = m_session->caseData().fields.value(id);
        for (qsizetype i = 0; i < c.candidates.size() && !cur.isEmpty(); ++i) {
            if (sameValue(c.candidates.at(i).value, cur.value)) {
                c.appliedIndex = int(i);
                break;
            }
        }
        out.append(c);
    }
    return out;
}

bool PrefillEngine::replaceValue(const QString& fieldId, const Candidate& candidate, bool confirm)
{
    // The intake never lets a source overwrite a value, so the engine empties the field first: only for
    // its own unconfirmed values, or when the clerk chose.
    if (!m_session->caseData().fields.value(fieldId).isEmpty())
        m_session->setFieldValue(fieldId, QJsonValue());
    if (!m_session->offerPrefill(fieldId, candidate.toFieldValue()))
        return false;
    if (confirm)
        m_session->confirmPrefilled(fieldId);
    m_applied.insert(fieldId, candidate);
    Q_EMIT fieldPrefilled(fieldId);
    return true;
}

int PrefillEngine::evaluate(const QString& fieldId)
{
    if (!isPlanned(fieldId))
        return 0;
    const QList<Candidate> list = candidates(fieldId);
    if (list.isEmpty())
        return 0;
    const bool conflict = computeConflict(fieldId) && !m_resolved.contains(fieldId);
    const intake::FieldValue cur = m_session->caseData().fields.value(fieldId);
    const Candidate& best = list.first();
    if (cur.isEmpty()) {
        if (conflict || (best.stale && !m_policy.fillStale))
            return 0;
        if (!m_session->offerPrefill(fieldId, best.toFieldValue()))
            return 0;
        m_applied.insert(fieldId, best);
        Q_EMIT fieldPrefilled(fieldId);
        return 1;
    }
    // A value the engine put there and nobody confirmed follows its sources: when they now agree on
    // something else (a fresher value, a recomputed one, a new card), it is replaced.
    auto own = m_applied.constFind(fieldId);
    const bool engineOwned = cur.origin == FieldOrigin::Prefilled && own != m_applied.constEnd()
        && sameValue(cur.value, own->value);
    if (engineOwned && !conflict && !sameValue(best.value, cur.value)
        && !(best.stale && !m_policy.fillStale)) {
        replaceValue(fieldId, best, false);
        return 1;
    }
    return 0;
}

int PrefillEngine::evaluateAll(const QSet<QString>& fieldIds)
{
    int filled = 0;
    for (const QString& id : fieldIds)
        filled += evaluate(id);
    QSet<QString> now;
    for (const Conflict& c : conflicts())
        now.insert(c.fieldId);
    if (now != m_conflicts) {
        m_conflicts = now;
        Q_EMIT conflictsChanged();
    }
    return filled;
}

int PrefillEngine::ingest(
    const QString& lookup, const QList<Candidate>& incoming, const QList<Rejection>& rejected)
{
    if (!m_session || !m_session->isActive())
        return 0;
    const catalog::Catalog& catalog = m_session->catalog();
    QList<Candidate> accepted;
    QList<Rejection> refused = rejected;
    for (const Candidate& c : incoming) {
        const catalog::FieldDef* def = catalog.field(c.fieldId);
        if (!def) {
            refused.append({c,
                QCoreApplication::translate("ow::prefill", "The catalog has no field %1.").arg(c.fieldId)});
            continue;
        }
        // The catalog names the sources that may supply a field (FieldDef::prefill).
        if (!sourceAllowed(def->prefill, c.source))
            continue;
        const QString problem = candidateProblem(*def, c.value, m_clock.today());
        if (!problem.isEmpty()) {
            refused.append({c, def->label.text() + QStringLiteral(": ") + problem});
            continue;
        }
        accepted.append(c);
    }
    // The previous batch of the same look-up is replaced.
    QSet<QString> touched;
    for (auto it = m_raw.begin(); it != m_raw.end(); ++it) {
        if (it->removeIf([&](const Candidate& c) { return c.lookup == lookup; }) > 0)
            touched.insert(it.key());
    }
    for (Candidate c : std::as_const(accepted)) {
        c.lookup = lookup;
        m_raw[c.fieldId].append(c);
        touched.insert(c.fieldId);
    }
    m_rejections.removeIf([&](const Rejection& r) { return r.candidate.lookup == lookup; });
    for (Rejection r : std::as_const(refused)) {
        r.candidate.lookup = lookup;
        m_rejections.append(r);
        qCInfo(lcPrefill) << "candidate for" << r.candidate.fieldId << "from" << r.candidate.source
                          << "not offered";
    }
    const int filled = evaluateAll(touched);
    for (const QString& id : std::as_const(touched))
        Q_EMIT candidatesChanged(id);
    return filled;
}

void PrefillEngine::addCandidates(const QString& lookup, const QList<Candidate>& candidates)
{
    ingest(lookup, candidates, {});
}

bool PrefillEngine::choose(const QString& fieldId, int candidateIndex)
{
    if (!isPlanned(fieldId))
        return false;
    const QList<Candidate> list = candidates(fieldId);
    if (candidateIndex < 0 || candidateIndex >= list.size())
        return false;
    m_resolved.insert(fieldId);
    const bool ok = replaceValue(fieldId, list.at(candidateIndex), true);
    evaluateAll({});
    return ok;
}

int PrefillEngine::confirmSection(const QString& section)
{
    if (!m_session || !m_session->isActive())
        return 0;
    int n = 0;
    for (const catalog::PlannedField& pf : m_session->plan().fields) {
        const QString id = pf.field->id;
        if (pf.field->section != section || hasConflict(id))
            continue;
        if (m_session->caseData().fields.value(id).origin == FieldOrigin::Prefilled
            && !m_session->caseData().fields.value(id).isEmpty()) {
            m_session->confirmPrefilled(id);
            ++n;
        }
    }
    return n;
}

void PrefillEngine::setStatus(const QString& source, SourceState state, const QString& message, int offered)
{
    SourceStatus& s = m_status[source];
    s.source = source;
    s.state = state;
    s.message = message;
    s.offered = offered;
    s.at = m_clock.now();
    Q_EMIT sourceStatusChanged(source);
    if (state == SourceState::Failed)
        Q_EMIT sourceFailed(source, message);
}

PrefillEngine::SourceStatus PrefillEngine::sourceStatus(const QString& source) const
{
    SourceStatus s = m_status.value(source);
    s.source = source;
    return s;
}

QList<PrefillEngine::SourceStatus> PrefillEngine::sourceStatuses() const
{
    return m_status.values();
}

void PrefillEngine::beginJob()
{
    ++m_pending;
}

void PrefillEngine::endJob()
{
    if (m_pending > 0 && --m_pending == 0)
        Q_EMIT idle();
}

QList<LookupRecord> PrefillEngine::verifications() const
{
    if (m_caseUuid.isEmpty())
        return {};
    auto r = m_journal.verifications(m_caseUuid);
    return r ? *r : QList<LookupRecord>();
}

} // namespace ow::prefill
