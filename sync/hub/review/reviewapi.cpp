#include "reviewapi.h"

#include "sync/hub/store/participationstore.h"

#include "sync/hub/hublogging.h"

#include <QFile>
#include <QJsonArray>
#include <QMetaObject>
#include <QRegularExpression>
#include <QSet>
#include <QUrlQuery>

#include <algorithm>
#include <map>

namespace chorus::hub {

using Method = QHttpServerRequest::Method;

struct ReviewApi::Call
{
    const QHttpServerRequest& request;
    QStringList path;
    Method method;
    QUrlQuery query;
    ReviewSession session;
    QByteArray token;
    int threshold = kDefaultThreshold;
};

namespace {

constexpr int kMaxPage = 200;
constexpr int kMaxExportRows = 10000;
constexpr int kMaxLinks = 1000;

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

HttpReply rateLimited(qint64 wait, const QString& why)
{
    HttpReply r = errorReply(429, QStringLiteral("rate_limited"), {}, why);
    r.headers << std::pair<QByteArray, QByteArray>{"Retry-After", QByteArray::number(wait)};
    return r;
}

HttpReply notFound(const QString& field, const QString& what)
{
    return errorReply(404, QStringLiteral("not_found"), field, QStringLiteral("no such ") + what);
}

/** Reads one JSON request body, remembering the first problem as an error reply. */
class Body
{
public:
    Body(const QHttpServerRequest& request, const QStringList& allowed)
    {
        const QByteArray type = request.value("Content-Type").toLower();
        if (type.split(';').first().trimmed() != "application/json") {
            m_error =
                errorReply(415, QStringLiteral("unsupported_media_type"),
                           QStringLiteral("Content-Type"), QStringLiteral("send application/json"));
            return;
        }
        QJsonParseError err{};
        const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &err);
        if (err.error != QJsonParseError::NoError) {
            m_error = errorReply(400, QStringLiteral("malformed_json"), QStringLiteral("body"),
                                 QStringLiteral("not valid JSON at offset %1").arg(err.offset));
            return;
        }
        if (!doc.isObject()) {
            m_error = errorReply(400, QStringLiteral("wrong_type"), QStringLiteral("body"),
                                 QStringLiteral("expected a JSON object"));
            return;
        }
        m_o = doc.object();
        for (auto it = m_o.begin(); it != m_o.end(); ++it) {
            if (!allowed.contains(it.key())) {
                m_error = errorReply(400, QStringLiteral("unknown_field"), it.key().left(40),
                                     QStringLiteral("unknown field; allowed fields are ") +
                                         allowed.join(QStringLiteral(", ")));
                return;
            }
        }
    }
    [[nodiscard]] bool failed() const { return m_error.has_value(); }
    [[nodiscard]] const HttpReply& error() const { return *m_error; }
    [[nodiscard]] bool has(const char* key) const { return m_o.contains(QLatin1String(key)); }
    [[nodiscard]] const QJsonObject& object() const { return m_o; }
    void refuse(const QString& field, const QString& code, const QString& why)
    {
        if (!m_error) {
            m_error = errorReply(400, code, field, why);
        }
    }

    QString string(const char* key, bool required, int maxChars, bool multiline = false)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        const QString field = QLatin1String(key);
        if (failed()) {
            return {};
        }
        if (v.isUndefined()) {
            if (required) {
                refuse(field, QStringLiteral("missing_field"),
                       QStringLiteral("required field is missing"));
            }
            return {};
        }
        if (!v.isString()) {
            refuse(field, QStringLiteral("wrong_type"), QStringLiteral("expected a string"));
            return {};
        }
        const QString s = v.toString();
        if (s.size() > maxChars) {
            refuse(field, QStringLiteral("too_long"),
                   QStringLiteral("longer than %1 characters").arg(maxChars));
            return {};
        }
        if (hasControl(s, multiline)) { // the same rule as records (C0, DEL and C1)
            refuse(field, QStringLiteral("invalid_value"),
                   QStringLiteral("contains control characters"));
            return {};
        }
        return s;
    }

    /** A required string with at least one non-space character. */
    QString text(const char* key, int maxChars, bool multiline = false)
    {
        const QString s = string(key, true, maxChars, multiline);
        if (!failed() && s.trimmed().isEmpty()) {
            refuse(QLatin1String(key), QStringLiteral("too_few"),
                   QStringLiteral("must not be empty"));
        }
        return s.trimmed();
    }

    QString oneOf(const char* key, const QStringList& values)
    {
        const QString s = string(key, true, 32);
        if (!failed() && !values.contains(s)) {
            refuse(QLatin1String(key), QStringLiteral("invalid_value"),
                   QStringLiteral("expected one of ") + values.join(QStringLiteral(", ")));
        }
        return s;
    }

    std::optional<bool> boolean(const char* key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (failed()) {
            return std::nullopt;
        }
        if (!v.isBool()) {
            refuse(QLatin1String(key),
                   v.isUndefined() ? QStringLiteral("missing_field") : QStringLiteral("wrong_type"),
                   QStringLiteral("expected true or false"));
            return std::nullopt;
        }
        return v.toBool();
    }

    std::optional<qint64> integer(const char* key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (failed()) {
            return std::nullopt;
        }
        const double d = v.toDouble();
        if (!v.isDouble() || std::floor(d) != d || std::abs(d) > 1e9) {
            refuse(QLatin1String(key),
                   v.isUndefined() ? QStringLiteral("missing_field") : QStringLiteral("wrong_type"),
                   QStringLiteral("expected a whole number"));
            return std::nullopt;
        }
        return static_cast<qint64>(d);
    }

