#pragma once

#include "app/catalog/catalog.h"
#include "app/common/settings.h"
#include "app/common/workbenchstatus.h"
#include "app/intake/attachmentstore.h"
#include "app/intake/caserepository.h"
#include "app/store/localstore.h"

#include <functional>
#include <memory>

namespace ow::ui {

// A ranked catalog search: query -> bundle codes, best first.
using BundleSearch = std::function<QStringList(const QString& query)>;

// The services one running workbench uses, created once by Application (or by a test) and handed to the
// pages.
struct Workbench
{
    AppSettings* settings = nullptr;
    std::shared_ptr<store::LocalStore> store;
    WorkbenchStatus* status = nullptr;
    std::shared_ptr<const catalog::Catalog> catalog;
    std::shared_ptr<intake::CaseRepository> cases;
    std::shared_ptr<intake::AttachmentStore> attachments;
    BundleSearch searchBundles;
};

} // namespace ow::ui
