// The disclosure layer (sync/hub/review/disclosure.h) against an adversary (issue 18): random
// populations on a random hub, every answer the review API and the report would publish,
// and a reader who combines them by differencing and subset reasoning. The test fails when
// any combination pins down a count from 1 to k-1, or the role or age band of a record whose
// field is hidden. The adversary is given more than the API gives: it knows every true count
// that is shown (as if the perturbation could be undone), so what it cannot learn is
// protected by suppression itself, not only by the noise.
#include "sync/hub/protocol/hubprotocol.h"
#include "sync/hub/review/disclosure.h"
#include "sync/hub/review/participation.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QTest>

#include <deque>
#include <map>
#include <numeric>
#include <set>

using namespace chorus::hub;

namespace {

constexpr qint64 kUnbounded = 1'000'000'000;
/** Random hubs in ageBandFiguresAcrossViews. The release build runs them all; the sanitizer
 *  build runs a quarter, because it is there for memory errors (the same code on every seed)
 *  and the whole set costs about three minutes of scripts/test's thirty under ASan. */
#if defined(__SANITIZE_ADDRESS__)
constexpr quint32 kAgeBandSeeds = 25;
#else
constexpr quint32 kAgeBandSeeds = 100;
#endif

/** One record of a made-up population. */
struct Person
{
    QString consultation, activity, prompt, kind, role, ageBand, week;
    bool closed = false;
    int key = 0;
};

/**
 * What the adversary knows about unknown counts: an interval per count and the linear
 * relations "total = sum of parts" it can read off the API's documentation. Propagation
 * to a fixed point is differencing (total minus parts), subset reasoning (a part is at
 * most its total) and chains of both.
 */
class Adversary
{
public:
    int var(const QString& name, qint64 truth)
    {
        if (const auto it = m_at.find(name); it != m_at.end()) {
            return it->second;
        }
        m_at[name] = static_cast<int>(m_lo.size());
        m_names << name;
        m_truth << truth;
        m_lo << 0;
        m_hi << kUnbounded;
        return static_cast<int>(m_lo.size() - 1);
    }
    [[nodiscard]] bool has(const QString& name) const { return m_at.count(name) > 0; }
    int at(const QString& name) const { return m_at.at(name); }
    void know(int v, qint64 value)
    {
        m_lo[v] = std::max(m_lo[v], value);
        m_hi[v] = std::min(m_hi[v], value);
    }
    void sum(int total, const QList<int>& parts) { m_eqs.push_back({total, parts}); }
    /** Interval propagation to a fixed point; false if the knowledge is contradictory. */
    bool propagate()
    {
        index();
        std::vector<int> every(m_eqs.size());
        std::iota(every.begin(), every.end(), 0);
        return narrow(m_lo, m_hi, every);
    }
    [[nodiscard]] qint64 lo(int v) const { return m_lo[v]; }
    [[nodiscard]] qint64 hi(int v) const { return m_hi[v]; }
    [[nodiscard]] qint64 truth(int v) const { return m_truth[v]; }
    [[nodiscard]] const QStringList& names() const { return m_names; }
    /** A small count the adversary has pinned down, by name; empty if none. */
    [[nodiscard]] QString pinnedSmall(int threshold, const QString& onlyPrefix = {}) const
    {
        for (int v = 0; v < m_lo.size(); ++v) {
            if (!m_names[v].startsWith(onlyPrefix)) {
                continue;
            }
            if (m_truth[v] > 0 && m_truth[v] < threshold && m_lo[v] == m_hi[v] &&
                m_secret.count(v)) {
                return QStringLiteral("%1 = %2").arg(m_names[v]).arg(m_truth[v]);
            }
        }
        return {};
    }
    /**
     * Shaving, a stronger attack than propagation alone: for each secret small count, try
     * every value its bounds allow, propagate, and rule out the values that contradict what
     * is known. A count left with one possible value is pinned by a case split that plain
     * propagation does not make (it finds much of what a linear-programming attacker finds).
     */
    [[nodiscard]] QString pinnedByShaving(int threshold, const QString& onlyPrefix = {}) const
    {
        constexpr qint64 kMostTried = 64;
        // From the fixed point, a tried value only moves what its relations reach: each try
        // narrows from there on a copy of the bounds (not of the names).
        QList<qint64> lo = m_lo;
        QList<qint64> hi = m_hi;
        index();
        std::vector<int> every(m_eqs.size());
        std::iota(every.begin(), every.end(), 0);
        if (!narrow(lo, hi, every)) {
            return {};
        }
        for (int v = 0; v < lo.size(); ++v) {
            if (!m_secret.count(v) || m_truth[v] <= 0 || m_truth[v] >= threshold ||
                !m_names[v].startsWith(onlyPrefix) || hi[v] - lo[v] > kMostTried) {
                continue;
            }
            int possible = 0;
            qint64 value = -1;
            for (qint64 x = lo[v]; x <= hi[v] && possible < 2; ++x) {
                QList<qint64> probeLo = lo;
                QList<qint64> probeHi = hi;
                probeLo[v] = probeHi[v] = x;
                if (narrow(probeLo, probeHi, m_eqsOf[static_cast<size_t>(v)])) {
                    ++possible;
                    value = x;
                }
            }
            if (possible == 1) {
                return QStringLiteral("%1 = %2 (by shaving)").arg(m_names[v]).arg(value);
            }
        }
        return {};
    }
    /** Whether count `v` can be at least 1 given everything known (after propagation). */
    [[nodiscard]] bool canBePositive(int v) const
    {
        if (m_hi[v] <= 0) {
            return false;
        }
        QList<qint64> lo = m_lo;
        QList<qint64> hi = m_hi;
        lo[v] = std::max<qint64>(lo[v], 1);
        index();
        std::vector<int> every(m_eqs.size());
        std::iota(every.begin(), every.end(), 0);
        return narrow(lo, hi, every);
    }
    /** Counts the API did not show (suppressed, or never published): to be protected. */
    void secret(int v) { m_secret.insert(v); }

private:
    /** Which relations each count is in (rebuilt when counts or relations were added). */
    void index() const
    {
        if (m_eqsOf.size() == static_cast<size_t>(m_lo.size()) && m_indexed == m_eqs.size()) {
            return;
        }
        m_eqsOf.assign(static_cast<size_t>(m_lo.size()), {});
        for (size_t e = 0; e < m_eqs.size(); ++e) {
            m_eqsOf[static_cast<size_t>(m_eqs[e].first)].push_back(static_cast<int>(e));
            for (const int p : m_eqs[e].second) {
                m_eqsOf[static_cast<size_t>(p)].push_back(static_cast<int>(e));
            }
        }
        m_indexed = m_eqs.size();
    }
    /**
     * Narrows the bounds through the relations to a fixed point, starting from `start` and
     * revisiting only the relations of counts whose bounds moved (a work list: the same
     * fixed point as sweeping every relation until nothing moves, at a fraction of the
     * cost). A cycle of relations with an unbounded count can narrow it one at a time from a
     * billion: stop after as many visits as 5000 sweeps (the layer's own audit makes 2000).
     * False if the bounds contradict each other. `index()` must be current.
     */
    bool narrow(QList<qint64>& lo, QList<qint64>& hi, const std::vector<int>& start) const
    {
        const auto tighten = [&](int v, qint64 newLo, qint64 newHi) {
            bool changed = false;
            if (newLo > lo[v]) {
                lo[v] = newLo;
                changed = true;
            }
            if (newHi < hi[v]) {
                hi[v] = newHi;
                changed = true;
            }
            return changed;
        };
        std::deque<int> queue(start.begin(), start.end());
        std::vector<char> queued(m_eqs.size(), 0);
        for (const int e : start) {
            queued[static_cast<size_t>(e)] = 1;
        }
        std::vector<int> moved;
        const auto touch = [&](int v) { moved.push_back(v); };
        const size_t mostVisits = 5000 * (m_eqs.size() + 1);
        for (size_t visits = 0; !queue.empty() && visits < mostVisits; ++visits) {
            const int e = queue.front();
            queue.pop_front();
            queued[static_cast<size_t>(e)] = 0;
            const auto& [t, parts] = m_eqs[static_cast<size_t>(e)];
            moved.clear();
            qint64 sumLo = 0;
            qint64 sumHi = 0;
            for (const int p : parts) {
                sumLo += lo[p];
                sumHi = std::min(kUnbounded, sumHi + hi[p]);
            }
            if (tighten(t, sumLo, sumHi)) {
                touch(t);
            }
            for (const int p : parts) {
                const qint64 othersLo = sumLo - lo[p];
                const qint64 othersHi = sumHi >= kUnbounded ? kUnbounded : sumHi - hi[p];
                const qint64 newLo = othersHi >= kUnbounded ? 0 : lo[t] - othersHi;
                const qint64 newHi = hi[t] >= kUnbounded ? kUnbounded : hi[t] - othersLo;
                if (tighten(p, newLo, newHi)) {
                    touch(p);
                }
                if (lo[p] > hi[p]) {
                    return false;
                }
            }
            if (lo[t] > hi[t]) {
                return false;
            }
            for (const int v : moved) {
                for (const int next : m_eqsOf[static_cast<size_t>(v)]) {
                    if (!queued[static_cast<size_t>(next)]) {
                        queued[static_cast<size_t>(next)] = 1;
                        queue.push_back(next);
                    }
                }
            }
        }
        return true;
    }
    std::map<QString, int> m_at;
    QStringList m_names;
    QList<qint64> m_truth, m_lo, m_hi;
    std::vector<std::pair<int, QList<int>>> m_eqs;
    std::set<int> m_secret;
    mutable std::vector<std::vector<int>> m_eqsOf; ///< index(): relations of each count
    mutable size_t m_indexed = 0;                  ///< relations in m_eqsOf
};

/** A random population, skewed so that small groups are common. */
QList<Person> population(QRandomGenerator& rng, int consultations)
{
    const QStringList roleList = roles();
    const QStringList ageList = ageBands();
    auto pick = [&](const QStringList& values, int skew) {
        // Low indexes are frequent, high ones rare: small cells appear often.
        const int n = static_cast<int>(values.size());
        int i = static_cast<int>(rng.bounded(n));
        for (int s = 0; s < skew && i > 0; ++s) {
            i = static_cast<int>(rng.bounded(i + 1));
        }
        return values[i];
    };
    QList<Person> out;
    for (int c = 0; c < consultations; ++c) {
        const int n = static_cast<int>(rng.bounded(45));
        for (int i = 0; i < n; ++i) {
            Person p;
            p.consultation = QStringLiteral("c%1").arg(c);
            p.activity = pick({"talk", "feelings"}, 1);
            p.prompt =
                p.activity == QLatin1String("feelings") ? pick({"today", "school"}, 1) : QString();
            p.kind = pick({"text", "scale", "choice"}, 1);
            p.role = pick(roleList, 2);
            p.ageBand = pick(ageList, 2);
            p.week = pick({"2026-W48", "2026-W49", "2026-W50"}, 1);
            p.closed = rng.bounded(3) == 0;
            p.key = static_cast<int>(rng.bounded(kRecordKeyRange));
            out << p;
        }
    }
    return out;
}

QList<Stratum> strataOf(const QList<Person>& people)
{
    std::map<QString, Stratum> byKey;
    for (const Person& p : people) {
        const QString k = QStringList{p.consultation, p.activity, p.prompt, p.kind,
                                      p.role,         p.ageBand,  p.week,   p.closed ? "1" : "0"}
                              .join(QLatin1Char('|'));
        Stratum& s = byKey[k];
        s = Stratum{p.consultation, p.activity, p.prompt, p.kind,      p.role,
                    p.ageBand,      p.week,     p.closed, s.count + 1, s.keySum + p.key};
    }
    QList<Stratum> out;
    for (const auto& [k, s] : byKey) {
        out << s;
    }
    return out;
}

/** The true number of people for whom `match` holds. */
template <typename F> qint64 countOf(const QList<Person>& people, F match)
{
    return std::count_if(people.begin(), people.end(), match);
}

/** Tells the adversary one published cell: its exact true value if shown, else a secret. */
void publish(Adversary& a, const QString& name, const Cell& cell, qint64 truth)
{
    const int v = a.var(name, truth);
    if (cell.suppressed) {
        a.secret(v);
    } else {
        a.know(v, truth); // stronger than the API: as if the perturbation were undone
    }
}

struct Dim
{
    QString name;
    QStringList values;
    std::function<QString(const Person&)> of;
};

} // namespace

