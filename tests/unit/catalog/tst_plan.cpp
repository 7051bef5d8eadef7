#include "app/catalog/plan.h"
#include "tests/support/testenv.h"
#include "tests/unit/catalog/catalogtestutil.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace ow::catalog;
using namespace ow::test::catalog;

class TestPlan final : public QObject
{
    Q_OBJECT
private:
    ow::test::TestEnv m_env;
    Catalog m_catalog;

    Plan plan(const QJsonObject& answers = {}, bool proxy = false, const QJsonObject& fields = {},
        const QString& bundle = QStringLiteral("NEWBORN"))
    {
        PlanInput input;
        input.answers = answers;
        input.proxy = proxy;
        input.fieldValues = fields;
        input.today = QDate(2026, 11, 30);
        auto p = computePlan(m_catalog, bundle, input);
        if (!p.ok())
            qWarning().noquote() << p.error().code << p.error().message << p.error().where;
        Q_ASSERT(p.ok());
        return *p;
    }

    static QStringList itemCodes(const Plan& p)
    {
        QStringList out;
        for (const PlannedItem& i : p.items)
            out << i.item->code;
        return out;
    }
    static QStringList fieldIds(const Plan& p)
    {
        QStringList out;
        for (const PlannedField& f : p.fields)
            out << f.field->id;
        return out;
    }
    static QStringList toBring(const Plan& p)
    {
        QStringList out;
        for (const PlannedMaterial& m : p.materials) {
            if (m.producedBy.isEmpty())
                out << m.material->id;
        }
        return out;
    }
    static QStringList sources(const PlannedMaterial* m)
    {
        QStringList out;
        for (const MaterialNeed& n : m->neededBy)
            out << n.source;
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto c = Catalog::load(fixtureDir());
        QVERIFY(c.ok());
        m_catalog = *c;
    }

    void defaultAnswersSelectTheCoreItems()
    {
        const Plan p = plan();
        QCOMPARE(p.bundle->code, QStringLiteral("NEWBORN"));
        QCOMPARE(p.catalog, &m_catalog);
        QCOMPARE(itemCodes(p),
            (QStringList {QStringLiteral("BIRTH-CERT"), QStringLiteral("HUKOU-BIRTH"),
                QStringLiteral("MEDICAL-INS"), QStringLiteral("SSCARD")}));
        QCOMPARE(p.items.at(3).reason.zh, QStringLiteral("申领社保卡"));
        QVERIFY(p.items.at(1).when.isUndefined());
        // Defaults filled in.
        QCOMPARE(p.answers.value(QStringLiteral("married")).toBool(), true);
        QCOMPARE(p.answers.value(QStringLiteral("hukouFollows")).toString(), QStringLiteral("father"));
        QCOMPARE(p.answers.size(), 6);
        QCOMPARE(p.promisedDays, 10); // the longest item promise (SSCARD), the bundle sets none
        QCOMPARE(p.totalFee, 0.0);
    }

