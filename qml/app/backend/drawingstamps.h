#pragma once

#include <QColor>
#include <QRectF>
#include <QStringList>

class QPainter;

namespace chorus::stamps {

/** The stamps a child can put on a drawing, by stable name (stored in the drawing). */
[[nodiscard]] const QStringList& names();
[[nodiscard]] bool isKnown(const QString& name);

/**
 * Draws one stamp into `box` with plain shapes (no pictures from anywhere else): feelings
 * faces ("happy", "sad", "worried", "angry"), a person, a home and a school. The same code
 * draws the stamp on the paper and on its tool button.
 */
void paint(QPainter& painter, const QString& name, const QRectF& box, const QColor& ink,
           const QColor& fill);

} // namespace chorus::stamps
