// The sync client's rules without a network (issue 7): backoff with full jitter and
// Retry-After, 413 splitting, per-item failures, acknowledgement-only removal, fail-closed
// pinning, revocation, erasure confirmations, enrolment errors, and the downstream fetch.
#include "tests/sync/syncfixture.h"

#include "sync/client/syncwords.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTest>

using namespace chorus;
using namespace chorus::sync;
using namespace chorus::test;
using std::chrono::milliseconds;
using std::chrono::seconds;

namespace {

HubReply json(int status, const QJsonObject& body, std::optional<int> retryAfter = {})
{
    HubReply r;
    r.status = status;
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    r.retryAfterSeconds = retryAfter;
    return r;
}

HubReply hubError(int status, const QString& code, const QString& message,
                  const QString& itemId = {})
{
    QJsonObject e{{"code", code}, {"message", message}};
    if (!itemId.isEmpty()) {
        e.insert("itemId", itemId);
    }
    return json(status, {{"error", e}});
}

/** A hub in a function: every request is recorded and answered by `handler`, or as a
 *  healthy hub would. */
class FakeHub
{
public:
    std::function<std::optional<HubReply>(const HubRequest&)> handler;
    QList<HubRequest> requests;

    QList<HubRequest> to(const QString& path) const
    {
        QList<HubRequest> out;
        for (const auto& r : requests) {
            if (r.path == path) {
                out << r;
            }
        }
        return out;
    }

    HubReply answer(const HubRequest& r)
    {
        requests << r;
        if (handler) {
            if (auto custom = handler(r)) {
                return *custom;
            }
        }
        if (r.path == "/v1/info") {
            return json(200, {{"versions", QJsonArray{1}},
                              {"limits", QJsonObject{{"maxBatchItems", 100}}}});
        }
        if (r.path == "/v1/feedback") {
            return json(200, {{"acknowledged", QJsonArray::fromStringList(batchIds(r.body))}});
        }
        if (r.path == "/v1/erasures") {
            QJsonArray confirmed;
            for (const auto& v :
                 QJsonDocument::fromJson(r.body).object().value("items").toArray()) {
                QJsonObject c = v.toObject();
                c.insert("outcome", "erased");
                confirmed.append(c);
            }
            return json(200, {{"confirmed", confirmed}});
        }
        if (r.path == "/v1/packs") {
            return json(200, {{"packs", QJsonArray{}}});
        }
        if (r.path == "/v1/device-consultations") {
            const QString id = QJsonDocument::fromJson(r.body).object().value("id").toString();
            return json(201, {{"consultationId", id}});
        }
        if (r.path.startsWith("/v1/actions")) {
            return json(200, {{"actions", QJsonArray{}}, {"next", "0"}});
        }
        if (r.path.startsWith("/v1/consultations")) {
            return json(200, {{"consultations", QJsonArray{}}, {"next", "0"}});
        }
        return hubError(404, "not_found", "path: no such endpoint");
    }
};

class FakeTransport final : public Transport
{
public:
    explicit FakeTransport(FakeHub& hub) : m_hub(hub) {}
    HubReply send(const HubRequest& r) override { return m_hub.answer(r); }

private:
    FakeHub& m_hub;
};

struct Rig
{
    DeviceFixture device;
    FakeHub hub;
    std::unique_ptr<FakeSleeper> sleeper;
    std::unique_ptr<SyncEngine> engine;
    QList<HubEndpoint> endpoints;

    bool setUp(SyncEngine::Options options = {}, bool enrolled = true)
    {
        if (!device.setUpQueued()) {
            return false;
        }
        sleeper = std::make_unique<FakeSleeper>(device.clock);
        engine = std::make_unique<SyncEngine>(
            *device.store,
            [this](const HubEndpoint& ep) {
                endpoints << ep;
                return std::make_unique<FakeTransport>(hub);
            },
            Backoff(BackoffPolicy{milliseconds(1000), milliseconds(60000)}, [] { return 0.5; }),
            *sleeper, options);
        if (!enrolled) {
            return true;
        }
        Enrolment e{"https://hub.example.org", "d-1", "token-abc", "aa11", "c1", "practitioner",
                    device.clock->now(),       {},    {},          {},     {}};
        return engine->records().saveEnrolment(e).ok();
    }
};

} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT

