#pragma once

// Real processes on loopback for the hub tests: chorus-hub itself, a throw-away PostgreSQL
// cluster, and a device-like HTTP client. Everything a test starts, it stops.

#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <memory>
#include <pwd.h>
#include <unistd.h>

namespace chorus::test {

inline QString hubBinary()
{
    return QStringLiteral(CHORUS_BIN_DIR "/chorus-hub");
}

inline quint16 freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

/** Runs an admin subcommand to completion; returns stdout, sets *code (and *err, its
 *  standard error). */
inline QByteArray hubCommand(const QStringList& args, int* code = nullptr,
                             QByteArray* err = nullptr)
{
    QProcess p;
    p.start(hubBinary(), args);
    p.waitForFinished(30000);
    if (code) {
        *code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }
    if (err) {
        *err = p.readAllStandardError();
    }
    return p.readAllStandardOutput().trimmed();
}

/** A running `chorus-hub serve`. */
class HubProcess
{
public:
    bool start(const QString& db, const QStringList& extra = {})
    {
        m_process = std::make_unique<QProcess>();
        m_process->start(
            hubBinary(),
            QStringList{"serve", "--db", db, "--listen", QStringLiteral("127.0.0.1:0")} + extra);
        if (!m_process->waitForStarted(10000)) {
            return false;
        }
        QByteArray out;
        for (int i = 0; i < 100 && !out.contains('\n'); ++i) {
            m_process->waitForReadyRead(100);
            out += m_process->readAllStandardOutput();
        }
        const qsizetype colon = out.lastIndexOf(':');
        port = out.mid(colon + 1, out.indexOf(' ', colon) - colon - 1).toUShort();
        return port != 0;
    }
    void kill()
    {
        if (m_process && m_process->state() != QProcess::NotRunning) {
            m_process->kill();
            m_process->waitForFinished(10000);
        }
    }
    bool running() const { return m_process && m_process->state() == QProcess::Running; }
    /** What the hub wrote to its standard error so far (its log), kept after it exits. */
    QByteArray standardError()
    {
        if (m_process) {
            m_stderr += m_process->readAllStandardError();
        }
        return m_stderr;
    }
    bool waitForExit(int ms)
    {
        return m_process->state() == QProcess::NotRunning || m_process->waitForFinished(ms);
    }
    ~HubProcess() { kill(); }
    QString url(const QString& path) const
    {
        return QStringLiteral("%1://127.0.0.1:%2%3").arg(scheme).arg(port).arg(path);
    }
    quint16 port = 0;
    QString scheme = QStringLiteral("http");

private:
    std::unique_ptr<QProcess> m_process;
    QByteArray m_stderr;
};

struct Response
{
    int status = 0; ///< 0: no HTTP answer (connection cut, refused)
    QJsonObject body;
    QByteArray raw;
    QByteArray retryAfter;
    QString error; ///< the network error, in words, when there was one
};

/** Sends requests as a device would, blocking until the answer. */
class DeviceClient
{
public:
    QByteArray token;
    QList<QSslCertificate> caCertificates; ///< trust only these (the test CA)
    QByteArray pinnedSha256;               ///< set at enrolment: the hub's leaf certificate
    bool pinFailed = false;                ///< the last request met a different certificate
    QList<std::pair<QByteArray, QByteArray>> headers; ///< sent with every request (a proxy's)

