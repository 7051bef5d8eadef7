// Past cases in the local store: the subject index kept by the 0004 triggers, most recent first, roles,
// drafts left out; autocomplete from past values; the local journal of look-ups.
#include "app/catalog/catalog.h"
#include "app/intake/caserepository.h"
#include "app/prefill/autocomplete.h"
#include "app/prefill/history.h"
#include "app/prefill/lookupjournal.h"
#include "app/store/sql.h"
#include "tests/support/testenv.h"

#include <QJsonObject>
#include <QTest>
#include <QUuid>

using namespace ow;
using namespace ow::prefill;
using intake::CaseData;
using intake::FieldOrigin;
using intake::FieldValue;

namespace {
const QString kMother = QStringLiteral("110105199207082386");
const QString kFather = QStringLiteral("110105199003121179");

FieldValue typed(const QJsonValue& v, FieldOrigin origin = FieldOrigin::Typed)
{
    FieldValue f;
    f.value = v;
    f.origin = origin;
    return f;
}
} // namespace

class TestPrefillHistory final : public QObject
{
    Q_OBJECT
private:
    test::TestEnv m_env;
    std::shared_ptr<store::LocalStore> m_store;
    std::shared_ptr<intake::CaseRepository> m_repo;

    // Stores a case; accepted on `day` unless `draft`.
    QString addCase(const QString& bundle, const QMap<QString, FieldValue>& fields, const QDate& day,
        bool draft = false, const QJsonObject& answers = {})
    {
        CaseData c;
        c.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        c.bundleCode = bundle;
        c.catalogVersion = QStringLiteral("test");
        c.catalogHash = QStringLiteral("hash");
        c.hallCode = QStringLiteral("CY-01");
        c.counter = 3;
        c.answers = answers;
        c.fields = fields;
        c.createdAt = c.updatedAt = QDateTime(day, QTime(9, 0));
        if (!m_repo->save(c).ok())
            qFatal("save failed");
        if (draft)
            return c.uuid;
        c.acceptedAt = QDateTime(day, QTime(10, 0));
        auto accepted
            = m_repo->accept(c, [](const QSqlDatabase&, const CaseData&) { return Result<void>(); });
        if (!accepted.ok())
            qFatal("accept failed: %s", qPrintable(accepted.error().message));
        return c.uuid;
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto s = store::LocalStore::open(m_env.path(QStringLiteral("history.sqlite")));
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
        m_store = *s;
        m_repo = std::make_shared<intake::CaseRepository>(m_store);
        // The mother as the applicant of a 2024 case, with household and bank data.
        addCase(QStringLiteral("SSCARD-ONECARD"),
            {{QStringLiteral("applicant.idNumber"), typed(kMother)},
                {QStringLiteral("applicant.name"), typed(QStringLiteral("李娜"))},
                {QStringLiteral("applicant.mobile"), typed(QStringLiteral("13800000001"))},
                {QStringLiteral("household.headName"), typed(QStringLiteral("张伟"))},
                {QStringLiteral("bank.bankName"), typed(QStringLiteral("中国工商银行"))}},
            QDate(2024, 5, 6));
        // The mother and the father in a 2025 case; her mobile changed, and an unconfirmed prefill from 2019.
        FieldValue oldEmployer = typed(QStringLiteral("北京朝阳味道餐饮有限公司"), FieldOrigin::Prefilled);
        oldEmployer.obtainedAt = QDateTime(QDate(2019, 1, 2), QTime(8, 0));
        addCase(QStringLiteral("NEWBORN"),
            {{QStringLiteral("mother.idNumber"), typed(kMother)},
                {QStringLiteral("mother.mobile"), typed(QStringLiteral("13900000002"))},
                {QStringLiteral("mother.employerName"), oldEmployer},
                {QStringLiteral("father.idNumber"), typed(kFather)},
                {QStringLiteral("father.mobile"), typed(QStringLiteral("13700000003"))},
                {QStringLiteral("child.name"), typed(QStringLiteral("张小明"))},
                {QStringLiteral("household.headName"), typed(QStringLiteral("张伟"))},
                {QStringLiteral("contact.deliveryAddress"),
                    typed(QJsonObject {{QStringLiteral("division"), QStringLiteral("110105")},
                        {QStringLiteral("detail"), QStringLiteral("建国路88号院3号楼1单元502")}})}},
            QDate(2025, 10, 9), false, {{QStringLiteral("hukouFollows"), QStringLiteral("father")}});
        // A draft that was never accepted: not history.
        addCase(QStringLiteral("NEWBORN"),
            {{QStringLiteral("mother.idNumber"), typed(kMother)},
                {QStringLiteral("mother.mobile"), typed(QStringLiteral("13600000009"))}},
            QDate(2026, 1, 1), true);
        // The father as an enterprise's legal representative.
        addCase(QStringLiteral("RESTAURANT"),
            {{QStringLiteral("enterprise.creditCode"), typed(QStringLiteral("91110105MA01C7K26H"))},
                {QStringLiteral("enterprise.name"), typed(QStringLiteral("北京朝阳味道餐饮有限公司"))},
                {QStringLiteral("enterprise.legalRepIdNumber"), typed(kFather)},
                {QStringLiteral("enterprise.legalRepName"), typed(QStringLiteral("张伟"))},
                {QStringLiteral("enterprise.legalRepMobile"), typed(QStringLiteral("13700000003"))}},
            QDate(2023, 3, 3));
    }

