#include "app/catalog/lint.h"
#include "tests/support/testenv.h"
#include "tests/unit/catalog/catalogtestutil.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace ow::catalog;
using namespace ow::test::catalog;

// One row per lint class: an edit of the fixture (a JSON pointer into the merged document and a new value)
// and the issue it must produce.
struct Edit
{
    QString pointer;
    QJsonValue value;
};
Q_DECLARE_METATYPE(QList<Edit>)

class TestCatalogLint final : public QObject
{
    Q_OBJECT
private:
    ow::test::TestEnv m_env;
    MergedCatalog m_fixture;

    QString item(const QString& code) const
    {
        return QStringLiteral("/items/")
            + QString::number(
                indexOf(m_fixture.document, QStringLiteral("items"), QStringLiteral("code"), code));
    }
    QString field(const QString& id) const
    {
        return QStringLiteral("/fields/")
            + QString::number(
                indexOf(m_fixture.document, QStringLiteral("fields"), QStringLiteral("id"), id));
    }
    QString material(const QString& id) const
    {
        return QStringLiteral("/materials/")
            + QString::number(
                indexOf(m_fixture.document, QStringLiteral("materials"), QStringLiteral("id"), id));
    }
    QString newborn() const
    {
        return QStringLiteral("/bundles/")
            + QString::number(indexOf(m_fixture.document, QStringLiteral("bundles"), QStringLiteral("code"),
                QStringLiteral("NEWBORN")));
    }

    static QString dump(const QList<LintIssue>& issues)
    {
        QStringList lines;
        for (const LintIssue& i : issues)
            lines << (i.isError() ? QStringLiteral("E ") : QStringLiteral("W ")) + i.code + u' ' + i.where
                    + QStringLiteral(" — ") + i.message;
        return lines.join(u'\n');
    }

private Q_SLOTS:
    void initTestCase() { m_fixture = fixtureMerged(); }

    void fixtureIsClean()
    {
        const QList<LintIssue> issues = lintJson(m_fixture.document, m_fixture.sources);
        QVERIFY2(issues.isEmpty(), qPrintable(dump(issues)));
        const QJsonObject report = lintReport(issues);
        QVERIFY(report.value(QStringLiteral("ok")).toBool());
        QVERIFY(report.value(QStringLiteral("errors")).toArray().isEmpty());
    }

