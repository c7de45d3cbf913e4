#pragma once

#include <QImage>
#include <QString>

namespace chorus::scan {

/**
 * The text of the first QR code found in `image` (any orientation, scale or light), or an
 * empty string. Uses zxing-cpp on the image's luminance; large images are scaled down first,
 * so that one camera frame costs a bounded time. Thread-safe: called off the UI thread.
 */
QString decodeQr(const QImage& image);

} // namespace chorus::scan
