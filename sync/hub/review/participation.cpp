#include "participation.h"

#include "core/common/limitwords.h"
#include "sync/hub/protocol/jsonreader.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace chorus::hub {
namespace {

const QStringList& roleList()
{
    static const QStringList v = roles();
    return v;
}

const QStringList& ageBandList()
{
    static const QStringList v = ageBands();
    return v;
}

const QStringList& modes()
{
    static const QStringList v{"facilitated", "own-time"};
    return v;
}

const QStringList& languages()
{
    static const QStringList v{"en", "cy", "ar"};
    return v;
}

const QStringList& outcomes()
{
    static const QStringList v{"completed", "skipped", "started"};
    return v;
}

const QStringList& ratings()
{
    static const QStringList v{"liked", "okay", "not-liked", "none"};
    return v;
}

/** What other tables say about a table's cells (see Table::solve). */
struct Linked
{
    /** The consultations ("" for the hub) whose total another table hides. */
    QSet<QString> hiddenTotals;
};

/** Whether every count of a published breakdown is shown, its total included. */
bool isWhole(const Breakdown& b)
{
    return !b.total.suppressed &&
           std::none_of(b.cells.begin(), b.cells.end(), [](const Cell& c) { return c.suppressed; });
}

/**
 * Counts of one characteristic by consultation, with the hub-wide margins: one table, so
 * that the rules of suppression.h run over every line that ties its cells together (a
 * consultation's parts and total, each value's hub-wide margin, the grand total) and no
 * figure of one consultation is "the hub's minus the others'".
 */
class Table
{
public:
    explicit Table(QStringList values) : m_values(std::move(values)) {}

    void add(const QString& consultation, const QString& value, qint64 key)
    {
        Cell& c = m_cells[consultation][value];
        ++c.count;
        c.keySum += key;
    }

    /** The published breakdown of one consultation, or the hub's margins ("" = all).
     *  `linked`: a total another table hides comes hidden here too, so that the two tables'
     *  figures cannot be added up to it. */
    [[nodiscard]] Breakdown published(const QString& consultation, int threshold,
                                      const Linked& linked = {}) const
    {
        const Solved s = solve(consultation, threshold, linked);
        Breakdown b;
        if (consultation.isEmpty()) {
            for (qsizetype v = 0; v < s.nv; ++v) {
                b.cells << s.cells[s.margin0 + v];
            }
            b.total = s.cells[s.grand];
        } else {
            const qsizetype c = s.cons.indexOf(consultation);
            for (qsizetype v = 0; v < s.nv; ++v) {
                b.cells << s.cells[c * s.nv + v];
            }
            b.total = s.cells[s.consTotal0 + c];
        }
        b.total.value = QStringLiteral("total");
        return publishBreakdown(b, threshold);
    }

    /** The consultations whose breakdown published() shows whole (no cell and not the total
     *  hidden), and "" when the hub-wide one is. One solve serves every consultation with a
     *  row of its own (published() solves the same rows for it); the others get theirs. */
    [[nodiscard]] QSet<QString> shownWhole(const QStringList& consultations, int threshold,
                                           const Linked& linked = {}) const
    {
        const Solved s = solve({}, threshold, linked);
        const auto whole = [&](qsizetype first, qsizetype total) {
            for (qsizetype v = 0; v < s.nv; ++v) {
                if (s.cells[first + v].suppressed) {
                    return false;
                }
            }
            return !s.cells[total].suppressed;
        };
        QSet<QString> out;
        for (const QString& c : consultations) {
            const qsizetype row = s.cons.indexOf(c);
            const bool shown = row >= 0 ? whole(row * s.nv, s.consTotal0 + row)
                                        : isWhole(published(c, threshold, linked));
            if (shown) {
                out.insert(c);
            }
        }
        if (whole(s.margin0, s.grand)) {
            out.insert(QString());
        }
        return out;
    }

    /** Where this table hides a total: the consultations, and "" for the grand total. */
    [[nodiscard]] QSet<QString> hiddenTotals(int threshold, const Linked& linked = {}) const
    {
        const Solved s = solve({}, threshold, linked);
        QSet<QString> hidden;
        for (qsizetype c = 0; c < s.cons.size(); ++c) {
            if (s.cells[s.consTotal0 + c].suppressed) {
                hidden.insert(s.cons[c]);
            }
        }
        if (s.cells[s.grand].suppressed) {
            hidden.insert(QString());
        }
        return hidden;
    }

private:
    /** Every cell of the table, suppressed together: consultation x value (row-major), then
     *  each consultation's total, each value's hub-wide margin, and the grand total. */
    struct Solved
    {
        QStringList cons;
        QList<Cell> cells;
        qsizetype nv = 0;
        qsizetype consTotal0 = 0;
        qsizetype margin0 = 0;
        qsizetype grand = 0;
    };

