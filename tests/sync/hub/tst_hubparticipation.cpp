// Evidence of coproduction (issue 19) on a hub served in this process, on SQLite and on a
// PostgreSQL cluster the test starts: participation records in (POST /v1/participation: the
// allow-list, idempotency, erasure), the intended group and planned hours (admin only), and
// GET /v1/review/participation with Lundy's Space, Voice, Audience and Influence, Reach and
// Resourcing, every count through the disclosure layer: known sessions give known figures,
// and a small group is hidden and says so.
#include "backendrows.h"
#include "hubfixture.h"
#include "support/hubrecords.h"
#include "sync/hub/http/hubserver.h"
#include "sync/hub/review/disclosure.h"
#include "sync/hub/review/participation.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace chorus::hub;
using namespace chorus::test;

namespace {

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QByteArray json(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray batch(const QList<QJsonObject>& items)
{
    QJsonArray a;
    for (const auto& i : items) {
        a.append(i);
    }
    return json({{"items", a}});
}

/** One session as a device sends it: 30 practitioner minutes of 40; the feelings scale
 *  answered in 60 s and liked; the drawing answered (or skipped) in 120 s. */
QJsonObject session(const QString& consultation, const QString& language,
                    const QStringList& adaptations, bool drawingSkipped)
{
    return chorus::test::sessionRecord(consultation, {.minutes = 40,
                                                      .practitionerMinutes = 30,
                                                      .language = language,
                                                      .adaptations = adaptations,
                                                      .drawingSkipped = drawingSkipped});
}

/** That someone said no ("refused") or withdrew ("withdrawn"), as a device sends it. */
QJsonObject consentEvent(const QString& consultation, const QString& event)
{
    return QJsonObject{
        {"record", "consent"}, {"id", uuid()}, {"consultationId", consultation}, {"event", event}};
}

QJsonObject textRecord(const QString& id)
{
    return QJsonObject{{"id", id},
                       {"consultationId", "c1"},
                       {"packId", "my-week"},
                       {"packVersion", 1},
                       {"activityId", "say"},
                       {"kind", "text"},
                       {"text", "More time to talk"},
                       {"ageBand", "8-11"},
                       {"role", "child"},
                       {"scopes", QJsonObject{{"quotes", false}, {"drawings", false}}},
                       {"week", "2026-W48"},
                       {"framework", "design-and-implementation/coproduction"}};
}

QString errorField(const Response& r)
{
    return r.body.value("error").toObject().value("field").toString();
}

/** A published count is one of the values the perturbation table can make of the truth. */
bool publishedFrom(const QJsonValue& v, qint64 truth)
{
    return v.isDouble() &&
           possiblePublished(truth, kDefaultThreshold).contains(static_cast<qint64>(v.toDouble()));
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

} // namespace

class TestHubParticipation : public ServedHubTest
{
    Q_OBJECT

private:
    QByteArray device(const QString& consultation)
    {
        const auto code = m_store->createCode(consultation, "practitioner", 1, 900, {});
        return m_store->enrol(normaliseCode(code.value()))->token.toLatin1();
    }

    QByteArray reviewer(const QString& name, const QString& role)
    {
        const auto secret = m_store->addReviewer(name, role);
        DeviceClient c;
        const Response r =
            c.post(url("/v1/review/session"), json({{"name", name},
                                                    {"secret", secret.value()},
                                                    {"passphrase", "correct horse battery"}}));
        return r.body.value("session").toString().toLatin1();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(startServices(), "a temporary folder, and PostgreSQL in CI, are required");
    }
    void cleanupTestCase() { stopServices(); }

    void recordsIn_data() { addBackendRows(m_pgUp); }
    void recordsIn()
    {
        QFETCH(QString, backend);
        QVERIFY(startHub(backend));
        DeviceClient d;
        d.token = device("c1");
        const QString path = url("/v1/participation");
        // The allow-list: anything else is refused, naming the field.
        QJsonObject extra = session("c1", "en", {}, false);
        extra.insert("startedAt", "2026-11-26T10:00:00Z");
        Response r = d.post(path, batch({extra}));
        QCOMPARE(r.status, 400);
        QCOMPARE(errorField(r), QString("items[0].startedAt"));
        QJsonObject words = session("c1", "en", {}, false);
        QJsonArray acts = words.value("activities").toArray();
        QJsonObject first = acts[0].toObject();
        first.insert("answer", "my words");
        acts[0] = first;
        words.insert("activities", acts);
        r = d.post(path, batch({words}));
        QCOMPARE(r.status, 400);
        QCOMPARE(errorField(r), QString("items[0].activities[0].answer"));
        r = d.post(path, batch({session("c1", "en", {"telepathy"}, false)}));
        QCOMPARE(errorField(r), QString("items[0].adaptations[0]"));
        QJsonObject rated = session("c1", "en", {}, false);
        QJsonArray ra = rated.value("activities").toArray();
        QJsonObject bad = ra[0].toObject();
        bad.insert("rating", "meh");
        ra[0] = bad;
        rated.insert("activities", ra);
        QCOMPARE(errorField(d.post(path, batch({rated}))),
                 QString("items[0].activities[0].rating"));
        // Another consultation's record: 403, nothing stored.
        QCOMPARE(d.post(path, batch({session("c9", "en", {}, false)})).status, 403);
        // Idempotent by id; a changed body under the same id is a conflict.
        const QJsonObject one = session("c1", "cy", {"read-aloud"}, false);
        r = d.post(path, batch({one}));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body.value("acknowledged").toArray(), QJsonArray{one.value("id")});
        QCOMPARE(d.post(path, batch({one})).status, 200);
        QJsonObject changed = one;
        changed.insert("minutes", 41);
        r = d.post(path, batch({changed}));
        QCOMPARE(r.status, 409);
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec("SELECT COUNT(*), MIN(minutes) FROM participation") && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QCOMPARE(q.value(1).toInt(), 40);
        // A withdrawal erases it like a share record, and it never comes back.
        const QString feedbackId = one.value("id").toString();
        r = d.post(
            url("/v1/erasures"),
            json({{"items", QJsonArray{QJsonObject{{"id", uuid()}, {"feedbackId", feedbackId}}}}}));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body.value("confirmed").toArray()[0].toObject().value("outcome").toString(),
                 QString("erased"));
        QVERIFY(d.post(path, batch({one})).status == 200);
        QVERIFY(q.exec("SELECT COUNT(*) FROM participation") && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(q.exec("SELECT COUNT(*) FROM participation_activities") && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void theFourElements_data() { addBackendRows(m_pgUp); }
    void theFourElements()
    {
        QFETCH(QString, backend);
        QVERIFY(startHub(backend));
        DeviceClient d1;
        d1.token = device("c1");
        DeviceClient d2;
        d2.token = device("c2");
        // c1: ten sessions, read aloud in all, large text in three, two in Welsh, one drawing
        // skipped. c2: two sessions like most of c1's, a group too small to show anywhere.
        // (Where a small consultation has something a large one lacks, rule 3a hides the
        // large one's zero for it too: the hub-wide margin ties them.)
        QList<QJsonObject> c1;
        for (int i = 0; i < 10; ++i) {
            QStringList adaptations{"read-aloud"};
            if (i < 3) {
                adaptations << "large-text";
            }
            c1 << session("c1", i < 2 ? "cy" : "en", adaptations, i == 9);
        }
        QCOMPARE(d1.post(url("/v1/participation"), batch(c1)).status, 200);
        QCOMPARE(
            d2.post(url("/v1/participation"), batch({session("c2", "en", {"read-aloud"}, false),
                                                     session("c2", "en", {"read-aloud"}, false)}))
                .status,
            200);
        QList<QJsonObject> records;
        for (int i = 0; i < 9; ++i) {
            records << textRecord(uuid());
        }
        QCOMPARE(d1.post(url("/v1/feedback"), batch(records)).status, 200);

        DeviceClient admin;
        admin.token = reviewer("Sam", "admin");
        DeviceClient rev;
        rev.token = reviewer("Kim", "reviewer");
        const QJsonObject intent{
            {"expected", QJsonObject{{"byRole", QJsonObject{{"child", 12}, {"young-person", 5}}},
                                     {"byAgeBand", QJsonObject{{"8-11", 12}, {"12-15", 5}}}}},
            {"notes", "Care leavers through the leaving-care team"},
            {"plannedHours", 8}};
        const QString intentPath = url("/v1/review/consultations/c1/intent");
        QCOMPARE(rev.request("PUT", intentPath, json(intent)).status, 403);
        QJsonObject alien = intent;
        alien.insert("expected", QJsonObject{{"byRole", QJsonObject{{"alien", 1}}}});
        Response r = admin.request("PUT", intentPath, json(alien));
        QCOMPARE(r.status, 400);
        QCOMPARE(errorField(r), QString("expected.byRole.alien"));
        QCOMPARE(
            admin.request("PUT", url("/v1/review/consultations/c7/intent"), json(intent)).status,
            404);
        r = admin.request("PUT", intentPath, json(intent));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body.value("plannedHours").toDouble(), 8.0);

        // A reviewer reads the records two days after they came.
        m_clock->advanceDays(2);
        rev.token = reviewer("Lee", "reviewer"); // the first session has long expired
        QCOMPARE(rev.get(url("/v1/review/feedback?consultation=c1")).status, 200);

        r = rev.get(url("/v1/review/participation?consultation=c1"));
        QCOMPARE(r.status, 200);
        const QJsonObject space = r.body.value("space").toObject();
        const QJsonObject sessions = space.value("sessions").toObject();
        QVERIFY(publishedFrom(sessions.value("total"), 10));
        QCOMPARE(space.value("ownTime").toObject().value("count").toInt(-1), 0);
        const QJsonArray adaptations = space.value("adaptations").toArray();
        const QJsonObject readAloud = byValue(adaptations, "value", "read-aloud");
        QVERIFY(publishedFrom(readAloud.value("count"), 10));
        QCOMPARE(readAloud.value("share").toDouble(), 1.0);
        const QJsonObject largeText = byValue(adaptations, "value", "large-text");
        QCOMPARE(largeText.value("suppressed").toBool(), true); // 3 of 10: fewer than 8
        QVERIFY(largeText.value("count").isNull() && largeText.value("share").isNull());
        // Two in Welsh is a small group: hidden, and English with it (it would be the rest).
        for (const auto& c : space.value("languages").toObject().value("cells").toArray()) {
            QVERIFY2(c.toObject().value("suppressed").toBool(),
                     qPrintable(c.toObject().value("value").toString()));
        }

        const QJsonArray methods = r.body.value("voice").toObject().value("methods").toArray();
        const QJsonObject feel = byValue(methods, "type", "feelings-scale");
        QVERIFY(publishedFrom(feel.value("offered").toObject().value("count"), 10));
        QCOMPARE(feel.value("completed").toObject().value("share").toDouble(), 1.0);
        QCOMPARE(feel.value("medianSeconds").toObject().value("value").toDouble(), 60.0);
        const QJsonObject liked =
            byValue(feel.value("ratings").toObject().value("cells").toArray(), "value", "liked");
        QVERIFY(publishedFrom(liked.value("count"), 10));
        const QJsonObject draw = byValue(methods, "type", "drawing");
        QCOMPARE(draw.value("skipped").toObject().value("suppressed").toBool(), true); // one
        QCOMPARE(draw.value("completed").toObject().value("suppressed").toBool(), true);
        QCOMPARE(draw.value("medianSeconds").toObject().value("value").toDouble(), 120.0);

        const QJsonObject audience = r.body.value("audience").toObject();
        QVERIFY(publishedFrom(audience.value("read").toObject().value("count"), 9));
        QCOMPARE(audience.value("read").toObject().value("share").toDouble(), 1.0);
        QCOMPARE(audience.value("themed").toObject().value("count").toInt(-1), 0);
        QCOMPARE(audience.value("medianDaysToFirstReview").toObject().value("value").toDouble(),
                 2.0);

        // One device sent records: a count of one is never shown.
        const QJsonObject influence = r.body.value("influence").toObject();
        QCOMPARE(influence.value("devices").toObject().value("suppressed").toBool(), true);
        QVERIFY(influence.value("loopClosure").toObject().contains("withPublishedAction"));

        const QJsonObject reach = r.body.value("reach").toObject();
        QCOMPARE(reach.value("intent").toObject().value("notes").toString(),
                 QString("Care leavers through the leaving-care team"));
        const QJsonObject child =
            byValue(reach.value("againstIntended").toArray(), "value", "child");
        QCOMPARE(child.value("expected").toInt(), 12);
        QVERIFY(publishedFrom(child.value("heard"), 10));
        QCOMPARE(reach.value("notYetHeard").toArray(),
                 QJsonArray({QJsonObject{{"group", "role"}, {"value", "young-person"}},
                             QJsonObject{{"group", "ageBand"}, {"value", "12-15"}}}));

        const QJsonObject res = r.body.value("resourcing").toObject();
        QCOMPARE(res.value("practitionerHours").toDouble(), 5.0); // 10 x 30 minutes
        QCOMPARE(res.value("plannedHours").toDouble(), 8.0);
        QCOMPARE(res.value("usedShareOfPlanned").toDouble(), 0.63);
        const double heard =
            reach.value("heard").toObject().value("byRole").toObject().value("total").toDouble();
        QCOMPARE(res.value("hoursPerVoiceHeard").toDouble(), std::round(5.0 / heard * 10) / 10);
        QCOMPARE(res.value("medianSessionMinutes").toDouble(), 40.0);

        // c2 alone: two sessions, every count hidden, its hours with them.
        r = rev.get(url("/v1/review/participation?consultation=c2"));
        QCOMPARE(r.status, 200);
        QCOMPARE(
            r.body.value("space").toObject().value("sessions").toObject().value("totalSuppressed"),
            QJsonValue(true));
        QCOMPARE(r.body.value("resourcing").toObject().value("hoursSuppressed"), QJsonValue(true));
        QVERIFY(r.body.value("resourcing").toObject().value("practitionerHours").isNull());
        // The whole hub: its total would be c1's plus c2's two, so it goes instead.
        r = rev.get(url("/v1/review/participation"));
        QCOMPARE(r.status, 200);
        QCOMPARE(
            r.body.value("space").toObject().value("sessions").toObject().value("totalSuppressed"),
            QJsonValue(true));
        QCOMPARE(rev.get(url("/v1/review/participation?consultation=c7")).status, 404);
        QCOMPARE(rev.get(url("/v1/review/participation?since=1")).status, 400);

        // The framework points its two parameters at these figures.
        r = rev.get(url("/v1/review/framework?consultation=c1"));
        QStringList pointing;
        for (const auto& c : r.body.value("clusters").toArray()) {
            for (const auto& p : c.toObject().value("parameters").toArray()) {
                if (p.toObject().value("participation").toString() ==
                    QLatin1String("/v1/review/participation?consultation=c1")) {
                    pointing << p.toObject().value("path").toString();
                }
            }
        }
        QCOMPARE(pointing, QStringList({"design-and-implementation/coproduction",
                                        "culture-climate-processes/learning-and-evaluation"}));
    }

    // Space: consent refusals and withdrawals arrive as counts only (the consultation and
    // which of the two), idempotent like any record, and are published through the same
    // suppression: c1's ten refusals are shown, its three withdrawals and c2's two refusals
    // are hidden and say so, and the hub-wide refusals (twelve, c1's ten and c2's two) go
    // with them, so that c2's two cannot be worked out.
    void consentRefusalsAndWithdrawals_data() { addBackendRows(m_pgUp); }
    void consentRefusalsAndWithdrawals()
    {
        QFETCH(QString, backend);
        QVERIFY(startHub(backend));
        DeviceClient d1;
        d1.token = device("c1");
        DeviceClient d2;
        d2.token = device("c2");
        const QString path = url("/v1/participation");
        // Nothing but the count travels: a reason, an age or a participant is refused.
        QJsonObject why = consentEvent("c1", "refused");
        why.insert("reason", "did not want to");
        Response r = d1.post(path, batch({why}));
        QCOMPARE(r.status, 400);
        QCOMPARE(errorField(r), QString("items[0].reason"));
        QCOMPARE(errorField(d1.post(path, batch({consentEvent("c1", "maybe")}))),
                 QString("items[0].event"));
        QCOMPARE(d1.post(path, batch({consentEvent("c9", "refused")})).status, 403);

        QList<QJsonObject> c1;
        for (int i = 0; i < 10; ++i) {
            c1 << consentEvent("c1", "refused");
        }
        for (int i = 0; i < 3; ++i) {
            c1 << consentEvent("c1", "withdrawn");
        }
        r = d1.post(path, batch(c1));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body.value("acknowledged").toArray().size(), 13);
        QCOMPARE(d1.post(path, batch({c1.first()})).status, 200); // sent again: kept once
        QJsonObject changed = c1.first();
        changed.insert("event", "withdrawn");
        QCOMPARE(d1.post(path, batch({changed})).status, 409);
        QCOMPARE(
            d2.post(path, batch({consentEvent("c2", "refused"), consentEvent("c2", "refused")}))
                .status,
            200);
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec("SELECT COUNT(*) FROM consent_events") && q.next());
        QCOMPARE(q.value(0).toInt(), 15);
        QVERIFY(q.exec("SELECT COUNT(*) FROM participation") && q.next());
        QCOMPARE(q.value(0).toInt(), 0); // not sessions

        DeviceClient rev;
        rev.token = reviewer("Kim", "reviewer");
        auto spaceOf = [&](const QString& query) {
            const Response view = rev.get(url("/v1/review/participation") + query);
            return view.body.value("space").toObject();
        };
        const QJsonObject c1Space = spaceOf("?consultation=c1");
        const QJsonObject refused = c1Space.value("consentRefusals").toObject();
        QVERIFY2(publishedFrom(refused.value("count"), 10),
                 QJsonDocument(c1Space).toJson().constData());
        QCOMPARE(refused.value("suppressed").toBool(true), false);
        const QJsonObject withdrawn = c1Space.value("withdrawals").toObject();
        QCOMPARE(withdrawn.value("suppressed").toBool(), true);
        QVERIFY(withdrawn.value("count").isNull());
        QVERIFY(!c1Space.contains("notMeasured"));
        const QJsonObject c2Refused =
            spaceOf("?consultation=c2").value("consentRefusals").toObject();
        QCOMPARE(c2Refused.value("suppressed").toBool(), true);
        QVERIFY(c2Refused.value("count").isNull());
        const QJsonObject hubRefused = spaceOf(QString()).value("consentRefusals").toObject();
        QCOMPARE(hubRefused.value("suppressed").toBool(), true);
        QVERIFY(hubRefused.value("count").isNull());
    }

