#include "voicerecorder.h"

#include "opusencodersink.h"
#include "voicelogging.h"

#include <QAudioFormat>
#include <QAudioSource>
#include <QMediaDevices>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace chorus {

namespace {
constexpr int kSampleRate = 16000;
constexpr qsizetype kChunkBytes = 16 * 1024;

/** PulseAudio lists the "monitor" of every output as an input; it records what the
 *  speakers play, not the child, so it never counts as a microphone. */
bool isMonitor(const QAudioDevice& device)
{
    return device.id().endsWith(".monitor");
}

QAudioFormat speechFormat()
{
    QAudioFormat format;
    format.setSampleRate(kSampleRate);
    format.setChannelCount(1);
    format.setSampleFormat(QAudioFormat::Int16);
    return format;
}
} // namespace

VoiceRecorder::VoiceRecorder(QObject* parent) : QObject(parent), m_devices(new QMediaDevices(this))
{
    connect(m_devices, &QMediaDevices::audioInputsChanged, this, &VoiceRecorder::refreshDevices);
    refreshDevices();
}

VoiceRecorder::~VoiceRecorder()
{
    if (m_source) {
        disconnect(m_source.get(), nullptr, this, nullptr);
        m_source->stop();
        m_source.reset();
    }
    m_encoder.reset();
    wipe(m_recording);
    wipe(m_chunk);
}

void VoiceRecorder::setAllowed(bool allowed)
{
    if (allowed == m_allowed) {
        return;
    }
    const bool could = canRecord();
    m_allowed = allowed;
    emit allowedChanged();
    if (could != canRecord()) {
        emit canRecordChanged();
    }
    if (!allowed && (m_state == State::Recording || m_state == State::Paused)) {
        // Consent went away mid-note: nothing of it may be kept.
        discard();
    }
}

void VoiceRecorder::applyPolicy(ConsentScopes scopes, bool activityAllowsVoice, int maxVoiceSeconds)
{
    setMaxSeconds(maxVoiceSeconds > 0 ? maxVoiceSeconds : 120);
    setAllowed((scopes & RecordVoice) != 0u && activityAllowsVoice);
}

int VoiceRecorder::elapsedMs() const
{
    return int(m_frames * 1000 / kSampleRate);
}

void VoiceRecorder::setMaxSeconds(int seconds)
{
    seconds = std::clamp(seconds, 1, 600);
    if (seconds != m_maxSeconds) {
        m_maxSeconds = seconds;
        emit maxSecondsChanged();
    }
}

void VoiceRecorder::refreshDevices()
{
    const auto inputs = QMediaDevices::audioInputs();
    const bool available =
        std::any_of(inputs.begin(), inputs.end(), [](const auto& d) { return !isMonitor(d); });
    if (available != m_microphoneAvailable) {
        const bool could = canRecord();
        m_microphoneAvailable = available;
        qCInfo(lcVoice) << "microphone available:" << available;
        emit microphoneAvailableChanged();
        if (could != canRecord()) {
            emit canRecordChanged();
        }
    }
}

QAudioDevice VoiceRecorder::pickInput() const
{
    const QAudioDevice preferred = QMediaDevices::defaultAudioInput();
    if (!preferred.isNull() && !isMonitor(preferred)) {
        return preferred;
    }
    for (const auto& d : QMediaDevices::audioInputs()) {
        if (!isMonitor(d)) {
            return d;
        }
    }
    return {};
}

bool VoiceRecorder::start()
{
    if (m_state == State::Recording || m_state == State::Paused) {
        return true;
    }
    if (!m_allowed) {
        setError(tr("Recording your voice is not switched on.", "@info:status"));
        return false;
    }
    refreshDevices();
    const QAudioDevice device = pickInput();
    if (device.isNull()) {
        setError(tr("There is no microphone on this device. You can type your answer instead.",
                    "@info:status"));
        return false;
    }
    const QAudioFormat format = speechFormat();
    if (!device.isFormatSupported(format)) {
        qCWarning(lcVoice) << "input does not support 16 kHz mono 16-bit";
        setError(tr("This microphone cannot be used. You can type your answer instead.",
                    "@info:status"));
        return false;
    }
    discard(); // re-record: the old note goes
    auto encoder = OpusEncoderSink::create();
    if (!encoder) {
        qCWarning(lcVoice) << "encoder:" << encoder.error().message;
        setError(tr("Recording did not work. Please try again.", "@info:status"));
        return false;
    }
    m_encoder = std::move(encoder.value());
    m_source = std::make_unique<QAudioSource>(device, format);
    connect(m_source.get(), &QAudioSource::stateChanged, this,
            &VoiceRecorder::onSourceStateChanged);
    m_io = m_source->start();
    if (!m_io || m_source->error() != QAudio::NoError) {
        qCWarning(lcVoice) << "audio input failed to start:" << m_source->error();
        teardownSource();
        m_encoder.reset();
        setError(
            tr("The microphone did not start. You can try again or type instead.", "@info:status"));
        return false;
    }
    connect(m_io, &QIODevice::readyRead, this, &VoiceRecorder::onAudioReady);
    m_chunk.resize(kChunkBytes);
    setError({});
    setState(State::Recording);
    qCInfo(lcVoice) << "recording started";
    return true;
}

void VoiceRecorder::pause()
{
    if (m_state != State::Recording) {
        return;
    }
    onAudioReady(); // keep what was already captured
    m_source->suspend();
    setLevel(0.0);
    setState(State::Paused);
}

void VoiceRecorder::resume()
{
    if (m_state != State::Paused) {
        return;
    }
    m_source->resume();
    setState(State::Recording);
}

