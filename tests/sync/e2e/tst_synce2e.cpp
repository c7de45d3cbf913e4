// The device sync client against real hub processes on loopback (issue 7): through nginx
// with a test CA made here, on SQLite and on a PostgreSQL server started here; pinning,
// withdrawal, faults (500, 429, cut connections, the hub killed mid-batch), repeated and
// changed batches, revocation, expired and reused codes, two hubs on one PostgreSQL, and
// chorusctl enrol/sync/invite as a user would run them.
// First: the store fixture names chorus::Response, which hubfixture.h's test::Response
// would otherwise hide.
#include "tests/sync/syncfixture.h"

#include "sync/client/syncwords.h"

#include "support/processrunner.h"
#include "tests/sync/cutproxy.h"
#include "tests/sync/hub/hubfixture.h"

#include <QTest>

using namespace chorus;
using namespace chorus::sync;
using namespace chorus::test;
using std::chrono::milliseconds;

namespace {

/** A device: a store with answers, and its sync engine on the real network. */
struct Device
{
    DeviceFixture fx;
    std::unique_ptr<FakeSleeper> sleeper;
    std::unique_ptr<SyncEngine> engine;

    bool setUp(int rounds = 6)
    {
        if (!fx.setUpQueued()) {
            return false;
        }
        sleeper = std::make_unique<FakeSleeper>(fx.clock);
        SyncEngine::Options options;
        options.rounds = rounds;
        options.maxWaitInRun = std::chrono::hours(1); // the fake clock makes waits free
        options.timeoutMs = 20000;
        engine = std::make_unique<SyncEngine>(
            *fx.store, [](const HubEndpoint& ep) { return std::make_unique<HttpTransport>(ep); },
            Backoff(BackoffPolicy{milliseconds(500), milliseconds(30000)}), *sleeper, options);
        return true;
    }
    /** Moves past every scheduled retry. */
    void later() { fx.clock->set(fx.clock->now().addSecs(3600)); }
    QString deviceId() { return engine->records().enrolment().value()->deviceId; }
};

/** A young person's own device: an empty store (no consultation of its own) and its engine. */
struct OwnDevice : StoreFixture
{
    std::unique_ptr<FakeSleeper> sleeper;
    std::unique_ptr<SyncEngine> engine;

    bool setUpEmpty()
    {
        auto made = Store::create(dataDir(), "correct horse battery", fastKdf(), options());
        if (!made) {
            return false;
        }
        store = std::move(made->store);
        sleeper = std::make_unique<FakeSleeper>(clock);
        engine = std::make_unique<SyncEngine>(
            *store, [](const HubEndpoint& ep) { return std::make_unique<HttpTransport>(ep); },
            Backoff(BackoffPolicy{milliseconds(500), milliseconds(30000)}), *sleeper,
            SyncEngine::Options{});
        return true;
    }
};

/** Writes a consultation file for `chorus-hub publish-consultation`; returns its path. */
QString consultationFile(const QString& dir, const QString& id, const QString& status)
{
    const QString path = dir + "/" + id + "-" + status + ".json";
    QFile f(path);
    if (f.open(QIODevice::WriteOnly)) {
        f.write(QJsonDocument(QJsonObject{{"format", "chorus-consultation/1"},
                                          {"id", id},
                                          {"title", "Our club"},
                                          {"purpose", "Tell us what the club is like for you."},
                                          {"packId", "my-week"},
                                          {"packVersion", 1},
                                          {"activities", QJsonArray{"tell-us", "feel-today"}},
                                          {"retentionDays", 90},
                                          {"status", status}})
                    .toJson());
    }
    return path;
}

QString idList(QStringList ids)
{
    ids.sort();
    return ids.join(',');
}

} // namespace

