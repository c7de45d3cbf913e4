#include "participationstore.h"

#include <QCryptographicHash>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace chorus::hub {
namespace {

/** A stable key for a device in 0..255 (the cell key method needs one per counted unit). */
qint64 deviceKey(const QString& deviceId)
{
    return static_cast<unsigned char>(
        QCryptographicHash::hash(deviceId.toLatin1(), QCryptographicHash::Sha256).at(0));
}

int daysBetween(const QString& from, const QString& to)
{
    const QDate a = QDate::fromString(from.left(10), Qt::ISODate);
    const QDate b = QDate::fromString(to.left(10), Qt::ISODate);
    return static_cast<int>(std::max<qint64>(0, a.daysTo(b)));
}

} // namespace

StoreResult<bool> ParticipationStore::storeConsentEvent(const Device& device,
                                                        const ParticipationItem& item,
                                                        const QString& received)
{
    QSqlQuery insert(m_hub.database());
    insert.prepare(QStringLiteral(
        "INSERT INTO consent_events (id, device_id, consultation_id, event, record_key, "
        "body_hash, received_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING"));
    for (const QVariant& v : {QVariant(item.id), QVariant(device.id), QVariant(item.consultationId),
                              QVariant(item.consentEvent), QVariant(newRecordKey()),
                              QVariant(QString::fromLatin1(item.hash)), QVariant(received)}) {
        insert.addBindValue(v);
    }
    if (!insert.exec()) {
        m_hub.fail(QStringLiteral("consent_events"), insert.lastError());
        return m_hub.failure();
    }
    return insert.numRowsAffected() == 1;
}

