#include "sharing.h"

#include "../domain/answervalues.h"
#include "../store/storeutil.h"

#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace chorus {
namespace {

QString reviewName(Sharing::ReviewState s)
{
    switch (s) {
    case Sharing::ReviewState::Approved:
        return QStringLiteral("approved");
    case Sharing::ReviewState::Held:
        return QStringLiteral("held");
    case Sharing::ReviewState::Pending:
        break;
    }
    return QStringLiteral("pending");
}

Sharing::ReviewState parseReview(const QString& s)
{
    if (s == QLatin1String("approved")) {
        return Sharing::ReviewState::Approved;
    }
    return s == QLatin1String("held") ? Sharing::ReviewState::Held : Sharing::ReviewState::Pending;
}

QString nameKindName(PiiKind kind)
{
    return kind == PiiKind::School  ? QStringLiteral("school")
           : kind == PiiKind::Place ? QStringLiteral("place")
                                    : QStringLiteral("name");
}

PiiKind parseNameKind(const QString& s)
{
    return s == QLatin1String("school")  ? PiiKind::School
           : s == QLatin1String("place") ? PiiKind::Place
                                         : PiiKind::Name;
}

constexpr auto kUnqueue = "DELETE FROM outbox WHERE item_id = ? AND kind = 'feedback'";
constexpr auto kForget = "DELETE FROM share_records WHERE id = ?";

/** Runs a statement whose only parameter is a share record's id. */
Status runForShare(Database& db, const char* sql, const QString& shareId)
{
    auto s = db.prepare(sql);
    if (!s) {
        return s.error();
    }
    s->bind(1, shareId);
    return s->run();
}

QByteArray compact(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QStringList strings(const QJsonValue& v)
{
    QStringList out;
    for (const auto& item : v.toArray()) {
        out << item.toString();
    }
    return out;
}

/** The timeline's faces as words by moment: {"before": ["sad"], "now": ["happy"]}. */
QJsonObject timelineParts(const QJsonObject& timeline)
{
    QJsonObject parts;
    for (auto it = timeline.begin(); it != timeline.end(); ++it) {
        parts.insert(it.key(), QJsonArray{answers::feelingName(it.value().toInt())});
    }
    return parts;
}

/** The circles as people by place: {"ring-1": ["mum", "[name]"]}. Roles are the app's own
 *  words; a made-up label was typed by the child and may be a real name, so it is anonymised. */
QJsonObject circlesParts(const QJsonArray& people, const Anonymiser& anonymiser)
{
    QJsonObject parts;
    for (const auto& p : people) {
        const QJsonObject person = p.toObject();
        const QString place = person.value("place").toString();
        QJsonArray here = parts.value(place).toArray();
        here.append(person.contains("role")
                        ? person.value("role").toString()
                        : anonymiser.anonymisedText(person.value("label").toString()));
        parts.insert(place, here);
    }
    return parts;
}

constexpr auto kItemColumns =
    "SELECT s.id, s.response_id, s.participant_id, r.text_value, s.payload, s.review_state, "
    "EXISTS (SELECT 1 FROM sent_feedback f WHERE f.id = s.id) FROM share_records s "
    "LEFT JOIN responses r ON r.id = s.response_id ";

} // namespace

Result<std::shared_ptr<const Anonymiser>> Sharing::anonymiserFor(const QString& consultationId)
{
    if (auto it = m_anonymisers.find(consultationId); it != m_anonymisers.end()) {
        return it.value();
    }
    auto names = namesToHide(consultationId);
    if (!names) {
        return names.error();
    }
    Anonymiser::Config config;
    config.sessionNames = names.value();
    auto made = Anonymiser::create(config);
    if (!made) {
        return made.error();
    }
    auto shared = std::make_shared<const Anonymiser>(std::move(made.value()));
    m_anonymisers.insert(consultationId, shared);
    return shared;
}

Status Sharing::answerSaved(const Response& response, const ConsentRecord& consent)
{
    if (response.draft || (consent.scopes & ShareAnonymised) == 0u) {
        return Status::success(); // nothing leaves without the "share" scope
    }
    auto participant = m_consultations.participant(response.participantId);
    if (!participant) {
        return participant.error();
    }
    auto consultation = m_consultations.get(participant->consultationId);
    if (!consultation) {
        return consultation.error();
    }
    auto anonymiser = anonymiserFor(consultation->id);
    if (!anonymiser) {
        return anonymiser.error();
    }
    ShareRecord record;
    record.consultationId = consultation->id;
    record.packId = consultation->packId;
    record.packVersion = consultation->packVersion;
    record.activityId = response.activityId;
    record.promptId = response.promptId;
    record.kind = response.kind;
    record.ageBand = participant->ageBand;
    record.role = participant->role;
    record.quotesAllowed = (consent.scopes & AllowQuotes) != 0u;
    record.drawingsAllowed = (consent.scopes & ShareDrawings) != 0u;
    record.week = isoWeek(response.createdAt);
    switch (response.kind) {
    case AnswerKind::Text:
        record.text = anonymiser.value()->anonymisedText(response.text);
        break;
    case AnswerKind::Choice:
        record.choices = strings(response.value.value("chosen"));
        break;
    case AnswerKind::Scale:
        record.scale = response.value.value("value").toInt();
        break;
    case AnswerKind::Ordering:
        record.order = strings(response.value.value("order"));
        break;
    case AnswerKind::Structured:
        // Card sorts into piles; words in parts (houses) go anonymised; the timeline's faces
        // and the circles' people become words by part (see PROTOCOL.md).
        if (response.value.contains("piles")) {
            record.piles = response.value.value("piles").toObject();
        }
        if (response.value.contains("parts")) {
            QJsonObject parts;
            const QJsonObject given = response.value.value("parts").toObject();
            for (auto it = given.begin(); it != given.end(); ++it) {
                QJsonArray words;
                for (const auto& w : it.value().toArray()) {
                    words.append(anonymiser.value()->anonymisedText(w.toString()));
                }
                parts.insert(it.key(), words);
            }
            record.structured = parts;
        }
        if (response.value.contains("timeline")) {
            record.structured = timelineParts(response.value.value("timeline").toObject());
        }
        if (response.value.contains("circles")) {
            record.structured =
                circlesParts(response.value.value("circles").toArray(), *anonymiser.value());
        }
        break;
    case AnswerKind::Audio:
        // Voice never leaves: only that a note exists and how long it is.
        record.hasVoice = true;
        record.voiceSeconds = (response.durationMs + 500) / 1000;
        break;
    case AnswerKind::Drawing:
        break;
    }
    if (response.kind != AnswerKind::Text && !response.text.trimmed().isEmpty()) {
        record.text = anonymiser.value()->anonymisedText(response.text); // a caption or summary
    }

    // An unsent copy is replaced in place; a copy the hub already has cannot change, so it
    // is erased there and a new one goes instead.
    QString shareId = newId();
    auto existing = items("WHERE s.response_id = ?", response.id);
    if (!existing) {
        return existing.error();
    }
    for (const auto& old : existing.value()) {
        if (old.sent) {
            if (auto st = answerRemoving(response.id); !st) {
                return st;
            }
        } else {
            shareId = old.shareId;
        }
    }
    record.id = shareId;
    auto review = reviewRequired(consultation->id);
    if (!review) {
        return review.error();
    }
    return writeRecord(shareId, response.id, response.participantId, record, !review.value());
}

Status Sharing::writeRecord(const QString& shareId, const QString& responseId,
                            const QString& participantId, const ShareRecord& record, bool queueNow)
{
    return writePayload(shareId, responseId, participantId, record.toJson(), queueNow);
}

Status Sharing::writePayload(const QString& shareId, const std::optional<QString>& responseId,
                             const QString& participantId, const QJsonObject& payload,
                             bool queueNow)
{
    auto upsert = m_db.prepare(
        "INSERT INTO share_records (id, response_id, participant_id, payload, review_state, "
        "created_at) "
        "VALUES (?,?,?,?,?,?) ON CONFLICT (id) DO UPDATE SET payload = excluded.payload, "
        "review_state = excluded.review_state");
    if (!upsert) {
        return upsert.error();
    }
    upsert->bind(1, shareId)
        .bindOptional(2, responseId)
        .bind(3, participantId)
        .bind(4, QString::fromUtf8(compact(payload)));
    upsert->bind(5, reviewName(queueNow ? ReviewState::Approved : ReviewState::Pending))
        .bind(6, isoTime(m_clock.now()));
    if (auto st = upsert->run(); !st) {
        return st;
    }
    if (auto st = runForShare(m_db, kUnqueue, shareId); !st) {
        return st;
    }
    if (auto st = m_outbox.append(shareId, Outbox::Kind::Feedback, compact(payload), !queueNow);
        !st) {
        return st;
    }
    return m_audit.append(queueNow ? "share.queued" : "share.awaiting-review", shareId);
}

Status Sharing::answerRemoving(const QString& responseId)
{
    auto shares = items("WHERE s.response_id = ?", responseId);
    if (!shares) {
        return shares.error();
    }
    for (const auto& s : shares.value()) {
        if (!s.sent) {
            continue; // its outbox row goes with the record
        }
        const QJsonObject body{{"feedbackId", s.shareId}};
        if (auto st = m_outbox.append(newId(), Outbox::Kind::Erasure, compact(body)); !st) {
            return st;
        }
        if (auto st = runForShare(m_db, kForget, s.shareId); !st) {
            return st;
        }
    }
    return Status::success();
}

Status Sharing::addNamesToHide(const QString& consultationId, const QList<SessionName>& names,
                               const QString& participantId)
{
    Transaction tx(m_db);
    for (const auto& n : names) {
        auto s = m_db.prepare("INSERT OR IGNORE INTO privacy_names (consultation_id, "
                              "participant_id, kind, name) VALUES (?,?,?,?)");
        if (!s) {
            return s.error();
        }
        s->bind(1, consultationId)
            .bindOptional(2, participantId.isEmpty() ? std::nullopt
                                                     : std::optional<QString>(participantId))
            .bind(3, nameKindName(n.kind))
            .bind(4, n.text.trimmed());
        if (auto st = s->run(); !st) {
            return invalidField(QStringLiteral("names"),
                                QStringLiteral("a name must be 1 to 100 characters"));
        }
    }
    if (auto st =
            m_audit.append("privacy.names-added", consultationId, QString::number(names.size()));
        !st) {
        return st;
    }
    if (auto st = tx.commit(); !st) {
        return st;
    }
    m_anonymisers.remove(consultationId);
    return Status::success();
}

Result<QList<SessionName>> Sharing::namesToHide(const QString& consultationId)
{
    auto s = m_db.prepare(
        "SELECT DISTINCT kind, name FROM privacy_names WHERE consultation_id = ? ORDER BY kind, "
        "name");
    if (!s) {
        return s.error();
    }
    s->bind(1, consultationId);
    QList<SessionName> out;
    if (auto st = forEachRow(s.value(),
                             [&](const Statement& row) {
                                 out << SessionName{row.text(1), parseNameKind(row.text(0))};
                             });
        !st) {
        return st.error();
    }
    return out;
}

Status Sharing::setReviewRequired(const QString& consultationId, bool required)
{
    auto s = m_db.prepare("UPDATE consultations SET review_required = ? WHERE id = ?");
    if (!s) {
        return s.error();
    }
    s->bind(1, required ? 1 : 0).bind(2, consultationId);
    return s->run();
}

Result<bool> Sharing::reviewRequired(const QString& consultationId)
{
    auto required = lookupRow(
        m_db, "SELECT review_required FROM consultations WHERE id = ?",
        [](const Statement& row) { return row.int64(0) != 0; }, consultationId);
    if (!required) {
        return required.error();
    }
    return required->value_or(true); // unknown: the safe answer
}

Result<QList<Sharing::Item>> Sharing::items(const char* where, const QString& key)
{
    auto s = m_db.prepare(
        (QByteArray(kItemColumns) + where + " ORDER BY s.created_at, s.id").constData());
    if (!s) {
        return s.error();
    }
    s->bind(1, key);
    QList<Item> out;
    Status bad;
    if (auto st = forEachRow(s.value(),
                             [&](const Statement& row) {
                                 auto record = ShareRecord::fromJson(
                                     QJsonDocument::fromJson(row.text(4).toUtf8()).object());
                                 if (!record) {
                                     bad = record.error();
                                     return;
                                 }
                                 out << Item{row.text(0),      row.text(1),
                                             row.text(2),      row.text(3),
                                             record.value(),   parseReview(row.text(5)),
                                             row.int64(6) != 0};
                             });
        !st) {
        return st.error();
    }
    if (!bad) {
        return bad.error();
    }
    return out;
}

Result<Sharing::Item> Sharing::unsentItem(const QString& shareId, const QString& ifSent)
{
    auto it = item(shareId);
    if (it && it->sent) {
        return makeError(Error::Code::Invalid, ifSent);
    }
    return it;
}

Result<Sharing::Item> Sharing::item(const QString& shareId)
{
    auto found = items("WHERE s.id = ?", shareId);
    if (!found) {
        return found.error();
    }
    if (found->isEmpty()) {
        return makeError(Error::Code::NotFound, QStringLiteral("No shared record with that id."));
    }
    return found->first();
}

Result<QList<Sharing::Item>> Sharing::reviewQueue(const QString& consultationId)
{
    return items("JOIN participants p ON p.id = s.participant_id WHERE p.consultation_id = ? AND "
                 "s.review_state = 'pending' AND s.response_id IS NOT NULL",
                 consultationId);
}

Result<QList<Sharing::Item>> Sharing::preview(const QString& participantId)
{
    // Answers only: the participation record (no response) is explained on the consent page.
    return items("WHERE s.participant_id = ? AND s.review_state != 'held' AND "
                 "s.response_id IS NOT NULL",
                 participantId);
}

Result<QString> Sharing::anonymisedKeeping(const QString& consultationId, const QString& text,
                                           const QStringList& keepWords)
{
    auto anonymiser = anonymiserFor(consultationId);
    if (!anonymiser) {
        return anonymiser.error();
    }
    const Redaction r = anonymiser.value()->anonymise(text);
    // Rebuilt from the findings: a kept word is copied from the input, every other finding
    // keeps its placeholder, and the text between findings is the anonymiser's own output.
    QString out;
    qsizetype from = 0;
    for (const Finding& f : r.findings) {
        out += r.text.mid(from, f.outputStart - from);
        const QString word = text.mid(f.start, f.length);
        const bool mistakable =
            f.kind == PiiKind::Name || f.kind == PiiKind::Place || f.kind == PiiKind::School;
        out += mistakable && keepWords.contains(word) ? word
                                                      : r.text.mid(f.outputStart, f.outputLength);
        from = f.outputStart + f.outputLength;
    }
    return out + r.text.mid(from);
}

Result<QList<Sharing::HiddenWord>> Sharing::hiddenWords(const QString& shareId)
{
    auto it = unsentItem(shareId, QStringLiteral("This record is already with the team."));
    if (!it) {
        return it.error();
    }
    auto anonymiser = anonymiserFor(it->record.consultationId);
    if (!anonymiser) {
        return anonymiser.error();
    }
    const Redaction r = anonymiser.value()->anonymise(it->original);
    QList<HiddenWord> out;
    for (const Finding& f : r.findings) {
        // Only words a name list can mistake ("More", "Hope"); a phone number, an email or
        // a postcode found by its pattern is never given back.
        if (f.kind != PiiKind::Name && f.kind != PiiKind::Place && f.kind != PiiKind::School) {
            continue;
        }
        HiddenWord w{it->original.mid(f.start, f.length),
                     r.text.mid(f.outputStart, f.outputLength)};
        const bool seen = std::any_of(out.begin(), out.end(),
                                      [&](const HiddenWord& o) { return o.word == w.word; });
        if (!seen) {
            out << w;
        }
    }
    return out;
}

Result<QString> Sharing::textKeeping(const QString& shareId, const QStringList& keepWords)
{
    auto it = unsentItem(shareId, QStringLiteral("This record is already with the team."));
    if (!it) {
        return it.error();
    }
    return anonymisedKeeping(it->record.consultationId, it->original, keepWords);
}

Status Sharing::approve(const QString& shareId, const std::optional<QString>& redactedText,
                        bool includeDrawing, const QStringList& keepWords)
{
    auto it = unsentItem(shareId, QStringLiteral("This record is already with the team."));
    if (!it) {
        return it.error();
    }
    ShareRecord record = it->record;
    if (redactedText || !keepWords.isEmpty()) {
        // The practitioner may only take more out, or give back a word the anonymiser hid
        // by mistake: their text goes through the anonymiser too, keeping only those words.
        auto text = anonymisedKeeping(record.consultationId, redactedText.value_or(it->original),
                                      keepWords);
        if (!text) {
            return text.error();
        }
        record.text = text.value();
    }
    if (includeDrawing) {
        // Only a drawing whose consent agreed to sharing drawings is read at all.
        auto png = lookupRow(
            m_db,
            "SELECT m.data FROM responses r JOIN media m ON m.response_id = r.id "
            "JOIN consent_events c ON c.id = r.consent_id WHERE r.id = ? AND r.kind = 'drawing' "
            "AND (c.scopes & ?) != 0",
            [](const Statement& row) { return row.blob(0); }, it->responseId,
            static_cast<qint64>(ShareDrawings));
        if (!png) {
            return png.error();
        }
        if (!png->has_value()) {
            return makeError(
                Error::Code::ConsentMissing,
                QStringLiteral("This drawing cannot be shared: sharing drawings was not agreed."));
        }
        record.drawingPng = png->value();
    }
    Transaction tx(m_db);
    if (auto st = writeRecord(shareId, it->responseId, it->participantId, record, true); !st) {
        return st;
    }
    if (auto st = m_audit.append("share.approved", shareId, redactedText ? "redacted" : ""); !st) {
        return st;
    }
    if (!keepWords.isEmpty()) {
        // How many words were given back, never which: the audit holds no content.
        if (auto st = m_audit.append("share.words-restored", shareId,
                                     QStringLiteral("count=%1").arg(keepWords.size()));
            !st) {
            return st;
        }
    }
    return tx.commit();
}

Status Sharing::holdBack(const QString& shareId)
{
    auto it = unsentItem(shareId, QStringLiteral("This record is already with the team."));
    if (!it) {
        return it.error();
    }
    Transaction tx(m_db);
    if (auto st = runForShare(m_db, "UPDATE share_records SET review_state = 'held' WHERE id = ?",
                              shareId);
        !st) {
        return st;
    }
    if (auto st = runForShare(m_db, kUnqueue, shareId); !st) {
        return st;
    }
    if (auto st = m_audit.append("share.held", shareId); !st) {
        return st;
    }
    return tx.commit();
}

Status Sharing::summariseVoice(const QString& shareId, const QString& summary)
{
    auto it = unsentItem(shareId, QStringLiteral("This record is already with the team."));
    if (!it) {
        return it.error();
    }
    if (it->record.kind != AnswerKind::Audio) {
        return invalidField(QStringLiteral("summary"),
                            QStringLiteral("only a voice note can be given a summary"));
    }
    ShareRecord record = it->record;
    const QString trimmed = summary.trimmed();
    if (trimmed.isEmpty()) {
        record.text.reset();
    } else {
        auto anonymiser = anonymiserFor(record.consultationId);
        if (!anonymiser) {
            return anonymiser.error();
        }
        record.text = anonymiser.value()->anonymisedText(trimmed);
    }
    Transaction tx(m_db);
    // Back into review: the practitioner approves the summary as the team will read it.
    if (auto st = writeRecord(shareId, it->responseId, it->participantId, record, false); !st) {
        return st;
    }
    if (auto st =
            m_audit.append("share.voice-summarised", shareId, trimmed.isEmpty() ? "cleared" : "");
        !st) {
        return st;
    }
    return tx.commit();
}

QString Sharing::hideWords(const QString& text, const QStringList& words)
{
    QString out = text;
    for (const QString& word : words) {
        const QString w = word.trimmed();
        if (w.isEmpty()) {
            continue;
        }
        // Whole words only, so hiding "Al" leaves "Alright" alone.
        const QRegularExpression whole(
            QStringLiteral("(?<![\\w])%1(?![\\w])").arg(QRegularExpression::escape(w)),
            QRegularExpression::CaseInsensitiveOption |
                QRegularExpression::UseUnicodePropertiesOption);
        out.replace(whole, QStringLiteral("[redacted]"));
    }
    return out;
}

Status Sharing::removeBeforeSending(const QString& shareId)
{
    auto it = unsentItem(
        shareId,
        QStringLiteral("The team already has this. To take it back, ask for it to be withdrawn."));
    if (!it) {
        return it.error();
    }
    Transaction tx(m_db);
    if (auto st = runForShare(m_db, kForget, shareId); !st) {
        return st;
    }
    if (auto st = m_audit.append("share.removed-by-child", shareId); !st) {
        return st;
    }
    return tx.commit();
}

Result<std::optional<ParticipationRecord>> Sharing::participation(const QString& participantId)
{
    auto payload = lookupRow(
        m_db,
        "SELECT payload FROM share_records WHERE participant_id = ? AND "
        "response_id IS NULL ORDER BY created_at DESC LIMIT 1",
        [](const Statement& row) { return row.text(0); }, participantId);
    if (!payload) {
        return payload.error();
    }
    if (!payload->has_value()) {
        return std::optional<ParticipationRecord>();
    }
    auto record =
        ParticipationRecord::fromJson(QJsonDocument::fromJson(payload->value().toUtf8()).object());
    if (!record) {
        return record.error();
    }
    return std::optional<ParticipationRecord>(record.value());
}

Status Sharing::noteConsentEvent(const QString& consultationId, ConsentEvent::Kind kind)
{
    return queueConsentEvent(m_outbox, consultationId, kind);
}

Status Sharing::saveParticipation(const QString& participantId, ParticipationRecord record,
                                  ConsentScopes scopes)
{
    if ((scopes & ShareAnonymised) == 0u) {
        return Status::success(); // nothing leaves without the "share" scope
    }
    auto kept =
        m_db.prepare("SELECT s.id, EXISTS (SELECT 1 FROM sent_feedback f WHERE f.id = s.id) FROM "
                     "share_records s WHERE s.participant_id = ? AND s.response_id IS NULL");
    if (!kept) {
        return kept.error();
    }
    kept->bind(1, participantId);
    QString shareId;
    QStringList sent;
    if (auto st = forEachRow(kept.value(),
                             [&](const Statement& row) {
                                 if (row.int64(1) != 0) {
                                     sent << row.text(0);
                                 } else {
                                     shareId = row.text(0);
                                 }
                             });
        !st) {
        return st;
    }
    Transaction tx(m_db);
    // The hub's copy cannot change (SY-3): it is erased there and the new one replaces it.
    for (const QString& old : sent) {
        const QJsonObject body{{"feedbackId", old}};
        if (auto st = m_outbox.append(newId(), Outbox::Kind::Erasure, compact(body)); !st) {
            return st;
        }
        if (auto st = runForShare(m_db, kForget, old); !st) {
            return st;
        }
    }
    record.id = shareId.isEmpty() ? newId() : shareId;
    if (auto st = writePayload(record.id, std::nullopt, participantId, record.toJson(), true);
        !st) {
        return st;
    }
    return tx.commit();
}

} // namespace chorus
