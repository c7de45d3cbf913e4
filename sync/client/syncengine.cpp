#include "syncengine.h"

#include "syncwords.h"

#include "core/domain/activitypack.h"
#include "core/store/storeutil.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimer>

namespace chorus::sync {
namespace {

using std::chrono::milliseconds;

const QString kFeedbackPath = QStringLiteral("/v1/feedback");
const QString kErasuresPath = QStringLiteral("/v1/erasures");
/// The hub keeps a consultation's title to 200 characters (PROTOCOL.md); a redaction that
/// lengthens one ("[name]" for "Jo") is cut there rather than refused.
constexpr qsizetype kMaxTitleChars = 200;
const QString kParticipationPath = QStringLiteral("/v1/participation");

bool isLoopback(const QString& host)
{
    if (host == QLatin1String("localhost")) {
        return true;
    }
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

/** Codes are 12 Crockford base32 characters; hyphens, spaces and case do not matter. */
std::optional<QString> normaliseCode(const QString& code)
{
    QString c = code.toUpper();
    c.remove(QLatin1Char('-')).remove(QLatin1Char(' '));
    static const QRegularExpression shape(QStringLiteral("^[0-9A-HJKMNP-TV-Z]{12}$"));
    if (!shape.match(c).hasMatch()) {
        return std::nullopt;
    }
    return c;
}

QByteArray compact(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QStringList idsOf(const QList<Outbox::Item>& items)
{
    QStringList ids;
    for (const auto& i : items) {
        ids << i.itemId;
    }
    return ids;
}

/** The wire form of an outbox item: a share record, or an erasure with its own id. */
std::optional<QJsonObject> wireItem(const Outbox::Item& item)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(item.body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return std::nullopt;
    }
    QJsonObject o = doc.object();
    if (item.kind == Outbox::Kind::Erasure) {
        o.insert(QStringLiteral("id"), item.itemId);
    }
    return o;
}

/** A participation record (issue 19) waits in the outbox as feedback; it goes to its own
 *  endpoint, which an older hub does not have. */
bool isParticipation(const Outbox::Item& item)
{
    if (item.kind != Outbox::Kind::Feedback) {
        return false;
    }
    const auto o = wireItem(item);
    return o && o->value(QLatin1String("record")).toString() == QLatin1String("session");
}

/** Batches are of one sort: the first item says where they go. */
QString pathFor(Outbox::Kind kind, const QList<Outbox::Item>& items)
{
    if (kind == Outbox::Kind::Erasure) {
        return kErasuresPath;
    }
    return !items.isEmpty() && isParticipation(items.first()) ? kParticipationPath : kFeedbackPath;
}

SyncMessage message(const char* code, QStringList args = {})
{
    return {QString::fromLatin1(code), std::move(args)};
}

/** Why the hub answered 401 to this device: its token expired (unused too long), or it
 *  was revoked or is unknown. Either way it must enrol again, and nothing is lost. */
SyncMessage refusal(const HubReply& reply, const QString& hubUrl)
{
    return reply.errorCode() == QLatin1String("token_expired")
               ? message("device_expired", {hubUrl})
               : message("device_refused", {hubUrl});
}

} // namespace

void EventLoopSleeper::sleep(std::chrono::milliseconds ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    if (m_stop) {
        QObject::connect(m_stop.get(), &StopToken::stopRequested, &loop, &QEventLoop::quit);
        if (m_stop->stopped()) {
            return;
        }
    }
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}

SyncEngine::SyncEngine(Store& store, TransportFactory transports, Backoff backoff, Sleeper& sleeper,
                       Options options)
    : m_store(store), m_records(store.database(), store.clock()),
      m_transports(std::move(transports)), m_backoff(std::move(backoff)), m_sleeper(&sleeper),
      m_options(std::move(options)), m_batchLimit(m_options.maxBatchItems)
{}

SyncEngine::SyncEngine(Store& store)
    : m_store(store), m_records(store.database(), store.clock()),
      m_transports([](const HubEndpoint& ep) { return std::make_unique<HttpTransport>(ep); }),
      m_ownSleeper(std::make_unique<EventLoopSleeper>()), m_sleeper(m_ownSleeper.get())
{}

Error SyncEngine::fail(SyncMessage why, Error::Code code)
{
    Error e = makeError(code, SyncWords::englishWithCode(why));
    m_failure = std::move(why);
    return e;
}

Error SyncEngine::fail(const Error& storeError)
{
    m_failure = message("store_error", {storeError.message});
    return storeError;
}

bool SyncEngine::stopRequested() const
{
    return m_options.stop && m_options.stop->stopped();
}

// ---- enrolment ------------------------------------------------------------------------

Result<EnrolResult> SyncEngine::enrol(const QString& hubUrl, const QString& code,
                                      const QByteArray& caPem)
{
    return enrolAt(hubUrl, code, caPem, {});
}

Result<EnrolResult> SyncEngine::enrol(const InviteCard& invite)
{
    return enrolAt(invite.hubUrl, invite.code, {}, invite.pinHex);
}

Result<EnrolResult> SyncEngine::enrolAt(const QString& hubUrl, const QString& code,
                                        const QByteArray& caPem, const QByteArray& pinHex)
{
    m_failure = {};
    const QUrl url(hubUrl.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (!url.isValid() || url.host().isEmpty() ||
        (scheme != QLatin1String("https") && scheme != QLatin1String("http")) || url.hasQuery() ||
        url.hasFragment() || !url.userInfo().isEmpty()) {
        return fail(message("bad_hub_address"), Error::Code::Invalid);
    }
    if (scheme == QLatin1String("http") && !isLoopback(url.host())) {
        return fail(message("http_not_loopback"), Error::Code::Invalid);
    }
    const auto normalised = normaliseCode(code);
    if (!normalised) {
        return fail(message("bad_code_shape"), Error::Code::Invalid);
    }
    HubEndpoint endpoint{url, {}, pinHex, {}, m_options.timeoutMs, m_options.stop};
    if (!caPem.isEmpty()) {
        endpoint.extraCas = QSslCertificate::fromData(caPem, QSsl::Pem);
        if (endpoint.extraCas.isEmpty()) {
            return fail(message("bad_ca_file"), Error::Code::Invalid);
        }
    }
    auto transport = m_transports(endpoint);
    const HubReply reply = transport->send(
        {"POST", QStringLiteral("/v1/enrol"), compact({{QStringLiteral("code"), *normalised}})});
    if (reply.status == 0 && reply.certificateChanged && !pinHex.isEmpty()) {
        return fail(message("invite_certificate", {url.toString()}));
    }
    if (reply.status == 0) {
        return fail(reply.networkError);
    }
    if (reply.status == 401) {
        const QString c = reply.errorCode();
        if (c == QLatin1String("enrolment_code_expired")) {
            return fail(message("code_expired"), Error::Code::Invalid);
        }
        if (c == QLatin1String("enrolment_code_used")) {
            return fail(message("code_used"), Error::Code::Invalid);
        }
        return fail(message("code_unknown"), Error::Code::Invalid);
    }
    if (reply.status == 404) {
        return fail(message("no_hub_here", {url.toString()}));
    }
    if (reply.status == 429 || reply.status >= 500) {
        return fail(message("hub_busy", {QString::number(reply.status)}));
    }
    if (reply.status != 201) {
        return fail(message("enrol_refused", reply.hubError()));
    }
    const QJsonObject body = reply.json();
    Enrolment e;
    e.hubUrl = url.toString(QUrl::StripTrailingSlash);
    e.deviceId = body.value(QLatin1String("deviceId")).toString();
    e.token = body.value(QLatin1String("token")).toString().toLatin1();
    e.consultationId = body.value(QLatin1String("consultationId")).toString();
    e.role = body.value(QLatin1String("role")).toString();
    e.pinHex = reply.peerSha256Hex;
    e.enrolledAt = m_store.clock().now();
    if (e.deviceId.isEmpty() || e.token.isEmpty() || e.consultationId.isEmpty() ||
        (e.role != QLatin1String("practitioner") && e.role != QLatin1String("participant"))) {
        return fail(message("bad_enrol_reply"));
    }
    if (scheme == QLatin1String("https") && e.pinHex.isEmpty()) {
        return fail(message("no_certificate"));
    }
    auto earlier = m_records.enrolment();
    if (!earlier) {
        return fail(earlier.error());
    }
    Transaction tx(m_store.database());
    if (auto st = m_records.saveEnrolment(e); !st) {
        return fail(st.error());
    }
    if (auto st = m_store.audit().append(QStringLiteral("sync.enrolled"), e.deviceId, e.role);
        !st) {
        return fail(st.error());
    }
    if (auto st = tx.commit(); !st) {
        return fail(st.error());
    }
    return EnrolResult{e, earlier->has_value()};
}

Result<Invite> SyncEngine::createInvite(int uses, int expiresInHours)
{
    m_failure = {};
    if (uses < 1 || uses > 100) {
        return fail(message("bad_uses"), Error::Code::Invalid);
    }
    if (expiresInHours < 1 || expiresInHours > 720) {
        return fail(message("bad_expiry"), Error::Code::Invalid);
    }
    auto e = m_records.enrolment();
    if (!e) {
        return fail(e.error());
    }
    if (!e->has_value()) {
        return fail(message("not_enrolled"), Error::Code::NotFound);
    }
    if (e->value().role != QLatin1String("practitioner")) {
        return fail(message("not_practitioner"), Error::Code::Invalid);
    }
    auto t = transportFor(e->value());
    const HubReply reply = t->send({"POST", QStringLiteral("/v1/invites"),
                                    compact({{QStringLiteral("uses"), uses},
                                             {QStringLiteral("expiresInHours"), expiresInHours}})});
    if (reply.status == 0) {
        return fail(reply.networkError);
    }
    if (reply.status == 401) {
        return fail(refusal(reply, e->value().hubUrl), Error::Code::Invalid);
    }
    if (reply.status != 201) {
        return fail(message("invite_refused", reply.hubError()));
    }
    const QJsonObject body = reply.json();
    Invite invite{body.value(QLatin1String("code")).toString(),
                  body.value(QLatin1String("consultationId")).toString(),
                  body.value(QLatin1String("uses")).toInt(),
                  body.value(QLatin1String("expiresAt")).toString()};
    if (invite.code.isEmpty()) {
        return fail(message("bad_invite_reply"));
    }
    if (auto st = m_store.audit().append(QStringLiteral("sync.invite-created"), e->value().deviceId,
                                         QString::number(uses));
        !st) {
        return fail(st.error());
    }
    return invite;
}

std::unique_ptr<Transport> SyncEngine::transportFor(const Enrolment& e)
{
    return m_transports(
        {QUrl(e.hubUrl), e.token, e.pinHex, {}, m_options.timeoutMs, m_options.stop});
}

// ---- one run --------------------------------------------------------------------------

SyncReport SyncEngine::run()
{
    SyncReport report;
    m_offered.clear();
    m_batchLimit = m_options.maxBatchItems;
    auto e = m_records.enrolment();
    if (!e) {
        report.outcome = SyncReport::Outcome::RetryLater;
        report.problem = message("store_error", {e.error().message});
        return report;
    }
    if (!e->has_value()) {
        report.outcome = SyncReport::Outcome::NotEnrolled;
        report.problem = message("not_enrolled");
        finish(report);
        return report;
    }
    const Enrolment enrolment = e->value();
    auto transport = transportFor(enrolment);
    if (checkInfo(*transport, report) && registerConsultations(*transport, enrolment, report)) {
        Step step = Step::StopRound;
        for (int round = 0; round < std::max(1, m_options.rounds); ++round) {
            step = upload(*transport, report);
            if (step != Step::StopRound || round + 1 >= m_options.rounds ||
                !report.nextAttemptAt.isValid()) {
                break;
            }
            const qint64 wait = m_store.clock().now().msecsTo(report.nextAttemptAt);
            if (wait > m_options.maxWaitInRun.count()) {
                break;
            }
            m_sleeper->sleep(milliseconds(std::max<qint64>(0, wait)));
            if (stopRequested()) {
                step = stopped(report);
                break;
            }
            // The wait is over: this round's trouble is history unless it happens again.
            report.outcome = SyncReport::Outcome::Done;
            report.problem = {};
            report.nextAttemptAt = {};
        }
        if (step == Step::Continue && !stopRequested()) {
            fetchPacks(*transport, report);
        }
        if (step == Step::Continue && !stopRequested()) {
            fetchConsultations(*transport, report); // after packs: a consultation needs its pack
        }
        if (step == Step::Continue && !stopRequested()) {
            fetchActions(*transport, report);
        }
        if (stopRequested()) {
            stopped(report);
        }
    }
    finish(report);
    return report;
}

bool SyncEngine::checkInfo(Transport& t, SyncReport& report)
{
    const HubReply reply = t.send({"GET", QStringLiteral("/v1/info"), {}});
    if (reply.status == 0) {
        report.outcome = reply.stopped              ? SyncReport::Outcome::Stopped
                         : reply.certificateChanged ? SyncReport::Outcome::CertificateChanged
                                                    : SyncReport::Outcome::RetryLater;
        report.problem = reply.networkError;
        return false;
    }
    if (reply.status == 429 || reply.status >= 500) {
        report.outcome = SyncReport::Outcome::RetryLater;
        report.problem = message("hub_busy_nothing_sent", {QString::number(reply.status)});
        return false;
    }
    const QJsonObject info = reply.json();
    const bool speaksV1 = info.value(QLatin1String("versions")).toArray().contains(1);
    if (reply.status != 200 || !speaksV1) {
        report.outcome = SyncReport::Outcome::HubIncompatible;
        report.problem = message("hub_incompatible", {QString::number(reply.status)});
        return false;
    }
    const int hubLimit = info.value(QLatin1String("limits"))
                             .toObject()
                             .value(QLatin1String("maxBatchItems"))
                             .toInt();
    if (hubLimit > 0) {
        m_batchLimit = std::min(m_batchLimit, hubLimit);
    }
    return true;
}

bool SyncEngine::registerConsultations(Transport& t, const Enrolment& enrolment, SyncReport& report)
{
    // A young person's own device answers only the consultation it was invited to.
    if (enrolment.role != QLatin1String("practitioner")) {
        return true;
    }
    auto due = m_store.outbox().due(1000000);
    if (!due) {
        report.outcome = SyncReport::Outcome::RetryLater;
        report.problem = message("store_error", {due.error().message});
        return false;
    }
    // Only consultations with something to send: registering is idempotent on the hub, so
    // asking again on a later run (after a lost answer) is always safe.
    QStringList ids;
    for (const auto& item : due.value()) {
        if (item.kind != Outbox::Kind::Feedback) {
            continue;
        }
        const auto o = wireItem(item);
        const QString id = o ? o->value(QLatin1String("consultationId")).toString() : QString();
        // The enrolled-for one too when it was made here: the hub learns its title so.
        if (!id.isEmpty() && !ids.contains(id)) {
            ids << id;
        }
    }
    for (const QString& id : ids) {
        const auto local = m_store.consultations().get(id);
        if (!local || local->fromHub) {
            continue; // the hub's own consultation: not this device's to register
        }
        // Reviewers read the title in place of the id; it leaves the device, so it goes
        // through the anonymiser as the answers' words do.
        const auto title = redactedTitle(local.value());
        if (!title) {
            report.outcome = SyncReport::Outcome::RetryLater;
            report.problem = message("store_error", {title.error().message});
            return false;
        }
        QJsonObject body{{QStringLiteral("id"), id}};
        if (!title->trimmed().isEmpty()) {
            body.insert(QStringLiteral("title"), title->trimmed().left(kMaxTitleChars));
        }
        const HubReply reply =
            t.send({"POST", QStringLiteral("/v1/device-consultations"), compact(body)});
        if (reply.status == 200 || reply.status == 201) {
            continue;
        }
        if (reply.status == 0 || reply.status == 429 || reply.status >= 500) {
            report.outcome = reply.stopped              ? SyncReport::Outcome::Stopped
                             : reply.certificateChanged ? SyncReport::Outcome::CertificateChanged
                                                        : SyncReport::Outcome::RetryLater;
            report.problem = reply.status == 0 ? reply.networkError
                                               : message("hub_busy_nothing_sent",
                                                         {QString::number(reply.status)});
            return false;
        }
        if (reply.status == 401) {
            report.outcome = SyncReport::Outcome::Refused;
            report.problem = refusal(reply, enrolment.hubUrl);
            return false;
        }
        // Refused (another consultation holds the id) or an older hub: its answers stay
        // here and are refused item by item, each with the hub's reason.
        report.notes << message("consultation_register_refused",
                                {local->title, QString::number(reply.status)});
    }
    return true;
}

Result<QString> SyncEngine::redactedTitle(const Consultation& consultation)
{
    // The same anonymiser, with the same names to hide, as the consultation's answers get.
    auto names = m_store.sharing().namesToHide(consultation.id);
    if (!names) {
        return names.error();
    }
    Anonymiser::Config config;
    config.sessionNames = names.value();
    auto anonymiser = Anonymiser::create(config);
    if (!anonymiser) {
        return anonymiser.error();
    }
    return anonymiser.value().anonymisedText(consultation.title.trimmed());
}

SyncEngine::Step SyncEngine::upload(Transport& t, SyncReport& report)
{
    auto due = m_store.outbox().due(1000000);
    if (!due) {
        return storeFailed(due.error(), report);
    }
    // Withdrawals first: taking something back matters more than adding to it.
    for (const Outbox::Kind kind : {Outbox::Kind::Erasure, Outbox::Kind::Feedback}) {
        // Answers before participation records, each sort in batches of its own.
        QList<Outbox::Item> answers;
        QList<Outbox::Item> participation;
        for (const auto& item : due.value()) {
            if (item.kind == kind) {
                (isParticipation(item) ? participation : answers) << item;
            }
        }
        for (const QList<Outbox::Item>& ofKind : {answers, participation}) {
            // The limit may shrink while sending (a 413): step by what was actually sent.
            for (qsizetype at = 0; at < ofKind.size();) {
                if (stopRequested()) {
                    return stopped(report);
                }
                const qsizetype size = m_batchLimit;
                const Step s = sendBatch(t, kind, ofKind.mid(at, size), report);
                if (s == Step::SkipRest) {
                    break;
                }
                if (s != Step::Continue) {
                    return s;
                }
                at += size;
            }
        }
    }
    return Step::Continue;
}

SyncEngine::Step SyncEngine::sendBatch(Transport& t, Outbox::Kind kind,
                                       const QList<Outbox::Item>& items, SyncReport& report)
{
    if (items.isEmpty()) {
        return Step::Continue;
    }
    QJsonArray wire;
    QList<Outbox::Item> sendable;
    for (const auto& item : items) {
        if (const auto o = wireItem(item)) {
            wire.append(*o);
            sendable << item;
        } else if (const Step s = markFailed(item.itemId, message("item_unreadable"), report);
                   s != Step::Continue) {
            return s;
        }
    }
    if (sendable.isEmpty()) {
        return Step::Continue;
    }
    for (const auto& item : sendable) {
        m_offered.insert(item.itemId);
    }
    report.sent = static_cast<int>(m_offered.size());
    const HubReply reply =
        t.send({"POST", pathFor(kind, sendable), compact({{QStringLiteral("items"), wire}})});
    const int status = reply.status;
    if (status == 0) {
        if (reply.stopped) {
            // Not the hub's fault nor the item's: no attempt counted, no later time set.
            return stopped(report);
        }
        if (reply.certificateChanged) {
            report.outcome = SyncReport::Outcome::CertificateChanged;
            report.problem = reply.networkError;
            return Step::StopRun;
        }
        return transientFailure(sendable, reply.networkError, std::nullopt, report);
    }
    if (status == 200) {
        return acceptAnswer(kind, sendable, reply, report);
    }
    if (status == 401) {
        auto e = m_records.enrolment();
        report.outcome = SyncReport::Outcome::Refused;
        report.problem = refusal(reply, e && e->has_value() ? e->value().hubUrl : QString());
        return Step::StopRun;
    }
    if ((status == 404 || status == 405) && isParticipation(sendable.first())) {
        // A hub from before issue 19: participation records wait, uncounted, for an update;
        // answers, packs and actions go on as before.
        if (!report.notes.contains(message("hub_no_participation"))) {
            report.notes << message("hub_no_participation");
        }
        return Step::SkipRest;
    }
    if (status == 404 || status == 405 || status == 501) {
        report.outcome = SyncReport::Outcome::HubIncompatible;
        report.problem =
            message("hub_rejects_path", {pathFor(kind, sendable), QString::number(status)});
        return Step::StopRun;
    }
    if (status == 429) {
        return transientFailure(sendable, message("hub_rate_limited"), reply.retryAfterSeconds,
                                report);
    }
    if (status >= 500) {
        return transientFailure(sendable, message("hub_error", {QString::number(status)}),
                                reply.retryAfterSeconds, report);
    }
    if (status == 413) {
        if (sendable.size() > 1) {
            // Learned for the rest of this run: smaller batches from now on.
            m_batchLimit = std::max(1, static_cast<int>(sendable.size() / 2));
            return splitAndSend(t, kind, sendable, report);
        }
        return markFailed(sendable.first().itemId, message("item_too_large", reply.hubError()),
                          report);
    }
    QSet<QString> refused;
    if (status == 409) {
        for (const auto& v : reply.json().value(QLatin1String("conflicts")).toArray()) {
            refused.insert(v.toString());
        }
    } else {
        refused.insert(reply.json()
                           .value(QLatin1String("error"))
                           .toObject()
                           .value(QLatin1String("itemId"))
                           .toString());
    }
    QList<Outbox::Item> rest;
    bool namedOne = false;
    for (const auto& item : sendable) {
        if (!refused.contains(item.itemId)) {
            rest << item;
            continue;
        }
        namedOne = true;
        const SyncMessage reason =
            status == 409 ? message("item_conflict") : message("item_refused", reply.hubError());
        if (const Step s = markFailed(item.itemId, reason, report); s != Step::Continue) {
            return s;
        }
    }
    if (namedOne) {
        return sendBatch(t, kind, rest, report); // nothing of the batch was stored: resend
    }
    if (sendable.size() > 1) {
        return splitAndSend(t, kind, sendable, report); // find the item the hub minds
    }
    return markFailed(sendable.first().itemId, message("item_refused", reply.hubError()), report);
}

SyncEngine::Step SyncEngine::splitAndSend(Transport& t, Outbox::Kind kind,
                                          const QList<Outbox::Item>& items, SyncReport& report)
{
    const qsizetype half = items.size() / 2;
    if (const Step s = sendBatch(t, kind, items.first(half), report); s != Step::Continue) {
        return s;
    }
    return sendBatch(t, kind, items.mid(half), report);
}

SyncEngine::Step SyncEngine::acceptAnswer(Outbox::Kind kind, const QList<Outbox::Item>& items,
                                          const HubReply& reply, SyncReport& report)
{
    QSet<QString> inBatch;
    for (const auto& item : items) {
        inBatch.insert(item.itemId);
    }
    const QJsonObject body = reply.json();
    QStringList acknowledged;
    QList<ErasureConfirmation> confirmations;
    if (kind == Outbox::Kind::Feedback) {
        for (const auto& v : body.value(QLatin1String("acknowledged")).toArray()) {
            if (inBatch.contains(v.toString()) && !acknowledged.contains(v.toString())) {
                acknowledged << v.toString();
            }
        }
    } else {
        static const QStringList outcomes{"erased", "not-found", "not-yours"};
        for (const auto& v : body.value(QLatin1String("confirmed")).toArray()) {
            const QJsonObject c = v.toObject();
            const QString id = c.value(QLatin1String("id")).toString();
            const QString outcome = c.value(QLatin1String("outcome")).toString();
            if (inBatch.contains(id) && outcomes.contains(outcome) && !acknowledged.contains(id)) {
                acknowledged << id;
                confirmations << ErasureConfirmation{
                    id, c.value(QLatin1String("feedbackId")).toString(), outcome, {}};
            }
        }
    }
    {
        Transaction tx(m_store.database());
        for (const auto& c : confirmations) {
            if (auto st = m_records.saveConfirmation(c); !st) {
                return storeFailed(st.error(), report);
            }
        }
        if (auto st = m_store.outbox().acknowledge(acknowledged); !st) {
            return storeFailed(st.error(), report);
        }
        if (auto st = tx.commit(); !st) {
            return storeFailed(st.error(), report);
        }
    }
    if (kind == Outbox::Kind::Feedback) {
        report.acknowledged += static_cast<int>(acknowledged.size());
    } else {
        report.erasuresConfirmed += static_cast<int>(acknowledged.size());
    }
    QList<Outbox::Item> unconfirmed;
    for (const auto& item : items) {
        if (!acknowledged.contains(item.itemId)) {
            unconfirmed << item;
        }
    }
    if (unconfirmed.isEmpty()) {
        return Step::Continue;
    }
    // Only an acknowledgement naming the ID removes an item (SY-3); the rest go again.
    return transientFailure(unconfirmed, message("item_unconfirmed"), std::nullopt, report,
                            body.isEmpty());
}

SyncEngine::Step SyncEngine::transientFailure(const QList<Outbox::Item>& items,
                                              const SyncMessage& reason,
                                              std::optional<int> retryAfter, SyncReport& report,
                                              bool stopRound)
{
    int attempts = 0;
    for (const auto& item : items) {
        attempts = std::max(attempts, item.attempts);
    }
    const auto delay = m_backoff.delay(
        attempts, retryAfter ? std::optional(std::chrono::seconds(*retryAfter)) : std::nullopt);
    const QDateTime when = m_store.clock().now().addMSecs(delay.count());
    if (auto st = m_store.outbox().retryLater(idsOf(items), reason.encode(), when); !st) {
        return storeFailed(st.error(), report);
    }
    if (!report.nextAttemptAt.isValid() || when < report.nextAttemptAt) {
        report.nextAttemptAt = when;
    }
    if (report.outcome == SyncReport::Outcome::Done) {
        report.outcome = SyncReport::Outcome::RetryLater;
        report.problem = reason;
    }
    return stopRound ? Step::StopRound : Step::Continue;
}

SyncEngine::Step SyncEngine::markFailed(const QString& itemId, const SyncMessage& reason,
                                        SyncReport& report)
{
    if (auto st = m_store.outbox().markFailed(itemId, reason.encode()); !st) {
        return storeFailed(st.error(), report);
    }
    report.failed << SyncReport::Failure{itemId, reason};
    return Step::Continue;
}

SyncEngine::Step SyncEngine::storeFailed(const Error& e, SyncReport& report)
{
    // The hub's answer could not be recorded: the items stay queued and go again, which
    // the hub's idempotency makes safe.
    report.outcome = SyncReport::Outcome::RetryLater;
    report.problem = message("store_failed", {e.message});
    return Step::StopRun;
}

SyncEngine::Step SyncEngine::stopped(SyncReport& report)
{
    // Asked to stop (lock, quit): what the hub acknowledged is recorded, the rest waits in
    // the outbox as it was, with no attempt counted against it.
    report.outcome = SyncReport::Outcome::Stopped;
    report.problem = message("stopped");
    report.nextAttemptAt = {};
    return Step::StopRun;
}

// ---- downstream -----------------------------------------------------------------------

void SyncEngine::fetchPacks(Transport& t, SyncReport& report)
{
    const HubReply list = t.send({"GET", QStringLiteral("/v1/packs"), {}});
    if (list.status != 200) {
        report.notes << message(
            "packs_fetch_failed",
            {list.status == 0 ? SyncWords::englishWithCode(list.networkError) : list.hubMessage()});
        return;
    }
    for (const auto& v : list.json().value(QLatin1String("packs")).toArray()) {
        const QJsonObject p = v.toObject();
        const QString id = p.value(QLatin1String("id")).toString();
        const int version = p.value(QLatin1String("version")).toInt();
        const QByteArray sha = p.value(QLatin1String("sha256")).toString().toLatin1();
        static const QRegularExpression idShape(QStringLiteral("^[a-z0-9][a-z0-9-]{0,63}$"));
        if (!idShape.match(id).hasMatch() || version < 1) {
            report.notes << message("pack_unreadable_listing");
            continue;
        }
        auto known = m_records.hasPack(id, version);
        if (!known || known.value()) {
            continue;
        }
        const HubReply file =
            t.send({"GET", QStringLiteral("/v1/packs/%1/%2").arg(id).arg(version), {}});
        const QStringList name{id, QString::number(version)};
        if (file.status != 200) {
            report.notes << message(
                "pack_fetch_failed",
                name + QStringList{file.status == 0 ? SyncWords::englishWithCode(file.networkError)
                                                    : file.hubMessage()});
            continue;
        }
        // A pack this device cannot use is reported to the hub too (its audit log keeps
        // the reason for the administrator), and stays unnoted so a fixed pack is fetched.
        const auto refuse = [&](const char* code, const char* reason, const QString& detail) {
            report.notes << message(code, name + QStringList{detail});
            (void)t.send({"POST", QStringLiteral("/v1/packs/%1/%2/problem").arg(id).arg(version),
                          compact({{QStringLiteral("reason"), QLatin1String(reason)},
                                   {QStringLiteral("detail"), detail}})});
        };
        if (QCryptographicHash::hash(file.body, QCryptographicHash::Sha256).toHex() != sha) {
            refuse("pack_checksum", "checksum",
                   QStringLiteral("the file's SHA-256 differs from the listing's"));
            continue;
        }
        if (auto parsed = ActivityPack::fromJson(file.body); !parsed) {
            refuse("pack_invalid", "invalid", parsed.error().message);
            continue;
        }
        QString notKept; // why the store refused it: reported after the transaction ended
        {
            Transaction tx(m_store.database());
            auto imported = m_store.consultations().importPack(file.body);
            if (!imported) {
                notKept = imported.error().message;
            } else if (!m_records.notePack(id, version, sha) || !tx.commit()) {
                report.notes << message("pack_not_kept", name);
                continue;
            }
        }
        if (!notKept.isEmpty()) {
            refuse("pack_not_kept", "not_kept", notKept);
            continue;
        }
        ++report.packsReceived;
    }
}

namespace {

/** A consultation of GET /v1/consultations, read strictly; nothing when it is malformed. */
std::optional<std::pair<Consultation, qint64>> readPublished(const QJsonObject& o)
{
    static const QRegularExpression idShape(QStringLiteral("^[a-z0-9][a-z0-9-]{0,63}$"));
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,18}$"));
    Consultation c;
    c.id = o.value(QLatin1String("id")).toString();
    c.title = o.value(QLatin1String("title")).toString();
    c.purpose = o.value(QLatin1String("purpose")).toString();
    c.packId = o.value(QLatin1String("packId")).toString();
    c.packVersion = o.value(QLatin1String("packVersion")).toInt();
    c.retentionDays = o.value(QLatin1String("retentionDays")).toInt();
    c.fromHub = true;
    const QString status = o.value(QLatin1String("status")).toString();
    c.closed = status == QLatin1String("closed");
    const QString revision = o.value(QLatin1String("revision")).toString();
    const QJsonArray activities = o.value(QLatin1String("activities")).toArray();
    for (const auto& a : activities) {
        c.activityIds << a.toString();
    }
    // The store checks titles, retention and activities against the pack; here only shape.
    if (!idShape.match(c.id).hasMatch() || !idShape.match(c.packId).hasMatch() ||
        c.packVersion < 1 || activities.isEmpty() || c.activityIds.contains(QString()) ||
        (status != QLatin1String("open") && !c.closed) || !digits.match(revision).hasMatch()) {
        return std::nullopt;
    }
    return std::pair{c, revision.toLongLong()};
}

} // namespace

void SyncEngine::fetchConsultations(Transport& t, SyncReport& report)
{
    auto e = m_records.enrolment();
    if (!e || !e->has_value()) {
        return;
    }
    const QString cursor = e->value().consultationsCursor;
    const HubReply reply =
        t.send({"GET", QStringLiteral("/v1/consultations?since=%1").arg(cursor), {}});
    if (reply.status != 200) {
        report.notes << message("consultations_fetch_failed",
                                {reply.status == 0 ? SyncWords::englishWithCode(reply.networkError)
                                                   : reply.hubMessage()});
        return;
    }
    const QJsonObject body = reply.json();
    const QString next = body.value(QLatin1String("next")).toString();
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,18}$"));
    if (!digits.match(next).hasMatch()) {
        report.notes << message("consultations_unreadable");
        return;
    }
    // The cursor moves only when every consultation was kept, so one that could not be
    // (its pack has not arrived yet, say) comes again with the next run.
    bool allKept = true;
    for (const auto& v : body.value(QLatin1String("consultations")).toArray()) {
        const auto published = readPublished(v.toObject());
        if (!published) {
            report.notes << message("consultation_unreadable");
            allKept = false;
            continue;
        }
        const auto& [consultation, revision] = *published;
        auto applied = m_store.consultations().applyFromHub(consultation, revision);
        if (!applied) {
            report.notes << message("consultation_not_kept",
                                    {consultation.title, applied.error().message});
            allKept = false;
        } else if (applied.value() == Consultations::FromHub::KeptOwn) {
            report.notes << message("consultation_kept_own", {consultation.title, consultation.id});
        } else if (applied.value() != Consultations::FromHub::Unchanged) {
            report.consultationsReceived << consultation;
        }
    }
    if (allKept && !m_records.setConsultationsCursor(next)) {
        report.notes << message("consultations_not_recorded");
    }
}

void SyncEngine::fetchActions(Transport& t, SyncReport& report)
{
    auto e = m_records.enrolment();
    if (!e || !e->has_value()) {
        return;
    }
    QString cursor = e->value().actionsCursor;
    static const QRegularExpression digits(QStringLiteral("^[0-9]{0,19}$"));
    for (int page = 0; page < 1000; ++page) {
        const HubReply reply =
            t.send({"GET", QStringLiteral("/v1/actions?since=%1").arg(cursor), {}});
        if (reply.status != 200) {
            report.notes << message("actions_fetch_failed",
                                    {reply.status == 0
                                         ? SyncWords::englishWithCode(reply.networkError)
                                         : reply.hubMessage()});
            return;
        }
        const QJsonObject body = reply.json();
        const QJsonArray actions = body.value(QLatin1String("actions")).toArray();
        const QString next = body.value(QLatin1String("next")).toString();
        if (!digits.match(next).hasMatch()) {
            report.notes << message("actions_unreadable");
            return;
        }
        Transaction tx(m_store.database());
        for (const auto& v : actions) {
            const QJsonObject a = v.toObject();
            HubAction action{
                a.value(QLatin1String("id")).toString(),
                a.value(QLatin1String("seq")).toString().toLongLong(),
                a.value(QLatin1String("youSaid")).toString(),
                a.value(QLatin1String("weDid")).toString(),
                {},
                a.value(QLatin1String("status")).toString(),
                QDate::fromString(a.value(QLatin1String("date")).toString(), Qt::ISODate)};
            for (const auto& f : a.value(QLatin1String("feedbackIds")).toArray()) {
                action.feedbackIds << f.toString();
            }
            static const QStringList kStatuses{QStringLiteral("planned"), QStringLiteral("doing"),
                                               QStringLiteral("done")};
            if (action.id.isEmpty() || action.weDid.isEmpty() ||
                !kStatuses.contains(action.status)) {
                report.notes << message("action_unreadable");
                continue;
            }
            if (!m_records.saveAction(action)) {
                report.notes << message("actions_not_kept");
                return;
            }
            ++report.actionsReceived;
        }
        if (!m_records.setActionsCursor(next) || !tx.commit()) {
            report.notes << message("actions_not_kept");
            return;
        }
        if (actions.isEmpty() || next == cursor) {
            return;
        }
        cursor = next;
    }
}

void SyncEngine::finish(SyncReport& report)
{
    if (auto counts = m_store.outbox().counts()) {
        report.waiting = counts->queued;
    }
    if (report.outcome != SyncReport::Outcome::NotEnrolled) {
        const bool finished = report.outcome == SyncReport::Outcome::Done;
        if (!m_records.noteRun(finished ? QString() : report.problem.encode())) {
            report.notes << message("run_not_recorded");
        }
    }
}

QStringList describe(const SyncReport& r)
{
    QStringList lines;
    if (r.sent > 0) {
        lines << QStringLiteral("Sent %1 item(s); the hub acknowledged %2 answer(s) and "
                                "confirmed %3 withdrawal(s).")
                     .arg(r.sent)
                     .arg(r.acknowledged)
                     .arg(r.erasuresConfirmed);
    } else if (r.outcome == SyncReport::Outcome::Done) {
        lines << QStringLiteral("Nothing was waiting to be sent.");
    }
    for (const auto& f : r.failed) {
        lines << QStringLiteral("Not accepted: item %1: %2")
                     .arg(f.itemId, SyncWords::englishWithCode(f.reason));
    }
    if (!r.problem.isEmpty()) {
        lines << SyncWords::englishWithCode(r.problem);
    }
    if (r.waiting > 0) {
        lines << (r.nextAttemptAt.isValid()
                      ? QStringLiteral("%1 item(s) wait to be sent; the next try is after %2 UTC.")
                            .arg(r.waiting)
                            .arg(r.nextAttemptAt.toUTC().toString(QStringLiteral("HH:mm:ss")))
                      : QStringLiteral("%1 item(s) wait to be sent.").arg(r.waiting));
    }
    if (r.packsReceived > 0) {
        lines << QStringLiteral("Received %1 activity pack(s).").arg(r.packsReceived);
    }
    for (const auto& c : r.consultationsReceived) {
        lines << (c.closed ? QStringLiteral("Received consultation \"%1\" (%2): closed, no new "
                                            "sessions.")
                           : QStringLiteral("Received consultation \"%1\" (%2): open."))
                     .arg(c.title, c.id);
    }
    if (r.actionsReceived > 0) {
        lines << QStringLiteral("Received %1 \"we did\" update(s).").arg(r.actionsReceived);
    }
    for (const SyncMessage& note : r.notes) {
        lines << SyncWords::englishWithCode(note);
    }
    return lines;
}

} // namespace chorus::sync
