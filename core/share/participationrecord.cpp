#include "participationrecord.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

#include <algorithm>
#include <array>
#include <cmath>

namespace chorus {
namespace {

Error field(const QString& name, const QString& why)
{
    return makeError(Error::Code::Invalid, QStringLiteral("%1: %2").arg(name, why));
}

constexpr std::array kOutcomes{"started", "completed", "skipped"};
constexpr std::array kRatings{"liked", "okay", "not-liked"};

std::optional<ParticipationRecord::Outcome> parseOutcome(const QString& s)
{
    for (std::size_t i = 0; i < kOutcomes.size(); ++i) {
        if (s == QLatin1String(kOutcomes[i])) {
            return static_cast<ParticipationRecord::Outcome>(i);
        }
    }
    return std::nullopt;
}

/** Whole minutes, to the nearest, within the record's range. */
int minutesOf(qint64 seconds)
{
    const auto m = static_cast<int>(std::lround(static_cast<double>(seconds) / 60.0));
    return std::clamp(m, 0, ParticipationRecord::kMaxMinutes);
}

/** A completed activity stays completed when the child comes back to it. */
ParticipationRecord::Outcome stronger(ParticipationRecord::Outcome a,
                                      ParticipationRecord::Outcome b)
{
    using O = ParticipationRecord::Outcome;
    if (a == O::Completed || b == O::Completed) {
        return O::Completed;
    }
    return (a == O::Skipped || b == O::Skipped) ? O::Skipped : O::Started;
}

} // namespace

QString toString(ParticipationRecord::Outcome v)
{
    return QString::fromLatin1(kOutcomes.at(static_cast<std::size_t>(v)));
}

QString toString(ParticipationRecord::Rating v)
{
    return QString::fromLatin1(kRatings.at(static_cast<std::size_t>(v)));
}

std::optional<ParticipationRecord::Rating> parseRating(const QString& s)
{
    for (std::size_t i = 0; i < kRatings.size(); ++i) {
        if (s == QLatin1String(kRatings[i])) {
            return static_cast<ParticipationRecord::Rating>(i);
        }
    }
    return std::nullopt;
}

const QStringList& ParticipationRecord::allowedFields()
{
    static const QStringList fields{
        "record",     "id",   "consultationId", "packId",  "packVersion",         "ageBand",
        "role",       "mode", "language",       "minutes", "practitionerMinutes", "adaptations",
        "activities", "week", "framework",
    };
    return fields;
}

const QStringList& ParticipationRecord::activityFields()
{
    static const QStringList fields{"activityId", "type", "outcome", "seconds", "rating"};
    return fields;
}

const QStringList& ParticipationRecord::adaptationNames()
{
    static const QStringList names{"read-aloud",    "voice-notes",   "large-text",
                                   "high-contrast", "dyslexia-font", "keyboard"};
    return names;
}

const QStringList& ParticipationRecord::languages()
{
    static const QStringList names{"en", "cy", "ar"};
    return names;
}

ParticipationRecord::Activity& ParticipationRecord::activity(const QString& activityId,
                                                             const QString& type)
{
    for (Activity& a : activities) {
        if (a.activityId == activityId) {
            return a;
        }
    }
    activities.append(Activity{activityId, type, Outcome::Started, 0, std::nullopt});
    return activities.last();
}

void ParticipationRecord::addAdaptation(const QString& name)
{
    if (!adaptationNames().contains(name) || adaptations.contains(name)) {
        return;
    }
    adaptations.append(name);
    // Wire order, so that the same adaptations always give the same body.
    std::sort(adaptations.begin(), adaptations.end(), [](const QString& a, const QString& b) {
        return adaptationNames().indexOf(a) < adaptationNames().indexOf(b);
    });
}

QJsonObject ParticipationRecord::toJson() const
{
    QJsonArray list;
    for (const Activity& a : activities) {
        QJsonObject o{{"activityId", a.activityId},
                      {"type", a.type},
                      {"outcome", toString(a.outcome)},
                      {"seconds", std::clamp(a.seconds, 0, kMaxSeconds)}};
        if (a.rating) {
            o.insert("rating", toString(*a.rating));
        }
        list.append(o);
    }
    return QJsonObject{{"record", QString::fromLatin1(kRecordTag)},
                       {"id", id},
                       {"consultationId", consultationId},
                       {"packId", packId},
                       {"packVersion", packVersion},
                       {"ageBand", toString(ageBand)},
                       {"role", toString(role)},
                       {"mode", toString(mode)},
                       {"language", language},
                       {"minutes", std::clamp(minutes, 0, kMaxMinutes)},
                       {"practitionerMinutes", std::clamp(practitionerMinutes, 0, kMaxMinutes)},
                       {"adaptations", QJsonArray::fromStringList(adaptations)},
                       {"activities", list},
                       {"week", week},
                       {"framework", QStringLiteral("design-and-implementation/coproduction")}};
}

Result<ParticipationRecord> ParticipationRecord::fromJson(const QJsonObject& json)
{
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!allowedFields().contains(it.key())) {
            return field(it.key(), QStringLiteral("is not a field of a participation record"));
        }
    }
    if (json.value("record").toString() != QLatin1String(kRecordTag)) {
        return field("record", QStringLiteral("must be %1").arg(QLatin1String(kRecordTag)));
    }
    ParticipationRecord r;
    r.id = json.value("id").toString();
    r.consultationId = json.value("consultationId").toString();
    r.packId = json.value("packId").toString();
    r.packVersion = json.value("packVersion").toInt();
    const auto band = parseAgeBand(json.value("ageBand").toString());
    const auto role = parseRole(json.value("role").toString());
    const auto mode = parseSessionMode(json.value("mode").toString());
    if (r.id.isEmpty() || !band || !role || !mode) {
        return field(r.id.isEmpty() ? "id"
                     : !band        ? "ageBand"
                     : !role        ? "role"
                                    : "mode",
                     QStringLiteral("missing or not one of the allowed values"));
    }
    r.ageBand = *band;
    r.role = *role;
    r.mode = *mode;
    r.language = json.value("language").toString();
    if (!languages().contains(r.language)) {
        return field("language", QStringLiteral("must be one of %1").arg(languages().join(", ")));
    }
    r.minutes = json.value("minutes").toInt();
    r.practitionerMinutes = json.value("practitionerMinutes").toInt();
    for (const auto& v : json.value("adaptations").toArray()) {
        if (!adaptationNames().contains(v.toString())) {
            return field("adaptations", QStringLiteral("unknown adaptation"));
        }
        r.addAdaptation(v.toString());
    }
    for (const auto& v : json.value("activities").toArray()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!activityFields().contains(it.key())) {
                return field("activities." + it.key(),
                             QStringLiteral("is not a field of an activity"));
            }
        }
        const auto outcome = parseOutcome(o.value("outcome").toString());
        if (!outcome) {
            return field("activities.outcome", QStringLiteral("must be started, completed or "
                                                              "skipped"));
        }
        Activity a{o.value("activityId").toString(), o.value("type").toString(), *outcome,
                   o.value("seconds").toInt(), std::nullopt};
        if (o.contains("rating")) {
            a.rating = parseRating(o.value("rating").toString());
            if (!a.rating) {
                return field("activities.rating",
                             QStringLiteral("must be liked, okay or not-liked"));
            }
        }
        r.activities.append(a);
    }
    r.week = json.value("week").toString();
    return r;
}

