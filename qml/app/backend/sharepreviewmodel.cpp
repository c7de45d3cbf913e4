#include "sharepreviewmodel.h"

#include "core/anonymiser/piikind.h"

SharePreviewModel::SharePreviewModel(QObject* parent) : QAbstractListModel(parent) {}

int SharePreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

QVariant SharePreviewModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Entry& e = m_entries.at(index.row());
    switch (role) {
    case ShareIdRole:
        return e.shareId;
    case PromptRole:
    case Qt::DisplayRole:
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

QHash<int, QByteArray> SharePreviewModel::roleNames() const
{
    return {{ShareIdRole, "shareId"}, {PromptRole, "prompt"},
            {KindRole, "kind"},       {TextRole, "text"},
            {ContentRole, "content"}, {ScaleValueRole, "scaleValue"},
            {WaitingRole, "waiting"}, {DrawingResponseIdRole, "drawingResponseId"}};
}

void SharePreviewModel::setEntries(QList<Entry> entries)
{
    const bool countChanges = entries.size() != m_entries.size();
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
    if (countChanges) {
        emit countChanged();
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
