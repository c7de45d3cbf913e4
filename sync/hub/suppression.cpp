#include "suppression.h"

#include <algorithm>
#include <limits>

namespace chorus::hub {

namespace {

bool small(qint64 count, int threshold)
{
    return count > 0 && count < threshold;
}

/** The shown non-zero part with the smallest count (the cheapest to hide), or -1. */
qsizetype smallestShown(const QList<Cell>& cells, const Line& line)
{
    qsizetype best = -1;
    for (const qsizetype i : line.parts) {
        const Cell& c = cells[i];
        if (!c.suppressed && c.count > 0 && (best < 0 || c.count < cells[best].count)) {
            best = i;
        }
    }
    return best;
}

/** Rules 3 and 3a for one line with a shown total; true if anything changed. */
bool protectShownTotal(QList<Cell>& cells, const Line& line, int threshold)
{
    qint64 hiddenSum = 0;
    int hidden = 0;
    for (const qsizetype i : line.parts) {
        if (cells[i].suppressed) {
            hiddenSum += cells[i].count;
            ++hidden;
        }
    }
    if (hidden == 0) {
        return false;
    }
    bool changed = false;
    for (const qsizetype i : line.parts) {
        if (!cells[i].suppressed && cells[i].count == 0) {
            cells[i].suppressed = true; // 3a: a zero would say where the hidden ones are not
            ++hidden;
            changed = true;
        }
    }
    if (hidden >= 2 && hiddenSum >= threshold) {
        return changed;
    }
    // A total may be known by other means (a reviewer pages the records): its hidden parts
    // are protected as if it were shown.
    const bool totalHidden = cells[line.total].suppressed;
    const qsizetype next = line.preferTotal && !totalHidden ? -1 : smallestShown(cells, line);
    if (next < 0 && totalHidden) {
        return changed; // nothing left to hide here
    }
    cells[next >= 0 ? next : line.total].suppressed = true;
    return true;
}

/** Rules 3a and 3b for one line with a suppressed total; true if anything changed. */
bool protectHiddenTotal(QList<Cell>& cells, const Line& line)
{
    if (cells[line.total].count == 0) {
        return false; // hidden for another line, but nobody to protect here
    }
    bool changed = false;
    bool anyHidden = false;
    for (const qsizetype i : line.parts) {
        if (cells[i].count == 0 && !cells[i].suppressed) {
            cells[i].suppressed = true; // 3a: "the hidden few are not here" narrows them down
            changed = true;
        }
        anyHidden = anyHidden || (cells[i].suppressed && cells[i].count > 0);
    }
    if (!anyHidden) {
        cells[smallestShown(cells, line)].suppressed = true;
        changed = true;
    }
    return changed;
}

/** What a reader can bound every cell to: shown cells exactly, hidden ones from zero up. */
struct Bounds
{
    QList<qint64> lo, hi;
};

constexpr qint64 kUnknown = std::numeric_limits<qint64>::max() / 4;

/**
 * Narrows `b` through every line to a fixed point: differencing ("total minus the parts
 * shown"), subsets ("a part is at most its total"), zeros and chains of them across lines.
 * False when the bounds contradict each other (no counts could give them).
 */
bool narrow(Bounds& b, const QList<Line>& lines)
{
    auto tighten = [&](qsizetype i, qint64 lo, qint64 hi) {
        bool changed = false;
        if (lo > b.lo[i]) {
            b.lo[i] = lo;
            changed = true;
        }
        if (hi < b.hi[i]) {
            b.hi[i] = hi;
            changed = true;
        }
        return changed;
    };
    // Every pass narrows some bound by at least one; the cap keeps a cycle of lines that
    // narrows one record at a time from running for as many passes as there are records.
    constexpr int kMaxPasses = 2000;
    for (int pass = 0; pass < kMaxPasses; ++pass) {
        bool changed = false;
        for (const Line& line : lines) {
            qint64 lo = 0;
            qint64 hi = 0;
            for (const qsizetype p : line.parts) {
                lo += b.lo[p];
                hi = std::min(kUnknown, hi + b.hi[p]);
            }
            changed = tighten(line.total, lo, hi) || changed;
            for (const qsizetype p : line.parts) {
                const qint64 othersLo = lo - b.lo[p];
                const qint64 othersHi = hi >= kUnknown ? kUnknown : hi - b.hi[p];
                const qint64 newLo = othersHi >= kUnknown ? 0 : b.lo[line.total] - othersHi;
                const qint64 newHi =
                    b.hi[line.total] >= kUnknown ? kUnknown : b.hi[line.total] - othersLo;
                changed = tighten(p, newLo, newHi) || changed;
                if (b.lo[p] > b.hi[p]) {
                    return false;
                }
            }
            if (b.lo[line.total] > b.hi[line.total]) {
                return false;
            }
        }
        if (!changed) {
            break;
        }
    }
    return true;
}

/** The audit's starting point: shown cells exactly (as if the perturbation could be
 *  undone), hidden ones anything from zero up. */
Bounds readerBounds(const QList<Cell>& cells, const QList<Line>& lines)
{
    Bounds b;
    for (const Cell& c : cells) {
        b.lo << (c.suppressed ? 0 : c.count);
        b.hi << (c.suppressed ? kUnknown : c.count);
    }
    narrow(b, lines);
    return b;
}

/**
 * The hidden cells of 1 to threshold-1 that a reader pins down exactly: by the bounds alone,
 * or else by trying each value the bounds leave and ruling out those that contradict the
 * rest (a case split, which finds much of what a linear-programming attacker would).
 */
QList<qsizetype> pinnedSmall(const QList<Cell>& cells, const QList<Line>& lines, int threshold)
{
    const Bounds b = readerBounds(cells, lines);
    QList<qsizetype> byBounds;
    QList<qsizetype> open;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (cells[i].suppressed && small(cells[i].count, threshold)) {
            (b.lo[i] == b.hi[i] ? byBounds : open) << i;
        }
    }
    if (!byBounds.isEmpty()) {
        return byBounds; // the cheap attack first: hide against it before trying harder
    }
    constexpr qint64 kMostTried = 64;
    QList<qsizetype> byCases;
    for (const qsizetype i : open) {
        if (b.hi[i] - b.lo[i] > kMostTried) {
            continue;
        }
        int possible = 0;
        for (qint64 x = b.lo[i]; x <= b.hi[i] && possible < 2; ++x) {
            Bounds probe = b;
            probe.lo[i] = probe.hi[i] = x;
            possible += narrow(probe, lines) ? 1 : 0;
        }
        if (possible < 2) {
            byCases << i;
        }
    }
    return byCases;
}

QList<qsizetype> membersOf(const Line& line)
{
    QList<qsizetype> members = line.parts;
    members << line.total;
    return members;
}

/** The cell to hide next so that `pinned` is no longer pinned: the smallest shown non-zero
 *  cell of a line it is in (a line's total where the line prefers that), else of a line
 *  that shares a hidden cell with those, and so on outwards. -1 if nothing is left. */
qsizetype nextToHide(const QList<Cell>& cells, const QList<Line>& lines, qsizetype pinned)
{
    QList<bool> reached(cells.size(), false);
    reached[pinned] = true;
    auto touches = [&](const Line& line) {
        const QList<qsizetype> members = membersOf(line);
        return std::any_of(members.begin(), members.end(), [&](qsizetype i) { return reached[i]; });
    };
    for (bool grew = true; grew;) {
        qsizetype best = -1;
        for (const Line& line : lines) {
            if (!touches(line)) {
                continue;
            }
            if (line.preferTotal && !cells[line.total].suppressed && cells[line.total].count > 0) {
                return line.total;
            }
            for (const qsizetype i : membersOf(line)) {
                if (!cells[i].suppressed && cells[i].count > 0 &&
                    (best < 0 || cells[i].count < cells[best].count)) {
                    best = i;
                }
            }
        }
        if (best >= 0) {
            return best;
        }
        grew = false;
        for (const Line& line : lines) {
            if (!touches(line)) {
                continue;
            }
            for (const qsizetype i : membersOf(line)) {
                if (cells[i].suppressed && !reached[i]) {
                    reached[i] = true;
                    grew = true;
                }
            }
        }
    }
    return -1;
}

/** Rules 3 to 3b over every line until none changes. */
void protectLines(QList<Cell>& cells, const QList<Line>& lines, int threshold)
{
    // Each pass only ever suppresses more, so this ends within cells.size() passes.
    for (bool changed = true; changed;) {
        changed = false;
        for (const Line& line : lines) {
            if (cells[line.total].suppressed) {
                changed = protectHiddenTotal(cells, line) || changed;
            }
            if (!cells[line.total].suppressed || !line.preferTotal) {
                changed = protectShownTotal(cells, line, threshold) || changed;
            }
        }
    }
}

} // namespace

