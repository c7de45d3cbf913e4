#include "rowlistmodel.h"

namespace chorus {

RowListModel::RowListModel(QHash<int, QByteArray> roles, int displayRole, QObject* parent)
    : QAbstractListModel(parent), m_roles(std::move(roles)), m_displayRole(displayRole)
{
    Q_ASSERT(m_roles.contains(m_displayRole));
}

int RowListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : rows();
}

QVariant RowListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    return value(index.row(), role == Qt::DisplayRole ? m_displayRole : role);
}

QHash<int, QByteArray> RowListModel::roleNames() const
{
    return m_roles;
}

void RowListModel::rowChanged(int row, const QList<int>& roles)
{
    emit dataChanged(index(row), index(row), roles);
}

void RowListModel::everyRowChanged(const QList<int>& roles)
{
    if (const int count = rows(); count > 0) {
        emit dataChanged(index(0), index(count - 1), roles);
    }
}

} // namespace chorus
