#pragma once

#include <QAbstractListModel>
#include <QQmlEngine>

/** The activities of the running session in order, with where the child got to in each. */
class SessionActivityModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by CurrentSession.activities")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum class Status { ToDo, Answered, Skipped };
    Q_ENUM(Status)

    enum Roles {
        ActivityIdRole = Qt::UserRole + 1, /**< the activity's id in the pack */
        TypeRole,                          /**< type name in the pack format */
        PromptRole,                        /**< the prompt in the current language */
        StatusRole,                        /**< Status: to do, answered or skipped */
    };
    Q_ENUM(Roles)

    struct Entry
    {
        QString id;
        QString type;
        QString prompt;
        Status status = Status::ToDo;
    };

    explicit SessionActivityModel(QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    void setEntries(QList<Entry> entries);
    void setStatus(int row, Status status);
    void setPrompts(const QStringList& prompts);
    [[nodiscard]] const Entry& at(int row) const { return m_entries.at(row); }
    [[nodiscard]] int indexOf(const QString& activityId) const;

signals:
    void countChanged();

private:
    QList<Entry> m_entries;
};
