#pragma once

#include "qml/controls/rowlistmodel.h"

#include <QQmlEngine>

/** "What you told us": the child's saved answers in this session, each one deletable. */
class ReviewModel : public chorus::RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by CurrentSession.review")

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

    void setEntries(QList<Entry> entries) { replaceRows(m_entries, std::move(entries)); }
    void clear() { setEntries({}); }

private:
    [[nodiscard]] int rows() const override { return static_cast<int>(m_entries.size()); }
    [[nodiscard]] QVariant value(int row, int role) const override;

    QList<Entry> m_entries;
};
