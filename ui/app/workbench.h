#pragma once

#include "app/common/settings.h"
#include "app/common/workbenchstatus.h"
#include "app/store/localstore.h"

#include <memory>

namespace ow::ui {

// The services one running workbench uses, created once in main() (or by a test) and handed to the windows.
struct Workbench
{
    AppSettings* settings = nullptr;
    std::shared_ptr<store::LocalStore> store;
    WorkbenchStatus* status = nullptr;
};

} // namespace ow::ui
