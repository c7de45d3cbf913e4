// The app's review API client (qml/team/reviewclient.h) against a hub served in this
// process: first sign-in with the one-time secret, a GET with the session, the hub's error
// body decoded into code/field, session expiry (the hub's clock moves) signalled once, no
// token sent before a session is set, plain http refused off loopback, and https trusted
// through a private CA file only when that file is given.
#include "qml/team/reviewclient.h"
#include "support/hubseed.h"
#include "sync/hub/http/hubserver.h"
#include "tests/sync/hub/hubfixture.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QSslKey>
#include <QTest>

using namespace chorus::hub;
using namespace chorus::sync;
using namespace chorus::test;

class TestReviewClient : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    std::shared_ptr<chorus::FakeClock> m_clock =
        std::make_shared<chorus::FakeClock>(QDateTime(QDate(2026, 11, 26), QTime(10, 0), Qt::UTC));
    std::unique_ptr<HubStore> m_store;
    std::unique_ptr<HubServer> m_server;
    quint16 m_port = 0;

    /** Calls one request and waits for its callback (the client itself never waits). */
    static ReviewReply wait(const std::function<void(ReviewClient::Callback)>& call)
    {
        ReviewReply out;
        bool answered = false;
        call([&](const ReviewReply& r) {
            out = r;
            answered = true;
        });
        if (!QTest::qWaitFor([&] { return answered; }, 30000)) {
            out.code = QStringLiteral("test_timeout");
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        auto opened =
            HubStore::open(QStringLiteral("sqlite:%1/hub.sqlite").arg(m_tmp.path()), m_clock);
        QVERIFY2(opened, qPrintable(opened.error().describe()));
        m_store = std::move(opened).value();
        Limits limits;
        limits.ratePerSecond = 1000;
        limits.rateBurst = 1000;
        m_server = std::make_unique<HubServer>(*m_store, limits);
        const auto port = m_server->listenOn(QHostAddress::LocalHost, 0, std::nullopt);
        QVERIFY2(port, qPrintable(port.error().message));
        m_port = port.value();
        QCOMPARE(seedFeedback(*m_store, QStringLiteral("c1"), 12), 12);
    }

    void signInReadAndExpire()
    {
        const auto secret = m_store->addReviewer(QStringLiteral("Sam Reviewer"));
        QVERIFY(secret);
        ReviewClient client;
        client.setHub(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)));
        QVERIFY(!client.hasSession());

        // No session yet: the hub sees no token and says so in its error body.
        ReviewReply r = wait([&](auto done) { client.get("/v1/review/consultations", done); });
        QCOMPARE(r.status, 401);
        QCOMPARE(r.code, QStringLiteral("unauthorized"));
        QVERIFY(!r.message.isEmpty());

        // A short new passphrase: 400 naming the field, decoded from the error body.
        r = wait([&](auto done) {
            client.post(
                "/v1/review/session",
                {{"name", "Sam Reviewer"}, {"secret", secret.value()}, {"passphrase", "short"}},
                done);
        });
        QCOMPARE(r.status, 400);
        QCOMPARE(r.code, QStringLiteral("invalid_value"));
        QCOMPARE(r.field, QStringLiteral("passphrase"));

        r = wait([&](auto done) {
            client.post("/v1/review/session",
                        {{"name", "Sam Reviewer"},
                         {"secret", secret.value()},
                         {"passphrase", "a long passphrase 1"}},
                        done);
        });
        QCOMPARE(r.status, 201);
        QVERIFY(r.ok());
        QCOMPARE(r.body.value("role").toString(), QStringLiteral("reviewer"));
        client.setSession(r.body.value("session").toString());
        QVERIFY(client.hasSession());

        r = wait(
            [&](auto done) { client.get("/v1/review/feedback?consultation=c1&limit=5", done); });
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body.value("records").toArray().size(), 5);
        QVERIFY(r.body.value("next").isString());

        // 31 minutes without a request: the hub ends the session; the client says so once
        // and drops the token.
        QSignalSpy expired(&client, &ReviewClient::sessionExpired);
        m_clock->set(m_clock->now().addSecs(31 * 60));
        r = wait([&](auto done) { client.get("/v1/review/consultations", done); });
        QCOMPARE(r.status, 401);
        QCOMPARE(r.code, QStringLiteral("session_expired"));
        QCOMPARE(expired.count(), 1);
        QVERIFY(!client.hasSession());
        r = wait([&](auto done) { client.get("/v1/review/consultations", done); });
        QCOMPARE(r.code, QStringLiteral("unauthorized"));
        QCOMPARE(expired.count(), 1); // no session was sent, so none ended

        // A failed sign-in is no expiry either.
        r = wait([&](auto done) {
            client.post("/v1/review/session",
                        {{"name", "Sam Reviewer"}, {"passphrase", "not the passphrase"}}, done);
        });
        QCOMPARE(r.status, 401);
        QCOMPARE(r.code, QStringLiteral("sign_in_failed"));
        QCOMPARE(expired.count(), 1);
    }

    void plainHttpOnlyOnLoopback()
    {
        ReviewClient client;
        client.setHub(QUrl(QStringLiteral("http://hub.example.org")));
        const ReviewReply r = wait([&](auto done) { client.get("/v1/review/session", done); });
        QCOMPARE(r.status, 0);
        QCOMPARE(r.code, QStringLiteral("insecure"));
    }

    void noHubIsANetworkError()
    {
        ReviewClient client;
        client.setHub(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(freePort())));
        const ReviewReply r = wait([&](auto done) { client.get("/v1/review/session", done); });
        QCOMPARE(r.status, 0);
        QCOMPARE(r.code, QStringLiteral("network"));
    }

    void httpsWithAPrivateCa()
    {
        // A hub served over TLS with a certificate from a private CA: trusted only when the
        // client is given that CA's file; otherwise a "tls" failure, never a silent answer.
        QTemporaryDir dir;
        TestCa ca(dir.path());
        QVERIFY2(ca.ok && ca.issue(QStringLiteral("hub")), "openssl could not make a test CA");
        QFile keyFile(ca.path(QStringLiteral("hub.key")));
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(
            QSslCertificate::fromPath(ca.path(QStringLiteral("hub.pem"))).value(0));
        tls.setPrivateKey(QSslKey(&keyFile, QSsl::Rsa));
        Limits limits;
        HubServer server(*m_store, limits);
        const auto port = server.listenOn(QHostAddress::LocalHost, 0, tls);
        QVERIFY2(port, qPrintable(port.error().message));
        const QUrl hub(QStringLiteral("https://127.0.0.1:%1").arg(port.value()));

        ReviewClient untrusting;
        untrusting.setHub(hub);
        ReviewReply r = wait([&](auto done) { untrusting.get("/v1/review/session", done); });
        QCOMPARE(r.status, 0);
        QCOMPARE(r.code, QStringLiteral("tls"));

        ReviewClient trusting;
        trusting.setHub(hub, ca.path(QStringLiteral("ca.pem")));
        r = wait([&](auto done) { trusting.get("/v1/review/session", done); });
        QCOMPARE(r.status, 401); // the hub answered, over TLS: no session yet
        QCOMPARE(r.code, QStringLiteral("unauthorized"));

        ReviewClient missingCa;
        missingCa.setHub(hub, dir.filePath(QStringLiteral("no-such-ca.pem")));
        r = wait([&](auto done) { missingCa.get("/v1/review/session", done); });
        QCOMPARE(r.code, QStringLiteral("tls"));
    }

    void cleanupTestCase()
    {
        m_server.reset();
        m_store.reset();
    }
};

QTEST_MAIN(TestReviewClient)
#include "tst_reviewclient.moc"
