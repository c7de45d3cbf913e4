#pragma once

#include <QLoggingCategory>

// One category per library. Nothing personal (answers, names, keys, tokens) is ever logged.
Q_DECLARE_LOGGING_CATEGORY(lcStore)
