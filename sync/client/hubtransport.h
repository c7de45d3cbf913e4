#pragma once

#include "syncmessage.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

#include <atomic>
#include <memory>
#include <optional>

namespace chorus::sync {

/**
 * Lets the thread that started a sync stop it from outside (the device locks, the app
 * quits): the request in flight is aborted at once and the run ends at its next step.
 * Whatever the hub acknowledged before is already recorded; what it did not is sent again
 * later, which the hub's idempotency makes safe.
 */
class StopToken final : public QObject
{
    Q_OBJECT

public:
    /** From any thread. */
    void stop()
    {
        m_stopped = true;
        emit stopRequested();
    }
    [[nodiscard]] bool stopped() const { return m_stopped; }

signals:
    void stopRequested();

private:
    std::atomic_bool m_stopped{false};
};

/** Where and how to reach one hub. */
struct HubEndpoint
{
    QUrl base;         ///< e.g. https://hub.example.org (paths like /v1/feedback are added)
    QByteArray token;  ///< the device token; empty before enrolment
    QByteArray pinHex; ///< SHA-256 of the hub's leaf certificate (DER), hex; empty at enrolment
                       ///< by code, its first 80 bits or more at enrolment by invite
    QList<QSslCertificate> extraCas; ///< a private CA trusted for the first contact only
    int timeoutMs = 60000;
    std::shared_ptr<StopToken> stop; ///< optional: aborts the request in flight
};

struct HubRequest
{
    QByteArray method; ///< "GET" or "POST"
    QString path;      ///< "/v1/feedback", with any query
    QByteArray body;   ///< JSON; empty for GET
};

/** One answer, or why there was none. */
struct HubReply
{
    int status = 0; ///< 0: no HTTP answer (refused, cut, timed out, certificate refused)
    QByteArray body;
    std::optional<int> retryAfterSeconds;
    SyncMessage networkError;        ///< why there was no answer, when status is 0
    bool certificateChanged = false; ///< the pinned certificate was not the one offered
    bool stopped = false;            ///< aborted through the endpoint's StopToken
    QByteArray peerSha256Hex;        ///< the certificate seen (TLS only)

    [[nodiscard]] QJsonObject json() const;
    /** The hub's error body: `error.message`, else a sentence for the status. */
    [[nodiscard]] QString hubMessage() const;
    [[nodiscard]] QString errorCode() const;
    /** The hub's machine code, message and field, for SyncMessage parameters. */
    [[nodiscard]] QStringList hubError() const;
};

/** Hex characters of the shortest pin accepted: the 80 bits a typed invite carries. */
constexpr qsizetype kShortestPinHex = 20;

/** The certificate seen (`seenHex`, a whole SHA-256 in hex) is the pinned one. A pin shorter
 *  than a whole SHA-256 is the first kShortestPinHex or more hex characters a typed invite
 *  carries (invitecard.h); only enrolment by invite uses one. */
[[nodiscard]] bool pinMatches(const QByteArray& seenHex, const QByteArray& pinHex);

/** Sends one request and waits for its answer. Injected so the sync logic can be tested
 *  without a network. */
class Transport
{
public:
    virtual ~Transport() = default;
    virtual HubReply send(const HubRequest& request) = 0;
};

/**
 * HTTPS (or plain HTTP on loopback) with Qt Network. With a pin, only the pinned
 * certificate is accepted, checked when the handshake completes and before anything is
 * sent; without one (enrolment) the chain must verify against the system CAs plus any
 * private CA given.
 */
class HttpTransport final : public Transport
{
public:
    explicit HttpTransport(HubEndpoint endpoint);
    ~HttpTransport() override;
    HubReply send(const HubRequest& request) override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace chorus::sync
