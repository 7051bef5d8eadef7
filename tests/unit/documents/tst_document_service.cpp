// DocumentService: each document is made on a worker thread, saved as "<case>-<kind>.pdf" in the documents
// folder and reads back; a receipt is reprinted under the catalog its case was taken with, after the
// workbench moved on to a newer one.
#include "app/catalog/catalogrepository.h"
#include "app/documents/documents.h"
#include "app/documents/documentservice.h"
#include "app/intake/caserepository.h"
#include "app/store/localstore.h"
#include "tests/support/testenv.h"
#include "tests/unit/documents/documentfixture.h"

#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace ow;
using namespace ow::test::documents;

namespace {

// Waits for a document the way a page does: on the watcher's finished signal.
documents::GeneratedDocument await(QFuture<documents::GeneratedDocument> future)
{
    QFutureWatcher<documents::GeneratedDocument> watcher;
    QSignalSpy finished(&watcher, &QFutureWatcher<documents::GeneratedDocument>::finished);
    watcher.setFuture(future);
    if (!finished.wait(60000) && !watcher.isFinished())
        return {};
    return watcher.result();
}

QString flat(const QString& text)
{
    QString out;
    for (QChar c : text) {
        if (!c.isSpace() && c != u'\f')
            out += c;
    }
    return out;
}

QString flatText(const QByteArray& pdf)
{
    auto text = documents::pdfText(pdf);
    return flat(text ? *text : QString());
}

} // namespace

class TestDocumentService final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        auto store = store::LocalStore::open(m_env.path(QStringLiteral("documents.sqlite")));
        QVERIFY(store.ok());
        m_store = *store;
        m_catalog = std::make_shared<const catalog::Catalog>(fixtureCatalog());
        m_dir = m_env.path(QStringLiteral("documents"));
    }

    void aNotificationIsSavedAndReadsBack()
    {
        documents::DocumentService service(m_dir, m_store);
        auto plan = catalog::computePlan(*m_catalog, QStringLiteral("NEWBORN"), newbornInput(false));
        QVERIFY(plan.ok());
        const documents::GeneratedDocument doc
            = await(service.notification(m_catalog, *plan, newbornAnswers(), QStringLiteral("draft-1")));
        QVERIFY2(doc.ok() && doc.error.isEmpty(), qPrintable(doc.error));
        QCOMPARE(doc.kind, documents::DocumentKind::Notification);
        QCOMPARE(QFileInfo(doc.path).fileName(), QStringLiteral("draft-1-notification.pdf"));
        QFile saved(doc.path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), doc.pdf);
        QVERIFY(flatText(doc.pdf).contains(flat(plan->bundle->name.en)));
    }

    void aReceiptIsReprintedUnderItsOwnCatalog()
    {
        // (The documents are in the UI language, English until the workbench sets one.)
        // The case was taken under the fixture catalog, stored as a version at this counter ...
        QVERIFY(catalog::CatalogRepository(m_store).save(*m_catalog, QStringLiteral("test")).ok());
        const intake::CaseData c = acceptedNewbornCase(*m_catalog);
        QVERIFY(intake::CaseRepository(m_store).save(c).ok());
        // ... and the workbench has since moved to a catalog that names the bundle differently.
        QJsonObject newer = fixtureCatalogJson();
        newer.insert(QStringLiteral("version"), QStringLiteral("2099.1.1"));
        QJsonArray bundles = newer.value(QStringLiteral("bundles")).toArray();
        QJsonObject newborn = bundles.at(0).toObject();
        newborn.insert(QStringLiteral("name"),
            QJsonObject {{QStringLiteral("zh"), QStringLiteral("改名后的事项")},
                {QStringLiteral("en"), QStringLiteral("Renamed")}});
        bundles.replace(0, newborn);
        newer.insert(QStringLiteral("bundles"), bundles);
        auto current = catalog::Catalog::fromJson(newer);
        QVERIFY2(current.ok(), current.ok() ? "" : qPrintable(current.error().message));
        QVERIFY(current->contentHash() != m_catalog->contentHash());

        documents::DocumentService service(m_dir, m_store);
        const documents::GeneratedDocument doc = await(
            service.reprintReceipt(c.uuid, std::make_shared<const catalog::Catalog>(std::move(*current))));
        QVERIFY2(doc.ok(), qPrintable(doc.error));
        QCOMPARE(QFileInfo(doc.path).fileName(), c.caseNumber + QStringLiteral("-receipt.pdf"));
        const QString text = flatText(doc.pdf);
        QVERIFY(text.contains(c.caseNumber));
        QVERIFY(text.contains(flat(m_catalog->bundle(c.bundleCode)->name.en)));
        QVERIFY(!text.contains(QStringLiteral("Renamed")));

        // A case that is not there is an error for the clerk, not a crash.
        const documents::GeneratedDocument missing = await(
            service.reprintReceipt(QStringLiteral("00000000-0000-4000-8000-000000000000"), m_catalog));
        QVERIFY(!missing.ok());
        QVERIFY(!missing.error.isEmpty());
    }

    void aDocumentThatCannotBeSavedStillShows()
    {
        // The folder is a file: the PDF is made, the copy is not, and the clerk is told why.
        QFile blocker(m_env.path(QStringLiteral("not-a-folder")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        documents::DocumentService service(blocker.fileName(), m_store);
        auto plan = catalog::computePlan(*m_catalog, QStringLiteral("NEWBORN"), newbornInput(false));
        QVERIFY(plan.ok());
        const documents::GeneratedDocument doc
            = await(service.notification(m_catalog, *plan, newbornAnswers(), QStringLiteral("x")));
        QVERIFY(doc.ok());
        QVERIFY(doc.path.isEmpty());
        QVERIFY(!doc.error.isEmpty());
    }

private:
    test::TestEnv m_env;
    std::shared_ptr<store::LocalStore> m_store;
    std::shared_ptr<const catalog::Catalog> m_catalog;
    QString m_dir;
};

QTEST_MAIN(TestDocumentService)
#include "tst_document_service.moc"
