#pragma once

#include "ui/app/workbench.h"

namespace ow::ui {

class MainWindow;

// Creates the workbench's pages (catalog, intake, cases, …) and adds them to the window for their roles.
void registerPages(MainWindow& window, Workbench& workbench);

} // namespace ow::ui
