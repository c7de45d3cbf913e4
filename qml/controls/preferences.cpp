#include "qml/controls/preferences.h"

#include <QGuiApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <QSettings>

namespace {
// The UI's category (qml/app/backend/uilogging.h) under the same name: Chorus.Controls
// links nothing of the app module. Nothing personal is logged.
Q_LOGGING_CATEGORY(lcUi, "chorus.ui")
Preferences* s_instance = nullptr;
const QStringList kLanguages = {QStringLiteral("en"), QStringLiteral("cy"), QStringLiteral("ar")};
// The on-screen keyboard's choices, as CHORUS_KEYBOARD spells them
// (app/backend/onscreenkeyboard.h).
const QStringList kKeyboardChoices = {QStringLiteral("automatic"), QStringLiteral("onscreen"),
                                      QStringLiteral("hardware")};
constexpr auto kKeyboardKey = "onScreenKeyboard";
constexpr auto kDyslexicFontKey = "dyslexicFont";
constexpr auto kTextScaleKey = "textScale";

/** A language's own name for itself. */
QString nativeName(const QString& code)
{
    if (code == QLatin1String("cy")) {
        return QStringLiteral("Cymraeg");
    }
    if (code == QLatin1String("ar")) {
        return QStringLiteral("العربية");
    }
    return QStringLiteral("English");
}

QString validKeyboardChoice(const QString& saved)
{
    return kKeyboardChoices.contains(saved) ? saved : kKeyboardChoices.constFirst();
}
} // namespace

Preferences::Preferences(const QString& settingsPath, QObject* parent) : QObject(parent)
{
    if (!settingsPath.isEmpty()) {
        m_settings = std::make_unique<QSettings>(settingsPath, QSettings::IniFormat);
        const QString lang = m_settings->value("language", m_language).toString();
        m_language = kLanguages.contains(lang) ? lang : QStringLiteral("en");
        m_textScale =
            qBound(kMinTextScale, m_settings->value(kTextScaleKey, 1.0).toReal(), kMaxTextScale);
        m_highContrast = m_settings->value("highContrast", false).toBool();
        m_dyslexicFont = m_settings->value(kDyslexicFontKey, false).toBool();
        m_reducedMotion = m_settings->value("reducedMotion", false).toBool();
        m_idleLockSeconds =
            qBound(kMinIdleLockSeconds,
                   m_settings->value("idleLockSeconds", kDefaultIdleLockSeconds).toInt(),
                   kMaxIdleLockSeconds);
        m_activityIdleLockSeconds = qBound(
            m_idleLockSeconds,
            m_settings->value("activityIdleLockSeconds", kDefaultActivityIdleLockSeconds).toInt(),
            kMaxActivityIdleLockSeconds);
        m_hubAddress = m_settings->value("hubAddress").toString();
        m_keyboard = validKeyboardChoice(m_settings->value(kKeyboardKey).toString());
    }
    applyLanguage();
}

Preferences::~Preferences()
{
    QCoreApplication::removeTranslator(&m_translator);
    if (s_instance == this) {
        s_instance = nullptr;
    }
}

Preferences* Preferences::create(QQmlEngine* engine, QJSEngine*)
{
    Q_ASSERT(s_instance);
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    if (!s_instance->m_engine) {
        s_instance->m_engine = engine;
        // The engine may have installed Qt's own translator since, and every LanguageChange
        // resets the application's direction from that translator (Qt 6.4): set it again.
        s_instance->applyLayoutDirection();
    }
    return s_instance;
}

void Preferences::setInstance(Preferences* instance)
{
    s_instance = instance;
}

void Preferences::setLanguage(const QString& code)
{
    if (code == m_language || !kLanguages.contains(code)) {
        return;
    }
    m_language = code;
    save("language", code);
    applyLanguage();
    emit languageChanged();
}

bool Preferences::rightToLeft() const
{
    return m_language == QLatin1String("ar");
}

QStringList Preferences::languages() const
{
    return kLanguages;
}

QString Preferences::languageName(const QString& code) const
{
    return nativeName(code);
}

QStringList Preferences::languageNames()
{
    QStringList names;
    for (const QString& code : kLanguages) {
        names << nativeName(code);
    }
    return names;
}

QString Preferences::fontFamilyFor(bool dyslexicFont)
{
    return dyslexicFont ? QStringLiteral("OpenDyslexic") : QStringLiteral("Noto Sans");
}

