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
    if (call.query.hasQueryItem(QStringLiteral("consultation"))) {
        if (auto refused = unknownConsultation(consultation, QStringLiteral("consultation"))) {
            return *refused;
        }
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
    const QJsonObject out = participationView(in.value(), consultation);
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
    if (auto refused = unknownConsultation(id, QStringLiteral("path"))) {
        return *refused;
    }
    JsonReader b =
        readBody(call.request, {"expected", "notes", "plannedHours"}, m_limits.maxBodyBytes);
    if (b.failed()) {
        return errorReply(b.error());
    }
    const auto intent = decodeIntent(b.json());
    if (!intent.ok()) {
        return errorReply(intent.error());
    }
    if (!ParticipationStore(m_store.hub()).setIntent(id, intent.value(), call.session.reviewerId)) {
        return serverError();
    }
    QJsonObject out = intentJson(intent.value());
    out.insert(QStringLiteral("consultation"), id);
    return jsonReply(200, out);
}

} // namespace chorus::hub
