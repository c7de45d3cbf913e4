#pragma once

// Qt HttpServer 6.4 reads whole requests into memory with no limit of its own. The gate
// sees every byte before the server does (its readyRead slot is connected first) and
// refuses, before reading further, a request whose headers are too long, whose body is
// not framed by Content-Length, or whose Content-Length is over the limit.

#include "sync/hub/protocol/hubprotocol.h"

#include <QSslServer>
#include <QTcpServer>

namespace chorus::hub {

/** Installs the gate on a freshly accepted socket; called before the server sees it. */
void installGate(QTcpSocket* socket, const Limits& limits);

/** A plain TCP listener whose connections pass through the gate. */
class GatedTcpServer : public QTcpServer
{
public:
    GatedTcpServer(const Limits& limits, QObject* parent) : QTcpServer(parent), m_limits(limits) {}
    QTcpSocket* nextPendingConnection() override;

private:
    Limits m_limits;
};

/** The same for TLS: the gate sees the decrypted stream. */
class GatedSslServer : public QSslServer
{
public:
    GatedSslServer(const Limits& limits, QObject* parent) : QSslServer(parent), m_limits(limits) {}
    QTcpSocket* nextPendingConnection() override;

private:
    Limits m_limits;
};

/** The gate's view of one HTTP/1.1 byte stream (pure; tested without sockets). */
class RequestFramer
{
public:
    enum class Verdict { NeedMore, Reject };
    struct Refusal
    {
        int status = 400;
        QString code;
        QString message;
    };

    explicit RequestFramer(const Limits& limits) : m_limits(limits) {}
    /** Feeds newly received bytes; on Reject, refusal() says what to answer. */
    Verdict feed(QByteArrayView bytes);
    [[nodiscard]] const Refusal& refusal() const { return m_refusal; }
    [[nodiscard]] bool midRequest() const { return !m_head.isEmpty() || m_remaining > 0; }

private:
    Verdict refuse(int status, const char* code, const QString& message);
    Verdict headersDone();

    Limits m_limits;
    QByteArray m_head;
    qint64 m_remaining = 0;
    bool m_inBody = false;
    Refusal m_refusal;
};

} // namespace chorus::hub