class TestDisclosure : public QObject
{
    Q_OBJECT

private:
    /** Seeds of the random hubs: fixed ones (repeatable), and fresh ones when asked for with
     *  CHORUS_DISCLOSURE_FRESH_SEEDS=N. Fresh seeds are exploration, not a gate: they found
     *  the leak of theFreshSeedLeakIsClosed() at random, and a CI run must not pass or fail
     *  by chance. A failure names its seed; add it to the fixed ones once fixed. */
    QList<quint32> seeds() const
    {
        QList<quint32> out;
        for (quint32 s = 1; s <= 300; ++s) {
            out << s;
        }
        const int freshCount = qEnvironmentVariableIntValue("CHORUS_DISCLOSURE_FRESH_SEEDS");
        if (freshCount <= 0) {
            qInfo("fresh seeds off (set CHORUS_DISCLOSURE_FRESH_SEEDS=N to explore more hubs)");
        }
        // CHORUS_DISCLOSURE_FIRST_SEED repeats a run of fresh seeds that a failure named.
        const quint32 fresh = qEnvironmentVariableIsSet("CHORUS_DISCLOSURE_FIRST_SEED")
                                  ? qEnvironmentVariable("CHORUS_DISCLOSURE_FIRST_SEED").toUInt()
                                  : QRandomGenerator::system()->generate();
        for (quint32 i = 0; freshCount > 0 && i < quint32(freshCount); ++i) {
            out << fresh + i;
        }
        if (freshCount > 0) {
            qInfo("fresh seeds from %u", fresh);
        }
        return out;
    }