    Response request(const QByteArray& verb, const QString& url, const QByteArray& body = {},
                     const QByteArray& contentType = "application/json")
    {
        QNetworkRequest req{QUrl(url)};
        if (!body.isEmpty() || verb == "POST") {
            req.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        }
        if (!token.isEmpty()) {
            req.setRawHeader("Authorization", "Bearer " + token);
        }
        for (const auto& [name, value] : headers) {
            req.setRawHeader(name, value);
        }
        req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
        if (!caCertificates.isEmpty()) {
            QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
            tls.setCaCertificates(caCertificates);
            req.setSslConfiguration(tls);
        }
        pinFailed = false;
        QNetworkReply* reply = m_nam.sendCustomRequest(req, verb, body);
        // SY-1: the pin is checked as soon as the handshake is done, before the body goes.
        QObject::connect(reply, &QNetworkReply::encrypted, reply, [this, reply] {
            const QByteArray seen =
                reply->sslConfiguration().peerCertificate().digest(QCryptographicHash::Sha256);
            if (pinnedSha256.isEmpty()) {
                pinnedSha256 = seen; // trust on first use, at enrolment
            } else if (seen != pinnedSha256) {
                pinFailed = true;
                reply->abort();
            }
        });
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        loop.exec();
        Response r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.raw = reply->isOpen() ? reply->readAll() : QByteArray();
        r.body = QJsonDocument::fromJson(r.raw).object();
        r.retryAfter = reply->rawHeader("Retry-After");
        if (reply->error() != QNetworkReply::NoError && r.status == 0) {
            r.error = reply->errorString();
        }
        reply->deleteLater();
        return r;
    }
    Response post(const QString& url, const QByteArray& body) { return request("POST", url, body); }
    Response get(const QString& url) { return request("GET", url); }

private:
    QNetworkAccessManager m_nam;
};

/** One request of a set sent all at once. */
struct Send
{
    QString url;
    QByteArray token;
    QByteArray body;
};

/** Sends every request at the same time, each on its own connection; waits for all. */
inline QList<int> concurrently(const QList<Send>& sends)
{
    std::vector<std::unique_ptr<QNetworkAccessManager>> nams;
    QList<QNetworkReply*> replies;
    for (const Send& s : sends) {
        nams.push_back(std::make_unique<QNetworkAccessManager>());
        QNetworkRequest req{QUrl(s.url)};
        req.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        req.setRawHeader("Authorization", "Bearer " + s.token);
        replies << nams.back()->post(req, s.body);
    }
    QEventLoop loop;
    int pending = static_cast<int>(replies.size());
    for (QNetworkReply* r : replies) {
        QObject::connect(r, &QNetworkReply::finished, &loop, [&] {
            if (--pending == 0) {
                loop.quit();
            }
        });
    }
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
    QList<int> statuses;
    for (QNetworkReply* r : replies) {
        statuses << r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r->deleteLater();
    }
    return statuses;
}

/** Runs a tool to completion; true on exit code 0. */
inline bool run(const QString& program, const QStringList& args, const QString& dir = {})
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(program, args);
    p.waitForFinished(60000);
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

/** A test CA made with openssl, and server certificates for 127.0.0.1 signed by it. */
class TestCa
{
public:
    explicit TestCa(const QString& dir) : m_dir(dir)
    {
        ok = run("openssl",
                 {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out",
                  "ca.pem", "-days", "2", "-subj", "/CN=Chorus Test CA"},
                 dir);
    }
    /** Makes NAME.pem and NAME.key for 127.0.0.1; returns false on failure. */
    bool issue(const QString& name)
    {
        QFile ext(m_dir + "/" + name + ".ext");
        if (!ext.open(QIODevice::WriteOnly)) {
            return false;
        }
        ext.write("subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\n"
                  "keyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n");
        ext.close();
        return run("openssl",
                   {"req", "-newkey", "rsa:2048", "-nodes", "-keyout", name + ".key", "-out",
                    name + ".csr", "-subj", "/CN=127.0.0.1"},
                   m_dir) &&
               run("openssl",
                   {"x509", "-req", "-in", name + ".csr", "-CA", "ca.pem", "-CAkey", "ca.key",
                    "-CAcreateserial", "-out", name + ".pem", "-days", "2", "-extfile",
                    name + ".ext"},
                   m_dir);
    }
    QString path(const QString& file) const { return m_dir + "/" + file; }
    QList<QSslCertificate> certificates() const
    {
        return QSslCertificate::fromPath(path("ca.pem"), QSsl::Pem);
    }
    bool ok = false;

private:
    QString m_dir;
};

/** nginx from sync/deploy/nginx.conf, templated into a directory of its own. */
class NginxFront
{
public:
    /** `tune` is applied to the templated text (the benchmark raises nginx's rate limits). */
    bool start(const QString& dir, quint16 upstreamPort, const QString& cert, const QString& key,
               const QList<std::pair<QString, QString>>& tune = {})
    {
        stop();
        QFile in(QStringLiteral(CHORUS_SOURCE_DIR "/sync/deploy/nginx.conf"));
        if (!in.open(QIODevice::ReadOnly)) {
            return false;
        }
        port = freePort();
        QString conf = QString::fromUtf8(in.readAll());
        conf.replace("@PREFIX@", dir)
            .replace("@LISTEN@", QStringLiteral("127.0.0.1:%1").arg(port))
            .replace("@CERT@", cert)
            .replace("@KEY@", key)
            .replace("@UPSTREAM@", QStringLiteral("127.0.0.1:%1").arg(upstreamPort));
        for (const auto& [from, to] : tune) {
            conf.replace(from, to);
        }
        QFile out(dir + "/nginx.conf");
        if (!out.open(QIODevice::WriteOnly)) {
            return false;
        }
        out.write(conf.toUtf8());
        out.close();
        QFile::setPermissions(dir, QFile::permissions(dir) | QFileDevice::ExeOther |
                                       QFileDevice::ReadOther | QFileDevice::ExeGroup);
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        // /usr/sbin is not on an ordinary user's PATH on Debian.
        const QString nginx = QFile::exists("/usr/sbin/nginx") ? QStringLiteral("/usr/sbin/nginx")
                                                               : QStringLiteral("nginx");
        m_process->start(nginx, {"-p", dir, "-c", dir + "/nginx.conf", "-e", dir + "/error.log"});
        if (!m_process->waitForStarted(10000)) {
            return false;
        }
        for (int i = 0; i < 100; ++i) { // ready when it accepts connections
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, port);
            if (probe.waitForConnected(100)) {
                return true;
            }
            QThread::msleep(50);
        }
        return false;
    }
    void stop()
    {
        if (m_process && m_process->state() != QProcess::NotRunning) {
            m_process->terminate(); // SIGTERM: nginx's fast shutdown, workers included
            if (!m_process->waitForFinished(10000)) {
                m_process->kill();
                m_process->waitForFinished(5000);
            }
        }
        m_process.reset();
    }
    ~NginxFront() { stop(); }
    QString url(const QString& path) const
    {
        return QStringLiteral("https://127.0.0.1:%1%2").arg(port).arg(path);
    }
    quint16 port = 0;

private:
    std::unique_ptr<QProcess> m_process;
};

