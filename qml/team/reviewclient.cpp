#include "reviewclient.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QTimer>

namespace chorus::sync {

namespace {

constexpr int kTransferTimeoutMs = 30000;

bool isLoopbackHost(const QString& host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0) {
        return true;
    }
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool isTlsFailure(QNetworkReply::NetworkError error)
{
    return error == QNetworkReply::SslHandshakeFailedError ||
           error == QNetworkReply::UnknownNetworkError; // Qt reports some TLS alerts so
}

/** The hub's error body: {"error": {"code", "message", "field"}}. */
void readErrorBody(ReviewReply& r)
{
    const QJsonObject error = r.body.value(QLatin1String("error")).toObject();
    r.code = error.value(QLatin1String("code")).toString();
    r.message = error.value(QLatin1String("message")).toString();
    r.field = error.value(QLatin1String("field")).toString();
    if (r.code.isEmpty()) {
        r.code = QStringLiteral("bad_reply"); // an error without the hub's body: not our hub
    }
}

} // namespace

ReviewClient::ReviewClient(QObject* parent)
    : QObject(parent), m_network(new QNetworkAccessManager(this))
{
    // Nothing is cached: review answers carry children's words (Cache-Control: no-store).
    m_network->setCache(nullptr);
}

ReviewClient::~ReviewClient() = default;

void ReviewClient::setHub(const QUrl& hub, const QString& caFile)
{
    m_hub = hub;
    m_token.clear();
    m_extraCas.clear();
    m_caUnreadable = false;
    if (!caFile.isEmpty()) {
        m_extraCas = QSslCertificate::fromPath(caFile, QSsl::Pem);
        m_caUnreadable = m_extraCas.isEmpty();
    }
}

void ReviewClient::setSession(const QString& token)
{
    m_token = token;
}

void ReviewClient::get(const QString& pathAndQuery, Callback done)
{
    send("GET", pathAndQuery, {}, std::move(done));
}

void ReviewClient::post(const QString& path, const QJsonObject& body, Callback done)
{
    send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), std::move(done));
}

void ReviewClient::put(const QString& path, const QJsonObject& body, Callback done)
{
    send("PUT", path, QJsonDocument(body).toJson(QJsonDocument::Compact), std::move(done));
}

void ReviewClient::del(const QString& path, Callback done)
{
    send("DELETE", path, {}, std::move(done));
}

QString ReviewClient::refusal() const
{
    if (!m_hub.isValid() || m_hub.host().isEmpty()) {
        return QStringLiteral("bad_address");
    }
    const QString scheme = m_hub.scheme().toLower();
    if (scheme == QLatin1String("https")) {
        return m_caUnreadable ? QStringLiteral("tls") : QString();
    }
    // Plain HTTP would show children's words to anyone on the network: loopback only.
    if (scheme == QLatin1String("http") && isLoopbackHost(m_hub.host())) {
        return {};
    }
    return QStringLiteral("insecure");
}

void ReviewClient::answerLater(QObject* context, ReviewReply reply, Callback done)
{
    // Callers may rely on the answer coming after the call returns, as it does from the hub.
    QTimer::singleShot(0, context, [reply = std::move(reply), done = std::move(done)] {
        if (done) {
            done(reply);
        }
    });
}

void ReviewClient::send(const QByteArray& verb, const QString& path, const QByteArray& body,
                        Callback done)
{
    if (const QString why = refusal(); !why.isEmpty()) {
        ReviewReply r;
        r.code = why;
        answerLater(this, std::move(r), std::move(done));
        return;
    }
    QUrl url = m_hub;
    const qsizetype query = path.indexOf(QLatin1Char('?'));
    url.setPath(m_hub.path().chopped(m_hub.path().endsWith(QLatin1Char('/')) ? 1 : 0) +
                path.left(query));
    url.setQuery(query < 0 ? QString() : path.mid(query + 1), QUrl::StrictMode);

    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setTransferTimeout(kTransferTimeoutMs);
    request.setRawHeader("Accept", "application/json");
    if (!body.isEmpty()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    }
    if (!m_token.isEmpty()) {
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    }
    if (!m_extraCas.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_extraCas);
        request.setSslConfiguration(tls);
    }
    QNetworkReply* reply = body.isEmpty() && verb != "POST" && verb != "PUT"
                               ? m_network->sendCustomRequest(request, verb)
                               : m_network->sendCustomRequest(request, verb, body);
    const bool hadSession = hasSession();
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, hadSession, done = std::move(done)] { finish(reply, hadSession, done); });
}

void ReviewClient::finish(QNetworkReply* reply, bool hadSession, const Callback& done)
{
    reply->deleteLater();
    ReviewReply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (r.status == 0) {
        r.code = isTlsFailure(reply->error()) ? QStringLiteral("tls") : QStringLiteral("network");
        if (done) {
            done(r);
        }
        return;
    }
    r.raw = reply->readAll();
    const QString type = reply->header(QNetworkRequest::ContentTypeHeader).toString();
    if (type.startsWith(QLatin1String("application/json"))) {
        QJsonParseError parse{};
        const QJsonDocument doc = QJsonDocument::fromJson(r.raw, &parse);
        if (parse.error != QJsonParseError::NoError || !doc.isObject()) {
            r.code = QStringLiteral("bad_reply");
        } else {
            r.body = doc.object();
        }
    }
    if (!r.ok()) {
        readErrorBody(r);
    }
    const bool ended = r.status == 401 && (r.code == QLatin1String("session_expired") ||
                                           r.code == QLatin1String("unauthorized"));
    // Only a request that carried a session can end one, and only the current one.
    const bool expired = ended && hadSession && hasSession();
    if (expired) {
        m_token.clear();
    }
    if (done) {
        done(r);
    }
    if (expired) {
        emit sessionExpired();
    }
}

} // namespace chorus::sync
