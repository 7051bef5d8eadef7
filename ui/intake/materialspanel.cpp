#include "ui/intake/materialspanel.h"

#include "app/intake/intakesession.h"
#include "ui/documents/pdfpreview.h"
#include "ui/intake/checklistmodel.h"
#include "ui/widgets/dialogs.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace ow::ui {

using intake::MaterialState;

MaterialsPanel::MaterialsPanel(intake::IntakeSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("materialsPanel"));
    setAcceptDrops(true);
    m_model = new ChecklistModel(session, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("materialsTableView"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(ChecklistModel::NeededByColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_stateLabel = new QLabel(this);
    m_stateCombo = new QComboBox(this);
    m_stateCombo->setObjectName(QStringLiteral("materialStateComboBox"));
    m_stateLabel->setBuddy(m_stateCombo);
    m_dueLabel = new QLabel(this);
    m_dueDate = new QDateEdit(this);
    m_dueDate->setObjectName(QStringLiteral("toleranceDueDateEdit"));
    m_dueDate->setCalendarPopup(true);
    m_dueDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_dueLabel->setBuddy(m_dueDate);
    m_attach = new QPushButton(this);
    m_attach->setObjectName(QStringLiteral("attachFilePushButton"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("attachmentErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_files = new QListWidget(this);
    m_files->setObjectName(QStringLiteral("attachmentListWidget"));
    m_files->setMaximumHeight(m_files->fontMetrics().lineSpacing() * 5);

    m_preview = new QStackedWidget(this);
    m_preview->setObjectName(QStringLiteral("attachmentPreviewStack"));
    m_pdf = new PdfPreview(m_preview);
    m_image = new QLabel(m_preview);
    m_image->setObjectName(QStringLiteral("attachmentImageLabel"));
    m_image->setAlignment(Qt::AlignCenter);
    auto* imageScroll = new QScrollArea(m_preview);
    imageScroll->setWidget(m_image);
    imageScroll->setWidgetResizable(true);
    auto* empty = new QLabel(m_preview);
    empty->setObjectName(QStringLiteral("attachmentPreviewEmptyLabel"));
    empty->setAlignment(Qt::AlignCenter);
    m_preview->addWidget(empty);
    m_preview->addWidget(m_pdf);
    m_preview->addWidget(imageScroll);

    auto* controls = new QHBoxLayout;
    controls->addWidget(m_stateLabel);
    controls->addWidget(m_stateCombo, 1);
    controls->addWidget(m_dueLabel);
    controls->addWidget(m_dueDate);
    controls->addWidget(m_attach);
    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_table, 1);
    topLayout->addLayout(controls);
    topLayout->addWidget(m_error);
    topLayout->addWidget(m_hint);
    topLayout->addWidget(m_files);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &MaterialsPanel::refreshControls);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MaterialsPanel::refreshControls);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &MaterialsPanel::refreshControls);
    connect(m_stateCombo, &QComboBox::activated, this, &MaterialsPanel::applyState);
    connect(m_dueDate, &QDateEdit::dateChanged, this, &MaterialsPanel::applyState);
    connect(m_files, &QListWidget::currentRowChanged, this, &MaterialsPanel::showAttachment);
    connect(m_attach, &QPushButton::clicked, this, [this] {
        const QStringList files = Dialogs::openFileNames(this, tr("Attach scans or files"),
            tr("PDF and images (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)"));
        attachFiles(files);
    });
    retranslate();
}

QString MaterialsPanel::selectedMaterial() const
{
    return m_model->materialIdAt(m_table->currentIndex().row());
}

void MaterialsPanel::selectMaterial(const QString& materialId)
{
    const int row = m_model->rowOf(materialId);
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, 0));
}

QString MaterialsPanel::lastError() const
{
    return m_error->text();
}

int MaterialsPanel::attachFiles(const QStringList& paths)
{
    if (paths.isEmpty())
        return 0;
    const QString material = selectedMaterial();
    if (material.isEmpty()) {
        m_error->setText(tr("Select the material the file belongs to first."));
        return 0;
    }
    QStringList errors;
    int accepted = 0;
    QString lastSha;
    for (const QString& path : paths) {
        auto stored = m_session.attach(material, path);
        if (stored) {
            ++accepted;
            lastSha = stored->sha256;
        } else {
            errors << stored.error().message;
        }
    }
    m_error->setText(errors.join(u'\n'));
    refreshControls();
    if (!lastSha.isEmpty()) {
        for (int i = 0; i < m_files->count(); ++i) {
            if (m_files->item(i)->data(Qt::UserRole).toString() == lastSha)
                m_files->setCurrentRow(i);
        }
    }
    return accepted;
}

