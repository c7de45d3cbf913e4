#include "hubprotocol.h"

#include "jsonreader.h"

#include "core/common/limitwords.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <array>
#include <cmath>

namespace chorus::hub {
namespace {

constexpr std::array kAnswerKinds{"text",    "choice", "scale",     "ordering",
                                  "drawing", "audio",  "structured"};
constexpr std::array kAgeBands{"under-5", "5-7", "8-11", "12-15", "16-17", "18-24", "adult"};
constexpr std::array kRoles{"child", "young-person", "parent", "carer"};

template <std::size_t N> QString joined(const std::array<const char*, N>& list)
{
    QStringList out;
    for (const char* v : list) {
        out << QString::fromLatin1(v);
    }
    return out.join(QStringLiteral(", "));
}

/** Checks the kind-specific answer fields of a share record. */
void checkAnswer(JsonReader& r, const QString& kind, const Limits& limits,
                 const std::optional<bool>& drawingsScope)
{
    struct Slot
    {
        const char* key;
        const char* kind; ///< the only kind that may carry it; nullptr: any kind
    };
    static constexpr std::array kSlots{
        Slot{"choices", "choice"},         Slot{"scale", "scale"},
        Slot{"order", "ordering"},         Slot{"piles", "structured"},
        Slot{"structured", "structured"},  Slot{"drawing", "drawing"},
        Slot{"drawingApproved", "drawing"}};
    for (const Slot& s : kSlots) {
        if (!r.failed() && r.has(s.key) && kind != QLatin1String(s.kind)) {
            r.setError(protocolError(
                r.path(s.key), QStringLiteral("invalid_value"),
                QStringLiteral("not allowed for an answer of kind \"%1\"").arg(kind)));
        }
    }
    r.string("text", kind == QLatin1String("text"), limits.maxTextChars, true);
    if (kind == QLatin1String("choice")) {
        r.ids("choices", true, 1, 50);
    } else if (kind == QLatin1String("scale")) {
        r.integer("scale", true, 0, 10);
    } else if (kind == QLatin1String("ordering")) {
        r.ids("order", true, 1, 50);
    } else if (kind == QLatin1String("structured")) {
        if (!r.failed() && !r.has("piles") && !r.has("structured")) {
            r.setError(protocolError(r.path("structured"), QStringLiteral("missing_field"),
                                     QStringLiteral("a structured answer needs \"piles\" or "
                                                    "\"structured\"")));
        }
        if (const auto piles = r.object("piles", false)) {
            if (piles->isEmpty() || piles->size() > 5) {
                r.setError(protocolError(r.path("piles"), QStringLiteral("too_many"),
                                         QStringLiteral("expected 1 to 5 piles")));
            }
            for (auto it = piles->begin(); !r.failed() && it != piles->end(); ++it) {
                if (!isId(it.key())) {
                    r.setError(protocolError(r.path("piles"), QStringLiteral("invalid_value"),
                                             QStringLiteral("a pile name is not a valid id")));
                    break;
                }
                JsonReader pile(*piles, r.path("piles"));
                pile.ids(it.key().toLatin1().constData(), true, 0, 30);
                if (pile.failed()) {
                    r.setError(pile.error());
                }
            }
        }
        if (const auto parts = r.object("structured", false)) {
            if (parts->isEmpty() || parts->size() > 20) {
                r.setError(protocolError(r.path("structured"), QStringLiteral("too_many"),
                                         QStringLiteral("expected 1 to 20 parts")));
            }
            for (auto it = parts->begin(); !r.failed() && it != parts->end(); ++it) {
                if (!isId(it.key())) {
                    r.setError(protocolError(r.path("structured"), QStringLiteral("invalid_value"),
                                             QStringLiteral("a part name is not a valid id")));
                    break;
                }
                const QString p = fieldPath(r.path("structured"), it.key());
                if (!it.value().isArray()) {
                    r.setError(wrongType(p, "an array", it.value()));
                    break;
                }
                const QJsonArray a = it.value().toArray();
                if (a.size() > 20) {
                    r.setError(protocolError(p, QStringLiteral("too_many"),
                                             QStringLiteral("expected 0 to 20 items")));
                }
                for (qsizetype i = 0; !r.failed() && i < a.size(); ++i) {
                    const QString ip = itemPath(p, i);
                    if (!a.at(i).isString()) {
                        r.setError(wrongType(ip, "a string", a.at(i)));
                    } else if (a.at(i).toString().size() > 1000) {
                        r.setError(
                            protocolError(ip, QStringLiteral("too_long"), longerThanWords(1000)));
                    } else if (hasControl(a.at(i).toString(), true)) {
                        r.setError(protocolError(ip, QStringLiteral("invalid_value"),
                                                 QStringLiteral("contains control characters")));
                    }
                }
            }
        }
    } else if (kind == QLatin1String("drawing")) {
        const QString png =
            r.string("drawing", true, limits.maxDrawingBase64Chars); // checked before decoding
        if (!r.failed()) {
            const auto decoded = QByteArray::fromBase64Encoding(
                png.toLatin1(),
                QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded || !decoded.decoded.startsWith("\x89PNG\r\n\x1a\n")) {
                r.setError(protocolError(r.path("drawing"), QStringLiteral("invalid_value"),
                                         QStringLiteral("not a base64-encoded PNG image")));
            }
        }
        const auto approved = r.boolean("drawingApproved", true);
        if (!r.failed() && (!approved.value_or(false) || !drawingsScope.value_or(false))) {
            r.setError(
                protocolError(r.path("drawing"), QStringLiteral("not_permitted"),
                              QStringLiteral("a drawing is shared only with the drawings scope and "
                                             "the practitioner's approval")));
        }
    }
    if (const auto voice = r.object("voice", kind == QLatin1String("audio"))) {
        const QString p = r.path("voice");
        if (auto unknown =
                onlyKnown(*voice, p, {QStringLiteral("present"), QStringLiteral("seconds")})) {
            r.setError(*unknown);
            return;
        }
        JsonReader v(*voice, p);
        const auto present = v.boolean("present", true);
        v.integer("seconds", present.value_or(false), 0, 3600);
        if (!v.failed() && !present.value_or(false) && v.has("seconds")) {
            v.setError(protocolError(v.path("seconds"), QStringLiteral("invalid_value"),
                                     QStringLiteral("only allowed when a voice note is present")));
        }
        if (!v.failed() && kind == QLatin1String("audio") && !present.value_or(false)) {
            v.setError(protocolError(v.path("present"), QStringLiteral("invalid_value"),
                                     QStringLiteral("an audio answer has a voice note")));
        }
        if (v.failed()) {
            r.setError(v.error());
        }
    }
}

/** e, naming the item it is about: a device marks that item failed and sends the rest. */
ProtocolError naming(const QString& itemId, ProtocolError e)
{
    e.itemId = itemId;
    return e;
}

/** An item's id, read before anything else so that every later error can name the item; then
 *  the item's keys checked against allowed. The error of a missing or bad id names no item. */
Result<QString, ProtocolError> readItemId(JsonReader& r, const QJsonObject& o, const QString& path,
                                          const QStringList& allowed)
{
    const QString id = r.uuid("id");
    if (r.failed()) {
        return r.error();
    }
    if (auto unknown = onlyKnown(o, path, allowed)) {
        return naming(id, *unknown);
    }
    return id;
}

} // namespace

QJsonObject ProtocolError::toJson() const
{
    QJsonObject e{{"code", code}, {"message", message}};
    if (!field.isEmpty()) {
        e.insert(QStringLiteral("field"), field);
    }
    if (!itemId.isEmpty()) {
        e.insert(QStringLiteral("itemId"), itemId);
    }
    QJsonObject out{{"error", e}};
    if (!conflicts.isEmpty()) {
        out.insert(QStringLiteral("conflicts"), QJsonArray::fromStringList(conflicts)); // 409
    }
    return out;
}

QByteArray ProtocolError::toBody() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
}