    /** What one random hub lets the adversary learn that it must not, or "" (the checks of
     *  noCombinationPinsASmallCount for one seed); counts the hidden role cells it saw. */
    QString leakFor(quint32 seed, int* suppressedSeen = nullptr) const
    {
        QRandomGenerator rng(seed);
        const int threshold = rng.bounded(2) == 0 ? kDefaultThreshold : kMinimumThreshold;
        const QList<Person> people = population(rng, 1 + static_cast<int>(rng.bounded(3)));
        const Release r = release(strataOf(people), threshold);
        for (const bool withRecords : {false, true}) {
            Adversary a;
            observe(a, people, r, withRecords, threshold);
            if (!a.propagate()) {
                return QStringLiteral("seed %1: the published answers contradict the truth")
                    .arg(seed);
            }
            // A report reader must not pin any small count; a reviewer with the records must
            // not pin a small count of a role, an age band or a pair.
            if (const QString pinned = withRecords ? QString() : a.pinnedSmall(threshold);
                !pinned.isEmpty()) {
                return QStringLiteral("seed %1 (report reader): %2").arg(seed).arg(pinned);
            }
            if (const QString pinned = withRecords ? QString() : a.pinnedByShaving(threshold);
                !pinned.isEmpty()) {
                return QStringLiteral("seed %1 (report reader): %2").arg(seed).arg(pinned);
            }
            for (const QString& prefix :
                 {QStringLiteral("c0/role/"), QStringLiteral("c1/role/"),
                  QStringLiteral("c2/role/"), QStringLiteral("c0/age/"), QStringLiteral("c1/age/"),
                  QStringLiteral("c2/age/"), QStringLiteral("c0/pair/"), QStringLiteral("c1/pair/"),
                  QStringLiteral("c2/pair/"), QStringLiteral("hub/role/"),
                  QStringLiteral("hub/age/")}) {
                if (const QString p = a.pinnedSmall(threshold, prefix).isEmpty()
                                          ? a.pinnedByShaving(threshold, prefix)
                                          : a.pinnedSmall(threshold, prefix);
                    !p.isEmpty()) {
                    return QStringLiteral("seed %1 (%2): %3")
                        .arg(seed)
                        .arg(withRecords ? "reviewer" : "reader")
                        .arg(p);
                }
            }
            if (const QString learnt = hiddenFieldLearnt(a, people, r); !learnt.isEmpty()) {
                return QStringLiteral("seed %1: %2").arg(seed).arg(learnt);
            }
        }
        if (suppressedSeen) {
            for (const ConsultationRelease& cr : r.consultations) {
                *suppressedSeen += std::count_if(cr.byRole.cells.begin(), cr.byRole.cells.end(),
                                                 [](const Cell& c) { return c.suppressed; });
            }
        }
        return {};
    }

