#pragma once

#include "app/catalog/catalog.h"
#include "app/intake/caserepository.h"

#include <QAbstractTableModel>

#include <memory>

namespace ow::ui {

// Today's cases at this counter (or a search over all), with personal data masked for the screen.
class CaseListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseListModel)
public:
    enum Column {
        NumberColumn,
        BundleColumn,
        ApplicantColumn,
        IdColumn,
        StateColumn,
        TimeColumn,
        ColumnCount
    };
    enum Role { UuidRole = Qt::UserRole + 1, CaseStateRole, SyncStateRole };

    CaseListModel(std::shared_ptr<intake::CaseRepository> repository,
        std::shared_ptr<const catalog::Catalog> catalog, QObject* parent = nullptr);

    void setQuery(const intake::CaseQuery& query);
    // The catalog the bundle names come from (after an update from the server).
    void setCatalog(std::shared_ptr<const catalog::Catalog> catalog);
    const intake::CaseQuery& query() const { return m_query; }
    // Reloads from the store; returns false (and keeps the rows) if the store could not be read.
    bool reload();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QString uuidAt(int row) const;
    const intake::CaseSummary* summaryAt(int row) const;

    // How the clerk sees a case's state: draft, accepted, waiting for hand-off, handed off, returned…
    static QString stateText(const intake::CaseSummary& s);

private:
    std::shared_ptr<intake::CaseRepository> m_repository;
    std::shared_ptr<const catalog::Catalog> m_catalog;
    intake::CaseQuery m_query;
    QList<intake::CaseSummary> m_rows;
};

} // namespace ow::ui