const QStringList& ConsentEvent::allowedFields()
{
    static const QStringList fields{"record", "id", "consultationId", "event"};
    return fields;
}

namespace {
constexpr std::array kConsentEvents{"refused", "withdrawn"};
} // namespace

QJsonObject ConsentEvent::toJson() const
{
    return QJsonObject{
        {"record", QString::fromLatin1(kRecordTag)},
        {"id", id},
        {"consultationId", consultationId},
        {"event", QString::fromLatin1(kConsentEvents.at(static_cast<std::size_t>(kind)))}};
}

Result<ConsentEvent> ConsentEvent::fromJson(const QJsonObject& json)
{
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!allowedFields().contains(it.key())) {
            return field(it.key(), QStringLiteral("is not a field of a consent event"));
        }
    }
    if (json.value("record").toString() != QLatin1String(kRecordTag)) {
        return field("record", QStringLiteral("must be %1").arg(QLatin1String(kRecordTag)));
    }
    ConsentEvent e;
    e.id = json.value("id").toString();
    e.consultationId = json.value("consultationId").toString();
    if (e.id.isEmpty() || e.consultationId.isEmpty()) {
        return field(e.id.isEmpty() ? "id" : "consultationId", QStringLiteral("is required"));
    }
    const QString event = json.value("event").toString();
    for (std::size_t i = 0; i < kConsentEvents.size(); ++i) {
        if (event == QLatin1String(kConsentEvents[i])) {
            e.kind = static_cast<Kind>(i);
            return e;
        }
    }
    return field("event", QStringLiteral("must be refused or withdrawn"));
}

