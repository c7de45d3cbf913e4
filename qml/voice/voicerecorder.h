#pragma once

#include "core/common/result.h"
#include "core/domain/types.h"
#include "voicenote.h"

#include <QAudioDevice>
#include <QByteArray>
#include <QObject>
#include <QString>
#include <QtQmlIntegration/qqmlintegration.h>

#include <memory>

class QAudioSource;
class QIODevice;
class QMediaDevices;

namespace chorus {

class OpusEncoderSink;

/**
 * Records a voice note from the microphone (QAudioSource, 16 kHz mono) straight into an Ogg
 * Opus encoder in memory. Nothing is written to disk until the note is saved into the
 * encrypted store; QMediaRecorder is never used (on Qt 6.4 it records silence, and to a
 * file, when there is no device).
 *
 * Recording is refused unless `allowed` is set by whoever knows the consent ("record voice"
 * scope) and the activity pack (allowVoice); it is off by default (CP-5).
 *
 * A finished note is saved by the app through the VoiceNoteSource interface
 * (saveVoiceNote in voicenotestore.h), so that this class needs no store.
 */
class VoiceRecorder : public QObject, public VoiceNoteSource
{
    Q_OBJECT
    Q_INTERFACES(chorus::VoiceNoteSource)
    QML_ELEMENT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(bool allowed READ allowed WRITE setAllowed NOTIFY allowedChanged)
    Q_PROPERTY(bool microphoneAvailable READ microphoneAvailable NOTIFY microphoneAvailableChanged)
    Q_PROPERTY(bool canRecord READ canRecord NOTIFY canRecordChanged)
    Q_PROPERTY(double level READ level NOTIFY levelChanged)
    Q_PROPERTY(int elapsedMs READ elapsedMs NOTIFY elapsedChanged)
    Q_PROPERTY(int maxSeconds READ maxSeconds WRITE setMaxSeconds NOTIFY maxSecondsChanged)
    Q_PROPERTY(bool hasRecording READ hasRecording NOTIFY stateChanged)
    /** Recording or paused: a note is being made (for QML, which reads bools more simply). */
    Q_PROPERTY(bool active READ active NOTIFY stateChanged)
    Q_PROPERTY(bool paused READ paused NOTIFY stateChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)

public:
    enum class State {
        Idle,      ///< nothing recorded
        Recording, ///< listening
        Paused,    ///< listening paused; resume() carries on in the same note
        Finished,  ///< a note is held in memory, ready to listen to, save or throw away
    };
    Q_ENUM(State)

    explicit VoiceRecorder(QObject* parent = nullptr);
    ~VoiceRecorder() override;

    /** Applies the consent in force and the activity pack: recording is allowed only with the
     *  "record voice" scope on an activity that allows voice; the pack sets the length. */
    void applyPolicy(ConsentScopes scopes, bool activityAllowsVoice, int maxVoiceSeconds);

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] bool allowed() const { return m_allowed; }
    void setAllowed(bool allowed);
    /** A real input exists; monitors of speakers ("*.monitor") do not count. */
    [[nodiscard]] bool microphoneAvailable() const { return m_microphoneAvailable; }
    [[nodiscard]] bool canRecord() const { return m_allowed && m_microphoneAvailable; }
    /** Loudness of the last few milliseconds, 0..1, for the level meter. */
    [[nodiscard]] double level() const { return m_level; }
    [[nodiscard]] int elapsedMs() const;
    [[nodiscard]] int maxSeconds() const { return m_maxSeconds; }
    void setMaxSeconds(int seconds);
    [[nodiscard]] bool hasRecording() const { return m_state == State::Finished; }
    [[nodiscard]] bool active() const
    {
        return m_state == State::Recording || m_state == State::Paused;
    }
    [[nodiscard]] bool paused() const { return m_state == State::Paused; }
    [[nodiscard]] QString errorString() const override { return m_errorString; }

    /** The finished note (Ogg Opus); empty unless state() is Finished. */
    [[nodiscard]] const QByteArray& recording() const override { return m_recording; }
    [[nodiscard]] int durationMs() const override { return m_durationMs; }

    /** Wipes the note (the store holds it now) and goes back to Idle. */
    void noteSaved() override;
    /** Keeps the note and says in the child's words why it was not kept. */
    void noteNotSaved(bool consentMissing) override;

public slots:
    /** Starts a new note; a finished one that was not saved is thrown away (re-record). */
    bool start();
    void pause();
    void resume();
    /** Ends the note and keeps it in memory (state Finished). */
    void stop();
    /** Throws away whatever was recorded and wipes it from memory. */
    void discard();

signals:
    void stateChanged();
    void allowedChanged();
    void microphoneAvailableChanged();
    void canRecordChanged();
    void levelChanged();
    void elapsedChanged();
    void maxSecondsChanged();
    void errorStringChanged();
    /** The note reached maxSeconds and was stopped. */
    void maxLengthReached();

private:
    void refreshDevices();
    [[nodiscard]] QAudioDevice pickInput() const;
    void onAudioReady();
    void onSourceStateChanged();
    void consume(QByteArrayView pcm);
    void finishNote();
    void teardownSource();
    void setState(State state);
    void setLevel(double level);
    void setError(const QString& message);

    QMediaDevices* m_devices = nullptr;
    std::unique_ptr<QAudioSource> m_source;
    QIODevice* m_io = nullptr;
    std::unique_ptr<OpusEncoderSink> m_encoder;
    QByteArray m_chunk; ///< reused read buffer, wiped after each use
    QByteArray m_recording;
    State m_state = State::Idle;
    bool m_allowed = false;
    bool m_microphoneAvailable = false;
    double m_level = 0.0;
    qint64 m_frames = 0;
    int m_durationMs = 0;
    int m_maxSeconds = 120;
    QString m_errorString;
};

} // namespace chorus
