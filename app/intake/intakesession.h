#pragma once

#include "app/catalog/plan.h"
#include "app/common/clock.h"
#include "app/intake/attachmentstore.h"
#include "app/intake/casedata.h"
#include "app/intake/handoff.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

namespace ow::intake {

class CaseRepository;
class DraftWriter;

// Where this workstation is: part of every case number and of the hand-off.
struct CounterInfo
{
    QString hallCode;
    int counter = 1;
    QString staff;
};

// Something that stops acceptance, for the summary and the correction notice (补正告知书).
struct Problem
{
    enum class Kind { MissingField, InvalidField, MissingMaterial, ToleranceWithoutDueDate };
    Kind kind;
    QString id; // field or material id
    QString message; // in the user's language
};

// One intake in progress: the case being taken, the plan its answers select, validation, materials,
// attachments and acceptance. Every change is saved as a draft within a second by the DraftWriter.
// The UI is a thin view over this object.
class IntakeSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntakeSession)
public:
    // `handoff` queues the accepted case (sync::handoff()); without one, accept() refuses.
    IntakeSession(std::shared_ptr<const catalog::Catalog> catalog, std::shared_ptr<CaseRepository> repository,
        std::shared_ptr<AttachmentStore> attachments, CounterInfo counter, Handoff handoff,
        const Clock& clock = Clock::system(), QObject* parent = nullptr);
    ~IntakeSession() override;

    // Starts a new case for a bundle. Fails for an unknown bundle.
    Result<void> start(const QString& bundleCode, const QString& applicantKind = {}, bool proxy = false);
    // Continues a stored draft (after a crash, or from the case list).
    Result<void> resume(const QString& uuid);
    bool isActive() const { return !m_case.uuid.isEmpty(); }
    // A newer catalog for the intakes that follow: the next start() or resume() takes it; the case in
    // progress keeps the catalog it began with.
    void setCatalog(std::shared_ptr<const catalog::Catalog> catalog);

    const CaseData& caseData() const { return m_case; }
    const catalog::Plan& plan() const { return m_plan; }
    const catalog::Catalog& catalog() const { return *m_catalog; }
    std::shared_ptr<const catalog::Catalog> catalogPtr() const { return m_catalog; }
    const catalog::PlanDiff& lastDiff() const { return m_lastDiff; }

    // Guidance answers (情形). Recomputes the plan at once.
    void setAnswer(const QString& questionId, const QJsonValue& value);
    QJsonValue answer(const QString& questionId) const; // the answer or the question's default
    void setProxy(bool proxy);
    void setConsent(bool consent);

    // Field values typed by the clerk (origin Typed, or PrefilledChanged when it replaces a prefilled value).
    void setFieldValue(const QString& fieldId, const QJsonValue& value);
    // A prefill source supplies a value (never overwrites what the clerk typed or confirmed).
    bool offerPrefill(const QString& fieldId, const FieldValue& candidate);
    void confirmPrefilled(const QString& fieldId);
    // Validation message for a field's current value ("" when fine or empty).
    QString fieldProblem(const QString& fieldId) const;

    // `evidence` is the reference of a verification answer; it is kept only with the Verified state.
    void setMaterialState(const QString& materialId, MaterialState state, const QString& note = {},
        const QDate& dueDate = {}, const QString& evidence = {});
    // The states the clerk may record for a planned material now (intake/materialrules.h); empty when it is
    // not in the plan.
    QList<MaterialState> allowedMaterialStates(const QString& materialId) const;
    // The due date a 容缺 material gets unless the clerk picks another: tolerance.dueDays working days from
    // today (the session's Clock, the catalog's calendar).
    QDate defaultDueDate() const;
    // Imports a file (checked by content, size-limited, stored by SHA-256) and links it to the material.
    // A material with an attachment and no other state counts as "copy collected".
    Result<StoredAttachment> attach(const QString& materialId, const QString& filePath);
    void detach(const QString& materialId, const QString& sha256);
    std::shared_ptr<AttachmentStore> attachmentStore() const { return m_attachments; }

    // Everything that still stops acceptance, in form order then checklist order.
    QList<Problem> problems() const;
    QStringList missingFieldIds() const;
    bool canAccept() const { return problems().isEmpty(); }
    // Accepts the case: case number, promised date (working days), outbox entry, all in one transaction.
    Result<CaseData> accept();
    // Abandons the current draft (it stays in the store unless discard is true).
    void close(bool discard = false);
    // Writes any pending draft snapshot now.
    void flushDraft();

Q_SIGNALS:
    void started();
    void planChanged(); // lastDiff() says what changed
    void fieldChanged(const QString& fieldId);
    void materialChanged(const QString& materialId);
    void problemsChanged();
    void accepted(const QString& caseNumber);
    void draftSaved();
    void closed();

private:
    void recomputePlan();
    void touch();
    catalog::PlanInput planInput() const;
    void adoptNextCatalog();

    std::shared_ptr<const catalog::Catalog> m_catalog;
    std::shared_ptr<const catalog::Catalog> m_nextCatalog;
    std::shared_ptr<CaseRepository> m_repository;
    std::shared_ptr<AttachmentStore> m_attachments;
    CounterInfo m_counter;
    Handoff m_handoff;
    const Clock& m_clock;
    std::unique_ptr<DraftWriter> m_writer;
    QTimer m_saveTimer;
    CaseData m_case;
    catalog::Plan m_plan;
    catalog::PlanDiff m_lastDiff;
};

} // namespace ow::intake
