#pragma once

// The team review side of the hub (issue 8): reviewer sign-in and sessions, the settings,
// consultations and counts, feedback pages, themes, quotable marks, "you said, we did"
// actions and the framework indicators. It shares HubStore's connection, transactions and
// audit chain; it never logs or audits content, only ids and counts.

#include "hubstore.h"
#include "sync/hub/review/disclosure.h"

#include <QJsonObject>

namespace chorus::hub {

/** Session limits (PROTOCOL.md "Team review"). */
struct SessionPolicy
{
    qint64 idleSeconds = 30 * 60;
    qint64 absoluteSeconds = 12 * 3600;
    int failuresBeforeLock = 5;
    qint64 lockSeconds = 15 * 60;
};

struct ReviewSession
{
    QString reviewerId;
    QString role; ///< "reviewer" or "admin"
    QDateTime expiresAt;
};

struct SignInOutcome
{
    enum class Kind { SignedIn, Refused, Locked };
    Kind kind = Kind::Refused;
    ReviewSession session;
    QString token;          ///< shown once; the hub keeps its SHA-256
    qint64 retryAfter = 0;  ///< seconds, when Locked
    QString passphraseRule; ///< set when a new passphrase breaks the rule
};

/**
 * One sign-in in three steps, so that the costly Argon2id work runs off the event loop:
 * `planSignIn` (database, event loop) decides what must be checked, `checkSignIn` (pure, any
 * thread) spends exactly one Argon2id operation whatever the name, and `finishSignIn`
 * (database, event loop) records the outcome. Failures are counted per name and client
 * address, known name or not, so that neither a lockout nor its timing names an account and
 * nobody elsewhere can keep a reviewer locked out.
 */
struct SignInPlan
{
    QString failureKey; ///< SHA-256 of name and client address
    QString reviewerId; ///< empty for an unknown name
    QString role;
    QString secret;
    QString passphrase;
    QString storedHash; ///< the account's Argon2id hash; empty: first sign-in or unknown
    QString refusal;    ///< set when refused whatever the passphrase (audit words)
    bool secretAccepted = false;
    qint64 lockedFor = 0; ///< seconds left of a lock on this name and address
};

struct SignInCheck
{
    bool passphraseAccepted = false;
    QString newHash;        ///< first sign-in: the new passphrase's Argon2id hash
    QString passphraseRule; ///< first sign-in: the rule a new passphrase breaks
};

/** One feedback record as a reviewer sees it (anonymised by the device; CP-7 masked). */
struct ReviewRecord
{
    QString id;
    QString activityId;
    QString promptId;
    QString kind;
    QString week;
    QString ageBand;    ///< empty when hidden (fewer than threshold share it)
    QString role;       ///< empty when hidden
    QJsonObject answer; ///< text/choices/scale/order/piles/structured/voice; no drawing bytes
    bool hasDrawing = false;
    bool quotesAllowed = false;
    bool quotable = false;
    QStringList themes;
    QStringList actions; ///< actions linked directly to this record
};

struct FeedbackQuery
{
    QString consultationId;
    QString activityId;
    QString promptId;
    QString kind;
    QString themeId;
    bool quotableOnly = false;
    QString after; ///< keyset cursor: the last id of the previous page
    int limit = 50;
};

struct FeedbackPage
{
    QList<ReviewRecord> records;
    QString next; ///< empty on the last page
};

struct Theme
{
    QString id;
    QString consultationId;
    QString name;
    qint64 count = 0;
    qint64 keySum = 0; ///< of the tagged records' keys (disclosure.h)
};

struct ReviewAction
{
    QString id;
    QString consultationId;
    QString said;
    QString did;
    QString status; ///< planned, doing, done
    QString date;   ///< YYYY-MM-DD
    QStringList feedbackIds;
    QStringList themeIds;
    QString state; ///< draft, published
    qint64 seq = 0;
    QString publishedAt;
};

struct LoopClosure
{
    qint64 feedback = 0;
    qint64 withPublishedAction = 0;
    std::optional<double> medianDays; ///< nothing when no record has an action yet
};

struct ConsultationSummary
{
    QString id;
    QString title;         ///< published, or sent by the device that made it; may be empty
    QList<PackInfo> packs; ///< body unused
    qint64 records = 0;
    bool active = false; ///< feedback received in the last 28 days
};

class ReviewStore
{
public:
    explicit ReviewStore(HubStore& hub, SessionPolicy policy = {});

    // Access.
    StoreResult<SignInPlan> planSignIn(const QString& name, const QString& secret,
                                       const QString& passphrase, const QString& address);
    /** A refusal or lock is an outcome; an error only when the database failed. */
    StoreResult<SignInOutcome> finishSignIn(const SignInPlan& plan, const SignInCheck& check);
    /** All three steps on this thread (the CLI and tests). */
    StoreResult<SignInOutcome> signIn(const QString& name, const QString& secret,
                                      const QString& passphrase, const QString& address);
    /** The session this token holds, renewed; NotFound for a token that holds none (never
     *  issued, signed out, account disabled), Expired for one past its idle or absolute
     *  limit (ended now). */
    StoreResult<ReviewSession> session(const QByteArray& token);
    StoreStatus signOut(const QByteArray& token, const QString& reviewerId);
    /** Disables the account and ends its sessions; NotFound if no active account has the
     *  name. */
    StoreStatus disableReviewer(const QString& name);

