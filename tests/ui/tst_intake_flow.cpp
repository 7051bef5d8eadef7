// A complete 新生儿出生 intake through the real widgets, offscreen: bundle search, guidance answers, the
// merged form (including a rejected invalid ID number), a PDF attachment previewed, acceptance; then the
// generated receipt and notification slip are read back with QPdfDocument.
#include "app/documents/documents.h"
#include "app/intake/caserepository.h"
#include "app/intake/intakesession.h"
#include "tests/support/testenv.h"
#include "tests/ui/uitestsupport.h"
#include "ui/app/application.h"
#include "ui/cases/caselistmodel.h"
#include "ui/cases/casespage.h"
#include "ui/catalog/bundlelistmodel.h"
#include "ui/documents/pdfpreview.h"
#include "ui/intake/checklistmodel.h"
#include "ui/intake/fieldeditor.h"
#include "ui/intake/formview.h"
#include "ui/intake/intakepage.h"
#include "ui/intake/materialspanel.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/widgets/dialogs.h"
#include "ui/widgets/tallytile.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPdfDocument>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace ow;

class TestIntakeFlow final : public QObject
{
    Q_OBJECT
private:
    test::TestEnv m_env;
    std::unique_ptr<ui::Application> m_app;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
    ui::MainWindow* m_window = nullptr;
    int m_fontScale = 100;

    template<typename T> T* find(const QString& name) const { return test::findNamed<T>(m_window, name); }

private Q_SLOTS:
    void initTestCase()
    {
        m_fontScale = test::fontScaleFromEnvironment();
        AppSettings settings(m_env.path(QStringLiteral("data")));
        settings.setFontScale(m_fontScale);
        settings.setHallCode(QStringLiteral("BJ0105"));
        settings.setCounterNumber(3);
        const QString failed = test::startWorkbench(m_app, std::move(settings), QSize(1400, 950));
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        m_window = m_app->mainWindow();
        // The item models of the flow are checked on every change the clerk's actions cause.
        using Tester = QAbstractItemModelTester;
        m_testers.emplace_back(std::make_unique<Tester>(
            m_app->pages().intake->materials()->model(), Tester::FailureReportingMode::QtTest));
        m_testers.emplace_back(
            std::make_unique<Tester>(m_app->pages().cases->model(), Tester::FailureReportingMode::QtTest));
    }

    void cleanupTestCase()
    {
        m_testers.clear();
        m_app.reset();
    }

