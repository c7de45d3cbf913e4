#pragma once

#include "../common/clock.h"
#include "../crypto/keyvault.h"
#include "store.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace chorus {

/**
 * A young person's own time, kept apart from the device store (issue 16).
 *
 * - Each own-time session has a folder of its own, `owntime/<session>/`, holding a small
 *   SQLCipher database (the same schema as the store) keyed with Argon2id of the young
 *   person's PIN or passphrase, and `session.json` (salt, cost, wrong tries, the session's
 *   public key, when it expires). The PIN opens that folder only: the store's data key is
 *   never wrapped under a PIN, so a copied key file gives an attacker one session's drafts
 *   at best, at about a second per guess.
 * - At set-up the store gets an X25519 key pair: the secret half lives inside the encrypted
 *   store, the public half in `inbox.pub` and inside each session database. "Send" seals
 *   the answers to it (crypto_box_seal) into `owntime-inbox/`, which the session can write
 *   but never read back. The practitioner's next unlock imports each item exactly once, in
 *   one transaction, through the store's consent check and sharing path.
 * - The session database stays as the young person's read-only view of what they sent.
 *   "What the team did" for them is sealed to the session's own public key by sync and
 *   shown after the PIN opens it.
 */
class OwnTime
{
public:
    /** Wrong PINs in a row before the session's view locks until the practitioner reopens it. */
    static constexpr int kMaxFailures = 5;
    static constexpr int kMinPinDigits = 6;
    /** A passphrase instead of digits: at least this many characters. */
    static constexpr int kMinPassphraseChars = 10;
    /** The least memory a production PIN derivation may use. */
    static constexpr std::size_t kMinMemory = std::size_t{256} * 1024 * 1024;
    static constexpr int kTargetMs = 1000;

    /** The PIN cost: an explicit choice, so that test costs cannot reach production by
     *  accident (createSession refuses a cost below kMinMemory unless told TestOnly). */
    enum class CostPolicy { Production, TestOnly };
    /** Argon2id at kMinMemory (or more) with the passes that take about targetMs here. */
    static KdfCost calibrate(int targetMs = kTargetMs);
    /** A cheap cost for tests only; pair it with CostPolicy::TestOnly. */
    static KdfCost testOnlyCost() { return KdfCost{1, std::size_t{8} * 1024 * 1024}; }

    /** 6 or more digits that are not all one digit or a straight run, or a passphrase of
     *  kMinPassphraseChars or more characters that are not all one character. */
    static Status checkPin(const QByteArray& pin);

    static QString viewsFolder(const QString& dataDir);
    static QString viewFolder(const QString& dataDir, const QString& sessionId);
    static QString inboxFolder(const QString& dataDir);
    static QString refusedFolder(const QString& dataDir);
    static QString publicKeyPath(const QString& dataDir);

    // ---- the practitioner's side: the store is open ----

