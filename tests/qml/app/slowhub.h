#pragma once

// A stand-in hub on loopback HTTP, on its own thread, that can hold its answer to
// POST /v1/feedback until the test lets it go: a hub as slow as the test needs, without a
// sleep. It answers the few endpoints the app's sync uses as sync/PROTOCOL.md says.

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <memory>

namespace chorus::test {

class SlowHub final : public QObject
{
    Q_OBJECT

public:
    SlowHub()
    {
        m_thread.setObjectName(QStringLiteral("slow hub"));
        moveToThread(&m_thread);
        m_thread.start();
        QMetaObject::invokeMethod(this, &SlowHub::listen, Qt::BlockingQueuedConnection);
    }

    ~SlowHub() override
    {
        QMetaObject::invokeMethod(this, &SlowHub::shutDown, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    [[nodiscard]] QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }

    /** While held, feedback batches get no answer until release(). */
    void hold()
    {
        QMutexLocker lock(&m_mutex);
        m_holding = true;
    }
    void release()
    {
        {
            QMutexLocker lock(&m_mutex);
            m_holding = false;
        }
        QMetaObject::invokeMethod(this, &SlowHub::answerHeld, Qt::QueuedConnection);
    }
    /** Feedback batches that arrived (answered or not), as lists of item ids. */
    [[nodiscard]] QList<QStringList> batches() const
    {
        QMutexLocker lock(&m_mutex);
        return m_batches;
    }
    /** Ids the hub acknowledged in an answer that was written to the device. */
    [[nodiscard]] QStringList acknowledged() const
    {
        QMutexLocker lock(&m_mutex);
        return m_acknowledged;
    }
    /** Stops listening: the hub is offline from now on. */
    void goOffline()
    {
        QMetaObject::invokeMethod(this, &SlowHub::shutDown, Qt::BlockingQueuedConnection);
    }

private:
    void listen()
    {
        m_server = std::make_unique<QTcpServer>();
        connect(m_server.get(), &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* s = m_server->nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, this, [this, s] { read(s); });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
        m_server->listen(QHostAddress::LocalHost);
        m_port = m_server->serverPort();
    }

    void shutDown()
    {
        for (const auto& held : std::as_const(m_held)) {
            if (held.socket) {
                held.socket->abort();
            }
        }
        m_held.clear();
        m_buffers.clear();
        m_server.reset(); // on its own thread, with the sockets it made
    }

    void read(QTcpSocket* s)
    {
        QByteArray& buffer = m_buffers[s];
        buffer += s->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            return;
        }
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        qsizetype length = 0;
        for (const QByteArray& line : lines) {
            if (line.toLower().startsWith("content-length:")) {
                length = line.mid(15).trimmed().toLongLong();
            }
        }
        if (buffer.size() < end + 4 + length) {
            return;
        }
        const QByteArray body = buffer.mid(end + 4, length);
        m_buffers.remove(s);
        answer(s, requestLine.value(0), QString::fromLatin1(requestLine.value(1)), body);
    }

    void answer(QTcpSocket* s, const QByteArray& method, const QString& path,
                const QByteArray& body)
    {
        if (method == "POST" && path == QLatin1String("/v1/enrol")) {
            return write(s, 201,
                         {{"deviceId", "d-1"},
                          {"token", "token-abc"},
                          {"consultationId", "c1"},
                          {"role", "practitioner"}});
        }
        if (path == QLatin1String("/v1/info")) {
            return write(
                s, 200,
                {{"versions", QJsonArray{1}}, {"limits", QJsonObject{{"maxBatchItems", 100}}}});
        }
        if (path == QLatin1String("/v1/feedback")) {
            QStringList ids;
            for (const auto& v : QJsonDocument::fromJson(body).object().value("items").toArray()) {
                ids << v.toObject().value("id").toString();
            }
            QMutexLocker lock(&m_mutex);
            m_batches << ids;
            if (m_holding) {
                m_held << Held{QPointer<QTcpSocket>(s), ids};
                return;
            }
            lock.unlock();
            return acknowledge(s, ids);
        }
        if (path == QLatin1String("/v1/invites")) {
            const QJsonObject asked = QJsonDocument::fromJson(body).object();
            return write(s, 201,
                         {{"code", "ABCD2FGH3KMN"},
                          {"consultationId", "c1"},
                          {"uses", asked.value("uses").toInt()},
                          {"expiresAt", "2030-01-02T10:00:00Z"}});
        }
        if (path == QLatin1String("/v1/packs")) {
            return write(s, 200, {{"packs", QJsonArray{}}});
        }
        if (path.startsWith(QLatin1String("/v1/actions"))) {
            return write(s, 200, {{"actions", QJsonArray{}}, {"next", "0"}});
        }
        write(s, 404,
              {{"error", QJsonObject{{"code", "not_found"}, {"message", "no such endpoint"}}}});
    }

    void acknowledge(QTcpSocket* s, const QStringList& ids)
    {
        if (!s || s->state() != QAbstractSocket::ConnectedState) {
            return; // the device gave up on this request: it never saw the answer
        }
        {
            QMutexLocker lock(&m_mutex);
            m_acknowledged << ids;
        }
        write(s, 200, {{"acknowledged", QJsonArray::fromStringList(ids)}});
    }

    void answerHeld()
    {
        const auto held = std::exchange(m_held, {});
        for (const auto& h : held) {
            acknowledge(h.socket, h.ids);
        }
    }

    void write(QTcpSocket* s, int status, const QJsonObject& body)
    {
        const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
        s->write("HTTP/1.1 " + QByteArray::number(status) +
                 " X\r\nContent-Type: application/json\r\nConnection: close\r\n"
                 "Content-Length: " +
                 QByteArray::number(json.size()) + "\r\n\r\n" + json);
        s->disconnectFromHost();
    }

    struct Held
    {
        QPointer<QTcpSocket> socket;
        QStringList ids;
    };

    QThread m_thread;
    std::unique_ptr<QTcpServer> m_server;
    quint16 m_port = 0;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    QList<Held> m_held;
    mutable QMutex m_mutex;
    bool m_holding = false;
    QList<QStringList> m_batches;
    QStringList m_acknowledged;
};

} // namespace chorus::test
