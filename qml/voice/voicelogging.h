#pragma once

#include <QLoggingCategory>

// The voice library's one logging category. It logs states and error kinds only: never
// audio, answers, names or anything a child said (MED-3).
Q_DECLARE_LOGGING_CATEGORY(lcVoice)
