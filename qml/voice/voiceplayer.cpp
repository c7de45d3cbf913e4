#include "voiceplayer.h"

#include "opusdecoder.h"
#include "opusencodersink.h"
#include "voicelogging.h"
#include "voicerecorder.h"

#include <QAudioFormat>
#include <QAudioSink>
#include <QMediaDevices>

#include <algorithm>

namespace chorus {

VoicePlayer::VoicePlayer(QObject* parent) : QObject(parent), m_devices(new QMediaDevices(this))
{
    connect(m_devices, &QMediaDevices::audioOutputsChanged, this, &VoicePlayer::refreshDevices);
    m_ticker.setInterval(50);
    connect(&m_ticker, &QTimer::timeout, this, &VoicePlayer::updatePosition);
    refreshDevices();
}

VoicePlayer::~VoicePlayer()
{
    if (m_sink) {
        disconnect(m_sink.get(), nullptr, this, nullptr);
        m_sink->stop();
        m_sink.reset();
    }
    m_buffer.close();
    wipe(m_pcm); // the buffer reads m_pcm in place, so this wipes what it played
    m_buffer.setBuffer(nullptr);
}

double VoicePlayer::progress() const
{
    return m_durationMs > 0 ? std::clamp(double(m_positionMs) / m_durationMs, 0.0, 1.0) : 0.0;
}

void VoicePlayer::refreshDevices()
{
    const bool available = !QMediaDevices::audioOutputs().isEmpty();
    if (available != m_speakerAvailable) {
        m_speakerAvailable = available;
        emit speakerAvailableChanged();
    }
}

Status VoicePlayer::load(const QByteArray& ogg)
{
    unload();
    auto decoded = OpusDecoder::decode(ogg);
    if (!decoded) {
        qCWarning(lcVoice) << "voice note could not be decoded";
        setError(tr("This voice note cannot be played. It may be damaged.", "@info:status"));
        return decoded.error();
    }
    m_pcm = std::move(decoded->pcm);
    m_sampleRate = decoded->sampleRate;
    m_durationMs = int(decoded->durationMs());
    // QBuffer reads the same bytes in place; no copy, no file.
    m_buffer.setBuffer(&m_pcm);
    m_buffer.open(QIODevice::ReadOnly);
    setError({});
    emit loadedChanged();
    setPosition(0);
    return Status::success();
}

bool VoicePlayer::loadNote(const QByteArray& ogg)
{
    return load(ogg).ok();
}

bool VoicePlayer::loadFromRecorder(VoiceRecorder* recorder)
{
    if (!recorder || !recorder->hasRecording()) {
        return false;
    }
    return load(recorder->recording()).ok();
}

void VoicePlayer::unload()
{
    stopSink();
    setState(State::Stopped);
    const bool was = loaded();
    m_buffer.close();
    wipe(m_pcm);
    m_buffer.setBuffer(nullptr);
    m_durationMs = 0;
    m_startOffsetMs = 0;
    setPosition(0);
    if (was) {
        emit loadedChanged();
    }
}

qint64 VoicePlayer::bytesFor(int ms) const
{
    return qint64(ms) * m_sampleRate / 1000 * 2;
}

bool VoicePlayer::startSink()
{
    refreshDevices();
    const QAudioDevice device = QMediaDevices::defaultAudioOutput();
    if (device.isNull()) {
        setError(tr("There is no speaker or headphones to play this on.", "@info:status"));
        return false;
    }
    QAudioFormat format;
    format.setSampleRate(m_sampleRate);
    format.setChannelCount(1);
    format.setSampleFormat(QAudioFormat::Int16);
    m_sink = std::make_unique<QAudioSink>(device, format);
    connect(m_sink.get(), &QAudioSink::stateChanged, this, &VoicePlayer::onSinkStateChanged);
    m_startOffsetMs = m_positionMs;
    m_buffer.seek(std::min(bytesFor(m_positionMs), qint64(m_pcm.size())));
    m_sink->start(&m_buffer);
    if (m_sink->error() != QAudio::NoError) {
        qCWarning(lcVoice) << "audio output failed to start:" << m_sink->error();
        stopSink();
        setError(tr("The voice note could not be played.", "@info:status"));
        return false;
    }
    m_ticker.start();
    return true;
}

void VoicePlayer::stopSink()
{
    m_ticker.stop();
    if (m_sink) {
        disconnect(m_sink.get(), nullptr, this, nullptr);
        m_sink->stop();
        m_sink.release()->deleteLater();
    }
}

void VoicePlayer::play()
{
    if (!loaded()) {
        return;
    }
    if (m_state == State::Paused && m_sink) {
        m_sink->resume();
        m_ticker.start();
        setState(State::Playing);
        return;
    }
    if (m_state == State::Playing) {
        return;
    }
    if (m_positionMs >= m_durationMs) {
        setPosition(0);
    }
    if (startSink()) {
        setError({});
        setState(State::Playing);
    }
}

void VoicePlayer::pause()
{
    if (m_state != State::Playing || !m_sink) {
        return;
    }
    updatePosition();
    m_sink->suspend();
    m_ticker.stop();
    setState(State::Paused);
}

void VoicePlayer::toggle()
{
    m_state == State::Playing ? pause() : play();
}

void VoicePlayer::stop()
{
    stopSink();
    setState(State::Stopped);
    setPosition(0);
}

void VoicePlayer::seek(int positionMs)
{
    if (!loaded()) {
        return;
    }
    positionMs = std::clamp(positionMs, 0, m_durationMs);
    const State was = m_state;
    stopSink();
    setPosition(positionMs);
    if (was == State::Playing) {
        if (!startSink()) {
            setState(State::Stopped);
        }
    } else if (was == State::Paused) {
        // Stay paused at the new place; play() starts from there.
        setState(State::Stopped);
    }
}

void VoicePlayer::skip(int deltaMs)
{
    seek(m_positionMs + deltaMs);
}

void VoicePlayer::updatePosition()
{
    if (!m_sink) {
        return;
    }
    const int played = int(m_sink->processedUSecs() / 1000);
    setPosition(std::min(m_startOffsetMs + played, m_durationMs));
}

void VoicePlayer::onSinkStateChanged()
{
    if (!m_sink) {
        return;
    }
    const QAudio::Error err = m_sink->error();
    if (m_sink->state() == QAudio::IdleState && m_buffer.atEnd()) {
        // Played to the end: back to the start, ready to play again.
        stopSink();
        setState(State::Stopped);
        setPosition(0);
        emit finished();
        return;
    }
    if (err == QAudio::IOError || err == QAudio::FatalError) {
        qCWarning(lcVoice) << "audio output failed:" << err;
        stopSink();
        setState(State::Stopped);
        setError(tr("The voice note stopped playing. Is there a speaker or headphones?",
                    "@info:status"));
    }
}

void VoicePlayer::setState(State state)
{
    if (state != m_state) {
        m_state = state;
        emit stateChanged();
    }
}

void VoicePlayer::setPosition(int ms)
{
    if (ms != m_positionMs) {
        m_positionMs = ms;
        emit positionChanged();
    }
}

void VoicePlayer::setError(const QString& message)
{
    if (message != m_errorString) {
        m_errorString = message;
        emit errorStringChanged();
    }
}

} // namespace chorus
