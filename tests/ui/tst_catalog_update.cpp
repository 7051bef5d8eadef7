// The workbench takes a catalog an admin publishes on a real onewindow-server by itself, while it runs: the
// status bar names the new version, the catalog page lists the new content, an intake in progress keeps the
// catalog it began with and the next intake uses the new one.
#include "app/catalog/catalog.h"
#include "app/catalog/catalogrepository.h"
#include "app/intake/intakesession.h"
#include "tests/support/httpclient.h"
#include "tests/support/serverprocess.h"
#include "tests/support/testenv.h"
#include "tests/ui/uitestsupport.h"
#include "ui/app/application.h"
#include "ui/catalog/bundlelistmodel.h"
#include "ui/catalog/catalogpage.h"
#include "ui/intake/intakepage.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/widgets/dialogs.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>

using namespace ow;

namespace {
const QString kNewVersion = QStringLiteral("2099.1.1");
const QString kRenamed = QStringLiteral("新生儿出生一件事（新版）");
} // namespace

class TestCatalogUpdate final : public QObject
{
    Q_OBJECT
private:
    test::TestEnv m_env;
    std::unique_ptr<test::ServerRunner> m_server;
    std::unique_ptr<ui::Application> m_app;
    ui::MainWindow* m_window = nullptr;
    int m_fontScale = 100;

    template<typename T> T* find(const QString& name) const { return test::findNamed<T>(m_window, name); }

    // The embedded catalog as a newer version, with the newborn bundle renamed.
    static QJsonObject newerCatalog(const catalog::Catalog& embedded)
    {
        QJsonObject content = embedded.toJson();
        content.insert(QStringLiteral("version"), kNewVersion);
        QJsonArray bundles = content.value(QStringLiteral("bundles")).toArray();
        for (qsizetype i = 0; i < bundles.size(); ++i) {
            QJsonObject b = bundles.at(i).toObject();
            if (b.value(QStringLiteral("code")).toString() != QStringLiteral("NEWBORN"))
                continue;
            QJsonObject name = b.value(QStringLiteral("name")).toObject();
            name.insert(QStringLiteral("zh"), kRenamed);
            b.insert(QStringLiteral("name"), name);
            bundles.replace(i, b);
        }
        content.insert(QStringLiteral("bundles"), bundles);
        return content;
    }

    bool startNewbornIntake()
    {
        m_window->showPage(QStringLiteral("catalog"));
        auto* catalogPage = m_window->findChild<ui::CatalogPage*>();
        if (!catalogPage)
            return false;
        catalogPage->selectBundle(QStringLiteral("NEWBORN"));
        QTest::mouseClick(find<QPushButton>(QStringLiteral("startIntakePushButton")), Qt::LeftButton);
        return QTest::qWaitFor([&] { return m_window->currentPageId() == QStringLiteral("intake"); }, 5000);
    }

    QString listedName(const QString& code) const
    {
        auto* list = find<QListView>(QStringLiteral("bundleListView"));
        for (int row = 0; row < list->model()->rowCount(); ++row) {
            const QModelIndex index = list->model()->index(row, 0);
            if (index.data(ui::BundleListModel::CodeRole).toString() == code)
                return index.data(Qt::DisplayRole).toString();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_fontScale = test::fontScaleFromEnvironment();
        // Poll the feed and the catalog every 200 ms instead of every minute and hour.
        qputenv("OW_SYNC_FEED_INTERVAL_MS", "200");
        qputenv("OW_SYNC_CATALOG_INTERVAL_MS", "200");
        m_server = std::make_unique<test::ServerRunner>(m_env.path(QStringLiteral("server")));
        QVERIFY2(m_server->start(true), qPrintable(m_server->log()));
        AppSettings settings(m_env.path(QStringLiteral("data")));
        settings.setFontScale(m_fontScale);
        settings.setHallCode(QStringLiteral("CY-01"));
        settings.setServerUrl(m_server->url());
        const QString failed = test::startWorkbench(m_app, std::move(settings), QSize(1280, 860));
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        m_window = m_app->mainWindow();
    }

    void cleanupTestCase()
    {
        m_app.reset();
        m_server.reset();
    }

    void aPublishedCatalogReachesTheCounterWhileItWorks()
    {
        auto embedded = catalog::Catalog::embeddedDefault();
        QVERIFY(embedded.ok());
        auto* versionLabel = find<QLabel>(QStringLiteral("catalogStatusLabel"));
        QVERIFY(versionLabel);
        QVERIFY2(versionLabel->text().contains(embedded->version()), qPrintable(versionLabel->text()));

        // An intake is in progress when the update arrives.
        QVERIFY(startNewbornIntake());
        auto* intakePage = m_window->findChild<ui::IntakePage*>();
        QVERIFY(intakePage);
        intake::IntakeSession& session = intakePage->session();
        QVERIFY(session.isActive());
        QCOMPARE(session.catalog().version(), embedded->version());

        // The admin publishes a newer catalog; the clerk signs in; nothing else is done at the counter.
        test::Http http(m_server->url());
        const QString admin = http.signIn(QStringLiteral("admin"), QStringLiteral("Admin-2026!"));
        QVERIFY(!admin.isEmpty());
        const test::HttpReply published = http.send("PUT", QStringLiteral("/api/v1/catalogs/") + kNewVersion,
            QJsonDocument(newerCatalog(*embedded)).toJson(QJsonDocument::Compact), admin);
        QCOMPARE(published.status, 201);
        QVERIFY(test::signInThroughDialog(
            m_window, QStringLiteral("cy.clerk1"), QStringLiteral("Clerk-CY-2026!")));

        QTRY_VERIFY_WITH_TIMEOUT(versionLabel->text().contains(kNewVersion), 20000);
        QVERIFY2(m_window->statusBar()->currentMessage().contains(kNewVersion),
            qPrintable(m_window->statusBar()->currentMessage()));
        QCOMPARE(catalog::CatalogRepository(m_app->services().store()).loadActive()->version(), kNewVersion);
        QCOMPARE(m_app->services().catalog()->version(), kNewVersion);

        // The intake in progress keeps the catalog it began with.
        QCOMPARE(session.catalog().version(), embedded->version());
        QCOMPARE(session.caseData().catalogVersion, embedded->version());
        test::saveScreenshot(m_window, QStringLiteral("catalog-update-1-intake"), m_fontScale);

        // The catalog page lists the new content.
        m_window->showPage(QStringLiteral("catalog"));
        QTRY_COMPARE(listedName(QStringLiteral("NEWBORN")), kRenamed);
        test::saveScreenshot(m_window, QStringLiteral("catalog-update-2-catalog"), m_fontScale);

        // Closed (draft discarded) and started again, the intake is under the new catalog.
        m_window->showPage(QStringLiteral("intake"));
        ui::Dialogs::setNextAnswer(QMessageBox::No);
        QTest::mouseClick(find<QPushButton>(QStringLiteral("closeIntakePushButton")), Qt::LeftButton);
        QTRY_VERIFY(!session.isActive());
        QVERIFY(startNewbornIntake());
        QCOMPARE(session.catalog().version(), kNewVersion);
        QCOMPARE(session.caseData().catalogVersion, kNewVersion);
        auto* title = find<QLabel>(QStringLiteral("intakeTitleLabel"));
        QVERIFY2(title->text().contains(kRenamed), qPrintable(title->text()));
    }
};

QTEST_MAIN(TestCatalogUpdate)
#include "tst_catalog_update.moc"
