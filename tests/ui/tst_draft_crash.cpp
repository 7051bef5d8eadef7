// Drafts survive anything: a child process runs the real workbench, types into the intake form, and is killed
// with SIGKILL mid-typing. On restart the draft is there with at most the last second of typing lost, and the
// workbench offers to resume it with the values back in the form.
#include "app/intake/caserepository.h"
#include "app/intake/intakesession.h"
#include "tests/support/testenv.h"
#include "tests/ui/uitestsupport.h"
#include "ui/app/application.h"
#include "ui/catalog/bundlelistmodel.h"
#include "ui/intake/fieldeditor.h"
#include "ui/intake/formview.h"
#include "ui/intake/intakepage.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/widgets/dialogs.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QListView>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>

#include <cstdio>
#include <cstring>

using namespace ow;

namespace {

const QString kFieldId = QStringLiteral("child.birthPlace");
// 80 characters typed one every 40 ms (3.2 s); the parent kills the child part-way.
const QString kText
    = QStringLiteral("北京市朝阳区妇幼保健院产科病区三楼东侧一号产房（二〇二六年十一月）记录员王某某核对无误")
          .repeated(2)
          .left(80);

// The child: the real workbench on the offscreen platform, driven by key and mouse clicks.
int runChild(const QString& dataDir)
{
    QStandardPaths::setTestModeEnabled(true);
    ui::Application app(*qApp, AppSettings(dataDir));
    if (!app.start().ok())
        return 3;
    ui::MainWindow* w = app.mainWindow();
    w->show();
    w->showPage(QStringLiteral("catalog"));
    auto* search = w->findChild<QLineEdit*>(QStringLiteral("catalogSearchLineEdit"));
    test::typeText(search, QStringLiteral("新生儿出生"));
    QTest::keyClick(search, Qt::Key_Return);
    QTest::qWait(50);
    QTest::mouseClick(w->findChild<QPushButton*>(QStringLiteral("startIntakePushButton")), Qt::LeftButton);
    auto* steps = w->findChild<QTabWidget*>(QStringLiteral("intakeStepsTabWidget"));
    QTest::mouseClick(
        steps->tabBar(), Qt::LeftButton, {}, steps->tabBar()->tabRect(ui::IntakePage::FormStep).center());
    auto* page = w->findChild<ui::IntakePage*>();
    ui::FieldEditor* editor = page->form()->editor(kFieldId);
    if (!editor)
        return 4;
    auto* line = qobject_cast<QLineEdit*>(editor->focusWidget());
    line->setFocus();
    std::printf("UUID %s\n", qPrintable(page->session().caseData().uuid));
    std::fflush(stdout);
    for (int i = 0; i < kText.size(); ++i) {
        test::typeText(line, kText.mid(i, 1));
        std::printf("TYPED %d\n", i + 1);
        std::fflush(stdout);
        QTest::qWait(40);
    }
    std::printf("DONE\n");
    std::fflush(stdout);
    QTest::qWait(60000);
    return 0;
}

} // namespace

class TestDraftCrash final : public QObject
{
    Q_OBJECT
private:
    test::TestEnv m_env;

private Q_SLOTS:
    void draftSurvivesKill9()
    {
        const QString dataDir = m_env.path(QStringLiteral("data"));
        QProcess child;
        child.setProcessChannelMode(QProcess::SeparateChannels);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child"), dataDir});
        QVERIFY(child.waitForStarted(10000));
        QString uuid;
        int typed = 0;
        QElapsedTimer clock;
        QList<QPair<qint64, int>> progress; // when each count was reported
        clock.start();
        while (typed < 50 && clock.elapsed() < 60000) {
            if (!child.waitForReadyRead(1000) && child.state() != QProcess::Running)
                break;
            while (child.canReadLine()) {
                const QByteArray line = child.readLine().trimmed();
                if (line.startsWith("UUID "))
                    uuid = QString::fromLatin1(line.mid(5));
                else if (line.startsWith("TYPED ")) {
                    typed = line.mid(6).toInt();
                    progress.append({clock.elapsed(), typed});
                }
            }
        }
        QVERIFY2(typed >= 50, qPrintable(QString::fromLocal8Bit(child.readAllStandardError())));
        const qint64 killedAt = clock.elapsed();
        child.kill(); // SIGKILL: no destructors, no flush
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        // Characters typed at least one second before the kill must be on disk.
        int requiredLength = 0;
        for (const auto& [at, count] : std::as_const(progress)) {
            if (at <= killedAt - 1000)
                requiredLength = count;
        }

        ui::Application app(*qApp, AppSettings(dataDir));
        QVERIFY(app.start().ok());
        auto drafts = app.services().cases()->drafts();
        QVERIFY(drafts.ok());
        QCOMPARE(drafts->size(), 1);
        QCOMPARE(drafts->first().uuid, uuid);
        auto stored = app.services().cases()->load(uuid);
        QVERIFY(stored.ok());
        const QString saved = stored->fields.value(kFieldId).text();
        QVERIFY2(kText.startsWith(saved), qPrintable(saved));
        QVERIFY2(saved.size() >= requiredLength,
            qPrintable(QStringLiteral("saved %1 of %2 typed; required %3")
                           .arg(saved.size())
                           .arg(typed)
                           .arg(requiredLength)));
        qInfo("typed %d characters, %lld ms before the kill at least %d; the draft kept %lld", typed,
            qint64(1000), requiredLength, qint64(saved.size()));

        // The workbench offers to resume it, and the form shows the value again.
        app.mainWindow()->show();
        ui::Dialogs::setNextAnswer(QMessageBox::Yes);
        QCOMPARE(app.offerDraftResume(), uuid);
        QCOMPARE(app.mainWindow()->currentPageId(), QStringLiteral("intake"));
        auto* page = app.mainWindow()->findChild<ui::IntakePage*>();
        ui::FieldEditor* editor = page->form()->editor(kFieldId);
        QVERIFY(editor);
        QCOMPARE(editor->value().toString(), saved);
    }
};

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    if (argc >= 3 && std::strcmp(argv[1], "--child") == 0)
        return runChild(QString::fromLocal8Bit(argv[2]));
    TestDraftCrash test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_draft_crash.moc"
