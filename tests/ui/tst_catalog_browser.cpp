#include "tests/support/testenv.h"
#include "tests/ui/uitestsupport.h"
#include "ui/app/application.h"
#include "ui/catalog/bundlelistmodel.h"
#include "ui/mainwindow/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLineEdit>
#include <QListView>
#include <QTabBar>
#include <QTest>
#include <QTextBrowser>

using namespace ow;

class TestCatalogBrowser final : public QObject
{
    Q_OBJECT
private:
    test::TestEnv m_env;
    std::unique_ptr<ui::Application> m_app;
    QLineEdit* m_search = nullptr;
    QListView* m_list = nullptr;

    QStringList shownCodes() const
    {
        QStringList codes;
        for (int r = 0; r < m_list->model()->rowCount(); ++r)
            codes << m_list->model()->index(r, 0).data(ui::BundleListModel::CodeRole).toString();
        return codes;
    }

    void search(const QString& text)
    {
        m_search->clear();
        m_search->setFocus();
        test::typeText(m_search, text);
        QTest::keyClick(m_search, Qt::Key_Return);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_app = std::make_unique<ui::Application>(*qApp, AppSettings(m_env.path(QStringLiteral("data"))));
        QVERIFY(m_app->start().ok());
        m_app->mainWindow()->show();
        m_app->mainWindow()->showPage(QStringLiteral("catalog"));
        m_search = m_app->mainWindow()->findChild<QLineEdit*>(QStringLiteral("catalogSearchLineEdit"));
        m_list = m_app->mainWindow()->findChild<QListView*>(QStringLiteral("bundleListView"));
        QVERIFY(m_search && m_list);
    }
    void cleanupTestCase() { m_app.reset(); }

    void modelIsWellBehaved()
    {
        QAbstractItemModelTester tester(
            m_list->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        search(QStringLiteral("退休"));
        search(QString());
    }

    void colloquialPinyinAndShortQueriesFindBundles()
    {
        search(QStringLiteral("上户口"));
        QTRY_VERIFY(!shownCodes().isEmpty());
        QCOMPARE(shownCodes().first(), QStringLiteral("NEWBORN"));
        search(QStringLiteral("办退休"));
        QTRY_VERIFY(!shownCodes().isEmpty());
        QCOMPARE(shownCodes().first(), QStringLiteral("RETIRE"));
        search(QStringLiteral("xsecs"));
        QTRY_COMPARE(shownCodes().value(0), QStringLiteral("NEWBORN"));
        search(QStringLiteral("退")); // one character
        QTRY_VERIFY(shownCodes().contains(QStringLiteral("RETIRE")));
        search(QStringLiteral("zzzzqqq"));
        QTRY_VERIFY(shownCodes().isEmpty());
    }

    void tabsFilterByListTypeAndDetailShowsItems()
    {
        search(QString());
        auto* tabs = m_app->mainWindow()->findChild<QTabBar*>(QStringLiteral("listTypeTabBar"));
        const int all = int(shownCodes().size());
        QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(3).center()); // local list
        QTRY_VERIFY(shownCodes().size() < all);
        QVERIFY(!shownCodes().isEmpty());
        for (int r = 0; r < m_list->model()->rowCount(); ++r)
            QCOMPARE(m_list->model()->index(r, 0).data(ui::BundleListModel::ListTypeRole).toString(),
                QStringLiteral("local"));
        QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(0).center());
        search(QStringLiteral("新生儿"));
        QTRY_COMPARE(shownCodes().value(0), QStringLiteral("NEWBORN"));
        auto* detail = m_app->mainWindow()->findChild<QTextBrowser*>(QStringLiteral("bundleDetailBrowser"));
        QTRY_VERIFY(detail->toPlainText().contains(QStringLiteral("出生医学证明")));
        // The page's own labels are in the UI language too, not only the catalog's content.
        const QString text = detail->toPlainText();
        for (const char* label : {"牵头部门", "办理时限", "材料"})
            QVERIFY2(text.contains(QString::fromUtf8(label)), label);
        for (const char* english : {"Lead department", "Items", "Time limit", "national list"})
            QVERIFY2(!text.contains(QLatin1String(english)), english);
    }
};

QTEST_MAIN(TestCatalogBrowser)
#include "tst_catalog_browser.moc"
