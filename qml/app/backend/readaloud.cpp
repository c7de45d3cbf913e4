#include "readaloud.h"

namespace {
ReadAloud* s_instance = nullptr;
}

ReadAloud::ReadAloud(QObject* parent) : QObject(parent)
{
    connect(&m_engine, &chorus::ReadAloudEngine::stateChanged, this, [this] {
        emit speakingChanged();
        if (m_engine.state() == chorus::ReadAloudEngine::State::Error) {
            explainFailure();
        }
    });
    connect(&m_engine, &chorus::ReadAloudEngine::rateChanged, this, &ReadAloud::rateChanged);
    connect(&m_engine, &chorus::ReadAloudEngine::languageChanged, this, [this] {
        setMessage({}); // a message about the old language's voice no longer applies
        emit languageChanged();
    });
}

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

void ReadAloud::speak(const QString& text)
{
    if (text.trimmed().isEmpty()) {
        return;
    }
    setMessage({});
    if (!m_engine.say(text)) {
        explainFailure();
    }
}

void ReadAloud::stop()
{
    m_engine.stop();
}

void ReadAloud::explainFailure()
{
    // The engine's own words are for logs and the voice module; the child reads these.
    if (!chorus::ReadAloudEngine::engineAvailable()) {
        setMessage(tr("Reading aloud is not available on this device.", "@info:status"));
    } else if (!m_engine.voiceAvailable()) {
        setMessage(tr("There is no voice for this language on this device, so it cannot be read "
                      "aloud.",
                      "@info:status"));
    } else {
        setMessage(
            tr("Reading aloud did not work. Is there a speaker or headphones?", "@info:status"));
    }
}

void ReadAloud::setMessage(const QString& message)
{
    if (message != m_message) {
        m_message = message;
        emit messageChanged();
    }
}
