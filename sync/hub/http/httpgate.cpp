#include "httpgate.h"

#include "sync/hub/hublogging.h"

#include <QJsonDocument>
#include <QPointer>
#include <QTimer>

namespace chorus::hub {
namespace {

constexpr int kRequestDeadlineMs = 30000; // slow senders cannot hold a request open forever
constexpr int kDrainMs = 1500;            // read and drop the rest so the client sees the answer
constexpr int kIdleMs = 120000;           // Qt 6.4 has no keep-alive timeout of its own

/** Watches one connection; see httpgate.h. */
class ConnectionGate : public QObject
{
public:
    ConnectionGate(QTcpSocket* socket, const Limits& limits)
        : QObject(socket), m_socket(socket), m_framer(limits)
    {
        m_deadline.setSingleShot(true);
        connect(&m_deadline, &QTimer::timeout, socket, &QTcpSocket::abort);
        m_idle.setSingleShot(true);
        connect(&m_idle, &QTimer::timeout, socket, &QTcpSocket::disconnectFromHost);
        m_idle.start(kIdleMs);
        connect(socket, &QIODevice::readyRead, this, &ConnectionGate::onReadyRead);
    }

private:
    void onReadyRead()
    {
        m_idle.start(kIdleMs);
        if (m_refused) {
            drain();
            return;
        }
        const QByteArray fresh = m_socket->peek(m_socket->bytesAvailable());
        if (m_framer.feed(fresh) == RequestFramer::Verdict::Reject) {
            refuse(m_framer.refusal());
            return;
        }
        if (m_framer.midRequest()) {
            if (!m_deadline.isActive()) {
                m_deadline.start(kRequestDeadlineMs);
            }
        } else {
            m_deadline.stop();
        }
    }

    void drain()
    {
        if (m_socket->isTransactionStarted()) {
            m_socket->commitTransaction();
        }
        m_socket->readAll();
    }

    void refuse(const RequestFramer::Refusal& r)
    {
        m_refused = true;
        m_deadline.stop();
        // The server must not see this request: take the stream away from it. Slots not yet
        // called for the current signal are skipped once disconnected.
        QObject::disconnect(m_socket, &QIODevice::readyRead, nullptr, nullptr);
        connect(m_socket, &QIODevice::readyRead, this, &ConnectionGate::onReadyRead);
        drain();
        ProtocolError e;
        e.status = r.status;
        e.code = r.code;
        e.message = r.message;
        const QByteArray body = e.toBody();
        QByteArray reason = r.status == 413   ? "Payload Too Large"
                            : r.status == 411 ? "Length Required"
                            : r.status == 431 ? "Request Header Fields Too Large"
                                              : "Bad Request";
        m_socket->write("HTTP/1.1 " + QByteArray::number(r.status) + ' ' + reason +
                        "\r\nContent-Type: application/json\r\nContent-Length: " +
                        QByteArray::number(body.size()) +
                        "\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n" + body);
        qCInfo(lcHub, "refused a request before reading it: %d %s", r.status, qPrintable(r.code));
        QPointer<QTcpSocket> socket(m_socket);
        QTimer::singleShot(kDrainMs, m_socket, [socket] {
            if (socket) {
                socket->disconnectFromHost();
            }
        });
    }

    QTcpSocket* m_socket;
    RequestFramer m_framer;
    QTimer m_deadline;
    QTimer m_idle;
    bool m_refused = false;
};

bool onlyWhitespace(QByteArrayView bytes)
{
    for (const char c : bytes) {
        if (c != '\r' && c != '\n' && c != ' ' && c != '\t') {
            return false;
        }
    }
    return true;
}

} // namespace

void installGate(QTcpSocket* socket, const Limits& limits)
{
    if (socket) {
        new ConnectionGate(socket, limits);
    }
}

QTcpSocket* GatedTcpServer::nextPendingConnection()
{
    QTcpSocket* socket = QTcpServer::nextPendingConnection();
    installGate(socket, m_limits);
    return socket;
}

QTcpSocket* GatedSslServer::nextPendingConnection()
{
    QTcpSocket* socket = QSslServer::nextPendingConnection();
    installGate(socket, m_limits);
    return socket;
}

RequestFramer::Verdict RequestFramer::refuse(int status, const char* code, const QString& message)
{
    m_refusal = Refusal{status, QString::fromLatin1(code), message};
    return Verdict::Reject;
}

RequestFramer::Verdict RequestFramer::feed(QByteArrayView bytes)
{
    qsizetype pos = 0;
    while (pos < bytes.size()) {
        if (m_inBody) {
            const qint64 take = std::min<qint64>(m_remaining, bytes.size() - pos);
            pos += take;
            m_remaining -= take;
            if (m_remaining == 0) {
                m_inBody = false;
                if (pos < bytes.size() && !onlyWhitespace(bytes.sliced(pos))) {
                    return refuse(400, "pipelining_unsupported",
                                  QStringLiteral("body: send one request at a time on a "
                                                 "connection (HTTP pipelining is not supported)"));
                }
                return Verdict::NeedMore;
            }
            continue;
        }
        const char c = bytes[pos++];
        if (m_head.isEmpty() && (c == '\r' || c == '\n' || c == ' ' || c == '\t')) {
            continue; // what Qt also skips between requests
        }
        m_head.append(c);
        if (m_head.size() > m_limits.maxHeaderBytes) {
            return refuse(431, "headers_too_large",
                          QStringLiteral("headers: the request line and headers exceed %1 bytes")
                              .arg(m_limits.maxHeaderBytes));
        }
        if (c == '\n' && (m_head.endsWith("\n\r\n") || m_head.endsWith("\n\n"))) {
            if (headersDone() == Verdict::Reject) {
                return Verdict::Reject;
            }
            if (!m_inBody && pos < bytes.size() && !onlyWhitespace(bytes.sliced(pos))) {
                return refuse(400, "pipelining_unsupported",
                              QStringLiteral("body: send one request at a time on a connection "
                                             "(HTTP pipelining is not supported)"));
            }
        }
    }
    return Verdict::NeedMore;
}

RequestFramer::Verdict RequestFramer::headersDone()
{
    const QList<QByteArray> lines = m_head.split('\n');
    m_head.clear();
    qint64 length = -1;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (line.isEmpty() || colon <= 0) {
            continue;
        }
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "transfer-encoding") {
            return refuse(411, "length_required",
                          QStringLiteral("Transfer-Encoding: not accepted; send the body with a "
                                         "Content-Length"));
        }
        if (name == "content-length") {
            bool ok = false;
            const qint64 v = value.toLongLong(&ok);
            if (!ok || v < 0 || (length >= 0 && length != v)) {
                return refuse(400, "bad_content_length",
                              QStringLiteral("Content-Length: not one whole number"));
            }
            length = v;
        }
    }
    if (length > m_limits.maxBodyBytes) {
        return refuse(413, "body_too_large",
                      QStringLiteral("body: larger than %1 bytes; split the batch")
                          .arg(m_limits.maxBodyBytes));
    }
    if (length > 0) {
        m_inBody = true;
        m_remaining = length;
    }
    return Verdict::NeedMore;
}

} // namespace chorus::hub