    /** An optional array of distinct UUIDs (empty when absent). */
    QStringList uuids(const char* key, int maxItems)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        const QString field = QLatin1String(key);
        QStringList out;
        if (failed() || v.isUndefined()) {
            return out;
        }
        if (!v.isArray()) {
            refuse(field, QStringLiteral("wrong_type"), QStringLiteral("expected an array"));
            return out;
        }
        const QJsonArray a = v.toArray();
        if (a.size() > maxItems) {
            refuse(field, QStringLiteral("too_many"),
                   QStringLiteral("expected at most %1 items").arg(maxItems));
            return out;
        }
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString p = QStringLiteral("%1[%2]").arg(field).arg(i);
            if (!a[i].isString() || !isUuid(a[i].toString())) {
                refuse(p, QStringLiteral("invalid_value"), QStringLiteral("not a UUID"));
                return {};
            }
            if (out.contains(a[i].toString())) {
                refuse(p, QStringLiteral("invalid_value"), QStringLiteral("repeats an earlier id"));
                return {};
            }
            out << a[i].toString();
        }
        return out;
    }

private:
    QJsonObject m_o;
    std::optional<HttpReply> m_error;
};

/** Refuses query parameters that the route does not document (a token in the URL too). */
std::optional<HttpReply> onlyParams(const QUrlQuery& query, const QStringList& allowed)
{
    for (const auto& [key, value] : query.queryItems()) {
        if (!allowed.contains(key)) {
            return errorReply(400, QStringLiteral("unknown_field"), key.left(40),
                              QStringLiteral("unknown query parameter; allowed: ") +
                                  (allowed.isEmpty() ? QStringLiteral("none")
                                                     : allowed.join(QStringLiteral(", "))));
        }
    }
    return std::nullopt;
}

QString param(const QUrlQuery& q, const char* key)
{
    return q.queryItemValue(QLatin1String(key), QUrl::FullyDecoded);
}

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

const QRegularExpression& dateRe()
{
    static const QRegularExpression re(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    return re;
}

/** The embedded copy of ../shared/framework.json (Table 2 of the seed paper). */
QJsonObject frameworkFile()
{
    QFile f(QStringLiteral(":/chorus-hub/framework.json"));
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QJsonDocument::fromJson(f.readAll()).object();
}

/** Loop closure as the disclosure layer published it: records with and without a published
 *  action partition the records, so the share and the median are shown only where both
 *  sides are. */
QJsonObject loopClosureJson(const Breakdown& parts, std::optional<double> medianDays)
{
    const Cell& with = parts.cells.value(0);
    const Cell& without = parts.cells.value(1);
    const bool shareShown =
        !parts.total.suppressed && !with.suppressed && !without.suppressed && parts.total.count > 0;
    QJsonObject o{{"records", countJson(parts.total)},
                  {"recordsSuppressed", parts.total.suppressed},
                  {"withPublishedAction", countJson(with)},
                  {"withPublishedActionSuppressed", with.suppressed}};
    o.insert(QStringLiteral("share"),
             shareShown ? QJsonValue(std::min(1.0, static_cast<double>(with.count) /
                                                       static_cast<double>(parts.total.count)))
                        : QJsonValue());
    o.insert(QStringLiteral("medianDaysToAction"),
             medianDays && shareShown ? QJsonValue(*medianDays) : QJsonValue());
    return o;
}

} // namespace

QString csvField(const QString& value)
{
    QString v = value;
    // A spreadsheet runs a cell that starts with one of these as a formula (CSV injection).
    static const QString kFormulaStarts = QStringLiteral("=+-@\t\r");
    if (!v.isEmpty() && kFormulaStarts.contains(v.front())) {
        v.prepend(QLatin1Char('\''));
    }
    // Quoted when it holds a separator, a quote or any control character (NEL and the
    // other C1 ones included: some readers take them as line breaks), even though the hub
    // refuses them on input; rows stored before that rule are still exported safely.
    const bool control =
        std::any_of(v.begin(), v.end(), [](QChar c) { return isControlCharacter(c.unicode()); });
    if (control || v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"'))) {
        v.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        v = QLatin1Char('"') + v + QLatin1Char('"');
    }
    return v;
}

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
    return release(*strata, call.threshold);
}

HttpReply ReviewApi::serverError()
{
    HttpReply r = errorReply(500, QStringLiteral("server_error"), {},
                             QStringLiteral("the hub could not complete this; nothing was "
                                            "half-stored, try again later"));
    r.headers << std::pair<QByteArray, QByteArray>{"Retry-After", "5"};
    return r;
}

std::optional<HttpReply> ReviewApi::consultationOnly(const Call& call, QString* consultation)
{
    if (auto bad = onlyParams(call.query, {"consultation"})) {
        return bad;
    }
    *consultation = param(call.query, "consultation");
    HttpReply refused;
    if (!knownConsultation(*consultation, QStringLiteral("consultation"), &refused)) {
        return refused;
    }
    return std::nullopt;
}

