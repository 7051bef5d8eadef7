// The prefill engine over a real intake session: fills only empty fields, never overwrites what the clerk
// typed or confirmed, records the origin, keeps disagreeing sources side by side, marks stale values,
// derives values by the bundle's rules, and reads past cases of the same people.
#include "app/prefill/conflictmodel.h"
#include "tests/unit/prefill/prefillfixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace ow;
using namespace ow::prefill;
using intake::FieldOrigin;

namespace {
const QString kMother = QStringLiteral("110105199207082386");
const QString kFather = QStringLiteral("110105199003121179");

Candidate candidate(const QString& field, const QJsonValue& value, const QString& source, const QDateTime& at)
{
    Candidate c;
    c.fieldId = field;
    c.value = value;
    c.source = source;
    c.obtainedAt = at;
    c.confidence = defaultConfidence(source);
    c.evidence = QStringLiteral("test:") + source;
    return c;
}
} // namespace

class TestPrefillEngine final : public QObject
{
    Q_OBJECT
private:
    test::TestEnv m_env;
    std::unique_ptr<test::PrefillFixture> m_f;
    int m_run = 0;

private Q_SLOTS:
    void init()
    {
        m_f = std::make_unique<test::PrefillFixture>(m_env.path(QStringLiteral("run%1").arg(++m_run)));
        QVERIFY2(m_f->ok(), qPrintable(m_f->error()));
        QVERIFY(m_f->session->start(QStringLiteral("NEWBORN")).ok());
        QVERIFY(m_f->settle());
    }

    void cleanup() { m_f.reset(); }

    void aCardFillsTheRolesEmptyFieldsWithProvenance()
    {
        const CardData card = m_f->card(QStringLiteral("card-mother.json"));
        QSignalSpy prefilled(m_f->engine.get(), &PrefillEngine::fieldPrefilled);
        const int filled = m_f->engine->applyCard(card, QStringLiteral("mother"));
        QCOMPARE(filled, 4); // name, idNumber, ethnicity, address
        QCOMPARE(prefilled.count(), 4);
        const intake::FieldValue name = m_f->field(QStringLiteral("mother.name"));
        QCOMPARE(name.value.toString(), QStringLiteral("李娜"));
        QCOMPARE(name.origin, FieldOrigin::Prefilled);
        QCOMPARE(name.source, QStringLiteral("idCard"));
        QCOMPARE(name.obtainedAt, m_f->clock.now());
        QCOMPARE(name.evidence, QStringLiteral("idcard:") + card.digest());
        QVERIFY(name.confidence > 0.9);
        QCOMPARE(m_f->value(QStringLiteral("mother.ethnicity")).toString(), QStringLiteral("01"));
        QCOMPARE(m_f->value(QStringLiteral("mother.address"))
                     .toObject()
                     .value(QStringLiteral("division"))
                     .toString(),
            QStringLiteral("110105"));
        // Nothing lands in another role.
        QVERIFY(m_f->field(QStringLiteral("father.name")).isEmpty());
        QVERIFY(m_f->settle());
        QCOMPARE(m_f->engine->sourceStatus(QStringLiteral("idCard")).state, PrefillEngine::SourceState::Done);
        QCOMPARE(m_f->engine->sourceStatus(QStringLiteral("idCard")).offered, 4);
        QCOMPARE(m_f->engine->applied(QStringLiteral("mother.name"))->source, QStringLiteral("idCard"));
        QCOMPARE(describeProvenance(name),
            QStringLiteral("Resident ID card, 2026-11-28 10:00, not yet confirmed (idcard:") + card.digest()
                + u')');
        QCOMPARE(describeProvenance(intake::FieldValue {}), QStringLiteral("Typed"));
    }