void MaterialsPanel::refreshControls()
{
    if (m_updating)
        return;
    m_updating = true;
    const QString id = selectedMaterial();
    const catalog::PlannedMaterial* pm = m_session.plan().material(id);
    const intake::MaterialStatus status = m_session.caseData().materials.value(id);
    m_stateCombo->clear();
    m_stateCombo->setEnabled(pm && pm->producedBy.isEmpty());
    m_attach->setEnabled(pm != nullptr);
    if (pm) {
        const QList<MaterialState> states = m_session.allowedMaterialStates(id);
        for (MaterialState s : states)
            m_stateCombo->addItem(ChecklistModel::stateLabel(int(s)), int(s));
        m_stateCombo->setCurrentIndex(std::max(0, m_stateCombo->findData(int(status.state))));
    }
    const bool tolerated = status.state == MaterialState::Tolerated;
    m_dueLabel->setVisible(tolerated);
    m_dueDate->setVisible(tolerated);
    if (tolerated)
        m_dueDate->setDate(status.dueDate.isValid() ? status.dueDate : m_session.defaultDueDate());
    const QString currentSha
        = m_files->currentItem() ? m_files->currentItem()->data(Qt::UserRole).toString() : QString();
    m_files->clear();
    for (const intake::AttachmentRef& ref : m_session.caseData().attachments) {
        if (ref.materialId != id)
            continue;
        auto* item = new QListWidgetItem(
            QStringLiteral("%1 · %2 KB").arg(ref.fileName).arg((ref.size + 1023) / 1024));
        item->setData(Qt::UserRole, ref.sha256);
        item->setData(Qt::UserRole + 1, ref.mimeType);
        m_files->addItem(item);
        if (ref.sha256 == currentSha)
            m_files->setCurrentItem(item);
    }
    if (!m_files->currentItem() && m_files->count() > 0)
        m_files->setCurrentRow(0);
    if (m_files->count() == 0)
        m_preview->setCurrentIndex(0);
    m_updating = false;
}

void MaterialsPanel::applyState()
{
    if (m_updating)
        return;
    const QString id = selectedMaterial();
    if (id.isEmpty() || m_stateCombo->currentIndex() < 0)
        return;
    const auto state = static_cast<MaterialState>(m_stateCombo->currentData().toInt());
    const intake::MaterialStatus current = m_session.caseData().materials.value(id);
    const QDate due = state == MaterialState::Tolerated
        ? (m_dueDate->isVisible() ? m_dueDate->date() : m_session.defaultDueDate())
        : QDate();
    if (current.state == state && current.dueDate == due)
        return;
    m_session.setMaterialState(id, state, current.note, due);
}

void MaterialsPanel::showAttachment()
{
    QListWidgetItem* item = m_files->currentItem();
    if (!item) {
        m_preview->setCurrentIndex(0);
        return;
    }
    auto path = m_session.attachmentStore()->pathFor(item->data(Qt::UserRole).toString());
    if (!path) {
        m_error->setText(path.error().message);
        m_preview->setCurrentIndex(0);
        return;
    }
    if (item->data(Qt::UserRole + 1).toString() == QStringLiteral("application/pdf")) {
        m_pdf->loadFile(*path);
        m_preview->setCurrentIndex(1);
    } else {
        QPixmap pixmap(*path);
        m_image->setPixmap(pixmap.scaledToWidth(std::min(pixmap.width(), 900), Qt::SmoothTransformation));
        m_preview->setCurrentIndex(2);
    }
}

void MaterialsPanel::watchScannerFolder(const QString& directory)
{
    if (directory.isEmpty())
        return;
    QDir().mkpath(directory);
    m_inbox = directory;
    if (!m_watcher) {
        m_watcher = new QFileSystemWatcher(this);
        connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &MaterialsPanel::scanInbox);
    }
    m_watcher->addPath(directory);
    // Files already waiting belong to an earlier applicant: leave them, only pick up new arrivals.
    const auto existing = QDir(directory).entryList(QDir::Files);
    for (const QString& f : existing)
        m_seen.insert(f);
    retranslate();
}

void MaterialsPanel::scanInbox()
{
    const QStringList files = QDir(m_inbox).entryList(QDir::Files, QDir::Time | QDir::Reversed);
    QStringList fresh;
    for (const QString& f : files) {
        if (m_seen.contains(f))
            continue;
        m_seen.insert(f);
        fresh << QDir(m_inbox).filePath(f);
    }
    if (fresh.isEmpty() || !m_session.isActive())
        return;
    attachFiles(fresh);
    const QString done = QDir(m_inbox).filePath(QStringLiteral("attached"));
    QDir().mkpath(done);
    for (const QString& path : std::as_const(fresh))
        QFile::rename(path, QDir(done).filePath(QFileInfo(path).fileName()));
}

void MaterialsPanel::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MaterialsPanel::dropEvent(QDropEvent* event)
{
    // Dropped on a row: that material; elsewhere: the selected one.
    const QPoint inTable = m_table->viewport()->mapFrom(this, event->position().toPoint());
    const QModelIndex at = m_table->indexAt(inTable);
    if (at.isValid())
        m_table->setCurrentIndex(at);
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    attachFiles(paths);
    event->acceptProposedAction();
}

void MaterialsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MaterialsPanel::retranslate()
{
    m_stateLabel->setText(tr("&Received as:"));
    m_dueLabel->setText(tr("&Due by:"));
    m_attach->setText(tr("&Attach file…"));
    m_hint->setText(
        tr("Drop scans here, or let the scanner save into %1.")
            .arg(m_inbox.isEmpty() ? tr("the scanner folder") : QDir::toNativeSeparators(m_inbox)));
    if (auto* empty = findChild<QLabel*>(QStringLiteral("attachmentPreviewEmptyLabel")))
        empty->setText(tr("Select an attached file to preview it here."));
    refreshControls();
}

} // namespace ow::ui
