// SessionController, saving answers: every kind of answer an activity gives (typed values,
// text, drawings, voice notes, parts of an activity), through the store's SaveQueue so that a
// full disk never loses one, and taking one back out.
#include "sessioncontroller.h"

#include "appcontroller.h"
#include "drawingcanvas.h"
#include "sessionactivitymodel.h"
#include "uilogging.h"
#include "usererrors.h"

#include "core/domain/answervalues.h"
#include "core/store/storeutil.h"
#include "qml/voice/voicenotestore.h" // the voice seam: the controls are a plugin

#include <QJsonArray>
#include <algorithm>

using namespace chorus;

std::optional<Response> SessionController::submit(Response response)
{
    if (!m_queue || m_stage != Stage::Activities) {
        return std::nullopt;
    }
    response.sessionId = m_session.id;
    response.participantId = m_participant.id;
    response.consentId = m_consentId;
    response.draft = m_mode == SessionMode::OwnTime;
    // Typed values are checked against their activity (its cards and piles) before saving.
    if (const PackActivity* a = m_pack ? m_pack->activity(response.activityId) : nullptr) {
        if (auto st = answers::validateAnswerFor(*a, response); !st) {
            qCWarning(lcUi) << "answer does not fit its activity";
            setError(UserErrors::describe(st.error()));
            return std::nullopt;
        }
    }
    const int before = m_queue->pending();
    auto saved = m_queue->submit(response);
    if (m_queue->pending() != before) {
        emit unsavedAnswersChanged();
    }
    if (!saved) {
        // Transient failures keep the answer in memory; tell the practitioner either way.
        setError(isTransient(saved.error())
                     ? tr("Your answer is kept safe but not saved yet: the tablet is full.",
                          "@info:status")
                     : UserErrors::describe(saved.error()));
        return std::nullopt;
    }
    setError({});
    return saved.value();
}

QVariantMap SessionController::answerMap(const Response& response)
{
    QVariantMap answer{{"responseId", response.id}, {"kind", toString(response.kind)}};
    if (response.kind == AnswerKind::Scale) {
        answer.insert("value", response.value.value("value").toInt());
    } else if (response.kind == AnswerKind::Choice) {
        answer.insert("chosen", response.value.value("chosen").toArray().toVariantList());
    } else if (response.kind == AnswerKind::Audio) {
        answer.insert("voiceMs", response.durationMs);
    } else {
        answer.insert("text", response.text);
    }
    if (response.kind == AnswerKind::Ordering || response.kind == AnswerKind::Structured) {
        answer.insert("value",
                      response.value.toVariantMap()); // a card sort, timeline, circles, houses
    }
    if (!response.promptId.isEmpty()) {
        answer.insert("partId", response.promptId);
        answer.insert("durationMs", response.durationMs);
    }
    return answer;
}

void SessionController::remember(const Response& saved)
{
    m_activities->setStatus(m_activities->indexOf(saved.activityId),
                            SessionActivityModel::Status::Answered);
    emit answerSaved(saved.activityId);
    emit currentChanged();
}

bool SessionController::save(Response response)
{
    response.id = m_answers.value(response.activityId).value("responseId").toString();
    auto saved = submit(response);
    if (!saved) {
        return false;
    }
    m_answers.insert(response.activityId, answerMap(*saved));
    remember(*saved);
    return true;
}

QString SessionController::partResponseId(const QString& activityId, const QString& partId,
                                          AnswerKind kind) const
{
    for (const auto& part : m_parts.value(activityId)) {
        const QVariantMap p = part.toMap();
        if (p.value("partId").toString() == partId &&
            p.value("kind").toString() == toString(kind)) {
            return p.value("responseId").toString();
        }
    }
    return {};
}

bool SessionController::savePart(Response response, bool replace)
{
    if (replace) {
        response.id = partResponseId(response.activityId, response.promptId, response.kind);
    }
    auto saved = submit(response);
    if (!saved) {
        return false;
    }
    QVariantList& parts = m_parts[response.activityId];
    const QVariantMap entry = answerMap(*saved);
    auto same = std::find_if(parts.begin(), parts.end(), [&](const QVariant& p) {
        return p.toMap().value("responseId") == entry.value("responseId");
    });
    if (same != parts.end()) {
        *same = entry;
    } else {
        parts.append(entry);
    }
    remember(*saved);
    return true;
}

bool SessionController::loadVoiceNote(QObject* player, const QString& responseId)
{
    auto* voicePlayer = qobject_cast<VoiceNoteSink*>(player);
    Store* store = m_app->store();
    if (!voicePlayer || !store) {
        return false;
    }
    auto answer = store->responses().get(responseId);
    // Only this participant's own notes, in this session (UI-2).
    if (!answer || answer->kind != AnswerKind::Audio || answer->sessionId != m_session.id) {
        return false;
    }
    const bool loaded = voicePlayer->loadNote(answer->media);
    wipe(answer->media); // the player holds its decoded copy; drop this one
    return loaded;
}

bool SessionController::saveValue(const QString& activityId, AnswerKind kind, QJsonObject value)
{
    Response r;
    r.activityId = activityId;
    r.kind = kind;
    r.value = std::move(value);
    return save(r);
}

bool SessionController::saveScale(const QString& activityId, int value)
{
    return saveValue(activityId, AnswerKind::Scale, QJsonObject{{"value", value}});
}

bool SessionController::saveChoice(const QString& activityId, const QStringList& optionIds)
{
    return saveValue(activityId, AnswerKind::Choice,
                     QJsonObject{{"chosen", QJsonArray::fromStringList(optionIds)}});
}

