// 新生儿出生 for a family seen before, through the real widgets against a real onewindow-server
// (--seed-demo): the clerk signs in, records the applicant's consent, both parents swipe their ID cards on
// the simulated reader's socket, the hospital's e-certificate is attached, and the shared data, the past case
// and the verifications fill the merged form. The test prints how many fields were left to type by hand (at
// most 20 %) and which materials need no paper (免提交), types the rest (a past value offered by the
// completer), accepts the case and reads the verified facts back from the receipt PDF.
#include "app/catalog/plan.h"
#include "app/documents/documents.h"
#include "app/intake/caserepository.h"
#include "app/intake/intakesession.h"
#include "app/net/tokenholder.h"
#include "app/prefill/prefillengine.h"
#include "app/prefill/registerclient.h"
#include "app/prefill/simulatedcardreader.h"
#include "app/sync/submission.h"
#include "tests/support/serverprocess.h"
#include "tests/support/testenv.h"
#include "tests/ui/uitestsupport.h"
#include "ui/app/application.h"
#include "ui/intake/checklistmodel.h"
#include "ui/intake/fieldeditor.h"
#include "ui/intake/formview.h"
#include "ui/intake/intakepage.h"
#include "ui/intake/materialspanel.h"
#include "ui/intake/prefillpanel.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/widgets/dialogs.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialog>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocalSocket>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUuid>

using namespace ow;

namespace {
const QString kMother = QStringLiteral("110105199207082386"); // 李娜 in the demo register
const QString kFather = QStringLiteral("110105199003121179"); // 张伟, head of household 110105-H000101
const QString kHospital = QStringLiteral("北京市朝阳区妇幼保健院");
} // namespace

class TestPrefillFlow final : public QObject
{
    Q_OBJECT
private:
    test::TestEnv m_env;
    std::unique_ptr<test::ServerRunner> m_server;
    std::unique_ptr<ui::Application> m_app;
    ui::MainWindow* m_window = nullptr;
    int m_fontScale = 100;

    template<typename T> T* find(const QString& name) const { return test::findNamed<T>(m_window, name); }

