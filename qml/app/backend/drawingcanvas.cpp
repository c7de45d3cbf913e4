#include "drawingcanvas.h"

#include "drawingstamps.h"

#include <QBuffer>
#include <QDataStream>
#include <QPainter>

#include <algorithm>

namespace {

// The paper is white whatever the theme: it is the child's picture, not part of the UI.
constexpr QRgb kPaper = 0xFFFFFFFF;
constexpr quint32 kStateMagic = 0x43484452; // "CHDR"
constexpr quint16 kStateVersion = 1;

QPoint clampToPaper(QPoint p)
{
    return {std::clamp(p.x(), 0, DrawingCanvas::kPaperWidth - 1),
            std::clamp(p.y(), 0, DrawingCanvas::kPaperHeight - 1)};
}

QImage blankPaper()
{
    QImage image(DrawingCanvas::kPaperWidth, DrawingCanvas::kPaperHeight, QImage::Format_RGB32);
    image.fill(kPaper);
    return image;
}

} // namespace

DrawingCanvas::DrawingCanvas(QQuickItem* parent) : QQuickPaintedItem(parent), m_image(blankPaper())
{
    setAcceptedMouseButtons(Qt::LeftButton);
    setAcceptTouchEvents(true);
    setActiveFocusOnTab(true);
    setOpaquePainting(false);
    setImplicitSize(kPaperWidth / 2.0, kPaperHeight / 2.0);
}

void DrawingCanvas::setTool(Tool tool)
{
    if (tool != m_tool) {
        endStroke();
        m_tool = tool;
        emit toolChanged();
    }
}

void DrawingCanvas::setPenColor(const QColor& color)
{
    if (color != m_penColor && color.isValid()) {
        endStroke();
        m_penColor = color;
        emit penColorChanged();
    }
}

void DrawingCanvas::setBrushSize(int size)
{
    size = std::clamp(size, 1, 200);
    if (size != m_brushSize) {
        endStroke();
        m_brushSize = size;
        emit brushSizeChanged();
    }
}

void DrawingCanvas::setStamp(const QString& stamp)
{
    if (stamp != m_stamp && chorus::stamps::isKnown(stamp)) {
        m_stamp = stamp;
        emit stampChanged();
    }
}

bool DrawingCanvas::isEmpty() const
{
    return m_done == 0 || m_marks.at(m_done - 1).kind == Mark::Kind::Clear;
}

QRectF DrawingCanvas::paperRect() const
{
    const qreal scale = std::min(width() / kPaperWidth, height() / kPaperHeight);
    const qreal w = kPaperWidth * scale;
    const qreal h = kPaperHeight * scale;
    return {(width() - w) / 2, (height() - h) / 2, w, h};
}

QPoint DrawingCanvas::toPaper(const QPointF& itemPoint) const
{
    const QRectF paper = paperRect();
    if (paper.isEmpty()) {
        return {};
    }
    const qreal scale = paper.width() / kPaperWidth;
    return clampToPaper(((itemPoint - paper.topLeft()) / scale).toPoint());
}

QRect DrawingCanvas::segmentBounds(const Mark& mark, QPoint from, QPoint to) const
{
    const int margin = mark.size / 2 + 2; // the round cap and antialiasing reach this far
    return QRect(from, to).normalized().adjusted(-margin, -margin, margin, margin);
}

