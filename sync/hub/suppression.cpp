#include "suppression.h"

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
