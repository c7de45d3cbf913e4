#include "actionsmodel.h"

#include "qml/team/reviewclient.h"

#include <QDate>
#include <QJsonArray>
#include <QUrl>

using chorus::sync::ReviewReply;

namespace chorus::team {

ActionsModel::ActionsModel(QObject* parent) : ReviewRequests(parent)
{
    connect(this, &ReviewRequests::consultationChanged, this, &ActionsModel::refresh);
}

void ActionsModel::refresh()
{
    if (consultation().isEmpty()) {
        return;
    }
    send(Verb::Get, QStringLiteral("/v1/review/actions") + consultationQuery(), {},
         [this](const ReviewReply& reply) {
             m_actions = reply.body.value(QStringLiteral("actions")).toArray().toVariantList();
             emit actionsChanged();
         });
}

QVariantMap ActionsModel::action(const QString& actionId) const
{
    for (const QVariant& v : m_actions) {
        if (v.toMap().value(QStringLiteral("id")).toString() == actionId) {
            return v.toMap();
        }
    }
    return {};
}

void ActionsModel::done(const QString& what, const QString& id)
{
    m_lastDone = what;
    m_lastId = id;
    emit lastDoneChanged();
}

void ActionsModel::save(const QVariantMap& action)
{
    clearError();
    const QString id = action.value(QStringLiteral("id")).toString();
    const QString youSaid = action.value(QStringLiteral("youSaid")).toString().trimmed();
    const QString weDid = action.value(QStringLiteral("weDid")).toString().trimmed();
    const QString status = action.value(QStringLiteral("status")).toString();
    const QString date = action.value(QStringLiteral("date")).toString().trimmed();
    const QStringList feedbackIds = action.value(QStringLiteral("feedbackIds")).toStringList();
    const QStringList themeIds = action.value(QStringLiteral("themeIds")).toStringList();
    // The same checks as the hub's, so that the person hears what to fix before sending.
    if (youSaid.isEmpty() || weDid.isEmpty()) {
        fail(QStringLiteral("missing_field"), {},
             youSaid.isEmpty() ? QStringLiteral("youSaid") : QStringLiteral("weDid"));
        return;
    }
    if (youSaid.size() > 2000 || weDid.size() > 2000) {
        fail(QStringLiteral("too_long"), {},
             youSaid.size() > 2000 ? QStringLiteral("youSaid") : QStringLiteral("weDid"));
        return;
    }
    static const QStringList statuses{"planned", "doing", "done"};
    if (!statuses.contains(status)) {
        fail(QStringLiteral("invalid_value"), {}, QStringLiteral("status"));
        return;
    }
    if (!QDate::fromString(date, Qt::ISODate).isValid() || date.size() != 10) {
        fail(QStringLiteral("invalid_value"), {}, QStringLiteral("date"));
        return;
    }
    if (feedbackIds.isEmpty() && themeIds.isEmpty()) {
        fail(QStringLiteral("too_few"), {}, QStringLiteral("feedbackIds"));
        return;
    }
    QJsonObject body{{"youSaid", youSaid},
                     {"weDid", weDid},
                     {"status", status},
                     {"date", date},
                     {"feedbackIds", QJsonArray::fromStringList(feedbackIds)},
                     {"themeIds", QJsonArray::fromStringList(themeIds)}};
    auto saved = [this](const ReviewReply& reply) {
        done(QStringLiteral("saved"), reply.body.value(QStringLiteral("id")).toString());
        refresh();
    };
    if (id.isEmpty()) {
        body.insert(QStringLiteral("consultationId"), consultation());
        send(Verb::Post, QStringLiteral("/v1/review/actions"), body, saved);
    } else {
        send(Verb::Put,
             QStringLiteral("/v1/review/actions/") +
                 QString::fromLatin1(QUrl::toPercentEncoding(id)),
             body, saved);
    }
}

void ActionsModel::publish(const QString& actionId)
{
    clearError();
    if (actionId.isEmpty()) {
        fail(QStringLiteral("not_saved"));
        return;
    }
    send(Verb::Post,
         QStringLiteral("/v1/review/actions/%1/publish")
             .arg(QString::fromLatin1(QUrl::toPercentEncoding(actionId))),
         QJsonObject{}, [this](const ReviewReply& reply) {
             done(QStringLiteral("published"), reply.body.value(QStringLiteral("id")).toString());
             refresh();
         });
}

} // namespace chorus::team
