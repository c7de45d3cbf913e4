// The review API: "you said, we did" actions, drafted and published.

#include "reviewcall.h"

#include <QRegularExpression>

namespace chorus::hub {

using namespace review;

namespace {

constexpr int kMaxLinks = 1000;

QJsonObject actionJson(const ReviewAction& a)
{
    QJsonObject o{{"id", a.id},
                  {"consultationId", a.consultationId},
                  {"youSaid", a.said},
                  {"weDid", a.did},
                  {"status", a.status},
                  {"date", a.date},
                  {"feedbackIds", QJsonArray::fromStringList(a.feedbackIds)},
                  {"themeIds", QJsonArray::fromStringList(a.themeIds)},
                  {"state", a.state}};
    o.insert(QStringLiteral("seq"), a.seq > 0 ? QJsonValue(QString::number(a.seq)) : QJsonValue());
    o.insert(QStringLiteral("publishedAt"),
             a.publishedAt.isEmpty() ? QJsonValue() : QJsonValue(a.publishedAt));
    return o;
}

const QRegularExpression& dateRe()
{
    static const QRegularExpression re(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    return re;
}

} // namespace

HttpReply ReviewApi::actions(Call& call)
{
    if (call.method == Method::Post) {
        return action(call, {});
    }
    const auto only = consultationOnly(call);
    if (!only) {
        return only.error();
    }
    const QString& consultation = only.value();
    const auto list = m_store.actions(consultation);
    if (!list) {
        return serverError();
    }
    QJsonArray out;
    for (const ReviewAction& a : list.value()) {
        out.append(actionJson(a));
    }
    if (!m_store.audit(QStringLiteral("review.view"), call.session.reviewerId,
                       QStringLiteral("what=actions consultation=%1 count=%2")
                           .arg(consultation)
                           .arg(list->size()))) {
        return serverError();
    }
    return jsonReply(200, QJsonObject{{"actions", out}});
}

HttpReply ReviewApi::action(Call& call, const QString& id)
{
    if (auto bad = onlyParams(call.query, {})) {
        return *bad;
    }
    if (call.method == Method::Get) {
        const auto a = m_store.action(id);
        if (!a) {
            return serverError();
        }
        if (a->id.isEmpty()) {
            return notFound(QStringLiteral("path"), QStringLiteral("action"));
        }
        if (!m_store.audit(QStringLiteral("review.view"), call.session.reviewerId,
                           QStringLiteral("what=action action=%1").arg(id))) {
            return serverError();
        }
        return jsonReply(200, actionJson(a.value()));
    }
    // POST /actions creates (consultationId required); PUT /actions/{id} replaces the rest.
    const bool creating = id.isEmpty();
    QStringList fields{"youSaid", "weDid", "status", "date", "feedbackIds", "themeIds"};
    if (creating) {
        fields << QStringLiteral("consultationId");
    }
    JsonReader b = readBody(call.request, fields, m_limits.maxBodyBytes);
    ReviewAction a;
    a.id = id;
    if (creating) {
        a.consultationId = b.text("consultationId", 64);
    }
    a.said = b.text("youSaid", 2000, true);
    a.did = b.text("weDid", 2000, true);
    a.status = b.oneOf("status", {"planned", "doing", "done"});
    a.date = b.string("date", true, 10);
    if (!b.failed() &&
        (!dateRe().match(a.date).hasMatch() || !QDate::fromString(a.date, Qt::ISODate).isValid())) {
        b.refuse(QStringLiteral("date"), QStringLiteral("invalid_value"),
                 QStringLiteral("expected a date such as \"2026-12-01\""));
    }
    a.feedbackIds = b.uuids("feedbackIds", false, 0, kMaxLinks);
    a.themeIds = b.uuids("themeIds", false, 0, 50);
    if (!b.failed() && a.feedbackIds.isEmpty() && a.themeIds.isEmpty()) {
        b.refuse(QStringLiteral("feedbackIds"), QStringLiteral("too_few"),
                 QStringLiteral("link the action to at least one record or theme"));
    }
    if (b.failed()) {
        return errorReply(b.error());
    }
    if (creating) {
        if (auto refused =
                unknownConsultation(a.consultationId, QStringLiteral("consultationId"))) {
            return refused->status == 404 ? errorReply(400, QStringLiteral("invalid_value"),
                                                       QStringLiteral("consultationId"),
                                                       QStringLiteral("no such consultation"))
                                          : *refused;
        }
    }
    const auto saved = m_store.saveAction(a, call.session.reviewerId);
    // A link to another consultation's record or theme is the request's mistake (400 naming
    // it), checked before "no such action": a new action has no id until it is stored.
    if (!saved) {
        return saved.error().kind == StoreError::Kind::Invalid ? invalidField(saved.error())
                                                               : serverError();
    }
    if (saved->id.isEmpty()) {
        return notFound(QStringLiteral("path"), QStringLiteral("action"));
    }
    return jsonReply(creating ? 201 : 200, actionJson(saved.value()));
}

HttpReply ReviewApi::publish(Call& call, const QString& id)
{
    if (auto bad = onlyParams(call.query, {})) {
        return *bad;
    }
    JsonReader b = readBody(call.request, {}, m_limits.maxBodyBytes);
    if (b.failed()) {
        return errorReply(b.error());
    }
    const auto a = m_store.publishAction(id, call.session.reviewerId);
    if (!a) {
        return serverError();
    }
    if (a->id.isEmpty()) {
        return notFound(QStringLiteral("path"), QStringLiteral("action"));
    }
    return jsonReply(200, actionJson(a.value()));
}

} // namespace chorus::hub