    void neverOverwritesWhatTheClerkTypedOrConfirmed()
    {
        m_f->session->setFieldValue(QStringLiteral("mother.name"), QStringLiteral("李 娜（手写）"));
        m_f->engine->applyCard(m_f->card(QStringLiteral("card-mother.json")), QStringLiteral("mother"));
        QCOMPARE(m_f->value(QStringLiteral("mother.name")).toString(), QStringLiteral("李 娜（手写）"));
        QCOMPARE(m_f->field(QStringLiteral("mother.name")).origin, FieldOrigin::Typed);
        QCOMPARE(m_f->field(QStringLiteral("mother.name")).source, QString());
        QVERIFY(!m_f->engine->applied(QStringLiteral("mother.name")));

        // Confirmed: later sources cannot change it, even a more trusted one that disagrees.
        m_f->session->confirmPrefilled(QStringLiteral("mother.ethnicity"));
        QCOMPARE(m_f->field(QStringLiteral("mother.ethnicity")).origin, FieldOrigin::PrefilledConfirmed);
        m_f->engine->addCandidates(QStringLiteral("test:registry"),
            {candidate(QStringLiteral("mother.ethnicity"), QStringLiteral("03"), QStringLiteral("history"),
                m_f->clock.now())});
        QCOMPARE(m_f->value(QStringLiteral("mother.ethnicity")).toString(), QStringLiteral("01"));
        QCOMPARE(m_f->field(QStringLiteral("mother.ethnicity")).origin, FieldOrigin::PrefilledConfirmed);
        QVERIFY(m_f->engine->conflicts().isEmpty()); // the clerk already decided

        // Changed by the clerk after prefill: recorded as such and left alone.
        m_f->session->setFieldValue(QStringLiteral("mother.idNumber"), kFather);
        QCOMPARE(m_f->field(QStringLiteral("mother.idNumber")).origin, FieldOrigin::PrefilledChanged);
        m_f->engine->applyCard(m_f->card(QStringLiteral("card-mother.json")), QStringLiteral("mother"));
        QCOMPARE(m_f->value(QStringLiteral("mother.idNumber")).toString(), kFather);
    }

