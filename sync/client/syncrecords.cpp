#include "syncrecords.h"

#include "core/store/storeutil.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace chorus::sync {

Result<std::optional<Enrolment>> SyncRecords::enrolment()
{
    auto s =
        m_db.prepare("SELECT hub_url, device_id, token, pin_sha256, consultation_id, role, "
                     "enrolled_at, last_sync_at, last_attempt_at, last_problem, "
                     "actions_cursor, consultations_cursor FROM hub_enrolment WHERE singleton = 1");
    if (!s) {
        return s.error();
    }
    auto row = s->step();
    if (!row) {
        return row.error();
    }
    if (!row.value()) {
        return std::optional<Enrolment>();
    }
    Enrolment e;
    e.hubUrl = s->text(0);
    e.deviceId = s->text(1);
    e.token = s->text(2).toLatin1();
    e.pinHex = s->text(3).toLatin1();
    e.consultationId = s->text(4);
    e.role = s->text(5);
    e.enrolledAt = fromIsoTime(s->text(6));
    if (!s->isNull(7)) {
        e.lastSyncAt = fromIsoTime(s->text(7));
    }
    if (!s->isNull(8)) {
        e.lastAttemptAt = fromIsoTime(s->text(8));
    }
    e.lastProblem = s->text(9);
    e.actionsCursor = s->text(10);
    e.consultationsCursor = s->text(11);
    return std::optional<Enrolment>(e);
}

Status SyncRecords::saveEnrolment(const Enrolment& e)
{
    auto s = m_db.prepare("INSERT OR REPLACE INTO hub_enrolment (singleton, hub_url, device_id, "
                          "token, pin_sha256, consultation_id, role, enrolled_at) VALUES "
                          "(1, ?, ?, ?, ?, ?, ?, ?)");
    if (!s) {
        return s.error();
    }
    s->bind(1, e.hubUrl).bind(2, e.deviceId).bind(3, QString::fromLatin1(e.token));
    s->bind(4, QString::fromLatin1(e.pinHex)).bind(5, e.consultationId).bind(6, e.role);
    s->bind(7, isoTime(e.enrolledAt));
    return s->run();
}

Status SyncRecords::noteRun(const QString& problem)
{
    const QString now = isoTime(m_clock.now());
    auto s = m_db.prepare(problem.isEmpty()
                              ? "UPDATE hub_enrolment SET last_attempt_at = ?1, last_sync_at = ?1, "
                                "last_problem = ?2"
                              : "UPDATE hub_enrolment SET last_attempt_at = ?1, last_problem = ?2");
    if (!s) {
        return s.error();
    }
    s->bind(1, now).bind(2, problem);
    return s->run();
}

Status SyncRecords::saveConfirmation(const ErasureConfirmation& c)
{
    auto s = m_db.prepare("INSERT OR IGNORE INTO hub_erasure_confirmations (erasure_id, "
                          "feedback_id, outcome, confirmed_at) VALUES (?, ?, ?, ?)");
    if (!s) {
        return s.error();
    }
    s->bind(1, c.erasureId).bind(2, c.feedbackId).bind(3, c.outcome);
    s->bind(4, isoTime(c.confirmedAt.isValid() ? c.confirmedAt : m_clock.now()));
    return s->run();
}

Result<QList<ErasureConfirmation>> SyncRecords::confirmations()
{
    auto s = m_db.prepare("SELECT erasure_id, feedback_id, outcome, confirmed_at FROM "
                          "hub_erasure_confirmations ORDER BY confirmed_at, erasure_id");
    if (!s) {
        return s.error();
    }
    QList<ErasureConfirmation> out;
    if (auto st = forEachRow(
            s.value(),
            [&](const Statement& r) {
                out << ErasureConfirmation{r.text(0), r.text(1), r.text(2), fromIsoTime(r.text(3))};
            });
        !st) {
        return st.error();
    }
    return out;
}

