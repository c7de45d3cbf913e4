#pragma once

// A consultation with everything the PDF report shows (issue 8), sent to a running hub the
// way devices and a reviewer would: the built-in pack published for c1, feedback of every
// chart kind from several roles, themes, quotable records and published "you said, we did"
// actions. Shared by tst_hubreview (the /v1/review/report document) and tst_report (the PDF).
//
// With the default threshold of 8 the seed has known small numbers: 3 carers (suppressed by
// role and age band, and their feelings-scale point "2"), 3 records that also chose "pets"
// (a choice under 8) and a theme of 3 records.

#include "hubfixture.h"
#include "sharerecord.h"
#include "sync/hub/store/hubstore.h"

#include <QFile>
#include <QJsonArray>
#include <QUuid>

namespace chorus::test {

struct ReportSeed
{
    QString packFile;    ///< core/packs/my-week.json
    int extraThemes = 0; ///< more themes, actions and quotes make a long report
    int extraActions = 0;
    int extraQuotes = 0;
};

struct SeededReport
{
    QByteArray session; ///< a reviewer's session, empty on failure
    QString reviewerId;
    QStringList quotes;   ///< texts marked quotable (consent allows quotes)
    QString unmarkedText; ///< quotes allowed but never marked: not a quote
    QStringList youSaid;  ///< published actions
    QStringList weDid;
    QString draftSaid; ///< an action never published
    QString error;     ///< what went wrong, when session is empty
};

namespace seeddetail {

inline QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

inline QJsonObject answer(const QString& role, const QString& ageBand, const QString& activity,
                          const QString& kind, const QJsonObject& fields, bool quotes)
{
    QJsonObject o = shareRecord(newId());
    o.remove(QStringLiteral("text"));
    o.insert(QStringLiteral("role"), role);
    o.insert(QStringLiteral("ageBand"), ageBand);
    o.insert(QStringLiteral("activityId"), activity);
    o.insert(QStringLiteral("kind"), kind);
    o.insert(QStringLiteral("scopes"), QJsonObject{{"quotes", quotes}, {"drawings", false}});
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        o.insert(it.key(), it.value());
    }
    return o;
}

inline QByteArray json(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace seeddetail

/** Seeds consultation c1 of the hub at `base` (its store is `store`). */
inline SeededReport seedReportHub(chorus::hub::HubStore& store, const QString& base,
                                  const ReportSeed& seed)
{
    using namespace seeddetail;
    using chorus::hub::normaliseCode;
    using chorus::hub::PackInfo;
    SeededReport out;
    auto fail = [&](const QString& why) {
        out.session.clear();
        out.error = why;
        return out;
    };
    QFile pack(seed.packFile);
    if (!pack.open(QIODevice::ReadOnly)) {
        return fail(QStringLiteral("cannot read ") + seed.packFile);
    }
    const QByteArray packBody =
        QJsonDocument::fromJson(pack.readAll()).toJson(QJsonDocument::Compact);
    if (!store.publishPack(PackInfo{QStringLiteral("my-week"), 1, packBody},
                           QStringLiteral("c1"))) {
        return fail(QStringLiteral("publishing the pack failed"));
    }

    QList<QJsonObject> records;
    QStringList quotable;
    const int children = 12 + seed.extraQuotes;
    for (int i = 0; i < children; ++i) {
        const QString text = i < 2 + seed.extraQuotes
                                 ? QStringLiteral("Quote %1: I want more time to talk with my "
                                                  "worker, not just a quick visit.")
                                       .arg(i + 1)
                                 : QStringLiteral("Unmarked words %1").arg(i + 1);
        records << answer("child", "8-11", "tell-us", "text", {{"text", text}}, true);
        if (i < 2 + seed.extraQuotes) {
            quotable << records.last()[QStringLiteral("id")].toString();
            out.quotes << text;
        } else if (out.unmarkedText.isEmpty()) {
            out.unmarkedText = text;
        }
    }
    for (int i = 0; i < 21; ++i) { // feelings: 12 "Happy" (4), 9 "Very happy" (5)
        records << answer("young-person", "12-15", "feel-today", "scale",
                          {{"scale", i < 12 ? 4 : 5}}, false);
    }
    for (int i = 0; i < 3; ++i) { // 3 carers at "Sad" (2): a small number
        records << answer("carer", "adult", "feel-today", "scale", {{"scale", 2}}, false);
    }
    QStringList choosers;
    for (int i = 0; i < 10; ++i) { // 10 choose friends, 3 of them pets too
        const QJsonArray picks = i < 3 ? QJsonArray{"friends", "pets"} : QJsonArray{"friends"};
        records << answer("young-person", "12-15", "good-things", "choice", {{"choices", picks}},
                          false);
        choosers << records.last()[QStringLiteral("id")].toString();
    }
    for (int i = 0; i < 17; ++i) { // card sort: 9 put friends first, 8 family
        const QJsonArray order = i < 9 ? QJsonArray{"friends", "family", "home"}
                                       : QJsonArray{"family", "friends", "home"};
        records << answer("young-person", "12-15", "what-matters", "ordering", {{"order", order}},
                          false);
    }
    for (int i = 0; i < 8; ++i) { // circles
        records << answer("young-person", "12-15", "my-people", "structured",
                          {{"piles", QJsonObject{{"inner", QJsonArray{"mum", "nan"}},
                                                 {"outer", QJsonArray{"teacher"}}}}},
                          false);
    }

    DeviceClient device;
    const auto code = store.createCode("c1", "practitioner", 1, 900, {});
    if (!code) {
        return fail(QStringLiteral("enrolling the device failed"));
    }
    const auto enrolled = store.enrol(normaliseCode(code.value()));
    if (!enrolled) {
        return fail(QStringLiteral("enrolling the device failed"));
    }
    device.token = enrolled->token.toLatin1();
    for (qsizetype i = 0; i < records.size(); i += 100) {
        const Response r = device.post(base + "/v1/feedback", feedbackBatch(records.mid(i, 100)));
        if (r.status != 200) {
            return fail(QStringLiteral("feedback: %1 %2").arg(r.status).arg(QString(r.raw)));
        }
    }

    const auto secret = store.addReviewer(QStringLiteral("Rhian Reviewer"), "reviewer");
    DeviceClient rev;
    Response r =
        rev.post(base + "/v1/review/session", json({{"name", "Rhian Reviewer"},
                                                    {"secret", secret ? secret.value() : QString()},
                                                    {"passphrase", "correct horse battery"}}));
    rev.token = r.body.value(QStringLiteral("session")).toString().toLatin1();
    out.reviewerId = r.body.value(QStringLiteral("reviewerId")).toString();
    if (rev.token.isEmpty()) {
        return fail(QStringLiteral("sign-in: %1").arg(r.status));
    }
    for (const QString& id : quotable) {
        if (rev.post(base + "/v1/review/feedback/" + id + "/quotable", json({{"quotable", true}}))
                .status != 200) {
            return fail(QStringLiteral("marking a quote failed"));
        }
    }

    auto theme = [&](const QString& name, const QStringList& ids) {
        const Response t =
            rev.post(base + "/v1/review/themes", json({{"consultationId", "c1"}, {"name", name}}));
        const QString id = t.body.value(QStringLiteral("id")).toString();
        if (t.status != 201 || rev.post(base + "/v1/review/themes/" + id + "/feedback",
                                        json({{"add", QJsonArray::fromStringList(ids)}}))
                                       .status != 200) {
            return QString();
        }
        return id;
    };
    const QString talk = theme(QStringLiteral("Time to talk"),
                               quotable.mid(0, 2) + QStringList{records[2]["id"].toString()});
    const QString friends = theme(QStringLiteral("Friends matter"), choosers);
    if (talk.isEmpty() || friends.isEmpty()) {
        return fail(QStringLiteral("creating the themes failed"));
    }
    for (int i = 0; i < seed.extraThemes; ++i) {
        if (theme(QStringLiteral("Theme %1 of the long report").arg(i + 1), choosers.mid(0, 8))
                .isEmpty()) {
            return fail(QStringLiteral("creating an extra theme failed"));
        }
    }

    auto action = [&](const QString& said, const QString& did, const QString& status,
                      const QString& date, const QString& themeId, bool publish) {
        const Response a =
            rev.post(base + "/v1/review/actions", json({{"consultationId", "c1"},
                                                        {"youSaid", said},
                                                        {"weDid", did},
                                                        {"status", status},
                                                        {"date", date},
                                                        {"themeIds", QJsonArray{themeId}}}));
        const QString id = a.body.value(QStringLiteral("id")).toString();
        if (a.status != 201) {
            return false;
        }
        if (publish) {
            out.youSaid << said;
            out.weDid << did;
            return rev.post(base + "/v1/review/actions/" + id + "/publish", "{}").status == 200;
        }
        return true;
    };
    bool ok =
        action(QStringLiteral("You want more time to talk"),
               QStringLiteral("Visits are now an hour long"), "done", "2026-11-30", talk, true) &&
        action(QStringLiteral("Friends matter to you"),
               QStringLiteral("We will plan contact with friends in every review"), "planned",
               "2027-01-15", friends, true);
    out.draftSaid = QStringLiteral("A draft the team has not agreed");
    ok = ok &&
         action(out.draftSaid, QStringLiteral("Not yet"), "planned", "2027-02-01", talk, false);
    for (int i = 0; ok && i < seed.extraActions; ++i) {
        ok = action(QStringLiteral("Long report item %1: you told us that the waiting room is "
                                   "noisy and that you would like somewhere quiet to sit")
                        .arg(i + 1),
                    QStringLiteral("Action %1: we have asked for a quiet room and will tell you "
                                   "when it is ready")
                        .arg(i + 1),
                    "doing", "2026-12-10", friends, true);
    }
    if (ok && seed.extraActions > 0) {
        // One answer as long as the hub allows (2000 characters): taller than a page.
        QString longDid;
        for (int i = 1; longDid.size() < 1900; ++i) {
            longDid += QStringLiteral("Step %1 of the long plan is written out in full. ").arg(i);
        }
        ok = action(QStringLiteral("The longest answer"), longDid.trimmed(), "doing", "2027-03-01",
                    friends, true);
    }
    if (!ok) {
        return fail(QStringLiteral("saving or publishing an action failed"));
    }
    out.session = rev.token;
    return out;
}

} // namespace chorus::test