    /** Makes the store's inbox key pair when it has none (stores made before issue 16). */
    static Status ensureInboxKey(Store& store);
    /**
     * The young person chooses their PIN for an open own-time session: its folder is made
     * (beside the store, atomically: a crash leaves none or a whole one) with the
     * consultation, its pack, the participant, their consent and the session copied in.
     * Returns that session's database, open, for the young person to answer into.
     */
    static Result<std::unique_ptr<Store>> createSession(Store& store, const QString& sessionId,
                                                        const QByteArray& pin, KdfCost cost,
                                                        CostPolicy policy,
                                                        Store::Options options = {});
    struct View
    {
        QString sessionId;
        int failures = 0;
        bool locked = false;
        QDateTime expires;
    };
    /** The own-time sessions with a folder on this device (readable without any key). */
    static QList<View> views(const QString& dataDir);
    /** After too many wrong PINs: the practitioner gives the view its tries back. */
    static Status reopen(Store& store, const QString& sessionId);
    /** Ends a young person's view and erases its folder (drafts, what they sent, team news). */
    static Status erase(Store& store, const QString& sessionId);
    /** Erases the folders of this participant's sessions (withdrawal, retention). */
    static Status eraseForParticipant(Store& store, const QString& participantId);
    /** Erases every view whose consultation's retention has passed. Returns how many. */
    static Result<int> eraseExpired(const QString& dataDir, const QDateTime& now);
    /** Seals bytes to this store's inbox key (crypto_box_seal): only the store's secret half,
     *  inside the encrypted store, opens them. Answers waiting on a full disk are kept so
     *  across a lock (SaveQueue::seal). */
    static Result<QByteArray> sealToStore(Store& store, const QByteArray& message);
    /** Opens what sealToStore sealed; Damaged when it does not open. */
    static Result<QByteArray> openSealedToStore(Store& store, const QByteArray& sealed);
    /** Seals bytes to an own-time session's own key pair (the one "what the team did" is
     *  sealed to): only that session's database, which the young person's PIN opens, holds
     *  the secret half. Their answers waiting on a full disk are kept so across a lock. */
    static Result<QByteArray> sealToSession(Store& session, const QByteArray& message);
    /** Opens what sealToSession sealed; Damaged when it does not open. */
    static Result<QByteArray> openSealedToSession(Store& session, const QByteArray& sealed);

    struct ImportReport
    {
        int imported = 0;        ///< items moved into the store now
        int alreadyImported = 0; ///< left over from a crash after their import: removed
        int answers = 0;         ///< answers those items held
        QStringList refused;     ///< one message per item kept aside
    };
    /** Opens every sealed item in the inbox and moves it into the store, each in one
     *  transaction and exactly once. A tampered, truncated or unreadable item is refused
     *  with a clear message and moved to `refused/`, never half-imported. */
    static Result<ImportReport> importInbox(Store& store);

    /** Sync: seals "what the team did" for one session's view to that session's key. Each
     *  action: id, seq, youSaid, weDid, feedbackIds, status, date. */
    static Status publishTeamActions(const QString& dataDir, const QString& sessionId,
                                     const QList<QJsonObject>& actions);
    /** The participant of each view (kept in the store), for sync. */
    static Result<QHash<QString, QString>> viewParticipants(Store& store);

    // ---- the young person's side: the store stays locked ----

    struct Opened
    {
        std::unique_ptr<Store> store; ///< the session's own database
        QString sessionId;
        bool sent = false;
    };
    /** Tries the PIN on each view that is not locked. A wrong PIN counts against each of
     *  them, in its session.json and in the device's own count (owntime/tries.json); after
     *  kMaxFailures a view locks (its drafts stay). */
    static Result<Opened> open(const QString& dataDir, const QByteArray& pin,
                               Store::Options options = {});
    /** Seals every answer of the session to the store's public key into the inbox. Safe to
     *  repeat after a crash: the item keeps its id, and the store imports an id once. */
    static Status send(Store& session, const QString& dataDir, const QString& sessionId);
    /** True once the session's answers were sealed into the inbox. */
    static bool isSent(Store& session);
    /** How the young person's own time went (issue 19: times, outcomes, ratings and
     *  adaptations, no words), kept in the session's database and sealed with the answers
     *  on send; the import queues it for the hub under their consent, like a practitioner
     *  session's record. Only kept with the "share" scope (the caller's check). */
    static Status keepParticipation(Store& session, ParticipationRecord record);
    /** The record kept so far in this session, if any (to resume it). */
    static Result<std::optional<ParticipationRecord>> keptParticipation(Store& session);

    /** Tests only (the kill -9 test): called with the name of each step of send and import
     *  as it is reached ("send:id-chosen", "send:sealed", "send:noted", "import:opened",
     *  "import:committed", "import:removed"), so that a test can kill at every one. */
    static void setStepHookForTests(void (*hook)(const char* step));
};

} // namespace chorus
