#include "jsonreader.h"

#include "core/common/limitwords.h"

#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

namespace chorus::hub {
namespace {

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

} // namespace

ProtocolError protocolError(const QString& field, const QString& code, const QString& why,
                            int status)
{
    ProtocolError e;
    e.status = status;
    e.code = code;
    e.field = field;
    e.message = (field.isEmpty() ? QStringLiteral("body") : field) + QStringLiteral(": ") + why;
    return e;
}

ProtocolError wrongType(const QString& field, const char* expected, const QJsonValue& value)
{
    return protocolError(field, QStringLiteral("wrong_type"),
                         QStringLiteral("expected %1, found %2")
                             .arg(QLatin1String(expected), QLatin1String(typeName(value))));
}

QString fieldPath(const QString& path, const QString& key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString itemPath(const QString& path, qsizetype i)
{
    return path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
}

Result<QJsonObject, ProtocolError> parseObject(const QByteArray& body, qint64 maxBytes)
{
    if (body.size() > maxBytes) {
        return protocolError({}, QStringLiteral("body_too_large"),
                             QStringLiteral("larger than %1 bytes").arg(maxBytes), 413);
    }
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError) {
        return protocolError({}, QStringLiteral("malformed_json"),
                             QStringLiteral("not valid JSON at offset %1 (%2)")
                                 .arg(err.offset)
                                 .arg(err.errorString()));
    }
    if (!doc.isObject()) {
        return protocolError({}, QStringLiteral("wrong_type"),
                             QStringLiteral("expected a JSON object"));
    }
    return doc.object();
}

std::optional<ProtocolError> onlyKnown(const QJsonObject& object, const QString& path,
                                       const QStringList& allowed)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!allowed.contains(it.key())) {
            // The key is echoed only when it looks like an identifier; anything else could
            // be content, which must not reach a log through an error message.
            static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_-]{1,40}\\z"));
            const QString shown =
                safe.match(it.key()).hasMatch() ? it.key() : QStringLiteral("<non-identifier key>");
            return protocolError(fieldPath(path, shown), QStringLiteral("unknown_field"),
                                 QStringLiteral("unknown field; allowed fields are %1")
                                     .arg(allowed.join(QStringLiteral(", "))));
        }
    }
    return std::nullopt;
}

JsonReader::JsonReader(QJsonObject object, QString path)
    : m_o(std::move(object)), m_path(std::move(path))
{}

JsonReader JsonReader::refusing(ProtocolError error)
{
    JsonReader r{QJsonObject()};
    r.setError(std::move(error));
    return r;
}

void JsonReader::setError(ProtocolError error)
{
    if (!m_error) {
        m_error = std::move(error);
    }
}

void JsonReader::refuse(const QString& field, const QString& code, const QString& why)
{
    setError(protocolError(field, code, why));
}

QString JsonReader::path(const char* key) const
{
    return fieldPath(m_path, QLatin1String(key));
}

std::optional<QJsonValue> JsonReader::value(const char* key, bool required)
{
    if (failed()) {
        return std::nullopt;
    }
    const QJsonValue v = m_o.value(QLatin1String(key));
    if (v.isUndefined()) {
        if (required) {
            refuse(path(key), QStringLiteral("missing_field"),
                   QStringLiteral("required field is missing"));
        }
        return std::nullopt;
    }
    return v;
}

QString JsonReader::string(const char* key, bool required, int maxChars, bool allowNewlines)
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
        refuse(path(key), QStringLiteral("too_long"), longerThanWords(maxChars));
        return {};
    }
    if (hasControl(s, allowNewlines)) { // the same rule as records (C0, DEL and C1)
        refuse(path(key), QStringLiteral("invalid_value"),
               QStringLiteral("contains control characters"));
        return {};
    }
    return s;
}

QString JsonReader::text(const char* key, int maxChars, bool allowNewlines)
{
    const QString s = string(key, true, maxChars, allowNewlines);
    if (!failed() && s.trimmed().isEmpty()) {
        refuse(path(key), QStringLiteral("too_few"), QStringLiteral("must not be empty"));
    }
    return s.trimmed();
}

QString JsonReader::id(const char* key, bool required)
{
    const QString s = string(key, required, 64);
    if (!failed() && has(key) && !isId(s)) {
        refuse(path(key), QStringLiteral("invalid_value"),
               QStringLiteral("not a valid id: use 1 to 64 lower-case letters, digits and "
                              "hyphens, starting with a letter or digit"));
    }
    return s;
}

QString JsonReader::uuid(const char* key)
{
    const QString s = string(key, true, 36);
    if (!failed() && !isUuid(s)) {
        refuse(path(key), QStringLiteral("invalid_value"),
               QStringLiteral("not a random UUID in lower-case canonical form"));
    }
    return s;
}

QString JsonReader::oneOf(const char* key, const QStringList& values)
{
    const QString s = string(key, true, 32);
    if (!failed() && !values.contains(s)) {
        refuse(path(key), QStringLiteral("invalid_value"),
               QStringLiteral("expected one of %1").arg(values.join(QStringLiteral(", "))));
    }
    return s;
}

std::optional<qint64> JsonReader::integer(const char* key, bool required, qint64 min, qint64 max)
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
        refuse(path(key), QStringLiteral("out_of_range"),
               QStringLiteral("expected a whole number from %1 to %2").arg(min).arg(max));
        return std::nullopt;
    }
    return static_cast<qint64>(d);
}

std::optional<bool> JsonReader::boolean(const char* key, bool required)
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

std::optional<QJsonObject> JsonReader::object(const char* key, bool required)
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

std::optional<QJsonArray> JsonReader::array(const char* key, bool required, int minItems,
                                            int maxItems)
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
        refuse(path(key),
               a.size() > maxItems ? QStringLiteral("too_many") : QStringLiteral("too_few"),
               QStringLiteral("expected %1 to %2 items").arg(minItems).arg(maxItems));
        return std::nullopt;
    }
    return a;
}

QStringList JsonReader::ids(const char* key, bool required, int minItems, int maxItems)
{
    return distinct(key, required, minItems, maxItems, isId, QStringLiteral("not a valid id"));
}

QStringList JsonReader::uuids(const char* key, bool required, int minItems, int maxItems)
{
    return distinct(key, required, minItems, maxItems, isUuid,
                    QStringLiteral("not a random UUID in lower-case canonical form"));
}

QStringList JsonReader::distinct(const char* key, bool required, int minItems, int maxItems,
                                 bool (*valid)(const QString&), const QString& what)
{
    const auto a = array(key, required, minItems, maxItems);
    QStringList out;
    if (!a) {
        return out;
    }
    for (qsizetype i = 0; i < a->size(); ++i) {
        const QJsonValue v = a->at(i);
        const QString p = itemPath(path(key), i);
        if (!v.isString()) {
            setError(wrongType(p, "a string", v));
            return {};
        }
        if (!valid(v.toString())) {
            refuse(p, QStringLiteral("invalid_value"), what);
            return {};
        }
        if (out.contains(v.toString())) {
            refuse(p, QStringLiteral("invalid_value"), QStringLiteral("repeats an earlier id"));
            return {};
        }
        out << v.toString();
    }
    return out;
}

} // namespace chorus::hub
