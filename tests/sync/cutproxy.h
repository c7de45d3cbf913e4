#pragma once

// A loopback TCP relay between a device and the hub that can cut a connection halfway
// through a request body, as a dropped mobile connection would. It reads each request's
// headers to know where bodies end (devices send one request at a time per connection).

#include <QTcpServer>
#include <QTcpSocket>

#include <memory>

namespace chorus::test {

class CutProxy : public QObject
{
public:
    quint16 upstream = 0; ///< the hub's port; may change when the hub restarts
    int cutFeedback = 0;  ///< cut this many of the next POST /v1/feedback requests
    int cutsDone = 0;

    bool listen()
    {
        connect(&m_server, &QTcpServer::newConnection, this, &CutProxy::accept);
        return m_server.listen(QHostAddress::LocalHost, 0);
    }
    quint16 port() const { return m_server.serverPort(); }

private:
    struct Link
    {
        QTcpSocket* client = nullptr;
        QTcpSocket* hub = nullptr;
        QByteArray pending;
        qint64 bodyLeft = 0;
        bool inBody = false;
        bool cutting = false;
        qint64 untilCut = 0;
    };

    void accept()
    {
        while (QTcpSocket* client = m_server.nextPendingConnection()) {
            auto link = std::make_shared<Link>();
            link->client = client;
            link->hub = new QTcpSocket(client);
            link->hub->connectToHost(QHostAddress::LocalHost, upstream);
            if (!link->hub->waitForConnected(2000)) {
                client->abort(); // the hub is down: the device sees a refused connection
                client->deleteLater();
                continue;
            }
            connect(link->hub, &QTcpSocket::readyRead, client,
                    [link] { link->client->write(link->hub->readAll()); });
            connect(link->hub, &QTcpSocket::disconnected, client,
                    [link] { link->client->disconnectFromHost(); });
            connect(client, &QTcpSocket::readyRead, client, [this, link] { pump(*link); });
            connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        }
    }

    void pump(Link& k)
    {
        k.pending += k.client->readAll();
        while (!k.pending.isEmpty()) {
            if (!k.inBody) {
                const qsizetype end = k.pending.indexOf("\r\n\r\n");
                if (end < 0) {
                    return;
                }
                const QByteArray headers = k.pending.left(end + 4);
                k.pending.remove(0, end + 4);
                k.bodyLeft = 0;
                for (const QByteArray& line : headers.split('\n')) {
                    if (line.toLower().startsWith("content-length:")) {
                        k.bodyLeft = line.mid(15).trimmed().toLongLong();
                    }
                }
                k.cutting = headers.startsWith("POST /v1/feedback") && cutFeedback > 0;
                if (k.cutting) {
                    --cutFeedback;
                    k.untilCut = k.bodyLeft / 2;
                }
                k.hub->write(headers);
                k.inBody = true;
            }
            qint64 n = std::min<qint64>(k.bodyLeft, k.pending.size());
            if (k.cutting) {
                n = std::min(n, k.untilCut);
                k.untilCut -= n;
            }
            k.hub->write(k.pending.left(n));
            k.pending.remove(0, n);
            k.bodyLeft -= n;
            if (k.cutting && k.untilCut <= 0) {
                // Half the body went; then the line drops, both ways.
                ++cutsDone;
                k.hub->waitForBytesWritten(1000);
                k.hub->abort();
                k.client->abort();
                return;
            }
            if (k.bodyLeft > 0) {
                return;
            }
            k.inBody = false;
        }
    }

    QTcpServer m_server;
};

} // namespace chorus::test
