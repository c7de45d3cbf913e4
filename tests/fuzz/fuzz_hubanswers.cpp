// libFuzzer target for the device's reading of the hub's answers (sync/client/syncengine.cpp;
// security.md REL-3, issue 22): /v1/info, consultation registration, upload acknowledgements
// and refusals, erasure confirmations, packs, consultations and "we did" actions, all of
// which come from a server the device does not control.
//
// A device store with one answer queued per input is synced against a scripted hub. The input
// is the hub's answers in order, each: one byte picking the HTTP status (0 = no answer), one
// byte for Retry-After in seconds (0 = none), two bytes of body length (little-endian), then
// the body. When the script runs out the hub stops answering. What must hold: the run ends
// within a bounded number of requests, no more answers are acknowledged than were sent, and
// the store still answers (its outbox counts read back).

#include "support/storefixture.h"
#include "sync/client/syncengine.h"

#include <QByteArray>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <iterator>
#include <memory>

namespace {

using namespace chorus;

void require(bool condition)
{
    if (!condition) {
        std::abort(); // reported by libFuzzer as a crash, with the input saved
    }
}

constexpr int kStatuses[] = {0,   200, 201, 204, 400, 401, 403, 404, 405,
                             409, 410, 413, 415, 422, 429, 500, 502, 503};
constexpr int kMaxRequests = 500; // far above what one run with one item needs

/** Answers every request with the next scripted reply. */
class ScriptedHub final : public sync::Transport
{
public:
    ScriptedHub(QByteArrayView script, int& requests) : m_script(script), m_requests(requests) {}

    sync::HubReply send(const sync::HubRequest&) override
    {
        ++m_requests;
        require(m_requests <= kMaxRequests);
        sync::HubReply reply;
        if (m_script.size() < 4) {
            reply.networkError = {QStringLiteral("hub_unreachable"), {QStringLiteral("scripted")}};
            return reply;
        }
        reply.status = kStatuses[static_cast<unsigned char>(m_script[0]) % std::size(kStatuses)];
        if (const int wait = static_cast<unsigned char>(m_script[1]); wait > 0) {
            reply.retryAfterSeconds = wait;
        }
        const qsizetype length = static_cast<unsigned char>(m_script[2]) |
                                 (static_cast<unsigned char>(m_script[3]) << 8);
        m_script = m_script.sliced(4);
        const qsizetype taken = std::min(length, m_script.size());
        reply.body = m_script.first(taken).toByteArray();
        m_script = m_script.sliced(taken);
        if (reply.status == 0) {
            reply.networkError = {QStringLiteral("hub_unreachable"), {QStringLiteral("scripted")}};
        }
        return reply;
    }

private:
    QByteArrayView m_script;
    int& m_requests;
};

/** Sleeps by moving the store's fake clock. */
class ClockSleeper final : public sync::Sleeper
{
public:
    explicit ClockSleeper(std::shared_ptr<FakeClock> clock) : m_clock(std::move(clock)) {}
    void sleep(std::chrono::milliseconds ms) override
    {
        m_clock->set(m_clock->now().addMSecs(ms.count() + 1));
    }

private:
    std::shared_ptr<FakeClock> m_clock;
};

/** One enrolled device store for the whole run. */
test::StoreFixture& device()
{
    static test::StoreFixture fixture;
    static const bool ready = [] {
        require(fixture.setUp());
        require(fixture.store->sharing().setReviewRequired(fixture.consultation.id, false).ok());
        sync::SyncRecords records(fixture.store->database(), *fixture.clock);
        sync::Enrolment e;
        e.hubUrl = QStringLiteral("https://hub.example.org");
        e.deviceId = QStringLiteral("d-1");
        e.token = "token-abc";
        e.pinHex = "aa11";
        e.consultationId = fixture.consultation.id;
        e.role = QStringLiteral("practitioner");
        e.enrolledAt = fixture.clock->now();
        require(records.saveEnrolment(e).ok());
        return true;
    }();
    require(ready);
    return fixture;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    test::StoreFixture& f = device();
    require(f.store->responses().save(f.textAnswer(QStringLiteral("I like my room"))).ok());
    const QByteArrayView script(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    int requests = 0;
    ClockSleeper sleeper(f.clock);
    sync::SyncEngine engine(
        *f.store,
        [&](const sync::HubEndpoint&) { return std::make_unique<ScriptedHub>(script, requests); },
        sync::Backoff(
            sync::BackoffPolicy{std::chrono::milliseconds(1000), std::chrono::milliseconds(60000)},
            [] { return 0.5; }),
        sleeper, sync::SyncEngine::Options{});
    const sync::SyncReport report = engine.run();
    require(report.acknowledged >= 0 && report.acknowledged <= report.sent);
    auto counts = f.store->outbox().counts();
    require(counts.ok());
    require(report.waiting >= 0);
    require(counts->queued >= 0 && counts->failed >= 0 && counts->erasuresQueued >= 0);
    return 0;
}
