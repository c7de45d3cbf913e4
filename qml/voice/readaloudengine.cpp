#include "readaloudengine.h"

#include "audiooutputs.h"
#include "speechengine.h"
#include "voicelogging.h"

#include <QLocale>

#include <algorithm>

namespace chorus {

ReadAloudEngine::ReadAloudEngine(QObject* parent)
    : QObject(parent), m_language(QLocale().bcp47Name().section('-', 0, 0))
{}

ReadAloudEngine::~ReadAloudEngine() = default;

bool ReadAloudEngine::engineAvailable()
{
    const SpeechEngines* engines = speechEngines();
    return engines && engines->installed();
}

QString ReadAloudEngine::engineName()
{
    return ensureEngine() ? m_tts->name() : QString();
}

bool ReadAloudEngine::ensureEngine()
{
    if (m_tts) {
        return true;
    }
    if (!engineAvailable()) {
        setError(tr("Reading aloud is not available on this device.", "@info:status"));
        setState(State::Error);
        return false;
    }
    m_tts = speechEngines()->create();
    if (m_tts->failed()) {
        qCWarning(lcVoice) << "text to speech engine failed to start:" << m_tts->problem();
        m_tts.reset();
        setError(tr("Reading aloud is not available on this device.", "@info:status"));
        setState(State::Error);
        return false;
    }
    qCInfo(lcVoice) << "text to speech engine:" << m_tts->name();
    m_tts->onStateChanged([this](SpeechEngine::State s) { onEngineState(s); });
    m_tts->setRate(m_rate);
    applyLanguage();
    return true;
}

void ReadAloudEngine::applyLanguage()
{
    if (!m_tts) {
        return;
    }
    const QLocale wanted(m_language);
    const auto locales = m_tts->locales();
    auto match = std::find_if(locales.begin(), locales.end(),
                              [&](const QLocale& l) { return l.language() == wanted.language(); });
    bool available = false;
    if (match != locales.end()) {
        // Prefer the exact country (en_GB) when the engine has it.
        auto exact = std::find(locales.begin(), locales.end(), wanted);
        m_tts->setLocale(exact != locales.end() ? *exact : *match);
        available = m_tts->hasVoices();
    }
    if (available != m_voiceAvailable) {
        m_voiceAvailable = available;
    }
    emit voiceAvailableChanged();
}

void ReadAloudEngine::setLanguage(const QString& language)
{
    if (language == m_language) {
        return;
    }
    m_language = language;
    emit languageChanged();
    applyLanguage();
    if (m_state == State::Error) {
        setError({});
        setState(State::Ready);
    }
}

bool ReadAloudEngine::voiceAvailable()
{
    return ensureEngine() && m_voiceAvailable;
}

void ReadAloudEngine::setRate(double rate)
{
    rate = std::clamp(rate, -1.0, 1.0);
    if (qFuzzyCompare(rate + 2.0, m_rate + 2.0)) {
        return;
    }
    m_rate = rate;
    if (m_tts) {
        m_tts->setRate(rate);
    }
    emit rateChanged();
}

bool ReadAloudEngine::say(const QString& text)
{
    if (text.trimmed().isEmpty() || !ensureEngine()) {
        return false;
    }
    if (!m_voiceAvailable) {
        const QString name = QLocale(m_language).nativeLanguageName();
        setError(name.isEmpty()
                     ? tr("There is no voice for this language on this device, so it cannot be "
                          "read aloud.",
                          "@info:status")
                     : tr("There is no %1 voice on this device, so it cannot be read aloud.",
                          "@info:status")
                           .arg(name));
        setState(State::Error);
        return false;
    }
    // The engines play through the default output; without one they fail silently or late.
    if (!hasAudioOutput()) {
        setError(
            tr("Reading aloud needs a speaker or headphones, and there are none.", "@info:status"));
        setState(State::Error);
        return false;
    }
    setError({});
    if (m_state == State::Error) {
        setState(State::Ready);
    }
    m_tts->say(text);
    return true;
}

void ReadAloudEngine::stop()
{
    if (m_tts) {
        m_tts->stop();
    }
}

void ReadAloudEngine::onEngineState(SpeechEngine::State engineState)
{
    switch (engineState) {
    case SpeechEngine::State::Speaking:
        setState(State::Speaking);
        break;
    case SpeechEngine::State::Ready:
        setState(State::Ready);
        break;
    case SpeechEngine::State::Error:
        qCWarning(lcVoice) << "text to speech failed:" << m_tts->problem();
        setError(
            tr("Reading aloud did not work. Is there a speaker or headphones?", "@info:status"));
        setState(State::Error);
        break;
    }
}

void ReadAloudEngine::setState(State state)
{
    if (state != m_state) {
        m_state = state;
        emit stateChanged();
    }
}

void ReadAloudEngine::setError(const QString& message)
{
    if (message != m_errorString) {
        m_errorString = message;
        emit errorStringChanged();
    }
}

} // namespace chorus