    void refusesACardThatIsNotTheRolesPerson()
    {
        m_f->session->setFieldValue(QStringLiteral("mother.idNumber"), kMother);
        QSignalSpy failed(m_f->engine.get(), &PrefillEngine::sourceFailed);
        QCOMPARE(
            m_f->engine->applyCard(m_f->card(QStringLiteral("card-father.json")), QStringLiteral("mother")),
            0);
        QVERIFY(m_f->field(QStringLiteral("mother.name")).isEmpty());
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("idCard"));
        QVERIFY(failed.at(0).at(1).toString().contains(QStringLiteral("110105********1179")));
    }

    void disagreeingSourcesAreKeptSideBySide()
    {
        ConflictModel model(m_f->engine.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(m_f->engine.get(), &PrefillEngine::conflictsChanged);
        const QString field = QStringLiteral("child.ethnicity"); // no source hints: any source may supply it
        m_f->engine->addCandidates(QStringLiteral("test:history"),
            {candidate(
                field, QStringLiteral("01"), QStringLiteral("history"), m_f->clock.now().addDays(-30))});
        QCOMPARE(m_f->value(field).toString(), QStringLiteral("01")); // one source: filled
        m_f->engine->addCandidates(QStringLiteral("test:pdf"),
            {candidate(field, QStringLiteral("03"), QStringLiteral("pdfText"), m_f->clock.now())});
        // Two sources disagree: both kept, the clerk decides; the first value stays until then.
        QVERIFY(changed.count() >= 1);
        const QList<Conflict> conflicts = m_f->engine->conflicts();
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.first().fieldId, field);
        QCOMPARE(conflicts.first().candidates.size(), 2);
        QCOMPARE(conflicts.first().candidates.at(0).source, QStringLiteral("pdfText")); // more trusted first
        QCOMPARE(conflicts.first().appliedIndex, 1);
        QVERIFY(m_f->engine->hasConflict(field));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(
            model.index(0, ConflictModel::SourceColumn).data().toString(), QStringLiteral("E-certificate"));
        QCOMPARE(model.index(1, 0).data(ConflictModel::AppliedRole).toBool(), true);
        // Confirming the section leaves a conflicting field alone.
        QCOMPARE(m_f->engine->confirmSection(QStringLiteral("child")), 0);

        QVERIFY(model.chooseRow(0));
        QCOMPARE(m_f->value(field).toString(), QStringLiteral("03"));
        QCOMPARE(m_f->field(field).origin, FieldOrigin::PrefilledConfirmed);
        QCOMPARE(m_f->field(field).source, QStringLiteral("pdfText"));
        QVERIFY(m_f->engine->conflicts().isEmpty());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!m_f->engine->choose(field, 7));
    }

    void aConflictOnAnEmptyFieldLeavesItEmpty()
    {
        const QString field = QStringLiteral("child.ethnicity");
        m_f->engine->addCandidates(QStringLiteral("test:both"),
            {candidate(field, QStringLiteral("01"), QStringLiteral("history"), m_f->clock.now()),
                candidate(field, QStringLiteral("11"), QStringLiteral("sharedData"), m_f->clock.now())});
        QVERIFY(m_f->field(field).isEmpty());
        QCOMPARE(m_f->engine->conflicts().size(), 1);
        QCOMPARE(m_f->engine->conflicts().first().appliedIndex, -1);
        // Typing resolves it.
        m_f->session->setFieldValue(field, QStringLiteral("02"));
        QVERIFY(m_f->engine->conflicts().isEmpty());
    }

    void agreeingSourcesCorroborate()
    {
        const QString field = QStringLiteral("child.ethnicity");
        m_f->engine->addCandidates(QStringLiteral("test:a"),
            {candidate(field, QStringLiteral("01"), QStringLiteral("history"), m_f->clock.now()),
                candidate(field, QStringLiteral(" 01 "), QStringLiteral("sharedData"), m_f->clock.now())});
        QVERIFY(m_f->engine->conflicts().isEmpty());
        const QList<Candidate> list = m_f->engine->candidates(field);
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().source, QStringLiteral("sharedData"));
        QCOMPARE(list.first().alsoFrom, QStringList {QStringLiteral("history")});
    }

    void oldValuesAreStale()
    {
        const QString field = QStringLiteral("child.ethnicity");
        const QDateTime old = m_f->clock.now().addDays(-800);
        m_f->engine->addCandidates(QStringLiteral("test:old"),
            {candidate(field, QStringLiteral("01"), QStringLiteral("history"), old)});
        // Filled (nothing fresher), flagged.
        QCOMPARE(m_f->value(field).toString(), QStringLiteral("01"));
        QVERIFY(m_f->engine->applied(field)->stale);
        QVERIFY(m_f->engine->candidates(field).first().stale);
        // A fresh value from another source is no conflict: it replaces the stale, unconfirmed one.
        m_f->engine->addCandidates(QStringLiteral("test:new"),
            {candidate(
                field, QStringLiteral("03"), QStringLiteral("history"), m_f->clock.now().addDays(-10))});
        QVERIFY(m_f->engine->conflicts().isEmpty());
        QCOMPARE(m_f->value(field).toString(), QStringLiteral("03"));
        QVERIFY(!m_f->engine->applied(field)->stale);
        QCOMPARE(m_f->engine->candidates(field).size(), 2); // the old one stays offered, last
        QVERIFY(m_f->engine->candidates(field).last().stale);

        // The age is a policy; per source too.
        PrefillEngine::Policy p = m_f->engine->policy();
        p.staleAfterDaysBySource.insert(QStringLiteral("history"), 5);
        m_f->engine->setPolicy(p);
        QVERIFY(m_f->engine->isStale(m_f->engine->candidates(field).first()));
        p.staleAfterDaysBySource.clear();
        p.staleAfterDays = 1000;
        m_f->engine->setPolicy(p);
        QVERIFY(!m_f->engine->isStale(m_f->engine->candidates(field).last()));
    }

    void staleValuesCanBeKeptOutOfEmptyFields()
    {
        PrefillEngine::Policy p;
        p.fillStale = false;
        m_f->engine->setPolicy(p);
        const QString field = QStringLiteral("child.ethnicity");
        m_f->engine->addCandidates(QStringLiteral("test:old"),
            {candidate(
                field, QStringLiteral("01"), QStringLiteral("history"), m_f->clock.now().addYears(-3))});
        QVERIFY(m_f->field(field).isEmpty());
        QCOMPARE(m_f->engine->candidates(field).size(), 1); // still offered to choose
        QVERIFY(m_f->engine->choose(field, 0));
        QCOMPARE(m_f->field(field).origin, FieldOrigin::PrefilledConfirmed);
    }

    void theCatalogSaysWhichSourcesMaySupplyAField()
    {
        // mother.mobile comes from past cases only (fields.json "prefill": ["history"]).
        m_f->engine->addCandidates(QStringLiteral("test:register"),
            {candidate(QStringLiteral("mother.mobile"), QStringLiteral("13900000002"),
                QStringLiteral("sharedData"), m_f->clock.now())});
        QVERIFY(m_f->field(QStringLiteral("mother.mobile")).isEmpty());
        QVERIFY(m_f->engine->candidates(QStringLiteral("mother.mobile")).isEmpty());
    }

    void invalidValuesAreNotOffered()
    {
        QSignalSpy changed(m_f->engine.get(), &PrefillEngine::candidatesChanged);
        m_f->engine->addCandidates(QStringLiteral("test:bad"),
            {candidate(QStringLiteral("mother.idNumber"), QStringLiteral("110105199207082385"),
                 QStringLiteral("history"), m_f->clock.now()),
                candidate(QStringLiteral("mother.nosuchfield"), QStringLiteral("x"),
                    QStringLiteral("history"), m_f->clock.now())});
        QVERIFY(m_f->field(QStringLiteral("mother.idNumber")).isEmpty());
        QCOMPARE(m_f->engine->rejections().size(), 2);
        QVERIFY(!m_f->engine->rejections().first().reason.isEmpty());
    }

    void derivesValuesByTheBundlesRules()
    {
        m_f->session->setFieldValue(QStringLiteral("child.birthDate"), QStringLiteral("2026-11-20"));
        QVERIFY(m_f->settle());
        const intake::FieldValue age = m_f->field(QStringLiteral("child.ageDays"));
        QCOMPARE(age.value.toInteger(), 8);
        QCOMPARE(age.source, QStringLiteral("derived"));
        QCOMPARE(age.origin, FieldOrigin::Prefilled);
        QCOMPARE(age.evidence, QStringLiteral("derived:NEWBORN/0"));
        // Follows its inputs while unconfirmed…
        m_f->session->setFieldValue(QStringLiteral("child.birthDate"), QStringLiteral("2026-11-01"));
        QVERIFY(m_f->settle());
        QCOMPARE(m_f->value(QStringLiteral("child.ageDays")).toInteger(), 27);
        // …and not once confirmed.
        m_f->session->confirmPrefilled(QStringLiteral("child.ageDays"));
        m_f->session->setFieldValue(QStringLiteral("child.birthDate"), QStringLiteral("2026-11-21"));
        QVERIFY(m_f->settle());
        QCOMPARE(m_f->value(QStringLiteral("child.ageDays")).toInteger(), 27);
        QCOMPARE(
            m_f->engine->sourceStatus(QStringLiteral("derived")).state, PrefillEngine::SourceState::Done);
    }

    void pastCasesOfTheSamePeople()
    {
        const QString number = m_f->addPastCase(QStringLiteral("NEWBORN"),
            {{QStringLiteral("mother.idNumber"), kMother},
                {QStringLiteral("mother.name"), QStringLiteral("李娜")},
                {QStringLiteral("mother.mobile"), QStringLiteral("13900000002")},
                {QStringLiteral("mother.employerName"), QStringLiteral("北京朝阳味道餐饮有限公司")},
                {QStringLiteral("mother.nationality"), QStringLiteral("中国")},
                {QStringLiteral("father.idNumber"), kFather},
                {QStringLiteral("father.mobile"), QStringLiteral("13700000003")},
                {QStringLiteral("household.headName"), QStringLiteral("张伟")},
                {QStringLiteral("household.type"), QStringLiteral("family")}},
            QDate(2026, 6, 1), {{QStringLiteral("hukouFollows"), QStringLiteral("father")}});
        QVERIFY(!number.isEmpty());
        m_f->engine->applyCard(m_f->card(QStringLiteral("card-mother.json")), QStringLiteral("mother"));
        QVERIFY(m_f->settle());
        const intake::FieldValue mobile = m_f->field(QStringLiteral("mother.mobile"));
        QCOMPARE(mobile.value.toString(), QStringLiteral("13900000002"));
        QCOMPARE(mobile.source, QStringLiteral("history"));
        QCOMPARE(mobile.evidence, number);
        QCOMPARE(mobile.obtainedAt.date(), QDate(2026, 6, 1));
        // The employer is asked only when the mother claims maternity benefits: known, but not in the form…
        QVERIFY(m_f->field(QStringLiteral("mother.employerName")).isEmpty());
        QCOMPARE(m_f->engine->candidates(QStringLiteral("mother.employerName")).size(), 1);
        // …until the answer brings the field into the plan.
        m_f->session->setAnswer(QStringLiteral("maternityAllowance"), true);
        QVERIFY(m_f->settle());
        QCOMPARE(m_f->value(QStringLiteral("mother.employerName")).toString(),
            QStringLiteral("北京朝阳味道餐饮有限公司"));
        QCOMPARE(m_f->value(QStringLiteral("mother.nationality")).toString(), QStringLiteral("中国"));
        // The household belongs to the father in that case (the child followed him), not to the mother.
        QVERIFY(m_f->field(QStringLiteral("household.headName")).isEmpty());
        QCOMPARE(
            m_f->engine->sourceStatus(QStringLiteral("history")).state, PrefillEngine::SourceState::Done);

        // Typing the father's number (or a scanner typing it) starts his look-up by itself.
        m_f->session->setFieldValue(QStringLiteral("father.idNumber"), kFather);
        QVERIFY(m_f->settle());
        QCOMPARE(m_f->value(QStringLiteral("father.mobile")).toString(), QStringLiteral("13700000003"));
        QCOMPARE(m_f->value(QStringLiteral("household.headName")).toString(), QStringLiteral("张伟"));
        QCOMPARE(m_f->value(QStringLiteral("household.type")).toString(), QStringLiteral("family"));

        // One action accepts every prefilled value of a section.
        const int confirmed = m_f->engine->confirmSection(QStringLiteral("mother"));
        QCOMPARE(confirmed, 7); // name, idNumber, ethnicity, address, mobile, employerName, nationality
        QCOMPARE(m_f->field(QStringLiteral("mother.mobile")).origin, FieldOrigin::PrefilledConfirmed);
        QCOMPARE(m_f->engine->confirmSection(QStringLiteral("mother")), 0);
    }

    void sharedDataNeedsConsentAndAServer()
    {
        m_f->session->setFieldValue(QStringLiteral("mother.idNumber"), kMother);
        QVERIFY(m_f->settle());
        const PrefillEngine::SourceStatus s = m_f->engine->sourceStatus(QStringLiteral("sharedData"));
        QCOMPARE(s.state, PrefillEngine::SourceState::Skipped);
        QVERIFY2(s.message.contains(QStringLiteral("consent")), qPrintable(s.message));
        QVERIFY(m_f->engine->journal().forCase(m_f->session->caseData().uuid)->isEmpty());
        // With consent but no server configured: a clear failure, the other sources unaffected.
        m_f->session->setConsent(true);
        m_f->engine->lookupAll();
        QVERIFY(m_f->settle());
        QCOMPARE(m_f->engine->sourceStatus(QStringLiteral("sharedData")).state,
            PrefillEngine::SourceState::Failed);
        QCOMPARE(
            m_f->engine->sourceStatus(QStringLiteral("history")).state, PrefillEngine::SourceState::Done);
    }

    void aNewCaseStartsClean()
    {
        m_f->engine->addCandidates(QStringLiteral("test:x"),
            {candidate(QStringLiteral("child.ethnicity"), QStringLiteral("01"), QStringLiteral("history"),
                 m_f->clock.now()),
                candidate(QStringLiteral("child.ethnicity"), QStringLiteral("02"), QStringLiteral("pdfText"),
                    m_f->clock.now())});
        QCOMPARE(m_f->engine->conflicts().size(), 1);
        QVERIFY(m_f->session->start(QStringLiteral("NEWBORN")).ok());
        QVERIFY(m_f->engine->conflicts().isEmpty());
        QVERIFY(m_f->engine->candidates(QStringLiteral("child.ethnicity")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPrefillEngine)
#include "tst_prefill_engine.moc"
