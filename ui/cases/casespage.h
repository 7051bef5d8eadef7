#pragma once

#include "app/documents/documentservice.h"
#include "app/intake/caserepository.h"
#include "app/services/services.h"

#include <QFutureWatcher>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace ow::ui {

class CaseListModel;
class HeadingLabel;
class PdfPreview;

// The case list: today's cases at this counter with their state, searchable by case number, ID number (full
// or masked) or name; drafts can be continued and receipts reprinted.
class CasesPage final : public QWidget
{
    Q_OBJECT
public:
    explicit CasesPage(services::Services& services, QWidget* parent = nullptr);

    CaseListModel* model() const { return m_model; }
    void setSearchText(const QString& text);
    // Shows the cases of a filter (from the 今日 page), today's at this counter or of any day.
    void showCases(intake::CaseFilter filter, bool todayOnly);

public Q_SLOTS:
    void reload();
    void reprintReceipt();

Q_SIGNALS:
    void resumeRequested(const QString& uuid);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslate();
    void applyQuery();
    void refreshButtons();

    services::Services& m_services;
    CaseListModel* m_model = nullptr;
    HeadingLabel* m_heading = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_filter = nullptr;
    QCheckBox* m_todayOnly = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_resume = nullptr;
    QPushButton* m_reprint = nullptr;
    QLabel* m_message = nullptr;
    PdfPreview* m_preview = nullptr;
    QFutureWatcher<documents::GeneratedDocument> m_watcher;
};

} // namespace ow::ui
