#pragma once

#include "ratelimiter.h"
#include "sync/hub/protocol/hubprotocol.h"
#include "sync/hub/protocol/hubreply.h"
#include "sync/hub/review/reviewapi.h"
#include "sync/hub/store/hubstore.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QSslConfiguration>
#include <QTimer>

namespace chorus::hub {

/**
 * Test-only faults for the next matching requests, e.g. "feedback:500x2,feedback:429,
 * feedback:close,feedback:crash-after-commit". Never enabled unless --inject-faults is given.
 */
struct FaultPlan
{
    struct Fault
    {
        QString endpoint; ///< "feedback", "erasures", "enrol", ...
        QString what;     ///< "500", "429", "close", "crash-after-commit"
        int times = 1;
    };
    QList<Fault> faults;
    static std::optional<FaultPlan> parse(const QString& spec);
    /** Takes the next fault planned for this endpoint, if any. */
    std::optional<QString> take(const QString& endpoint);
};

/** Who a request comes from, for the per-address limits: the TCP peer, or, when the peer
 *  is on loopback (nginx in front), the address in X-Real-IP, else the last entry of
 *  X-Forwarded-For (the one nginx added). Headers from any other peer are ignored. */
[[nodiscard]] QString clientAddress(const QHostAddress& peer, const QByteArray& realIp,
                                    const QByteArray& forwardedFor);

/** The v1 HTTP API of PROTOCOL.md on Qt HttpServer, with the hub's own limits. */
class HubServer : public QAbstractHttpServer
{
public:
    HubServer(HubStore& store, const Limits& limits, QObject* parent = nullptr);

    void setFaults(FaultPlan plan) { m_faults = std::move(plan); }
    /** How long after an erasure the freed space is cleared (HubStore::compact); erasures
     *  in that time share one run. */
    void setCompactionDelay(int ms) { m_compactionDelayMs = ms; }
    /** Listens through the gate; with a TLS configuration, HTTPS only. Returns the port, or
     *  Io with the system's reason (the port is taken, the address is not this machine's). */
    [[nodiscard]] Result<quint16> listenOn(const QHostAddress& address, quint16 port,
                                           const std::optional<QSslConfiguration>& tls);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    using Reply = HttpReply;
    /** The answer to a request; none when the connection is to be cut without one (an
     *  injected fault). */
    std::optional<Reply> dispatch(const QHttpServerRequest& request, QTcpSocket* socket);
    Reply info();
    Reply enrol(const QHttpServerRequest& request);
    Reply feedback(const QHttpServerRequest& request, const Device& device);
    Reply participation(const QHttpServerRequest& request, const Device& device);
    /** The answer to a feedback or participation batch (PROTOCOL.md "Idempotency"). */
    Reply submitted(const StoreResult<SubmitOutcome>& out);
    Reply erasures(const QHttpServerRequest& request, const Device& device);
    Reply invites(const QHttpServerRequest& request, const Device& device);
    Reply packs(const Device& device);
    Reply packFile(const Device& device, const QString& id, const QString& version);
    /** Audits a device's report that it could not use a pack, with the reason. */
    Reply packProblem(const QHttpServerRequest& request, const Device& device, const QString& id,
                      const QString& version);
    Reply actions(const QHttpServerRequest& request, const Device& device);
    Reply consultations(const QHttpServerRequest& request, const Device& device);
    Reply registerConsultation(const QHttpServerRequest& request, const Device& device);
    static Reply error(const ProtocolError& e);
    static Reply error(int status, const QString& code, const QString& field, const QString& why);
    static Reply json(int status, const QJsonObject& o);
    Reply serverError();
    void send(const QHttpServerRequest& request, QTcpSocket* socket, const Reply& reply);
    /** An answer written after handleRequest returned (sign-in). */
    static void sendLater(QTcpSocket* socket, const Reply& reply);
    /** The client's address: the peer, or the one a proxy on loopback names. */
    static QString clientOf(const QHttpServerRequest& request, QTcpSocket* socket);
    /** Clears erased records' space after the answer has gone, never on a request's path. */
    void scheduleCompaction(int delayMs);
    void runCompaction();

    HubStore& m_store;
    Limits m_limits;
    RateLimiter m_deviceRate;
    RateLimiter m_addressRate;
    FaultPlan m_faults;
    ReviewStore m_reviewStore;
    ReviewApi m_review;
    QTimer m_compaction;
    int m_compactionDelayMs = 5000;
};

} // namespace chorus::hub
