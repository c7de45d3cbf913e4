#pragma once

#include "../common/clock.h"
#include "../db/database.h"
#include "auditlog.h"
#include "outbox.h"

#include <functional>

namespace chorus {

/** Withdrawal, safeguarding holds and retention: the ways data leaves this device for good. */
class Erasure
{
public:
    Erasure(Database& db, AuditLog& audit, Outbox& outbox, const Clock& clock)
        : m_db(db), m_audit(audit), m_outbox(outbox), m_clock(clock)
    {}

    struct Report
    {
        int participants = 0;
        int responses = 0;
        int sharedErasuresQueued = 0; ///< erasures queued for records the hub already has
        bool held = false;            ///< a safeguarding hold kept the data (withdraw only)
    };

    /** Withdraws a participant: erases their answers, media, consent history and queued
     *  share records, queues erasures for what was sent, and leaves a tombstone with no
     *  personal content. Under a safeguarding hold the data is kept (and no longer used)
     *  until the hold is released. */
    Result<Report> withdraw(const QString& participantId);
    /** Erases every participant, answer and session whose retention date has passed. */
    Result<Report> purgeExpired();

    /** A safeguarding hold is a human decision with a reason; it is logged (without the reason). */
    Status placeHold(const QString& participantId, const QString& reason, const QString& placedBy);
    /** Releases a hold; a participant who withdrew meanwhile is erased now. */
    Result<Report> releaseHold(const QString& participantId);

    /** Called for each participant erased (withdrawal, retention, a released hold), inside
     *  the erasing transaction: the store erases their own-time views with it. */
    void setErasedHook(std::function<Status(const QString& participantId)> hook)
    {
        m_erasedHook = std::move(hook);
    }

private:
    Result<int> eraseParticipant(const QString& participantId, const QString& reason);

    Database& m_db;
    AuditLog& m_audit;
    Outbox& m_outbox;
    const Clock& m_clock;
    std::function<Status(const QString&)> m_erasedHook;
};

} // namespace chorus
