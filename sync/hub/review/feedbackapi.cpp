// The review API: consultations, feedback records and their charts.

#include "reviewcall.h"

#include "sync/hub/store/participationstore.h"

namespace chorus::hub {

using namespace review;

namespace {

QJsonObject recordJson(const ReviewRecord& r)
{
    QJsonObject o{{"id", r.id},
                  {"activityId", r.activityId},
                  {"kind", r.kind},
                  {"week", r.week},
                  {"ageBand", r.ageBand.isEmpty() ? QJsonValue() : QJsonValue(r.ageBand)},
                  {"role", r.role.isEmpty() ? QJsonValue() : QJsonValue(r.role)},
                  {"answer", r.answer},
                  {"hasDrawing", r.hasDrawing},
                  {"quotesAllowed", r.quotesAllowed},
                  {"quotable", r.quotable},
                  {"themeIds", QJsonArray::fromStringList(r.themes)},
                  {"actionIds", QJsonArray::fromStringList(r.actions)}};
    o.insert(QStringLiteral("promptId"),
             r.promptId.isEmpty() ? QJsonValue() : QJsonValue(r.promptId));
    return o;
}

/** An activity of a consultation with its pack's words (type, prompt in every language,
 *  options' and piles' labels), so that the team reads what children read, not ids. */
QJsonObject withPackWords(QJsonObject activity, const QList<QJsonObject>& packs)
{
    const QJsonObject definition =
        activityDefinition(packs, activity.value(QStringLiteral("activityId")).toString());
    if (definition.isEmpty()) {
        return activity;
    }
    activity.insert(QStringLiteral("type"), definition.value(QStringLiteral("type")));
    activity.insert(QStringLiteral("prompt"), definition.value(QStringLiteral("prompt")));
    for (const char* list : {"options", "piles"}) {
        QJsonArray labels;
        for (const QJsonValue& o : definition.value(QLatin1String(list)).toArray()) {
            labels.append(QJsonObject{{"id", o[QStringLiteral("id")]},
                                      {"label", o[QStringLiteral("label")]}});
        }
        activity.insert(QLatin1String(list), labels);
    }
    return activity;
}

} // namespace

HttpReply ReviewApi::consultations(Call& call)
{
    if (auto bad = onlyParams(call.query, {})) {
        return *bad;
    }
    const auto list = m_store.consultations();
    const auto figures = published(call);
    if (!list || !figures) {
        return serverError();
    }
    QJsonArray out;
    for (const ConsultationSummary& c : list.value()) {
        QJsonArray packs;
        for (const PackInfo& p : c.packs) {
            packs.append(QJsonObject{{"id", p.id}, {"version", p.version}});
        }
        const Cell records = figures->consultation(c.id).total;
        out.append(QJsonObject{{"id", c.id},
                               {"title", c.title},
                               {"packs", packs},
                               {"records", countJson(records)},
                               {"recordsSuppressed", records.suppressed},
                               {"active", c.active}});
    }
    if (!m_store.audit(QStringLiteral("review.view"), call.session.reviewerId,
                       QStringLiteral("what=consultations count=%1").arg(list->size()))) {
        return serverError();
    }
    return jsonReply(200,
                     QJsonObject{{"consultations", out}, {"smallNumberThreshold", call.threshold}});
}

HttpReply ReviewApi::consultation(Call& call, const QString& id)
{
    if (auto bad = onlyParams(call.query, {})) {
        return *bad;
    }
    if (auto refused = unknownConsultation(id, QStringLiteral("path"))) {
        return *refused;
    }
    const auto figures = published(call);
    const auto packList = m_store.packs(id);
    if (!figures || !packList) {
        return serverError();
    }
    QJsonArray packs;
    for (const PackInfo& p : packList.value()) {
        packs.append(QJsonObject{{"id", p.id}, {"version", p.version}});
    }
    const auto definitions = latestPacks(m_store, packList.value());
    if (!definitions) {
        return serverError();
    }
    const ConsultationRelease c = figures->consultation(id);
    QJsonArray acts;
    for (auto it = c.kinds.begin(); it != c.kinds.end(); ++it) {
        const QStringList k = it.key().split(QLatin1Char('\n'));
        QJsonObject a{{"activityId", k[0]},
                      {"kind", k[2]},
                      {"records", countJson(*it)},
                      {"recordsSuppressed", it->suppressed}};
        if (!k[1].isEmpty()) {
            a.insert(QStringLiteral("promptId"), k[1]);
        }
        acts.append(withPackWords(a, definitions.value()));
    }
    const Breakdown& byRole = c.byRole;
    const Breakdown& byAge = c.byAgeBand;
    const Breakdown& byWeek = c.byWeek;
    if (!m_store.audit(QStringLiteral("review.view"), call.session.reviewerId,
                       QStringLiteral("what=consultation consultation=%1").arg(id))) {
        return serverError();
    }
    return jsonReply(200, QJsonObject{{"id", id},
                                      {"packs", packs},
                                      {"smallNumberThreshold", call.threshold},
                                      {"voices", QJsonObject{{"byRole", breakdownJson(byRole)},
                                                             {"byAgeBand", breakdownJson(byAge)},
                                                             {"byWeek", breakdownJson(byWeek)}}},
                                      {"activities", acts}});
}

HttpReply ReviewApi::feedback(Call& call)
{
    if (auto bad = onlyParams(call.query, {"consultation", "activity", "prompt", "kind", "theme",
                                           "quotable", "after", "limit"})) {
        return *bad;
    }
    FeedbackQuery q;
    q.consultationId = param(call.query, "consultation");
    if (auto refused = unknownConsultation(q.consultationId, QStringLiteral("consultation"))) {
        return *refused;
    }
    q.activityId = param(call.query, "activity");
    q.promptId = param(call.query, "prompt");
    q.kind = param(call.query, "kind");
    q.themeId = param(call.query, "theme");
    q.after = param(call.query, "after");
    const QString quotableOnly = param(call.query, "quotable");
    const QString limit = param(call.query, "limit");
    for (const auto& [name, value] : {std::pair{"activity", q.activityId},
                                      std::pair{"prompt", q.promptId}, std::pair{"kind", q.kind}}) {
        if (!value.isEmpty() && !isId(value)) {
            return errorReply(400, QStringLiteral("invalid_value"), QLatin1String(name),
                              QStringLiteral("not a valid id"));
        }
    }
    for (const auto& [name, value] : {std::pair{"theme", q.themeId}, std::pair{"after", q.after}}) {
        if (!value.isEmpty() && !isUuid(value)) {
            return errorReply(400, QStringLiteral("invalid_value"), QLatin1String(name),
                              QStringLiteral("not a UUID"));
        }
    }
    if (!quotableOnly.isEmpty() && quotableOnly != QLatin1String("true")) {
        return errorReply(400, QStringLiteral("invalid_value"), QStringLiteral("quotable"),
                          QStringLiteral("the only value is true"));
    }
    q.quotableOnly = !quotableOnly.isEmpty();
    if (!limit.isEmpty()) {
        bool ok = false;
        q.limit = limit.toInt(&ok);
        if (!ok || q.limit < 1 || q.limit > kMaxPage) {
            return errorReply(400, QStringLiteral("out_of_range"), QStringLiteral("limit"),
                              QStringLiteral("expected 1 to %1").arg(kMaxPage));
        }
    }
    const auto figures = published(call);
    if (!figures) {
        return serverError();
    }
    const auto page = m_store.feedback(q, figures->consultation(q.consultationId).mask);
    if (!page) {
        return serverError();
    }
    QJsonArray records;
    QStringList listed;
    for (const ReviewRecord& r : page->records) {
        records.append(recordJson(r));
        listed << r.id;
    }
    // Listed to a reviewer is read (issue 19, Audience): the first time is kept.
    if (!ParticipationStore(m_store.hub()).markRead(listed)) {
        return serverError();
    }
    if (!m_store.audit(QStringLiteral("review.view"), call.session.reviewerId,
                       QStringLiteral("what=feedback consultation=%1 records=%2")
                           .arg(q.consultationId)
                           .arg(page->records.size()))) {
        return serverError();
    }
    QJsonObject out{{"records", records}, {"smallNumberThreshold", call.threshold}};
    out.insert(QStringLiteral("next"), page->next.isEmpty() ? QJsonValue() : page->next);
    return jsonReply(200, out);
}

HttpReply ReviewApi::quotable(Call& call, const QString& id)
{
    if (auto bad = onlyParams(call.query, {})) {
        return *bad;
    }
    JsonReader b = readBody(call.request, {"quotable"}, m_limits.maxBodyBytes);
    const auto value = b.boolean("quotable", true);
    if (b.failed()) {
        return errorReply(b.error());
    }
    const auto marked = m_store.markQuotable(id, *value, call.session.reviewerId);
    if (!marked) {
        switch (marked.error().kind) {
        case StoreError::Kind::NotFound:
            return notFound(QStringLiteral("path"), QStringLiteral("feedback record"));
        case StoreError::Kind::Refused:
            return errorReply(403, QStringLiteral("not_permitted"), QStringLiteral("quotable"),
                              QStringLiteral("this record's consent does not allow quotes "
                                             "(scopes.quotes is false)"));
        default:
            return serverError();
        }
    }
    return jsonReply(200, QJsonObject{{"id", id}, {"quotable", *value}});
}

HttpReply ReviewApi::drawing(Call& call, const QString& id)
{
    if (auto bad = onlyParams(call.query, {})) {
        return *bad;
    }
    const auto png = m_store.drawing(id);
    if (!png && png.error().kind != StoreError::Kind::NotFound) {
        return serverError();
    }
    if (!png || png->isEmpty()) {
        return notFound(QStringLiteral("path"), QStringLiteral("shared drawing"));
    }
    if (!m_store.audit(QStringLiteral("review.view"), call.session.reviewerId,
                       QStringLiteral("what=drawing feedback=%1").arg(id))) {
        return serverError();
    }
    return jsonReply(200, QJsonObject{{"id", id}, {"drawing", png.value()}});
}

HttpReply ReviewApi::aggregates(Call& call)
{
    if (auto bad = onlyParams(call.query, {"consultation", "activity", "prompt"})) {
        return *bad;
    }
    const QString consultation = param(call.query, "consultation");
    const QString activity = param(call.query, "activity");
    const QString prompt = param(call.query, "prompt");
    if (auto refused = unknownConsultation(consultation, QStringLiteral("consultation"))) {
        return *refused;
    }
    if (!isId(activity)) {
        return errorReply(400,
                          activity.isEmpty() ? QStringLiteral("missing_field")
                                             : QStringLiteral("invalid_value"),
                          QStringLiteral("activity"), QStringLiteral("name the activity by id"));
    }
    if (!prompt.isEmpty() && !isId(prompt)) {
        return errorReply(400, QStringLiteral("invalid_value"), QStringLiteral("prompt"),
                          QStringLiteral("not a valid id"));
    }
    const auto answers = m_store.answers(consultation, activity);
    const auto figures = published(call);
    if (!answers || !figures) {
        return serverError();
    }
    const ConsultationRelease c = figures->consultation(consultation);
    const Cell zero;
    const Cell records = prompt.isEmpty()
                             ? c.activities.value(activity, zero)
                             : c.prompts.value(activity + QLatin1Char('\n') + prompt, zero);
    if (!m_store.audit(QStringLiteral("review.view"), call.session.reviewerId,
                       QStringLiteral("what=aggregates consultation=%1 activity=%2 records=%3")
                           .arg(consultation, activity)
                           .arg(answers->size()))) {
        return serverError();
    }
    QJsonObject out =
        chartCounts(answers.value(), prompt, records, call.threshold, chartLinks(c, activity));
    out.insert(QStringLiteral("consultation"), consultation);
    out.insert(QStringLiteral("activityId"), activity);
    out.insert(QStringLiteral("promptId"), prompt.isEmpty() ? QJsonValue() : prompt);
    return jsonReply(200, out);
}

} // namespace chorus::hub
