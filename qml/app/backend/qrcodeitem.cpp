#include "qrcodeitem.h"

#include <QPainter>

#include <qrencode.h>

QrCodeItem::QrCodeItem(QQuickItem* parent) : QQuickPaintedItem(parent)
{
    setAntialiasing(false); // crisp module edges for a camera
}

void QrCodeItem::setText(const QString& text)
{
    if (text == m_text) {
        return;
    }
    m_text = text;
    m_modules = encode(text, &m_width);
    emit textChanged();
    update();
}

void QrCodeItem::setDark(const QColor& c)
{
    if (c != m_dark) {
        m_dark = c;
        emit colorsChanged();
        update();
    }
}

void QrCodeItem::setLight(const QColor& c)
{
    if (c != m_light) {
        m_light = c;
        emit colorsChanged();
        update();
    }
}

QVector<bool> QrCodeItem::encode(const QString& text, int* width)
{
    *width = 0;
    if (text.isEmpty()) {
        return {};
    }
    const QByteArray bytes = text.toUtf8();
    QRcode* code = QRcode_encodeData(static_cast<int>(bytes.size()),
                                     reinterpret_cast<const unsigned char*>(bytes.constData()), 0,
                                     QR_ECLEVEL_M);
    if (code == nullptr) {
        return {};
    }
    QVector<bool> modules(static_cast<qsizetype>(code->width) * code->width);
    for (qsizetype i = 0; i < modules.size(); ++i) {
        modules[i] = (code->data[i] & 1u) != 0; // bit 0: dark module
    }
    *width = code->width;
    QRcode_free(code);
    return modules;
}

void QrCodeItem::paint(QPainter* painter)
{
    const int side = modules();
    if (side == 0) {
        return;
    }
    // Whole pixels per module, centred: a reader struggles with uneven modules.
    const int unit = std::max(1, static_cast<int>(std::min(width(), height())) / side);
    const int size = unit * side;
    const int left = (static_cast<int>(width()) - size) / 2;
    const int top = (static_cast<int>(height()) - size) / 2;
    painter->fillRect(left, top, size, size, m_light);
    for (int y = 0; y < m_width; ++y) {
        for (int x = 0; x < m_width; ++x) {
            if (m_modules[static_cast<qsizetype>(y) * m_width + x]) {
                painter->fillRect(left + (x + kQuietZone) * unit, top + (y + kQuietZone) * unit,
                                  unit, unit, m_dark);
            }
        }
    }
}
