#include "hubserver.h"

#include "sync/hub/store/participationstore.h"
#include <algorithm>

#include "httpgate.h"
#include "sync/hub/hublogging.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpSocket>
#include <QUrlQuery>

#include <cstdlib>

namespace chorus::hub {
namespace {

qint64 monotonicMs()
{
    static QElapsedTimer timer = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return timer.elapsed();
}

QByteArray header(const QHttpServerRequest& request, const QByteArray& name)
{
    return request.value(name);
}

bool isJson(const QHttpServerRequest& request)
{
    const QByteArray type = header(request, "Content-Type").toLower();
    const qsizetype semicolon = type.indexOf(';');
    const QByteArray base = (semicolon < 0 ? type : type.left(semicolon)).trimmed();
    return base == "application/json";
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

} // namespace

std::optional<FaultPlan> FaultPlan::parse(const QString& spec)
{
    FaultPlan plan;
    for (const QString& part : spec.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype colon = part.indexOf(QLatin1Char(':'));
        if (colon <= 0) {
            return std::nullopt;
        }
        Fault f;
        f.endpoint = part.left(colon);
        QString what = part.mid(colon + 1);
        const qsizetype x = what.lastIndexOf(QLatin1Char('x'));
        if (x > 0 && what.mid(x + 1).toInt() > 0) {
            f.times = what.mid(x + 1).toInt();
            what = what.left(x);
        }
        static const QStringList kKnown{"500", "429", "close", "crash-after-commit"};
        if (!kKnown.contains(what)) {
            return std::nullopt;
        }
        f.what = what;
        plan.faults << f;
    }
    return plan;
}

std::optional<QString> FaultPlan::take(const QString& endpoint)
{
    for (qsizetype i = 0; i < faults.size(); ++i) {
        if (faults[i].endpoint == endpoint) {
            const QString what = faults[i].what;
            if (--faults[i].times <= 0) {
                faults.removeAt(i);
            }
            return what;
        }
    }
    return std::nullopt;
}

HubServer::HubServer(HubStore& store, const Limits& limits, QObject* parent)
    : QAbstractHttpServer(parent), m_store(store), m_limits(limits),
      m_deviceRate(limits.ratePerSecond, limits.rateBurst, monotonicMs),
      m_addressRate(limits.ratePerSecond, limits.rateBurst, monotonicMs), m_reviewStore(store),
      m_review(m_reviewStore, limits, monotonicMs)
{
    m_compaction.setSingleShot(true);
    connect(&m_compaction, &QTimer::timeout, this, [this] { runCompaction(); });
}

void HubServer::scheduleCompaction(int delayMs)
{
    // A timer already running covers this erasure too: a stream of erasures leads to one run
    // per delay, not one per request.
    if (!m_compaction.isActive()) {
        m_compaction.start(delayMs);
    }
}

void HubServer::runCompaction()
{
    constexpr int kRetryMs = 60'000;
    if (!m_store.compact()) {
        qCInfo(lcHub, "clearing erased records' space: database busy, trying again in %d s",
               kRetryMs / 1000);
        m_compaction.start(kRetryMs);
    }
}

Result<quint16> HubServer::listenOn(const QHostAddress& address, quint16 port,
                                    const std::optional<QSslConfiguration>& tls)
{
    QTcpServer* server = nullptr;
    if (tls) {
        auto* ssl = new GatedSslServer(m_limits, this);
        ssl->setSslConfiguration(*tls);
        server = ssl;
    } else {
        server = new GatedTcpServer(m_limits, this);
    }
    if (!server->listen(address, port)) {
        const QString why = server->errorString();
        delete server;
        return makeError(Error::Code::Io, why);
    }
    bind(server);
    // An erasure whose space was not cleared yet (the hub stopped, or another process on
    // the same PostgreSQL erased it) is cleared soon after the start.
    if (const auto pending = m_store.compactionPending();
        pending && pending.value() == Compaction::Pending) {
        scheduleCompaction(m_compactionDelayMs);
    }
    return server->serverPort();
}

HubServer::Reply HubServer::json(int status, const QJsonObject& o)
{
    return Reply{status, QJsonDocument(o).toJson(QJsonDocument::Compact), {}};
}

HubServer::Reply HubServer::error(const ProtocolError& e)
{
    return Reply{e.status, e.toBody(), {}};
}

HubServer::Reply HubServer::error(int status, const QString& code, const QString& field,
                                  const QString& why)
{
    return errorReply(status, code, field, why);
}

HubServer::Reply HubServer::serverError()
{
    Reply r = error(500, QStringLiteral("server_error"), {},
                    QStringLiteral("the hub could not complete this; nothing was half-stored, "
                                   "try again later"));
    r.headers << std::pair<QByteArray, QByteArray>{"Retry-After", "5"};
    return r;
}

void HubServer::send(const QHttpServerRequest& request, QTcpSocket* socket, const Reply& reply)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    // The status line is written by hand so that every code has its standard phrase.
    socket->write("HTTP/1.1 " + QByteArray::number(reply.status) + ' ' +
                  reasonPhrase(reply.status) + "\r\n");
    responder.writeHeader("Content-Type", reply.contentType);
    responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
    responder.writeHeader("Cache-Control", "no-store");
    for (const auto& [key, value] : reply.headers) {
        responder.writeHeader(key, value);
    }
    responder.writeBody(reply.body);
}

QString clientAddress(const QHostAddress& peer, const QByteArray& realIp,
                      const QByteArray& forwardedFor)
{
    // Only a proxy on this machine (nginx, PROTOCOL.md "Limits") is trusted to say who its
    // client is; from anywhere else these headers are the client's own claim and ignored.
    if (!peer.isLoopback()) {
        return peer.toString();
    }
    QHostAddress named;
    if (!realIp.trimmed().isEmpty()) {
        named = QHostAddress(QString::fromLatin1(realIp.trimmed()));
    } else if (!forwardedFor.trimmed().isEmpty()) {
        // nginx appends the address it saw; earlier entries are whatever the client sent.
        named = QHostAddress(QString::fromLatin1(forwardedFor.split(',').last().trimmed()));
    }
    return named.isNull() ? peer.toString() : named.toString();
}

QString HubServer::clientOf(const QHttpServerRequest& request, QTcpSocket* socket)
{
    return clientAddress(socket->peerAddress(), header(request, "X-Real-IP"),
                         header(request, "X-Forwarded-For"));
}

void HubServer::sendLater(QTcpSocket* socket, const Reply& reply)
{
    // The request is gone by now, so the answer is written as send() writes it, by hand.
    QByteArray out = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' +
                     reasonPhrase(reply.status) + "\r\nContent-Type: " + reply.contentType +
                     "\r\nContent-Length: " + QByteArray::number(reply.body.size()) +
                     "\r\nCache-Control: no-store\r\n";
    for (const auto& [key, value] : reply.headers) {
        out += key + ": " + value + "\r\n";
    }
    socket->write(out + "\r\n" + reply.body);
}

bool HubServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    if (request.method() == QHttpServerRequest::Method::Post &&
        request.url().path() == QLatin1String("/v1/review/session") &&
        request.body().size() <= m_limits.maxBodyBytes) {
        // Sign-in: answered when its Argon2id check is done, off the event loop.
        QPointer<QTcpSocket> guard(socket);
        m_review.signInLater(request, clientOf(request, socket), [guard](const Reply& r) {
            if (guard && guard->state() == QAbstractSocket::ConnectedState) {
                sendLater(guard, r);
            }
        });
        return true;
    }
    const std::optional<Reply> reply = dispatch(request, socket);
    if (!reply) {
        socket->abort(); // injected fault: the connection is cut with no answer
        return true;
    }
    send(request, socket, *reply);
    return true;
}

void HubServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    send(request, socket,
         error(404, QStringLiteral("not_found"), QStringLiteral("path"),
               QStringLiteral("no such endpoint")));
}

std::optional<HubServer::Reply> HubServer::dispatch(const QHttpServerRequest& request,
                                                    QTcpSocket* socket)
{
    // Belt and braces behind the gate: never act on an oversized body.
    if (request.body().size() > m_limits.maxBodyBytes) {
        return error(413, QStringLiteral("body_too_large"), {},
                     QStringLiteral("larger than %1 bytes").arg(m_limits.maxBodyBytes));
    }
    const QString path = request.url().path();
    const auto method = request.method();
    using Method = QHttpServerRequest::Method;
    if (!path.startsWith(QLatin1String("/v1/"))) {
        return error(404, QStringLiteral("not_found"), QStringLiteral("path"),
                     QStringLiteral("every endpoint is under /v1/"));
    }
    const QString endpoint = path.mid(4);
    struct Route
    {
        const char* name;
        Method method;
        bool auth;
    };
    static constexpr std::array kRoutes{
        Route{"info", Method::Get, false},
        Route{"enrol", Method::Post, false},
        Route{"feedback", Method::Post, true},
        Route{"erasures", Method::Post, true},
        Route{"participation", Method::Post, true},
        Route{"invites", Method::Post, true},
        Route{"packs", Method::Get, true},
        Route{"actions", Method::Get, true},
        Route{"consultations", Method::Get, true},
        Route{"device-consultations", Method::Post, true},
    };
    const Route* route = nullptr;
    QStringList packPath;
    for (const Route& r : kRoutes) {
        if (endpoint == QLatin1String(r.name)) {
            route = &r;
        }
    }
    // A device that could not use a pack says why: POST /v1/packs/{id}/{version}/problem.
    static constexpr Route kPackProblem{"pack-problem", Method::Post, true};
    if (!route && endpoint.startsWith(QLatin1String("packs/"))) {
        packPath = endpoint.mid(6).split(QLatin1Char('/'));
        if (packPath.size() == 2) {
            // The pack file itself: GET, like the list (found by name; the table's order is
            // free to change).
            route = &*std::find_if(kRoutes.begin(), kRoutes.end(), [](const Route& r) {
                return QLatin1String(r.name) == QLatin1String("packs");
            });
        } else if (packPath.size() == 3 && packPath[2] == QLatin1String("problem")) {
            route = &kPackProblem;
        }
    }
    if (!route && endpoint.startsWith(QLatin1String("review/"))) {
        // The team review API (issue 8) has its own sessions, routes and limits.
        return m_review.handle(request, endpoint.mid(7), clientOf(request, socket));
    }
    if (!route) {
        return error(404, QStringLiteral("not_found"), QStringLiteral("path"),
                     QStringLiteral("no such endpoint"));
    }
    if (method != route->method) {
        Reply r = error(405, QStringLiteral("method_not_allowed"), QStringLiteral("method"),
                        QStringLiteral("use %1").arg(route->method == Method::Get
                                                         ? QStringLiteral("GET")
                                                         : QStringLiteral("POST")));
        r.headers << std::pair<QByteArray, QByteArray>{
            "Allow", route->method == Method::Get ? "GET" : "POST"};
        return r;
    }
    // Only documented query parameters; a token in the URL is refused like any other.
    const QUrlQuery query(request.url());
    for (const auto& [key, value] : query.queryItems()) {
        const bool cursored = QLatin1String(route->name) == QLatin1String("actions") ||
                              QLatin1String(route->name) == QLatin1String("consultations");
        if (!(cursored && key == QLatin1String("since"))) {
            return error(400, QStringLiteral("unknown_field"), key.left(40),
                         QStringLiteral("unknown query parameter"));
        }
    }
    if (method == Method::Post && !isJson(request)) {
        return error(415, QStringLiteral("unsupported_media_type"), QStringLiteral("Content-Type"),
                     QStringLiteral("send application/json"));
    }
    const QString name = QLatin1String(route->name);
    if (!route->auth) {
        // Unauthenticated endpoints are limited per address; enrolment codes are not guessable
        // at this rate (60 random bits).
        if (const int wait = m_addressRate.take(clientOf(request, socket)); wait > 0) {
            Reply r = error(429, QStringLiteral("rate_limited"), {},
                            QStringLiteral("too many requests; wait %1 s").arg(wait));
            r.headers << std::pair<QByteArray, QByteArray>{"Retry-After", QByteArray::number(wait)};
            return r;
        }
        return name == QLatin1String("info") ? info() : enrol(request);
    }
    const auto token = bearerToken(header(request, "Authorization"));
    if (!token) {
        Reply r = error(401, QStringLiteral("unauthorized"), QStringLiteral("Authorization"),
                        QStringLiteral("send the device token as \"Bearer <token>\""));
        r.headers << std::pair<QByteArray, QByteArray>{"WWW-Authenticate", "Bearer"};
        return r;
    }
    const auto device = m_store.deviceForToken(*token);
    if (!device) {
        return serverError();
    }
    if (device->id.isEmpty()) {
        Reply r = error(401, QStringLiteral("unauthorized"), QStringLiteral("Authorization"),
                        QStringLiteral("unknown or revoked device token; enrol again"));
        r.headers << std::pair<QByteArray, QByteArray>{"WWW-Authenticate", "Bearer"};
        return r;
    }
    if (device->expired) {
        // Its own code, so that the device can say why in words: it was away too long.
        Reply r = error(401, QStringLiteral("token_expired"), QStringLiteral("Authorization"),
                        QStringLiteral("this device has not been in touch for %1 days, so its "
                                       "token has expired; enrol again with a new code")
                            .arg(kDeviceTokenLifetimeDays));
        r.headers << std::pair<QByteArray, QByteArray>{"WWW-Authenticate", "Bearer"};
        return r;
    }
    if (const int wait = m_deviceRate.take(device->id); wait > 0) {
        Reply r = error(429, QStringLiteral("rate_limited"), {},
                        QStringLiteral("too many requests from this device; wait %1 s").arg(wait));
        r.headers << std::pair<QByteArray, QByteArray>{"Retry-After", QByteArray::number(wait)};
        return r;
    }
    if (const auto fault = m_faults.take(name)) {
        if (*fault == QLatin1String("500")) {
            return serverError();
        }
        if (*fault == QLatin1String("429")) {
            Reply r = error(429, QStringLiteral("rate_limited"), {},
                            QStringLiteral("too many requests; wait 1 s"));
            r.headers << std::pair<QByteArray, QByteArray>{"Retry-After", "1"};
            return r;
        }
        if (*fault == QLatin1String("close")) {
            return std::nullopt;
        }
        if (*fault == QLatin1String("crash-after-commit") && name == QLatin1String("feedback")) {
            feedback(request, device.value());
            qCWarning(lcHub, "injected fault: exiting after commit, before answering");
            std::_Exit(70);
        }
    }
    if (name == QLatin1String("feedback")) {
        return feedback(request, device.value());
    }
    if (name == QLatin1String("erasures")) {
        return erasures(request, device.value());
    }
    if (name == QLatin1String("participation")) {
        return participation(request, device.value());
    }
    if (name == QLatin1String("invites")) {
        return invites(request, device.value());
    }
    if (name == QLatin1String("actions")) {
        return actions(request, device.value());
    }
    if (name == QLatin1String("consultations")) {
        return consultations(request, device.value());
    }
    if (name == QLatin1String("pack-problem")) {
        return packProblem(request, device.value(), packPath[0], packPath[1]);
    }
    if (name == QLatin1String("device-consultations")) {
        return registerConsultation(request, device.value());
    }
    if (!packPath.isEmpty()) {
        return packFile(device.value(), packPath[0], packPath[1]);
    }
    return packs(device.value());
}

