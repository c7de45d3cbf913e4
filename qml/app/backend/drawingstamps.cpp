#include "drawingstamps.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace chorus::stamps {

namespace {

/** A face: the mouth bends from a frown (-1) to a smile (+1); `brows` tilts the eyebrows
 *  (positive: cross, negative: worried). */
void face(QPainter& p, const QRectF& box, qreal smile, qreal brows)
{
    const qreal s = std::min(box.width(), box.height());
    const QPointF c = box.center();
    p.drawEllipse(c, s * 0.45, s * 0.45);
    p.save();
    p.setBrush(p.pen().color());
    for (qreal dx : {-0.15, 0.15}) {
        p.drawEllipse(QPointF(c.x() + dx * s, c.y() - 0.08 * s), s * 0.04, s * 0.04);
    }
    p.restore();
    if (brows != 0.0) {
        for (qreal side : {-1.0, 1.0}) {
            const qreal inner = c.x() + side * 0.07 * s;
            const qreal outer = c.x() + side * 0.24 * s;
            p.drawLine(QPointF(inner, c.y() - 0.2 * s + brows * 0.05 * s),
                       QPointF(outer, c.y() - 0.2 * s - brows * 0.05 * s));
        }
    }
    QPainterPath mouth;
    const qreal y = c.y() + 0.17 * s;
    mouth.moveTo(c.x() - 0.2 * s, y - smile * 0.05 * s);
    mouth.quadTo(QPointF(c.x(), y + smile * 0.12 * s),
                 QPointF(c.x() + 0.2 * s, y - smile * 0.05 * s));
    p.save();
    p.setBrush(Qt::NoBrush);
    p.drawPath(mouth);
    p.restore();
}

void person(QPainter& p, const QRectF& box)
{
    const qreal s = std::min(box.width(), box.height());
    const QPointF c = box.center();
    p.drawEllipse(QPointF(c.x(), c.y() - 0.3 * s), s * 0.13, s * 0.13);
    const QPointF neck(c.x(), c.y() - 0.17 * s);
    const QPointF hip(c.x(), c.y() + 0.15 * s);
    p.drawLine(neck, hip);
    p.drawLine(QPointF(c.x() - 0.25 * s, c.y() - 0.05 * s),
               QPointF(c.x() + 0.25 * s, c.y() - 0.05 * s));
    p.drawLine(hip, QPointF(c.x() - 0.18 * s, c.y() + 0.45 * s));
    p.drawLine(hip, QPointF(c.x() + 0.18 * s, c.y() + 0.45 * s));
}

void building(QPainter& p, const QRectF& box, bool school)
{
    const qreal s = std::min(box.width(), box.height());
    const QPointF c = box.center();
    const qreal half = school ? 0.42 * s : 0.34 * s;
    const QRectF walls(c.x() - half, c.y() - 0.05 * s, 2 * half, 0.5 * s);
    p.drawRect(walls);
    QPolygonF roof;
    roof << QPointF(walls.left() - 0.05 * s, walls.top()) << QPointF(c.x(), c.y() - 0.4 * s)
         << QPointF(walls.right() + 0.05 * s, walls.top());
    p.drawPolygon(roof);
    // A door for both; a home gets a window, a school a row of windows and a flag.
    p.drawRect(QRectF(c.x() - 0.07 * s, walls.bottom() - 0.25 * s, 0.14 * s, 0.25 * s));
    if (school) {
        for (qreal dx : {-0.28, 0.16}) {
            p.drawRect(QRectF(c.x() + dx * s, walls.top() + 0.08 * s, 0.12 * s, 0.12 * s));
        }
        const QPointF top(c.x(), c.y() - 0.4 * s);
        p.drawLine(top, QPointF(top.x(), top.y() - 0.08 * s));
        QPolygonF flag;
        flag << QPointF(top.x(), top.y() - 0.08 * s)
             << QPointF(top.x() + 0.12 * s, top.y() - 0.05 * s)
             << QPointF(top.x(), top.y() - 0.02 * s);
        p.drawPolygon(flag);
    } else {
        p.drawRect(QRectF(c.x() + 0.13 * s, walls.top() + 0.08 * s, 0.13 * s, 0.13 * s));
    }
}

} // namespace

const QStringList& names()
{
    static const QStringList all{QStringLiteral("happy"),   QStringLiteral("sad"),
                                 QStringLiteral("worried"), QStringLiteral("angry"),
                                 QStringLiteral("person"),  QStringLiteral("home"),
                                 QStringLiteral("school")};
    return all;
}

bool isKnown(const QString& name)
{
    return names().contains(name);
}

void paint(QPainter& painter, const QString& name, const QRectF& box, const QColor& ink,
           const QColor& fill)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal s = std::min(box.width(), box.height());
    QPen pen(ink, std::max<qreal>(1.5, s / 22));
    pen.setCapStyle(Qt::RoundCap);
    pen.setJoinStyle(Qt::RoundJoin);
    painter.setPen(pen);
    painter.setBrush(fill);
    if (name == QLatin1String("happy")) {
        face(painter, box, 1.0, 0.0);
    } else if (name == QLatin1String("sad")) {
        face(painter, box, -1.0, 0.0);
    } else if (name == QLatin1String("worried")) {
        face(painter, box, -0.4, -1.0);
    } else if (name == QLatin1String("angry")) {
        face(painter, box, -0.7, 1.0);
    } else if (name == QLatin1String("person")) {
        person(painter, box);
    } else if (name == QLatin1String("home")) {
        building(painter, box, false);
    } else if (name == QLatin1String("school")) {
        building(painter, box, true);
    }
    painter.restore();
}

} // namespace chorus::stamps