void DrawingCanvas::paintSegment(QPainter& painter, const Mark& mark, QPoint from, QPoint to) const
{
    QPen pen(QColor::fromRgba(mark.kind == Mark::Kind::Eraser ? kPaper : mark.color), mark.size,
             Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter.setPen(pen);
    if (from == to) {
        painter.drawPoint(from);
    } else {
        painter.drawLine(from, to);
    }
}

QRect DrawingCanvas::paintMark(QPainter& painter, const Mark& mark) const
{
    switch (mark.kind) {
    case Mark::Kind::Clear:
        painter.fillRect(m_image.rect(), QColor::fromRgba(kPaper));
        return m_image.rect();
    case Mark::Kind::Stamp: {
        const QRect box(mark.points.value(0) - QPoint(mark.size / 2, mark.size / 2),
                        QSize(mark.size, mark.size));
        chorus::stamps::paint(painter, mark.stamp, box, QColor::fromRgba(mark.color),
                              QColor::fromRgba(kPaper));
        return box.adjusted(-4, -4, 4, 4);
    }
    case Mark::Kind::Stroke:
    case Mark::Kind::Eraser:
        break;
    }
    // Segment by segment, exactly as it was painted live, so that a replay (undo, resume)
    // gives the same pixels as the drawing the child saw.
    QRect bounds;
    for (qsizetype i = 0; i < mark.points.size(); ++i) {
        const QPoint from = mark.points.at(i > 0 ? i - 1 : 0);
        paintSegment(painter, mark, from, mark.points.at(i));
        bounds |= segmentBounds(mark, from, mark.points.at(i));
    }
    return bounds;
}

void DrawingCanvas::beginStroke(QPoint paperPoint)
{
    endStroke();
    if (m_tool == Tool::Stamp) {
        placeStamp(paperPoint);
        return;
    }
    // Anything that could be redone is dropped by a new mark, as in every editor.
    m_marks.resize(m_done);
    Mark mark;
    mark.kind = m_tool == Tool::Eraser ? Mark::Kind::Eraser : Mark::Kind::Stroke;
    mark.color = m_penColor.rgba();
    mark.size = static_cast<quint16>(m_brushSize);
    mark.points.append(clampToPaper(paperPoint));
    m_marks.append(mark);
    m_done = m_marks.size();
    m_stroking = true;
    ++m_pointCount;
    QPainter painter(&m_image);
    painter.setRenderHint(QPainter::Antialiasing);
    paintSegment(painter, m_marks.last(), mark.points.first(), mark.points.first());
    repaintPaper(segmentBounds(mark, mark.points.first(), mark.points.first()));
}

void DrawingCanvas::extendStroke(QPoint paperPoint)
{
    if (!m_stroking) {
        return;
    }
    Mark& mark = m_marks.last();
    const QPoint to = clampToPaper(paperPoint);
    const QPoint from = mark.points.last();
    if (to == from) {
        return;
    }
    mark.points.append(to);
    ++m_pointCount;
    // Only the new segment is painted, into the backing image, and only its box repainted.
    QPainter painter(&m_image);
    painter.setRenderHint(QPainter::Antialiasing);
    paintSegment(painter, mark, from, to);
    painter.end();
    repaintPaper(segmentBounds(mark, from, to));
}

void DrawingCanvas::endStroke()
{
    if (!m_stroking) {
        return;
    }
    m_stroking = false;
    if (m_keyboardStroke) {
        m_keyboardStroke = false;
        emit cursorChanged();
    }
    ++m_revision;
    recount();
    emit historyChanged();
}

void DrawingCanvas::placeStamp(QPoint paperPoint)
{
    endStroke();
    Mark mark;
    mark.kind = Mark::Kind::Stamp;
    mark.color = m_penColor.rgba();
    mark.size = kStampSize;
    mark.stamp = m_stamp;
    mark.points.append(clampToPaper(paperPoint));
    commitMark(mark);
}

void DrawingCanvas::clear()
{
    endStroke();
    if (isEmpty()) {
        return;
    }
    Mark mark;
    mark.kind = Mark::Kind::Clear;
    commitMark(mark);
}

void DrawingCanvas::reset()
{
    endStroke();
    m_marks.clear();
    m_done = 0;
    ++m_revision;
    replay();
    emit historyChanged();
}

void DrawingCanvas::commitMark(Mark mark)
{
    m_marks.resize(m_done);
    QPainter painter(&m_image);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRect dirty = paintMark(painter, mark);
    painter.end();
    m_marks.append(std::move(mark));
    m_done = m_marks.size();
    ++m_revision;
    recount();
    repaintPaper(dirty);
    emit historyChanged();
}

void DrawingCanvas::undo()
{
    endStroke();
    if (m_done == 0) {
        return;
    }
    --m_done;
    ++m_revision;
    replay();
    emit historyChanged();
}

void DrawingCanvas::redo()
{
    endStroke();
    if (m_done >= m_marks.size()) {
        return;
    }
    // Redo paints just the one mark on top; no replay is needed.
    QPainter painter(&m_image);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRect dirty = paintMark(painter, m_marks.at(m_done));
    painter.end();
    ++m_done;
    ++m_revision;
    recount();
    repaintPaper(dirty);
    emit historyChanged();
}

void DrawingCanvas::replay()
{
    // Start from the last "clear" still in force: nothing before it shows.
    qsizetype first = 0;
    for (qsizetype i = m_done - 1; i >= 0; --i) {
        if (m_marks.at(i).kind == Mark::Kind::Clear) {
            first = i + 1;
            break;
        }
    }
    m_image.fill(kPaper);
    QPainter painter(&m_image);
    painter.setRenderHint(QPainter::Antialiasing);
    for (qsizetype i = first; i < m_done; ++i) {
        paintMark(painter, m_marks.at(i));
    }
    painter.end();
    recount();
    repaintPaper(m_image.rect());
}

void DrawingCanvas::recount()
{
    int points = 0;
    for (qsizetype i = 0; i < m_done; ++i) {
        points += static_cast<int>(m_marks.at(i).points.size());
    }
    m_pointCount = points;
}

QRect DrawingCanvas::itemRectFor(const QRect& paperRect) const
{
    const QRectF paper = this->paperRect();
    if (paper.isEmpty()) {
        return {};
    }
    const qreal scale = paper.width() / kPaperWidth;
    const QRectF onScreen(paper.topLeft() + QPointF(paperRect.topLeft()) * scale,
                          QSizeF(paperRect.size()) * scale);
    return onScreen.toAlignedRect().adjusted(-1, -1, 1, 1);
}

void DrawingCanvas::repaintPaper(const QRect& paperRect)
{
    m_lastDirty = paperRect.intersected(m_image.rect());
    if (const QRect onScreen = itemRectFor(m_lastDirty); !onScreen.isEmpty()) {
        update(onScreen);
    }
}

QRect DrawingCanvas::cursorBounds() const
{
    const int r = std::max(m_brushSize, 24) / 2 + 8;
    return QRect(m_cursor - QPoint(r, r), QSize(2 * r, 2 * r));
}

void DrawingCanvas::paint(QPainter* painter)
{
    const QRectF paper = paperRect();
    const QRectF clip = painter->hasClipping() ? painter->clipBoundingRect() : boundingRect();
    const QRectF visible = clip.intersected(paper);
    if (!visible.isEmpty()) {
        // Only the part the scene graph asked for is copied out of the backing image.
        const qreal scale = paper.width() / kPaperWidth;
        const QRectF source((visible.topLeft() - paper.topLeft()) / scale, visible.size() / scale);
        painter->drawImage(visible, m_image, source);
    }
    if (m_showCursor) {
        // The keyboard pencil: a ring in the pen colour with a dark and a light edge, so it
        // shows on any colour; filled when the pencil is down.
        const qreal scale = paper.width() / kPaperWidth;
        const QPointF centre = paper.topLeft() + QPointF(m_cursor) * scale;
        const qreal radius = std::max(m_brushSize * scale / 2, 8.0);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(Qt::white, 5));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(centre, radius + 2, radius + 2);
        painter->setPen(QPen(Qt::black, 2));
        painter->setBrush(m_keyboardStroke ? QBrush(m_penColor) : QBrush(Qt::NoBrush));
        painter->drawEllipse(centre, radius + 2, radius + 2);
        painter->restore();
    }
}

