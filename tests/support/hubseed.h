#pragma once

// Seeds a hub's store with anonymised feedback the way a device would send it: every record
// goes through the hub's own decoder (decodeFeedbackItem) and store (submitFeedback), so the
// review screens' tests and benchmarks read what a real hub would hold.

#include "sync/hub/store/hubstore.h"
#include "sync/hub/store/participationstore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUuid>

namespace chorus::test {

struct FeedbackSeed
{
    /** "mixed" cycles scale, choice, ordering, structured (circles), text and drawing
     *  answers over six activities; any single kind seeds only that kind; "faces" seeds the
     *  example pack's five-face scale ("feel-home", 1..5 in turn). */
    QString kind = QStringLiteral("mixed");
    QString role = QStringLiteral("child");
    QString ageBand = QStringLiteral("8-11");
    QString week = QStringLiteral("2026-W48");
    bool quotes = true;
};

/** A 1x1 PNG: the hub checks a drawing's signature, the screens show it from memory. */
inline QString tinyPngBase64()
{
    return QStringLiteral("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAE"
                          "hQGAhKmMIQAAAABJRU5ErkJggg==");
}

/** The share record number `i` of a seed (see FeedbackSeed::kind). */
inline QJsonObject seededRecord(const QString& consultationId, const FeedbackSeed& seed, int i)
{
    static const QStringList kinds{"scale", "choice", "ordering", "structured", "text", "drawing"};
    const QString kind = seed.kind == QLatin1String("mixed") ? kinds[i % kinds.size()] : seed.kind;
    QJsonObject o{{"id", QUuid::createUuid().toString(QUuid::WithoutBraces)},
                  {"consultationId", consultationId},
                  {"packId", "my-week"},
                  {"packVersion", 1},
                  {"kind", kind},
                  {"ageBand", seed.ageBand},
                  {"role", seed.role},
                  {"scopes", QJsonObject{{"quotes", seed.quotes}, {"drawings", kind == "drawing"}}},
                  {"week", seed.week},
                  {"framework", "design-and-implementation/coproduction"}};
    if (kind == QLatin1String("faces")) {
        o.insert("kind", "scale");
        o.insert("activityId", "feel-home");
        o.insert("scale", 1 + i % 5);
    } else if (kind == QLatin1String("scale")) {
        o.insert("activityId", "feelings");
        o.insert("promptId", "today");
        o.insert("scale", i % 11);
    } else if (kind == QLatin1String("choice")) {
        o.insert("activityId", "good-things");
        o.insert("choices", i % 2 ? QJsonArray{"friends", "games"} : QJsonArray{"friends"});
    } else if (kind == QLatin1String("ordering")) {
        o.insert("activityId", "what-matters");
        o.insert("order", i % 2 ? QJsonArray{"family", "school", "pets"}
                                : QJsonArray{"school", "family", "pets"});
    } else if (kind == QLatin1String("structured")) {
        o.insert("activityId", "circles");
        o.insert("piles", QJsonObject{{"close", QJsonArray{"family", "pets"}},
                                      {"far", QJsonArray{"school"}}});
    } else if (kind == QLatin1String("drawing")) {
        o.insert("activityId", "my-picture");
        o.insert("drawing", tinyPngBase64());
        o.insert("drawingApproved", true);
    } else {
        o.insert("activityId", "words");
        o.insert("text", QStringLiteral("More time to talk (%1)").arg(i));
    }
    return o;
}

/** Submits `count` records to `consultationId` as one newly enrolled device, in batches of
 *  the hub's limit. Returns the number stored, or -1 on the first refused record. */
/** A practitioner's device enrolled for the consultation, or the store's failure. */
inline hub::StoreResult<hub::EnrolOutcome> enrolPractitioner(hub::HubStore& store,
                                                             const QString& consultationId)
{
    const auto code = store.createCode(consultationId, QStringLiteral("practitioner"), 1, 900, {});
    if (!code) {
        return code.error();
    }
    return store.enrol(hub::normaliseCode(code.value()));
}

inline qint64 seedFeedback(hub::HubStore& store, const QString& consultationId, qint64 count,
                           const FeedbackSeed& seed = {})
{
    const auto enrolled = enrolPractitioner(store, consultationId);
    if (!enrolled || enrolled->kind != hub::EnrolOutcome::Kind::Enrolled) {
        return -1;
    }
    const hub::Limits limits;
    qint64 stored = 0;
    for (qint64 first = 0; first < count; first += limits.maxBatchItems) {
        hub::FeedbackBatch batch;
        for (qint64 i = first; i < std::min(count, first + limits.maxBatchItems); ++i) {
            auto item =
                hub::decodeFeedbackItem(seededRecord(consultationId, seed, static_cast<int>(i)),
                                        QStringLiteral("item"), limits);
            if (!item.ok()) {
                return -1;
            }
            batch.items << item.value();
        }
        const auto outcome = store.submitFeedback(enrolled->device, batch);
        if (!outcome) {
            return -1;
        }
        stored += outcome->stored;
    }
    return stored;
}

/** A participation record (issue 19) of one facilitated session: `minutes` of practitioner
 *  time, read aloud, a feelings scale finished and liked, a drawing finished or skipped. */
inline QJsonObject seededSession(const QString& consultationId, int minutes, bool drawingSkipped)
{
    return QJsonObject{
        {"record", "session"},
        {"id", QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {"consultationId", consultationId},
        {"packId", "my-week"},
        {"packVersion", 1},
        {"ageBand", "8-11"},
        {"role", "child"},
        {"mode", "facilitated"},
        {"language", "en"},
        {"minutes", minutes},
        {"practitionerMinutes", minutes},
        {"adaptations", QJsonArray{"read-aloud"}},
        {"activities", QJsonArray{QJsonObject{{"activityId", "feelings"},
                                              {"type", "feelings-scale"},
                                              {"outcome", "completed"},
                                              {"seconds", 60},
                                              {"rating", "liked"}},
                                  QJsonObject{{"activityId", "draw"},
                                              {"type", "drawing"},
                                              {"outcome", drawingSkipped ? "skipped" : "completed"},
                                              {"seconds", 120}}}},
        {"week", "2026-W48"},
        {"framework", "design-and-implementation/coproduction"}};
}

/** Submits `count` participation records (30 minutes each, the last drawing skipped) as one
 *  newly enrolled device. Returns the number stored, or -1 when one is refused. */
inline qint64 seedParticipation(hub::HubStore& store, const QString& consultationId, int count)
{
    const auto enrolled = enrolPractitioner(store, consultationId);
    if (!enrolled || enrolled->kind != hub::EnrolOutcome::Kind::Enrolled) {
        return -1;
    }
    hub::ParticipationBatch batch;
    for (int i = 0; i < count; ++i) {
        auto item = hub::decodeParticipationItem(seededSession(consultationId, 30, i == count - 1),
                                                 QStringLiteral("item"));
        if (!item.ok()) {
            return -1;
        }
        batch.items << item.value();
    }
    const auto outcome = hub::ParticipationStore(store).submit(enrolled->device, batch);
    return outcome ? outcome->stored : -1;
}

} // namespace chorus::test