QStringList ageBands()
{
    return joined(kAgeBands).split(QStringLiteral(", "));
}

QStringList roles()
{
    return joined(kRoles).split(QStringLiteral(", "));
}

bool isControlCharacter(char16_t u)
{
    // C0, DEL and C1 (U+0080..U+009F: NEL, CSI ...), which terminals, PDF text and
    // spreadsheets may act on; and the Unicode line and paragraph separators.
    return u < 0x20 || (u >= 0x7f && u <= 0x9f) || u == 0x2028 || u == 0x2029;
}

bool hasControl(const QString& s, bool allowNewlines)
{
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (isControlCharacter(u)) {
            if (allowNewlines && (u == '\n' || u == '\t' || u == '\r')) {
                continue;
            }
            return true;
        }
    }
    return false;
}

bool isUuid(const QString& s)
{
    static const QRegularExpression re(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\\z"));
    return s.size() == 36 && re.match(s).hasMatch();
}

bool isId(const QString& s)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9][a-z0-9-]{0,63}\\z"));
    return s.size() <= 64 && re.match(s).hasMatch();
}

bool isIsoWeek(const QString& s)
{
    static const QRegularExpression re(QStringLiteral("^(20[2-9][0-9])-W([0-9]{2})\\z"));
    const auto m = re.match(s);
    if (!m.hasMatch()) {
        return false;
    }
    const int week = m.captured(2).toInt();
    return week >= 1 && week <= 53;
}

