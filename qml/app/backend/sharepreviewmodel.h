#pragma once

#include "qml/controls/rowlistmodel.h"

#include <QQmlEngine>

/**
 * "What the team will see" (CP-6): exactly the share records Sharing::preview yields for the
 * participant, in words. Each can be removed before it goes (CurrentSession.removeFromSharing).
 */
class SharePreviewModel : public chorus::RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by CurrentSession.sharePreview")

public:
    enum Roles {
        ShareIdRole = Qt::UserRole + 1, /**< the share record's id */
        PromptRole,                     /**< the question, in the current language */
        KindRole,                       /**< "text", "choice", "scale", "audio", ... */
        TextRole,                       /**< the anonymised words, exactly as they go */
        ContentRole,                    /**< everything else that goes, in words */
        ScaleValueRole,                 /**< 1 to 5, or 0 */
        WaitingRole,                    /**< still waiting for the practitioner to check it */
        DrawingResponseIdRole,          /**< the answer whose drawing goes; empty if none */
    };
    Q_ENUM(Roles)

    struct Entry
    {
        QString shareId;
        QString prompt;
        QString kind;
        QString text;
        QString content;
        int scaleValue = 0;
        bool waiting = false;
        QString drawingResponseId; ///< set only when the drawing itself goes to the team
    };

    explicit SharePreviewModel(QObject* parent = nullptr);

    void setEntries(QList<Entry> entries) { replaceRows(m_entries, std::move(entries)); }
    void clear() { setEntries({}); }
    /** Every share id shown, in order (for tests and the read-aloud of the whole list). */
    [[nodiscard]] Q_INVOKABLE QStringList shareIds() const;

private:
    [[nodiscard]] int rows() const override { return static_cast<int>(m_entries.size()); }
    [[nodiscard]] QVariant value(int row, int role) const override;

    QList<Entry> m_entries;
};