    [[nodiscard]] Solved solve(const QString& consultation, int threshold,
                               const Linked& linked) const
    {
        Solved s;
        s.cons = m_cells.keys();
        // The consultation asked for and those whose total another table hides are rows
        // even with nothing counted here (a hidden zero row keeps the hub's margins open).
        QStringList rows = linked.hiddenTotals.values();
        rows << consultation;
        std::sort(rows.begin(), rows.end());
        for (const QString& c : rows) {
            if (!c.isEmpty() && !s.cons.contains(c)) {
                s.cons << c;
            }
        }
        const qsizetype nc = s.cons.size();
        const qsizetype nv = m_values.size();
        s.nv = nv;
        auto at = [&](qsizetype c, qsizetype v) { return c * nv + v; };
        s.consTotal0 = nc * nv;
        s.margin0 = s.consTotal0 + nc;
        s.grand = s.margin0 + nv;
        const qsizetype consTotal0 = s.consTotal0;
        const qsizetype margin0 = s.margin0;
        const qsizetype grand = s.grand;
        QList<Cell> cells(grand + 1);
        for (qsizetype c = 0; c < nc; ++c) {
            const auto row = m_cells.value(s.cons[c]);
            for (qsizetype v = 0; v < nv; ++v) {
                const Cell x = row.value(m_values[v]);
                cells[at(c, v)] = Cell{m_values[v], x.count, false, x.keySum};
                for (qsizetype total : {consTotal0 + c, margin0 + v, grand}) {
                    cells[total].count += x.count;
                    cells[total].keySum += x.keySum;
                }
            }
            cells[consTotal0 + c].suppressed = linked.hiddenTotals.contains(s.cons[c]);
        }
        cells[grand].suppressed = linked.hiddenTotals.contains(QString());
        for (qsizetype v = 0; v < nv; ++v) {
            cells[margin0 + v].value = m_values[v];
        }
        QList<Line> lines;
        Line hubByValue{grand, {}, false};
        Line hubByConsultation{grand, {}, true};
        for (qsizetype c = 0; c < nc; ++c) {
            Line l{consTotal0 + c, {}, false};
            for (qsizetype v = 0; v < nv; ++v) {
                l.parts << at(c, v);
            }
            lines << l;
            hubByConsultation.parts << consTotal0 + c;
        }
        for (qsizetype v = 0; v < nv; ++v) {
            // One small consultation must not hide the others' figures: the margin goes.
            Line l{margin0 + v, {}, true};
            for (qsizetype c = 0; c < nc; ++c) {
                l.parts << at(c, v);
            }
            lines << l;
            hubByValue.parts << margin0 + v;
        }
        lines << hubByValue << hubByConsultation;
        // A total that comes hidden (another table hides it) must not be the sum of what is
        // shown here. The rules count any hidden part as leaving a total open and leave a
        // hidden zero total's zero parts shown (nobody to protect). So a hidden total with
        // no hidden part hides its smallest non-zero part (rule 3 then protects it like any
        // other), or, when it is zero, its parts. A consultation's line comes before the
        // hub's: a hidden consultation's zeros keep the hub's margins open, and the other
        // consultations' zeros stay shown.
        // One pass over the lines; true if it hid anything.
        // The totals to keep open: those another table hides, and the parts hidden for them.
        QSet<qsizetype> mustOpen;
        for (qsizetype c = 0; c < nc; ++c) {
            if (cells[consTotal0 + c].suppressed) {
                mustOpen.insert(consTotal0 + c);
            }
        }
        if (cells[grand].suppressed) {
            mustOpen.insert(grand);
        }
        const auto openHiddenTotals = [&](QList<Cell>& done) {
            bool more = false;
            for (const Line& l : lines) {
                if (!mustOpen.contains(l.total) ||
                    std::any_of(l.parts.begin(), l.parts.end(),
                                [&](qsizetype p) { return done[p].suppressed; })) {
                    continue;
                }
                QList<qsizetype> hide;
                if (done[l.total].count == 0) {
                    hide = l.parts;
                } else {
                    qsizetype smallest = -1;
                    for (const qsizetype p : l.parts) {
                        if (done[p].count > 0 &&
                            (smallest < 0 || done[p].count < done[smallest].count)) {
                            smallest = p;
                        }
                    }
                    if (smallest >= 0) {
                        hide << smallest;
                    }
                }
                for (const qsizetype p : hide) {
                    more = more || !done[p].suppressed || !mustOpen.contains(p);
                    done[p].suppressed = true;
                    mustOpen.insert(p);
                }
            }
            return more;
        };
        // A line whose total is zero holds only zeros, which its total says already: it has
        // nothing to protect, and left in, rule 3a would hide every consultation's zero of
        // a value that one small consultation's hidden zero shares. A zero total that comes
        // hidden keeps its line: shown zeros would add up to it. The rules run first (what
        // they hide anyway leaves the totals open), then again while the check hides more.
        for (;;) {
            QList<Line> active = lines;
            active.removeIf([&](const Line& l) {
                return cells[l.total].count == 0 && !cells[l.total].suppressed;
            });
            cells = suppressLinked(cells, active, threshold);
            if (!openHiddenTotals(cells)) {
                break;
            }
        }
        s.cells = cells;
        return s;
    }

