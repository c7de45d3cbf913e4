#include "voicelogging.h"

Q_LOGGING_CATEGORY(lcVoice, "chorus.voice")