QString normaliseCode(const QString& code)
{
    QString out;
    for (const QChar c : code) {
        if (c != QLatin1Char('-') && c != QLatin1Char(' ')) {
            out += c.toUpper();
        }
    }
    return out;
}

std::optional<QByteArray> bearerToken(const QByteArray& authorization)
{
    static constexpr QByteArrayView kPrefix("Bearer ");
    if (!authorization.startsWith(kPrefix)) {
        return std::nullopt;
    }
    const QByteArray token = authorization.mid(kPrefix.size()).trimmed();
    if (token.isEmpty() || token.size() > 128) {
        return std::nullopt;
    }
    for (const char c : token) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                        (c >= '0' && c <= '9') || c == '-' || c == '_';
        if (!ok) {
            return std::nullopt;
        }
    }
    return token;
}

Result<FeedbackItem, ProtocolError> decodeFeedbackItem(const QJsonObject& o, const QString& path,
                                                       const Limits& limits)
{
    static const QStringList kAllowed{
        "id",         "consultationId", "packId",          "packVersion", "activityId", "promptId",
        "kind",       "text",           "choices",         "scale",       "order",      "piles",
        "structured", "drawing",        "drawingApproved", "voice",       "ageBand",    "role",
        "scopes",     "week",           "framework"};
    FeedbackItem item;
    JsonReader r(o, path);
    auto id = readItemId(r, o, path, kAllowed);
    if (!id) {
        return id.error();
    }
    item.id = id.value();
    item.consultationId = r.id("consultationId", true);
    item.packId = r.id("packId", true);
    item.packVersion = static_cast<int>(r.integer("packVersion", true, 1, 1000000).value_or(0));
    item.activityId = r.id("activityId", true);
    item.promptId = r.id("promptId", false);
    item.kind = r.oneOf("kind", kAnswerKinds);
    item.ageBand = r.oneOf("ageBand", kAgeBands);
    item.role = r.oneOf("role", kRoles);
    std::optional<bool> drawingsScope;
    if (const auto scopes = r.object("scopes", true)) {
        const QString p = r.path("scopes");
        if (auto unknown =
                onlyKnown(*scopes, p, {QStringLiteral("quotes"), QStringLiteral("drawings")})) {
            return naming(item.id, *unknown);
        }
        JsonReader s(*scopes, p);
        item.quotesAllowed = s.boolean("quotes", true).value_or(false);
        drawingsScope = s.boolean("drawings", true);
        if (s.failed()) {
            return naming(item.id, s.error());
        }
    }
    item.week = r.string("week", true, 16);
    if (!r.failed() && !isIsoWeek(item.week)) {
        r.setError(protocolError(r.path("week"), QStringLiteral("invalid_value"),
                                 QStringLiteral("expected an ISO week such as \"2026-W48\"")));
    }
    item.framework = r.string("framework", true, 80);
    if (!r.failed() && item.framework != QLatin1String(kFrameworkParameter)) {
        r.setError(protocolError(
            r.path("framework"), QStringLiteral("invalid_value"),
            QStringLiteral("expected \"%1\"").arg(QLatin1String(kFrameworkParameter))));
    }
    if (!r.failed()) {
        checkAnswer(r, item.kind, limits, drawingsScope);
    }
    if (r.failed()) {
        return naming(item.id, r.error());
    }
    item.canonical = QJsonDocument(o).toJson(QJsonDocument::Compact);
    item.hash = QCryptographicHash::hash(item.canonical, QCryptographicHash::Sha256).toHex();
    return item;
}

