#pragma once

#include "app/common/clock.h"
#include "app/intake/intakesession.h"
#include "app/prefill/candidate.h"
#include "app/prefill/cardreader.h"
#include "app/prefill/lookupjournal.h"
#include "app/prefill/registerclient.h"
#include "app/store/localstore.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QThreadPool>
#include <QTimer>

#include <memory>
#include <optional>

namespace ow::prefill {

class HistoryIndex;

// Gathers candidate values for the case an IntakeSession is taking, from every source, and fills the empty
// fields of its plan — never what the clerk typed or confirmed (IntakeSession::offerPrefill). The field's
// FieldValue keeps the provenance (source, time obtained, confidence, evidence) and the origin records typed
// / prefilled+confirmed / prefilled+changed.
//
// - Sources that block (past cases, the central server, PDFs) run off the GUI thread; their outcome arrives
// as
//   signals. One failing source (the server unreachable) never stops the others; its status says why.
// - When two sources disagree on a field, the field is left empty and the candidates are kept side by side
//   (conflicts(), choose()). A value older than the policy's age is stale (Candidate::stale).
// - A valid ID number or credit code entering any field (typed, scanned or from the card) starts the look-ups
//   for its role: facts from the number, past cases, and the shared data (with consent, for a draft case).
// - Shared-data look-ups and verifications are journalled locally with the person masked (LookupJournal).
class PrefillEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrefillEngine)
public:
    struct Policy
    {
        int staleAfterDays = 365; // a value older than this is stale
        QHash<QString, int> staleAfterDaysBySource; // per-source override ("history" → 730)
        bool fillStale = true; // fill a field from a stale value when nothing fresher exists (flagged)
        bool autoLookup = true; // look up a role when its ID number / credit code is entered
        bool autoVerify = true; // ask the verifications of planned materials once their subjects are known
        bool autoExtractPdf = true; // read a PDF attached to a material that has extraction patterns
        int historyCases = 5; // past cases read per person
    };

    enum class SourceState { Idle, Running, Done, Failed, Skipped };
    Q_ENUM(SourceState)

    struct SourceStatus
    {
        QString source;
        SourceState state = SourceState::Idle;
        QString message; // for the clerk: why it failed or was skipped ("" otherwise)
        int offered = 0; // fields filled by its last run
        QDateTime at;
    };

    PrefillEngine(intake::IntakeSession* session, std::shared_ptr<store::LocalStore> store,
        const Clock& clock = Clock::system(), QObject* parent = nullptr);
    ~PrefillEngine() override;

    void setPolicy(const Policy& policy);
    const Policy& policy() const { return m_policy; }
    // The central server's client (not owned); none: shared data and verification report "not configured".
    void setRegisterClient(RegisterClient* client);
    RegisterClient* registerClient() const { return m_client; }

    // --- sources ---------------------------------------------------------------------------------------
    // A card read (CardReader::cardRead) for a role: "applicant", "mother", "father"… Fills the role's empty
    // fields and starts its look-ups. Returns the number of fields filled at once.
    int applyCard(const CardData& card, const QString& section);
    // Look-ups for a role now (facts from the number, past cases, shared data with consent).
    void lookupSubject(const QString& section);
    // Every role with a valid ID number or credit code again, and the verifications (e.g. after consent is
    // given, or when the server is back).
    void lookupAll();
    void lookupHistory(const QString& section);
    void lookupSharedData(const QString& section);
    // Asks the server the material's yes/no question (MaterialDef::verification). A "yes" marks the material
    // Verified (免提交) with the answer's evidence in its note.
    void verifyMaterial(const QString& materialId);
    void verifyPlannedMaterials();
    // Reads an e-certificate PDF for a material with extraction patterns (an attached file, or any path).
    void extractPdf(const QString& materialId, const QString& pdfPath, const QString& sha256);
    // Recomputes the bundle's derived values (done by itself after every field change).
    void recomputeDerived();
    // Candidates from a source outside this module (replace the previous batch of the same `lookup`).
    void addCandidates(const QString& lookup, const QList<Candidate>& candidates);

    // --- state for the UI ------------------------------------------------------------------------------
    // Every distinct value known for a field, best first (fresh before stale, then confidence, then newest).
    QList<Candidate> candidates(const QString& fieldId) const;
    // The candidate the field's current value came from (none if typed, or filled by someone else).
    std::optional<Candidate> applied(const QString& fieldId) const;
    bool isStale(const Candidate& candidate) const;
    // Unresolved disagreements on planned fields, in plan order.
    QList<Conflict> conflicts() const;
    bool hasConflict(const QString& fieldId) const;
    // The clerk picks candidates(fieldId)[index]: it replaces the field's value, confirmed. False if out of
    // range.
    bool choose(const QString& fieldId, int candidateIndex);
    // Confirms every prefilled, unconfirmed field of a section (not those in conflict). Returns how many.
    int confirmSection(const QString& section);
    QList<Rejection> rejections() const { return m_rejections; }
    SourceStatus sourceStatus(const QString& source) const;
    QList<SourceStatus> sourceStatuses() const;
    bool isBusy() const { return m_pending > 0; }
    // The field's label in the UI language (its id when the catalog does not know it).
    QString fieldLabel(const QString& fieldId) const;
    // The verification answers recorded for the current case (latest per question).
    QList<LookupRecord> verifications() const;
    LookupJournal& journal() { return m_journal; }

