#pragma once

// The one reader of JSON request bodies, implementing the error rules of sync/PROTOCOL.md
// ("Errors"): the device endpoints' decoders (hubprotocol.cpp) and the review API (review/)
// read every field through it, so that one rule gives one code and one wording wherever a
// request breaks it. Pure: no I/O, so that tests and the fuzz target call what the hub calls.

#include "hubprotocol.h"

#include "core/common/result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace chorus::hub {

/** A refusal naming its field: "<field>: <why>", or "body: <why>" for the whole body. */
[[nodiscard]] ProtocolError protocolError(const QString& field, const QString& code,
                                          const QString& why, int status = 400);
/** 400 wrong_type: "expected <expected>, found <what was sent>". */
[[nodiscard]] ProtocolError wrongType(const QString& field, const char* expected,
                                      const QJsonValue& value);
/** The JSON path of a key in the object at `path` ("items[3]" + "ageBand"). */
[[nodiscard]] QString fieldPath(const QString& path, const QString& key);
/** The JSON path of an array's item ("items" + 3 = "items[3]"). */
[[nodiscard]] QString itemPath(const QString& path, qsizetype i);

/** A request body as one JSON object: 413 body_too_large over `maxBytes`, 400
 *  malformed_json, or 400 wrong_type when it is not an object. */
[[nodiscard]] Result<QJsonObject, ProtocolError> parseObject(const QByteArray& body,
                                                             qint64 maxBytes);
/** 400 unknown_field for the first key not in `allowed` (unknown fields are never ignored,
 *  SY-5); the key is named only when it looks like an identifier, never echoed as content. */
[[nodiscard]] std::optional<ProtocolError> onlyKnown(const QJsonObject& object, const QString& path,
                                                     const QStringList& allowed);

/** Reads the fields of one object, remembering the first refusal: after it, every read
 *  returns an empty value, so a decoder reads all its fields and then asks failed(). */
class JsonReader
{
public:
    /** `path` prefixes field names in refusals ("items[3]"); empty for the body itself. */
    explicit JsonReader(QJsonObject object, QString path = {});
    /** A reader that has already refused (a body that could not be read at all). */
    [[nodiscard]] static JsonReader refusing(ProtocolError error);

    [[nodiscard]] bool failed() const { return m_error.has_value(); }
    [[nodiscard]] const ProtocolError& error() const { return *m_error; }
    /** Keeps `error` unless an earlier one is kept already. */
    void setError(ProtocolError error);
    /** setError with a 400 naming `field`. */
    void refuse(const QString& field, const QString& code, const QString& why);
    [[nodiscard]] bool has(const char* key) const { return m_o.contains(QLatin1String(key)); }
    [[nodiscard]] QString path(const char* key) const;
    /** The whole object, for a decoder of its own. */
    [[nodiscard]] const QJsonObject& json() const { return m_o; }

    /** A required (or, if present, optional) value; 400 missing_field when required. */
    std::optional<QJsonValue> value(const char* key, bool required);
    /** A string of at most `maxChars` UTF-16 units with no control characters (tab, CR and
     *  LF allowed with `allowNewlines`). */
    QString string(const char* key, bool required, int maxChars, bool allowNewlines = false);
    /** A required string with at least one non-space character, trimmed. */
    QString text(const char* key, int maxChars, bool allowNewlines = false);
    QString id(const char* key, bool required);
    QString uuid(const char* key);
    QString oneOf(const char* key, const QStringList& values);
    template <std::size_t N> QString oneOf(const char* key, const std::array<const char*, N>& list)
    {
        QStringList values;
        for (const char* v : list) {
            values << QString::fromLatin1(v);
        }
        return oneOf(key, values);
    }
    std::optional<qint64> integer(const char* key, bool required, qint64 min, qint64 max);
    std::optional<bool> boolean(const char* key, bool required);
    std::optional<QJsonObject> object(const char* key, bool required);
    std::optional<QJsonArray> array(const char* key, bool required, int minItems, int maxItems);
    /** An array of distinct ids. */
    QStringList ids(const char* key, bool required, int minItems, int maxItems);
    /** An array of distinct UUIDs. */
    QStringList uuids(const char* key, bool required, int minItems, int maxItems);

private:
    /** An array of distinct strings that `valid` accepts; `what` says what it expects. */
    QStringList distinct(const char* key, bool required, int minItems, int maxItems,
                         bool (*valid)(const QString&), const QString& what);

    QJsonObject m_o;
    QString m_path;
    std::optional<ProtocolError> m_error;
};

} // namespace chorus::hub
