#include "ui/mainwindow/homepage.h"

#include "ui/widgets/headinglabel.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace ow::ui {

HomePage::HomePage(Workbench& workbench, QWidget* parent)
    : QWidget(parent)
    , m_workbench(workbench)
{
    setObjectName(QStringLiteral("homePage"));
    auto* layout = new QVBoxLayout(this);
    m_heading = new HeadingLabel(QString(), 1.6, this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_counter = new QLabel(this);
    m_counter->setObjectName(QStringLiteral("counterInfoLabel"));
    m_counter->setWordWrap(true);
    m_storage = new QLabel(this);
    m_storage->setWordWrap(true);
    m_storage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_heading);
    layout->addWidget(m_intro);
    layout->addSpacing(12);
    layout->addWidget(m_counter);
    layout->addWidget(m_storage);
    layout->addStretch(1);
    retranslate();
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
    if (m_workbench.settings) {
        m_counter->setText(tr("Hall %1 · Counter %2")
                               .arg(m_workbench.settings->hallCode())
                               .arg(m_workbench.settings->counterNumber()));
        m_storage->setText(tr("Local data: %1").arg(m_workbench.settings->dataDir()));
    }
}

} // namespace ow::ui