bool ReviewApi::knownConsultation(const QString& id, const QString& field, HttpReply* reply)
{
    if (id.isEmpty()) {
        *reply = errorReply(400, QStringLiteral("missing_field"), field,
                            QStringLiteral("name the consultation"));
        return false;
    }
    const auto exists = isId(id) ? m_store.consultationExists(id) : std::optional<bool>(false);
    if (!exists) {
        *reply = serverError();
        return false;
    }
    if (!*exists) {
        *reply = notFound(field, QStringLiteral("consultation"));
        return false;
    }
    return true;
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
        return serverError();
    }
    if (found->result == SessionLookup::Result::Expired) {
        return unauthorized(QStringLiteral("session_expired"),
                            QStringLiteral("the session has expired; sign in again"));
    }
    if (found->result != SessionLookup::Result::Valid) {
        return unauthorized(QStringLiteral("unauthorized"),
                            QStringLiteral("unknown, ended or disabled session; sign in again"));
    }
    call.session = found->session;
    call.token = *token;
    if (const int wait = m_reviewerRate.take(call.session.reviewerId); wait > 0) {
        return rateLimited(wait, QStringLiteral("too many requests; wait %1 s").arg(wait));
    }
    const auto threshold = m_store.threshold();
    if (!threshold) {
        return serverError();
    }
    call.threshold = *threshold;
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

// ---------------------------------------------------------------------------------------
// Sessions and settings

std::optional<HttpReply> ReviewApi::readSignIn(Call& call, const QString& clientAddress,
                                               SignInPlan* plan)
{
    if (const int wait = m_signInRate.take(clientAddress); wait > 0) {
        return rateLimited(wait, QStringLiteral("too many sign-in attempts; wait %1 s").arg(wait));
    }
    if (auto bad = onlyParams(call.query, {})) {
        return *bad;
    }
    Body b(call.request, {"name", "secret", "passphrase"});
    const QString name = b.text("name", 100);
    const QString secret = b.string("secret", false, 64);
    const QString passphrase = b.string("passphrase", true, 1024);
    if (b.failed()) {
        return b.error();
    }
    const auto planned = m_store.planSignIn(name, secret, passphrase, clientAddress);
    if (!planned) {
        return serverError();
    }
    *plan = *planned;
    return std::nullopt;
}