HubServer::Reply HubServer::info()
{
    return json(
        200, QJsonObject{
                 {"protocol", kProtocolVersion},
                 {"versions", QJsonArray{kProtocolVersion}},
                 {"framework", QLatin1String(kFrameworkParameter)},
                 {"limits", QJsonObject{{"maxBodyBytes", m_limits.maxBodyBytes},
                                        {"maxBatchItems", m_limits.maxBatchItems},
                                        {"maxTextChars", m_limits.maxTextChars},
                                        {"maxDrawingBase64Chars", m_limits.maxDrawingBase64Chars},
                                        {"ratePerSecond", m_limits.ratePerSecond},
                                        {"rateBurst", m_limits.rateBurst}}},
             });
}

HubServer::Reply HubServer::enrol(const QHttpServerRequest& request)
{
    const auto req = decodeEnrolRequest(request.body());
    if (!req.ok()) {
        return error(req.error());
    }
    const auto out = m_store.enrol(req.value().code);
    if (!out) {
        return serverError();
    }
    switch (out->kind) {
    case EnrolOutcome::Kind::Invalid:
        return error(401, QStringLiteral("enrolment_code_invalid"), QStringLiteral("code"),
                     QStringLiteral("this code is not known; ask for a new one"));
    case EnrolOutcome::Kind::Expired:
        return error(401, QStringLiteral("enrolment_code_expired"), QStringLiteral("code"),
                     QStringLiteral("this code has expired; ask for a new one"));
    case EnrolOutcome::Kind::Used:
        return error(401, QStringLiteral("enrolment_code_used"), QStringLiteral("code"),
                     QStringLiteral("this code has already been used; ask for a new one"));
    case EnrolOutcome::Kind::Enrolled:
        break;
    }
    return json(201, QJsonObject{{"protocol", kProtocolVersion},
                                 {"deviceId", out->device.id},
                                 {"token", out->token},
                                 {"consultationId", out->device.consultationId},
                                 {"role", out->device.role},
                                 {"reviewOnDevice", out->reviewOnDevice}});
}