Status SyncRecords::saveAction(const HubAction& a)
{
    auto s = m_db.prepare("INSERT OR REPLACE INTO hub_actions (id, seq, you_said, we_did, "
                          "feedback_ids, received_at, status, action_date) VALUES (?, ?, ?, ?, ?, "
                          "?, ?, ?)");
    if (!s) {
        return s.error();
    }
    s->bind(1, a.id).bind(2, a.seq).bind(3, a.youSaid).bind(4, a.weDid);
    s->bind(5, QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(a.feedbackIds))
                                     .toJson(QJsonDocument::Compact)));
    s->bind(6, isoTime(m_clock.now())).bind(7, a.status);
    s->bind(8, a.date.isValid() ? a.date.toString(Qt::ISODate) : QString());
    return s->run();
}

Status SyncRecords::setActionsCursor(const QString& cursor)
{
    auto s = m_db.prepare("UPDATE hub_enrolment SET actions_cursor = ?");
    if (!s) {
        return s.error();
    }
    s->bind(1, cursor);
    return s->run();
}

Status SyncRecords::setConsultationsCursor(const QString& cursor)
{
    auto s = m_db.prepare("UPDATE hub_enrolment SET consultations_cursor = ?");
    if (!s) {
        return s.error();
    }
    s->bind(1, cursor);
    return s->run();
}

namespace {

constexpr auto kActionColumns =
    "SELECT id, seq, you_said, we_did, feedback_ids, status, action_date FROM hub_actions a ";

Result<QList<HubAction>> readActions(Statement& s)
{
    QList<HubAction> out;
    if (auto st = forEachRow(s,
                             [&](const Statement& r) {
                                 QStringList ids;
                                 for (const auto& v :
                                      QJsonDocument::fromJson(r.text(4).toUtf8()).array()) {
                                     ids << v.toString();
                                 }
                                 out << HubAction{r.text(0),
                                                  r.int64(1),
                                                  r.text(2),
                                                  r.text(3),
                                                  ids,
                                                  r.text(5),
                                                  QDate::fromString(r.text(6), Qt::ISODate)};
                             });
        !st) {
        return st.error();
    }
    return out;
}

} // namespace

Result<QList<HubAction>> SyncRecords::actions()
{
    auto s = m_db.prepare((QByteArray(kActionColumns) + "ORDER BY seq").constData());
    if (!s) {
        return s.error();
    }
    return readActions(s.value());
}

Result<QList<HubAction>> SyncRecords::actionsFor(const QString& participantId)
{
    // sent_feedback remembers, on this device only, whose answer each acknowledged record was
    // (Outbox::acknowledge); the hub never learns it. A withdrawn participant's rows lose
    // their participant, so nothing is shown for them any more.
    auto s = m_db.prepare(
        (QByteArray(kActionColumns) +
         "WHERE EXISTS (SELECT 1 FROM json_each(a.feedback_ids) j JOIN sent_feedback f ON f.id "
         "= j.value WHERE f.participant_id = ?) ORDER BY seq DESC")
            .constData());
    if (!s) {
        return s.error();
    }
    s->bind(1, participantId);
    return readActions(s.value());
}

Result<QHash<QString, int>> SyncRecords::actionCounts()
{
    auto s = m_db.prepare("SELECT f.participant_id, COUNT(DISTINCT a.id) FROM hub_actions a, "
                          "json_each(a.feedback_ids) j JOIN sent_feedback f ON f.id = j.value "
                          "WHERE f.participant_id IS NOT NULL GROUP BY f.participant_id");
    if (!s) {
        return s.error();
    }
    QHash<QString, int> out;
    if (auto st = forEachRow(
            s.value(),
            [&](const Statement& r) { out.insert(r.text(0), static_cast<int>(r.int64(1))); });
        !st) {
        return st.error();
    }
    return out;
}

Result<bool> SyncRecords::hasPack(const QString& id, int version)
{
    auto s = m_db.prepare("SELECT 1 FROM hub_packs WHERE pack_id = ? AND version = ?");
    if (!s) {
        return s.error();
    }
    s->bind(1, id).bind(2, version);
    return s->step();
}

Status SyncRecords::notePack(const QString& id, int version, const QByteArray& sha256Hex)
{
    auto s = m_db.prepare("INSERT OR REPLACE INTO hub_packs (pack_id, version, sha256, "
                          "fetched_at) VALUES (?, ?, ?, ?)");
    if (!s) {
        return s.error();
    }
    s->bind(1, id).bind(2, version).bind(3, QString::fromLatin1(sha256Hex));
    s->bind(4, isoTime(m_clock.now()));
    return s->run();
}

} // namespace chorus::sync