    // Devices (issue 22): an admin lists them and revokes a lost one from the app.
    StoreResult<QList<Device>> devices() { return m_hub.devices(); }
    StoreStatus revokeDevice(const QString& id, const QString& reviewerId)
    {
        return m_hub.revoke(id, reviewerId);
    }

    // Settings.
    StoreResult<int> threshold();
    StoreStatus setThreshold(int value, const QString& reviewerId);

    // Reading.
    StoreResult<QList<ConsultationSummary>> consultations();
    /** Done, or NotFound. */
    StoreStatus consultationExists(const QString& id);
    /** Packs published for the consultation or for all. */
    StoreResult<QList<PackInfo>> packs(const QString& consultationId)
    {
        return m_hub.packsFor(consultationId);
    }
    /** One published pack with its body (empty id when there is none). */
    StoreResult<PackInfo> pack(const QString& id, int version) { return m_hub.pack(id, version); }
    /** Every record of the hub counted per consultation, activity, prompt, kind, role, age
     *  band, week and loop closure, with the sum of the record keys: all the disclosure
     *  layer needs to decide every published count (disclosure.h). */
    StoreResult<QList<Stratum>> strata();
    /** One page of records; `mask` (rule 4, from the Release) hides fields for all. */
    StoreResult<FeedbackPage> feedback(const FeedbackQuery& query, const FieldMask& mask);
    /** The answers of one activity, every prompt, with their record keys, for the charts. */
    StoreResult<QList<ChartAnswer>> answers(const QString& consultationId,
                                            const QString& activityId);
    /** A shared drawing (base64 PNG); empty if the record has none; NotFound if there is no
     *  such record. */
    StoreResult<QString> drawing(const QString& feedbackId);
    StoreResult<LoopClosure> loopClosure(const QString& consultationId);
    StoreResult<qint64> activeConsultations();

    // Coding and actions. A client's mistake is an Invalid or Exists error whose `problem`
    // names the field and the reason; then nothing is written.
    StoreResult<Theme> createTheme(const QString& consultationId, const QString& name,
                                   const QString& reviewerId);
    StoreResult<QList<Theme>> themes(const QString& consultationId);
    /** An empty id when there is no such theme. */
    StoreResult<Theme> tag(const QString& themeId, const QStringList& add,
                           const QStringList& remove, const QString& reviewerId);
    /** NotFound: no such record; Refused: its consent does not allow quotes. */
    StoreStatus markQuotable(const QString& feedbackId, bool quotable, const QString& reviewerId);
    StoreResult<ReviewAction> saveAction(ReviewAction action, const QString& reviewerId);
    StoreResult<ReviewAction> publishAction(const QString& id, const QString& reviewerId);
    StoreResult<QList<ReviewAction>> actions(const QString& consultationId);
    StoreResult<ReviewAction> action(const QString& id);

    /** Appends a "review.*" audit entry (ids and counts only). */
    StoreStatus audit(const QString& event, const QString& reviewerId, const QString& detail);

    [[nodiscard]] const SessionPolicy& policy() const { return m_policy; }
    /** The hub store underneath (issue 19's ParticipationStore shares it). */
    [[nodiscard]] HubStore& hub() { return m_hub; }

private:
    QSqlDatabase db() const { return m_hub.database(); }
    QDateTime now() const { return m_hub.m_clock->now().toUTC(); }
    bool fail(StoreError error) { return m_hub.fail(std::move(error)); }
    [[nodiscard]] const StoreError& failure() const { return m_hub.failure(); }
    [[nodiscard]] StoreStatus status(bool ok) const { return m_hub.status(ok); }
    bool fail(const QString& what, const QSqlError& error) { return m_hub.fail(what, error); }
    bool transaction(const std::function<bool()>& work) { return m_hub.transaction(work); }
    bool appendAudit(const QString& e, const QString& s, const QString& d)
    {
        return m_hub.appendAudit(e, s, d);
    }
    /** Whether every id names a row of table in the consultation: empty if so, else the
     *  first that does not as "field[i]: no such noun ..."; an error only if the database
     *  failed. */
    StoreResult<QString> allIn(const QString& table, const QString& noun,
                               const QString& consultationId, const QStringList& ids,
                               const QString& field);
    StoreResult<QString> recordsIn(const QString& consultationId, const QStringList& ids,
                                   const QString& field);
    StoreResult<QString> themesIn(const QString& consultationId, const QStringList& ids,
                                  const QString& field);
    /** A client's mistake found inside a transaction: nothing written, `problem` returned. */
    static StoreError invalid(const QString& problem);
    bool loadLinks(QList<ReviewRecord>& records);
    StoreResult<SignInOutcome> refuse(const SignInPlan& plan, const QString& why);

    HubStore& m_hub;
    SessionPolicy m_policy;
};

/** Argon2id (libsodium crypto_pwhash_str, interactive limits) of a passphrase. */
[[nodiscard]] QString hashPassphrase(const QString& passphrase);
[[nodiscard]] bool verifyPassphrase(const QString& stored, const QString& passphrase);
/** Step two of a sign-in: one Argon2id operation, never touching the database. */
[[nodiscard]] SignInCheck checkSignIn(const SignInPlan& plan);
/** Empty if the passphrase may be used, else the rule it breaks. */
[[nodiscard]] QString passphraseProblem(const QString& passphrase);

} // namespace chorus::hub
