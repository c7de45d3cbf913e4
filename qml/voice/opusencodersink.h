#pragma once

#include "core/common/result.h"
#include "voicenote.h" // wipe()

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

struct OggOpusEnc;

namespace chorus {

/**
 * Encodes 16-bit PCM to Ogg Opus entirely in memory: libopusenc writes its pages through
 * callbacks into a QByteArray, so no audio ever reaches a file (MED-1).
 */
class OpusEncoderSink
{
public:
    struct Options
    {
        int sampleRate = 16000;
        int channels = 1;
        int bitrate = 24000; ///< speech at about 24 kbit/s
        int complexity = 10;
    };

    static Result<std::unique_ptr<OpusEncoderSink>> create(Options options);
    static Result<std::unique_ptr<OpusEncoderSink>> create() { return create(Options{}); }
    /** Wipes every buffer it still holds. */
    ~OpusEncoderSink();
    OpusEncoderSink(const OpusEncoderSink&) = delete;
    OpusEncoderSink& operator=(const OpusEncoderSink&) = delete;

    /** Encodes interleaved native-endian 16-bit samples; a partial frame is kept for later. */
    Status write(QByteArrayView pcm);
    Status write(const qint16* samples, qsizetype frames);
    /** Flushes the last pages and hands over the complete Ogg Opus stream; the encoder is
     *  spent afterwards. */
    Result<QByteArray> finish();

    [[nodiscard]] qint64 framesWritten() const { return m_frames; }
    [[nodiscard]] qsizetype encodedBytes() const { return m_ogg.size(); }
    [[nodiscard]] const Options& options() const { return m_options; }

private:
    explicit OpusEncoderSink(Options options) : m_options(options) {}
    static int onWrite(void* user, const unsigned char* data, int len);
    static int onClose(void* user);

    Options m_options;
    OggOpusEnc* m_enc = nullptr;
    QByteArray m_ogg;
    QByteArray m_carry; ///< bytes of a sample split across two writes
    qint64 m_frames = 0;
    bool m_failed = false;
};

} // namespace chorus
