#pragma once

#include "app/catalog/plan.h"
#include "app/intake/casedata.h"
#include "app/intake/intakesession.h"
#include "app/store/localstore.h"

#include <QFuture>

#include <memory>

namespace ow::intake {
class CaseRepository;
}

namespace ow::documents {

enum class DocumentKind { Notification, Receipt, CorrectionNotice };
// "notification", "receipt", "correction" (file names, signals).
QString kindName(DocumentKind kind);

// One document made for the applicant.
struct GeneratedDocument
{
    DocumentKind kind = DocumentKind::Notification;
    QByteArray pdf; // empty when it could not be made
    QString path; // where the copy was saved ("" when it was not)
    QString error; // for the clerk, when pdf is empty or the copy could not be saved

    bool ok() const { return !pdf.isEmpty(); }
};

// Makes the applicant's documents off the GUI thread and keeps a copy of each in the workstation's documents
// folder as "<case number or uuid>-<kind>.pdf" (saveDocument: written atomically, read back). Documents are
// in the UI language at the time of the request. Every call returns a future to watch (QFutureWatcher);
// nothing here touches a widget.
class DocumentService
{
public:
    DocumentService(QString documentsDir, std::shared_ptr<store::LocalStore> store);

    QString documentsDir() const { return m_dir; }

    QFuture<GeneratedDocument> notification(std::shared_ptr<const catalog::Catalog> catalog,
        catalog::Plan plan, QJsonObject answers, QString fileStem);
    QFuture<GeneratedDocument> receipt(
        std::shared_ptr<const catalog::Catalog> catalog, catalog::Plan plan, intake::CaseData c);
    QFuture<GeneratedDocument> correctionNotice(std::shared_ptr<const catalog::Catalog> catalog,
        catalog::Plan plan, intake::CaseData c, QList<intake::Problem> problems);
    // The receipt of an accepted case once more: under the catalog the case was taken with (the current one,
    // or the stored version it names) and the plan it was accepted under (intake::planAsAccepted).
    QFuture<GeneratedDocument> reprintReceipt(
        const QString& caseUuid, std::shared_ptr<const catalog::Catalog> current);

    // The stem of a case's files: its number, or the start of its uuid before acceptance.
    static QString fileStem(const intake::CaseData& c);

private:
    QString m_dir;
    std::shared_ptr<store::LocalStore> m_store;
};

} // namespace ow::documents
