#include "ui/documents/casedocuments.h"

#include "app/common/translations.h"
#include "app/documents/correctionnotice.h"
#include "app/documents/notification.h"
#include "app/documents/receipt.h"

namespace ow::ui::docs {
namespace {
documents::DocumentOptions options()
{
    documents::DocumentOptions o;
    o.lang = i18n::currentLanguage() == QStringLiteral("en") ? QStringLiteral("en") : QStringLiteral("zh");
    return o;
}
} // namespace

Result<QByteArray> notification(
    const catalog::Catalog& catalog, const catalog::Plan& plan, const QJsonObject& answers)
{
    catalog::PlanInput input;
    input.answers = answers;
    return documents::notificationPdf(catalog, plan, input, options());
}

Result<QByteArray> receipt(
    const catalog::Catalog& catalog, const catalog::Plan& plan, const intake::CaseData& c)
{
    return documents::receiptPdf(catalog, plan, c, options());
}

Result<QByteArray> correctionNotice(const catalog::Catalog& catalog, const catalog::Plan& plan,
    const intake::CaseData& c, const QList<intake::Problem>& problems)
{
    return documents::correctionNoticePdf(catalog, plan, c, problems, options());
}

} // namespace ow::ui::docs
