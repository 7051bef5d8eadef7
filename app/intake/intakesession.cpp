#include "app/intake/intakesession.h"

#include "app/common/logging.h"
#include "app/intake/caserepository.h"
#include "app/intake/draftwriter.h"
#include "app/intake/errors.h"
#include "app/intake/fieldcheck.h"
#include "app/intake/materialrules.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUuid>

namespace ow::intake {
namespace {
constexpr int kDraftDelayMs = 300;
} // namespace

IntakeSession::IntakeSession(std::shared_ptr<const catalog::Catalog> catalog,
    std::shared_ptr<CaseRepository> repository, std::shared_ptr<AttachmentStore> attachments,
    CounterInfo counter, Handoff handoff, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_catalog(std::move(catalog))
    , m_repository(std::move(repository))
    , m_attachments(std::move(attachments))
    , m_counter(std::move(counter))
    , m_handoff(std::move(handoff))
    , m_clock(clock)
    , m_writer(std::make_unique<DraftWriter>(m_repository))
{
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(kDraftDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, [this] {
        if (isActive() && m_case.state == CaseState::Draft)
            m_writer->save(m_case);
    });
    connect(m_writer.get(), &DraftWriter::saved, this, &IntakeSession::draftSaved, Qt::QueuedConnection);
}

IntakeSession::~IntakeSession()
{
    flushDraft();
}

void IntakeSession::setCatalog(std::shared_ptr<const catalog::Catalog> catalog)
{
    m_nextCatalog = std::move(catalog);
    if (!isActive())
        adoptNextCatalog();
}

void IntakeSession::adoptNextCatalog()
{
    if (m_nextCatalog)
        m_catalog = std::move(m_nextCatalog);
    m_nextCatalog.reset();
}

Result<void> IntakeSession::start(const QString& bundleCode, const QString& applicantKind, bool proxy)
{
    flushDraft();
    adoptNextCatalog();
    const catalog::BundleDef* bundle = m_catalog->bundle(bundleCode);
    if (!bundle)
        return makeError(errc::kUnknownBundle, tr("There is no bundle %1 in the catalog.").arg(bundleCode));
    m_case = CaseData {};
    m_case.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_case.bundleCode = bundleCode;
    m_case.catalogVersion = m_catalog->version();
    m_case.catalogHash = m_catalog->contentHash();
    m_case.applicantKind = applicantKind.isEmpty() ? bundle->subjectKind : applicantKind;
    m_case.proxy = proxy;
    m_case.hallCode = m_counter.hallCode;
    m_case.counter = m_counter.counter;
    m_case.staff = m_counter.staff;
    m_case.createdAt = m_case.updatedAt = m_clock.now();
    m_plan = {};
    recomputePlan();
    m_writer->save(m_case);
    qCInfo(lcIntake) << "started intake" << m_case.uuid << "for bundle" << bundleCode;
    Q_EMIT started();
    return {};
}

Result<void> IntakeSession::resume(const QString& uuid)
{
    auto loaded = m_repository->load(uuid);
    if (!loaded)
        return loaded.error();
    flushDraft();
    adoptNextCatalog();
    if (!m_catalog->bundle(loaded->bundleCode))
        return makeError(errc::kUnknownBundle,
            tr("The draft's bundle %1 is not in the current catalog.").arg(loaded->bundleCode));
    m_case = *loaded;
    // A draft has not been accepted: it continues under the current catalog, which acceptance records.
    m_case.catalogVersion = m_catalog->version();
    m_case.catalogHash = m_catalog->contentHash();
    m_plan = {};
    recomputePlan();
    Q_EMIT started();
    return {};
}

catalog::PlanInput IntakeSession::planInput() const
{
    catalog::PlanInput in;
    in.answers = m_case.answers;
    in.proxy = m_case.proxy;
    in.fieldValues = m_case.flatFieldValues();
    in.today = m_clock.today();
    return in;
}

void IntakeSession::recomputePlan()
{
    auto next = catalog::computePlan(*m_catalog, m_case.bundleCode, planInput());
    if (!next) {
        qCWarning(lcIntake) << "plan failed:" << next.error().message << next.error().where;
        return;
    }
    m_lastDiff = catalog::diffPlans(m_plan, *next);
    m_plan = *next;
    // Materials the bundle issues itself need nothing from the applicant.
    for (const catalog::PlannedMaterial& pm : m_plan.materials) {
        if (!pm.producedBy.isEmpty())
            m_case.materials[pm.material->id].state = MaterialState::Produced;
        else if (m_case.materials.value(pm.material->id).state == MaterialState::Produced)
            m_case.materials[pm.material->id].state = MaterialState::Missing;
    }
    Q_EMIT planChanged();
    Q_EMIT problemsChanged();
}

void IntakeSession::touch()
{
    m_case.updatedAt = m_clock.now();
    // Throttle, not debounce: continuous typing must still reach the disk every kDraftDelayMs.
    if (!m_saveTimer.isActive())
        m_saveTimer.start();
}

void IntakeSession::setAnswer(const QString& questionId, const QJsonValue& value)
{
    if (!isActive() || m_case.answers.value(questionId) == value)
        return;
    m_case.answers.insert(questionId, value);
    recomputePlan();
    touch();
}

QJsonValue IntakeSession::answer(const QString& questionId) const
{
    if (m_case.answers.contains(questionId))
        return m_case.answers.value(questionId);
    if (const catalog::BundleDef* b = m_catalog->bundle(m_case.bundleCode)) {
        for (const catalog::Question& q : b->questions) {
            if (q.id == questionId)
                return q.defaultValue;
        }
    }
    return {};
}

void IntakeSession::setProxy(bool proxy)
{
    if (!isActive() || m_case.proxy == proxy)
        return;
    m_case.proxy = proxy;
    recomputePlan();
    touch();
}

void IntakeSession::setConsent(bool consent)
{
    if (!isActive() || m_case.consentSharedData == consent)
        return;
    m_case.consentSharedData = consent;
    touch();
}

void IntakeSession::setFieldValue(const QString& fieldId, const QJsonValue& value)
{
    if (!isActive())
        return;
    FieldValue& fv = m_case.fields[fieldId];
    if (fv.value == value && !fv.value.isUndefined())
        return;
    const bool wasPrefilled
        = fv.origin == FieldOrigin::Prefilled || fv.origin == FieldOrigin::PrefilledConfirmed;
    fv.value = value;
    fv.origin = wasPrefilled ? FieldOrigin::PrefilledChanged
                             : (fv.origin == FieldOrigin::PrefilledChanged ? fv.origin : FieldOrigin::Typed);
    if (fv.origin == FieldOrigin::Typed) {
        fv.source.clear();
        fv.obtainedAt = m_clock.now();
    }
    Q_EMIT fieldChanged(fieldId);
    Q_EMIT problemsChanged();
    touch();
}

bool IntakeSession::offerPrefill(const QString& fieldId, const FieldValue& candidate)
{
    if (!isActive())
        return false;
    auto it = m_case.fields.find(fieldId);
    if (it != m_case.fields.end() && !it->isEmpty())
        return false; // never overwrite what is there (typed, confirmed or prefilled earlier)
    FieldValue v = candidate;
    v.origin = FieldOrigin::Prefilled;
    m_case.fields.insert(fieldId, v);
    Q_EMIT fieldChanged(fieldId);
    Q_EMIT problemsChanged();
    touch();
    return true;
}

void IntakeSession::confirmPrefilled(const QString& fieldId)
{
    auto it = m_case.fields.find(fieldId);
    if (it == m_case.fields.end() || it->origin != FieldOrigin::Prefilled)
        return;
    it->origin = FieldOrigin::PrefilledConfirmed;
    Q_EMIT fieldChanged(fieldId);
    touch();
}

QString IntakeSession::fieldProblem(const QString& fieldId) const
{
    const catalog::FieldDef* def = m_catalog->field(fieldId);
    if (!def)
        return {};
    return checkFieldValue(*def, m_case.fieldValue(fieldId), m_clock.today());
}

void IntakeSession::setMaterialState(const QString& materialId, MaterialState state, const QString& note,
    const QDate& dueDate, const QString& evidence)
{
    if (!isActive())
        return;
    MaterialStatus& s = m_case.materials[materialId];
    s.state = state;
    s.note = note;
    s.dueDate = state == MaterialState::Tolerated ? dueDate : QDate();
    s.evidence = state == MaterialState::Verified ? evidence : QString();
    Q_EMIT materialChanged(materialId);
    Q_EMIT problemsChanged();
    touch();
}

QList<MaterialState> IntakeSession::allowedMaterialStates(const QString& materialId) const
{
    const catalog::PlannedMaterial* pm = m_plan.material(materialId);
    if (!pm)
        return {};
    return intake::allowedMaterialStates(*pm, m_case.materials.value(materialId).state);
}

QDate IntakeSession::defaultDueDate() const
{
    const catalog::BundleDef* bundle = m_catalog->bundle(m_case.bundleCode);
    if (!bundle)
        return m_clock.today().addDays(kDefaultToleranceDueDays);
    return toleranceDueDate(*bundle, m_catalog->calendar(), m_clock.today());
}

Result<StoredAttachment> IntakeSession::attach(const QString& materialId, const QString& filePath)
{
    if (!isActive())
        return makeError(errc::kInactive, tr("Start an intake first."));
    auto stored = m_attachments->importFile(filePath);
    if (!stored)
        return stored;
    MaterialStatus& s = m_case.materials[materialId];
    if (!s.attachments.contains(stored->sha256)) {
        s.attachments.append(stored->sha256);
        m_case.attachments.append(
            {stored->sha256, materialId, stored->fileName, stored->mimeType, stored->size});
    }
    if (s.state == MaterialState::Missing || s.state == MaterialState::Tolerated)
        s.state = MaterialState::Copy;
    Q_EMIT materialChanged(materialId);
    Q_EMIT problemsChanged();
    touch();
    return stored;
}

void IntakeSession::detach(const QString& materialId, const QString& sha256)
{
    MaterialStatus& s = m_case.materials[materialId];
    s.attachments.removeAll(sha256);
    m_case.attachments.removeIf(
        [&](const AttachmentRef& r) { return r.materialId == materialId && r.sha256 == sha256; });
    if (s.attachments.isEmpty() && s.state == MaterialState::Copy)
        s.state = MaterialState::Missing;
    Q_EMIT materialChanged(materialId);
    Q_EMIT problemsChanged();
    touch();
}

QStringList IntakeSession::missingFieldIds() const
{
    QStringList out;
    for (const catalog::PlannedField& pf : m_plan.fields) {
        if (pf.required && m_case.fields.value(pf.field->id).isEmpty())
            out << pf.field->id;
    }
    return out;
}

QList<Problem> IntakeSession::problems() const
{
    QList<Problem> out;
    for (const catalog::PlannedField& pf : m_plan.fields) {
        const QString id = pf.field->id;
        const FieldValue fv = m_case.fields.value(id);
        if (fv.isEmpty()) {
            if (pf.required)
                out.append(
                    {Problem::Kind::MissingField, id, tr("%1 is required.").arg(pf.field->label.text())});
            continue;
        }
        const QString why = fieldProblem(id);
        if (!why.isEmpty())
            out.append(
                {Problem::Kind::InvalidField, id, pf.field->label.text() + QStringLiteral(": ") + why});
    }
    for (const catalog::PlannedMaterial& pm : m_plan.materials) {
        const MaterialStatus s = m_case.materials.value(pm.material->id);
        if (s.state == MaterialState::Tolerated) {
            if (!pm.tolerable)
                out.append({Problem::Kind::MissingMaterial, pm.material->id,
                    tr("%1 is a key material and cannot be accepted as missing.")
                        .arg(pm.material->name.text())});
            else if (!s.dueDate.isValid())
                out.append({Problem::Kind::ToleranceWithoutDueDate, pm.material->id,
                    tr("%1: set the date by which it will be supplied.").arg(pm.material->name.text())});
            continue;
        }
        if (!satisfies(s.state))
            out.append({Problem::Kind::MissingMaterial, pm.material->id,
                tr("%1 has not been received.").arg(pm.material->name.text())});
    }
    return out;
}

Result<CaseData> IntakeSession::accept()
{
    if (!isActive())
        return makeError(errc::kInactive, tr("Start an intake first."));
    if (!m_handoff.isSet())
        return makeError(
            errc::kNoHandoff, tr("This workstation cannot accept cases (no hand-off is set up)."));
    const QList<Problem> open = problems();
    if (!open.isEmpty())
        return makeError(errc::kIncomplete,
            tr("The case cannot be accepted yet: %n problem(s) remain.", nullptr, int(open.size())));
    // A snapshot written after acceptance would turn the case back into a draft.
    m_saveTimer.stop();
    m_writer->flush();
    CaseData c = m_case;
    // The case records the situation it was accepted in: unanswered questions with the defaults the plan
    // used.
    if (m_plan.bundle) {
        for (const catalog::Question& q : m_plan.bundle->questions) {
            if (!c.answers.contains(q.id) && !q.defaultValue.isNull() && !q.defaultValue.isUndefined())
                c.answers.insert(q.id, q.defaultValue);
        }
    }
    c.acceptedAt = m_clock.now();
    c.promisedDate = m_catalog->calendar().addWorkingDays(c.acceptedAt.date(), m_plan.promisedDays);
    const catalog::Plan plan = m_plan;
    auto result = m_repository->accept(c, [this, &plan](const QSqlDatabase& db, const CaseData& accepted) {
        return m_handoff.queue(db, accepted, plan);
    });
    if (!result)
        return result;
    m_case = *result;
    Q_EMIT accepted(m_case.caseNumber);
    return result;
}

void IntakeSession::close(bool discard)
{
    if (!isActive())
        return;
    flushDraft();
    if (discard && m_case.state == CaseState::Draft)
        (void)m_repository->remove(m_case.uuid);
    m_case = CaseData {};
    m_plan = {};
    adoptNextCatalog();
    Q_EMIT closed();
}

void IntakeSession::flushDraft()
{
    if (m_saveTimer.isActive()) {
        m_saveTimer.stop();
        if (isActive() && m_case.state == CaseState::Draft)
            m_writer->save(m_case);
    }
    if (m_writer)
        m_writer->flush();
}

} // namespace ow::intake
