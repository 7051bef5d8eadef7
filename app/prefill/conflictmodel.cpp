#include "app/prefill/conflictmodel.h"

#include "app/prefill/prefillengine.h"

#include <QCoreApplication>

namespace ow::prefill {
ConflictModel::ConflictModel(PrefillEngine* engine, QObject* parent)
    : QAbstractTableModel(parent)
    , m_engine(engine)
{
    connect(engine, &PrefillEngine::conflictsChanged, this, &ConflictModel::refresh);
    connect(engine, &PrefillEngine::candidatesChanged, this, &ConflictModel::refresh);
    refresh();
}

void ConflictModel::refresh()
{
    QList<Row> rows;
    if (m_engine) {
        for (const Conflict& c : m_engine->conflicts()) {
            for (qsizetype i = 0; i < c.candidates.size(); ++i) {
                const Candidate& cand = c.candidates.at(i);
                Row r;
                r.fieldId = c.fieldId;
                r.fieldLabel = m_engine->fieldLabel(c.fieldId);
                r.candidateIndex = int(i);
                r.value = cand.text();
                r.source = cand.source;
                QStringList also;
                for (const QString& s : cand.alsoFrom)
                    also << sourceLabel(s);
                r.sourceLabel = sourceLabel(cand.source)
                    + (also.isEmpty() ? QString() : QStringLiteral(" + ") + also.join(QStringLiteral(" + ")));
                r.obtainedAt = cand.obtainedAt;
                r.evidence = cand.evidence;
                r.stale = cand.stale;
                r.applied = c.appliedIndex == int(i);
                QStringList note;
                if (!cand.detail.isEmpty())
                    note << cand.detail;
                if (cand.stale)
                    note << tr("may be out of date");
                r.note = note.join(QStringLiteral("; "));
                rows.append(r);
            }
        }
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int ConflictModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConflictModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConflictModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case FieldColumn:
            return r.fieldLabel;
        case ValueColumn:
            return r.value;
        case SourceColumn:
            return r.sourceLabel;
        case ObtainedColumn:
            return r.obtainedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        case NoteColumn:
            return r.note;
        default:
            return {};
        }
    case FieldIdRole:
        return r.fieldId;
    case CandidateIndexRole:
        return r.candidateIndex;
    case SourceRole:
        return r.source;
    case EvidenceRole:
        return r.evidence;
    case StaleRole:
        return r.stale;
    case AppliedRole:
        return r.applied;
    default:
        return {};
    }
}

QVariant ConflictModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FieldColumn:
        return tr("Field");
    case ValueColumn:
        return tr("Value");
    case SourceColumn:
        return tr("Source");
    case ObtainedColumn:
        return tr("Obtained");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

QHash<int, QByteArray> ConflictModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(FieldIdRole, "fieldId");
    names.insert(CandidateIndexRole, "candidateIndex");
    names.insert(SourceRole, "source");
    names.insert(EvidenceRole, "evidence");
    names.insert(StaleRole, "stale");
    names.insert(AppliedRole, "applied");
    return names;
}

bool ConflictModel::chooseRow(int row)
{
    if (!m_engine || row < 0 || row >= m_rows.size())
        return false;
    const Row r = m_rows.at(row);
    return m_engine->choose(r.fieldId, r.candidateIndex);
}

} // namespace ow::prefill
