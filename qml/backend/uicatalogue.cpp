#include "uicatalogue.h"

namespace chorus::ui {

QUrl mainUrl()
{
    return QUrl(QStringLiteral("qrc:/qt/qml/Chorus/Main.qml"));
}

QString importPath()
{
    return QStringLiteral("qrc:/qt/qml");
}

namespace {

QVariantMap option(const QString& id, const QString& label, const QString& picture)
{
    return {{"optionId", id}, {"label", label}, {"picture", picture}};
}

QVariantMap sample(const QString& type)
{
    QVariantMap a{{"activityId", QStringLiteral("sample-") + type},
                  {"type", type},
                  {"answer", QVariantMap()},
                  {"allowVoice", false},
                  {"maxVoiceSeconds", 120}};
    if (type == QLatin1String("choice")) {
        a.insert("prompt", QStringLiteral("What makes your week good?"));
        a.insert("multiple", true);
        a.insert("options",
                 QVariantList{option("friends", "Friends", "friends"),
                              option("pets", "Pets", "pets"), option("music", "Music", "music"),
                              option("outside", "Playing outside", "outside")});
    } else if (type == QLatin1String("feelings-scale")) {
        a.insert("prompt", QStringLiteral("How do you feel today?"));
    } else if (type == QLatin1String("magic-wand")) {
        a.insert("prompt", QStringLiteral("If you had a magic wand, what would you change?"));
        a.insert("allowVoice", true); // shown when the participant agreed to voice
        a.insert("maxVoiceSeconds", 60);
    } else {
        a.insert("prompt", QStringLiteral("Is there anything else you want to tell us?"));
    }
    return a;
}

CatalogueEntry page(const char* name)
{
    const QString n = QString::fromLatin1(name);
    return {n, QUrl(QStringLiteral("qrc:/qt/qml/Chorus/pages/%1.qml").arg(n)), false, {}};
}

CatalogueEntry activity(const char* name, const char* type)
{
    const QString n = QString::fromLatin1(name);
    return {n, QUrl(QStringLiteral("qrc:/qt/qml/Chorus/activities/%1.qml").arg(n)), true,
            sample(QString::fromLatin1(type))};
}

} // namespace

QList<CatalogueEntry> catalogue()
{
    return {page("FirstRunPage"),
            page("UnlockPage"),
            page("HomePage"),
            page("SettingsPage"),
            page("SetupPage"),
            page("ConsentPage"),
            page("SessionPage"),
            page("ReviewPage"),
            page("OwnTimePinPage"),
            page("OwnTimePage"),
            page("NeutralPage"),
            page("ReviewQueuePage"),
            activity("FeelingsScaleActivity", "feelings-scale"),
            activity("ChoiceActivity", "choice"),
            activity("FreeTextActivity", "free-text"),
            activity("MagicWandActivity", "magic-wand"),
            activity("UnavailableActivity", "drawing")};
}

} // namespace chorus::ui