    QStringList m_values;
    QMap<QString, QMap<QString, Cell>> m_cells;
};

Cell cellOf(const Breakdown& b, const QString& value)
{
    for (const Cell& c : b.cells) {
        if (c.value == value) {
            return c;
        }
    }
    return Cell{value, 0, true, 0};
}

/**
 * Tables that count the same records by different characteristics have the same totals (a
 * way of telling's outcomes and its ratings both add up to the times it was offered). A
 * total one of them hides must be hidden by all, or the other would publish it and undo
 * what hiding it protected: the totals any table hides, until none hides another.
 */
QSet<QString> sharedHiddenTotals(const QList<const Table*>& tables, int threshold)
{
    QSet<QString> hidden;
    for (bool more = true; more;) {
        more = false;
        for (const Table* t : tables) {
            QSet<QString> h = t->hiddenTotals(threshold, Linked{hidden});
            if (!h.subtract(hidden).isEmpty()) {
                hidden.unite(h);
                more = true;
            }
        }
    }
    return hidden;
}

/** part / whole of published counts, or null unless both are shown. */
QJsonValue share(const Cell& part, const Cell& whole)
{
    if (part.suppressed || whole.suppressed || whole.count <= 0) {
        return QJsonValue();
    }
    return std::min(1.0, static_cast<double>(part.count) / static_cast<double>(whole.count));
}

/** A count with its share of `whole`: {"count", "suppressed", "share"}. */
QJsonObject counted(const Cell& part, const Cell& whole)
{
    QJsonObject o = cellJson(part);
    o.insert(QStringLiteral("share"), share(part, whole));
    return o;
}

/** A median published only when the group it describes is shown (rule 1 and 3). */
QJsonObject medianJson(const std::optional<double>& value, const Cell& group)
{
    const bool shown = !group.suppressed && value.has_value();
    QJsonObject o{{"suppressed", group.suppressed}};
    o.insert(QStringLiteral("value"), shown ? QJsonValue(*value) : QJsonValue());
    return o;
}

double roundedHours(qint64 minutes)
{
    return std::round(static_cast<double>(minutes) / 6.0) / 10.0; // one decimal
}

bool inScope(const QString& rowConsultation, const QString& consultation)
{
    return consultation.isEmpty() || rowConsultation == consultation;
}

QJsonObject space(const ParticipationInput& in, const QString& consultation)
{
    const int k = in.threshold;
    Table byMode(modes());
    Table byLanguage(languages());
    QMap<QString, Table> byAdaptation;
    for (const QString& a : participationAdaptations()) {
        byAdaptation.insert(a, Table({QStringLiteral("with"), QStringLiteral("without")}));
    }
    for (const ParticipationRow& r : in.sessions) {
        byMode.add(r.consultation, r.mode, r.recordKey);
        byLanguage.add(r.consultation, r.language, r.recordKey);
        for (auto it = byAdaptation.begin(); it != byAdaptation.end(); ++it) {
            it.value().add(r.consultation,
                           r.adaptations.contains(it.key()) ? QStringLiteral("with")
                                                            : QStringLiteral("without"),
                           r.recordKey);
        }
    }
    const Breakdown sessions = byMode.published(consultation, k);
    // Refusals and withdrawals: a table each (consultation x one value, with the hub-wide
    // margin), since no total of the two is published and nothing else ties to them (a
    // consent event names no session or person): a small number of one does not hide the
    // other.
    Table refusals({QStringLiteral("refused")});
    Table withdrawals({QStringLiteral("withdrawn")});
    for (const ConsentEventRow& e : in.consentEvents) {
        (e.event == QLatin1String("refused") ? refusals : withdrawals)
            .add(e.consultation, e.event, e.recordKey);
    }
    QJsonArray adaptations;
    for (const QString& a : participationAdaptations()) {
        const Breakdown b = byAdaptation.find(a).value().published(consultation, k);
        QJsonObject o = counted(cellOf(b, QStringLiteral("with")), b.total);
        o.insert(QStringLiteral("value"), a);
        adaptations.append(o);
    }
    return QJsonObject{
        {"sessions", breakdownJson(sessions)},
        {"ownTime", counted(cellOf(sessions, QStringLiteral("own-time")), sessions.total)},
        {"adaptations", adaptations},
        {"languages", breakdownJson(byLanguage.published(consultation, k))},
        {"consentRefusals",
         cellJson(cellOf(refusals.published(consultation, k), QStringLiteral("refused")))},
        {"withdrawals",
         cellJson(cellOf(withdrawals.published(consultation, k), QStringLiteral("withdrawn")))}};
}

/** A ratio of published counts, or null unless every count is shown and the whole is not 0. */
QJsonValue shareOfShown(const Cell& part, const QList<Cell>& whole)
{
    qint64 sum = 0;
    for (const Cell& c : whole) {
        if (c.suppressed) {
            return QJsonValue();
        }
        sum += c.count;
    }
    if (part.suppressed || sum <= 0) {
        return QJsonValue();
    }
    return std::min(1.0, static_cast<double>(part.count) / static_cast<double>(sum));
}

/**
 * One way of telling by age band ("which ways worked for which children"), published whole
 * or not at all, like the Release's role and age breakdowns. These counts are tied to nearly
 * every other figure of the view: each outcome and rating by band adds up to the way's own
 * outcome or rating, a band's outcomes add up to the sessions of that band offered the way,
 * which with those not offered it ("sessions minus offered", from two shown totals) make up
 * the band's sessions in reach, and the hub's are the consultations' added up. Hiding cells
 * one table at a time left chains through several of those that a reader could follow, so a
 * consultation's breakdown is shown only when nothing it is tied to is hidden: every count
 * in it is 0 or at least k, the way's outcomes and ratings in that consultation are all
 * shown, and so are the consultation's sessions by age band. Then each relation only links
 * counts that are all known, and no hidden count can be worked out through them. The hub's
 * breakdown is shown only when every consultation's is (else "the hub's minus the others'"
 * would give a hidden one away) and the same holds for the hub's own figures. A withheld
 * breakdown hides every cell, zeros and large ones alike, each saying so, except in the
 * `emptyBands` that the same view's reach shows to have no sessions: their zeros are
 * published already (and the band is left out where figures are listed).
 */
QJsonArray methodByAgeBand(const ParticipationInput& in, const QString& consultation,
                           const QString& type, const QStringList& consultations,
                           const QSet<QString>& methodShown, const QSet<QString>& agesShown,
                           const QSet<QString>& emptyBands)
{
    const int k = in.threshold;
    // Counts by consultation ("" = the hub), outcome or rating, and age band.
    QHash<QString, Cell> counts;
    const auto keyOf = [](const QString& c, const QString& value, const QString& band) {
        return c + QLatin1Char('\n') + value + QLatin1Char('\n') + band;
    };
    for (const ParticipationRow& r : in.sessions) {
        for (const ParticipationActivity& a : r.activities) {
            if (a.type != type) {
                continue;
            }
            for (const QString& value : {a.outcome, a.rating}) {
                if (value.isEmpty()) {
                    continue; // no rating given: not a cell of these tables
                }
                for (const QString& c : {r.consultation, QString()}) {
                    Cell& cell = counts[keyOf(c, value, r.ageBand)];
                    ++cell.count;
                    cell.keySum += r.recordKey;
                }
            }
        }
    }
    const QStringList rated{QStringLiteral("liked"), QStringLiteral("okay"),
                            QStringLiteral("not-liked")};
    QStringList values = outcomes();
    values << rated;
    const auto clean = [&](const QString& c) {
        if (!methodShown.contains(c) || !agesShown.contains(c)) {
            return false;
        }
        for (const QString& value : values) {
            for (const QString& band : ageBandList()) {
                const qint64 n = counts.value(keyOf(c, value, band)).count;
                if (n > 0 && n < k) {
                    return false;
                }
            }
        }
        return true;
    };
    bool shown = clean(consultation);
    if (consultation.isEmpty()) {
        shown = shown && std::all_of(consultations.begin(), consultations.end(), clean);
    }
    const auto cellAt = [&](const QString& value, const QString& band) {
        Cell c = counts.value(keyOf(consultation, value, band));
        c.value = band;
        c.suppressed = !shown && !emptyBands.contains(band);
        return publishCell(c, k);
    };
    QJsonArray bands;
    for (const QString& band : ageBandList()) {
        const Cell completed = cellAt(QStringLiteral("completed"), band);
        const Cell skipped = cellAt(QStringLiteral("skipped"), band);
        const Cell started = cellAt(QStringLiteral("started"), band);
        const Cell liked = cellAt(QStringLiteral("liked"), band);
        const Cell okay = cellAt(QStringLiteral("okay"), band);
        const Cell notLiked = cellAt(QStringLiteral("not-liked"), band);
        bands.append(
            QJsonObject{{"ageBand", band},
                        {"completed", cellJson(completed)},
                        {"skipped", cellJson(skipped)},
                        {"leftUnfinished", cellJson(started)},
                        {"completedShare", shareOfShown(completed, {completed, skipped, started})},
                        {"ratings", QJsonObject{{"liked", cellJson(liked)},
                                                {"okay", cellJson(okay)},
                                                {"not-liked", cellJson(notLiked)}}},
                        {"likedShare", shareOfShown(liked, {liked, okay, notLiked})}});
    }
    return bands;
}

QJsonObject voice(const ParticipationInput& in, const QString& consultation)
{
    const int k = in.threshold;
    // Every type the hub has seen, in every answer, so that the list says nothing by itself.
    QStringList types;
    for (const ParticipationRow& r : in.sessions) {
        for (const ParticipationActivity& a : r.activities) {
            if (!types.contains(a.type)) {
                types << a.type;
            }
        }
    }
    std::sort(types.begin(), types.end());
    // Where reach shows the sessions by age band whole (its own table, as reach() makes it):
    // a way's age bands are tied to them.
    Table byAge(ageBandList());
    QStringList consultations;
    for (const ParticipationRow& r : in.sessions) {
        byAge.add(r.consultation, r.ageBand, r.recordKey);
        if (!consultations.contains(r.consultation)) {
            consultations << r.consultation;
        }
    }
    const QSet<QString> agesShown = byAge.shownWhole(consultations, k);
    QSet<QString> emptyBands; // in this view, as reach() publishes them
    for (const Cell& c : byAge.published(consultation, k).cells) {
        if (!c.suppressed && c.count == 0) {
            emptyBands.insert(c.value);
        }
    }
    QJsonArray methods;
    for (const QString& type : types) {
        Table byOutcome(outcomes());
        Table byRating(ratings());
        QList<qint64> seconds;
        for (const ParticipationRow& r : in.sessions) {
            for (const ParticipationActivity& a : r.activities) {
                if (a.type != type) {
                    continue;
                }
                byOutcome.add(r.consultation, a.outcome, r.recordKey);
                byRating.add(r.consultation, a.rating.isEmpty() ? QStringLiteral("none") : a.rating,
                             r.recordKey);
                if (inScope(r.consultation, consultation)) {
                    seconds << a.seconds;
                }
            }
        }
        const QSet<QString> hiddenOffered = sharedHiddenTotals({&byOutcome, &byRating}, k);
        const Breakdown o = byOutcome.published(consultation, k, Linked{hiddenOffered});
        const Breakdown rated = byRating.published(consultation, k, Linked{hiddenOffered});
        QSet<QString> methodShown = byOutcome.shownWhole(consultations, k, Linked{hiddenOffered});
        methodShown.intersect(byRating.shownWhole(consultations, k, Linked{hiddenOffered}));
        const auto mid = median(seconds);
        methods.append(
            QJsonObject{{"type", type},
                        {"offered", cellJson(o.total)},
                        {"completed", counted(cellOf(o, QStringLiteral("completed")), o.total)},
                        {"skipped", counted(cellOf(o, QStringLiteral("skipped")), o.total)},
                        {"leftUnfinished", counted(cellOf(o, QStringLiteral("started")), o.total)},
                        {"medianSeconds", medianJson(mid, o.total)},
                        {"ratings", breakdownJson(rated)},
                        {"byAgeBand", methodByAgeBand(in, consultation, type, consultations,
                                                      methodShown, agesShown, emptyBands)}});
    }
    return QJsonObject{{"methods", methods}};
}

QJsonObject audience(const ParticipationInput& in, const QString& consultation)
{
    const int k = in.threshold;
    const QStringList yesNo{QStringLiteral("yes"), QStringLiteral("no")};
    Table read(yesNo);
    Table themed(yesNo);
    Table quoted(yesNo);
    QList<qint64> days;
    for (const AudienceRow& r : in.records) {
        auto yes = [](bool b) { return b ? QStringLiteral("yes") : QStringLiteral("no"); };
        read.add(r.consultation, yes(r.read), r.recordKey);
        themed.add(r.consultation, yes(r.themed), r.recordKey);
        quoted.add(r.consultation, yes(r.quoted), r.recordKey);
        if (r.daysToFirstRead && inScope(r.consultation, consultation)) {
            days << *r.daysToFirstRead;
        }
    }
    const Breakdown r = read.published(consultation, k);
    const Breakdown t = themed.published(consultation, k);
    const Breakdown q = quoted.published(consultation, k);
    const Cell readCell = cellOf(r, QStringLiteral("yes"));
    return QJsonObject{{"records", cellJson(r.total)},
                       {"read", counted(readCell, r.total)},
                       {"themed", counted(cellOf(t, QStringLiteral("yes")), t.total)},
                       {"quoted", counted(cellOf(q, QStringLiteral("yes")), q.total)},
                       {"medianDaysToFirstReview", medianJson(median(days), readCell)}};
}

QJsonObject influence(const ParticipationInput& in, const QString& consultation)
{
    Table told({QStringLiteral("told"), QStringLiteral("not-yet")});
    for (const DeviceReach& d : in.devices) {
        told.add(d.consultation, d.told ? QStringLiteral("told") : QStringLiteral("not-yet"),
                 d.key);
    }
    const Breakdown b = told.published(consultation, in.threshold);
    return QJsonObject{{"loopClosure", in.loopClosure},
                       {"devices", cellJson(b.total)},
                       {"devicesTold", counted(cellOf(b, QStringLiteral("told")), b.total)}};
}

/** The intent of one consultation, or every consultation's added up. */
std::optional<Intent> intentFor(const ParticipationInput& in, const QString& consultation)
{
    if (!consultation.isEmpty()) {
        const auto it = in.intents.constFind(consultation);
        return it == in.intents.constEnd() ? std::nullopt : std::optional<Intent>(*it);
    }
    if (in.intents.isEmpty()) {
        return std::nullopt;
    }
    Intent sum;
    double hours = 0;
    bool anyHours = false;
    for (const Intent& i : in.intents) {
        for (auto it = i.byRole.begin(); it != i.byRole.end(); ++it) {
            sum.byRole[it.key()] += it.value();
        }
        for (auto it = i.byAgeBand.begin(); it != i.byAgeBand.end(); ++it) {
            sum.byAgeBand[it.key()] += it.value();
        }
        if (i.plannedHours) {
            hours += *i.plannedHours;
            anyHours = true;
        }
    }
    if (anyHours) {
        sum.plannedHours = hours;
    }
    return sum;
}

QJsonObject reach(const ParticipationInput& in, const QString& consultation,
                  const std::optional<Intent>& intent, Breakdown* heardTotal)
{
    const int k = in.threshold;
    Table byRole(roleList());
    Table byAge(ageBandList());
    for (const ParticipationRow& r : in.sessions) {
        byRole.add(r.consultation, r.role, r.recordKey);
        byAge.add(r.consultation, r.ageBand, r.recordKey);
    }
    const Breakdown roles = byRole.published(consultation, k);
    const Breakdown ages = byAge.published(consultation, k);
    *heardTotal = roles;
    QJsonArray against;
    QJsonArray notYet;
    auto compare = [&](const char* group, const QMap<QString, int>& expected,
                       const Breakdown& heard) {
        for (auto it = expected.begin(); it != expected.end(); ++it) {
            const Cell h = cellOf(heard, it.key());
            // "Not yet heard" only where nobody is heard and the zero is shown (a hidden
            // zero would tell where the hidden people are not).
            const bool none = !h.suppressed && h.count == 0 && it.value() > 0;
            QJsonObject o{{"group", QLatin1String(group)},
                          {"value", it.key()},
                          {"expected", it.value()},
                          {"suppressed", h.suppressed},
                          {"notYetHeard", none}};
            o.insert(QStringLiteral("heard"), countJson(h));
            against.append(o);
            if (none) {
                notYet.append(QJsonObject{{"group", QLatin1String(group)}, {"value", it.key()}});
            }
        }
    };
    if (intent) {
        compare("role", intent->byRole, roles);
        compare("ageBand", intent->byAgeBand, ages);
    }
    QJsonObject o{{"heard", QJsonObject{{"byRole", breakdownJson(roles)},
                                        {"byAgeBand", breakdownJson(ages)}}},
                  {"againstIntended", against},
                  {"notYetHeard", notYet}};
    o.insert(QStringLiteral("intent"), intent ? QJsonValue(intentJson(*intent)) : QJsonValue());
    return o;
}

QJsonObject resourcing(const ParticipationInput& in, const QString& consultation,
                       const std::optional<Intent>& intent, const Breakdown& heard)
{
    Table sessions({QStringLiteral("sessions")});
    qint64 minutes = 0;
    QList<qint64> lengths;
    for (const ParticipationRow& r : in.sessions) {
        sessions.add(r.consultation, QStringLiteral("sessions"), r.recordKey);
        if (inScope(r.consultation, consultation)) {
            minutes += r.practitionerMinutes;
            lengths << r.minutes;
        }
    }
    const Breakdown b = sessions.published(consultation, in.threshold);
    // The hours of fewer than k sessions would describe those few sessions: hidden with them.
    const bool shown = !b.total.suppressed;
    const double hours = roundedHours(minutes);
    QJsonObject o{{"sessions", cellJson(b.total)}, {"hoursSuppressed", b.total.suppressed}};
    o.insert(QStringLiteral("practitionerHours"), shown ? QJsonValue(hours) : QJsonValue());
    o.insert(
        QStringLiteral("hoursPerVoiceHeard"),
        shown && !heard.total.suppressed && heard.total.count > 0
            ? QJsonValue(std::round(hours / static_cast<double>(heard.total.count) * 10.0) / 10.0)
            : QJsonValue());
    o.insert(QStringLiteral("medianSessionMinutes"),
             medianJson(median(lengths), b.total).value(QStringLiteral("value")));
    // A spurious GCC warning reads a disengaged optional here: a plain value and a flag.
    const bool hasPlan = intent && intent->plannedHours.has_value();
    const double planned = hasPlan ? intent->plannedHours.value_or(0.0) : 0.0;
    o.insert(QStringLiteral("plannedHours"), hasPlan ? QJsonValue(planned) : QJsonValue());
    o.insert(QStringLiteral("usedShareOfPlanned"),
             shown && hasPlan && planned > 0
                 ? QJsonValue(std::round(hours / planned * 100.0) / 100.0)
                 : QJsonValue());
    return o;
}

} // namespace

