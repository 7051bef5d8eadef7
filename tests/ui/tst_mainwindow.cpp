#include "tests/support/testenv.h"
#include "ui/app/appearance.h"
#include "ui/app/application.h"
#include "ui/mainwindow/mainwindow.h"

#include <QApplication>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QProcess>
#include <QTest>

using namespace ow;

class TestMainWindow final : public QObject
{
    Q_OBJECT
private:
    test::TestEnv m_env;
    std::unique_ptr<ui::Application> m_app;

    QStringList navPages() const
    {
        auto* nav = m_app->mainWindow()->findChild<QListView*>(QStringLiteral("navigationListView"));
        QStringList ids;
        for (int r = 0; r < nav->model()->rowCount(); ++r)
            ids << nav->model()->index(r, 0).data(Qt::UserRole + 1).toString();
        return ids;
    }

    static bool hasCjk(const QString& s)
    {
        for (QChar c : s) {
            if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF)
                return true;
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_app = std::make_unique<ui::Application>(*qApp, AppSettings(m_env.path(QStringLiteral("data"))));
        QVERIFY(m_app->start().ok());
        m_app->mainWindow()->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_app->mainWindow()));
    }

    void cleanupTestCase() { m_app.reset(); }

    void chineseIsTheDefaultAndEnglishSwitchesAtRunTime()
    {
        ui::MainWindow* w = m_app->mainWindow();
        QVERIFY2(hasCjk(w->windowTitle()), qPrintable(w->windowTitle()));
        auto* status = w->findChild<QLabel*>(QStringLiteral("connectionStatusLabel"));
        QVERIFY(hasCjk(status->text()));
        m_app->setLanguage(QStringLiteral("en"));
        QTRY_VERIFY(!hasCjk(w->windowTitle()));
        QVERIFY(w->windowTitle().contains(QStringLiteral("OneWindow")));
        QVERIFY(status->text().contains(QStringLiteral("Offline")));
        m_app->setLanguage(QStringLiteral("zh_CN"));
        QTRY_VERIFY(hasCjk(w->windowTitle()));
        QCOMPARE(m_app->settings().language(), QStringLiteral("zh_CN"));
    }

    void roleSwitchChangesThePages()
    {
        ui::MainWindow* w = m_app->mainWindow();
        QVERIFY(navPages().contains(QStringLiteral("intake")));
        auto* role = w->findChild<QComboBox*>(QStringLiteral("roleComboBox"));
        role->setFocus();
        QTest::keyClick(role, Qt::Key_Down);
        QTRY_COMPARE(w->role(), ui::Role::Supervisor);
        QVERIFY(!navPages().contains(QStringLiteral("intake")));
        QVERIFY(navPages().contains(QStringLiteral("cases")));
        QTest::keyClick(role, Qt::Key_Up);
        QTRY_COMPARE(w->role(), ui::Role::Clerk);
        QVERIFY(navPages().contains(QStringLiteral("intake")));
    }

    void fontScaleAndContrastApplyToTheWholeApplication()
    {
        ui::MainWindow* w = m_app->mainWindow();
        const double base = QApplication::font().pointSizeF();
        auto* combo = w->findChild<QComboBox*>(QStringLiteral("fontScaleComboBox"));
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_End); // 200 %
        QTRY_COMPARE(ui::Appearance::currentFontScale(), 200);
        QVERIFY(QApplication::font().pointSizeF() > base * 1.9);
        QCOMPARE(m_app->settings().fontScale(), 200);
        // At 200 % the window still fits a 1920×1080 counter screen.
        QVERIFY2(
            w->minimumSizeHint().width() <= 1920, qPrintable(QString::number(w->minimumSizeHint().width())));
        m_app->setAppearance(200, true);
        QCOMPARE(QApplication::palette().color(QPalette::Window), QColor(Qt::black));
        m_app->setAppearance(100, false);
        QVERIFY(QApplication::palette().color(QPalette::Window) != QColor(Qt::black));
        QVERIFY(std::abs(QApplication::font().pointSizeF() - base) < 0.01);
    }

    void screenshotOptionRendersChineseOffscreen_data()
    {
        QTest::addColumn<QString>("scale");
        QTest::newRow("100%") << QStringLiteral("100");
        QTest::newRow("200%") << QStringLiteral("200");
    }

    void screenshotOptionRendersChineseOffscreen()
    {
        QFETCH(QString, scale);
        const QString png = m_env.path(QStringLiteral("shot-%1.png").arg(scale));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(env);
        p.start(test::binary(QStringLiteral("ui/onewindow")),
            {QStringLiteral("--data-dir"), m_env.path(QStringLiteral("shot")), QStringLiteral("--font-scale"),
                scale, QStringLiteral("--screenshot"), png});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 800);
    }

    void badCommandLineValuesAreRefusedClearly()
    {
        QProcess p;
        p.start(test::binary(QStringLiteral("ui/onewindow")),
            {QStringLiteral("--platform"), QStringLiteral("offscreen"), QStringLiteral("--font-scale"),
                QStringLiteral("175"), QStringLiteral("--screenshot"), m_env.path(QStringLiteral("x.png"))});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains("--font-scale"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
