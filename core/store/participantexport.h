#pragma once

#include "store.h"

#include <QJsonObject>

namespace chorus {

/** A subject access export: everything this device holds about one participant, as JSON.
 *  Media is included as base64 so the export is complete. */
Result<QJsonObject> exportParticipant(Store& store, const QString& participantId);

} // namespace chorus
