#include "ui/mainwindow/mainwindow.h"

#include "ui/app/appearance.h"
#include "ui/widgets/headinglabel.h"

#include <QActionGroup>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QVBoxLayout>

namespace ow::ui {
namespace {
constexpr int kPageIdRole = Qt::UserRole + 1;
}

MainWindow::MainWindow(WorkbenchStatus& status, const AppSettings& settings, QWidget* parent)
    : QMainWindow(parent)
    , m_status(status)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("mainWindow"));
    auto* central = new QWidget(this);
    auto* outer = new QVBoxLayout(central);
    outer->setContentsMargins(8, 8, 8, 4);

    auto* header = new QHBoxLayout;
    auto* title = new HeadingLabel(QString(), 1.5, central);
    title->setObjectName(QStringLiteral("windowTitleLabel"));
    title->setWordWrap(false);
    header->addWidget(title, 1);
    m_roleLabel = new QLabel(central);
    m_roleCombo = new QComboBox(central);
    m_roleCombo->setObjectName(QStringLiteral("roleComboBox"));
    m_roleLabel->setBuddy(m_roleCombo);
    header->addWidget(m_roleLabel);
    header->addWidget(m_roleCombo);
    outer->addLayout(header);

    auto* body = new QHBoxLayout;
    m_nav = new QListView(central);
    m_nav->setObjectName(QStringLiteral("navigationListView"));
    m_navModel = new QStandardItemModel(this);
    m_nav->setModel(m_navModel);
    m_nav->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_nav->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    m_nav->setMinimumWidth(120);
    m_stack = new QStackedWidget(central);
    m_stack->setObjectName(QStringLiteral("pageStackedWidget"));
    body->addWidget(m_nav);
    body->addWidget(m_stack, 1);
    outer->addLayout(body, 1);
    setCentralWidget(central);

    connect(m_nav->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex& current) {
            if (current.isValid())
                showPage(current.data(kPageIdRole).toString());
        });
    connect(m_roleCombo, &QComboBox::activated, this,
        [this](int index) { setRole(index == 1 ? Role::Supervisor : Role::Clerk); });

    buildMenus();
    buildStatusBar();
    connect(&m_status, &WorkbenchStatus::changed, this, &MainWindow::refreshStatus);
    retranslate();
    resize(1280, 860);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_signInAction = m_fileMenu->addAction(QString(), this, &MainWindow::signInRequested);
    m_signInAction->setObjectName(QStringLiteral("signInAction"));
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);

    m_viewMenu = menuBar()->addMenu(QString());
    m_fontMenu = m_viewMenu->addMenu(QString());
    m_fontGroup = new QActionGroup(this);
    for (int scale : AppSettings::fontScales) {
        QAction* a = m_fontMenu->addAction(QStringLiteral("%1%").arg(scale));
        a->setCheckable(true);
        a->setData(scale);
        a->setChecked(scale == Appearance::currentFontScale());
        m_fontGroup->addAction(a);
        connect(a, &QAction::triggered, this,
            [this, scale] { Q_EMIT appearanceRequested(scale, Appearance::highContrast()); });
    }
    m_contrastAction = m_viewMenu->addAction(QString());
    m_contrastAction->setObjectName(QStringLiteral("highContrastAction"));
    m_contrastAction->setCheckable(true);
    m_contrastAction->setChecked(Appearance::highContrast());
    connect(m_contrastAction, &QAction::toggled, this,
        [this](bool on) { Q_EMIT appearanceRequested(Appearance::currentFontScale(), on); });

    m_languageMenu = menuBar()->addMenu(QString());
    auto* langGroup = new QActionGroup(this);
    m_zhAction = m_languageMenu->addAction(QStringLiteral("中文（简体）"));
    m_enAction = m_languageMenu->addAction(QStringLiteral("English"));
    for (QAction* a : {m_zhAction, m_enAction}) {
        a->setCheckable(true);
        langGroup->addAction(a);
    }
    const bool en = m_settings.language() == QStringLiteral("en");
    (en ? m_enAction : m_zhAction)->setChecked(true);
    connect(
        m_zhAction, &QAction::triggered, this, [this] { Q_EMIT languageRequested(QStringLiteral("zh_CN")); });
    connect(
        m_enAction, &QAction::triggered, this, [this] { Q_EMIT languageRequested(QStringLiteral("en")); });
}

void MainWindow::buildStatusBar()
{
    auto* bar = statusBar();
    bar->setObjectName(QStringLiteral("mainStatusBar"));
    m_connectionLabel = new QLabel(bar);
    m_connectionLabel->setObjectName(QStringLiteral("connectionStatusLabel"));
    m_queueLabel = new QLabel(bar);
    m_queueLabel->setObjectName(QStringLiteral("queueStatusLabel"));
    m_staffLabel = new QLabel(bar);
    m_staffLabel->setObjectName(QStringLiteral("staffStatusLabel"));
    m_catalogLabel = new QLabel(bar);
    m_catalogLabel->setObjectName(QStringLiteral("catalogStatusLabel"));
    m_fontScaleLabel = new QLabel(bar);
    m_fontScaleCombo = new QComboBox(bar);
    m_fontScaleCombo->setObjectName(QStringLiteral("fontScaleComboBox"));
    for (int scale : AppSettings::fontScales)
        m_fontScaleCombo->addItem(QStringLiteral("%1%").arg(scale), scale);
    m_fontScaleCombo->setCurrentIndex(m_fontScaleCombo->findData(Appearance::currentFontScale()));
    m_fontScaleLabel->setBuddy(m_fontScaleCombo);
    connect(m_fontScaleCombo, &QComboBox::activated, this, [this](int index) {
        Q_EMIT appearanceRequested(m_fontScaleCombo->itemData(index).toInt(), Appearance::highContrast());
    });
    bar->addWidget(m_connectionLabel);
    bar->addWidget(m_queueLabel);
    bar->addWidget(m_staffLabel, 1);
    bar->addPermanentWidget(m_catalogLabel);
    bar->addPermanentWidget(m_fontScaleLabel);
    bar->addPermanentWidget(m_fontScaleCombo);
}

