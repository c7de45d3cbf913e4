#pragma once

#include "sync/client/backoff.h"
#include "sync/client/syncengine.h"
#include "sync/client/syncwords.h"

#include <QDateTime>
#include <QObject>
#include <QQmlEngine>
#include <QTimer>
#include <QVariantList>

#include <functional>
#include <memory>

class AppController;
class QThread;

/**
 * Sync with the hub as the practitioner sees it: enrolment, "Sync now", invites for young
 * people's own devices, and in plain words in the user's language what waits, what was
 * sent, what failed and why, and when sync last succeeded. Syncs by itself when the network
 * comes back (QNetworkInformation) and retries with backoff.
 *
 * Everything that talks to the hub runs on a worker thread, one job at a time, so the
 * screen never waits for the network (see startJob()).
 */
class SyncController : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Sync)
    QML_SINGLETON
    Q_PROPERTY(bool enrolled READ enrolled NOTIFY changed)
    Q_PROPERTY(QString hubUrl READ hubUrl NOTIFY changed)
    Q_PROPERTY(QString role READ role NOTIFY changed)
    Q_PROPERTY(int waiting READ waiting NOTIFY changed)
    Q_PROPERTY(int inReview READ inReview NOTIFY changed)
    Q_PROPERTY(int failedCount READ failedCount NOTIFY changed)
    Q_PROPERTY(QVariantList failures READ failures NOTIFY changed)
    Q_PROPERTY(int withdrawalsConfirmed READ withdrawalsConfirmed NOTIFY changed)
    Q_PROPERTY(int updatesReceived READ updatesReceived NOTIFY changed)
    Q_PROPERTY(QDateTime lastSync READ lastSync NOTIFY changed)
    Q_PROPERTY(QString problem READ problem NOTIFY changed)
    Q_PROPERTY(QString lastReport READ lastReport NOTIFY changed)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY changed)
    Q_PROPERTY(QString inviteCode READ inviteCode NOTIFY inviteChanged)
    Q_PROPERTY(int inviteUses READ inviteUses NOTIFY inviteChanged)
    Q_PROPERTY(QDateTime inviteExpires READ inviteExpires NOTIFY inviteChanged)
    Q_PROPERTY(QString inviteError READ inviteError NOTIFY inviteChanged)
    /** The invite a young person's own device joins with (issue 16): the hub address, the 32
     *  characters to type (enrolment code, certificate fingerprint, check) and the QR code's
     *  link. Empty until an invite was made. */
    Q_PROPERTY(QString inviteHub READ inviteHub NOTIFY inviteChanged)
    Q_PROPERTY(QString inviteText READ inviteText NOTIFY inviteChanged)
    Q_PROPERTY(QString inviteLink READ inviteLink NOTIFY inviteChanged)