    void findsThePersonsCasesNewestFirst()
    {
        HistoryIndex index(m_store);
        auto cases = index.lookup(kMother);
        QVERIFY2(cases.ok(), qPrintable(cases.ok() ? QString() : cases.error().message));
        QCOMPARE(cases->size(), 2); // the draft is not history
        QCOMPARE(cases->at(0).bundleCode, QStringLiteral("NEWBORN"));
        QCOMPARE(cases->at(0).section, QStringLiteral("mother"));
        QCOMPARE(cases->at(0).at.date(), QDate(2025, 10, 9));
        QVERIFY(cases->at(0).caseNumber.startsWith(QStringLiteral("CY-01-03-20251009-")));
        QCOMPARE(cases->at(1).section, QStringLiteral("applicant"));
        QCOMPARE(cases->at(1).applicantId, kMother);
        QCOMPARE(cases->at(0).subjectFields.value(QStringLiteral("mobile")).value.toString(),
            QStringLiteral("13900000002"));
        // Sections of the case that describe nobody in particular come along; other people's do not.
        QVERIFY(cases->at(0).caseFields.contains(QStringLiteral("household.headName")));
        QVERIFY(!cases->at(0).caseFields.contains(QStringLiteral("child.name")));
        QVERIFY(!cases->at(0).caseFields.contains(QStringLiteral("father.mobile")));
        // An unconfirmed prefill keeps the date of its own source.
        QCOMPARE(cases->at(0).subjectFields.value(QStringLiteral("employerName")).obtainedAt.date(),
            QDate(2019, 1, 2));
        QCOMPARE(
            cases->at(0).subjectFields.value(QStringLiteral("mobile")).obtainedAt.date(), QDate(2025, 10, 9));

        // Limits and the case being taken.
        QCOMPARE(index.lookup(kMother, 1)->size(), 1);
        QCOMPARE(index.lookup(kMother, 5, cases->at(0).uuid)->first().section, QStringLiteral("applicant"));
        QVERIFY(index.lookup(QStringLiteral("110105198805123024"))->isEmpty());
    }

    // One person in two roles of one case (applicant and mother): the fields of both roles are read, the
    // first role's value winning where both have one.
    void aPersonInTwoRolesOfOneCase()
    {
        const QString person = QStringLiteral("110105198805123024"); // no other case
        addCase(QStringLiteral("NEWBORN"),
            {{QStringLiteral("applicant.idNumber"), typed(person)},
                {QStringLiteral("applicant.name"), typed(QStringLiteral("王芳"))},
                {QStringLiteral("applicant.mobile"), typed(QStringLiteral("13500000001"))},
                {QStringLiteral("mother.idNumber"), typed(person)},
                {QStringLiteral("mother.mobile"), typed(QStringLiteral("13500000009"))},
                {QStringLiteral("mother.nationality"), typed(QStringLiteral("中国"))}},
            QDate(2024, 3, 1));
        HistoryIndex index(m_store);
        auto cases = index.lookup(person);
        QVERIFY(cases.ok());
        QCOMPARE(cases->size(), 1);
        const PastCase& pc = cases->first();
        QCOMPARE(pc.section, QStringLiteral("applicant"));
        QCOMPARE(
            pc.subjectFields.value(QStringLiteral("mobile")).value.toString(), QStringLiteral("13500000001"));
        QCOMPARE(
            pc.subjectFields.value(QStringLiteral("nationality")).value.toString(), QStringLiteral("中国"));
        QVERIFY(!pc.caseFields.contains(QStringLiteral("mother.nationality")));
        // Cleaned up so the other look-ups of this class see the store as before.
        QVERIFY(store::exec(m_store->connection(),
            QStringLiteral("DELETE FROM prefill_subjects WHERE subject_id = ?"), {person})
                    .ok());
    }

