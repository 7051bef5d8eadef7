#include "app/catalog/catalog.h"
#include "app/catalog/cataloghash.h"
#include "tests/support/testenv.h"
#include "tests/unit/catalog/catalogtestutil.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace ow::catalog;
using namespace ow::test::catalog;

class TestCatalogLoader final : public QObject
{
    Q_OBJECT
private:
    ow::test::TestEnv m_env;

    static QString describe(const ow::Error& e)
    {
        return e.code + QStringLiteral(": ") + e.message + QStringLiteral(" @ ") + e.where;
    }

private Q_SLOTS:
    void loadsTheFixtureFolder()
    {
        auto c = Catalog::load(fixtureDir());
        QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : describe(c.error())));
        QCOMPARE(c->version(), QStringLiteral("2026.1.0"));
        QCOMPARE(c->title().zh, QStringLiteral("测试目录（单元测试用）"));
        QCOMPARE(c->hall().phone, QStringLiteral("010-12345"));
        QCOMPARE(c->sections().size(), 8);
        QCOMPARE(c->departments().size(), 6);
        QCOMPARE(c->items().size(), 8);
        QCOMPARE(c->bundles().size(), 2);

        const FieldDef* motherId = c->field(QStringLiteral("mother.idNumber"));
        QVERIFY(motherId);
        QCOMPARE(motherId->type, FieldType::IdNumber);
        QCOMPARE(motherId->section, QStringLiteral("mother"));
        QCOMPARE(motherId->prefill, (QStringList {QStringLiteral("idCard"), QStringLiteral("history")}));
        const FieldDef* gender = c->field(QStringLiteral("child.gender"));
        QVERIFY(gender);
        QCOMPARE(gender->type, FieldType::Enum);
        QCOMPARE(gender->options.size(), 2);
        QCOMPARE(gender->options.at(1).label.get(QStringLiteral("en")), QStringLiteral("Female"));

        const MaterialDef* idMother = c->material(QStringLiteral("idCard.mother"));
        QVERIFY(idMother);
        QCOMPARE(idMother->docType, QStringLiteral("idCard"));
        QCOMPARE(idMother->subject, QStringLiteral("mother"));
        QVERIFY(idMother->key);
        QCOMPARE(idMother->ways, (QList<Way> {Way::Original, Way::ELicence, Way::Verified}));
        QCOMPARE(c->material(QStringLiteral("marriageCert.parents"))->ways.last(), Way::Commitment);

        const ItemDef* hukou = c->item(QStringLiteral("HUKOU-BIRTH"));
        QVERIFY(hukou);
        QCOMPARE(hukou->department, QStringLiteral("mps"));
        QCOMPARE(hukou->promisedDays, 5);
        QCOMPARE(hukou->dependsOn, QStringList {QStringLiteral("BIRTH-CERT")});
        QCOMPARE(hukou->produces, QStringList {QStringLiteral("householdBook.child")});
        QVERIFY(hukou->fields.at(5).when.isObject());
        QVERIFY(hukou->fields.at(0).when.isUndefined());
        QVERIFY(!c->item(QStringLiteral("MEDICAL-INS"))->fields.at(1).required);
        QCOMPARE(c->item(QStringLiteral("SIGN-PERMIT"))->feeAmount, 12.5);

        const BundleDef* newborn = c->bundle(QStringLiteral("NEWBORN"));
        QVERIFY(newborn);
        QCOMPARE(newborn->listType, QStringLiteral("key"));
        QCOMPARE(newborn->stage, QStringLiteral("birth"));
        QCOMPARE(newborn->questions.size(), 6);
        QCOMPARE(newborn->questions.at(3).options.size(), 2);
        QCOMPARE(newborn->questions.at(3).defaultValue.toString(), QStringLiteral("father"));
        QCOMPARE(newborn->items.size(), 5);
        QCOMPARE(newborn->agentMaterials.size(), 2);
        QCOMPARE(newborn->agentFields.size(), 3);
        QVERIFY(newborn->toleranceAllowed);
        QCOMPARE(newborn->toleranceDueDays, 10);
        QCOMPARE(newborn->feeds.size(), 3);
        QCOMPARE(newborn->feeds.at(0).material, QStringLiteral("birthCertificate.child"));
        QCOMPARE(c->bundle(QStringLiteral("RESTAURANT"))->subjectKind, QStringLiteral("enterprise"));

        QCOMPARE(c->department(QStringLiteral("nhsa"))->name.zh, QStringLiteral("医疗保障局"));
        QCOMPARE(c->sectionOrder(QStringLiteral("applicant")), 0);
        QCOMPARE(c->sectionOrder(QStringLiteral("mother")), 3);
        QCOMPARE(c->sectionOrder(QStringLiteral("nowhere")), 8);
        QCOMPARE(c->producersOf(QStringLiteral("birthCertificate.child")),
            QStringList {QStringLiteral("BIRTH-CERT")});
        QVERIFY(!c->field(QStringLiteral("nobody.nothing")));
        QVERIFY(!c->bundle(QStringLiteral("NOPE")));
        QVERIFY(c->calendar().coversYear(2026));
        QVERIFY(!c->calendar().isWorkingDay(QDate(2026, 10, 1)));
        QVERIFY(c->calendar().isWorkingDay(QDate(2026, 10, 10))); // adjusted working Saturday
        QVERIFY(c->loadWarnings().isEmpty());
    }

    void textFallsBackToChinese()
    {
        auto c = Catalog::load(fixtureDir());
        QVERIFY(c.ok());
        const ItemDef* hukou = c->item(QStringLiteral("HUKOU-BIRTH"));
        QCOMPARE(hukou->materials.at(3).reason.get(QStringLiteral("en")),
            QStringLiteral("随父落户需婚姻关系证明"));
        QCOMPARE(hukou->name.get(QStringLiteral("en")), QStringLiteral("Household registration of a birth"));
        QCOMPARE(hukou->name.get(QStringLiteral("zh_CN")), QStringLiteral("出生登记（户口登记）"));
    }

    void mergedFileRoundTrip()
    {
        auto folder = Catalog::load(fixtureDir());
        QVERIFY(folder.ok());
        const QString file = m_env.path(QStringLiteral("merged.json"));
        QVERIFY(writeJson(file, folder->toJson()));
        auto merged = Catalog::load(file);
        QVERIFY2(merged.ok(), qPrintable(merged.ok() ? QString() : describe(merged.error())));
        QCOMPARE(merged->contentHash(), folder->contentHash());
        QCOMPARE(merged->toJson(), folder->toJson());
        QCOMPARE(merged->items().size(), folder->items().size());
        QCOMPARE(merged->bundles().size(), folder->bundles().size());

        auto fromJson = Catalog::fromJson(folder->toJson());
        QVERIFY(fromJson.ok());
        QCOMPARE(fromJson->contentHash(), folder->contentHash());
        // The merged document keeps the files' content: items in file-name order, one bundle per file.
        const QJsonObject doc = folder->toJson();
        QCOMPARE(doc.value(QStringLiteral("items"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
            QStringLiteral("BIRTH-CERT"));
        QCOMPARE(doc.value(QStringLiteral("bundles")).toArray().size(), 2);
        QVERIFY(doc.value(QStringLiteral("calendar")).toObject().contains(QStringLiteral("years")));

        // "catalog.json" of a folder means the folder.
        auto viaMainFile = Catalog::load(fixtureDir() + QStringLiteral("/catalog.json"));
        QVERIFY(viaMainFile.ok());
        QCOMPARE(viaMainFile->contentHash(), folder->contentHash());
    }

    void hashIsStableAndSha256OfCompactJson()
    {
        auto a = Catalog::load(fixtureDir());
        auto b = Catalog::load(fixtureDir());
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(a->contentHash(), b->contentHash());
        QCOMPARE(a->contentHash().size(), 64);
        const QByteArray compact = QJsonDocument(a->toJson()).toJson(QJsonDocument::Compact);
        QCOMPARE(a->contentHash(),
            QString::fromLatin1(QCryptographicHash::hash(compact, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(compactJson(a->toJson()), compact);

        const QJsonObject changed = withValueAt(a->toJson(), QStringLiteral("/items/0/promisedDays"), 2);
        auto c = Catalog::fromJson(changed);
        QVERIFY(c.ok());
        QVERIFY(c->contentHash() != a->contentHash());
    }

    void structuralErrorsNameFileAndPointer_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("where");

        const QJsonValue remove(QJsonValue::Undefined);
        QTest::newRow("missing field type") << "fields.json"
                                            << "/fields/3/type" << remove << "catalog.missingKey"
                                            << "fields.json: /fields/3";
        QTest::newRow("unknown field type")
            << "fields.json"
            << "/fields/3/type" << QJsonValue(QStringLiteral("idnumber")) << "catalog.unknownValue"
            << "fields.json: /fields/3/type";
        QTest::newRow("days not a number")
            << "items/birth.json"
            << "/items/1/promisedDays" << QJsonValue(QStringLiteral("five")) << "catalog.wrongType"
            << "items/birth.json: /items/1/promisedDays";
        QTest::newRow("negative days") << "items/insurance.json"
                                       << "/items/2/promisedDays" << QJsonValue(-3) << "catalog.wrongType"
                                       << "items/insurance.json: /items/2/promisedDays";
        QTest::newRow("item without code") << "items/insurance.json"
                                           << "/items/1/code" << remove << "catalog.missingKey"
                                           << "items/insurance.json: /items/1";
        QTest::newRow("unknown way") << "materials.json"
                                     << "/materials/0/ways/1" << QJsonValue(QStringLiteral("fax"))
                                     << "catalog.unknownValue"
                                     << "materials.json: /materials/0/ways/1";
        QTest::newRow("unknown stage")
            << "bundles/newborn.json"
            << "/stage" << QJsonValue(QStringLiteral("market-entry")) << "catalog.unknownValue"
            << "bundles/newborn.json: /stage";
        QTest::newRow("unknown list type")
            << "bundles/restaurant.json"
            << "/listType" << QJsonValue(QStringLiteral("annual")) << "catalog.unknownValue"
            << "bundles/restaurant.json: /listType";
        QTest::newRow("question type")
            << "bundles/newborn.json"
            << "/questions/2/type" << QJsonValue(QStringLiteral("yesno")) << "catalog.unknownValue"
            << "bundles/newborn.json: /questions/2/type";
        QTest::newRow("text not an object") << "bundles/newborn.json"
                                            << "/name" << QJsonValue(42) << "catalog.wrongType"
                                            << "bundles/newborn.json: /name";
        QTest::newRow("text without zh") << "materials.json"
                                         << "/materials/2/name/zh" << remove << "catalog.missingKey"
                                         << "materials.json: /materials/2/name";
        QTest::newRow("empty bundle") << "bundles/restaurant.json"
                                      << "/items" << QJsonValue(QJsonArray()) << "catalog.emptyList"
                                      << "bundles/restaurant.json: /items";
        QTest::newRow("feed without material") << "bundles/newborn.json"
                                               << "/feeds/1/material" << remove << "catalog.missingKey"
                                               << "bundles/newborn.json: /feeds/1";
        QTest::newRow("fields not an array")
            << "items/birth.json"
            << "/items/0/fields" << QJsonValue(QStringLiteral("child.name")) << "catalog.wrongType"
            << "items/birth.json: /items/0/fields";
        QTest::newRow("format version") << "catalog.json"
                                        << "/formatVersion" << QJsonValue(2) << "catalog.formatVersion"
                                        << "catalog.json: /formatVersion";
        QTest::newRow("no version") << "catalog.json"
                                    << "/version" << remove << "catalog.missingKey"
                                    << "catalog.json: /";
        QTest::newRow("calendar year") << "calendar.json"
                                       << "/calendar/years/26" << QJsonValue(QJsonObject()) << ""
                                       << "calendar.json: /calendar/years/26";
    }

    void structuralErrorsNameFileAndPointer()
    {
        QFETCH(QString, file);
        QFETCH(QString, pointer);
        QFETCH(QJsonValue, value);
        QFETCH(QString, code);
        QFETCH(QString, where);
        const QString dir
            = m_env.path(QStringLiteral("broken-") + QString::fromLatin1(QTest::currentDataTag()));
        QVERIFY(copyFolder(fixtureDir(), dir));
        QVERIFY(editJsonFile(dir + u'/' + file, pointer, value));
        auto c = Catalog::load(dir);
        QVERIFY(!c.ok());
        if (!code.isEmpty())
            QCOMPARE(c.error().code, code);
        QCOMPARE(c.error().where, where);
        QVERIFY(!c.error().message.isEmpty());
    }

    void syntaxErrorNamesFileLineAndColumn()
    {
        const QString dir = m_env.path(QStringLiteral("syntax"));
        QVERIFY(copyFolder(fixtureDir(), dir));
        QFile f(dir + QStringLiteral("/items/insurance.json"));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("{\n  \"items\": [\n    {\"code\": \"X\",,}\n  ]\n}\n");
        f.close();
        auto c = Catalog::load(dir);
        QVERIFY(!c.ok());
        QCOMPARE(c.error().code, QStringLiteral("catalog.syntax"));
        QVERIFY2(c.error().where.startsWith(QStringLiteral("items/insurance.json: line 3, column")),
            qPrintable(c.error().where));
    }

    void mergedFileErrorsUseMergedPointers()
    {
        auto folder = Catalog::load(fixtureDir());
        QVERIFY(folder.ok());
        const QString file = m_env.path(QStringLiteral("bad-merged.json"));
        QVERIFY(writeJson(
            file, withValueAt(folder->toJson(), QStringLiteral("/items/6/department"), QJsonValue(7))));
        auto c = Catalog::load(file);
        QVERIFY(!c.ok());
        QCOMPARE(c.error().where, QStringLiteral("bad-merged.json: /items/6/department"));
    }

    void severalProblemsAreCounted()
    {
        QJsonObject doc = fixtureMerged().document;
        doc = withValueAt(doc, QStringLiteral("/fields/0/type"), QStringLiteral("bogus"));
        doc = withValueAt(doc, QStringLiteral("/fields/1/type"), QStringLiteral("bogus"));
        auto c = Catalog::fromJson(doc, fixtureMerged().sources);
        QVERIFY(!c.ok());
        QCOMPARE(c.error().where, QStringLiteral("fields.json: /fields/0/type"));
        QVERIFY(c.error().message.contains(QStringLiteral("catalog lint")));
    }

    void garbageNeverCrashes()
    {
        const QList<QJsonObject> docs {
            QJsonObject(),
            QJsonObject {{QStringLiteral("formatVersion"), 1}},
            QJsonObject {
                {QStringLiteral("formatVersion"), QStringLiteral("1")}, {QStringLiteral("items"), 3}},
            QJsonObject {{QStringLiteral("formatVersion"), 1},
                {QStringLiteral("version"), QStringLiteral("1")},
                {QStringLiteral("title"), QStringLiteral("t")},
                {QStringLiteral("sections"), QJsonArray {1, QJsonValue()}},
                {QStringLiteral("departments"), QJsonArray {QJsonArray()}},
                {QStringLiteral("fields"), QJsonArray {QStringLiteral("x")}},
                {QStringLiteral("materials"), QJsonArray {QJsonObject {{QStringLiteral("ways"), 5}}}},
                {QStringLiteral("items"),
                    QJsonArray {QJsonObject {{QStringLiteral("fields"), QJsonArray {3, QJsonObject()}}}}},
                {QStringLiteral("bundles"),
                    QJsonArray {QJsonObject {{QStringLiteral("items"), QJsonArray {QJsonValue()}},
                        {QStringLiteral("subjectKind"), 3}, {QStringLiteral("agent"), 1}}}},
                {QStringLiteral("calendar"), QJsonArray()}},
        };
        for (const QJsonObject& doc : docs) {
            auto c = Catalog::fromJson(doc);
            QVERIFY(!c.ok());
            QVERIFY(!c.error().message.isEmpty());
            QVERIFY(c.error().where.startsWith(QStringLiteral("catalog: /")));
        }
        auto missing = Catalog::load(m_env.path(QStringLiteral("does-not-exist")));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, QStringLiteral("catalog.notFound"));
    }

    void unknownKeysAreWarningsNotErrors()
    {
        QJsonObject doc = fixtureMerged().document;
        doc = withValueAt(
            doc, QStringLiteral("/items/1/dependOn"), QJsonArray {QStringLiteral("BIRTH-CERT")});
        doc = withValueAt(doc, QStringLiteral("/items/1/$comment"), QStringLiteral("free"));
        auto c = Catalog::fromJson(doc, fixtureMerged().sources);
        QVERIFY(c.ok());
        QCOMPARE(c->loadWarnings().size(), 1);
        QCOMPARE(c->loadWarnings().first().code, QStringLiteral("unknownKey"));
        QCOMPARE(c->loadWarnings().first().where, QStringLiteral("items/birth.json: /items/1/dependOn"));
    }
};

QTEST_GUILESS_MAIN(TestCatalogLoader)
#include "tst_catalog_loader.moc"
