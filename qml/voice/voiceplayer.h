#pragma once

#include "core/common/result.h"
#include "voicerecorder.h"

#include <QBuffer>
#include <QByteArray>
#include <QObject>
#include <QTimer>
#include <QtQmlIntegration/qqmlintegration.h>

#include <memory>

class QAudioSink;
class QMediaDevices;

namespace chorus {

/**
 * Plays a voice note: decodes the Ogg Opus blob with libopusfile into memory and plays the
 * PCM through QAudioSink from a QBuffer. Nothing is written to disk; unloading wipes the
 * decoded audio.
 */
class VoicePlayer : public QObject, public VoiceNoteSink
{
    Q_OBJECT
    Q_INTERFACES(chorus::VoiceNoteSink)
    QML_ELEMENT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(bool playing READ playing NOTIFY stateChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY loadedChanged)
    Q_PROPERTY(int durationMs READ durationMs NOTIFY loadedChanged)
    Q_PROPERTY(int positionMs READ positionMs NOTIFY positionChanged)
    Q_PROPERTY(double progress READ progress NOTIFY positionChanged)
    Q_PROPERTY(bool speakerAvailable READ speakerAvailable NOTIFY speakerAvailableChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)

public:
    enum class State { Stopped, Playing, Paused };
    Q_ENUM(State)

    explicit VoicePlayer(QObject* parent = nullptr);
    ~VoicePlayer() override;

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] bool playing() const { return m_state == State::Playing; }
    [[nodiscard]] bool loaded() const { return !m_pcm.isEmpty(); }
    [[nodiscard]] int durationMs() const { return m_durationMs; }
    [[nodiscard]] int positionMs() const { return m_positionMs; }
    /** Position as a fraction 0..1, for the progress bar. */
    [[nodiscard]] double progress() const;
    [[nodiscard]] bool speakerAvailable() const { return m_speakerAvailable; }
    [[nodiscard]] QString errorString() const { return m_errorString; }

    /** Decodes a note (Ogg Opus) for playing; a damaged note gives an error, not a crash. */
    Status load(const QByteArray& ogg);

public slots:
    /** QML entry point: same as load(), reporting failure through errorString. */
    bool loadNote(const QByteArray& ogg) override;
    /** Loads the recorder's finished note, so the child can listen before keeping it. */
    bool loadFromRecorder(chorus::VoiceRecorder* recorder);
    void unload();
    void play();
    void pause();
    /** Play when paused or stopped, pause when playing (one key, one button). */
    void toggle();
    void stop();
    void seek(int positionMs);
    /** Moves by a number of milliseconds (arrow keys). */
    void skip(int deltaMs);

signals:
    void stateChanged();
    void loadedChanged();
    void positionChanged();
    void speakerAvailableChanged();
    void errorStringChanged();
    void finished();

private:
    void refreshDevices();
    bool startSink();
    void stopSink();
    void updatePosition();
    void onSinkStateChanged();
    void setState(State state);
    void setPosition(int ms);
    void setError(const QString& message);
    [[nodiscard]] qint64 bytesFor(int ms) const;

    QMediaDevices* m_devices = nullptr;
    std::unique_ptr<QAudioSink> m_sink;
    QByteArray m_pcm;
    QBuffer m_buffer;
    QTimer m_ticker;
    int m_sampleRate = 48000;
    int m_durationMs = 0;
    int m_positionMs = 0;
    int m_startOffsetMs = 0; ///< position where the sink was last started
    State m_state = State::Stopped;
    bool m_speakerAvailable = false;
    QString m_errorString;
};

} // namespace chorus
