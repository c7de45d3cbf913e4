#pragma once

#include "../common/clock.h"
#include "../db/database.h"
#include "../domain/activitypack.h"
#include "../domain/types.h"
#include "auditlog.h"

#include <QJsonArray>
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

    /** Creates a consultation on this device (a new id is made when c.id is empty). */
    Result<Consultation> create(Consultation c);
    /** What `applyFromHub` did. */
    enum class FromHub {
        Added,
        Updated,
        Unchanged, ///< the kept revision is as new or newer
        KeptOwn,   ///< a consultation made on this device has that id: it stays as it is
    };
    /** Adds or updates a consultation published on the hub (sync), validated like `create`.
     *  A consultation made on this device is never overwritten by the hub's. */
    Result<FromHub> applyFromHub(Consultation c, qint64 revision);
    /** Changes the title, purpose and retention of a consultation made on this device (a
     *  hub's follows the hub). A new retention applies to participants added after it. */
    Status update(const QString& id, const QString& title, const QString& purpose,
                  int retentionDays);
    /** Deletes a consultation made on this device that nobody is taking part in any more
     *  (withdraw each participant first: that erases their answers and tells the hub). */
    Status remove(const QString& id);
    Result<Consultation> get(const QString& id);
    Result<QList<Consultation>> list();

    Result<Participant> addParticipant(Participant p);
    Result<Participant> participant(const QString& id);
    /** Finds a participant by code name, within one consultation or (empty id) across all;
     *  several matches across consultations is an error that says so. */
    Result<Participant> participantByCode(const QString& codeName,
                                          const QString& consultationId = {});
    Result<QList<Participant>> participants(const QString& consultationId);

    /** Refused for a consultation closed on the hub; its earlier sessions and answers stay. */
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
    /** Checks title, purpose, retention and activities against the pack; fills in every
     *  activity of the pack when none are listed. */
    Result<QJsonArray> validate(Consultation& c);
    /** A kept pack's canonical JSON, or nothing when this id and version are not here. */
    Result<std::optional<QString>> storedPackJson(const QString& id, int version);

    Database& m_db;
    AuditLog& m_audit;
    const Clock& m_clock;
};

} // namespace chorus
