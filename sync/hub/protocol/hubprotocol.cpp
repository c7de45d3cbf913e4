#include "hubprotocol.h"

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

template <std::size_t N> bool inList(const std::array<const char*, N>& list, const QString& s)
{
    for (const char* v : list) {
        if (s == QLatin1String(v)) {
            return true;
        }
    }
    return false;
}

template <std::size_t N> QString joined(const std::array<const char*, N>& list)
{
    QStringList out;
    for (const char* v : list) {
        out << QString::fromLatin1(v);
    }
    return out.join(QStringLiteral(", "));
}

ProtocolError fail(const QString& field, const QString& code, const QString& why, int status = 400)
{
    ProtocolError e;
    e.status = status;
    e.code = code;
    e.field = field;
    e.message = (field.isEmpty() ? QStringLiteral("body") : field) + QStringLiteral(": ") + why;
    return e;
}

QString join(const QString& path, const QString& key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString index(const QString& path, qsizetype i)
{
    return path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
}

const char* typeName(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return "null";
    case QJsonValue::Bool:
        return "true/false";
    case QJsonValue::Double:
        return "a number";
    case QJsonValue::String:
        return "a string";
    case QJsonValue::Array:
        return "an array";
    case QJsonValue::Object:
        return "an object";
    case QJsonValue::Undefined:
        break;
    }
    return "nothing";
}

ProtocolError wrongType(const QString& field, const char* expected, const QJsonValue& v)
{
    return fail(field, QStringLiteral("wrong_type"),
                QStringLiteral("expected %1, found %2")
                    .arg(QLatin1String(expected), QLatin1String(typeName(v))));
}

/** Rejects any key not in `allowed`; unknown fields are never ignored (SY-5, CP-4). */
std::optional<ProtocolError> onlyKnown(const QJsonObject& o, const QString& path,
                                       const QStringList& allowed)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!allowed.contains(it.key())) {
            // The key is echoed only when it looks like an identifier; anything else could
            // be content, which must not reach a log through an error message.
            static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_-]{1,40}\\z"));
            const QString shown =
                safe.match(it.key()).hasMatch() ? it.key() : QStringLiteral("<non-identifier key>");
            return fail(join(path, shown), QStringLiteral("unknown_field"),
                        QStringLiteral("unknown field; allowed fields are %1")
                            .arg(allowed.join(QStringLiteral(", "))));
        }
    }
    return std::nullopt;
}

/** Reads fields of one object, remembering the first error. */
class Reader
{
public:
    Reader(const QJsonObject& o, QString path) : m_o(o), m_path(std::move(path)) {}

    [[nodiscard]] bool failed() const { return m_error.has_value(); }
    [[nodiscard]] const ProtocolError& error() const { return *m_error; }
    void setError(ProtocolError e)
    {
        if (!m_error) {
            m_error = std::move(e);
        }
    }
    [[nodiscard]] bool has(const char* key) const { return m_o.contains(QLatin1String(key)); }
    [[nodiscard]] QString path(const char* key) const { return join(m_path, QLatin1String(key)); }