    /**
     * Feeds the adversary everything published about the hub, and the relations between
     * the counts. With `withRecords`, also what a reviewer reads off the record list: each
     * record's activity, prompt, kind and week (so those counts are exact), its role and
     * age band where shown, and the pairs of role and age band.
     */
    static void observe(Adversary& a, const QList<Person>& people, const Release& r,
                        bool withRecords, int threshold)
    {
        Q_UNUSED(threshold);
        QSet<QString> consultationSet;
        QSet<QString> kindSet;
        for (const Person& p : people) {
            consultationSet.insert(p.consultation);
            kindSet.insert(p.kind);
        }
        QStringList consultations(consultationSet.begin(), consultationSet.end());
        consultations.sort();
        QStringList kinds(kindSet.begin(), kindSet.end());
        kinds.sort();
        const QList<Dim> dims{
            {"role", roles(), [](const Person& p) { return p.role; }},
            {"age", ageBands(), [](const Person& p) { return p.ageBand; }},
            {"kind", kinds, [](const Person& p) { return p.kind; }},
            {"loop",
             {"withPublishedAction", "withoutPublishedAction"},
             [](const Person& p) {
                 return p.closed ? QStringLiteral("withPublishedAction")
                                 : QStringLiteral("withoutPublishedAction");
             }},
        };
        auto breakdownOf = [](const Breakdown& b, const QString& value) {
            for (const Cell& c : b.cells) {
                if (c.value == value) {
                    return c;
                }
            }
            return Cell{value, 0, true}; // not listed: unknown to the reader
        };
        const int hub = a.var("hub", people.size());
        publish(a, "hub", r.total, people.size());
        QList<int> consultationTotals;
        for (const QString& c : consultations) {
            const ConsultationRelease cr = r.consultation(c);
            const QList<Person> mine = [&] {
                QList<Person> m;
                std::copy_if(people.begin(), people.end(), std::back_inserter(m),
                             [&](const Person& p) { return p.consultation == c; });
                return m;
            }();
            const int total = a.var(c, mine.size());
            consultationTotals << total;
            publish(a, c, cr.total, mine.size());
            if (withRecords) {
                a.know(total, mine.size()); // the list can be paged to the end
            }
            const std::map<QString, const Breakdown*> published{{"role", &cr.byRole},
                                                                {"age", &cr.byAgeBand},
                                                                {"kind", &cr.byKind},
                                                                {"loop", &cr.loopClosure}};
            for (const Dim& d : dims) {
                QList<int> parts;
                for (const QString& v : d.values) {
                    const QString name = c + "/" + d.name + "/" + v;
                    const qint64 truth =
                        countOf(mine, [&](const Person& p) { return d.of(p) == v; });
                    parts << a.var(name, truth);
                    publish(a, name, breakdownOf(*published.at(d.name), v), truth);
                    const bool listed = (d.name == QLatin1String("role") && !cr.mask.hideRole) ||
                                        (d.name == QLatin1String("age") && !cr.mask.hideAgeBand) ||
                                        d.name == QLatin1String("kind") ||
                                        d.name == QLatin1String("loop");
                    if (withRecords && listed) {
                        a.know(parts.last(), truth);
                    }
                }
                a.sum(total, parts);
            }
            // Weeks: published per consultation only.
            QSet<QString> weekSet;
            for (const Person& p : mine) {
                weekSet.insert(p.week);
            }
            QList<int> weekParts;
            for (const QString& w : weekSet) {
                const qint64 truth = countOf(mine, [&](const Person& p) { return p.week == w; });
                weekParts << a.var(c + "/week/" + w, truth);
                publish(a, c + "/week/" + w, breakdownOf(cr.byWeek, w), truth);
                if (withRecords) {
                    a.know(weekParts.last(), truth);
                }
            }
            a.sum(total, weekParts);
            // Text and creative records.
            const qint64 texts = countOf(mine, [](const Person& p) { return p.kind == "text"; });
            const int text = a.var(c + "/text", texts);
            const int creative = a.var(c + "/creative", mine.size() - texts);
            publish(a, c + "/text", cr.textRecords, texts);
            publish(a, c + "/creative", cr.creativeRecords, mine.size() - texts);
            a.sum(total, {text, creative});
            // Activity > prompt > kind.
            QList<int> activityParts;
            for (const QString& act : {QStringLiteral("talk"), QStringLiteral("feelings")}) {
                const auto inActivity = [&](const Person& p) { return p.activity == act; };
                const int av = a.var(c + "/" + act, countOf(mine, inActivity));
                activityParts << av;
                publish(a, c + "/" + act, cr.activities.value(act, Cell{}),
                        countOf(mine, inActivity));
                QList<int> promptParts;
                for (const QString& pr :
                     {QString(), QStringLiteral("today"), QStringLiteral("school")}) {
                    const auto inPrompt = [&](const Person& p) {
                        return inActivity(p) && p.prompt == pr;
                    };
                    const QString pn = c + "/" + act + "/" + pr;
                    const int pv = a.var(pn, countOf(mine, inPrompt));
                    promptParts << pv;
                    publish(a, pn, cr.prompts.value(act + "\n" + pr, Cell{}),
                            countOf(mine, inPrompt));
                    QList<int> kindParts;
                    for (const QString& k : kinds) {
                        const auto inKind = [&](const Person& p) {
                            return inPrompt(p) && p.kind == k;
                        };
                        const QString kn = pn + "/" + k;
                        kindParts << a.var(kn, countOf(mine, inKind));
                        publish(a, kn, cr.kinds.value(act + "\n" + pr + "\n" + k, Cell{}),
                                countOf(mine, inKind));
                        if (withRecords) {
                            a.know(kindParts.last(), countOf(mine, inKind));
                        }
                    }
                    a.sum(pv, kindParts);
                }
                a.sum(av, promptParts);
            }
            a.sum(total, activityParts);
            // The kinds of the whole consultation are the kinds of its prompts added up.
            for (const QString& k : kinds) {
                QList<int> leaves;
                for (const QString& act : {QStringLiteral("talk"), QStringLiteral("feelings")}) {
                    for (const QString& pr :
                         {QString(), QStringLiteral("today"), QStringLiteral("school")}) {
                        leaves << a.at(c + "/" + act + "/" + pr + "/" + k);
                    }
                }
                a.sum(a.at(c + "/kind/" + k), leaves);
            }
            // Pairs of role and age band: never published, but what a reader could count
            // where both are shown, and bounded by the breakdowns where they are not.
            QList<int> byRole[8];
            QList<int> byAge[8];
            for (int ri = 0; ri < roles().size(); ++ri) {
                for (int ai = 0; ai < ageBands().size(); ++ai) {
                    const QString role = roles()[ri];
                    const QString age = ageBands()[ai];
                    const qint64 truth = countOf(
                        mine, [&](const Person& p) { return p.role == role && p.ageBand == age; });
                    const int v = a.var(c + "/pair/" + role + "/" + age, truth);
                    a.secret(v);
                    if (withRecords && !cr.mask.hideRole && !cr.mask.hideAgeBand) {
                        a.know(v, truth);
                    }
                    byRole[ri] << v;
                    byAge[ai] << v;
                }
            }
            for (int ri = 0; ri < roles().size(); ++ri) {
                a.sum(a.at(c + "/role/" + roles()[ri]), byRole[ri]);
            }
            for (int ai = 0; ai < ageBands().size(); ++ai) {
                a.sum(a.at(c + "/age/" + ageBands()[ai]), byAge[ai]);
            }
        }
        a.sum(hub, consultationTotals);
        // Hub-wide margins (the framework view without a consultation).
        const std::map<QString, const Breakdown*> hubWide{{"role", &r.byRole},
                                                          {"age", &r.byAgeBand},
                                                          {"kind", &r.byKind},
                                                          {"loop", &r.loopClosure}};
        for (const Dim& d : dims) {
            QList<int> parts;
            for (const QString& v : d.values) {
                const QString name = "hub/" + d.name + "/" + v;
                const qint64 truth = countOf(people, [&](const Person& p) { return d.of(p) == v; });
                parts << a.var(name, truth);
                publish(a, name, breakdownOf(*hubWide.at(d.name), v), truth);
                QList<int> column;
                for (const QString& c : consultations) {
                    column << a.at(c + "/" + d.name + "/" + v);
                }
                a.sum(parts.last(), column);
            }
            a.sum(hub, parts);
        }
        const qint64 texts = countOf(people, [](const Person& p) { return p.kind == "text"; });
        const int text = a.var("hub/text", texts);
        const int creative = a.var("hub/creative", people.size() - texts);
        publish(a, "hub/text", r.textRecords, texts);
        publish(a, "hub/creative", r.creativeRecords, people.size() - texts);
        a.sum(hub, {text, creative});
    }

    /** The role or age band of a record whose field is hidden, if the adversary knows it. */
    static QString hiddenFieldLearnt(const Adversary& a, const QList<Person>& people,
                                     const Release& r)
    {
        for (const auto& [c, cr] : r.consultations.asKeyValueRange()) {
            const bool any = std::any_of(people.begin(), people.end(),
                                         [&](const Person& p) { return p.consultation == c; });
            if (!any) {
                continue;
            }
            auto possible = [&](const QString& dim, const QStringList& values) {
                QStringList out;
                for (const QString& v : values) {
                    if (a.canBePositive(a.at(c + "/" + dim + "/" + v))) {
                        out << v;
                    }
                }
                return out;
            };
            if (cr.mask.hideRole && possible("role", roles()).size() == 1) {
                return c + ": every hidden role is " + possible("role", roles()).first();
            }
            if (cr.mask.hideAgeBand && cr.mask.hideRole &&
                possible("age", ageBands()).size() == 1) {
                return c + ": every hidden age band is " + possible("age", ageBands()).first();
            }
            if (cr.mask.hideAgeBand && !cr.mask.hideRole) {
                // The role is shown: is the age band of the records of one role known?
                for (const QString& role : roles()) {
                    if (a.lo(a.at(c + "/role/" + role)) == 0) {
                        continue;
                    }
                    QStringList ages;
                    for (const QString& age : ageBands()) {
                        if (a.canBePositive(a.at(c + "/pair/" + role + "/" + age))) {
                            ages << age;
                        }
                    }
                    if (ages.size() == 1) {
                        return c + ": every " + role + " is " + ages.first();
                    }
                }
            }
        }
        return {};
    }

