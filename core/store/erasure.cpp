#include "erasure.h"

#include "storeutil.h"

#include "../common/logging.h"
#include "../share/participationrecord.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace chorus {

// Feedback ids of one participant (?1) that the hub may hold: those it acknowledged, and
// those offered to it without an answer (stored before the connection dropped, perhaps).
constexpr auto kHubMayHold =
    "SELECT id FROM sent_feedback WHERE participant_id = ?1 UNION SELECT o.item_id FROM outbox o "
    "JOIN share_records s ON s.id = o.item_id WHERE o.kind = 'feedback' AND o.attempts > 0 AND "
    "s.participant_id = ?1";
// Downloaded "we did" actions (hub_actions.feedback_ids, a JSON array) that answer records of
// one participant (?1): those that answer only theirs go with them; the others lose their ids.
constexpr auto kActionNamesParticipant =
    "EXISTS (SELECT 1 FROM json_each(hub_actions.feedback_ids) j JOIN sent_feedback f ON "
    "f.id = j.value WHERE f.participant_id = ?1)";
constexpr auto kActionOnlyTheirs =
    "NOT EXISTS (SELECT 1 FROM json_each(hub_actions.feedback_ids) j WHERE j.value NOT IN "
    "(SELECT id FROM sent_feedback WHERE participant_id = ?1))";
constexpr auto kHeld = "(SELECT participant_id FROM safeguarding_holds)";

namespace {

Status runBound(Database& db, const char* sql, const QString& key)
{
    auto s = db.prepare(sql);
    if (!s) {
        return s.error();
    }
    s->bind(1, key);
    return s->run();
}

Result<qint64> countOf(Database& db, const char* sql, const QString& key)
{
    auto n = lookupRow(
        db, sql, [](const Statement& row) { return row.int64(0); }, key);
    if (!n) {
        return n.error();
    }
    return n->value_or(0); // a count always has its row
}

Result<bool> isHeld(Database& db, const QString& participantId)
{
    auto n = countOf(db, "SELECT count(*) FROM safeguarding_holds WHERE participant_id = ?",
                     participantId);
    if (!n) {
        return n.error();
    }
    return n.value() > 0;
}

} // namespace

/** Deletes everything about one participant inside the caller's transaction; returns the
 *  number of answers erased. */
Result<int> Erasure::eraseParticipant(const QString& participantId, const QString& reason)
{
    auto info = lookupRow(
        m_db,
        "SELECT consultation_id, (SELECT count(*) FROM responses WHERE participant_id = ?1) "
        "FROM participants WHERE id = ?1",
        [](const Statement& row) {
            return std::pair{row.text(0), static_cast<int>(row.int64(1))};
        },
        participantId);
    if (!info) {
        return info.error();
    }
    if (!info->has_value()) {
        return makeError(Error::Code::NotFound, QStringLiteral("No participant with that id."));
    }
    const QString consultationId = info->value().first;
    const int responses = info->value().second;

    // Sent feedback cannot be unsent: queue an erasure for each record the hub holds, and
    // for each one offered to it without an answer (the hub may have stored it before the
    // connection dropped; for one it never got it answers "not-found").
    auto sentIds = listRows(
        m_db, kHubMayHold, [](const Statement& row) { return row.text(0); }, participantId);
    if (!sentIds) {
        return sentIds.error();
    }
    for (const auto& feedbackId : sentIds.value()) {
        const QJsonObject body{{"feedbackId", feedbackId}};
        if (auto st = m_outbox.append(newId(), Outbox::Kind::Erasure,
                                      QJsonDocument(body).toJson(QJsonDocument::Compact));
            !st) {
            return st.error();
        }
    }

    if (auto st = m_db.exec("UPDATE erasure_gate SET open = 1"); !st) {
        return st.error();
    }
    // Children before parents; media and share records go with their responses (cascade).
    for (const char* sql : {
             "DELETE FROM outbox WHERE kind = 'feedback' AND item_id IN "
             "(SELECT id FROM share_records WHERE participant_id = ?1)",
             "DELETE FROM share_records WHERE participant_id = ?1",
             "DELETE FROM responses WHERE participant_id = ?1",
             "DELETE FROM consent_events WHERE participant_id = ?1",
             "DELETE FROM session_participants WHERE participant_id = ?1",
             "DELETE FROM safeguarding_holds WHERE participant_id = ?1",
             "DELETE FROM privacy_names WHERE participant_id = ?1",
         }) {
        if (auto st = runBound(m_db, sql, participantId); !st) {
            return st.error();
        }
    }
    // Before their feedback ids stop naming them.
    const QByteArray dropActions = QByteArray("DELETE FROM hub_actions WHERE ") +
                                   kActionNamesParticipant + " AND " + kActionOnlyTheirs;
    const QByteArray trimActions =
        QByteArray("UPDATE hub_actions SET feedback_ids = (SELECT json_group_array(j.value) FROM "
                   "json_each(hub_actions.feedback_ids) j WHERE j.value NOT IN (SELECT id FROM "
                   "sent_feedback WHERE participant_id = ?1)) WHERE ") +
        kActionNamesParticipant;
    for (const QByteArray& sql : {dropActions, trimActions}) {
        if (auto st = runBound(m_db, sql.constData(), participantId); !st) {
            return st.error();
        }
    }
    for (const char* sql : {
             "UPDATE sent_feedback SET participant_id = NULL WHERE participant_id = ?1",
             "DELETE FROM participants WHERE id = ?1",
         }) {
        if (auto st = runBound(m_db, sql, participantId); !st) {
            return st.error();
        }
    }
    if (auto st = m_db.exec("UPDATE erasure_gate SET open = 0"); !st) {
        return st.error();
    }
    auto tomb = m_db.prepare("INSERT INTO tombstones (consultation_id, reason, responses_erased, "
                             "week) VALUES (?,?,?,?)");
    if (!tomb) {
        return tomb.error();
    }
    tomb->bind(1, consultationId)
        .bind(2, reason)
        .bind(3, responses)
        .bind(4, isoWeek(m_clock.now()));
    if (auto st = tomb->run(); !st) {
        return st.error();
    }
    if (auto st = m_audit.append(QStringLiteral("participant.erased"),
                                 QString::number(m_db.lastInsertRowId()), reason);
        !st) {
        return st.error();
    }
    if (m_erasedHook) {
        if (auto st = m_erasedHook(participantId); !st) {
            return st.error();
        }
    }
    return responses;
}

