// The drawing paper (issue 4): a new segment paints only its own small rectangle, undo and
// redo, the rubber, clear, stamps, PNG in memory, resuming from the saved marks (and
// refusing damaged ones), finger/mouse/keyboard input, and saving through the session into
// the encrypted store with nothing written to disk in plaintext (MED-2).
#include "core/share/sharing.h"
#include "core/store/store.h"
#include "drawingcanvas.h"
#include "qml/voice/voicerecorder.h"
#include "uifixture.h"

#include <QDirIterator>
#include <QStandardPaths>

using namespace chorus;
using namespace chorus::test;

namespace {

void drawStroke(DrawingCanvas& canvas, const QList<QPoint>& points)
{
    canvas.beginStroke(points.first());
    for (qsizetype i = 1; i < points.size(); ++i) {
        canvas.extendStroke(points.at(i));
    }
    canvas.endStroke();
}

/** Many strokes, deterministic, for a drawing of about `count` points. */
void scribble(DrawingCanvas& canvas, int count)
{
    int i = 0;
    while (canvas.pointCount() < count) {
        const int y = 40 + (i * 37) % 800;
        QList<QPoint> points;
        for (int x = 40; x < 1160; x += 14) {
            points.append(QPoint(x, y + (x / 14 % 2) * 6));
        }
        drawStroke(canvas, points);
        ++i;
    }
}

/** Pixels of `a` and `b` outside `except` are the same. */
bool sameOutside(const QImage& a, const QImage& b, const QRect& except)
{
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            if (!except.contains(x, y) && a.pixel(x, y) != b.pixel(x, y)) {
                return false;
            }
        }
    }
    return true;
}

/** Files under `dir` that hold PNG data (its signature or header chunk). */
QStringList filesWithPng(const QString& dir)
{
    QStringList found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly)) {
            const QByteArray data = f.readAll();
            if (data.contains("\x89PNG\r\n\x1a\n") || data.contains("IHDR")) {
                found << f.fileName();
            }
        }
    }
    return found;
}

} // namespace

