// The CP-7 small-number rules (sync/hub/suppression.h) on tables worked out by hand.
#include "sync/hub/suppression.h"

#include <QTest>

using namespace chorus::hub;

namespace {

QList<Cell> cells(const QList<std::pair<const char*, qint64>>& counts)
{
    QList<Cell> out;
    for (const auto& [value, count] : counts) {
        out << Cell{QString::fromLatin1(value), count, false};
    }
    return out;
}

/** The suppressed values, in order: what a reader cannot see. */
QStringList hidden(const QList<Cell>& cs)
{
    QStringList out;
    for (const Cell& c : cs) {
        if (c.suppressed) {
            out << c.value;
        }
    }
    return out;
}

} // namespace

class TestSuppression : public QObject
{
    Q_OBJECT

private slots:
    void primaryOnlyWhenHiddenSumIsLargeEnough()
    {
        // child 12, young-person 3, parent 5, carer 20 (total 40). young-person and parent are
        // 1..7; together they are 8, which is not small: nothing more is hidden.
        const Breakdown b = suppressPartition(
            cells({{"child", 12}, {"young-person", 3}, {"parent", 5}, {"carer", 20}}), 8);
        QCOMPARE(hidden(b.cells), (QStringList{"young-person", "parent"}));
        QCOMPARE(b.total.count, 40);
        QVERIFY(!b.total.suppressed);
    }

    void singleSmallCellTakesTheNextSmallestWithIt()
    {
        // child 12, young-person 9, parent 0, carer 3 (total 24). Showing the total and the
        // others would give carer = 24 - 12 - 9 = 3, so the next smallest non-zero shown cell
        // (young-person, 9) is hidden too: then only "young-person + carer = 12" is known.
        const Breakdown b = suppressPartition(
            cells({{"child", 12}, {"young-person", 9}, {"parent", 0}, {"carer", 3}}), 8);
        QCOMPARE(hidden(b.cells), (QStringList{"young-person", "carer"}));
        QCOMPARE(b.cells[2].count, 0); // zero names nobody and stays shown
        QVERIFY(!b.cells[2].suppressed);
        QVERIFY(!b.total.suppressed);
        QCOMPARE(b.total.count, 24);
    }

    void twoSmallCellsWhoseSumIsSmallTakeAThird()
    {
        // 1 + 2 = 3 would be derivable (and would say "both tiny"); 10 is added: 13 >= 8.
        const Breakdown b = suppressPartition(cells({{"a", 1}, {"b", 2}, {"c", 10}, {"d", 30}}), 8);
        QCOMPARE(hidden(b.cells), (QStringList{"a", "b", "c"}));
        QVERIFY(!b.total.suppressed);
    }

    void smallTotalHidesEverything()
    {
        // Total 6 < 8: the total and every non-zero cell are hidden.
        const Breakdown b = suppressPartition(cells({{"a", 4}, {"b", 2}, {"c", 0}}), 8);
        QCOMPARE(hidden(b.cells), (QStringList{"a", "b"}));
        QVERIFY(b.total.suppressed);
    }

    void nothingSmallNothingHidden()
    {
        const Breakdown b = suppressPartition(cells({{"a", 8}, {"b", 0}, {"c", 100}}), 8);
        QVERIFY(hidden(b.cells).isEmpty());
        QCOMPARE(b.total.count, 108);
        const Breakdown empty = suppressPartition(cells({{"a", 0}, {"b", 0}}), 8);
        QVERIFY(hidden(empty.cells).isEmpty());
        QVERIFY(!empty.total.suppressed); // zero records: zero, not "fewer than 8"
    }

    void thresholdIsTheSetting()
    {
        // With the threshold at 5, 5..7 are shown and 4 is hidden; 4 alone is derivable, so
        // the smallest shown (5) goes with it: 9 >= 5.
        const Breakdown b = suppressPartition(cells({{"a", 4}, {"b", 5}, {"c", 7}}), 5);
        QCOMPARE(hidden(b.cells), (QStringList{"a", "b"}));
        QCOMPARE(suppressOne({}, 7, 5).suppressed, false);
        QCOMPARE(suppressOne({}, 7, 8).suppressed, true);
    }

    void secondaryPicksTheSmallestShownCell()
    {
        // 2 hidden; candidates 50, 9, 30: 9 is the cheapest to hide.
        const Breakdown b = suppressPartition(cells({{"a", 50}, {"b", 9}, {"c", 2}, {"d", 30}}), 8);
        QCOMPARE(hidden(b.cells), (QStringList{"b", "c"}));
    }

    void overlappingCountsArePrimaryOnly()
    {
        const QList<Cell> out = suppressEach(cells({{"x", 1}, {"y", 7}, {"z", 8}, {"w", 0}}), 8);
        QCOMPARE(hidden(out), (QStringList{"x", "y"}));
    }

    void recordLevelMask()
    {
        // Age band shared by 20, role by 30, the pair by 12: both shown.
        QVERIFY(!maskRecord(20, 30, 12, 8).hideAgeBand);
        QVERIFY(!maskRecord(20, 30, 12, 8).hideRole);
        // Age band shared by only 3: the age band is hidden, the role (30; pair 3) too, since
        // showing the role beside a hidden band of a small pair still narrows it: pair rule.
        QVERIFY(maskRecord(3, 30, 3, 8).hideAgeBand);
        QVERIFY(maskRecord(3, 30, 3, 8).hideRole);
        // Both common, but the pair is rare (7): both hidden.
        const RecordMask rare = maskRecord(40, 40, 7, 8);
        QVERIFY(rare.hideAgeBand && rare.hideRole);
        // Exactly at the threshold: shown.
        const RecordMask edge = maskRecord(8, 8, 8, 8);
        QVERIFY(!edge.hideAgeBand && !edge.hideRole);
    }

    void thresholdNeverBelowFive()
    {
        QVERIFY(!thresholdProblem(4).isEmpty());
        QVERIFY(thresholdProblem(4).contains(QStringLiteral("never below 5")));
        QVERIFY(!thresholdProblem(0).isEmpty());
        QVERIFY(!thresholdProblem(-8).isEmpty());
        QVERIFY(thresholdProblem(5).isEmpty());
        QVERIFY(thresholdProblem(8).isEmpty());
        QVERIFY(!thresholdProblem(101).isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestSuppression)
#include "tst_suppression.moc"