namespace {

/** The consultation a participant takes part in; empty when there is no such participant. */
Result<QString> consultationOf(Database& db, const QString& participantId)
{
    auto id = lookupRow(
        db, "SELECT consultation_id FROM participants WHERE id = ?",
        [](const Statement& row) { return row.text(0); }, participantId);
    if (!id) {
        return id.error();
    }
    return id->value_or(QString());
}

} // namespace

Result<Erasure::Report> Erasure::withdraw(const QString& participantId)
{
    Report report;
    Transaction tx(m_db);
    if (!tx.began()) {
        return tx.began().error();
    }
    auto held = isHeld(m_db, participantId);
    if (!held) {
        return held.error();
    }
    // The hub counts withdrawals per consultation (issue 19): queued with the erasure, so
    // that either both happen or neither, and naming nobody.
    // The hub counts withdrawals per consultation (issue 19): queued with the erasure, so
    // that either both happen or neither, and naming nobody.
    auto consultation = consultationOf(m_db, participantId);
    if (!consultation) {
        return consultation.error();
    }
    if (held.value()) {
        // Keep the data, but stop it being used: a withdrawn event ends the consent in force.
        auto mark = m_db.prepare("UPDATE participants SET withdrawn_at = ? WHERE id = ?");
        if (!mark) {
            return mark.error();
        }
        mark->bind(1, isoTime(m_clock.now())).bind(2, participantId);
        if (auto st = mark->run(); !st) {
            return st.error();
        }
        auto event = m_db.prepare(
            "INSERT INTO consent_events (participant_id, event, at) VALUES (?, 'withdrawn', ?)");
        if (!event) {
            return event.error();
        }
        event->bind(1, participantId).bind(2, isoTime(m_clock.now()));
        if (auto st = event->run(); !st) {
            return st.error();
        }
        if (auto st = m_audit.append("participant.withdrawn-held", participantId); !st) {
            return st.error();
        }
        report.held = true;
    } else {
        auto sentBefore =
            countOf(m_db, (QByteArray("SELECT count(*) FROM (") + kHubMayHold + ")").constData(),
                    participantId);
        if (!sentBefore) {
            return sentBefore.error();
        }
        auto erased = eraseParticipant(participantId, QStringLiteral("withdrawn"));
        if (!erased) {
            return erased.error();
        }
        report.participants = 1;
        report.responses = erased.value();
        report.sharedErasuresQueued = static_cast<int>(sentBefore.value());
    }
    if (!consultation->isEmpty()) {
        if (auto st =
                queueConsentEvent(m_outbox, consultation.value(), ConsentEvent::Kind::Withdrawn);
            !st) {
            return st.error();
        }
    }
    if (auto st = tx.commit(); !st) {
        return st.error();
    }
    report.checkpointPending = checkpointAfterErasure();
    return report;
}

