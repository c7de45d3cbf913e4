#include "hubtransport.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTimer>

namespace chorus::sync {

QJsonObject HubReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QString HubReply::errorCode() const
{
    return json().value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString();
}

QStringList HubReply::hubError() const
{
    const QJsonObject e = json().value(QLatin1String("error")).toObject();
    return hubErrorArgs(e.value(QLatin1String("code")).toString(), hubMessage(),
                        e.value(QLatin1String("field")).toString());
}

QString HubReply::hubMessage() const
{
    const QString message =
        json().value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString();
    if (!message.isEmpty()) {
        return message;
    }
    return QStringLiteral("the hub answered HTTP %1 without an explanation").arg(status);
}

namespace {

QByteArray leafSha256Hex(const QNetworkReply* reply)
{
    const QSslCertificate leaf = reply->sslConfiguration().peerCertificate();
    return leaf.isNull() ? QByteArray() : leaf.digest(QCryptographicHash::Sha256).toHex();
}

QString describeSslErrors(const QList<QSslError>& errors)
{
    QStringList words;
    for (const QSslError& e : errors) {
        words << e.errorString();
    }
    words.removeDuplicates();
    return words.join(QLatin1String("; "));
}

} // namespace

bool pinMatches(const QByteArray& seenHex, const QByteArray& pinHex)
{
    if (pinHex.size() == seenHex.size()) {
        return !pinHex.isEmpty() && seenHex == pinHex;
    }
    return pinHex.size() >= kShortestPinHex && seenHex.size() == 64 && seenHex.startsWith(pinHex);
}

struct HttpTransport::Private
{
    HubEndpoint endpoint;
    QNetworkAccessManager nam;
};

HttpTransport::HttpTransport(HubEndpoint endpoint) : d(std::make_unique<Private>())
{
    d->endpoint = std::move(endpoint);
}

HttpTransport::~HttpTransport() = default;

HubReply HttpTransport::send(const HubRequest& request)
{
    const HubEndpoint& ep = d->endpoint;
    QUrl url = ep.base;
    const QString basePath =
        url.path().endsWith(QLatin1Char('/')) ? url.path().chopped(1) : url.path();
    const qsizetype q = request.path.indexOf(QLatin1Char('?'));
    url.setPath(basePath + (q < 0 ? request.path : request.path.left(q)));
    url.setQuery(q < 0 ? QString() : request.path.mid(q + 1));

    QNetworkRequest req(url);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                     QNetworkRequest::ManualRedirectPolicy);
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    req.setTransferTimeout(ep.timeoutMs);
    if (request.method == "POST") {
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    }
    if (!ep.token.isEmpty()) {
        req.setRawHeader("Authorization", "Bearer " + ep.token); // never in the URL (SY-2)
    }
    if (url.scheme() == QLatin1String("https")) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        if (!ep.extraCas.isEmpty()) {
            tls.addCaCertificates(ep.extraCas);
        }
        req.setSslConfiguration(tls);
    }

    HubReply out;
    QString tlsProblem;
    QNetworkReply* reply = request.method == "GET"
                               ? d->nam.get(req)
                               : d->nam.sendCustomRequest(req, request.method, request.body);
    if (!ep.pinHex.isEmpty()) {
        // Pinned: the chain does not matter, the exact certificate does (SY-1). A certificate
        // that is not the pinned one is refused whatever CA signed it.
        QObject::connect(reply, &QNetworkReply::sslErrors, reply,
                         [&, reply](const QList<QSslError>& errors) {
                             if (pinMatches(leafSha256Hex(reply), ep.pinHex)) {
                                 reply->ignoreSslErrors(errors);
                             } else {
                                 out.certificateChanged = true;
                             }
                         });
    } else {
        QObject::connect(
            reply, &QNetworkReply::sslErrors, reply,
            [&](const QList<QSslError>& errors) { tlsProblem = describeSslErrors(errors); });
    }
    QObject::connect(reply, &QNetworkReply::encrypted, reply, [&, reply] {
        out.peerSha256Hex = leafSha256Hex(reply);
        if (!ep.pinHex.isEmpty() && !pinMatches(out.peerSha256Hex, ep.pinHex)) {
            out.certificateChanged = true;
            reply->abort(); // before the request body leaves
        }
    });
    if (ep.stop) {
        // Emitted from another thread: queued to this one, where the loop below runs it. It
        // touches only the reply (still alive until its deleteLater), never this frame.
        QObject::connect(ep.stop.get(), &StopToken::stopRequested, reply,
                         [reply] { reply->abort(); });
        if (ep.stop->stopped()) {
            reply->abort();
        }
    }
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished()) {
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }

    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.stopped = out.status == 0 && ep.stop && ep.stop->stopped();
    if (reply->isOpen()) { // not after an abort
        out.body = reply->readAll();
    }
    bool ok = false;
    const int retryAfter = reply->rawHeader("Retry-After").trimmed().toInt(&ok);
    if (ok && retryAfter >= 0) {
        out.retryAfterSeconds = retryAfter;
    }
    if (out.status == 0) {
        if (out.stopped) {
            out.networkError = {QStringLiteral("stopped"), {}};
        } else if (out.certificateChanged) {
            out.networkError = {QStringLiteral("certificate_changed"), {}};
        } else if (!tlsProblem.isEmpty()) {
            out.networkError = {QStringLiteral("certificate_untrusted"), {tlsProblem}};
        } else if (reply->error() == QNetworkReply::OperationCanceledError) {
            out.networkError = {QStringLiteral("hub_timeout"),
                                {QString::number(ep.timeoutMs / 1000)}};
        } else {
            out.networkError = {QStringLiteral("hub_unreachable"), {reply->errorString()}};
        }
    }
    reply->disconnect(); // the handlers above refer to this frame
    reply->deleteLater();
    return out;
}

} // namespace chorus::sync
