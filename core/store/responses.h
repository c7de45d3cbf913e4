#pragma once

#include "../common/clock.h"
#include "../db/database.h"
#include "../domain/types.h"
#include "auditlog.h"
#include "consentbook.h"

#include <QList>

namespace chorus {

class ShareHook;

/** Children's answers. Consent is enforced here, not in the UI: no answer is saved unless a
 *  consent in force covers it, and each saved answer records which consent that was. */
class Responses
{
public:
    Responses(Database& db, AuditLog& audit, ConsentBook& consent, const Clock& clock)
        : m_db(db), m_audit(audit), m_consent(consent), m_clock(clock)
    {}

    /** Saves (or, for an existing id, updates) an answer. When this returns, the answer is
     *  committed to disk; on error nothing was written and the caller still holds it. */
    Result<Response> save(Response response);
    Result<Response> get(const QString& id);
    Result<QList<Response>> forParticipant(const QString& participantId);
    Result<QList<Response>> forSession(const QString& sessionId);
    /**
     * The young person sends their own-time drafts: in one transaction every draft of the
     * participant in that session becomes a final answer under the consent in force now,
     * and goes through sharing as a newly saved answer would. Until then a draft has no
     * share record and no outbox row. Returns how many answers were sent; on error nothing
     * changed and the drafts are still drafts.
     */
    Result<int> submitDrafts(const QString& sessionId, const QString& participantId);
    /** Erases one answer and its media (the child's "delete" in the review). */
    Status remove(const QString& id);
    /** Tells the sharing side about finished answers, inside the saving transaction. */
    void setShareHook(ShareHook* hook) { m_shareHook = hook; }

private:
    Result<QList<Response>> query(const char* where, const QString& key);

    Database& m_db;
    AuditLog& m_audit;
    ConsentBook& m_consent;
    const Clock& m_clock;
    ShareHook* m_shareHook = nullptr;
};

} // namespace chorus