std::optional<double> median(QList<qint64> values)
{
    if (values.isEmpty()) {
        return std::nullopt;
    }
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return (static_cast<double>(values[(n - 1) / 2]) + static_cast<double>(values[n / 2])) / 2.0;
}

QJsonObject participationView(const ParticipationInput& in, const QString& consultation)
{
    const std::optional<Intent> intent = intentFor(in, consultation);
    Breakdown heard;
    QJsonObject out{{"smallNumberThreshold", in.threshold},
                    {"space", space(in, consultation)},
                    {"voice", voice(in, consultation)},
                    {"audience", audience(in, consultation)},
                    {"influence", influence(in, consultation)}};
    out.insert(QStringLiteral("reach"), reach(in, consultation, intent, &heard));
    out.insert(QStringLiteral("resourcing"), resourcing(in, consultation, intent, heard));
    out.insert(QStringLiteral("consultation"),
               consultation.isEmpty() ? QJsonValue() : QJsonValue(consultation));
    return out;
}

QJsonObject intentJson(const Intent& intent)
{
    QJsonObject roles;
    for (auto it = intent.byRole.begin(); it != intent.byRole.end(); ++it) {
        roles.insert(it.key(), it.value());
    }
    QJsonObject ages;
    for (auto it = intent.byAgeBand.begin(); it != intent.byAgeBand.end(); ++it) {
        ages.insert(it.key(), it.value());
    }
    QJsonObject o{{"expected", QJsonObject{{"byRole", roles}, {"byAgeBand", ages}}},
                  {"notes", intent.notes}};
    o.insert(QStringLiteral("plannedHours"),
             intent.plannedHours ? QJsonValue(*intent.plannedHours) : QJsonValue());
    o.insert(QStringLiteral("updatedAt"),
             intent.updatedAt.isEmpty() ? QJsonValue() : QJsonValue(intent.updatedAt));
    return o;
}

