#include "ui/intake/checklistmodel.h"

#include "app/intake/intakesession.h"

#include <QBrush>
#include <QColor>

namespace ow::ui {

using intake::MaterialState;

ChecklistModel::ChecklistModel(intake::IntakeSession& session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    connect(&m_session, &intake::IntakeSession::planChanged, this, [this] {
        beginResetModel();
        endResetModel();
    });
    connect(&m_session, &intake::IntakeSession::started, this, [this] {
        beginResetModel();
        endResetModel();
    });
    connect(&m_session, &intake::IntakeSession::materialChanged, this, &ChecklistModel::refreshRow);
}

int ChecklistModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_session.plan().materials.size());
}

int ChecklistModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ChecklistModel::materialIdAt(int row) const
{
    const auto& materials = m_session.plan().materials;
    return row >= 0 && row < materials.size() ? materials.at(row).material->id : QString();
}

int ChecklistModel::rowOf(const QString& materialId) const
{
    const auto& materials = m_session.plan().materials;
    for (qsizetype i = 0; i < materials.size(); ++i) {
        if (materials.at(i).material->id == materialId)
            return int(i);
    }
    return -1;
}

void ChecklistModel::refreshRow(const QString& materialId)
{
    const int row = rowOf(materialId);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

QString ChecklistModel::stateLabel(int state)
{
    switch (static_cast<MaterialState>(state)) {
    case MaterialState::Missing:
        return tr("Not received");
    case MaterialState::Original:
        return tr("Original seen");
    case MaterialState::Copy:
        return tr("Copy collected");
    case MaterialState::ELicence:
        return tr("Electronic licence");
    case MaterialState::Verified:
        return tr("Verified via shared data (no paper)");
    case MaterialState::Commitment:
        return tr("Written commitment (no paper)");
    case MaterialState::Tolerated:
        return tr("Missing, to follow (容缺)");
    case MaterialState::Produced:
        return tr("Issued inside this bundle");
    }
    return {};
}

QString ChecklistModel::wayLabel(int way)
{
    switch (static_cast<catalog::Way>(way)) {
    case catalog::Way::Original:
        return tr("original");
    case catalog::Way::Copy:
        return tr("copy");
    case catalog::Way::ELicence:
        return tr("e-licence");
    case catalog::Way::Verified:
        return tr("shared-data check");
    case catalog::Way::Commitment:
        return tr("commitment");
    }
    return {};
}

QVariant ChecklistModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const catalog::PlannedMaterial& pm = m_session.plan().materials.at(index.row());
    const intake::MaterialStatus status = m_session.caseData().materials.value(pm.material->id);
    if (role == MaterialIdRole)
        return pm.material->id;
    if (role == StateRole)
        return int(status.state);
    if (role == SatisfiedRole)
        return intake::satisfies(status.state);
    if (role == Qt::ForegroundRole && index.column() == StateColumn)
        return intake::satisfies(status.state) ? QVariant() : QVariant(QBrush(QColor(176, 0, 32)));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case MaterialColumn: {
        QString text = pm.material->name.text();
        if (role == Qt::ToolTipRole && !pm.material->obtainFrom.isEmpty())
            text += QStringLiteral("\n") + tr("Obtained from: %1").arg(pm.material->obtainFrom.text());
        return text;
    }
    case NeededByColumn: {
        QStringList parts;
        for (const catalog::MaterialNeed& need : pm.neededBy) {
            const catalog::ItemDef* item = m_session.catalog().item(need.source);
            QString who = item
                ? item->name.text()
                : (need.source == QStringLiteral("agent") ? tr("authorised agent") : tr("whole bundle"));
            if (role == Qt::ToolTipRole && !need.reason.isEmpty())
                who += QStringLiteral(" — ") + need.reason.text();
            parts << who;
        }
        if (!pm.producedBy.isEmpty()) {
            const catalog::ItemDef* producer = m_session.catalog().item(pm.producedBy);
            parts << tr("issued by %1").arg(producer ? producer->name.text() : pm.producedBy);
        }
        return parts.join(role == Qt::ToolTipRole ? QStringLiteral("\n") : QStringLiteral("、"));
    }
    case WaysColumn: {
        QStringList ways;
        for (catalog::Way w : pm.material->ways)
            ways << wayLabel(int(w));
        if (pm.tolerable)
            ways << tr("may follow later");
        return ways.join(QStringLiteral(" / "));
    }
    case StateColumn: {
        QString text = stateLabel(int(status.state));
        if (status.state == MaterialState::Tolerated && status.dueDate.isValid())
            text += QStringLiteral(" · ") + tr("due %1").arg(status.dueDate.toString(Qt::ISODate));
        return text;
    }
    case FilesColumn:
        return status.attachments.isEmpty() ? QString() : QString::number(status.attachments.size());
    default:
        return {};
    }
}

QVariant ChecklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case MaterialColumn:
        return tr("Material");
    case NeededByColumn:
        return tr("Needed by");
    case WaysColumn:
        return tr("Accepted ways");
    case StateColumn:
        return tr("State");
    case FilesColumn:
        return tr("Files");
    default:
        return {};
    }
}

} // namespace ow::ui
