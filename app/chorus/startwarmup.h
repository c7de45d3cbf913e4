#pragma once

#include <QFont>
#include <QPluginLoader>
#include <QStringList>

#include <memory>
#include <thread>
#include <vector>

namespace chorus::app {

/**
 * Work the unlock screen's first frame needs that can run beside the QML engine's own start,
 * on a second core: reading the system's fonts (fontconfig's configuration and an entry for
 * every font file, about a sixth of the start), finding the fallback fonts for the scripts of
 * that screen's text that its font lacks (the language picker names each language in itself:
 * a fontconfig sort of every installed font per script), and mapping the libraries of the Qt
 * Quick modules that screen imports besides QtQuick itself (their relocation). Meanwhile the
 * main thread builds the engine and its loader thread reads and registers types.
 *
 * All of it is shared, locked state in Qt: QFontDatabase (with the fallback families it has
 * found) is thread-safe, and a plugin library loaded here is the one the engine's own
 * QPluginLoader finds (a first text item or import waits on the lock if this has not
 * finished). Build it once the application object exists; it joins its thread, and keeps the
 * libraries loaded, for its lifetime.
 */
class StartWarmUp
{
public:
    /** `textFont` is the body text's, `text` words the first frame shows in any script. */
    StartWarmUp(const QFont& textFont, const QStringList& text);

    /** The plugin files it loads: those of the modules Main.qml and the unlock page import
        besides QtQuick, in Qt's QML folder. */
    [[nodiscard]] static QStringList pluginPaths();

private:
    /** Filled by the thread only; destroyed after it has joined (declared first). */
    std::vector<std::unique_ptr<QPluginLoader>> m_plugins;
    std::jthread m_thread;
};

} // namespace chorus::app
