#include "reviewmodel.h"

ReviewModel::ReviewModel(QObject* parent)
    : RowListModel({{ResponseIdRole, "responseId"},
                    {ActivityIdRole, "activityId"},
                    {PromptRole, "prompt"},
                    {KindRole, "kind"},
                    {TextRole, "text"},
                    {ScaleValueRole, "scaleValue"},
                    {ChosenRole, "chosen"},
                    {DurationMsRole, "durationMs"}},
                   PromptRole, parent)
{}

QVariant ReviewModel::value(int row, int role) const
{
    const Entry& e = m_entries.at(row);
    switch (role) {
    case ResponseIdRole:
        return e.responseId;
    case ActivityIdRole:
        return e.activityId;
    case PromptRole:
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
