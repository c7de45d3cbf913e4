#pragma once

#include "teamcontroller.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QString>

#include <functional>

namespace chorus::sync {
class ReviewClient;
struct ReviewReply;
} // namespace chorus::sync

namespace chorus::team {

/**
 * What the Team pages' models share: the consultation they work on, whether a request is
 * running, and the last refusal as a machine code (the hub's, or one of ours such as
 * "disk_full") that the page turns into translated words. Requests go through the signed-in
 * client of the Team controller; nothing here blocks or nests an event loop. Subclasses name
 * it in full (chorus::team::ReviewRequests): the QML type information links them to it by
 * the name written there, so that qmllint sees the shared properties.
 */
class ReviewRequests : public QObject
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(
        QString consultation READ consultation WRITE setConsultation NOTIFY consultationChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString errorCode READ errorCode NOTIFY errorChanged)
    Q_PROPERTY(QString errorField READ errorField NOTIFY errorChanged)
    Q_PROPERTY(QString errorDetail READ errorDetail NOTIFY errorChanged)
    Q_PROPERTY(int smallNumberThreshold READ smallNumberThreshold NOTIFY thresholdChanged)
    /** The Team controller whose signed-in client the requests go through (the page's
     *  `Team`). */
    Q_PROPERTY(
        chorus::team::TeamController* team READ team WRITE setTeam NOTIFY teamChanged REQUIRED)

public:
    using Done = std::function<void(const chorus::sync::ReviewReply&)>;

    explicit ReviewRequests(QObject* parent = nullptr);

    [[nodiscard]] TeamController* team() const { return m_team; }
    void setTeam(TeamController* team);
    [[nodiscard]] QString consultation() const { return m_consultation; }
    void setConsultation(const QString& id);
    [[nodiscard]] bool busy() const { return m_pending > 0; }
    [[nodiscard]] QString errorCode() const { return m_errorCode; }
    [[nodiscard]] QString errorField() const { return m_errorField; }
    [[nodiscard]] QString errorDetail() const { return m_errorDetail; }
    [[nodiscard]] int smallNumberThreshold() const { return m_threshold; }

    /** Forgets the last refusal (the page calls it when the person starts something new). */
    Q_INVOKABLE void clearError();

    /** The client the requests use; by default the team's. Tests may hand one in. */
    void setClient(chorus::sync::ReviewClient* client) { m_client = client; }

signals:
    void teamChanged();
    void consultationChanged();
    void busyChanged();
    void errorChanged();
    void thresholdChanged();

protected:
    enum class Verb { Get, Post, Put };
    /** Sends one request; done runs only while this object lives. A refusal or a network
     *  failure is recorded as the error and done is not called unless always is set. */
    void send(Verb verb, const QString& path, const QJsonObject& body, Done done,
              bool always = false);
    void fail(const QString& code, const QString& detail = {}, const QString& field = {});
    /** Keeps the hub's k (every answer that counts people carries it). */
    void noteThreshold(const QJsonObject& body);
    /** "?consultation=<id>" with the id percent-encoded. */
    [[nodiscard]] QString consultationQuery() const;
    [[nodiscard]] chorus::sync::ReviewClient* client() const;

private:
    QPointer<TeamController> m_team;
    QString m_consultation;
    QString m_errorCode;
    QString m_errorField;
    QString m_errorDetail;
    int m_threshold = 8;
    int m_pending = 0;
    chorus::sync::ReviewClient* m_client = nullptr;
};

} // namespace chorus::team
