#include "ui/cases/casespage.h"

#include "app/documents/documentservice.h"
#include "app/sync/syncservice.h"
#include "ui/cases/caselistmodel.h"
#include "ui/documents/pdfpreview.h"
#include "ui/widgets/headinglabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace ow::ui {

CasesPage::CasesPage(services::Services& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("casesPage"));
    m_model = new CaseListModel(m_services.cases(), m_services.catalog(), this);
    connect(&m_services.status(), &WorkbenchStatus::catalogReplaced, m_model,
        [this] { m_model->setCatalog(m_services.catalog()); });
    // The hand-off and the status feed change the rows' states; acceptances and closed intakes add rows.
    connect(&m_services.sync(), &sync::SyncService::caseSyncStateChanged, this, &CasesPage::reload);
    connect(&m_services.sync(), &sync::SyncService::statusFeedApplied, this, &CasesPage::reload);
    connect(&m_services, &services::Services::caseAccepted, this, &CasesPage::reload);
    m_heading = new HeadingLabel(QString(), 1.3, this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("caseSearchLineEdit"));
    m_search->setClearButtonEnabled(true);
    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("caseFilterComboBox"));
    for (intake::CaseFilter f :
        {intake::CaseFilter::All, intake::CaseFilter::Drafts, intake::CaseFilter::WaitingForHandOff,
            intake::CaseFilter::Rejected, intake::CaseFilter::ReturnedForCorrection})
        m_filter->addItem(QString(), int(f));
    m_todayOnly = new QCheckBox(this);
    m_todayOnly->setObjectName(QStringLiteral("todayOnlyCheckBox"));
    m_todayOnly->setChecked(true);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("caseTableView"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_resume = new QPushButton(this);
    m_resume->setObjectName(QStringLiteral("resumeDraftPushButton"));
    m_reprint = new QPushButton(this);
    m_reprint->setObjectName(QStringLiteral("reprintReceiptPushButton"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("casesMessageLabel"));
    m_message->setWordWrap(true);
    m_preview = new PdfPreview(this);
    m_preview->setObjectName(QStringLiteral("casesReceiptPreview"));
    m_preview->hide(); // shown with a reprinted receipt; until then the list has the whole width

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_filter);
    filters->addWidget(m_todayOnly);
    filters->addStretch(1);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_resume);
    buttons->addWidget(m_reprint);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_search);
    leftLayout->addLayout(filters);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addWidget(m_message);
    leftLayout->addLayout(buttons);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(splitter, 1);

    connect(m_search, &QLineEdit::textChanged, this, &CasesPage::applyQuery);
    connect(m_todayOnly, &QCheckBox::toggled, this, &CasesPage::applyQuery);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &CasesPage::applyQuery);
    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CasesPage::refreshButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CasesPage::refreshButtons);
    connect(m_resume, &QPushButton::clicked, this, [this] {
        const QString uuid = m_model->uuidAt(m_table->currentIndex().row());
        if (!uuid.isEmpty())
            Q_EMIT resumeRequested(uuid);
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        const intake::CaseSummary* s = m_model->summaryAt(index.row());
        if (s && s->state == intake::CaseState::Draft)
            Q_EMIT resumeRequested(s->uuid);
        else
            reprintReceipt();
    });
    connect(m_reprint, &QPushButton::clicked, this, &CasesPage::reprintReceipt);
    connect(&m_watcher, &QFutureWatcher<documents::GeneratedDocument>::finished, this, [this] {
        const documents::GeneratedDocument document = m_watcher.result();
        if (!document.ok()) {
            m_message->setText(tr("The receipt could not be generated: %1").arg(document.error));
            return;
        }
        m_preview->loadData(document.pdf);
        m_preview->show();
        m_message->setText(tr("Receipt ready — use Print… above it."));
    });
    retranslate();
    applyQuery();
}

void CasesPage::setSearchText(const QString& text)
{
    m_search->setText(text);
}

void CasesPage::showCases(intake::CaseFilter filter, bool todayOnly)
{
    const QSignalBlocker blockFilter(m_filter);
    const QSignalBlocker blockToday(m_todayOnly);
    m_filter->setCurrentIndex(m_filter->findData(int(filter)));
    m_todayOnly->setChecked(todayOnly);
    m_search->clear();
    applyQuery();
}

void CasesPage::applyQuery()
{
    m_preview->hide();
    m_preview->clear();
    intake::CaseQuery q;
    q.text = m_search->text();
    q.filter = intake::CaseFilter(m_filter->currentData().toInt());
    if (m_todayOnly->isChecked())
        q.day = m_services.clock().today();
    q.hallCode = m_services.settings().hallCode();
    q.counter = m_todayOnly->isChecked() ? m_services.settings().counterNumber() : 0;
    m_model->setQuery(q);
}

void CasesPage::reload()
{
    m_model->reload();
}

void CasesPage::refreshButtons()
{
    const intake::CaseSummary* s = m_model->summaryAt(m_table->currentIndex().row());
    m_resume->setEnabled(s && s->state == intake::CaseState::Draft);
    m_reprint->setEnabled(s && s->state != intake::CaseState::Draft);
    m_message->setText(tr("%n case(s)", nullptr, m_model->rowCount()));
}

void CasesPage::reprintReceipt()
{
    const intake::CaseSummary* s = m_model->summaryAt(m_table->currentIndex().row());
    if (!s || s->state == intake::CaseState::Draft)
        return;
    m_message->setText(tr("Preparing the receipt…"));
    m_watcher.setFuture(m_services.documents().reprintReceipt(s->uuid, m_services.catalog()));
}

void CasesPage::showEvent(QShowEvent* event)
{
    reload();
    QWidget::showEvent(event);
}

void CasesPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CasesPage::retranslate()
{
    m_heading->setText(tr("Cases at this counter"));
    m_search->setPlaceholderText(tr("Search by case number, ID number (full or masked) or name…"));
    m_todayOnly->setText(tr("&Today, this counter"));
    const QStringList filterNames {tr("All cases"), tr("Open drafts"), tr("Waiting for hand-off"),
        tr("Refused by the server"), tr("Returned for correction")};
    for (int i = 0; i < m_filter->count() && i < filterNames.size(); ++i)
        m_filter->setItemText(i, filterNames.at(i));
    m_resume->setText(tr("C&ontinue draft"));
    m_reprint->setText(tr("Re&print receipt"));
    refreshButtons();
}

} // namespace ow::ui