public:
    explicit SyncController(AppController* app, QObject* parent = nullptr);
    /** Stops a job in flight and waits for its thread (quitting during a sync). */
    ~SyncController() override;

    static SyncController* create(QQmlEngine* engine, QJSEngine* js);
    static void setInstance(SyncController* instance);

    [[nodiscard]] bool enrolled() const { return m_enrolment.has_value(); }
    [[nodiscard]] QString hubUrl() const { return m_enrolment ? m_enrolment->hubUrl : QString(); }
    [[nodiscard]] QString role() const { return m_enrolment ? m_enrolment->role : QString(); }
    [[nodiscard]] int waiting() const { return m_counts.queued; }
    [[nodiscard]] int inReview() const { return m_counts.review; }
    [[nodiscard]] int failedCount() const { return m_counts.failed; }
    [[nodiscard]] QVariantList failures() const;
    [[nodiscard]] int withdrawalsConfirmed() const { return m_confirmed; }
    [[nodiscard]] int updatesReceived() const { return m_updates; }
    [[nodiscard]] QDateTime lastSync() const;
    [[nodiscard]] QString problem() const;
    [[nodiscard]] QString lastReport() const;
    /** A run's report in words; `waitingNow` is what waits today, so that "nothing was
     *  waiting" is never said beside "Waiting to be sent: 3" (it was true only then). */
    [[nodiscard]] static QString reportWords(const chorus::sync::SyncReport& report,
                                             int waitingNow);
    [[nodiscard]] bool busy() const { return m_job != nullptr; }
    [[nodiscard]] QString errorMessage() const { return chorus::sync::SyncWords::words(m_error); }
    [[nodiscard]] QString inviteCode() const { return m_invite.code; }
    [[nodiscard]] int inviteUses() const { return m_invite.uses; }
    [[nodiscard]] QDateTime inviteExpires() const;
    [[nodiscard]] QString inviteError() const
    {
        return chorus::sync::SyncWords::words(m_inviteError);
    }
    [[nodiscard]] QString inviteHub() const
    {
        return m_inviteCard ? m_inviteCard->hubUrl : QString();
    }
    [[nodiscard]] QString inviteText() const
    {
        return m_inviteCard ? m_inviteCard->typed() : QString();
    }
    [[nodiscard]] QString inviteLink() const
    {
        return m_inviteCard ? m_inviteCard->link() : QString();
    }

    /** caFile: optional path of a private CA's certificate (PEM) for the first contact. */
    Q_INVOKABLE void enrol(const QString& hubUrl, const QString& code, const QString& caFile);
    /** A young person's own device joins with an invite (hub address and the typed code, or
     *  the QR code's link): only the certificate the invite names is trusted. */
    Q_INVOKABLE void enrolWithInvite(const QString& hubAddress, const QString& code);
    /** Why an invite cannot be read, in the user's language; empty when it can. Checked
     *  before anything is set up or sent. */
    Q_INVOKABLE static QString inviteProblem(const QString& hubAddress, const QString& code);
    Q_INVOKABLE void syncNow();
    /** Puts every failed item back in the queue (after the cause was dealt with). */
    Q_INVOKABLE void retryFailed();
    Q_INVOKABLE void refresh();
    /** A code for young people's own devices to join this consultation: `uses` devices,
     *  valid for `expiresInHours`. The code appears in inviteCode, or why not in inviteError. */
    /** `assessor` and `basis`: the practitioner's judgement (Gillick) that the young person
     *  can decide for themselves, made here rather than asked of the child on their device
     *  (issue 16); kept in this device's store with the invite's code once it is made. */
    Q_INVOKABLE void createInvite(int uses, int expiresInHours, const QString& assessor = {},
                                  const QString& basis = {});
    Q_INVOKABLE void clearInvite();

signals:
    void changed();
    void busyChanged();
    void inviteChanged();
    /** A job's result has been taken in (tests wait for it). */
    void jobFinished();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    /** Keeps the practitioner's judgement made with an invite, under the invite's code. */
    void rememberJudgement(const QString& code, const QString& assessor, const QString& basis);
    /** Seals the team's actions for each own-time view to that session (issue 16). */
    void publishOwnTimeNews();
    /** What a worker job hands back to the UI thread. */
    struct Outcome
    {
        std::optional<chorus::sync::SyncReport> report;
        chorus::sync::SyncMessage failure;
        std::optional<chorus::sync::Invite> invite;
    };
    using Work = std::function<void(chorus::sync::SyncEngine&, Outcome&)>;
    using Done = std::function<void(const Outcome&)>;

    /** Runs `work` on a worker thread with its own store connection; `done` on this thread. */
    bool startJob(Work work, Done done);
    void jobDone(const std::shared_ptr<Outcome>& outcome, const Done& done);
    void stopJob();
    void onReachability();
    void scheduleRetry(const chorus::sync::SyncReport& report);
    void setError(const chorus::sync::SyncMessage& message);
    void forget();
    void watchNetwork();
    [[nodiscard]] bool canRunNow() const;

    AppController* m_app;
    std::optional<chorus::sync::Enrolment> m_enrolment;
    chorus::Outbox::Counts m_counts;
    QList<std::pair<QString, chorus::sync::SyncMessage>> m_failures;
    int m_confirmed = 0;
    int m_updates = 0;
    std::optional<chorus::sync::SyncReport> m_lastReport;
    chorus::sync::SyncMessage m_error;
    chorus::sync::Invite m_invite;
    chorus::sync::SyncMessage m_inviteError;
    std::optional<chorus::sync::InviteCard> m_inviteCard;
    QThread* m_job = nullptr;
    std::shared_ptr<chorus::sync::StopToken> m_stop;
    QTimer m_retry;
    int m_consecutiveFailures = 0;
    bool m_watchingNetwork = false;
    chorus::sync::Backoff m_backoff{
        chorus::sync::BackoffPolicy{std::chrono::seconds(30), std::chrono::minutes(15)}};
};