    void completeNewbornIntake()
    {
        // 1. Find the bundle the way a clerk does: the colloquial phrase, then pinyin initials.
        auto* nav = find<QListView>(QStringLiteral("navigationListView"));
        QVERIFY(nav);
        for (int row = 0; row < nav->model()->rowCount(); ++row) {
            if (nav->model()->index(row, 0).data(Qt::UserRole + 1).toString() == QStringLiteral("catalog"))
                QTest::mouseClick(nav->viewport(), Qt::LeftButton, {},
                    nav->visualRect(nav->model()->index(row, 0)).center());
        }
        QTRY_COMPARE(m_window->currentPageId(), QStringLiteral("catalog"));
        auto* search = find<QLineEdit>(QStringLiteral("catalogSearchLineEdit"));
        auto* list = find<QListView>(QStringLiteral("bundleListView"));
        QVERIFY(search && list);
        search->setFocus();
        test::typeText(search, QStringLiteral("xsecs"));
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_VERIFY(list->currentIndex().isValid());
        QCOMPARE(
            list->currentIndex().data(ui::BundleListModel::CodeRole).toString(), QStringLiteral("NEWBORN"));
        search->clear();
        test::typeText(search, QStringLiteral("生孩子"));
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_COMPARE(
            list->currentIndex().data(ui::BundleListModel::CodeRole).toString(), QStringLiteral("NEWBORN"));
        test::saveScreenshot(m_window, QStringLiteral("intake-0-catalog"), m_fontScale);
        QTest::mouseClick(find<QPushButton>(QStringLiteral("startIntakePushButton")), Qt::LeftButton);
        QTRY_COMPARE(m_window->currentPageId(), QStringLiteral("intake"));

        ui::IntakePage* page = m_app->pages().intake;
        intake::IntakeSession& session = page->session();
        QVERIFY(session.isActive());
        QCOMPARE(session.caseData().bundleCode, QStringLiteral("NEWBORN"));

        // 2. Guidance: applying for the maternity allowance adds an item and bank details, at once.
        const int itemsBefore = int(session.plan().items.size());
        auto* allowanceYes = find<QRadioButton>(QStringLiteral("question_maternityAllowance_yesRadioButton"));
        QVERIFY(allowanceYes);
        QTest::mouseClick(allowanceYes, Qt::LeftButton);
        QTRY_VERIFY(session.plan().hasItem(QStringLiteral("MATERNITY-BENEFIT")));
        QVERIFY(session.plan().items.size() > itemsBefore);
        auto* change = find<QLabel>(QStringLiteral("planChangeLabel"));
        QVERIFY(change && change->isVisible());
        QVERIFY(!session.lastDiff().addedItems.isEmpty());
        test::saveScreenshot(m_window, QStringLiteral("intake-1-situation"), m_fontScale);

        // 3. The merged form: each parent's identity asked once although several items need it.
        auto* steps = find<QTabWidget>(QStringLiteral("intakeStepsTabWidget"));
        QVERIFY(test::clickTab(steps, ui::IntakePage::FormStep));
        ui::FormView* form = page->form();
        const QStringList fields = form->fieldOrder();
        QCOMPARE(fields.count(QStringLiteral("mother.idNumber")), 1);
        QVERIFY(fields.contains(QStringLiteral("father.idNumber")));
        const catalog::PlannedField* motherId = session.plan().field(QStringLiteral("mother.idNumber"));
        QVERIFY(motherId && motherId->usedBy.size() >= 2);

        // An invalid ID number is refused next to the field, in the user's language, and nothing is lost.
        ui::FieldEditor* motherEditor = form->editor(QStringLiteral("mother.idNumber"));
        QVERIFY(motherEditor);
        auto* motherLine = qobject_cast<QLineEdit*>(motherEditor->focusWidget());
        QVERIFY(motherLine);
        motherLine->setFocus();
        test::typeText(motherLine, QStringLiteral("110105199003140021")); // wrong check character
        auto* message = m_window->findChild<QLabel*>(QStringLiteral("fieldMessage_mother_idNumber"));
        QVERIFY(message);
        QTRY_VERIFY(message->isVisible());
        QVERIFY(!message->text().isEmpty());
        QCOMPARE(motherLine->text(), QStringLiteral("110105199003140021"));
        QVERIFY(!session.canAccept());
        test::saveScreenshot(m_window, QStringLiteral("intake-2-form-invalid-id"), m_fontScale);

        for (const QString& id : fields) {
            ui::FieldEditor* editor = form->editor(id);
            QVERIFY2(editor, qPrintable(id));
            test::fillField(editor);
        }
        QTRY_VERIFY(message->isHidden());
        QVERIFY2(session.missingFieldIds().isEmpty(), qPrintable(session.missingFieldIds().join(u',')));
        for (const QString& id : fields)
            QVERIFY2(session.fieldProblem(id).isEmpty(),
                qPrintable(id + QStringLiteral(": ") + session.fieldProblem(id)));
        test::saveScreenshot(m_window, QStringLiteral("intake-3-form"), m_fontScale);

        // 4. Materials: attach a real PDF (previewed) and refuse a file that only pretends to be one.
        QVERIFY(test::clickTab(steps, ui::IntakePage::MaterialsStep));
        ui::MaterialsPanel* materials = page->materials();
        auto* table = find<QTableView>(QStringLiteral("materialsTableView"));
        QVERIFY(table && table->model()->rowCount() > 0);
        const QString fake = m_env.path(QStringLiteral("not-a-scan.pdf"));
        {
            QFile f(fake);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("this is plain text, not a PDF");
        }
        const QString scan = test::writeSamplePdf(
            m_env.path(QStringLiteral("mother-id.pdf")), QStringLiteral("居民身份证 扫描件 (测试)"));
        QVERIFY(test::clickRow(table, materials->model()->rowOf(QStringLiteral("idCard.mother"))));
        QCOMPARE(materials->selectedMaterial(), QStringLiteral("idCard.mother"));
        ui::Dialogs::setNextFileNames({fake});
        QTest::mouseClick(find<QPushButton>(QStringLiteral("attachFilePushButton")), Qt::LeftButton);
        auto* attachError = find<QLabel>(QStringLiteral("attachmentErrorLabel"));
        QVERIFY(!attachError->text().isEmpty());
        ui::Dialogs::setNextFileNames({scan});
        QTest::mouseClick(find<QPushButton>(QStringLiteral("attachFilePushButton")), Qt::LeftButton);
        QVERIFY2(attachError->text().isEmpty(), qPrintable(attachError->text()));
        auto* preview = materials->findChild<ui::PdfPreview*>(QStringLiteral("pdfPreview"));
        QVERIFY(preview);
        QTRY_COMPARE(preview->pageCount(), 1);
        QTRY_VERIFY(preview->isVisible());
        test::saveScreenshot(m_window, QStringLiteral("intake-4-materials"), m_fontScale);

        auto* stateCombo = find<QComboBox>(QStringLiteral("materialStateComboBox"));
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QModelIndex index = table->model()->index(row, 0);
            if (index.data(ui::ChecklistModel::SatisfiedRole).toBool())
                continue;
            QVERIFY(test::clickRow(table, row));
            QVERIFY(stateCombo->isEnabled());
            test::chooseInCombo(stateCombo); // the first accepted way after "not received"
            QTRY_VERIFY(table->model()->index(row, 0).data(ui::ChecklistModel::SatisfiedRole).toBool());
        }
        QTRY_VERIFY2(session.canAccept(),
            session.problems().isEmpty() ? "" : qPrintable(session.problems().first().message));

