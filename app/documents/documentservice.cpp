#include "app/documents/documentservice.h"

#include "app/catalog/catalogrepository.h"
#include "app/common/logging.h"
#include "app/common/translations.h"
#include "app/documents/correctionnotice.h"
#include "app/documents/notification.h"
#include "app/documents/receipt.h"
#include "app/intake/acceptedplan.h"
#include "app/intake/caserepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QtConcurrent>

namespace ow::documents {
namespace {

DocumentOptions optionsNow()
{
    DocumentOptions o;
    o.lang = i18n::currentLanguage() == QStringLiteral("en") ? QStringLiteral("en") : QStringLiteral("zh");
    return o;
}

// Runs `make` on a worker thread and saves what it made.
QFuture<GeneratedDocument> produce(
    DocumentKind kind, QString dir, QString stem, std::function<Result<QByteArray>()> make)
{
    return QtConcurrent::run([kind, dir, stem, make = std::move(make)]() -> GeneratedDocument {
        GeneratedDocument out;
        out.kind = kind;
        auto pdf = make();
        if (!pdf) {
            out.error = pdf.error().message;
            return out;
        }
        out.pdf = *pdf;
        const QString path = QDir(dir).filePath(QStringLiteral("%1-%2.pdf").arg(stem, kindName(kind)));
        if (!QDir().mkpath(dir)) {
            out.error = QCoreApplication::translate("ow::documents", "Cannot create the folder %1.").arg(dir);
            return out;
        }
        auto saved = saveDocument(out.pdf, path);
        if (!saved) {
            qCWarning(lcDocuments) << "the copy of the document could not be saved:" << saved.error().message;
            out.error = saved.error().message;
            return out;
        }
        out.path = saved->file;
        return out;
    });
}

} // namespace

QString kindName(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Notification:
        return QStringLiteral("notification");
    case DocumentKind::Receipt:
        return QStringLiteral("receipt");
    case DocumentKind::CorrectionNotice:
        return QStringLiteral("correction");
    }
    return {};
}

DocumentService::DocumentService(QString documentsDir, std::shared_ptr<store::LocalStore> store)
    : m_dir(std::move(documentsDir))
    , m_store(std::move(store))
{ }

QString DocumentService::fileStem(const intake::CaseData& c)
{
    return c.caseNumber.isEmpty() ? c.uuid.left(8) : c.caseNumber;
}

QFuture<GeneratedDocument> DocumentService::notification(std::shared_ptr<const catalog::Catalog> catalog,
    catalog::Plan plan, QJsonObject answers, QString fileStem)
{
    const DocumentOptions options = optionsNow();
    return produce(DocumentKind::Notification, m_dir, fileStem, [catalog, plan, answers, options] {
        catalog::PlanInput input;
        input.answers = answers;
        return notificationPdf(*catalog, plan, input, options);
    });
}

QFuture<GeneratedDocument> DocumentService::receipt(
    std::shared_ptr<const catalog::Catalog> catalog, catalog::Plan plan, intake::CaseData c)
{
    const DocumentOptions options = optionsNow();
    return produce(DocumentKind::Receipt, m_dir, fileStem(c),
        [catalog, plan, c, options] { return receiptPdf(*catalog, plan, c, options); });
}

QFuture<GeneratedDocument> DocumentService::correctionNotice(std::shared_ptr<const catalog::Catalog> catalog,
    catalog::Plan plan, intake::CaseData c, QList<intake::Problem> problems)
{
    const DocumentOptions options = optionsNow();
    return produce(DocumentKind::CorrectionNotice, m_dir, fileStem(c), [catalog, plan, c, problems, options] {
        return correctionNoticePdf(*catalog, plan, c, problems, options);
    });
}

QFuture<GeneratedDocument> DocumentService::reprintReceipt(
    const QString& caseUuid, std::shared_ptr<const catalog::Catalog> current)
{
    auto loaded = intake::CaseRepository(m_store).load(caseUuid);
    if (!loaded) {
        GeneratedDocument failed;
        failed.kind = DocumentKind::Receipt;
        failed.error = loaded.error().message;
        return QtFuture::makeReadyFuture(failed);
    }
    const DocumentOptions options = optionsNow();
    const intake::CaseData c = *loaded;
    return produce(DocumentKind::Receipt, m_dir, fileStem(c),
        [store = m_store, current, c, options]() -> Result<QByteArray> {
            // A case renders under the catalog it was taken with, even after the catalog was updated.
            std::shared_ptr<const catalog::Catalog> catalog = current;
            if (c.catalogHash != current->contentHash()) {
                auto old = catalog::CatalogRepository(store).load(c.catalogVersion, c.catalogHash);
                if (!old)
                    return old.error();
                catalog = std::make_shared<const catalog::Catalog>(std::move(*old));
            }
            auto plan = intake::planAsAccepted(*catalog, c);
            if (!plan)
                return plan.error();
            return receiptPdf(*catalog, *plan, c, options);
        });
}

} // namespace ow::documents
