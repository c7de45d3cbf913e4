// hubprobe: what a UI test needs from a test hub's SQLite database that no public path gives,
// in a process of its own. The UI tests hold the device store's SQLCipher, so they never open
// the hub's database themselves (a second SQLite in one process); they run this instead,
// beside a running `chorus-hub serve` (the database is in WAL mode, so both may use it).
//
//   hubprobe published-count --db sqlite:PATH --where CONDITION
//       prints what the hub publishes for the feedback records matching an SQL condition: the
//       true count through the cell key perturbation (sync/hub/review/disclosure.h), as the
//       test's independent reckoning of the number a page must show;
//   hubprobe age-sessions --db sqlite:PATH --minutes N
//       moves every review session N minutes into the past, as if the hub's clock had moved
//       on (a `serve` process reads its clock from the system, which a test cannot move);
//   hubprobe feedback --db sqlite:PATH --where CONDITION
//       prints the feedback records the hub holds that match an SQL condition, one a line:
//       the record's id, a tab, its body as stored (what reached the hub, and what is left
//       after an erasure);
//   hubprobe possible-published --count N
//       prints every value the disclosure layer may publish for a true count N, one a line,
//       for a test that knows the truth but not the records' keys.
//
// Exit code 0 on success, 1 when the database cannot be read or written, 2 on bad usage.

#include "sync/hub/review/disclosure.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

namespace {

int usage()
{
    QTextStream(stderr) << "usage: hubprobe published-count --db sqlite:PATH --where CONDITION\n"
                           "       hubprobe age-sessions --db sqlite:PATH --minutes N\n"
                           "       hubprobe feedback --db sqlite:PATH --where CONDITION\n"
                           "       hubprobe possible-published --count N\n";
    return 2;
}

int publishedCount(QSqlDatabase& db, const QString& where)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(record_key), 0) FROM feedback "
                               "WHERE ") +
                where) ||
        !q.next()) {
        QTextStream(stderr) << "hubprobe: " << q.lastError().text() << '\n';
        return 1;
    }
    const chorus::hub::Cell published = chorus::hub::publishCell(
        chorus::hub::Cell{{}, q.value(0).toLongLong(), false, q.value(1).toLongLong()},
        chorus::hub::kDefaultThreshold);
    QTextStream(stdout) << published.count << '\n';
    return 0;
}

int feedback(QSqlDatabase& db, const QString& where)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT id, body FROM feedback WHERE ") + where)) {
        QTextStream(stderr) << "hubprobe: " << q.lastError().text() << '\n';
        return 1;
    }
    QTextStream out(stdout);
    while (q.next()) {
        // One record a line: a body is compact JSON, but a line break in it would split it.
        out << q.value(0).toString() << '\t'
            << q.value(1).toString().replace(QLatin1Char('\n'), QLatin1Char(' ')) << '\n';
    }
    return 0;
}

// The hub writes its times as ISO 8601 in UTC with milliseconds (reviewstore.cpp).
QString earlier(const QString& iso, qint64 minutes)
{
    QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    return t.addSecs(-minutes * 60).toString(Qt::ISODateWithMs);
}

int ageSessions(QSqlDatabase& db, qint64 minutes)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT token_hash, created_at, last_used_at FROM "
                               "review_sessions"))) {
        QTextStream(stderr) << "hubprobe: " << q.lastError().text() << '\n';
        return 1;
    }
    int aged = 0;
    while (q.next()) {
        QSqlQuery u(db);
        u.prepare(QStringLiteral("UPDATE review_sessions SET created_at = ?, last_used_at = ? "
                                 "WHERE token_hash = ?"));
        u.addBindValue(earlier(q.value(1).toString(), minutes));
        u.addBindValue(earlier(q.value(2).toString(), minutes));
        u.addBindValue(q.value(0));
        if (!u.exec()) {
            QTextStream(stderr) << "hubprobe: " << u.lastError().text() << '\n';
            return 1;
        }
        ++aged;
    }
    QTextStream(stdout) << aged << '\n';
    return 0;
}

int possiblePublished(const QString& countText)
{
    bool ok = false;
    const qint64 count = countText.toLongLong(&ok);
    if (!ok || count < 0) {
        return usage();
    }
    QTextStream out(stdout);
    for (const qint64 v : chorus::hub::possiblePublished(count, chorus::hub::kDefaultThreshold)) {
        out << v << '\n';
    }
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() == 3 && args.at(0) == QLatin1String("possible-published") &&
        args.at(1) == QLatin1String("--count")) {
        return possiblePublished(args.at(2));
    }
    if (args.size() != 5 || args.at(1) != QLatin1String("--db") ||
        !args.at(2).startsWith(QLatin1String("sqlite:"))) {
        return usage();
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"));
    db.setDatabaseName(args.at(2).mid(7));
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open()) {
        QTextStream(stderr) << "hubprobe: " << db.lastError().text() << '\n';
        return 1;
    }
    if (args.at(0) == QLatin1String("published-count") && args.at(3) == QLatin1String("--where")) {
        return publishedCount(db, args.at(4));
    }
    if (args.at(0) == QLatin1String("feedback") && args.at(3) == QLatin1String("--where")) {
        return feedback(db, args.at(4));
    }
    bool ok = false;
    const qint64 minutes = args.at(4).toLongLong(&ok);
    if (args.at(0) == QLatin1String("age-sessions") && args.at(3) == QLatin1String("--minutes") &&
        ok && minutes > 0) {
        return ageSessions(db, minutes);
    }
    return usage();
}
