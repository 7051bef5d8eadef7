#pragma once

#include "app/services/services.h"

#include "app/documents/documentservice.h"

#include <QFutureWatcher>
#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;

namespace ow::intake {
class IntakeSession;
}
namespace ow::prefill {
class PrefillEngine;
class SimulatedCardReader;
} // namespace ow::prefill

namespace ow::ui {

class FormView;
class GuidancePanel;
class HeadingLabel;
class MaterialsPanel;
class PdfPreview;
class PrefillPanel;
class SummaryPanel;

// The intake workspace: situation → one form → one set of materials → acceptance, with the case summary
// beside the steps and the documents (notification slip, receipt, correction notice) previewed in place.
// A view over one intake (session and prefill engine) that the services object made for it.
class IntakePage final : public QWidget
{
    Q_OBJECT
public:
    enum Step { GuidanceStep, FormStep, MaterialsStep, AcceptanceStep };

    explicit IntakePage(services::Services& services, QWidget* parent = nullptr);
    ~IntakePage() override;

    intake::IntakeSession& session() const;
    FormView* form() const { return m_form; }
    MaterialsPanel* materials() const { return m_materials; }
    PdfPreview* documentPreview() const { return m_docPreview; }
    prefill::PrefillEngine& prefill() const;
    prefill::SimulatedCardReader& cardReader() const;
    PrefillPanel* prefillPanel() const { return m_prefillPanel; }
    void showStep(Step step);

    bool startIntake(const QString& bundleCode);
    bool resumeDraft(const QString& uuid);
    // The last generated document (PDF bytes) and the file it was saved to.
    QByteArray lastDocument() const { return m_lastDocument; }
    QString lastDocumentPath() const { return m_lastDocumentPath; }

public Q_SLOTS:
    void showNotification();
    void showCorrectionNotice();
    void showReceipt();
    void acceptCase();
    void closeIntake();

Q_SIGNALS:
    void caseAccepted(const QString& uuid, const QString& caseNumber);
    void documentReady(const QString& kind, const QString& path);
    void closed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void refreshHeader();
    // The completer of past values follows the catalog of the session (replaced after a catalog update).
    void followSessionCatalog();
    void refreshButtons();
    void generate(QFuture<documents::GeneratedDocument> document);
    void documentFinished();

    services::Services& m_services;
    std::shared_ptr<const catalog::Catalog> m_autocompleteCatalog;
    std::unique_ptr<services::IntakeContext> m_intake;
    intake::IntakeSession* m_session = nullptr;
    PrefillPanel* m_prefillPanel = nullptr;
    HeadingLabel* m_title = nullptr;
    QLabel* m_status = nullptr;
    QTabWidget* m_steps = nullptr;
    GuidancePanel* m_guidance = nullptr;
    FormView* m_form = nullptr;
    MaterialsPanel* m_materials = nullptr;
    QWidget* m_acceptance = nullptr;
    QLabel* m_acceptanceText = nullptr;
    QLabel* m_caseNumber = nullptr;
    PdfPreview* m_docPreview = nullptr;
    SummaryPanel* m_summary = nullptr;
    QPushButton* m_notification = nullptr;
    QPushButton* m_correction = nullptr;
    QPushButton* m_accept = nullptr;
    QPushButton* m_receipt = nullptr;
    QPushButton* m_close = nullptr;
    QLabel* m_docMessage = nullptr;
    QFutureWatcher<documents::GeneratedDocument> m_docWatcher;
    QByteArray m_lastDocument;
    QString m_lastDocumentPath;
    QString m_lastSaved;
};

} // namespace ow::ui