void VoiceRecorder::stop()
{
    if (m_state != State::Recording && m_state != State::Paused) {
        return;
    }
    if (m_state == State::Recording) {
        onAudioReady();
    }
    finishNote();
}

void VoiceRecorder::discard()
{
    teardownSource();
    m_encoder.reset();
    wipe(m_recording);
    const bool hadFrames = m_frames != 0;
    m_frames = 0;
    m_durationMs = 0;
    setLevel(0.0);
    if (hadFrames) {
        emit elapsedChanged();
    }
    setState(State::Idle);
}

void VoiceRecorder::onAudioReady()
{
    if (!m_io || !m_encoder) {
        return;
    }
    for (;;) {
        const qint64 n = m_io->read(m_chunk.data(), m_chunk.size());
        if (n <= 0) {
            break;
        }
        // Audio that arrives while paused (already buffered when the stream was corked)
        // belongs to nobody: drop it.
        if (m_state == State::Recording) {
            consume(QByteArrayView(m_chunk.constData(), n));
        }
        std::memset(m_chunk.data(), 0, size_t(n));
        if (!m_encoder) {
            break; // the note reached its maximum length
        }
    }
}

void VoiceRecorder::consume(QByteArrayView pcm)
{
    const qint64 maxFrames = qint64(m_maxSeconds) * kSampleRate;
    qint64 frames = pcm.size() / 2;
    bool full = false;
    if (m_frames + frames >= maxFrames) {
        frames = maxFrames - m_frames;
        full = true;
    }
    if (frames <= 0 && !full) {
        return;
    }
    const auto* s = reinterpret_cast<const qint16*>(pcm.data());
    double sum = 0.0;
    for (qint64 i = 0; i < frames; ++i) {
        sum += double(s[i]) * double(s[i]);
    }
    if (frames > 0) {
        if (auto st = m_encoder->write(pcm.first(frames * 2)); !st) {
            qCWarning(lcVoice) << "encoder:" << st.error().message;
            teardownSource();
            m_encoder.reset();
            m_frames = 0;
            setState(State::Idle);
            setError(tr("Recording did not work. Please try again.", "@info:status"));
            return;
        }
        m_frames += frames;
        // Level in decibels from -60 dBFS (0) to full scale (1): it moves with a voice.
        const double rms = std::sqrt(sum / double(frames)) / 32768.0;
        const double db = rms > 0.0 ? 20.0 * std::log10(rms) : -100.0;
        setLevel(std::clamp((db + 60.0) / 60.0, 0.0, 1.0));
        emit elapsedChanged();
    }
    if (full) {
        qCInfo(lcVoice) << "maximum length reached";
        finishNote();
        emit maxLengthReached();
    }
}

void VoiceRecorder::onSourceStateChanged()
{
    if (!m_source || (m_state != State::Recording && m_state != State::Paused)) {
        return;
    }
    const QAudio::Error err = m_source->error();
    if (err == QAudio::IOError || err == QAudio::FatalError) {
        qCWarning(lcVoice) << "audio input failed:" << err;
        finishNote();
        setError(m_state == State::Finished
                     ? tr("The microphone stopped. What you said so far is kept.", "@info:status")
                     : tr("The microphone stopped working. You can type your answer instead.",
                          "@info:status"));
    }
}

void VoiceRecorder::finishNote()
{
    teardownSource();
    setLevel(0.0);
    if (!m_encoder) {
        setState(State::Idle);
        return;
    }
    auto ogg = m_encoder->finish();
    m_encoder.reset();
    if (!ogg || m_frames == 0) {
        if (!ogg) {
            qCWarning(lcVoice) << "encoder:" << ogg.error().message;
        }
        m_frames = 0;
        emit elapsedChanged();
        setState(State::Idle);
        setError(tr("Nothing was recorded. Please try again.", "@info:status"));
        return;
    }
    m_recording = std::move(ogg.value());
    m_durationMs = elapsedMs();
    qCInfo(lcVoice) << "recording finished";
    setState(State::Finished);
}

void VoiceRecorder::teardownSource()
{
    if (m_io) {
        disconnect(m_io, nullptr, this, nullptr);
        m_io = nullptr;
    }
    if (m_source) {
        disconnect(m_source.get(), nullptr, this, nullptr);
        m_source->stop();
        // This may run inside the source's own stateChanged signal: delete it later.
        m_source.release()->deleteLater();
    }
}

void VoiceRecorder::noteNotSaved(bool consentMissing)
{
    if (consentMissing) {
        setError(
            tr("Recording your voice is not switched on, so this cannot be kept.", "@info:status"));
    } else {
        setError(tr("Your voice note could not be saved yet. It is kept here; please try "
                    "again.",
                    "@info:status"));
    }
}

void VoiceRecorder::noteSaved()
{
    // The store holds it now (encrypted); let go of every plaintext copy here.
    wipe(m_recording);
    m_frames = 0;
    m_durationMs = 0;
    emit elapsedChanged();
    setState(State::Idle);
    setError({});
    qCInfo(lcVoice) << "voice note saved";
}

void VoiceRecorder::setState(State state)
{
    if (state != m_state) {
        m_state = state;
        emit stateChanged();
    }
}

void VoiceRecorder::setLevel(double level)
{
    if (!qFuzzyCompare(level + 1.0, m_level + 1.0)) {
        m_level = level;
        emit levelChanged();
    }
}

void VoiceRecorder::setError(const QString& message)
{
    if (message != m_errorString) {
        m_errorString = message;
        emit errorStringChanged();
    }
}

} // namespace chorus
