#include "responses.h"

#include "storeutil.h"

#include "../share/sharing.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace chorus {
namespace {

constexpr auto kColumns = "SELECT r.id, r.session_id, r.participant_id, r.consent_id, "
                          "r.activity_id, r.prompt_id, r.kind, "
                          "r.text_value, r.value_json, r.draft, r.created_at, r.retain_until, "
                          "m.mime, m.duration_ms, m.data "
                          "FROM responses r LEFT JOIN media m ON m.response_id = r.id ";

Response readResponse(const Statement& s)
{
    Response r;
    r.id = s.text(0);
    r.sessionId = s.text(1);
    r.participantId = s.text(2);
    r.consentId = s.int64(3);
    r.activityId = s.text(4);
    r.promptId = s.text(5);
    r.kind = parseAnswerKind(s.text(6)).value_or(AnswerKind::Text);
    r.text = s.text(7);
    r.value = QJsonDocument::fromJson(s.text(8).toUtf8()).object();
    r.draft = s.int64(9) != 0;
    r.createdAt = fromIsoTime(s.text(10));
    r.retainUntil = fromIsoTime(s.text(11));
    r.mediaType = s.text(12);
    r.durationMs = static_cast<int>(s.int64(13));
    r.media = s.blob(14);
    return r;
}

Error consentMissing(const QString& why)
{
    return makeError(Error::Code::ConsentMissing, QStringLiteral("Not saved: %1.").arg(why));
}

/** The participant must be in the session, and the activity part of its consultation. */
Result<int> checkPlacement(Database& db, const Response& r)
{
    struct Placement
    {
        int retentionDays;
        bool activityInConsultation;
    };
    auto placement = lookupRow(
        db,
        "SELECT c.retention_days, EXISTS (SELECT 1 FROM json_each(c.activities) WHERE value = ?3) "
        "FROM sessions s "
        "JOIN session_participants sp ON sp.session_id = s.id AND sp.participant_id = ?2 "
        "JOIN consultations c ON c.id = s.consultation_id WHERE s.id = ?1",
        [](const Statement& row) {
            return Placement{static_cast<int>(row.int64(0)), row.int64(1) != 0};
        },
        r.sessionId, r.participantId, r.activityId);
    if (!placement) {
        return placement.error();
    }
    if (!placement->has_value()) {
        return invalidField(QStringLiteral("sessionId"),
                            QStringLiteral("the participant is not in this session"));
    }
    if (!placement->value().activityInConsultation) {
        return invalidField(
            QStringLiteral("activityId"),
            QStringLiteral("\"%1\" is not an activity of this consultation").arg(r.activityId));
    }
    return placement->value().retentionDays;
}

} // namespace

