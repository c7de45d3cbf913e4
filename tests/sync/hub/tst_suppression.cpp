// The CP-7 small-number rules (sync/hub/review/suppression.h) on tables worked out by hand.
#include "sync/hub/review/suppression.h"

#include <QSet>
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
        // Rule 3a: parent's zero goes too, or "the hidden 12 are young people and carers"
        // would be known (issue 18, finding 4).
        QCOMPARE(hidden(b.cells), (QStringList{"young-person", "parent", "carer"}));
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
        // Total 6 < 8: the total and every cell are hidden, the zero too (else "the few
        // are all a or b" would be known).
        const Breakdown b = suppressPartition(cells({{"a", 4}, {"b", 2}, {"c", 0}}), 8);
        QCOMPARE(hidden(b.cells), (QStringList{"a", "b", "c"}));
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
        // Rule 4 hides a field for every record as soon as its breakdown hides any cell.
        QVERIFY(maskFields(true, false, {20}, 8).hideRole);
        QVERIFY(!maskFields(true, false, {20}, 8).hideAgeBand);
        QVERIFY(maskFields(false, true, {20}, 8).hideAgeBand);
        // Both breakdowns clean but a pair of 7: the age band goes, for everyone.
        const FieldMask rare = maskFields(false, false, {40, 7, 0}, 8);
        QVERIFY(rare.hideAgeBand && !rare.hideRole);
        // Pairs of exactly the threshold (or none): everything shown.
        const FieldMask edge = maskFields(false, false, {8, 0, 30}, 8);
        QVERIFY(!edge.hideAgeBand && !edge.hideRole);
    }

    void linkedLinesStayConsistent()
    {
        // Two consultations' parent counts (9 and 2) and their hub-wide sum (11): hiding the
        // 2 alone is not enough, since "11 - 9" gives it back; the 9 goes too.
        QList<Cell> cs{Cell{"A", 9}, Cell{"B", 2}, Cell{"hub", 11}};
        const QList<Cell> out = suppressLinked(cs, {Line{2, {0, 1}}}, 8);
        QVERIFY(out[0].suppressed);
        QVERIFY(out[1].suppressed);
        QVERIFY(!out[2].suppressed);
    }

    void hiddenTotalKeepsAHiddenPart()
    {
        // Rule 3b: a total hidden for another line (here: suppressed by hand) is not left
        // as the sum of parts that are all shown; and since a reader may know that total by
        // other means (paging the records), its hidden parts follow rule 3 too: two of them.
        QList<Cell> cs{Cell{"a", 10}, Cell{"b", 12}, Cell{"c", 30}, Cell{"t", 52, true}};
        const QList<Cell> out = suppressLinked(cs, {Line{3, {0, 1, 2}}}, 8);
        QVERIFY(out[0].suppressed);
        QVERIFY(out[1].suppressed);
        QVERIFY(!out[2].suppressed);
    }

    void theAuditClosesAChainTheLocalRulesMiss()
    {
        // Three small counts x = y = z = 3 and their pairwise sums 6, 6, 6 (k = 5). Each
        // line on its own is fine by rules 1-3b: two hidden parts that add up to at least k.
        // Together, x + y = x + z = y + z = 6 pins each at 3 (a reader needs no more than a
        // case split). Rule 5 sees it and hides a sum.
        const QList<Cell> cells{{"x", 3}, {"y", 3}, {"z", 3}, {"x+y", 6}, {"x+z", 6}, {"y+z", 6}};
        const QList<Line> lines{{3, {0, 1}}, {4, {0, 2}}, {5, {1, 2}}};
        const QList<Cell> out = suppressLinked(cells, lines, 5);
        QVERIFY(out[0].suppressed && out[1].suppressed && out[2].suppressed);
        const int sumsHidden =
            std::count_if(out.begin() + 3, out.end(), [](const Cell& c) { return c.suppressed; });
        QVERIFY(sumsHidden >= 1);
        // Check the answer by brute force: with what is still shown, x can take more than
        // one value (every choice of x, y, z from 0 to 6 that fits the shown sums).
        QSet<int> possibleX;
        for (int x = 0; x <= 6; ++x) {
            for (int y = 0; y <= 6; ++y) {
                for (int z = 0; z <= 6; ++z) {
                    const int sums[3] = {x + y, x + z, y + z};
                    bool fits = true;
                    for (int i = 0; i < 3; ++i) {
                        fits = fits && (out[3 + i].suppressed || sums[i] == out[3 + i].count);
                    }
                    if (fits) {
                        possibleX.insert(x);
                    }
                }
            }
        }
        QVERIFY(possibleX.size() > 1);
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