    /** The population and the release of one hub, for the message of a failure. */
    static QString describe(quint32 seed)
    {
        QRandomGenerator rng(seed);
        const int threshold = rng.bounded(2) == 0 ? kDefaultThreshold : kMinimumThreshold;
        const QList<Person> people = population(rng, 1 + static_cast<int>(rng.bounded(3)));
        const Release r = release(strataOf(people), threshold);
        QString out = QStringLiteral("\nk = %1").arg(threshold);
        auto show = [&](const QString& name, const Breakdown& b) {
            out += "\n  " + name + ": total " + QString::number(b.total.count) +
                   (b.total.suppressed ? "*" : "");
            for (const Cell& c : b.cells) {
                out += " " + c.value + "=" + QString::number(c.count) + (c.suppressed ? "*" : "");
            }
        };
        for (const auto& [c, cr] : r.consultations.asKeyValueRange()) {
            out += QStringLiteral("\n%1 (role hidden on records: %2, age band: %3)")
                       .arg(c)
                       .arg(cr.mask.hideRole)
                       .arg(cr.mask.hideAgeBand);
            show("role", cr.byRole);
            show("age", cr.byAgeBand);
            show("kind", cr.byKind);
            show("loop", cr.loopClosure);
        }
        show("hub role", r.byRole);
        show("hub age", r.byAgeBand);
        show("hub kind", r.byKind);
        show("hub loop", r.loopClosure);
        return out + "\n(published values; * = hidden)";
    }

