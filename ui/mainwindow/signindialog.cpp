#include "ui/mainwindow/signindialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace ow::ui {

SignInDialog::SignInDialog(const QString& server, const QString& username, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in to the central server"));
    auto* form = new QFormLayout(this);
    auto* where = new QLabel(server.isEmpty() ? tr("No server is configured; cases stay at this counter.")
                                              : tr("Server: %1").arg(server),
        this);
    where->setWordWrap(true);
    form->addRow(where);
    m_user = new QLineEdit(username, this);
    m_user->setObjectName(QStringLiteral("signInUserLineEdit"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("signInPasswordLineEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Staff account:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!server.isEmpty());
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    (username.isEmpty() ? m_user : m_password)->setFocus();
}

QString SignInDialog::username() const
{
    return m_user->text().trimmed();
}
QString SignInDialog::password() const
{
    return m_password->text();
}

} // namespace ow::ui
