#pragma once

#include "../common/clock.h"
#include "../db/database.h"
#include "../domain/activitypack.h"
#include "../domain/types.h"
#include "auditlog.h"

#include <QList>

namespace chorus {

/** Activity packs, consultations, participants and sessions on this device. */
class Consultations
{
public:
    Consultations(Database& db, AuditLog& audit, const Clock& clock)
        : m_db(db), m_audit(audit), m_clock(clock)
    {}

    /** Validates and keeps a pack; importing the same id and version again is a no-op when
     *  the content is identical and an error when it differs (versions are immutable). */
    Result<ActivityPack> importPack(const QByteArray& json);
    Result<ActivityPack> pack(const QString& id, int version);
    Result<QList<ActivityPack>> packs();

    /** Creates a consultation (a new id is made when c.id is empty). */
    Result<Consultation> create(Consultation c);
    Result<Consultation> get(const QString& id);
    Result<QList<Consultation>> list();

    Result<Participant> addParticipant(Participant p);
    Result<Participant> participant(const QString& id);
    /** Finds a participant by code name, within one consultation or (empty id) across all;
     *  several matches across consultations is an error that says so. */
    Result<Participant> participantByCode(const QString& codeName,
                                          const QString& consultationId = {});
    Result<QList<Participant>> participants(const QString& consultationId);

    Result<Session> startSession(const QString& consultationId, SessionMode mode,
                                 const QStringList& participantIds);
    Result<Session> session(const QString& id);
    Status endSession(const QString& id);
    /** Sessions not ended (stopped mid-way, or cut off by a lock, quick exit or crash),
     *  newest first. */
    Result<QList<Session>> unfinishedSessions();
    /** The participants taking part in a session. */
    Result<QStringList> sessionParticipants(const QString& sessionId);

private:
    Database& m_db;
    AuditLog& m_audit;
    const Clock& m_clock;
};

} // namespace chorus
