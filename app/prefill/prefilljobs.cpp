// PrefillEngine, part 2: the look-ups — card, ID number, past cases, shared data, verification, PDF text,
// derived values — and the reactions to the intake's signals.
#include "app/prefill/prefillengine.h"

#include "app/common/logging.h"
#include "app/common/mask.h"
#include "app/intake/intakesession.h"
#include "app/prefill/derivedsource.h"
#include "app/prefill/history.h"
#include "app/prefill/idcardsource.h"
#include "app/prefill/idnumberfacts.h"
#include "app/prefill/pdfsource.h"
#include "app/prefill/registerclient.h"
#include "app/validation/creditcode.h"
#include "app/validation/idnumber.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QtConcurrent>

namespace ow::prefill {
namespace {
QString src(const char16_t* s)
{
    return QString::fromUtf16(s);
}

struct HistoryOutcome
{
    QList<PastCase> cases;
    std::optional<Error> error;
};

struct PdfOutcome
{
    QStringList pages;
    std::optional<Error> error;
};
} // namespace

QString PrefillEngine::subjectOf(const QString& section, bool* enterprise) const
{
    if (!m_session || !m_session->isActive())
        return {};
    const intake::CaseData& c = m_session->caseData();
    const QString id
        = c.fields.value(roleFieldId(section, QStringLiteral("idNumber"))).text().trimmed().toUpper();
    if (!id.isEmpty() && validation::checkIdNumber(id, m_clock.today()).valid) {
        if (enterprise)
            *enterprise = false;
        return id;
    }
    const QString code
        = c.fields.value(roleFieldId(section, QStringLiteral("creditCode"))).text().trimmed().toUpper();
    if (!code.isEmpty() && validation::checkCreditCode(code).valid) {
        if (enterprise)
            *enterprise = true;
        return code;
    }
    return {};
}

QJsonObject PrefillEngine::answers() const
{
    if (!m_session || !m_session->isActive())
        return {};
    const catalog::BundleDef* bundle = m_session->catalog().bundle(m_session->caseData().bundleCode);
    return bundle ? answersWithDefaults(*bundle, m_session->caseData()) : m_session->caseData().answers;
}

QString PrefillEngine::primaryRole() const
{
    if (!m_session || !m_session->isActive())
        return {};
    QStringList roles;
    for (const catalog::PlannedField& pf : m_session->plan().fields) {
        const QString role = roleOfSubjectField(pf.field->id);
        if (!role.isEmpty() && role != u"agent" && !roles.contains(role))
            roles << role;
    }
    for (const QString& main : {QStringLiteral("applicant"), QStringLiteral("enterprise")}) {
        if (roles.contains(main))
            return main;
    }
    const QString follows = answers().value(QStringLiteral("hukouFollows")).toString();
    if (!follows.isEmpty())
        return follows;
    return roles.value(0);
}

QString PrefillEngine::primaryRoleOf(const QString& bundleCode, const QJsonObject& storedAnswers) const
{
    if (!m_session || !m_session->catalogPtr())
        return {};
    const catalog::BundleDef* bundle = m_session->catalog().bundle(bundleCode);
    if (!bundle)
        return {};
    for (const catalog::Question& q : bundle->questions) {
        if (q.id == u"hukouFollows")
            return storedAnswers.value(q.id).toString(q.defaultValue.toString());
    }
    return {};
}

int PrefillEngine::applyCard(const CardData& card, const QString& section)
{
    if (!m_session || !m_session->isActive())
        return 0;
    const QString source = src(sources::idCard);
    const QString entered = m_session->caseData()
                                .fields.value(roleFieldId(section, QStringLiteral("idNumber")))
                                .text()
                                .trimmed();
    if (!entered.isEmpty() && entered.compare(card.idNumber, Qt::CaseInsensitive) != 0) {
        setStatus(source, SourceState::Failed,
            tr("This card (%1) is not the one of the ID number already entered for this person (%2); nothing "
               "was "
               "filled from it.")
                .arg(mask::idNumber(card.idNumber), mask::idNumber(entered)));
        return 0;
    }
    const CardMapping mapping = candidatesFromCard(card, section, m_session->catalog());
    const int filled = ingest(QStringLiteral("idCard:") + section, mapping.candidates, mapping.rejected);
    setStatus(source, SourceState::Done, card.warnings.join(u' '), filled);
    for (const QString& w : card.warnings)
        Q_EMIT sourceWarning(source, w);
    qCInfo(lcPrefill) << "card of" << mask::idNumber(card.idNumber) << "applied to" << section << ":"
                      << filled << "fields";
    lookupSubject(section);
    return filled;
}

void PrefillEngine::lookupIdFacts(const QString& section)
{
    bool enterprise = false;
    const QString subject = subjectOf(section, &enterprise);
    if (subject.isEmpty() || enterprise)
        return;
    const IdNumberFacts facts = idNumberFacts(subject, m_clock.today());
    const auto has = [this](const QString& id) { return hasCatalogField(id); };
    const int filled = ingest(
        QStringLiteral("idNumber:") + section, idNumberCandidates(facts, section, m_clock.now(), has), {});
    setStatus(src(sources::idNumber), SourceState::Done, {}, filled);
}

void PrefillEngine::lookupSubject(const QString& section)
{
    const QString subject = subjectOf(section);
    if (subject.isEmpty())
        return;
    lookupIdFacts(section);
    if (m_lookedUp.value(section) == subject)
        return;
    m_lookedUp.insert(section, subject);
    lookupHistory(section);
    lookupSharedData(section);
    if (m_policy.autoVerify)
        verifyPlannedMaterials();
}

void PrefillEngine::lookupAll()
{
    lookupRoles(true);
}

void PrefillEngine::lookupRoles(bool again)
{
    if (!m_session || !m_session->isActive())
        return;
    QStringList roles;
    for (const catalog::PlannedField& pf : m_session->plan().fields) {
        const QString role = roleOfSubjectField(pf.field->id);
        if (!role.isEmpty() && !roles.contains(role))
            roles << role;
    }
    for (const QString& s : std::as_const(roles)) {
        if (subjectOf(s).isEmpty())
            continue;
        if (again) {
            m_lookedUp.remove(s);
            m_sharedDataAsked.remove(s);
        }
        lookupSubject(s);
    }
    verifyPlannedMaterials();
}

void PrefillEngine::lookupHistory(const QString& section)
{
    bool enterprise = false;
    const QString subject = subjectOf(section, &enterprise);
    if (subject.isEmpty())
        return;
    const QString source = src(sources::history);
    const quint64 generation = m_generation;
    const HistoryIndex index = *m_history;
    const int maxCases = m_policy.historyCases;
    const QString exclude = m_caseUuid;
    const bool primary = section == primaryRole();
    beginJob();
    setStatus(source, SourceState::Running);
    auto* watcher = new QFutureWatcher<HistoryOutcome>(this);
    connect(watcher, &QFutureWatcher<HistoryOutcome>::finished, this, [=, this] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        const HistoryOutcome out = watcher->result();
        if (out.error) {
            setStatus(
                source, SourceState::Failed, tr("Past cases could not be read: %1").arg(out.error->message));
        } else {
            // Ages and other computed values are recomputed now, not copied from the past.
            QSet<QString> derived;
            if (const catalog::BundleDef* b = m_session->catalog().bundle(m_session->caseData().bundleCode)) {
                for (const catalog::Derived& d : b->derived)
                    derived.insert(d.field);
            }
            const auto has = [&](const QString& id) {
                return hasCatalogField(id) && !derived.contains(id) && nameOf(id) != u"age";
            };
            const auto owned = [&](const PastCase& pc) {
                if (!pc.applicantId.isEmpty())
                    return pc.applicantId.compare(subject, Qt::CaseInsensitive) == 0;
                return primaryRoleOf(pc.bundleCode, pc.answers) == pc.section;
            };
            const int filled = ingest(QStringLiteral("history:") + section,
                historyCandidates(out.cases, section, primary, owned, has), {});
            setStatus(source, SourceState::Done,
                out.cases.isEmpty() ? tr("No earlier case of this person or enterprise.") : QString(),
                filled);
        }
        endJob();
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, [index, subject, maxCases, exclude] {
        HistoryOutcome out;
        auto r = index.lookup(subject, maxCases, exclude);
        if (r)
            out.cases = *r;
        else
            out.error = r.error();
        return out;
    }));
}

