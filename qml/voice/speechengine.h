#pragma once

#include <QList>
#include <QLocale>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace chorus {

/**
 * One text-to-speech engine (Qt TextToSpeech's default, here flite). Made by the audio plugin
 * (chorus_audio, audioplugin.cpp), so that Qt TextToSpeech is not loaded with the app at
 * start, only with the first "Read aloud" (bench/startup_bench).
 */
class SpeechEngine
{
public:
    enum class State { Ready, Speaking, Error };

    virtual ~SpeechEngine() = default;

    /** The engine could not start; why is in problem(). */
    [[nodiscard]] virtual bool failed() const = 0;
    /** The engine's own account of its last error, in English, for the log. */
    [[nodiscard]] virtual QString problem() const = 0;
    [[nodiscard]] virtual QString name() const = 0;
    [[nodiscard]] virtual QList<QLocale> locales() const = 0;
    virtual void setLocale(const QLocale& locale) = 0;
    /** The engine has at least one voice for the locale set. */
    [[nodiscard]] virtual bool hasVoices() const = 0;
    /** -1 (slow) .. 0 (normal) .. 1 (fast). */
    virtual void setRate(double rate) = 0;
    virtual void say(const QString& text) = 0;
    virtual void stop() = 0;
    /** Called with each new state (a pause counts as Ready). */
    virtual void onStateChanged(std::function<void(State)> changed) = 0;

protected:
    SpeechEngine() = default;
    SpeechEngine(const SpeechEngine&) = default;
    SpeechEngine& operator=(const SpeechEngine&) = default;
};

/** The audio plugin's speech side: which engines there are, and a new one on request. */
class SpeechEngines
{
public:
    virtual ~SpeechEngines() = default;
    /** Some text-to-speech engine is installed. */
    [[nodiscard]] virtual bool installed() const = 0;
    [[nodiscard]] virtual std::unique_ptr<SpeechEngine> create() const = 0;

protected:
    SpeechEngines() = default;
    SpeechEngines(const SpeechEngines&) = default;
    SpeechEngines& operator=(const SpeechEngines&) = default;
};

/** The audio plugin's engines, loading it on the first call (main thread); null, with the
 *  reason logged, when the plugin cannot be loaded. */
const SpeechEngines* speechEngines();

} // namespace chorus

#define CHORUS_SPEECH_ENGINES_IID "org.chorus.SpeechEngines/1"
Q_DECLARE_INTERFACE(chorus::SpeechEngines, CHORUS_SPEECH_ENGINES_IID)