Result<Intent, ProtocolError> decodeIntent(const QJsonObject& body)
{
    auto refuse = [](const QString& field, const QString& why) {
        return protocolError(field, QStringLiteral("invalid_value"), why);
    };
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key() != QLatin1String("expected") && it.key() != QLatin1String("notes") &&
            it.key() != QLatin1String("plannedHours")) {
            return refuse(it.key(), QStringLiteral("unknown field; allowed: expected, notes, "
                                                   "plannedHours"));
        }
    }
    Intent intent;
    const QJsonValue expected = body.value(QLatin1String("expected"));
    if (!expected.isObject()) {
        return refuse(QStringLiteral("expected"),
                      QStringLiteral("required: an object with byRole and byAgeBand"));
    }
    const QJsonObject e = expected.toObject();
    struct Part
    {
        const char* key;
        const QStringList& allowed;
        QMap<QString, int>* into;
    };
    for (const Part& p : {Part{"byRole", roleList(), &intent.byRole},
                          Part{"byAgeBand", ageBandList(), &intent.byAgeBand}}) {
        const QString path = QStringLiteral("expected.") + QLatin1String(p.key);
        const QJsonValue v = e.value(QLatin1String(p.key));
        if (!v.isUndefined() && !v.isObject()) {
            return refuse(path, QStringLiteral("expected an object of counts"));
        }
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString at = path + QLatin1Char('.') + it.key();
            if (!p.allowed.contains(it.key())) {
                return refuse(at, QStringLiteral("expected one of ") +
                                      p.allowed.join(QStringLiteral(", ")));
            }
            const double n = it.value().toDouble(-1);
            if (!it.value().isDouble() || n != std::floor(n) || n < 0 || n > 100000) {
                return refuse(at, QStringLiteral("expected a whole number from 0 to 100000"));
            }
            p.into->insert(it.key(), static_cast<int>(n));
        }
    }
    for (auto it = e.begin(); it != e.end(); ++it) {
        if (it.key() != QLatin1String("byRole") && it.key() != QLatin1String("byAgeBand")) {
            return refuse(QStringLiteral("expected.") + it.key(),
                          QStringLiteral("unknown field; allowed: byRole, byAgeBand"));
        }
    }
    const QJsonValue notes = body.value(QLatin1String("notes"));
    if (!notes.isUndefined() && !notes.isString()) {
        return refuse(QStringLiteral("notes"), QStringLiteral("expected a string"));
    }
    intent.notes = notes.toString().trimmed();
    if (intent.notes.size() > 2000) {
        return refuse(QStringLiteral("notes"), longerThanWords(2000));
    }
    if (hasControl(intent.notes, true)) { // the same rule as every other text field
        return refuse(QStringLiteral("notes"), QStringLiteral("contains control characters"));
    }
    const QJsonValue hours = body.value(QLatin1String("plannedHours"));
    if (!hours.isUndefined() && !hours.isNull()) {
        const double h = hours.toDouble(-1);
        if (!hours.isDouble() || h < 0 || h > 100000 || !std::isfinite(h)) {
            return refuse(QStringLiteral("plannedHours"),
                          QStringLiteral("expected a number of hours from 0 to 100000"));
        }
        intent.plannedHours = h;
    }
    return intent;
}

} // namespace chorus::hub
