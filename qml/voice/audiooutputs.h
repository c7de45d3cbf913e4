#pragma once

#include <QObject>

namespace chorus {

/**
 * Whether the device has somewhere to play sound, from Qt Multimedia (QMediaDevices). In a
 * plugin of its own (chorus_audio, audioplugin.cpp) so that read-aloud, which is linked into
 * the app, does not bring Qt Multimedia and the audio stack onto the start path.
 */
class AudioOutputs
{
public:
    virtual ~AudioOutputs() = default;
    [[nodiscard]] virtual bool any() const = 0;

protected:
    AudioOutputs() = default;
    AudioOutputs(const AudioOutputs&) = default;
    AudioOutputs& operator=(const AudioOutputs&) = default;
};

/** Asks the audio plugin, loading it on the first call (main thread). Without the plugin it
 *  answers true and logs why: the speech engine then reports any failure itself. */
bool hasAudioOutput();

} // namespace chorus

#define CHORUS_AUDIO_OUTPUTS_IID "org.chorus.AudioOutputs/1"
Q_DECLARE_INTERFACE(chorus::AudioOutputs, CHORUS_AUDIO_OUTPUTS_IID)
