#include "readaloud.h"

#include "uilogging.h"

#include <QTextToSpeech>

namespace {
ReadAloud* s_instance = nullptr;
}

ReadAloud::ReadAloud(QObject* parent) : QObject(parent) {}

ReadAloud::~ReadAloud()
{
    if (s_instance == this) {
        s_instance = nullptr;
    }
}

ReadAloud* ReadAloud::create(QQmlEngine*, QJSEngine*)
{
    Q_ASSERT(s_instance);
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

void ReadAloud::setInstance(ReadAloud* instance)
{
    s_instance = instance;
}

bool ReadAloud::ensureEngine()
{
    if (m_tts) {
        return m_tts->state() != QTextToSpeech::Error;
    }
    if (QTextToSpeech::availableEngines().isEmpty()) {
        setMessage(tr("Reading aloud is not available on this device.", "@info:status"));
        return false;
    }
    m_tts = std::make_unique<QTextToSpeech>();
    connect(m_tts.get(), &QTextToSpeech::stateChanged, this, [this](QTextToSpeech::State state) {
        setSpeaking(state == QTextToSpeech::Speaking);
        if (state == QTextToSpeech::Error) {
            qCInfo(lcUi) << "text to speech failed";
            setMessage(tr("Reading aloud did not work. Is there a speaker or headphones?",
                          "@info:status"));
        }
    });
    if (m_tts->state() == QTextToSpeech::Error) {
        setMessage(tr("Reading aloud is not available on this device.", "@info:status"));
        return false;
    }
    return true;
}

void ReadAloud::speak(const QString& text)
{
    if (text.trimmed().isEmpty() || !ensureEngine()) {
        return;
    }
    setMessage({});
    m_tts->say(text);
}

void ReadAloud::stop()
{
    if (m_tts) {
        m_tts->stop();
    }
}

void ReadAloud::setMessage(const QString& message)
{
    if (message != m_message) {
        m_message = message;
        emit messageChanged();
    }
}

void ReadAloud::setSpeaking(bool speaking)
{
    if (speaking != m_speaking) {
        m_speaking = speaking;
        emit speakingChanged();
    }
}
