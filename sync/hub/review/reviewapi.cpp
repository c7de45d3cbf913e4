#include "reviewapi.h"

#include "reviewcall.h"

#include "sync/hub/hublogging.h"

#include <QUrlQuery>

namespace chorus::hub {

using namespace review;

namespace {

QString methodName(Method m)
{
    switch (m) {
    case Method::Get:
        return QStringLiteral("GET");
    case Method::Post:
        return QStringLiteral("POST");
    case Method::Put:
        return QStringLiteral("PUT");
    case Method::Delete:
        return QStringLiteral("DELETE");
    default:
        return QStringLiteral("other");
    }
}

HttpReply unauthorized(const QString& code, const QString& why)
{
    HttpReply r = errorReply(401, code, QStringLiteral("Authorization"), why);
    r.headers << std::pair<QByteArray, QByteArray>{"WWW-Authenticate", "Bearer"};
    return r;
}

} // namespace

ReviewApi::ReviewApi(ReviewStore& store, const Limits& limits, RateLimiter::MonotonicMs clock)
    : m_store(store), m_limits(limits),
      // Sign-in attempts per address: a tenth of the request rate, the same burst.
      m_signInRate(limits.ratePerSecond / 10.0, limits.rateBurst, clock),
      m_reviewerRate(limits.ratePerSecond, limits.rateBurst, clock)
{
    // Two Argon2id checks at a time at most: the rest wait their turn, not the event loop.
    m_signInPool.setMaxThreadCount(2);
}

std::optional<Release> ReviewApi::published(const Call& call)
{
    const auto strata = m_store.strata();
    if (!strata) {
        return std::nullopt;
    }
    return release(strata.value(), call.threshold);
}

HttpReply ReviewApi::serverError()
{
    HttpReply r = errorReply(500, QStringLiteral("server_error"), {},
                             QStringLiteral("the hub could not complete this; nothing was "
                                            "half-stored, try again later"));
    r.headers << std::pair<QByteArray, QByteArray>{"Retry-After", "5"};
    return r;
}

CallResult<QString> ReviewApi::consultationOnly(const Call& call)
{
    if (auto bad = onlyParams(call.query, {"consultation"})) {
        return *bad;
    }
    const QString consultation = param(call.query, "consultation");
    if (auto refused = unknownConsultation(consultation, QStringLiteral("consultation"))) {
        return *refused;
    }
    return consultation;
}

std::optional<HttpReply> ReviewApi::unknownConsultation(const QString& id, const QString& field)
{
    if (id.isEmpty()) {
        return errorReply(400, QStringLiteral("missing_field"), field,
                          QStringLiteral("name the consultation"));
    }
    const StoreStatus exists =
        isId(id) ? m_store.consultationExists(id)
                 : StoreStatus(StoreError{StoreError::Kind::NotFound, {}, {}, {}});
    if (exists) {
        return std::nullopt;
    }
    return exists.error().kind == StoreError::Kind::NotFound
               ? notFound(field, QStringLiteral("consultation"))
               : serverError();
}

HttpReply ReviewApi::handle(const QHttpServerRequest& request, const QString& path,
                            const QString& peerAddress)
{
    Call call{request,
              path.split(QLatin1Char('/')),
              request.method(),
              QUrlQuery(request.url()),
              {},
              {},
              kDefaultThreshold};
    if (path == QLatin1String("session") && call.method == Method::Post) {
        return signIn(call, peerAddress);
    }
    const auto token = bearerToken(request.value("Authorization"));
    if (!token) {
        return unauthorized(QStringLiteral("unauthorized"),
                            QStringLiteral("send the review session as \"Bearer <session>\""));
    }
    const auto found = m_store.session(*token);
    if (!found) {
        switch (found.error().kind) {
        case StoreError::Kind::Expired:
            return unauthorized(QStringLiteral("session_expired"),
                                QStringLiteral("the session has expired; sign in again"));
        case StoreError::Kind::NotFound:
            return unauthorized(
                QStringLiteral("unauthorized"),
                QStringLiteral("unknown, ended or disabled session; sign in again"));
        default:
            return serverError();
        }
    }
    call.session = found.value();
    call.token = *token;
    if (const int wait = m_reviewerRate.take(call.session.reviewerId); wait > 0) {
        return rateLimited(wait, QStringLiteral("too many requests; wait %1 s").arg(wait));
    }
    const auto threshold = m_store.threshold();
    if (!threshold) {
        return serverError();
    }
    call.threshold = threshold.value();
    return route(call);
}

HttpReply ReviewApi::route(Call& call)
{
    const QStringList& p = call.path;
    const QString first = p.value(0);
    const bool uuidSecond = p.size() >= 2 && isUuid(p[1]);
    struct Match
    {
        bool matched = false;
        QStringList methods;
    } m;
    // Each route: the methods it answers; anything else on a known path is a 405.
    auto is = [&](bool shape, std::initializer_list<Method> methods) {
        if (!shape) {
            return false;
        }
        m.matched = true;
        for (Method x : methods) {
            m.methods << methodName(x);
            if (x == call.method) {
                return true;
            }
        }
        return false;
    };
    if (is(p.size() == 1 && first == QLatin1String("session"), {Method::Get, Method::Delete})) {
        return call.method == Method::Get ? sessionInfo(call) : signOut(call);
    }
    if (is(p.size() == 1 && first == QLatin1String("settings"), {Method::Get, Method::Put})) {
        return settings(call);
    }
    if (is(p.size() == 1 && first == QLatin1String("devices"), {Method::Get})) {
        return devices(call);
    }
    if (is(p.size() == 3 && first == QLatin1String("devices") && uuidSecond &&
               p[2] == QLatin1String("revoke"),
           {Method::Post})) {
        return revokeDevice(call, p[1]);
    }
    if (is(p.size() == 1 && first == QLatin1String("consultations"), {Method::Get})) {
        return consultations(call);
    }
    if (is(p.size() == 2 && first == QLatin1String("consultations") && isId(p[1]), {Method::Get})) {
        return consultation(call, p[1]);
    }
    if (is(p.size() == 1 && first == QLatin1String("feedback"), {Method::Get})) {
        return feedback(call);
    }
    if (is(p.size() == 3 && first == QLatin1String("feedback") && uuidSecond &&
               p[2] == QLatin1String("quotable"),
           {Method::Post})) {
        return quotable(call, p[1]);
    }
    if (is(p.size() == 3 && first == QLatin1String("feedback") && uuidSecond &&
               p[2] == QLatin1String("drawing"),
           {Method::Get})) {
        return drawing(call, p[1]);
    }
    if (is(p.size() == 1 && first == QLatin1String("aggregates"), {Method::Get})) {
        return aggregates(call);
    }
    if (is(p.size() == 1 && first == QLatin1String("themes"), {Method::Get, Method::Post})) {
        return themes(call);
    }
    if (is(p.size() == 3 && first == QLatin1String("themes") && uuidSecond &&
               p[2] == QLatin1String("feedback"),
           {Method::Post})) {
        return tag(call, p[1]);
    }
    if (is(p.size() == 1 && first == QLatin1String("actions"), {Method::Get, Method::Post})) {
        return actions(call);
    }
    if (is(p.size() == 2 && first == QLatin1String("actions") && uuidSecond,
           {Method::Get, Method::Put})) {
        return action(call, p[1]);
    }
    if (is(p.size() == 3 && first == QLatin1String("actions") && uuidSecond &&
               p[2] == QLatin1String("publish"),
           {Method::Post})) {
        return publish(call, p[1]);
    }
    if (is(p.size() == 1 && first == QLatin1String("framework"), {Method::Get})) {
        return framework(call);
    }
    if (is(p.size() == 1 && first == QLatin1String("participation"), {Method::Get})) {
        return participation(call);
    }
    if (is(p.size() == 3 && first == QLatin1String("consultations") && isId(p[1]) &&
               p[2] == QLatin1String("intent"),
           {Method::Put})) {
        return intent(call, p[1]);
    }
    if (is(p.size() == 1 && first == QLatin1String("export.csv"), {Method::Get})) {
        return exportCsv(call);
    }
    if (is(p.size() == 1 && first == QLatin1String("report"), {Method::Get})) {
        return report(call);
    }
    if (m.matched) {
        HttpReply r =
            errorReply(405, QStringLiteral("method_not_allowed"), QStringLiteral("method"),
                       QStringLiteral("use ") + m.methods.join(QStringLiteral(" or ")));
        r.headers << std::pair<QByteArray, QByteArray>{
            "Allow", m.methods.join(QStringLiteral(", ")).toLatin1()};
        return r;
    }
    return notFound(QStringLiteral("path"), QStringLiteral("review endpoint"));
}

} // namespace chorus::hub
