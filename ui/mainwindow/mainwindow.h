#pragma once

#include "app/common/settings.h"
#include "app/common/workbenchstatus.h"

#include <QMainWindow>

#include <functional>

class QComboBox;
class QLabel;
class QListView;
class QStackedWidget;
class QStandardItemModel;
class QActionGroup;
class QMenu;

namespace ow::ui {

enum class Role { Clerk, Supervisor };

// The one window (一窗): a role switch, a navigation list of the pages the role uses, the pages, and a status
// bar with connection, hand-off queue, signed-in staff member and the font scale.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    struct Page
    {
        QString id;
        std::function<QString()> title; // re-evaluated on language change
        QWidget* widget = nullptr;
        QList<Role> roles;
    };

    MainWindow(WorkbenchStatus& status, const AppSettings& settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    void addPage(const Page& page);
    bool showPage(const QString& id);
    QString currentPageId() const;
    Role role() const { return m_role; }
    void setRole(Role role);

Q_SIGNALS:
    void languageRequested(const QString& lang);
    void appearanceRequested(int fontScale, bool highContrast);
    void signInRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildMenus();
    void buildStatusBar();
    void retranslate();
    void refreshNavigation();
    void refreshStatus();
    // The server's role id (clerk, supervisor, backoffice, admin) as the clerk reads it.
    static QString staffRoleTitle(const QString& role);
    void fitNavigationWidth();

    WorkbenchStatus& m_status;
    const AppSettings& m_settings;
    Role m_role = Role::Clerk;
    QList<Page> m_pages;
    QComboBox* m_roleCombo = nullptr;
    QLabel* m_roleLabel = nullptr;
    QListView* m_nav = nullptr;
    QStandardItemModel* m_navModel = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_connectionLabel = nullptr;
    QLabel* m_queueLabel = nullptr;
    QLabel* m_staffLabel = nullptr;
    QLabel* m_catalogLabel = nullptr;
    QLabel* m_fontScaleLabel = nullptr;
    QComboBox* m_fontScaleCombo = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_fontMenu = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_signInAction = nullptr;
    QAction* m_contrastAction = nullptr;
    QAction* m_zhAction = nullptr;
    QAction* m_enAction = nullptr;
    QActionGroup* m_fontGroup = nullptr;
};

} // namespace ow::ui
