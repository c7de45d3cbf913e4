#pragma once

// Small-number suppression (security.md CP-7): the pure rules that the disclosure layer
// (disclosure.h) applies before it perturbs what is left. Every count is a cell; cells are
// tied together by lines ("this total is the sum of these parts"), so that one engine
// protects a single breakdown, a consultation x role table with its hub-wide margins, and the
// tree consultation > activity > prompt > kind alike:
//
//  1. Primary: a count from 1 to threshold-1 is suppressed.
//  2. A total from 1 to threshold-1 is suppressed too (it is a cell like any other).
//  3. Secondary, for every line whose total is shown: the suppressed parts together could
//     be worked out as "total minus the parts shown". If any non-zero part is suppressed,
//     at least two must be and their sum must be at least the threshold; else the smallest
//     non-zero shown part goes too, or, when none is left, the total.
//  3a. Zeros: in a line with any hidden part or a hidden total the zero parts are
//     suppressed as well, since "nobody here" completes the difference (it says where the
//     hidden records are not).
//  3b. A suppressed total whose parts are all shown would be their sum: its smallest
//     non-zero part is suppressed too; and since such a total may be known by other means
//     (a reviewer can page the records), its hidden parts then follow rule 3 as well.
//  5. Audit: the rules above look at one line at a time, and a bound from one line can
//     narrow a cell of another. The result is attacked as a reader would (shown cells
//     exact, bounds narrowed through every line to a fixed point); while a hidden count of
//     1 to threshold-1 is pinned, the smallest shown non-zero cell of a line through it is
//     hidden too and rules 3-3b run again.
// Rules 3 to 5 repeat until no line changes, so a cell hidden for one line stays hidden
// for every other line it is part of.
// (Role and age band do not go through these lines: disclosure.cpp publishes their
// breakdowns whole or not at all.)
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
    qint64 keySum = 0; ///< the sum of the record keys of the records counted (disclosure.h)
};

struct Breakdown
{
    QList<Cell> cells;
    Cell total;
};

/** "Cell `total` is the sum of cells `parts`" (indexes into one list of cells). */
struct Line
{
    qsizetype total = -1;
    QList<qsizetype> parts;
    /** Rule 3 hides the total rather than another part (hub-wide margins: one small
     *  consultation must not hide the figures of the others). */
    bool preferTotal = false;
};

/** Rules 1-5 over cells tied by lines; returns the cells with `suppressed` set. */
[[nodiscard]] QList<Cell> suppressLinked(QList<Cell> cells, const QList<Line>& lines,
                                         int threshold);
/** Rules 1-3b for cells that partition their total (each record in exactly one cell). */
[[nodiscard]] Breakdown suppressPartition(QList<Cell> cells, int threshold);
/** Rule 1 only, for counts that overlap (several choices per record) and stand alone. */
[[nodiscard]] QList<Cell> suppressEach(QList<Cell> cells, int threshold);
/** Rule 1 for a single count. */
[[nodiscard]] Cell suppressOne(const QString& value, qint64 count, int threshold);

/** Rule 4, for the records of one consultation: which record-level fields are hidden. */
struct FieldMask
{
    bool hideAgeBand = false;
    bool hideRole = false;
};
/**
 * Rule 4: a field is hidden for every record of the consultation as soon as any cell of
 * its breakdown is suppressed (a reader who saw the field on the other records could count
 * the hidden ones into the suppressed cells); when both breakdowns are clean but some
 * role-and-age pair has 1 to threshold-1 records, the age band is hidden for every record,
 * since showing both would count the pair.
 */
[[nodiscard]] FieldMask maskFields(bool roleBreakdownSuppressed, bool ageBreakdownSuppressed,
                                   const QList<qint64>& pairCounts, int threshold);

/** Empty if `threshold` may be used, else why not (for a 400 and the CLI). */
[[nodiscard]] QString thresholdProblem(qint64 threshold);

} // namespace chorus::hub
