#pragma once

// The hub's side of issue 19: participation records from devices (POST /v1/participation),
// the intended group and planned hours (PUT /v1/review/consultations/{id}/intent), when a
// reviewer first read a record and which devices received which "we did" action; and the
// rows the participation view (participation.h) is worked out from. It shares HubStore's
// connection, transactions and audit chain, and audits ids and counts only.

#include "hubstore.h"
#include "sync/hub/review/participation.h"

namespace chorus::hub {

class ParticipationStore
{
public:
    explicit ParticipationStore(HubStore& hub) : m_hub(hub) {}

    /** Stores a batch with the rules of POST /v1/feedback (SY-3: idempotent by id, a changed
     *  body a conflict that stores nothing, an erased id acknowledged and never stored). */
    StoreResult<SubmitOutcome> submit(const Device& device, const ParticipationBatch& batch);
    /** Every row the view needs; `loopClosure` and `threshold` are the caller's. */
    StoreResult<ParticipationInput> input();
    StoreStatus setIntent(const QString& consultationId, const Intent& intent,
                          const QString& reviewerId);
    /** Records listed to a reviewer: the first time is when they were first read. */
    StoreStatus markRead(const QStringList& feedbackIds);
    /** Actions answered to a device's GET /v1/actions. */
    StoreStatus markDelivered(const QString& deviceId, const QStringList& actionIds);

private:
    /** Inserts one consent event: true when stored, false when another hub process stored
     *  it first, nothing on a database error (already reported). */
    StoreResult<bool> storeConsentEvent(const Device& device, const ParticipationItem& item,
                                        const QString& received);

    HubStore& m_hub;
};

} // namespace chorus::hub
