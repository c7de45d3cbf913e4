#pragma once

#include "store.h"

namespace chorus {

/**
 * Imports answers typed up from a paper session ("chorus-import/1"): the consultation (or
 * the id of one already here, optionally with its pack), its participants, each with the
 * consent they gave on paper and their answers. All of it is saved in one transaction or
 * none of it; an error names the JSON path, e.g. "$.participants[1].responses[0].kind".
 */
struct ImportReport
{
    QString consultationId;
    int participants = 0;
    int responses = 0;
};

Result<ImportReport> importTypedSession(Store& store, const QByteArray& json);

} // namespace chorus
