#include "audiooutputs.h"

#include "core/common/pluginloader.h"
#include "voicelogging.h"

namespace chorus {

bool hasAudioOutput()
{
    static const AudioOutputs* outputs = [] {
        const LoadedPlugin plugin = loadChorusPlugin(QStringLiteral(CHORUS_AUDIO_PLUGIN_FILE));
        auto* found = qobject_cast<AudioOutputs*>(plugin.instance);
        if (!found) {
            qCWarning(lcVoice) << "no audio device check:" << plugin.error;
        }
        return found;
    }();
    return !outputs || outputs->any();
}

} // namespace chorus
