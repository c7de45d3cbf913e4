#include "uicatalogue.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace chorus::ui {

QUrl mainUrl()
{
    return QUrl(QStringLiteral("qrc:/qt/qml/Chorus/app/Main.qml"));
}

QUrl startPageUrl(bool hasStore)
{
    return mainUrl().resolved(QUrl(hasStore ? QStringLiteral("pages/UnlockPage.qml")
                                            : QStringLiteral("pages/FirstRunPage.qml")));
}

QString importPath()
{
    return QStringLiteral("qrc:/qt/qml");
}

QString pluginImportPath()
{
    // Installed, the modules sit with Chorus's other plugins (<prefix>/lib/chorus/qml: no
    // top-level qml/ folder under /usr); the build tree keeps them in <build>/qml, where
    // qmllint and the tests find them.
    const QDir bin(QCoreApplication::applicationDirPath());
    const QString installed = QDir::cleanPath(bin.filePath(QStringLiteral("../lib/chorus/qml")));
    return QFileInfo::exists(installed) ? installed
                                        : QDir::cleanPath(bin.filePath(QStringLiteral("../qml")));
}

namespace {

QVariantMap option(const QString& id, const QString& label, const QString& picture)
{
    return {{"optionId", id}, {"label", label}, {"picture", picture}};
}

/** A card sort like the built-in pack's, into piles or (rank) in order; one card sorted. */
void addCardSortSample(QVariantMap& a, bool rank)
{
    a.insert("type", QStringLiteral("card-sort"));
    a.insert("sortMode", rank ? QStringLiteral("rank") : QStringLiteral("piles"));
    a.insert("prompt", rank ? QStringLiteral("Put the cards in order: what matters most first.")
                            : QStringLiteral("What matters to you? Put each card in a pile."));
    a.insert("options",
             QVariantList{option("friends", "Friends", "friends"),
                          option("family", "Family", "family"),
                          option("school", "School", "school"), option("pets", "Pets", "pets"),
                          option("games", "Games", "games"), option("home", "Home", "home")});
    if (!rank) {
        // One card already sorted, as a child half-way through sees it.
        a.insert("answer",
                 QVariantMap{{"value", QVariantMap{{"piles", QVariantMap{
                                                                 {"really", QStringList{"friends"}},
                                                             }}}}});
        a.insert("piles",
                 QVariantList{QVariantMap{{"pileId", "really"}, {"label", "Really matters"}},
                              QVariantMap{{"pileId", "a-bit"}, {"label", "Matters a bit"}},
                              QVariantMap{{"pileId", "not"}, {"label", "Doesn't matter"}}});
    }
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
    } else if (type == QLatin1String("card-sort") || type == QLatin1String("card-sort-rank")) {
        addCardSortSample(a, type == QLatin1String("card-sort-rank"));
    } else if (type == QLatin1String("feelings-timeline")) {
        a.insert("prompt", QStringLiteral("How did you feel before, how do you feel now, and how "
                                          "do you think you will feel next?"));
        a.insert("answer",
                 QVariantMap{
                     {"value", QVariantMap{{"timeline", QVariantMap{{"before", 2}, {"now", 4}}}}}});
    } else if (type == QLatin1String("circles")) {
        a.insert("prompt", QStringLiteral("Who is important to you? Put the people closest to "
                                          "you in the middle."));
        const auto person = [](const char* key, const char* value, const char* place) {
            return QVariantMap{{QString::fromLatin1(key), QString::fromLatin1(value)},
                               {"place", QString::fromLatin1(place)}};
        };
        a.insert(
            "answer",
            QVariantMap{{"value", QVariantMap{{"circles", QVariantList{
                                                              person("role", "mum", "ring-1"),
                                                              person("role", "friend", "ring-2"),
                                                              person("label", "Auntie", "ring-2"),
                                                              person("role", "teacher", "ring-3"),
                                                              person("role", "pet", "outside"),
                                                          }}}}});
    } else if (type == QLatin1String("feelings-scale")) {
        a.insert("prompt", QStringLiteral("How do you feel today?"));
    } else if (type == QLatin1String("drawing")) {
        a.insert("prompt", QStringLiteral("Draw something that made you smile this week."));
        a.insert("parts", QVariantList());
        a.insert("allowVoice", false);
        a.insert("maxVoiceSeconds", 120);
    } else if (type == QLatin1String("three-houses")) {
        a.insert("prompt", QStringLiteral("Let's think about three houses: a house of worries, a "
                                          "house of good things and a house of dreams."));
        a.insert("parts", QVariantList());
        a.insert("allowVoice", false);
        a.insert("maxVoiceSeconds", 120);
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
    return {n, QUrl(QStringLiteral("qrc:/qt/qml/Chorus/app/pages/%1.qml").arg(n)), false, {}};
}

/** A page of the Team screens (Chorus.Team, issue 8); without a hub they show signed out
 *  or empty, which is what the walks and screenshots check. */
CatalogueEntry teamPage(const char* name)
{
    const QString n = QString::fromLatin1(name);
    return {n, QUrl(QStringLiteral("qrc:/qt/qml/Chorus/Team/%1.qml").arg(n)), false, {}};
}

CatalogueEntry activity(const char* name, const char* type)
{
    const QString n = QString::fromLatin1(name);
    return {n, QUrl(QStringLiteral("qrc:/qt/qml/Chorus/app/activities/%1.qml").arg(n)), true,
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
            page("SyncPage"),
            page("NeutralPage"),
            page("ReviewQueuePage"),
            page("WeDidPage"),
            teamPage("TeamScreen"),
            teamPage("TeamConsultationsPage"),
            teamPage("TeamFeedbackPage"),
            teamPage("TeamThemesPage"),
            teamPage("TeamActionsPage"),
            teamPage("TeamFrameworkPage"),
            teamPage("TeamExportPage"),
            activity("FeelingsScaleActivity", "feelings-scale"),
            activity("ChoiceActivity", "choice"),
            activity("FreeTextActivity", "free-text"),
            activity("MagicWandActivity", "magic-wand"),
            activity("CardSortActivity", "card-sort"),
            {QStringLiteral("CardSortActivityRank"),
             QUrl(QStringLiteral("qrc:/qt/qml/Chorus/app/activities/CardSortActivity.qml")), true,
             sample(QStringLiteral("card-sort-rank"))},
            activity("FeelingsTimelineActivity", "feelings-timeline"),
            activity("CirclesActivity", "circles"),
            activity("DrawingActivity", "drawing"),
            activity("ThreeHousesActivity", "three-houses"),
            activity("UnavailableActivity", "not-yet-known")};
}

} // namespace chorus::ui
