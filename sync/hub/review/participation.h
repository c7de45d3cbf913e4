#pragma once

// The participation view (issue 19): Lundy's four elements of children's participation
// (Space, Voice, Audience, Influence) with Reach (who is not yet heard) and Resourcing (the
// time it takes), for one consultation or the whole hub. Pure: the store reads the rows,
// this turns them into GET /v1/review/participation (PROTOCOL.md). Every count passes the
// disclosure layer (disclosure.h): counts are cells of consultation x value tables with
// their hub-wide margins, suppressed together and perturbed; a share, a median or a number
// of hours is published only when the count it rests on is shown, and says so otherwise.

#include "disclosure.h"
#include "sync/hub/protocol/hubprotocol.h"

#include <QJsonObject>
#include <QMap>

#include <optional>

namespace chorus::hub {

/** One participation record as the hub keeps it. */
struct ParticipationRow
{
    QString consultation;
    QString ageBand;
    QString role;
    QString mode;
    QString language;
    int minutes = 0;
    int practitionerMinutes = 0;
    QStringList adaptations;
    QList<ParticipationActivity> activities;
    qint64 recordKey = 0;
};

/** That someone said no to taking part ("refused") or withdrew ("withdrawn") (Space). */
struct ConsentEventRow
{
    QString consultation;
    QString event;
    qint64 recordKey = 0;
};

/** What reviewers did with one feedback record (Audience). */
struct AudienceRow
{
    QString consultation;
    qint64 recordKey = 0;
    bool read = false; ///< listed to a reviewer at least once
    bool themed = false;
    bool quoted = false;                ///< marked quotable
    std::optional<int> daysToFirstRead; ///< from the day it arrived
};

/** One device that sent records to a consultation, and whether a published "we did"
 *  action answering one of them has reached it (Influence). */
struct DeviceReach
{
    QString consultation;
    qint64 key = 0; ///< a stable key from the device id, for the cell key method
    bool told = false;
};

/** The group a team means to hear, and the hours it planned (PUT .../intent). */
struct Intent
{
    QMap<QString, int> byRole;    ///< role -> people expected
    QMap<QString, int> byAgeBand; ///< age band -> people expected
    QString notes;                ///< e.g. care leavers, disabled children
    std::optional<double> plannedHours;
    QString updatedAt;
};

struct ParticipationInput
{
    QList<ParticipationRow> sessions;
    QList<ConsentEventRow> consentEvents;
    QList<AudienceRow> records;
    QList<DeviceReach> devices;
    QMap<QString, Intent> intents; ///< by consultation
    QJsonObject loopClosure;       ///< the framework's LoopClosure, already published
    int threshold = kDefaultThreshold;
};

/** The body of GET /v1/review/participation; `consultation` empty: the whole hub. */
[[nodiscard]] QJsonObject participationView(const ParticipationInput& in,
                                            const QString& consultation);

/** The intent's JSON (PROTOCOL.md), and its decoding with field-named errors. */
[[nodiscard]] QJsonObject intentJson(const Intent& intent);
/** Reads an intent body (its fields already checked against the allowed ones); a bad value
 *  is a 400 `invalid_value` naming the field (PROTOCOL.md). */
[[nodiscard]] Result<Intent, ProtocolError> decodeIntent(const QJsonObject& body);

/** The median of whole numbers (the mean of the middle two); nothing when empty. */
[[nodiscard]] std::optional<double> median(QList<qint64> values);

} // namespace chorus::hub
