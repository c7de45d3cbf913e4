#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

// What the app's C++ (chorus_ui: the session, the review queue) needs from the voice
// controls, as interfaces. The controls live in the Chorus.Voice plugin, which is loaded only
// when a page first shows one (Qt Multimedia and the audio stack cost start-up time); the
// app never links it and reaches a recorder or player through qobject_cast to these.

namespace chorus {

/** A recorder holding a finished voice note that the app can save into the store. */
class VoiceNoteSource
{
public:
    virtual ~VoiceNoteSource() = default;
    /** The finished note (Ogg Opus); empty when there is none to save. */
    [[nodiscard]] virtual const QByteArray& recording() const = 0;
    [[nodiscard]] virtual int durationMs() const = 0;
    /** The store holds the note now: wipe every copy in memory and start afresh. */
    virtual void noteSaved() = 0;
    /** The store refused the note: keep it (nothing is lost) and say why to the child. */
    virtual void noteNotSaved(bool consentMissing) = 0;
    [[nodiscard]] virtual QString errorString() const = 0;

protected:
    VoiceNoteSource() = default;
    VoiceNoteSource(const VoiceNoteSource&) = default;
    VoiceNoteSource& operator=(const VoiceNoteSource&) = default;
};

/** A player that takes a saved note, from memory only. */
class VoiceNoteSink
{
public:
    virtual ~VoiceNoteSink() = default;
    /** Decodes a note (Ogg Opus) for playing; false (with a message) when it cannot. */
    virtual bool loadNote(const QByteArray& ogg) = 0;

protected:
    VoiceNoteSink() = default;
    VoiceNoteSink(const VoiceNoteSink&) = default;
    VoiceNoteSink& operator=(const VoiceNoteSink&) = default;
};

/** Overwrites a buffer's bytes before it is released, so that freed heap holds no audio.
 *  Inline: both the app and the voice plugin use it, and neither links the other. */
inline void wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty() && !bytes.isDetached()) {
        // Another copy still shares the data: wiping would destroy it, so just let go.
        bytes.clear();
        return;
    }
    if (!bytes.isEmpty()) {
        volatile char* p = bytes.data();
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            p[i] = 0;
        }
    }
    bytes.clear();
}

} // namespace chorus

Q_DECLARE_INTERFACE(chorus::VoiceNoteSource, "org.chorus.VoiceNoteSource/1")
Q_DECLARE_INTERFACE(chorus::VoiceNoteSink, "org.chorus.VoiceNoteSink/1")
