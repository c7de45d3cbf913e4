#pragma once

// The disclosure-control layer (CP-7): every number and every record-level characteristic
// that leaves the hub (review API, CSV, report document, framework view, consultation
// summaries) is decided here and nowhere else. PROTOCOL.md "Small numbers" describes it for
// readers of the API; this is the same in code.
//
// The method follows the cell key method of the Office for National Statistics (used for
// Census 2021 outputs): every record carries a random record key (0..255) fixed when the hub
// stores it; a cell's key is the sum of its records' keys modulo 256, and a published
// perturbation table turns (count, cell key) into a small adjustment. The same set of records
// therefore always gets the same published value, however and however often it is asked for,
// and averaging repeated answers learns nothing. On top of that, counts of 1 to k-1 are never
// published, so that the guarantee does not rest on the noise alone: breakdowns of people
// (role, age band) are published whole or not at all, and every other count goes through
// suppression.h rules 1-5 over every line that ties the published cells together, hub-wide
// and per consultation.
//
// Usage: the store reads a Snapshot (one row per combination of characteristics, with its
// count and key sum); `release()` turns it into the Release that endpoints read from.

#include "suppression.h"

#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QStringList>

namespace chorus::hub {

/** The one wording of every hidden count and record field, in the API (`note`), the CSV and
 *  the report: a hidden cell may hold a small count, a large count hidden with a small one,
 *  or a zero, and no reader must be able to tell which (so never "fewer than k"). */
inline constexpr const char* kHiddenWording = "hidden to protect small groups";

/** Record keys are drawn uniformly from 0 .. kRecordKeyRange-1. */
inline constexpr int kRecordKeyRange = 256;

/** A fresh random record key (at ingest; never changes afterwards). */
[[nodiscard]] int newRecordKey();
/** The cell key of a cell whose records' keys add up to `keySum`. */
[[nodiscard]] int cellKey(qint64 keySum);
/** The published perturbation table: what is added to a count of at least `threshold`. The
 *  result is never below `threshold`, so a published number never looks like a small one. */
[[nodiscard]] int perturbation(qint64 count, int cellKey, int threshold);
/** Every value `count` can be published as (for documentation and the adversary test). */
[[nodiscard]] QList<qint64> possiblePublished(qint64 count, int threshold);
/** A cell as published: suppressed cells keep no number, shown ones are perturbed. */
[[nodiscard]] Cell publishCell(Cell cell, int threshold);
[[nodiscard]] Breakdown publishBreakdown(Breakdown b, int threshold);

/** One combination of characteristics in one consultation: how many records, key sum. */
struct Stratum
{
    QString consultation;
    QString activity;
    QString prompt; ///< empty when the records answer the activity without a prompt
    QString kind;
    QString role;
    QString ageBand;
    QString week;
    bool withPublishedAction = false;
    qint64 count = 0;
    qint64 keySum = 0;
};

/** What one consultation publishes (every count already suppressed and perturbed). */
struct ConsultationRelease
{
    Cell total;
    Breakdown byRole;
    Breakdown byAgeBand;
    Breakdown byWeek;
    Breakdown byKind;
    Breakdown loopClosure; ///< cells "withPublishedAction", "withoutPublishedAction"
    Cell textRecords;      ///< kind text
    Cell creativeRecords;  ///< every other kind
    FieldMask mask;        ///< rule 4, for every record of the consultation
    /** Records per activity, per activity and prompt ("activity\nprompt") and per activity,
     *  prompt and kind ("activity\nprompt\nkind"). */
    QMap<QString, Cell> activities;
    QMap<QString, Cell> prompts;
    QMap<QString, Cell> kinds;
};

/** Everything the hub may say about counts, decided at once so that answers agree. */
struct Release
{
    int threshold = kDefaultThreshold;
    QMap<QString, ConsultationRelease> consultations;
    /** Hub-wide margins (the framework view without a consultation). */
    Cell total;
    Breakdown byRole;
    Breakdown byAgeBand;
    Breakdown byKind;
    Breakdown loopClosure;
    Cell textRecords;
    Cell creativeRecords;

    /** The release of one consultation (an empty one, all zero, if it has no records). */
    [[nodiscard]] ConsultationRelease consultation(const QString& id) const;
};

/** Role and age breakdowns whole or hidden; rules 1-5 over every other line of the hub
 *  (consultation x characteristic tables with their hub-wide margins, and activity > prompt
 *  > kind); rule 4; then the perturbation. */
[[nodiscard]] Release release(const QList<Stratum>& strata, int threshold);

/** One answer of one activity, for the charts: its prompt, body and record key. */
struct ChartAnswer
{
    QString prompt;
    QJsonObject body;
    qint64 recordKey = 0;
};

/** The chart counts that are also Release cells: a prompt's scale answers and card sorts
 *  are its kind cells "scale" and "ordering". Those the Release hides stay hidden in the
 *  charts, or a chart would give away a count the Release hid (and what it protects). */
struct ChartLinks
{
    QSet<QString> hiddenScale;    ///< prompts whose scale answers the Release hides
    QSet<QString> hiddenOrdering; ///< prompts whose card sorts the Release hides
};
[[nodiscard]] ChartLinks chartLinks(const ConsultationRelease& release, const QString& activity);

/**
 * The chart counts of one activity (PROTOCOL.md "aggregates"), for the activity as a whole
 * (empty `prompt`) or one prompt. They are worked out for every prompt of the activity at
 * once, with the activity-wide figures as margins, so that no chart cell of one prompt is
 * "the activity's minus the other prompts'". `records` is the count from the Release.
 */
[[nodiscard]] QJsonObject chartCounts(const QList<ChartAnswer>& answers, const QString& prompt,
                                      const Cell& records, int threshold,
                                      const ChartLinks& links = {});

/** JSON of a published cell, count and breakdown (null where suppressed). */
[[nodiscard]] QJsonObject cellJson(const Cell& c);
[[nodiscard]] QJsonValue countJson(const Cell& c);
[[nodiscard]] QJsonObject breakdownJson(const Breakdown& b);

} // namespace chorus::hub
