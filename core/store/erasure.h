#pragma once

#include "../common/clock.h"
#include "../db/database.h"
#include "auditlog.h"
#include "outbox.h"

#include <QDateTime>
#include <QList>

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
        /** The erasure is committed, but emptying the WAL failed (a reader held it): the
         *  old pages wait in the WAL until the next checkpoint (every purge, and closing
         *  the store, try again). Not a failure of the erasure. */
        bool checkpointPending = false;
        int consultations = 0; ///< consultations removed by retention (purge only)
        int names = 0;         ///< names to hide removed by retention (purge only)
        int actions = 0;       ///< downloaded "we did" actions removed by retention (purge only)
    };

    /** Something retention will remove, and when. */
    struct Due
    {
        enum class Kind { Participant, Answers, Consultation, Names, Actions };
        Kind kind = Kind::Participant;
        QString consultationId;
        QString subject; ///< a participant's code name, a consultation's title; else empty
        int count = 0;   ///< answers (Participant, Answers), names or actions
        QDateTime when;
    };

    /** Withdraws a participant: erases their answers, media, consent history and queued
     *  share records, queues erasures for what was sent, and leaves a tombstone with no
     *  personal content. Under a safeguarding hold the data is kept (and no longer used)
     *  until the hold is released. */
    Result<Report> withdraw(const QString& participantId);
    /** Erases everything whose retention date has passed: participants (with their
     *  answers, media, names, own-time views and actions), single answers, sessions, names
     *  to hide, downloaded "we did" actions, and consultations made here that nobody takes
     *  part in any more. Held participants stay. */
    Result<Report> purgeExpired();
    /** What purgeExpired would remove up to `until`, soonest first (held participants are
     *  left out: they stay until the hold ends). */
    Result<QList<Due>> dueUntil(const QDateTime& until);

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
    /** Empties the WAL after a committed erasure; a failure is reported, not returned. */
    bool checkpointAfterErasure();
    /** Consultations past retention that nobody takes part in; returns how many went. */
    Result<int> purgeConsultations(const QString& now);

    Database& m_db;
    AuditLog& m_audit;
    Outbox& m_outbox;
    const Clock& m_clock;
    std::function<Status(const QString&)> m_erasedHook;
};

} // namespace chorus