    void everyLintClass_data()
    {
        QTest::addColumn<QList<Edit>>("edits");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("where"); // expected prefix of LintIssue::where
        QTest::addColumn<bool>("isError");
        const QJsonValue remove(QJsonValue::Undefined);
        const QString nb = newborn();

        QTest::newRow("unknown field in item")
            << QList<Edit> {{item(QStringLiteral("BIRTH-CERT")) + QStringLiteral("/fields/0"),
                   QStringLiteral("child.nickname")}}
            << "unknownField"
            << "items/birth.json: /items/0/fields/0" << true;
        QTest::newRow("unknown field in agent")
            << QList<Edit> {{nb + QStringLiteral("/agent/fields/1"), QStringLiteral("agent.passport")}}
            << "unknownField"
            << "bundles/newborn.json: /agent/fields/1" << true;
        QTest::newRow("unknown field in extract")
            << QList<Edit> {{material(QStringLiteral("businessLicence.enterprise"))
                       + QStringLiteral("/extract/fields/enterprise.nickname"),
                   QStringLiteral("(x)")}}
            << "unknownField"
            << "materials.json: /materials/11/extract/fields/enterprise.nickname" << true;
        QTest::newRow("unknown material in bundle agent")
            << QList<Edit> {{nb + QStringLiteral("/agent/materials/0/id"), QStringLiteral("letter.agent")}}
            << "unknownMaterial"
            << "bundles/newborn.json: /agent/materials/0" << true;
        QTest::newRow("unknown material produced")
            << QList<Edit> {{item(QStringLiteral("HUKOU-BIRTH")) + QStringLiteral("/produces/0"),
                   QStringLiteral("hukou.child")}}
            << "unknownMaterial"
            << "items/birth.json: /items/1/produces/0" << true;
        QTest::newRow("bundle item missing from dictionary")
            << QList<Edit> {{nb + QStringLiteral("/items/2/code"), QStringLiteral("MEDICAL-INSURANCE")}}
            << "unknownItem"
            << "bundles/newborn.json: /items/2" << true;
        QTest::newRow("dependsOn unknown item")
            << QList<Edit> {{item(QStringLiteral("SSCARD")) + QStringLiteral("/dependsOn/0"),
                   QStringLiteral("HUKOU")}}
            << "unknownItem"
            << "items/insurance.json: /items/1/dependsOn/0" << true;
        QTest::newRow("unknown department")
            << QList<Edit> {{item(QStringLiteral("SIGN-PERMIT")) + QStringLiteral("/department"),
                   QStringLiteral("moe")}}
            << "unknownDepartment"
            << "items/business.json: /items/2/department" << true;
        QTest::newRow("unknown lead department")
            << QList<Edit> {{nb + QStringLiteral("/leadDepartment"), QStringLiteral("who")}}
            << "unknownDepartment"
            << "bundles/newborn.json: /leadDepartment" << true;
        QTest::newRow("unknown section")
            << QList<Edit> {{field(QStringLiteral("household.address")) + QStringLiteral("/section"),
                   QStringLiteral("home")}}
            << "unknownSection"
            << "fields.json: /fields/16/section" << true;
        QTest::newRow("unknown operator") << QList<Edit> {{nb + QStringLiteral("/items/0/when"),
            parseJson(R"({"!": {"frobnicate": [1]}})")}}
                                          << "invalidRule"
                                          << "bundles/newborn.json: /items/0/when" << true;
        QTest::newRow("malformed rule in item")
            << QList<Edit> {{item(QStringLiteral("HUKOU-BIRTH")) + QStringLiteral("/materials/4/when"),
                   parseJson(R"({"==": [{"var": "answers.hukouFollows"}], "!": true})")}}
            << "invalidRule"
            << "items/birth.json: /items/1/materials/4/when" << true;
        QTest::newRow("answer no question defines")
            << QList<Edit> {{item(QStringLiteral("MEDICAL-INS")) + QStringLiteral("/fields/4/when"),
                   parseJson(R"({"var": "answers.isTwins"})")}}
            << "unknownVariable"
            << "items/insurance.json: /items/0/fields/4/when" << true;
        QTest::newRow("answer of another bundle") << QList<Edit> {{nb + QStringLiteral("/materials"),
            parseJson(R"([{"id": "photo.child", "when": {"var": "answers.needSign"}}])")}}
                                                  << "unknownVariable"
                                                  << "bundles/newborn.json: /materials/0/when" << true;
        QTest::newRow("field no dictionary entry defines")
            << QList<Edit> {{nb + QStringLiteral("/items/4/when"),
                   parseJson(R"({">": [{"var": "fields.child.weight"}, 4000]})")}}
            << "unknownVariable"
            << "bundles/newborn.json: /items/4/when" << true;
        QTest::newRow("unknown root") << QList<Edit> {{nb + QStringLiteral("/items/4/when"),
            parseJson(R"({"var": ["applicant.name", false]})")}}
                                      << "unknownVariable"
                                      << "bundles/newborn.json: /items/4/when" << true;
        QTest::newRow("unused question") << QList<Edit> {{nb + QStringLiteral("/questions/-"),
            parseJson(R"({"id": "twins", "text": {"zh": "是否双胞胎？"}, "type": "boolean"})")}}
                                         << "unusedQuestion"
                                         << "bundles/newborn.json: /questions/6" << true;
        QTest::newRow("cycle through dependsOn")
            << QList<Edit> {{item(QStringLiteral("BIRTH-CERT")) + QStringLiteral("/dependsOn"),
                   QJsonArray {QStringLiteral("MEDICAL-INS")}}}
            << "dependencyCycle"
            << "items/" << true;
        QTest::newRow("item depends on itself")
            << QList<Edit> {{item(QStringLiteral("SIGN-PERMIT")) + QStringLiteral("/dependsOn"),
                   QJsonArray {QStringLiteral("SIGN-PERMIT")}}}
            << "dependencyCycle"
            << "items/business.json: /items/2/dependsOn/0" << true;
        QTest::newRow("cycle through feeds")
            << QList<Edit> {{item(QStringLiteral("SSCARD")) + QStringLiteral("/produces"),
                                QJsonArray {QStringLiteral("photo.child")}},
                   {nb + QStringLiteral("/feeds/-"),
                       parseJson(R"({"from": "SSCARD", "to": "BIRTH-CERT", "material": "photo.child"})")}}
            << "dependencyCycle"
            << "" << true;
        QTest::newRow("duplicate item code")
            << QList<Edit> {{item(QStringLiteral("MATERNITY")) + QStringLiteral("/code"),
                   QStringLiteral("SSCARD")}}
            << "duplicateId"
            << "items/insurance.json: /items/2/code" << true;
        QTest::newRow("duplicate field id") << QList<Edit> {{QStringLiteral("/fields/-"),
            valueAt(m_fixture.document, field(QStringLiteral("mother.name")))}}
                                            << "duplicateId"
                                            << "fields.json: /fields/23/id" << true;
        QTest::newRow("duplicate material id")
            << QList<Edit> {{material(QStringLiteral("photo.child")) + QStringLiteral("/id"),
                   QStringLiteral("idCard.mother")}}
            << "duplicateId"
            << "materials.json: /materials/9/id" << true;
        QTest::newRow("duplicate question id")
            << QList<Edit> {{nb + QStringLiteral("/questions/5/id"), QStringLiteral("married")}}
            << "duplicateId"
            << "bundles/newborn.json: /questions/5/id" << true;
        QTest::newRow("duplicate bundle item")
            << QList<Edit> {{nb + QStringLiteral("/items/-"), parseJson(R"({"code": "SSCARD"})")}}
            << "duplicateId"
            << "bundles/newborn.json: /items/5/code" << true;
        QTest::newRow("fed material not produced")
            << QList<Edit> {{nb + QStringLiteral("/feeds/0/material"), QStringLiteral("idCard.mother")}}
            << "feedNotProduced"
            << "bundles/newborn.json: /feeds/0/material" << true;
        QTest::newRow("feed from an item outside the bundle")
            << QList<Edit> {{nb + QStringLiteral("/feeds/2/from"), QStringLiteral("BIZ-LICENCE")}}
            << "feedItemNotInBundle"
            << "bundles/newborn.json: /feeds/2" << true;
        QTest::newRow("key material tolerated")
            << QList<Edit> {{nb + QStringLiteral("/tolerance/materials/-"), QStringLiteral("idCard.mother")}}
            << "keyMaterialTolerated"
            << "bundles/newborn.json: /tolerance/materials/3" << true;
        QTest::newRow("enum without options")
            << QList<Edit> {{field(QStringLiteral("child.gender")) + QStringLiteral("/options"), remove}}
            << "enumWithoutOptions"
            << "fields.json: /fields/6" << true;
        QTest::newRow("choice without options")
            << QList<Edit> {{nb + QStringLiteral("/questions/3/options"), QJsonArray()}}
            << "choiceWithoutOptions"
            << "bundles/newborn.json: /questions/3" << true;
        QTest::newRow("default outside the options")
            << QList<Edit> {{nb + QStringLiteral("/questions/3/default"), QStringLiteral("grandma")}}
            << "badDefault"
            << "bundles/newborn.json: /questions/3/default" << true;
        QTest::newRow("bad pattern") << QList<Edit> {{field(QStringLiteral("child.name"))
                + QStringLiteral("/pattern"),
            QStringLiteral("([a-z")}} << "badPattern"
                                     << "fields.json: /fields/5/pattern" << true;
        QTest::newRow("structural error")
            << QList<Edit> {{field(QStringLiteral("child.name")) + QStringLiteral("/type"),
                   QStringLiteral("string")}}
            << "catalog.unknownValue"
            << "fields.json: /fields/5/type" << true;
        // Warnings: reported, but the catalog still passes.
        QTest::newRow("unknown key") << QList<Edit> {{item(QStringLiteral("SSCARD"))
                + QStringLiteral("/dependOn"),
            QJsonArray {QStringLiteral("HUKOU-BIRTH")}}}
                                     << "unknownKey"
                                     << "items/insurance.json: /items/1/dependOn" << false;
        QTest::newRow("material id not docType.subject")
            << QList<Edit> {{material(QStringLiteral("photo.child")) + QStringLiteral("/subject"),
                   QStringLiteral("baby")}}
            << "materialIdMismatch"
            << "materials.json: /materials/9/id" << false;
        QTest::newRow("promise over the legal limit")
            << QList<Edit> {{item(QStringLiteral("HUKOU-BIRTH")) + QStringLiteral("/promisedDays"), 30}}
            << "promiseOverLegal"
            << "items/birth.json: /items/1/promisedDays" << false;
    }

