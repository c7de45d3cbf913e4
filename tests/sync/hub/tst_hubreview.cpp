// The team review API (issue 8) of a hub served in this process (so that the test moves the
// clock), on SQLite and on a PostgreSQL cluster the test starts: reviewer access (no token,
// reviewer, admin-only, disabled, expired, signed out, brute force), CP-7 suppression in
// breakdowns and record views, themes, quotable marks, actions that reach only the device
// whose feedback they answer, the framework view, CSV export, the report document for the
// PDF and the audit entries.
#include "backendrows.h"
#include "hubfixture.h"
#include "reportseed.h"
#include "sync/hub/http/hubserver.h"
#include "sync/hub/review/disclosure.h"
#include "sync/hub/review/reviewapi.h"
#include "sync/hub/store/reviewstore.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
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

QJsonObject record(const QString& id, const QString& role, const QString& ageBand,
                   const QString& activity, bool quotes)
{
    QJsonObject o{{"id", id},
                  {"consultationId", "c1"},
                  {"packId", "my-week"},
                  {"packVersion", 1},
                  {"activityId", activity},
                  {"ageBand", ageBand},
                  {"role", role},
                  {"scopes", QJsonObject{{"quotes", quotes}, {"drawings", false}}},
                  {"week", "2026-W48"},
                  {"framework", "design-and-implementation/coproduction"}};
    if (activity == QLatin1String("feelings")) {
        o.insert("kind", "scale");
        o.insert("promptId", "today");
        o.insert("scale", 7);
    } else {
        o.insert("kind", "text");
        o.insert("text", "More time to talk");
    }
    return o;
}

QByteArray json(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString errorCode(const Response& r)
{
    return r.body.value("error").toObject().value("code").toString();
}

} // namespace

class TestHubReview : public ServedHubTest
{
    Q_OBJECT

private:
    /** An enrolled device of consultation c1 (practitioner role). */
    QByteArray device()
    {
        const auto code = m_store->createCode("c1", "practitioner", 1, 900, {});
        return m_store->enrol(normaliseCode(code.value()))->token.toLatin1();
    }

    /** A reviewer account signed in for the first time; returns its session. */
    QByteArray reviewer(const QString& name, const QString& role = QStringLiteral("reviewer"))
    {
        const auto secret = m_store->addReviewer(name, role);
        DeviceClient c;
        const Response r =
            c.post(url("/v1/review/session"), json({{"name", name},
                                                    {"secret", secret.value()},
                                                    {"passphrase", "correct horse battery"}}));
        return r.body.value("session").toString().toLatin1();
    }