    // Which ways of asking worked for which children: each method by age band. In c1 the
    // ten 8-11s finished the feelings scale and liked it, the ten 12-15s skipped it: shown.
    // Then c2's two 16-17s finish it, a group too small to show, and each breakdown is
    // published whole or not at all: c2's is withheld, so is the hub's (the hub's minus
    // c1's would be c2's), and so is c1's, since c2's one "okay" hides c1's "okay" in the
    // method's ratings and c1's bands must not add up to it (bands that reach shows empty
    // keep their zeros).
    void methodsByAgeBand()
    {
        ParticipationInput in;
        qint64 key = 1;
        auto add = [&](const QString& consultation, const QString& band, const QString& outcome,
                       const QString& rating) {
            ParticipationRow r;
            r.consultation = consultation;
            r.ageBand = band;
            r.role = QStringLiteral("child");
            r.mode = QStringLiteral("facilitated");
            r.language = QStringLiteral("en");
            r.recordKey = key++ * 7919;
            r.activities << ParticipationActivity{"feelings", "feelings-scale", outcome, 60,
                                                  rating};
            in.sessions << r;
        };
        for (int i = 0; i < 10; ++i) {
            add("c1", "8-11", "completed", "liked");
            add("c1", "12-15", "skipped", QString());
        }
        auto feelingsOf = [](const QJsonObject& view) {
            const QJsonArray methods = view.value("voice").toObject().value("methods").toArray();
            return byValue(methods, "type", "feelings-scale");
        };
        auto bandOf = [&](const QJsonObject& view, const QString& band) {
            return byValue(feelingsOf(view).value("byAgeBand").toArray(), "ageBand", band);
        };
        // Withheld: every cell of every band hidden and saying so, shares null, except in
        // the bands the view's reach shows to be empty, whose zeros it publishes anyway.
        auto withheld = [&](const QJsonObject& view) {
            const QJsonArray reachBands = view.value("reach")
                                              .toObject()
                                              .value("heard")
                                              .toObject()
                                              .value("byAgeBand")
                                              .toObject()
                                              .value("cells")
                                              .toArray();
            const QJsonArray bands = feelingsOf(view).value("byAgeBand").toArray();
            int hiddenBands = 0;
            for (const QJsonValue& b : bands) {
                const QJsonObject band = b.toObject();
                const QJsonObject heard =
                    byValue(reachBands, "value", band.value("ageBand").toString());
                const bool empty =
                    !heard.value("suppressed").toBool(true) && heard.value("count").toInt(-1) == 0;
                const QJsonObject ratings = band.value("ratings").toObject();
                for (const QJsonObject& cell :
                     {band.value("completed").toObject(), band.value("skipped").toObject(),
                      band.value("leftUnfinished").toObject(), ratings.value("liked").toObject(),
                      ratings.value("okay").toObject(), ratings.value("not-liked").toObject()}) {
                    const bool ok =
                        empty ? !cell.value("suppressed").toBool(true) &&
                                    cell.value("count").toInt(-1) == 0
                              : cell.value("suppressed").toBool() && cell.value("count").isNull() &&
                                    cell.value("note").toString() == QLatin1String(kHiddenWording);
                    if (!ok) {
                        return false;
                    }
                }
                if (!band.value("completedShare").isNull() || !band.value("likedShare").isNull()) {
                    return false;
                }
                hiddenBands += empty ? 0 : 1;
            }
            return bands.size() == ageBands().size() && hiddenBands > 0;
        };

        for (const QString& view : {QStringLiteral("c1"), QString()}) {
            const QJsonObject c1 = participationView(in, view);
            const QJsonObject young = bandOf(c1, "8-11");
            QVERIFY2(!young.isEmpty(), "the method has no figures by age band");
            QVERIFY(publishedFrom(young.value("completed").toObject().value("count"), 10));
            QCOMPARE(young.value("completedShare").toDouble(-1), 1.0);
            QVERIFY(publishedFrom(
                young.value("ratings").toObject().value("liked").toObject().value("count"), 10));
            QCOMPARE(young.value("likedShare").toDouble(-1), 1.0);
            const QJsonObject older = bandOf(c1, "12-15");
            QVERIFY(publishedFrom(older.value("skipped").toObject().value("count"), 10));
            QCOMPARE(older.value("completed").toObject().value("count").toInt(-1), 0);
            QCOMPARE(older.value("completedShare").toDouble(-1), 0.0);
            QVERIFY(older.value("likedShare").isNull()); // nobody in the band rated it
            QVERIFY(!withheld(c1));
        }

        add("c2", "16-17", "completed", "liked");
        add("c2", "16-17", "completed", "okay");
        // c2's two: hidden, their shares with them, and said so; the hub's with them.
        QVERIFY(withheld(participationView(in, "c2")));
        QVERIFY(withheld(participationView(in, QString())));
        // c1's "okay" count (none) is hidden in the method's ratings, for c2's one "okay":
        // c1's bands, tied to it, are withheld whole.
        const QJsonObject c1 = participationView(in, "c1");
        QCOMPARE(byValue(feelingsOf(c1).value("ratings").toObject().value("cells").toArray(),
                         "value", "okay")
                     .value("suppressed")
                     .toBool(),
                 true);
        QVERIFY(withheld(c1));
    }
};

QTEST_GUILESS_MAIN(TestHubParticipation)
#include "tst_hubparticipation.moc"
