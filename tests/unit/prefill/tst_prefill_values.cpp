// Facts from an ID number alone, division-aware addresses, value conversion into field types, roles.
#include "app/catalog/catalog.h"
#include "app/prefill/addresshelper.h"
#include "app/prefill/idnumberfacts.h"
#include "app/prefill/valuemapping.h"
#include "app/validation/divisions.h"

#include <QJsonObject>
#include <QTest>

using namespace ow;
using namespace ow::prefill;

class TestPrefillValues final : public QObject
{
    Q_OBJECT
private:
    std::shared_ptr<catalog::Catalog> m_catalog;

    const catalog::FieldDef& field(const QString& id) const
    {
        const catalog::FieldDef* def = m_catalog->field(id);
        if (!def)
            qFatal("no field %s in the default catalog", qPrintable(id));
        return *def;
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto c = catalog::Catalog::embeddedDefault();
        QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().message));
        m_catalog = std::make_shared<catalog::Catalog>(*c);
    }

    void factsFromTheNumberAlone()
    {
        const IdNumberFacts f = idNumberFacts(QStringLiteral("110105199207082386"), QDate(2026, 11, 28));
        QVERIFY(f.valid);
        QCOMPARE(f.birthDate, QDate(1992, 7, 8));
        QCOMPARE(f.sex, QStringLiteral("female"));
        QCOMPARE(f.age, 34);
        QCOMPARE(f.regionCode, QStringLiteral("110105"));
        QCOMPARE(f.regionName, QStringLiteral("北京市 朝阳区"));

        QCOMPARE(idNumberFacts(QStringLiteral("110105199003121179"), QDate(2026, 3, 11)).age, 35);
        QCOMPARE(idNumberFacts(QStringLiteral("110105199003121179"), QDate(2026, 3, 12)).age, 36);
        QCOMPARE(idNumberFacts(QStringLiteral("110105199003121179"), QDate(2026, 3, 12)).sex,
            QStringLiteral("male"));

        const IdNumberFacts bad = idNumberFacts(QStringLiteral("110105199207082385"), QDate(2026, 11, 28));
        QVERIFY(!bad.valid);
        QVERIFY(!bad.message.isEmpty());
    }

    void factsBecomeCandidatesOnlyForExistingFields()
    {
        const IdNumberFacts f = idNumberFacts(QStringLiteral("110105199003121179"), QDate(2026, 11, 28));
        const QDateTime now(QDate(2026, 11, 28), QTime(9, 0));
        const auto has = [this](const QString& id) { return m_catalog->field(id) != nullptr; };
        QHash<QString, QJsonValue> byField;
        for (const Candidate& c : idNumberCandidates(f, QStringLiteral("applicant"), now, has)) {
            byField.insert(c.fieldId, c.value);
            QCOMPARE(c.source, QStringLiteral("idNumber"));
            QCOMPARE(c.evidence, QStringLiteral("110105********1179"));
        }
        QCOMPARE(
            byField.value(QStringLiteral("applicant.birthDate")).toString(), QStringLiteral("1990-03-12"));
        QCOMPARE(byField.value(QStringLiteral("applicant.sex")).toString(), QStringLiteral("male"));
        QCOMPARE(byField.value(QStringLiteral("applicant.age")).toInt(), 36);
        QVERIFY(!byField.contains(QStringLiteral("applicant.idRegion"))); // no such field in the catalog
        QVERIFY(
            idNumberCandidates(f, QStringLiteral("mother"), now, has).isEmpty()); // mother has none of them
    }

    void splitsPrintedAddresses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("division");
        QTest::addColumn<QString>("detail");
        QTest::newRow("municipality") << QStringLiteral("北京市朝阳区建国路88号") << QStringLiteral("110105")
                                      << QStringLiteral("建国路88号");
        QTest::newRow("province, city, county") << QStringLiteral("河北省石家庄市长安区中山东路1号")
                                                << QStringLiteral("130102") << QStringLiteral("中山东路1号");
        QTest::newRow("short province name") << QStringLiteral("河北石家庄市长安区中山东路1号")
                                             << QStringLiteral("130102") << QStringLiteral("中山东路1号");
        QTest::newRow("autonomous region")
            << QStringLiteral("内蒙古自治区呼和浩特市新城区") << QStringLiteral("150102") << QString();
        QTest::newRow("spaces between levels") << QStringLiteral("上海市 浦东新区 张江路665号")
                                               << QStringLiteral("310115") << QStringLiteral("张江路665号");
        QTest::newRow("city only") << QStringLiteral("河北省石家庄市某某路") << QStringLiteral("130100")
                                   << QStringLiteral("某某路");
        QTest::newRow("no division") << QStringLiteral("建国路88号") << QString()
                                     << QStringLiteral("建国路88号");
    }

    void splitsPrintedAddresses()
    {
        QFETCH(QString, text);
        QFETCH(QString, division);
        QFETCH(QString, detail);
        const AddressHelper::Parsed p = AddressHelper().parse(text);
        QCOMPARE(p.division, division);
        QCOMPARE(p.detail, detail);
    }

    void cascadingDivisionLists()
    {
        AddressHelper a;
        const auto provinces = a.provinces();
        QVERIFY(provinces.size() >= 31);
        QCOMPARE(provinces.first().code, QStringLiteral("110000"));
        QCOMPARE(provinces.first().name, QStringLiteral("北京市"));
        // The 市辖区 placeholder shows as the municipality's name.
        const auto beijing = a.children(QStringLiteral("110000"));
        QCOMPARE(beijing.size(), 1);
        QCOMPARE(beijing.first().name, QStringLiteral("北京市"));
        const auto districts = a.children(beijing.first().code);
        QVERIFY(std::any_of(districts.cbegin(), districts.cend(),
            [](const AddressHelper::Division& d) { return d.code == u"110105" && d.name == u"朝阳区"; }));
        QCOMPARE(a.path(QStringLiteral("110105")),
            (QStringList {QStringLiteral("110000"), QStringLiteral("110100"), QStringLiteral("110105")}));
        QVERIFY(a.path(QStringLiteral("999999")).isEmpty());
        QCOMPARE(a.format(QJsonObject {{QStringLiteral("division"), QStringLiteral("110105")},
                     {QStringLiteral("detail"), QStringLiteral("建国路88号")}}),
            QStringLiteral("北京市 朝阳区 建国路88号"));
    }

    void convertsValuesToFieldTypes()
    {
        // Enums by value, by label, by the card's short form and by a register's longer wording.
        QCOMPARE(toFieldValue(field(QStringLiteral("mother.ethnicity")), QStringLiteral("汉"))->toString(),
            QStringLiteral("01"));
        QCOMPARE(
            toFieldValue(field(QStringLiteral("mother.ethnicity")), QStringLiteral("蒙古族"))->toString(),
            QStringLiteral("02"));
        QCOMPARE(toFieldValue(field(QStringLiteral("applicant.sex")), QStringLiteral("female"))->toString(),
            QStringLiteral("female"));
        QCOMPARE(
            toFieldValue(field(QStringLiteral("enterprise.type")), QStringLiteral("有限责任公司(自然人独资)"))
                ->toString(),
            QStringLiteral("llc"));
        QVERIFY(!toFieldValue(field(QStringLiteral("applicant.sex")), QStringLiteral("unknown")));
        // Dates as certificates write them.
        const catalog::FieldDef& date = field(QStringLiteral("child.birthDate"));
        QCOMPARE(
            toFieldValue(date, QStringLiteral("2026年11月2日"))->toString(), QStringLiteral("2026-11-02"));
        QCOMPARE(toFieldValue(date, QStringLiteral("2026 年 11 月 20 日"))->toString(),
            QStringLiteral("2026-11-20"));
        QCOMPARE(toFieldValue(date, QStringLiteral("20261102"))->toString(), QStringLiteral("2026-11-02"));
        QCOMPARE(toFieldValue(date, QStringLiteral("2026.11.02"))->toString(), QStringLiteral("2026-11-02"));
        QVERIFY(!toFieldValue(date, QStringLiteral("2026年13月40日")));
        // Amounts: a capital counted in 万元 keeps the 万 figure.
        QCOMPARE(toFieldValue(
                     field(QStringLiteral("enterprise.registeredCapital")), QStringLiteral("50万元人民币"))
                     ->toDouble(),
            50.0);
        QCOMPARE(
            toFieldValue(field(QStringLiteral("household.monthlyIncomePerCapita")), QStringLiteral("1.2万元"))
                ->toDouble(),
            12000.0);
        QCOMPARE(toFieldValue(field(QStringLiteral("household.members")), 3.0)->toInteger(), 3);
        // Addresses from print or from a register's structure.
        const QJsonObject a = toFieldValue(
            field(QStringLiteral("household.address")), QStringLiteral("北京市朝阳区建国路88号"))
                                  ->toObject();
        QCOMPARE(a.value(QStringLiteral("division")).toString(), QStringLiteral("110105"));
        // A register repeating the division's names in the detail.
        const QJsonObject r = toFieldValue(field(QStringLiteral("household.address")),
            QJsonObject {{QStringLiteral("division"), QStringLiteral("110105")},
                {QStringLiteral("detail"), QStringLiteral("北京市朝阳区建国路88号院3号楼1单元502")}})
                                  ->toObject();
        QCOMPARE(r.value(QStringLiteral("division")).toString(), QStringLiteral("110105"));
        QCOMPARE(r.value(QStringLiteral("detail")).toString(), QStringLiteral("建国路88号院3号楼1单元502"));
        // Text is trimmed; identifiers upper-cased.
        QCOMPARE(toFieldValue(field(QStringLiteral("mother.name")), QStringLiteral("  李娜 "))->toString(),
            QStringLiteral("李娜"));
        QCOMPARE(toFieldValue(field(QStringLiteral("mother.idNumber")), QStringLiteral("11010519920708238x"))
                     ->toString(),
            QStringLiteral("11010519920708238X"));
    }

    void checksBeforeOffering()
    {
        const QDate today(2026, 11, 28);
        const catalog::FieldDef& code = field(QStringLiteral("enterprise.creditCode"));
        QVERIFY(candidateProblem(code, QStringLiteral("91110105MA01C7K26H"), today).isEmpty());
        QVERIFY(!candidateProblem(code, QStringLiteral("91110105MA01C7K26J"), today)
                     .isEmpty()); // check character
        const catalog::FieldDef& id = field(QStringLiteral("mother.idNumber"));
        QVERIFY(candidateProblem(id, QStringLiteral("110105199207082386"), today).isEmpty());
        QVERIFY(!candidateProblem(id, QStringLiteral("110105199207082385"), today).isEmpty());
        QVERIFY(!candidateProblem(field(QStringLiteral("mother.ethnicity")), QStringLiteral("han"), today)
                     .isEmpty());
    }

    void rolesAndSourceHints()
    {
        QCOMPARE(
            roleFieldId(QStringLiteral("mother"), QStringLiteral("name")), QStringLiteral("mother.name"));
        QCOMPARE(roleFieldId(QStringLiteral("enterprise.legalRep"), QStringLiteral("idNumber")),
            QStringLiteral("enterprise.legalRepIdNumber"));
        QCOMPARE(roleOfSubjectField(QStringLiteral("mother.idNumber")), QStringLiteral("mother"));
        QCOMPARE(roleOfSubjectField(QStringLiteral("enterprise.creditCode")), QStringLiteral("enterprise"));
        QCOMPARE(roleOfSubjectField(QStringLiteral("enterprise.legalRepIdNumber")),
            QStringLiteral("enterprise.legalRep"));
        QCOMPARE(roleOfSubjectField(QStringLiteral("credit.authorizedPartyCreditCode")),
            QStringLiteral("credit.authorizedParty"));
        QVERIFY(roleOfSubjectField(QStringLiteral("mother.name")).isEmpty());
        QCOMPARE(
            nameInRole(QStringLiteral("enterprise.legalRep"), QStringLiteral("enterprise.legalRepMobile")),
            QStringLiteral("mobile"));
        QVERIFY(
            nameInRole(QStringLiteral("enterprise.legalRep"), QStringLiteral("enterprise.name")).isEmpty());
        QCOMPARE(nameInRole(QStringLiteral("mother"), QStringLiteral("mother.address")),
            QStringLiteral("address"));
        QVERIFY(nameInRole(QStringLiteral("mother"), QStringLiteral("father.address")).isEmpty());

        QVERIFY(sourceAllowed({}, QStringLiteral("history")));
        QVERIFY(sourceAllowed({QStringLiteral("idCard")}, QStringLiteral("idNumber")));
        QVERIFY(sourceAllowed({QStringLiteral("derived")}, QStringLiteral("idNumber")));
        QVERIFY(!sourceAllowed({QStringLiteral("history")}, QStringLiteral("sharedData")));
        QVERIFY(sourceAllowed({QStringLiteral("pdfText")}, QStringLiteral("pdfText")));
    }
};

QTEST_GUILESS_MAIN(TestPrefillValues)
#include "tst_prefill_values.moc"
