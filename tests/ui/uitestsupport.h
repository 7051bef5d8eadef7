#pragma once

#include "app/common/settings.h"

#include <QDate>
#include <QSize>
#include <QString>
#include <QWidget>

#include <memory>

class QComboBox;
class QTabWidget;
class QTableView;

namespace ow::ui {
class Application;
class FieldEditor;
} // namespace ow::ui

namespace ow::test {

// A valid resident ID number (GB 11643 check character computed) for a region, birth date and sequence.
QString makeIdNumber(const QString& region, const QDate& birth, int sequence);

// Saves a screenshot of a window when OW_SCREENSHOT_DIR is set (scripts/screenshots sets it), named
// "<name>-<fontScale>.png". Returns the path or "".
QString saveScreenshot(QWidget* window, const QString& name, int fontScale);

// Types text into a widget like a clerk: ASCII through key clicks, Chinese through the input method's commit
// (QInputMethodEvent), the way a pinyin IME delivers it. (QTest::keyClicks only handles Latin-1.)
void typeText(QWidget* widget, const QString& text);

// Writes a small real one-page text PDF (QPdfWriter) for attaching.
QString writeSamplePdf(const QString& path, const QString& text);

// A child widget by object name; warns (for the test log) when there is none.
template<typename T> T* findNamed(const QWidget* root, const QString& name)
{
    T* w = root->findChild<T*>(name);
    if (!w)
        qWarning("widget not found: %s", qPrintable(name));
    return w;
}

// Clicks a tab of a tab widget (or a row of a table) with the mouse; true once it is current.
bool clickTab(QTabWidget* tabs, int index);
bool clickRow(QTableView* table, int row);

// The text layer of a PDF file without white space (table cells wrap long names over lines).
QString pdfTextWithoutSpaces(const QString& path);

// Moves a combo box `steps` entries down with the keyboard.
void chooseInCombo(QComboBox* combo, int steps = 1);

// Types (or chooses) a valid value for one field through its editor, the way a clerk would.
void fillField(ui::FieldEditor* editor);

// The font scale a GUI test runs and takes its screenshots at: OW_FONT_SCALE, 100 when unset or not offered.
int fontScaleFromEnvironment();
// Starts a workbench the way main() does and shows its main window at `size`. Empty, or why it did not start.
QString startWorkbench(std::unique_ptr<ui::Application>& app, AppSettings settings, const QSize& size);

// Signs in through File ▸ Sign in… of the window, typing into the real dialog. False if no dialog came up.
bool signInThroughDialog(QWidget* window, const QString& user, const QString& password);

} // namespace ow::test