bool SessionController::saveText(const QString& activityId, const QString& text)
{
    Response r;
    r.activityId = activityId;
    r.kind = AnswerKind::Text;
    r.text = text;
    return save(r);
}

bool SessionController::saveOrdering(const QString& activityId, const QStringList& order)
{
    return saveValue(activityId, AnswerKind::Ordering,
                     QJsonObject{{"order", QJsonArray::fromStringList(order)}});
}

bool SessionController::saveStructured(const QString& activityId, const QVariantMap& value)
{
    return saveValue(activityId, AnswerKind::Structured, QJsonObject::fromVariantMap(value));
}

bool SessionController::saveDrawing(const QString& activityId, const QString& partId,
                                    QObject* canvas, const QString& caption)
{
    auto* drawing = qobject_cast<DrawingCanvas*>(canvas);
    if (!drawing) {
        return false;
    }
    Response r;
    r.activityId = activityId;
    r.promptId = partId;
    r.kind = AnswerKind::Drawing;
    r.media = drawing->toPng();
    r.mediaType = QStringLiteral("image/png");
    r.text = caption.trimmed();
    // The marks, so that the child can carry on (and undo) where they left off.
    r.value = QJsonObject{{"marks", QString::fromLatin1(drawing->saveState().toBase64())},
                          {"points", drawing->pointCount()}};
    return partId.isEmpty() ? save(r) : savePart(r, true);
}

bool SessionController::restoreDrawing(const QString& activityId, const QString& partId,
                                       QObject* canvas)
{
    auto* drawing = qobject_cast<DrawingCanvas*>(canvas);
    Store* store = m_app->store();
    if (!drawing || !store) {
        return false;
    }
    const QString id = partId.isEmpty() ? m_answers.value(activityId).value("responseId").toString()
                                        : partResponseId(activityId, partId, AnswerKind::Drawing);
    if (id.isEmpty()) {
        return false;
    }
    // Read back from the encrypted store, not from a copy kept here.
    auto saved = store->responses().get(id);
    if (!saved || saved->kind != AnswerKind::Drawing) {
        return false;
    }
    const QByteArray marks =
        QByteArray::fromBase64(saved->value.value("marks").toString().toLatin1());
    if (!drawing->restoreState(marks)) {
        setError(drawing->errorString());
        return false;
    }
    return true;
}

bool SessionController::saveVoice(const QString& activityId, QObject* recorder,
                                  const QString& partId)
{
    auto* voice = qobject_cast<VoiceNoteSource*>(recorder);
    Store* store = m_app->store();
    if (!voice || !store || m_stage != Stage::Activities) {
        return false;
    }
    Response r;
    r.activityId = activityId;
    r.promptId = partId;
    r.sessionId = m_session.id;
    r.participantId = m_participant.id;
    r.consentId = m_consentId;
    r.draft = m_mode == SessionMode::OwnTime;
    // An activity has one answer: a note said instead of typed replaces it. A house (a
    // part) collects as many notes as the child makes.
    if (partId.isEmpty()) {
        r.id = m_answers.value(activityId).value("responseId").toString();
    }
    // Straight from the recorder's memory into the store, not through the SaveQueue: on a
    // failure the recorder keeps the note in memory and says so. It wipes its copy after.
    auto saved = saveVoiceNote(*voice, store->responses(), r);
    if (!saved) {
        setError(voice->errorString());
        return false;
    }
    setError({});
    if (partId.isEmpty()) {
        m_answers.insert(activityId, answerMap(saved.value()));
    } else {
        m_parts[activityId].append(answerMap(saved.value()));
    }
    remember(saved.value());
    noteAdaptation(QStringLiteral("voice-notes"));
    return true;
}

bool SessionController::saveHouses(const QString& activityId, const QVariantMap& wordsByHouse)
{
    static const QStringList houses{"worries", "good-things", "dreams"};
    QJsonObject parts;
    for (auto it = wordsByHouse.begin(); it != wordsByHouse.end(); ++it) {
        if (!houses.contains(it.key())) {
            setError(tr("There is no house called \"%1\".", "@info:status").arg(it.key()));
            return false;
        }
        QJsonArray words;
        for (const QString& w : it.value().toStringList()) {
            if (!w.trimmed().isEmpty()) {
                words.append(w.trimmed());
            }
        }
        parts.insert(it.key(), words);
    }
    Response r;
    r.activityId = activityId;
    r.kind = AnswerKind::Structured;
    r.value = QJsonObject{{"parts", parts}};
    return save(r);
}

bool SessionController::deleteAnswer(const QString& responseId)
{
    Store* store = m_app->store();
    if (!store) {
        return false;
    }
    if (auto st = store->responses().remove(responseId); !st) {
        setError(UserErrors::describe(st.error()));
        return false;
    }
    for (auto it = m_answers.begin(); it != m_answers.end(); ++it) {
        if (it.value().value("responseId").toString() == responseId) {
            if (m_parts.value(it.key()).isEmpty()) {
                m_activities->setStatus(m_activities->indexOf(it.key()),
                                        SessionActivityModel::Status::ToDo);
            }
            m_answers.erase(it);
            break;
        }
    }
    for (auto it = m_parts.begin(); it != m_parts.end(); ++it) {
        const auto before = it.value().size();
        it.value().removeIf(
            [&](const QVariant& p) { return p.toMap().value("responseId") == responseId; });
        if (it.value().size() != before && it.value().isEmpty() && !m_answers.contains(it.key())) {
            m_activities->setStatus(m_activities->indexOf(it.key()),
                                    SessionActivityModel::Status::ToDo);
        }
    }
    reloadReview();
    emit currentChanged();
    return true;
}
