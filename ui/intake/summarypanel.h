#pragma once

#include <QWidget>

class QLabel;
class QListWidget;

namespace ow::intake {
class IntakeSession;
}

namespace ow::ui {

class HeadingLabel;

// The case at a glance, always visible beside the steps: the selected items with their departments, the
// counts of fields and materials, what the last answer changed, and what still stops acceptance.
class SummaryPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit SummaryPanel(intake::IntakeSession& session, QWidget* parent = nullptr);

Q_SIGNALS:
    void fieldRequested(const QString& fieldId);
    void materialRequested(const QString& materialId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    void refreshProblems();
    void showChange();

    intake::IntakeSession& m_session;
    HeadingLabel* m_heading = nullptr;
    QLabel* m_items = nullptr;
    QLabel* m_counts = nullptr;
    QLabel* m_change = nullptr;
    QLabel* m_problemsHeading = nullptr;
    QListWidget* m_problems = nullptr;
};

} // namespace ow::ui
