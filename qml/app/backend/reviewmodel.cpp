#include "reviewmodel.h"

ReviewModel::ReviewModel(QObject* parent) : QAbstractListModel(parent) {}

int ReviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

QVariant ReviewModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Entry& e = m_entries.at(index.row());
    switch (role) {
    case ResponseIdRole:
        return e.responseId;
    case ActivityIdRole:
        return e.activityId;
    case PromptRole:
    case Qt::DisplayRole:
        return e.prompt;
    case KindRole:
        return e.kind;
    case TextRole:
        return e.text;
    case ScaleValueRole:
        return e.scaleValue;
    case ChosenRole:
        return e.chosen;
    case DurationMsRole:
        return e.durationMs;
    default:
        return {};
    }
}

QHash<int, QByteArray> ReviewModel::roleNames() const
{
    return {{ResponseIdRole, "responseId"},
            {ActivityIdRole, "activityId"},
            {PromptRole, "prompt"},
            {KindRole, "kind"},
            {TextRole, "text"},
            {ScaleValueRole, "scaleValue"},
            {ChosenRole, "chosen"},
            {DurationMsRole, "durationMs"}};
}

void ReviewModel::setEntries(QList<Entry> entries)
{
    const bool countChanges = entries.size() != m_entries.size();
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
    if (countChanges) {
        emit countChanged();
    }
}
