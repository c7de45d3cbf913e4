#pragma once

#include <QAbstractListModel>
#include <QQmlEngine>

#include <utility>

namespace chorus {

/**
 * The base of every list model the pages show (the app's and the Team screens'): rows read
 * through a table of roles. It answers rowCount, data (index checked, Qt::DisplayRole read as
 * one of the named roles) and roleNames, and gives QML a `count` that is notified when the
 * number of rows changes. A model keeps only its own part: its rows, its role table and what
 * each role of a row reads (value()).
 */
class RowListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const final;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const final;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const final;

signals:
    void countChanged();

protected:
    /** `roles` names each role for QML; Qt::DisplayRole reads `displayRole`. */
    RowListModel(QHash<int, QByteArray> roles, int displayRole, QObject* parent);

    [[nodiscard]] virtual int rows() const = 0;
    /** What `role` reads in row `row`, which is in range; {} for a role the model lacks. */
    [[nodiscard]] virtual QVariant value(int row, int role) const = 0;

    /** Swaps every row for `replacement` in one model reset. */
    template <typename Rows> void replaceRows(Rows& rows, Rows replacement)
    {
        const bool countChanges = replacement.size() != rows.size();
        beginResetModel();
        rows = std::move(replacement);
        endResetModel();
        if (countChanges) {
            emit countChanged();
        }
    }
    /** Tells views that `roles` of one row read differently now. */
    void rowChanged(int row, const QList<int>& roles);
    /** Tells views that `roles` read differently in every row (e.g. in another language). */
    void everyRowChanged(const QList<int>& roles);

private:
    QHash<int, QByteArray> m_roles;
    int m_displayRole;
};

} // namespace chorus
