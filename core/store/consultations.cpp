#include "consultations.h"

#include "storeutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace chorus {
namespace {

Error notFound(const QString& what)
{
    return makeError(Error::Code::NotFound, QStringLiteral("No %1 with that id.").arg(what));
}

/** The row with this id, made by read(const Statement&); "No <what> with that id." when
    there is none. */
template <typename Read>
auto rowById(Database& db, const QByteArray& sql, const QString& id, const QString& what,
             Read&& read) -> Result<std::invoke_result_t<Read&, const Statement&>>
{
    auto s = db.prepare(sql.constData());
    if (!s) {
        return s.error();
    }
    s->bind(1, id);
    auto found = firstRow(s.value(), read);
    if (!found) {
        return found.error();
    }
    if (!found.value()) {
        return notFound(what);
    }
    return std::move(*found.value());
}

Participant readParticipant(const Statement& s)
{
    Participant p;
    p.id = s.text(0);
    p.consultationId = s.text(1);
    p.codeName = s.text(2);
    p.ageBand = parseAgeBand(s.text(3)).value_or(AgeBand::Adult);
    p.role = parseRole(s.text(4)).value_or(Role::Child);
    p.createdAt = fromIsoTime(s.text(5));
    p.retainUntil = fromIsoTime(s.text(6));
    return p;
}

constexpr auto kParticipantColumns = "SELECT id, consultation_id, code_name, age_band, role, "
                                     "created_at, retain_until FROM participants ";

Consultation readConsultation(const Statement& s)
{
    Consultation c;
    c.id = s.text(0);
    c.title = s.text(1);
    c.purpose = s.text(2);
    c.retentionDays = static_cast<int>(s.int64(3));
    c.packId = s.text(4);
    c.packVersion = static_cast<int>(s.int64(5));
    for (const auto& v : QJsonDocument::fromJson(s.text(6).toUtf8()).array()) {
        c.activityIds << v.toString();
    }
    c.createdAt = fromIsoTime(s.text(7));
    c.fromHub = s.text(8) == QLatin1String("hub");
    c.closed = s.text(9) == QLatin1String("closed");
    return c;
}

constexpr auto kConsultationColumns =
    "SELECT id, title, purpose, retention_days, pack_id, pack_version, activities, created_at, "
    "source, status FROM consultations ";

/** A code name is a pseudonym the child picks: short, and not an email, number or phrase. */
Status validateCodeName(const QString& code)
{
    const QString trimmed = code.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 40) {
        return invalidField(QStringLiteral("codeName"),
                            QStringLiteral("must be 1 to 40 characters"));
    }
    if (trimmed.contains('@') || trimmed.count(QRegularExpression(QStringLiteral("\\d"))) > 4) {
        return invalidField(QStringLiteral("codeName"),
                            QStringLiteral("looks like contact details; choose a made-up name"));
    }
    return Status::success();
}

} // namespace

Result<ActivityPack> Consultations::importPack(const QByteArray& json)
{
    auto parsed = ActivityPack::fromJson(json);
    if (!parsed) {
        return parsed.error();
    }
    const QString canonical =
        QString::fromUtf8(QJsonDocument(parsed->source).toJson(QJsonDocument::Compact));
    auto existing = storedPackJson(parsed->id, parsed->version);
    if (!existing) {
        return existing.error();
    }
    if (existing->has_value()) {
        if (existing->value() != canonical) {
            return makeError(
                Error::Code::Exists,
                QStringLiteral("Pack \"%1\" version %2 is already here with different content; "
                               "give the changed pack a new version number.")
                    .arg(parsed->id)
                    .arg(parsed->version));
        }
        return parsed;
    }
    Transaction tx(m_db);
    auto insert = m_db.prepare(
        "INSERT INTO activity_packs (pack_id, version, json, imported_at) VALUES (?,?,?,?)");
    if (!insert) {
        return insert.error();
    }
    insert->bind(1, parsed->id)
        .bind(2, parsed->version)
        .bind(3, canonical)
        .bind(4, isoTime(m_clock.now()));
    if (auto st = insert->run(); !st) {
        return st.error();
    }
    if (auto st = m_audit.append("pack.imported", parsed->id, QString::number(parsed->version));
        !st) {
        return st.error();
    }
    if (auto st = tx.commit(); !st) {
        return st.error();
    }
    return parsed;
}