Status queueConsentEvent(Outbox& outbox, const QString& consultationId, ConsentEvent::Kind kind)
{
    ConsentEvent e;
    e.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    e.consultationId = consultationId;
    e.kind = kind;
    return outbox.append(e.id, Outbox::Kind::Feedback,
                         QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact));
}

void ParticipationTracker::start(ParticipationRecord base, const QDateTime& now)
{
    m_record = std::move(base);
    m_practitionerSeconds = static_cast<qint64>(m_record.practitionerMinutes) * 60;
    m_activeSince = now;
    m_current.clear();
}

void ParticipationTracker::enter(const QString& activityId, const QString& type,
                                 const QDateTime& now)
{
    if (!m_current.isEmpty()) {
        leave(false, false, now);
    }
    m_record.activity(activityId, type);
    m_current = activityId;
    m_enteredAt = now;
}

void ParticipationTracker::leave(bool answered, bool skipped, const QDateTime& now)
{
    if (m_current.isEmpty()) {
        return;
    }
    ParticipationRecord::Activity& a = m_record.activity(m_current, {});
    const qint64 spent = std::max<qint64>(0, m_enteredAt.secsTo(now));
    a.seconds =
        static_cast<int>(std::min<qint64>(a.seconds + spent, ParticipationRecord::kMaxSeconds));
    using O = ParticipationRecord::Outcome;
    a.outcome = stronger(a.outcome, answered ? O::Completed : skipped ? O::Skipped : O::Started);
    m_current.clear();
}

void ParticipationTracker::rate(const QString& activityId, ParticipationRecord::Rating rating)
{
    for (auto& a : m_record.activities) {
        if (a.activityId == activityId) {
            a.rating = rating;
        }
    }
}

void ParticipationTracker::pause(const QDateTime& now)
{
    if (m_activeSince.isValid()) {
        m_practitionerSeconds += std::max<qint64>(0, m_activeSince.secsTo(now));
        m_activeSince = {};
    }
}

ParticipationRecord ParticipationTracker::record(const QDateTime& sessionStart,
                                                 const QDateTime& now) const
{
    ParticipationRecord r = m_record;
    qint64 practitioner = m_practitionerSeconds;
    if (m_activeSince.isValid()) {
        practitioner += std::max<qint64>(0, m_activeSince.secsTo(now));
    }
    // A young person's own time is not the practitioner's.
    r.practitionerMinutes = r.mode == SessionMode::OwnTime ? 0 : minutesOf(practitioner);
    r.minutes = sessionStart.isValid() ? minutesOf(sessionStart.secsTo(now)) : 0;
    return r;
}

} // namespace chorus
