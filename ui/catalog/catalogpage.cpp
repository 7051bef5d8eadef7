#include "ui/catalog/catalogpage.h"

#include "app/catalog/catalog.h"
#include "ui/catalog/bundledetailhtml.h"
#include "ui/catalog/bundlelistmodel.h"
#include "ui/widgets/headinglabel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSplitter>
#include <QTabBar>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace ow::ui {
namespace {
const QStringList kListTypes
    = {QString(), QStringLiteral("key"), QStringLiteral("overall"), QStringLiteral("local")};
const QStringList kPersonStages = {QStringLiteral("birth"), QStringLiteral("education"),
    QStringLiteral("employment"), QStringLiteral("living"), QStringLiteral("housing"),
    QStringLiteral("travel"), QStringLiteral("medical"), QStringLiteral("assistance"),
    QStringLiteral("elderly"), QStringLiteral("after-death")};
const QStringList kEnterpriseStages
    = {QStringLiteral("market-entry"), QStringLiteral("hiring"), QStringLiteral("tax"),
        QStringLiteral("operation"), QStringLiteral("construction"), QStringLiteral("exit")};
} // namespace

CatalogPage::CatalogPage(services::Services& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("catalogPage"));
    m_model = new BundleListModel(this);
    m_model->setCatalog(m_services.catalog());

    m_heading = new HeadingLabel(QString(), 1.3, this);
    m_tabs = new QTabBar(this);
    m_tabs->setObjectName(QStringLiteral("listTypeTabBar"));
    for (int i = 0; i < kListTypes.size(); ++i)
        m_tabs->addTab(QString());
    m_stageLabel = new QLabel(this);
    m_stageCombo = new QComboBox(this);
    m_stageCombo->setObjectName(QStringLiteral("stageComboBox"));
    m_stageLabel->setBuddy(m_stageCombo);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("catalogSearchLineEdit"));
    m_search->setClearButtonEnabled(true);
    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("bundleListView"));
    m_list->setModel(m_model);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setUniformItemSizes(true);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("bundleCountLabel"));
    m_detail = new QTextBrowser(this);
    m_detail->setObjectName(QStringLiteral("bundleDetailBrowser"));
    m_detail->setOpenLinks(false);
    m_start = new QPushButton(this);
    m_start->setObjectName(QStringLiteral("startIntakePushButton"));
    m_start->setDefault(true);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_tabs);
    auto* stageRow = new QHBoxLayout;
    stageRow->addWidget(m_stageLabel);
    stageRow->addWidget(m_stageCombo, 1);
    leftLayout->addLayout(stageRow);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addWidget(m_countLabel);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_detail, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_start);
    rightLayout->addLayout(buttons);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(splitter, 1);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(120);
    connect(m_searchTimer, &QTimer::timeout, this, &CatalogPage::runSearch);
    connect(m_search, &QLineEdit::textEdited, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        runSearch();
        m_list->setFocus();
        if (m_model->rowCount() > 0)
            m_list->setCurrentIndex(m_model->index(0));
    });
    connect(
        m_tabs, &QTabBar::currentChanged, this, [this](int i) { m_model->setListType(kListTypes.value(i)); });
    connect(m_stageCombo, &QComboBox::activated, this,
        [this](int i) { m_model->setStage(m_stageCombo->itemData(i).toString()); });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &CatalogPage::showDetail);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_countLabel->setText(tr("%n bundle(s)", nullptr, m_model->rowCount()));
        if (m_model->rowCount() > 0 && !m_list->currentIndex().isValid())
            m_list->setCurrentIndex(m_model->index(0));
        showDetail();
    });
    connect(m_list, &QListView::activated, this, [this] {
        if (!selectedBundle().isEmpty())
            Q_EMIT startIntakeRequested(selectedBundle());
    });
    connect(m_start, &QPushButton::clicked, this, [this] {
        if (!selectedBundle().isEmpty())
            Q_EMIT startIntakeRequested(selectedBundle());
    });
    connect(&m_services.status(), &WorkbenchStatus::catalogReplaced, this, [this] {
        // Keep the selection and search across the swap; re-rank with the new catalog's index.
        const QString selected = selectedBundle();
        m_model->setCatalog(m_services.catalog());
        runSearch();
        selectBundle(selected);
        showDetail();
    });
    retranslate();
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0));
}

QString CatalogPage::selectedBundle() const
{
    return m_model->codeAt(m_list->currentIndex().row());
}

void CatalogPage::selectBundle(const QString& code)
{
    const int row = m_model->rowOf(code);
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row));
}

void CatalogPage::setQuery(const QString& text)
{
    m_search->setText(text);
    runSearch();
}

void CatalogPage::runSearch()
{
    const QString q = m_search->text().trimmed();
    const QStringList ranked = q.isEmpty() ? QStringList() : m_services.searchBundles(q);
    m_model->setSearchResults(q, ranked);
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0));
}

void CatalogPage::showDetail()
{
    const QString code = selectedBundle();
    m_start->setEnabled(!code.isEmpty());
    if (code.isEmpty()) {
        m_detail->setHtml(
            QStringLiteral("<p>%1</p>")
                .arg(m_search->text().isEmpty() ? QString() : tr("No bundle matches this search.")));
        return;
    }
    m_detail->setHtml(bundleDetailHtml(*m_services.catalog(), code));
}

void CatalogPage::fillStages()
{
    const QString current = m_stageCombo->currentData().toString();
    m_stageCombo->clear();
    m_stageCombo->addItem(tr("All stages"), QString());
    for (const QString& s : kPersonStages)
        m_stageCombo->addItem(tr("Person: %1").arg(BundleListModel::stageName(s)), s);
    for (const QString& s : kEnterpriseStages)
        m_stageCombo->addItem(tr("Enterprise: %1").arg(BundleListModel::stageName(s)), s);
    m_stageCombo->setCurrentIndex(std::max(0, m_stageCombo->findData(current)));
}

void CatalogPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CatalogPage::retranslate()
{
    m_heading->setText(tr("Service catalog — 一件事 bundles"));
    for (int i = 0; i < kListTypes.size(); ++i)
        m_tabs->setTabText(i, BundleListModel::listTypeName(kListTypes[i]));
    m_stageLabel->setText(tr("&Life stage:"));
    fillStages();
    m_search->setPlaceholderText(tr("Search: name, everyday words (生孩子), pinyin initials (xsecs)…"));
    m_start->setText(tr("&Start intake"));
    m_countLabel->setText(tr("%n bundle(s)", nullptr, m_model->rowCount()));
    showDetail();
}

} // namespace ow::ui
