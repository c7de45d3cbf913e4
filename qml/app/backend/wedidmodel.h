#pragma once

#include "qml/controls/rowlistmodel.h"

#include <QDate>
#include <QQmlEngine>
#include <QQmlParserStatus>

namespace chorus {
class Store;
}

/**
 * "What the team did" for one child or young person: the "you said, we did" actions the hub
 * published that answer this participant's own feedback (chorus::sync::SyncRecords::actionsFor),
 * newest first. Only ever one participant's: on a shared tablet a child never sees the answers
 * to another child's words. The frame words ("You told us", "We did") are the page's; the
 * team's own words are shown as written.
 */
class WeDidModel : public chorus::RowListModel, public QQmlParserStatus
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    /** The participant whose actions are shown; empty shows nothing. */
    Q_PROPERTY(
        QString participantId READ participantId WRITE setParticipantId NOTIFY participantIdChanged)
    /** The language the dates are written in ("en", "cy", "ar"). */
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)

public:
    enum Roles {
        ActionIdRole = Qt::UserRole + 1, /**< the hub's id of the action */
        YouSaidRole,                     /**< what the team heard, as the team wrote it */
        WeDidRole,                       /**< what the team did or will do, as written */
        StatusRole,                      /**< "planned", "doing", "done" or "" (not known yet) */
        DateTextRole,                    /**< the team's date in `language`; empty if none */
    };
    Q_ENUM(Roles)

    struct Entry
    {
        QString actionId;
        QString youSaid;
        QString weDid;
        QString status;
        QDate date;
    };

    explicit WeDidModel(QObject* parent = nullptr);

    [[nodiscard]] QString participantId() const { return m_participantId; }
    void setParticipantId(const QString& id);
    [[nodiscard]] QString language() const { return m_language; }
    void setLanguage(const QString& language);
    [[nodiscard]] QString errorMessage() const { return m_error; }

    /** Reads the actions again from the app's open store (none while it is locked). */
    Q_INVOKABLE void reload();
    /** Reads the actions of `participantId` from `store` (the app's, or a test's). */
    void load(chorus::Store& store, const QString& participantId);
    /** The practitioner's "news from the team": each participant of this device whose
     *  feedback the team answered, as [{participantId, codeName, consultation, count}] in
     *  code-name order. Empty while locked. */
    [[nodiscard]] Q_INVOKABLE QVariantList news() const;
    /** Every action id shown, in order. */
    [[nodiscard]] Q_INVOKABLE QStringList actionIds() const;
    [[nodiscard]] const QList<Entry>& entries() const { return m_entries; }

    void classBegin() override {}
    void componentComplete() override;

signals:
    void participantIdChanged();
    void languageChanged();
    void errorMessageChanged();

private:
    [[nodiscard]] int rows() const override { return static_cast<int>(m_entries.size()); }
    [[nodiscard]] QVariant value(int row, int role) const override;
    void setEntries(QList<Entry> entries) { replaceRows(m_entries, std::move(entries)); }
    void setError(const QString& message);
    [[nodiscard]] chorus::Store* appStore() const;

    QString m_participantId;
    QString m_language = QStringLiteral("en");
    QString m_error;
    QList<Entry> m_entries;
    bool m_complete = false;
};
