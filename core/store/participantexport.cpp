#include "participantexport.h"

#include "storeutil.h"

#include <QJsonArray>

namespace chorus {
namespace {

QJsonObject consentJson(const ConsentRecord& c)
{
    return QJsonObject{{"event", c.withdrawn ? "withdrawn" : "given"},
                       {"givenBy", toString(c.givenBy)},
                       {"ageBand", toString(c.ageBand)},
                       {"assessor", c.assessor},
                       {"assessmentBasis", c.assessmentBasis},
                       {"explanationVersion", c.explanationVersion},
                       {"explanationLanguage", c.explanationLanguage},
                       {"method", c.method},
                       {"scopes", QJsonArray::fromStringList(scopeNames(c.scopes))},
                       {"at", isoTime(c.at)}};
}

QJsonObject responseJson(const Response& r)
{
    QJsonObject o{{"id", r.id},
                  {"sessionId", r.sessionId},
                  {"activityId", r.activityId},
                  {"promptId", r.promptId},
                  {"kind", toString(r.kind)},
                  {"draft", r.draft},
                  {"createdAt", isoTime(r.createdAt)},
                  {"retainUntil", isoTime(r.retainUntil)}};
    if (r.kind == AnswerKind::Text) {
        o.insert("text", r.text);
    }
    if (!r.value.isEmpty()) {
        o.insert("value", r.value);
    }
    if (!r.media.isEmpty()) {
        o.insert("media", QJsonObject{{"type", r.mediaType},
                                      {"durationMs", r.durationMs},
                                      {"base64", QString::fromLatin1(r.media.toBase64())}});
    }
    return o;
}

} // namespace

Result<QJsonObject> exportParticipant(Store& store, const QString& participantId)
{
    auto p = store.consultations().participant(participantId);
    if (!p) {
        return p.error();
    }
    auto consultation = store.consultations().get(p->consultationId);
    if (!consultation) {
        return consultation.error();
    }
    auto history = store.consent().history(participantId);
    if (!history) {
        return history.error();
    }
    auto responses = store.responses().forParticipant(participantId);
    if (!responses) {
        return responses.error();
    }
    QJsonArray consent;
    for (const auto& c : history.value()) {
        consent.append(consentJson(c));
    }
    QJsonArray answers;
    for (const auto& r : responses.value()) {
        answers.append(responseJson(r));
    }
    if (auto st = store.audit().append("participant.exported", participantId); !st) {
        return st.error();
    }
    return QJsonObject{
        {"format", "chorus-subject-access/1"},
        {"participant", QJsonObject{{"codeName", p->codeName},
                                    {"ageBand", toString(p->ageBand)},
                                    {"role", toString(p->role)},
                                    {"createdAt", isoTime(p->createdAt)},
                                    {"retainUntil", isoTime(p->retainUntil)}}},
        {"consultation", QJsonObject{{"title", consultation->title},
                                     {"purpose", consultation->purpose},
                                     {"retentionDays", consultation->retentionDays}}},
        {"consent", consent},
        {"responses", answers}};
}

} // namespace chorus
