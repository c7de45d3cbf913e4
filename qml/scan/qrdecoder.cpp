#include "qrdecoder.h"

#include <ZXing/DecodeHints.h>
#include <ZXing/ImageView.h>
#include <ZXing/ReadBarcode.h>

namespace chorus::scan {
namespace {

// A QR code a young person holds up fills a good part of the frame: 1280 pixels across is
// plenty for the invite's code, and keeps a 4K frame from costing seconds.
constexpr int kMaxSide = 1280;

} // namespace

QString decodeQr(const QImage& image)
{
    if (image.isNull()) {
        return {};
    }
    QImage grey = image;
    if (grey.width() > kMaxSide || grey.height() > kMaxSide) {
        grey = grey.scaled(kMaxSide, kMaxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }
    grey = grey.convertToFormat(QImage::Format_Grayscale8);
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    hints.setTryHarder(true);
    hints.setTryRotate(true);
    const ZXing::ImageView view(grey.constBits(), grey.width(), grey.height(),
                                ZXing::ImageFormat::Lum, static_cast<int>(grey.bytesPerLine()));
    const ZXing::Result result = ZXing::ReadBarcode(view, hints);
    if (!result.isValid()) {
        return {};
    }
    return QString::fromStdString(result.text()); // UTF-8 (ZX_USE_UTF8)
}

} // namespace chorus::scan
