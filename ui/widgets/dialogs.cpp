#include "ui/widgets/dialogs.h"

#include <QFileDialog>
#include <optional>

namespace ow::ui {
namespace {
std::optional<QMessageBox::StandardButton> g_nextAnswer;
std::optional<QStringList> g_nextFiles;
QString g_lastMessage;
} // namespace

QMessageBox::StandardButton Dialogs::question(QWidget* parent, const QString& title, const QString& text,
    QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton)
{
    g_lastMessage = text;
    if (g_nextAnswer) {
        const auto a = *g_nextAnswer;
        g_nextAnswer.reset();
        return a;
    }
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

void Dialogs::warning(QWidget* parent, const QString& title, const QString& text)
{
    g_lastMessage = text;
    if (g_nextAnswer) {
        g_nextAnswer.reset();
        return;
    }
    QMessageBox::warning(parent, title, text);
}

void Dialogs::information(QWidget* parent, const QString& title, const QString& text)
{
    g_lastMessage = text;
    if (g_nextAnswer) {
        g_nextAnswer.reset();
        return;
    }
    QMessageBox::information(parent, title, text);
}

QStringList Dialogs::openFileNames(QWidget* parent, const QString& title, const QString& filter)
{
    if (g_nextFiles) {
        const QStringList f = *g_nextFiles;
        g_nextFiles.reset();
        return f;
    }
    return QFileDialog::getOpenFileNames(parent, title, QString(), filter);
}

QString Dialogs::saveFileName(
    QWidget* parent, const QString& title, const QString& suggested, const QString& filter)
{
    if (g_nextFiles) {
        const QStringList f = *g_nextFiles;
        g_nextFiles.reset();
        return f.value(0);
    }
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

void Dialogs::setNextAnswer(QMessageBox::StandardButton answer)
{
    g_nextAnswer = answer;
}
void Dialogs::setNextFileNames(const QStringList& files)
{
    g_nextFiles = files;
}
QString Dialogs::lastMessage()
{
    return g_lastMessage;
}

} // namespace ow::ui