private slots:
    void backoffIsCappedExponentialWithFullJitter()
    {
        double r = 0.0;
        const Backoff b(BackoffPolicy{milliseconds(1000), milliseconds(8000), seconds(60)},
                        [&] { return r; });
        QCOMPARE(b.window(0), milliseconds(1000));
        QCOMPARE(b.window(2), milliseconds(4000));
        QCOMPARE(b.window(3), milliseconds(8000));
        QCOMPARE(b.window(50), milliseconds(8000)); // capped, and no overflow
        QCOMPARE(b.delay(3), milliseconds(0));      // full jitter reaches down to zero
        r = 0.5;
        QCOMPARE(b.delay(2), milliseconds(2000));
        r = 0.999;
        QVERIFY(b.delay(3) < milliseconds(8000));
        QVERIFY(b.delay(3) >= milliseconds(7990));
        r = 7.0; // a broken random source cannot exceed the window
        QCOMPARE(b.delay(1), milliseconds(2000));
    }

    void jitterIsSpreadOverTheWholeWindow()
    {
        QRandomGenerator gen(42);
        const Backoff b(BackoffPolicy{milliseconds(1000), milliseconds(8000), seconds(60)},
                        [&] { return gen.generateDouble(); });
        qint64 sum = 0;
        qint64 low = 8000;
        qint64 high = 0;
        for (int i = 0; i < 2000; ++i) {
            const qint64 d = b.delay(5).count();
            QVERIFY(d >= 0 && d < 8000);
            sum += d;
            low = std::min(low, d);
            high = std::max(high, d);
        }
        QVERIFY(low < 400);
        QVERIFY(high > 7600);
        QVERIFY(std::abs(sum / 2000 - 4000) < 400);
    }

    void retryAfterIsAFloor()
    {
        const Backoff b(BackoffPolicy{milliseconds(1000), milliseconds(8000), seconds(60)},
                        [] { return 0.0; });
        QCOMPARE(b.delay(0, seconds(5)), milliseconds(5000));
        QCOMPARE(b.delay(0, seconds(3600)), milliseconds(60000)); // bounded by the policy
        const Backoff high(BackoffPolicy{milliseconds(1000), milliseconds(8000), seconds(60)},
                           [] { return 0.9; });
        QCOMPARE(high.delay(3, seconds(1)), milliseconds(7200)); // the jitter may be longer
    }

    void onlyAcknowledgedItemsLeaveAndReviewItemsStay()
    {
        Rig rig;
        QVERIFY(rig.setUp(SyncEngine::Options{100, 1, seconds(20), 1000, {}}));
        const QStringList ids = rig.device.answer(3);
        QCOMPARE(ids.size(), 3);
        QVERIFY(rig.device.store->sharing().setReviewRequired(rig.device.consultation.id, true));
        const QStringList held = rig.device.answer(1);
        QCOMPARE(rig.device.counts().review, 1);
        rig.hub.handler = [&](const HubRequest& r) -> std::optional<HubReply> {
            if (r.path == "/v1/feedback") {
                return json(200, {{"acknowledged", QJsonArray{ids[0], "someone-else"}}});
            }
            return std::nullopt;
        };
        const SyncReport report = rig.engine->run();
        QCOMPARE(report.acknowledged, 1);
        QCOMPARE(report.sent, 3);
        QCOMPARE(report.outcome, SyncReport::Outcome::RetryLater);
        QVERIFY(!rig.device.item(ids[0]));
        for (const QString& id : {ids[1], ids[2]}) {
            const auto left = rig.device.item(id);
            QVERIFY(left);
            QCOMPARE(left->state, Outbox::State::Queued);
            QVERIFY(SyncWords::englishWithCode(sync::SyncMessage::decode(left->lastError))
                        .contains("did not confirm"));
            QVERIFY(left->nextAttemptAt > rig.device.clock->now());
        }
        // The item awaiting a practitioner's review never left the device.
        for (const auto& r : rig.hub.to("/v1/feedback")) {
            QVERIFY(!batchIds(r.body).contains(held.first()));
        }
        QCOMPARE(rig.device.counts().review, 1);
        // The token goes only where the transport puts it (the Authorization header).
        QCOMPARE(rig.endpoints.first().token, QByteArray("token-abc"));
        QCOMPARE(rig.endpoints.first().pinHex, QByteArray("aa11"));
    }

    /** Issue 19: a participation record goes to /v1/participation after the answers, never
     *  in a feedback batch; a hub without that endpoint leaves it waiting, untried, and the
     *  run goes on. */
    void participationGoesToItsOwnEndpointAndWaitsForAnOlderHub()
    {
        Rig rig;
        QVERIFY(rig.setUp());
        const QStringList answers = rig.device.answer(2);
        ParticipationRecord record;
        record.consultationId = rig.device.consultation.id;
        record.packId = rig.device.consultation.packId;
        record.packVersion = 1;
        record.language = "en";
        record.week = "2026-W45";
        QVERIFY(rig.device.store->sharing()
                    .saveParticipation(rig.device.participant.id, record, rig.device.consent.scopes)
                    .ok());
        QCOMPARE(rig.device.items().size(), 3);
        QString participationId;
        for (const auto& i : rig.device.items()) {
            if (!answers.contains(i.itemId)) {
                participationId = i.itemId;
            }
        }
        SyncReport report = rig.engine->run();
        QCOMPARE(report.acknowledged, 2);
        QVERIFY(report.outcome != SyncReport::Outcome::HubIncompatible);
        QVERIFY(report.notes.contains(sync::SyncMessage{"hub_no_participation", {}}));
        auto waiting = rig.device.item(participationId);
        QVERIFY(waiting);
        QCOMPARE(waiting->state, Outbox::State::Queued);
        QCOMPARE(waiting->attempts, 0);
        // Tried once, after the answers, and the run went on to fetch packs.
        QStringList order;
        for (const auto& r : rig.hub.requests) {
            order << r.path;
        }
        QCOMPARE(order.count("/v1/participation"), 1);
        QVERIFY(order.lastIndexOf("/v1/feedback") < order.indexOf("/v1/participation"));
        QVERIFY(order.indexOf("/v1/participation") < order.indexOf("/v1/packs"));
        for (const auto& r : rig.hub.to("/v1/feedback")) {
            QVERIFY(!batchIds(r.body).contains(participationId));
        }
        // An updated hub takes it.
        rig.hub.handler = [](const HubRequest& r) -> std::optional<HubReply> {
            if (r.path == "/v1/participation") {
                return json(200, {{"acknowledged", QJsonArray::fromStringList(batchIds(r.body))}});
            }
            return std::nullopt;
        };
        report = rig.engine->run();
        QVERIFY(!rig.device.item(participationId));
        const auto sent = rig.hub.to("/v1/participation");
        QCOMPARE(batchIds(sent.last().body), QStringList{participationId});
        QCOMPARE(QJsonDocument::fromJson(sent.last().body)
                     .object()
                     .value("items")
                     .toArray()[0]
                     .toObject()
                     .value("record")
                     .toString(),
                 QString("session"));
    }

    /** Issue 14: a consultation made on this device registers itself with the hub before
     *  its answers go (the device is enrolled for "c1"); a refusal is a note and its answers
     *  then fail with the hub's reason; a busy hub ends the run with nothing sent. */
    void deviceMadeConsultationRegistersBeforeItsAnswers()
    {
        Rig rig;
        QVERIFY(rig.setUp(SyncEngine::Options{100, 1, seconds(20), 1000, {}}));
        const QString made = rig.device.consultation.id;
        QVERIFY(made != QLatin1String("c1"));
        // Its title goes too, for reviewers to read in place of the id, through the
        // anonymiser like any text that leaves: a name to hide does not reach the hub.
        Store& store = *rig.device.store;
        QVERIFY(store.sharing().addNamesToHide(made, {SessionName{QStringLiteral("Zebedee")}}));
        QVERIFY(store.consultations().update(made, QStringLiteral("Visits with Zebedee"),
                                             rig.device.consultation.purpose,
                                             rig.device.consultation.retentionDays));
        const QStringList ids = rig.device.answer(2);
        const SyncReport report = rig.engine->run();
        QCOMPARE(report.acknowledged, 2);
        const auto registered = rig.hub.to("/v1/device-consultations");
        QCOMPARE(registered.size(), 1);
        const QJsonObject body = QJsonDocument::fromJson(registered.first().body).object();
        QCOMPARE(body.value("id").toString(), made);
        const QString title = body.value("title").toString();
        QVERIFY2(title.startsWith(QLatin1String("Visits with ")) &&
                     !title.contains(QLatin1String("Zebedee")),
                 qPrintable(title));
        qsizetype registerAt = -1;
        qsizetype feedbackAt = -1;
        for (qsizetype i = 0; i < rig.hub.requests.size(); ++i) {
            if (rig.hub.requests[i].path == "/v1/device-consultations" && registerAt < 0) {
                registerAt = i;
            }
            if (rig.hub.requests[i].path == "/v1/feedback" && feedbackAt < 0) {
                feedbackAt = i;
            }
        }
        QVERIFY(registerAt >= 0 && registerAt < feedbackAt);
        // Nothing of it waits: the next run asks nothing.
        rig.hub.requests.clear();
        (void)rig.engine->run();
        QVERIFY(rig.hub.to("/v1/device-consultations").isEmpty());

        // A busy hub: the run ends before any answer goes; the answers wait.
        const QStringList later = rig.device.answer(1);
        rig.hub.requests.clear();
        rig.hub.handler = [](const HubRequest& r) -> std::optional<HubReply> {
            if (r.path == "/v1/device-consultations") {
                return hubError(503, "server_error", "request: try again later");
            }
            return std::nullopt;
        };
        const SyncReport busy = rig.engine->run();
        QCOMPARE(busy.outcome, SyncReport::Outcome::RetryLater);
        QVERIFY(rig.hub.to("/v1/feedback").isEmpty());
        QCOMPARE(rig.device.item(later.first())->state, Outbox::State::Queued);

        // Refused (the hub holds that id for someone else): a note, and the answers are
        // refused one by one with the hub's reason.
        rig.hub.handler = [](const HubRequest& r) -> std::optional<HubReply> {
            if (r.path == "/v1/device-consultations") {
                return hubError(403, "forbidden", "id: the hub holds another consultation");
            }
            if (r.path == "/v1/feedback") {
                return hubError(403, "forbidden", "items[0].consultationId: not yours");
            }
            return std::nullopt;
        };
        rig.device.clock->set(rig.device.clock->now().addSecs(3600));
        const SyncReport refused = rig.engine->run();
        QVERIFY(std::any_of(refused.notes.cbegin(), refused.notes.cend(), [](const auto& n) {
            return n.code == QLatin1String("consultation_register_refused");
        }));
        QVERIFY(!refused.failed.isEmpty());
    }

    void transientFailuresBackOffHonouringRetryAfter()
    {
        Rig rig;
        QVERIFY(rig.setUp(SyncEngine::Options{100, 4, seconds(600), 1000, {}}));
        const QStringList ids = rig.device.answer(4);
        int n = 0;
        rig.hub.handler = [&](const HubRequest& r) -> std::optional<HubReply> {
            if (r.path != "/v1/feedback") {
                return std::nullopt;
            }
            switch (n++) {
            case 0:
                return hubError(500, "server_error", "request: try again");
            case 1:
                return json(429,
                            {{"error", QJsonObject{{"code", "rate_limited"},
                                                   {"message", "request: slow down"}}}},
                            7);
            case 2: {
                HubReply cut; // the connection was cut: no answer at all
                cut.networkError = {"hub_unreachable", {"Connection reset"}};
                return cut;
            }
            default:
                return std::nullopt;
            }
        };
        const SyncReport report = rig.engine->run();
        QCOMPARE(report.outcome, SyncReport::Outcome::Done);
        QCOMPARE(report.acknowledged, 4);
        QCOMPARE(rig.device.counts().queued, 0);
        QCOMPARE(rig.hub.to("/v1/feedback").size(), 4);
        QCOMPARE(rig.sleeper->waits.size(), 3);
        // attempt 0 after the 500: half of the first window (random 0.5)
        QCOMPARE(rig.sleeper->waits[0], milliseconds(500));
        // after the 429: at least the 7 s the hub asked for
        QVERIFY(rig.sleeper->waits[1] >= milliseconds(7000));
        // attempt 2 after the cut connection: half of the third window
        QVERIFY(rig.sleeper->waits[2] >= milliseconds(1999));
        QVERIFY(rig.sleeper->waits[2] <= milliseconds(2001));
    }

    void unreachableHubLeavesItemsScheduled()
    {
        Rig rig;
        QVERIFY(rig.setUp(SyncEngine::Options{100, 1, seconds(20), 1000, {}}));
        const QStringList ids = rig.device.answer(2);
        rig.hub.handler = [&](const HubRequest& r) -> std::optional<HubReply> {
            if (r.path == "/v1/feedback") {
                return json(503, {});
            }
            return std::nullopt;
        };
        const SyncReport report = rig.engine->run();
        QCOMPARE(report.outcome, SyncReport::Outcome::RetryLater);
        QCOMPARE(report.waiting, 2);
        QVERIFY(report.nextAttemptAt > rig.device.clock->now());
        QVERIFY(SyncWords::englishWithCode(report.problem).contains(": 503"));
        QCOMPARE(rig.device.item(ids[0])->attempts, 1);
        auto e = rig.engine->records().enrolment();
        QVERIFY(!e.value()->lastSyncAt.isValid()); // not a successful sync
        QVERIFY(SyncWords::englishWithCode(sync::SyncMessage::decode(e.value()->lastProblem))
                    .contains(": 503"));
        // Not due yet: a second run right away sends nothing.
        rig.hub.requests.clear();
        (void)rig.engine->run();
        QCOMPARE(rig.hub.to("/v1/feedback").size(), 0);
    }

    void tooLargeBatchesAreSplit()
    {
        Rig rig;
        QVERIFY(rig.setUp());
        const QStringList ids = rig.device.answer(5);
        rig.hub.handler = [&](const HubRequest& r) -> std::optional<HubReply> {
            if (r.path != "/v1/feedback") {
                return std::nullopt;
            }
            const QStringList batch = batchIds(r.body);
            if (batch.contains(ids[4])) { // one item too big on its own
                return hubError(413, "body_too_large", "body: larger than 1048576 bytes");
            }
            if (batch.size() > 2) {
                return hubError(413, "batch_too_large", "items: at most 2 items");
            }
            return std::nullopt;
        };
        const SyncReport report = rig.engine->run();
        QCOMPARE(report.acknowledged, 4);
        QCOMPARE(report.failed.size(), 1);
        QCOMPARE(report.failed.first().itemId, ids[4]);
        QVERIFY(SyncWords::englishWithCode(report.failed.first().reason)
                    .contains("larger than the hub accepts"));
        QCOMPARE(rig.device.counts().queued, 0);
        QCOMPARE(rig.device.counts().failed, 1);
        // Each item was acknowledged once: splitting resends nothing already answered.
        QStringList acknowledged;
        for (const auto& r : rig.hub.to("/v1/feedback")) {
            const QStringList batch = batchIds(r.body);
            if (batch.size() <= 2 && !batch.contains(ids[4])) {
                acknowledged << batch;
            }
        }
        acknowledged.sort();
        QStringList expected = ids.first(4);
        expected.sort();
        QCOMPARE(acknowledged, expected);
    }

    void refusedItemsFailWithTheHubsReasonAndTheRestGo()
    {
        Rig rig;
        QVERIFY(rig.setUp());
        const QStringList ids = rig.device.answer(4);
        rig.hub.handler = [&](const HubRequest& r) -> std::optional<HubReply> {
            if (r.path != "/v1/feedback") {
                return std::nullopt;
            }
            const QStringList batch = batchIds(r.body);
            if (batch.contains(ids[1])) {
                return hubError(400, "too_long", "items[1].text: longer than 4000 characters",
                                ids[1]);
            }
            if (batch.contains(ids[2])) {
                QJsonObject body{{"error", QJsonObject{{"code", "conflict"},
                                                       {"message", "items: different body"}}},
                                 {"conflicts", QJsonArray{ids[2]}}};
                return json(409, body);
            }
            if (batch.contains(ids[3])) { // no itemId: the client narrows it down itself
                return hubError(400, "invalid_value", "items[0].week: not an ISO week");
            }
            return std::nullopt;
        };
        const SyncReport report = rig.engine->run();
        QCOMPARE(report.outcome, SyncReport::Outcome::Done);
        QCOMPARE(report.acknowledged, 1);
        QCOMPARE(report.failed.size(), 3);
        QVERIFY(!rig.device.item(ids[0]));
        QCOMPARE(rig.device.item(ids[1])->state, Outbox::State::Failed);
        QVERIFY(SyncWords::englishWithCode(
                    sync::SyncMessage::decode(rig.device.item(ids[1])->lastError))
                    .contains("items[1].text: longer than 4000"));
        QVERIFY(SyncWords::englishWithCode(
                    sync::SyncMessage::decode(rig.device.item(ids[2])->lastError))
                    .contains("different answer"));
        QVERIFY(SyncWords::englishWithCode(
                    sync::SyncMessage::decode(rig.device.item(ids[3])->lastError))
                    .contains("not an ISO week"));
        // What is kept is the hub's machine code and field, for the app to word in the
        // user's language, not the hub's English.
        const SyncMessage kept = SyncMessage::decode(rig.device.item(ids[1])->lastError);
        QCOMPARE(kept.code, QString("item_refused"));
        QCOMPARE(kept.args.value(0), QString("too_long"));
        QCOMPARE(SyncMessage::decode(rig.device.item(ids[2])->lastError).code,
                 QString("item_conflict"));
        // A failed item is not retried until the practitioner puts it back.
        rig.hub.requests.clear();
        (void)rig.engine->run();
        QCOMPARE(rig.hub.to("/v1/feedback").size(), 0);
        QVERIFY(rig.device.store->outbox().requeue(ids[3]));
        rig.hub.handler = nullptr;
        QCOMPARE(rig.engine->run().acknowledged, 1);
        QVERIFY(describe(report).join('\n').contains("Not accepted: item " + ids[1]));
    }

    void revokedDeviceStopsAndLosesNothing()
    {
        Rig rig;
        QVERIFY(rig.setUp());
        const QStringList ids = rig.device.answer(2);
        rig.hub.handler = [&](const HubRequest& r) -> std::optional<HubReply> {
            if (r.path == "/v1/feedback") {
                return hubError(401, "unauthorized", "Authorization: unknown or revoked token");
            }
            return std::nullopt;
        };
        const SyncReport report = rig.engine->run();
        QCOMPARE(report.outcome, SyncReport::Outcome::Refused);
        QVERIFY(
            SyncWords::englishWithCode(report.problem).contains("no longer accepts this device"));
        QCOMPARE(rig.device.counts().queued, 2);
        QCOMPARE(rig.device.counts().failed, 0);
        QCOMPARE(rig.device.item(ids[0])->attempts, 0);
        QCOMPARE(rig.hub.to("/v1/packs").size(), 0); // nothing more after a refusal
    }

    void expiredDeviceIsToldWhy()
    {
        // Issue 22.9: a token unused for the hub's lifetime gets 401 token_expired; the
        // device says that in words of its own, not "revoked", and keeps what waits.
        Rig rig;
        QVERIFY(rig.setUp());
        const QStringList ids = rig.device.answer(1);
        rig.hub.handler = [&](const HubRequest& r) -> std::optional<HubReply> {
            if (r.path == "/v1/feedback") {
                return hubError(401, "token_expired", "Authorization: token expired");
            }
            return std::nullopt;
        };
        const SyncReport report = rig.engine->run();
        QCOMPARE(report.outcome, SyncReport::Outcome::Refused);
        QCOMPARE(report.problem.code, QStringLiteral("device_expired"));
        QVERIFY(SyncWords::englishWithCode(report.problem).contains("90 days"));
        QCOMPARE(rig.device.counts().queued, 1);
        QCOMPARE(rig.device.item(ids[0])->attempts, 0);
    }

    void changedCertificateFailsClosed()
    {
        Rig rig;
        QVERIFY(rig.setUp());
        const QStringList ids = rig.device.answer(1);
        rig.hub.handler = [&](const HubRequest&) -> std::optional<HubReply> {
            HubReply r;
            r.certificateChanged = true;
            r.networkError = {"certificate_changed", {}};
            return r;
        };
        const SyncReport report = rig.engine->run();
        QCOMPARE(report.outcome, SyncReport::Outcome::CertificateChanged);
        QVERIFY(SyncWords::englishWithCode(report.problem).contains("certificate has changed"));
        QCOMPARE(rig.hub.requests.size(), 1); // /v1/info only; no item was offered
        QCOMPARE(rig.device.item(ids[0])->attempts, 0);
        QCOMPARE(rig.device.item(ids[0])->state, Outbox::State::Queued);
    }

    void erasuresTravelAndAreConfirmed()
    {
        Rig rig;
        QVERIFY(rig.setUp());
        const QStringList ids = rig.device.answer(2);
        QCOMPARE(rig.engine->run().acknowledged, 2);
        auto withdrawn = rig.device.store->erasure().withdraw(rig.device.participant.id);
        QVERIFY(withdrawn);
        QCOMPARE(withdrawn->sharedErasuresQueued, 2);
        rig.hub.requests.clear();
        const SyncReport report = rig.engine->run();
        QCOMPARE(report.erasuresConfirmed, 2);
        const auto sent = rig.hub.to("/v1/erasures");
        QCOMPARE(sent.size(), 1);
        QSet<QString> feedbackIds;
        for (const auto& v :
             QJsonDocument::fromJson(sent.first().body).object().value("items").toArray()) {
            QCOMPARE(v.toObject().keys(), QStringList({"feedbackId", "id"}));
            feedbackIds.insert(v.toObject().value("feedbackId").toString());
        }
        QCOMPARE(feedbackIds, QSet<QString>(ids.begin(), ids.end()));
        const auto confirmations = rig.engine->records().confirmations();
        QCOMPARE(confirmations->size(), 2);
        QCOMPARE(confirmations->first().outcome, QString("erased"));
        QCOMPARE(rig.device.counts().erasuresQueued, 0);
    }

    void withdrawalCoversItemsOfferedWithoutAnAnswer()
    {
        Rig rig;
        QVERIFY(rig.setUp(SyncEngine::Options{100, 1, seconds(20), 1000, {}}));
        const QStringList ids = rig.device.answer(1);
        rig.hub.handler = [&](const HubRequest& r) -> std::optional<HubReply> {
            if (r.path == "/v1/feedback") {
                HubReply cut; // the hub may have stored it; the answer never came
                cut.networkError = {"hub_unreachable", {"Connection reset"}};
                return cut;
            }
            return std::nullopt;
        };
        QCOMPARE(rig.engine->run().outcome, SyncReport::Outcome::RetryLater);
        auto withdrawn = rig.device.store->erasure().withdraw(rig.device.participant.id);
        QVERIFY(withdrawn);
        QCOMPARE(withdrawn->sharedErasuresQueued, 1);
        rig.hub.handler = nullptr;
        rig.device.clock->set(rig.device.clock->now().addSecs(3600));
        const SyncReport report = rig.engine->run();
        QCOMPARE(report.erasuresConfirmed, 1);
        QCOMPARE(rig.hub.to("/v1/feedback").size(), 1); // the record itself never went again
        const auto sent = rig.hub.to("/v1/erasures");
        QCOMPARE(sent.size(), 1);
        QVERIFY(sent.first().body.contains(ids.first().toLatin1()));
    }

    void enrolmentChecksAndErrors()
    {
        Rig rig;
        QVERIFY(rig.setUp({}, false));
        QCOMPARE(rig.engine->enrol("http://hub.example.org", "ABCD-EFGH-JKMN").error().code,
                 Error::Code::Invalid); // plain http only on loopback
        QCOMPARE(rig.engine->enrol("https://hub.example.org", "not a code").error().code,
                 Error::Code::Invalid);
        QCOMPARE(
            rig.engine->enrol("https://hub.example.org", "ABCD-EFGH-JKMN", "junk").error().message,
            QString("The certificate authority file holds no certificate. (bad_ca_file)"));
        QCOMPARE(rig.hub.requests.size(), 0); // none of these reached the network
        QString refusal = "enrolment_code_expired";
        rig.hub.handler = [&](const HubRequest& r) -> std::optional<HubReply> {
            if (r.path == "/v1/enrol") {
                return refusal.isEmpty() ? json(201, {{"protocol", 1},
                                                      {"deviceId", "d-9"},
                                                      {"token", "tok"},
                                                      {"consultationId", "c1"},
                                                      {"role", "participant"}})
                                         : hubError(401, refusal, "code: refused");
            }
            return std::nullopt;
        };
        auto expired = rig.engine->enrol("https://hub.example.org", "abcd efgh jkmn");
        QVERIFY(expired.error().message.contains("expired"));
        QCOMPARE(QJsonDocument::fromJson(rig.hub.requests.last().body).object(),
                 QJsonObject({{"code", "ABCDEFGHJKMN"}}));
        refusal = "enrolment_code_used";
        QVERIFY(rig.engine->enrol("https://hub.example.org", "ABCD-EFGH-JKMN")
                    .error()
                    .message.contains("already been used"));
        QVERIFY(!rig.engine->records().enrolment().value().has_value());
        // HTTPS without a certificate to pin is refused; nothing is saved.
        refusal.clear();
        QVERIFY(rig.engine->enrol("https://hub.example.org", "ABCD-EFGH-JKMN")
                    .error()
                    .message.contains("could not be read; nothing was saved"));
        QVERIFY(!rig.engine->records().enrolment().value().has_value());
        auto ok = rig.engine->enrol("http://127.0.0.1:9", "ABCD-EFGH-JKMN");
        QVERIFY2(ok.ok(), qPrintable(ok.error().message));
        QCOMPARE(rig.engine->records().enrolment().value()->token, QByteArray("tok"));
        QCOMPARE(rig.engine->records().enrolment().value()->role, QString("participant"));
        // A participant's device cannot make invites.
        QCOMPARE(rig.engine->createInvite(1, 24).error().code, Error::Code::Invalid);
        QCOMPARE(rig.engine->failure().code, QString("not_practitioner"));
        QCOMPARE(rig.engine->createInvite(0, 24).error().code, Error::Code::Invalid);
        QCOMPARE(rig.engine->failure().code, QString("bad_uses"));
    }

    void enrolmentByInvitePinsOnlyTheInvitesCertificate()
    {
        // Issue 16: the invite's fingerprint goes to the transport for the first contact (so
        // no other certificate is trusted, whatever signed it), a mismatch is worded as the
        // invite's, and the whole fingerprint seen is what stays pinned.
        Rig rig;
        QVERIFY(rig.setUp({}, false));
        const QByteArray seen = QByteArray("ab12").repeated(16);
        bool otherCertificate = true;
        rig.hub.handler = [&](const HubRequest& r) -> std::optional<HubReply> {
            if (r.path != "/v1/enrol") {
                return std::nullopt;
            }
            if (otherCertificate) {
                HubReply cut;
                cut.certificateChanged = true;
                cut.networkError = {QStringLiteral("certificate_changed"), {}};
                return cut;
            }
            HubReply ok = json(201, {{"protocol", 1},
                                     {"deviceId", "d-7"},
                                     {"token", "tok"},
                                     {"consultationId", "c1"},
                                     {"role", "participant"}});
            ok.peerSha256Hex = seen;
            return ok;
        };
        const InviteCard invite{"https://hub.example.org", "ABCDEFGHJKMN", seen.left(20)};
        QVERIFY(!rig.engine->enrol(invite));
        QCOMPARE(rig.engine->failure().code, QString("invite_certificate"));
        QCOMPARE(rig.endpoints.last().pinHex, seen.left(20));
        QVERIFY(!rig.engine->records().enrolment().value().has_value());
        otherCertificate = false;
        auto ok = rig.engine->enrol(invite);
        QVERIFY2(ok.ok(), qPrintable(ok.error().message));
        QCOMPARE(rig.engine->records().enrolment().value()->pinHex, seen);
        QCOMPARE(rig.engine->records().enrolment().value()->role, QString("participant"));
    }

    void aStopEndsTheRunAndLeavesWhatWaitsAsItWas()
    {
        // Locking or quitting during a sync: the batch in flight is cut off (no answer), what
        // the hub acknowledged before stays acknowledged, and the rest waits with no attempt
        // counted and no later time set, so the next sync sends it at once.
        SyncEngine::Options options;
        options.maxBatchItems = 2;
        options.stop = std::make_shared<StopToken>();
        Rig rig;
        QVERIFY(rig.setUp(options));
        const QStringList ids = rig.device.answer(4);
        QCOMPARE(ids.size(), 4);
        int batches = 0;
        rig.hub.handler = [&](const HubRequest& r) -> std::optional<HubReply> {
            if (r.path != "/v1/feedback" || ++batches < 2) {
                return std::nullopt;
            }
            options.stop->stop(); // the second batch is in flight when the device locks
            HubReply cut;
            cut.stopped = true;
            cut.networkError = {"stopped", {}};
            return cut;
        };
        const SyncReport report = rig.engine->run();
        QCOMPARE(report.outcome, SyncReport::Outcome::Stopped);
        QCOMPARE(report.problem.code, QString("stopped"));
        QCOMPARE(report.acknowledged, 2);
        QCOMPARE(batches, 2);
        QCOMPARE(rig.hub.to("/v1/packs").size(), 0); // nothing more after the stop
        QCOMPARE(rig.device.items().size(), 2);
        for (const auto& item : rig.device.items()) {
            QCOMPARE(item.state, Outbox::State::Queued);
            QCOMPARE(item.attempts, 0);
            QVERIFY(ids.mid(2).contains(item.itemId));
        }
        QCOMPARE(rig.device.store->outbox().due(10)->size(), 2);
    }

    void notEnrolledSaysSo()
    {
        Rig rig;
        QVERIFY(rig.setUp({}, false));
        rig.device.answer(1);
        const SyncReport report = rig.engine->run();
        QCOMPARE(report.outcome, SyncReport::Outcome::NotEnrolled);
        QVERIFY(describe(report).join(' ').contains("not enrolled"));
        QCOMPARE(report.problem.code, QString("not_enrolled"));
        QCOMPARE(rig.hub.requests.size(), 0);
    }

    void packsAndActionsComeDown()
    {
        Rig rig;
        QVERIFY(rig.setUp());
        const QByteArray good = minimalPackJson(2);
        const QByteArray bad = minimalPackJson(3);
        rig.hub.handler = [&](const HubRequest& r) -> std::optional<HubReply> {
            if (r.path == "/v1/packs") {
                const auto sha = [](const QByteArray& b) {
                    return QString::fromLatin1(
                        QCryptographicHash::hash(b, QCryptographicHash::Sha256).toHex());
                };
                return json(200, {{"packs", QJsonArray{QJsonObject{{"id", "test-pack"},
                                                                   {"version", 2},
                                                                   {"sha256", sha(good)}},
                                                       QJsonObject{{"id", "test-pack"},
                                                                   {"version", 3},
                                                                   {"sha256", sha("other")}}}}});
            }
            if (r.path.startsWith("/v1/packs/test-pack/")) {
                HubReply file;
                file.status = 200;
                file.body = r.path.endsWith("/2") ? good : bad;
                return file;
            }
            if (r.path == "/v1/actions?since=") {
                return json(
                    200, {{"actions", QJsonArray{QJsonObject{{"id", "a-1"},
                                                             {"seq", "1"},
                                                             {"youSaid", "More time to talk"},
                                                             {"weDid", "Longer visits"},
                                                             {"status", "doing"},
                                                             {"date", "2026-11-30"},
                                                             {"feedbackIds", QJsonArray{"f-1"}}},
                                                 QJsonObject{{"id", "a-2"},
                                                             {"seq", "1"},
                                                             {"youSaid", "A status unknown"},
                                                             {"weDid", "is skipped"},
                                                             {"status", "maybe"},
                                                             {"feedbackIds", QJsonArray{"f-1"}}}}},
                          {"next", "1"}});
            }
            if (r.path == "/v1/actions?since=1") {
                return json(200, {{"actions", QJsonArray{}}, {"next", "1"}});
            }
            return std::nullopt;
        };
        const SyncReport report = rig.engine->run();
        QCOMPARE(report.packsReceived, 1);
        QVERIFY(rig.device.store->consultations().pack("test-pack", 2).ok());
        QVERIFY(!rig.device.store->consultations().pack("test-pack", 3).ok());
        QVERIFY(describe(report).join(' ').contains("does not match the hub's checksum"));
        // Issue 14 point 16: the hub hears why the pack was not used (for its audit log).
        const auto problems = rig.hub.to("/v1/packs/test-pack/3/problem");
        QCOMPARE(problems.size(), 1);
        QCOMPARE(QJsonDocument::fromJson(problems.first().body).object().value("reason"),
                 QJsonValue("checksum"));
        QCOMPARE(report.actionsReceived, 1);
        const auto actions = rig.engine->records().actions();
        QCOMPARE(actions->size(), 1);
        QCOMPARE(actions->first().weDid, QString("Longer visits"));
        QCOMPARE(actions->first().feedbackIds, QStringList{"f-1"});
        QCOMPARE(actions->first().status, QString("doing"));
        QCOMPARE(actions->first().date, QDate(2026, 11, 30));
        QVERIFY(report.notes.contains(chorus::sync::SyncMessage{"action_unreadable", {}}));
        QCOMPARE(rig.engine->records().enrolment().value()->actionsCursor, QString("1"));
        QVERIFY(rig.engine->records().enrolment().value()->lastSyncAt.isValid());
        // The next run asks only for what is new and does not fetch a known pack again.
        rig.hub.requests.clear();
        (void)rig.engine->run();
        QCOMPARE(rig.hub.to("/v1/actions?since=1").size(), 1);
        QCOMPARE(rig.hub.to("/v1/packs/test-pack/2").size(), 0);
    }

    /** A consultation published on the hub: kept once its pack is here, read-only and
     *  updated by revision, closed without losing answers; the device's own never touched. */
    void consultationsComeDownAfterTheirPack()
    {
        Rig rig;
        QVERIFY(rig.setUp());
        Consultations& consultations = rig.device.store->consultations();
        const QByteArray pack = minimalPackJson(2);
        bool packPublished = false;
        QJsonArray published;
        QString next = "0";
        rig.hub.handler = [&](const HubRequest& r) -> std::optional<HubReply> {
            if (r.path == "/v1/packs" && packPublished) {
                return json(
                    200, {{"packs",
                           QJsonArray{QJsonObject{
                               {"id", "test-pack"},
                               {"version", 2},
                               {"sha256", QString::fromLatin1(QCryptographicHash::hash(
                                                                  pack, QCryptographicHash::Sha256)
                                                                  .toHex())}}}}});
            }
            if (r.path == "/v1/packs/test-pack/2") {
                HubReply file;
                file.status = 200;
                file.body = pack;
                return file;
            }
            if (r.path.startsWith("/v1/consultations?since=")) {
                return json(200, {{"consultations", published}, {"next", next}});
            }
            return std::nullopt;
        };
        const auto hubConsultation = [](const QString& id, const QString& status,
                                        const QString& revision) {
            return QJsonObject{{"id", id},
                               {"title", "Our club"},
                               {"purpose", "Tell us what the club is like."},
                               {"packId", "test-pack"},
                               {"packVersion", 2},
                               {"activities", QJsonArray{"say", "feel"}},
                               {"retentionDays", 60},
                               {"status", status},
                               {"revision", revision}};
        };

        // Its pack is not on the device yet: not kept, and asked for again next time.
        published = {hubConsultation("club", "open", "3")};
        next = "3";
        SyncReport report = rig.engine->run();
        QCOMPARE(report.consultationsReceived.size(), 0);
        QVERIFY2(describe(report).join(' ').contains("could not be fetched or kept") &&
                     describe(report).join(' ').contains("(consultation_not_kept: Our club; "),
                 qPrintable(describe(report).join(' ')));
        QVERIFY(!consultations.get("club").ok());
        QCOMPARE(rig.engine->records().enrolment().value()->consultationsCursor, QString());

        // Published pack: fetched first, then the consultation is kept, marked as the hub's.
        packPublished = true;
        rig.hub.requests.clear();
        report = rig.engine->run();
        QCOMPARE(rig.hub.to("/v1/consultations?since=").size(), 1);
        QCOMPARE(report.packsReceived, 1);
        QCOMPARE(report.consultationsReceived.size(), 1);
        QVERIFY(describe(report).contains("Received consultation \"Our club\" (club): open."));
        auto club = consultations.get("club");
        QVERIFY(club);
        QVERIFY(club->fromHub);
        QVERIFY(!club->closed);
        QCOMPARE(club->activityIds, (QStringList{"say", "feel"}));
        QCOMPARE(club->retentionDays, 60);
        QCOMPARE(rig.engine->records().enrolment().value()->consultationsCursor, QString("3"));

        // Unchanged: the next run asks from the cursor and receives nothing again.
        published = {};
        rig.hub.requests.clear();
        report = rig.engine->run();
        QCOMPARE(rig.hub.to("/v1/consultations?since=3").size(), 1);
        QCOMPARE(report.consultationsReceived.size(), 0);

        // An own-time session with an answer, then the hub closes the consultation. The
        // hub also sends one with the id of the device's own consultation: the device's stays.
        auto person = consultations.addParticipant(
            {{}, "club", "Fox", AgeBand::From12To15, Role::YoungPerson, {}, {}});
        QVERIFY(person);
        auto session = consultations.startSession("club", SessionMode::OwnTime, {person->id});
        QVERIFY(session);
        Response answer = rig.device.textAnswer("The club is fun", person->id);
        answer.sessionId = session->id;
        QVERIFY(rig.device.giveConsent(person->id, StoreOnDevice | ShareAnonymised));
        QVERIFY(rig.device.store->responses().save(answer));
        const QString local = rig.device.consultation.id;
        QJsonObject clash = hubConsultation("placeholder", "open", "5");
        clash.insert("id", local);
        clash.insert("title", "Taken over");
        published = {hubConsultation("club", "closed", "4"), clash};
        next = "5";
        report = rig.engine->run();
        QCOMPARE(report.consultationsReceived.size(), 1);
        QVERIFY(describe(report).contains(
            "Received consultation \"Our club\" (club): closed, no new sessions."));
        QVERIFY(report.notes.contains(
            chorus::sync::SyncMessage{"consultation_kept_own", {"Taken over", local}}));
        QVERIFY(describe(report).join(' ').contains("is published on the hub too; this device "
                                                    "keeps its own"));
        QCOMPARE(consultations.get(local)->title, QString("Living at home"));
        QVERIFY(!consultations.get(local)->fromHub);
        QVERIFY(consultations.get("club")->closed);
        auto refused = consultations.startSession("club", SessionMode::OwnTime, {person->id});
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains("closed"), qPrintable(refused.error().message));
        QCOMPARE(rig.device.store->responses().forSession(session->id)->size(), 1);
        QCOMPARE(rig.engine->records().enrolment().value()->consultationsCursor, QString("5"));
        // An older revision arriving late changes nothing.
        published = {hubConsultation("club", "open", "2")};
        report = rig.engine->run();
        QCOMPARE(report.consultationsReceived.size(), 0);
        QVERIFY(consultations.get("club")->closed);
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
