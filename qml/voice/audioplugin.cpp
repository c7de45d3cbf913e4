// chorus_audio: the audio-output check of read-aloud (audiooutputs.h), with Qt Multimedia.
// Loaded with QPluginLoader on the first "Read aloud", never at start.
#include "audiooutputs.h"

#include <QAudioDevice>
#include <QMediaDevices>
#include <QtPlugin>

namespace chorus {

class MultimediaAudioOutputs : public QObject, public AudioOutputs
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID CHORUS_AUDIO_OUTPUTS_IID)
    Q_INTERFACES(chorus::AudioOutputs)

public:
    [[nodiscard]] bool any() const override { return !QMediaDevices::audioOutputs().isEmpty(); }
};

} // namespace chorus

#include "audioplugin.moc"