void MainWindow::addPage(const Page& page)
{
    m_pages.append(page);
    m_stack->addWidget(page.widget);
    refreshNavigation();
}

bool MainWindow::showPage(const QString& id)
{
    for (const Page& p : std::as_const(m_pages)) {
        if (p.id != id || !p.roles.contains(m_role))
            continue;
        m_stack->setCurrentWidget(p.widget);
        for (int row = 0; row < m_navModel->rowCount(); ++row) {
            const QModelIndex idx = m_navModel->index(row, 0);
            if (idx.data(kPageIdRole).toString() == id && m_nav->currentIndex() != idx)
                m_nav->setCurrentIndex(idx);
        }
        return true;
    }
    return false;
}

QString MainWindow::currentPageId() const
{
    for (const Page& p : m_pages) {
        if (p.widget == m_stack->currentWidget())
            return p.id;
    }
    return {};
}

void MainWindow::setRole(Role role)
{
    m_role = role;
    m_roleCombo->setCurrentIndex(role == Role::Supervisor ? 1 : 0);
    refreshNavigation();
}

void MainWindow::refreshNavigation()
{
    const QString current = currentPageId();
    m_navModel->clear();
    QString first;
    for (const Page& p : std::as_const(m_pages)) {
        if (!p.roles.contains(m_role))
            continue;
        auto* item = new QStandardItem(p.title());
        item->setData(p.id, kPageIdRole);
        m_navModel->appendRow(item);
        if (first.isEmpty())
            first = p.id;
    }
    if (!showPage(current) && !first.isEmpty())
        showPage(first);
    fitNavigationWidth();
}

void MainWindow::fitNavigationWidth()
{
    // As wide as the longest page title at the current font size, and no wider.
    m_nav->setMaximumWidth(m_nav->sizeHintForColumn(0) + 2 * m_nav->frameWidth() + 24);
}

QString MainWindow::staffRoleTitle(const QString& role)
{
    if (role == QStringLiteral("clerk"))
        return tr("Counter clerk");
    if (role == QStringLiteral("supervisor"))
        return tr("Supervisor");
    if (role == QStringLiteral("backoffice"))
        return tr("Back office");
    if (role == QStringLiteral("admin"))
        return tr("Administrator");
    return role;
}

void MainWindow::refreshStatus()
{
    const WorkbenchStatus* s = &m_status;
    switch (s->connection()) {
    case WorkbenchStatus::Connection::Online:
        m_connectionLabel->setText(tr("● Online"));
        break;
    case WorkbenchStatus::Connection::Connecting:
        m_connectionLabel->setText(tr("◐ Connecting…"));
        break;
    case WorkbenchStatus::Connection::Offline:
        m_connectionLabel->setText(tr("○ Offline — cases are kept locally"));
        break;
    }
    QString queue = tr("Waiting for hand-off: %n case(s)", nullptr, s->queueLength());
    if (s->lastSync().isValid())
        queue += QStringLiteral(" · ")
            + tr("last sync %1").arg(QLocale().toString(s->lastSync(), QLocale::ShortFormat));
    m_queueLabel->setText(queue);
    m_staffLabel->setText(s->staffName().isEmpty()
            ? tr("Not signed in")
            : tr("Signed in: %1 (%2)").arg(s->staffName(), staffRoleTitle(s->staffRole())));
    m_catalogLabel->setText(
        s->catalogVersion().isEmpty() ? QString() : tr("Catalog %1").arg(s->catalogVersion()));
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LanguageChange)
        fitNavigationWidth();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("OneWindow — one-window intake workbench"));
    if (auto* title = findChild<QLabel*>(QStringLiteral("windowTitleLabel")))
        title->setText(tr("OneWindow · one window for the whole life event"));
    m_roleLabel->setText(tr("&Role:"));
    const int roleIndex = m_roleCombo->currentIndex();
    m_roleCombo->clear();
    m_roleCombo->addItem(tr("Counter clerk"));
    m_roleCombo->addItem(tr("Supervisor"));
    m_roleCombo->setCurrentIndex(roleIndex < 0 ? 0 : roleIndex);
    m_fileMenu->setTitle(tr("&File"));
    m_quitAction->setText(tr("&Quit"));
    m_signInAction->setText(tr("&Sign in to the server…"));
    m_viewMenu->setTitle(tr("&View"));
    m_fontMenu->setTitle(tr("&Font size"));
    m_contrastAction->setText(tr("&High contrast"));
    m_languageMenu->setTitle(tr("&Language"));
    m_fontScaleLabel->setText(tr("&Text size:"));
    for (int row = 0; row < m_navModel->rowCount(); ++row) {
        QStandardItem* item = m_navModel->item(row);
        for (const Page& p : std::as_const(m_pages)) {
            if (p.id == item->data(kPageIdRole).toString())
                item->setText(p.title());
        }
    }
    refreshStatus();
}

} // namespace ow::ui
