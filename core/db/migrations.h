#pragma once

#include "../common/result.h"
#include "database.h"

namespace chorus {

/** Numbered schema migrations; PRAGMA user_version holds the number applied last. */
class Migrations
{
public:
    /** The schema version this build writes. */
    static int latest();
    [[nodiscard]] static Result<int> currentVersion(Database& db);
    /** Applies every migration above the current version up to target (default: latest),
     *  each in its own transaction. A store newer than this build is refused. */
    static Status migrate(Database& db, int target = -1);
};

} // namespace chorus