    // The family's first child, registered at this counter in 2021: the household followed the father.
    bool addFirstChildCase()
    {
        services::Services& wb = m_app->services();
        const QJsonObject address {{QStringLiteral("division"), QStringLiteral("110105")},
            {QStringLiteral("detail"), QStringLiteral("建国路88号院3号楼1单元502")}};
        const QMap<QString, QJsonValue> fields {{QStringLiteral("mother.idNumber"), kMother},
            {QStringLiteral("mother.name"), QStringLiteral("李娜")},
            {QStringLiteral("mother.mobile"), QStringLiteral("13900000002")},
            {QStringLiteral("mother.nationality"), QStringLiteral("中国")},
            {QStringLiteral("mother.address"), address}, {QStringLiteral("father.idNumber"), kFather},
            {QStringLiteral("father.name"), QStringLiteral("张伟")},
            {QStringLiteral("father.mobile"), QStringLiteral("13700000003")},
            {QStringLiteral("father.nationality"), QStringLiteral("中国")},
            {QStringLiteral("father.address"), address},
            {QStringLiteral("child.name"), QStringLiteral("张晓雨")},
            {QStringLiteral("child.midwiferyInstitution"), kHospital},
            {QStringLiteral("household.headName"), QStringLiteral("张伟")},
            {QStringLiteral("household.type"), QStringLiteral("family")},
            {QStringLiteral("household.address"), address},
            {QStringLiteral("contact.deliveryMethod"), QStringLiteral("pickup")}};
        intake::CaseData c;
        c.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        c.bundleCode = QStringLiteral("NEWBORN");
        c.catalogVersion = wb.catalog()->version();
        c.catalogHash = wb.catalog()->contentHash();
        c.hallCode = QStringLiteral("CY-01");
        c.counter = 1;
        c.answers = {{QStringLiteral("hukouFollows"), QStringLiteral("father")}};
        for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
            intake::FieldValue v;
            v.value = it.value();
            c.fields.insert(it.key(), v);
        }
        const QDate day(2021, 5, 28);
        c.createdAt = c.updatedAt = QDateTime(day, QTime(9, 0));
        c.acceptedAt = QDateTime(day, QTime(9, 30));
        if (auto saved = wb.cases()->save(c); !saved)
            return false;
        catalog::PlanInput input;
        input.answers = c.answers;
        const auto plan = catalog::computePlan(*wb.catalog(), c.bundleCode, input);
        if (!plan)
            return false;
        const intake::Handoff handoff = sync::handoff();
        const auto accepted = wb.cases()->accept(c,
            [&](const QSqlDatabase& db, const intake::CaseData& a) { return handoff.queue(db, a, *plan); });
        return accepted.ok();
    }

    // Writes a card to the reader's socket the way the reader hardware bridge would, and waits for "ok".
    static bool swipe(const QString& socketPath, const QString& cardFile)
    {
        QFile f(test::dataFile(QStringLiteral("prefill/") + cardFile));
        if (!f.open(QIODevice::ReadOnly))
            return false;
        QLocalSocket socket;
        socket.connectToServer(socketPath);
        if (!socket.waitForConnected(5000))
            return false;
        socket.write(QJsonDocument::fromJson(f.readAll()).toJson(QJsonDocument::Compact) + '\n');
        socket.flush();
        QByteArray answer;
        QElapsedTimer timer;
        timer.start();
        while (!answer.contains('\n') && timer.elapsed() < 10000) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
            socket.waitForReadyRead(50);
            answer += socket.readAll();
        }
        return QJsonDocument::fromJson(answer.trimmed()).object().value(QStringLiteral("ok")).toBool();
    }

    void chooseRole(QComboBox* roles, const QString& section)
    {
        const int target = roles->findData(section);
        QVERIFY2(target >= 0, qPrintable(section));
        roles->setFocus();
        while (roles->currentIndex() != target)
            QTest::keyClick(roles, roles->currentIndex() < target ? Qt::Key_Down : Qt::Key_Up);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_fontScale = test::fontScaleFromEnvironment();
        m_server = std::make_unique<test::ServerRunner>(m_env.path(QStringLiteral("server")));
        QVERIFY2(m_server->start(true), qPrintable(m_server->log()));
        AppSettings settings(m_env.path(QStringLiteral("data")));
        settings.setFontScale(m_fontScale);
        settings.setHallCode(QStringLiteral("CY-01"));
        settings.setCounterNumber(2);
        settings.setServerUrl(m_server->url());
        const QString failed = test::startWorkbench(m_app, std::move(settings), QSize(1400, 950));
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        m_window = m_app->mainWindow();
        QVERIFY(addFirstChildCase());
    }

    void cleanupTestCase()
    {
        m_app.reset();
        m_server.reset();
    }

    void aFamilySeenBeforeTypesAtMostOneFieldInFive()
    {
        auto* page = m_window->findChild<ui::IntakePage*>();
        QVERIFY(page);
        prefill::PrefillEngine& engine = page->prefill();

        // 1. The clerk signs in: the token also serves the shared-data look-ups.
        QVERIFY(test::signInThroughDialog(
            m_window, QStringLiteral("cy.clerk1"), QStringLiteral("Clerk-CY-2026!")));
        QTRY_VERIFY_WITH_TIMEOUT(!m_app->services().tokens()->validToken().isEmpty(), 20000);
        QVERIFY(engine.registerClient()->isConfigured());
        // The status bar names the clerk and the role in the UI language, not the server's role id.
        auto* staff = find<QLabel>(QStringLiteral("staffStatusLabel"));
        QTRY_VERIFY2(staff->text().contains(QStringLiteral("窗口受理人员")), qPrintable(staff->text()));
        QVERIFY(!staff->text().contains(QStringLiteral("clerk")));

        // 2. The bundle from the catalog, by its pinyin initials.
        auto* nav = find<QListView>(QStringLiteral("navigationListView"));
        for (int row = 0; row < nav->model()->rowCount(); ++row) {
            if (nav->model()->index(row, 0).data(Qt::UserRole + 1).toString() == QStringLiteral("catalog"))
                QTest::mouseClick(nav->viewport(), Qt::LeftButton, {},
                    nav->visualRect(nav->model()->index(row, 0)).center());
        }
        QTRY_COMPARE(m_window->currentPageId(), QStringLiteral("catalog"));
        auto* search = find<QLineEdit>(QStringLiteral("catalogSearchLineEdit"));
        search->setFocus();
        test::typeText(search, QStringLiteral("xsecs"));
        QTest::keyClick(search, Qt::Key_Return);
        QTest::mouseClick(find<QPushButton>(QStringLiteral("startIntakePushButton")), Qt::LeftButton);
        QTRY_COMPARE(m_window->currentPageId(), QStringLiteral("intake"));
        intake::IntakeSession& session = page->session();
        QCOMPARE(session.caseData().bundleCode, QStringLiteral("NEWBORN"));

        // 3. The applicant agrees to the shared-data look-ups: recorded on the case.
        auto* consent = find<QCheckBox>(QStringLiteral("consentCheckBox"));
        QVERIFY(consent);
        QTest::mouseClick(consent, Qt::LeftButton, {}, QPoint(8, consent->height() / 2));
        QTRY_VERIFY(session.caseData().consentSharedData);

        // 4. Both parents swipe their cards; the reader moves on to the father by itself.
        auto* steps = find<QTabWidget>(QStringLiteral("intakeStepsTabWidget"));
        QVERIFY(test::clickTab(steps, ui::IntakePage::FormStep));
        auto* roles = find<QComboBox>(QStringLiteral("cardRoleComboBox"));
        QVERIFY(roles && page->cardReader().isListening());
        chooseRole(roles, QStringLiteral("mother"));
        QVERIFY(swipe(page->cardReader().serverName(), QStringLiteral("card-mother.json")));
        QTRY_COMPARE(session.caseData().fieldValue(QStringLiteral("mother.idNumber")).toString(), kMother);
        QCOMPARE(roles->currentData().toString(), QStringLiteral("father"));
        QVERIFY(swipe(page->cardReader().serverName(), QStringLiteral("card-father.json")));
        QTRY_COMPARE(session.caseData().fieldValue(QStringLiteral("father.idNumber")).toString(), kFather);
        QVERIFY(find<QLabel>(QStringLiteral("cardStatusLabel"))->text().contains(QStringLiteral("110105")));

        // 5. The hospital's e-certificate (出生医学证明, a text PDF) on its material.
        const QDate born = QDate::currentDate().addDays(-8);
        const QString certificate = test::writeSamplePdf(m_env.path(QStringLiteral("birth-certificate.pdf")),
            QStringList {QStringLiteral("出生医学证明"), QStringLiteral("新生儿姓名：张小明"),
                QStringLiteral("性别：男"),
                QStringLiteral("出生时间：%1年%2月%3日").arg(born.year()).arg(born.month()).arg(born.day()),
                QStringLiteral("出生孕周：39"), QStringLiteral("出生体重：3350克"),
                QStringLiteral("出生地点：北京市朝阳区"), QStringLiteral("母亲姓名：李娜"),
                QStringLiteral("父亲姓名：张伟")}
                .join(u'\n'));
        QVERIFY(test::clickTab(steps, ui::IntakePage::MaterialsStep));
        auto* table = find<QTableView>(QStringLiteral("materialsTableView"));
        QVERIFY(test::clickRow(
            table, page->materials()->model()->rowOf(QStringLiteral("birthCertificate.child"))));
        ui::Dialogs::setNextFileNames({certificate});
        QTest::mouseClick(find<QPushButton>(QStringLiteral("attachFilePushButton")), Qt::LeftButton);

        // 6. Every source answers: the marriage is verified on the server instead of on paper.
        QTRY_COMPARE_WITH_TIMEOUT(
            session.caseData().materials.value(QStringLiteral("marriageCert.parents")).state,
            intake::MaterialState::Verified, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(!engine.isBusy(), 60000);
        QVERIFY(engine.conflicts().isEmpty());
        QVERIFY(test::clickTab(steps, ui::IntakePage::FormStep));
        test::saveScreenshot(m_window, QStringLiteral("prefill-1-form"), m_fontScale);

        ui::FormView* form = page->form();
        const QStringList fields = form->fieldOrder();
        QStringList typed;
        for (const QString& id : fields) {
            if (session.caseData().fields.value(id).isEmpty())
                typed << id;
        }
        QStringList paperless;
        for (const catalog::PlannedMaterial& pm : session.plan().materials) {
            const intake::MaterialState s = session.caseData().materials.value(pm.material->id).state;
            if (intake::isPaperless(s))
                paperless << pm.material->id + u'(' + intake::materialStateName(s) + u')';
        }
        const double ratio = double(typed.size()) / double(fields.size());
        qInfo().noquote() << QStringLiteral("fields to type by hand: %1 of %2 (%3%): %4")
                                 .arg(typed.size())
                                 .arg(fields.size())
                                 .arg(ratio * 100, 0, 'f', 1)
                                 .arg(typed.join(QStringLiteral(", ")));
        qInfo().noquote() << QStringLiteral("materials 免提交: %1").arg(paperless.join(QStringLiteral(", ")));
        for (const prefill::PrefillEngine::SourceStatus& st : engine.sourceStatuses())
            qInfo().noquote() << QStringLiteral("source %1: state %2, %3 filled %4")
                                     .arg(st.source)
                                     .arg(int(st.state))
                                     .arg(st.offered)
                                     .arg(st.message);
        QVERIFY2(ratio <= 0.20, qPrintable(typed.join(u' ')));
        for (const QString& m : {QStringLiteral("marriageCert.parents"), QStringLiteral("idCard.mother"),
                 QStringLiteral("idCard.father"), QStringLiteral("householdBook.household")})
            QVERIFY2(paperless.contains(m + QStringLiteral("(verified)")), qPrintable(m));

        // Provenance next to a prefilled field: an icon whose tooltip names the source.
        auto* badge = find<QLabel>(QStringLiteral("fieldSource_household_bookNumber"));
        QVERIFY(badge && badge->isVisible());
        QVERIFY(!badge->toolTip().isEmpty());

        // 7. The clerk types what is left; the midwifery institution comes from the completer of past values.
        for (const QString& id : std::as_const(typed)) {
            ui::FieldEditor* editor = form->editor(id);
            QVERIFY2(editor, qPrintable(id));
            if (id != QStringLiteral("child.midwiferyInstitution")) {
                test::fillField(editor);
                continue;
            }
            QLineEdit* line = editor->completionInput();
            QVERIFY(line && line->completer());
            line->setFocus();
            test::typeText(line, QStringLiteral("北京市朝"));
            QAbstractItemView* popup = line->completer()->popup();
            QTRY_VERIFY(popup->isVisible());
            QCOMPARE(popup->model()->index(0, 0).data().toString(), kHospital);
            test::saveScreenshot(m_window, QStringLiteral("prefill-2-completer"), m_fontScale);
            QTest::keyClick(popup, Qt::Key_Down);
            QTest::keyClick(popup, Qt::Key_Return);
            QTRY_COMPARE(session.caseData().fieldValue(id).toString(), kHospital);
        }
        for (const QString& id : fields)
            QVERIFY2(session.fieldProblem(id).isEmpty(), qPrintable(id + u' ' + session.fieldProblem(id)));

        // 8. The materials still to take in, then acceptance.
        QVERIFY(test::clickTab(steps, ui::IntakePage::MaterialsStep));
        auto* stateCombo = find<QComboBox>(QStringLiteral("materialStateComboBox"));
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            if (table->model()->index(row, 0).data(ui::ChecklistModel::SatisfiedRole).toBool())
                continue;
            QVERIFY(test::clickRow(table, row));
            test::chooseInCombo(stateCombo);
            QTRY_VERIFY(table->model()->index(row, 0).data(ui::ChecklistModel::SatisfiedRole).toBool());
        }
        QTRY_VERIFY2(session.canAccept(),
            session.problems().isEmpty() ? "" : qPrintable(session.problems().first().message));
        QSignalSpy documents(page, &ui::IntakePage::documentReady);
        QTest::mouseClick(find<QPushButton>(QStringLiteral("acceptPushButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(documents.count() >= 1, 20000);
        QCOMPARE(documents.last().at(0).toString(), QStringLiteral("receipt"));

        // 9. The receipt lists the facts verified and their sources, with the server's evidence references.
        const QString receipt = test::pdfTextWithoutSpaces(documents.last().at(1).toString());
        QVERIFY2(receipt.contains(QStringLiteral("已核验信息及来源")), qPrintable(receipt.left(300)));
        QVERIFY(
            receipt.contains(session.catalog().material(QStringLiteral("marriageCert.parents"))->name.zh));
        const intake::MaterialStatus marriage
            = session.caseData().materials.value(QStringLiteral("marriageCert.parents"));
        QVERIFY(!marriage.evidence.isEmpty());
        QVERIFY2(
            receipt.contains(QString(marriage.evidence).remove(QRegularExpression(QStringLiteral("\\s")))),
            qPrintable(marriage.evidence));
        QVERIFY(receipt.contains(QStringLiteral("110105-H000101"))
            || receipt.contains(session.catalog().field(QStringLiteral("household.bookNumber"))->label.zh));
        QVERIFY(!receipt.contains(kMother));
        test::saveScreenshot(m_window, QStringLiteral("prefill-3-receipt"), m_fontScale);

        // 10. Handed off: the earlier case and this one reach the server (the father is the applicant).
        const QString uuid = session.caseData().uuid;
        QTRY_COMPARE_WITH_TIMEOUT(
            m_app->services().cases()->load(uuid)->syncState, intake::SyncState::Delivered, 30000);
        QCOMPARE(m_app->services().cases()->load(uuid)->applicantIdNumber(), kFather);
    }
};

QTEST_MAIN(TestPrefillFlow)
#include "tst_prefill_flow.moc"
