#include "sharepreviewmodel.h"

#include "core/anonymiser/piikind.h"

SharePreviewModel::SharePreviewModel(QObject* parent)
    : RowListModel({{ShareIdRole, "shareId"},
                    {PromptRole, "prompt"},
                    {KindRole, "kind"},
                    {TextRole, "text"},
                    {ContentRole, "content"},
                    {ScaleValueRole, "scaleValue"},
                    {WaitingRole, "waiting"},
                    {DrawingResponseIdRole, "drawingResponseId"}},
                   PromptRole, parent)
{}

QVariant SharePreviewModel::value(int row, int role) const
{
    const Entry& e = m_entries.at(row);
    switch (role) {
    case ShareIdRole:
        return e.shareId;
    case PromptRole:
        return e.prompt;
    case KindRole:
        return e.kind;
    // Placeholders in the child's language ("[enw]", "[الاسم]"); the share keeps "[name]".
    case TextRole:
        return chorus::localisedPlaceholders(e.text);
    case ContentRole:
        return chorus::localisedPlaceholders(e.content);
    case ScaleValueRole:
        return e.scaleValue;
    case WaitingRole:
        return e.waiting;
    case DrawingResponseIdRole:
        return e.drawingResponseId;
    default:
        return {};
    }
}

QStringList SharePreviewModel::shareIds() const
{
    QStringList out;
    for (const auto& e : m_entries) {
        out << e.shareId;
    }
    return out;
}
