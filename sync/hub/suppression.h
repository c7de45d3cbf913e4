#pragma once

// Small-number suppression for the team review API (security.md CP-7), in one pure unit so
// that every breakdown, chart and export applies exactly the same rules:
//
//  1. Primary: a count from 1 to threshold-1 is suppressed ("fewer than 8"). Zero is shown:
//     it names nobody.
//  2. A total from 1 to threshold-1 is suppressed too.
//  3. Secondary, for a partition (cells that add up to the total shown beside them): the
//     suppressed cells together could be worked out as "total minus the cells shown". That
//     sum must itself be at least the threshold, else the next smallest non-zero shown cell
//     is suppressed as well, until it is (a single suppressed cell is therefore never left
//     alone). If nothing is left to suppress, the total goes too.
//  4. Record level: a record's age band is hidden when fewer than threshold records in its
//     consultation have that age band; likewise its role; both are hidden when fewer than
//     threshold records share the pair (showing both would name the pair).
// The threshold is a hub setting, never below kMinimumThreshold.

#include <QList>
#include <QString>

namespace chorus::hub {

inline constexpr int kDefaultThreshold = 8;
inline constexpr int kMinimumThreshold = 5;
inline constexpr int kMaximumThreshold = 100;

/** One count as the API shows it: the number, or "suppressed" with no number. */
struct Cell
{
    QString value; ///< what is counted: a role, an age band, a week, a scale point ...
    qint64 count = 0;
    bool suppressed = false;
};

struct Breakdown
{
    QList<Cell> cells;
    Cell total;
};

/** Rules 1-3 for cells that partition `total` (each record is in exactly one cell). */
[[nodiscard]] Breakdown suppressPartition(QList<Cell> cells, int threshold);
/** Rule 1 only, for counts that overlap (several choices per record): no total to subtract
 *  from, so no secondary suppression is needed. */
[[nodiscard]] QList<Cell> suppressEach(QList<Cell> cells, int threshold);
/** Rule 1 for a single count. */
[[nodiscard]] Cell suppressOne(const QString& value, qint64 count, int threshold);

struct RecordMask
{
    bool hideAgeBand = false;
    bool hideRole = false;
};
/** Rule 4, from how many records of the consultation have this age band, this role, and
 *  both. */
[[nodiscard]] RecordMask maskRecord(qint64 sameAgeBand, qint64 sameRole, qint64 sameBoth,
                                    int threshold);

/** Empty if `threshold` may be used, else why not (for a 400 and the CLI). */
[[nodiscard]] QString thresholdProblem(qint64 threshold);

} // namespace chorus::hub
