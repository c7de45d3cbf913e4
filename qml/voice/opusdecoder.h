#pragma once

#include "core/common/result.h"

#include <QByteArray>

namespace chorus {

/** 16-bit mono PCM decoded from a voice note, held in memory only. */
struct DecodedAudio
{
    QByteArray pcm; ///< native-endian signed 16-bit mono samples
    int sampleRate = 48000;
    qint64 frames = 0;

    [[nodiscard]] qint64 durationMs() const { return frames * 1000 / sampleRate; }
    [[nodiscard]] const qint16* samples() const
    {
        return reinterpret_cast<const qint16*>(pcm.constData());
    }
};

/** Decodes Ogg Opus straight from memory with libopusfile (op_open_memory): no file, no
 *  temporary copy. Opus always decodes at 48 kHz; stereo is mixed down to mono. */
class OpusDecoder
{
public:
    static Result<DecodedAudio> decode(const QByteArray& ogg);
    /** The stream's length from its last granule position, without decoding it. */
    static Result<qint64> durationMs(const QByteArray& ogg);
};

} // namespace chorus
