#include "ui/mainwindow/homepage.h"

#include "app/common/logging.h"
#include "app/intake/caserepository.h"
#include "ui/widgets/headinglabel.h"
#include "ui/widgets/tallytile.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ow::ui {

HomePage::HomePage(services::Services& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("homePage"));
    m_heading = new HeadingLabel(QString(), 1.6, this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_counter = new QLabel(this);
    m_counter->setObjectName(QStringLiteral("counterInfoLabel"));
    m_counter->setWordWrap(true);
    m_dayHeading = new HeadingLabel(QString(), 1.15, this);
    m_attentionHeading = new HeadingLabel(QString(), 1.15, this);
    m_accepted = addTile(QStringLiteral("acceptedTodayTile"), intake::CaseFilter::All, true);
    m_delivered = addTile(QStringLiteral("deliveredTodayTile"), intake::CaseFilter::All, true);
    m_waiting = addTile(QStringLiteral("waitingTile"), intake::CaseFilter::WaitingForHandOff, false);
    m_drafts = addTile(QStringLiteral("draftsTile"), intake::CaseFilter::Drafts, false);
    m_rejected = addTile(QStringLiteral("rejectedTile"), intake::CaseFilter::Rejected, false);
    m_returned = addTile(QStringLiteral("returnedTile"), intake::CaseFilter::ReturnedForCorrection, false);
    m_rejected->setAttention(true);
    m_returned->setAttention(true);
    m_startIntake = new QPushButton(this);
    m_startIntake->setObjectName(QStringLiteral("homeStartIntakePushButton"));
    m_storage = new QLabel(this);
    m_storage->setWordWrap(true);
    m_storage->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* day = new QGridLayout;
    day->addWidget(m_accepted, 0, 0);
    day->addWidget(m_delivered, 0, 1);
    auto* attention = new QGridLayout;
    attention->addWidget(m_returned, 0, 0);
    attention->addWidget(m_rejected, 0, 1);
    attention->addWidget(m_waiting, 0, 2);
    attention->addWidget(m_drafts, 0, 3);
    auto* start = new QHBoxLayout;
    start->addWidget(m_startIntake);
    start->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_intro);
    layout->addWidget(m_counter);
    layout->addSpacing(12);
    layout->addWidget(m_dayHeading);
    layout->addLayout(day);
    layout->addSpacing(12);
    layout->addWidget(m_attentionHeading);
    layout->addLayout(attention);
    layout->addSpacing(12);
    layout->addLayout(start);
    layout->addStretch(1);
    layout->addWidget(m_storage);

    connect(m_startIntake, &QPushButton::clicked, this,
        [this] { Q_EMIT pageRequested(QStringLiteral("catalog")); });
    // Status changes come in bursts while the outbox drains: count again at most twice a second.
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(500);
    connect(&m_refreshTimer, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
    });
    connect(&m_services.status(), &WorkbenchStatus::changed, &m_refreshTimer, [this] {
        if (!m_refreshTimer.isActive())
            m_refreshTimer.start();
    });
    retranslate();
}

TallyTile* HomePage::addTile(const QString& objectName, intake::CaseFilter filter, bool todayOnly)
{
    auto* tile = new TallyTile(this);
    tile->setObjectName(objectName);
    connect(tile, &QPushButton::clicked, this,
        [this, filter, todayOnly] { Q_EMIT casesRequested(filter, todayOnly); });
    return tile;
}

void HomePage::refresh()
{
    const QString hall = m_services.settings().hallCode();
    const int counter = m_services.settings().counterNumber();
    auto tally = m_services.cases()->tally(m_services.clock().today(), hall, counter);
    if (!tally) {
        qCWarning(lcUi) << "day tally:" << tally.error().message;
        return;
    }
    m_tally = *tally;
    m_accepted->setCount(m_tally.acceptedToday);
    m_delivered->setCount(m_tally.deliveredToday);
    m_waiting->setCount(m_tally.waitingForHandOff);
    m_drafts->setCount(m_tally.drafts);
    m_rejected->setCount(m_tally.rejected);
    m_returned->setCount(m_tally.returnedForCorrection);
}

void HomePage::showEvent(QShowEvent* event)
{
    refresh();
    QWidget::showEvent(event);
}

void HomePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void HomePage::retranslate()
{
    m_heading->setText(tr("One window for the whole life event"));
    m_intro->setText(
        tr("Tell the applicant everything once, fill one merged form, collect one set of materials, "
           "accept at this counter and hand the case to the departments through one network."));
    m_counter->setText(tr("Hall %1 · Counter %2")
                           .arg(m_services.settings().hallCode())
                           .arg(m_services.settings().counterNumber()));
    m_storage->setText(tr("Local data: %1").arg(m_services.settings().dataDir()));
    m_dayHeading->setText(tr("Today at this counter"));
    m_attentionHeading->setText(tr("Needs you (any day)"));
    m_accepted->setCaption(tr("accepted today"));
    m_delivered->setCaption(tr("handed off today"));
    m_waiting->setCaption(tr("waiting for hand-off"));
    m_drafts->setCaption(tr("open drafts"));
    m_rejected->setCaption(tr("refused by the server"));
    m_returned->setCaption(tr("returned for correction"));
    m_startIntake->setText(tr("Start an &intake…"));
}

} // namespace ow::ui
