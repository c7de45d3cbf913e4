#pragma once

#include "qml/voice/readaloudengine.h"

#include <QObject>
#include <QQmlEngine>

/**
 * The pages' read-aloud: a thin face over the voice module's ReadAloudEngine (the one
 * implementation of Qt TextToSpeech in Chorus), speaking in the app's language at an
 * adjustable rate. The engine starts on the first request, so pages load (and tests run)
 * without touching audio; where no engine, voice or audio device exists, `message` says
 * so in the app's language.
 */
class ReadAloud : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool speaking READ speaking NOTIFY speakingChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(double rate READ rate WRITE setRate NOTIFY rateChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)

public:
    // Not default-constructible, so that QML calls create() (see Preferences).
    explicit ReadAloud(QObject* parent);
    ~ReadAloud() override;

    static ReadAloud* create(QQmlEngine* engine, QJSEngine* js);
    static void setInstance(ReadAloud* instance);

    [[nodiscard]] bool speaking() const { return m_engine.speaking(); }
    [[nodiscard]] QString message() const { return m_message; }
    /** -1 (slow) .. 0 (normal) .. 1 (fast). */
    [[nodiscard]] double rate() const { return m_engine.rate(); }
    void setRate(double rate) { m_engine.setRate(rate); }
    [[nodiscard]] QString language() const { return m_engine.language(); }
    void setLanguage(const QString& language) { m_engine.setLanguage(language); }

    Q_INVOKABLE void speak(const QString& text);
    Q_INVOKABLE void stop();

signals:
    void speakingChanged();
    void messageChanged();
    void rateChanged();
    void languageChanged();

private:
    void explainFailure();
    void setMessage(const QString& message);

    chorus::ReadAloudEngine m_engine;
    QString m_message;
};