Result<ActivityPack> Consultations::pack(const QString& id, int version)
{
    auto json = storedPackJson(id, version);
    if (!json) {
        return json.error();
    }
    if (!json->has_value()) {
        return makeError(
            Error::Code::NotFound,
            QStringLiteral("No activity pack \"%1\" version %2.").arg(id).arg(version));
    }
    return ActivityPack::fromJson(json->value().toUtf8());
}

Result<std::optional<QString>> Consultations::storedPackJson(const QString& id, int version)
{
    return lookupRow(
        m_db, "SELECT json FROM activity_packs WHERE pack_id = ? AND version = ?",
        [](const Statement& row) { return row.text(0); }, id, version);
}

Result<QList<ActivityPack>> Consultations::packs()
{
    auto s = m_db.prepare("SELECT json FROM activity_packs ORDER BY pack_id, version");
    if (!s) {
        return s.error();
    }
    QList<ActivityPack> out;
    for (;;) {
        auto row = s->step();
        if (!row) {
            return row.error();
        }
        if (!row.value()) {
            return out;
        }
        auto p = ActivityPack::fromJson(s->text(0).toUtf8());
        if (!p) {
            return p.error();
        }
        out << p.value();
    }
}

Result<QJsonArray> Consultations::validate(Consultation& c)
{
    c.title = c.title.trimmed();
    c.purpose = c.purpose.trimmed();
    if (c.title.isEmpty() || c.title.size() > 200) {
        return invalidField(QStringLiteral("title"), QStringLiteral("must be 1 to 200 characters"));
    }
    if (c.purpose.isEmpty() || c.purpose.size() > 2000) {
        return invalidField(
            QStringLiteral("purpose"),
            QStringLiteral("say in a few child-friendly words what the consultation is for"));
    }
    if (c.retentionDays < 1 || c.retentionDays > 3650) {
        return invalidField(QStringLiteral("retentionDays"),
                            QStringLiteral("must be between 1 and 3650 days"));
    }
    auto p = pack(c.packId, c.packVersion);
    if (!p) {
        return invalidField(QStringLiteral("pack"), p.error().message);
    }
    if (c.activityIds.isEmpty()) {
        for (const auto& a : p->activities) {
            c.activityIds << a.id;
        }
    }
    QJsonArray activities;
    for (const auto& id : c.activityIds) {
        if (p->activity(id) == nullptr) {
            return invalidField(QStringLiteral("activities"),
                                QStringLiteral("the pack has no activity \"%1\"").arg(id));
        }
        if (activities.contains(id)) {
            return invalidField(QStringLiteral("activities"),
                                QStringLiteral("\"%1\" is listed twice").arg(id));
        }
        activities.append(id);
    }
    return activities;
}

Result<Consultation> Consultations::create(Consultation c)
{
    auto validated = validate(c);
    if (!validated) {
        return validated.error();
    }
    const QJsonArray activities = validated.value();
    if (c.id.isEmpty()) {
        c.id = newId();
    }
    c.fromHub = false; // made here: the practitioner's own, never changed by sync
    c.closed = false;
    c.createdAt = m_clock.now();
    Transaction tx(m_db);
    auto insert =
        m_db.prepare("INSERT INTO consultations (id, title, purpose, retention_days, pack_id, "
                     "pack_version, activities, created_at) VALUES (?,?,?,?,?,?,?,?)");
    if (!insert) {
        return insert.error();
    }
    insert->bind(1, c.id)
        .bind(2, c.title)
        .bind(3, c.purpose)
        .bind(4, c.retentionDays)
        .bind(5, c.packId)
        .bind(6, c.packVersion);
    insert->bind(7, QString::fromUtf8(QJsonDocument(activities).toJson(QJsonDocument::Compact)))
        .bind(8, isoTime(c.createdAt));
    if (auto st = insert->run(); !st) {
        return st.error();
    }
    if (auto st = m_audit.append("consultation.created", c.id); !st) {
        return st.error();
    }
    if (auto st = tx.commit(); !st) {
        return st.error();
    }
    return c;
}

