// review_bench: the team review dashboard's queries (issue 8) on a large hub database,
// through the hub's own code (ReviewStore + the CP-7 suppression unit) and, in the same run
// on the same database, the same aggregates as plain hand-written SQL. Prints both times and
// their ratio (target: hub <= 2x raw SQL). Nothing asserts on time (style.md).
//
//   review_bench [--records N] [--repeat R] [--sqlite-only]
//
// Per backend (SQLite, then PostgreSQL in a throw-away cluster when it can be started):
// N feedback records (default 1,000,000) from 100 devices in one consultation, 20 themes
// tagging every tenth record, 10 published actions on themes and 1,000 direct links; then
// each dashboard figure R times (default 5), the median of each.
//
// Not measured here: the app's memory while scrolling 100,000 records in the review list
// (issue 8's second target): that is bench/reviewlist_bench.cpp.
#include "sync/hub/review/suppression.h"
#include "sync/hub/store/reviewstore.h"
#include "tests/sync/hub/hubfixture.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace chorus;
using namespace chorus::hub;

namespace {

struct Options
{
    qint64 records = 1000000;
    int repeat = 5;
    bool sqliteOnly = false;
};

const QStringList kRoles{"child", "young-person", "parent", "carer"};
const QStringList kBands{"under-5", "5-7", "8-11", "12-15", "16-17", "18-24", "adult"};
const QStringList kKinds{"text", "scale", "choice", "ordering", "drawing", "structured"};

QString fixedUuid(qint64 i, int kind)
{
    // Deterministic, valid version-4 UUIDs, so both runs hold the same ids.
    return QStringLiteral("%1-0000-4000-8%2-%3")
        .arg(i, 8, 16, QLatin1Char('0'))
        .arg(kind, 3, 16, QLatin1Char('0'))
        .arg(i * 2654435761LL % 0xffffffffffffLL, 12, 16, QLatin1Char('0'));
}

bool exec(QSqlDatabase db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        std::fprintf(stderr, "review_bench: %s\n  %s\n", qPrintable(q.lastError().text()),
                     qPrintable(sql.left(200)));
        return false;
    }
    return true;
}

/** Loads the data set with multi-row INSERTs in one transaction (setup, not measured). */
bool populate(HubStore& store, const Options& o)
{
    QSqlDatabase db = store.database();
    QStringList devices;
    for (int d = 0; d < 100; ++d) {
        const auto code = store.createCode("bench", "practitioner", 1, 900, {});
        devices << store.enrol(normaliseCode(code.value()))->device.id;
    }
    if (!exec(db, "BEGIN")) {
        return false;
    }
    const qint64 chunk = 500;
    for (qint64 first = 0; first < o.records; first += chunk) {
        QStringList rows;
        for (qint64 i = first; i < std::min(o.records, first + chunk); ++i) {
            const QString& kind = kKinds[i % kKinds.size()];
            // Skewed so that some cells are small: carers and under-5s are rare.
            const QString& role = kRoles[(i % 97 == 0) ? 3 : (i % 3)];
            const QString& band = kBands[(i % 101 == 0) ? 0 : 1 + (i % 6)];
            const int week = 1 + static_cast<int>(i % 40);
            const int day = 1 + static_cast<int>(i % 28);
            rows << QStringLiteral(
                        "('%1', '%2', 'bench', 'design-and-implementation/coproduction', "
                        "'my-week', 1, 'a%3', '%4', '%5', '%6', '2026-W%7', 'h', "
                        "'{\"kind\":\"%4\",\"scale\":%8}', '2026-10-%9T10:00:00.000Z', "
                        "'p%3', %10)")
                        .arg(fixedUuid(i, 1), devices[static_cast<int>(i % devices.size())])
                        .arg(i % 12)
                        .arg(kind, role, band)
                        .arg(week, 2, 10, QLatin1Char('0'))
                        .arg(i % 11)
                        .arg(day, 2, 10, QLatin1Char('0'))
                        .arg(i % 2);
        }
        if (!exec(db, "INSERT INTO feedback (id, device_id, consultation_id, framework_parameter, "
                      "pack_id, pack_version, activity_id, kind, role, age_band, week, body_hash, "
                      "body, received_at, prompt_id, quotes_allowed) VALUES " +
                          rows.join(QStringLiteral(", ")))) {
            return false;
        }
    }
    QStringList themes;
    for (int t = 0; t < 20; ++t) {
        themes << fixedUuid(t, 2);
        if (!exec(db, QStringLiteral("INSERT INTO themes (id, consultation_id, name, created_at) "
                                     "VALUES ('%1', 'bench', 'theme %2', '2026-11-01')")
                          .arg(themes.last())
                          .arg(t))) {
            return false;
        }
    }
    for (qint64 first = 0; first < o.records; first += chunk * 10) {
        QStringList rows;
        for (qint64 i = first; i < std::min(o.records, first + chunk * 10); i += 10) {
            rows << QStringLiteral("('%1', '%2')").arg(fixedUuid(i, 1), themes[(i / 10) % 20]);
        }
        if (!rows.isEmpty() &&
            !exec(db, "INSERT INTO feedback_themes (feedback_id, theme_id) VALUES " +
                          rows.join(QStringLiteral(", ")))) {
            return false;
        }
    }
    for (int a = 0; a < 11; ++a) {
        const QString id = fixedUuid(a, 3);
        if (!exec(db, QStringLiteral("INSERT INTO actions (id, consultation_id, "
                                     "framework_parameter, said, did, state, published_seq, "
                                     "created_at, published_at, status, action_date) VALUES "
                                     "('%1', 'bench', 'x', 'said', 'did', 'published', %2, "
                                     "'2026-11-01', '2026-11-%3T09:00:00.000Z', 'done', "
                                     "'2026-11-01')")
                          .arg(id)
                          .arg(a + 1)
                          .arg(1 + a, 2, 10, QLatin1Char('0')))) {
            return false;
        }
        const QString link =
            a < 10 ? QStringLiteral("INSERT INTO action_themes (action_id, theme_id) VALUES "
                                    "('%1', '%2')")
                         .arg(id, themes[a])
                   : QString();
        if (!link.isEmpty() && !exec(db, link)) {
            return false;
        }
    }
    QStringList direct;
    for (qint64 i = 1; i < std::min<qint64>(o.records, 10000); i += 10) {
        direct << QStringLiteral("('%1', '%2')").arg(fixedUuid(10, 3), fixedUuid(i, 1));
    }
    if (!direct.isEmpty() && !exec(db, "INSERT INTO action_feedback (action_id, feedback_id) "
                                       "VALUES " +
                                           direct.join(QStringLiteral(", ")))) {
        return false;
    }
    return exec(db, "COMMIT") && exec(db, "ANALYZE");
}

