#pragma once

#include "../common/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace chorus {

/** Who a participant is in the consultation; never their name. */
enum class Role { Child, YoungPerson, Parent, Carer };
/** Coarse age bands: exact ages and dates of birth are never stored. */
enum class AgeBand { Under5, From5To7, From8To11, From12To15, From16To17, From18To24, Adult };
enum class SessionMode { Facilitated, OwnTime };
/** Who gave consent: the child alone (Gillick competent), a person with parental
 *  responsibility, or both. */
enum class ConsentGiver { Child, ParentOrCarer, Both };
enum class AnswerKind { Text, Choice, Scale, Ordering, Drawing, Audio, Structured };

/** What a participant agreed to; each scope is chosen separately and defaults to "no". */
enum ConsentScope : unsigned {
    StoreOnDevice = 1u << 0,
    ShareAnonymised = 1u << 1,
    AllowQuotes = 1u << 2,
    RecordVoice = 1u << 3,
    ShareDrawings = 1u << 4,
};
using ConsentScopes = unsigned;
constexpr ConsentScopes kAllConsentScopes =
    StoreOnDevice | ShareAnonymised | AllowQuotes | RecordVoice | ShareDrawings;

// Stable wire/database names. Parsing returns nullopt for anything unknown.
QString toString(Role v);
QString toString(AgeBand v);
QString toString(SessionMode v);
QString toString(ConsentGiver v);
QString toString(AnswerKind v);
std::optional<Role> parseRole(const QString& s);
std::optional<AgeBand> parseAgeBand(const QString& s);
std::optional<SessionMode> parseSessionMode(const QString& s);
std::optional<ConsentGiver> parseConsentGiver(const QString& s);
std::optional<AnswerKind> parseAnswerKind(const QString& s);
QStringList scopeNames(ConsentScopes scopes);
/** Parses scope names ("store", "share", "quotes", "voice", "drawings"); error names the bad one.
 */
Result<ConsentScopes> parseScopes(const QStringList& names);

struct Consultation
{
    QString id;
    QString title;
    QString purpose; ///< in child-friendly words
    int retentionDays = 365;
    QString packId;
    int packVersion = 0;
    QStringList activityIds; ///< the pack's activities this consultation uses, in order
    QDateTime createdAt;
    bool fromHub = false; ///< published on the hub: read-only here, updated by sync
    bool closed = false;  ///< closed on the hub: no new sessions; existing answers stay
};

struct Participant
{
    QString id;
    QString consultationId;
    QString codeName; ///< chosen by the participant; a pseudonym, never a real name
    AgeBand ageBand = AgeBand::From8To11;
    Role role = Role::Child;
    QDateTime createdAt;
    QDateTime retainUntil;
};

struct Session
{
    QString id;
    QString consultationId;
    SessionMode mode = SessionMode::Facilitated;
    QDateTime startedAt;
    std::optional<QDateTime> endedAt;
};

/** A consent decision as recorded; consent history is append-only. */
struct ConsentRecord
{
    qint64 id = 0;
    QString participantId;
    ConsentGiver givenBy = ConsentGiver::Child;
    AgeBand ageBand = AgeBand::From8To11;
    QString assessor;        ///< practitioner who assessed understanding (role or staff code)
    QString assessmentBasis; ///< why they judged the child understood (Gillick)
    QString explanationVersion;
    QString explanationLanguage;
    QString method; ///< how it was given: "spoken", "tapped", "signed paper" ...
    ConsentScopes scopes = 0;
    QDateTime at;
    bool withdrawn = false;
};

/** One answer; exactly the value fields that fit its kind are set. */
struct Response
{
    QString id;
    QString sessionId;
    QString participantId;
    qint64 consentId = 0; ///< the consent in force when it was given
    QString activityId;
    QString promptId;
    AnswerKind kind = AnswerKind::Text;
    QString text;       ///< Text
    QJsonObject value;  ///< Choice {"chosen": [...]}, Scale {"value": 1..5}, Ordering, Structured
    QByteArray media;   ///< Drawing (PNG) or Audio (Ogg Opus); kept in the encrypted store only
    QString mediaType;  ///< "image/png", "audio/ogg"
    int durationMs = 0; ///< Audio
    bool draft = false; ///< own-time answers stay drafts until the young person submits
    QDateTime createdAt;
    QDateTime retainUntil;
};

/** Checks that a response's fields fit its kind; the message names the field. */
Status validateResponse(const Response& r);

} // namespace chorus
