// The rules the intake widgets show and the intake enforces, without a widget: allowed material states per
// way, the 容缺 due date (working days, the catalog's tolerance.dueDays, the injected Clock), the plan an
// accepted case was accepted under, and that acceptance needs a hand-off and queues through it.
#include "app/catalog/catalog.h"
#include "app/intake/acceptedplan.h"
#include "app/intake/attachmentstore.h"
#include "app/intake/caserepository.h"
#include "app/intake/errors.h"
#include "app/intake/intakesession.h"
#include "app/intake/materialrules.h"
#include "app/rules/workingcalendar.h"
#include "app/store/localstore.h"
#include "tests/support/testenv.h"

#include <QTest>

using namespace ow;
using intake::MaterialState;

namespace {

// The 2026 National Day week: 10-01…10-07 off, Saturday 10-10 worked (调休).
rules::WorkingCalendar nationalDay2026()
{
    rules::WorkingCalendar c;
    for (int d = 1; d <= 7; ++d)
        c.addHoliday(QDate(2026, 10, d));
    c.addWorkday(QDate(2026, 10, 10));
    return c;
}

} // namespace

class TestIntakeRules final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        auto embedded = catalog::Catalog::embeddedDefault();
        QVERIFY2(embedded.ok(), embedded.ok() ? "" : qPrintable(embedded.error().message));
        m_catalog = std::make_shared<const catalog::Catalog>(std::move(*embedded));
        auto store = store::LocalStore::open(m_env.path(QStringLiteral("intake.sqlite")));
        QVERIFY(store.ok());
        m_store = *store;
        m_cases = std::make_shared<intake::CaseRepository>(m_store);
        m_files = std::make_shared<intake::AttachmentStore>(
            m_store, m_env.path(QStringLiteral("files")), 1 << 20);
    }

    void statesFollowTheWaysTheCatalogAccepts()
    {
        catalog::MaterialDef def;
        def.id = QStringLiteral("birthCert.child");
        def.ways = {catalog::Way::Original, catalog::Way::Verified};
        catalog::PlannedMaterial pm;
        pm.material = &def;
        QCOMPARE(intake::allowedMaterialStates(pm, MaterialState::Missing),
            (QList<MaterialState> {
                MaterialState::Missing, MaterialState::Original, MaterialState::Verified}));
        pm.tolerable = true;
        QCOMPARE(intake::allowedMaterialStates(pm, MaterialState::Missing),
            (QList<MaterialState> {MaterialState::Missing, MaterialState::Original, MaterialState::Verified,
                MaterialState::Tolerated}));
        // What the case holds stays in view even when the catalog no longer offers it.
        QCOMPARE(intake::allowedMaterialStates(pm, MaterialState::Copy).last(), MaterialState::Copy);
        // A material the bundle issues itself is only ever "produced".
        pm.producedBy = QStringLiteral("BIRTH-REG");
        QCOMPARE(intake::allowedMaterialStates(pm, MaterialState::Produced),
            QList<MaterialState> {MaterialState::Produced});
    }

    void toleranceIsDueInWorkingDays()
    {
        catalog::BundleDef bundle;
        bundle.toleranceDueDays = 5;
        // From Wednesday 09-30: 10-08, 10-09, Saturday 10-10 (worked), 10-12, 10-13.
        QCOMPARE(
            intake::toleranceDueDate(bundle, nationalDay2026(), QDate(2026, 9, 30)), QDate(2026, 10, 13));
        // No dueDays in the catalog: the default number of working days.
        bundle.toleranceDueDays = 0;
        QCOMPARE(intake::toleranceDueDate(bundle, rules::WorkingCalendar(), QDate(2026, 11, 27)),
            rules::WorkingCalendar().addWorkingDays(QDate(2026, 11, 27), intake::kDefaultToleranceDueDays));
        QCOMPARE(intake::toleranceDueDate(bundle, rules::WorkingCalendar(), QDate(2026, 11, 27)),
            QDate(2026, 12, 11));
    }

    void theSessionDatesToleranceOnItsClockAndCalendar()
    {
        FixedClock clock(QDateTime(QDate(2026, 11, 27), QTime(10, 0))); // a Friday
        intake::IntakeSession session(
            m_catalog, m_cases, m_files, {QStringLiteral("CY-01"), 1, {}}, {}, clock);
        QVERIFY(session.start(QStringLiteral("NEWBORN")).ok());
        const catalog::BundleDef* bundle = m_catalog->bundle(QStringLiteral("NEWBORN"));
        QVERIFY(bundle && bundle->toleranceDueDays > 0);
        QCOMPARE(session.defaultDueDate(),
            m_catalog->calendar().addWorkingDays(QDate(2026, 11, 27), bundle->toleranceDueDays));
        QVERIFY(session.defaultDueDate()
            > QDate(2026, 11, 27).addDays(bundle->toleranceDueDays)); // weekends skipped
        clock.advanceSecs(3 * 24 * 3600);
        QCOMPARE(session.defaultDueDate(),
            m_catalog->calendar().addWorkingDays(QDate(2026, 11, 30), bundle->toleranceDueDays));
        // The session offers the states of the plan's materials.
        const catalog::PlannedMaterial& first = session.plan().materials.first();
        QCOMPARE(session.allowedMaterialStates(first.material->id),
            intake::allowedMaterialStates(first, MaterialState::Missing));
        QVERIFY(session.allowedMaterialStates(QStringLiteral("no.such.material")).isEmpty());
        session.close(true);
    }

    void anAcceptedCaseKeepsItsPlan()
    {
        intake::CaseData c;
        c.bundleCode = QStringLiteral("NEWBORN");
        c.acceptedAt = QDateTime(QDate(2026, 11, 27), QTime(10, 30));
        c.answers = {{QStringLiteral("maternityAllowance"), true}};
        catalog::PlanInput in;
        in.answers = c.answers;
        in.today = c.acceptedAt.date();
        auto expected = catalog::computePlan(*m_catalog, c.bundleCode, in);
        auto plan = intake::planAsAccepted(*m_catalog, c);
        QVERIFY(expected.ok() && plan.ok());
        QStringList items, expectedItems;
        for (const catalog::PlannedItem& pi : plan->items)
            items << pi.item->code;
        for (const catalog::PlannedItem& pi : expected->items)
            expectedItems << pi.item->code;
        QCOMPARE(items, expectedItems);
        QCOMPARE(plan->materials.size(), expected->materials.size());
        // Other answers, another plan: the receipt follows the case, not today's defaults.
        c.answers = {{QStringLiteral("maternityAllowance"), false}};
        auto other = intake::planAsAccepted(*m_catalog, c);
        QVERIFY(other.ok());
        QVERIFY(other->items.size() != plan->items.size());
    }

    void acceptanceNeedsAHandOffAndQueuesThroughIt()
    {
        intake::IntakeSession refusing(m_catalog, m_cases, m_files, {QStringLiteral("CY-01"), 1, {}}, {});
        QVERIFY(refusing.start(QStringLiteral("NEWBORN")).ok());
        auto refused = refusing.accept();
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QString(intake::errc::kNoHandoff));
        refusing.close(true);

        QStringList queued;
        intake::Handoff handoff;
        handoff.payload = [](const intake::CaseData& c, const catalog::Plan& plan) {
            return QJsonObject {{QStringLiteral("caseNumber"), c.caseNumber},
                {QStringLiteral("items"), int(plan.items.size())}};
        };
        handoff.enqueue = [&queued](const QSqlDatabase&, const QString& uuid, const QJsonObject& payload,
                              const QDateTime&) -> Result<void> {
            queued << uuid + u' ' + payload.value(QStringLiteral("caseNumber")).toString();
            return {};
        };
        intake::CaseData c;
        c.uuid = QStringLiteral("7f6c1a52-7c3e-4a43-9f39-0c1a3b0b7d11");
        c.bundleCode = QStringLiteral("NEWBORN");
        c.catalogVersion = m_catalog->version();
        c.catalogHash = m_catalog->contentHash();
        c.hallCode = QStringLiteral("CY-01");
        c.counter = 1;
        c.createdAt = c.updatedAt = c.acceptedAt = QDateTime(QDate(2026, 11, 27), QTime(10, 30));
        QVERIFY(m_cases->save(c).ok());
        auto plan = intake::planAsAccepted(*m_catalog, c);
        QVERIFY(plan.ok());
        auto accepted = m_cases->accept(c,
            [&](const QSqlDatabase& db, const intake::CaseData& a) { return handoff.queue(db, a, *plan); });
        QVERIFY2(accepted.ok(), accepted.ok() ? "" : qPrintable(accepted.error().message));
        QCOMPARE(queued, QStringList {c.uuid + u' ' + accepted->caseNumber});

        // A hand-off that fails undoes the acceptance.
        intake::CaseData d = c;
        d.uuid = QStringLiteral("0c1d2e3f-4a5b-4c6d-8e7f-8091a2b3c4d5");
        QVERIFY(m_cases->save(d).ok());
        auto failed = m_cases->accept(d, [](const QSqlDatabase&, const intake::CaseData&) -> Result<void> {
            return makeError(QStringLiteral("test.full"), QStringLiteral("the outbox is full"));
        });
        QVERIFY(!failed);
        QCOMPARE(m_cases->load(d.uuid)->state, intake::CaseState::Draft);
    }

private:
    test::TestEnv m_env;
    std::shared_ptr<const catalog::Catalog> m_catalog;
    std::shared_ptr<store::LocalStore> m_store;
    std::shared_ptr<intake::CaseRepository> m_cases;
    std::shared_ptr<intake::AttachmentStore> m_files;
};

QTEST_GUILESS_MAIN(TestIntakeRules)
#include "tst_intake_rules.moc"