    void rolesWithPrefixesAndEnterprises()
    {
        HistoryIndex index(m_store);
        auto father = index.lookup(kFather);
        QVERIFY(father.ok());
        QCOMPARE(father->size(), 2);
        QCOMPARE(father->at(1).section, QStringLiteral("enterprise.legalRep"));
        QCOMPARE(father->at(1).subjectFields.value(QStringLiteral("mobile")).value.toString(),
            QStringLiteral("13700000003"));
        auto enterprise = index.lookup(QStringLiteral("91110105ma01c7k26h")); // case-insensitive
        QVERIFY(enterprise.ok());
        QCOMPARE(enterprise->size(), 1);
        QCOMPARE(enterprise->first().subjectFields.value(QStringLiteral("name")).value.toString(),
            QStringLiteral("北京朝阳味道餐饮有限公司"));
    }

    void candidatesForTheRoleOfTheCurrentCase()
    {
        HistoryIndex index(m_store);
        const auto cases = *index.lookup(kMother);
        const auto all = [](const QString&) { return true; };
        const auto ownedByApplicant = [](const PastCase& pc) { return pc.applicantId == kMother; };
        // The mother of a new case: her own fields, newest first.
        const QList<Candidate> asMother
            = historyCandidates(cases, QStringLiteral("mother"), false, ownedByApplicant, all);
        QStringList mobiles;
        for (const Candidate& c : asMother) {
            QCOMPARE(c.source, QStringLiteral("history"));
            QVERIFY(c.fieldId.startsWith(QStringLiteral("mother.")));
            QVERIFY(c.fieldId != u"mother.idNumber");
            if (c.fieldId == u"mother.mobile")
                mobiles << c.value.toString() + u'@' + c.obtainedAt.date().toString(Qt::ISODate);
        }
        QCOMPARE(mobiles,
            (QStringList {
                QStringLiteral("13900000002@2025-10-09"), QStringLiteral("13800000001@2024-05-06")}));
        QVERIFY(asMother.first().evidence.startsWith(QStringLiteral("CY-01-03-")));
        QVERIFY(asMother.first().detail.contains(QStringLiteral("2025-10-09")));
        // The applicant of a new case: also the unnamed sections of cases she applied in.
        const QList<Candidate> asApplicant
            = historyCandidates(cases, QStringLiteral("applicant"), true, ownedByApplicant, all);
        QStringList ids;
        for (const Candidate& c : asApplicant)
            ids << c.fieldId;
        QVERIFY(ids.contains(QStringLiteral("bank.bankName")));
        QVERIFY(ids.contains(QStringLiteral("household.headName")));
        QCOMPARE(ids.count(QStringLiteral("household.headName")), 1); // only from the case she applied in
        // Fields the current catalog does not want are dropped.
        const QList<Candidate> none = historyCandidates(cases, QStringLiteral("mother"), false,
            ownedByApplicant, [](const QString& id) { return id == u"mother.nationality"; });
        QVERIFY(none.isEmpty());
    }

    void theIndexFollowsCaseChanges()
    {
        HistoryIndex index(m_store);
        const QString someone = QStringLiteral("130102197501010020");
        const QString uuid = addCase(QStringLiteral("RETIRE"),
            {{QStringLiteral("retiree.idNumber"), typed(someone)}}, QDate(2026, 2, 2), true);
        QVERIFY(index.lookup(someone)->isEmpty());
        // Accepting the draft by a plain state change indexes it too.
        QVERIFY(store::exec(m_store->connection(),
            QStringLiteral("UPDATE cases SET state = 'accepted', accepted_at = updated_at WHERE uuid = ?"),
            {uuid})
                    .ok());
        QCOMPARE(index.lookup(someone)->size(), 1);
        QCOMPARE(index.lookup(someone)->first().section, QStringLiteral("retiree"));
        // Back to draft (e.g. returned and reopened): gone again.
        QVERIFY(store::exec(
            m_store->connection(), QStringLiteral("UPDATE cases SET state = 'draft' WHERE uuid = ?"), {uuid})
                    .ok());
        QVERIFY(index.lookup(someone)->isEmpty());
    }

