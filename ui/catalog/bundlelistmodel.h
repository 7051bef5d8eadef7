#pragma once

#include "app/catalog/catalog.h"

#include <QAbstractListModel>

#include <memory>

namespace ow::ui {

// The bundles of the catalog, filtered by list type and life-cycle stage, optionally in search-rank order.
class BundleListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BundleListModel)
public:
    enum Role { CodeRole = Qt::UserRole + 1, ListTypeRole, StageRole, StatusRole, SubjectKindRole };

    explicit BundleListModel(QObject* parent = nullptr);

    void setCatalog(std::shared_ptr<const catalog::Catalog> catalog);
    // "" = all list types; otherwise "key", "overall" or "local".
    void setListType(const QString& listType);
    // "" = all stages.
    void setStage(const QString& stage);
    // Search results in rank order; an empty query shows everything (catalog order).
    void setSearchResults(const QString& query, const QStringList& rankedCodes);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString codeAt(int row) const;
    int rowOf(const QString& code) const;

    // Display names of the catalog's stage and list-type codes, in the UI language.
    static QString stageName(const QString& stage);
    static QString listTypeName(const QString& listType);

private:
    void rebuild();
    std::shared_ptr<const catalog::Catalog> m_catalog;
    QString m_listType;
    QString m_stage;
    QString m_query;
    QStringList m_ranked;
    QList<const catalog::BundleDef*> m_rows;
};

} // namespace ow::ui
