#pragma once

#include <QObject>
#include <QQmlEngine>

#include <memory>

class QTextToSpeech;

/**
 * Reads prompts and choices aloud with Qt TextToSpeech. The engine is created on the first
 * request, so pages load (and tests run) without touching audio; where no engine or audio
 * device exists, `message` says so in words.
 */
class ReadAloud : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool speaking READ speaking NOTIFY speakingChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)

public:
    // Not default-constructible, so that QML calls create() (see Preferences).
    explicit ReadAloud(QObject* parent);
    ~ReadAloud() override;

    static ReadAloud* create(QQmlEngine* engine, QJSEngine* js);
    static void setInstance(ReadAloud* instance);

    [[nodiscard]] bool speaking() const { return m_speaking; }
    [[nodiscard]] QString message() const { return m_message; }

    Q_INVOKABLE void speak(const QString& text);
    Q_INVOKABLE void stop();

signals:
    void speakingChanged();
    void messageChanged();

private:
    bool ensureEngine();
    void setMessage(const QString& message);
    void setSpeaking(bool speaking);

    std::unique_ptr<QTextToSpeech> m_tts;
    bool m_speaking = false;
    QString m_message;
};