    void eachParentsIdentityIsAskedOnce()
    {
        const Plan p = plan();
        const QStringList ids = fieldIds(p);
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), ids.size());
        const QStringList four {QStringLiteral("BIRTH-CERT"), QStringLiteral("HUKOU-BIRTH"),
            QStringLiteral("MEDICAL-INS"), QStringLiteral("SSCARD")};
        for (const QString& id : {QStringLiteral("mother.name"), QStringLiteral("mother.idNumber"),
                 QStringLiteral("father.idNumber")}) {
            QCOMPARE(ids.count(id), 1);
            QCOMPARE(p.field(id)->usedBy, four);
            QVERIFY(p.field(id)->required);
        }
        QCOMPARE(p.field(QStringLiteral("father.name"))->usedBy.size(), 3);
        QCOMPARE(p.field(QStringLiteral("applicant.mobile"))->usedBy,
            (QStringList {
                QStringLiteral("MEDICAL-INS"), QStringLiteral("SSCARD"), QStringLiteral("bundle")}));
        // Required if any item requires it: optional for MEDICAL-INS, required for SSCARD.
        QVERIFY(p.field(QStringLiteral("child.idNumber"))->required);
        // Ordered by section (catalog.json order), then dictionary order.
        int lastSection = -1;
        for (const PlannedField& f : p.fields) {
            const int s = m_catalog.sectionOrder(f.field->section);
            QVERIFY2(s >= lastSection, qPrintable(f.field->id));
            lastSection = s;
        }
        QCOMPARE(ids.first(), QStringLiteral("applicant.name"));
        QCOMPARE(
            ids.indexOf(QStringLiteral("mother.name")) + 1, ids.indexOf(QStringLiteral("mother.idNumber")));
        QVERIFY(!ids.contains(QStringLiteral("agent.name")));
    }

    void materialsAreMergedByTypeAndSubject()
    {
        const Plan p = plan();
        QSet<QString> keys;
        for (const PlannedMaterial& m : p.materials) {
            const QString key = m.material->docType + u'/' + m.material->subject;
            QVERIFY2(!keys.contains(key), qPrintable(key));
            keys.insert(key);
        }
        const PlannedMaterial* mother = p.material(QStringLiteral("idCard.mother"));
        const PlannedMaterial* father = p.material(QStringLiteral("idCard.father"));
        QVERIFY(mother && father);
        QCOMPARE(mother->material->docType, father->material->docType); // same document type, two subjects
        QCOMPARE(
            sources(mother), (QStringList {QStringLiteral("BIRTH-CERT"), QStringLiteral("HUKOU-BIRTH")}));
        QCOMPARE(mother->neededBy.at(0).reason.zh, QStringLiteral("核实母亲身份"));
        QCOMPARE(mother->neededBy.at(1).reason.zh, QStringLiteral("核实监护人身份"));
        QCOMPARE(sources(p.material(QStringLiteral("householdBook.child"))),
            (QStringList {QStringLiteral("MEDICAL-INS"), QStringLiteral("SSCARD")}));
        QVERIFY(p.material(QStringLiteral("householdBook.father")));
        QVERIFY(!p.material(QStringLiteral("householdBook.mother")));
        QVERIFY(p.material(QStringLiteral("householdBook.father"))->neededBy.first().when.isObject());
    }

    void producedMaterialsAreNotAskedFor()
    {
        const Plan p = plan();
        QCOMPARE(
            p.material(QStringLiteral("birthCertificate.child"))->producedBy, QStringLiteral("BIRTH-CERT"));
        QCOMPARE(
            p.material(QStringLiteral("householdBook.child"))->producedBy, QStringLiteral("HUKOU-BIRTH"));
        QCOMPARE(toBring(p),
            (QStringList {QStringLiteral("idCard.mother"), QStringLiteral("idCard.father"),
                QStringLiteral("marriageCert.parents"), QStringLiteral("householdBook.father"),
                QStringLiteral("photo.child")}));

        // Certificate already issued elsewhere: the applicant brings it, and the plan says what changed.
        const Plan issued = plan({{QStringLiteral("certIssued"), true}});
        QVERIFY(!issued.hasItem(QStringLiteral("BIRTH-CERT")));
        QVERIFY(issued.material(QStringLiteral("birthCertificate.child"))->producedBy.isEmpty());
        QVERIFY(toBring(issued).contains(QStringLiteral("birthCertificate.child")));
        const PlanDiff d = diffPlans(p, issued);
        QCOMPARE(d.removedItems, QStringList {QStringLiteral("BIRTH-CERT")});
        QVERIFY(d.addedItems.isEmpty());
        QCOMPARE(d.removedFields, QStringList {QStringLiteral("child.birthPlace")});
        QCOMPARE(d.changedMaterials, QStringList {QStringLiteral("birthCertificate.child")});
        QVERIFY(d.removedMaterials.isEmpty()); // idCard.mother is still needed by HUKOU-BIRTH
        QCOMPARE(sources(issued.material(QStringLiteral("idCard.mother"))),
            QStringList {QStringLiteral("HUKOU-BIRTH")});
        QVERIFY(!d.isEmpty());
        QVERIFY(diffPlans(p, plan()).isEmpty());
    }

    void answersChangeItemsFieldsAndMaterials()
    {
        const Plan base = plan();
        const Plan noFather = plan({{QStringLiteral("hasFather"), false}, {QStringLiteral("married"), false},
            {QStringLiteral("hukouFollows"), QStringLiteral("mother")}});
        QVERIFY(!noFather.field(QStringLiteral("father.idNumber")));
        QVERIFY(!noFather.material(QStringLiteral("idCard.father")));
        QVERIFY(!noFather.material(QStringLiteral("marriageCert.parents")));
        QVERIFY(noFather.material(QStringLiteral("householdBook.mother")));
        const PlanDiff d = diffPlans(base, noFather);
        QCOMPARE(d.removedFields,
            (QStringList {QStringLiteral("father.name"), QStringLiteral("father.idNumber")}));
        QCOMPARE(d.addedMaterials, QStringList {QStringLiteral("householdBook.mother")});
        QCOMPARE(d.removedMaterials,
            (QStringList {QStringLiteral("idCard.father"), QStringLiteral("marriageCert.parents"),
                QStringLiteral("householdBook.father")}));

        const Plan noCard = plan({{QStringLiteral("needCard"), false}});
        QVERIFY(!noCard.hasItem(QStringLiteral("SSCARD")));
        QVERIFY(!noCard.material(QStringLiteral("photo.child")));
        QVERIFY(!noCard.field(QStringLiteral("child.idNumber"))
                     ->required); // only MEDICAL-INS, where it is optional
        QCOMPARE(diffPlans(base, noCard).changedFields, QStringList {QStringLiteral("child.idNumber")});
        QCOMPARE(noCard.promisedDays, 5);

        const Plan insured = plan({{QStringLiteral("motherInsured"), true}});
        QCOMPARE(diffPlans(base, insured).addedItems, QStringList {QStringLiteral("MATERNITY")});
        QCOMPARE(sources(insured.material(QStringLiteral("idCard.mother"))),
            (QStringList {
                QStringLiteral("BIRTH-CERT"), QStringLiteral("HUKOU-BIRTH"), QStringLiteral("MATERNITY")}));
    }

    void rulesReadEnteredFieldValues()
    {
        const QJsonObject insured {{QStringLiteral("motherInsured"), true}};
        QVERIFY(plan(insured).material(QStringLiteral("bankCard.mother")));
        const Plan withAccount = plan(
            insured, false, {{QStringLiteral("mother.bankAccount"), QStringLiteral("6222020200112233445")}});
        QVERIFY(!withAccount.material(QStringLiteral("bankCard.mother")));
    }

    void proxyAddsAgentMaterialsAndFields()
    {
        const Plan self = plan();
        const Plan proxy = plan({}, true);
        QVERIFY(!self.material(QStringLiteral("authorization.agent")));
        QVERIFY(proxy.proxy);
        QCOMPARE(sources(proxy.material(QStringLiteral("authorization.agent"))),
            QStringList {QStringLiteral("agent")});
        QVERIFY(proxy.material(QStringLiteral("idCard.agent")));
        QCOMPARE(
            proxy.field(QStringLiteral("agent.relation"))->usedBy, QStringList {QStringLiteral("agent")});
        const PlanDiff d = diffPlans(self, proxy);
        QCOMPARE(d.addedFields,
            (QStringList {QStringLiteral("agent.name"), QStringLiteral("agent.idNumber"),
                QStringLiteral("agent.relation")}));
        QCOMPARE(d.addedMaterials,
            (QStringList {QStringLiteral("authorization.agent"), QStringLiteral("idCard.agent")}));
        // Agent fields sit in the agent section, right after the applicant's.
        QCOMPARE(proxy.fields.at(2).field->id, QStringLiteral("agent.name"));
    }

    void toleranceOnlyForAllowedNonKeyMaterials()
    {
        const Plan p = plan();
        QVERIFY(p.material(QStringLiteral("marriageCert.parents"))->tolerable);
        QVERIFY(p.material(QStringLiteral("householdBook.father"))->tolerable);
        QVERIFY(!p.material(QStringLiteral("idCard.mother"))->tolerable);
        QVERIFY(!p.material(QStringLiteral("photo.child"))->tolerable); // non-key but not listed
        const Plan r = plan({}, false, {}, QStringLiteral("RESTAURANT"));
        for (const PlannedMaterial& m : r.materials)
            QVERIFY(!m.tolerable); // the bundle allows no 容缺
    }

    void enterpriseBundleFeesPromiseAndProducedLicence()
    {
        const Plan r = plan({{QStringLiteral("needSign"), true}}, false, {}, QStringLiteral("RESTAURANT"));
        QCOMPARE(itemCodes(r),
            (QStringList {QStringLiteral("BIZ-LICENCE"), QStringLiteral("FOOD-LICENCE"),
                QStringLiteral("SIGN-PERMIT")}));
        QCOMPARE(r.totalFee, 12.5);
        QCOMPARE(r.promisedDays, 3); // the bundle's own promise
        QCOMPARE(r.material(QStringLiteral("businessLicence.enterprise"))->producedBy,
            QStringLiteral("BIZ-LICENCE"));
        QVERIFY(!r.field(QStringLiteral("enterprise.creditCode")));
        const Plan licensed
            = plan({{QStringLiteral("hasLicence"), true}, {QStringLiteral("ownPremises"), true}}, false, {},
                QStringLiteral("RESTAURANT"));
        QVERIFY(licensed.material(QStringLiteral("businessLicence.enterprise"))->producedBy.isEmpty());
        QVERIFY(licensed.field(QStringLiteral("enterprise.creditCode")));
        QVERIFY(!licensed.material(QStringLiteral("leaseContract.enterprise")));
    }

    void badInputIsAClearError_data()
    {
        QTest::addColumn<QString>("bundle");
        QTest::addColumn<QJsonObject>("answers");
        QTest::addColumn<QString>("code");
        QTest::newRow("unknown bundle") << "NEWBORNS" << QJsonObject() << "plan.unknownBundle";
        QTest::newRow("unknown question")
            << "NEWBORN" << QJsonObject {{QStringLiteral("twins"), true}} << "plan.unknownAnswer";
        QTest::newRow("not a boolean")
            << "NEWBORN" << QJsonObject {{QStringLiteral("married"), QStringLiteral("yes")}}
            << "plan.badAnswer";
        QTest::newRow("not an option")
            << "NEWBORN" << QJsonObject {{QStringLiteral("hukouFollows"), QStringLiteral("grandma")}}
            << "plan.badAnswer";
    }

    void badInputIsAClearError()
    {
        QFETCH(QString, bundle);
        QFETCH(QJsonObject, answers);
        QFETCH(QString, code);
        PlanInput input;
        input.answers = answers;
        auto p = computePlan(m_catalog, bundle, input);
        QVERIFY(!p.ok());
        QCOMPARE(p.error().code, code);
        QVERIFY(!p.error().message.isEmpty());
        // null is "not answered": the default applies.
        input.answers = {{QStringLiteral("married"), QJsonValue()}};
        QVERIFY(computePlan(m_catalog, QStringLiteral("NEWBORN"), input).ok());
    }

    void aFailingRuleNamesItsPlaceInTheCatalog()
    {
        const MergedCatalog merged = fixtureMerged();
        const QJsonObject doc = withValueAt(
            merged.document, QStringLiteral("/items/1/materials/4/when"), parseJson(R"({"nosuchop": [1]})"));
        auto c = Catalog::fromJson(doc, merged.sources);
        QVERIFY(c.ok()); // rules are lint's business, the loader keeps them as data
        auto p = computePlan(*c, QStringLiteral("NEWBORN"), PlanInput {});
        QVERIFY(!p.ok());
        QCOMPARE(p.error().code, QStringLiteral("plan.rule"));
        QVERIFY2(p.error().where.startsWith(QStringLiteral("items/birth.json: /items/1/materials/4/when")),
            qPrintable(p.error().where));
    }

    void ruleDataHasTheDocumentedShape()
    {
        PlanInput input;
        input.answers = {{QStringLiteral("married"), false}};
        input.fieldValues = {{QStringLiteral("child.birthDate"), QStringLiteral("2026-11-20")},
            {QStringLiteral("child.name"), QStringLiteral("小明")}};
        input.today = QDate(2026, 11, 28);
        auto data = ruleData(m_catalog, *m_catalog.bundle(QStringLiteral("NEWBORN")), input);
        QVERIFY(data.ok());
        QCOMPARE(valueAt(*data, QStringLiteral("/answers/married")).toBool(), false);
        QCOMPARE(valueAt(*data, QStringLiteral("/answers/needCard")).toBool(), true);
        QCOMPARE(valueAt(*data, QStringLiteral("/fields/child/birthDate")).toString(),
            QStringLiteral("2026-11-20"));
        QCOMPARE(valueAt(*data, QStringLiteral("/fields/child/name")).toString(), QStringLiteral("小明"));
        QCOMPARE(data->value(QStringLiteral("today")).toString(), QStringLiteral("2026-11-28"));
        QCOMPARE(data->value(QStringLiteral("applicantKind")).toString(), QStringLiteral("person"));
        QCOMPARE(data->value(QStringLiteral("proxy")).toBool(), false);
    }

    void toJsonListsEverythingOnce()
    {
        const QJsonObject o = plan({}, true).toJson(QStringLiteral("en"));
        QCOMPARE(valueAt(o, QStringLiteral("/bundle/code")).toString(), QStringLiteral("NEWBORN"));
        QCOMPARE(valueAt(o, QStringLiteral("/bundle/name")).toString(), QStringLiteral("Birth of a child"));
        QCOMPARE(valueAt(o, QStringLiteral("/catalog/version")).toString(), QStringLiteral("2026.1.0"));
        QCOMPARE(valueAt(o, QStringLiteral("/items/1/department/name")).toString(),
            QStringLiteral("Public Security Bureau"));
        QCOMPARE(
            valueAt(o, QStringLiteral("/items/0/when")).toObject().keys(), QStringList {QStringLiteral("!")});
        QSet<QString> ids;
        for (const QJsonValue& f : o.value(QStringLiteral("fields")).toArray()) {
            QVERIFY(!ids.contains(f[QStringLiteral("id")].toString()));
            ids.insert(f[QStringLiteral("id")].toString());
            QVERIFY(!f[QStringLiteral("usedBy")].toArray().isEmpty());
        }
        const QJsonArray materials = o.value(QStringLiteral("materials")).toArray();
        QJsonObject mother, cert;
        for (const QJsonValue& m : materials) {
            if (m[QStringLiteral("id")].toString() == QStringLiteral("idCard.mother"))
                mother = m.toObject();
            if (m[QStringLiteral("id")].toString() == QStringLiteral("birthCertificate.child"))
                cert = m.toObject();
        }
        QCOMPARE(
            mother.value(QStringLiteral("name")).toString(), QStringLiteral("Mother's resident ID card"));
        QCOMPARE(mother.value(QStringLiteral("neededBy")).toArray().size(), 2);
        QCOMPARE(mother.value(QStringLiteral("reasons")).toArray().size(), 2);
        QCOMPARE(
            mother.value(QStringLiteral("ways")).toArray().first().toString(), QStringLiteral("original"));
        QVERIFY(mother.value(QStringLiteral("key")).toBool());
        QCOMPARE(cert.value(QStringLiteral("producedBy")).toString(), QStringLiteral("BIRTH-CERT"));
        QCOMPARE(cert.value(QStringLiteral("producedByName")).toString(),
            QStringLiteral("Issue of the medical birth certificate"));
        QCOMPARE(valueAt(o, QStringLiteral("/counts/materials")).toInt(), int(materials.size()));
        QCOMPARE(valueAt(o, QStringLiteral("/counts/toBring")).toInt(), int(materials.size()) - 2);
    }

    // Same catalog, same answers, same plan, every time (its speed is measured by bench_plan).
    void planIsPure()
    {
        const Plan first = plan({{QStringLiteral("motherInsured"), true}}, true);
        for (int i = 0; i < 50; ++i) {
            const Plan again = plan({{QStringLiteral("motherInsured"), true}}, true);
            QVERIFY(diffPlans(first, again).isEmpty());
            QCOMPARE(again.toJson(), first.toJson());
        }
        const Plan other = plan({{QStringLiteral("motherInsured"), false}}, true);
        QVERIFY(!diffPlans(first, other).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPlan)
#include "tst_plan.moc"
