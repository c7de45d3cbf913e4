#pragma once

#include "qml/controls/rowlistmodel.h"

#include <QQmlEngine>

/** The activities of the running session in order, with where the child got to in each. */
class SessionActivityModel : public chorus::RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by CurrentSession.activities")

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

    void setEntries(QList<Entry> entries) { replaceRows(m_entries, std::move(entries)); }
    void setStatus(int row, Status status);
    void setPrompts(const QStringList& prompts);
    [[nodiscard]] const Entry& at(int row) const { return m_entries.at(row); }
    [[nodiscard]] int indexOf(const QString& activityId) const;

private:
    [[nodiscard]] int rows() const override { return static_cast<int>(m_entries.size()); }
    [[nodiscard]] QVariant value(int row, int role) const override;

    QList<Entry> m_entries;
};
