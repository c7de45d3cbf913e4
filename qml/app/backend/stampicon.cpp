#include "stampicon.h"

#include "drawingstamps.h"

#include <QPainter>

StampIcon::StampIcon(QQuickItem* parent) : QQuickPaintedItem(parent)
{
    setAntialiasing(true);
}

void StampIcon::setStamp(const QString& stamp)
{
    if (stamp != m_stamp) {
        m_stamp = stamp;
        emit stampChanged();
        update();
    }
}

void StampIcon::setInk(const QColor& ink)
{
    if (ink != m_ink) {
        m_ink = ink;
        emit inkChanged();
        update();
    }
}

void StampIcon::setFill(const QColor& fill)
{
    if (fill != m_fill) {
        m_fill = fill;
        emit fillChanged();
        update();
    }
}

void StampIcon::paint(QPainter* painter)
{
    chorus::stamps::paint(*painter, m_stamp, boundingRect(), m_ink, m_fill);
}
