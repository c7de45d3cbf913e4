#pragma once

#include "backoff.h"
#include "hubtransport.h"
#include "invitecard.h"
#include "syncmessage.h"
#include "syncrecords.h"

#include "core/store/store.h"

#include <QSet>

#include <functional>

namespace chorus::sync {

/** Waits between rounds of one run; injected so tests can move a fake clock instead. */
class Sleeper
{
public:
    virtual ~Sleeper() = default;
    virtual void sleep(std::chrono::milliseconds ms) = 0;
};

/** Waits in a local event loop, so timers and sockets keep working meanwhile; a stop
 *  (StopToken) ends the wait at once. */
class EventLoopSleeper final : public Sleeper
{
public:
    explicit EventLoopSleeper(std::shared_ptr<StopToken> stop = {}) : m_stop(std::move(stop)) {}
    void sleep(std::chrono::milliseconds ms) override;

private:
    std::shared_ptr<StopToken> m_stop;
};

/** What one run did, for `chorusctl sync` and the app's sync page. */
struct SyncReport
{
    enum class Outcome {
        Done,               ///< everything due was answered by the hub
        RetryLater,         ///< the hub was unreachable or busy: items wait for a later try
        NotEnrolled,        ///< no enrolment on this device
        Refused,            ///< the hub no longer accepts this device (revoked): enrol again
        CertificateChanged, ///< fail closed: the pinned certificate was not offered
        HubIncompatible,    ///< the hub does not speak protocol v1
        Stopped,            ///< stopped from outside (lock, quit): what waits goes next time
    };
    struct Failure
    {
        QString itemId;
        SyncMessage reason;
    };

    Outcome outcome = Outcome::Done;
    SyncMessage problem; ///< why the run did not finish
    int sent = 0;        ///< items offered to the hub (each counted once per run)
    int acknowledged = 0;
    int erasuresConfirmed = 0;
    QList<Failure> failed; ///< refused by the hub in this run, with its reason
    int waiting = 0;       ///< still queued after the run
    QDateTime nextAttemptAt;
    int packsReceived = 0;
    QList<Consultation> consultationsReceived; ///< added or changed by the hub in this run
    int actionsReceived = 0;
    QList<SyncMessage> notes; ///< anything else worth telling
};

/** What enrolment gave. */
struct EnrolResult
{
    Enrolment enrolment;
    bool replacedEarlier = false;
    /** A young person's own device: their answers wait on it for a check with their
     *  practitioner before they are sent (the invite's link or the hub's invite record asked
     *  for it). Kept in the store as kReviewOnDeviceSetting. */
    bool reviewOnDevice = false;
};

/** The store setting that holds EnrolResult::reviewOnDevice ("1" or "0"). */
inline constexpr const char* kReviewOnDeviceSetting = "enrolment/review-on-device";

struct Invite
{
    QString code;
    QString consultationId;
    int uses = 0;
    QString expiresAt;
    bool reviewOnDevice = false; ///< as the hub recorded it
};

/**
 * The device side of sync/PROTOCOL.md: enrolment with certificate pinning, upload of the
 * outbox (feedback and erasures) with per-item outcomes, and the downstream fetch of packs,
 * consultations and "we did" actions. Every failure ends as words in the report or an Error, never
 * as a lost or doubled record: an item leaves the outbox only when the hub acknowledged its ID.
 */
class SyncEngine
{
public:
    using TransportFactory = std::function<std::unique_ptr<Transport>(const HubEndpoint&)>;

    struct Options
    {
        int maxBatchItems = 100; ///< lowered to the hub's own limit when /v1/info says so
        int rounds = 3;          ///< attempts within one run before leaving items for later
        std::chrono::milliseconds maxWaitInRun{std::chrono::seconds(20)};
        int timeoutMs = 60000;
        /** Optional: lets another thread stop the run (see StopToken). */
        std::shared_ptr<StopToken> stop;
    };

