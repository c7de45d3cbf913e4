#pragma once

#include "speechengine.h"

#include <QObject>
#include <QString>
#include <QtQmlIntegration/qqmlintegration.h>

#include <memory>

namespace chorus {

/**
 * Speaks prompts and choices with Qt TextToSpeech, in the current language and at an
 * adjustable rate. It says plainly, in `errorString`, when there is no engine, no voice for
 * the language (it then refuses rather than read Welsh with an English voice) or no audio
 * output. The engine is created on first use, so pages load without touching audio, and it
 * comes from the audio plugin (speechengine.h), so that the app starts without Qt TextToSpeech.
 *
 * (The app's `ReadAloud` singleton in qml/app/backend can delegate to this class.)
 */
class ReadAloudEngine : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool engineAvailable READ engineAvailable CONSTANT)
    Q_PROPERTY(QString engineName READ engineName NOTIFY voiceAvailableChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(bool voiceAvailable READ voiceAvailable NOTIFY voiceAvailableChanged)
    Q_PROPERTY(double rate READ rate WRITE setRate NOTIFY rateChanged)
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(bool speaking READ speaking NOTIFY stateChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)

public:
    enum class State { Ready, Speaking, Error };
    Q_ENUM(State)

    explicit ReadAloudEngine(QObject* parent = nullptr);
    ~ReadAloudEngine() override;

    /** Some text-to-speech engine (here flite) is installed. Loads the audio plugin. */
    [[nodiscard]] static bool engineAvailable();
    [[nodiscard]] QString engineName();
    /** BCP 47 language, e.g. "en", "cy", "ar"; defaults to the system locale's. */
    [[nodiscard]] QString language() const { return m_language; }
    void setLanguage(const QString& language);
    /** The engine has a voice for language(). */
    [[nodiscard]] bool voiceAvailable();
    /** -1 (slow) .. 0 (normal) .. 1 (fast). */
    [[nodiscard]] double rate() const { return m_rate; }
    void setRate(double rate);
    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] bool speaking() const { return m_state == State::Speaking; }
    [[nodiscard]] QString errorString() const { return m_errorString; }

public slots:
    /** Starts speaking; false (with errorString set) when it cannot. */
    bool say(const QString& text);
    void stop();

signals:
    void languageChanged();
    void voiceAvailableChanged();
    void rateChanged();
    void stateChanged();
    void errorStringChanged();

private:
    bool ensureEngine();
    void applyLanguage();
    void onEngineState(SpeechEngine::State state);
    void setState(State state);
    void setError(const QString& message);

    std::unique_ptr<SpeechEngine> m_tts;
    QString m_language;
    double m_rate = 0.0;
    bool m_voiceAvailable = false;
    State m_state = State::Ready;
    QString m_errorString;
};

} // namespace chorus