/** A batch body {"items": [...]}: each item decoded by `decode`, an id twice with another
 *  body a 409 (the same rules for share and participation records). */
template <typename Batch, typename Decode>
Result<Batch, ProtocolError> decodeBatch(const QByteArray& body, const Limits& limits,
                                         Decode decode)
{
    auto parsed = parseObject(body, limits.maxBodyBytes);
    if (!parsed.ok()) {
        return parsed.error();
    }
    const QJsonObject& o = parsed.value();
    if (auto unknown = onlyKnown(o, {}, {QStringLiteral("items")})) {
        return *unknown;
    }
    JsonReader r(o, {});
    const auto v = r.value("items", true);
    if (r.failed()) {
        return r.error();
    }
    if (!v->isArray()) {
        return wrongType(QStringLiteral("items"), "an array", *v);
    }
    const QJsonArray items = v->toArray();
    if (items.isEmpty()) {
        return protocolError(QStringLiteral("items"), QStringLiteral("too_few"),
                             QStringLiteral("a batch holds at least one item"));
    }
    if (items.size() > limits.maxBatchItems) {
        return protocolError(
            QStringLiteral("items"), QStringLiteral("batch_too_large"),
            QStringLiteral("a batch holds at most %1 items").arg(limits.maxBatchItems), 413);
    }
    Batch batch;
    QHash<QString, QByteArray> seen;
    QStringList conflicts;
    QString firstConflict;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString p = itemPath(QStringLiteral("items"), i);
        if (!items.at(i).isObject()) {
            return wrongType(p, "an object", items.at(i));
        }
        auto item = decode(items.at(i).toObject(), p);
        if (!item.ok()) {
            return item.error();
        }
        const auto previous = seen.constFind(item.value().id);
        if (previous != seen.constEnd()) {
            if (*previous != item.value().hash) {
                // Like an id stored earlier with another body: 409 with every such id in
                // the top-level "conflicts", so the device marks exactly those failed.
                if (!conflicts.contains(item.value().id)) {
                    conflicts << item.value().id;
                }
                if (firstConflict.isEmpty()) {
                    firstConflict = p;
                }
            }
            continue; // the same record twice: one row, one acknowledgement
        }
        seen.insert(item.value().id, item.value().hash);
        batch.items << std::move(item.value());
    }
    if (!conflicts.isEmpty()) {
        ProtocolError e =
            protocolError(firstConflict, QStringLiteral("conflict"),
                          QStringLiteral("the same id appears earlier in the batch with a "
                                         "different body; nothing in this batch was stored"),
                          409);
        e.itemId = conflicts.first();
        e.conflicts = conflicts;
        return e;
    }
    return batch;
}

Result<FeedbackBatch, ProtocolError> decodeFeedbackBatch(const QByteArray& body,
                                                         const Limits& limits)
{
    return decodeBatch<FeedbackBatch>(body, limits, [&](const QJsonObject& o, const QString& p) {
        return decodeFeedbackItem(o, p, limits);
    });
}

Result<ParticipationBatch, ProtocolError> decodeParticipationBatch(const QByteArray& body,
                                                                   const Limits& limits)
{
    return decodeBatch<ParticipationBatch>(
        body, limits,
        [](const QJsonObject& o, const QString& p) { return decodeParticipationItem(o, p); });
}

const QStringList& participationAdaptations()
{
    static const QStringList names{"read-aloud",    "voice-notes",   "large-text",
                                   "high-contrast", "dyslexia-font", "keyboard"};
    return names;
}

namespace {

/** A consent event: that someone said no or withdrew, the consultation and nothing else. */
Result<ParticipationItem, ProtocolError> decodeConsentEvent(const QJsonObject& o,
                                                            const QString& path)
{
    static const QStringList kAllowed{"record", "id", "consultationId", "event"};
    constexpr std::array kEvents{"refused", "withdrawn"};
    ParticipationItem item;
    JsonReader r(o, path);
    auto id = readItemId(r, o, path, kAllowed);
    if (!id) {
        return id.error();
    }
    item.id = id.value();
    item.consultationId = r.id("consultationId", true);
    item.consentEvent = r.oneOf("event", kEvents);
    if (r.failed()) {
        return naming(item.id, r.error());
    }
    item.canonical = QJsonDocument(o).toJson(QJsonDocument::Compact);
    item.hash = QCryptographicHash::hash(item.canonical, QCryptographicHash::Sha256).toHex();
    return item;
}

} // namespace

