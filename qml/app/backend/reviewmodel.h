#pragma once

#include <QAbstractListModel>
#include <QQmlEngine>

/** "What you told us": the child's saved answers in this session, each one deletable. */
class ReviewModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by CurrentSession.review")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Roles {
        ResponseIdRole = Qt::UserRole + 1, /**< the saved answer's id */
        ActivityIdRole,                    /**< which activity it answers */
        PromptRole,                        /**< the question, in the current language */
        KindRole,                          /**< "text", "choice", "scale" or "audio" */
        TextRole,                          /**< the typed words (text answers) */
        ScaleValueRole,                    /**< 1 to 5 (feelings scale answers) */
        ChosenRole,     /**< chosen labels, or a sort/timeline/circles in words */
        DurationMsRole, /**< a voice note's length */
    };
    Q_ENUM(Roles)

    struct Entry
    {
        QString responseId;
        QString activityId;
        QString prompt;
        QString kind;
        QString text;
        int scaleValue = 0;
        QString chosen;
        int durationMs = 0;
    };

    explicit ReviewModel(QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    void setEntries(QList<Entry> entries);
    void clear() { setEntries({}); }

signals:
    void countChanged();

private:
    QList<Entry> m_entries;
};
