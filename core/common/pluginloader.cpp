#include "pluginloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPluginLoader>
#include <QStringList>

namespace chorus {

LoadedPlugin loadChorusPlugin(const QString& fileName)
{
    const QDir bin(QCoreApplication::applicationDirPath());
    const QStringList candidates{bin.filePath(QStringLiteral("../lib/chorus/") + fileName),
                                 bin.filePath(fileName)};
    QStringList problems;
    for (const QString& path : candidates) {
        if (!QFileInfo::exists(path)) {
            continue;
        }
        QPluginLoader loader(QDir::cleanPath(path));
        if (QObject* instance = loader.instance()) {
            return {instance, {}};
        }
        problems << loader.errorString();
    }
    if (problems.isEmpty()) {
        problems << QStringLiteral("%1 is not installed in %2")
                        .arg(fileName,
                             QDir::cleanPath(candidates.constFirst() + QStringLiteral("/..")));
    }
    return {nullptr, QStringLiteral("a part of Chorus could not be loaded: %1")
                         .arg(problems.join(QStringLiteral("; ")))};
}

} // namespace chorus
