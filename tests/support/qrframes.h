#pragma once

// Camera frames showing a QR code, for the invite scanner's tests (issue 16): the code drawn
// from the modules the app's own QR item makes (QrCodeItem::encode, libqrencode), placed in
// a camera-sized scene at an angle and scale, with noise, and wrapped in a QVideoFrame of a
// camera's pixel format, so that it takes the path camera frames take.

#include "qrcodeitem.h"

#include <QColor>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QVideoFrame>
#include <QVideoFrameFormat>

#include <algorithm>
#include <cstring>

namespace chorus::test {

/** `text` as a QR code, `modulePixels` per module, with the four-module quiet zone. */
inline QImage qrImage(const QString& text, int modulePixels = 6)
{
    int width = 0;
    const QVector<bool> modules = QrCodeItem::encode(text, &width);
    constexpr int kQuiet = 4;
    const int side = (width + 2 * kQuiet) * modulePixels;
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    for (int y = 0; y < width; ++y) {
        for (int x = 0; x < width; ++x) {
            if (modules[y * width + x]) {
                p.fillRect((x + kQuiet) * modulePixels, (y + kQuiet) * modulePixels, modulePixels,
                           modulePixels, Qt::black);
            }
        }
    }
    return image;
}

struct SceneOptions
{
    qreal angle = 0; ///< degrees
    qreal scale = 1; ///< of the code's image
    int noise = 0;   ///< grey levels (0..255) of random noise added to every pixel
    QSize frame{640, 480};
};

/** The code in the middle of a grey scene the size of a camera frame. */
inline QImage cameraScene(const QImage& code, const SceneOptions& o)
{
    QImage scene(o.frame, QImage::Format_RGB32);
    scene.fill(QColor(118, 110, 102));
    {
        QPainter p(&scene);
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        p.translate(scene.width() / 2.0, scene.height() / 2.0);
        p.rotate(o.angle);
        p.scale(o.scale, o.scale);
        p.drawImage(QPointF(-code.width() / 2.0, -code.height() / 2.0), code);
    }
    QRandomGenerator random(16); // the same noise every run
    if (o.noise > 0) {
        for (int y = 0; y < scene.height(); ++y) {
            auto* line = reinterpret_cast<QRgb*>(scene.scanLine(y));
            for (int x = 0; x < scene.width(); ++x) {
                const int shift = random.bounded(2 * o.noise + 1) - o.noise;
                const auto add = [shift](int c) { return std::clamp(c + shift, 0, 255); };
                line[x] = qRgb(add(qRed(line[x])), add(qGreen(line[x])), add(qBlue(line[x])));
            }
        }
    }
    return scene;
}

/** `image` as a video frame of `format` (a format QImage can also hold: BGRA8888, Y8, ...). */
inline QVideoFrame
videoFrame(const QImage& image,
           QVideoFrameFormat::PixelFormat format = QVideoFrameFormat::Format_BGRA8888)
{
    const QImage src = image.convertToFormat(QVideoFrameFormat::imageFormatFromPixelFormat(format));
    QVideoFrame frame(QVideoFrameFormat(src.size(), format));
    if (!frame.map(QVideoFrame::WriteOnly)) {
        return {};
    }
    const auto row =
        static_cast<std::size_t>(std::min<qsizetype>(src.bytesPerLine(), frame.bytesPerLine(0)));
    for (int y = 0; y < src.height(); ++y) {
        std::memcpy(frame.bits(0) + static_cast<qsizetype>(y) * frame.bytesPerLine(0),
                    src.constScanLine(y), row);
    }
    frame.unmap();
    return frame;
}

} // namespace chorus::test