    /** A required (or, if present, optional) value of the given JSON type. */
    std::optional<QJsonValue> value(const char* key, bool required)
    {
        if (failed()) {
            return std::nullopt;
        }
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined()) {
            if (required) {
                setError(fail(path(key), QStringLiteral("missing_field"),
                              QStringLiteral("required field is missing")));
            }
            return std::nullopt;
        }
        return v;
    }

    QString string(const char* key, bool required, int maxChars, bool allowNewlines = false)
    {
        const auto v = value(key, required);
        if (!v) {
            return {};
        }
        if (!v->isString()) {
            setError(wrongType(path(key), "a string", *v));
            return {};
        }
        const QString s = v->toString();
        if (s.size() > maxChars) {
            setError(fail(path(key), QStringLiteral("too_long"),
                          QStringLiteral("longer than %1 characters").arg(maxChars)));
            return {};
        }
        if (hasControl(s, allowNewlines)) {
            setError(fail(path(key), QStringLiteral("invalid_value"),
                          QStringLiteral("contains control characters")));
            return {};
        }
        return s;
    }

    QString id(const char* key, bool required)
    {
        const QString s = string(key, required, 64);
        if (!failed() && has(key) && !isId(s)) {
            setError(fail(path(key), QStringLiteral("invalid_value"),
                          QStringLiteral("not a valid id: use 1 to 64 lower-case letters, "
                                         "digits and hyphens, starting with a letter or digit")));
        }
        return s;
    }

    QString uuid(const char* key)
    {
        const QString s = string(key, true, 36);
        if (!failed() && !isUuid(s)) {
            setError(fail(path(key), QStringLiteral("invalid_value"),
                          QStringLiteral("not a random UUID in lower-case canonical form")));
        }
        return s;
    }

    template <std::size_t N> QString oneOf(const char* key, const std::array<const char*, N>& list)
    {
        const QString s = string(key, true, 32);
        if (!failed() && !inList(list, s)) {
            setError(fail(path(key), QStringLiteral("invalid_value"),
                          QStringLiteral("expected one of %1").arg(joined(list))));
        }
        return s;
    }

    std::optional<qint64> integer(const char* key, bool required, qint64 min, qint64 max)
    {
        const auto v = value(key, required);
        if (!v) {
            return std::nullopt;
        }
        const double d = v->toDouble();
        if (!v->isDouble() || std::floor(d) != d || !std::isfinite(d)) {
            setError(wrongType(path(key), "a whole number", *v));
            return std::nullopt;
        }
        if (d < static_cast<double>(min) || d > static_cast<double>(max)) {
            setError(
                fail(path(key), QStringLiteral("out_of_range"),
                     QStringLiteral("expected a whole number from %1 to %2").arg(min).arg(max)));
            return std::nullopt;
        }
        return static_cast<qint64>(d);
    }

    std::optional<bool> boolean(const char* key, bool required)
    {
        const auto v = value(key, required);
        if (!v) {
            return std::nullopt;
        }
        if (!v->isBool()) {
            setError(wrongType(path(key), "true or false", *v));
            return std::nullopt;
        }
        return v->toBool();
    }

    std::optional<QJsonObject> object(const char* key, bool required)
    {
        const auto v = value(key, required);
        if (!v) {
            return std::nullopt;
        }
        if (!v->isObject()) {
            setError(wrongType(path(key), "an object", *v));
            return std::nullopt;
        }
        return v->toObject();
    }

    std::optional<QJsonArray> array(const char* key, bool required, int minItems, int maxItems)
    {
        const auto v = value(key, required);
        if (!v) {
            return std::nullopt;
        }
        if (!v->isArray()) {
            setError(wrongType(path(key), "an array", *v));
            return std::nullopt;
        }
        const QJsonArray a = v->toArray();
        if (a.size() < minItems || a.size() > maxItems) {
            setError(
                fail(path(key),
                     a.size() > maxItems ? QStringLiteral("too_many") : QStringLiteral("too_few"),
                     QStringLiteral("expected %1 to %2 items").arg(minItems).arg(maxItems)));
            return std::nullopt;
        }
        return a;
    }

    /** An array of distinct ids. */
    QStringList ids(const char* key, bool required, int minItems, int maxItems)
    {
        const auto a = array(key, required, minItems, maxItems);
        QStringList out;
        if (!a) {
            return out;
        }
        for (qsizetype i = 0; i < a->size(); ++i) {
            const QJsonValue v = a->at(i);
            const QString p = index(path(key), i);
            if (!v.isString()) {
                setError(wrongType(p, "a string", v));
                return {};
            }
            if (!isId(v.toString())) {
                setError(
                    fail(p, QStringLiteral("invalid_value"), QStringLiteral("not a valid id")));
                return {};
            }
            if (out.contains(v.toString())) {
                setError(fail(p, QStringLiteral("invalid_value"),
                              QStringLiteral("repeats an earlier id")));
                return {};
            }
            out << v.toString();
        }
        return out;
    }

private:
    const QJsonObject& m_o;
    QString m_path;
    std::optional<ProtocolError> m_error;
};

Decoded<QJsonObject> parseObject(const QByteArray& body, qint64 maxBytes)
{
    if (body.size() > maxBytes) {
        return fail({}, QStringLiteral("body_too_large"),
                    QStringLiteral("larger than %1 bytes").arg(maxBytes), 413);
    }
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError) {
        return fail({}, QStringLiteral("malformed_json"),
                    QStringLiteral("not valid JSON at offset %1 (%2)")
                        .arg(err.offset)
                        .arg(err.errorString()));
    }
    if (!doc.isObject()) {
        return fail({}, QStringLiteral("wrong_type"), QStringLiteral("expected a JSON object"));
    }
    return doc.object();
}

