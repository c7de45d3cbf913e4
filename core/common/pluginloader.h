#pragma once

#include <QObject>
#include <QString>

namespace chorus {

/** A plugin of Chorus's own, loaded once; `instance` is null when it could not be. */
struct LoadedPlugin
{
    QObject* instance = nullptr;
    QString error; ///< why not, in plain words (English, for the log)
};

/**
 * Loads one of Chorus's plugins (e.g. "libchorus_network.so") from <bin>/../lib/chorus (the
 * build tree and an installed layout alike) or next to the program. The plugins keep code
 * that needs heavy Qt modules (Network, Multimedia) off the app's start path: they are
 * loaded when first needed, after the first frame. The instance lives until the program
 * ends. Call from the main thread.
 */
LoadedPlugin loadChorusPlugin(const QString& fileName);

} // namespace chorus
