#pragma once

#include "ui/app/workbench.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace ow::ui {

class HeadingLabel;

// The landing page: what this counter is, how its data is kept, and the starting points of the day's work.
class HomePage final : public QWidget
{
    Q_OBJECT
public:
    explicit HomePage(Workbench& workbench, QWidget* parent = nullptr);

Q_SIGNALS:
    void pageRequested(const QString& id);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    Workbench& m_workbench;
    HeadingLabel* m_heading = nullptr;
    QLabel* m_intro = nullptr;
    QLabel* m_counter = nullptr;
    QLabel* m_storage = nullptr;
};

} // namespace ow::ui