QFont Preferences::textFontAtStart(const QString& settingsPath)
{
    QFont font(fontFamilyFor(false));
    font.setPixelSize(kBodyTextPixels);
    if (settingsPath.isEmpty()) {
        return font;
    }
    const QSettings settings(settingsPath, QSettings::IniFormat);
    font.setFamily(fontFamilyFor(settings.value(kDyslexicFontKey, false).toBool()));
    const qreal scale =
        qBound(kMinTextScale, settings.value(kTextScaleKey, 1.0).toReal(), kMaxTextScale);
    font.setPixelSize(qRound(kBodyTextPixels * scale));
    return font;
}

void Preferences::setTextScale(qreal scale)
{
    scale = qBound(kMinTextScale, scale, kMaxTextScale);
    if (qFuzzyCompare(scale, m_textScale)) {
        return;
    }
    m_textScale = scale;
    save(kTextScaleKey, scale);
    emit textScaleChanged();
}

void Preferences::setHighContrast(bool on)
{
    if (on != m_highContrast) {
        m_highContrast = on;
        save("highContrast", on);
        emit highContrastChanged();
    }
}

void Preferences::setDyslexicFont(bool on)
{
    if (on != m_dyslexicFont) {
        m_dyslexicFont = on;
        save(kDyslexicFontKey, on);
        emit dyslexicFontChanged();
    }
}

void Preferences::setReducedMotion(bool on)
{
    if (on != m_reducedMotion) {
        m_reducedMotion = on;
        save("reducedMotion", on);
        emit reducedMotionChanged();
    }
}

void Preferences::setIdleLockSeconds(int seconds)
{
    seconds = qBound(kMinIdleLockSeconds, seconds, kMaxIdleLockSeconds);
    if (seconds != m_idleLockSeconds) {
        m_idleLockSeconds = seconds;
        save("idleLockSeconds", seconds);
        emit idleLockSecondsChanged();
    }
}

void Preferences::setActivityIdleLockSeconds(int seconds)
{
    // Never shorter than the plain limit: a child in an activity gets at least as long.
    seconds = qBound(m_idleLockSeconds, seconds, kMaxActivityIdleLockSeconds);
    if (seconds != m_activityIdleLockSeconds) {
        m_activityIdleLockSeconds = seconds;
        save("activityIdleLockSeconds", seconds);
        emit activityIdleLockSecondsChanged();
    }
}

void Preferences::setHubAddress(const QString& address)
{
    const QString trimmed = address.trimmed();
    if (trimmed != m_hubAddress) {
        m_hubAddress = trimmed;
        save("hubAddress", trimmed);
        emit hubAddressChanged();
    }
}

void Preferences::setKeyboard(const QString& choice)
{
    if (choice != m_keyboard && kKeyboardChoices.contains(choice)) {
        m_keyboard = choice;
        save(kKeyboardKey, choice);
        emit keyboardChanged();
    }
}

QString Preferences::keyboardAtStart(const QString& settingsPath)
{
    if (settingsPath.isEmpty()) {
        return kKeyboardChoices.constFirst();
    }
    const QSettings settings(settingsPath, QSettings::IniFormat);
    return validKeyboardChoice(settings.value(kKeyboardKey).toString());
}

void Preferences::applyLanguage()
{
    // Dates and numbers in the app's language everywhere (Qt.locale(), QLocale()), not the
    // system's: "4 Dec 2026" order in English (British), Welsh and Arabic month names.
    QLocale::setDefault(
        QLocale(m_language == QLatin1String("en") ? QStringLiteral("en_GB") : m_language));
    QCoreApplication::removeTranslator(&m_translator);
    if (m_language != QLatin1String("en")) {
        if (m_translator.load(QStringLiteral(":/i18n/chorus_%1.qm").arg(m_language))) {
            QCoreApplication::installTranslator(&m_translator);
        } else {
            qCWarning(lcUi) << "no translation for" << m_language;
        }
    }
    applyLayoutDirection();
    if (m_engine) {
        m_engine->retranslate();
    }
}

void Preferences::applyLayoutDirection() const
{
    if (qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        QGuiApplication::setLayoutDirection(rightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
    }
}

void Preferences::save(const char* key, const QVariant& value)
{
    if (m_settings) {
        m_settings->setValue(QLatin1String(key), value);
    }
}
