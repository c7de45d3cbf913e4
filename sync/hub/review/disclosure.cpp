#include "disclosure.h"

#include "sync/hub/protocol/hubprotocol.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QSet>

#include <algorithm>
#include <map>

namespace chorus::hub {

namespace {

/** The perturbation table's columns: cell keys up to `upTo` (inclusive) add `add`. About
 *  half of all cells are published exactly; one in eight moves by 2. */
struct KeyBand
{
    int upTo;
    int add;
};
constexpr std::array<KeyBand, 5> kTable{
    {{15, -2}, {63, -1}, {191, 0}, {239, 1}, {kRecordKeyRange - 1, 2}}};

/** Cells and the lines between them, built up by string keys. */
class LinkedCells
{
public:
    qsizetype cell(const QString& key, const QString& value = {})
    {
        const auto it = m_at.constFind(key);
        if (it != m_at.constEnd()) {
            return *it;
        }
        m_cells << Cell{value, 0, false, 0};
        m_at.insert(key, m_cells.size() - 1);
        return m_cells.size() - 1;
    }
    void add(const QString& key, const QString& value, qint64 count, qint64 keySum)
    {
        Cell& c = m_cells[cell(key, value)];
        c.count += count;
        c.keySum += keySum;
    }
    void line(const QString& total, const QStringList& parts, bool preferTotal = false)
    {
        Line l;
        l.preferTotal = preferTotal;
        l.total = cell(total);
        for (const QString& p : parts) {
            l.parts << cell(p);
        }
        m_lines << l;
    }
    void hide(const QString& key) { m_cells[cell(key)].suppressed = true; }
    void suppress(int threshold) { m_cells = suppressLinked(m_cells, m_lines, threshold); }
    [[nodiscard]] Cell at(const QString& key) const { return m_cells.value(m_at.value(key, -1)); }

private:
    QList<Cell> m_cells;
    QHash<QString, qsizetype> m_at;
    QList<Line> m_lines;
};

const QString kWith = QStringLiteral("withPublishedAction");
const QString kWithout = QStringLiteral("withoutPublishedAction");

QString key(const QStringList& parts)
{
    return parts.join(QLatin1Char('\x1f'));
}

/** One characteristic published per consultation and, if `hubWide`, for the whole hub. */
struct Dimension
{
    QString name;
    QStringList values; ///< in the documented order; every consultation lists them all
    bool hubWide = true;
};

QString valueOf(const Stratum& s, const QString& dimension)
{
    if (dimension == QLatin1String("role")) {
        return s.role;
    }
    if (dimension == QLatin1String("age")) {
        return s.ageBand;
    }
    if (dimension == QLatin1String("kind")) {
        return s.kind;
    }
    if (dimension == QLatin1String("loop")) {
        return s.withPublishedAction ? kWith : kWithout;
    }
    return s.week;
}

QStringList sortedUnique(QSet<QString> values)
{
    QStringList out(values.begin(), values.end());
    out.sort();
    return out;
}

Breakdown breakdownOf(const LinkedCells& cells, const QString& totalKey,
                      const QStringList& cellKeys, const QStringList& values, int threshold)
{
    Breakdown b;
    b.total = publishCell(cells.at(totalKey), threshold);
    for (qsizetype i = 0; i < cellKeys.size(); ++i) {
        Cell c = cells.at(cellKeys[i]);
        c.value = values[i];
        b.cells << publishCell(c, threshold);
    }
    return b;
}

/** Text and creative (every other kind) records: creative is "total minus text", so it is
 *  shown only where both of those are, perturbed by its own cell key. */
std::pair<Cell, Cell> methodsOf(const LinkedCells& cells, const QString& totalKey,
                                const QString& textKey, int threshold)
{
    const Cell total = cells.at(totalKey);
    const Cell text = cells.at(textKey);
    Cell creative{QStringLiteral("creative"), total.count - text.count, false,
                  total.keySum - text.keySum};
    creative.suppressed =
        total.suppressed || text.suppressed || (creative.count > 0 && creative.count < threshold);
    Cell t = text;
    t.value = QStringLiteral("text");
    return {publishCell(t, threshold), publishCell(creative, threshold)};
}

bool anySuppressed(const Breakdown& b)
{
    return std::any_of(b.cells.begin(), b.cells.end(), [](const Cell& c) { return c.suppressed; });
}

/**
 * The breakdown of a characteristic of people (role, age band), published whole or not at
 * all: every cell, zeros and large ones alike, is hidden as soon as any of them holds 1 to
 * k-1 records, the total is hidden, or `hide` says so. Then no difference between answers,
 * no zero and no record list can narrow a hidden cell down: within the breakdown nothing is
 * shown, and the record-level field is hidden with it (maskFields). `total` is already
 * published (suppressed or perturbed).
 */
Breakdown wholeOrHidden(const QHash<QString, Cell>& counted, const QStringList& values,
                        const Cell& total, bool hide, int threshold)
{
    Breakdown b;
    b.total = total;
    bool hidden = hide || total.suppressed;
    for (const QString& v : values) {
        Cell c = counted.value(v, Cell{v, 0, false, 0});
        c.value = v;
        hidden = hidden || (c.count > 0 && c.count < threshold);
        b.cells << c;
    }
    for (Cell& c : b.cells) {
        c.suppressed = hidden;
        c = publishCell(c, threshold);
    }
    return b;
}

} // namespace

int newRecordKey()
{
    return static_cast<int>(QRandomGenerator::system()->bounded(kRecordKeyRange));
}

int cellKey(qint64 keySum)
{
    return static_cast<int>(((keySum % kRecordKeyRange) + kRecordKeyRange) % kRecordKeyRange);
}

int perturbation(qint64 count, int key, int threshold)
{
    if (count < threshold) {
        return 0; // zero is exact; 1 .. threshold-1 is never published
    }
    int add = 0;
    for (const KeyBand& band : kTable) {
        if (key <= band.upTo) {
            add = band.add;
            break;
        }
    }
    // Never below the threshold: a published number never passes for a small one.
    return static_cast<int>(std::max<qint64>(add, threshold - count));
}

QList<qint64> possiblePublished(qint64 count, int threshold)
{
    QList<qint64> out;
    for (const KeyBand& band : kTable) {
        const qint64 v = count + perturbation(count, band.upTo, threshold);
        if (!out.contains(v)) {
            out << v;
        }
    }
    return out;
}

Cell publishCell(Cell cell, int threshold)
{
    if (!cell.suppressed) {
        cell.count += perturbation(cell.count, cellKey(cell.keySum), threshold);
    }
    return cell;
}

Breakdown publishBreakdown(Breakdown b, int threshold)
{
    for (Cell& c : b.cells) {
        c = publishCell(c, threshold);
    }
    b.total = publishCell(b.total, threshold);
    return b;
}

ConsultationRelease Release::consultation(const QString& id) const
{
    const auto it = consultations.constFind(id);
    if (it != consultations.constEnd()) {
        return *it;
    }
    // No records: every count is zero, nothing to hide.
    ConsultationRelease empty;
    for (const QString& r : roles()) {
        empty.byRole.cells << Cell{r, 0, false, 0};
    }
    for (const QString& a : ageBands()) {
        empty.byAgeBand.cells << Cell{a, 0, false, 0};
    }
    empty.loopClosure.cells << Cell{kWith, 0, false, 0} << Cell{kWithout, 0, false, 0};
    return empty;
}

Release release(const QList<Stratum>& strata, int threshold)
{
    QSet<QString> consultationSet;
    QSet<QString> kindSet;
    QHash<QString, QSet<QString>> weeksOf;
    for (const Stratum& s : strata) {
        consultationSet.insert(s.consultation);
        kindSet.insert(s.kind);
        weeksOf[s.consultation].insert(s.week);
    }
    const QStringList consultationIds = sortedUnique(consultationSet);
    // Role and age band are not among the linked lines: they are published whole or not at
    // all (wholeOrHidden below), which needs no secondary suppression to be safe.
    const QList<Dimension> dimensions{{QStringLiteral("kind"), sortedUnique(kindSet), true},
                                      {QStringLiteral("loop"), {kWith, kWithout}, true},
                                      {QStringLiteral("week"), {}, false}};
    auto valuesOf = [&](const Dimension& d, const QString& c) {
        return d.hubWide ? d.values : sortedUnique(weeksOf.value(c));
    };

    // Every count, keyed: "T" (hub), "T/dim/value", "C/c", "C/c/dim/value" and the tree.
    LinkedCells cells;
    const QString hub = QStringLiteral("T");
    QHash<QString, QHash<QString, qint64>> pairs; // consultation -> role+age -> records
    cells.cell(hub);
    for (const QString& c : consultationIds) {
        cells.cell(key({"C", c}));
        for (const Dimension& d : dimensions) {
            for (const QString& v : valuesOf(d, c)) {
                cells.cell(key({"C", c, d.name, v}), v);
                if (d.hubWide) {
                    cells.cell(key({"T", d.name, v}), v);
                }
            }
        }
    }
    const QString wholeHub = QStringLiteral("\x1fhub"); // never a consultation id
    QHash<QString, QHash<QString, Cell>> roleCells; // consultation (or wholeHub) -> role -> cell
    QHash<QString, QHash<QString, Cell>> ageCells;
    QHash<QString, QSet<QString>> activitiesOf;
    QHash<QString, QSet<QString>> promptsOf; // "c/activity" -> prompts
    QHash<QString, QSet<QString>> kindsOf;   // "c/activity/prompt" -> kinds
    for (const Stratum& s : strata) {
        const QString c = s.consultation;
        cells.add(hub, {}, s.count, s.keySum);
        cells.add(key({"C", c}), {}, s.count, s.keySum);
        for (const Dimension& d : dimensions) {
            const QString v = valueOf(s, d.name);
            cells.add(key({"C", c, d.name, v}), v, s.count, s.keySum);
            if (d.hubWide) {
                cells.add(key({"T", d.name, v}), v, s.count, s.keySum);
            }
        }
        cells.add(key({"A", c, s.activity}), s.activity, s.count, s.keySum);
        cells.add(key({"P", c, s.activity, s.prompt}), s.prompt, s.count, s.keySum);
        cells.add(key({"K", c, s.activity, s.prompt, s.kind}), s.kind, s.count, s.keySum);
        activitiesOf[c].insert(s.activity);
        promptsOf[key({c, s.activity})].insert(s.prompt);
        kindsOf[key({c, s.activity, s.prompt})].insert(s.kind);
        pairs[c][s.role + QLatin1Char('\n') + s.ageBand] += s.count;
        for (auto* table : {&roleCells, &ageCells}) {
            const QString v = table == &roleCells ? s.role : s.ageBand;
            Cell& cell = (*table)[c][v];
            cell.value = v;
            cell.count += s.count;
            cell.keySum += s.keySum;
            Cell& hubCell = (*table)[wholeHub][v];
            hubCell.value = v;
            hubCell.count += s.count;
            hubCell.keySum += s.keySum;
        }
    }

    // The lines: each consultation's breakdowns and the hub-wide ones add up to their
    // totals, each hub-wide cell is the sum of the consultations' cells, and records per
    // activity > prompt > kind add up within the consultation.
    QStringList consultationTotals;
    for (const QString& c : consultationIds) {
        consultationTotals << key({"C", c});
        for (const Dimension& d : dimensions) {
            QStringList parts;
            for (const QString& v : valuesOf(d, c)) {
                parts << key({"C", c, d.name, v});
            }
            cells.line(key({"C", c}), parts);
        }
        QStringList activityKeys;
        for (const QString& a : sortedUnique(activitiesOf.value(c))) {
            activityKeys << key({"A", c, a});
            QStringList promptKeys;
            for (const QString& p : sortedUnique(promptsOf.value(key({c, a})))) {
                promptKeys << key({"P", c, a, p});
                QStringList kindKeys;
                for (const QString& k : sortedUnique(kindsOf.value(key({c, a, p})))) {
                    kindKeys << key({"K", c, a, p, k});
                }
                cells.line(key({"P", c, a, p}), kindKeys);
            }
            cells.line(key({"A", c, a}), promptKeys);
        }
        cells.line(key({"C", c}), activityKeys);
        // A kind of the whole consultation is that kind in each of its prompts added up.
        QHash<QString, QStringList> leavesOfKind;
        for (const QString& a : sortedUnique(activitiesOf.value(c))) {
            for (const QString& p : sortedUnique(promptsOf.value(key({c, a})))) {
                for (const QString& k : sortedUnique(kindsOf.value(key({c, a, p})))) {
                    leavesOfKind[k] << key({"K", c, a, p, k});
                }
            }
        }
        for (const QString& k : sortedUnique(kindSet)) {
            cells.line(key({"C", c, "kind", k}), leavesOfKind.value(k));
        }
    }
    // The hub-wide total gives way first: a small consultation hides it, never another
    // consultation's total.
    cells.line(hub, consultationTotals, true);
    for (const Dimension& d : dimensions) {
        if (!d.hubWide) {
            continue;
        }
        QStringList hubParts;
        for (const QString& v : d.values) {
            hubParts << key({"T", d.name, v});
            QStringList column;
            for (const QString& c : consultationIds) {
                column << key({"C", c, d.name, v});
            }
            // The hub-wide cell gives way first: hiding a consultation's kind for another
            // consultation's small group would cascade down its activity tree (rule 5 still
            // checks that nothing is pinned).
            cells.line(key({"T", d.name, v}), column, true);
        }
        cells.line(hub, hubParts);
    }
    cells.suppress(threshold);

    Release out;
    out.threshold = threshold;
    bool rolesHiddenSomewhere = false;
    bool agesHiddenSomewhere = false;
    auto breakdown = [&](const QStringList& prefix, const Dimension& d, const QString& c) {
        QStringList keys;
        const QStringList values = valuesOf(d, c);
        for (const QString& v : values) {
            keys << key(prefix + QStringList{d.name, v});
        }
        return breakdownOf(cells, key(prefix), keys, values, threshold);
    };
    for (const QString& c : consultationIds) {
        ConsultationRelease r;
        const QStringList prefix{"C", c};
        r.total = publishCell(cells.at(key(prefix)), threshold);
        r.byRole = wholeOrHidden(roleCells.value(c), roles(), r.total, false, threshold);
        r.byAgeBand = wholeOrHidden(ageCells.value(c), ageBands(), r.total, false, threshold);
        rolesHiddenSomewhere = rolesHiddenSomewhere || anySuppressed(r.byRole);
        agesHiddenSomewhere = agesHiddenSomewhere || anySuppressed(r.byAgeBand);
        r.byKind = breakdown(prefix, dimensions[0], c);
        r.loopClosure = breakdown(prefix, dimensions[1], c);
        r.byWeek = breakdown(prefix, dimensions[2], c);
        std::tie(r.textRecords, r.creativeRecords) =
            methodsOf(cells, key(prefix), key({"C", c, "kind", "text"}), threshold);
        r.mask = maskFields(anySuppressed(r.byRole), anySuppressed(r.byAgeBand),
                            pairs.value(c).values(), threshold);
        for (const QString& a : activitiesOf.value(c)) {
            r.activities.insert(a, publishCell(cells.at(key({"A", c, a})), threshold));
            for (const QString& p : promptsOf.value(key({c, a}))) {
                const QString ap = a + QLatin1Char('\n') + p;
                r.prompts.insert(ap, publishCell(cells.at(key({"P", c, a, p})), threshold));
                for (const QString& k : kindsOf.value(key({c, a, p}))) {
                    r.kinds.insert(ap + QLatin1Char('\n') + k,
                                   publishCell(cells.at(key({"K", c, a, p, k})), threshold));
                }
            }
        }
        out.consultations.insert(c, r);
    }
    out.total = publishCell(cells.at(hub), threshold);
    // Hub-wide, a role or age breakdown is the sum of the consultations' ones: where any of
    // those is hidden, "hub minus the others" would give it away, so the hub's is hidden too.
    out.byRole = wholeOrHidden(roleCells.value(wholeHub), roles(), out.total, rolesHiddenSomewhere,
                               threshold);
    out.byAgeBand = wholeOrHidden(ageCells.value(wholeHub), ageBands(), out.total,
                                  agesHiddenSomewhere, threshold);
    out.byKind = breakdown({"T"}, dimensions[0], {});
    out.loopClosure = breakdown({"T"}, dimensions[1], {});
    std::tie(out.textRecords, out.creativeRecords) =
        methodsOf(cells, hub, key({"T", "kind", "text"}), threshold);
    return out;
}

// ---------------------------------------------------------------------------------------
// Charts

namespace {

/** The counts one chart is made of, for one row (a prompt, or the whole activity). */
struct ChartRow
{
    std::map<QString, qint64> scale, scaleKeys;
    std::map<QString, qint64> choices, choiceKeys;
    std::map<QString, qint64> first, firstKeys;
    std::map<QString, qint64> placed, placedKeys;
    std::map<QString, double> points;              // Borda: a card in place i of n earns n - i
    std::map<QString, qint64> circles, circleKeys; // "pile\ncard"
    qint64 scaleRecords = 0, scaleRecordKeys = 0;
    qint64 orderRecords = 0, orderRecordKeys = 0;
    qint64 texts = 0, textKeys = 0;

