#include "opusencodersink.h"

#include <opus/opusenc.h>

#include <cstring>

namespace chorus {

namespace {
Error codecError(const char* what, int code)
{
    return makeError(Error::Code::Internal, QStringLiteral("Opus encoder: %1 (%2)")
                                                .arg(QString::fromLatin1(what))
                                                .arg(QString::fromLatin1(ope_strerror(code))));
}
} // namespace

Result<std::unique_ptr<OpusEncoderSink>> OpusEncoderSink::create(Options options)
{
    if (options.channels < 1 || options.channels > 2 || options.sampleRate < 8000 ||
        options.sampleRate > 48000) {
        return makeError(Error::Code::Invalid, QStringLiteral("Opus encoder: unsupported format"));
    }
    std::unique_ptr<OpusEncoderSink> sink(new OpusEncoderSink(options));
    OggOpusComments* comments = ope_comments_create();
    if (!comments) {
        return makeError(Error::Code::Internal, QStringLiteral("Opus encoder: out of memory"));
    }
    const OpusEncCallbacks callbacks{&OpusEncoderSink::onWrite, &OpusEncoderSink::onClose};
    int err = OPE_OK;
    // Family 0: mono or stereo without a mapping table, as every Ogg Opus decoder expects.
    sink->m_enc = ope_encoder_create_callbacks(&callbacks, sink.get(), comments, options.sampleRate,
                                               options.channels, 0, &err);
    ope_comments_destroy(comments);
    if (!sink->m_enc || err != OPE_OK) {
        return codecError("create", err);
    }
    if (int e = ope_encoder_ctl(sink->m_enc, OPUS_SET_BITRATE(options.bitrate)); e != OPE_OK) {
        return codecError("bitrate", e);
    }
    if (int e = ope_encoder_ctl(sink->m_enc, OPUS_SET_SIGNAL(OPUS_SIGNAL_VOICE)); e != OPE_OK) {
        return codecError("signal", e);
    }
    if (int e = ope_encoder_ctl(sink->m_enc, OPUS_SET_COMPLEXITY(options.complexity));
        e != OPE_OK) {
        return codecError("complexity", e);
    }
    return sink;
}

OpusEncoderSink::~OpusEncoderSink()
{
    if (m_enc) {
        ope_encoder_destroy(m_enc);
    }
    wipe(m_ogg);
    wipe(m_carry);
}

int OpusEncoderSink::onWrite(void* user, const unsigned char* data, int len)
{
    auto* self = static_cast<OpusEncoderSink*>(user);
    self->m_ogg.append(reinterpret_cast<const char*>(data), len);
    return 0;
}

int OpusEncoderSink::onClose(void*)
{
    return 0;
}

Status OpusEncoderSink::write(const qint16* samples, qsizetype frames)
{
    if (!m_enc || m_failed) {
        return makeError(Error::Code::Internal, QStringLiteral("Opus encoder: already finished"));
    }
    // libopusenc takes an int frame count; feed large buffers in slices.
    constexpr qsizetype kSlice = 1 << 20;
    while (frames > 0) {
        const int n = static_cast<int>(std::min(frames, kSlice));
        if (int e = ope_encoder_write(m_enc, samples, n); e != OPE_OK) {
            m_failed = true;
            return codecError("write", e);
        }
        samples += static_cast<qsizetype>(n) * m_options.channels;
        frames -= n;
        m_frames += n;
    }
    return Status::success();
}

Status OpusEncoderSink::write(QByteArrayView pcm)
{
    const qsizetype frameBytes = qsizetype(sizeof(qint16)) * m_options.channels;
    if (!m_carry.isEmpty()) {
        const qsizetype need = frameBytes - m_carry.size();
        if (pcm.size() < need) {
            m_carry.append(pcm.data(), pcm.size());
            return Status::success();
        }
        m_carry.append(pcm.data(), need);
        pcm = pcm.sliced(need);
        qint16 frame[2];
        std::memcpy(frame, m_carry.constData(), size_t(frameBytes));
        wipe(m_carry);
        if (auto st = write(frame, 1); !st) {
            return st;
        }
    }
    const qsizetype frames = pcm.size() / frameBytes;
    const qsizetype rest = pcm.size() - frames * frameBytes;
    if (frames > 0) {
        // QAudioSource hands out suitably aligned buffers; copy when a caller does not.
        if (reinterpret_cast<quintptr>(pcm.data()) % alignof(qint16) == 0) {
            if (auto st = write(reinterpret_cast<const qint16*>(pcm.data()), frames); !st) {
                return st;
            }
        } else {
            QByteArray aligned(pcm.data(), frames * frameBytes);
            auto st = write(reinterpret_cast<const qint16*>(aligned.constData()), frames);
            wipe(aligned);
            if (!st) {
                return st;
            }
        }
    }
    if (rest > 0) {
        m_carry.append(pcm.data() + frames * frameBytes, rest);
    }
    return Status::success();
}

Result<QByteArray> OpusEncoderSink::finish()
{
    if (!m_enc || m_failed) {
        return makeError(Error::Code::Internal, QStringLiteral("Opus encoder: already finished"));
    }
    const int e = ope_encoder_drain(m_enc);
    ope_encoder_destroy(m_enc);
    m_enc = nullptr;
    wipe(m_carry);
    if (e != OPE_OK) {
        m_failed = true;
        return codecError("drain", e);
    }
    QByteArray out = std::move(m_ogg);
    m_ogg = QByteArray();
    return out;
}

} // namespace chorus
