#pragma once

// Sync protocol version 1, hub side: the decoders and validators for every request body,
// as pure functions (no I/O, no clock, no database) so that tests and the fuzz target call
// exactly what the server calls. See sync/PROTOCOL.md, which this file implements.

#include "core/common/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace chorus::hub {

inline constexpr int kProtocolVersion = 1;
inline constexpr auto kFrameworkParameter = "design-and-implementation/coproduction";

/** The hub's own limits (PROTOCOL.md "Limits"); nginx applies the same ones in front. */
struct Limits
{
    qint64 maxBodyBytes = 1024 * 1024;  ///< any request body
    qint64 maxHeaderBytes = 16 * 1024;  ///< request line plus headers
    int maxBatchItems = 100;            ///< items in one feedback or erasure batch
    int maxTextChars = 4000;            ///< one anonymised text
    int maxDrawingBase64Chars = 600000; ///< one drawing, base64 of a PNG
    double ratePerSecond = 10.0;        ///< per-device token bucket refill
    double rateBurst = 30.0;            ///< per-device token bucket size
};

/** A rejected request: an HTTP status, a machine code and words that name the field. */
struct ProtocolError
{
    int status = 400;
    QString code;          ///< e.g. "unknown_field"; the list is in PROTOCOL.md "Errors"
    QString field;         ///< JSON path such as "items[3].ageBand"; empty for the whole body
    QString message;       ///< "<field>: <reason>", one line, no request content echoed raw
    QString itemId;        ///< the item's id when it could be read, so a device can mark it failed
    QStringList conflicts; ///< 409 only: every id whose bodies differ (top-level "conflicts")

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] QByteArray toBody() const;
};

/** One share record (CP-4 allow-list), validated; `canonical` is what the hub stores. */
struct FeedbackItem
{
    QString id;
    QString consultationId;
    QString packId;
    int packVersion = 0;
    QString activityId;
    QString promptId; ///< empty when the record has none
    QString kind;
    QString ageBand;
    QString role;
    QString week;
    QString framework;
    bool quotesAllowed = false; ///< scopes.quotes: the consent allows quoting this record
    QByteArray canonical;       ///< compact JSON with sorted keys
    QByteArray hash;            ///< SHA-256 of `canonical`, hex; the body identity for 409
};

struct FeedbackBatch
{
    QList<FeedbackItem> items;
};

/** One activity of a participation record: how the child met one way of telling. */
struct ParticipationActivity
{
    QString activityId;
    QString type;    ///< the pack's activity type
    QString outcome; ///< "started", "completed" or "skipped"
    int seconds = 0;
    QString rating; ///< "liked", "okay", "not-liked"; empty when the child gave none
};

/** One participation record (issue 19; PROTOCOL.md "ParticipationRecord"), validated. */
struct ParticipationItem
{
    QString id;
    QString consultationId;
    QString packId;
    int packVersion = 0;
    QString ageBand;
    QString role;
    QString mode;     ///< "facilitated" or "own-time"
    QString language; ///< "en", "cy" or "ar"
    QString week;
    int minutes = 0;
    int practitionerMinutes = 0;
    QStringList adaptations;
    QList<ParticipationActivity> activities;
    /** A consent event (PROTOCOL.md "ConsentEvent": "refused" or "withdrawn") in place of a
     *  session: then only `id` and `consultationId` are set besides it. */
    QString consentEvent;
    QByteArray canonical; ///< compact JSON with sorted keys
    QByteArray hash;      ///< SHA-256 of `canonical`, hex
};

struct ParticipationBatch
{
    QList<ParticipationItem> items;
};

struct ErasureItem
{
    QString id;         ///< the erasure request's own UUID (idempotency key)
    QString feedbackId; ///< the share record to erase
};

struct ErasureBatch
{
    QList<ErasureItem> items;
};

struct EnrolRequest
{
    QString code; ///< normalised: upper case, no hyphens
};

/** POST /v1/device-consultations: a consultation made on a practitioner's device. */
struct ConsultationRegistration
{
    QString id;
    QString title; ///< redacted on the device; empty from a device that sends none
};

/** A consultation's title, published or registered by a device, is 1..200 characters. */
constexpr int kMaxConsultationTitleChars = 200;

