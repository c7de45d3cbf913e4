// reviewlist_bench: the app's memory while the Team review list (issue 8) scrolls through
// 100,000 records, against the memory of the same list empty, in one run. Target: at most
// 1.5x (the list pages records from the hub and keeps a few pages; it never loads all).
//
//   reviewlist_bench [--records N]      (default 100,000)
//
// A hub runs in a child process (reviewlist_hub, beside this program): SQLite in a temporary
// folder, N records seeded through the hub's own decoder and store, one reviewer. The hub's
// SQLite and the app's SQLCipher are never linked into one program
// (cmake/OneSqlitePerProcess.cmake). This process is
// the app: the real services (UiServices), the real TeamScreen and feedback page (QML,
// offscreen, software rendering) and FeedbackModel, signed in through TeamController.
//   1. Empty: the list filtered to a kind nobody answered (0 records); settle; peak RSS.
//   2. Full: the filter cleared; the list is scrolled a screenful at a time from the top to
//      the last of the N records, fetching pages as it goes; peak RSS (VmHWM, reset before).
// Prints both, their ratio and the pages held. Exits 1 when the ratio misses the target.
#include "team/feedbackmodel.h"
#include "team/teamcontroller.h"
#include "uiservices.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQmlEngineExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(ChorusPlugin)

using namespace chorus;

namespace {

constexpr double kTarget = 1.5;
constexpr auto kConsultation = "bench";

qint64 statusKb(const char* field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith(field)) {
            return line.mid(qstrlen(field)).trimmed().split(' ').value(0).toLongLong();
        }
    }
    return -1;
}

/** Resets VmHWM to the current RSS (Linux: clear_refs 5). */
bool resetPeak()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    return f.open(QIODevice::WriteOnly) && f.write("5") == 1;
}

bool waitUntil(const std::function<bool()>& done, int ms = 30000)
{
    return QTest::qWaitFor(done, ms);
}

} // namespace

