#pragma once

// The words for a value over its limit, shared by every validator (the hub's request reader,
// sync/hub/protocol/jsonreader.h, and the store's answers, core/domain/types.cpp), so that
// one limit reads the same wherever it is met.

#include <QString>

namespace chorus {

/** "longer than N characters": the reason a text is refused for its length. */
[[nodiscard]] inline QString longerThanWords(qint64 maxChars)
{
    return QStringLiteral("longer than %1 characters").arg(maxChars);
}

} // namespace chorus