struct InviteRequest
{
    int uses = 1;
    int expiresInHours = 72;
    /** The young person's answers wait on their own device until they and their
     *  practitioner check them (issue 16); optional, false when absent. */
    bool reviewOnDevice = false;
};

/** A published activity pack as the hub keeps it: identity plus the file's bytes. */
struct PackInfo
{
    QString id;
    int version = 0;
    QByteArray body; ///< compact JSON
};

/** A consultation as an admin publishes it (`publish-consultation`) and devices receive it
 *  (GET /v1/consultations); PROTOCOL.md "Consultations". */
struct ConsultationInfo
{
    QString id;
    QString title;   ///< 1..200 characters
    QString purpose; ///< 1..2000 characters, in child-friendly words
    QString packId;
    int packVersion = 0;
    QStringList activities; ///< in order; empty in a file: every activity of the pack
    int retentionDays = 0;  ///< 1..3650
    QString status;         ///< "open" or "closed" (no new sessions; answers are kept)

    /** The object devices receive (without the hub's revision). */
    [[nodiscard]] QJsonObject toJson() const;
};

// Body decoders. Each rejects malformed JSON, wrong types, unknown fields, missing fields
// and oversized values with a 400 that names the field (SY-5), and an over-long batch with
// a 413 (SY-4).
[[nodiscard]] Result<FeedbackBatch, ProtocolError> decodeFeedbackBatch(const QByteArray& body,
                                                                       const Limits& limits);
[[nodiscard]] Result<ParticipationBatch, ProtocolError>
decodeParticipationBatch(const QByteArray& body, const Limits& limits);
[[nodiscard]] Result<ErasureBatch, ProtocolError> decodeErasureBatch(const QByteArray& body,
                                                                     const Limits& limits);
[[nodiscard]] Result<EnrolRequest, ProtocolError> decodeEnrolRequest(const QByteArray& body);
[[nodiscard]] Result<InviteRequest, ProtocolError> decodeInviteRequest(const QByteArray& body);
[[nodiscard]] Result<ConsultationRegistration, ProtocolError>
decodeConsultationRegistration(const QByteArray& body);
/** Validates one share record object; `path` prefixes field names in errors. */
[[nodiscard]] Result<FeedbackItem, ProtocolError>
decodeFeedbackItem(const QJsonObject& object, const QString& path, const Limits& limits);
/** Validates one participation record object. */
[[nodiscard]] Result<ParticipationItem, ProtocolError>
decodeParticipationItem(const QJsonObject& object, const QString& path);
/** The adaptations a participation record may name, in wire order. */
[[nodiscard]] const QStringList& participationAdaptations();
/** The `since` cursor of GET /v1/actions: a whole number from 0; empty means 0. */
[[nodiscard]] Result<qint64, ProtocolError> decodeSinceCursor(const QString& since);
/** A pack file for `publish-pack`: a "chorus-pack/1" object with an id and version. */
[[nodiscard]] Result<PackInfo, ProtocolError> decodePackFile(const QByteArray& body,
                                                             const Limits& limits);

/** A consultation file for `publish-consultation`: a "chorus-consultation/1" object. */
[[nodiscard]] Result<ConsultationInfo, ProtocolError>
decodeConsultationFile(const QByteArray& body);

/** The bearer token of an Authorization header value, or nothing if it is not one. */
[[nodiscard]] std::optional<QByteArray> bearerToken(const QByteArray& authorization);

/** The age bands and roles of PROTOCOL.md, in their documented order. */
[[nodiscard]] QStringList ageBands();
[[nodiscard]] QStringList roles();

/** A character no text field accepts: C0, DEL, C1 (U+0080..U+009F) and U+2028/U+2029
 *  (tab, CR and LF are allowed where a field takes several lines). */
[[nodiscard]] bool isControlCharacter(char16_t u);
[[nodiscard]] bool hasControl(const QString& s, bool allowNewlines);
[[nodiscard]] bool isUuid(const QString& s);
[[nodiscard]] bool isId(const QString& s);
[[nodiscard]] bool isIsoWeek(const QString& s);
/** Upper case without hyphens or spaces: the form in which codes are hashed. */
[[nodiscard]] QString normaliseCode(const QString& code);

} // namespace chorus::hub