class TestSyncE2e : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    PostgresCluster m_pg;
    bool m_pgUp = false;
    int m_counter = 0;

    QString newDb(const QString& backend)
    {
        if (backend == QLatin1String("sqlite")) {
            return QStringLiteral("sqlite:%1/hub-%2.sqlite").arg(m_tmp.path()).arg(++m_counter);
        }
        psql("SET client_min_messages = warning; DROP SCHEMA public CASCADE; CREATE SCHEMA "
             "public;");
        return m_pg.spec();
    }

    /** The hub's database read with its own command-line tool (this process holds SQLCipher,
     *  so it keeps away from Qt's SQLite driver). */
    QString psql(const QString& sql)
    {
        QProcess p;
        p.start("psql", {"-h", "127.0.0.1", "-p", QString::number(m_pg.port), "-U", "postgres",
                         "-d", "chorus", "-tAqc", sql});
        p.waitForFinished(30000);
        return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    }
    QString query(const QString& db, const QString& sql)
    {
        if (db.startsWith(QLatin1String("postgresql"))) {
            return psql(sql);
        }
        QProcess p;
        p.start("sqlite3", {db.mid(7), sql});
        p.waitForFinished(30000);
        return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    }
    qint64 count(const QString& db, const QString& sql)
    {
        bool ok = false;
        const qint64 n = query(db, sql).toLongLong(&ok);
        return ok ? n : -1;
    }
    /** The ids the hub holds, sorted and comma-joined. */
    QString hubIds(const QString& db)
    {
        return idList(query(db, "SELECT id FROM feedback").split('\n', Qt::SkipEmptyParts));
    }
    QByteArray code(const QString& db, const QString& consultation, int expiresIn = 900)
    {
        return hubCommand({"enrol-code", "--db", db, "--new-consultation", consultation,
                           "--expires-in", QString::number(expiresIn)});
    }

    void backends()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }
    bool needBackend(const QString& backend)
    {
        return backend == QLatin1String("sqlite") || m_pgUp;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QVERIFY2(QFile::exists(hubBinary()), "build chorus-hub first");
        QVERIFY2(QFile::exists(binary("chorusctl")), "build chorusctl first");
        // PostgreSQL is a requirement of these tests, not an option: fail if it cannot start.
        m_pgUp = PostgresCluster::available() && m_pg.start();
        QVERIFY2(m_pgUp, "PostgreSQL 15 could not be started");
    }
    void cleanupTestCase() { m_pg.stop(); }

    /** Enrol through nginx with a private CA, send anonymised answers (approved and queued),
     *  fetch a pack, withdraw, and meet a different certificate. */
    void throughNginx_data() { backends(); }
    void throughNginx()
    {
        QFETCH(QString, backend);
        QVERIFY(needBackend(backend));
        const QString db = newDb(backend);
        const QString dir = m_tmp.path() + "/nginx-" + QString::number(++m_counter);
        QVERIFY(QDir().mkpath(dir));
        TestCa ca(dir);
        QVERIFY(ca.ok && ca.issue("hub") && ca.issue("other"));

        Device device;
        QVERIFY(device.setUp());
        const QString consultation = device.fx.consultation.id;
        HubProcess hub;
        const QByteArray enrolCode = code(db, consultation);
        QVERIFY(hub.start(db));
        NginxFront nginx;
        QVERIFY(nginx.start(dir, hub.port, ca.path("hub.pem"), ca.path("hub.key")));
        const QString url = nginx.url("");

        // Without the private CA the first contact is refused, in words, and nothing saved.
        auto untrusted = device.engine->enrol(url, QString::fromLatin1(enrolCode));
        QVERIFY(!untrusted);
        QVERIFY2(untrusted.error().message.contains("not trusted"),
                 qPrintable(untrusted.error().message));
        QVERIFY(!device.engine->records().enrolment().value().has_value());
        auto enrolled =
            device.engine->enrol(url, QString::fromLatin1(enrolCode), readAll(ca.path("ca.pem")));
        QVERIFY2(enrolled, qPrintable(enrolled.error().message));
        QCOMPARE(enrolled->enrolment.consultationId, consultation);
        QCOMPARE(enrolled->enrolment.pinHex, QSslCertificate::fromPath(ca.path("hub.pem"))
                                                 .first()
                                                 .digest(QCryptographicHash::Sha256)
                                                 .toHex());

        // Answers: two queued straight away, two through review (one approved, one not).
        Sharing& sharing = device.fx.store->sharing();
        QVERIFY(sharing.addNamesToHide(consultation, {{"Oakfield Primary", PiiKind::School}}));
        QStringList expected = device.fx.answer(2, "I go to Oakfield Primary and it is ok");
        QVERIFY(sharing.setReviewRequired(consultation, true));
        const QStringList reviewed = device.fx.answer(2, "At Oakfield Primary I feel safe");
        QCOMPARE(reviewed.size(), 2);
        QVERIFY(sharing.approve(reviewed[0]));
        expected << reviewed[0];

        SyncReport report = device.engine->run();
        QCOMPARE(report.outcome, SyncReport::Outcome::Done);
        QCOMPARE(report.acknowledged, 3);
        QCOMPARE(hubIds(db), idList(expected));
        QCOMPARE(count(db, "SELECT COUNT(*) FROM feedback WHERE body LIKE '%Oakfield%'"), 0);
        QCOMPARE(count(db, "SELECT COUNT(*) FROM feedback WHERE framework_parameter = "
                           "'design-and-implementation/coproduction'"),
                 3);
        QCOMPARE(device.fx.counts().queued, 0);
        QCOMPARE(device.fx.counts().review, 1); // the unapproved one never left

        // Downstream: a pack published for this consultation arrives and is kept.
        int exit = -1;
        hubCommand({"publish-pack", "--db", db, CHORUS_SOURCE_DIR "/core/packs/my-week.json",
                    "--consultation", consultation},
                   &exit);
        QCOMPARE(exit, 0);
        report = device.engine->run();
        QCOMPARE(report.packsReceived, 1);
        QVERIFY(device.fx.store->consultations().pack("my-week", 1).ok());

        // Withdrawal: after erasure and one sync, the records are gone from the hub and the
        // device shows each erasure confirmed.
        auto withdrawn = device.fx.store->erasure().withdraw(device.fx.participant.id);
        QVERIFY(withdrawn);
        QCOMPARE(withdrawn->sharedErasuresQueued, 3);
        report = device.engine->run();
        QCOMPARE(report.erasuresConfirmed, 3);
        QCOMPARE(count(db, "SELECT COUNT(*) FROM feedback"), 0);
        auto confirmations = device.engine->records().confirmations();
        QCOMPARE(confirmations->size(), 3);
        QStringList erased;
        for (const auto& c : confirmations.value()) {
            QCOMPARE(c.outcome, QString("erased"));
            erased << c.feedbackId;
        }
        QCOMPARE(idList(erased), idList(expected));
        QCOMPARE(device.fx.counts().erasuresQueued, 0);

        // A different certificate (same CA, same address): sync fails closed, sends nothing.
        auto other = device.fx.addParticipant("Lion");
        QVERIFY(other && device.fx.giveConsent(other->id, StoreOnDevice | ShareAnonymised));
        QVERIFY(sharing.setReviewRequired(consultation, false));
        auto session = device.fx.store->consultations().startSession(
            consultation, SessionMode::Facilitated, {other->id});
        QVERIFY(session);
        chorus::Response hello = device.fx.textAnswer("hello", other->id);
        hello.sessionId = session->id;
        QVERIFY(device.fx.store->responses().save(hello));
        QCOMPARE(device.fx.counts().queued, 1);
        nginx.stop();
        QVERIFY(nginx.start(dir, hub.port, ca.path("other.pem"), ca.path("other.key")));
        auto move = device.fx.store->database().prepare("UPDATE hub_enrolment SET hub_url = ?");
        move->bind(1, nginx.url(""));
        QVERIFY(move->run()); // the hub answers at the same address with a new certificate
        report = device.engine->run();
        QCOMPARE(report.outcome, SyncReport::Outcome::CertificateChanged);
        QVERIFY2(SyncWords::englishWithCode(report.problem).contains("certificate has changed"),
                 qPrintable(SyncWords::englishWithCode(report.problem)));
        QCOMPARE(count(db, "SELECT COUNT(*) FROM feedback"), 0);
        QCOMPARE(device.fx.counts().queued, 1);
        QCOMPARE(device.fx.items().first().attempts, 0);
    }

    /** Faults, one after another on one hub database; after each the hub holds each record
     *  exactly once and the device's outbox agrees. */
    void faults_data() { backends(); }
    void faults()
    {
        QFETCH(QString, backend);
        QVERIFY(needBackend(backend));
        const QString db = newDb(backend);
        Device device;
        QVERIFY(device.setUp());
        const QString consultation = device.fx.consultation.id;
        const QByteArray firstCode = code(db, consultation);
        auto hub = std::make_unique<HubProcess>();
        QVERIFY(hub->start(db, {"--burst", "1000", "--inject-faults",
                                "feedback:500x2,feedback:429,feedback:close"}));
        CutProxy proxy;
        proxy.upstream = hub->port;
        QVERIFY(proxy.listen());
        const QString url = QStringLiteral("http://127.0.0.1:%1").arg(proxy.port());
        QVERIFY(device.engine->enrol(url, QString::fromLatin1(firstCode)));
        QStringList sent;

        // 500, 500, 429 (Retry-After: 1) and a connection closed without an answer.
        sent << device.fx.answer(6);
        SyncReport report = device.engine->run();
        QCOMPARE(report.outcome, SyncReport::Outcome::Done);
        QCOMPARE(report.acknowledged, 6);
        // Qt resends once by itself when a connection closes unanswered, so the closed
        // connection may cost no wait of ours: three waits at least.
        QVERIFY(device.sleeper->waits.size() >= 3);
        QVERIFY(device.sleeper->waits[2] >= milliseconds(1000)); // the hub's Retry-After
        QCOMPARE(hubIds(db), idList(sent));
        QCOMPARE(device.fx.counts().queued, 0);

        // The connection cut halfway through a request body.
        proxy.cutFeedback = 1;
        sent << device.fx.answer(3);
        report = device.engine->run();
        QCOMPARE(proxy.cutsDone, 1);
        QCOMPARE(report.outcome, SyncReport::Outcome::Done);
        QCOMPARE(hubIds(db), idList(sent));
        QCOMPARE(device.fx.counts().queued, 0);

        // The hub dies after committing a batch, before answering; it is restarted.
        hub = std::make_unique<HubProcess>();
        QVERIFY(
            hub->start(db, {"--burst", "1000", "--inject-faults", "feedback:crash-after-commit"}));
        proxy.upstream = hub->port;
        const QStringList inFlight = device.fx.answer(4);
        sent << inFlight;
        device.engine->run();
        QVERIFY(hub->waitForExit(10000));
        QCOMPARE(hubIds(db), idList(sent));     // committed...
        QCOMPARE(device.fx.counts().queued, 4); // ...but never acknowledged: kept
        hub = std::make_unique<HubProcess>();
        QVERIFY(hub->start(db, {"--burst", "1000"}));
        proxy.upstream = hub->port;
        device.later();
        report = device.engine->run();
        QCOMPARE(report.outcome, SyncReport::Outcome::Done);
        QCOMPARE(report.acknowledged, 4);
        QCOMPARE(hubIds(db), idList(sent));
        QCOMPARE(count(db, "SELECT COUNT(*) FROM feedback"), sent.size());
        QCOMPARE(device.fx.counts().queued, 0);

        // The same batch sent five times.
        auto preview = device.fx.store->sharing().preview(device.fx.participant.id);
        QVERIFY(preview);
        QList<ShareRecord> records;
        for (const auto& item : preview.value()) {
            if (inFlight.contains(item.shareId)) {
                records << item.record;
            }
        }
        QCOMPARE(records.size(), 4);
        for (int i = 0; i < 5; ++i) {
            for (const auto& r : records) {
                QVERIFY(device.fx.store->outbox().append(
                    r.id, Outbox::Kind::Feedback,
                    QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact)));
            }
            report = device.engine->run();
            QCOMPARE(report.acknowledged, 4);
            QCOMPARE(device.fx.counts().queued, 0);
        }
        QCOMPARE(count(db, "SELECT COUNT(*) FROM feedback"), sent.size());

        // A changed body under an old id: refused, nothing overwritten, shown as failed.
        ShareRecord changed = records.first();
        const QString before =
            query(db, "SELECT body FROM feedback WHERE id = '" + changed.id + "'");
        changed.text = QStringLiteral("something else entirely");
        QVERIFY(device.fx.store->outbox().append(
            changed.id, Outbox::Kind::Feedback,
            QJsonDocument(changed.toJson()).toJson(QJsonDocument::Compact)));
        report = device.engine->run();
        QCOMPARE(report.failed.size(), 1);
        QCOMPARE(report.failed.first().itemId, changed.id);
        QVERIFY(
            SyncWords::englishWithCode(report.failed.first().reason).contains("different answer"));
        QCOMPARE(query(db, "SELECT body FROM feedback WHERE id = '" + changed.id + "'"), before);
        QCOMPARE(count(db, "SELECT COUNT(*) FROM feedback"), sent.size());
        QCOMPARE(device.fx.counts().failed, 1);
        QCOMPARE(device.fx.counts().queued, 0);

        // A revoked device is refused and keeps what waits.
        const QString deviceId = device.deviceId();
        int exit = -1;
        hubCommand({"revoke", "--db", db, deviceId}, &exit);
        QCOMPARE(exit, 0);
        const QStringList waiting = device.fx.answer(1);
        report = device.engine->run();
        QCOMPARE(report.outcome, SyncReport::Outcome::Refused);
        QCOMPARE(device.fx.counts().queued, 1);
        QCOMPARE(count(db, "SELECT COUNT(*) FROM feedback"), sent.size());

        // Expired and reused codes are refused in words; the enrolment stays as it was.
        const QByteArray shortLived = code(db, consultation, 1);
        QTest::qWait(2100);
        auto expired = device.engine->enrol(url, QString::fromLatin1(shortLived));
        QVERIFY2(expired.error().message.contains("expired"), qPrintable(expired.error().message));
        auto reused = device.engine->enrol(url, QString::fromLatin1(firstCode));
        QVERIFY2(reused.error().message.contains("already been used"),
                 qPrintable(reused.error().message));
        QCOMPARE(device.deviceId(), deviceId);
        // A new code: the device enrols again and what waited goes.
        auto again = device.engine->enrol(url, QString::fromLatin1(code(db, consultation)));
        QVERIFY2(again, qPrintable(again.error().message));
        QVERIFY(again->replacedEarlier);
        report = device.engine->run();
        QCOMPARE(report.outcome, SyncReport::Outcome::Done);
        sent << waiting;
        QCOMPARE(hubIds(db), idList(sent));
        QCOMPARE(device.fx.counts().queued, 0);
        QCOMPARE(device.fx.counts().failed, 1); // the changed body, still shown
        hubCommand({"audit", "verify", "--db", db}, &exit);
        QCOMPARE(exit, 0);
    }

    /** Two hub processes on one PostgreSQL; devices upload to both, some items to each. */
    void twoHubsOnePostgres()
    {
        const QString db = newDb("postgresql");
        HubProcess a;
        HubProcess b;
        QVERIFY(a.start(db, {"--burst", "1000"}));
        QVERIFY(b.start(db, {"--burst", "1000"}));
        Device first;
        Device second;
        QVERIFY(first.setUp() && second.setUp());
        // Both devices' stores hold their own consultation; each is known to the hub.
        QVERIFY(first.engine->enrol(a.url(""),
                                    QString::fromLatin1(code(db, first.fx.consultation.id))));
        QVERIFY(second.engine->enrol(b.url(""),
                                     QString::fromLatin1(code(db, second.fx.consultation.id))));
        QStringList all = first.fx.answer(30) + second.fx.answer(30);
        QCOMPARE(first.engine->run().acknowledged, 30);
        QCOMPARE(second.engine->run().acknowledged, 30);
        // Each device then talks to the other hub, resending everything it has sent.
        for (Device* d : {&first, &second}) {
            auto move = d->fx.store->database().prepare("UPDATE hub_enrolment SET hub_url = ?");
            move->bind(1, (d == &first ? b : a).url(""));
            QVERIFY(move->run());
            auto preview = d->fx.store->sharing().preview(d->fx.participant.id);
            for (const auto& item : preview.value()) {
                QVERIFY(d->fx.store->outbox().append(
                    item.record.id, Outbox::Kind::Feedback,
                    QJsonDocument(item.record.toJson()).toJson(QJsonDocument::Compact)));
            }
            const QStringList more = d->fx.answer(10);
            all << more;
            const SyncReport r = d->engine->run();
            QCOMPARE(r.outcome, SyncReport::Outcome::Done);
            QCOMPARE(r.acknowledged, 40);
        }
        QCOMPARE(count(db, "SELECT COUNT(*) FROM feedback"), 80);
        QCOMPARE(hubIds(db), idList(all));
    }

    /** A young person's device joins by invite and sets up the consultation it joined by
     *  itself: the consultation and its pack come down, an own-time session starts on it and
     *  its answer goes up; a device of another consultation never receives it; closing on
     *  the hub stops new sessions and keeps the answer. */
    void inviteDeviceGetsItsConsultation()
    {
        const QString db = newDb("sqlite");
        HubProcess hub;
        QVERIFY(hub.start(db, {"--burst", "1000"}));
        int exit = -1;
        hubCommand({"publish-pack", "--db", db, CHORUS_SOURCE_DIR "/core/packs/my-week.json",
                    "--consultation", "club"},
                   &exit);
        QCOMPARE(exit, 0);
        hubCommand(
            {"publish-consultation", "--db", db, consultationFile(m_tmp.path(), "club", "open")},
            &exit);
        QCOMPARE(exit, 0);
        Device practitioner;
        QVERIFY(practitioner.setUp());
        QVERIFY(practitioner.engine->enrol(hub.url(""), QString::fromLatin1(code(db, "club"))));
        auto invite = practitioner.engine->createInvite(1, 24);
        QVERIFY2(invite, qPrintable(invite.error().message));

        OwnDevice own;
        QVERIFY(own.setUpEmpty());
        auto joined = own.engine->enrol(hub.url(""), invite->code);
        QVERIFY2(joined, qPrintable(joined.error().message));
        QCOMPARE(joined->enrolment.role, QString("participant"));
        SyncReport report = own.engine->run();
        QCOMPARE(report.outcome, SyncReport::Outcome::Done);
        QCOMPARE(report.packsReceived, 1);
        QCOMPARE(report.consultationsReceived.size(), 1);
        Consultations& consultations = own.store->consultations();
        auto club = consultations.get("club");
        QVERIFY2(club, qPrintable(club.error().message));
        QVERIFY(club->fromHub);
        QCOMPARE(club->activityIds, (QStringList{"tell-us", "feel-today"}));
        QVERIFY(consultations.pack(club->packId, club->packVersion).ok());

        // The young person starts an own-time session and answers; the answer goes up.
        own.consultation = club.value();
        auto me = own.addParticipant("Fox");
        QVERIFY(me && own.giveConsent(me->id, StoreOnDevice | ShareAnonymised));
        QVERIFY(own.store->sharing().setReviewRequired("club", false));
        auto session = consultations.startSession("club", SessionMode::OwnTime, {me->id});
        QVERIFY2(session, qPrintable(session.error().message));
        own.session = session.value();
        chorus::Response answer = own.textAnswer("The club is fun", me->id);
        answer.activityId = "tell-us";
        QVERIFY(own.store->responses().save(answer));
        QVERIFY(own.store->responses().submitDrafts(session->id, me->id));
        report = own.engine->run();
        QCOMPARE(report.acknowledged, 1);
        QCOMPARE(report.consultationsReceived.size(), 0); // nothing changed: nothing resent
        QCOMPARE(count(db, "SELECT COUNT(*) FROM feedback WHERE consultation_id = 'club'"), 1);

        // A device enrolled for another consultation does not receive it.
        OwnDevice elsewhere;
        QVERIFY(elsewhere.setUpEmpty());
        QVERIFY(elsewhere.engine->enrol(hub.url(""), QString::fromLatin1(code(db, "choir"))));
        report = elsewhere.engine->run();
        QCOMPARE(report.outcome, SyncReport::Outcome::Done);
        QCOMPARE(report.consultationsReceived.size(), 0);
        QVERIFY(!elsewhere.store->consultations().get("club").ok());

        // Closed on the hub: no new session on the device; the answer stays.
        hubCommand(
            {"publish-consultation", "--db", db, consultationFile(m_tmp.path(), "club", "closed")},
            &exit);
        QCOMPARE(exit, 0);
        report = own.engine->run();
        QCOMPARE(report.consultationsReceived.size(), 1);
        QVERIFY(consultations.get("club")->closed);
        QVERIFY(!consultations.startSession("club", SessionMode::OwnTime, {me->id}));
        QCOMPARE(own.store->responses().forSession(session->id)->size(), 1);
    }

    /** Issue 16: the practitioner's choice that the answers wait for a check together goes
     *  with the invite to a real hub and comes back to the young person's device at
     *  enrolment, though the typed invite cannot carry it; an invite without it does not. */
    void anInvitesCheckReachesTheYoungPersonsDevice()
    {
        const QString db = newDb("sqlite");
        HubProcess hub;
        QVERIFY(hub.start(db, {"--burst", "1000"}));
        Device practitioner;
        QVERIFY(practitioner.setUp());
        QVERIFY(practitioner.engine->enrol(hub.url(""), QString::fromLatin1(code(db, "club"))));
        const QString setting = QString::fromLatin1(kReviewOnDeviceSetting);
        for (const bool check : {true, false}) {
            auto invite = practitioner.engine->createInvite(1, 24, check);
            QVERIFY2(invite, qPrintable(invite.error().message));
            QCOMPARE(invite->reviewOnDevice, check);
            // What the young person types: the hub address and the 32 characters.
            const QString typed =
                InviteCard{hub.url(""), QString(invite->code).remove('-'), {}}.typed();
            const auto card = InviteCard::read(hub.url(""), typed);
            QVERIFY(card && !card->reviewOnDevice);
            OwnDevice own;
            QVERIFY(own.setUpEmpty());
            auto joined = own.engine->enrol(*card);
            QVERIFY2(joined, qPrintable(joined.error().message));
            QCOMPARE(joined->reviewOnDevice, check);
            QCOMPARE(own.store->setting(setting).value(), check ? QString("1") : QString("0"));
        }
    }

    /** chorusctl as a practitioner runs it: enrol through nginx with --ca, sync, invite;
     *  a young person's device joins with the invite. Exit codes and words checked. */
    void chorusctlEnrolSyncInvite()
    {
        const QString db = newDb("sqlite");
        const QString dir = m_tmp.path() + "/ctl";
        QVERIFY(QDir().mkpath(dir));
        TestCa ca(dir);
        QVERIFY(ca.ok && ca.issue("hub"));
        HubProcess hub;
        const QByteArray enrolCode = code(db, "c1");
        QVERIFY(hub.start(db));
        NginxFront nginx;
        QVERIFY(nginx.start(dir, hub.port, ca.path("hub.pem"), ca.path("hub.key")));
        const QByteArray pass = "correct horse battery\n";
        const auto ctl = [&](const QString& store, const QStringList& args) {
            return runBinary("chorusctl", QStringList{"--data-dir", store} + args, pass);
        };
        const QString practitioner = dir + "/practitioner";
        QCOMPARE(ctl(practitioner, {"init", "--kdf-ms", "10"}).exitCode, 0);
        ProcessResult r = ctl(practitioner, {"sync"});
        QCOMPARE(r.exitCode, 4);
        QVERIFY(r.err.contains("not enrolled"));
        r = ctl(practitioner, {"enrol", "--hub", nginx.url("")});
        QCOMPARE(r.exitCode, 64);
        r = ctl(practitioner, {"enrol", "--hub", nginx.url(""), "--code", "WRONG-CODE-XXXX"});
        QCOMPARE(r.exitCode, 4);
        r = ctl(practitioner, {"enrol", "--hub", nginx.url(""), "--code", enrolCode});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("not trusted"), r.err.constData());
        QVERIFY2(r.err.contains("give its certificate with --ca FILE"), r.err.constData());
        r = ctl(practitioner,
                {"enrol", "--hub", nginx.url(""), "--code", enrolCode, "--ca", ca.path("ca.pem")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("as a practitioner device for consultation c1"));
        QVERIFY(r.out.contains("certificate is pinned"));
        r = ctl(practitioner, {"sync"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("Nothing was waiting to be sent."));
        r = ctl(practitioner, {"invite", "--uses", "2", "--expires-in-hours", "24"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QByteArray invite = r.out.mid(r.out.indexOf("Invite code: ") + 13, 14);
        QCOMPARE(invite.size(), 14);
        const QString own = dir + "/own-device";
        QCOMPARE(ctl(own, {"init", "--kdf-ms", "10"}).exitCode, 0);
        r = ctl(own,
                {"enrol", "--hub", nginx.url(""), "--code", invite, "--ca", ca.path("ca.pem")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("as a participant device"));
        int published = -1;
        hubCommand({"publish-pack", "--db", db, CHORUS_SOURCE_DIR "/core/packs/my-week.json"},
                   &published);
        QCOMPARE(published, 0);
        hubCommand({"publish-consultation", "--db", db, consultationFile(dir, "c1", "open")},
                   &published);
        QCOMPARE(published, 0);
        r = ctl(own, {"sync"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("Received consultation \"Our club\" (c1): open."),
                 r.out.constData());
        r = ctl(own, {"invite"});
        QCOMPARE(r.exitCode, 4);
        QVERIFY(r.err.contains("practitioner's device can make invites"));
        QVERIFY(!r.out.contains("check them together"));

        // Issue 16: an invite may ask that the answers wait for a check together; the
        // practitioner is told so, and so is the device that joins with it.
        r = ctl(practitioner, {"invite", "--check-first"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("check them together"), r.out.constData());
        const QByteArray checked = r.out.mid(r.out.indexOf("Invite code: ") + 13, 14);
        const QString second = dir + "/own-device-checked";
        QCOMPARE(ctl(second, {"init", "--kdf-ms", "10"}).exitCode, 0);
        r = ctl(second,
                {"enrol", "--hub", nginx.url(""), "--code", checked, "--ca", ca.path("ca.pem")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("check them together"), r.out.constData());
        nginx.stop();
        r = ctl(practitioner, {"sync"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("Could not reach the hub"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestSyncE2e)
#include "tst_synce2e.moc"