Q_SIGNALS:
    void candidatesChanged(const QString& fieldId);
    void fieldPrefilled(const QString& fieldId);
    void conflictsChanged();
    void sourceStatusChanged(const QString& source);
    // A source could not deliver: the message is for the clerk (e.g. the server is unreachable).
    void sourceFailed(const QString& source, const QString& message);
    // A source delivered with something to point out (an expired card, a value that failed its check).
    void sourceWarning(const QString& source, const QString& message);
    void verificationFinished(const QString& materialId, bool answer);
    // Every look-up started so far has finished.
    void idle();

private:
    struct Job;
    intake::IntakeSession* session() const { return m_session; }
    bool hasCatalogField(const QString& fieldId) const;
    bool isPlanned(const QString& fieldId) const;
    int staleDays(const QString& source) const;
    QList<Candidate> rankedRaw(const QString& fieldId) const;
    bool computeConflict(const QString& fieldId) const;
    int evaluate(const QString& fieldId);
    int evaluateAll(const QSet<QString>& fieldIds);
    bool replaceValue(const QString& fieldId, const Candidate& candidate, bool confirm);
    int ingest(const QString& lookup, const QList<Candidate>& candidates, const QList<Rejection>& rejected);
    void setStatus(const QString& source, SourceState state, const QString& message = {}, int offered = 0);
    void beginJob();
    void endJob();
    bool sharedDataAllowed(const QString& source);
    void onStarted();
    void onFieldChanged(const QString& fieldId);
    void onPlanChanged();
    void onMaterialChanged(const QString& materialId);
    // The intake has no signal for consent: the engine notices it when the draft is saved (within a second of
    // the change) or when the form changes, and then makes the look-ups that needed it.
    void onConsentMaybeChanged();
    QString subjectOf(const QString& section, bool* enterprise = nullptr) const;
    // The answers of the current case with the questions' defaults.
    QJsonObject answers() const;
    // The role the current case is about: its applicant or enterprise, else the household the child joins
    // (answers.hukouFollows), else the first role of the form with an ID number (not the agent).
    QString primaryRole() const;
    // The role of a past case its unnamed sections (household, bank, contact) belong to.
    QString primaryRoleOf(const QString& bundleCode, const QJsonObject& storedAnswers) const;
    void lookupIdFacts(const QString& section);
    // Look-ups for every role with a valid subject; `again` repeats those already made.
    void lookupRoles(bool again);

    QPointer<intake::IntakeSession> m_session;
    std::shared_ptr<store::LocalStore> m_store;
    std::unique_ptr<HistoryIndex> m_history;
    const Clock& m_clock;
    Policy m_policy;
    QPointer<RegisterClient> m_client;
    LookupJournal m_journal;
    QThreadPool m_pool; // one thread: the history and PDF jobs, with one store connection
    QTimer m_derivedTimer;

    QString m_caseUuid; // the case the state below belongs to
    quint64 m_generation = 0;
    QHash<QString, QList<Candidate>> m_raw; // fieldId → every candidate (all look-ups)
    QHash<QString, Candidate> m_applied; // fieldId → what the engine put there
    QSet<QString> m_resolved; // conflicts the clerk decided
    QSet<QString> m_conflicts; // last computed unresolved conflicts
    QHash<QString, QString> m_lookedUp; // section → subject id already looked up
    QSet<QString> m_extracted; // "materialId:sha256" already read
    QSet<QString> m_verified; // "materialId:subjects" already asked
    QHash<QString, QString> m_sharedDataAsked; // section → subject whose shared data was asked for
    QList<Rejection> m_rejections;
    QHash<QString, SourceStatus> m_status;
    bool m_consentSeen = false;
    int m_pending = 0;
};

} // namespace ow::prefill