Status Consultations::update(const QString& id, const QString& title, const QString& purpose,
                             int retentionDays)
{
    auto c = get(id);
    if (!c) {
        return c.error();
    }
    if (c->fromHub) {
        return invalidField(QStringLiteral("id"),
                            QStringLiteral("a consultation from the hub is changed on the hub"));
    }
    c->title = title;
    c->purpose = purpose;
    c->retentionDays = retentionDays;
    auto validated = validate(c.value());
    if (!validated) {
        return validated.error();
    }
    Transaction tx(m_db);
    auto write = m_db.prepare(
        "UPDATE consultations SET title = ?, purpose = ?, retention_days = ? WHERE id = ?");
    if (!write) {
        return write.error();
    }
    write->bind(1, c->title).bind(2, c->purpose).bind(3, c->retentionDays).bind(4, id);
    if (auto st = write->run(); !st) {
        return st;
    }
    if (auto st = m_audit.append("consultation.updated", id); !st) {
        return st;
    }
    return tx.commit();
}

Status Consultations::remove(const QString& id)
{
    auto c = get(id);
    if (!c) {
        return c.error();
    }
    if (c->fromHub) {
        return invalidField(QStringLiteral("id"),
                            QStringLiteral("a consultation from the hub is closed on the hub"));
    }
    auto people = participants(id);
    if (!people) {
        return people.error();
    }
    if (!people->isEmpty()) {
        return invalidField(
            QStringLiteral("participants"),
            QStringLiteral("%1 people still take part; withdraw them first").arg(people->size()));
    }
    // Nobody takes part: what is left are sessions without anyone in them and the
    // consultation's own settings. Tombstones stay (they hold no personal content).
    Transaction tx(m_db);
    for (const char* sql : {"DELETE FROM sessions WHERE consultation_id = ?",
                            "DELETE FROM privacy_names WHERE consultation_id = ?",
                            "DELETE FROM consultations WHERE id = ?"}) {
        auto s = m_db.prepare(sql);
        if (!s) {
            return s.error();
        }
        s->bind(1, id);
        if (auto st = s->run(); !st) {
            return st;
        }
    }
    if (auto st = m_audit.append("consultation.deleted", id); !st) {
        return st;
    }
    return tx.commit();
}

Result<Consultations::FromHub> Consultations::applyFromHub(Consultation c, qint64 revision)
{
    auto validated = validate(c);
    if (!validated) {
        return validated.error();
    }
    const QString activities =
        QString::fromUtf8(QJsonDocument(validated.value()).toJson(QJsonDocument::Compact));
    auto kept = m_db.prepare("SELECT source, hub_revision, pack_id, pack_version FROM "
                             "consultations WHERE id = ?");
    if (!kept) {
        return kept.error();
    }
    kept->bind(1, c.id);
    auto row = kept->step();
    if (!row) {
        return row.error();
    }
    const bool exists = row.value();
    if (exists && kept->text(0) != QLatin1String("hub")) {
        // The practitioner's own consultation wins: sync never overwrites local work.
        return FromHub::KeptOwn;
    }
    if (exists && kept->int64(1) >= revision) {
        return FromHub::Unchanged;
    }
    if (exists && (kept->text(2) != c.packId || kept->int64(3) != c.packVersion)) {
        return invalidField(QStringLiteral("pack"),
                            QStringLiteral("the hub changed the pack of a consultation that has "
                                           "one; the device keeps its copy"));
    }
    Transaction tx(m_db);
    auto write =
        exists ? m_db.prepare("UPDATE consultations SET title = ?1, purpose = ?2, "
                              "retention_days = ?3, activities = ?4, status = ?5, "
                              "hub_revision = ?6 WHERE id = ?7 AND source = 'hub'")
               : m_db.prepare("INSERT INTO consultations (title, purpose, retention_days, "
                              "activities, status, hub_revision, id, pack_id, pack_version, "
                              "created_at, source) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
                              "?10, 'hub')");
    if (!write) {
        return write.error();
    }
    write->bind(1, c.title).bind(2, c.purpose).bind(3, c.retentionDays).bind(4, activities);
    write->bind(5, c.closed ? QStringLiteral("closed") : QStringLiteral("open"))
        .bind(6, revision)
        .bind(7, c.id);
    if (!exists) {
        write->bind(8, c.packId).bind(9, c.packVersion).bind(10, isoTime(m_clock.now()));
    }
    if (auto st = write->run(); !st) {
        return st.error();
    }
    if (auto st = m_audit.append(exists ? "consultation.updated-from-hub"
                                        : "consultation.received-from-hub",
                                 c.id, QString::number(revision));
        !st) {
        return st.error();
    }
    if (auto st = tx.commit(); !st) {
        return st.error();
    }
    return exists ? FromHub::Updated : FromHub::Added;
}