void PrefillEngine::extractPdf(const QString& materialId, const QString& pdfPath, const QString& sha256)
{
    if (!m_session || !m_session->isActive())
        return;
    const catalog::MaterialDef* def = m_session->catalog().material(materialId);
    if (!def || def->extract.value(QStringLiteral("fields")).toObject().isEmpty())
        return;
    m_extracted.insert(materialId + u':' + sha256);
    const QString source = src(sources::pdf);
    const quint64 generation = m_generation;
    beginJob();
    setStatus(source, SourceState::Running);
    auto* watcher = new QFutureWatcher<PdfOutcome>(this);
    connect(watcher, &QFutureWatcher<PdfOutcome>::finished, this, [=, this] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        const PdfOutcome out = watcher->result();
        const catalog::MaterialDef* material = m_session->catalog().material(materialId);
        if (out.error || !material) {
            setStatus(source, SourceState::Failed, out.error ? out.error->message : QString());
        } else {
            const PdfExtraction x = extractFromText(
                out.pages.join(u'\n'), *material, m_session->catalog(), sha256, m_clock.now());
            const int filled = ingest(
                QStringLiteral("pdf:") + materialId + u':' + sha256.left(16), x.candidates, x.rejected);
            QStringList warnings;
            for (const Rejection& r : x.rejected)
                warnings << r.reason;
            setStatus(source, SourceState::Done, warnings.join(u' '), filled);
            for (const QString& w : std::as_const(warnings))
                Q_EMIT sourceWarning(source, w);
        }
        endJob();
    });
    watcher->setFuture(QtConcurrent::run(QThreadPool::globalInstance(), [pdfPath] {
        PdfOutcome out;
        auto r = pdfText(pdfPath);
        if (r)
            out.pages = *r;
        else
            out.error = r.error();
        return out;
    }));
}