Result<ParticipationItem, ProtocolError> decodeParticipationItem(const QJsonObject& o,
                                                                 const QString& path)
{
    if (o.value(QLatin1String("record")).toString() == QLatin1String("consent")) {
        return decodeConsentEvent(o, path);
    }
    static const QStringList kAllowed{
        "record",     "id",   "consultationId", "packId",  "packVersion",         "ageBand",
        "role",       "mode", "language",       "minutes", "practitionerMinutes", "adaptations",
        "activities", "week", "framework"};
    static const QStringList kActivityFields{"activityId", "type", "outcome", "seconds", "rating"};
    constexpr std::array kModes{"facilitated", "own-time"};
    constexpr std::array kLanguages{"en", "cy", "ar"};
    constexpr std::array kRecord{"session"};
    constexpr std::array kOutcomes{"started", "completed", "skipped"};
    constexpr std::array kRatings{"liked", "okay", "not-liked"};
    ParticipationItem item;
    JsonReader r(o, path);
    auto id = readItemId(r, o, path, kAllowed);
    if (!id) {
        return id.error();
    }
    item.id = id.value();
    r.oneOf("record", kRecord);
    item.consultationId = r.id("consultationId", true);
    item.packId = r.id("packId", true);
    item.packVersion = static_cast<int>(r.integer("packVersion", true, 1, 1000000).value_or(0));
    item.ageBand = r.oneOf("ageBand", kAgeBands);
    item.role = r.oneOf("role", kRoles);
    item.mode = r.oneOf("mode", kModes);
    item.language = r.oneOf("language", kLanguages);
    item.minutes = static_cast<int>(r.integer("minutes", true, 0, 1440).value_or(0));
    item.practitionerMinutes =
        static_cast<int>(r.integer("practitionerMinutes", true, 0, 1440).value_or(0));
    item.week = r.string("week", true, 16);
    if (!r.failed() && !isIsoWeek(item.week)) {
        r.setError(protocolError(r.path("week"), QStringLiteral("invalid_value"),
                                 QStringLiteral("expected an ISO week such as \"2026-W48\"")));
    }
    const QString framework = r.string("framework", true, 80);
    if (!r.failed() && framework != QLatin1String(kFrameworkParameter)) {
        r.setError(protocolError(
            r.path("framework"), QStringLiteral("invalid_value"),
            QStringLiteral("expected \"%1\"").arg(QLatin1String(kFrameworkParameter))));
    }
    if (const auto list = r.array("adaptations", true, 0, 6)) {
        for (qsizetype i = 0; i < list->size() && !r.failed(); ++i) {
            const QString name = list->at(i).toString();
            if (!participationAdaptations().contains(name) || item.adaptations.contains(name)) {
                r.setError(protocolError(
                    itemPath(r.path("adaptations"), i), QStringLiteral("invalid_value"),
                    QStringLiteral("expected one of %1, each once")
                        .arg(participationAdaptations().join(QStringLiteral(", ")))));
            }
            item.adaptations << name;
        }
    }
    if (const auto list = r.array("activities", true, 0, 100)) {
        QStringList seen;
        for (qsizetype i = 0; i < list->size() && !r.failed(); ++i) {
            const QString p = itemPath(r.path("activities"), i);
            if (!list->at(i).isObject()) {
                return naming(item.id, wrongType(p, "an object", list->at(i)));
            }
            const QJsonObject a = list->at(i).toObject();
            if (auto unknown = onlyKnown(a, p, kActivityFields)) {
                return naming(item.id, *unknown);
            }
            JsonReader ar(a, p);
            ParticipationActivity act;
            act.activityId = ar.id("activityId", true);
            act.type = ar.id("type", true);
            act.outcome = ar.oneOf("outcome", kOutcomes);
            act.seconds = static_cast<int>(ar.integer("seconds", true, 0, 3600).value_or(0));
            if (ar.has("rating")) {
                act.rating = ar.oneOf("rating", kRatings);
            }
            if (!ar.failed() && seen.contains(act.activityId)) {
                ar.setError(protocolError(ar.path("activityId"), QStringLiteral("invalid_value"),
                                          QStringLiteral("repeats an earlier activity")));
            }
            if (ar.failed()) {
                return naming(item.id, ar.error());
            }
            seen << act.activityId;
            item.activities << act;
        }
    }
    if (r.failed()) {
        return naming(item.id, r.error());
    }
    item.canonical = QJsonDocument(o).toJson(QJsonDocument::Compact);
    item.hash = QCryptographicHash::hash(item.canonical, QCryptographicHash::Sha256).toHex();
    return item;
}

