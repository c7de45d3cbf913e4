#pragma once

// The records a device sends a hub, as JSON (sync/PROTOCOL.md): anonymised share records and
// participation records for the review screens' tests. Qt Core only, so a test that runs the
// hub as a child process builds the same records as one that holds a hub store (hubseed.h).

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
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

/** What the tests vary in a made-up session; the rest is one typical facilitated session. */
struct SessionShape
{
    int minutes = 30;
    int practitionerMinutes = 30;
    QString language = QStringLiteral("en");
    QStringList adaptations{QStringLiteral("read-aloud")};
    bool drawingSkipped = false;
};

/** A participation record (issue 19) of one facilitated session of the given shape: a
 *  child of 8-11, a feelings scale finished in 60 s and liked, a drawing finished or skipped
 *  after 120 s. */
inline QJsonObject sessionRecord(const QString& consultationId, const SessionShape& shape)
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
        {"language", shape.language},
        {"minutes", shape.minutes},
        {"practitionerMinutes", shape.practitionerMinutes},
        {"adaptations", QJsonArray::fromStringList(shape.adaptations)},
        {"activities",
         QJsonArray{QJsonObject{{"activityId", "feelings"},
                                {"type", "feelings-scale"},
                                {"outcome", "completed"},
                                {"seconds", 60},
                                {"rating", "liked"}},
                    QJsonObject{{"activityId", "draw"},
                                {"type", "drawing"},
                                {"outcome", shape.drawingSkipped ? "skipped" : "completed"},
                                {"seconds", 120}}}},
        {"week", "2026-W48"},
        {"framework", "design-and-implementation/coproduction"}};
}

/** A session of `minutes`, all of them practitioner time, read aloud, in English. */
inline QJsonObject seededSession(const QString& consultationId, int minutes, bool drawingSkipped)
{
    return sessionRecord(
        consultationId,
        {.minutes = minutes, .practitionerMinutes = minutes, .drawingSkipped = drawingSkipped});
}

} // namespace chorus::test
