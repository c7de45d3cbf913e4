#pragma once

#include "../domain/types.h"
#include "responses.h"

#include <QList>

namespace chorus {

class Store;

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
    /** Drops kept answers (a withdrawal, say). */
    void clear() { m_pending.clear(); }
    /** Takes the kept answers out, oldest first (to seal them before a lock). */
    QList<Response> takePending();
    /** Puts answers kept elsewhere back in front of any kept here (they are older). */
    void keep(QList<Response> answers);

    /** Answers as one box sealed to the store's inbox key (OwnTime::sealToStore), so that
     *  they wait in memory across a lock and only the unlocked store reads them again.
     *  The plaintext is wiped. */
    /** Whose key seals the answers: the device store's inbox key, or, for a young person's
     *  own-time session, that session's own key (OwnTime::sealToSession). */
    enum class SealTo { DeviceStore, OwnTimeSession };
    static Result<QByteArray> seal(Store& store, const QList<Response>& answers,
                                   SealTo to = SealTo::DeviceStore);
    static Result<QList<Response>> open(Store& store, const QByteArray& sealed,
                                        SealTo to = SealTo::DeviceStore);

private:
    Responses& m_responses;
    QList<Response> m_pending;
};

/** True for failures that may pass once the disk or device recovers. */
[[nodiscard]] bool isTransient(const Error& e);

} // namespace chorus
