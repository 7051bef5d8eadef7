#include "ui/cases/caselistmodel.h"

#include "app/common/logging.h"
#include "app/common/mask.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace ow::ui {

using intake::CaseState;
using intake::SyncState;

CaseListModel::CaseListModel(std::shared_ptr<intake::CaseRepository> repository,
    std::shared_ptr<const catalog::Catalog> catalog, QObject* parent)
    : QAbstractTableModel(parent)
    , m_repository(std::move(repository))
    , m_catalog(std::move(catalog))
{ }

void CaseListModel::setQuery(const intake::CaseQuery& query)
{
    m_query = query;
    reload();
}

void CaseListModel::setCatalog(std::shared_ptr<const catalog::Catalog> catalog)
{
    m_catalog = std::move(catalog);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, BundleColumn), index(int(m_rows.size()) - 1, BundleColumn));
}

bool CaseListModel::reload()
{
    if (!m_repository)
        return false;
    auto rows = m_repository->list(m_query);
    if (!rows) {
        qCWarning(lcUi) << "case list:" << rows.error().message;
        return false;
    }
    beginResetModel();
    m_rows = *rows;
    endResetModel();
    return true;
}

int CaseListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}
int CaseListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CaseListModel::uuidAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).uuid : QString();
}

const intake::CaseSummary* CaseListModel::summaryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

QString CaseListModel::stateText(const intake::CaseSummary& s)
{
    switch (s.state) {
    case CaseState::Draft:
        return tr("Draft");
    case CaseState::Cancelled:
        return tr("Cancelled");
    case CaseState::Returned:
        return tr("Returned for correction");
    case CaseState::Accepted:
        break;
    }
    switch (s.syncState) {
    case SyncState::Local:
        return tr("Accepted");
    case SyncState::Queued:
        return tr("Accepted · waiting for hand-off");
    case SyncState::Sending:
        return tr("Accepted · handing off…");
    case SyncState::Delivered:
        return tr("Handed off");
    case SyncState::Rejected:
        return tr("Hand-off refused: %1").arg(s.syncMessage);
    case SyncState::Returned:
        return tr("Returned for correction: %1").arg(s.syncMessage);
    }
    return {};
}

QVariant CaseListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const intake::CaseSummary& s = m_rows.at(index.row());
    if (role == UuidRole)
        return s.uuid;
    if (role == CaseStateRole)
        return int(s.state);
    if (role == SyncStateRole)
        return int(s.syncState);
    if (role == Qt::ForegroundRole && index.column() == StateColumn
        && (s.syncState == SyncState::Rejected || s.syncState == SyncState::Returned
            || s.state == CaseState::Returned))
        return QBrush(QColor(176, 0, 32));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NumberColumn:
        return s.caseNumber.isEmpty() ? tr("(draft)") : s.caseNumber;
    case BundleColumn: {
        const catalog::BundleDef* b = m_catalog ? m_catalog->bundle(s.bundleCode) : nullptr;
        return b ? b->name.text() : s.bundleCode;
    }
    case ApplicantColumn:
        return mask::name(s.applicantName);
    case IdColumn:
        return s.applicantId.isEmpty() ? QString() : mask::idNumber(s.applicantId);
    case StateColumn:
        return stateText(s);
    case TimeColumn:
        return QLocale().toString(
            (s.acceptedAt.isValid() ? s.acceptedAt : s.updatedAt).time(), QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("Case number");
    case BundleColumn:
        return tr("Bundle");
    case ApplicantColumn:
        return tr("Applicant");
    case IdColumn:
        return tr("ID / credit code");
    case StateColumn:
        return tr("State");
    case TimeColumn:
        return tr("Time");
    default:
        return {};
    }
}

} // namespace ow::ui
