#pragma once

#include <QMessageBox>
#include <QString>
#include <QStringList>

namespace ow::ui {

// Every question, warning and file dialog goes through these, so GUI tests can answer them without blocking.
class Dialogs
{
public:
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
        QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
        QMessageBox::StandardButton defaultButton = QMessageBox::Yes);
    static void warning(QWidget* parent, const QString& title, const QString& text);
    static void information(QWidget* parent, const QString& title, const QString& text);
    static QStringList openFileNames(QWidget* parent, const QString& title, const QString& filter);
    static QString saveFileName(
        QWidget* parent, const QString& title, const QString& suggested, const QString& filter);

    // Test seams: the next dialog returns this at once instead of opening.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    static void setNextFileNames(const QStringList& files);
    // The text of the last message shown (also when answered by a seam).
    static QString lastMessage();
};

} // namespace ow::ui
