#include "opusdecoder.h"

#include "opusencodersink.h"

#include <opus/opusfile.h>

#include <memory>

namespace chorus {

namespace {
struct FileCloser
{
    void operator()(OggOpusFile* f) const { op_free(f); }
};
using OpusFilePtr = std::unique_ptr<OggOpusFile, FileCloser>;

Result<OpusFilePtr> open(const QByteArray& ogg)
{
    if (ogg.isEmpty()) {
        return makeError(Error::Code::Invalid, QStringLiteral("voice note: no audio"));
    }
    int err = 0;
    OpusFilePtr file(op_open_memory(reinterpret_cast<const unsigned char*>(ogg.constData()),
                                    size_t(ogg.size()), &err));
    if (!file || err != 0) {
        return makeError(
            Error::Code::Damaged,
            QStringLiteral("voice note: not a readable Ogg Opus stream (%1)").arg(err));
    }
    return file;
}
} // namespace

Result<qint64> OpusDecoder::durationMs(const QByteArray& ogg)
{
    auto file = open(ogg);
    if (!file) {
        return file.error();
    }
    const ogg_int64_t total = op_pcm_total(file->get(), -1);
    if (total < 0) {
        return makeError(Error::Code::Damaged, QStringLiteral("voice note: unknown length"));
    }
    return qint64(total) * 1000 / 48000;
}

Result<DecodedAudio> OpusDecoder::decode(const QByteArray& ogg)
{
    auto file = open(ogg);
    if (!file) {
        return file.error();
    }
    DecodedAudio out;
    const ogg_int64_t total = op_pcm_total(file->get(), -1);
    if (total > 0) {
        out.pcm.reserve(qsizetype(total) * 2);
    }
    // 120 ms at 48 kHz, stereo: the largest packet op_read can return.
    constexpr int kBuf = 5760 * 2;
    qint16 buf[kBuf];
    for (;;) {
        int link = 0;
        const int n = op_read(file->get(), buf, kBuf, &link);
        if (n == OP_HOLE) {
            continue; // a gap in the stream: skip it, as players do
        }
        if (n < 0) {
            wipe(out.pcm);
            return makeError(Error::Code::Damaged,
                             QStringLiteral("voice note: damaged audio (%1)").arg(n));
        }
        if (n == 0) {
            break;
        }
        const int channels = op_channel_count(file->get(), link);
        if (channels == 1) {
            out.pcm.append(reinterpret_cast<const char*>(buf), qsizetype(n) * 2);
        } else {
            for (int i = 0; i < n; ++i) {
                int sum = 0;
                for (int c = 0; c < channels; ++c) {
                    sum += buf[i * channels + c];
                }
                const qint16 mono = qint16(sum / channels);
                out.pcm.append(reinterpret_cast<const char*>(&mono), 2);
            }
        }
        out.frames += n;
    }
    std::fill(std::begin(buf), std::end(buf), qint16(0));
    return out;
}

} // namespace chorus