double medianMs(int repeat, const std::function<bool()>& work)
{
    std::vector<double> times;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer t;
        t.start();
        if (!work()) {
            return -1;
        }
        times.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

/** Runs one hand-written query and reads every row (what a direct dashboard would do). The
 *  consultation is bound as a parameter (`?`), as the hub binds it, so that both sides get
 *  the same query plan and the ratio measures the hub's own code. */
bool raw(QSqlDatabase db, const QString& sql, qint64* checksum)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (qsizetype i = 0; i < sql.count(QLatin1Char('?')); ++i) {
        q.addBindValue(QStringLiteral("bench"));
    }
    if (!q.exec()) {
        std::fprintf(stderr, "review_bench: %s\n", qPrintable(q.lastError().text()));
        return false;
    }
    while (q.next()) {
        *checksum += q.value(q.record().count() - 1).toLongLong();
    }
    return true;
}

bool runBackend(const QString& name, const QString& spec, const Options& o)
{
    QString error;
    auto storeOpened = HubStore::open(
        spec, std::make_shared<FakeClock>(QDateTime(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC)));
    error = storeOpened.error().describe();
    auto store = storeOpened ? std::move(storeOpened).value() : nullptr;
    if (!store) {
        std::fprintf(stderr, "review_bench: %s\n", qPrintable(error));
        return false;
    }
    QElapsedTimer load;
    load.start();
    if (!populate(*store, o)) {
        return false;
    }
    std::printf("%s: %lld records loaded in %.1f s\n", qPrintable(name),
                static_cast<long long>(o.records), static_cast<double>(load.elapsed()) / 1000.0);
    ReviewStore review(*store);
    QSqlDatabase db = store->database();
    const int k = kDefaultThreshold;
    qint64 sink = 0;

    struct Figure
    {
        const char* name;
        std::function<bool()> hub;
        std::function<bool()> sql;
    };
    const std::vector<Figure> figures{
        {"every published count (disclosure)",
         [&] {
             // Issue 18: every breakdown comes from one release of the disclosure layer.
             const auto strata = review.strata();
             if (!strata) {
                 return false;
             }
             sink += release(strata.value(), k).consultation("bench").byRole.total.count;
             return true;
         },
         [&] {
             return raw(db,
                        "SELECT role, age_band, week, kind, COUNT(*), SUM(record_key) FROM "
                        "feedback WHERE consultation_id = ? GROUP BY role, age_band, week, kind",
                        &sink);
         }},
        {"records per theme",
         [&] {
             const auto t = review.themes("bench");
             sink += t ? t->size() : 0;
             return t.ok();
         },
         [&] {
             return raw(db,
                        "SELECT t.id, COUNT(*) FROM themes t JOIN feedback_themes ft ON "
                        "ft.theme_id = t.id WHERE t.consultation_id = ? GROUP BY t.id",
                        &sink);
         }},
        {"loop closure (share, median days)",
         [&] {
             const auto l = review.loopClosure("bench");
             sink += l ? l->withPublishedAction : 0;
             return l.ok();
         },
         [&] {
             // The obvious way: each record's first published action, rows to the client,
             // the median computed there; plus the total.
             QSqlQuery q(db);
             q.setForwardOnly(true);
             q.prepare("SELECT f.received_at, MIN(a.published_at) FROM feedback f JOIN ("
                       "SELECT feedback_id AS fid, action_id AS aid FROM action_feedback "
                       "UNION ALL SELECT ft.feedback_id, t.action_id FROM action_themes t JOIN "
                       "feedback_themes ft ON ft.theme_id = t.theme_id) l ON l.fid = f.id JOIN "
                       "actions a ON a.id = l.aid AND a.state = 'published' WHERE "
                       "f.consultation_id = ? GROUP BY f.id, f.received_at");
             q.addBindValue(QStringLiteral("bench"));
             if (!q.exec()) {
                 std::fprintf(stderr, "review_bench: %s\n", qPrintable(q.lastError().text()));
                 return false;
             }
             std::vector<qint64> days;
             while (q.next()) {
                 days.push_back(
                     QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs)
                         .daysTo(QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs)));
             }
             std::nth_element(days.begin(), days.begin() + static_cast<long>(days.size() / 2),
                              days.end());
             sink += days.empty() ? 0 : days[days.size() / 2];
             return raw(db, "SELECT COUNT(*) FROM feedback WHERE consultation_id = ?", &sink);
         }},
    };
    double hubTotal = 0;
    double sqlTotal = 0;
    for (const Figure& f : figures) {
        // One untimed pass each, so that both start with warm caches.
        if (!f.hub() || !f.sql()) {
            return false;
        }
        const double h = medianMs(o.repeat, f.hub);
        const double s = medianMs(o.repeat, f.sql);
        if (h < 0 || s < 0) {
            return false;
        }
        hubTotal += h;
        sqlTotal += s;
        std::printf("  %-36s hub %9.1f ms   raw SQL %9.1f ms   ratio %.2fx\n", f.name, h, s,
                    s > 0 ? h / s : 0.0);
    }
    std::printf("  %-36s hub %9.1f ms   raw SQL %9.1f ms   ratio %.2fx (target <= 2x)\n",
                "dashboard total", hubTotal, sqlTotal, sqlTotal > 0 ? hubTotal / sqlTotal : 0.0);
    std::fflush(stdout);
    return sink != 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    Options o;
    const QStringList args = QCoreApplication::arguments().mid(1);
    for (qsizetype i = 0; i < args.size(); ++i) {
        bool ok = true;
        if (args[i] == QLatin1String("--records") && i + 1 < args.size()) {
            o.records = args[++i].toLongLong(&ok);
            ok = ok && o.records >= 100;
        } else if (args[i] == QLatin1String("--repeat") && i + 1 < args.size()) {
            o.repeat = args[++i].toInt(&ok);
            ok = ok && o.repeat >= 1;
        } else if (args[i] == QLatin1String("--sqlite-only")) {
            o.sqliteOnly = true;
        } else {
            ok = false;
        }
        if (!ok) {
            std::fprintf(stderr, "usage: review_bench [--records N (>= 100)] [--repeat R] "
                                 "[--sqlite-only]\n");
            return 2;
        }
    }
    QTemporaryDir dir;
    if (!dir.isValid() || !runBackend("SQLite", "sqlite:" + dir.path() + "/review.sqlite", o)) {
        return 1;
    }
    if (o.sqliteOnly) {
        return 0;
    }
    test::PostgresCluster pg;
    if (!test::PostgresCluster::available() || !pg.start()) {
        std::printf("PostgreSQL: cannot start a cluster here; skipped\n");
        return 0;
    }
    return runBackend("PostgreSQL", pg.spec(), o) ? 0 : 1;
}