    void everyLintClass()
    {
        QFETCH(QList<Edit>, edits);
        QFETCH(QString, code);
        QFETCH(QString, where);
        QFETCH(bool, isError);
        QJsonObject doc = m_fixture.document;
        for (const Edit& e : edits)
            doc = withValueAt(doc, e.pointer, e.value);
        const QList<LintIssue> issues = lintJson(doc, m_fixture.sources);
        const auto found
            = std::find_if(issues.begin(), issues.end(), [&](const LintIssue& i) { return i.code == code; });
        QVERIFY2(found != issues.end(), qPrintable(QStringLiteral("no %1 in:\n%2").arg(code, dump(issues))));
        QVERIFY2(found->where.startsWith(where), qPrintable(found->where));
        QCOMPARE(found->isError(), isError);
        QVERIFY(!found->message.isEmpty());
        QCOMPARE(hasErrors(issues), isError);
        QCOMPARE(lintReport(issues).value(QStringLiteral("ok")).toBool(), !isError);
    }

    void invalidRuleNamesThePointerInsideTheRule()
    {
        const QString p = newborn() + QStringLiteral("/items/3/when");
        const QJsonObject doc
            = withValueAt(m_fixture.document, p, parseJson(R"({"and": [true, {"bogus": 1}]})"));
        const QList<LintIssue> issues = lintJson(doc, m_fixture.sources);
        const auto found = std::find_if(issues.begin(), issues.end(),
            [](const LintIssue& i) { return i.code == QStringLiteral("invalidRule"); });
        QVERIFY2(found != issues.end(), qPrintable(dump(issues)));
        QVERIFY2(found->where.startsWith(QStringLiteral("bundles/newborn.json: /items/3/when/and/1")),
            qPrintable(found->where));
        // The rule no longer reads needCard, so that question is now unused too.
        QCOMPARE(issues.size(), 2);
    }