    /**
     * Issue 19's figures by age band (reach.heard.byAgeBand and each way of telling's
     * byAgeBand) on GET /v1/review/participation, for one random hub of sessions across roles
     * and age bands. (1) Each shown count is the direct count of the generated records as the
     * cell key method publishes it, and each count from 1 to k-1 is hidden and says so. (2)
     * Combined with every other figure that counts the same sessions (the sessions by mode
     * and by role, each way's outcomes and ratings, hub = sum of consultations), no hidden
     * count from 1 to k-1 is pinned: "a total plus all the bands but one" included. Fails
     * through QVERIFY; counts the hidden band cells seen and whether the reader, without the
     * layer's suppression of the hub's bands, pins something (the control).
     */
    static void checkAgeBandFigures(quint32 seed, int& hiddenBands, int& leaksWithoutTheLayer)
    {
        const QStringList types{"feelings-scale", "drawing"};
        const QStringList outcomeKeys{"completed", "skipped", "leftUnfinished"};
        const QStringList outcomeOf{"completed", "skipped", "started"};
        const QStringList ratingKeys{"liked", "okay", "not-liked"};
        QRandomGenerator rng(seed);
        ParticipationInput in;
        in.threshold = rng.bounded(2) == 0 ? kDefaultThreshold : kMinimumThreshold;
        const int k = in.threshold;
        const int consultations = 1 + static_cast<int>(rng.bounded(3));
        // The true counts and key sums, by name ("c0/age/8-11", "hub/m/drawing/skipped/8-11").
        std::map<QString, qint64> truth;
        std::map<QString, qint64> keys;
        const auto count = [&](const QString& cons, const QString& name, qint64 key) {
            for (const QString& v : {cons, QStringLiteral("hub")}) {
                truth[v + "/" + name] += 1;
                keys[v + "/" + name] += key;
            }
        };
        for (int c = 0; c < consultations; ++c) {
            const QString cons = QStringLiteral("c%1").arg(c);
            // Small groups are common: a third of the consultations are small, and most
            // sessions fall in two age bands, leaving the others few or none.
            const int n = static_cast<int>(rng.bounded(3) == 0 ? rng.bounded(10) : rng.bounded(45));
            for (int i = 0; i < n; ++i) {
                ParticipationRow r;
                r.consultation = cons;
                r.role = roles().at(static_cast<int>(rng.bounded(3)));
                const int band = static_cast<int>(rng.bounded(10));
                r.ageBand = ageBands().at(band < 7 ? 2 + band % 2 : band - 6);
                r.mode = rng.bounded(4) == 0 ? QStringLiteral("own-time")
                                             : QStringLiteral("facilitated");
                r.language = QStringLiteral("en");
                r.minutes = 20;
                r.recordKey = rng.bounded(kRecordKeyRange);
                count(cons, "sessions", r.recordKey);
                count(cons, "age/" + r.ageBand, r.recordKey);
                count(cons, "role/" + r.role, r.recordKey);
                count(cons, "mode/" + r.mode, r.recordKey);
                for (const QString& type : types) {
                    const QString m = "m/" + type + "/";
                    if (rng.bounded(5) == 0) {
                        count(cons, m + "notOffered/" + r.ageBand, r.recordKey);
                        count(cons, m + "notOffered", r.recordKey);
                        continue;
                    }
                    const quint32 o = rng.bounded(8);
                    const QString outcome = outcomeOf.at(o < 5 ? 0 : o < 7 ? 1 : 2);
                    const quint32 x = rng.bounded(5);
                    const QString rating = x < 3 ? ratingKeys.at(static_cast<int>(x)) : QString();
                    r.activities << ParticipationActivity{type, type, outcome, 30, rating};
                    const QString rated = rating.isEmpty() ? QStringLiteral("none") : rating;
                    count(cons, m + "offered", r.recordKey);
                    count(cons, m + "offered/" + r.ageBand, r.recordKey);
                    count(cons, m + outcome, r.recordKey);
                    count(cons, m + outcome + "/" + r.ageBand, r.recordKey);
                    count(cons, m + "rating/" + rated, r.recordKey);
                    count(cons, m + "rating/" + rated + "/" + r.ageBand, r.recordKey);
                }
                in.sessions << r;
            }
        }
        const auto at = [&](const QString& name) {
            const auto it = truth.find(name);
            return it == truth.end() ? 0 : it->second;
        };
        QList<QJsonObject> views; // each consultation's, then the hub's
        for (int c = 0; c <= consultations; ++c) {
            views << participationView(in, c == consultations ? QString()
                                                              : QStringLiteral("c%1").arg(c));
        }
        for (const bool layer : {true, false}) {
            Adversary a;
            for (int c = 0; c <= consultations; ++c) {
                const bool hub = c == consultations;
                const QString cons = hub ? QString() : QStringLiteral("c%1").arg(c);
                const QString v = hub ? QStringLiteral("hub") : cons;
                const QJsonObject& view = views[c];
                // One figure: checked against the direct count, then told the reader.
                const auto figure = [&](const QString& name, const QJsonObject& cell, bool byAge) {
                    const qint64 n = at(v + "/" + name);
                    Cell seen;
                    seen.suppressed = cell.value("suppressed").toBool(true);
                    if (byAge) {
                        const QString where = QStringLiteral("seed %1, %2/%3 (true %4, k %5)")
                                                  .arg(seed)
                                                  .arg(v, name)
                                                  .arg(n)
                                                  .arg(k);
                        if (seen.suppressed) {
                            ++hiddenBands;
                            QVERIFY2(cell.value("count").isNull(), qPrintable(where));
                            QVERIFY2(cell.value("note").toString() == kHiddenWording,
                                     qPrintable(where));
                        } else {
                            QVERIFY2(n == 0 || n >= k, qPrintable(where + " is shown"));
                            const Cell direct =
                                publishCell(Cell{name, n, false, keys[v + "/" + name]}, k);
                            QVERIFY2(cell.value("count").toInteger(-1) == direct.count,
                                     qPrintable(where + QStringLiteral(": published %1, "
                                                                       "expected %2")
                                                            .arg(cell.value("count").toInteger(-1))
                                                            .arg(direct.count)));
                        }
                        if (!layer && hub) {
                            seen.suppressed = false; // the hub's bands as plain numbers
                        }
                    }
                    publish(a, v + "/" + name, seen, n);
                };
                const QJsonObject space = view.value("space").toObject();
                const QJsonObject sessions = space.value("sessions").toObject();
                figure("sessions", QJsonObject{{"suppressed", sessions.value("totalSuppressed")}},
                       false);
                for (const QJsonValue& cell : sessions.value("cells").toArray()) {
                    figure("mode/" + cell.toObject().value("value").toString(), cell.toObject(),
                           false);
                }
                const QJsonObject heard = view.value("reach").toObject().value("heard").toObject();
                for (const auto& [key, dim] :
                     {std::pair{"byAgeBand", "age/"}, std::pair{"byRole", "role/"}}) {
                    const QJsonObject b = heard.value(QLatin1String(key)).toObject();
                    figure("sessions", QJsonObject{{"suppressed", b.value("totalSuppressed")}},
                           false);
                    for (const QJsonValue& cell : b.value("cells").toArray()) {
                        figure(QLatin1String(dim) + cell.toObject().value("value").toString(),
                               cell.toObject(), true);
                    }
                }
                for (const QJsonValue& method :
                     view.value("voice").toObject().value("methods").toArray()) {
                    const QJsonObject mo = method.toObject();
                    const QString m = "m/" + mo.value("type").toString() + "/";
                    figure(m + "offered", mo.value("offered").toObject(), false);
                    for (int o = 0; o < outcomeKeys.size(); ++o) {
                        figure(m + outcomeOf[o], mo.value(outcomeKeys[o]).toObject(), false);
                    }
                    const QJsonObject rated = mo.value("ratings").toObject();
                    figure(m + "offered",
                           QJsonObject{{"suppressed", rated.value("totalSuppressed")}}, false);
                    for (const QJsonValue& cell : rated.value("cells").toArray()) {
                        figure(m + "rating/" + cell.toObject().value("value").toString(),
                               cell.toObject(), false);
                    }
                    for (const QJsonValue& row : mo.value("byAgeBand").toArray()) {
                        const QJsonObject ro = row.toObject();
                        const QString band = "/" + ro.value("ageBand").toString();
                        for (int o = 0; o < outcomeKeys.size(); ++o) {
                            figure(m + outcomeOf[o] + band, ro.value(outcomeKeys[o]).toObject(),
                                   true);
                        }
                        for (const QString& r : ratingKeys) {
                            figure(m + "rating/" + r + band,
                                   ro.value("ratings").toObject().value(r).toObject(), true);
                        }
                    }
                }
                if (QTest::currentTestFailed()) {
                    return;
                }
                // What the reader knows ties these together. Counts never published
                // (sessions offered a way, by age band; not offered it) are unknowns that
                // link the figures, not figures to protect: "not offered" is by design the
                // sessions minus those offered.
                const auto name = [&](const QString& n) {
                    return a.var(v + "/" + n, at(v + "/" + n));
                };
                const auto sum = [&](const QString& total, const QStringList& parts) {
                    QList<int> p;
                    for (const QString& part : parts) {
                        p << name(part);
                    }
                    a.sum(name(total), p);
                };
                const auto each = [](const QString& prefix, const QStringList& values,
                                     const QString& suffix = {}) {
                    QStringList out;
                    for (const QString& x : values) {
                        out << prefix + x + suffix;
                    }
                    return out;
                };
                sum("sessions", each("age/", ageBands()));
                sum("sessions", each("role/", roles()));
                sum("sessions", each("mode/", {"facilitated", "own-time"}));
                const QStringList rated{"liked", "okay", "not-liked", "none"};
                for (const QString& type : types) {
                    const QString m = "m/" + type + "/";
                    sum("sessions", {m + "offered", m + "notOffered"});
                    sum(m + "offered", each(m, outcomeOf));
                    sum(m + "offered", each(m + "rating/", rated));
                    sum(m + "offered", each(m + "offered/", ageBands()));
                    sum(m + "notOffered", each(m + "notOffered/", ageBands()));
                    for (const QString& b : ageBands()) {
                        sum("age/" + b, {m + "offered/" + b, m + "notOffered/" + b});
                        sum(m + "offered/" + b, each(m, outcomeOf, "/" + b));
                        sum(m + "offered/" + b, each(m + "rating/", rated, "/" + b));
                    }
                    for (const QString& o : outcomeOf) {
                        sum(m + o, each(m + o + "/", ageBands()));
                    }
                    for (const QString& r : rated) {
                        sum(m + "rating/" + r, each(m + "rating/" + r + "/", ageBands()));
                    }
                }
            }
            // Hub = the sum of its consultations, for every count.
            for (const QString& n : a.names()) {
                if (!n.startsWith(QLatin1String("hub/"))) {
                    continue;
                }
                QList<int> parts;
                for (int c = 0; c < consultations; ++c) {
                    const QString part = QStringLiteral("c%1/").arg(c) + n.mid(4);
                    parts << a.var(part, at(part));
                }
                a.sum(a.at(n), parts);
            }
            QVERIFY2(a.propagate(), qPrintable(QStringLiteral("seed %1").arg(seed)));
            QString pinned = a.pinnedSmall(k);
            if (pinned.isEmpty() && layer) { // the control finds enough without shaving
                pinned = a.pinnedByShaving(k);
            }
            if (layer) {
                QVERIFY2(pinned.isEmpty(),
                         qPrintable(QStringLiteral("seed %1: %2").arg(seed).arg(pinned)));
            } else if (!pinned.isEmpty()) {
                ++leaksWithoutTheLayer;
            }
        }
    }

private slots:
    void noCombinationPinsASmallCount()
    {
        int hubs = 0;
        int suppressedSeen = 0;
        for (const quint32 seed : seeds()) {
            const QString leak = leakFor(seed, &suppressedSeen);
            QVERIFY2(leak.isEmpty(), qPrintable(leak + describe(seed)));
            ++hubs;
        }
        QVERIFY(hubs >= 300);
        QVERIFY(suppressedSeen > 100); // the populations do make small groups
    }

    /** The leak that fresh seeds found at the end of session 4: a reviewer knew the totals of
     *  two small consultations (by paging their records) and the hub-wide child count minus
     *  the big consultation's, which was exactly their sum: both pinned ("c1/role/child = 2").
     *  Secondary suppression by lines cannot see bounds like these; role and age breakdowns
     *  are published whole or not at all since. */
    void theFreshSeedLeakIsClosed()
    {
        const quint32 seed = 4066024886u;
        const QString leak = leakFor(seed);
        QVERIFY2(leak.isEmpty(), qPrintable(leak + describe(seed)));
    }

