#pragma once

#include <QLoggingCategory>

// The UI's one logging category. Nothing personal (answers, names, passphrases) is logged.
Q_DECLARE_LOGGING_CATEGORY(lcUi)
