#include "sessionactivitymodel.h"

SessionActivityModel::SessionActivityModel(QObject* parent)
    : RowListModel({{ActivityIdRole, "activityId"},
                    {TypeRole, "type"},
                    {PromptRole, "prompt"},
                    {StatusRole, "status"}},
                   PromptRole, parent)
{}

QVariant SessionActivityModel::value(int row, int role) const
{
    const Entry& e = m_entries.at(row);
    switch (role) {
    case ActivityIdRole:
        return e.id;
    case TypeRole:
        return e.type;
    case PromptRole:
        return e.prompt;
    case StatusRole:
        return QVariant::fromValue(e.status);
    default:
        return {};
    }
}

void SessionActivityModel::setStatus(int row, Status status)
{
    if (row < 0 || row >= rowCount() || m_entries[row].status == status) {
        return;
    }
    m_entries[row].status = status;
    rowChanged(row, {StatusRole});
}

void SessionActivityModel::setPrompts(const QStringList& prompts)
{
    for (int i = 0; i < rowCount() && i < prompts.size(); ++i) {
        m_entries[i].prompt = prompts.at(i);
    }
    everyRowChanged({PromptRole});
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
