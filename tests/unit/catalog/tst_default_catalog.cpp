#include "app/catalog/catalog.h"
#include "app/catalog/lint.h"
#include "app/catalog/plan.h"
#include "tests/support/testenv.h"

#include <QDir>
#include <QFileInfo>
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
        if (!QFileInfo::exists(sourceFolder() + QStringLiteral("/catalog.json")))
            QSKIP("resources/catalog/default has no content yet");
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
};

QTEST_GUILESS_MAIN(TestDefaultCatalog)
#include "tst_default_catalog.moc"