class TestDrawingCanvas : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_tmp.isValid());
        // A private temporary directory, so that the check below sees only this test's files.
        qputenv("TMPDIR", QFile::encodeName(m_tmp.path()));
    }

    void segmentPaintsOnlyItsRectangle()
    {
        DrawingCanvas canvas;
        canvas.setSize(QSizeF(600, 450));
        canvas.setBrushSize(10);
        canvas.beginStroke(QPoint(100, 100));
        const QImage before = canvas.image().copy();
        canvas.extendStroke(QPoint(130, 110));
        const QRect dirty = canvas.lastDirtyRect();
        QVERIFY(dirty.contains(QPoint(100, 100)) && dirty.contains(QPoint(130, 110)));
        QVERIFY2(dirty.width() <= 30 + 10 + 6 && dirty.height() <= 10 + 10 + 6,
                 qPrintable(QStringLiteral("%1x%2").arg(dirty.width()).arg(dirty.height())));
        QVERIFY(canvas.image() != before);
        QVERIFY(sameOutside(canvas.image(), before, dirty));
        canvas.endStroke();

        // With a big drawing underneath, a new segment touches a box just as small.
        scribble(canvas, 20000);
        QVERIFY(canvas.pointCount() >= 20000);
        canvas.beginStroke(QPoint(100, 100));
        canvas.extendStroke(QPoint(130, 110));
        QCOMPARE(canvas.lastDirtyRect(), dirty);
        canvas.endStroke();
    }

    void undoAndRedoReplay()
    {
        DrawingCanvas canvas;
        const QImage blank = canvas.image().copy();
        QVERIFY(canvas.isEmpty() && !canvas.canUndo());
        drawStroke(canvas, {{100, 100}, {200, 150}, {300, 120}});
        const QImage one = canvas.image().copy();
        canvas.setPenColor(QColor("#D55E00"));
        drawStroke(canvas, {{100, 300}, {400, 320}});
        const QImage two = canvas.image().copy();
        QCOMPARE(canvas.pointCount(), 5);

        canvas.undo();
        QCOMPARE(canvas.image(), one); // a replay paints exactly what was painted live
        QVERIFY(canvas.canRedo());
        QCOMPARE(canvas.pointCount(), 3);
        canvas.redo();
        QCOMPARE(canvas.image(), two);
        canvas.undo();
        canvas.undo();
        QCOMPARE(canvas.image(), blank);
        QVERIFY(canvas.isEmpty());
        canvas.redo();
        // Something new after an undo drops what could have been redone.
        drawStroke(canvas, {{500, 500}, {520, 520}});
        QVERIFY(!canvas.canRedo());
        QCOMPARE(canvas.pointCount(), 5);
    }

    void rubberPaintsPaperAndUndoes()
    {
        DrawingCanvas canvas;
        canvas.setBrushSize(40);
        drawStroke(canvas, {{100, 200}, {600, 200}});
        QCOMPARE(canvas.image().pixel(350, 200), qRgb(0, 0, 0));
        canvas.setTool(DrawingCanvas::Tool::Eraser);
        canvas.setBrushSize(60);
        drawStroke(canvas, {{300, 150}, {300, 250}});
        QCOMPARE(canvas.image().pixel(300, 200), qRgb(255, 255, 255));
        QCOMPARE(canvas.image().pixel(500, 200), qRgb(0, 0, 0));
        canvas.undo();
        QCOMPARE(canvas.image().pixel(300, 200), qRgb(0, 0, 0));
    }

    void clearIsUndoableAndStampsPaint()
    {
        DrawingCanvas canvas;
        canvas.setTool(DrawingCanvas::Tool::Stamp);
        canvas.setStamp(QStringLiteral("home"));
        canvas.placeStamp(QPoint(600, 450));
        QVERIFY(!canvas.isEmpty());
        QVERIFY(canvas.lastDirtyRect().contains(QRect(540, 390, 120, 120)));
        const QImage stamped = canvas.image().copy();
        QVERIFY(stamped != DrawingCanvas().image());
        canvas.setStamp(QStringLiteral("no-such-stamp")); // ignored
        QCOMPARE(canvas.stamp(), QStringLiteral("home"));

        canvas.clear();
        QVERIFY(canvas.isEmpty());
        QCOMPARE(canvas.image(), DrawingCanvas().image());
        canvas.undo();
        QCOMPARE(canvas.image(), stamped);
    }

    void pngRoundTripInMemory()
    {
        DrawingCanvas canvas;
        canvas.setPenColor(QColor("#0072B2"));
        drawStroke(canvas, {{10, 10}, {1190, 890}});
        const QByteArray png = canvas.toPng();
        QVERIFY(png.startsWith("\x89PNG\r\n\x1a\n"));
        QImage decoded = QImage::fromData(png, "PNG");
        QCOMPARE(decoded.size(), QSize(DrawingCanvas::kPaperWidth, DrawingCanvas::kPaperHeight));
        QCOMPARE(decoded.convertToFormat(QImage::Format_RGB32), canvas.image());
    }

    void resumesFromSavedMarks()
    {
        DrawingCanvas canvas;
        scribble(canvas, 500);
        canvas.setTool(DrawingCanvas::Tool::Stamp);
        canvas.setStamp(QStringLiteral("sad"));
        canvas.placeStamp(QPoint(300, 300));
        canvas.setTool(DrawingCanvas::Tool::Eraser);
        drawStroke(canvas, {{0, 0}, {1199, 899}});
        const QByteArray state = canvas.saveState();

        DrawingCanvas resumed;
        QVERIFY2(resumed.restoreState(state), qPrintable(resumed.errorString()));
        QCOMPARE(resumed.image(), canvas.image());
        QCOMPARE(resumed.pointCount(), canvas.pointCount());
        QVERIFY(resumed.canUndo()); // the child can carry on undoing after coming back
        resumed.undo();
        canvas.undo();
        QCOMPARE(resumed.image(), canvas.image());

        // Damaged data is refused with a reason and changes nothing.
        const QImage kept = resumed.image().copy();
        const int revision = resumed.revision();
        for (const QByteArray& bad :
             {QByteArray("not a drawing"), qCompress(QByteArray("CHDR")),
              state.left(state.size() / 2), qCompress(qUncompress(state) + "trailing")}) {
            QVERIFY(!resumed.restoreState(bad));
            QVERIFY(!resumed.errorString().isEmpty());
            QCOMPARE(resumed.image(), kept);
            QCOMPARE(resumed.revision(), revision);
        }
    }

    void mouseTouchAndKeyboardDraw()
    {
        QQuickWindow window;
        window.resize(600, 450);
        DrawingCanvas canvas(window.contentItem());
        canvas.setSize(QSizeF(600, 450)); // paper scale 0.5
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QTest::mousePress(&window, Qt::LeftButton, {}, QPoint(50, 50));
        QTest::mouseMove(&window, QPoint(80, 60));
        QTest::mouseMove(&window, QPoint(120, 90));
        QTest::mouseRelease(&window, Qt::LeftButton, {}, QPoint(120, 90));
        QCOMPARE(canvas.pointCount(), 3);
        QCOMPARE(canvas.image().pixel(100, 100), qRgb(0, 0, 0)); // item (50,50) on the paper

        QPointingDevice* finger = QTest::createTouchDevice();
        QTest::touchEvent(&window, finger).press(0, QPoint(300, 300));
        QTest::touchEvent(&window, finger).move(0, QPoint(320, 310));
        QTest::touchEvent(&window, finger).release(0, QPoint(320, 310));
        QCOMPARE(canvas.pointCount(), 5);
        QCOMPARE(canvas.image().pixel(600, 600), qRgb(0, 0, 0));

        // Keyboard and switch: arrows move the pencil, Space puts it down and lifts it.
        canvas.forceActiveFocus();
        QVERIFY(canvas.hasActiveFocus());
        const QPoint start = canvas.cursor();
        QTest::keyClick(&window, Qt::Key_Space);
        QVERIFY(canvas.penDown());
        QTest::keyClick(&window, Qt::Key_Right);
        QTest::keyClick(&window, Qt::Key_Right);
        QTest::keyClick(&window, Qt::Key_Down);
        QTest::keyClick(&window, Qt::Key_Space);
        QVERIFY(!canvas.penDown());
        QCOMPARE(canvas.pointCount(), 9);
        QCOMPARE(canvas.cursor(),
                 start + QPoint(2 * DrawingCanvas::kCursorStep, DrawingCanvas::kCursorStep));
        QCOMPARE(canvas.image().pixel(start + QPoint(DrawingCanvas::kCursorStep, 0)),
                 qRgb(0, 0, 0));
        // With the pencil up, moving does not draw.
        QTest::keyClick(&window, Qt::Key_Up);
        QCOMPARE(canvas.pointCount(), 9);
    }

    void savedThroughTheSessionEncryptedOnly()
    {
        UiFixture f(QStringLiteral("en"));
        QVERIFY(f.window);
        for (const char* stage : {"UnlockPage", "HomePage", "ConsentPage", "SessionPage"}) {
            QVERIFY2(f.prepare(QString::fromLatin1(stage)), stage);
        }
        f.session().goTo(f.session().activities()->indexOf(QStringLiteral("smile")));
        QCOMPARE(f.session().current().value("type").toString(), QStringLiteral("drawing"));
        DrawingCanvas canvas;
        scribble(canvas, 300);
        canvas.setTool(DrawingCanvas::Tool::Stamp);
        canvas.placeStamp(QPoint(900, 200));
        const QString caption = QStringLiteral("Me and Jamie Smith at the park");
        QVERIFY2(f.session().saveDrawing(QStringLiteral("smile"), QString(), &canvas, caption),
                 qPrintable(f.session().errorMessage()));
        const QString id =
            f.session().current().value("answer").toMap().value("responseId").toString();
        QVERIFY(!id.isEmpty());

        auto saved = f.app().store()->responses().get(id);
        QVERIFY(saved);
        QVERIFY(saved->kind == AnswerKind::Drawing);
        QCOMPARE(saved->mediaType, QStringLiteral("image/png"));
        QCOMPARE(saved->media, canvas.toPng());
        QCOMPARE(saved->text, caption);

        // Saving again replaces the same answer; reopening puts the marks back.
        canvas.undo();
        QVERIFY(f.session().saveDrawing(QStringLiteral("smile"), QString(), &canvas, caption));
        QCOMPARE(f.session().current().value("answer").toMap().value("responseId").toString(), id);
        DrawingCanvas reopened;
        QVERIFY(f.session().restoreDrawing(QStringLiteral("smile"), QString(), &reopened));
        QCOMPARE(reopened.image(), canvas.image());
        QVERIFY(!f.session().restoreDrawing(QStringLiteral("three-houses"),
                                            QStringLiteral("dreams"), &reopened));

        // What the team would see: the caption anonymised, no drawing (not approved).
        auto preview = f.app().store()->sharing().preview(f.session().participantId());
        QVERIFY(preview);
        bool found = false;
        for (const auto& item : preview.value()) {
            if (item.responseId == id) {
                found = true;
                QVERIFY(!item.record.drawingPng.has_value());
                QVERIFY(item.record.text.has_value());
                QVERIFY2(!item.record.text->contains(QLatin1String("Jamie")),
                         qPrintable(*item.record.text));
            }
        }
        QVERIFY(found);

        // A house drawing is its own answer, beside the house words.
        QVERIFY(f.session().saveDrawing(QStringLiteral("three-houses"), QStringLiteral("dreams"),
                                        &canvas, QString()));
        QVERIFY(f.session().saveHouses(
            QStringLiteral("three-houses"),
            {{"worries", QStringList{QStringLiteral("Jamie Smith shouts at me")}},
             {"dreams", QStringList{QStringLiteral("a dog"), QStringLiteral(" ")}}}));
        QVERIFY(!f.session().saveHouses(QStringLiteral("three-houses"),
                                        {{"attic", QStringList{QStringLiteral("x")}}}));
        QVERIFY(f.session().errorMessage().contains(QLatin1String("attic")));
        auto answers = f.app().store()->responses().forSession(f.session().sessionId());
        QVERIFY(answers);
        int drawings = 0;
        for (const auto& r : answers.value()) {
            if (r.kind == AnswerKind::Drawing) {
                ++drawings;
            }
            if (r.kind == AnswerKind::Structured) {
                const QJsonObject parts = r.value.value("parts").toObject();
                QCOMPARE(parts.value("dreams").toArray(), QJsonArray{QStringLiteral("a dog")});
                QCOMPARE(parts.value("worries").toArray().size(), 1);
            }
        }
        QCOMPARE(drawings, 2);
        preview = f.app().store()->sharing().preview(f.session().participantId());
        QVERIFY(preview);
        for (const auto& item : preview.value()) {
            if (item.record.kind == AnswerKind::Structured) {
                const QJsonObject parts = item.record.structured.value_or(QJsonObject());
                QCOMPARE(parts.value("worries").toArray().size(), 1);
                QVERIFY(!parts.value("worries").toArray().at(0).toString().contains("Jamie"));
            }
        }

        // A voice note is saved only when there is a finished one (none here: no microphone
        // in this test); nothing else is taken for a recorder.
        const int before =
            int(f.app().store()->responses().forSession(f.session().sessionId())->size());
        VoiceRecorder idle;
        QVERIFY(!f.session().saveVoice(QStringLiteral("three-houses"), &idle,
                                       QStringLiteral("dreams")));
        QVERIFY(!f.session().saveVoice(QStringLiteral("three-houses"), &canvas,
                                       QStringLiteral("dreams")));
        QCOMPARE(int(f.app().store()->responses().forSession(f.session().sessionId())->size()),
                 before);

        // Nothing of the pictures reached a file in plaintext (MED-2).
        QStringList leaks = filesWithPng(f.dir.path());
        QCOMPARE(QDir::tempPath(), m_tmp.path());
        for (auto where :
             {QStandardPaths::TempLocation, QStandardPaths::CacheLocation,
              QStandardPaths::GenericCacheLocation, QStandardPaths::AppLocalDataLocation}) {
            leaks += filesWithPng(QStandardPaths::writableLocation(where));
        }
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join('\n')));
    }
};

QTEST_MAIN(TestDrawingCanvas)
#include "tst_drawingcanvas.moc"
