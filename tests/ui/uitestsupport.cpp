#include "tests/ui/uitestsupport.h"

#include "app/documents/documents.h"
#include "ui/app/application.h"
#include "ui/intake/fieldeditor.h"
#include "ui/mainwindow/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QPainter>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

namespace ow::test {

QString makeIdNumber(const QString& region, const QDate& birth, int sequence)
{
    const QString body = region + birth.toString(QStringLiteral("yyyyMMdd"))
        + QStringLiteral("%1").arg(sequence, 3, 10, QChar(u'0'));
    static const int weights[] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += body.at(i).digitValue() * weights[i];
    return body + QStringLiteral("10X98765432").at(sum % 11);
}

void typeText(QWidget* widget, const QString& text)
{
    for (QChar c : text) {
        if (c.unicode() < 128) {
            QTest::keyClick(widget, char(c.unicode()));
        } else {
            QInputMethodEvent commit;
            commit.setCommitString(QString(c));
            QCoreApplication::sendEvent(widget, &commit);
        }
    }
}

QString saveScreenshot(QWidget* window, const QString& name, int fontScale)
{
    const QString dir = qEnvironmentVariable("OW_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return {};
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(QStringLiteral("%1-%2.png").arg(name).arg(fontScale));
    return window->grab().save(path) ? path : QString();
}

QString writeSamplePdf(const QString& path, const QString& text)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(150);
    QPainter p(&writer);
    QFont f = p.font();
    f.setPointSize(14);
    p.setFont(f);
    p.drawText(QRect(100, 100, 1000, 400), Qt::TextWordWrap, text);
    p.end();
    return path;
}

bool clickTab(QTabWidget* tabs, int index)
{
    QTabBar* bar = tabs->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(index).center());
    return QTest::qWaitFor([&] { return tabs->currentIndex() == index; });
}

bool clickRow(QTableView* table, int row)
{
    const QModelIndex index = table->model()->index(row, 0);
    table->scrollTo(index);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
    return QTest::qWaitFor([&] { return table->currentIndex().row() == row; });
}

QString pdfTextWithoutSpaces(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    auto text = documents::pdfText(f.readAll());
    return text ? QString(*text).remove(QRegularExpression(QStringLiteral("\\s"))) : QString();
}

void chooseInCombo(QComboBox* combo, int steps)
{
    combo->setFocus();
    for (int i = 0; i < steps; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
}

void fillField(ui::FieldEditor* editor)
{
    const catalog::FieldDef& def = editor->definition();
    const QString id = def.id;
    QWidget* input = editor->focusWidget();
    const QDate today = QDate::currentDate();
    auto enter = [&](const QString& text) {
        auto* line = qobject_cast<QLineEdit*>(input);
        if (line) {
            line->setFocus();
            line->selectAll();
            ow::test::typeText(line, text);
            QTest::keyClick(line, Qt::Key_Return);
        } else if (auto* plain = qobject_cast<QPlainTextEdit*>(input)) {
            plain->setFocus();
            ow::test::typeText(plain, text);
        }
    };
    using catalog::FieldType;
    switch (def.type) {
    case FieldType::IdNumber: {
        int seq = 100 + int(qHash(id) % 400);
        QDate birth = id.startsWith(QStringLiteral("child")) ? today.addDays(-20) : QDate(1990, 3, 14);
        if (id.startsWith(QStringLiteral("mother")))
            seq = seq / 2 * 2; // even: female
        else if (id.startsWith(QStringLiteral("father")))
            seq = seq / 2 * 2 + 1;
        enter(test::makeIdNumber(QStringLiteral("110105"), birth, seq));
        break;
    }
    case FieldType::CreditCode:
        enter(QStringLiteral("91310110666007217T"));
        break;
    case FieldType::Mobile:
        enter(QStringLiteral("13800138000"));
        break;
    case FieldType::Phone:
        enter(QStringLiteral("010-65001234"));
        break;
    case FieldType::Email:
        enter(QStringLiteral("zhang@example.cn"));
        break;
    case FieldType::Date:
        enter((id == QStringLiteral("child.birthDate") ? today.addDays(-20) : QDate(2020, 5, 1))
                  .toString(Qt::ISODate));
        break;
    case FieldType::DateTime:
        enter(today.addDays(-20).toString(Qt::ISODate) + QStringLiteral("T08:30:00"));
        break;
    case FieldType::Integer:
        enter(QStringLiteral("3200"));
        break;
    case FieldType::Decimal:
        enter(QStringLiteral("39.5"));
        break;
    case FieldType::Money:
        enter(QStringLiteral("1200.50"));
        break;
    case FieldType::BankAccount:
        enter(QStringLiteral("6222020200112233445"));
        break;
    case FieldType::Enum:
    case FieldType::Boolean:
        chooseInCombo(qobject_cast<QComboBox*>(input));
        break;
    case FieldType::Address:
    case FieldType::Division: {
        const QString base = ui::FieldEditor::editorObjectName(id);
        for (const QString& part :
            {QStringLiteral("_province"), QStringLiteral("_city"), QStringLiteral("_county")})
            chooseInCombo(editor->findChild<QComboBox*>(base + part));
        if (auto* detail = editor->findChild<QLineEdit*>(base + QStringLiteral("_detail"))) {
            detail->setFocus();
            ow::test::typeText(detail, QStringLiteral("幸福路8号"));
        }
        break;
    }
    case FieldType::Text:
    case FieldType::LongText: {
        QString text
            = id.endsWith(QStringLiteral("ame")) ? QStringLiteral("张小明") : QStringLiteral("测试内容");
        if (def.maxLength > 0)
            text = text.left(def.maxLength);
        enter(text);
        break;
    }
    }
}

int fontScaleFromEnvironment()
{
    const int scale = qEnvironmentVariableIntValue("OW_FONT_SCALE");
    return AppSettings::isValidFontScale(scale) ? scale : 100;
}

QString startWorkbench(std::unique_ptr<ui::Application>& app, AppSettings settings, const QSize& size)
{
    app = std::make_unique<ui::Application>(*qApp, std::move(settings));
    if (auto started = app->start(); !started)
        return started.error().message;
    QWidget* window = app->mainWindow();
    window->resize(size);
    window->show();
    return QTest::qWaitForWindowExposed(window) ? QString() : QStringLiteral("the window was not exposed");
}

bool signInThroughDialog(QWidget* window, const QString& user, const QString& password)
{
    auto* action = findNamed<QAction>(window, QStringLiteral("signInAction"));
    if (!action)
        return false;
    bool typed = false;
    QTimer poll;
    poll.setInterval(50);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (!dialog || typed)
            return;
        auto* userEdit = dialog->findChild<QLineEdit*>(QStringLiteral("signInUserLineEdit"));
        auto* passwordEdit = dialog->findChild<QLineEdit*>(QStringLiteral("signInPasswordLineEdit"));
        if (!userEdit || !passwordEdit)
            return;
        typed = true;
        userEdit->clear();
        QTest::keyClicks(userEdit, user);
        QTest::keyClicks(passwordEdit, password);
        QTest::keyClick(passwordEdit, Qt::Key_Return);
    });
    poll.start();
    action->trigger(); // the dialog's own event loop runs the poll
    poll.stop();
    return typed;
}

} // namespace ow::test