    void theAdversaryCatchesTheOldLeaks()
    {
        // The test is only worth something if it fails on the leaks of issue 18. Finding 3:
        // a total of 10, a part of 8 shown and a part of 2 hidden; finding 4: role shown on
        // the 8 and hidden on the 2 while the zeros are shown.
        Adversary a;
        const int total = a.var("talk", 10);
        const int p1 = a.var("talk/p1", 8);
        const int p2 = a.var("talk/p2", 2);
        a.know(total, 10);
        a.know(p1, 8);
        a.secret(p2);
        a.sum(total, {p1, p2});
        QVERIFY(a.propagate());
        QCOMPARE(a.pinnedSmall(8), QStringLiteral("talk/p2 = 2"));

        // A chain that propagation alone cannot close and shaving does: three hidden counts
        // whose pairwise sums are shown as 2 each (so each is 1).
        Adversary b;
        const int x = b.var("x", 1);
        const int y = b.var("y", 1);
        const int z = b.var("z", 1);
        for (const auto& [name, pair] : std::vector<std::pair<QString, QList<int>>>{
                 {"x+y", {x, y}}, {"x+z", {x, z}}, {"y+z", {y, z}}}) {
            const int sum = b.var(name, 2);
            b.know(sum, 2);
            b.sum(sum, pair);
        }
        for (const int v : {x, y, z}) {
            b.secret(v);
        }
        QVERIFY(b.propagate());
        QCOMPARE(b.pinnedSmall(8), QString());
        QCOMPARE(b.pinnedByShaving(8), QStringLiteral("x = 1 (by shaving)"));
        QVERIFY(b.canBePositive(x));
    }

    // Issue 19: consent refusals and withdrawals in GET /v1/review/participation, asked for
    // each consultation and for the whole hub. A reader who has every answer, and knows that
    // the hub's count is the consultations' added up, must not pin a small count. The same
    // reader, given the hub's counts as plain numbers (no suppression across the views), does
    // pin one on some hub: the check can fail.
    void consentCountsAcrossViews()
    {
        const QStringList events{"refused", "withdrawn"};
        const QStringList fields{"consentRefusals", "withdrawals"};
        int leaksWithoutTheLayer = 0;
        int hidden = 0;
        for (quint32 seed = 1; seed <= 300; ++seed) {
            QRandomGenerator rng(seed);
            ParticipationInput in;
            in.threshold = rng.bounded(2) == 0 ? kDefaultThreshold : kMinimumThreshold;
            const int consultations = 1 + static_cast<int>(rng.bounded(3));
            std::map<QString, qint64> truth;
            for (int c = 0; c < consultations; ++c) {
                for (const QString& e : events) {
                    // Small groups are common: a third of the counts are below the threshold.
                    const int n =
                        static_cast<int>(rng.bounded(3) == 0 ? rng.bounded(8) : rng.bounded(30));
                    const QString cons = QStringLiteral("c%1").arg(c);
                    for (int i = 0; i < n; ++i) {
                        in.consentEvents << ConsentEventRow{
                            cons, e, static_cast<qint64>(rng.bounded(kRecordKeyRange))};
                    }
                    truth[cons + "/" + e] = n;
                    truth["hub/" + e] += n;
                }
            }
            for (const bool layer : {true, false}) {
                Adversary a;
                for (int c = 0; c <= consultations; ++c) {
                    const bool hub = c == consultations;
                    const QString cons = hub ? QString() : QStringLiteral("c%1").arg(c);
                    const QJsonObject space = participationView(in, cons).value("space").toObject();
                    for (qsizetype e = 0; e < events.size(); ++e) {
                        const QString name = (hub ? QStringLiteral("hub") : cons) + "/" + events[e];
                        Cell cell;
                        cell.suppressed =
                            space.value(fields[e]).toObject().value("suppressed").toBool(true);
                        if (!layer && hub) {
                            cell.suppressed = false; // the hub's counts as plain numbers
                        }
                        hidden += layer && cell.suppressed ? 1 : 0;
                        publish(a, name, cell, truth[name]);
                    }
                }
                for (const QString& e : events) {
                    QList<int> parts;
                    for (int c = 0; c < consultations; ++c) {
                        parts << a.at(QStringLiteral("c%1/").arg(c) + e);
                    }
                    a.sum(a.at("hub/" + e), parts);
                }
                QVERIFY2(a.propagate(), qPrintable(QStringLiteral("seed %1").arg(seed)));
                const QString pinned = a.pinnedSmall(in.threshold).isEmpty()
                                           ? a.pinnedByShaving(in.threshold)
                                           : a.pinnedSmall(in.threshold);
                if (layer) {
                    QVERIFY2(pinned.isEmpty(),
                             qPrintable(QStringLiteral("seed %1: %2").arg(seed).arg(pinned)));
                } else if (!pinned.isEmpty()) {
                    ++leaksWithoutTheLayer;
                }
            }
        }
        QVERIFY(hidden > 100);              // the populations do make small groups
        QVERIFY(leaksWithoutTheLayer > 10); // and the reader finds them when left unprotected
    }

    /** Seeds 1..kAgeBandSeeds. By hand, CHORUS_DISCLOSURE_AGE_BAND_SEEDS=N runs N seeds
     *  instead, from CHORUS_DISCLOSURE_AGE_BAND_FIRST_SEED (default 1). */
    void ageBandFiguresAcrossViews()
    {
        const int asked = qEnvironmentVariableIntValue("CHORUS_DISCLOSURE_AGE_BAND_SEEDS");
        const quint32 count = asked > 0 ? static_cast<quint32>(asked) : kAgeBandSeeds;
        const quint32 first =
            std::max(1, qEnvironmentVariableIntValue("CHORUS_DISCLOSURE_AGE_BAND_FIRST_SEED"));
        int hiddenBands = 0;
        int leaksWithoutTheLayer = 0;
        for (quint32 seed = first; seed < first + count && !QTest::currentTestFailed(); ++seed) {
            checkAgeBandFigures(seed, hiddenBands, leaksWithoutTheLayer);
        }
        if (QTest::currentTestFailed()) {
            return;
        }
        QVERIFY(hiddenBands > 10 * static_cast<int>(count)); // the populations make small groups
        // and the reader finds them when left unprotected
        QVERIFY(leaksWithoutTheLayer > static_cast<int>(count) / 10);
    }

    /** Hubs on which a 1000-seed run of ageBandFiguresAcrossViews found a hidden count
     *  pinned when the way's age bands were hidden table by table (session 8): chains
     *  across a way's outcomes, ratings, its age-band tables and reach, e.g. seed 381
     *  "c1/m/drawing/completed/5-7 = 1" and seed 385 "c1/m/feelings-scale/completed = 4".
     *  Kept fixed because the CI runs only the first seeds. */
    void ageBandSeedsFoundByHand()
    {
        int hiddenBands = 0;
        int leaksWithoutTheLayer = 0;
        for (const quint32 seed : {381u, 385u, 452u, 693u, 910u}) {
            checkAgeBandFigures(seed, hiddenBands, leaksWithoutTheLayer);
            if (QTest::currentTestFailed()) {
                return;
            }
        }
        QVERIFY(hiddenBands > 0);
    }

