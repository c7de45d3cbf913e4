#include "speechengine.h"

#include "core/common/pluginloader.h"
#include "voicelogging.h"

namespace chorus {

const SpeechEngines* speechEngines()
{
    static const SpeechEngines* engines = [] {
        const LoadedPlugin plugin = loadChorusPlugin(QStringLiteral(CHORUS_AUDIO_PLUGIN_FILE));
        auto* found = qobject_cast<SpeechEngines*>(plugin.instance);
        if (!found) {
            qCWarning(lcVoice) << "no text to speech:" << plugin.error;
        }
        return found;
    }();
    return engines;
}

} // namespace chorus
