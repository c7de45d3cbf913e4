// chorus_audio: read-aloud's sound, loaded with QPluginLoader on the first "Read aloud", never
// at start: the audio-output check (audiooutputs.h, Qt Multimedia) and the speech engine
// (speechengine.h, Qt TextToSpeech).
#include "audiooutputs.h"
#include "speechengine.h"

#include <QAudioDevice>
#include <QDebug>
#include <QMediaDevices>
#include <QTextToSpeech>
#include <QtPlugin>

namespace chorus {

namespace {

/** Qt TextToSpeech's default engine behind the plugin's interface. */
class QtSpeechEngine : public SpeechEngine
{
public:
    [[nodiscard]] bool failed() const override { return m_tts.state() == QTextToSpeech::Error; }
    [[nodiscard]] QString problem() const override
    {
        QString reason;
        QDebug(&reason).nospace() << m_tts.errorReason() << ": " << m_tts.errorString();
        return reason;
    }
    [[nodiscard]] QString name() const override { return m_tts.engine(); }
    [[nodiscard]] QList<QLocale> locales() const override { return m_tts.availableLocales(); }
    void setLocale(const QLocale& locale) override { m_tts.setLocale(locale); }
    [[nodiscard]] bool hasVoices() const override { return !m_tts.availableVoices().isEmpty(); }
    void setRate(double rate) override { m_tts.setRate(rate); }
    void say(const QString& text) override { m_tts.say(text); }
    void stop() override { m_tts.stop(); }
    void onStateChanged(std::function<void(State)> changed) override
    {
        QObject::connect(&m_tts, &QTextToSpeech::stateChanged, &m_tts,
                         [changed = std::move(changed)](QTextToSpeech::State s) {
                             changed(s == QTextToSpeech::Speaking ? State::Speaking
                                     : s == QTextToSpeech::Error  ? State::Error
                                                                  : State::Ready);
                         });
    }

private:
    QTextToSpeech m_tts;
};

} // namespace

class ReadAloudAudio : public QObject, public AudioOutputs, public SpeechEngines
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID CHORUS_AUDIO_OUTPUTS_IID)
    Q_INTERFACES(chorus::AudioOutputs chorus::SpeechEngines)

public:
    [[nodiscard]] bool any() const override { return !QMediaDevices::audioOutputs().isEmpty(); }
    [[nodiscard]] bool installed() const override
    {
        return !QTextToSpeech::availableEngines().isEmpty();
    }
    [[nodiscard]] std::unique_ptr<SpeechEngine> create() const override
    {
        return std::make_unique<QtSpeechEngine>();
    }
};

} // namespace chorus

#include "audioplugin.moc"
