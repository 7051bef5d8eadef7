#include "ui/app/pages.h"

#include "ui/mainwindow/homepage.h"
#include "ui/mainwindow/mainwindow.h"

#include <QCoreApplication>

namespace ow::ui {

void registerPages(MainWindow& window, Workbench& workbench)
{
    auto* home = new HomePage(workbench, &window);
    window.addPage(
        {QStringLiteral("home"), [] { return QCoreApplication::translate("ow::ui::Pages", "Today"); }, home,
            {Role::Clerk, Role::Supervisor}});
    QObject::connect(home, &HomePage::pageRequested, &window, &MainWindow::showPage);
}

} // namespace ow::ui