Cell suppressOne(const QString& value, qint64 count, int threshold)
{
    return Cell{value, count, small(count, threshold)};
}

QList<Cell> suppressEach(QList<Cell> cells, int threshold)
{
    for (Cell& c : cells) {
        c.suppressed = small(c.count, threshold);
    }
    return cells;
}

QList<Cell> suppressLinked(QList<Cell> cells, const QList<Line>& lines, int threshold)
{
    for (Cell& c : cells) {
        c.suppressed = c.suppressed || small(c.count, threshold); // some come hidden already
    }
    protectLines(cells, lines, threshold);
    // Rule 5: the local rules cannot see every chain of lines (bounds from one line narrow
    // another), so audit the result as a reader would and hide more until nothing small is
    // pinned. Each round hides at least one more cell, so this ends.
    for (;;) {
        bool hidMore = false;
        for (const qsizetype pinned : pinnedSmall(cells, lines, threshold)) {
            // One round answers every pinned cell at once (an audit costs a pass over the
            // hub); a cell already freed by an earlier answer costs one cell too many.
            const qsizetype next = nextToHide(cells, lines, pinned);
            if (next >= 0) {
                cells[next].suppressed = true;
                hidMore = true;
            }
        }
        if (!hidMore) {
            break; // nothing pinned (a pinned hidden cell is always pinned by a shown one)
        }
        protectLines(cells, lines, threshold);
    }
    return cells;
}