StoreResult<SubmitOutcome> ParticipationStore::submit(const Device& device,
                                                      const ParticipationBatch& batch)
{
    SubmitOutcome out;
    const auto allowed = m_hub.consultationsOf(device);
    if (!allowed) {
        return m_hub.failure();
    }
    for (qsizetype i = 0; i < batch.items.size(); ++i) {
        if (!allowed.value().contains(batch.items[i].consultationId)) {
            out.forbiddenItem = batch.items[i].id;
            out.forbiddenField = QStringLiteral("items[%1].consultationId").arg(i);
            return out;
        }
    }
    const bool ok = m_hub.transaction([&] {
        out = SubmitOutcome{};
        const QString received = m_hub.now();
        for (const ParticipationItem& item : batch.items) {
            QSqlQuery erased(m_hub.database());
            erased.prepare(QStringLiteral("SELECT 1 FROM erased_feedback WHERE id = ?"));
            erased.addBindValue(item.id);
            if (!erased.exec()) {
                return m_hub.fail(QStringLiteral("erased_feedback"), erased.lastError());
            }
            if (erased.next()) {
                out.acknowledged << item.id; // withdrawn: never stored again
                continue;
            }
            // A session and a consent event share the batch and the rules, not the table.
            const bool event = !item.consentEvent.isEmpty();
            QSqlQuery existing(m_hub.database());
            existing.prepare(
                event ? QStringLiteral("SELECT body_hash FROM consent_events WHERE id = ?")
                      : QStringLiteral("SELECT body_hash FROM participation WHERE id = ?"));
            existing.addBindValue(item.id);
            if (!existing.exec()) {
                return m_hub.fail(QStringLiteral("participation"), existing.lastError());
            }
            if (existing.next()) {
                if (existing.value(0).toString() == QString::fromLatin1(item.hash)) {
                    out.acknowledged << item.id;
                } else {
                    out.conflicts << item.id;
                }
                continue;
            }
            if (event) {
                const auto stored = storeConsentEvent(device, item, received);
                if (!stored) {
                    return false;
                }
                if (stored.value()) {
                    ++out.stored;
                    out.acknowledged << item.id;
                } else {
                    out.conflicts << item.id; // another hub process got there first
                }
                continue;
            }
            QSqlQuery insert(m_hub.database());
            insert.prepare(QStringLiteral(
                "INSERT INTO participation (id, device_id, consultation_id, age_band, role, "
                "mode, language, week, minutes, practitioner_minutes, adaptations, record_key, "
                "body_hash, body, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                "?) ON CONFLICT (id) DO NOTHING"));
            // Adaptations as ",a,b": comma-led, so that none is "," and never NULL.
            for (const QVariant& v :
                 {QVariant(item.id), QVariant(device.id), QVariant(item.consultationId),
                  QVariant(item.ageBand), QVariant(item.role), QVariant(item.mode),
                  QVariant(item.language), QVariant(item.week), QVariant(item.minutes),
                  QVariant(item.practitionerMinutes),
                  QVariant(QStringLiteral(",") + item.adaptations.join(QLatin1Char(','))),
                  QVariant(newRecordKey()), QVariant(QString::fromLatin1(item.hash)),
                  QVariant(QString::fromUtf8(item.canonical)), QVariant(received)}) {
                insert.addBindValue(v);
            }
            if (!insert.exec()) {
                return m_hub.fail(QStringLiteral("participation"), insert.lastError());
            }
            if (insert.numRowsAffected() != 1) {
                out.conflicts << item.id; // another hub process got there first: send again
                continue;
            }
            for (const ParticipationActivity& a : item.activities) {
                QSqlQuery act(m_hub.database());
                act.prepare(QStringLiteral(
                    "INSERT INTO participation_activities (participation_id, activity_id, type, "
                    "outcome, seconds, rating) VALUES (?, ?, ?, ?, ?, ?)"));
                act.addBindValue(item.id);
                act.addBindValue(a.activityId);
                act.addBindValue(a.type);
                act.addBindValue(a.outcome);
                act.addBindValue(a.seconds);
                act.addBindValue(a.rating.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                    : QVariant(a.rating));
                if (!act.exec()) {
                    return m_hub.fail(QStringLiteral("participation_activities"), act.lastError());
                }
            }
            ++out.stored;
            out.acknowledged << item.id;
        }
        if (!out.conflicts.isEmpty()) {
            m_hub.m_rollbackOnly = true; // a batch with a conflict writes nothing (SY-3)
            return true;
        }
        if (out.stored == 0) {
            return true;
        }
        return m_hub.appendAudit(
            QStringLiteral("participation.received"), device.id,
            QStringLiteral("stored=%1 batch=%2").arg(out.stored).arg(batch.items.size()));
    });
    if (!ok) {
        return m_hub.failure();
    }
    return out;
}

StoreResult<ParticipationInput> ParticipationStore::input()
{
    ParticipationInput in;
    // Sessions keyed by their id, so that each activity row can find its session.
    auto sessions = m_hub.rows(
        QStringLiteral("participation"),
        QStringLiteral("SELECT id, consultation_id, age_band, role, mode, language, minutes, "
                       "practitioner_minutes, adaptations, record_key FROM participation ORDER "
                       "BY id"),
        {}, [](const QSqlQuery& q) {
            ParticipationRow r;
            r.consultation = q.value(1).toString();
            r.ageBand = q.value(2).toString();
            r.role = q.value(3).toString();
            r.mode = q.value(4).toString();
            r.language = q.value(5).toString();
            r.minutes = q.value(6).toInt();
            r.practitionerMinutes = q.value(7).toInt();
            r.adaptations = q.value(8).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
            r.recordKey = q.value(9).toLongLong();
            return std::pair{q.value(0).toString(), r};
        });
    if (!sessions) {
        return sessions.error();
    }
    QHash<QString, qsizetype> byId;
    for (auto& [id, session] : sessions.value()) {
        byId.insert(id, in.sessions.size());
        in.sessions << std::move(session);
    }
    const auto activities = m_hub.rows(
        QStringLiteral("participation_activities"),
        QStringLiteral("SELECT participation_id, activity_id, type, outcome, seconds, "
                       "COALESCE(rating, '') FROM participation_activities"),
        {}, [](const QSqlQuery& a) {
            return std::pair{a.value(0).toString(),
                             ParticipationActivity{a.value(1).toString(), a.value(2).toString(),
                                                   a.value(3).toString(), a.value(4).toInt(),
                                                   a.value(5).toString()}};
        });
    if (!activities) {
        return activities.error();
    }
    for (const auto& [sessionId, activity] : activities.value()) {
        if (const auto at = byId.constFind(sessionId); at != byId.constEnd()) {
            in.sessions[*at].activities << activity;
        }
    }
    // Space: consent refusals and withdrawals, counted only.
    auto consent =
        m_hub.rows(QStringLiteral("consent_events"),
                   QStringLiteral("SELECT consultation_id, event, record_key FROM consent_events"),
                   {}, [](const QSqlQuery& c) {
                       return ConsentEventRow{c.value(0).toString(), c.value(1).toString(),
                                              c.value(2).toLongLong()};
                   });
    if (!consent) {
        return consent.error();
    }
    in.consentEvents = std::move(consent).value();
    // Audience: what reviewers already do with each record.
    auto records = m_hub.rows(
        QStringLiteral("feedback"),
        QStringLiteral(
            "SELECT f.consultation_id, f.record_key, f.received_at, rd.first_read_at, EXISTS "
            "(SELECT 1 FROM feedback_themes t WHERE t.feedback_id = f.id), f.quotable FROM "
            "feedback f LEFT JOIN feedback_reads rd ON rd.feedback_id = f.id"),
        {}, [](const QSqlQuery& r) {
            AudienceRow row;
            row.consultation = r.value(0).toString();
            row.recordKey = r.value(1).toLongLong();
            row.read = !r.value(3).isNull() && !r.value(3).toString().isEmpty();
            if (row.read) {
                row.daysToFirstRead = daysBetween(r.value(2).toString(), r.value(3).toString());
            }
            row.themed = r.value(4).toBool() || r.value(4).toInt() == 1;
            row.quoted = r.value(5).toInt() == 1;
            return row;
        });
    if (!records) {
        return records.error();
    }
    in.records = std::move(records).value();
    // Influence: devices that sent records, and whether an action answering one reached them.
    auto devices = m_hub.rows(
        QStringLiteral("action_deliveries"),
        QStringLiteral(
            "SELECT s.consultation_id, s.device_id, EXISTS (SELECT 1 FROM action_deliveries x "
            "JOIN actions a ON a.id = x.action_id WHERE x.device_id = s.device_id AND "
            "a.consultation_id = s.consultation_id) FROM (SELECT DISTINCT consultation_id, "
            "device_id FROM feedback) s"),
        {}, [](const QSqlQuery& d) {
            return DeviceReach{d.value(0).toString(), deviceKey(d.value(1).toString()),
                               d.value(2).toBool() || d.value(2).toInt() == 1};
        });
    if (!devices) {
        return devices.error();
    }
    in.devices = std::move(devices).value();
    // Intents as saved; one that no longer decodes is left out, as if never set.
    const auto intents = m_hub.rows(
        QStringLiteral("consultation_intent"),
        QStringLiteral("SELECT consultation_id, body, updated_at FROM consultation_intent"), {},
        [](const QSqlQuery& i) {
            auto intent =
                decodeIntent(QJsonDocument::fromJson(i.value(1).toString().toUtf8()).object());
            if (intent.ok()) {
                intent->updatedAt = i.value(2).toString();
            }
            return std::pair{i.value(0).toString(), intent};
        });
    if (!intents) {
        return intents.error();
    }
    for (const auto& [consultation, intent] : intents.value()) {
        if (intent.ok()) {
            in.intents.insert(consultation, intent.value());
        }
    }
    return in;
}

StoreStatus ParticipationStore::setIntent(const QString& consultationId, const Intent& intent,
                                          const QString& reviewerId)
{
    return m_hub.status(m_hub.transaction([&] {
        QJsonObject body = intentJson(intent);
        body.remove(QStringLiteral("updatedAt"));
        QSqlQuery q(m_hub.database());
        q.prepare(QStringLiteral(
            "INSERT INTO consultation_intent (consultation_id, body, updated_by, updated_at) "
            "VALUES (?, ?, ?, ?) ON CONFLICT (consultation_id) DO UPDATE SET body = "
            "excluded.body, updated_by = excluded.updated_by, updated_at = excluded.updated_at"));
        q.addBindValue(consultationId);
        q.addBindValue(QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact)));
        q.addBindValue(reviewerId);
        q.addBindValue(m_hub.now());
        if (!q.exec()) {
            return m_hub.fail(QStringLiteral("consultation_intent"), q.lastError());
        }
        return m_hub.appendAudit(QStringLiteral("intent.saved"), reviewerId,
                                 QStringLiteral("consultation=%1").arg(consultationId));
    }));
}

