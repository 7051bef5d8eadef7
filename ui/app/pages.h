#pragma once

#include "app/services/services.h"

namespace ow::ui {

class CasesPage;
class CatalogPage;
class HomePage;
class IntakePage;
class MainWindow;

// The workbench's pages, each a view over the services object.
struct Pages
{
    HomePage* home = nullptr;
    CatalogPage* catalog = nullptr;
    IntakePage* intake = nullptr;
    CasesPage* cases = nullptr;
};

// Creates the pages, adds them to the window for their roles and connects them to one another. A new page
// (queue bar, applicant screen, supervisor review) is one more line here: construct it with the services
// object, addPage() it for its roles, and connect the page-to-page signals it has.
Pages registerPages(MainWindow& window, services::Services& services);

} // namespace ow::ui
