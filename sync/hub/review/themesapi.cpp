// The review API: themes and the records tagged with them.

#include "reviewcall.h"

namespace chorus::hub {

using namespace review;

HttpReply ReviewApi::themes(Call& call)
{
    if (call.method == Method::Post) {
        if (auto bad = onlyParams(call.query, {})) {
            return *bad;
        }
        JsonReader b = readBody(call.request, {"consultationId", "name"}, m_limits.maxBodyBytes);
        const QString consultation = b.text("consultationId", 64);
        const QString name = b.text("name", 100);
        if (b.failed()) {
            return errorReply(b.error());
        }
        if (auto refused = unknownConsultation(consultation, QStringLiteral("consultationId"))) {
            return refused->status == 404 ? errorReply(400, QStringLiteral("invalid_value"),
                                                       QStringLiteral("consultationId"),
                                                       QStringLiteral("no such consultation"))
                                          : *refused;
        }
        const auto theme = m_store.createTheme(consultation, name, call.session.reviewerId);
        if (!theme && theme.error().kind == StoreError::Kind::Exists) {
            const QString& problem = theme.error().problem;
            return errorReply(409, QStringLiteral("conflict"), QStringLiteral("name"),
                              problem.mid(problem.indexOf(QLatin1String(": ")) + 2));
        }
        if (!theme) {
            return serverError();
        }
        return jsonReply(201, QJsonObject{{"id", theme->id},
                                          {"consultationId", consultation},
                                          {"name", theme->name},
                                          {"count", 0}});
    }
    const auto only = consultationOnly(call);
    if (!only) {
        return only.error();
    }
    const QString& consultation = only.value();
    const auto list = m_store.themes(consultation);
    if (!list) {
        return serverError();
    }
    QJsonArray out;
    for (const Theme& t : list.value()) {
        out.append(QJsonObject{{"id", t.id}, {"name", t.name}, {"count", t.count}});
    }
    if (!m_store.audit(QStringLiteral("review.view"), call.session.reviewerId,
                       QStringLiteral("what=themes consultation=%1 count=%2")
                           .arg(consultation)
                           .arg(list->size()))) {
        return serverError();
    }
    return jsonReply(200, QJsonObject{{"themes", out}});
}

HttpReply ReviewApi::tag(Call& call, const QString& id)
{
    if (auto bad = onlyParams(call.query, {})) {
        return *bad;
    }
    JsonReader b = readBody(call.request, {"add", "remove"}, m_limits.maxBodyBytes);
    const QStringList add = b.uuids("add", false, 0, m_limits.maxBatchItems);
    const QStringList remove = b.uuids("remove", false, 0, m_limits.maxBatchItems);
    if (!b.failed() && add.isEmpty() && remove.isEmpty()) {
        b.refuse(QStringLiteral("add"), QStringLiteral("too_few"),
                 QStringLiteral("give \"add\" or \"remove\" with at least one record id"));
    }
    if (b.failed()) {
        return errorReply(b.error());
    }
    const auto theme = m_store.tag(id, add, remove, call.session.reviewerId);
    if (!theme) {
        return theme.error().kind == StoreError::Kind::Invalid ? invalidField(theme.error())
                                                               : serverError();
    }
    if (theme->id.isEmpty()) {
        return notFound(QStringLiteral("path"), QStringLiteral("theme"));
    }
    return jsonReply(
        200, QJsonObject{{"id", theme->id}, {"name", theme->name}, {"count", theme->count}});
}

} // namespace chorus::hub
