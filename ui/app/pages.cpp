#include "ui/app/pages.h"

#include "ui/cases/casespage.h"
#include "ui/catalog/catalogpage.h"
#include "ui/intake/intakepage.h"
#include "ui/mainwindow/homepage.h"
#include "ui/mainwindow/mainwindow.h"

#include <QCoreApplication>

namespace ow::ui {
namespace {
QString pageTitle(const char* s)
{
    return QCoreApplication::translate("ow::ui::Pages", s);
}
} // namespace

Pages registerPages(MainWindow& window, services::Services& services)
{
    auto* home = new HomePage(services, &window);
    auto* catalog = new CatalogPage(services, &window);
    auto* intake = new IntakePage(services, &window);
    auto* cases = new CasesPage(services, &window);
    window.addPage(
        {QStringLiteral("home"), [] { return pageTitle(QT_TRANSLATE_NOOP("ow::ui::Pages", "Today")); }, home,
            {Role::Clerk, Role::Supervisor}});
    window.addPage(
        {QStringLiteral("catalog"), [] { return pageTitle(QT_TRANSLATE_NOOP("ow::ui::Pages", "Catalog")); },
            catalog, {Role::Clerk, Role::Supervisor}});
    window.addPage({QStringLiteral("intake"),
        [] { return pageTitle(QT_TRANSLATE_NOOP("ow::ui::Pages", "Intake")); }, intake, {Role::Clerk}});
    window.addPage(
        {QStringLiteral("cases"), [] { return pageTitle(QT_TRANSLATE_NOOP("ow::ui::Pages", "Cases")); },
            cases, {Role::Clerk, Role::Supervisor}});

    QObject::connect(home, &HomePage::pageRequested, &window, &MainWindow::showPage);
    QObject::connect(home, &HomePage::casesRequested, &window,
        [&window, cases](intake::CaseFilter filter, bool todayOnly) {
            cases->showCases(filter, todayOnly);
            window.showPage(QStringLiteral("cases"));
        });
    QObject::connect(
        catalog, &CatalogPage::startIntakeRequested, &window, [&window, intake](const QString& code) {
            if (intake->startIntake(code))
                window.showPage(QStringLiteral("intake"));
        });
    QObject::connect(cases, &CasesPage::resumeRequested, &window, [&window, intake](const QString& uuid) {
        if (intake->resumeDraft(uuid))
            window.showPage(QStringLiteral("intake"));
    });
    QObject::connect(intake, &IntakePage::closed, cases, &CasesPage::reload);
    return {home, catalog, intake, cases};
}

} // namespace ow::ui
