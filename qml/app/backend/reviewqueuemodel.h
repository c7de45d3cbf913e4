#pragma once

#include "qml/controls/rowlistmodel.h"

#include <QQmlEngine>

class AppController;
class Preferences;

/**
 * The practitioner's review queue (issue 6): every share record on this device waiting for a
 * decision, with the child's own words beside the anonymised copy. Approve, redact more,
 * hold back and a voice note's typed summary all go through chorus::Sharing, which writes
 * the audit log (without content). Forgets everything when the store locks (UI-1).
 */
class ReviewQueueModel : public chorus::RowListModel
{
    Q_OBJECT
    QML_NAMED_ELEMENT(ReviewQueue)
    QML_SINGLETON
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)

public:
    enum Roles {
        ShareIdRole = Qt::UserRole + 1, /**< the share record's id */
        ConsultationRole,               /**< the consultation's title */
        PromptRole,                     /**< the question, in the current language */
        KindRole,                       /**< "text", "choice", "audio", "drawing", ... */
        OriginalRole,                   /**< the participant's own words (this device only) */
        AnonymisedRole,                 /**< the words as they would go */
        ContentRole,                    /**< everything else that would go, in words */
        DrawingOfferedRole,             /**< a drawing the participant agreed to share */
        ResponseIdRole,                 /**< the answer behind it (a drawing to show) */
    };
    Q_ENUM(Roles)

    ReviewQueueModel(AppController* app, Preferences* preferences, QObject* parent = nullptr);
    ~ReviewQueueModel() override;

    static ReviewQueueModel* create(QQmlEngine* engine, QJSEngine* js);
    static void setInstance(ReviewQueueModel* instance);

    [[nodiscard]] QString errorMessage() const { return m_error; }

    /** Every share id waiting, in the order shown. */
    [[nodiscard]] Q_INVOKABLE QStringList shareIds() const;
    /** Reads the queue again from the store. */
    Q_INVOKABLE void reload();
    /** The anonymised words with `wordsToHide` (separated by commas or new lines) hidden too:
     *  what the team would read after "redact more". */
    Q_INVOKABLE QString previewRedaction(const QString& shareId, const QString& wordsToHide,
                                         const QStringList& restored = {}) const;
    /** Approves the record as it is, or with `wordsToHide` hidden as well, and the
     *  `restored` words (hidden by the anonymiser by mistake) given back. */
    Q_INVOKABLE bool approve(const QString& shareId, const QString& wordsToHide = {},
                             const QStringList& restored = {});
    /** The words the anonymiser hid in a record: [{word, placeholder}], each once, so that
     *  the practitioner can give back one hidden by mistake ("More" in "More visits"). */
    Q_INVOKABLE QVariantList hiddenWords(const QString& shareId) const;
    /** Approves the record with its drawing (only offered with the share-drawings scope). */
    Q_INVOKABLE bool approveWithDrawing(const QString& shareId);
    Q_INVOKABLE bool holdBack(const QString& shareId);
    /** "Approve all": every waiting record as shown (the words as the team would read them;
     *  a drawing goes only through approveWithDrawing). Returns how many were approved. */
    Q_INVOKABLE int approveAll();
    /** The practitioner's typed summary of a voice note, sent (anonymised) instead of it. */
    Q_INVOKABLE bool summarise(const QString& shareId, const QString& summary);
    /** Loads the voice note behind a record into a VoicePlayer, from memory only. */
    Q_INVOKABLE bool loadVoiceNote(QObject* player, const QString& shareId);

    /** The outbox in numbers: {review, queued, failed} (waiting for approval, ready to send,
     *  refused by the hub). */
    Q_INVOKABLE QVariantMap outboxCounts() const;

    /** Splits the practitioner's "words to hide" into words and phrases. */
    static QStringList splitWords(const QString& wordsToHide);

signals:
    void errorMessageChanged();

private:
    struct Entry
    {
        QString shareId;
        QString responseId;
        QString consultation;
        QString prompt;
        QString kind;
        QString original;
        QString anonymised;
        QString content;
        bool drawingOffered = false;
    };

    [[nodiscard]] int rows() const override { return static_cast<int>(m_entries.size()); }
    [[nodiscard]] QVariant value(int row, int role) const override;
    /** Runs one Sharing action, then reloads; false with the reason shown on failure. */
    template <typename Action> bool act(Action action);
    void setEntries(QList<Entry> entries) { replaceRows(m_entries, std::move(entries)); }
    void setError(const QString& message);
    [[nodiscard]] const Entry* find(const QString& shareId) const;

    AppController* m_app = nullptr;
    Preferences* m_preferences = nullptr;
    QList<Entry> m_entries;
    QString m_error;
};
