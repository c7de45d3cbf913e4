#include "voicenotestore.h"

#include "core/store/responses.h"
#include "voicelogging.h"

namespace chorus {

Result<Response> saveVoiceNote(VoiceNoteSource& recorder, Responses& responses, Response answer)
{
    if (recorder.recording().isEmpty()) {
        return makeError(Error::Code::Invalid, QStringLiteral("media: no finished voice note"));
    }
    answer.kind = AnswerKind::Audio;
    answer.media = recorder.recording();
    answer.mediaType = QStringLiteral("audio/ogg");
    answer.durationMs = recorder.durationMs();
    auto saved = responses.save(std::move(answer));
    if (!saved) {
        qCWarning(lcVoice) << "voice note not saved:" << int(saved.error().code);
        recorder.noteNotSaved(saved.error().code == Error::Code::ConsentMissing);
        return saved.error();
    }
    // Drop this copy, so that the recorder holds the only one and its wipe reaches the bytes.
    saved->media = QByteArray();
    recorder.noteSaved();
    return saved;
}

} // namespace chorus