Result<ErasureBatch, ProtocolError> decodeErasureBatch(const QByteArray& body, const Limits& limits)
{
    auto parsed = parseObject(body, limits.maxBodyBytes);
    if (!parsed.ok()) {
        return parsed.error();
    }
    const QJsonObject& o = parsed.value();
    if (auto unknown = onlyKnown(o, {}, {QStringLiteral("items")})) {
        return *unknown;
    }
    JsonReader r(o, {});
    const auto items = r.array("items", true, 1, limits.maxBatchItems);
    if (r.failed()) {
        ProtocolError e = r.error();
        if (e.code == QLatin1String("too_many")) {
            e.code = QStringLiteral("batch_too_large");
            e.status = 413;
        }
        return e;
    }
    ErasureBatch batch;
    QSet<QString> seen;
    for (qsizetype i = 0; i < items->size(); ++i) {
        const QString p = itemPath(QStringLiteral("items"), i);
        if (!items->at(i).isObject()) {
            return wrongType(p, "an object", items->at(i));
        }
        const QJsonObject e = items->at(i).toObject();
        JsonReader er(e, p);
        ErasureItem item;
        auto id = readItemId(er, e, p, {QStringLiteral("id"), QStringLiteral("feedbackId")});
        if (!id) {
            return id.error();
        }
        item.id = id.value();
        item.feedbackId = er.uuid("feedbackId");
        if (er.failed()) {
            return naming(item.id, er.error());
        }
        if (seen.contains(item.id)) {
            continue;
        }
        seen.insert(item.id);
        batch.items << item;
    }
    return batch;
}

Result<EnrolRequest, ProtocolError> decodeEnrolRequest(const QByteArray& body)
{
    auto parsed = parseObject(body, 4096);
    if (!parsed.ok()) {
        return parsed.error();
    }
    if (auto unknown = onlyKnown(parsed.value(), {}, {QStringLiteral("code")})) {
        return *unknown;
    }
    JsonReader r(parsed.value(), {});
    const QString code = normaliseCode(r.string("code", true, 32));
    if (r.failed()) {
        return r.error();
    }
    static const QRegularExpression re(QStringLiteral("^[0-9A-HJKMNP-TV-Z]{12}\\z"));
    if (!re.match(code).hasMatch()) {
        return protocolError(
            QStringLiteral("code"), QStringLiteral("invalid_value"),
            QStringLiteral("not an enrolment code: expected 12 letters and digits, "
                           "for example \"K7QD-2M4X-9TRB\""));
    }
    return EnrolRequest{code};
}

Result<InviteRequest, ProtocolError> decodeInviteRequest(const QByteArray& body)
{
    auto parsed = parseObject(body, 4096);
    if (!parsed.ok()) {
        return parsed.error();
    }
    if (auto unknown = onlyKnown(parsed.value(), {},
                                 {QStringLiteral("uses"), QStringLiteral("expiresInHours"),
                                  QStringLiteral("reviewOnDevice")})) {
        return *unknown;
    }
    JsonReader r(parsed.value(), {});
    InviteRequest req;
    req.uses = static_cast<int>(r.integer("uses", true, 1, 100).value_or(1));
    req.expiresInHours =
        static_cast<int>(r.integer("expiresInHours", true, 1, 24 * 30).value_or(1));
    req.reviewOnDevice = r.boolean("reviewOnDevice", false).value_or(false);
    if (r.failed()) {
        return r.error();
    }
    return req;
}

Result<ConsultationRegistration, ProtocolError>
decodeConsultationRegistration(const QByteArray& body)
{
    auto parsed = parseObject(body, 4096);
    if (!parsed.ok()) {
        return parsed.error();
    }
    if (auto unknown =
            onlyKnown(parsed.value(), {}, {QStringLiteral("id"), QStringLiteral("title")})) {
        return *unknown;
    }
    JsonReader r(parsed.value(), {});
    ConsultationRegistration req;
    req.id = r.id("id", true);
    // The title is optional (a device from before this field sends only the id) but
    // never blank, and as long as a published consultation's at most.
    req.title = r.string("title", false, kMaxConsultationTitleChars).trimmed();
    if (!r.failed() && r.has("title") && req.title.isEmpty()) {
        r.setError(protocolError(r.path("title"), QStringLiteral("invalid_value"),
                                 QStringLiteral("must not be blank")));
    }
    if (r.failed()) {
        return r.error();
    }
    return req;
}

