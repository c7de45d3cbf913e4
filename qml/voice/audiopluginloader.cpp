// The app's side of the audio plugin (chorus_audio, audioplugin.cpp): one load, on the first
// "Read aloud", for both of its interfaces.
#include "audiooutputs.h"
#include "speechengine.h"

#include "core/common/pluginloader.h"
#include "voicelogging.h"

namespace chorus {

namespace {

/** The plugin's instance, loaded once (main thread); null, with the reason logged once, when
 *  it cannot be loaded. */
QObject* audioPlugin()
{
    static QObject* const instance = [] {
        const LoadedPlugin plugin = loadChorusPlugin(QStringLiteral(CHORUS_AUDIO_PLUGIN_FILE));
        if (!plugin.instance) {
            qCWarning(lcVoice) << "no text to speech or audio device check:" << plugin.error;
        }
        return plugin.instance;
    }();
    return instance;
}

} // namespace

const SpeechEngines* speechEngines()
{
    return qobject_cast<SpeechEngines*>(audioPlugin());
}

bool hasAudioOutput()
{
    const auto* outputs = qobject_cast<AudioOutputs*>(audioPlugin());
    return !outputs || outputs->any();
}

} // namespace chorus
