#pragma once

#include <QSet>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QFileSystemWatcher;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace ow::intake {
class IntakeSession;
}

namespace ow::ui {

class ChecklistModel;
class PdfPreview;

// One set of materials (一套材料): the checklist, how each material was received, attachments by file dialog,
// drag and drop or the scanner's inbox folder, and a preview of the selected attachment (PDF or image).
class MaterialsPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit MaterialsPanel(intake::IntakeSession& session, QWidget* parent = nullptr);

    ChecklistModel* model() const { return m_model; }
    void selectMaterial(const QString& materialId);
    QString selectedMaterial() const;
    // Attaches files to the selected material; returns how many were accepted (refusals are shown inline).
    int attachFiles(const QStringList& paths);
    // Watches a folder the scanner writes to; new files attach to the selected material.
    void watchScannerFolder(const QString& directory);
    QString lastError() const;

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void refreshControls();
    void applyState();
    void showAttachment();
    void scanInbox();

    intake::IntakeSession& m_session;
    ChecklistModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_stateLabel = nullptr;
    QComboBox* m_stateCombo = nullptr;
    QLabel* m_dueLabel = nullptr;
    QDateEdit* m_dueDate = nullptr;
    QPushButton* m_attach = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_hint = nullptr;
    QListWidget* m_files = nullptr;
    QStackedWidget* m_preview = nullptr;
    PdfPreview* m_pdf = nullptr;
    QLabel* m_image = nullptr;
    QFileSystemWatcher* m_watcher = nullptr;
    QString m_inbox;
    QSet<QString> m_seen;
    bool m_updating = false;
};

} // namespace ow::ui