Result<Consultation> Consultations::get(const QString& id)
{
    return rowById(m_db, QByteArray(kConsultationColumns) + "WHERE id = ?", id,
                   QStringLiteral("consultation"), readConsultation);
}

Result<QList<Consultation>> Consultations::list()
{
    auto s = m_db.prepare((QByteArray(kConsultationColumns) + "ORDER BY created_at").constData());
    if (!s) {
        return s.error();
    }
    return allRows(s.value(), readConsultation);
}

Result<Participant> Consultations::addParticipant(Participant p)
{
    if (auto st = validateCodeName(p.codeName); !st) {
        return st.error();
    }
    p.codeName = p.codeName.trimmed();
    auto c = get(p.consultationId);
    if (!c) {
        return invalidField(QStringLiteral("consultationId"), c.error().message);
    }
    if (p.id.isEmpty()) {
        p.id = newId();
    }
    p.createdAt = m_clock.now();
    p.retainUntil = p.createdAt.addDays(c->retentionDays);
    Transaction tx(m_db);
    auto insert =
        m_db.prepare("INSERT INTO participants (id, consultation_id, code_name, age_band, role, "
                     "created_at, retain_until) VALUES (?,?,?,?,?,?,?)");
    if (!insert) {
        return insert.error();
    }
    insert->bind(1, p.id)
        .bind(2, p.consultationId)
        .bind(3, p.codeName)
        .bind(4, toString(p.ageBand))
        .bind(5, toString(p.role));
    insert->bind(6, isoTime(p.createdAt)).bind(7, isoTime(p.retainUntil));
    if (auto st = insert->run(); !st) {
        if (st.error().code == Error::Code::Invalid) {
            return invalidField(
                QStringLiteral("codeName"),
                QStringLiteral("that code name is already used in this consultation"));
        }
        return st.error();
    }
    if (auto st = m_audit.append("participant.added", p.id); !st) {
        return st.error();
    }
    if (auto st = tx.commit(); !st) {
        return st.error();
    }
    return p;
}

Result<Participant> Consultations::participant(const QString& id)
{
    return rowById(m_db, QByteArray(kParticipantColumns) + "WHERE id = ?", id,
                   QStringLiteral("participant"), readParticipant);
}

Result<Participant> Consultations::participantByCode(const QString& codeName,
                                                     const QString& consultationId)
{
    auto s = m_db.prepare((QByteArray(kParticipantColumns) +
                           "WHERE code_name = ?1 AND (?2 = '' OR consultation_id = ?2)")
                              .constData());
    if (!s) {
        return s.error();
    }
    s->bind(1, codeName.trimmed()).bind(2, consultationId);
    auto rows = allRows(s.value(), readParticipant);
    if (!rows) {
        return rows.error();
    }
    const QList<Participant>& found = rows.value();
    if (found.isEmpty()) {
        return makeError(Error::Code::NotFound,
                         QStringLiteral("No participant has that code name."));
    }
    if (found.size() > 1) {
        return makeError(
            Error::Code::Invalid,
            QStringLiteral("That code name is used in %1 consultations; name the consultation.")
                .arg(found.size()));
    }
    return found.first();
}

Result<QList<Participant>> Consultations::participants(const QString& consultationId)
{
    return listRows(
        m_db,
        (QByteArray(kParticipantColumns) + "WHERE consultation_id = ? ORDER BY created_at")
            .constData(),
        readParticipant, consultationId);
}

