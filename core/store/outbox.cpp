#include "outbox.h"

#include "storeutil.h"

namespace chorus {
namespace {

constexpr auto kColumns =
    "SELECT seq, item_id, kind, body, state, attempts, last_error, next_attempt_at FROM outbox ";

Outbox::Item readItem(const Statement& s)
{
    Outbox::Item item;
    item.seq = s.int64(0);
    item.itemId = s.text(1);
    item.kind =
        s.text(2) == QLatin1String("erasure") ? Outbox::Kind::Erasure : Outbox::Kind::Feedback;
    item.body = s.text(3).toUtf8();
    const QString state = s.text(4);
    item.state = state == QLatin1String("failed")   ? Outbox::State::Failed
                 : state == QLatin1String("review") ? Outbox::State::Review
                                                    : Outbox::State::Queued;
    item.attempts = static_cast<int>(s.int64(5));
    item.lastError = s.text(6);
    item.nextAttemptAt = fromIsoTime(s.text(7));
    return item;
}

Result<QList<Outbox::Item>> collect(Statement& s)
{
    QList<Outbox::Item> out;
    if (auto st = forEachRow(s, [&](const Statement& row) { out << readItem(row); }); !st) {
        return st.error();
    }
    return out;
}

} // namespace

Status Outbox::append(const QString& itemId, Kind kind, const QByteArray& body, bool awaitingReview)
{
    auto s = m_db.prepare(
        "INSERT INTO outbox (item_id, kind, body, state, created_at) VALUES (?,?,?,?,?)");
    if (!s) {
        return s.error();
    }
    s->bind(1, itemId).bind(2, kind == Kind::Erasure ? "erasure" : "feedback");
    s->bind(3, QString::fromUtf8(body))
        .bind(4, awaitingReview ? "review" : "queued")
        .bind(5, isoTime(m_clock.now()));
    return s->run();
}

Result<QList<Outbox::Item>> Outbox::due(int limit)
{
    auto s = m_db.prepare((QByteArray(kColumns) +
                           "WHERE state = 'queued' AND (next_attempt_at IS NULL OR "
                           "next_attempt_at <= ?) ORDER BY seq LIMIT ?")
                              .constData());
    if (!s) {
        return s.error();
    }
    s->bind(1, isoTime(m_clock.now())).bind(2, limit);
    return collect(s.value());
}

Result<QList<Outbox::Item>> Outbox::all()
{
    auto s = m_db.prepare((QByteArray(kColumns) + "ORDER BY seq").constData());
    if (!s) {
        return s.error();
    }
    return collect(s.value());
}

Status Outbox::acknowledge(const QStringList& itemIds)
{
    Transaction tx(m_db);
    const QString now = isoTime(m_clock.now());
    for (const auto& id : itemIds) {
        // Feedback: remember it was sent (and for whom, on this device only).
        auto remember = m_db.prepare(
            "INSERT OR IGNORE INTO sent_feedback (id, participant_id, acknowledged_at) "
            "SELECT o.item_id, s.participant_id, ? FROM outbox o LEFT JOIN share_records s ON s.id "
            "= o.item_id "
            "WHERE o.item_id = ? AND o.kind = 'feedback'");
        if (!remember) {
            return remember.error();
        }
        remember->bind(1, now).bind(2, id);
        if (auto st = remember->run(); !st) {
            return st;
        }
        auto remove = m_db.prepare("DELETE FROM outbox WHERE item_id = ?");
        if (!remove) {
            return remove.error();
        }
        remove->bind(1, id);
        if (auto st = remove->run(); !st) {
            return st;
        }
        if (m_db.changes() > 0) {
            if (auto st = m_audit.append("outbox.acknowledged", id); !st) {
                return st;
            }
        }
    }
    return tx.commit();
}

Status Outbox::retryLater(const QStringList& itemIds, const QString& reason, const QDateTime& when)
{
    Transaction tx(m_db);
    for (const auto& id : itemIds) {
        auto s = m_db.prepare("UPDATE outbox SET attempts = attempts + 1, last_error = ?, "
                              "next_attempt_at = ? WHERE item_id = ?");
        if (!s) {
            return s.error();
        }
        s->bind(1, reason).bind(2, isoTime(when)).bind(3, id);
        if (auto st = s->run(); !st) {
            return st;
        }
    }
    return tx.commit();
}

Status Outbox::markFailed(const QString& itemId, const QString& reason)
{
    Transaction tx(m_db);
    auto s = m_db.prepare("UPDATE outbox SET state = 'failed', attempts = attempts + 1, last_error "
                          "= ? WHERE item_id = ?");
    if (!s) {
        return s.error();
    }
    s->bind(1, reason).bind(2, itemId);
    if (auto st = s->run(); !st) {
        return st;
    }
    if (auto st = m_audit.append("outbox.failed", itemId); !st) {
        return st;
    }
    return tx.commit();
}

Status Outbox::requeue(const QString& itemId)
{
    auto s = m_db.prepare("UPDATE outbox SET state = 'queued', next_attempt_at = NULL WHERE "
                          "item_id = ? AND state = 'failed'");
    if (!s) {
        return s.error();
    }
    s->bind(1, itemId);
    return s->run();
}

Result<Outbox::Counts> Outbox::counts()
{
    auto counts = lookupRow(
        m_db,
        "SELECT coalesce(sum(state = 'review'), 0), coalesce(sum(state = 'queued'), 0), "
        "coalesce(sum(state = 'failed'), 0), coalesce(sum(state = 'queued' AND kind = 'erasure'), "
        "0) "
        "FROM outbox",
        [](const Statement& row) {
            return Counts{static_cast<int>(row.int64(0)), static_cast<int>(row.int64(1)),
                          static_cast<int>(row.int64(2)), static_cast<int>(row.int64(3))};
        });
    if (!counts) {
        return counts.error();
    }
    return counts->value_or(Counts{}); // an aggregate always has its row
}

} // namespace chorus