/** A throw-away PostgreSQL 15 cluster on a free loopback port, run as user postgres. */
class PostgresCluster
{
public:
    static QString bin(const char* tool)
    {
        return QStringLiteral("/usr/lib/postgresql/15/bin/") + QLatin1String(tool);
    }
    /** Root cannot run postgres: as root the cluster runs as user postgres (runuser). */
    static bool available()
    {
        return QFile::exists(bin("initdb")) && (getuid() != 0 || getpwnam("postgres"));
    }

    bool start()
    {
        m_dir = std::make_unique<QTemporaryDir>(QStringLiteral("/tmp/chorus-pg-XXXXXX"));
        if (!m_dir->isValid()) {
            return false;
        }
        if (getuid() == 0) {
            const passwd* pw = getpwnam("postgres");
            if (!pw ||
                chown(m_dir->path().toLocal8Bit().constData(), pw->pw_uid, pw->pw_gid) != 0) {
                return false;
            }
        }
        port = freePort();
        const QString data = m_dir->path() + QStringLiteral("/data");
        if (!asPostgres({bin("initdb"), "-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8",
                         "--no-sync"})) {
            return false;
        }
        m_data = data;
        return asPostgres(
                   {bin("pg_ctl"), "-D", data, "-l", m_dir->path() + "/log", "-w", "-o",
                    QStringLiteral("-h 127.0.0.1 -p %1 -k %2 -F").arg(port).arg(m_dir->path()),
                    "start"}) &&
               asPostgres({bin("createdb"), "-h", "127.0.0.1", "-p", QString::number(port), "-U",
                           "postgres", "chorus"});
    }
    void stop()
    {
        if (!m_data.isEmpty()) {
            asPostgres({bin("pg_ctl"), "-D", m_data, "-m", "immediate", "-w", "stop"});
            m_data.clear();
        }
    }
    ~PostgresCluster() { stop(); }
    QString spec() const
    {
        return QStringLiteral("postgresql://postgres@127.0.0.1:%1/chorus").arg(port);
    }
    quint16 port = 0;
    /** The cluster's data directory (the test reads relation files there). */
    QString dataDir() const { return m_data; }

private:
    bool asPostgres(const QStringList& command)
    {
        QProcess p;
        if (getuid() == 0) {
            p.start(QStringLiteral("runuser"), QStringList{"-u", "postgres", "--"} + command);
        } else {
            p.start(command.first(), command.mid(1));
        }
        p.waitForFinished(120000);
        return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_data;
};

} // namespace chorus::test