    SyncEngine(Store& store, TransportFactory transports, Backoff backoff, Sleeper& sleeper,
               Options options);
    /** The real network, a system random source, waiting in an event loop. */
    explicit SyncEngine(Store& store);

    /** Enrols with `code` at `hubUrl`; `caPem` optionally trusts a private CA for this first
     *  contact. The certificate seen is pinned for every later request. */
    Result<EnrolResult> enrol(const QString& hubUrl, const QString& code,
                              const QByteArray& caPem = {});
    /** Enrols a young person's own device with an invite made on a practitioner's device:
     *  only a certificate whose fingerprint the invite carries is trusted, whatever CA signed
     *  it (a different one fails as "invite_certificate"); the whole fingerprint seen is then
     *  pinned as with enrol(). */
    Result<EnrolResult> enrol(const InviteCard& invite);
    /** One sync run: upload, then fetch what the hub publishes. */
    SyncReport run();
    /** A practitioner's device makes an invite code for young people's own devices. */
    Result<Invite> createInvite(int uses, int expiresInHours, bool reviewOnDevice = false);
    /** Why the last enrol() or createInvite() failed, as a code for the app to word (the
     *  Error it returned carries the English words). */
    [[nodiscard]] const SyncMessage& failure() const { return m_failure; }

    SyncRecords& records() { return m_records; }

private:
    /** SkipRest: this sort of item waits (an older hub); the others go on. */
    enum class Step { Continue, SkipRest, StopRound, StopRun };

    Result<EnrolResult> enrolAt(const QString& hubUrl, const QString& code, const QByteArray& caPem,
                                const QByteArray& pinHex, bool reviewOnDevice);

    std::unique_ptr<Transport> transportFor(const Enrolment& e);
    bool checkInfo(Transport& t, SyncReport& report);
    /** Registers each consultation made on this device that has answers waiting (PROTOCOL.md
     *  "Consultations made on a device"); false when the run cannot go on. */
    bool registerConsultations(Transport& t, const Enrolment& enrolment, SyncReport& report);
    /** A consultation's title as it may leave the device: through the anonymiser. */
    Result<QString> redactedTitle(const Consultation& consultation);
    Step upload(Transport& t, SyncReport& report);
    Step sendBatch(Transport& t, Outbox::Kind kind, const QList<Outbox::Item>& items,
                   SyncReport& report);
    Step splitAndSend(Transport& t, Outbox::Kind kind, const QList<Outbox::Item>& items,
                      SyncReport& report);
    Step acceptAnswer(Outbox::Kind kind, const QList<Outbox::Item>& items, const HubReply& reply,
                      SyncReport& report);
    /** Leaves items for a later try; `stopRound` when the hub is down or busy. */
    Step transientFailure(const QList<Outbox::Item>& items, const SyncMessage& reason,
                          std::optional<int> retryAfter, SyncReport& report, bool stopRound = true);
    Step storeFailed(const Error& e, SyncReport& report);
    Step markFailed(const QString& itemId, const SyncMessage& reason, SyncReport& report);
    Step stopped(SyncReport& report);
    [[nodiscard]] bool stopRequested() const;
    /** Remembers why (failure()) and returns the Error with the English words. */
    Error fail(SyncMessage why, Error::Code code = Error::Code::Io);
    Error fail(const Error& storeError);
    void fetchPacks(Transport& t, SyncReport& report);
    void fetchConsultations(Transport& t, SyncReport& report);
    void fetchActions(Transport& t, SyncReport& report);
    void finish(SyncReport& report);

    Store& m_store;
    SyncRecords m_records;
    TransportFactory m_transports;
    Backoff m_backoff;
    std::unique_ptr<Sleeper> m_ownSleeper;
    Sleeper* m_sleeper;
    Options m_options;
    int m_batchLimit = 100;
    QSet<QString> m_offered; ///< item ids sent in this run, to count each once
    SyncMessage m_failure;
};

/** The report in plain words, one line each, as `chorusctl sync` prints it. */
QStringList describe(const SyncReport& report);

} // namespace chorus::sync
