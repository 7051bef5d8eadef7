#pragma once

#include <QAbstractTableModel>

namespace ow::intake {
class IntakeSession;
}

namespace ow::ui {

// The merged, deduplicated material checklist (一套材料) of the case in progress.
class ChecklistModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChecklistModel)
public:
    enum Column { MaterialColumn, NeededByColumn, WaysColumn, StateColumn, FilesColumn, ColumnCount };
    enum Role { MaterialIdRole = Qt::UserRole + 1, StateRole, SatisfiedRole };

    explicit ChecklistModel(intake::IntakeSession& session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QString materialIdAt(int row) const;
    int rowOf(const QString& materialId) const;

    static QString stateLabel(int state);
    static QString wayLabel(int way);

private:
    void refreshRow(const QString& materialId);
    intake::IntakeSession& m_session;
};

} // namespace ow::ui
