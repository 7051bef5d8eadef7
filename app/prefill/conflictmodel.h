#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QPointer>

namespace ow::prefill {

class PrefillEngine;

// The engine's unresolved conflicts as a table, one row per candidate, grouped by field: the UI shows the
// sources side by side and calls PrefillEngine::choose(FieldIdRole, CandidateIndexRole) on the row the clerk
// picks. Follows the engine by itself (conflictsChanged).
class ConflictModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictModel)
public:
    enum Column { FieldColumn, ValueColumn, SourceColumn, ObtainedColumn, NoteColumn, ColumnCount };
    enum Role {
        FieldIdRole = Qt::UserRole + 1, // QString
        CandidateIndexRole, // int, for PrefillEngine::choose
        SourceRole, // QString, the source name ("idCard", "history", …)
        EvidenceRole, // QString
        StaleRole, // bool
        AppliedRole, // bool: the field holds this value now
    };

    explicit ConflictModel(PrefillEngine* engine, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Chooses the candidate of a row. False when the row is out of range or the engine refused.
    bool chooseRow(int row);

public Q_SLOTS:
    void refresh();

private:
    struct Row
    {
        QString fieldId;
        QString fieldLabel;
        int candidateIndex = 0;
        QString value;
        QString source;
        QString sourceLabel;
        QDateTime obtainedAt;
        QString evidence;
        QString note;
        bool stale = false;
        bool applied = false;
    };
    QPointer<PrefillEngine> m_engine;
    QList<Row> m_rows;
};

} // namespace ow::prefill
