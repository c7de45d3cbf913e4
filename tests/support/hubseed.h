#pragma once

// Seeds a hub's store with anonymised feedback the way a device would send it: every record
// goes through the hub's own decoder (decodeFeedbackItem) and store (submitFeedback), so the
// review screens' tests and benchmarks read what a real hub would hold.

#include "support/hubrecords.h"
#include "sync/hub/store/hubstore.h"
#include "sync/hub/store/participationstore.h"

namespace chorus::test {

/** Submits `count` records to `consultationId` as one newly enrolled device, in batches of
 *  the hub's limit. Returns the number stored, or -1 on the first refused record. */
/** A practitioner's device enrolled for the consultation, or the store's failure. */
inline hub::StoreResult<hub::EnrolOutcome> enrolPractitioner(hub::HubStore& store,
                                                             const QString& consultationId)
{
    const auto code = store.createCode(consultationId, QStringLiteral("practitioner"), 1, 900, {});
    if (!code) {
        return code.error();
    }
    return store.enrol(hub::normaliseCode(code.value()));
}

inline qint64 seedFeedback(hub::HubStore& store, const QString& consultationId, qint64 count,
                           const FeedbackSeed& seed = {})
{
    const auto enrolled = enrolPractitioner(store, consultationId);
    if (!enrolled || enrolled->kind != hub::EnrolOutcome::Kind::Enrolled) {
        return -1;
    }
    const hub::Limits limits;
    qint64 stored = 0;
    for (qint64 first = 0; first < count; first += limits.maxBatchItems) {
        hub::FeedbackBatch batch;
        for (qint64 i = first; i < std::min(count, first + limits.maxBatchItems); ++i) {
            auto item =
                hub::decodeFeedbackItem(seededRecord(consultationId, seed, static_cast<int>(i)),
                                        QStringLiteral("item"), limits);
            if (!item.ok()) {
                return -1;
            }
            batch.items << item.value();
        }
        const auto outcome = store.submitFeedback(enrolled->device, batch);
        if (!outcome) {
            return -1;
        }
        stored += outcome->stored;
    }
    return stored;
}

/** Submits `count` participation records (30 minutes each, the last drawing skipped) as one
 *  newly enrolled device. Returns the number stored, or -1 when one is refused. */
inline qint64 seedParticipation(hub::HubStore& store, const QString& consultationId, int count)
{
    const auto enrolled = enrolPractitioner(store, consultationId);
    if (!enrolled || enrolled->kind != hub::EnrolOutcome::Kind::Enrolled) {
        return -1;
    }
    hub::ParticipationBatch batch;
    for (int i = 0; i < count; ++i) {
        auto item = hub::decodeParticipationItem(seededSession(consultationId, 30, i == count - 1),
                                                 QStringLiteral("item"));
        if (!item.ok()) {
            return -1;
        }
        batch.items << item.value();
    }
    const auto outcome = hub::ParticipationStore(store).submit(enrolled->device, batch);
    return outcome ? outcome->stored : -1;
}

} // namespace chorus::test
