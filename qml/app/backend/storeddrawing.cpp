#include "storeddrawing.h"

#include "appcontroller.h"
#include "uilogging.h"

#include "core/store/store.h"
#include "qml/voice/voicenote.h" // wipe()

#include <QPainter>

StoredDrawing::StoredDrawing(QQuickItem* parent) : QQuickPaintedItem(parent) {}

void StoredDrawing::setResponseId(const QString& id)
{
    if (id == m_responseId) {
        return;
    }
    m_responseId = id;
    chorus::Store* store = AppController::instance() ? AppController::instance()->store() : nullptr;
    if (id.isEmpty() || !store) {
        show({});
        return;
    }
    auto answer = store->responses().get(id);
    if (!answer || answer->kind != chorus::AnswerKind::Drawing) {
        qCWarning(lcUi) << "no drawing to show for an answer";
        show({});
        return;
    }
    QImage image = QImage::fromData(answer->media, "PNG");
    chorus::wipe(answer->media); // the decoded image is the only copy kept
    show(std::move(image));
}

qreal StoredDrawing::aspectRatio() const
{
    return m_image.isNull() || m_image.height() == 0
               ? 1.0
               : qreal(m_image.width()) / qreal(m_image.height());
}

void StoredDrawing::show(QImage image)
{
    m_image = std::move(image);
    emit sourceChanged();
    update();
}

void StoredDrawing::paint(QPainter* painter)
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