    void autocompleteFromPastValues()
    {
        auto catalog = catalog::Catalog::embeddedDefault();
        QVERIFY(catalog.ok());
        Autocomplete ac(m_store, std::make_shared<catalog::Catalog>(*catalog));
        auto employer = ac.suggestions(QStringLiteral("mother.employerName"), QStringLiteral("北京"));
        QVERIFY2(employer.ok(), qPrintable(employer.ok() ? QString() : employer.error().message));
        QCOMPARE(*employer, QStringList {QStringLiteral("北京朝阳味道餐饮有限公司")});
        QVERIFY(ac.suggestions(QStringLiteral("mother.employerName"), QStringLiteral("上海"))->isEmpty());
        // The street part of addresses.
        QCOMPARE(*ac.suggestions(QStringLiteral("contact.deliveryAddress"), QStringLiteral("建国")),
            QStringList {QStringLiteral("建国路88号院3号楼1单元502")});
        // Names, numbers and identifiers are never suggested, and not even collected.
        QVERIFY(!ac.isSuggestable(QStringLiteral("household.headName")));
        QVERIFY(!ac.isSuggestable(QStringLiteral("mother.mobile")));
        QVERIFY(!ac.isSuggestable(QStringLiteral("enterprise.legalRepName")));
        QVERIFY(ac.isSuggestable(QStringLiteral("bank.bankName")));
        QCOMPARE(*ac.suggestions(QStringLiteral("bank.bankName"), QStringLiteral("中国")),
            QStringList {QStringLiteral("中国工商银行")});
        QVERIFY(ac.suggestions(QStringLiteral("household.headName"), {})->isEmpty());
        auto collected = store::exec(m_store->connection(),
            QStringLiteral("SELECT count(*) FROM prefill_vocabulary WHERE field_id IN ('applicant.name', "
                           "'household.headName', 'enterprise.legalRepName', 'child.name', 'mother.mobile', "
                           "'applicant.idNumber', 'enterprise.creditCode')"));
        QVERIFY(collected.ok() && collected->next());
        QCOMPARE(collected->value(0).toInt(), 0);
    }

    void autocompleteIsNewestFirstAndLimited()
    {
        Autocomplete ac(m_store); // without a catalog: every collected field answers
        for (int i = 0; i < 15; ++i)
            addCase(QStringLiteral("HIRE"),
                {{QStringLiteral("employee.idNumber"), typed(QStringLiteral("110105198805123024"))},
                    {QStringLiteral("employee.position"),
                        typed(QStringLiteral("厨师%1").arg(i, 2, 10, QChar(u'0')))}},
                QDate(2026, 3, 1).addDays(i));
        auto recent = ac.suggestions(QStringLiteral("employee.position"), QStringLiteral("厨"), 3);
        QVERIFY(recent.ok());
        QCOMPARE(*recent,
            (QStringList {QStringLiteral("厨师14"), QStringLiteral("厨师13"), QStringLiteral("厨师12")}));
        QCOMPARE(ac.suggestions(QStringLiteral("employee.position"), {}, 100)->size(), 15);
        QCOMPARE(*ac.suggestions(QStringLiteral("employee.position"), QStringLiteral("厨师0"), 1),
            QStringList {QStringLiteral("厨师09")});
    }

    void journalsLookupsWithMaskedSubjects()
    {
        FixedClock clock(QDateTime(QDate(2026, 11, 28), QTime(11, 0)));
        LookupJournal journal(m_store, clock);
        auto id = journal.begin(QStringLiteral("cy.clerk1"), QStringLiteral("case-1"),
            QStringLiteral("verification"), QStringLiteral("110105********2386 + 110105********1179"),
            QStringLiteral("marriage"), QStringLiteral("marriageCert.parents"));
        QVERIFY(id.ok());
        auto pending = journal.forCase(QStringLiteral("case-1"));
        QCOMPARE(pending->size(), 1);
        QCOMPARE(pending->first().outcome, QStringLiteral("pending"));
        QVERIFY(journal.verifications(QStringLiteral("case-1"))->isEmpty());
        clock.advanceSecs(2);
        QVERIFY(journal.finish(*id, QStringLiteral("yes"), {}, true, QStringLiteral("MR-2018-004217")).ok());
        auto answers = journal.verifications(QStringLiteral("case-1"));
        QCOMPARE(answers->size(), 1);
        QCOMPARE(answers->first().answer, true);
        QCOMPARE(answers->first().evidence, QStringLiteral("MR-2018-004217"));
        QCOMPARE(answers->first().completedAt, clock.now());
        auto audit = store::exec(m_store->connection(),
            QStringLiteral("SELECT actor, action, subject_masked FROM audit_log WHERE case_uuid = ?"),
            {QStringLiteral("case-1")});
        QVERIFY(audit.ok() && audit->next());
        QCOMPARE(audit->value(0).toString(), QStringLiteral("cy.clerk1"));
        QCOMPARE(audit->value(1).toString(), QStringLiteral("prefill.verification.marriage"));
        QVERIFY(!audit->value(2).toString().contains(kMother));
    }
};

QTEST_GUILESS_MAIN(TestPrefillHistory)
#include "tst_prefill_history.moc"
