#pragma once

#include <QLoggingCategory>

// One category for the hub library. Nothing personal (answers, names, codes, tokens,
// secrets) is ever logged.
Q_DECLARE_LOGGING_CATEGORY(lcHub)
