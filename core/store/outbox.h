#pragma once

#include "../common/clock.h"
#include "../db/database.h"
#include "auditlog.h"

#include <QList>

namespace chorus {

/**
 * The transactional outbox: what waits to go to the hub. Items are appended in the same
 * transaction as the change that produced them, leave only when the hub acknowledged
 * their ID, and survive restarts and crashes because they live in the store.
 */
class Outbox
{
public:
    enum class Kind { Feedback, Erasure };
    enum class State { Review, Queued, Failed };

    struct Item
    {
        qint64 seq = 0;
        QString itemId;
        Kind kind = Kind::Feedback;
        QByteArray body; ///< the JSON sent for this item
        State state = State::Queued;
        int attempts = 0;
        QString lastError; ///< the hub's or the network's reason, in words
        QDateTime nextAttemptAt;
    };

    struct Counts
    {
        int review = 0; ///< waiting for a practitioner's approval
        int queued = 0;
        int failed = 0;
        int erasuresQueued = 0;
    };

    Outbox(Database& db, AuditLog& audit, const Clock& clock)
        : m_db(db), m_audit(audit), m_clock(clock)
    {}

    /** Queues an item; call inside the transaction of the change that produced it. An item
     *  awaiting review is kept but not sent until approved (state Review). */
    Status append(const QString& itemId, Kind kind, const QByteArray& body,
                  bool awaitingReview = false);
    /** Queued items whose next attempt is due, oldest first. */
    Result<QList<Item>> due(int limit);
    Result<QList<Item>> all();
    /** The hub acknowledged these IDs: remove them, and remember sent feedback so that
     *  "we did" answers can be matched to this device and erasures sent later. */
    Status acknowledge(const QStringList& itemIds);
    /** A transient failure: try again at `when`. */
    Status retryLater(const QStringList& itemIds, const QString& reason, const QDateTime& when);
    /** A permanent failure (a 4xx the hub explained): kept, shown, not retried. */
    Status markFailed(const QString& itemId, const QString& reason);
    /** Puts a failed item back in the queue, e.g. after the practitioner fixed the cause. */
    Status requeue(const QString& itemId);
    Result<Counts> counts();

private:
    Database& m_db;
    AuditLog& m_audit;
    const Clock& m_clock;
};

} // namespace chorus