    void chartsAcrossPrompts()
    {
        // The scale chart of an activity and of each of its prompts: a reader of every chart
        // must not pin a small cell by "activity minus the other prompts".
        for (quint32 seed = 1; seed <= 300; ++seed) {
            QRandomGenerator rng(seed);
            const int threshold = kDefaultThreshold;
            const QStringList prompts{"today", "school", "home"};
            QList<ChartAnswer> answers;
            std::map<QString, std::map<int, qint64>> truth;
            const int n = static_cast<int>(rng.bounded(60));
            for (int i = 0; i < n; ++i) {
                const QString p = prompts[static_cast<int>(rng.bounded(3))];
                int v = static_cast<int>(rng.bounded(11));
                v = static_cast<int>(rng.bounded(v + 1)); // low points more common
                answers << ChartAnswer{p, QJsonObject{{"scale", v}},
                                       static_cast<qint64>(rng.bounded(kRecordKeyRange))};
                ++truth[p][v];
                ++truth["*"][v];
            }
            Adversary a;
            for (const QString& row : QStringList{"*", "today", "school", "home"}) {
                const QJsonObject chart =
                    chartCounts(answers, row == "*" ? QString() : row, Cell{}, threshold);
                const QJsonObject scale = chart["scale"].toObject();
                QList<int> parts;
                qint64 rowTotal = 0;
                for (int v = 0; v <= 10; ++v) {
                    const qint64 t = truth[row].count(v) ? truth[row][v] : 0;
                    rowTotal += t;
                    parts << a.var(row + "/" + QString::number(v), t);
                    const QJsonObject cell = scale["cells"].toArray().at(v).toObject();
                    if (scale.isEmpty() || cell["suppressed"].toBool()) {
                        a.secret(parts.last());
                    } else {
                        a.know(parts.last(), t);
                    }
                }
                const int total = a.var(row, rowTotal);
                if (!scale.isEmpty() && !scale["totalSuppressed"].toBool()) {
                    a.know(total, rowTotal);
                } else {
                    a.secret(total);
                }
                a.sum(total, parts);
            }
            for (int v = 0; v <= 10; ++v) {
                QList<int> column;
                for (const QString& p : prompts) {
                    column << a.at(p + "/" + QString::number(v));
                }
                a.sum(a.at("*/" + QString::number(v)), column);
            }
            a.sum(a.at("*"), {a.at("today"), a.at("school"), a.at("home")});
            QVERIFY(a.propagate());
            const QString pinned = a.pinnedSmall(threshold);
            QVERIFY2(pinned.isEmpty(),
                     qPrintable(QStringLiteral("seed %1: %2").arg(seed).arg(pinned)));
        }
    }

    void chartsNeverShowWhatTheReleaseHides()
    {
        // A prompt's scale chart counts the same records as the Release's "scale" cell of that
        // prompt: shown in the chart while hidden in the release, it would give the hidden
        // count away, and with it what the release's lines protect (activity minus prompts).
        int hiddenSeen = 0;
        int unlinkedLeaks = 0;
        for (quint32 seed = 1; seed <= 300; ++seed) {
            QRandomGenerator rng(seed);
            const int threshold = rng.bounded(2) == 0 ? kDefaultThreshold : kMinimumThreshold;
            const QList<Person> people = population(rng, 1 + static_cast<int>(rng.bounded(3)));
            const Release r = release(strataOf(people), threshold);
            for (const auto& [c, cr] : r.consultations.asKeyValueRange()) {
                QList<ChartAnswer> answers;
                for (const Person& p : people) {
                    if (p.consultation == c && p.activity == QLatin1String("feelings")) {
                        const QJsonObject body = p.kind == QLatin1String("scale")
                                                     ? QJsonObject{{"scale", 3}}
                                                     : QJsonObject{{"text", "words"}};
                        answers << ChartAnswer{p.prompt, body, p.key};
                    }
                }
                for (const QString& prompt : {QStringLiteral("today"), QStringLiteral("school")}) {
                    const QString at = QStringLiteral("feelings\n") + prompt;
                    if (!cr.kinds.contains(at + "\nscale")) {
                        continue;
                    }
                    const Cell inRelease = cr.kinds.value(at + "\nscale");
                    const QJsonObject scale =
                        chartCounts(answers, prompt, cr.prompts.value(at), threshold,
                                    chartLinks(cr, QStringLiteral("feelings")))["scale"]
                            .toObject();
                    const bool hiddenInChart = scale["totalSuppressed"].toBool();
                    // Without the links the chart decides alone: count where that would leak,
                    // so that the check below is known to be able to fail.
                    const QJsonObject alone =
                        chartCounts(answers, prompt, cr.prompts.value(at), threshold)["scale"]
                            .toObject();
                    unlinkedLeaks += inRelease.suppressed && !alone["totalSuppressed"].toBool();
                    hiddenSeen += inRelease.suppressed ? 1 : 0;
                    QVERIFY2(!inRelease.suppressed || hiddenInChart,
                             qPrintable(QStringLiteral("seed %1 %2 %3").arg(seed).arg(c, prompt)));
                    if (!hiddenInChart && !inRelease.suppressed) {
                        QCOMPARE(scale["total"].toInteger(), inRelease.count); // same records
                    }
                }
            }
        }
        QVERIFY(hiddenSeen > 20);
        QVERIFY(unlinkedLeaks > 0);
    }

    void perturbationTable()
    {
        for (const int k : {5, 8, 20}) {
            for (qint64 count = 0; count < 200; ++count) {
                for (int key = 0; key < kRecordKeyRange; ++key) {
                    const qint64 shown = count + perturbation(count, key, k);
                    if (count < k) {
                        QCOMPARE(shown, count); // never perturbed: zero, or suppressed anyway
                    } else {
                        QVERIFY(shown >= k);                   // never looks small
                        QVERIFY(std::abs(shown - count) <= 2); // at most 2 away
                    }
                }
            }
        }
        // The same cell (same records, so the same key sum) always publishes the same value.
        const Cell a = publishCell(Cell{"x", 40, false, 1234}, 8);
        const Cell b = publishCell(Cell{"x", 40, false, 1234}, 8);
        QCOMPARE(a.count, b.count);
        // Over all cell keys about half the counts are exact and every adjustment is used.
        QSet<qint64> seen;
        int exact = 0;
        for (int key = 0; key < kRecordKeyRange; ++key) {
            const qint64 shown = 40 + perturbation(40, key, 8);
            seen.insert(shown);
            exact += shown == 40 ? 1 : 0;
        }
        QCOMPARE(seen.size(), 5);
        QCOMPARE(exact, 128);
        QCOMPARE(possiblePublished(8, 8), (QList<qint64>{8, 9, 10}));
        QCOMPARE(cellKey(256 + 3), 3);
        QVERIFY(newRecordKey() >= 0 && newRecordKey() < kRecordKeyRange);
    }
};

QTEST_APPLESS_MAIN(TestDisclosure)
#include "tst_disclosure.moc"
