// PrefillEngine, part 3: the look-ups on the central server — shared government data (数据回流) and result
// verification (结果核验) — only for a case in progress with the applicant's consent, each journalled.
#include "app/prefill/prefillengine.h"

#include "app/common/logging.h"
#include "app/common/mask.h"
#include "app/intake/intakesession.h"
#include "app/prefill/registerclient.h"
#include "app/prefill/shareddatasource.h"
#include "app/prefill/verificationsource.h"
#include "protocol/errorcodes.h"

#include <QCoreApplication>

namespace ow::prefill {
namespace {
QString src(const char16_t* s)
{
    return QString::fromUtf16(s);
}
} // namespace

bool PrefillEngine::sharedDataAllowed(const QString& source)
{
    if (!m_session || !m_session->isActive()) {
        setStatus(source, SourceState::Skipped, tr("No case is open."));
        return false;
    }
    if (m_session->caseData().state != intake::CaseState::Draft) {
        setStatus(source, SourceState::Skipped,
            tr("Shared data and verifications are used only for a case in progress; nothing was looked up."));
        return false;
    }
    if (!m_session->caseData().consentSharedData) {
        setStatus(source, SourceState::Skipped,
            tr("The applicant's consent to use shared government data is not recorded on this case; nothing "
               "was "
               "looked up."));
        return false;
    }
    if (!m_client || !m_client->isConfigured()) {
        setStatus(source, SourceState::Failed,
            tr("No central server is configured. Shared data and verification are unavailable."));
        return false;
    }
    return true;
}

void PrefillEngine::lookupSharedData(const QString& section)
{
    bool enterprise = false;
    const QString subject = subjectOf(section, &enterprise);
    const QString source = src(sources::sharedData);
    // Each person is read from the registers once per case (every read is audited), however many paths
    // lead here (the card, the typed number, the consent recorded later).
    if (subject.isEmpty() || m_sharedDataAsked.value(section) == subject || !sharedDataAllowed(source))
        return;
    m_sharedDataAsked.insert(section, subject);
    const QString actor = m_session->caseData().staff;
    const QString follows = answers().value(QStringLiteral("hukouFollows")).toString();
    const QString householdRole = follows.isEmpty() ? primaryRole() : follows;
    const QString masked = enterprise ? subject : mask::idNumber(subject);
    auto id = m_journal.begin(
        actor, m_caseUuid, enterprise ? QStringLiteral("enterprise") : QStringLiteral("person"), masked);
    if (!id) {
        setStatus(source, SourceState::Failed,
            tr("The look-up could not be recorded locally, so it was not made: %1").arg(id.error().message));
        return;
    }
    const quint64 generation = m_generation;
    const qint64 journalId = *id;
    QPointer<PrefillEngine> self(this);
    beginJob();
    setStatus(source, SourceState::Running);
    auto finish = [=, this](const std::optional<Error>& error, const QList<Candidate>& candidates,
                      const QList<Rejection>& rejected) {
        if (!self || generation != m_generation)
            return;
        if (error) {
            const bool notFound = error->code == protocol::errc::kRegisterNotFound;
            (void)m_journal.finish(
                journalId, notFound ? QStringLiteral("notFound") : QStringLiteral("error"), error->message);
            setStatus(source, notFound ? SourceState::Done : SourceState::Failed, error->message);
        } else {
            (void)m_journal.finish(journalId, QStringLiteral("found"));
            const int filled = ingest(QStringLiteral("sharedData:") + section, candidates, rejected);
            setStatus(source, SourceState::Done, {}, filled);
        }
        endJob();
    };
    if (enterprise) {
        m_client->enterprise(subject, m_caseUuid, [=, this](Result<protocol::EnterpriseRecord> r) {
            if (!self)
                return;
            if (!r)
                return finish(r.error(), {}, {});
            const SharedDataMapping m = enterpriseCandidates(*r, section, m_session->catalog());
            finish(std::nullopt, m.candidates, m.rejected);
        });
    } else {
        m_client->person(subject, m_caseUuid, [=, this](Result<protocol::PersonRecord> r) {
            if (!self)
                return;
            if (!r)
                return finish(r.error(), {}, {});
            const SharedDataMapping m
                = personCandidates(*r, section, m_session->catalog(), section == householdRole);
            finish(std::nullopt, m.candidates, m.rejected);
        });
    }
}

void PrefillEngine::verifyPlannedMaterials()
{
    if (!m_session || !m_session->isActive())
        return;
    for (const catalog::PlannedMaterial& pm : m_session->plan().materials) {
        const catalog::MaterialDef* def = pm.material;
        if (def->verification.isEmpty() || !pm.producedBy.isEmpty()
            || !protocol::verificationKinds().contains(def->verification))
            continue;
        const intake::MaterialState state = m_session->caseData().materials.value(def->id).state;
        if (state != intake::MaterialState::Missing && state != intake::MaterialState::Tolerated)
            continue;
        const VerificationQuestion q = verificationQuestion(*def, m_session->caseData(), answers());
        if (!q.isReady())
            continue;
        QStringList key {def->id};
        for (const protocol::VerificationSubject& s : q.subjects)
            key << s.idNumber << s.creditCode;
        if (m_verified.contains(key.join(u'|')))
            continue;
        if (!m_session->caseData().consentSharedData || !m_client || !m_client->isConfigured()) {
            sharedDataAllowed(src(sources::verification)); // reports why
            return;
        }
        m_verified.insert(key.join(u'|'));
        verifyMaterial(def->id);
    }
}

void PrefillEngine::verifyMaterial(const QString& materialId)
{
    if (!m_session || !m_session->isActive())
        return;
    const QString source = src(sources::verification);
    const catalog::MaterialDef* def = m_session->catalog().material(materialId);
    if (!def || def->verification.isEmpty())
        return;
    const VerificationQuestion q = verificationQuestion(*def, m_session->caseData(), answers());
    if (!q.isReady()) {
        setStatus(source, SourceState::Skipped, def->name.text() + QStringLiteral(": ") + q.missing);
        return;
    }
    if (!sharedDataAllowed(source))
        return;
    auto id = m_journal.begin(m_session->caseData().staff, m_caseUuid, QStringLiteral("verification"),
        q.subjectsMasked(), q.kind, materialId);
    if (!id) {
        setStatus(source, SourceState::Failed,
            tr("The verification could not be recorded locally, so it was not asked: %1")
                .arg(id.error().message));
        return;
    }
    protocol::VerificationRequest request;
    request.kind = q.kind;
    request.subjects = q.subjects;
    request.caseUuid = m_caseUuid;
    request.consent = true;
    const quint64 generation = m_generation;
    const qint64 journalId = *id;
    const QString materialName = def->name.text();
    const bool verifiedAccepted = def->ways.isEmpty() || def->ways.contains(catalog::Way::Verified);
    QPointer<PrefillEngine> self(this);
    beginJob();
    setStatus(source, SourceState::Running);
    m_client->verify(request, [=, this](Result<protocol::VerificationAnswer> r) {
        if (!self || generation != m_generation)
            return;
        if (!r) {
            (void)m_journal.finish(journalId, QStringLiteral("error"), r.error().message);
            setStatus(source, SourceState::Failed,
                tr("The verification for %1 could not be done: %2").arg(materialName, r.error().message));
            endJob();
            return;
        }
        const protocol::VerificationAnswer& a = *r;
        (void)m_journal.finish(
            journalId, a.answer ? QStringLiteral("yes") : QStringLiteral("no"), {}, a.answer, a.evidenceRef);
        if (a.answer) {
            const intake::MaterialState state = m_session->caseData().materials.value(materialId).state;
            // A material the clerk already took in stays as the clerk recorded it.
            if (verifiedAccepted
                && (state == intake::MaterialState::Missing || state == intake::MaterialState::Tolerated))
                m_session->setMaterialState(
                    materialId, intake::MaterialState::Verified, verifiedNote(a), {}, a.evidenceRef);
            setStatus(source, SourceState::Done, {}, 0);
        } else {
            const QString msg
                = tr("The central server's answer for %1 is no: it must be presented.").arg(materialName);
            setStatus(source, SourceState::Done, msg, 0);
            Q_EMIT sourceWarning(source, msg);
        }
        qCInfo(lcPrefill) << "verification" << a.kind << "for" << materialId << "answered" << a.answer;
        Q_EMIT verificationFinished(materialId, a.answer);
        endJob();
    });
}

} // namespace ow::prefill
