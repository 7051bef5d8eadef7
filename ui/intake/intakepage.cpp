#include "ui/intake/intakepage.h"

#include "app/common/logging.h"
#include "app/intake/intakesession.h"
#include "app/prefill/autocomplete.h"
#include "app/prefill/prefillengine.h"
#include "app/prefill/simulatedcardreader.h"
#include "ui/documents/pdfpreview.h"
#include "ui/intake/formview.h"
#include "ui/intake/guidancepanel.h"
#include "ui/intake/materialspanel.h"
#include "ui/intake/prefillpanel.h"
#include "ui/intake/summarypanel.h"
#include "ui/widgets/dialogs.h"
#include "ui/widgets/headinglabel.h"

#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTime>
#include <QVBoxLayout>

namespace ow::ui {

IntakePage::IntakePage(services::Services& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_intake(services.newIntake())
    , m_session(&m_intake->session())
{
    setObjectName(QStringLiteral("intakePage"));

    m_title = new HeadingLabel(QString(), 1.3, this);
    m_title->setObjectName(QStringLiteral("intakeTitleLabel"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("draftStatusLabel"));
    m_steps = new QTabWidget(this);
    m_steps->setObjectName(QStringLiteral("intakeStepsTabWidget"));
    m_guidance = new GuidancePanel(*m_session, this);
    auto* formStep = new QWidget(this);
    auto* formLayout = new QVBoxLayout(formStep);
    formLayout->setContentsMargins(0, 0, 0, 0);
    m_prefillPanel = new PrefillPanel(*m_session, m_intake->prefill(), m_services.cardReader(), formStep);
    m_form = new FormView(*m_session, m_intake->prefill(), formStep);
    followSessionCatalog();
    formLayout->addWidget(m_prefillPanel);
    formLayout->addWidget(m_form, 1);
    m_materials = new MaterialsPanel(*m_session, this);
    m_materials->watchScannerFolder(m_services.settings().scannerInboxDir());
    m_acceptance = new QWidget(this);
    auto* acceptLayout = new QVBoxLayout(m_acceptance);
    m_caseNumber = new HeadingLabel(QString(), 1.6, m_acceptance);
    m_caseNumber->setObjectName(QStringLiteral("caseNumberLabel"));
    m_caseNumber->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_acceptanceText = new QLabel(m_acceptance);
    m_acceptanceText->setWordWrap(true);
    m_docMessage = new QLabel(m_acceptance);
    m_docMessage->setObjectName(QStringLiteral("documentMessageLabel"));
    m_docMessage->setWordWrap(true);
    m_docPreview = new PdfPreview(m_acceptance);
    m_docPreview->setObjectName(QStringLiteral("documentPreview"));
    acceptLayout->addWidget(m_caseNumber);
    acceptLayout->addWidget(m_acceptanceText);
    acceptLayout->addWidget(m_docMessage);
    acceptLayout->addWidget(m_docPreview, 1);
    m_steps->addTab(m_guidance, QString());
    m_steps->addTab(formStep, QString());
    m_steps->addTab(m_materials, QString());
    m_steps->addTab(m_acceptance, QString());

    m_summary = new SummaryPanel(*m_session, this);
    // At large font scales the summary grows taller than the window: let it scroll instead of overlapping.
    auto* summaryScroll = new QScrollArea(this);
    summaryScroll->setObjectName(QStringLiteral("summaryScrollArea"));
    summaryScroll->setWidgetResizable(true);
    summaryScroll->setFrameShape(QFrame::NoFrame);
    summaryScroll->setWidget(m_summary);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_steps);
    splitter->addWidget(summaryScroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    m_notification = new QPushButton(this);
    m_notification->setObjectName(QStringLiteral("notificationPushButton"));
    m_correction = new QPushButton(this);
    m_correction->setObjectName(QStringLiteral("correctionPushButton"));
    m_receipt = new QPushButton(this);
    m_receipt->setObjectName(QStringLiteral("receiptPushButton"));
    m_accept = new QPushButton(this);
    m_accept->setObjectName(QStringLiteral("acceptPushButton"));
    m_close = new QPushButton(this);
    m_close->setObjectName(QStringLiteral("closeIntakePushButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_notification);
    buttons->addWidget(m_correction);
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    buttons->addWidget(m_receipt);
    buttons->addWidget(m_accept);

    auto* header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_status);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    connect(m_notification, &QPushButton::clicked, this, &IntakePage::showNotification);
    connect(m_correction, &QPushButton::clicked, this, &IntakePage::showCorrectionNotice);
    connect(m_receipt, &QPushButton::clicked, this, &IntakePage::showReceipt);
    connect(m_accept, &QPushButton::clicked, this, &IntakePage::acceptCase);
    connect(m_close, &QPushButton::clicked, this, &IntakePage::closeIntake);
    connect(m_summary, &SummaryPanel::fieldRequested, this, [this](const QString& id) {
        showStep(FormStep);
        m_form->focusField(id);
    });
    connect(m_summary, &SummaryPanel::materialRequested, this, [this](const QString& id) {
        showStep(MaterialsStep);
        m_materials->selectMaterial(id);
    });
    connect(m_session, &intake::IntakeSession::problemsChanged, this, &IntakePage::refreshButtons);
    connect(m_session, &intake::IntakeSession::started, this, [this] {
        followSessionCatalog();
        refreshHeader();
        refreshButtons();
    });
    connect(m_session, &intake::IntakeSession::draftSaved, this, [this] {
        m_lastSaved = QTime::currentTime().toString(QStringLiteral("HH:mm:ss"));
        refreshHeader();
    });
    connect(&m_docWatcher, &QFutureWatcher<documents::GeneratedDocument>::finished, this,
        &IntakePage::documentFinished);
    for (int i = 0; i < 4; ++i) {
        auto* sc = new QShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)), this);
        connect(sc, &QShortcut::activated, this, [this, i] { showStep(Step(i)); });
    }
    auto* acceptShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(acceptShortcut, &QShortcut::activated, this, &IntakePage::acceptCase);
    retranslate();
}

void IntakePage::followSessionCatalog()
{
    if (m_autocompleteCatalog == m_session->catalogPtr())
        return;
    m_autocompleteCatalog = m_session->catalogPtr();
    m_form->setAutocomplete(m_services.autocomplete(m_autocompleteCatalog));
}

IntakePage::~IntakePage()
{
    m_docWatcher.waitForFinished();
}

intake::IntakeSession& IntakePage::session() const
{
    return *m_session;
}

prefill::PrefillEngine& IntakePage::prefill() const
{
    return m_intake->prefill();
}

prefill::SimulatedCardReader& IntakePage::cardReader() const
{
    return m_services.cardReader();
}

void IntakePage::showStep(Step step)
{
    m_steps->setCurrentIndex(int(step));
}

bool IntakePage::startIntake(const QString& bundleCode)
{
    if (m_session->isActive() && m_session->caseData().state == intake::CaseState::Draft)
        m_session->flushDraft();
    auto r = m_session->start(bundleCode);
    if (!r) {
        Dialogs::warning(this, tr("Cannot start the intake"), r.error().message);
        return false;
    }
    m_lastSaved.clear();
    m_lastDocument.clear();
    m_docPreview->clear();
    m_docMessage->clear();
    showStep(GuidanceStep);
    refreshHeader();
    return true;
}

bool IntakePage::resumeDraft(const QString& uuid)
{
    auto r = m_session->resume(uuid);
    if (!r) {
        Dialogs::warning(this, tr("Cannot open the draft"), r.error().message);
        return false;
    }
    m_docPreview->clear();
    showStep(FormStep);
    refreshHeader();
    return true;
}

void IntakePage::refreshHeader()
{
    if (!m_session->isActive()) {
        m_title->setText(tr("No intake open — choose a bundle in the catalog"));
        m_status->clear();
        m_caseNumber->clear();
        m_acceptanceText->clear();
        return;
    }
    const intake::CaseData& c = m_session->caseData();
    const catalog::BundleDef* b = m_session->catalog().bundle(c.bundleCode);
    m_title->setText(b ? b->name.text() : c.bundleCode);
    if (c.state == intake::CaseState::Accepted) {
        m_status->setText(tr("Accepted"));
        m_caseNumber->setText(tr("Case number %1").arg(c.caseNumber));
        m_acceptanceText->setText(
            tr("Accepted %1. Promised completion by %2. The receipt is below; print it for the "
               "applicant.")
                .arg(QLocale().toString(c.acceptedAt, QLocale::ShortFormat),
                    QLocale().toString(c.promisedDate, QLocale::ShortFormat)));
    } else {
        m_status->setText(m_lastSaved.isEmpty() ? tr("Draft") : tr("Draft · saved %1").arg(m_lastSaved));
        m_caseNumber->clear();
        m_acceptanceText->setText(
            tr("When the summary says \"Ready to accept\", accept the case (Ctrl+Enter). Missing "
               "non-key materials can follow later (容缺) with a due date on the receipt."));
    }
}

void IntakePage::refreshButtons()
{
    const bool active = m_session->isActive();
    const bool accepted = active && m_session->caseData().state == intake::CaseState::Accepted;
    m_notification->setEnabled(active);
    m_correction->setEnabled(active && !accepted && !m_session->problems().isEmpty());
    m_accept->setEnabled(active && !accepted && m_session->canAccept());
    m_receipt->setEnabled(accepted);
    m_close->setEnabled(active);
}

void IntakePage::acceptCase()
{
    if (!m_session->isActive() || m_session->caseData().state != intake::CaseState::Draft)
        return;
    auto accepted = m_session->accept();
    if (!accepted) {
        Dialogs::warning(this, tr("Not accepted yet"), accepted.error().message);
        return;
    }
    refreshHeader();
    refreshButtons();
    showStep(AcceptanceStep);
    Q_EMIT caseAccepted(accepted->uuid, accepted->caseNumber);
    showReceipt();
}

void IntakePage::showNotification()
{
    if (!m_session->isActive())
        return;
    generate(m_services.documents().notification(m_session->catalogPtr(), m_session->plan(),
        m_session->caseData().answers, documents::DocumentService::fileStem(m_session->caseData())));
}

void IntakePage::showCorrectionNotice()
{
    if (!m_session->isActive())
        return;
    generate(m_services.documents().correctionNotice(
        m_session->catalogPtr(), m_session->plan(), m_session->caseData(), m_session->problems()));
}

void IntakePage::showReceipt()
{
    if (!m_session->isActive() || m_session->caseData().state != intake::CaseState::Accepted)
        return;
    generate(
        m_services.documents().receipt(m_session->catalogPtr(), m_session->plan(), m_session->caseData()));
}

void IntakePage::generate(QFuture<documents::GeneratedDocument> document)
{
    if (m_docWatcher.isRunning())
        m_docWatcher.waitForFinished();
    m_docMessage->setText(tr("Preparing the document…"));
    showStep(AcceptanceStep);
    m_docWatcher.setFuture(document);
}

void IntakePage::documentFinished()
{
    const documents::GeneratedDocument document = m_docWatcher.result();
    if (!document.ok()) {
        m_docMessage->setText(tr("The document could not be generated: %1").arg(document.error));
        return;
    }
    m_lastDocument = document.pdf;
    m_lastDocumentPath = document.path;
    m_docPreview->loadData(document.pdf);
    const QString what = document.kind == documents::DocumentKind::Notification
        ? tr("One-time notification (一次告知单)")
        : document.kind == documents::DocumentKind::Receipt ? tr("Acceptance receipt (受理回执)")
                                                            : tr("Correction notice (补正告知书)");
    if (document.path.isEmpty())
        m_docMessage->setText(
            tr("%1 — it could not be saved (%2). Use Print… above the preview.").arg(what, document.error));
    else
        m_docMessage->setText(tr("%1 — saved as %2. Use Print… above the preview.")
                                  .arg(what, QDir::toNativeSeparators(document.path)));
    Q_EMIT documentReady(documents::kindName(document.kind), document.path);
}

void IntakePage::closeIntake()
{
    if (!m_session->isActive())
        return;
    const bool draft = m_session->caseData().state == intake::CaseState::Draft;
    bool discard = false;
    if (draft) {
        const auto answer = Dialogs::question(this, tr("Close the intake"),
            tr("Keep this draft to continue later? Choose No to discard it."),
            QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel);
        if (answer == QMessageBox::Cancel)
            return;
        discard = answer == QMessageBox::No;
    }
    m_session->close(discard);
    m_docPreview->clear();
    m_docMessage->clear();
    refreshHeader();
    refreshButtons();
    Q_EMIT closed();
}

void IntakePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void IntakePage::retranslate()
{
    m_steps->setTabText(GuidanceStep, tr("&1 Situation"));
    m_steps->setTabText(FormStep, tr("&2 Form"));
    m_steps->setTabText(MaterialsStep, tr("&3 Materials"));
    m_steps->setTabText(AcceptanceStep, tr("&4 Acceptance"));
    m_notification->setText(tr("One-time &notification"));
    m_notification->setToolTip(
        tr("Everything the applicant needs for this situation, printable before any data is entered"));
    m_correction->setText(tr("Co&rrection notice"));
    m_receipt->setText(tr("Re&ceipt"));
    m_accept->setText(tr("&Accept case"));
    m_close->setText(tr("C&lose"));
    refreshHeader();
    refreshButtons();
}

} // namespace ow::ui