HubServer::Reply HubServer::feedback(const QHttpServerRequest& request, const Device& device)
{
    const auto batch = decodeFeedbackBatch(request.body(), m_limits);
    if (!batch.ok()) {
        return error(batch.error());
    }
    return submitted(m_store.submitFeedback(device, batch.value()));
}

HubServer::Reply HubServer::submitted(const StoreResult<SubmitOutcome>& out)
{
    if (!out) {
        return serverError();
    }
    if (!out->forbiddenItem.isEmpty()) {
        ProtocolError e;
        e.status = 403;
        e.code = QStringLiteral("forbidden");
        e.field = out->forbiddenField;
        e.itemId = out->forbiddenItem;
        e.message = e.field + QStringLiteral(": this device is enrolled for another consultation");
        return error(e);
    }
    if (!out->conflicts.isEmpty()) {
        ProtocolError e;
        e.status = 409;
        e.code = QStringLiteral("conflict");
        e.field = QStringLiteral("items");
        e.itemId = out->conflicts.first();
        e.message = QStringLiteral("items: %1 item(s) were stored earlier with a different body; "
                                   "nothing in this batch was stored")
                        .arg(out->conflicts.size());
        QJsonObject body = e.toJson();
        body.insert(QStringLiteral("conflicts"), QJsonArray::fromStringList(out->conflicts));
        return json(409, body);
    }
    return json(200, QJsonObject{{"acknowledged", QJsonArray::fromStringList(out->acknowledged)}});
}

