#include "teamdrawing.h"

#include "teamcontroller.h"

#include <QPainter>

namespace chorus::team {

TeamDrawing::TeamDrawing(QQuickItem* parent) : QQuickPaintedItem(parent) {}

void TeamDrawing::setRecordId(const QString& id)
{
    if (id == m_recordId) {
        return;
    }
    m_recordId = id;
    m_image = {};
    m_errorMessage.clear();
    emit recordIdChanged();
    emit imageChanged();
    update();
    TeamController* team = TeamController::instance();
    if (id.isEmpty() || !team) {
        return;
    }
    const int generation = ++m_generation;
    team->client()->get(QStringLiteral("/v1/review/feedback/%1/drawing")
                            .arg(QString::fromLatin1(QUrl::toPercentEncoding(id))),
                        [this, generation](const chorus::sync::ReviewReply& r) {
                            if (generation != m_generation) {
                                return;
                            }
                            if (r.ok()) {
                                const QByteArray png = QByteArray::fromBase64(
                                    r.body.value(QLatin1String("drawing")).toString().toLatin1());
                                m_image = QImage::fromData(png, "PNG");
                            }
                            if (m_image.isNull()) {
                                m_errorMessage = r.ok() ? tr("This drawing could not be shown.")
                                                        : TeamController::describe(r);
                            }
                            emit imageChanged();
                            update();
                        });
}

void TeamDrawing::paint(QPainter* painter)
{
    if (m_image.isNull()) {
        return;
    }
    // Whole, centred and never stretched out of shape.
    const QSizeF fitted = QSizeF(m_image.size()).scaled(size(), Qt::KeepAspectRatio);
    const QRectF target(QPointF((width() - fitted.width()) / 2, (height() - fitted.height()) / 2),
                        fitted);
    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    painter->drawImage(target, m_image);
}

} // namespace chorus::team