        // 5. Acceptance, then the receipt read back from the PDF.
        QSignalSpy documents(page, &ui::IntakePage::documentReady);
        auto* accept = find<QPushButton>(QStringLiteral("acceptPushButton"));
        QTRY_VERIFY(accept->isEnabled());
        QTest::mouseClick(accept, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(documents.count() >= 1, 20000);
        QCOMPARE(documents.last().at(0).toString(), QStringLiteral("receipt"));
        const intake::CaseData accepted = session.caseData();
        QCOMPARE(accepted.state, intake::CaseState::Accepted);
        QVERIFY(accepted.caseNumber.startsWith(QStringLiteral("BJ0105-03-")));
        auto* caseNumberLabel = find<QLabel>(QStringLiteral("caseNumberLabel"));
        QVERIFY(caseNumberLabel->text().contains(accepted.caseNumber));
        QTRY_VERIFY(page->documentPreview()->pageCount() >= 1);
        test::saveScreenshot(m_window, QStringLiteral("intake-5-receipt"), m_fontScale);

        const QString receipt = test::pdfTextWithoutSpaces(documents.last().at(1).toString());
        QVERIFY2(receipt.contains(accepted.caseNumber), qPrintable(receipt.left(400)));
        for (const catalog::PlannedItem& item : session.plan().items)
            QVERIFY2(receipt.contains(item.item->name.zh), qPrintable(item.item->name.zh));
        QVERIFY(receipt.contains(session.catalog().material(QStringLiteral("idCard.mother"))->name.zh));
        QVERIFY(!receipt.contains(accepted.fields.value(QStringLiteral("mother.idNumber")).text()));

        // The hand-off is queued in the same transaction.
        auto stored = m_app->services().cases()->load(accepted.uuid);
        QVERIFY(stored.ok());
        QCOMPARE(stored->syncState, intake::SyncState::Queued);

        // 6. The one-time notification slip from the same case.
        QTest::mouseClick(find<QPushButton>(QStringLiteral("notificationPushButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(documents.count() >= 2, 20000);
        QCOMPARE(documents.last().at(0).toString(), QStringLiteral("notification"));
        const QString slip = test::pdfTextWithoutSpaces(documents.last().at(1).toString());
        for (const catalog::PlannedItem& item : session.plan().items)
            QVERIFY2(slip.contains(item.item->name.zh), qPrintable(item.item->name.zh));
        for (const catalog::PlannedMaterial& m : session.plan().materials) {
            if (m.producedBy.isEmpty())
                QVERIFY2(slip.contains(m.material->name.zh), qPrintable(m.material->name.zh));
        }
    }

    // 今日: the day's tally, and a tile that opens the case list on the cases it counts.
    void theDayAtAGlanceLeadsToTheCases()
    {
        // A second intake left open as a draft.
        QVERIFY(m_app->pages().intake->startIntake(QStringLiteral("RETIRE")));
        QTRY_COMPARE(m_window->currentPageId(), QStringLiteral("intake"));
        m_app->pages().intake->session().flushDraft();

        QVERIFY(m_window->showPage(QStringLiteral("home")));
        auto* accepted = find<ui::TallyTile>(QStringLiteral("acceptedTodayTile"));
        auto* waiting = find<ui::TallyTile>(QStringLiteral("waitingTile"));
        auto* drafts = find<ui::TallyTile>(QStringLiteral("draftsTile"));
        QVERIFY(accepted && waiting && drafts);
        QTRY_COMPARE(accepted->count(), 1); // the newborn case of completeNewbornIntake(), offline
        QCOMPARE(waiting->count(), 1);
        QCOMPARE(drafts->count(), 1);
        QCOMPARE(find<ui::TallyTile>(QStringLiteral("returnedTile"))->count(), 0);
        // Offline (no server configured) the status bar still counts what waits for the hand-off.
        QCOMPARE(m_app->services().status().queueLength(), 1);
        test::saveScreenshot(m_window, QStringLiteral("home-today"), m_fontScale);

        QTest::mouseClick(waiting, Qt::LeftButton);
        QTRY_COMPARE(m_window->currentPageId(), QStringLiteral("cases"));
        auto* table = find<QTableView>(QStringLiteral("caseTableView"));
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QVERIFY(table->model()
                    ->index(0, ui::CaseListModel::NumberColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("BJ0105-03-")));
        auto* filter = find<QComboBox>(QStringLiteral("caseFilterComboBox"));
        QCOMPARE(filter->currentData().toInt(), int(intake::CaseFilter::WaitingForHandOff));

        // The receipt reprinted from the list: the preview appears beside it only then.
        auto* preview = find<ui::PdfPreview>(QStringLiteral("casesReceiptPreview"));
        QVERIFY(!preview->isVisible());
        QVERIFY(test::clickRow(table, 0));
        QTest::mouseClick(find<QPushButton>(QStringLiteral("reprintReceiptPushButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(preview->isVisible() && preview->pageCount() >= 1, 20000);
        QTest::qWait(300); // QPdfView renders the page in the background; let it land before the screenshot
        test::saveScreenshot(m_window, QStringLiteral("cases-reprint"), m_fontScale);

        QVERIFY(m_window->showPage(QStringLiteral("home")));
        QTest::mouseClick(drafts, Qt::LeftButton);
        QTRY_COMPARE(m_window->currentPageId(), QStringLiteral("cases"));
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, 0).data(ui::CaseListModel::CaseStateRole).toInt(),
            int(intake::CaseState::Draft));
    }
};

QTEST_MAIN(TestIntakeFlow)
#include "tst_intake_flow.moc"
