#include "suppression.h"

#include <algorithm>
#include <deque>
#include <limits>
#include <numeric>
#include <vector>

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
    if (hiddenSum == 0) {
        // No part hidden, or only zeros hidden for another line's sake: showing this total
        // says they are zeros, which protects nobody here less (rule 5 checks the rest).
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
        // A hidden zero leaves the total open too (the reader cannot tell it is a zero).
        anyHidden = anyHidden || cells[i].suppressed;
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
 * The audit's attack (rule 5): bounds narrowed through the lines to a fixed point. This is
 * differencing ("total minus the parts shown"), subsets ("a part is at most its total"),
 * zeros and chains of them across lines. A work list revisits only the lines of cells
 * whose bounds moved, so trying one value for one cell costs the lines it reaches, not a
 * pass over the hub.
 */
class Narrowing
{
public:
    Narrowing(const QList<Line>& lines, qsizetype cellCount) : m_lines(lines), m_linesOf(cellCount)
    {
        for (qsizetype l = 0; l < lines.size(); ++l) {
            m_linesOf[lines[l].total] << l;
            for (const qsizetype p : lines[l].parts) {
                m_linesOf[p] << l;
            }
        }
    }

    /** Narrows `b` from every line; false when the bounds contradict each other. */
    bool all(Bounds& b) const
    {
        QList<qsizetype> every(m_lines.size());
        std::iota(every.begin(), every.end(), 0);
        return run(b, every);
    }
    /** Narrows `b` after the bounds of `cell` changed; false on a contradiction. */
    bool from(Bounds& b, qsizetype cell) const { return run(b, m_linesOf[cell]); }

private:
    bool run(Bounds& b, const QList<qsizetype>& start) const
    {
        std::deque<qsizetype> queue(start.begin(), start.end());
        std::vector<char> queued(static_cast<size_t>(m_lines.size()), 0);
        for (const qsizetype l : start) {
            queued[static_cast<size_t>(l)] = 1;
        }
        // A cycle of lines through a hidden total can narrow it one record at a time: past
        // this many visits the attack gives up on this question (and the value stays open).
        const qsizetype mostVisits = 64 * (m_lines.size() + 16);
        for (qsizetype visits = 0; !queue.empty() && visits < mostVisits; ++visits) {
            const qsizetype l = queue.front();
            queue.pop_front();
            queued[static_cast<size_t>(l)] = 0;
            QList<qsizetype> moved;
            if (!visit(b, m_lines[l], moved)) {
                return false;
            }
            for (const qsizetype c : moved) {
                for (const qsizetype next : m_linesOf[c]) {
                    if (!queued[static_cast<size_t>(next)]) {
                        queued[static_cast<size_t>(next)] = 1;
                        queue.push_back(next);
                    }
                }
            }
        }
        return true;
    }

    static bool visit(Bounds& b, const Line& line, QList<qsizetype>& moved)
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
            if (changed) {
                moved << i;
            }
            return b.lo[i] <= b.hi[i];
        };
        qint64 lo = 0;
        qint64 hi = 0;
        for (const qsizetype p : line.parts) {
            lo += b.lo[p];
            hi = std::min(kUnknown, hi + b.hi[p]);
        }
        if (!tighten(line.total, lo, hi)) {
            return false;
        }
        for (const qsizetype p : line.parts) {
            const qint64 othersLo = lo - b.lo[p];
            const qint64 othersHi = hi >= kUnknown ? kUnknown : hi - b.hi[p];
            const qint64 newLo = othersHi >= kUnknown ? 0 : b.lo[line.total] - othersHi;
            const qint64 newHi =
                b.hi[line.total] >= kUnknown ? kUnknown : b.hi[line.total] - othersLo;
            if (!tighten(p, newLo, newHi)) {
                return false;
            }
        }
        return true;
    }

    const QList<Line>& m_lines;
    QList<QList<qsizetype>> m_linesOf;
};

/**
 * The hidden cells of 1 to threshold-1 that a reader pins down exactly: by the bounds alone,
 * or else by trying each value the bounds leave and ruling out those that contradict the
 * rest (a case split, which finds much of what a linear-programming attacker would). Shown
 * cells are taken as exact, as if the perturbation could be undone.
 */
QList<qsizetype> pinnedSmall(const QList<Cell>& cells, const QList<Line>& lines, int threshold)
{
    const Narrowing narrowing(lines, cells.size());
    Bounds b;
    for (const Cell& c : cells) {
        b.lo << (c.suppressed ? 0 : c.count);
        b.hi << (c.suppressed ? kUnknown : c.count);
    }
    narrowing.all(b);
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
            possible += narrowing.from(probe, i) ? 1 : 0;
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
