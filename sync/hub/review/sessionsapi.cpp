// The review API: sessions (sign-in and out), the hub's settings and the team's devices.

#include "reviewcall.h"

#include <QMetaObject>

#include <limits>

namespace chorus::hub {

using namespace review;

CallResult<SignInPlan> ReviewApi::readSignIn(Call& call, const QString& clientAddress)
{
    if (const int wait = m_signInRate.take(clientAddress); wait > 0) {
        return rateLimited(wait, QStringLiteral("too many sign-in attempts; wait %1 s").arg(wait));
    }
    if (auto bad = onlyParams(call.query, {})) {
        return *bad;
    }
    JsonReader b = readBody(call.request, {"name", "secret", "passphrase"}, m_limits.maxBodyBytes);
    const QString name = b.text("name", 100);
    const QString secret = b.string("secret", false, 64);
    const QString passphrase = b.string("passphrase", true, 1024);
    if (b.failed()) {
        return errorReply(b.error());
    }
    auto planned = m_store.planSignIn(name, secret, passphrase, clientAddress);
    if (!planned) {
        return serverError();
    }
    return std::move(planned).value();
}

HttpReply ReviewApi::signInAnswer(const StoreResult<SignInOutcome>& finished)
{
    if (!finished) {
        return serverError();
    }
    const SignInOutcome& out = finished.value();
    if (!out.passphraseRule.isEmpty()) {
        return errorReply(400, QStringLiteral("invalid_value"), QStringLiteral("passphrase"),
                          out.passphraseRule);
    }
    switch (out.kind) {
    case SignInOutcome::Kind::Locked:
        // The same words for every name, known or not: a lockout names no account.
        return rateLimited(out.retryAfter,
                           QStringLiteral("too many failed sign-ins from here for this name; "
                                          "wait %1 s")
                               .arg(out.retryAfter));
    case SignInOutcome::Kind::Refused:
        // One answer for every refusal, so that it does not tell which names exist.
        return errorReply(401, QStringLiteral("sign_in_failed"), QStringLiteral("body"),
                          QStringLiteral("name, secret or passphrase not accepted"));
    case SignInOutcome::Kind::SignedIn:
        break;
    }
    return jsonReply(201, QJsonObject{{"session", out.token},
                                      {"reviewerId", out.session.reviewerId},
                                      {"role", out.session.role},
                                      {"expiresAt", out.session.expiresAt.toString(Qt::ISODate)},
                                      {"idleMinutes", m_store.policy().idleSeconds / 60}});
}

HttpReply ReviewApi::signIn(Call& call, const QString& clientAddress)
{
    const auto plan = readSignIn(call, clientAddress);
    if (!plan) {
        return plan.error();
    }
    return signInAnswer(m_store.finishSignIn(plan.value(), checkSignIn(plan.value())));
}

void ReviewApi::signInLater(const QHttpServerRequest& request, const QString& clientAddress,
                            std::function<void(const HttpReply&)> done)
{
    Call call{request,
              {QStringLiteral("session")},
              request.method(),
              QUrlQuery(request.url()),
              {},
              {},
              kDefaultThreshold};
    const auto read = readSignIn(call, clientAddress);
    if (!read) {
        done(read.error());
        return;
    }
    const SignInPlan plan = read.value();
    // Argon2id (tens of milliseconds and 64 MiB) on the sign-in pool; the event loop goes on
    // serving devices meanwhile, and the database work resumes on it afterwards.
    m_signInPool.start([this, plan, done = std::move(done)] {
        const SignInCheck check = checkSignIn(plan);
        QMetaObject::invokeMethod(
            &m_context,
            [this, plan, check, done] { done(signInAnswer(m_store.finishSignIn(plan, check))); },
            Qt::QueuedConnection);
    });
}

HttpReply ReviewApi::sessionInfo(Call& call)
{
    if (auto bad = onlyParams(call.query, {})) {
        return *bad;
    }
    return jsonReply(200, QJsonObject{{"reviewerId", call.session.reviewerId},
                                      {"role", call.session.role},
                                      {"expiresAt", call.session.expiresAt.toString(Qt::ISODate)},
                                      {"idleMinutes", m_store.policy().idleSeconds / 60},
                                      {"smallNumberThreshold", call.threshold}});
}

HttpReply ReviewApi::signOut(Call& call)
{
    if (auto bad = onlyParams(call.query, {})) {
        return *bad;
    }
    if (!m_store.signOut(call.token, call.session.reviewerId)) {
        return serverError();
    }
    return jsonReply(200, QJsonObject{{"signedOut", true}});
}

HttpReply ReviewApi::settings(Call& call)
{
    if (auto bad = onlyParams(call.query, {})) {
        return *bad;
    }
    if (call.session.role != QLatin1String("admin")) {
        return errorReply(403, QStringLiteral("forbidden"), QStringLiteral("Authorization"),
                          QStringLiteral("only an admin can see or change the hub's settings"));
    }
    if (call.method == Method::Put) {
        JsonReader b = readBody(call.request, {"smallNumberThreshold"}, m_limits.maxBodyBytes);
        const auto value = b.integer("smallNumberThreshold", true, std::numeric_limits<int>::min(),
                                     std::numeric_limits<int>::max());
        if (b.failed()) {
            return errorReply(b.error());
        }
        if (const QString why = thresholdProblem(*value); !why.isEmpty()) {
            return errorReply(400, QStringLiteral("out_of_range"),
                              QStringLiteral("smallNumberThreshold"), why);
        }
        if (!m_store.setThreshold(static_cast<int>(*value), call.session.reviewerId)) {
            return serverError();
        }
        call.threshold = static_cast<int>(*value);
    }
    return jsonReply(200, QJsonObject{{"smallNumberThreshold", call.threshold},
                                      {"minimumThreshold", kMinimumThreshold}});
}

std::optional<HttpReply> ReviewApi::adminOnly(const Call& call, const QString& what)
{
    if (call.session.role == QLatin1String("admin")) {
        return std::nullopt;
    }
    return errorReply(403, QStringLiteral("forbidden"), QStringLiteral("Authorization"),
                      QStringLiteral("only an admin can ") + what);
}

HttpReply ReviewApi::devices(Call& call)
{
    if (auto bad = onlyParams(call.query, {})) {
        return *bad;
    }
    if (auto refused = adminOnly(call, QStringLiteral("see the team's devices"))) {
        return *refused;
    }
    const auto list = m_store.devices();
    if (!list) {
        return serverError();
    }
    QJsonArray out;
    for (const Device& d : list.value()) {
        const QString status = d.revoked   ? QStringLiteral("revoked")
                               : d.expired ? QStringLiteral("expired")
                                           : QStringLiteral("active");
        QJsonObject o{{"id", d.id},
                      {"consultationId", d.consultationId},
                      {"role", d.role},
                      {"enrolledAt", d.enrolledAt.toString(Qt::ISODate)},
                      {"lastUsedAt", d.lastUsedAt.toString(Qt::ISODate)},
                      {"status", status}};
        // When an unused token stops working; a revoked one has stopped already.
        o.insert(
            QStringLiteral("expiresAt"),
            d.revoked
                ? QJsonValue()
                : QJsonValue(d.lastUsedAt.addDays(kDeviceTokenLifetimeDays).toString(Qt::ISODate)));
        out.append(o);
    }
    if (!m_store.audit(QStringLiteral("review.view"), call.session.reviewerId,
                       QStringLiteral("what=devices records=%1").arg(list->size()))) {
        return serverError();
    }
    return jsonReply(
        200, QJsonObject{{"devices", out}, {"tokenLifetimeDays", kDeviceTokenLifetimeDays}});
}

HttpReply ReviewApi::revokeDevice(Call& call, const QString& id)
{
    if (auto bad = onlyParams(call.query, {})) {
        return *bad;
    }
    if (auto refused = adminOnly(call, QStringLiteral("revoke a device"))) {
        return *refused;
    }
    JsonReader b = readBody(call.request, {}, m_limits.maxBodyBytes);
    if (b.failed()) {
        return errorReply(b.error());
    }
    const auto revoked = m_store.revokeDevice(id, call.session.reviewerId);
    if (!revoked) {
        return revoked.error().kind == StoreError::Kind::NotFound
                   ? notFound(QStringLiteral("path"), QStringLiteral("active device"))
                   : serverError();
    }
    return jsonReply(200, QJsonObject{{"id", id}, {"status", "revoked"}});
}

} // namespace chorus::hub