    void cycleMessageNamesTheCycle()
    {
        const QJsonObject doc = withValueAt(m_fixture.document,
            item(QStringLiteral("BIRTH-CERT")) + QStringLiteral("/dependsOn"),
            QJsonArray {QStringLiteral("SSCARD")});
        const QList<LintIssue> issues = lintJson(doc, m_fixture.sources);
        QCOMPARE(issues.size(), 1);
        QVERIFY2(
            issues.first().message.contains(QStringLiteral("BIRTH-CERT → SSCARD → HUKOU-BIRTH → BIRTH-CERT"))
                || issues.first().message.contains(
                    QStringLiteral("SSCARD → HUKOU-BIRTH → BIRTH-CERT → SSCARD"))
                || issues.first().message.contains(
                    QStringLiteral("HUKOU-BIRTH → BIRTH-CERT → SSCARD → HUKOU-BIRTH")),
            qPrintable(issues.first().message));
    }

    void rawLintReportsEveryStructuralError()
    {
        QJsonObject doc = m_fixture.document;
        doc = withValueAt(doc, field(QStringLiteral("child.name")) + QStringLiteral("/type"),
            QJsonValue(QJsonValue::Undefined));
        doc = withValueAt(
            doc, item(QStringLiteral("SSCARD")) + QStringLiteral("/legalDays"), QStringLiteral("20"));
        doc = withValueAt(doc, newborn() + QStringLiteral("/subjectKind"), QStringLiteral("citizen"));
        const QList<LintIssue> issues = lintJson(doc, m_fixture.sources);
        QStringList wheres;
        for (const LintIssue& i : issues)
            wheres << i.where;
        QVERIFY2(wheres.contains(QStringLiteral("fields.json: /fields/5")), qPrintable(dump(issues)));
        QVERIFY(wheres.contains(QStringLiteral("items/insurance.json: /items/1/legalDays")));
        QVERIFY(wheres.contains(QStringLiteral("bundles/newborn.json: /subjectKind")));
    }

    void lintPathReportsUnreadableFilesAndTheRest()
    {
        const QString dir = m_env.path(QStringLiteral("two-broken"));
        QVERIFY(copyFolder(fixtureDir(), dir));
        QFile f(dir + QStringLiteral("/bundles/restaurant.json"));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("{\"code\": \"RESTAURANT\" \"name\": 1}");
        f.close();
        QVERIFY(editJsonFile(
            dir + QStringLiteral("/fields.json"), QStringLiteral("/fields/2/section"), QJsonValue(7)));
        const QList<LintIssue> issues = lintPath(dir);
        QVERIFY(hasErrors(issues));
        QStringList wheres;
        for (const LintIssue& i : issues)
            wheres << i.where;
        QVERIFY2(std::any_of(wheres.begin(), wheres.end(),
                     [](const QString& w) {
                         return w.startsWith(QStringLiteral("bundles/restaurant.json: line 1"));
                     }),
            qPrintable(dump(issues)));
        QVERIFY2(wheres.contains(QStringLiteral("fields.json: /fields/2/section")), qPrintable(dump(issues)));
        QVERIFY(lintPath(fixtureDir()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCatalogLint)
#include "tst_catalog_lint.moc"
