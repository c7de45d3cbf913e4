#pragma once

#include "../common/clock.h"
#include "../common/result.h"
#include "../db/database.h"

#include <optional>

namespace chorus {

/**
 * The device's append-only audit log. Each entry's hash covers the previous entry's hash,
 * so an edited, removed or reordered entry breaks the chain. Entries name actions and
 * random record IDs only: never an answer, a name, a key or a token.
 */
class AuditLog
{
public:
    AuditLog(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

    /** Appends an entry; call inside the transaction of the change it records. */
    Status append(const QString& action, const QString& subject = {}, const QString& detail = {});
    /** Walks the chain; returns the number of entries, or Damaged naming the first bad one. */
    Result<int> verify();

private:
    /** The newest entry, which the next one chains to. */
    struct Head
    {
        qint64 seq = 0;
        QByteArray hash;
        quint64 generation = 0; ///< Database::transactionGeneration() it was seen in
    };
    Result<Head> head();

    Database& m_db;
    const Clock& m_clock;
    /** Kept only within one write transaction (which holds the write lock, so no other
     *  connection can append); a new transaction or any rollback makes it stale. */
    std::optional<Head> m_head;
};

} // namespace chorus
