#include "teamdrawing.h"

#include "teamcontroller.h"

#include <QPainter>
#include <QPointer>

namespace chorus::team {

TeamDrawing::TeamDrawing(QQuickItem* parent) : QQuickPaintedItem(parent) {}

void TeamDrawing::setRecordId(const QString& id)
{
    if (id == m_recordId) {
        return;
    }
    m_recordId = id;
    emit recordIdChanged();
    fetch();
}

void TeamDrawing::setTeam(TeamController* team)
{
    if (team == m_team) {
        return;
    }
    m_team = team;
    emit recordIdChanged();
    fetch();
}

void TeamDrawing::fetch()
{
    m_image = {};
    m_errorMessage.clear();
    emit imageChanged();
    update();
    TeamController* team = m_team;
    const QString id = m_recordId;
    if (id.isEmpty() || !team) {
        return;
    }
    const int generation = ++m_generation;
    team->client()->get(
        QStringLiteral("/v1/review/feedback/%1/drawing")
            .arg(QString::fromLatin1(QUrl::toPercentEncoding(id))),
        // A list delegate may be gone (scrolled away) when the reply comes.
        [self = QPointer<TeamDrawing>(this), generation](const chorus::sync::ReviewReply& r) {
            if (!self || generation != self->m_generation) {
                return;
            }
            TeamDrawing* const that = self.data();
            if (r.ok()) {
                const QByteArray png = QByteArray::fromBase64(
                    r.body.value(QLatin1String("drawing")).toString().toLatin1());
                that->m_image = QImage::fromData(png, "PNG");
            }
            if (that->m_image.isNull()) {
                that->m_errorMessage = r.ok()
                                           ? tr("This drawing could not be shown.", "@info:status")
                                           : TeamController::describe(r);
            }
            emit that->imageChanged();
            that->update();
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