    void count(const QJsonObject& a, qint64 k)
    {
        if (a.contains(QStringLiteral("scale"))) {
            ++scaleRecords;
            scaleRecordKeys += k;
            const QString v = QString::number(a.value(QStringLiteral("scale")).toInt());
            ++scale[v];
            scaleKeys[v] += k;
        }
        for (const QJsonValue& c : a.value(QStringLiteral("choices")).toArray()) {
            ++choices[c.toString()];
            choiceKeys[c.toString()] += k;
        }
        const QJsonArray order = a.value(QStringLiteral("order")).toArray();
        if (!order.isEmpty()) {
            ++orderRecords;
            orderRecordKeys += k;
            ++first[order.first().toString()];
            firstKeys[order.first().toString()] += k;
            for (qsizetype i = 0; i < order.size(); ++i) {
                ++placed[order[i].toString()];
                placedKeys[order[i].toString()] += k;
                points[order[i].toString()] += static_cast<double>(order.size() - i);
            }
        }
        const QJsonObject piles = a.value(QStringLiteral("piles")).toObject();
        for (auto it = piles.begin(); it != piles.end(); ++it) {
            for (const QJsonValue& card : it.value().toArray()) {
                const QString pc = it.key() + QLatin1Char('\n') + card.toString();
                ++circles[pc];
                circleKeys[pc] += k;
            }
        }
        if (!a.value(QStringLiteral("text")).toString().isEmpty()) {
            ++texts;
            textKeys += k;
        }
    }
};

template <typename Map> QStringList keysOf(const Map& m)
{
    QStringList out;
    for (const auto& [k, v] : m) {
        out << k;
    }
    return out;
}

} // namespace

ChartLinks chartLinks(const ConsultationRelease& release, const QString& activity)
{
    ChartLinks links;
    for (auto it = release.kinds.begin(); it != release.kinds.end(); ++it) {
        const QStringList parts = it.key().split(QLatin1Char('\n'));
        if (parts.size() != 3 || parts[0] != activity || !it->suppressed) {
            continue;
        }
        if (parts[2] == QLatin1String("scale")) {
            links.hiddenScale.insert(parts[1]);
        } else if (parts[2] == QLatin1String("ordering")) {
            links.hiddenOrdering.insert(parts[1]);
        }
    }
    return links;
}

QJsonObject chartCounts(const QList<ChartAnswer>& answers, const QString& prompt,
                        const Cell& records, int threshold, const ChartLinks& links)
{
    // Rows: every prompt of the activity, and "*" for the activity as a whole.
    const QString all = QStringLiteral("*");
    std::map<QString, ChartRow> rows;
    rows[all];
    for (const ChartAnswer& a : answers) {
        rows[a.prompt].count(a.body, a.recordKey);
        rows[all].count(a.body, a.recordKey);
    }
    const ChartRow& whole = rows[all];
    QStringList scalePoints;
    for (int v = 0; v <= 10; ++v) {
        scalePoints << QString::number(v);
    }
    const QStringList choiceValues = keysOf(whole.choices);
    const QStringList cards = keysOf(whole.placed);
    const QStringList pileCards = keysOf(whole.circles);

    LinkedCells cells;
    auto put = [&](const QString& row, const QString& name, const QString& value, qint64 n,
                   qint64 keys) {
        cells.add(key({row, name, value}), value, n, keys);
    };
    for (const auto& [r, row] : rows) {
        for (const QString& v : scalePoints) {
            put(r, "scale", v, row.scale.count(v) ? row.scale.at(v) : 0,
                row.scaleKeys.count(v) ? row.scaleKeys.at(v) : 0);
        }
        put(r, "scaleRecords", {}, row.scaleRecords, row.scaleRecordKeys);
        for (const QString& v : choiceValues) {
            put(r, "choice", v, row.choices.count(v) ? row.choices.at(v) : 0,
                row.choiceKeys.count(v) ? row.choiceKeys.at(v) : 0);
        }
        for (const QString& v : cards) {
            put(r, "first", v, row.first.count(v) ? row.first.at(v) : 0,
                row.firstKeys.count(v) ? row.firstKeys.at(v) : 0);
            put(r, "placed", v, row.placed.count(v) ? row.placed.at(v) : 0,
                row.placedKeys.count(v) ? row.placedKeys.at(v) : 0);
        }
        put(r, "orderRecords", {}, row.orderRecords, row.orderRecordKeys);
        for (const QString& v : pileCards) {
            put(r, "circle", v, row.circles.count(v) ? row.circles.at(v) : 0,
                row.circleKeys.count(v) ? row.circleKeys.at(v) : 0);
        }
        put(r, "texts", {}, row.texts, row.textKeys);
    }
    // Within a row, scale points and first places partition their records; across rows,
    // every cell of the activity is the sum of the prompts' cells.
    QList<std::pair<QString, QString>> everyCell{
        {"scaleRecords", {}}, {"orderRecords", {}}, {"texts", {}}};
    for (const QString& v : scalePoints) {
        everyCell << std::pair<QString, QString>{"scale", v};
    }
    for (const QString& v : choiceValues) {
        everyCell << std::pair<QString, QString>{"choice", v};
    }
    for (const QString& v : cards) {
        everyCell << std::pair<QString, QString>{"first", v}
                  << std::pair<QString, QString>{"placed", v};
    }
    for (const QString& v : pileCards) {
        everyCell << std::pair<QString, QString>{"circle", v};
    }
    for (const auto& [r, row] : rows) {
        QStringList scaleParts;
        for (const QString& v : scalePoints) {
            scaleParts << key({r, "scale", v});
        }
        cells.line(key({r, "scaleRecords", {}}), scaleParts);
        QStringList firstParts;
        for (const QString& v : cards) {
            firstParts << key({r, "first", v});
        }
        cells.line(key({r, "orderRecords", {}}), firstParts);
    }
    for (const auto& [name, value] : everyCell) {
        QStringList column;
        for (const auto& [r, row] : rows) {
            if (r != all) {
                column << key({r, name, value});
            }
        }
        cells.line(key({all, name, value}), column);
    }
    for (const auto& [r, row] : rows) {
        if (r != all && links.hiddenScale.contains(r)) {
            cells.hide(key({r, "scaleRecords", {}}));
        }
        if (r != all && links.hiddenOrdering.contains(r)) {
            cells.hide(key({r, "orderRecords", {}}));
        }
    }
    cells.suppress(threshold);

    const QString r = prompt.isEmpty() ? all : prompt;
    const ChartRow& shown = rows.count(r) ? rows.at(r) : ChartRow{};
    auto published = [&](const QString& name, const QString& value) {
        Cell c = publishCell(cells.at(key({r, name, value})), threshold);
        c.value = value;
        return c;
    };
    Breakdown scale;
    for (const QString& v : scalePoints) {
        scale.cells << published("scale", v);
    }
    scale.total = published("scaleRecords", {});
    QJsonArray choiceJson;
    for (const QString& v : choiceValues) {
        if (shown.choices.count(v)) {
            choiceJson.append(cellJson(published("choice", v)));
        }
    }
    QStringList ranking = keysOf(shown.points);
    std::stable_sort(ranking.begin(), ranking.end(), [&](const QString& a, const QString& b) {
        return shown.points.at(a) > shown.points.at(b);
    });
    QJsonArray cardJson;
    for (qsizetype i = 0; i < ranking.size(); ++i) {
        cardJson.append(QJsonObject{{"card", ranking[i]},
                                    {"rank", static_cast<int>(i + 1)},
                                    {"firstPlace", cellJson(published("first", ranking[i]))},
                                    {"placed", cellJson(published("placed", ranking[i]))}});
    }
    std::map<QString, QJsonArray> piles;
    for (const auto& [pc, n] : shown.circles) {
        Cell c = published("circle", pc);
        c.value = pc.section(QLatin1Char('\n'), 1);
        piles[pc.section(QLatin1Char('\n'), 0, 0)].append(cellJson(c));
    }
    QJsonArray circleJson;
    for (const auto& [pile, cardCells] : piles) {
        circleJson.append(QJsonObject{{"pile", pile}, {"cards", cardCells}});
    }
    return QJsonObject{
        {"records", countJson(records)},
        {"recordsSuppressed", records.suppressed},
        {"smallNumberThreshold", threshold},
        {"scale", shown.scaleRecords > 0 ? QJsonValue(breakdownJson(scale)) : QJsonValue()},
        {"choices", choiceJson},
        {"cardSort",
         QJsonObject{{"records", countJson(published("orderRecords", {}))}, {"cards", cardJson}}},
        {"circles", circleJson},
        {"texts", countJson(published("texts", {}))}};
}

QJsonObject cellJson(const Cell& c)
{
    QJsonObject o{{"value", c.value}, {"suppressed", c.suppressed}};
    o.insert(QStringLiteral("count"), c.suppressed ? QJsonValue() : QJsonValue(c.count));
    if (c.suppressed) {
        o.insert(QStringLiteral("note"), QLatin1String(kHiddenWording));
    }
    return o;
}

QJsonValue countJson(const Cell& c)
{
    return c.suppressed ? QJsonValue() : QJsonValue(c.count);
}

QJsonObject breakdownJson(const Breakdown& b)
{
    QJsonArray cells;
    for (const Cell& c : b.cells) {
        cells.append(cellJson(c));
    }
    return QJsonObject{
        {"total", countJson(b.total)}, {"totalSuppressed", b.total.suppressed}, {"cells", cells}};
}

} // namespace chorus::hub