int main(int argc, char* argv[])
{
    qint64 records = 100000;
    const QStringList args = [&] {
        QStringList a;
        for (int i = 0; i < argc; ++i) {
            a << QString::fromLocal8Bit(argv[i]);
        }
        return a;
    }();
    if (const qsizetype i = args.indexOf(QStringLiteral("--records")); i > 0) {
        records = args.value(i + 1).toLongLong();
    }

    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("QT_QUICK_BACKEND", "software");
    QGuiApplication app(argc, argv);

    QTemporaryDir hubDir;
    QProcess hubProcess;
    hubProcess.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer seeding;
    seeding.start();
    hubProcess.start(QCoreApplication::applicationDirPath() + QStringLiteral("/reviewlist_hub"),
                     {hubDir.path(), "--records", QString::number(records)});
    QByteArray ready;
    while (!ready.contains('\n') && hubProcess.waitForReadyRead(600000)) {
        ready += hubProcess.readAllStandardOutput();
    }
    const QList<QByteArray> words = ready.trimmed().split(' ');
    if (words.size() != 3 || words[0] != "ready") {
        std::fprintf(stderr, "reviewlist_bench: the hub did not start\n");
        return 2;
    }
    std::printf("hub: %lld records seeded in %.1f s (child process)\n", records,
                static_cast<double>(seeding.elapsed()) / 1000.0);

    QTemporaryDir appDir;
    UiServices services(appDir.path(), KdfCost{1, 1024 * 1024}, QString());
    QQmlEngine engine;
    services.attach(engine);
    QQmlComponent component(&engine);
    component.setData(R"(
import QtQuick
import Chorus.Team
Window {
    width: 1280
    height: 900
    visible: true
    property alias screen: screen
    TeamScreen { id: screen; anchors.fill: parent }
}
)",
                      QUrl(QStringLiteral("qrc:/bench/ReviewListBench.qml")));
    std::unique_ptr<QObject> window(component.create());
    if (!window) {
        std::fprintf(stderr, "reviewlist_bench: %s\n", qPrintable(component.errorString()));
        return 2;
    }
    // The engine's own Team singleton, the one TeamScreen's pages use.
    auto* team =
        engine.singletonInstance<team::TeamController*>(qmlTypeId("Chorus.Team", 1, 0, "Team"));
    if (!team) {
        std::fprintf(stderr, "reviewlist_bench: no Team singleton\n");
        return 2;
    }
    team->setHubUrl(QStringLiteral("http://127.0.0.1:%1").arg(QString::fromLatin1(words[1])));
    team->firstSignIn(QStringLiteral("Bench Reviewer"), QString::fromLatin1(words[2]),
                      QStringLiteral("a long bench passphrase"),
                      QStringLiteral("a long bench passphrase"));
    if (!waitUntil([team] { return team->signedIn() && !team->busy(); })) {
        std::fprintf(stderr, "reviewlist_bench: sign-in failed: %s\n",
                     qPrintable(team->errorMessage()));
        return 2;
    }
    team->setCurrentConsultation(QString::fromLatin1(kConsultation));
    auto* screen = window->property("screen").value<QObject*>();
    screen->setProperty("currentSection", 1); // Feedback

    QQuickItem* list = nullptr;
    team::FeedbackModel* model = nullptr;
    waitUntil([&] {
        list = window->findChild<QQuickItem*>(QStringLiteral("feedbackList"));
        model = list ? qobject_cast<team::FeedbackModel*>(list->property("model").value<QObject*>())
                     : nullptr;
        return model != nullptr;
    });
    if (!model) {
        std::fprintf(stderr, "reviewlist_bench: no feedback list\n");
        return 2;
    }

    // 1. The empty list: a kind nobody answered.
    model->setKind(QStringLiteral("audio"));
    waitUntil([model] { return model->complete() && !model->loading(); });
    QTest::qWait(500);
    resetPeak();
    QTest::qWait(500);
    const qint64 emptyPeak = statusKb("VmHWM:");
    std::printf("empty list: %d records, peak RSS %lld KiB\n", model->rowCount(), emptyPeak);

    // 2. All N records, a screenful at a time from the top.
    model->setKind(QString());
    waitUntil([model] { return model->rowCount() > 0; });
    resetPeak();
    QElapsedTimer scrolling;
    scrolling.start();
    qint64 steps = 0;
    const auto contentY = [list] { return list->property("contentY").toReal(); };
    while (true) {
        const bool atEnd = list->property("atYEnd").toBool();
        if (atEnd && model->complete()) {
            break;
        }
        if (atEnd) {
            // At the end of what is loaded: the page has asked for the next one.
            const int before = model->rowCount();
            // (The view may only now see the rows that came last: then it is not at the end.)
            if (!waitUntil([&] {
                    return model->rowCount() > before || model->complete() ||
                           !list->property("atYEnd").toBool();
                })) {
                std::fprintf(stderr,
                             "reviewlist_bench: stuck at %d records (contentY %.0f, height %.0f, "
                             "contentHeight %.0f, loading %d)\n",
                             model->rowCount(), contentY(), list->height(),
                             list->property("contentHeight").toReal(), int(model->loading()));
                return 2;
            }
            continue;
        }
        const qreal bottom = list->property("originY").toReal() +
                             list->property("contentHeight").toReal() - list->height();
        list->setProperty("contentY", std::min(contentY() + list->height(), bottom));
        QCoreApplication::processEvents();
        ++steps;
    }
    // The last screenful is on screen with its page loaded.
    waitUntil([model] { return !model->loading(); });
    const qint64 fullPeak = statusKb("VmHWM:");
    const double ratio = static_cast<double>(fullPeak) / static_cast<double>(emptyPeak);
    std::printf("scrolled list: %d records in %lld screenfuls (%.1f s), peak RSS %lld KiB, "
                "%d pages of %d held\n",
                model->rowCount(), steps, static_cast<double>(scrolling.elapsed()) / 1000.0,
                fullPeak, model->cachedPages(), model->pageSize());
    std::printf("ratio scrolled/empty: %.2fx (target <= %.1fx) %s\n", ratio, kTarget,
                ratio <= kTarget ? "MEETS" : "MISSES");

    hubProcess.closeWriteChannel();
    if (!hubProcess.waitForFinished(10000)) {
        hubProcess.kill();
        hubProcess.waitForFinished(5000);
    }
    return model->rowCount() == records && ratio <= kTarget ? 0 : 1;
}