HubServer::Reply HubServer::participation(const QHttpServerRequest& request, const Device& device)
{
    const auto batch = decodeParticipationBatch(request.body(), m_limits);
    if (!batch.ok()) {
        return error(batch.error());
    }
    const auto out = ParticipationStore(m_store).submit(device, batch.value());
    return submitted(out);
}

HubServer::Reply HubServer::erasures(const QHttpServerRequest& request, const Device& device)
{
    const auto batch = decodeErasureBatch(request.body(), m_limits);
    if (!batch.ok()) {
        return error(batch.error());
    }
    const auto out = m_store.erase(device, batch.value());
    if (!out) {
        return serverError();
    }
    QJsonArray confirmed;
    for (const ErasureConfirmation& c : out.value()) {
        if (c.outcome == QLatin1String("erased")) {
            scheduleCompaction(m_compactionDelayMs);
        }
        confirmed.append(
            QJsonObject{{"id", c.id}, {"feedbackId", c.feedbackId}, {"outcome", c.outcome}});
    }
    return json(200, QJsonObject{{"confirmed", confirmed}});
}

HubServer::Reply HubServer::invites(const QHttpServerRequest& request, const Device& device)
{
    if (device.role != QLatin1String("practitioner")) {
        return error(403, QStringLiteral("forbidden"), QStringLiteral("Authorization"),
                     QStringLiteral("only a practitioner's device can create invites"));
    }
    const auto req = decodeInviteRequest(request.body());
    if (!req.ok()) {
        return error(req.error());
    }
    const qint64 ttl = qint64{req.value().expiresInHours} * 3600;
    const auto code =
        m_store.createCode(device.consultationId, QStringLiteral("participant"), req.value().uses,
                           ttl, device.id, req.value().reviewOnDevice);
    if (!code) {
        return serverError();
    }
    return json(201,
                QJsonObject{{"code", code.value()},
                            {"consultationId", device.consultationId},
                            {"uses", req.value().uses},
                            {"reviewOnDevice", req.value().reviewOnDevice},
                            {"expiresAt",
                             QDateTime::currentDateTimeUtc().addSecs(ttl).toString(Qt::ISODate)}});
}

