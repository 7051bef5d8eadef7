#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace ow::ui {

// Staff sign-in to the central server. The password is handed to the sync service and kept in memory only.
class SignInDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit SignInDialog(const QString& server, const QString& username, QWidget* parent = nullptr);
    QString username() const;
    QString password() const;

private:
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
};

} // namespace ow::ui
