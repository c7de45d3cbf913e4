#pragma once

// "You said, we did" without a hub, for the UI tests: the participant's share records are
// acknowledged (as the hub would) and an action answering them is kept, exactly as
// SyncEngine::fetchActions keeps what GET /v1/actions delivers.

#include "core/store/store.h"
#include "sync/client/syncrecords.h"

#include <QUuid>

namespace chorus::test {

/** False (with a warning) when the participant has nothing shared or a write fails. */
inline bool deliverWeDid(Store& store, const QString& participantId, sync::HubAction action)
{
    auto records = store.sharing().preview(participantId);
    if (!records || records->isEmpty()) {
        qWarning("deliverWeDid: the participant has no share records");
        return false;
    }
    QStringList ids;
    for (const auto& r : records.value()) {
        ids << r.shareId;
    }
    if (!store.outbox().acknowledge(ids)) {
        return false;
    }
    sync::SyncRecords kept(store.database(), store.clock());
    if (action.id.isEmpty()) {
        action.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
    if (action.seq == 0) {
        auto all = kept.actions();
        action.seq = all && !all->isEmpty() ? all->last().seq + 1 : 1;
    }
    action.feedbackIds = ids;
    return kept.saveAction(action).ok();
}

} // namespace chorus::test
