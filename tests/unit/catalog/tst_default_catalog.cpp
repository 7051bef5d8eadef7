#include "app/catalog/catalog.h"
#include "app/catalog/lint.h"
#include "app/catalog/plan.h"
#include "tests/support/testenv.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace ow::catalog;

// The default catalog embedded in the program (resources/catalog/default) loads, lints without errors,
// matches the folder it was built from, and gives a deduplicated plan for every bundle.
class TestDefaultCatalog final : public QObject
{
    Q_OBJECT
private:
    ow::test::TestEnv m_env;

    static QString sourceFolder() { return QStringLiteral(OW_SOURCE_DIR "/resources/catalog/default"); }

    static QString dump(const QList<LintIssue>& issues, bool errorsOnly)
    {
        QStringList lines;
        for (const LintIssue& i : issues) {
            if (!errorsOnly || i.isError())
                lines << i.code + u' ' + i.where + QStringLiteral(" — ") + i.message;
        }
        return lines.join(u'\n');
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY2(QFileInfo::exists(sourceFolder() + QStringLiteral("/catalog.json")),
            "resources/catalog/default/catalog.json is missing: the workbench has no catalog to ship");
    }

    void embeddedDefaultLoads()
    {
        auto c = Catalog::embeddedDefault();
        QVERIFY2(c.ok(),
            qPrintable(c.ok() ? QString() : c.error().message + QStringLiteral(" @ ") + c.error().where));
        QVERIFY(!c->version().isEmpty());
        QVERIFY(!c->bundles().isEmpty());
        QVERIFY(!c->items().isEmpty());
        // The embedded copy is exactly the folder in the source tree (the resource glob misses nothing).
        auto folder = Catalog::load(sourceFolder());
        QVERIFY(folder.ok());
        QCOMPARE(c->contentHash(), folder->contentHash());
    }

    void lintsClean()
    {
        const QList<LintIssue> issues = lintPath(QStringLiteral(":/catalog/default"));
        QVERIFY2(!hasErrors(issues), qPrintable(dump(issues, true)));
        if (!issues.isEmpty())
            qInfo().noquote() << QStringLiteral("lint warnings:\n") + dump(issues, false);
    }

    void everyBundlePlansWithDefaultsAndWithProxy()
    {
        auto c = Catalog::embeddedDefault();
        QVERIFY(c.ok());
        for (const BundleDef& b : c->bundles()) {
            for (bool proxy : {false, true}) {
                PlanInput input;
                input.proxy = proxy;
                input.today = QDate(2026, 11, 30);
                auto plan = computePlan(*c, b.code, input);
                QVERIFY2(plan.ok(),
                    qPrintable(b.code + u' '
                        + (plan.ok() ? QString() : plan.error().message + u' ' + plan.error().where)));
                QVERIFY2(!plan->items.isEmpty(), qPrintable(b.code));
                QSet<QString> fieldIds, materialIds, docSubjects;
                for (const PlannedField& f : plan->fields) {
                    QVERIFY2(!fieldIds.contains(f.field->id), qPrintable(b.code + u' ' + f.field->id));
                    fieldIds.insert(f.field->id);
                    QVERIFY(!f.usedBy.isEmpty());
                }
                for (const PlannedMaterial& m : plan->materials) {
                    const QString key = m.material->docType + u'/' + m.material->subject;
                    QVERIFY2(!docSubjects.contains(key), qPrintable(b.code + u' ' + key));
                    docSubjects.insert(key);
                    QVERIFY(!m.neededBy.isEmpty());
                }
            }
        }
    }
    void detailedBundlesChangeWithTheAnswers_data()
    {
        QTest::addColumn<QString>("bundle");
        QTest::addColumn<QString>("answers");
        QTest::newRow("newborn")
            << "NEWBORN"
            << R"({"married": false, "bornInInstitution": false, "needSocialCard": false})";
        QTest::newRow("retire")
            << "RETIRE"
            << R"({"hpfWithdraw": false, "hasSocialCard": false, "insuredElsewhere": true})";
        QTest::newRow("after death") << "AFTER-DEATH"
                                     << R"({"hasProperty": true, "hasVehicle": true, "hasHpf": true})";
        QTest::newRow("restaurant") << "RESTAURANT"
                                    << R"({"hasLicence": false, "outdoorSign": true, "floorArea": 500})";
        QTest::newRow("hire") << "HIRE"
                              << R"({"hasSocialCard": false, "payHpf": false})";
        QTest::newRow("enterprise change")
            << "ENTERPRISE-CHANGE"
            << R"({"changeName": true, "changeAddress": true, "crossDistrict": true})";
    }

    // 新生儿出生, 退休, 身后, 开办餐饮店, 员工录用, 企业信息变更: two answer sets give two different,
    // deduplicated plans.
    void detailedBundlesChangeWithTheAnswers()
    {
        QFETCH(QString, bundle);
        QFETCH(QString, answers);
        auto c = Catalog::embeddedDefault();
        QVERIFY(c.ok());
        QVERIFY2(
            c->bundle(bundle), qPrintable(QStringLiteral("%1 is not in the default catalog").arg(bundle)));
        PlanInput input;
        input.today = QDate(2026, 11, 30);
        auto defaults = computePlan(*c, bundle, input);
        QVERIFY2(defaults.ok(), qPrintable(defaults.ok() ? QString() : defaults.error().message));
        input.answers = QJsonDocument::fromJson(answers.toUtf8()).object();
        QVERIFY(!input.answers.isEmpty());
        auto other = computePlan(*c, bundle, input);
        QVERIFY2(other.ok(),
            qPrintable(other.ok() ? QString() : other.error().message + u' ' + other.error().where));
        const PlanDiff d = diffPlans(*defaults, *other);
        QVERIFY2(!d.isEmpty(), qPrintable(bundle));
        for (const Plan* p : {&defaults.value(), &other.value()}) {
            QVERIFY(!p->fields.isEmpty());
            QVERIFY(!p->materials.isEmpty());
            QVERIFY(p->promisedDays > 0);
            QSet<QString> ids;
            for (const PlannedField& f : p->fields) {
                QVERIFY(!ids.contains(f.field->id));
                ids.insert(f.field->id);
            }
        }
        // Facts shared by several items are asked once for all of them.
        const bool shared = std::any_of(defaults->fields.begin(), defaults->fields.end(),
            [](const PlannedField& f) { return f.usedBy.size() >= 2; });
        QVERIFY2(shared || defaults->items.size() < 2, qPrintable(bundle));
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < 50; ++i)
            QVERIFY(computePlan(*c, bundle, input).ok());
        qInfo().noquote() << bundle << defaults->items.size()
                          << "items:" << double(t.nsecsElapsed()) / 50 / 1e6 << "ms per plan";
    }

    void newbornNeverAsksForWhatItProduces()
    {
        auto c = Catalog::embeddedDefault();
        QVERIFY(c.ok());
        auto p = computePlan(*c, QStringLiteral("NEWBORN"), PlanInput {});
        QVERIFY(p.ok());
        int produced = 0;
        for (const PlannedMaterial& m : p->materials) {
            if (!m.producedBy.isEmpty()) {
                ++produced;
                QVERIFY(p->hasItem(m.producedBy));
            }
        }
        QVERIFY(produced >= 1);
    }
};

QTEST_GUILESS_MAIN(TestDefaultCatalog)
#include "tst_default_catalog.moc"
