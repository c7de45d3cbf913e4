#include "suppression.h"

namespace chorus::hub {

namespace {

bool small(qint64 count, int threshold)
{
    return count > 0 && count < threshold;
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

Breakdown suppressPartition(QList<Cell> cells, int threshold)
{
    Breakdown out;
    qint64 total = 0;
    for (const Cell& c : cells) {
        total += c.count;
    }
    out.cells = suppressEach(std::move(cells), threshold);
    out.total = suppressOne(QString(), total, threshold);
    if (out.total.suppressed) {
        return out; // every non-zero cell is below the total, so already suppressed
    }
    // Secondary: what "total minus the shown cells" reveals must not be a small number.
    for (;;) {
        qint64 hidden = 0;
        qsizetype smallestShown = -1;
        for (qsizetype i = 0; i < out.cells.size(); ++i) {
            const Cell& c = out.cells[i];
            if (c.suppressed) {
                hidden += c.count;
            } else if (c.count > 0 &&
                       (smallestShown < 0 || c.count < out.cells[smallestShown].count)) {
                smallestShown = i;
            }
        }
        if (hidden == 0 || hidden >= threshold) {
            return out;
        }
        if (smallestShown < 0) {
            out.total.suppressed = true; // unreachable while cells add up to the total
            return out;
        }
        out.cells[smallestShown].suppressed = true;
    }
}

RecordMask maskRecord(qint64 sameAgeBand, qint64 sameRole, qint64 sameBoth, int threshold)
{
    const bool pairSmall = sameBoth < threshold;
    return RecordMask{pairSmall || sameAgeBand < threshold, pairSmall || sameRole < threshold};
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
