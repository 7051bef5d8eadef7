#include "tests/support/testenv.h"
#include "ui/app/appearance.h"
#include "ui/app/application.h"
#include "ui/mainwindow/mainwindow.h"

#include <QAbstractItemModelTester>
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
    std::unique_ptr<QAbstractItemModelTester> m_navTester;

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
        // The navigation model is rebuilt on every role and language switch below.
        auto* nav = m_app->mainWindow()->findChild<QListView*>(QStringLiteral("navigationListView"));
        m_navTester = std::make_unique<QAbstractItemModelTester>(
            nav->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanupTestCase()
    {
        m_navTester.reset();
        m_app.reset();
    }

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

    // --screenshot renders the window without a display, at the size asked for, with text on it that grows
    // with the font scale.
    void screenshotOptionRendersOffscreenAtEveryScale()
    {
        const auto shoot = [this](const QString& scale) {
            const QString png = m_env.path(QStringLiteral("shot-%1.png").arg(scale));
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.remove(QStringLiteral("DISPLAY"));
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            p.setProcessEnvironment(env);
            p.start(test::binary(QStringLiteral("ui/onewindow")),
                {QStringLiteral("--data-dir"), m_env.path(QStringLiteral("shot-") + scale),
                    QStringLiteral("--font-scale"), scale, QStringLiteral("--size"),
                    QStringLiteral("1280x860"), QStringLiteral("--screenshot"), png});
            if (!p.waitForFinished(60000) || p.exitCode() != 0)
                return QImage();
            return QImage(png);
        };
        // Pixels clearly darker than the window background: the ink of text, frames and icons.
        const auto ink = [](const QImage& image) {
            const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
            qint64 dark = 0;
            for (int y = 0; y < gray.height(); ++y) {
                const uchar* line = gray.constScanLine(y);
                for (int x = 0; x < gray.width(); ++x)
                    dark += line[x] < 128;
            }
            return dark;
        };
        const QImage normal = shoot(QStringLiteral("100"));
        const QImage large = shoot(QStringLiteral("200"));
        QVERIFY(!normal.isNull() && !large.isNull());
        QCOMPARE(normal.size(), QSize(1280, 860));
        QCOMPARE(large.size(), QSize(1280, 860));
        const qint64 pixels = qint64(normal.width()) * normal.height();
        QVERIFY2(ink(normal) > pixels / 200, "the window is (nearly) blank");
        QVERIFY2(ink(normal) < pixels / 2, "the window is (nearly) black");
        QVERIFY2(ink(large) > ink(normal) * 13 / 10,
            qPrintable(QStringLiteral("200 %: %1 dark pixels, 100 %: %2").arg(ink(large)).arg(ink(normal))));
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
