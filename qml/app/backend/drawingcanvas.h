#pragma once

#include <QByteArray>
#include <QColor>
#include <QImage>
#include <QList>
#include <QPoint>
#include <QQuickPaintedItem>
#include <QRect>
#include <QSize>

/**
 * The drawing paper (issue 4). Marks are painted once, into a backing image of fixed size
 * (the "paper"), and only the rectangle a new segment touched is repainted on screen: a
 * drawing of 20,000 points costs no more per move than one of 100. The list of marks is
 * kept for undo/redo (which replays it) and for resuming, and is saved with the PNG.
 *
 * Everything stays in memory (MED-2): the image is shown from this item's own texture and
 * encoded to PNG into a byte array for the encrypted store, never into a file.
 *
 * Finger, pen and mouse: touch points and mouse events (a stylus arrives as mouse events
 * when nothing takes the tablet event), with the grab kept so a scrolling page does not
 * steal a stroke. Keyboard and switch: the arrow keys move a pencil cursor, Space or
 * Return puts it down or lifts it (or places the chosen stamp), Escape lifts it.
 */
class DrawingCanvas : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Tool tool READ tool WRITE setTool NOTIFY toolChanged)
    Q_PROPERTY(QColor penColor READ penColor WRITE setPenColor NOTIFY penColorChanged)
    /** Brush width in paper pixels (the paper is 1200 x 900). */
    Q_PROPERTY(int brushSize READ brushSize WRITE setBrushSize NOTIFY brushSizeChanged)
    /** The stamp placed by the Stamp tool ("happy", "sad", "worried", "angry", "person",
     *  "home", "school"). */
    Q_PROPERTY(QString stamp READ stamp WRITE setStamp NOTIFY stampChanged)
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY historyChanged)
    Q_PROPERTY(bool canRedo READ canRedo NOTIFY historyChanged)
    Q_PROPERTY(bool empty READ isEmpty NOTIFY historyChanged)
    Q_PROPERTY(int pointCount READ pointCount NOTIFY historyChanged)
    /** Goes up on every finished change (stroke, stamp, undo, redo, clear): save when it moves. */
    Q_PROPERTY(int revision READ revision NOTIFY historyChanged)
    /** The keyboard pencil: where it is on the paper, and whether it is down. */
    Q_PROPERTY(QPoint cursor READ cursor NOTIFY cursorChanged)
    Q_PROPERTY(bool penDown READ penDown NOTIFY cursorChanged)
    /** The paper's own size, which `cursor` is measured in (a screen reader hears where on it). */
    Q_PROPERTY(QSize paperSize READ paperSize CONSTANT)

