#pragma once

// The team review API, /v1/review/... of PROTOCOL.md (issue 8): routes, request decoding,
// sessions and roles, CP-7 suppression of every breakdown, and an audit entry for every
// view and export. The data work is ReviewStore's; every published number and record field
// comes from the disclosure layer (disclosure.h).

#include "sync/hub/http/ratelimiter.h"
#include "sync/hub/protocol/hubreply.h"
#include "sync/hub/store/reviewstore.h"

#include <QHttpServerRequest>
#include <QObject>
#include <QThreadPool>

#include <functional>

namespace chorus::hub {

/** What a review route read from its request, or the reply that refuses the request. */
template <typename T> using CallResult = Result<T, HttpReply>;

class ReviewApi
{
public:
    ReviewApi(ReviewStore& store, const Limits& limits, RateLimiter::MonotonicMs clock);

    /** Answers one request; `path` is what follows "/v1/review/". */
    HttpReply handle(const QHttpServerRequest& request, const QString& path,
                     const QString& peerAddress);
    /** POST /v1/review/session, answered through `done` on this thread once the Argon2id
     *  check has run on a worker thread (a sign-in flood never stalls device uploads). */
    void signInLater(const QHttpServerRequest& request, const QString& clientAddress,
                     std::function<void(const HttpReply&)> done);

private:
    struct Call; // one request being answered
    HttpReply route(Call& call);
    HttpReply signIn(Call& call, const QString& clientAddress);
    /** Rate limit, body and the database half of a sign-in; a reply when refused early. */
    /** What a sign-in asks for, or the reply that refuses it before any secret is checked. */
    CallResult<SignInPlan> readSignIn(Call& call, const QString& clientAddress);
    HttpReply signInAnswer(const StoreResult<SignInOutcome>& finished);
    HttpReply sessionInfo(Call& call);
    HttpReply signOut(Call& call);
    HttpReply settings(Call& call);
    HttpReply devices(Call& call);
    HttpReply revokeDevice(Call& call, const QString& id);
    /** 403 unless the session is an admin's; `what` says what only an admin may do. */
    static std::optional<HttpReply> adminOnly(const Call& call, const QString& what);
    HttpReply consultations(Call& call);
    HttpReply consultation(Call& call, const QString& id);
    HttpReply feedback(Call& call);
    HttpReply quotable(Call& call, const QString& id);
    HttpReply drawing(Call& call, const QString& id);
    HttpReply aggregates(Call& call);
    HttpReply themes(Call& call);
    HttpReply tag(Call& call, const QString& id);
    HttpReply actions(Call& call);
    HttpReply action(Call& call, const QString& id);
    HttpReply publish(Call& call, const QString& id);
    HttpReply framework(Call& call);
    HttpReply participation(Call& call);
    HttpReply intent(Call& call, const QString& id);
    HttpReply exportCsv(Call& call);
    HttpReply report(Call& call);
    HttpReply serverError();
    /** Every count the hub may publish now, from the disclosure layer (disclosure.h). */
    std::optional<Release> published(const Call& call);
    /** The refusal when `id` (read from `field`) names no consultation; none when it does. */
    std::optional<HttpReply> unknownConsultation(const QString& id, const QString& field);
    /** For lists that take only `?consultation=ID`: the id, or the reply that refuses it. */
    CallResult<QString> consultationOnly(const Call& call);

    ReviewStore& m_store;
    Limits m_limits;
    RateLimiter m_signInRate;   ///< per address, before a session exists
    RateLimiter m_reviewerRate; ///< per reviewer account
    QObject m_context;          ///< where finished sign-in checks resume (this thread)
    QThreadPool m_signInPool;   ///< Argon2id off the event loop; waits for its work on exit
};

/** One CSV field, quoted when needed, and never read as a formula by a spreadsheet. */
[[nodiscard]] QString csvField(const QString& value);

} // namespace chorus::hub
