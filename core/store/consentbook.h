#pragma once

#include "../common/clock.h"
#include "../db/database.h"
#include "../domain/types.h"
#include "auditlog.h"

#include <QList>

namespace chorus {

/** Consent as append-only events per participant; the newest event is the one in force. */
class ConsentBook
{
public:
    ConsentBook(Database& db, AuditLog& audit, const Clock& clock)
        : m_db(db), m_audit(audit), m_clock(clock)
    {}

    /** Records a consent decision (also a change of scopes). Validates every field; the
     *  "store on this device" scope is required, since without it nothing can be kept. */
    Result<ConsentRecord> give(ConsentRecord record);
    /** The consent in force, or nullopt when none was given or it was withdrawn. */
    Result<std::optional<ConsentRecord>> inForce(const QString& participantId);
    Result<QList<ConsentRecord>> history(const QString& participantId);

private:
    Database& m_db;
    AuditLog& m_audit;
    const Clock& m_clock;
};

} // namespace chorus