HubServer::Reply HubServer::packs(const Device& device)
{
    const auto list = m_store.packsFor(device.consultationId);
    if (!list) {
        return serverError();
    }
    QJsonArray out;
    for (const PackInfo& p : list.value()) {
        out.append(QJsonObject{{"id", p.id},
                               {"version", p.version},
                               {"sha256", QString::fromLatin1(p.body)}}); // packsFor: body = hash
    }
    return json(200, QJsonObject{{"packs", out}});
}

HubServer::Reply HubServer::packFile(const Device& device, const QString& id,
                                     const QString& version)
{
    bool ok = false;
    const int v = version.toInt(&ok);
    if (!isId(id) || !ok || v < 1 || v > 1000000) {
        return error(404, QStringLiteral("not_found"), QStringLiteral("path"),
                     QStringLiteral("no such pack"));
    }
    const auto list = m_store.packsFor(device.consultationId);
    const auto pack = m_store.pack(id, v);
    if (!list || !pack) {
        return serverError();
    }
    const bool visible = std::any_of(list->begin(), list->end(), [&](const PackInfo& p) {
        return p.id == id && p.version == v;
    });
    if (!visible || pack->body.isEmpty()) {
        return error(404, QStringLiteral("not_found"), QStringLiteral("path"),
                     QStringLiteral("no such pack"));
    }
    return Reply{200, pack->body, {}};
}

