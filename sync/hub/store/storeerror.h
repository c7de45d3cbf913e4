#pragma once

// How the hub's stores (HubStore, ReviewStore, ParticipationStore) say that something failed:
// one error type for all of them, so that a caller can tell a taken name from a lost
// connection without reading words. It never holds the database's message text, which on
// PostgreSQL quotes the values of the row at fault (MED-3): only the table or step, the
// database's own error code, and for a client's mistake words the hub wrote itself.

#include "core/common/result.h"

#include <QString>

namespace chorus::hub {

struct StoreError
{
    enum class Kind {
        Unavailable, ///< the database cannot be opened or migrated, or its driver is missing
        Failed,      ///< a statement failed; `code` says how
        Busy,        ///< other writers kept winning or held a lock: try again later
        Exists,      ///< a unique key is taken (a reviewer's name, a theme's name)
        NotFound,    ///< no such row: device, session, record, consultation, action
        Expired,     ///< the row is there but its time is up (a review session)
        Refused,     ///< the row's own rules forbid it (a record's consent: no quotes)
        Invalid,     ///< the client's mistake; `problem` names the field and the reason
    };
    Kind kind = Kind::Failed;
    QString where;   ///< the table or step at fault; never a value
    QString code;    ///< the database's native error code ("23505", "2067"), or empty
    QString problem; ///< Invalid: "field: reason", words the hub wrote for the HTTP answer

    /** For logs and the command line: the step, the code and its meaning, the problem. */
    [[nodiscard]] QString describe() const;
};

/** A store's answer: a value, or which failure it was. */
template <typename T> using StoreResult = Result<T, StoreError>;

/** The value of a store call that yields nothing but may fail. */
struct Done
{
};
using StoreStatus = StoreResult<Done>;

/** The name of a kind, as logs and tests print it. */
[[nodiscard]] QString kindName(StoreError::Kind kind);
/** What a native error code of PostgreSQL (SQLSTATE) or SQLite (extended result code) means,
 *  so that an administrator can act on the log; empty for a code the hub does not expect. */
[[nodiscard]] QString codeMeaning(const QString& nativeCode);
/** The kind of failure a native error code stands for (a taken key, a busy database ...). */
[[nodiscard]] StoreError::Kind kindOf(const QString& nativeCode);

} // namespace chorus::hub
