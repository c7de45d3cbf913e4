// The review API: participation (issue 19): Lundy's four elements, reach and resourcing,
// and the intent a consultation records.

#include "reviewcall.h"

#include "sync/hub/store/participationstore.h"

namespace chorus::hub {

using namespace review;

HttpReply ReviewApi::participation(Call& call)
{
    if (auto bad = onlyParams(call.query, {"consultation"})) {
        return *bad;
    }
    const QString consultation = param(call.query, "consultation");
    HttpReply refused;
    if (call.query.hasQueryItem(QStringLiteral("consultation")) &&
        !knownConsultation(consultation, QStringLiteral("consultation"), &refused)) {
        return refused;
    }
    const auto figures = published(call);
    const auto loop = m_store.loopClosure(consultation);
    auto in = ParticipationStore(m_store.hub()).input();
    if (!figures || !loop || !in) {
        return serverError();
    }
    // Influence starts from the framework's loop closure: the same figures, the same layer.
    in->loopClosure =
        loopClosureJson(consultation.isEmpty() ? figures->loopClosure
                                               : figures->consultation(consultation).loopClosure,
                        loop->medianDays);
    in->threshold = call.threshold;
    const QJsonObject out = participationView(*in, consultation);
    if (!m_store.audit(QStringLiteral("review.view"), call.session.reviewerId,
                       QStringLiteral("what=participation consultation=%1 records=%2")
                           .arg(consultation.isEmpty() ? QStringLiteral("all") : consultation)
                           .arg(in->sessions.size()))) {
        return serverError();
    }
    return jsonReply(200, out);
}

HttpReply ReviewApi::intent(Call& call, const QString& id)
{
    if (auto bad = onlyParams(call.query, {})) {
        return *bad;
    }
    if (call.session.role != QLatin1String("admin")) {
        return errorReply(403, QStringLiteral("forbidden"), QStringLiteral("Authorization"),
                          QStringLiteral("only an admin can record whom a consultation means "
                                         "to hear"));
    }
    HttpReply refused;
    if (!knownConsultation(id, QStringLiteral("path"), &refused)) {
        return refused;
    }
    Body b(call.request, {"expected", "notes", "plannedHours"});
    if (b.failed()) {
        return b.error();
    }
    QString field;
    QString why;
    const auto intent = decodeIntent(b.object(), &field, &why);
    if (!intent) {
        return errorReply(400, QStringLiteral("invalid_value"), field, why);
    }
    if (!ParticipationStore(m_store.hub()).setIntent(id, *intent, call.session.reviewerId)) {
        return serverError();
    }
    QJsonObject out = intentJson(*intent);
    out.insert(QStringLiteral("consultation"), id);
    return jsonReply(200, out);
}

} // namespace chorus::hub