/** Checks the kind-specific answer fields of a share record. */
void checkAnswer(Reader& r, const QString& kind, const Limits& limits,
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
            r.setError(fail(r.path(s.key), QStringLiteral("invalid_value"),
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
            r.setError(fail(r.path("structured"), QStringLiteral("missing_field"),
                            QStringLiteral("a structured answer needs \"piles\" or "
                                           "\"structured\"")));
        }
        if (const auto piles = r.object("piles", false)) {
            if (piles->isEmpty() || piles->size() > 5) {
                r.setError(fail(r.path("piles"), QStringLiteral("too_many"),
                                QStringLiteral("expected 1 to 5 piles")));
            }
            for (auto it = piles->begin(); !r.failed() && it != piles->end(); ++it) {
                if (!isId(it.key())) {
                    r.setError(fail(r.path("piles"), QStringLiteral("invalid_value"),
                                    QStringLiteral("a pile name is not a valid id")));
                    break;
                }
                Reader pile(*piles, r.path("piles"));
                pile.ids(it.key().toLatin1().constData(), true, 0, 30);
                if (pile.failed()) {
                    r.setError(pile.error());
                }
            }
        }
        if (const auto parts = r.object("structured", false)) {
            if (parts->isEmpty() || parts->size() > 20) {
                r.setError(fail(r.path("structured"), QStringLiteral("too_many"),
                                QStringLiteral("expected 1 to 20 parts")));
            }
            for (auto it = parts->begin(); !r.failed() && it != parts->end(); ++it) {
                if (!isId(it.key())) {
                    r.setError(fail(r.path("structured"), QStringLiteral("invalid_value"),
                                    QStringLiteral("a part name is not a valid id")));
                    break;
                }
                const QString p = join(r.path("structured"), it.key());
                if (!it.value().isArray()) {
                    r.setError(wrongType(p, "an array", it.value()));
                    break;
                }
                const QJsonArray a = it.value().toArray();
                if (a.size() > 20) {
                    r.setError(fail(p, QStringLiteral("too_many"),
                                    QStringLiteral("expected 0 to 20 items")));
                }
                for (qsizetype i = 0; !r.failed() && i < a.size(); ++i) {
                    const QString ip = index(p, i);
                    if (!a.at(i).isString()) {
                        r.setError(wrongType(ip, "a string", a.at(i)));
                    } else if (a.at(i).toString().size() > 1000) {
                        r.setError(fail(ip, QStringLiteral("too_long"),
                                        QStringLiteral("longer than 1000 characters")));
                    } else if (hasControl(a.at(i).toString(), true)) {
                        r.setError(fail(ip, QStringLiteral("invalid_value"),
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
                r.setError(fail(r.path("drawing"), QStringLiteral("invalid_value"),
                                QStringLiteral("not a base64-encoded PNG image")));
            }
        }
        const auto approved = r.boolean("drawingApproved", true);
        if (!r.failed() && (!approved.value_or(false) || !drawingsScope.value_or(false))) {
            r.setError(fail(r.path("drawing"), QStringLiteral("not_permitted"),
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
        Reader v(*voice, p);
        const auto present = v.boolean("present", true);
        v.integer("seconds", present.value_or(false), 0, 3600);
        if (!v.failed() && !present.value_or(false) && v.has("seconds")) {
            v.setError(fail(v.path("seconds"), QStringLiteral("invalid_value"),
                            QStringLiteral("only allowed when a voice note is present")));
        }
        if (!v.failed() && kind == QLatin1String("audio") && !present.value_or(false)) {
            v.setError(fail(v.path("present"), QStringLiteral("invalid_value"),
                            QStringLiteral("an audio answer has a voice note")));
        }
        if (v.failed()) {
            r.setError(v.error());
        }
    }
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

Decoded<FeedbackItem> decodeFeedbackItem(const QJsonObject& o, const QString& path,
                                         const Limits& limits)
{
    static const QStringList kAllowed{
        "id",         "consultationId", "packId",          "packVersion", "activityId", "promptId",
        "kind",       "text",           "choices",         "scale",       "order",      "piles",
        "structured", "drawing",        "drawingApproved", "voice",       "ageBand",    "role",
        "scopes",     "week",           "framework"};
    FeedbackItem item;
    // The id first, so that any later error can name the item.
    Reader r(o, path);
    item.id = r.uuid("id");
    const QString itemId = r.failed() ? QString() : item.id;
    auto withId = [&](ProtocolError e) {
        e.itemId = itemId;
        return e;
    };
    if (r.failed()) {
        return r.error();
    }
    if (auto unknown = onlyKnown(o, path, kAllowed)) {
        return withId(*unknown);
    }
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
            return withId(*unknown);
        }
        Reader s(*scopes, p);
        item.quotesAllowed = s.boolean("quotes", true).value_or(false);
        drawingsScope = s.boolean("drawings", true);
        if (s.failed()) {
            return withId(s.error());
        }
    }
    item.week = r.string("week", true, 16);
    if (!r.failed() && !isIsoWeek(item.week)) {
        r.setError(fail(r.path("week"), QStringLiteral("invalid_value"),
                        QStringLiteral("expected an ISO week such as \"2026-W48\"")));
    }
    item.framework = r.string("framework", true, 80);
    if (!r.failed() && item.framework != QLatin1String(kFrameworkParameter)) {
        r.setError(fail(r.path("framework"), QStringLiteral("invalid_value"),
                        QStringLiteral("expected \"%1\"").arg(QLatin1String(kFrameworkParameter))));
    }
    if (!r.failed()) {
        checkAnswer(r, item.kind, limits, drawingsScope);
    }
    if (r.failed()) {
        return withId(r.error());
    }
    item.canonical = QJsonDocument(o).toJson(QJsonDocument::Compact);
    item.hash = QCryptographicHash::hash(item.canonical, QCryptographicHash::Sha256).toHex();
    return item;
}

/** A batch body {"items": [...]}: each item decoded by `decode`, an id twice with another
 *  body a 409 (the same rules for share and participation records). */
template <typename Batch, typename Decode>
Decoded<Batch> decodeBatch(const QByteArray& body, const Limits& limits, Decode decode)
{
    auto parsed = parseObject(body, limits.maxBodyBytes);
    if (!parsed.ok()) {
        return parsed.error();
    }
    const QJsonObject& o = parsed.value();
    if (auto unknown = onlyKnown(o, {}, {QStringLiteral("items")})) {
        return *unknown;
    }
    Reader r(o, {});
    const auto v = r.value("items", true);
    if (r.failed()) {
        return r.error();
    }
    if (!v->isArray()) {
        return wrongType(QStringLiteral("items"), "an array", *v);
    }
    const QJsonArray items = v->toArray();
    if (items.isEmpty()) {
        return fail(QStringLiteral("items"), QStringLiteral("too_few"),
                    QStringLiteral("a batch holds at least one item"));
    }
    if (items.size() > limits.maxBatchItems) {
        return fail(QStringLiteral("items"), QStringLiteral("batch_too_large"),
                    QStringLiteral("a batch holds at most %1 items").arg(limits.maxBatchItems),
                    413);
    }
    Batch batch;
    QHash<QString, QByteArray> seen;
    QStringList conflicts;
    QString firstConflict;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString p = index(QStringLiteral("items"), i);
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
        ProtocolError e = fail(firstConflict, QStringLiteral("conflict"),
                               QStringLiteral("the same id appears earlier in the batch with a "
                                              "different body; nothing in this batch was stored"),
                               409);
        e.itemId = conflicts.first();
        e.conflicts = conflicts;
        return e;
    }
    return batch;
}

Decoded<FeedbackBatch> decodeFeedbackBatch(const QByteArray& body, const Limits& limits)
{
    return decodeBatch<FeedbackBatch>(body, limits, [&](const QJsonObject& o, const QString& p) {
        return decodeFeedbackItem(o, p, limits);
    });
}

Decoded<ParticipationBatch> decodeParticipationBatch(const QByteArray& body, const Limits& limits)
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

Decoded<ParticipationItem> decodeParticipationItem(const QJsonObject& o, const QString& path)
{
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
    Reader r(o, path);
    item.id = r.uuid("id");
    const QString itemId = r.failed() ? QString() : item.id;
    auto withId = [&](ProtocolError e) {
        e.itemId = itemId;
        return e;
    };
    if (r.failed()) {
        return r.error();
    }
    if (auto unknown = onlyKnown(o, path, kAllowed)) {
        return withId(*unknown);
    }
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
        r.setError(fail(r.path("week"), QStringLiteral("invalid_value"),
                        QStringLiteral("expected an ISO week such as \"2026-W48\"")));
    }
    const QString framework = r.string("framework", true, 80);
    if (!r.failed() && framework != QLatin1String(kFrameworkParameter)) {
        r.setError(fail(r.path("framework"), QStringLiteral("invalid_value"),
                        QStringLiteral("expected \"%1\"").arg(QLatin1String(kFrameworkParameter))));
    }
    if (const auto list = r.array("adaptations", true, 0, 6)) {
        for (qsizetype i = 0; i < list->size() && !r.failed(); ++i) {
            const QString name = list->at(i).toString();
            if (!participationAdaptations().contains(name) || item.adaptations.contains(name)) {
                r.setError(fail(index(r.path("adaptations"), i), QStringLiteral("invalid_value"),
                                QStringLiteral("expected one of %1, each once")
                                    .arg(participationAdaptations().join(QStringLiteral(", ")))));
            }
            item.adaptations << name;
        }
    }
    if (const auto list = r.array("activities", true, 0, 100)) {
        QStringList seen;
        for (qsizetype i = 0; i < list->size() && !r.failed(); ++i) {
            const QString p = index(r.path("activities"), i);
            if (!list->at(i).isObject()) {
                return withId(wrongType(p, "an object", list->at(i)));
            }
            const QJsonObject a = list->at(i).toObject();
            if (auto unknown = onlyKnown(a, p, kActivityFields)) {
                return withId(*unknown);
            }
            Reader ar(a, p);
            ParticipationActivity act;
            act.activityId = ar.id("activityId", true);
            act.type = ar.id("type", true);
            act.outcome = ar.oneOf("outcome", kOutcomes);
            act.seconds = static_cast<int>(ar.integer("seconds", true, 0, 3600).value_or(0));
            if (ar.has("rating")) {
                act.rating = ar.oneOf("rating", kRatings);
            }
            if (!ar.failed() && seen.contains(act.activityId)) {
                ar.setError(fail(ar.path("activityId"), QStringLiteral("invalid_value"),
                                 QStringLiteral("repeats an earlier activity")));
            }
            if (ar.failed()) {
                return withId(ar.error());
            }
            seen << act.activityId;
            item.activities << act;
        }
    }
    if (r.failed()) {
        return withId(r.error());
    }
    item.canonical = QJsonDocument(o).toJson(QJsonDocument::Compact);
    item.hash = QCryptographicHash::hash(item.canonical, QCryptographicHash::Sha256).toHex();
    return item;
}

Decoded<ErasureBatch> decodeErasureBatch(const QByteArray& body, const Limits& limits)
{
    auto parsed = parseObject(body, limits.maxBodyBytes);
    if (!parsed.ok()) {
        return parsed.error();
    }
    const QJsonObject& o = parsed.value();
    if (auto unknown = onlyKnown(o, {}, {QStringLiteral("items")})) {
        return *unknown;
    }
    Reader r(o, {});
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
        const QString p = index(QStringLiteral("items"), i);
        if (!items->at(i).isObject()) {
            return wrongType(p, "an object", items->at(i));
        }
        const QJsonObject e = items->at(i).toObject();
        Reader er(e, p);
        ErasureItem item;
        item.id = er.uuid("id");
        if (er.failed()) {
            return er.error();
        }
        if (auto unknown = onlyKnown(e, p, {QStringLiteral("id"), QStringLiteral("feedbackId")})) {
            unknown->itemId = item.id;
            return *unknown;
        }
        item.feedbackId = er.uuid("feedbackId");
        if (er.failed()) {
            ProtocolError err = er.error();
            err.itemId = item.id;
            return err;
        }
        if (seen.contains(item.id)) {
            continue;
        }
        seen.insert(item.id);
        batch.items << item;
    }
    return batch;
}

Decoded<EnrolRequest> decodeEnrolRequest(const QByteArray& body)
{
    auto parsed = parseObject(body, 4096);
    if (!parsed.ok()) {
        return parsed.error();
    }
    if (auto unknown = onlyKnown(parsed.value(), {}, {QStringLiteral("code")})) {
        return *unknown;
    }
    Reader r(parsed.value(), {});
    const QString code = normaliseCode(r.string("code", true, 32));
    if (r.failed()) {
        return r.error();
    }
    static const QRegularExpression re(QStringLiteral("^[0-9A-HJKMNP-TV-Z]{12}\\z"));
    if (!re.match(code).hasMatch()) {
        return fail(QStringLiteral("code"), QStringLiteral("invalid_value"),
                    QStringLiteral("not an enrolment code: expected 12 letters and digits, "
                                   "for example \"K7QD-2M4X-9TRB\""));
    }
    return EnrolRequest{code};
}

Decoded<InviteRequest> decodeInviteRequest(const QByteArray& body)
{
    auto parsed = parseObject(body, 4096);
    if (!parsed.ok()) {
        return parsed.error();
    }
    if (auto unknown = onlyKnown(parsed.value(), {},
                                 {QStringLiteral("uses"), QStringLiteral("expiresInHours")})) {
        return *unknown;
    }
    Reader r(parsed.value(), {});
    InviteRequest req;
    req.uses = static_cast<int>(r.integer("uses", true, 1, 100).value_or(1));
    req.expiresInHours =
        static_cast<int>(r.integer("expiresInHours", true, 1, 24 * 30).value_or(1));
    if (r.failed()) {
        return r.error();
    }
    return req;
}

Decoded<ConsultationRegistration> decodeConsultationRegistration(const QByteArray& body)
{
    auto parsed = parseObject(body, 4096);
    if (!parsed.ok()) {
        return parsed.error();
    }
    if (auto unknown =
            onlyKnown(parsed.value(), {}, {QStringLiteral("id"), QStringLiteral("title")})) {
        return *unknown;
    }
    Reader r(parsed.value(), {});
    ConsultationRegistration req;
    req.id = r.id("id", true);
    // The title is optional (a device from before this field sends only the id) but
    // never blank, and as long as a published consultation's at most.
    req.title = r.string("title", false, kMaxConsultationTitleChars).trimmed();
    if (!r.failed() && r.has("title") && req.title.isEmpty()) {
        r.setError(fail(r.path("title"), QStringLiteral("invalid_value"),
                        QStringLiteral("must not be blank")));
    }
    if (r.failed()) {
        return r.error();
    }
    return req;
}

Decoded<qint64> decodeSinceCursor(const QString& since)
{
    if (since.isEmpty()) {
        return qint64{0};
    }
    static const QRegularExpression re(QStringLiteral("^[0-9]{1,18}\\z"));
    if (!re.match(since).hasMatch()) {
        return fail(QStringLiteral("since"), QStringLiteral("invalid_value"),
                    QStringLiteral("expected the cursor of an earlier answer (a whole number)"));
    }
    return since.toLongLong();
}

Decoded<PackInfo> decodePackFile(const QByteArray& body, const Limits& limits)
{
    auto parsed = parseObject(body, limits.maxBodyBytes);
    if (!parsed.ok()) {
        return parsed.error();
    }
    Reader r(parsed.value(), {});
    const QString format = r.string("format", true, 32);
    if (!r.failed() && format != QLatin1String("chorus-pack/1")) {
        return fail(QStringLiteral("format"), QStringLiteral("invalid_value"),
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

Decoded<ConsultationInfo> decodeConsultationFile(const QByteArray& body)
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
    Reader r(parsed.value(), {});
    const QString format = r.string("format", true, 32);
    if (!r.failed() && format != QLatin1String("chorus-consultation/1")) {
        return fail(QStringLiteral("format"), QStringLiteral("invalid_value"),
                    QStringLiteral("expected \"chorus-consultation/1\""));
    }
    ConsultationInfo c;
    c.id = r.id("id", true);
    // Titles and purposes are shown to children as they are: trimmed, never blank.
    const auto text = [&](const char* key, int maxChars, bool newlines) {
        const QString s = r.string(key, true, maxChars, newlines).trimmed();
        if (!r.failed() && s.isEmpty()) {
            r.setError(fail(r.path(key), QStringLiteral("invalid_value"),
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