    /** What the disclosure layer publishes for the records matching `where` when it shows
     *  them: the true count moved by the perturbation table at the cell key of their record
     *  keys (disclosure.h). Worked out from the database, never hard-coded. */
    qint64 published(const QString& where, int threshold = kDefaultThreshold)
    {
        QSqlQuery q(m_store->database());
        if (!q.exec(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(record_key), 0) FROM feedback "
                                   "WHERE ") +
                    where) ||
            !q.next()) {
            return -1;
        }
        return publishCell(Cell{{}, q.value(0).toLongLong(), false, q.value(1).toLongLong()},
                           threshold)
            .count;
    }

    qint64 count(const QString& sql)
    {
        QSqlQuery q(m_store->database());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

    void backends() { addBackendRows(m_pgUp); }

private slots:
    void initTestCase()
    {
        QVERIFY2(startServices(), "a temporary folder, and PostgreSQL in CI, are required");
    }
    void cleanupTestCase() { stopServices(); }

    void accessControl_data() { backends(); }
    void accessControl()
    {
        QFETCH(QString, backend);
        QVERIFY(startHub(backend));
        const auto secret = m_store->addReviewer("Sam Reviewer", "reviewer");
        QVERIFY(secret);
        DeviceClient anonymous;
        Response r = anonymous.get(url("/v1/review/consultations"));
        QCOMPARE(r.status, 401);
        QCOMPARE(errorCode(r), QStringLiteral("unauthorized"));
        // A device token is not a review session.
        DeviceClient dev;
        dev.token = device();
        QCOMPARE(dev.get(url("/v1/review/consultations")).status, 401);

        // First sign-in: secret plus a passphrase (a short one is refused and spends nothing).
        DeviceClient sam;
        r = sam.post(
            url("/v1/review/session"),
            json({{"name", "Sam Reviewer"}, {"secret", secret.value()}, {"passphrase", "short"}}));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.body.value("error").toObject().value("field").toString(),
                 QStringLiteral("passphrase"));
        r = sam.post(url("/v1/review/session"), json({{"name", "Sam Reviewer"},
                                                      {"secret", secret.value()},
                                                      {"passphrase", "a long passphrase 1"}}));
        QCOMPARE(r.status, 201);
        QCOMPARE(r.body.value("role").toString(), QStringLiteral("reviewer"));
        sam.token = r.body.value("session").toString().toLatin1();
        QCOMPARE(sam.get(url("/v1/review/consultations")).status, 200);
        // The secret is spent; the passphrase signs in from now on.
        DeviceClient again;
        r = again.post(url("/v1/review/session"), json({{"name", "Sam Reviewer"},
                                                        {"secret", secret.value()},
                                                        {"passphrase", "another passphrase"}}));
        QCOMPARE(r.status, 401);
        QCOMPARE(errorCode(r), QStringLiteral("sign_in_failed"));
        r = again.post(url("/v1/review/session"),
                       json({{"name", "Sam Reviewer"}, {"passphrase", "a long passphrase 1"}}));
        QCOMPARE(r.status, 201);
        // Unknown names get the same answer as wrong passphrases.
        r = again.post(url("/v1/review/session"),
                       json({{"name", "Nobody"}, {"passphrase", "a long passphrase 1"}}));
        QCOMPARE(r.status, 401);
        QCOMPARE(errorCode(r), QStringLiteral("sign_in_failed"));

        // Admin-only: settings.
        QCOMPARE(sam.get(url("/v1/review/settings")).status, 403);
        DeviceClient admin;
        admin.token = reviewer("Ada Admin", "admin");
        QVERIFY(!admin.token.isEmpty());
        r = admin.get(url("/v1/review/settings"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body.value("smallNumberThreshold").toInt(), 8);
        r = admin.request("PUT", url("/v1/review/settings"), json({{"smallNumberThreshold", 4}}));
        QCOMPARE(r.status, 400);
        QCOMPARE(errorCode(r), QStringLiteral("out_of_range"));
        QVERIFY(
            r.body.value("error").toObject().value("message").toString().contains("never below 5"));
        r = admin.request("PUT", url("/v1/review/settings"), json({{"smallNumberThreshold", 10}}));
        QCOMPARE(r.status, 200);
        QCOMPARE(admin.get(url("/v1/review/session")).body.value("smallNumberThreshold").toInt(),
                 10);

        // Idle expiry: 31 minutes without a request.
        m_clock->set(m_clock->now().addSecs(31 * 60));
        r = sam.get(url("/v1/review/consultations"));
        QCOMPARE(r.status, 401);
        QCOMPARE(errorCode(r), QStringLiteral("session_expired"));
        QCOMPARE(sam.get(url("/v1/review/consultations")).status, 401); // stays ended
        // Absolute expiry: used every 25 minutes, it still ends after 12 hours.
        DeviceClient busy;
        busy.token = reviewer("Busy Reviewer");
        int ok = 0;
        for (int i = 0; i < 40 && busy.get(url("/v1/review/session")).status == 200; ++i) {
            ++ok;
            m_clock->set(m_clock->now().addSecs(25 * 60));
        }
        QCOMPARE(ok, 12 * 60 / 25 + 1); // 0, 25, ... 700 minutes; 725 > 720
        // Sign-out ends the session.
        DeviceClient out;
        out.token = reviewer("Out Reviewer");
        QCOMPARE(out.request("DELETE", url("/v1/review/session")).status, 200);
        QCOMPARE(out.get(url("/v1/review/session")).status, 401);
        // A disabled account: its sessions end at once and it cannot sign in.
        DeviceClient gone;
        gone.token = reviewer("Gone Reviewer");
        QCOMPARE(gone.get(url("/v1/review/session")).status, 200);
        ReviewStore review(*m_store);
        QVERIFY(review.disableReviewer("Gone Reviewer"));
        QCOMPARE(gone.get(url("/v1/review/session")).status, 401);
        r = gone.post(url("/v1/review/session"),
                      json({{"name", "Gone Reviewer"}, {"passphrase", "correct horse battery"}}));
        QCOMPARE(r.status, 401);

        // Brute force: five wrong passphrases lock the account for 15 minutes.
        DeviceClient guess;
        for (int i = 0; i < 5; ++i) {
            r = guess.post(url("/v1/review/session"),
                           json({{"name", "Sam Reviewer"}, {"passphrase", "wrong guess number"}}));
        }
        QCOMPARE(r.status, 429);
        QVERIFY(r.retryAfter.toInt() > 0);
        r = guess.post(url("/v1/review/session"),
                       json({{"name", "Sam Reviewer"}, {"passphrase", "a long passphrase 1"}}));
        QCOMPARE(r.status, 429); // even the right one, while locked
        m_clock->set(m_clock->now().addSecs(16 * 60));
        r = guess.post(url("/v1/review/session"),
                       json({{"name", "Sam Reviewer"}, {"passphrase", "a long passphrase 1"}}));
        QCOMPARE(r.status, 201);
        // Nothing secret or personal is kept in plain text or in the audit log.
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM reviewers WHERE passphrase_hash LIKE "
                                      "'$argon2id$%'")),
                 5);
        QCOMPARE(count("SELECT COUNT(*) FROM audit_log WHERE detail LIKE '%passphrase 1%' OR "
                       "subject LIKE '%Sam%' OR detail LIKE '%Sam%'"),
                 0);
        QCOMPARE(count("SELECT COUNT(*) FROM audit_log WHERE event = 'review.locked'"), 1);
        QVERIFY(m_store->verifyAudit()->intact);
    }

    void reviewLoop_data() { backends(); }
    // Issue 14: a consultation made on a tablet is listed for reviewers by the title the
    // tablet sent with its registration (an edit on the tablet follows), not by its UUID; a
    // published consultation keeps the title of its file whatever a device sends.
    void titlesInPlaceOfIds_data() { backends(); }
    void titlesInPlaceOfIds()
    {
        QFETCH(QString, backend);
        QVERIFY(startHub(backend));
        DeviceClient tablet;
        tablet.token = device();
        const QString made = uuid();
        const auto registerAs = [&](const QString& id, const QString& title) {
            return tablet
                .post(url("/v1/device-consultations"), json({{"id", id}, {"title", title}}))
                .status;
        };
        QCOMPARE(registerAs(made, QStringLiteral("  My week  ")), 201);
        const QByteArray packBody = json({{"format", "chorus-pack/1"},
                                          {"id", "my-week"},
                                          {"version", 1},
                                          {"activities", QJsonArray{QJsonObject{{"id", "talk"}}}}});
        QVERIFY(m_store->publishPack(PackInfo{"my-week", 1, packBody}, "published-one"));
        ConsultationInfo published{
            "published-one", "Our home", "What home is like", "my-week", 1, {}, 30, "open"};
        const auto outcome = m_store->publishConsultation(published);
        QVERIFY(outcome && outcome->field.isEmpty());
        // A published consultation's title is not a device's to change.
        QCOMPARE(registerAs("published-one", "Taken over"), 403);

        DeviceClient rev;
        rev.token = reviewer("Tess Titles");
        const auto titles = [&] {
            QMap<QString, QString> out;
            const Response r = rev.get(url("/v1/review/consultations"));
            for (const QJsonValue& c : r.body["consultations"].toArray()) {
                out.insert(c["id"].toString(), c["title"].toString());
            }
            return out;
        };
        QCOMPARE(titles().value(made), QStringLiteral("My week"));
        QCOMPARE(titles().value("published-one"), QStringLiteral("Our home"));
        QCOMPARE(titles().value("c1"), QString()); // nothing sent for it: the app shows the id

        // Edited on the tablet: the next registration carries the new title.
        QCOMPARE(registerAs(made, QStringLiteral("My week at school")), 200);
        QCOMPARE(titles().value(made), QStringLiteral("My week at school"));
        // The enrolled-for consultation, made on the tablet, gets its title the same way.
        QCOMPARE(registerAs("c1", QStringLiteral("Visits")), 200);
        QCOMPARE(titles().value("c1"), QStringLiteral("Visits"));

        // The hub checks the length and blankness; a refused title changes nothing.
        const Response blank =
            tablet.post(url("/v1/device-consultations"), json({{"id", made}, {"title", "   "}}));
        QCOMPARE(blank.status, 400);
        QCOMPARE(blank.body["error"]["field"].toString(), QStringLiteral("title"));
        const Response tooLong = tablet.post(url("/v1/device-consultations"),
                                             json({{"id", made}, {"title", QString(201, 'a')}}));
        QCOMPARE(tooLong.status, 400);
        QCOMPARE(errorCode(tooLong), QStringLiteral("too_long"));
        QCOMPARE(titles().value(made), QStringLiteral("My week at school"));
        // The title is the reviewers' to read, never the audit log's.
        QCOMPARE(count("SELECT COUNT(*) FROM audit_log WHERE detail LIKE '%My week%'"), 0);
    }

    void reviewLoop()
    {
        QFETCH(QString, backend);
        QVERIFY(startHub(backend));
        DeviceClient a;
        a.token = device();
        DeviceClient b;
        b.token = device();
        // A: 12 children (8-11, text, quotes allowed) and 9 young people (12-15, feelings
        // scale, no quotes). B: 3 carers (adult, feelings scale).
        QList<QJsonObject> fromA;
        for (int i = 0; i < 12; ++i) {
            fromA << record(uuid(), "child", "8-11", "talk", true);
        }
        for (int i = 0; i < 9; ++i) {
            fromA << record(uuid(), "young-person", "12-15", "feelings", false);
        }
        fromA[0].insert("text", "=HYPERLINK(\"http://x\"), said \"we\"\nnext");
        QList<QJsonObject> fromB;
        for (int i = 0; i < 3; ++i) {
            fromB << record(uuid(), "carer", "adult", "feelings", true);
        }
        auto send = [&](DeviceClient& d, const QList<QJsonObject>& items) {
            QJsonArray arr;
            for (const auto& i : items) {
                arr.append(i);
            }
            return d.post(url("/v1/feedback"), json({{"items", arr}})).status;
        };
        QCOMPARE(send(a, fromA), 200);
        QCOMPARE(send(b, fromB), 200);
        DeviceClient rev;
        rev.token = reviewer("Rita Reviewer");
        QVERIFY(!rev.token.isEmpty());
        const QString reviewerId = rev.get(url("/v1/review/session")).body["reviewerId"].toString();

        Response r = rev.get(url("/v1/review/consultations"));
        QCOMPARE(r.status, 200);
        const QJsonObject c1 = r.body["consultations"].toArray()[0].toObject();
        QCOMPARE(c1["id"].toString(), QStringLiteral("c1"));
        QCOMPARE(c1["records"].toInt(), published("consultation_id = 'c1'"));
        QVERIFY(c1["active"].toBool());

        // Counts by role: carer 3 is small, so the whole breakdown is hidden (children 12,
        // young people 9 and parent's zero with it: "24 - 12 - 9 = 3" would give the carers
        // away, and a zero would say where they are not). Age band the same way. The total is
        // shown, perturbed by its cell key (disclosure.h).
        r = rev.get(url("/v1/review/consultations/c1"));
        QCOMPARE(r.status, 200);
        const QJsonObject byRole = r.body["voices"].toObject()["byRole"].toObject();
        QCOMPARE(byRole["total"].toInt(), published("consultation_id = 'c1'"));
        QJsonObject roles;
        for (const QJsonValue& c : byRole["cells"].toArray()) {
            roles.insert(c["value"].toString(), c["count"]);
        }
        QVERIFY(roles["child"].isNull());
        QVERIFY(roles["young-person"].isNull());
        QVERIFY(roles["carer"].isNull());
        QVERIFY(roles["parent"].isNull());
        // The same records publish the same number, whichever breakdown they total.
        QCOMPARE(r.body["voices"].toObject()["byWeek"].toObject()["total"].toInt(),
                 byRole["total"].toInt());

        // Record level (rule 4): a role breakdown with hidden cells hides every record's
        // role, since the roles shown beside it would count the hidden ones; age band alike.
        // Keyset pages of 5: every record exactly once, in id order.
        QStringList seen;
        QString after;
        int hiddenRoles = 0;
        for (int page = 0; page < 10; ++page) {
            r = rev.get(url("/v1/review/feedback?consultation=c1&limit=5") +
                        (after.isEmpty() ? QString() : "&after=" + after));
            QCOMPARE(r.status, 200);
            for (const QJsonValue& rec : r.body["records"].toArray()) {
                seen << rec["id"].toString();
                hiddenRoles += rec["role"].isNull() ? 1 : 0;
                QCOMPARE(rec["role"].isNull(), rec["ageBand"].isNull());
            }
            if (r.body["next"].isNull()) {
                break;
            }
            after = r.body["next"].toString();
        }
        QCOMPARE(seen.size(), 24);
        QStringList sorted = seen;
        sorted.sort();
        QCOMPARE(seen, sorted);
        QCOMPARE(hiddenRoles, 24);
        r = rev.get(url("/v1/review/feedback?consultation=c1&activity=feelings&prompt=today"));
        QCOMPARE(r.body["records"].toArray().size(), 12);
        QCOMPARE(rev.get(url("/v1/review/feedback?consultation=c1&limit=500")).status, 400);
        QCOMPARE(rev.get(url("/v1/review/feedback?consultation=nope")).status, 404);
        QCOMPARE(errorCode(rev.get(url("/v1/review/feedback?consultation=c1&role=carer"))),
                 QStringLiteral("unknown_field"));

        // Charts: the feelings scale (all 12 at 7): 12 shown; the carers' share is not
        // separately visible.
        r = rev.get(url("/v1/review/aggregates?consultation=c1&activity=feelings"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body["scale"].toObject()["cells"].toArray()[7].toObject()["count"].toInt(),
                 published("consultation_id = 'c1' AND activity_id = 'feelings'"));

        // Quotable: only where the consent allows quotes.
        const QString childId = fromA[1]["id"].toString();
        const QString youngId = fromA[15]["id"].toString();
        QCOMPARE(rev.post(url("/v1/review/feedback/" + childId + "/quotable"),
                          json({{"quotable", true}}))
                     .status,
                 200);
        r = rev.post(url("/v1/review/feedback/" + youngId + "/quotable"),
                     json({{"quotable", true}}));
        QCOMPARE(r.status, 403);
        QCOMPARE(errorCode(r), QStringLiteral("not_permitted"));
        QCOMPARE(count("SELECT COUNT(*) FROM feedback WHERE quotable = 1"), 1);
        r = rev.get(url("/v1/review/feedback?consultation=c1&quotable=true"));
        QCOMPARE(r.body["records"].toArray().size(), 1);

        // Themes: A's first three child records carry "time to talk".
        r = rev.post(url("/v1/review/themes"),
                     json({{"consultationId", "c1"}, {"name", "Time to talk"}}));
        QCOMPARE(r.status, 201);
        const QString theme = r.body["id"].toString();
        QCOMPARE(rev.post(url("/v1/review/themes"),
                          json({{"consultationId", "c1"}, {"name", "Time to talk"}}))
                     .status,
                 409);
        QStringList tagged{fromA[0]["id"].toString(), fromA[1]["id"].toString(),
                           fromA[2]["id"].toString()};
        r = rev.post(url("/v1/review/themes/" + theme + "/feedback"),
                     json({{"add", QJsonArray::fromStringList(tagged)}}));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body["count"].toInt(), 3);
        r = rev.post(url("/v1/review/themes/" + theme + "/feedback"),
                     json({{"add", QJsonArray{uuid()}}}));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.body["error"].toObject()["field"].toString(), QStringLiteral("add[0]"));
        r = rev.get(url("/v1/review/feedback?consultation=c1&theme=" + theme));
        QCOMPARE(r.body["records"].toArray().size(), 3);
        QCOMPARE(rev.get(url("/v1/review/themes?consultation=c1"))
                     .body["themes"]
                     .toArray()[0]
                     .toObject()["count"]
                     .toInt(),
                 3);

        // "You said, we did": one action through the theme, one for a carer's own record.
        r = rev.post(url("/v1/review/actions"), json({{"consultationId", "c1"},
                                                      {"youSaid", "You want more time to talk"},
                                                      {"weDid", "Visits are now an hour long"},
                                                      {"status", "done"},
                                                      {"date", "2026-11-30"},
                                                      {"themeIds", QJsonArray{theme}}}));
        QCOMPARE(r.status, 201);
        const QString viaTheme = r.body["id"].toString();
        QCOMPARE(r.body["state"].toString(), QStringLiteral("draft"));
        const QString carerRecord = fromB[0]["id"].toString();
        r = rev.post(url("/v1/review/actions"), json({{"consultationId", "c1"},
                                                      {"youSaid", "Forms are hard"},
                                                      {"weDid", "We will write them plainly"},
                                                      {"status", "planned"},
                                                      {"date", "2027-01-15"},
                                                      {"feedbackIds", QJsonArray{carerRecord}}}));
        QCOMPARE(r.status, 201);
        const QString direct = r.body["id"].toString();
        QCOMPARE(rev.post(url("/v1/review/actions"), json({{"consultationId", "c1"},
                                                           {"youSaid", "x"},
                                                           {"weDid", "y"},
                                                           {"status", "finished"},
                                                           {"date", "2026-11-30"},
                                                           {"themeIds", QJsonArray{theme}}}))
                     .body["error"]
                     .toObject()["field"]
                     .toString(),
                 QStringLiteral("status"));
        // Drafts never reach devices.
        QCOMPARE(a.get(url("/v1/actions")).body["actions"].toArray().size(), 0);
        m_clock->advanceDays(3); // the session has expired meanwhile: sign in again
        rev.token =
            rev.post(url("/v1/review/session"),
                     json({{"name", "Rita Reviewer"}, {"passphrase", "correct horse battery"}}))
                .body["session"]
                .toString()
                .toLatin1();
        QCOMPARE(rev.post(url("/v1/review/actions/" + viaTheme + "/publish"), "{}").status, 200);
        r = rev.post(url("/v1/review/actions/" + direct + "/publish"), "{}");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body["seq"].toString(), QStringLiteral("2"));

        // A sees the theme's action with its own three records; B sees only its own.
        r = a.get(url("/v1/actions?since=0"));
        QCOMPARE(r.status, 200);
        QJsonArray actions = r.body["actions"].toArray();
        QCOMPARE(actions.size(), 1);
        QCOMPARE(actions[0].toObject()["id"].toString(), viaTheme);
        QCOMPARE(actions[0].toObject()["status"].toString(), QStringLiteral("done"));
        QStringList ids;
        for (const QJsonValue& v : actions[0].toObject()["feedbackIds"].toArray()) {
            ids << v.toString();
        }
        tagged.sort();
        QCOMPARE(ids, tagged);
        r = b.get(url("/v1/actions?since=0"));
        actions = r.body["actions"].toArray();
        QCOMPARE(actions.size(), 1);
        QCOMPARE(actions[0].toObject()["id"].toString(), direct);
        QCOMPARE(actions[0].toObject()["feedbackIds"].toArray(), QJsonArray{carerRecord});
        QCOMPARE(r.body["next"].toString(), QStringLiteral("2"));
        // A third device that sent nothing sees nothing.
        DeviceClient c;
        c.token = device();
        QCOMPARE(c.get(url("/v1/actions")).body["actions"].toArray().size(), 0);
        // An update published again comes back with a new seq.
        r = rev.request("PUT", url("/v1/review/actions/" + direct),
                        json({{"youSaid", "Forms are hard"},
                              {"weDid", "Plain forms since December"},
                              {"status", "done"},
                              {"date", "2026-12-01"},
                              {"feedbackIds", QJsonArray{carerRecord}}}));
        QCOMPARE(r.status, 200);
        QCOMPARE(rev.post(url("/v1/review/actions/" + direct + "/publish"), "{}").status, 200);
        r = rev.get(url("/v1/review/actions/" + direct));
        QCOMPARE(r.body["seq"].toString(), QStringLiteral("3"));
        QCOMPARE(r.body["feedbackIds"].toArray(), QJsonArray{carerRecord});
        QCOMPARE(
            rev.get(url("/v1/review/actions?consultation=c1")).body["actions"].toArray().size(), 2);
        actions = b.get(url("/v1/actions?since=2")).body["actions"].toArray();
        QCOMPARE(actions.size(), 1);
        QCOMPARE(actions[0].toObject()["weDid"].toString(),
                 QStringLiteral("Plain forms since December"));

        // The framework view: five clusters, eighteen parameters; measured indicators only
        // where the hub has data.
        r = rev.get(url("/v1/review/framework?consultation=c1"));
        QCOMPARE(r.status, 200);
        const QJsonArray clusters = r.body["clusters"].toArray();
        QCOMPARE(clusters.size(), 5);
        int parameters = 0;
        int measured = 0;
        QJsonObject coproduction;
        QJsonObject learning;
        for (const QJsonValue& cl : clusters) {
            for (const QJsonValue& p : cl["parameters"].toArray()) {
                ++parameters;
                if (!p["indicators"].isNull()) {
                    ++measured;
                } else {
                    QVERIFY(!p["noData"].toString().isEmpty());
                }
                if (p["id"] == QJsonValue("coproduction")) {
                    coproduction = p.toObject();
                }
                if (p["id"] == QJsonValue("learning-and-evaluation")) {
                    learning = p.toObject();
                }
            }
        }
        QCOMPARE(parameters, 18);
        QCOMPARE(measured, 2);
        QCOMPARE(coproduction["facilitator"].toString(),
                 QStringLiteral("Consultation and coproduction with families prioritised and "
                                "resourced"));
        QVERIFY(!coproduction["barrier"].toString().isEmpty());
        const QJsonObject ind = coproduction["indicators"].toObject();
        const QJsonObject loop = ind["loopClosure"].toObject();
        QCOMPARE(loop["records"].toInt(), published("consultation_id = 'c1'"));
        // 4 of 24 records have a published action: a small number, so neither side, the
        // share nor the median is shown (issue 18, finding 2).
        QVERIFY(loop["withPublishedAction"].isNull());
        QVERIFY(loop["share"].isNull());
        QVERIFY(loop["medianDaysToAction"].isNull());
        QCOMPARE(ind["methods"].toObject()["text"].toInt(),
                 published("consultation_id = 'c1' AND kind = 'text'"));
        QCOMPARE(ind["methods"].toObject()["creative"].toInt(),
                 published("consultation_id = 'c1' AND kind <> 'text'"));
        QCOMPARE(ind["consultationsActive"].toInt(), 1);
        QCOMPARE(learning["indicators"].toObject()["loopClosure"].toObject(), loop);

        // CSV: masked characteristics, suppressed counts, escaping and no formulas.
        r = rev.get(url("/v1/review/export.csv?consultation=c1&content=records"));
        QCOMPARE(r.status, 200);
        const QString csv = QString::fromUtf8(r.raw);
        QVERIFY(csv.startsWith("id,activityId,promptId,kind,week,ageBand,role,text,"));
        QCOMPARE(csv.count("hidden to protect small groups"), 48); // every record x (age, role)
        QVERIFY(!csv.contains("fewer than"));
        QVERIFY(csv.contains("\"'=HYPERLINK(\"\"http://x\"\"), said \"\"we\"\"\nnext\""));
        QCOMPARE(csv.count("\r\n"), 25);
        r = rev.get(url("/v1/review/export.csv?consultation=c1&content=counts"));
        const QString counts = QString::fromUtf8(r.raw);
        // The role breakdown has small cells, so it is hidden whole (the children's cell and
        // the zeros too), and every hidden cell reads the same.
        for (const char* role : {"child", "young-person", "parent", "carer"}) {
            QVERIFY2(counts.contains(QStringLiteral("role,%1,hidden to protect small groups\r\n")
                                         .arg(QLatin1String(role))),
                     qPrintable(counts));
        }
        QVERIFY(!counts.contains("fewer than"));
        QVERIFY(counts.contains(
            QStringLiteral("role,total,%1\r\n").arg(published("consultation_id = 'c1'"))));
        QCOMPARE(rev.get(url("/v1/review/export.csv?consultation=c1&content=pdf")).status, 400);

        // Every view and export is in the audit log with ids and counts, never content.
        QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event = "
                                     "'review.view' AND subject = '%1'")
                          .arg(reviewerId)) >= 8);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event = "
                                      "'review.export' AND subject = '%1'")
                           .arg(reviewerId)),
                 2);
        QCOMPARE(count("SELECT COUNT(*) FROM audit_log WHERE detail = 'what=feedback "
                       "consultation=c1 records=5'"),
                 4);
        QCOMPARE(count("SELECT COUNT(*) FROM audit_log WHERE detail LIKE '%talk%' OR detail "
                       "LIKE '%HYPERLINK%' OR detail LIKE '%Forms%' OR detail LIKE '%Rita%'"),
                 0);
        QVERIFY(m_store->verifyAudit()->intact);

        // Erasure: the record leaves its theme and the figures.
        const QByteArray erase =
            json({{"items", QJsonArray{QJsonObject{{"id", uuid()}, {"feedbackId", tagged[0]}}}}});
        QCOMPARE(a.post(url("/v1/erasures"), erase).status, 200);
        QCOMPARE(rev.get(url("/v1/review/themes?consultation=c1"))
                     .body["themes"]
                     .toArray()[0]
                     .toObject()["count"]
                     .toInt(),
                 2);
    }

    /** The findings of issue 18 that a reviewer could reproduce through the API. */
    void issue18Findings_data() { backends(); }
    void issue18Findings()
    {
        QFETCH(QString, backend);
        QVERIFY(startHub(backend));
        DeviceClient dev;
        dev.token = device();
        // One consultation, everyone 8-11: "talk" has 8 children's answers to prompt p1 and
        // 2 parents' to p2; "feelings" (scale) 7 children and 2 parents; "pick" (a choice)
        // 3 children.
        QJsonArray items;
        QStringList ids;
        for (int i = 0; i < 10; ++i) {
            QJsonObject o = record(uuid(), i < 8 ? "child" : "parent", "8-11", "talk", true);
            o.insert("promptId", i < 8 ? "p1" : "p2");
            items.append(o);
            ids << o["id"].toString();
        }
        for (int i = 0; i < 9; ++i) {
            items.append(record(uuid(), i < 7 ? "child" : "parent", "8-11", "feelings", false));
        }
        for (int i = 0; i < 3; ++i) {
            QJsonObject o = record(uuid(), "child", "8-11", "pick", true);
            o.remove("text");
            o.insert("kind", "choice");
            o.insert("choices", QJsonArray{"a"});
            items.append(o);
        }
        QCOMPARE(dev.post(url("/v1/feedback"), json({{"items", items}})).status, 200);
        DeviceClient rev;
        rev.token = reviewer("Fay Reviewer");

        // 1. Records per activity in the consultation view follow CP-7.
        Response r = rev.get(url("/v1/review/consultations/c1"));
        QCOMPARE(r.status, 200);
        for (const QJsonValue& a : r.body["activities"].toArray()) {
            if (a["activityId"] == QJsonValue("pick") || a["promptId"] == QJsonValue("p2")) {
                QVERIFY(a["records"].isNull());
                QVERIFY(a["recordsSuppressed"].toBool());
            }
        }
        // 4. Rule 4 and the zeros: parent (4) is hidden, child (18) with it, and so are the
        // zeros; and no record shows its role, so "the hidden ones" cannot be named.
        QJsonObject roles;
        for (const QJsonValue& c : std::as_const(r.body)["voices"]["byRole"]["cells"].toArray()) {
            roles.insert(c["value"].toString(), c.toObject());
        }
        QVERIFY(std::as_const(roles)["parent"]["suppressed"].toBool());
        QVERIFY(std::as_const(roles)["child"]["suppressed"].toBool());
        QVERIFY(
            std::as_const(roles)["carer"]["suppressed"].toBool()); // a zero that would complete it
        QVERIFY(std::as_const(roles)["young-person"]["suppressed"].toBool());
        r = rev.get(url("/v1/review/feedback?consultation=c1&limit=200"));
        QCOMPARE(r.body["records"].toArray().size(), 22);
        for (const QJsonValue& rec : r.body["records"].toArray()) {
            QVERIFY(rec["role"].isNull());
        }
        // The age band is one band for all 22 (not small, nothing hidden), so it is shown.
        QCOMPARE(std::as_const(r.body)["records"][0]["ageBand"].toString(), QStringLiteral("8-11"));

        // 2. The framework view: no count from 1 to 7, whatever it measures.
        r = rev.get(url("/v1/review/framework?consultation=c1"));
        QJsonObject ind;
        for (const QJsonValue& cl : r.body["clusters"].toArray()) {
            for (const QJsonValue& p : cl["parameters"].toArray()) {
                if (p["id"] == QJsonValue("coproduction")) {
                    ind = p["indicators"].toObject();
                }
            }
        }
        QVERIFY(!ind.isEmpty());
        const QJsonObject methods = ind["methods"].toObject();
        QVERIFY(methods["creative"].isNull() || methods["creative"].toInt() >= 8);
        bool choiceHidden = false;
        for (const QJsonValue& k : methods["byKind"].toArray()) {
            QVERIFY(k["suppressed"].toBool() || k["count"].toInt() >= 8 || k["count"].toInt() == 0);
            choiceHidden =
                choiceHidden || (k["value"] == QJsonValue("choice") && k["suppressed"].toBool());
        }
        QVERIFY(choiceHidden); // 3 choice answers
        QVERIFY(std::as_const(ind)["loopClosure"]["records"].toInt() >= 8);
        QCOMPARE(std::as_const(ind)["loopClosure"]["withPublishedAction"].toInt(-1), 0);
        // Hub-wide, the same layer: no small count either.
        r = rev.get(url("/v1/review/framework"));
        QCOMPARE(r.status, 200);
        const QByteArray raw = r.raw;
        for (int small = 1; small < 8; ++small) {
            QVERIFY2(!raw.contains("\"count\":" + QByteArray::number(small) + ","),
                     raw.constData());
        }
        // The hub-wide roles are the consultations' added up: with c1's hidden, "hub minus the
        // others" would give them away, so the hub-wide breakdown is hidden whole too; every hidden
        // cell carries the one wording, never "fewer than".
        QJsonObject hubVoices;
        for (const QJsonValue& cl : r.body["clusters"].toArray()) {
            for (const QJsonValue& p : cl["parameters"].toArray()) {
                if (p["id"] == QJsonValue("coproduction")) {
                    hubVoices = p["indicators"]["voicesHeard"].toObject();
                }
            }
        }
        const QJsonArray hubRoles = hubVoices["byRole"].toObject()["cells"].toArray();
        QCOMPARE(hubRoles.size(), 4);
        for (const QJsonValue& c : hubRoles) {
            QVERIFY(c["suppressed"].toBool());
            QVERIFY(c["count"].isNull());
            QCOMPARE(c["note"].toString(), QStringLiteral("hidden to protect small groups"));
        }
        QVERIFY(!raw.contains("fewer than"));

        // 3. Differencing: the activity (10), prompt p1 (8) and p2 (2) never let "10 - 8"
        // through: p1 is hidden with p2 (rule 3 across the prompts).
        const Response whole = rev.get(url("/v1/review/aggregates?consultation=c1&activity=talk"));
        const Response p1 =
            rev.get(url("/v1/review/aggregates?consultation=c1&activity=talk&prompt=p1"));
        const Response p2 =
            rev.get(url("/v1/review/aggregates?consultation=c1&activity=talk&prompt=p2"));
        QCOMPARE(whole.body["records"].toInt(),
                 published("consultation_id = 'c1' AND activity_id = 'talk'"));
        QVERIFY(p1.body["records"].isNull());
        QVERIFY(p2.body["records"].isNull());
        // The same records always publish the same number, however often asked.
        QCOMPARE(rev.get(url("/v1/review/aggregates?consultation=c1&activity=talk"))
                     .body["records"]
                     .toInt(),
                 whole.body["records"].toInt());
        QVERIFY(whole.body["texts"].toInt() >= 8);
        QVERIFY(p1.body["texts"].isNull());

        // 6. C1 control characters: refused in records and review bodies; CSV quotes them.
        QJsonObject nel = record(uuid(), "child", "8-11", "talk", true);
        nel.insert("text", QStringLiteral("one\u0085two"));
        r = dev.post(url("/v1/feedback"), json({{"items", QJsonArray{nel}}}));
        QCOMPARE(r.status, 400);
        QCOMPARE(errorCode(r), QStringLiteral("invalid_value"));
        QCOMPARE(std::as_const(r.body)["error"]["field"].toString(),
                 QStringLiteral("items[0].text"));
        QJsonObject csi = record(uuid(), "child", "8-11", "talk", true);
        csi.insert("text", QStringLiteral("\u009b31m red"));
        QCOMPARE(dev.post(url("/v1/feedback"), json({{"items", QJsonArray{csi}}})).status, 400);
        const QJsonObject action{
            {"consultationId", "c1"}, {"youSaid", QStringLiteral("said\u0085more")},
            {"weDid", "did"},         {"status", "planned"},
            {"date", "2026-12-01"},   {"feedbackIds", QJsonArray{ids[0]}}};
        r = rev.post(url("/v1/review/actions"), json(action));
        QCOMPARE(r.status, 400);
        QCOMPARE(std::as_const(r.body)["error"]["field"].toString(), QStringLiteral("youSaid"));
        r = rev.post(url("/v1/review/themes"),
                     json({{"consultationId", "c1"}, {"name", QStringLiteral("a\u0090b")}}));
        QCOMPARE(r.status, 400);
        QCOMPARE(csvField(QStringLiteral("one\u0085two")), QStringLiteral("\"one\u0085two\""));
        QCOMPARE(csvField(QStringLiteral("plain")), QStringLiteral("plain"));

        // 7. The same id twice in one batch with different bodies: 409 with "conflicts".
        QJsonObject first = record(uuid(), "child", "8-11", "talk", true);
        QJsonObject second = first;
        second.insert("text", "a different body");
        r = dev.post(url("/v1/feedback"), json({{"items", QJsonArray{first, second}}}));
        QCOMPARE(r.status, 409);
        QCOMPARE(r.body["conflicts"].toArray(), QJsonArray{first["id"]});
        QCOMPARE(errorCode(r), QStringLiteral("conflict"));

        // 8. An action linked to another consultation's record or theme: 400 naming it.
        DeviceClient other;
        const auto code = m_store->createCode("c2", "practitioner", 1, 900, {});
        other.token = m_store->enrol(normaliseCode(code.value()))->token.toLatin1();
        QJsonObject foreign = record(uuid(), "child", "8-11", "talk", true);
        foreign.insert("consultationId", "c2");
        QCOMPARE(other.post(url("/v1/feedback"), json({{"items", QJsonArray{foreign}}})).status,
                 200);
        QJsonObject linked = action;
        linked.insert("youSaid", "said");
        linked.insert("feedbackIds", QJsonArray{ids[0], foreign["id"]});
        r = rev.post(url("/v1/review/actions"), json(linked));
        QCOMPARE(r.status, 400);
        QCOMPARE(errorCode(r), QStringLiteral("invalid_value"));
        QCOMPARE(std::as_const(r.body)["error"]["field"].toString(),
                 QStringLiteral("feedbackIds[1]"));
        const QString theirs =
            rev.post(url("/v1/review/themes"), json({{"consultationId", "c2"}, {"name", "Other"}}))
                .body["id"]
                .toString();
        linked.insert("feedbackIds", QJsonArray{ids[0]});
        linked.insert("themeIds", QJsonArray{theirs});
        r = rev.post(url("/v1/review/actions"), json(linked));
        QCOMPARE(r.status, 400);
        QCOMPARE(std::as_const(r.body)["error"]["field"].toString(), QStringLiteral("themeIds[0]"));
        QCOMPARE(count("SELECT COUNT(*) FROM actions"), 0);
    }

    /** Findings 5 and 10: a lockout names nobody, costs the same, and stalls nothing. */
    void signInLockoutNamesNobody_data() { backends(); }
    void signInLockoutNamesNobody()
    {
        QFETCH(QString, backend);
        QVERIFY(startHub(backend));
        QVERIFY(!reviewer("Real Reviewer").isEmpty());
        auto from = [](DeviceClient& c, const QByteArray& address) {
            c.headers = {std::pair<QByteArray, QByteArray>{"X-Real-IP", address}};
        };
        auto attempt = [&](DeviceClient& c, const QString& name, const QString& passphrase) {
            return c.post(url("/v1/review/session"),
                          json({{"name", name}, {"passphrase", passphrase}}));
        };
        // Five wrong passphrases for a real name and for an unknown one, from one address:
        // the same lock, the same words, the same Retry-After.
        DeviceClient attacker;
        from(attacker, "203.0.113.7");
        Response real;
        Response unknown;
        for (int i = 0; i < 5; ++i) {
            real = attempt(attacker, "Real Reviewer", "wrong guess number");
            unknown = attempt(attacker, "No Such Reviewer", "wrong guess number");
        }
        QCOMPARE(real.status, 429);
        QCOMPARE(unknown.status, 429);
        QCOMPARE(unknown.body, real.body);
        QCOMPARE(unknown.retryAfter, real.retryAfter);
        QVERIFY(!real.body["error"].toObject()["message"].toString().contains("account"));
        // The lock holds for that address, even for the right passphrase ...
        QCOMPARE(attempt(attacker, "Real Reviewer", "correct horse battery").status, 429);
        // ... but nobody elsewhere can keep the reviewer out.
        DeviceClient office;
        from(office, "198.51.100.2");
        QCOMPARE(attempt(office, "Real Reviewer", "correct horse battery").status, 201);
        QCOMPARE(count("SELECT COUNT(*) FROM audit_log WHERE event = 'review.locked'"), 2);

        // The same Argon2id time for an unknown name as for a wrong passphrase.
        auto medianMs = [&](const QString& name) -> qint64 {
            QList<qint64> times;
            for (int i = 0; i < 3; ++i) {
                DeviceClient c;
                from(c, QByteArray("192.0.2.") + QByteArray::number(i + 10));
                QElapsedTimer t;
                t.start();
                if (attempt(c, name, "not the passphrase").status != 401) {
                    return -1;
                }
                times << t.elapsed();
            }
            std::sort(times.begin(), times.end());
            return times[1];
        };
        const qint64 knownMs = medianMs("Real Reviewer");
        const qint64 unknownMs = medianMs("Nobody At All");
        QVERIFY(knownMs >= 0 && unknownMs >= 0);
        QVERIFY2(
            unknownMs * 2 >= knownMs,
            qPrintable(QStringLiteral("unknown %1 ms, known %2 ms").arg(unknownMs).arg(knownMs)));

        // A flood of sign-ins does not hold up a device upload: the upload is answered
        // while the Argon2id checks are still running (on the event loop it would wait
        // behind every sign-in already received). Told by order, not by a stopwatch: a
        // loaded or sanitised run slows both sides alike, and the order still holds.
        DeviceClient dev;
        dev.token = device();
        QNetworkAccessManager nam;
        QElapsedTimer clock;
        clock.start();
        QList<qint64> signedAt;
        QList<QNetworkReply*> replies;
        constexpr int kFlood = 24; // more checks than two cores finish in one upload's time
        for (int i = 0; i < kFlood; ++i) {
            QNetworkRequest req{QUrl(url("/v1/review/session"))};
            req.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
            req.setRawHeader("X-Real-IP", "192.0.2.99");
            QNetworkReply* reply = nam.post(
                req, json({{"name", QStringLiteral("Flood %1").arg(i)}, {"passphrase", "x"}}));
            QObject::connect(reply, &QNetworkReply::finished,
                             [&signedAt, &clock] { signedAt << clock.elapsed(); });
            replies << reply;
        }
        QTest::qWait(20); // the sign-ins are in before the upload
        QJsonObject item = record(uuid(), "child", "8-11", "talk", true);
        const Response up = dev.post(url("/v1/feedback"), json({{"items", QJsonArray{item}}}));
        const qint64 uploadedAt = clock.elapsed();
        QCOMPARE(up.status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(signedAt.size(), kFlood, 120000);
        std::sort(signedAt.begin(), signedAt.end());
        QVERIFY2(uploadedAt < signedAt.last(),
                 qPrintable(QStringLiteral("upload at %1 ms, last sign-in at %2 ms")
                                .arg(uploadedAt)
                                .arg(signedAt.last())));
        qDeleteAll(replies);
    }

    /** A port another server holds: listenOn says why, as an Io error, and no server is left
     *  listening half-made. */
    void aTakenPortIsRefusedWithTheReason()
    {
        QVERIFY(startHub(QStringLiteral("sqlite")));
        HubServer second(*m_store, Limits{});
        const auto bound = second.listenOn(QHostAddress::LocalHost, m_port, std::nullopt);
        QVERIFY(!bound);
        QCOMPARE(bound.error().code, chorus::Error::Code::Io);
        QVERIFY2(!bound.error().message.isEmpty(), "no reason given");
        // The first server still answers.
        QCOMPARE(DeviceClient().get(url("/v1/info")).status, 200);
    }

    /** Behind nginx every connection comes from loopback: limits key on the client nginx
     *  names, and only a loopback peer may name one. */
    void clientAddressBehindNginx()
    {
        const QHostAddress loopback(QHostAddress::LocalHost);
        const QHostAddress remote(QStringLiteral("198.51.100.9"));
        QCOMPARE(clientAddress(loopback, "203.0.113.7", {}), QStringLiteral("203.0.113.7"));
        QCOMPARE(clientAddress(loopback, {}, "10.0.0.1, 203.0.113.8"),
                 QStringLiteral("203.0.113.8"));
        QCOMPARE(clientAddress(loopback, "not an address", {}), QStringLiteral("127.0.0.1"));
        QCOMPARE(clientAddress(remote, "203.0.113.7", "203.0.113.8"),
                 QStringLiteral("198.51.100.9")); // a client's own claim is ignored
        QCOMPARE(clientAddress(loopback, {}, {}), QStringLiteral("127.0.0.1"));

        // Through a hub with a small per-address bucket: one client's burst does not stop
        // another behind the same proxy.
        QVERIFY(startHub(QStringLiteral("sqlite")));
        Limits limits;
        limits.ratePerSecond = 0.01;
        limits.rateBurst = 2;
        HubServer tight(*m_store, limits);
        const auto port = tight.listenOn(QHostAddress::LocalHost, 0, std::nullopt);
        QVERIFY2(port, qPrintable(port.error().message));
        const QString info = QStringLiteral("http://127.0.0.1:%1/v1/info").arg(port.value());
        DeviceClient a;
        a.headers << std::pair<QByteArray, QByteArray>{"X-Real-IP", "203.0.113.1"};
        DeviceClient b;
        b.headers << std::pair<QByteArray, QByteArray>{"X-Real-IP", "203.0.113.2"};
        QCOMPARE(a.get(info).status, 200);
        QCOMPARE(a.get(info).status, 200);
        QCOMPARE(a.get(info).status, 429);
        QCOMPARE(b.get(info).status, 200);
    }

    /** GET /v1/review/report: one document, already suppressed, audited as an export. */
    void report()
    {
        QVERIFY(startHub(QStringLiteral("sqlite")));
        const SeededReport seeded = seedReportHub(
            *m_store, url({}),
            ReportSeed{QStringLiteral(CHORUS_SOURCE_DIR "/core/packs/my-week.json"), 0, 0, 0});
        QVERIFY2(!seeded.session.isEmpty(), qPrintable(seeded.error));
        DeviceClient anonymous;
        Response r = anonymous.get(url("/v1/review/report?consultation=c1"));
        QCOMPARE(r.status, 401);
        DeviceClient enrolled;
        enrolled.token = device(); // a device token is never a session
        QCOMPARE(enrolled.get(url("/v1/review/report?consultation=c1")).status, 401);
        DeviceClient rev;
        rev.token = seeded.session;
        QCOMPARE(rev.get(url("/v1/review/report")).status, 400);
        QCOMPARE(rev.get(url("/v1/review/report?consultation=nope")).status, 404);
        QCOMPARE(errorCode(rev.get(url("/v1/review/report?consultation=c1&role=carer"))),
                 QStringLiteral("unknown_field"));
        QCOMPARE(rev.request("POST", url("/v1/review/report?consultation=c1"), "{}").status, 405);
        const qint64 exportsBefore =
            count("SELECT COUNT(*) FROM audit_log WHERE event = 'review.export'");

        r = rev.get(url("/v1/review/report?consultation=c1"));
        QCOMPARE(r.status, 200);
        const QJsonObject doc = r.body;
        QCOMPARE(doc["consultation"].toString(), QStringLiteral("c1"));
        QCOMPARE(doc["smallNumberThreshold"].toInt(), 8);
        QCOMPARE(doc["title"].toObject()["cy"].toString(), QStringLiteral("Fy wythnos"));

        // Voices: 3 carers read as suppressed, with no number anywhere in their cell.
        QJsonObject carer;
        for (const QJsonValue& c : doc["voices"]["byRole"]["cells"].toArray()) {
            if (c["value"] == QJsonValue("carer")) {
                carer = c.toObject();
            }
        }
        QVERIFY(carer["suppressed"].toBool());
        QVERIFY(carer["count"].isNull());

        // Charts: the feelings point "2" (3 carers) is suppressed and so, secondarily, is
        // "5" (9): the 12 at "4" stay; choices are rule 1 only; prompts come from the pack.
        QHash<QString, QJsonObject> charts;
        for (const QJsonValue& a : doc["activities"].toArray()) {
            charts.insert(a["activityId"].toString(), a.toObject());
        }
        QCOMPARE(charts.size(), 5);
        const QJsonObject feelings = charts["feel-today"];
        const QJsonObject choices = charts["good-things"];
        const QJsonObject cards = charts["what-matters"];
        const QJsonObject circles = charts["my-people"];
        const QJsonArray scale = feelings["scale"]["cells"].toArray();
        QVERIFY(scale[2]["suppressed"].toBool());
        QVERIFY(scale[2]["count"].isNull());
        QVERIFY(scale[5]["suppressed"].toBool());
        QCOMPARE(scale[4]["count"].toInt(),
                 published("activity_id = 'feel-today' AND body LIKE '%\"scale\":4%'"));
        QCOMPARE(feelings["type"].toString(), QStringLiteral("feelings-scale"));
        QVERIFY(feelings["prompt"]["cy"].toString().startsWith("Sut wyt ti"));
        QJsonObject pets;
        QJsonObject friends;
        for (const QJsonValue& c : choices["choices"].toArray()) {
            (c["value"] == QJsonValue("pets") ? pets : friends) = c.toObject();
        }
        QVERIFY(pets["suppressed"].toBool());
        QCOMPARE(friends["count"].toInt(),
                 published("activity_id = 'good-things' AND body LIKE '%\"friends\"%'"));
        QJsonObject petsOption;
        for (const QJsonValue& o : choices["options"].toArray()) {
            if (o["id"] == QJsonValue("pets")) {
                petsOption = o.toObject();
            }
        }
        QCOMPARE(petsOption["label"].toObject()["cy"].toString(),
                 QStringLiteral("Anifeiliaid anwes"));
        QCOMPARE(cards["cardSort"]["cards"][0]["card"].toString(), QStringLiteral("friends"));
        QCOMPARE(
            cards["cardSort"]["cards"][0]["firstPlace"]["count"].toInt(),
            published("activity_id = 'what-matters' AND body LIKE '%\"order\":[\"friends\"%'"));
        QCOMPARE(circles["circles"].toArray().size(), 2);

        // Themes: a theme of 3 records is a small number in the report too.
        QJsonObject talk;
        for (const QJsonValue& t : doc["themes"].toArray()) {
            if (t["name"] == QJsonValue("Time to talk")) {
                talk = t.toObject();
            }
        }
        QVERIFY(talk["suppressed"].toBool());
        QVERIFY(talk["count"].isNull());

        // Quotes: only the marked ones; actions: only the published ones.
        QStringList quotes;
        for (const QJsonValue& q : doc["quotes"].toArray()) {
            quotes << q["text"].toString();
        }
        quotes.sort();
        QStringList expected = seeded.quotes;
        expected.sort();
        QCOMPARE(quotes, expected);
        QStringList saids;
        for (const QJsonValue& a : doc["actions"].toArray()) {
            saids << a["youSaid"].toString();
            QVERIFY(!a["status"].toString().isEmpty());
            QVERIFY(!a["date"].toString().isEmpty());
        }
        QCOMPARE(saids, seeded.youSaid);
        QVERIFY(!saids.contains(seeded.draftSaid));
        const QJsonObject loop = doc["loopClosure"].toObject();
        QCOMPARE(loop["records"].toInt(), published("consultation_id = 'c1'"));
        // 3 talk + 10 friends, counted like the hub does: linked directly or by a theme.
        QCOMPARE(loop["withPublishedAction"].toInt(),
                 published("id IN (SELECT l.feedback_id FROM action_feedback l JOIN actions a ON "
                           "a.id = l.action_id WHERE a.state = 'published' UNION SELECT "
                           "ft.feedback_id FROM feedback_themes ft JOIN action_themes t ON "
                           "t.theme_id = ft.theme_id JOIN actions a ON a.id = t.action_id WHERE "
                           "a.state = 'published')"));
        // The share is worked out from the published numbers, so it agrees with them.
        QCOMPARE(loop["share"].toDouble(),
                 loop["withPublishedAction"].toDouble() / loop["records"].toDouble());

        // Audited as an export, with ids and counts only.
        QCOMPARE(count("SELECT COUNT(*) FROM audit_log WHERE event = 'review.export'"),
                 exportsBefore + 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event = "
                                      "'review.export' AND subject = '%1' AND detail LIKE "
                                      "'content=report consultation=c1 %'")
                           .arg(seeded.reviewerId)),
                 1);
        QCOMPARE(count("SELECT COUNT(*) FROM audit_log WHERE detail LIKE '%talk%'"), 0);
    }

    /** Issue 22.3: every CSV and report export names in the audit the records it held (ids
     *  only), so that erasing one says which exports still contain it; a device's erasure
     *  has the hub clear the freed space after answering, and `eraseRecord` (chorus-hub
     *  erase, for a lost or revoked device) erases whichever device sent the record. */
    void erasureNamesExportsThatHoldTheRecord_data() { backends(); }
    void erasureNamesExportsThatHoldTheRecord()
    {
        QFETCH(QString, backend);
        QVERIFY(startHub(backend));
        m_server->setCompactionDelay(0);
        DeviceClient dev;
        dev.token = device();
        const QString quoted = uuid();
        const QString listed = uuid();
        const QString never = uuid();
        QCOMPARE(
            dev.post(url("/v1/feedback"),
                     json({{"items", QJsonArray{record(quoted, "child", "8-11", "talk", true),
                                                record(listed, "child", "8-11", "talk", true),
                                                record(never, "child", "8-11", "talk", true)}}}))
                .status,
            200);
        DeviceClient rev;
        rev.token = reviewer("Ana Reviewer");
        // A CSV export of two of the three records, then a report quoting one of them.
        Response r = rev.get(url("/v1/review/export.csv?consultation=c1&content=records&limit=2"));
        QCOMPARE(r.status, 200);
        QStringList inCsv{quoted, listed, never};
        inCsv.sort(); // records come in id order
        inCsv = inCsv.mid(0, 2);
        QCOMPARE(
            rev.post(url("/v1/review/feedback/" + quoted + "/quotable"), json({{"quotable", true}}))
                .status,
            200);
        QCOMPARE(rev.get(url("/v1/review/report?consultation=c1")).status, 200);
        const qint64 csvSeq = count("SELECT MIN(seq) FROM audit_log WHERE event = 'review.export'");
        const qint64 reportSeq =
            count("SELECT MAX(seq) FROM audit_log WHERE event = 'review.export'");
        QVERIFY(csvSeq > 0 && reportSeq > csvSeq);

        for (const QString& id : {quoted, listed, never}) {
            const auto holding = m_store->exportsHolding(id);
            QVERIFY(holding);
            QList<qint64> seqs;
            for (const ExportHolding& e : holding.value()) {
                seqs << e.seq;
                QVERIFY(!e.reviewerId.isEmpty());
            }
            QList<qint64> expected;
            if (inCsv.contains(id)) {
                expected << csvSeq;
            }
            if (id == quoted) {
                expected << reportSeq;
            }
            QCOMPARE(seqs, expected);
        }

        // The device erases one: the hub clears the space soon after it answers.
        QCOMPARE(m_store->compactionPending().value(), Compaction::Clear);
        const QString erasure = uuid();
        r = dev.post(
            url("/v1/erasures"),
            json({{"items", QJsonArray{QJsonObject{{"id", erasure}, {"feedbackId", quoted}}}}}));
        QCOMPARE(r.status, 200);
        QTRY_COMPARE(m_store->compactionPending().value(), Compaction::Clear);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event = "
                                      "'feedback.erased' AND detail LIKE '%in-exports=%1'")
                           .arg(inCsv.contains(quoted)
                                    ? QStringLiteral("%1,%2").arg(csvSeq).arg(reportSeq)
                                    : QString::number(reportSeq))),
                 1);

        // An administrator erases another for a lost device: erased, exports named, audited.
        const QString other = inCsv.contains(listed) ? listed : never;
        const auto done = m_store->eraseRecord(other);
        QVERIFY(done);
        QVERIFY(done->erased);
        QCOMPARE(done->exports.size(), inCsv.contains(other) ? 1 : 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM feedback WHERE id = '%1'").arg(other)),
                 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event = "
                                      "'feedback.erased-by-admin' AND subject = '%1'")
                           .arg(other)),
                 1);
        QVERIFY(!m_store->eraseRecord(other)->erased); // exact: once, and only that record
        QCOMPARE(count("SELECT COUNT(*) FROM feedback"), 1);
        // A late upload of the erased record is acknowledged, never stored again.
        QCOMPARE(
            dev.post(url("/v1/feedback"),
                     json({{"items", QJsonArray{record(other, "child", "8-11", "talk", true)}}}))
                .status,
            200);
        QCOMPARE(count("SELECT COUNT(*) FROM feedback"), 1);
        QVERIFY(m_store->verifyAudit()->intact);
    }

    /** Issue 22.9: a device token lasts kDeviceTokenLifetimeDays after its last use, each
     *  use renews it, and an expired one gets its own 401; an admin lists the devices and
     *  revokes one through the review API (reviewers cannot). */
    void deviceTokensExpireAndAdminsRevoke_data() { backends(); }
    void deviceTokensExpireAndAdminsRevoke()
    {
        QFETCH(QString, backend);
        QVERIFY(startHub(backend));
        const QDateTime start = m_clock->now();
        DeviceClient away;
        away.token = device();
        QCOMPARE(away.get(url("/v1/packs")).status, 200);
        // Used just inside the lifetime, twice: each use renews it, so it outlives the
        // lifetime counted from its enrolment.
        m_clock->advanceDays(kDeviceTokenLifetimeDays - 1);
        QCOMPARE(away.get(url("/v1/packs")).status, 200);
        m_clock->advanceDays(kDeviceTokenLifetimeDays - 1);
        QCOMPARE(away.get(url("/v1/packs")).status, 200);
        QVERIFY(start.daysTo(m_clock->now()) > kDeviceTokenLifetimeDays);
        // Then unused for the whole lifetime: expired, and told so in its own words.
        m_clock->advanceDays(kDeviceTokenLifetimeDays);
        Response r = away.get(url("/v1/packs"));
        QCOMPARE(r.status, 401);
        QCOMPARE(errorCode(r), QStringLiteral("token_expired"));
        QVERIFY(r.body.value("error").toObject().value("message").toString().contains(
            QString::number(kDeviceTokenLifetimeDays)));

        DeviceClient lost;
        lost.token = device();
        QCOMPARE(lost.get(url("/v1/packs")).status, 200);
        DeviceClient admin;
        admin.token = reviewer("Ada Admin", "admin");
        DeviceClient plain;
        plain.token = reviewer("Rob Reviewer");
        QCOMPARE(plain.get(url("/v1/review/devices")).status, 403);
        r = admin.get(url("/v1/review/devices"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body.value("tokenLifetimeDays").toInt(), kDeviceTokenLifetimeDays);
        const QJsonArray list = r.body.value("devices").toArray();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).toObject().value("status").toString(), QStringLiteral("expired"));
        const QJsonObject lostRow = list.at(1).toObject();
        QCOMPARE(lostRow.value("status").toString(), QStringLiteral("active"));
        QCOMPARE(lostRow.value("consultationId").toString(), QStringLiteral("c1"));
        QCOMPARE(lostRow.value("expiresAt").toString(),
                 m_clock->now().addDays(kDeviceTokenLifetimeDays).toString(Qt::ISODate));
        const QString lostId = lostRow.value("id").toString();

        QCOMPARE(plain.post(url("/v1/review/devices/" + lostId + "/revoke"), "{}").status, 403);
        QCOMPARE(lost.get(url("/v1/packs")).status, 200);
        r = admin.post(url("/v1/review/devices/" + lostId + "/revoke"), "{}");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body.value("status").toString(), QStringLiteral("revoked"));
        r = lost.get(url("/v1/packs"));
        QCOMPARE(r.status, 401);
        QCOMPARE(errorCode(r), QStringLiteral("unauthorized"));
        QCOMPARE(admin.post(url("/v1/review/devices/" + lostId + "/revoke"), "{}").status, 404);
        QCOMPARE(admin.post(url("/v1/review/devices/" + uuid() + "/revoke"), "{}").status, 404);
        r = admin.get(url("/v1/review/devices"));
        QCOMPARE(r.body.value("devices").toArray().at(1).toObject().value("status").toString(),
                 QStringLiteral("revoked"));
        QVERIFY(r.body.value("devices").toArray().at(1).toObject().value("expiresAt").isNull());
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event = "
                                      "'device.revoked' AND subject = '%1' AND detail LIKE "
                                      "'by=%%'")
                           .arg(lostId)),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestHubReview)
#include "tst_hubreview.moc"
