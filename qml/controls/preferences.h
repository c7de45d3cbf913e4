#pragma once

#include <QFont>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QString>
#include <QTranslator>

#include <memory>

class QSettings;

/**
 * The device's display and language settings: nothing personal, so they live in a plain
 * settings file beside the store. Switching the language installs its translator, sets the
 * layout direction and retranslates every qsTr binding at once.
 */
class Preferences : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(bool rightToLeft READ rightToLeft NOTIFY languageChanged)
    Q_PROPERTY(QStringList languages READ languages CONSTANT)
    Q_PROPERTY(qreal textScale READ textScale WRITE setTextScale NOTIFY textScaleChanged)
    Q_PROPERTY(bool highContrast READ highContrast WRITE setHighContrast NOTIFY highContrastChanged)
    Q_PROPERTY(bool dyslexicFont READ dyslexicFont WRITE setDyslexicFont NOTIFY dyslexicFontChanged)
    /** The text font's family: the dyslexia-friendly one when chosen (the Theme's fonts). */
    Q_PROPERTY(QString fontFamily READ fontFamily NOTIFY dyslexicFontChanged)
    /** The body text's size in pixels at text scale 1 (the Theme scales it). */
    Q_PROPERTY(int bodyTextPixels READ bodyTextPixels CONSTANT)
    Q_PROPERTY(
        bool reducedMotion READ reducedMotion WRITE setReducedMotion NOTIFY reducedMotionChanged)
    Q_PROPERTY(int idleLockSeconds READ idleLockSeconds WRITE setIdleLockSeconds NOTIFY
                   idleLockSecondsChanged)
    /** The idle limit while a child is in an activity: longer than idleLockSeconds (a
     *  drawing takes thought), still bounded (kMaxActivityIdleLockSeconds). */
    Q_PROPERTY(int activityIdleLockSeconds READ activityIdleLockSeconds WRITE
                   setActivityIdleLockSeconds NOTIFY activityIdleLockSecondsChanged)
    Q_PROPERTY(QString hubAddress READ hubAddress WRITE setHubAddress NOTIFY hubAddressChanged)
    /** Text is typed on Qt's on-screen keyboard (issue 15; chosen at start, before the
     *  application object: app/backend/onscreenkeyboard.h), so the window shows its panel. */
    Q_PROPERTY(bool onScreenKeyboard READ onScreenKeyboard CONSTANT)
    /** The owner's choice for the on-screen keyboard (issue 15): "automatic" (when a touch
     *  screen has no keyboard), "onscreen" (always) or "hardware" (never). Read before the
     *  application object at the next start (keyboardAtStart), so a change shows then. */
    Q_PROPERTY(QString keyboard READ keyboard WRITE setKeyboard NOTIFY keyboardChanged)

public:
    static constexpr int kBodyTextPixels = 20;
    static constexpr qreal kMinTextScale = 1.0;
    static constexpr qreal kMaxTextScale = 2.0;
    static constexpr int kDefaultIdleLockSeconds = 120;
    static constexpr int kMinIdleLockSeconds = 30;
    static constexpr int kMaxIdleLockSeconds = 30 * 60;
    static constexpr int kDefaultActivityIdleLockSeconds = 10 * 60;
    static constexpr int kMaxActivityIdleLockSeconds = 30 * 60;

    /** settingsPath empty: nothing is persisted (tests). */
    // No default arguments: Qt 6.4 builds a default-constructible singleton itself instead
    // of calling create(), which would give QML a second, unconnected instance.
    explicit Preferences(const QString& settingsPath, QObject* parent = nullptr);
    ~Preferences() override;

    /** The instance main() built; QML's singleton is this object. */
    static Preferences* create(QQmlEngine* engine, QJSEngine* js);
    static void setInstance(Preferences* instance);
    /** The engine whose bindings are retranslated when the language changes. */
    void setEngine(QQmlEngine* engine) { m_engine = engine; }

    [[nodiscard]] QString language() const { return m_language; }
    [[nodiscard]] static bool onScreenKeyboard()
    {
        return qEnvironmentVariable("QT_IM_MODULE") == QLatin1String("qtvirtualkeyboard");
    }
    void setLanguage(const QString& code);
    [[nodiscard]] bool rightToLeft() const;
    [[nodiscard]] QStringList languages() const;
    /** The language's own name for itself ("Cymraeg"), so anyone can find theirs. */
    Q_INVOKABLE QString languageName(const QString& code) const;
    /** Every language's own name, in the order of languages(): what the language picker shows. */
    [[nodiscard]] static QStringList languageNames();

    [[nodiscard]] qreal textScale() const { return m_textScale; }
    void setTextScale(qreal scale);
    [[nodiscard]] bool highContrast() const { return m_highContrast; }
    void setHighContrast(bool on);
    [[nodiscard]] bool dyslexicFont() const { return m_dyslexicFont; }
    void setDyslexicFont(bool on);
    [[nodiscard]] QString fontFamily() const { return fontFamilyFor(m_dyslexicFont); }
    [[nodiscard]] static int bodyTextPixels() { return kBodyTextPixels; }
    [[nodiscard]] static QString fontFamilyFor(bool dyslexicFont);
    /** The body text's font as the settings file at settingsPath sets it (family and text
     *  scale), read without an application object: the app's default font at start. */
    [[nodiscard]] static QFont textFontAtStart(const QString& settingsPath);
    [[nodiscard]] bool reducedMotion() const { return m_reducedMotion; }
    void setReducedMotion(bool on);
    [[nodiscard]] int idleLockSeconds() const { return m_idleLockSeconds; }
    void setIdleLockSeconds(int seconds);
    [[nodiscard]] int activityIdleLockSeconds() const { return m_activityIdleLockSeconds; }
    /** Bounded from the plain idle limit up to kMaxActivityIdleLockSeconds. */
    void setActivityIdleLockSeconds(int seconds);
    [[nodiscard]] QString hubAddress() const { return m_hubAddress; }
    void setHubAddress(const QString& address);
    [[nodiscard]] QString keyboard() const { return m_keyboard; }
    /** Anything but the three choices is refused (the saved value stays as it was). */
    void setKeyboard(const QString& choice);
    /** The saved keyboard choice in the settings file at settingsPath, read without an
     *  application object (an input method is chosen before there is one); "automatic" when
     *  nothing valid is saved. */
    [[nodiscard]] static QString keyboardAtStart(const QString& settingsPath);

signals:
    void languageChanged();
    void textScaleChanged();
    void highContrastChanged();
    void dyslexicFontChanged();
    void reducedMotionChanged();
    void idleLockSecondsChanged();
    void activityIdleLockSecondsChanged();
    void hubAddressChanged();
    void keyboardChanged();

private:
    void applyLanguage();
    void applyLayoutDirection() const;
    void save(const char* key, const QVariant& value);

    std::unique_ptr<QSettings> m_settings;
    QTranslator m_translator;
    QPointer<QQmlEngine> m_engine;
    QString m_language = QStringLiteral("en");
    qreal m_textScale = 1.0;
    bool m_highContrast = false;
    bool m_dyslexicFont = false;
    bool m_reducedMotion = false;
    int m_idleLockSeconds = kDefaultIdleLockSeconds;
    int m_activityIdleLockSeconds = kDefaultActivityIdleLockSeconds;
    QString m_hubAddress;
    QString m_keyboard = QStringLiteral("automatic");
};
