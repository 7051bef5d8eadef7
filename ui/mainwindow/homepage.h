#pragma once

#include "app/intake/caserepository.h"
#include "app/services/services.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace ow::ui {

class HeadingLabel;
class TallyTile;

// The landing page (今日): the counter's day at a glance — accepted and handed off today, and what still
// needs the clerk whatever day it began (drafts, cases waiting for the server, refused by it, returned for
// correction) — each count a button to the case list showing those cases; and the start of a new intake.
class HomePage final : public QWidget
{
    Q_OBJECT
public:
    explicit HomePage(services::Services& services, QWidget* parent = nullptr);

    // The counts shown (read again from the store on every refresh()).
    const intake::DayTally& tally() const { return m_tally; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void pageRequested(const QString& id);
    void casesRequested(ow::intake::CaseFilter filter, bool todayOnly);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslate();
    TallyTile* addTile(const QString& objectName, intake::CaseFilter filter, bool todayOnly);

    services::Services& m_services;
    intake::DayTally m_tally;
    QTimer m_refreshTimer;
    HeadingLabel* m_heading = nullptr;
    QLabel* m_intro = nullptr;
    QLabel* m_counter = nullptr;
    QLabel* m_dayHeading = nullptr;
    QLabel* m_attentionHeading = nullptr;
    TallyTile* m_accepted = nullptr;
    TallyTile* m_delivered = nullptr;
    TallyTile* m_waiting = nullptr;
    TallyTile* m_drafts = nullptr;
    TallyTile* m_rejected = nullptr;
    TallyTile* m_returned = nullptr;
    QPushButton* m_startIntake = nullptr;
    QLabel* m_storage = nullptr;
};

} // namespace ow::ui
