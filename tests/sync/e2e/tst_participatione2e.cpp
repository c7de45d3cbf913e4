// Evidence of coproduction end to end (issue 19): two devices keep how their sessions went
// (known practitioner time, activities finished and skipped, ratings, adaptations) through
// the device's participation tracker and sharing path, sync them to a chorus-hub process on
// loopback, and a reviewer reads GET /v1/review/participation; the Team page's cards
// (ParticipationModel) say the same in words. A group too small to show is hidden and says
// so. Then a withdrawal on a device erases that child's record on the hub at the next sync.
// First: the store fixture names chorus::Response, which hubfixture.h's test::Response
// would otherwise hide.
#include "tests/sync/syncfixture.h"

#include "core/store/owntime.h"
#include "qml/team/participationmodel.h"
#include "support/hubchild.h"

#include <QJsonArray>
#include <QTest>

using namespace chorus;
using namespace chorus::sync;
using namespace chorus::test;
using std::chrono::milliseconds;

namespace {

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
        options.maxWaitInRun = std::chrono::hours(1);
        options.timeoutMs = 20000;
        engine = std::make_unique<SyncEngine>(
            *fx.store, [](const HubEndpoint& ep) { return std::make_unique<HttpTransport>(ep); },
            Backoff(BackoffPolicy{milliseconds(500), milliseconds(30000)}), *sleeper, options);
        return true;
    }

    /** What the app's tracker starts a session with for this participant in this test's
     *  consultation: the pack, who they are, English, one week. */
    ParticipationRecord baseRecord(const Participant& p, SessionMode mode) const
    {
        ParticipationRecord base;
        base.consultationId = fx.consultation.id;
        base.packId = fx.consultation.packId;
        base.packVersion = fx.consultation.packVersion;
        base.ageBand = p.ageBand;
        base.role = p.role;
        base.mode = mode;
        base.language = "en";
        base.week = "2026-W45";
        return base;
    }

    /** One child's session as the app's tracker times it: 60 s on the feelings scale,
     *  answered and liked; 90 s on "say", answered or skipped; 20 minutes of practitioner
     *  time in all, with a 15-minute lock in the middle that is left out. */
    std::optional<QString> session(const QString& code, bool skipSay, const QString& adaptation)
    {
        const auto p = fx.addParticipant(code);
        if (!p || !fx.giveConsent(p->id, StoreOnDevice | ShareAnonymised)) {
            return std::nullopt;
        }
        const QDateTime t0 = fx.clock->now();
        const ParticipationRecord base = baseRecord(*p, SessionMode::Facilitated);
        ParticipationTracker t;
        t.start(base, t0);
        t.enter("feel", "feelings-scale", t0);
        t.leave(true, false, t0.addSecs(60));
        t.rate("feel", ParticipationRecord::Rating::Liked);
        t.useAdaptation("read-aloud");
        if (!adaptation.isEmpty()) {
            t.useAdaptation(adaptation);
        }
        t.pause(t0.addSecs(600)); // locked for 15 minutes
        t.start(t.record(t0, t0.addSecs(600)), t0.addSecs(1500));
        t.enter("say", "free-text", t0.addSecs(1500));
        t.leave(!skipSay, skipSay, t0.addSecs(1590));
        const ParticipationRecord done = t.record(t0, t0.addSecs(2100)); // 10 + 10 minutes
        if (!fx.store->sharing().saveParticipation(p->id, done, StoreOnDevice | ShareAnonymised)) {
            return std::nullopt;
        }
        return p->id;
    }

    /** One young person's own time on this tablet as the app keeps it (issue 16 and 19):
     *  their view under a PIN; 75 s on the feelings scale, answered and liked, read aloud,
     *  25 minutes in all; sent sealed with one answer. The practitioner's next unlock
     *  imports it (importInbox). */
    std::optional<QString> ownTime(const QString& code, const QByteArray& pin)
    {
        const auto p = fx.addParticipant(code);
        if (!p || !fx.giveConsent(p->id, StoreOnDevice | ShareAnonymised)) {
            return std::nullopt;
        }
        auto s = fx.store->consultations().startSession(fx.consultation.id, SessionMode::OwnTime,
                                                        {p->id});
        if (!s) {
            return std::nullopt;
        }
        auto view = OwnTime::createSession(*fx.store, s->id, pin, OwnTime::testOnlyCost(),
                                           OwnTime::CostPolicy::TestOnly, fx.options());
        if (!view) {
            qWarning("own-time view: %s", qPrintable(view.error().message));
            return std::nullopt;
        }
        const QDateTime t0 = fx.clock->now();
        const ParticipationRecord base = baseRecord(*p, SessionMode::OwnTime);
        ParticipationTracker t;
        t.start(base, t0);
        t.enter("feel", "feelings-scale", t0);
        t.leave(true, false, t0.addSecs(75));
        t.rate("feel", ParticipationRecord::Rating::Liked);
        t.useAdaptation("read-aloud");
        Store& session = *view.value();
        if (!OwnTime::keepParticipation(session, t.record(t0, t0.addSecs(1500)))) {
            return std::nullopt;
        }
        chorus::Response r = fx.textAnswer("I would like more time to talk", p->id);
        r.sessionId = s->id;
        r.draft = true;
        if (!session.responses().save(r) || !OwnTime::send(session, fx.dataDir(), s->id)) {
            return std::nullopt;
        }
        return p->id;
    }
};

