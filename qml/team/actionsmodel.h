#pragma once

#include "reviewrequests.h"

#include <QVariantList>

namespace chorus::team {

/**
 * "You said, we did" for one consultation: the team's actions (drafts and published),
 * saving one (new: POST, else PUT) and publishing it to the children's devices.
 */
class ActionsModel : public chorus::team::ReviewRequests
{
    Q_OBJECT
    QML_ELEMENT
    /** The hub's actions: [{id, youSaid, weDid, status, date, feedbackIds, themeIds, state,
     *  seq, publishedAt}], oldest first. */
    Q_PROPERTY(QVariantList actions READ actions NOTIFY actionsChanged)
    /** What the last change did: "saved" or "published"; empty before any. */
    Q_PROPERTY(QString lastDone READ lastDone NOTIFY lastDoneChanged)
    /** The id of the action last saved or published. */
    Q_PROPERTY(QString lastId READ lastId NOTIFY lastDoneChanged)

public:
    explicit ActionsModel(QObject* parent = nullptr);

    [[nodiscard]] QVariantList actions() const { return m_actions; }
    [[nodiscard]] QString lastDone() const { return m_lastDone; }
    [[nodiscard]] QString lastId() const { return m_lastId; }

    Q_INVOKABLE void refresh();
    /** Saves an action map (id empty: a new one). Checks what the hub would refuse first,
     *  naming the field: "missing_field" (youSaid, weDid), "invalid_value" (status, date),
     *  "too_few" (no record or theme linked). */
    Q_INVOKABLE void save(const QVariantMap& action);
    /** Publishes a saved action: devices whose records it is linked to receive it. */
    Q_INVOKABLE void publish(const QString& actionId);
    /** One action by id (empty map if not in the list). */
    Q_INVOKABLE QVariantMap action(const QString& actionId) const;

signals:
    void actionsChanged();
    void lastDoneChanged();

private:
    void done(const QString& what, const QString& id);

    QVariantList m_actions;
    QString m_lastDone;
    QString m_lastId;
};

} // namespace chorus::team
