#include "reviewrequests.h"

#include "qml/team/reviewclient.h"
#include "teamcontroller.h"

#include <QPointer>
#include <QUrl>

using chorus::sync::ReviewClient;
using chorus::sync::ReviewReply;

namespace chorus::team {

ReviewRequests::ReviewRequests(QObject* parent) : QObject(parent) {}

void ReviewRequests::setTeam(TeamController* team)
{
    if (team != m_team) {
        m_team = team;
        emit teamChanged();
        // QML sets the team and the consultation in either order: a refusal from before the
        // team came (not signed in) no longer holds, and what a consultation starts (the
        // models' refresh) runs again now that both are known.
        clearError();
        if (!m_consultation.isEmpty()) {
            emit consultationChanged();
        }
    }
}

void ReviewRequests::setConsultation(const QString& id)
{
    if (id == m_consultation) {
        return;
    }
    m_consultation = id;
    emit consultationChanged();
}

void ReviewRequests::clearError()
{
    fail({});
}

void ReviewRequests::fail(const QString& code, const QString& detail, const QString& field)
{
    if (code == m_errorCode && detail == m_errorDetail && field == m_errorField) {
        return;
    }
    m_errorCode = code;
    m_errorDetail = detail;
    m_errorField = field;
    emit errorChanged();
}

void ReviewRequests::noteThreshold(const QJsonObject& body)
{
    const int k = body.value(QStringLiteral("smallNumberThreshold")).toInt(0);
    if (k > 0 && k != m_threshold) {
        m_threshold = k;
        emit thresholdChanged();
    }
}

QString ReviewRequests::consultationQuery() const
{
    return QStringLiteral("?consultation=") +
           QString::fromLatin1(QUrl::toPercentEncoding(m_consultation));
}

ReviewClient* ReviewRequests::client() const
{
    if (m_client) {
        return m_client;
    }
    return m_team ? m_team->client() : nullptr;
}

void ReviewRequests::send(Verb verb, const QString& path, const QJsonObject& body, Done done,
                          bool always)
{
    ReviewClient* c = client();
    if (!c || !c->hasSession()) {
        fail(QStringLiteral("not_signed_in"));
        return;
    }
    ++m_pending;
    if (m_pending == 1) {
        emit busyChanged();
    }
    // The page may close while the hub answers: the reply then goes nowhere.
    QPointer<ReviewRequests> self(this);
    auto finished = [self, done = std::move(done), always](const ReviewReply& reply) {
        if (!self) {
            return;
        }
        if (--self->m_pending == 0) {
            emit self->busyChanged();
        }
        if (reply.ok()) {
            self->noteThreshold(reply.body);
        } else {
            self->fail(reply.code.isEmpty() ? QStringLiteral("bad_reply") : reply.code,
                       reply.message, reply.field);
        }
        if (reply.ok() || always) {
            done(reply);
        }
    };
    switch (verb) {
    case Verb::Get:
        c->get(path, std::move(finished));
        break;
    case Verb::Post:
        c->post(path, body, std::move(finished));
        break;
    case Verb::Put:
        c->put(path, body, std::move(finished));
        break;
    }
}

} // namespace chorus::team