public:
    enum class Tool { Pen, Eraser, Stamp };
    Q_ENUM(Tool)

    static constexpr int kPaperWidth = 1200;
    static constexpr int kPaperHeight = 900;
    static constexpr int kStampSize = 160;
    static constexpr int kCursorStep = 15;
    static constexpr int kMaxPoints = 500000; ///< a restored drawing larger than this is refused

    explicit DrawingCanvas(QQuickItem* parent = nullptr);

    [[nodiscard]] Tool tool() const { return m_tool; }
    void setTool(Tool tool);
    [[nodiscard]] QColor penColor() const { return m_penColor; }
    void setPenColor(const QColor& color);
    [[nodiscard]] int brushSize() const { return m_brushSize; }
    void setBrushSize(int size);
    [[nodiscard]] QString stamp() const { return m_stamp; }
    void setStamp(const QString& stamp);
    [[nodiscard]] bool canUndo() const { return m_done > 0; }
    [[nodiscard]] bool canRedo() const { return m_done < m_marks.size(); }
    /** Nothing visible on the paper (no marks, or cleared last). */
    [[nodiscard]] bool isEmpty() const;
    [[nodiscard]] int pointCount() const { return m_pointCount; }
    [[nodiscard]] int revision() const { return m_revision; }
    [[nodiscard]] QPoint cursor() const { return m_cursor; }
    [[nodiscard]] static QSize paperSize() { return {kPaperWidth, kPaperHeight}; }
    [[nodiscard]] bool penDown() const { return m_keyboardStroke; }

    /** Drawing in paper coordinates (the pointer and key handlers call these). */
    Q_INVOKABLE void beginStroke(QPoint paperPoint);
    Q_INVOKABLE void extendStroke(QPoint paperPoint);
    Q_INVOKABLE void endStroke();
    Q_INVOKABLE void placeStamp(QPoint paperPoint);
    Q_INVOKABLE void undo();
    Q_INVOKABLE void redo();
    /** Clears the paper (undoable: "clear" is one more mark). Ask first, in the UI. */
    Q_INVOKABLE void clear();
    /** Starts again on blank paper with no history (when the paper is used for another
     *  drawing, e.g. another house); not undoable. */
    Q_INVOKABLE void reset();
    /** Keyboard pencil: move by (dx, dy) steps; with the pencil down this draws. */
    Q_INVOKABLE void moveCursor(int dx, int dy);
    /** Keyboard pencil: down (starts a stroke, or places the stamp) or up. */
    Q_INVOKABLE void togglePen();

    /** The paper as PNG bytes, encoded in memory. */
    [[nodiscard]] QByteArray toPng() const;
    /** The marks, compressed, for resuming; restoreState() replays them. */
    [[nodiscard]] QByteArray saveState() const;
    /** Replaces the drawing with a saved one. Bad data leaves the drawing unchanged and
     *  returns false with errorString() saying what is wrong. */
    bool restoreState(const QByteArray& state);
    [[nodiscard]] QString errorString() const { return m_error; }

    [[nodiscard]] const QImage& image() const { return m_image; }
    /** The paper rectangle the last change painted (for tests and the bench). */
    [[nodiscard]] QRect lastDirtyRect() const { return m_lastDirty; }
    /** Where the paper sits in this item (it keeps its shape and is centred). */
    [[nodiscard]] QRectF paperRect() const;
    [[nodiscard]] QPoint toPaper(const QPointF& itemPoint) const;
    /** The part of this item that shows a rectangle of the paper (what update() is given). */
    [[nodiscard]] QRect itemRectFor(const QRect& paperRect) const;

    void paint(QPainter* painter) override;

signals:
    void toolChanged();
    void penColorChanged();
    void brushSizeChanged();
    void stampChanged();
    void historyChanged();
    void cursorChanged();

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseUngrabEvent() override;
    void touchEvent(QTouchEvent* event) override;
    void touchUngrabEvent() override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    /** One thing done to the paper, in paper coordinates. */
    struct Mark
    {
        enum class Kind : quint8 { Stroke, Eraser, Stamp, Clear };
        Kind kind = Kind::Stroke;
        QRgb color = 0;
        quint16 size = 0;
        QString stamp;
        QList<QPoint> points;
    };

    void pointerPressed(const QPointF& itemPoint);
    void pointerMoved(const QPointF& itemPoint);
    void pointerReleased();
    /** Paints the segment from..to (or a dot when equal) of a stroke or eraser mark. */
    void paintSegment(QPainter& painter, const Mark& mark, QPoint from, QPoint to) const;
    [[nodiscard]] QRect segmentBounds(const Mark& mark, QPoint from, QPoint to) const;
    /** Paints one whole mark as it was painted when made, segment by segment. */
    QRect paintMark(QPainter& painter, const Mark& mark) const;
    void commitMark(Mark mark);
    void replay();
    void repaintPaper(const QRect& paperRect);
    [[nodiscard]] QRect cursorBounds() const;
    void recount();

    QImage m_image;
    QList<Mark> m_marks;
    qsizetype m_done = 0; ///< marks [0, m_done) are on the paper; the rest can be redone
    bool m_stroking = false;
    bool m_keyboardStroke = false;
    int m_touchId = -1;
    Tool m_tool = Tool::Pen;
    QColor m_penColor = Qt::black;
    int m_brushSize = 12;
    QString m_stamp = QStringLiteral("happy");
    int m_pointCount = 0;
    int m_revision = 0;
    QPoint m_cursor{kPaperWidth / 2, kPaperHeight / 2};
    bool m_showCursor = false;
    QRect m_lastDirty;
    QString m_error;
};