HttpReply ReviewApi::signInAnswer(const SignInOutcome& out, bool failed)
{
    if (failed) {
        return serverError();
    }
    if (!out.passphraseRule.isEmpty()) {
        return errorReply(400, QStringLiteral("invalid_value"), QStringLiteral("passphrase"),
                          out.passphraseRule);
    }
    switch (out.result) {
    case SignInOutcome::Result::Locked:
        // The same words for every name, known or not: a lockout names no account.
        return rateLimited(out.retryAfter,
                           QStringLiteral("too many failed sign-ins from here for this name; "
                                          "wait %1 s")
                               .arg(out.retryAfter));
    case SignInOutcome::Result::Refused:
        // One answer for every refusal, so that it does not tell which names exist.
        return errorReply(401, QStringLiteral("sign_in_failed"), QStringLiteral("body"),
                          QStringLiteral("name, secret or passphrase not accepted"));
    case SignInOutcome::Result::SignedIn:
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
    SignInPlan plan;
    if (auto refused = readSignIn(call, clientAddress, &plan)) {
        return *refused;
    }
    bool failed = false;
    const SignInOutcome out = m_store.finishSignIn(plan, checkSignIn(plan), &failed);
    return signInAnswer(out, failed);
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
    SignInPlan plan;
    if (auto refused = readSignIn(call, clientAddress, &plan)) {
        done(*refused);
        return;
    }
    // Argon2id (tens of milliseconds and 64 MiB) on the sign-in pool; the event loop goes on
    // serving devices meanwhile, and the database work resumes on it afterwards.
    m_signInPool.start([this, plan, done = std::move(done)] {
        const SignInCheck check = checkSignIn(plan);
        QMetaObject::invokeMethod(
            &m_context,
            [this, plan, check, done] {
                bool failed = false;
                const SignInOutcome out = m_store.finishSignIn(plan, check, &failed);
                done(signInAnswer(out, failed));
            },
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
        Body b(call.request, {"smallNumberThreshold"});
        const auto value = b.integer("smallNumberThreshold");
        if (b.failed()) {
            return b.error();
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
    for (const Device& d : *list) {
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
    Body b(call.request, {});
    if (b.failed()) {
        return b.error();
    }
    const auto found = m_store.revokeDevice(id, call.session.reviewerId);
    if (!found) {
        return serverError();
    }
    if (!*found) {
        return notFound(QStringLiteral("path"), QStringLiteral("active device"));
    }
    return jsonReply(200, QJsonObject{{"id", id}, {"status", "revoked"}});
}

// ---------------------------------------------------------------------------------------
// Consultations, feedback and charts

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
    for (const ConsultationSummary& c : *list) {
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

namespace {
QList<QJsonObject> latestPacks(ReviewStore& store, const QList<PackInfo>& list, bool* failed);
QJsonObject activityDefinition(const QList<QJsonObject>& packs, const QString& activityId);

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

HttpReply ReviewApi::consultation(Call& call, const QString& id)
{
    if (auto bad = onlyParams(call.query, {})) {
        return *bad;
    }
    HttpReply refused;
    if (!knownConsultation(id, QStringLiteral("path"), &refused)) {
        return refused;
    }
    const auto figures = published(call);
    const auto packList = m_store.packs(id);
    if (!figures || !packList) {
        return serverError();
    }
    QJsonArray packs;
    for (const PackInfo& p : *packList) {
        packs.append(QJsonObject{{"id", p.id}, {"version", p.version}});
    }
    bool failed = false;
    const QList<QJsonObject> definitions = latestPacks(m_store, *packList, &failed);
    if (failed) {
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
        acts.append(withPackWords(a, definitions));
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
    HttpReply refused;
    FeedbackQuery q;
    q.consultationId = param(call.query, "consultation");
    if (!knownConsultation(q.consultationId, QStringLiteral("consultation"), &refused)) {
        return refused;
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
    const auto page =
        figures ? m_store.feedback(q, figures->consultation(q.consultationId).mask) : std::nullopt;
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
    Body b(call.request, {"quotable"});
    const auto value = b.boolean("quotable");
    if (b.failed()) {
        return b.error();
    }
    const auto result = m_store.markQuotable(id, *value, call.session.reviewerId);
    if (!result) {
        return serverError();
    }
    if (*result == 0) {
        return notFound(QStringLiteral("path"), QStringLiteral("feedback record"));
    }
    if (*result < 0) {
        return errorReply(403, QStringLiteral("not_permitted"), QStringLiteral("quotable"),
                          QStringLiteral("this record's consent does not allow quotes "
                                         "(scopes.quotes is false)"));
    }
    return jsonReply(200, QJsonObject{{"id", id}, {"quotable", *value}});
}

HttpReply ReviewApi::drawing(Call& call, const QString& id)
{
    if (auto bad = onlyParams(call.query, {})) {
        return *bad;
    }
    bool found = false;
    const auto png = m_store.drawing(id, &found);
    if (!png) {
        return serverError();
    }
    if (!found || png->isEmpty()) {
        return notFound(QStringLiteral("path"), QStringLiteral("shared drawing"));
    }
    if (!m_store.audit(QStringLiteral("review.view"), call.session.reviewerId,
                       QStringLiteral("what=drawing feedback=%1").arg(id))) {
        return serverError();
    }
    return jsonReply(200, QJsonObject{{"id", id}, {"drawing", *png}});
}

HttpReply ReviewApi::aggregates(Call& call)
{
    if (auto bad = onlyParams(call.query, {"consultation", "activity", "prompt"})) {
        return *bad;
    }
    HttpReply refused;
    const QString consultation = param(call.query, "consultation");
    const QString activity = param(call.query, "activity");
    const QString prompt = param(call.query, "prompt");
    if (!knownConsultation(consultation, QStringLiteral("consultation"), &refused)) {
        return refused;
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
        chartCounts(*answers, prompt, records, call.threshold, chartLinks(c, activity));
    out.insert(QStringLiteral("consultation"), consultation);
    out.insert(QStringLiteral("activityId"), activity);
    out.insert(QStringLiteral("promptId"), prompt.isEmpty() ? QJsonValue() : prompt);
    return jsonReply(200, out);
}

// ---------------------------------------------------------------------------------------
// Themes and actions

HttpReply ReviewApi::themes(Call& call)
{
    if (call.method == Method::Post) {
        if (auto bad = onlyParams(call.query, {})) {
            return *bad;
        }
        Body b(call.request, {"consultationId", "name"});
        const QString consultation = b.text("consultationId", 64);
        const QString name = b.text("name", 100);
        if (b.failed()) {
            return b.error();
        }
        HttpReply refused;
        if (!knownConsultation(consultation, QStringLiteral("consultationId"), &refused)) {
            return refused.status == 404 ? errorReply(400, QStringLiteral("invalid_value"),
                                                      QStringLiteral("consultationId"),
                                                      QStringLiteral("no such consultation"))
                                         : refused;
        }
        QString problem;
        const auto theme =
            m_store.createTheme(consultation, name, call.session.reviewerId, &problem);
        if (!theme) {
            return serverError();
        }
        if (!problem.isEmpty()) {
            return errorReply(409, QStringLiteral("conflict"), QStringLiteral("name"),
                              problem.mid(problem.indexOf(QLatin1String(": ")) + 2));
        }
        return jsonReply(201, QJsonObject{{"id", theme->id},
                                          {"consultationId", consultation},
                                          {"name", theme->name},
                                          {"count", 0}});
    }
    QString consultation;
    if (auto refused = consultationOnly(call, &consultation)) {
        return *refused;
    }
    const auto list = m_store.themes(consultation);
    if (!list) {
        return serverError();
    }
    QJsonArray out;
    for (const Theme& t : *list) {
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
    Body b(call.request, {"add", "remove"});
    const QStringList add = b.uuids("add", m_limits.maxBatchItems);
    const QStringList remove = b.uuids("remove", m_limits.maxBatchItems);
    if (!b.failed() && add.isEmpty() && remove.isEmpty()) {
        b.refuse(QStringLiteral("add"), QStringLiteral("too_few"),
                 QStringLiteral("give \"add\" or \"remove\" with at least one record id"));
    }
    if (b.failed()) {
        return b.error();
    }
    QString problem;
    const auto theme = m_store.tag(id, add, remove, call.session.reviewerId, &problem);
    if (!theme) {
        return serverError();
    }
    if (theme->id.isEmpty()) {
        return notFound(QStringLiteral("path"), QStringLiteral("theme"));
    }
    if (!problem.isEmpty()) {
        return errorReply(400, QStringLiteral("invalid_value"),
                          problem.section(QLatin1Char(':'), 0, 0),
                          problem.section(QStringLiteral(": "), 1));
    }
    return jsonReply(
        200, QJsonObject{{"id", theme->id}, {"name", theme->name}, {"count", theme->count}});
}

HttpReply ReviewApi::actions(Call& call)
{
    if (call.method == Method::Post) {
        return action(call, {});
    }
    QString consultation;
    if (auto refused = consultationOnly(call, &consultation)) {
        return *refused;
    }
    const auto list = m_store.actions(consultation);
    if (!list) {
        return serverError();
    }
    QJsonArray out;
    for (const ReviewAction& a : *list) {
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
        return jsonReply(200, actionJson(*a));
    }
    // POST /actions creates (consultationId required); PUT /actions/{id} replaces the rest.
    const bool creating = id.isEmpty();
    QStringList fields{"youSaid", "weDid", "status", "date", "feedbackIds", "themeIds"};
    if (creating) {
        fields << QStringLiteral("consultationId");
    }
    Body b(call.request, fields);
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
    a.feedbackIds = b.uuids("feedbackIds", kMaxLinks);
    a.themeIds = b.uuids("themeIds", 50);
    if (!b.failed() && a.feedbackIds.isEmpty() && a.themeIds.isEmpty()) {
        b.refuse(QStringLiteral("feedbackIds"), QStringLiteral("too_few"),
                 QStringLiteral("link the action to at least one record or theme"));
    }
    if (b.failed()) {
        return b.error();
    }
    if (creating) {
        HttpReply refused;
        if (!knownConsultation(a.consultationId, QStringLiteral("consultationId"), &refused)) {
            return refused.status == 404 ? errorReply(400, QStringLiteral("invalid_value"),
                                                      QStringLiteral("consultationId"),
                                                      QStringLiteral("no such consultation"))
                                         : refused;
        }
    }
    QString problem;
    const auto saved = m_store.saveAction(a, call.session.reviewerId, &problem);
    if (!saved) {
        return serverError();
    }
    // A link to another consultation's record or theme is the request's mistake (400 naming
    // it), checked before "no such action": a new action has no id until it is stored.
    if (!problem.isEmpty()) {
        return errorReply(400, QStringLiteral("invalid_value"),
                          problem.section(QLatin1Char(':'), 0, 0),
                          problem.section(QStringLiteral(": "), 1));
    }
    if (saved->id.isEmpty()) {
        return notFound(QStringLiteral("path"), QStringLiteral("action"));
    }
    return jsonReply(creating ? 201 : 200, actionJson(*saved));
}

HttpReply ReviewApi::publish(Call& call, const QString& id)
{
    if (auto bad = onlyParams(call.query, {})) {
        return *bad;
    }
    Body b(call.request, {});
    if (b.failed()) {
        return b.error();
    }
    const auto a = m_store.publishAction(id, call.session.reviewerId);
    if (!a) {
        return serverError();
    }
    if (a->id.isEmpty()) {
        return notFound(QStringLiteral("path"), QStringLiteral("action"));
    }
    return jsonReply(200, actionJson(*a));
}

// ---------------------------------------------------------------------------------------
// The framework view

HttpReply ReviewApi::framework(Call& call)
{
    if (auto bad = onlyParams(call.query, {"consultation"})) {
        return *bad;
    }
    const QString consultation = param(call.query, "consultation");
    HttpReply refused;
    if (!consultation.isEmpty() &&
        !knownConsultation(consultation, QStringLiteral("consultation"), &refused)) {
        return refused;
    }
    const QJsonObject file = frameworkFile();
    const auto figures = published(call);
    const auto loop = m_store.loopClosure(consultation);
    const auto active = m_store.activeConsultations();
    if (file.isEmpty() || !figures || !loop || !active) {
        return serverError();
    }
    // One consultation, or the hub-wide margins of the same tables: the same layer.
    const bool hubWide = consultation.isEmpty();
    const ConsultationRelease c = figures->consultation(consultation);
    const Breakdown& byRole = hubWide ? figures->byRole : c.byRole;
    const Breakdown& byAge = hubWide ? figures->byAgeBand : c.byAgeBand;
    const Breakdown& byKind = hubWide ? figures->byKind : c.byKind;
    const Cell& text = hubWide ? figures->textRecords : c.textRecords;
    const Cell& creative = hubWide ? figures->creativeRecords : c.creativeRecords;
    const QJsonObject loopJson =
        loopClosureJson(hubWide ? figures->loopClosure : c.loopClosure, loop->medianDays);
    const bool anyData = loop->feedback > 0;
    QJsonArray kinds;
    for (const Cell& k : byKind.cells) {
        kinds.append(cellJson(k));
    }
    const QJsonObject coproduction{
        {"voicesHeard",
         QJsonObject{{"byRole", breakdownJson(byRole)}, {"byAgeBand", breakdownJson(byAge)}}},
        {"methods", QJsonObject{{"creative", countJson(creative)},
                                {"creativeSuppressed", creative.suppressed},
                                {"text", countJson(text)},
                                {"textSuppressed", text.suppressed},
                                {"byKind", kinds}}},
        {"loopClosure", loopJson},
        {"consultationsActive", *active}};
    const QString feedbackParameter = file.value(QStringLiteral("feedbackParameter")).toString();
    QJsonArray clusters;
    for (const QJsonValue& cv : file.value(QStringLiteral("clusters")).toArray()) {
        QJsonObject cluster = cv.toObject();
        QJsonArray params;
        for (const QJsonValue& pv : cluster.value(QStringLiteral("parameters")).toArray()) {
            QJsonObject p = pv.toObject();
            const QString path = cluster.value(QStringLiteral("id")).toString() + QLatin1Char('/') +
                                 p.value(QStringLiteral("id")).toString();
            p.insert(QStringLiteral("path"), path);
            // Lundy's elements, reach and resourcing (issue 19) measure both of these.
            if (path == feedbackParameter ||
                p.value(QStringLiteral("id")) == QLatin1String("learning-and-evaluation")) {
                p.insert(QStringLiteral("participation"),
                         consultation.isEmpty()
                             ? QStringLiteral("/v1/review/participation")
                             : QStringLiteral("/v1/review/participation?consultation=") +
                                   consultation);
            }
            // Only what the hub measures is shown; the rest says so rather than guess.
            if (anyData && path == feedbackParameter) {
                p.insert(QStringLiteral("indicators"), coproduction);
            } else if (anyData &&
                       p.value(QStringLiteral("id")) == QLatin1String("learning-and-evaluation")) {
                p.insert(QStringLiteral("indicators"), QJsonObject{{"loopClosure", loopJson}});
            } else {
                p.insert(QStringLiteral("indicators"), QJsonValue());
                p.insert(QStringLiteral("noData"),
                         anyData ? QStringLiteral("Chorus collects no data for this parameter")
                                 : QStringLiteral("no feedback has been received yet"));
            }
            params.append(p);
        }
        cluster.insert(QStringLiteral("parameters"), params);
        clusters.append(cluster);
    }
    if (!m_store.audit(QStringLiteral("review.view"), call.session.reviewerId,
                       QStringLiteral("what=framework consultation=%1 records=%2")
                           .arg(consultation.isEmpty() ? QStringLiteral("all") : consultation)
                           .arg(loop->feedback))) {
        return serverError();
    }
    QJsonObject out{{"name", file.value(QStringLiteral("name"))},
                    {"source", file.value(QStringLiteral("source"))},
                    {"feedbackParameter", feedbackParameter},
                    {"smallNumberThreshold", call.threshold},
                    {"clusters", clusters}};
    out.insert(QStringLiteral("consultation"),
               consultation.isEmpty() ? QJsonValue() : QJsonValue(consultation));
    return jsonReply(200, out);
}

// ---------------------------------------------------------------------------------------
// Participation (issue 19): Lundy's four elements, reach and resourcing

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

// ---------------------------------------------------------------------------------------
// Export

namespace {

/** The audit's list of the records an export holds (" records=ID,ID"), so that erasing one
 *  later can say which exports still contain it (HubStore::exportsHolding). */
QString heldIds(const QStringList& ids)
{
    return ids.isEmpty() ? QString() : QStringLiteral(" records=") + ids.join(QLatin1Char(','));
}

} // namespace

HttpReply ReviewApi::exportCsv(Call& call)
{
    if (auto bad = onlyParams(call.query, {"consultation", "content", "after", "limit"})) {
        return *bad;
    }
    HttpReply refused;
    const QString consultation = param(call.query, "consultation");
    if (!knownConsultation(consultation, QStringLiteral("consultation"), &refused)) {
        return refused;
    }
    const QString content = param(call.query, "content");
    if (content != QLatin1String("records") && content != QLatin1String("counts")) {
        return errorReply(400,
                          content.isEmpty() ? QStringLiteral("missing_field")
                                            : QStringLiteral("invalid_value"),
                          QStringLiteral("content"), QStringLiteral("expected records or counts"));
    }
    // One wording for every hidden count and field: a hidden cell may be small, a large one
    // hidden with it, or a zero, and the reader must not be able to tell which.
    const QString suppressedText = QString::fromLatin1(kHiddenWording);
    QStringList lines;
    auto row = [&](const QStringList& fields) {
        QStringList escaped;
        for (const QString& f : fields) {
            escaped << csvField(f);
        }
        lines << escaped.join(QLatin1Char(','));
    };
    HttpReply reply;
    reply.contentType = "text/csv; charset=utf-8";
    qint64 rows = 0;
    QStringList held; // the records this export holds: ids only, for a later erasure
    if (content == QLatin1String("counts")) {
        if (!call.query.queryItemValue(QStringLiteral("after")).isEmpty() ||
            !call.query.queryItemValue(QStringLiteral("limit")).isEmpty()) {
            return errorReply(400, QStringLiteral("invalid_value"), QStringLiteral("after"),
                              QStringLiteral("counts come in one piece; after and limit are for "
                                             "records"));
        }
        row({"breakdown", "value", "count"});
        const auto figures = published(call);
        if (!figures) {
            return serverError();
        }
        const ConsultationRelease c = figures->consultation(consultation);
        const std::array<std::pair<const char*, const Breakdown*>, 3> parts{
            {{"role", &c.byRole}, {"ageBand", &c.byAgeBand}, {"week", &c.byWeek}}};
        for (const auto& [name, breakdown] : parts) {
            const Breakdown& b = *breakdown;
            for (const Cell& c : b.cells) {
                row({QLatin1String(name), c.value,
                     c.suppressed ? suppressedText : QString::number(c.count)});
                ++rows;
            }
            row({QLatin1String(name), QStringLiteral("total"),
                 b.total.suppressed ? suppressedText : QString::number(b.total.count)});
            ++rows;
        }
    } else {
        FeedbackQuery q;
        q.consultationId = consultation;
        q.after = param(call.query, "after");
        q.limit = kMaxExportRows;
        if (!q.after.isEmpty() && !isUuid(q.after)) {
            return errorReply(400, QStringLiteral("invalid_value"), QStringLiteral("after"),
                              QStringLiteral("not a UUID"));
        }
        if (const QString limit = param(call.query, "limit"); !limit.isEmpty()) {
            bool ok = false;
            q.limit = limit.toInt(&ok);
            if (!ok || q.limit < 1 || q.limit > kMaxExportRows) {
                return errorReply(400, QStringLiteral("out_of_range"), QStringLiteral("limit"),
                                  QStringLiteral("expected 1 to %1").arg(kMaxExportRows));
            }
        }
        const auto figures = published(call);
        const auto page =
            figures ? m_store.feedback(q, figures->consultation(consultation).mask) : std::nullopt;
        const auto themeList = m_store.themes(consultation);
        if (!page || !themeList) {
            return serverError();
        }
        QHash<QString, QString> themeNames;
        for (const Theme& t : *themeList) {
            themeNames.insert(t.id, t.name);
        }
        row({"id", "activityId", "promptId", "kind", "week", "ageBand", "role", "text", "choices",
             "scale", "order", "themes", "quotesAllowed", "quotable", "drawingShared"});
        const QString hidden = suppressedText;
        for (const ReviewRecord& r : page->records) {
            QStringList themes;
            for (const QString& t : r.themes) {
                themes << themeNames.value(t);
            }
            QStringList choices;
            for (const QJsonValue& v : r.answer.value(QStringLiteral("choices")).toArray()) {
                choices << v.toString();
            }
            QStringList order;
            for (const QJsonValue& v : r.answer.value(QStringLiteral("order")).toArray()) {
                order << v.toString();
            }
            const QJsonValue scale = r.answer.value(QStringLiteral("scale"));
            row({r.id, r.activityId, r.promptId, r.kind, r.week,
                 r.ageBand.isEmpty() ? hidden : r.ageBand, r.role.isEmpty() ? hidden : r.role,
                 r.answer.value(QStringLiteral("text")).toString(), choices.join(QLatin1Char(';')),
                 scale.isUndefined() ? QString() : QString::number(scale.toInt()),
                 order.join(QLatin1Char(';')), themes.join(QLatin1Char(';')),
                 r.quotesAllowed ? QStringLiteral("yes") : QStringLiteral("no"),
                 r.quotable ? QStringLiteral("yes") : QStringLiteral("no"),
                 r.hasDrawing ? QStringLiteral("yes") : QStringLiteral("no")});
            ++rows;
            held << r.id;
        }
        if (!page->next.isEmpty()) {
            reply.headers << std::pair<QByteArray, QByteArray>{"Chorus-Next-After",
                                                               page->next.toLatin1()};
        }
    }
    if (!m_store.audit(QStringLiteral("review.export"), call.session.reviewerId,
                       QStringLiteral("content=%1 consultation=%2 rows=%3%4")
                           .arg(content, consultation)
                           .arg(rows)
                           .arg(heldIds(held)))) {
        return serverError();
    }
    reply.body = (lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8();
    return reply;
}

// ---------------------------------------------------------------------------------------
// The report (one document for the PDF)

namespace {

constexpr int kMaxReportQuotes = 500;

/** The newest version of each pack, parsed (packs that do not parse are left out). */
QList<QJsonObject> latestPacks(ReviewStore& store, const QList<PackInfo>& list, bool* failed)
{
    QMap<QString, int> newest;
    for (const PackInfo& p : list) {
        newest[p.id] = std::max(newest.value(p.id), p.version);
    }
    QList<QJsonObject> out;
    for (auto it = newest.begin(); it != newest.end(); ++it) {
        const auto pack = store.pack(it.key(), it.value());
        if (!pack) {
            *failed = true;
            return {};
        }
        const QJsonObject body = QJsonDocument::fromJson(pack->body).object();
        if (!body.isEmpty()) {
            out << body;
        }
    }
    return out;
}

/** The pack's definition of an activity (its type, prompt and option labels), or nothing. */
QJsonObject activityDefinition(const QList<QJsonObject>& packs, const QString& activityId)
{
    for (const QJsonObject& pack : packs) {
        for (const QJsonValue& a : pack.value(QStringLiteral("activities")).toArray()) {
            if (a.toObject().value(QStringLiteral("id")).toString() == activityId) {
                return a.toObject();
            }
        }
    }
    return {};
}

} // namespace

HttpReply ReviewApi::report(Call& call)
{
    QString consultation;
    if (auto refused = consultationOnly(call, &consultation)) {
        return *refused;
    }
    const auto figures = published(call);
    const auto packList = m_store.packs(consultation);
    const auto themeList = m_store.themes(consultation);
    const auto actionList = m_store.actions(consultation);
    const auto loop = m_store.loopClosure(consultation);
    if (!figures || !packList || !themeList || !actionList || !loop) {
        return serverError();
    }
    const ConsultationRelease figuresOf = figures->consultation(consultation);
    bool failed = false;
    const QList<QJsonObject> packs = latestPacks(m_store, *packList, &failed);
    if (failed) {
        return serverError();
    }
    QJsonArray packsJson;
    for (const QJsonObject& p : packs) {
        packsJson.append(QJsonObject{{"id", p.value(QStringLiteral("id"))},
                                     {"version", p.value(QStringLiteral("version"))},
                                     {"title", p.value(QStringLiteral("title"))}});
    }

    // One chart per activity and prompt, counted by the same code as /aggregates.
    QJsonArray activities;
    QHash<QString, QList<ChartAnswer>> answersOf;
    for (auto it = figuresOf.prompts.begin(); it != figuresOf.prompts.end(); ++it) {
        const QString activityId = it.key().section(QLatin1Char('\n'), 0, 0);
        const QString promptId = it.key().section(QLatin1Char('\n'), 1);
        if (!answersOf.contains(activityId)) {
            const auto answers = m_store.answers(consultation, activityId);
            if (!answers) {
                return serverError();
            }
            answersOf.insert(activityId, *answers);
        }
        QString kinds; // several kinds of answer to one prompt: one chart, the first kind
        for (auto k = figuresOf.kinds.lowerBound(it.key() + QLatin1Char('\n'));
             k != figuresOf.kinds.end() && k.key().startsWith(it.key() + QLatin1Char('\n')); ++k) {
            kinds = kinds.isEmpty() ? k.key().section(QLatin1Char('\n'), 2) : kinds;
        }
        QJsonObject chart = chartCounts(answersOf.value(activityId), promptId, *it, call.threshold,
                                        chartLinks(figuresOf, activityId));
        chart.remove(QStringLiteral("smallNumberThreshold"));
        const QJsonObject definition = activityDefinition(packs, activityId);
        chart.insert(QStringLiteral("activityId"), activityId);
        chart.insert(QStringLiteral("promptId"), promptId.isEmpty() ? QJsonValue() : promptId);
        chart.insert(QStringLiteral("kind"), kinds);
        chart.insert(QStringLiteral("type"), definition.value(QStringLiteral("type")).toString());
        chart.insert(QStringLiteral("prompt"), definition.value(QStringLiteral("prompt")));
        QJsonArray options; // in the pack's order, which is the order children saw
        for (const QJsonValue& o : definition.value(QStringLiteral("options")).toArray()) {
            options.append(QJsonObject{{"id", o[QStringLiteral("id")]},
                                       {"label", o[QStringLiteral("label")]}});
        }
        chart.insert(QStringLiteral("options"), options);
        activities.append(chart);
    }

    // Themes count records, so they are counts of people too (rule 1; they overlap).
    QJsonArray themes;
    for (const Theme& t : *themeList) {
        // Themes overlap (a record may carry several): rule 1, then the cell key.
        Cell c = suppressOne(t.name, t.count, call.threshold);
        c.keySum = t.keySum;
        c = publishCell(c, call.threshold);
        themes.append(
            QJsonObject{{"name", t.name}, {"count", countJson(c)}, {"suppressed", c.suppressed}});
    }

    // Quotes: only what the team marked quotable and the young person's consent allows.
    QJsonArray quotes;
    QStringList quoted; // their records' ids, for the audit
    FeedbackQuery q;
    q.consultationId = consultation;
    q.quotableOnly = true;
    q.limit = kMaxPage;
    while (quotes.size() < kMaxReportQuotes) {
        const auto page = m_store.feedback(q, figuresOf.mask);
        if (!page) {
            return serverError();
        }
        for (const ReviewRecord& r : page->records) {
            const QString text = r.answer.value(QStringLiteral("text")).toString().trimmed();
            if (r.quotable && r.quotesAllowed && !text.isEmpty() &&
                quotes.size() < kMaxReportQuotes) {
                quotes.append(QJsonObject{{"activityId", r.activityId}, {"text", text}});
                quoted << r.id;
            }
        }
        if (page->next.isEmpty()) {
            break;
        }
        q.after = page->next;
    }

    // "You said, we did": only what has been published (drafts are the team's own).
    // In the order they were published, as young people saw them arrive.
    QList<ReviewAction> published;
    std::copy_if(actionList->begin(), actionList->end(), std::back_inserter(published),
                 [](const ReviewAction& a) { return a.state == QLatin1String("published"); });
    std::stable_sort(published.begin(), published.end(),
                     [](const ReviewAction& a, const ReviewAction& b) { return a.seq < b.seq; });
    QJsonArray actions;
    for (const ReviewAction& a : published) {
        actions.append(QJsonObject{{"youSaid", a.said},
                                   {"weDid", a.did},
                                   {"status", a.status},
                                   {"date", a.date},
                                   {"publishedAt", a.publishedAt}});
    }

    QJsonObject title;
    if (!packs.isEmpty()) {
        title = packs.first().value(QStringLiteral("title")).toObject();
    }
    QJsonObject out{{"consultation", consultation},
                    {"title", title},
                    {"generatedAt", QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                    {"smallNumberThreshold", call.threshold},
                    {"packs", packsJson},
                    {"voices", QJsonObject{{"byRole", breakdownJson(figuresOf.byRole)},
                                           {"byAgeBand", breakdownJson(figuresOf.byAgeBand)},
                                           {"byWeek", breakdownJson(figuresOf.byWeek)}}},
                    {"activities", activities},
                    {"themes", themes},
                    {"quotes", quotes},
                    {"actions", actions},
                    {"loopClosure", loopClosureJson(figuresOf.loopClosure, loop->medianDays)}};
    // Issue 19: the participation view of the same consultation, for the report's section.
    auto participationIn = ParticipationStore(m_store.hub()).input();
    if (!participationIn) {
        return serverError();
    }
    participationIn->loopClosure = out.value(QStringLiteral("loopClosure")).toObject();
    participationIn->threshold = call.threshold;
    out.insert(QStringLiteral("participation"), participationView(*participationIn, consultation));
    if (!m_store.audit(QStringLiteral("review.export"), call.session.reviewerId,
                       QStringLiteral("content=report consultation=%1 rows=%2%3")
                           .arg(consultation)
                           .arg(activities.size() + themes.size() + quotes.size() + actions.size())
                           .arg(heldIds(quoted)))) {
        return serverError();
    }
    return jsonReply(200, out);
}

} // namespace chorus::hub