HubServer::Reply HubServer::packProblem(const QHttpServerRequest& request, const Device& device,
                                        const QString& id, const QString& version)
{
    bool ok = false;
    const int v = version.toInt(&ok);
    if (!isId(id) || !ok || v < 1 || v > 1000000) {
        return error(404, QStringLiteral("not_found"), QStringLiteral("path"),
                     QStringLiteral("no such pack"));
    }
    // {"reason": "checksum"|"invalid"|"not_kept", "detail": what the device's parser said}.
    // The detail is about the pack file, never about a person; it is kept to one line.
    const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
    static const QStringList kReasons{"checksum", "invalid", "not_kept"};
    const QString reason = body.value(QLatin1String("reason")).toString();
    if (!kReasons.contains(reason)) {
        return error(400, QStringLiteral("invalid_value"), QStringLiteral("reason"),
                     QStringLiteral("expected one of: checksum, invalid, not_kept"));
    }
    QString detail = body.value(QLatin1String("detail")).toString().simplified();
    if (detail.size() > 500) {
        detail = detail.left(500);
    }
    if (!m_store.audit(QStringLiteral("pack.refused"), QStringLiteral("%1@%2").arg(id).arg(v),
                       QStringLiteral("device=%1 reason=%2 %3").arg(device.id, reason, detail))) {
        return serverError();
    }
    return json(200, QJsonObject{{"recorded", true}});
}

HubServer::Reply HubServer::actions(const QHttpServerRequest& request, const Device& device)
{
    const auto since = decodeSinceCursor(
        QUrlQuery(request.url()).queryItemValue(QStringLiteral("since"), QUrl::FullyDecoded));
    if (!since.ok()) {
        return error(since.error());
    }
    const auto list = m_store.actionsSince(device, since.value(), 100);
    if (!list) {
        return serverError();
    }
    QStringList delivered;
    for (const PublishedAction& a : list.value()) {
        delivered << a.id;
    }
    // Influence (issue 19): which devices were told what the team did.
    if (!ParticipationStore(m_store).markDelivered(device.id, delivered)) {
        return serverError();
    }
    QJsonArray out;
    qint64 next = since.value();
    for (const PublishedAction& a : list.value()) {
        QJsonObject o{
            {"id", a.id},         {"seq", QString::number(a.seq)},
            {"youSaid", a.said},  {"weDid", a.did},
            {"status", a.status}, {"feedbackIds", QJsonArray::fromStringList(a.feedbackIds)}};
        if (!a.date.isEmpty()) {
            o.insert(QStringLiteral("date"), a.date);
        }
        out.append(o);
        next = a.seq;
    }
    return json(200, QJsonObject{{"actions", out}, {"next", QString::number(next)}});
}

HubServer::Reply HubServer::consultations(const QHttpServerRequest& request, const Device& device)
{
    const auto since = decodeSinceCursor(
        QUrlQuery(request.url()).queryItemValue(QStringLiteral("since"), QUrl::FullyDecoded));
    if (!since.ok()) {
        return error(since.error());
    }
    const auto list = m_store.consultationsSince(device, since.value());
    if (!list) {
        return serverError();
    }
    QJsonArray out;
    qint64 next = since.value();
    for (const PublishedConsultation& c : list.value()) {
        QJsonObject o = c.body;
        o.insert(QStringLiteral("revision"), QString::number(c.revision));
        out.append(o);
        next = std::max(next, c.revision);
    }
    return json(200, QJsonObject{{"consultations", out}, {"next", QString::number(next)}});
}

HubServer::Reply HubServer::registerConsultation(const QHttpServerRequest& request,
                                                 const Device& device)
{
    if (device.role != QLatin1String("practitioner")) {
        return error(403, QStringLiteral("forbidden"), QStringLiteral("Authorization"),
                     QStringLiteral("only a practitioner's device can register a consultation"));
    }
    const auto req = decodeConsultationRegistration(request.body());
    if (!req.ok()) {
        return error(req.error());
    }
    const auto out = m_store.registerConsultation(device, req.value().id, req.value().title);
    if (!out) {
        return serverError();
    }
    if (out.value() == Registration::NotYours) {
        return error(403, QStringLiteral("forbidden"), QStringLiteral("id"),
                     QStringLiteral("the hub holds another consultation under this id"));
    }
    return json(out.value() == Registration::Registered ? 201 : 200,
                QJsonObject{{"consultationId", req.value().id}});
}

} // namespace chorus::hub
