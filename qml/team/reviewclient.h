#pragma once

// The app's client of the hub's team review API (sync/PROTOCOL.md "Team review"): JSON
// over HTTPS, asynchronous. It never blocks and never runs a nested event loop, so the
// Team screens stay responsive while the hub answers. The session token lives in this
// object's memory only: never on disk, never in a log.

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace chorus::sync {

/** One answer of the hub, decoded. */
struct ReviewReply
{
    int status = 0;   ///< HTTP status, 0 = no answer (network/TLS)
    QJsonObject body; ///< parsed JSON body (empty for non-JSON)
    QByteArray raw;   ///< raw body (CSV exports)
    QString code;     ///< hub's machine error code, or "network"/"tls"/"bad_reply"/"insecure"
    QString message;  ///< hub's readable message (English; the UI maps code -> qsTr)
    QString field;    ///< hub's field name if any
    [[nodiscard]] bool ok() const { return status >= 200 && status < 300; }
};

class ReviewClient : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const ReviewReply&)>;

    explicit ReviewClient(QObject* parent = nullptr);
    ~ReviewClient() override;

    /** https (trusting the system CAs plus, if given, one private CA file) or plain http
     *  to a loopback address only (tests). Clears any session: it belonged to another hub. */
    void setHub(const QUrl& hub, const QString& caFile = {});
    [[nodiscard]] QUrl hub() const { return m_hub; }
    /** Kept in memory only; sent as a Bearer token from now on. Empty = signed out. */
    void setSession(const QString& token);
    [[nodiscard]] bool hasSession() const { return !m_token.isEmpty(); }

    void get(const QString& pathAndQuery, Callback done);
    void post(const QString& path, const QJsonObject& body, Callback done);
    void put(const QString& path, const QJsonObject& body, Callback done);
    void del(const QString& path, Callback done);

signals:
    /** A signed-in request got 401 session_expired or unauthorized; the token is dropped. */
    void sessionExpired();

private:
    void send(const QByteArray& verb, const QString& path, const QByteArray& body, Callback done);
    /** Why the hub address cannot be used (a ReviewReply code), or empty. */
    [[nodiscard]] QString refusal() const;
    void finish(QNetworkReply* reply, bool hadSession, const Callback& done);
    static void answerLater(QObject* context, ReviewReply reply, Callback done);

    QNetworkAccessManager* m_network = nullptr;
    QUrl m_hub;
    QList<QSslCertificate> m_extraCas;
    bool m_caUnreadable = false;
    QString m_token;
};

} // namespace chorus::sync
