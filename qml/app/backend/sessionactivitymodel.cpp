#include "sessionactivitymodel.h"

SessionActivityModel::SessionActivityModel(QObject* parent) : QAbstractListModel(parent) {}

int SessionActivityModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

QVariant SessionActivityModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Entry& e = m_entries.at(index.row());
    switch (role) {
    case ActivityIdRole:
        return e.id;
    case TypeRole:
        return e.type;
    case PromptRole:
    case Qt::DisplayRole:
        return e.prompt;
    case StatusRole:
        return QVariant::fromValue(e.status);
    default:
        return {};
    }
}

QHash<int, QByteArray> SessionActivityModel::roleNames() const
{
    return {{ActivityIdRole, "activityId"},
            {TypeRole, "type"},
            {PromptRole, "prompt"},
            {StatusRole, "status"}};
}

void SessionActivityModel::setEntries(QList<Entry> entries)
{
    const bool countChanges = entries.size() != m_entries.size();
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
    if (countChanges) {
        emit countChanged();
    }
}

void SessionActivityModel::setStatus(int row, Status status)
{
    if (row < 0 || row >= rowCount() || m_entries[row].status == status) {
        return;
    }
    m_entries[row].status = status;
    emit dataChanged(index(row), index(row), {StatusRole});
}

void SessionActivityModel::setPrompts(const QStringList& prompts)
{
    for (int i = 0; i < rowCount() && i < prompts.size(); ++i) {
        m_entries[i].prompt = prompts.at(i);
    }
    if (!m_entries.isEmpty()) {
        emit dataChanged(index(0), index(rowCount() - 1), {PromptRole});
    }
}

int SessionActivityModel::indexOf(const QString& activityId) const
{
    for (int i = 0; i < rowCount(); ++i) {
        if (m_entries[i].id == activityId) {
            return i;
        }
    }
    return -1;
}