Result<Erasure::Report> Erasure::purgeExpired()
{
    Report report;
    const QString now = isoTime(m_clock.now());
    Transaction tx(m_db);
    if (!tx.began()) {
        return tx.began().error();
    }
    // Participants past retention go whole; held ones stay until the hold is released.
    auto expired = listRows(
        m_db,
        "SELECT id FROM participants WHERE retain_until <= ? AND id NOT IN "
        "(SELECT participant_id FROM safeguarding_holds)",
        [](const Statement& row) { return row.text(0); }, now);
    if (!expired) {
        return expired.error();
    }
    for (const auto& id : expired.value()) {
        auto erased = eraseParticipant(id, QStringLiteral("expired"));
        if (!erased) {
            return erased.error();
        }
        report.participants += 1;
        report.responses += erased.value();
    }
    // Single answers past their own date (a participant can outlive an early answer).
    auto answers =
        countOf(m_db,
                "SELECT count(*) FROM responses WHERE retain_until <= ?1 AND participant_id NOT IN "
                "(SELECT participant_id FROM safeguarding_holds)",
                now);
    if (!answers) {
        return answers.error();
    }
    if (auto st =
            runBound(m_db,
                     "DELETE FROM responses WHERE retain_until <= ?1 AND participant_id NOT IN "
                     "(SELECT participant_id FROM safeguarding_holds)",
                     now);
        !st) {
        return st.error();
    }
    report.responses += static_cast<int>(answers.value());
    if (auto st = runBound(m_db,
                           "DELETE FROM sessions WHERE retain_until <= ?1 AND id NOT IN "
                           "(SELECT session_id FROM responses)",
                           now);
        !st) {
        return st.error();
    }
    // Names to hide: a participant's go with them (or here, when held no longer); the
    // consultation's stay while anyone still takes part, since they protect those answers.
    const QByteArray names =
        QByteArray("DELETE FROM privacy_names WHERE retain_until <= ?1 AND (participant_id IS "
                   "NULL OR participant_id NOT IN ") +
        kHeld +
        ") AND NOT (participant_id IS NULL AND consultation_id IN (SELECT consultation_id FROM "
        "participants))";
    if (auto st = runBound(m_db, names.constData(), now); !st) {
        return st.error();
    }
    report.names = m_db.changes();
    if (auto st = runBound(m_db, "DELETE FROM hub_actions WHERE retain_until <= ?1", now); !st) {
        return st.error();
    }
    report.actions = m_db.changes();
    auto gone = purgeConsultations(now);
    if (!gone) {
        return gone.error();
    }
    report.consultations = gone.value();
    if (report.participants > 0 || report.responses > 0 || report.names > 0 || report.actions > 0 ||
        report.consultations > 0) {
        if (auto st = m_audit.append(QStringLiteral("retention.purged"), {},
                                     QStringLiteral("%1 answers, %2 names, %3 actions, %4 "
                                                    "consultations")
                                         .arg(report.responses)
                                         .arg(report.names)
                                         .arg(report.actions)
                                         .arg(report.consultations));
            !st) {
            return st.error();
        }
    }
    if (auto st = tx.commit(); !st) {
        return st.error();
    }
    report.checkpointPending = checkpointAfterErasure();
    return report;
}

Result<int> Erasure::purgeConsultations(const QString& now)
{
    // Only the device's own, or the hub's once closed there: an open one from the hub is
    // the hub's to end, and sync would bring it back.
    auto expired = listRows(
        m_db,
        "SELECT id FROM consultations WHERE retain_until <= ?1 AND (source = 'device' OR status "
        "= 'closed') AND id NOT IN (SELECT consultation_id FROM participants)",
        [](const Statement& row) { return row.text(0); }, now);
    if (!expired) {
        return expired.error();
    }
    for (const QString& id : expired.value()) {
        for (const char* sql : {"DELETE FROM sessions WHERE consultation_id = ?1",
                                "DELETE FROM privacy_names WHERE consultation_id = ?1",
                                "DELETE FROM consultations WHERE id = ?1"}) {
            if (auto st = runBound(m_db, sql, id); !st) {
                return st.error();
            }
        }
        if (auto st = m_audit.append(QStringLiteral("consultation.expired"), id); !st) {
            return st.error();
        }
    }
    return static_cast<int>(expired->size());
}

bool Erasure::checkpointAfterErasure()
{
    // The erasure is committed and stands; only the WAL's old pages wait. Closing the store
    // and every later purge checkpoint again.
    if (auto st = m_db.checkpointTruncate(); !st) {
        qCWarning(lcStore) << "erasure committed; the WAL could not be emptied yet (code"
                           << static_cast<int>(st.error().code) << "), tried again later";
        return true;
    }
    return false;
}

