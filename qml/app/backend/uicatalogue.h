#pragma once

#include <QList>
#include <QString>
#include <QUrl>
#include <QVariantMap>

namespace chorus::ui {

/** The module's Main.qml, loaded by URL (Qt 6.4 has no loadFromModule). */
QUrl mainUrl();
/** The page Main.qml shows as the app starts: the first-run page on a device with no store,
 *  else the unlock page (Main.qml's screen Loader; tst_uiservices checks the two agree). */
QUrl startPageUrl(bool hasStore);
/** Where the module lives in the resources; add it to the engine's import paths. */
QString importPath();
/** Where the QML modules that are plugins (Chorus.Voice, loaded on first import, after the
 *  first frame) live: <bin>/../lib/chorus/qml when installed, <bin>/../qml in the build tree. */
QString pluginImportPath();

/** One page or activity component, for the self-test and the UI tests. */
struct CatalogueEntry
{
    QString name; ///< e.g. "UnlockPage"
    QUrl url;
    bool activity = false;
    QVariantMap sample; ///< activities: a sample `activity` to feed the component
};

/** Every page and activity component of the module. */
QList<CatalogueEntry> catalogue();

} // namespace chorus::ui
