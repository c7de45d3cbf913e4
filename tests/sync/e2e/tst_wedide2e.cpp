// "You said, we did" end to end (issue 8): two devices answer through the real anonymise ->
// outbox -> sync path into a chorus-hub process on loopback; a reviewer signs in over HTTP,
// tags one of device A's records with a theme, links another directly, and publishes two
// actions; both devices sync. The young person's view (WeDidModel) on device A lists the
// actions that answer their own words; device B, and a second young person on device A who
// gave other feedback, see nothing.
// First: the store fixture names chorus::Response, which hubfixture.h's test::Response
// would otherwise hide.
#include "tests/sync/syncfixture.h"

#include "qml/app/backend/wedidmodel.h"
#include "tests/sync/hub/hubfixture.h"

#include <QJsonArray>
#include <QTest>

using namespace chorus;
using namespace chorus::sync;
using namespace chorus::test;
using std::chrono::milliseconds;

namespace {

/** A device in the hub's consultation: a store with answers and its sync engine. */
struct Device
{
    DeviceFixture fx;
    std::unique_ptr<FakeSleeper> sleeper;
    std::unique_ptr<SyncEngine> engine;

    bool setUp(const QString& consultationId)
    {
        fx.consultationId = consultationId;
        if (!fx.setUpQueued()) {
            return false;
        }
        sleeper = std::make_unique<FakeSleeper>(fx.clock);
        SyncEngine::Options options;
        options.maxWaitInRun = std::chrono::hours(1); // the fake clock makes waits free
        options.timeoutMs = 20000;
        engine = std::make_unique<SyncEngine>(
            *fx.store, [](const HubEndpoint& ep) { return std::make_unique<HttpTransport>(ep); },
            Backoff(BackoffPolicy{milliseconds(500), milliseconds(30000)}), *sleeper, options);
        return true;
    }

    /** What the young person's "What the team did" page lists for this participant. */
    QList<WeDidModel::Entry> weDid(const QString& participantId)
    {
        WeDidModel model;
        model.load(*fx.store, participantId);
        return model.entries();
    }
};

/** The reviewer's side: raw HTTP with a review session (sync/PROTOCOL.md "Team review"). */
struct Reviewer
{
    DeviceClient http;
    const HubProcess& hub;

    test::Response post(const QString& path, const QJsonObject& body)
    {
        return http.post(hub.url(path), QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
};

} // namespace

class TestWeDidE2e : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QVERIFY2(QFile::exists(hubBinary()), "build chorus-hub first");
    }

