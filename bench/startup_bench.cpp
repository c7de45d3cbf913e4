// startup_bench: time from process start to the first frame of the unlock screen, and the
// resident size then, for `chorus` and for a minimal Qt Quick window (startup_baseline, built
// from this file with CHORUS_STARTUP_BASELINE) measured in the same run. Prints medians and
// their ratios; exits non-zero when a ratio misses the 1.5x target. The first start on a new
// device (the first-run page, no store yet) is measured too and shown on a line of its own:
// a start each device makes once, outside the target.
#include "qml/app/backend/startupprobe.h"

#ifdef CHORUS_STARTUP_BASELINE

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>

/** The baseline: one window with one line of text, the same probe at its first frame. */
int main(int argc, char* argv[])
{
    QGuiApplication app(argc, argv);
    QQmlApplicationEngine engine;
    engine.loadData(R"(
import QtQuick
Window {
    width: 1024
    height: 768
    visible: true
    color: "#FFF8EE"
    Text { anchors.centerIn: parent; text: "Hello"; font.pixelSize: 30 }
}
)");
    if (engine.rootObjects().isEmpty()) {
        return 1;
    }
    auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().constFirst());
    QObject::connect(
        window, &QQuickWindow::frameSwapped, &app,
        [] {
            chorus::ui::printStartupProbe();
            QGuiApplication::quit();
        },
        Qt::QueuedConnection);
    return QGuiApplication::exec();
}

#else

#include "appcontroller.h"
#include "uiservices.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <vector>

using namespace chorus;

namespace {

constexpr int kRounds = 7;
constexpr double kTarget = 1.5;

struct Sample
{
    double ms = 0;
    double rssMb = 0;
};

/** Runs a probe-enabled program once; the time is until its probe line arrives. */
std::optional<Sample> measure(const QString& program, const QStringList& args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer clock;
    clock.start();
    p.start(program, args);
    QByteArray out;
    static const QRegularExpression probe(QStringLiteral("startup-probe rss-kb=(\\d+)"));
    while (!out.contains('\n') && clock.elapsed() < 30000 && p.waitForReadyRead(30000)) {
        out += p.readAllStandardOutput();
    }
    const double ms = double(clock.nsecsElapsed()) / 1e6;
    p.waitForFinished(10000);
    const auto match = probe.match(QString::fromUtf8(out));
    if (!match.hasMatch()) {
        std::fprintf(stderr, "startup_bench: no probe line from %s\n", qPrintable(program));
        return std::nullopt;
    }
    return Sample{ms, match.captured(1).toDouble() / 1024.0};
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char* argv[])
{
    // Offscreen with the software renderer unless told otherwise: comparable on any machine.
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    if (qEnvironmentVariableIsEmpty("QT_QUICK_BACKEND")) {
        qputenv("QT_QUICK_BACKEND", "software");
    }
    QGuiApplication app(argc, argv);

    // A store that exists, so that chorus opens on the unlock screen.
    QTemporaryDir dir;
    {
        UiServices services(dir.path(), KdfCost{1, 1024 * 1024}, QString());
        const QString pass = QStringLiteral("correct horse battery staple");
        services.app().createStore(pass, pass);
        if (!QTest::qWaitFor([&] { return !services.app().busy(); }, 60000) ||
            services.app().stage() != AppController::Stage::Unlocked) {
            std::fprintf(stderr, "startup_bench: could not create a store\n");
            return 2;
        }
        services.app().lock();
    }

    std::vector<double> chorusMs, chorusMb, baseMs, baseMb, firstRunMs;
    for (int i = 0; i < kRounds; ++i) { // alternate, so drift hits all alike
        const auto base = measure(QStringLiteral(CHORUS_STARTUP_BASELINE_EXE), {});
        const auto chorus =
            measure(QStringLiteral(CHORUS_EXE),
                    {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--startup-probe")});
        QTemporaryDir fresh; // no store: the first-run page
        const auto firstRun =
            measure(QStringLiteral(CHORUS_EXE), {QStringLiteral("--data-dir"), fresh.path(),
                                                 QStringLiteral("--startup-probe")});
        if (!base || !chorus || !firstRun) {
            return 2;
        }
        baseMs.push_back(base->ms);
        baseMb.push_back(base->rssMb);
        chorusMs.push_back(chorus->ms);
        chorusMb.push_back(chorus->rssMb);
        firstRunMs.push_back(firstRun->ms);
    }
    const double tC = median(chorusMs), tB = median(baseMs);
    const double mC = median(chorusMb), mB = median(baseMb);
    std::printf("startup_bench: median of %d runs, %s\n", kRounds,
                qPrintable(qEnvironmentVariable("QT_QPA_PLATFORM")));
    std::printf("  first frame: chorus %.0f ms, baseline %.0f ms, ratio %.2f (target <= %.1f)\n",
                tC, tB, tC / tB, kTarget);
    std::printf("  RSS then:    chorus %.1f MB, baseline %.1f MB, ratio %.2f (target <= %.1f)\n",
                mC, mB, mC / mB, kTarget);
    const double tF = median(firstRunMs);
    std::printf("  first run (the first-run page, once per device, no target): chorus %.0f ms, "
                "ratio %.2f\n",
                tF, tF / tB);
    return (tC / tB <= kTarget && mC / mB <= kTarget) ? 0 : 1;
}

#endif