Breakdown suppressPartition(QList<Cell> cells, int threshold)
{
    Cell total;
    Line line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        total.count += cells[i].count;
        total.keySum += cells[i].keySum;
        line.parts << i;
    }
    line.total = cells.size();
    cells << total;
    QList<Cell> out = suppressLinked(std::move(cells), {line}, threshold);
    Breakdown b;
    b.total = out.takeLast();
    b.cells = std::move(out);
    return b;
}

FieldMask maskFields(bool roleBreakdownSuppressed, bool ageBreakdownSuppressed,
                     const QList<qint64>& pairCounts, int threshold)
{
    FieldMask mask{ageBreakdownSuppressed, roleBreakdownSuppressed};
    if (!mask.hideAgeBand && !mask.hideRole) {
        for (const qint64 n : pairCounts) {
            mask.hideAgeBand = mask.hideAgeBand || small(n, threshold);
        }
    }
    return mask;
}

QString thresholdProblem(qint64 threshold)
{
    if (threshold < kMinimumThreshold) {
        return QStringLiteral("the small-number threshold is never below %1 (CP-7)")
            .arg(kMinimumThreshold);
    }
    if (threshold > kMaximumThreshold) {
        return QStringLiteral("the small-number threshold is at most %1").arg(kMaximumThreshold);
    }
    return {};
}

} // namespace chorus::hub
