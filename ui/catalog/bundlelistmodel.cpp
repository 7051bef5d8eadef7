#include "ui/catalog/bundlelistmodel.h"

namespace ow::ui {

BundleListModel::BundleListModel(QObject* parent)
    : QAbstractListModel(parent)
{ }

void BundleListModel::setCatalog(std::shared_ptr<const catalog::Catalog> catalog)
{
    m_catalog = std::move(catalog);
    rebuild();
}

void BundleListModel::setListType(const QString& listType)
{
    m_listType = listType;
    rebuild();
}

void BundleListModel::setStage(const QString& stage)
{
    m_stage = stage;
    rebuild();
}

void BundleListModel::setSearchResults(const QString& query, const QStringList& rankedCodes)
{
    m_query = query.trimmed();
    m_ranked = rankedCodes;
    rebuild();
}

void BundleListModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    if (m_catalog) {
        auto accept = [this](const catalog::BundleDef& b) {
            return (m_listType.isEmpty() || b.listType == m_listType)
                && (m_stage.isEmpty() || b.stage == m_stage);
        };
        if (m_query.isEmpty()) {
            for (const catalog::BundleDef& b : m_catalog->bundles()) {
                if (accept(b))
                    m_rows.append(&b);
            }
        } else {
            for (const QString& code : std::as_const(m_ranked)) {
                const catalog::BundleDef* b = m_catalog->bundle(code);
                if (b && accept(*b) && !m_rows.contains(b))
                    m_rows.append(b);
            }
        }
    }
    endResetModel();
}

int BundleListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant BundleListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const catalog::BundleDef* b = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        QString text = b->name.text();
        if (b->status == QStringLiteral("example"))
            text += QStringLiteral("  ") + tr("(example)");
        return text;
    }
    case Qt::ToolTipRole:
        return b->summary.text().isEmpty() ? b->name.text() : b->summary.text();
    case CodeRole:
        return b->code;
    case ListTypeRole:
        return b->listType;
    case StageRole:
        return b->stage;
    case StatusRole:
        return b->status;
    case SubjectKindRole:
        return b->subjectKind;
    default:
        return {};
    }
}

QHash<int, QByteArray> BundleListModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(CodeRole, "code");
    names.insert(ListTypeRole, "listType");
    names.insert(StageRole, "stage");
    names.insert(StatusRole, "status");
    names.insert(SubjectKindRole, "subjectKind");
    return names;
}

QString BundleListModel::codeAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row)->code : QString();
}

int BundleListModel::rowOf(const QString& code) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i)->code == code)
            return int(i);
    }
    return -1;
}

QString BundleListModel::stageName(const QString& stage)
{
    static const QHash<QString, const char*> names = {
        {QStringLiteral("birth"), QT_TR_NOOP("Birth")},
        {QStringLiteral("education"), QT_TR_NOOP("Education")},
        {QStringLiteral("employment"), QT_TR_NOOP("Employment")},
        {QStringLiteral("living"), QT_TR_NOOP("Daily life")},
        {QStringLiteral("housing"), QT_TR_NOOP("Housing")},
        {QStringLiteral("travel"), QT_TR_NOOP("Travel")},
        {QStringLiteral("medical"), QT_TR_NOOP("Medical care")},
        {QStringLiteral("assistance"), QT_TR_NOOP("Assistance")},
        {QStringLiteral("elderly"), QT_TR_NOOP("Old age")},
        {QStringLiteral("after-death"), QT_TR_NOOP("After death")},
        {QStringLiteral("market-entry"), QT_TR_NOOP("Market entry")},
        {QStringLiteral("hiring"), QT_TR_NOOP("Hiring")},
        {QStringLiteral("tax"), QT_TR_NOOP("Tax and contributions")},
        {QStringLiteral("operation"), QT_TR_NOOP("Operation")},
        {QStringLiteral("construction"), QT_TR_NOOP("Construction")},
        {QStringLiteral("exit"), QT_TR_NOOP("Exit")},
    };
    auto it = names.constFind(stage);
    return it == names.constEnd() ? stage : tr(*it);
}

QString BundleListModel::listTypeName(const QString& listType)
{
    if (listType == QStringLiteral("key"))
        return tr("Annual key list");
    if (listType == QStringLiteral("overall"))
        return tr("Overall list");
    if (listType == QStringLiteral("local"))
        return tr("Local list");
    return tr("All");
}

} // namespace ow::ui