Result<Response> Responses::save(Response r)
{
    if (auto st = validateResponse(r); !st) {
        return st.error();
    }
    Transaction tx(m_db);
    if (!tx.began()) {
        return tx.began().error();
    }
    auto consent = m_consent.inForce(r.participantId);
    if (!consent) {
        return consent.error();
    }
    if (!consent.value()) {
        return consentMissing(QStringLiteral("there is no consent in force for this participant"));
    }
    if (r.kind == AnswerKind::Audio && (consent.value()->scopes & RecordVoice) == 0u) {
        return consentMissing(QStringLiteral("recording voice was not agreed"));
    }
    auto retentionDays = checkPlacement(m_db, r);
    if (!retentionDays) {
        return retentionDays.error();
    }
    const QDateTime now = m_clock.now();
    bool replacing = false; // a new answer needs neither an upsert nor a media clean-up
    if (r.id.isEmpty()) {
        r.id = newId();
        r.createdAt = now;
    } else if (auto existing = get(r.id)) {
        if (existing->participantId != r.participantId) {
            return invalidField(QStringLiteral("id"),
                                QStringLiteral("belongs to another participant"));
        }
        if (r.draft && !existing->draft) {
            // A sent answer may already be with the team: it cannot quietly become a draft.
            return invalidField(QStringLiteral("draft"),
                                QStringLiteral("this answer was already sent"));
        }
        r.createdAt = existing->createdAt;
        replacing = true;
    } else {
        r.createdAt = now;
    }
    r.consentId = consent.value()->id;
    r.retainUntil = r.createdAt.addDays(retentionDays.value());

    // Upserts and multi-row deletes make SQLite keep a statement journal, which is costly
    // with cipher_memory_security; the common case, a new answer, needs neither.
    auto upsert = m_db.prepare(
        replacing
            ? "INSERT INTO responses (id, session_id, participant_id, consent_id, activity_id, "
              "prompt_id, kind, text_value, value_json, draft, created_at, updated_at, "
              "retain_until) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?) "
              "ON CONFLICT (id) DO UPDATE SET consent_id = excluded.consent_id, "
              "kind = excluded.kind, text_value = excluded.text_value, "
              "value_json = excluded.value_json, draft = excluded.draft, "
              "updated_at = excluded.updated_at"
            : "INSERT INTO responses (id, session_id, participant_id, consent_id, activity_id, "
              "prompt_id, kind, text_value, value_json, draft, created_at, updated_at, "
              "retain_until) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
    if (!upsert) {
        return upsert.error();
    }
    upsert->bind(1, r.id)
        .bind(2, r.sessionId)
        .bind(3, r.participantId)
        .bind(4, r.consentId)
        .bind(5, r.activityId);
    upsert->bind(6, r.promptId).bind(7, toString(r.kind));
    // Text answers, and the caption or summary of a drawing or voice note.
    upsert->bindOptional(8, r.text.isEmpty() ? std::nullopt : std::optional<QString>(r.text));
    upsert->bindOptional(9, r.value.isEmpty()
                                ? std::nullopt
                                : std::optional<QString>(QString::fromUtf8(
                                      QJsonDocument(r.value).toJson(QJsonDocument::Compact))));
    const QString nowText = isoTime(now);
    upsert->bind(10, r.draft ? 1 : 0)
        .bind(11, replacing ? isoTime(r.createdAt) : nowText)
        .bind(12, nowText)
        .bind(13, isoTime(r.retainUntil));
    if (auto st = upsert->run(); !st) {
        return st.error();
    }
    if (replacing) {
        auto clearMedia = m_db.prepare("DELETE FROM media WHERE response_id = ?");
        if (!clearMedia) {
            return clearMedia.error();
        }
        clearMedia->bind(1, r.id);
        if (auto st = clearMedia->run(); !st) {
            return st.error();
        }
    }
    if (!r.media.isEmpty()) {
        auto media = m_db.prepare(
            "INSERT INTO media (response_id, mime, duration_ms, data) VALUES (?,?,?,?)");
        if (!media) {
            return media.error();
        }
        media->bind(1, r.id).bind(2, r.mediaType).bind(3, r.durationMs).bindBlob(4, r.media);
        if (auto st = media->run(); !st) {
            return st.error();
        }
    }
    if (m_shareHook != nullptr) {
        if (auto st = m_shareHook->answerSaved(r, *consent.value()); !st) {
            return st.error();
        }
    }
    if (auto st = m_audit.append("response.saved", r.id, toString(r.kind)); !st) {
        return st.error();
    }
    if (auto st = tx.commit(); !st) {
        return st.error();
    }
    return r;
}

Result<Response> Responses::get(const QString& id)
{
    auto list = query("WHERE r.id = ?", id);
    if (!list) {
        return list.error();
    }
    if (list->isEmpty()) {
        return makeError(Error::Code::NotFound, QStringLiteral("No answer with that id."));
    }
    return list->first();
}

Result<QList<Response>> Responses::forParticipant(const QString& participantId)
{
    return query("WHERE r.participant_id = ? ORDER BY r.created_at, r.id", participantId);
}

Result<QList<Response>> Responses::forSession(const QString& sessionId)
{
    return query("WHERE r.session_id = ? ORDER BY r.created_at, r.id", sessionId);
}

Result<QList<Response>> Responses::query(const char* where, const QString& key)
{
    return listRows(m_db, (QByteArray(kColumns) + where).constData(), readResponse, key);
}

Result<int> Responses::submitDrafts(const QString& sessionId, const QString& participantId)
{
    Transaction tx(m_db);
    if (!tx.began()) {
        return tx.began().error();
    }
    auto consent = m_consent.inForce(participantId);
    if (!consent) {
        return consent.error();
    }
    if (!consent.value()) {
        return consentMissing(QStringLiteral("there is no consent in force for this participant"));
    }
    auto answers =
        query("WHERE r.session_id = ? AND r.draft = 1 ORDER BY r.created_at, r.id", sessionId);
    if (!answers) {
        return answers.error();
    }
    const QString now = isoTime(m_clock.now());
    int sent = 0;
    for (Response r : answers.value()) {
        if (r.participantId != participantId) {
            continue;
        }
        if (r.kind == AnswerKind::Audio && (consent.value()->scopes & RecordVoice) == 0u) {
            return consentMissing(QStringLiteral("recording voice is no longer agreed"));
        }
        auto update = m_db.prepare(
            "UPDATE responses SET draft = 0, consent_id = ?, updated_at = ? WHERE id = ?");
        if (!update) {
            return update.error();
        }
        update->bind(1, consent.value()->id).bind(2, now).bind(3, r.id);
        if (auto st = update->run(); !st) {
            return st.error();
        }
        r.draft = false;
        r.consentId = consent.value()->id;
        if (m_shareHook != nullptr) {
            if (auto st = m_shareHook->answerSaved(r, *consent.value()); !st) {
                return st.error();
            }
        }
        ++sent;
    }
    if (auto st = m_audit.append("responses.submitted", sessionId, QString::number(sent)); !st) {
        return st.error();
    }
    if (auto st = tx.commit(); !st) {
        return st.error();
    }
    return sent;
}

Status Responses::remove(const QString& id)
{
    Transaction tx(m_db);
    if (m_shareHook != nullptr) {
        if (auto st = m_shareHook->answerRemoving(id); !st) {
            return st;
        }
    }
    auto del = m_db.prepare("DELETE FROM responses WHERE id = ?");
    if (!del) {
        return del.error();
    }
    del->bind(1, id);
    if (auto st = del->run(); !st) {
        return st;
    }
    if (m_db.changes() == 0) {
        return makeError(Error::Code::NotFound, QStringLiteral("No answer with that id."));
    }
    if (auto st = m_audit.append("response.deleted", id); !st) {
        return st;
    }
    if (auto st = tx.commit(); !st) {
        return st;
    }
    // The old pages are zeroed (secure_delete) but their copies may still sit in the WAL.
    return m_db.checkpointTruncate();
}

} // namespace chorus