    void youSaidWeDidReachesOnlyTheYoungPersonWhoSaidIt()
    {
        const QString db = QStringLiteral("sqlite:%1/hub.sqlite").arg(m_tmp.path());
        const QString consultation = QStringLiteral("c-home-2026");
        int exit = -1;
        const QByteArray codeA = hubCommand(
            {"enrol-code", "--db", db, "--new-consultation", consultation, "--expires-in", "900"},
            &exit);
        QCOMPARE(exit, 0);
        const QByteArray codeB = hubCommand(
            {"enrol-code", "--db", db, "--new-consultation", consultation, "--expires-in", "900"},
            &exit);
        QCOMPARE(exit, 0);
        const QByteArray added = hubCommand({"add-reviewer", "--db", db, "Sam Reviewer"}, &exit);
        QCOMPARE(exit, 0);
        const QString secret =
            QString::fromLatin1(added.mid(added.indexOf(':') + 1).trimmed()); // "...: SECRET"
        QCOMPARE(secret.size(), 43);
        HubProcess hub;
        QVERIFY(hub.start(db));

        // Two devices of one consultation enrol and answer. On A, a second young person
        // answers too, in a session of their own.
        Device a;
        Device b;
        QVERIFY(a.setUp(consultation));
        QVERIFY(b.setUp(consultation));
        auto enrolledA = a.engine->enrol(hub.url(""), QString::fromLatin1(codeA));
        QVERIFY2(enrolledA, qPrintable(enrolledA.error().message));
        auto enrolledB = b.engine->enrol(hub.url(""), QString::fromLatin1(codeB));
        QVERIFY2(enrolledB, qPrintable(enrolledB.error().message));

        const QStringList saidA = a.fx.answer(2, "I want more time to talk to my social worker");
        QCOMPARE(saidA.size(), 2);
        const auto other = a.fx.addParticipant("Lion");
        QVERIFY(other);
        QVERIFY(a.fx.giveConsent(other->id, StoreOnDevice | ShareAnonymised));
        auto otherSession = a.fx.store->consultations().startSession(
            consultation, SessionMode::Facilitated, {other->id});
        QVERIFY(otherSession);
        chorus::Response otherAnswer = a.fx.textAnswer("I like football at the weekend", other->id);
        otherAnswer.sessionId = otherSession->id;
        QVERIFY(a.fx.store->responses().save(otherAnswer));
        const QStringList saidB = b.fx.answer(1, "I want more time to talk too");
        QCOMPARE(saidB.size(), 1);
        QCOMPARE(a.engine->run().acknowledged, 3);
        QCOMPARE(b.engine->run().acknowledged, 1);

        // The reviewer signs in with the one-time secret and a passphrase of their own.
        Reviewer reviewer{{}, hub};
        const test::Response signedIn =
            reviewer.post("/v1/review/session", {{"name", "Sam Reviewer"},
                                                 {"secret", secret},
                                                 {"passphrase", "a long team passphrase"}});
        QCOMPARE(signedIn.status, 201);
        reviewer.http.token = signedIn.body.value("session").toString().toLatin1();
        QVERIFY(!reviewer.http.token.isEmpty());

        // A theme on A's first record; one action answers the theme, one links A's second
        // record directly.
        const test::Response theme =
            reviewer.post("/v1/review/themes",
                          {{"consultationId", consultation}, {"name", "Time with social workers"}});
        QCOMPARE(theme.status, 201);
        const QString themeId = theme.body.value("id").toString();
        QCOMPARE(reviewer
                     .post(QStringLiteral("/v1/review/themes/%1/feedback").arg(themeId),
                           {{"add", QJsonArray{saidA[0]}}})
                     .status,
                 200);
        const test::Response viaTheme =
            reviewer.post("/v1/review/actions",
                          {{"consultationId", consultation},
                           {"youSaid", "You want more time to talk with your social worker."},
                           {"weDid", "Social workers now have a longer visit every month."},
                           {"status", "done"},
                           {"date", "2026-11-20"},
                           {"feedbackIds", QJsonArray{}},
                           {"themeIds", QJsonArray{themeId}}});
        QCOMPARE(viaTheme.status, 201);
        const test::Response direct =
            reviewer.post("/v1/review/actions", {{"consultationId", consultation},
                                                 {"youSaid", "You said talking is hard."},
                                                 {"weDid", "We are making a quiet room."},
                                                 {"status", "doing"},
                                                 {"date", "2026-12-15"},
                                                 {"feedbackIds", QJsonArray{saidA[1]}},
                                                 {"themeIds", QJsonArray{}}});
        QCOMPARE(direct.status, 201);
        const QString themeAction = viaTheme.body.value("id").toString();
        const QString directAction = direct.body.value("id").toString();

        // Drafts never reach a device.
        QCOMPARE(a.engine->run().actionsReceived, 0);
        QVERIFY(a.weDid(a.fx.participant.id).isEmpty());

        for (const QString& id : {themeAction, directAction}) {
            const test::Response published =
                reviewer.post(QStringLiteral("/v1/review/actions/%1/publish").arg(id), {});
            QCOMPARE(published.status, 200);
            QCOMPARE(published.body.value("state").toString(), QStringLiteral("published"));
        }

        const SyncReport syncedA = a.engine->run();
        QCOMPARE(syncedA.outcome, SyncReport::Outcome::Done);
        QCOMPARE(syncedA.actionsReceived, 2);
        const SyncReport syncedB = b.engine->run();
        QCOMPARE(syncedB.outcome, SyncReport::Outcome::Done);
        QCOMPARE(syncedB.actionsReceived, 0);

        // The young person who said it sees both, newest published first, in the team's words.
        const QList<WeDidModel::Entry> mine = a.weDid(a.fx.participant.id);
        QCOMPARE(mine.size(), 2);
        QCOMPARE(mine[0].actionId, directAction);
        QCOMPARE(mine[0].weDid, QStringLiteral("We are making a quiet room."));
        QCOMPARE(mine[0].status, QStringLiteral("doing"));
        QCOMPARE(mine[0].date, QDate(2026, 12, 15));
        QCOMPARE(mine[1].actionId, themeAction);
        QCOMPARE(mine[1].youSaid,
                 QStringLiteral("You want more time to talk with your social worker."));
        QCOMPARE(mine[1].weDid,
                 QStringLiteral("Social workers now have a longer visit every month."));
        QCOMPARE(mine[1].status, QStringLiteral("done"));
        QCOMPARE(mine[1].date, QDate(2026, 11, 20));

        // Nobody else does: not the other young person on the same tablet, not device B, whose
        // similar words were never tagged or linked.
        QVERIFY(a.weDid(other->id).isEmpty());
        QVERIFY(b.weDid(b.fx.participant.id).isEmpty());
        QVERIFY(b.engine->records().actions()->isEmpty());

        // An edit published again comes again (a higher seq) and replaces the old words.
        const test::Response edited = reviewer.http.request(
            "PUT", hub.url(QStringLiteral("/v1/review/actions/%1").arg(directAction)),
            QJsonDocument(QJsonObject{{"youSaid", "You said talking is hard."},
                                      {"weDid", "The quiet room is open."},
                                      {"status", "done"},
                                      {"date", "2026-12-15"},
                                      {"feedbackIds", QJsonArray{saidA[1]}},
                                      {"themeIds", QJsonArray{}}})
                .toJson());
        QCOMPARE(edited.status, 200);
        QCOMPARE(
            reviewer.post(QStringLiteral("/v1/review/actions/%1/publish").arg(directAction), {})
                .status,
            200);
        QCOMPARE(a.engine->run().actionsReceived, 1);
        const QList<WeDidModel::Entry> updated = a.weDid(a.fx.participant.id);
        QCOMPARE(updated.size(), 2);
        QCOMPARE(updated[0].weDid, QStringLiteral("The quiet room is open."));
        QCOMPARE(updated[0].status, QStringLiteral("done"));
    }
};

QTEST_GUILESS_MAIN(TestWeDidE2e)
#include "tst_wedide2e.moc"