void DrawingCanvas::pointerPressed(const QPointF& itemPoint)
{
    beginStroke(toPaper(itemPoint));
}

void DrawingCanvas::pointerMoved(const QPointF& itemPoint)
{
    extendStroke(toPaper(itemPoint));
}

void DrawingCanvas::pointerReleased()
{
    endStroke();
}

void DrawingCanvas::mousePressEvent(QMouseEvent* event)
{
    // Keep the grab: the page around may scroll, and must not take the stroke away.
    setKeepMouseGrab(true);
    pointerPressed(event->position());
    event->accept();
}

void DrawingCanvas::mouseMoveEvent(QMouseEvent* event)
{
    pointerMoved(event->position());
    event->accept();
}

void DrawingCanvas::mouseReleaseEvent(QMouseEvent* event)
{
    pointerReleased();
    setKeepMouseGrab(false);
    event->accept();
}

void DrawingCanvas::mouseUngrabEvent()
{
    pointerReleased();
    setKeepMouseGrab(false);
}

void DrawingCanvas::touchEvent(QTouchEvent* event)
{
    // One finger draws; a second finger resting on the screen is ignored.
    for (const QEventPoint& point : event->points()) {
        if (point.state() == QEventPoint::Pressed && m_touchId < 0) {
            m_touchId = point.id();
            setKeepTouchGrab(true);
            pointerPressed(point.position());
        } else if (point.id() != m_touchId) {
            continue;
        } else if (point.state() == QEventPoint::Released) {
            pointerReleased();
            m_touchId = -1;
            setKeepTouchGrab(false);
        } else if (point.state() == QEventPoint::Updated) {
            pointerMoved(point.position());
        }
    }
    event->accept();
}

void DrawingCanvas::touchUngrabEvent()
{
    pointerReleased();
    m_touchId = -1;
    setKeepTouchGrab(false);
}

void DrawingCanvas::moveCursor(int dx, int dy)
{
    const QRect before = cursorBounds();
    m_cursor = clampToPaper(m_cursor + QPoint(dx, dy) * kCursorStep);
    if (m_keyboardStroke) {
        extendStroke(m_cursor);
    }
    repaintPaper(before | cursorBounds());
    emit cursorChanged();
}

