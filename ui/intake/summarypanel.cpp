#include "ui/intake/summarypanel.h"

#include "app/intake/intakesession.h"
#include "ui/widgets/headinglabel.h"

#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace ow::ui {
namespace {
constexpr int kKindRole = Qt::UserRole + 1;
constexpr int kIdRole = Qt::UserRole + 2;
} // namespace

SummaryPanel::SummaryPanel(intake::IntakeSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("summaryPanel"));
    m_heading = new HeadingLabel(QString(), 1.15, this);
    m_items = new QLabel(this);
    m_items->setObjectName(QStringLiteral("summaryItemsLabel"));
    m_items->setWordWrap(true);
    m_items->setTextFormat(Qt::RichText);
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("summaryCountsLabel"));
    m_counts->setWordWrap(true);
    m_change = new QLabel(this);
    m_change->setObjectName(QStringLiteral("planChangeLabel"));
    m_change->setWordWrap(true);
    m_change->setTextFormat(Qt::RichText);
    m_change->setStyleSheet(
        QStringLiteral("background: #fff4c2; color: #3a2f00; padding: 4px; border-radius: 3px;"));
    m_change->setVisible(false);
    m_problemsHeading = new QLabel(this);
    m_problems = new QListWidget(this);
    m_problems->setObjectName(QStringLiteral("problemsListWidget"));
    m_problems->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_items);
    layout->addWidget(m_counts);
    layout->addWidget(m_change);
    layout->addWidget(m_problemsHeading);
    m_problems->setMinimumHeight(m_problems->fontMetrics().lineSpacing() * 6);
    layout->addWidget(m_problems, 1);
    connect(&m_session, &intake::IntakeSession::planChanged, this, [this] {
        refresh();
        showChange();
    });
    connect(&m_session, &intake::IntakeSession::started, this, [this] {
        m_change->setVisible(false);
        refresh();
    });
    connect(&m_session, &intake::IntakeSession::problemsChanged, this, &SummaryPanel::refreshProblems);
    connect(m_problems, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        const QString id = item->data(kIdRole).toString();
        if (item->data(kKindRole).toString() == QStringLiteral("field"))
            Q_EMIT fieldRequested(id);
        else
            Q_EMIT materialRequested(id);
    });
    refresh();
}

void SummaryPanel::refresh()
{
    m_heading->setText(tr("This case"));
    const catalog::Plan& plan = m_session.plan();
    QString html = QStringLiteral("<b>%1</b><ul style='margin-left:-20px'>")
                       .arg(tr("Items (%1)").arg(plan.items.size()));
    for (const catalog::PlannedItem& pi : plan.items) {
        const catalog::Department* d = m_session.catalog().department(pi.item->department);
        html += QStringLiteral("<li>%1 <span style='color:gray'>· %2</span></li>")
                    .arg(pi.item->name.text().toHtmlEscaped(),
                        (d ? d->name.text() : pi.item->department).toHtmlEscaped());
    }
    html += QStringLiteral("</ul>");
    m_items->setText(html);
    int produced = 0;
    for (const catalog::PlannedMaterial& pm : plan.materials)
        produced += pm.producedBy.isEmpty() ? 0 : 1;
    QString counts = tr("%n form field(s), each asked once", nullptr, int(plan.fields.size())) + u'\n'
        + tr("%n material(s) to collect", nullptr, int(plan.materials.size() - produced));
    if (produced > 0)
        counts += u'\n' + tr("%n issued inside the bundle, not asked for", nullptr, produced);
    if (plan.promisedDays > 0)
        counts += u'\n' + tr("Promised within %n working day(s)", nullptr, plan.promisedDays);
    m_counts->setText(counts);
    refreshProblems();
}

void SummaryPanel::showChange()
{
    const catalog::PlanDiff& d = m_session.lastDiff();
    if (d.isEmpty()) {
        m_change->setVisible(false);
        return;
    }
    auto names = [this](const QStringList& ids, int kind) {
        QStringList out;
        for (const QString& id : ids) {
            if (kind == 0) {
                const catalog::ItemDef* i = m_session.catalog().item(id);
                out << (i ? i->name.text() : id);
            } else {
                const catalog::MaterialDef* m = m_session.catalog().material(id);
                out << (m ? m->name.text() : id);
            }
        }
        return out.join(QStringLiteral("、")).toHtmlEscaped();
    };
    QStringList lines;
    if (!d.addedItems.isEmpty())
        lines << tr("+ items: %1").arg(names(d.addedItems, 0));
    if (!d.removedItems.isEmpty())
        lines << tr("− items: %1").arg(names(d.removedItems, 0));
    if (!d.addedMaterials.isEmpty())
        lines << tr("+ materials: %1").arg(names(d.addedMaterials, 1));
    if (!d.removedMaterials.isEmpty())
        lines << tr("− materials: %1").arg(names(d.removedMaterials, 1));
    if (!d.addedFields.isEmpty() || !d.removedFields.isEmpty())
        lines << tr("form: +%1 / −%2 field(s)").arg(d.addedFields.size()).arg(d.removedFields.size());
    m_change->setText(QStringLiteral("<b>%1</b><br>%2")
                          .arg(tr("The last answer changed:"), lines.join(QStringLiteral("<br>"))));
    m_change->setVisible(true);
}

void SummaryPanel::refreshProblems()
{
    const QList<intake::Problem> problems = m_session.problems();
    m_problemsHeading->setText(problems.isEmpty()
            ? tr("Ready to accept.")
            : tr("%n thing(s) still stop acceptance:", nullptr, int(problems.size())));
    m_problems->clear();
    for (const intake::Problem& p : problems) {
        auto* item = new QListWidgetItem(p.message, m_problems);
        const bool field
            = p.kind == intake::Problem::Kind::MissingField || p.kind == intake::Problem::Kind::InvalidField;
        item->setData(kKindRole, field ? QStringLiteral("field") : QStringLiteral("material"));
        item->setData(kIdRole, p.id);
    }
}

void SummaryPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

} // namespace ow::ui
