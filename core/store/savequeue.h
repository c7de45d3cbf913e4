#pragma once

#include "../domain/types.h"
#include "responses.h"

#include <QList>

namespace chorus {

/**
 * Holds answers that could not be written (disk full, a failing write) in memory and
 * writes them once space is back, so a child's answer is never lost to a full device.
 * Answers that fail for other reasons (no consent, invalid) are not kept: they never will
 * be saved, and the caller is told why.
 */
class SaveQueue
{
public:
    explicit SaveQueue(Responses& responses) : m_responses(responses) {}

    /** Saves now if possible; on a transient failure keeps the answer and returns the error. */
    Result<Response> submit(Response response);
    /** Tries every kept answer again, oldest first; stops at the first that still fails. */
    Status retry();
    [[nodiscard]] int pending() const { return static_cast<int>(m_pending.size()); }
    /** Drops kept answers, e.g. on lock: they are decrypted data in memory. */
    void clear() { m_pending.clear(); }

private:
    Responses& m_responses;
    QList<Response> m_pending;
};

/** True for failures that may pass once the disk or device recovers. */
[[nodiscard]] bool isTransient(const Error& e);

} // namespace chorus