StoreStatus ParticipationStore::markRead(const QStringList& feedbackIds)
{
    if (feedbackIds.isEmpty()) {
        return Done{};
    }
    return m_hub.status(m_hub.transaction([&] {
        const QString at = m_hub.now();
        for (const QString& id : feedbackIds) {
            QSqlQuery q(m_hub.database());
            q.prepare(QStringLiteral("INSERT INTO feedback_reads (feedback_id, first_read_at) "
                                     "VALUES (?, ?) ON CONFLICT (feedback_id) DO NOTHING"));
            q.addBindValue(id);
            q.addBindValue(at);
            if (!q.exec()) {
                return m_hub.fail(QStringLiteral("feedback_reads"), q.lastError());
            }
        }
        return true;
    }));
}

StoreStatus ParticipationStore::markDelivered(const QString& deviceId, const QStringList& actionIds)
{
    if (actionIds.isEmpty()) {
        return Done{};
    }
    return m_hub.status(m_hub.transaction([&] {
        const QString at = m_hub.now();
        for (const QString& id : actionIds) {
            QSqlQuery q(m_hub.database());
            q.prepare(QStringLiteral(
                "INSERT INTO action_deliveries (device_id, action_id, delivered_at) VALUES (?, ?, "
                "?) ON CONFLICT (device_id, action_id) DO NOTHING"));
            q.addBindValue(deviceId);
            q.addBindValue(id);
            q.addBindValue(at);
            if (!q.exec()) {
                return m_hub.fail(QStringLiteral("action_deliveries"), q.lastError());
            }
        }
        return true;
    }));
}

} // namespace chorus::hub