void DrawingCanvas::togglePen()
{
    if (m_keyboardStroke) {
        endStroke();
    } else if (m_tool == Tool::Stamp) {
        placeStamp(m_cursor);
    } else {
        beginStroke(m_cursor);
        m_keyboardStroke = true;
        emit cursorChanged();
    }
    repaintPaper(cursorBounds());
}

void DrawingCanvas::keyPressEvent(QKeyEvent* event)
{
    // The arrows move on the paper as it looks, whatever the reading direction.
    const int step = (event->modifiers() & Qt::ShiftModifier) ? 4 : 1;
    switch (event->key()) {
    case Qt::Key_Left:
        moveCursor(-step, 0);
        break;
    case Qt::Key_Right:
        moveCursor(step, 0);
        break;
    case Qt::Key_Up:
        moveCursor(0, -step);
        break;
    case Qt::Key_Down:
        moveCursor(0, step);
        break;
    case Qt::Key_Space:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        togglePen();
        break;
    case Qt::Key_Escape:
        if (!m_keyboardStroke) {
            event->ignore();
            return;
        }
        endStroke();
        repaintPaper(cursorBounds());
        break;
    default:
        event->ignore();
        return;
    }
    event->accept();
}

void DrawingCanvas::focusInEvent(QFocusEvent* event)
{
    m_showCursor = true;
    repaintPaper(cursorBounds());
    QQuickPaintedItem::focusInEvent(event);
}

void DrawingCanvas::focusOutEvent(QFocusEvent* event)
{
    endStroke();
    m_showCursor = false;
    repaintPaper(cursorBounds());
    QQuickPaintedItem::focusOutEvent(event);
}

QByteArray DrawingCanvas::toPng() const
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    m_image.save(&buffer, "PNG");
    return png;
}

QByteArray DrawingCanvas::saveState() const
{
    QByteArray raw;
    QDataStream out(&raw, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << kStateMagic << kStateVersion << quint16(kPaperWidth) << quint16(kPaperHeight)
        << quint32(m_done);
    for (qsizetype i = 0; i < m_done; ++i) {
        const Mark& m = m_marks.at(i);
        out << quint8(m.kind) << quint32(m.color) << m.size << m.stamp << quint32(m.points.size());
        for (const QPoint& p : m.points) {
            out << qint16(p.x()) << qint16(p.y());
        }
    }
    return qCompress(raw);
}

bool DrawingCanvas::restoreState(const QByteArray& state)
{
    const QByteArray raw = qUncompress(state);
    QDataStream in(raw);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    quint16 version = 0;
    quint16 width = 0;
    quint16 height = 0;
    quint32 count = 0;
    in >> magic >> version >> width >> height >> count;
    if (in.status() != QDataStream::Ok || magic != kStateMagic) {
        m_error = tr("This is not a saved drawing.", "@info:status");
        return false;
    }
    if (version != kStateVersion || width != kPaperWidth || height != kPaperHeight) {
        m_error = tr("This drawing was saved by another version of Chorus.", "@info:status");
        return false;
    }
    QList<Mark> marks;
    qint64 total = 0;
    for (quint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        Mark m;
        quint8 kind = 0;
        quint32 color = 0;
        quint32 points = 0;
        in >> kind >> color >> m.size >> m.stamp >> points;
        total += points;
        if (kind > quint8(Mark::Kind::Clear) || total > kMaxPoints ||
            (kind == quint8(Mark::Kind::Stamp) && !chorus::stamps::isKnown(m.stamp))) {
            m_error = tr("This saved drawing is damaged (mark %1).", "@info:status").arg(i + 1);
            return false;
        }
        m.kind = Mark::Kind(kind);
        m.color = color;
        m.points.reserve(points);
        for (quint32 j = 0; j < points && in.status() == QDataStream::Ok; ++j) {
            qint16 x = 0;
            qint16 y = 0;
            in >> x >> y;
            m.points.append(clampToPaper(QPoint(x, y)));
        }
        marks.append(std::move(m));
    }
    if (in.status() != QDataStream::Ok || !in.atEnd()) {
        m_error =
            tr("This saved drawing is damaged (it ends too early or too late).", "@info:status");
        return false;
    }
    m_stroking = false;
    m_keyboardStroke = false;
    m_marks = std::move(marks);
    m_done = m_marks.size();
    m_error.clear();
    ++m_revision;
    replay();
    emit historyChanged();
    emit cursorChanged();
    return true;
}
