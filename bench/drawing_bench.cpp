// drawing_bench: replays a generated (deterministic) drawing into the real DrawingCanvas and
// times one more stroke segment when the drawing holds 100 points and when it holds 20,000,
// in the same run. A segment's cost is what a move of the finger costs: the canvas paints
// the segment into its backing image, and the screen's copy of the dirty rectangle is
// repainted through the item's paint(), clipped as the scene graph clips it. Also prints the
// PNG encode time and size of the large drawing, and (for comparison) what repainting the
// whole drawing costs. Exits non-zero when the issue 4 target is missed:
//   cost per segment at 20,000 points <= 1.5x the cost at 100 points.
#include "qml/app/backend/drawingcanvas.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

namespace {

constexpr int kSmall = 100;
constexpr int kLarge = 20000;
constexpr int kSegmentsPerRound = 300;
constexpr int kRounds = 5;
constexpr int kStrokePoints = 60;

/** A small deterministic generator, so every run draws the same picture. */
class Lcg
{
public:
    double next()
    {
        m_state = m_state * 6364136223846793005ULL + 1442695040888963407ULL;
        return double(m_state >> 11) / double(1ULL << 53);
    }

private:
    quint64 m_state = 20261126;
};

/** A wandering, curvy stroke such as a child's scribble, in paper coordinates. */
QList<QPoint> stroke(Lcg& rng)
{
    QList<QPoint> points;
    double x = 100 + rng.next() * (DrawingCanvas::kPaperWidth - 200);
    double y = 100 + rng.next() * (DrawingCanvas::kPaperHeight - 200);
    double heading = rng.next() * 2 * M_PI;
    for (int i = 0; i < kStrokePoints; ++i) {
        heading += (rng.next() - 0.5) * 0.8;
        x = std::clamp(x + 9 * std::cos(heading), 0.0, DrawingCanvas::kPaperWidth - 1.0);
        y = std::clamp(y + 9 * std::sin(heading), 0.0, DrawingCanvas::kPaperHeight - 1.0);
        points.append(QPoint(int(x), int(y)));
    }
    return points;
}

/** Replays strokes (colours and sizes varying) until the drawing holds exactly `count`. */
void replay(DrawingCanvas& canvas, int count)
{
    static const QColor colours[] = {"#000000", "#E69F00", "#56B4E9", "#009E73", "#D55E00"};
    Lcg rng;
    canvas.reset();
    int strokeNo = 0;
    while (canvas.pointCount() < count) {
        canvas.setPenColor(colours[strokeNo % 5]);
        canvas.setBrushSize(6 + 10 * (strokeNo % 3));
        const QList<QPoint> points = stroke(rng);
        canvas.beginStroke(points.first());
        for (qsizetype i = 1; i < points.size() && canvas.pointCount() < count; ++i) {
            canvas.extendStroke(points.at(i));
        }
        canvas.endStroke();
        ++strokeNo;
    }
}

/** What the scene graph does for a dirty rectangle: paint the item into it, clipped. */
void repaintScreen(DrawingCanvas& canvas, QImage& screen, const QRect& dirty)
{
    QPainter painter(&screen);
    painter.setClipRect(dirty);
    canvas.paint(&painter);
}

/** Nanoseconds for each of kSegmentsPerRound more segments, in a new stroke. */
std::vector<double> segmentCosts(DrawingCanvas& canvas, QImage& screen)
{
    std::vector<double> costs;
    Lcg rng;
    QList<QPoint> path;
    while (path.size() <= kSegmentsPerRound) {
        path += stroke(rng);
    }
    canvas.setBrushSize(16);
    canvas.beginStroke(path.first());
    QElapsedTimer timer;
    for (int i = 1; i <= kSegmentsPerRound; ++i) {
        timer.start();
        canvas.extendStroke(path.at(i));
        repaintScreen(canvas, screen, canvas.itemRectFor(canvas.lastDirtyRect()));
        costs.push_back(double(timer.nsecsElapsed()));
    }
    canvas.endStroke();
    return costs;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[v.size() / 2];
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication app(argc, argv);
    DrawingCanvas canvas;
    canvas.setSize(QSizeF(860, 645)); // the paper on a 1024 x 768 tablet screen
    QImage screen(860, 645, QImage::Format_ARGB32_Premultiplied);

    // Interleaved rounds, so that a slow moment of the machine hits both sizes alike.
    std::vector<double> small;
    std::vector<double> large;
    double fullSmall = 0;
    double fullLarge = 0;
    for (int round = 0; round < kRounds; ++round) {
        for (int count : {kSmall, kLarge}) {
            replay(canvas, count);
            const int before = canvas.pointCount();
            auto costs = segmentCosts(canvas, screen);
            (count == kSmall ? small : large)
                .insert((count == kSmall ? small : large).end(), costs.begin(), costs.end());
            // For comparison: repainting every stroke (what a naive canvas does per move).
            const QByteArray state = canvas.saveState();
            QElapsedTimer full;
            full.start();
            canvas.restoreState(state);
            repaintScreen(canvas, screen, QRect(0, 0, 860, 645));
            (count == kSmall ? fullSmall : fullLarge) += double(full.nsecsElapsed()) / kRounds;
            if (round == 0) {
                std::printf("drawing of %d points (holds %d after the timed segments)\n", before,
                            canvas.pointCount());
            }
        }
    }

    replay(canvas, kLarge);
    std::vector<double> encode;
    QByteArray png;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer timer;
        timer.start();
        png = canvas.toPng();
        encode.push_back(double(timer.nsecsElapsed()));
    }
    const QByteArray state = canvas.saveState();

    const double costSmall = median(small);
    const double costLarge = median(large);
    const double ratio = costLarge / costSmall;
    std::printf("one more segment, median of %zu: %.1f us at %d points, %.1f us at %d points\n",
                small.size(), costSmall / 1000, kSmall, costLarge / 1000, kLarge);
    std::printf("ratio 20,000 / 100 points: %.2fx (target <= 1.5x)\n", ratio);
    std::printf("repainting the whole drawing instead: %.2f ms at %d points, %.2f ms at %d\n",
                fullSmall / 1e6, kSmall, fullLarge / 1e6, kLarge);
    std::printf("PNG of the %d-point drawing (%dx%d): %.1f ms to encode, %lld bytes\n", kLarge,
                DrawingCanvas::kPaperWidth, DrawingCanvas::kPaperHeight, median(encode) / 1e6,
                static_cast<long long>(png.size()));
    std::printf("saved marks for resuming: %lld bytes (compressed)\n",
                static_cast<long long>(state.size()));
    if (ratio > 1.5) {
        std::printf("FAIL: a new segment costs more as the drawing grows\n");
        return 1;
    }
    return 0;
}
