#pragma once

#include "core/common/result.h"
#include "core/domain/types.h"
#include "voicenote.h"

namespace chorus {

class Responses;

/**
 * Saves a recorder's finished note as an Audio answer built on `answer` (session,
 * participant, activity, prompt). The core checks consent again. On success the recorder
 * wipes its copy and is ready for a new note; on failure it keeps the note, so nothing is
 * lost, and says why. On the app's side of the voice seam (voicenote.h): it needs the store,
 * the recorder does not.
 */
Result<Response> saveVoiceNote(VoiceNoteSource& recorder, Responses& responses, Response answer);

} // namespace chorus