Result<qint64, ProtocolError> decodeSinceCursor(const QString& since)
{
    if (since.isEmpty()) {
        return qint64{0};
    }
    static const QRegularExpression re(QStringLiteral("^[0-9]{1,18}\\z"));
    if (!re.match(since).hasMatch()) {
        return protocolError(
            QStringLiteral("since"), QStringLiteral("invalid_value"),
            QStringLiteral("expected the cursor of an earlier answer (a whole number)"));
    }
    return since.toLongLong();
}

Result<PackInfo, ProtocolError> decodePackFile(const QByteArray& body, const Limits& limits)
{
    auto parsed = parseObject(body, limits.maxBodyBytes);
    if (!parsed.ok()) {
        return parsed.error();
    }
    JsonReader r(parsed.value(), {});
    const QString format = r.string("format", true, 32);
    if (!r.failed() && format != QLatin1String("chorus-pack/1")) {
        return protocolError(QStringLiteral("format"), QStringLiteral("invalid_value"),
                             QStringLiteral("expected \"chorus-pack/1\""));
    }
    PackInfo pack;
    pack.id = r.id("id", true);
    pack.version = static_cast<int>(r.integer("version", true, 1, 1000000).value_or(0));
    r.array("activities", true, 1, 200);
    if (r.failed()) {
        return r.error();
    }
    pack.body = QJsonDocument(parsed.value()).toJson(QJsonDocument::Compact);
    return pack;
}

QJsonObject ConsultationInfo::toJson() const
{
    return QJsonObject{{"id", id},
                       {"title", title},
                       {"purpose", purpose},
                       {"packId", packId},
                       {"packVersion", packVersion},
                       {"activities", QJsonArray::fromStringList(activities)},
                       {"retentionDays", retentionDays},
                       {"status", status}};
}

Result<ConsultationInfo, ProtocolError> decodeConsultationFile(const QByteArray& body)
{
    auto parsed = parseObject(body, 64 * 1024);
    if (!parsed.ok()) {
        return parsed.error();
    }
    if (auto unknown =
            onlyKnown(parsed.value(), {},
                      {QStringLiteral("format"), QStringLiteral("id"), QStringLiteral("title"),
                       QStringLiteral("purpose"), QStringLiteral("packId"),
                       QStringLiteral("packVersion"), QStringLiteral("activities"),
                       QStringLiteral("retentionDays"), QStringLiteral("status")})) {
        return *unknown;
    }
    JsonReader r(parsed.value(), {});
    const QString format = r.string("format", true, 32);
    if (!r.failed() && format != QLatin1String("chorus-consultation/1")) {
        return protocolError(QStringLiteral("format"), QStringLiteral("invalid_value"),
                             QStringLiteral("expected \"chorus-consultation/1\""));
    }
    ConsultationInfo c;
    c.id = r.id("id", true);
    // Titles and purposes are shown to children as they are: trimmed, never blank.
    const auto text = [&](const char* key, int maxChars, bool newlines) {
        const QString s = r.string(key, true, maxChars, newlines).trimmed();
        if (!r.failed() && s.isEmpty()) {
            r.setError(protocolError(r.path(key), QStringLiteral("invalid_value"),
                                     QStringLiteral("must not be blank")));
        }
        return s;
    };
    c.title = text("title", kMaxConsultationTitleChars, false);
    c.purpose = text("purpose", 2000, true);
    c.packId = r.id("packId", true);
    c.packVersion = static_cast<int>(r.integer("packVersion", true, 1, 1000000).value_or(0));
    c.activities = r.ids("activities", false, 1, 200);
    c.retentionDays = static_cast<int>(r.integer("retentionDays", true, 1, 3650).value_or(0));
    c.status = QStringLiteral("open");
    if (r.has("status")) {
        static constexpr std::array kStatuses{"open", "closed"};
        c.status = r.oneOf("status", kStatuses);
    }
    if (r.failed()) {
        return r.error();
    }
    return c;
}

} // namespace chorus::hub