Result<Session> Consultations::startSession(const QString& consultationId, SessionMode mode,
                                            const QStringList& participantIds)
{
    auto c = get(consultationId);
    if (!c) {
        return invalidField(QStringLiteral("consultationId"), c.error().message);
    }
    if (c->closed) {
        return invalidField(QStringLiteral("consultationId"),
                            QStringLiteral("This consultation has been closed: no new sessions "
                                           "can start. The answers already given are kept."));
    }
    if (participantIds.isEmpty()) {
        return invalidField(QStringLiteral("participants"),
                            QStringLiteral("a session needs at least one participant"));
    }
    Session session{newId(), consultationId, mode, m_clock.now(), std::nullopt};
    Transaction tx(m_db);
    auto insert = m_db.prepare("INSERT INTO sessions (id, consultation_id, mode, started_at, "
                               "retain_until) VALUES (?,?,?,?,?)");
    if (!insert) {
        return insert.error();
    }
    insert->bind(1, session.id)
        .bind(2, consultationId)
        .bind(3, toString(mode))
        .bind(4, isoTime(session.startedAt));
    insert->bind(5, isoTime(session.startedAt.addDays(c->retentionDays)));
    if (auto st = insert->run(); !st) {
        return st.error();
    }
    for (const auto& pid : participantIds) {
        auto p = participant(pid);
        if (!p || p->consultationId != consultationId) {
            return invalidField(QStringLiteral("participants"),
                                QStringLiteral("a participant is not part of this consultation"));
        }
        auto link = m_db.prepare(
            "INSERT INTO session_participants (session_id, participant_id) VALUES (?,?)");
        if (!link) {
            return link.error();
        }
        link->bind(1, session.id).bind(2, pid);
        if (auto st = link->run(); !st) {
            return st.error();
        }
    }
    if (auto st = m_audit.append("session.started", session.id, toString(mode)); !st) {
        return st.error();
    }
    if (auto st = tx.commit(); !st) {
        return st.error();
    }
    return session;
}

Result<Session> Consultations::session(const QString& id)
{
    return rowById(
        m_db, "SELECT id, consultation_id, mode, started_at, ended_at FROM sessions WHERE id = ?",
        id, QStringLiteral("session"), [](const Statement& s) {
            Session out{s.text(0), s.text(1),
                        parseSessionMode(s.text(2)).value_or(SessionMode::Facilitated),
                        fromIsoTime(s.text(3)), std::nullopt};
            if (!s.isNull(4)) {
                out.endedAt = fromIsoTime(s.text(4));
            }
            return out;
        });
}

Status Consultations::endSession(const QString& id)
{
    Transaction tx(m_db);
    auto s = m_db.prepare("UPDATE sessions SET ended_at = ? WHERE id = ? AND ended_at IS NULL");
    if (!s) {
        return s.error();
    }
    s->bind(1, isoTime(m_clock.now())).bind(2, id);
    if (auto st = s->run(); !st) {
        return st;
    }
    if (m_db.changes() == 0) {
        return notFound(QStringLiteral("open session"));
    }
    if (auto st = m_audit.append("session.ended", id); !st) {
        return st;
    }
    return tx.commit();
}

Result<QList<Session>> Consultations::unfinishedSessions()
{
    auto s = m_db.prepare("SELECT id, consultation_id, mode, started_at FROM sessions "
                          "WHERE ended_at IS NULL ORDER BY started_at DESC, id");
    if (!s) {
        return s.error();
    }
    QList<Session> out;
    if (auto st = forEachRow(
            s.value(),
            [&](const Statement& row) {
                out << Session{row.text(0), row.text(1),
                               parseSessionMode(row.text(2)).value_or(SessionMode::Facilitated),
                               fromIsoTime(row.text(3)), std::nullopt};
            });
        !st) {
        return st.error();
    }
    return out;
}

Result<QStringList> Consultations::sessionParticipants(const QString& sessionId)
{
    return listRows(
        m_db,
        "SELECT participant_id FROM session_participants WHERE session_id = ? "
        "ORDER BY participant_id",
        [](const Statement& row) { return row.text(0); }, sessionId);
}

} // namespace chorus
