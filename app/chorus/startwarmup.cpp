#include "startwarmup.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QLibraryInfo>

namespace chorus::app {

namespace {

/** Under Qt's QML folder. One that is missing (another Qt's layout) is left to the engine. */
constexpr const char* kUnlockScreenPlugins[] = {
    "QtQuick/Layouts/libqquicklayoutsplugin.so",
};

} // namespace

QStringList StartWarmUp::pluginPaths()
{
    const QString qmlFolder = QLibraryInfo::path(QLibraryInfo::QmlImportsPath);
    QStringList paths;
    for (const char* plugin : kUnlockScreenPlugins) {
        paths << qmlFolder + u'/' + QLatin1StringView(plugin);
    }
    return paths;
}

StartWarmUp::StartWarmUp(const QFont& textFont, const QStringList& text)
    : m_thread([this, textFont, text] {
          // The plugins first: the engine's loader thread imports them as soon as it starts,
          // and a library it reaches first it loads itself; the fonts are wanted only when
          // the first text item is made, after those types are read.
          for (const QString& path : pluginPaths()) {
              auto loader = std::make_unique<QPluginLoader>(path);
              if (loader->load()) {
                  // Destroyed on the main thread, after this one has ended.
                  loader->moveToThread(QCoreApplication::instance()->thread());
                  m_plugins.push_back(std::move(loader));
              }
          }
          (void)QFontDatabase::families();
          // Shaping the text looks up the fallback fonts of each script the family lacks and
          // Qt's font database keeps them: the main thread's first text finds them there. (The
          // font engines are not shared: each thread makes its own.)
          (void)QFontMetricsF(textFont).horizontalAdvance(text.join(u' '));
      })
{}

} // namespace chorus::app
