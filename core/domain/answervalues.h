#pragma once

#include "../common/result.h"
#include "activitypack.h"
#include "types.h"

#include <QJsonObject>
#include <QStringList>

// The typed values of the card sort, feelings-over-time and circles answers, as stored in
// Response::value (shapes in PACK_FORMAT.md, "Answers"). They are checked twice: on their
// own before any save (validateResponse), and against the activity they answer before the
// app saves them (validateAnswerFor), so that the anonymiser and the team only ever read
// values of a known shape.

namespace chorus::answers {

constexpr int kMaxOrder = 50;        ///< the hub's limit for "order"
constexpr int kMaxPiles = 5;         ///< the hub's limit for "piles"
constexpr int kMaxCardsPerPile = 30; ///< the pack's limit for cards
constexpr int kMaxPeople = 20;       ///< the hub's limit of strings per structured part
constexpr int kMaxLabelLength = 40;  ///< a made-up circles label, in code points

/** "before", "now", "next": the moments of the feelings timeline, in order. */
const QStringList& timelineMoments();
/** "ring-1" (closest), "ring-2", "ring-3", "outside": where a person can go in the circles. */
const QStringList& circlePlaces();
/** The people a child can put in the circles by role ("mum", "social-worker", "pet", ...). */
const QStringList& circleRoles();
/** The word id of a feelings face, 1 "very-sad" to 5 "very-happy"; empty outside 1..5. */
QString feelingName(int level);

/** Checks an Ordering value: {"order": [distinct ids]}. The message names the field. */
Status validateOrdering(const QJsonObject& value);
/** Checks a Structured value: exactly one of {"piles"}, {"timeline"}, {"circles"} or
 *  {"parts"} (words by part, e.g. the three houses). The message names the field. */
Status validateStructured(const QJsonObject& value);
/** Checks that an answer fits the activity it answers: the kind its type produces, and
 *  only that card sort's cards and piles. Types without typed values always pass. */
Status validateAnswerFor(const PackActivity& activity, const Response& response);

} // namespace chorus::answers
