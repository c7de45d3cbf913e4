// reviewlist_hub: the hub half of reviewlist_bench (see reviewlist_bench.cpp), a program of
// its own because it links the hub (Qt's SQLite) and the bench links the app (SQLCipher).
//
//   reviewlist_hub DIR [--records N]
//
// Seeds N text records through the hub's own decoder and store into DIR/hub.sqlite, adds
// one reviewer, serves on a free loopback port, prints "ready PORT SECRET" and serves until
// its parent closes its standard input.
#include "support/hubseed.h"
#include "sync/hub/http/hubserver.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <cstdio>

using namespace chorus;

namespace {

constexpr auto kConsultation = "bench";

/** Seeds, prints "ready PORT SECRET", serves until its parent closes stdin. */
int serve(const QString& dir, qint64 records)
{
    auto opened = hub::HubStore::open(QStringLiteral("sqlite:%1/hub.sqlite").arg(dir),
                                      std::make_shared<SystemClock>());
    if (!opened) {
        std::fprintf(stderr, "reviewlist_hub: %s\n", qPrintable(opened.error().describe()));
        return 2;
    }
    auto store = std::move(opened).value();
    test::FeedbackSeed seed;
    seed.kind = QStringLiteral("text"); // the list's most common and largest rows
    if (test::seedFeedback(*store, QString::fromLatin1(kConsultation), records, seed) != records) {
        std::fprintf(stderr, "reviewlist_hub: seeding failed\n");
        return 2;
    }
    const auto secret = store->addReviewer(QStringLiteral("Bench Reviewer"));
    hub::Limits limits;
    limits.ratePerSecond = 1e6; // measuring memory, not the rate limit
    limits.rateBurst = 1e6;
    hub::HubServer server(*store, limits);
    const auto port = server.listenOn(QHostAddress::LocalHost, 0, std::nullopt);
    if (!port || !secret) {
        std::fprintf(stderr, "reviewlist_hub: %s\n",
                     qPrintable(port ? secret.error().describe() : port.error().message));
        return 2;
    }
    std::printf("ready %u %s\n", port.value(), qPrintable(secret.value()));
    std::fflush(stdout);
    // The parent closes our stdin (or dies): stop then.
    QSocketNotifier done(0, QSocketNotifier::Read);
    QObject::connect(&done, &QSocketNotifier::activated, qApp, [] { QCoreApplication::quit(); });
    return QCoreApplication::exec();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    qint64 records = 100000;
    if (const qsizetype i = args.indexOf(QStringLiteral("--records")); i > 0) {
        records = args.value(i + 1).toLongLong();
    }
    if (args.size() < 2 || args.at(1).startsWith(QLatin1String("--")) || records < 0) {
        std::fprintf(stderr, "usage: reviewlist_hub DIR [--records N]\n");
        return 2;
    }
    return serve(args.at(1), records);
}