void PrefillEngine::recomputeDerived()
{
    if (!m_session || !m_session->isActive())
        return;
    const catalog::BundleDef* bundle = m_session->catalog().bundle(m_session->caseData().bundleCode);
    if (!bundle || bundle->derived.isEmpty())
        return;
    const DerivedOutcome out = derivedCandidates(
        m_session->catalog(), *bundle, m_session->caseData(), m_clock.today(), m_clock.now());
    const int filled = ingest(QStringLiteral("derived"), out.candidates, out.rejected);
    QStringList errors;
    for (const Error& e : out.errors)
        errors << e.message + QStringLiteral(" (") + e.where + u')';
    const QString source = src(sources::derived);
    if (!errors.isEmpty())
        qCWarning(lcPrefill) << "derived rules failed:" << errors;
    setStatus(source, errors.isEmpty() ? SourceState::Done : SourceState::Failed, errors.join(u' '), filled);
}

void PrefillEngine::onConsentMaybeChanged()
{
    if (!m_session || !m_session->isActive() || m_session->caseData().uuid != m_caseUuid)
        return;
    const bool consent = m_session->caseData().consentSharedData;
    if (consent == m_consentSeen)
        return;
    m_consentSeen = consent;
    if (!consent || !m_policy.autoLookup)
        return;
    // What was skipped for want of consent: shared data of every known role, and the verifications.
    for (const catalog::PlannedField& pf : m_session->plan().fields) {
        const QString role = roleOfSubjectField(pf.field->id);
        if (!role.isEmpty() && !subjectOf(role).isEmpty())
            lookupSharedData(role);
    }
    if (m_policy.autoVerify)
        verifyPlannedMaterials();
}

void PrefillEngine::onFieldChanged(const QString& fieldId)
{
    if (!m_session || m_session->caseData().uuid != m_caseUuid)
        return;
    onConsentMaybeChanged();
    m_derivedTimer.start();
    const catalog::FieldDef* def = m_session->catalog().field(fieldId);
    const bool subjectField
        = def && (def->type == catalog::FieldType::IdNumber || def->type == catalog::FieldType::CreditCode);
    if (subjectField && m_policy.autoLookup) {
        const QString section = roleOfSubjectField(fieldId);
        // After the intake has finished handling this change.
        QMetaObject::invokeMethod(
            this,
            [this, section, generation = m_generation] {
                if (generation == m_generation)
                    lookupSubject(section);
            },
            Qt::QueuedConnection);
    }
    // An identity verification waits for the name as well as the ID number.
    if (m_policy.autoVerify && fieldId.endsWith(QStringLiteral(".name"))) {
        QMetaObject::invokeMethod(
            this,
            [this, generation = m_generation] {
                if (generation == m_generation)
                    verifyPlannedMaterials();
            },
            Qt::QueuedConnection);
    }
    if (m_conflicts.contains(fieldId))
        evaluateAll({});
}

void PrefillEngine::onPlanChanged()
{
    if (!m_session || !m_session->isActive())
        return;
    if (m_session->caseData().uuid != m_caseUuid)
        onStarted();
    QSet<QString> all(m_raw.keyBegin(), m_raw.keyEnd());
    evaluateAll(all);
    m_derivedTimer.start();
    if (m_policy.autoVerify && m_session->caseData().consentSharedData)
        QMetaObject::invokeMethod(this, &PrefillEngine::verifyPlannedMaterials, Qt::QueuedConnection);
}

void PrefillEngine::onMaterialChanged(const QString& materialId)
{
    if (!m_session || !m_session->isActive() || !m_policy.autoExtractPdf)
        return;
    const catalog::MaterialDef* def = m_session->catalog().material(materialId);
    if (!def || def->extract.value(QStringLiteral("fields")).toObject().isEmpty())
        return;
    for (const intake::AttachmentRef& a : m_session->caseData().attachments) {
        if (a.materialId != materialId || a.mimeType != u"application/pdf"
            || m_extracted.contains(materialId + u':' + a.sha256))
            continue;
        auto path = m_session->attachmentStore()->pathFor(a.sha256);
        if (!path) {
            setStatus(src(sources::pdf), SourceState::Failed, path.error().message);
            continue;
        }
        extractPdf(materialId, *path, a.sha256);
    }
}

} // namespace ow::prefill