/** Whether `v` is a number the disclosure layer may publish for `truth`. The values come from
 *  `hubprobe possible-published` (the hub's own disclosure code, in a process of its own:
 *  this one holds the store's SQLCipher, so it does not link the hub). */
bool publishedFrom(const QJsonValue& v, qint64 truth)
{
    const auto possible = runHubProbe({"possible-published", "--count", QString::number(truth)});
    return v.isDouble() && possible &&
           possible->trimmed().split('\n').contains(
               QByteArray::number(static_cast<qint64>(v.toDouble())));
}

QJsonObject byValue(const QJsonArray& list, const QString& key, const QString& value)
{
    for (const auto& v : list) {
        if (v.toObject().value(key).toString() == value) {
            return v.toObject();
        }
    }
    return {};
}

QVariantMap cardRow(const QVariantList& cards, const QString& element, const QString& label)
{
    for (const QVariant& c : cards) {
        if (c.toMap().value("element").toString() != element) {
            continue;
        }
        for (const QVariant& r : c.toMap().value("rows").toList()) {
            if (r.toMap().value("label").toString() == label) {
                return r.toMap();
            }
        }
    }
    return {};
}

} // namespace

class TestParticipationE2e : public QObject
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

    void sessionsBecomeTheFigures()
    {
        const QString db = QStringLiteral("sqlite:%1/hub.sqlite").arg(m_tmp.path());
        const QString consultation = QStringLiteral("c-voice-2026");
        int exit = -1;
        QByteArray codes[2];
        for (auto& code : codes) {
            code = hubCommand({"enrol-code", "--db", db, "--new-consultation", consultation,
                               "--expires-in", "900"},
                              &exit);
            QCOMPARE(exit, 0);
        }
        const QByteArray added = hubCommand({"add-reviewer", "--db", db, "Sam Reviewer"}, &exit);
        QCOMPARE(exit, 0);
        const QString secret = QString::fromLatin1(added.mid(added.indexOf(':') + 1).trimmed());
        HubProcess hub;
        QVERIFY(hub.start(db));

        Device a;
        Device b;
        QVERIFY(a.setUp(consultation));
        QVERIFY(b.setUp(consultation));
        QVERIFY(a.engine->enrol(hub.url(""), QString::fromLatin1(codes[0])));
        QVERIFY(b.engine->enrol(hub.url(""), QString::fromLatin1(codes[1])));
        // Device A: nine children, one of whom skipped "say". Device B: one child who used
        // high contrast, a group of one.
        QStringList onA;
        for (int i = 0; i < 9; ++i) {
            const auto id = a.session(QStringLiteral("Fox%1").arg(i), i == 0, {});
            QVERIFY(id);
            onA << *id;
        }
        QVERIFY(b.session("Owl", false, "high-contrast"));
        QCOMPARE(a.engine->run().acknowledged, 9);
        QCOMPARE(b.engine->run().acknowledged, 1);

        DeviceClient reviewer;
        const test::Response signedIn =
            reviewer.post(hub.url("/v1/review/session"),
                          QJsonDocument(QJsonObject{{"name", "Sam Reviewer"},
                                                    {"secret", secret},
                                                    {"passphrase", "a long team passphrase"}})
                              .toJson(QJsonDocument::Compact));
        QCOMPARE(signedIn.status, 201);
        reviewer.token = signedIn.body.value("session").toString().toLatin1();
        const QString path = hub.url("/v1/review/participation?consultation=" + consultation);
        test::Response r = reviewer.get(path);
        QCOMPARE(r.status, 200);

        const QJsonObject space = r.body.value("space").toObject();
        QVERIFY(publishedFrom(space.value("sessions").toObject().value("total"), 10));
        const QJsonArray adaptations = space.value("adaptations").toArray();
        QCOMPARE(byValue(adaptations, "value", "read-aloud").value("share").toDouble(), 1.0);
        const QJsonObject contrast = byValue(adaptations, "value", "high-contrast");
        QCOMPARE(contrast.value("suppressed").toBool(), true);
        QVERIFY(contrast.value("count").isNull());
        const QJsonArray methods = r.body.value("voice").toObject().value("methods").toArray();
        const QJsonObject feel = byValue(methods, "type", "feelings-scale");
        QCOMPARE(feel.value("completed").toObject().value("share").toDouble(), 1.0);
        QCOMPARE(feel.value("medianSeconds").toObject().value("value").toDouble(), 60.0);
        QVERIFY(publishedFrom(
            byValue(feel.value("ratings").toObject().value("cells").toArray(), "value", "liked")
                .value("count"),
            10));
        const QJsonObject say = byValue(methods, "type", "free-text");
        QCOMPARE(say.value("skipped").toObject().value("suppressed").toBool(), true); // one
        QCOMPARE(say.value("medianSeconds").toObject().value("value").toDouble(), 90.0);
        const QJsonObject res = r.body.value("resourcing").toObject();
        // Ten sessions of 20 practitioner minutes each (the locks left out): 3.3 hours; each
        // session 35 minutes from start to end.
        QCOMPARE(res.value("practitionerHours").toDouble(), 3.3);
        QCOMPARE(res.value("medianSessionMinutes").toDouble(), 35.0);

        // The Team page's cards say the same, and say what is hidden.
        const QVariantList cards = team::ParticipationModel::cardsOf(r.body);
        QCOMPARE(cards.size(), 6);
        const QVariantMap hours = cardRow(cards, "resourcing", "Practitioner hours");
        QCOMPARE(hours.value("value").toString(), QString("3.3"));
        const QVariantMap contrastRow = cardRow(cards, "space", "High contrast");
        QCOMPARE(contrastRow.value("value").toString(), QString("hidden to protect small groups"));
        QCOMPARE(contrastRow.value("hidden").toBool(), true);

        // A child on device A withdraws: the next sync erases their record on the hub.
        QVERIFY(a.fx.store->erasure().withdraw(onA.first()).ok());
        const SyncReport after = a.engine->run();
        QCOMPARE(after.erasuresConfirmed, 1);
        r = reviewer.get(path);
        QVERIFY(publishedFrom(
            r.body.value("space").toObject().value("sessions").toObject().value("total"), 9));
        QCOMPARE(r.body.value("resourcing").toObject().value("practitionerHours").toDouble(), 3.0);
    }

    // Own time (issue 19): nine young people answer in their own time on a tablet, sealed
    // into the inbox; the practitioner's unlock imports them, one withdraws, and nine
    // others said no on the consent page. Their records travel like a practitioner
    // session's and become the figures: eight sessions in own time with no practitioner
    // hours, nine refusals, one withdrawal (too few to show, and said so).
    void ownTimeAndConsentBecomeTheFigures()
    {
        const QString db = QStringLiteral("sqlite:%1/hub-own.sqlite").arg(m_tmp.path());
        const QString consultation = QStringLiteral("c-own-2026");
        int exit = -1;
        const QByteArray code = hubCommand(
            {"enrol-code", "--db", db, "--new-consultation", consultation, "--expires-in", "900"},
            &exit);
        QCOMPARE(exit, 0);
        const QByteArray added = hubCommand({"add-reviewer", "--db", db, "Sam Reviewer"}, &exit);
        QCOMPARE(exit, 0);
        const QString secret = QString::fromLatin1(added.mid(added.indexOf(':') + 1).trimmed());
        HubProcess hub;
        QVERIFY(hub.start(db));

        Device tablet;
        QVERIFY(tablet.setUp(consultation));
        QVERIFY(tablet.engine->enrol(hub.url(""), QString::fromLatin1(code)));
        QStringList young;
        for (int i = 0; i < 9; ++i) {
            const auto id = tablet.ownTime(QStringLiteral("Wren%1").arg(i),
                                           QByteArray("25804") + QByteArray::number(i));
            QVERIFY(id);
            young << *id;
        }
        const auto imported = OwnTime::importInbox(*tablet.fx.store);
        QVERIFY2(imported.ok(), qPrintable(imported.error().message));
        QCOMPARE(imported->imported, 9);
        QVERIFY(tablet.fx.store->erasure().withdraw(young.first()).ok());
        for (int i = 0; i < 9; ++i) {
            QVERIFY(tablet.fx.store->sharing()
                        .noteConsentEvent(tablet.fx.consultation.id, ConsentEvent::Kind::Refused)
                        .ok());
        }
        const SyncReport sent = tablet.engine->run();
        QCOMPARE(tablet.fx.counts().queued, 0);
        QVERIFY(sent.acknowledged >= 8 + 8 + 10); // answers, sessions, consent events

        DeviceClient reviewer;
        const test::Response signedIn =
            reviewer.post(hub.url("/v1/review/session"),
                          QJsonDocument(QJsonObject{{"name", "Sam Reviewer"},
                                                    {"secret", secret},
                                                    {"passphrase", "a long team passphrase"}})
                              .toJson(QJsonDocument::Compact));
        QCOMPARE(signedIn.status, 201);
        reviewer.token = signedIn.body.value("session").toString().toLatin1();
        const test::Response r =
            reviewer.get(hub.url("/v1/review/participation?consultation=" + consultation));
        QCOMPARE(r.status, 200);
        const QJsonObject space = r.body.value("space").toObject();
        const QJsonObject own = space.value("ownTime").toObject();
        QVERIFY2(publishedFrom(own.value("count"), 8), QJsonDocument(space).toJson().constData());
        QCOMPARE(own.value("share").toDouble(), 1.0);
        QVERIFY(publishedFrom(space.value("consentRefusals").toObject().value("count"), 9));
        QCOMPARE(space.value("withdrawals").toObject().value("suppressed").toBool(), true);
        const QJsonArray methods = r.body.value("voice").toObject().value("methods").toArray();
        const QJsonObject feel = byValue(methods, "type", "feelings-scale");
        QCOMPARE(feel.value("completed").toObject().value("share").toDouble(), 1.0);
        QCOMPARE(feel.value("medianSeconds").toObject().value("value").toDouble(), 75.0);
        QCOMPARE(byValue(space.value("adaptations").toArray(), "value", "read-aloud")
                     .value("share")
                     .toDouble(),
                 1.0);
        const QJsonObject res = r.body.value("resourcing").toObject();
        QCOMPARE(res.value("practitionerHours").toDouble(-1), 0.0); // their own time
        QCOMPARE(res.value("medianSessionMinutes").toDouble(), 25.0);

        // The Space card says them in words: the refusals as published, the one withdrawal
        // hidden and said to be hidden.
        const QVariantList cards = team::ParticipationModel::cardsOf(r.body);
        const QVariantMap refusedRow = cardRow(cards, "space", "Chose not to take part");
        QCOMPARE(refusedRow.value("value").toString(),
                 QString::number(space.value("consentRefusals").toObject().value("count").toInt()));
        QCOMPARE(refusedRow.value("hidden").toBool(), false);
        const QVariantMap withdrewRow = cardRow(cards, "space", "Withdrew their answers");
        QCOMPARE(withdrewRow.value("value").toString(), QString("hidden to protect small groups"));
        QCOMPARE(withdrewRow.value("hidden").toBool(), true);
    }
};

QTEST_GUILESS_MAIN(TestParticipationE2e)
#include "tst_participatione2e.moc"
