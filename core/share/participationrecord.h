#pragma once

#include "../common/result.h"
#include "../domain/types.h"
#include "../store/outbox.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace chorus {

/**
 * How one participant's session went, with no words in it (issue 19, Lundy's Space and
 * Voice): how long it took, which activities were started, finished or skipped and for how
 * long, the child's own rating of each way of telling, which accessibility adaptations were
 * used and the language. Like a ShareRecord it is an allow-list (CP-4) and leaves only with
 * the "share" scope; withdrawal erases it like any record. Wire form: sync/PROTOCOL.md
 * ("ParticipationRecord").
 */
struct ParticipationRecord
{
    enum class Outcome { Started, Completed, Skipped };
    enum class Rating { Liked, Okay, NotLiked };

    /** One activity of the session as the child met it. */
    struct Activity
    {
        QString activityId;
        QString type; ///< the pack's activity type, e.g. "drawing": the way of telling
        Outcome outcome = Outcome::Started;
        int seconds = 0;              ///< time on the activity, whole seconds, at most kMaxSeconds
        std::optional<Rating> rating; ///< "Did you like telling us this way?" (optional)
    };

    QString id; ///< random UUID made on the device; the hub deduplicates by it
    QString consultationId;
    QString packId;
    int packVersion = 0;
    AgeBand ageBand = AgeBand::Adult;
    Role role = Role::Child;
    SessionMode mode = SessionMode::Facilitated;
    QString language; ///< the app's language during the session: "en", "cy" or "ar"
    int minutes = 0;  ///< from the session's start to its end, pauses included
    /** The practitioner's time: the session open in the app, pauses (the app locked or
     *  closed) excluded; 0 for a young person's own time. */
    int practitionerMinutes = 0;
    QStringList adaptations; ///< names from adaptationNames(), in that order
    QList<Activity> activities;
    QString week; ///< ISO week of the session's start, never a date

    static constexpr auto kRecordTag = "session";
    static constexpr int kMaxSeconds = 3600;
    static constexpr int kMaxMinutes = 1440;

    /** Every field name the payload may carry (the contract test pins it). */
    static const QStringList& allowedFields();
    /** Every field an entry of `activities` may carry. */
    static const QStringList& activityFields();
    /** The adaptations the device reports, in wire order. */
    static const QStringList& adaptationNames();
    static const QStringList& languages();

    [[nodiscard]] QJsonObject toJson() const;
    static Result<ParticipationRecord> fromJson(const QJsonObject& json);
    /** The activity with this id, added (as started) if the record has none yet. */
    Activity& activity(const QString& activityId, const QString& type);
    /** Adds an adaptation by name; unknown names are ignored (never sent). */
    void addAdaptation(const QString& name);
};

/**
 * That someone said no to taking part, or withdrew, in a consultation (issue 19, Lundy's
 * Space): the consultation and which of the two, nothing else. It names no participant, no
 * reason, no age or role and no date, so the hub can only count it; it is tied to nobody,
 * so a later withdrawal has nothing of theirs to erase in it. The consent page says so.
 * Wire form: sync/PROTOCOL.md ("ConsentEvent"); it travels with participation records.
 */
struct ConsentEvent
{
    enum class Kind { Refused, Withdrawn };

    QString id; ///< random UUID made on the device; the hub deduplicates by it
    QString consultationId;
    Kind kind = Kind::Refused;

    static constexpr auto kRecordTag = "consent";

    /** Every field name the payload may carry (the contract test pins it). */
    static const QStringList& allowedFields();
    [[nodiscard]] QJsonObject toJson() const;
    static Result<ConsentEvent> fromJson(const QJsonObject& json);
};

/** Queues a consent event with a new id for the hub; call inside the change's transaction. */
Status queueConsentEvent(Outbox& outbox, const QString& consultationId, ConsentEvent::Kind kind);

QString toString(ParticipationRecord::Outcome v);
QString toString(ParticipationRecord::Rating v);
std::optional<ParticipationRecord::Rating> parseRating(const QString& s);

/**
 * Keeps a participation record up to date while a session runs: time on each activity,
 * its outcome and rating, adaptations, and the practitioner's time between start() and
 * pause(). Times come in from the caller (the store's clock), so it is tested without
 * waiting. Resuming a session starts again from the record kept before.
 */
class ParticipationTracker
{
public:
    /** Starts (or resumes) timing from `base`, which holds what earlier runs counted. */
    void start(ParticipationRecord base, const QDateTime& now);
    [[nodiscard]] bool running() const { return m_activeSince.isValid(); }
    /** The child opened an activity. */
    void enter(const QString& activityId, const QString& type, const QDateTime& now);
    /** The child left the current activity, having answered it or skipped it (or neither). */
    void leave(bool answered, bool skipped, const QDateTime& now);
    void rate(const QString& activityId, ParticipationRecord::Rating rating);
    void useAdaptation(const QString& name) { m_record.addAdaptation(name); }
    /** The app locked or the session stopped: the practitioner's clock stops. */
    void pause(const QDateTime& now);
    /** The record now; `sessionStart` gives its duration (pauses included). */
    [[nodiscard]] ParticipationRecord record(const QDateTime& sessionStart,
                                             const QDateTime& now) const;

private:
    ParticipationRecord m_record;
    qint64 m_practitionerSeconds = 0; ///< counted before the current run
    QDateTime m_activeSince;
    QString m_current; ///< the activity open now
    QDateTime m_enteredAt;
};

} // namespace chorus