Result<QList<Erasure::Due>> Erasure::dueUntil(const QDateTime& until)
{
    struct Query
    {
        Due::Kind kind;
        const char* sql; ///< ?1 = until; columns: consultation, subject, count, when
    };
    const Query queries[] = {
        {Due::Kind::Participant,
         "SELECT p.consultation_id, p.code_name, (SELECT count(*) FROM responses r WHERE "
         "r.participant_id = p.id), p.retain_until FROM participants p WHERE p.retain_until <= "
         "?1 AND p.id NOT IN (SELECT participant_id FROM safeguarding_holds)"},
        {Due::Kind::Answers,
         "SELECT p.consultation_id, p.code_name, count(*), min(r.retain_until) FROM responses r "
         "JOIN participants p ON p.id = r.participant_id WHERE r.retain_until <= ?1 AND "
         "p.retain_until > ?1 AND p.id NOT IN (SELECT participant_id FROM safeguarding_holds) "
         "GROUP BY p.id, substr(r.retain_until, 1, 10)"},
        {Due::Kind::Names,
         "SELECT consultation_id, '', count(*), min(retain_until) FROM privacy_names WHERE "
         "retain_until <= ?1 AND participant_id IS NULL GROUP BY consultation_id"},
        {Due::Kind::Actions,
         "SELECT '', '', count(*), min(retain_until) FROM hub_actions WHERE retain_until <= ?1 "
         "GROUP BY substr(retain_until, 1, 10)"},
        {Due::Kind::Consultation,
         "SELECT id, title, 0, retain_until FROM consultations WHERE retain_until <= ?1 AND "
         "(source = 'device' OR status = 'closed')"},
    };
    QList<Due> out;
    const QString limit = isoTime(until);
    for (const Query& q : queries) {
        auto s = m_db.prepare(q.sql);
        if (!s) {
            return s.error();
        }
        s->bind(1, limit);
        if (auto st = forEachRow(s.value(),
                                 [&](const Statement& r) {
                                     out << Due{q.kind, r.text(0), r.text(1),
                                                static_cast<int>(r.int64(2)),
                                                fromIsoTime(r.text(3))};
                                 });
            !st) {
            return st.error();
        }
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const Due& a, const Due& b) { return a.when < b.when; });
    return out;
}

Status Erasure::placeHold(const QString& participantId, const QString& reason,
                          const QString& placedBy)
{
    if (reason.trimmed().size() < 10) {
        return invalidField(
            QStringLiteral("reason"),
            QStringLiteral("say why the data must be kept (at least 10 characters)"));
    }
    if (placedBy.trimmed().isEmpty()) {
        return invalidField(QStringLiteral("placedBy"), QStringLiteral("is required"));
    }
    Transaction tx(m_db);
    auto s = m_db.prepare("INSERT INTO safeguarding_holds (participant_id, reason, placed_by, "
                          "placed_at) VALUES (?,?,?,?)");
    if (!s) {
        return s.error();
    }
    s->bind(1, participantId)
        .bind(2, reason.trimmed())
        .bind(3, placedBy.trimmed())
        .bind(4, isoTime(m_clock.now()));
    if (auto st = s->run(); !st) {
        return invalidField(QStringLiteral("participantId"),
                            QStringLiteral("no such participant, or already held"));
    }
    if (auto st = m_audit.append("hold.placed", participantId); !st) {
        return st;
    }
    return tx.commit();
}

Result<Erasure::Report> Erasure::releaseHold(const QString& participantId)
{
    Report report;
    Transaction tx(m_db);
    if (auto st = runBound(m_db, "DELETE FROM safeguarding_holds WHERE participant_id = ?1",
                           participantId);
        !st) {
        return st.error();
    }
    if (m_db.changes() == 0) {
        return makeError(Error::Code::NotFound, QStringLiteral("That participant has no hold."));
    }
    if (auto st = m_audit.append("hold.released", participantId); !st) {
        return st.error();
    }
    auto withdrawn =
        countOf(m_db, "SELECT count(*) FROM participants WHERE id = ? AND withdrawn_at IS NOT NULL",
                participantId);
    if (!withdrawn) {
        return withdrawn.error();
    }
    if (withdrawn.value() > 0) {
        auto erased = eraseParticipant(participantId, QStringLiteral("withdrawn"));
        if (!erased) {
            return erased.error();
        }
        report.participants = 1;
        report.responses = erased.value();
    }
    if (auto st = tx.commit(); !st) {
        return st.error();
    }
    report.checkpointPending = checkpointAfterErasure();
    return report;
}

} // namespace chorus
