#pragma once

#include "core/common/clock.h"
#include "core/db/database.h"

#include <QDateTime>
#include <QHash>
#include <QStringList>

#include <optional>

namespace chorus::sync {

/** This device's enrolment with a hub: kept only in the encrypted store. */
struct Enrolment
{
    QString hubUrl;
    QString deviceId;
    QByteArray token;
    QByteArray pinHex; ///< empty only for plain HTTP on loopback
    QString consultationId;
    QString role; ///< "practitioner" or "participant"
    QDateTime enrolledAt;
    QDateTime lastSyncAt; ///< the last run that reached the hub and finished its work
    QDateTime lastAttemptAt;
    QString lastProblem; ///< why the last run did not finish, in words; empty if it did
    QString actionsCursor;
    QString consultationsCursor{}; ///< `next` of the last GET /v1/consultations kept (schema 4)
};

/** A hub's answer to one erasure (withdrawal). */
struct ErasureConfirmation
{
    QString erasureId;
    QString feedbackId;
    QString outcome; ///< erased, not-found or not-yours
    QDateTime confirmedAt;
};

/** A "you said, we did" update from the hub. */
struct HubAction
{
    QString id;
    qint64 seq = 0;
    QString youSaid;
    QString weDid;
    QStringList feedbackIds; ///< this device's own records it answers
    QString status;          ///< "planned", "doing" or "done"; empty if kept before schema 4
    QDate date;              ///< the team's date for it; invalid when it has none
};

/** What sync keeps in the store (schema migration 3). */
class SyncRecords
{
public:
    SyncRecords(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

    Result<std::optional<Enrolment>> enrolment();
    /** Replaces any earlier enrolment (re-enrolling after a revocation or a new certificate). */
    Status saveEnrolment(const Enrolment& e);
    /** Records the end of a run: `problem` empty means it finished and counts as a success. */
    Status noteRun(const QString& problem);

    Status saveConfirmation(const ErasureConfirmation& c);
    Result<QList<ErasureConfirmation>> confirmations();

    Status saveAction(const HubAction& a);
    Status setActionsCursor(const QString& cursor);
    Status setConsultationsCursor(const QString& cursor);
    Result<QList<HubAction>> actions();
    /** The actions that answer feedback this participant gave on this device (the records
     *  the hub acknowledged for them), newest first. Never another participant's: on a shared
     *  tablet each child sees only the answers to their own words. */
    Result<QList<HubAction>> actionsFor(const QString& participantId);
    /** For each participant on this device with actions answering their feedback: how many
     *  (participant id -> count), for the practitioner's "news from the team". */
    Result<QHash<QString, int>> actionCounts();

    Result<bool> hasPack(const QString& id, int version);
    Status notePack(const QString& id, int version, const QByteArray& sha256Hex);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace chorus::sync
