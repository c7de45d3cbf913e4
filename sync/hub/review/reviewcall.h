#pragma once

// Private to the review API's files (review/*api.cpp): one request being answered, and the
// request-reading and reply helpers that more than one resource uses.

#include "reviewapi.h"

#include "sync/hub/review/participation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

#include <cmath>
#include <optional>

namespace chorus::hub {

using Method = QHttpServerRequest::Method;

struct ReviewApi::Call
{
    const QHttpServerRequest& request;
    QStringList path;
    Method method;
    QUrlQuery query;
    ReviewSession session;
    QByteArray token;
    int threshold = kDefaultThreshold;
};

namespace review {

constexpr int kMaxPage = 200;

HttpReply rateLimited(qint64 wait, const QString& why);
HttpReply notFound(const QString& field, const QString& what);

/** Reads one JSON request body, remembering the first problem as an error reply. */
class Body
{
public:
    Body(const QHttpServerRequest& request, const QStringList& allowed)
    {
        const QByteArray type = request.value("Content-Type").toLower();
        if (type.split(';').first().trimmed() != "application/json") {
            m_error =
                errorReply(415, QStringLiteral("unsupported_media_type"),
                           QStringLiteral("Content-Type"), QStringLiteral("send application/json"));
            return;
        }
        QJsonParseError err{};
        const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &err);
        if (err.error != QJsonParseError::NoError) {
            m_error = errorReply(400, QStringLiteral("malformed_json"), QStringLiteral("body"),
                                 QStringLiteral("not valid JSON at offset %1").arg(err.offset));
            return;
        }
        if (!doc.isObject()) {
            m_error = errorReply(400, QStringLiteral("wrong_type"), QStringLiteral("body"),
                                 QStringLiteral("expected a JSON object"));
            return;
        }
        m_o = doc.object();
        for (auto it = m_o.begin(); it != m_o.end(); ++it) {
            if (!allowed.contains(it.key())) {
                m_error = errorReply(400, QStringLiteral("unknown_field"), it.key().left(40),
                                     QStringLiteral("unknown field; allowed fields are ") +
                                         allowed.join(QStringLiteral(", ")));
                return;
            }
        }
    }
    [[nodiscard]] bool failed() const { return m_error.has_value(); }
    [[nodiscard]] const HttpReply& error() const { return *m_error; }
    [[nodiscard]] bool has(const char* key) const { return m_o.contains(QLatin1String(key)); }
    [[nodiscard]] const QJsonObject& object() const { return m_o; }
    void refuse(const QString& field, const QString& code, const QString& why)
    {
        if (!m_error) {
            m_error = errorReply(400, code, field, why);
        }
    }

    QString string(const char* key, bool required, int maxChars, bool multiline = false)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        const QString field = QLatin1String(key);
        if (failed()) {
            return {};
        }
        if (v.isUndefined()) {
            if (required) {
                refuse(field, QStringLiteral("missing_field"),
                       QStringLiteral("required field is missing"));
            }
            return {};
        }
        if (!v.isString()) {
            refuse(field, QStringLiteral("wrong_type"), QStringLiteral("expected a string"));
            return {};
        }
        const QString s = v.toString();
        if (s.size() > maxChars) {
            refuse(field, QStringLiteral("too_long"),
                   QStringLiteral("longer than %1 characters").arg(maxChars));
            return {};
        }
        if (hasControl(s, multiline)) { // the same rule as records (C0, DEL and C1)
            refuse(field, QStringLiteral("invalid_value"),
                   QStringLiteral("contains control characters"));
            return {};
        }
        return s;
    }

    /** A required string with at least one non-space character. */
    QString text(const char* key, int maxChars, bool multiline = false)
    {
        const QString s = string(key, true, maxChars, multiline);
        if (!failed() && s.trimmed().isEmpty()) {
            refuse(QLatin1String(key), QStringLiteral("too_few"),
                   QStringLiteral("must not be empty"));
        }
        return s.trimmed();
    }

    QString oneOf(const char* key, const QStringList& values)
    {
        const QString s = string(key, true, 32);
        if (!failed() && !values.contains(s)) {
            refuse(QLatin1String(key), QStringLiteral("invalid_value"),
                   QStringLiteral("expected one of ") + values.join(QStringLiteral(", ")));
        }
        return s;
    }

    std::optional<bool> boolean(const char* key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (failed()) {
            return std::nullopt;
        }
        if (!v.isBool()) {
            refuse(QLatin1String(key),
                   v.isUndefined() ? QStringLiteral("missing_field") : QStringLiteral("wrong_type"),
                   QStringLiteral("expected true or false"));
            return std::nullopt;
        }
        return v.toBool();
    }

    std::optional<qint64> integer(const char* key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (failed()) {
            return std::nullopt;
        }
        const double d = v.toDouble();
        if (!v.isDouble() || std::floor(d) != d || std::abs(d) > 1e9) {
            refuse(QLatin1String(key),
                   v.isUndefined() ? QStringLiteral("missing_field") : QStringLiteral("wrong_type"),
                   QStringLiteral("expected a whole number"));
            return std::nullopt;
        }
        return static_cast<qint64>(d);
    }

    /** An optional array of distinct UUIDs (empty when absent). */
    QStringList uuids(const char* key, int maxItems)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        const QString field = QLatin1String(key);
        QStringList out;
        if (failed() || v.isUndefined()) {
            return out;
        }
        if (!v.isArray()) {
            refuse(field, QStringLiteral("wrong_type"), QStringLiteral("expected an array"));
            return out;
        }
        const QJsonArray a = v.toArray();
        if (a.size() > maxItems) {
            refuse(field, QStringLiteral("too_many"),
                   QStringLiteral("expected at most %1 items").arg(maxItems));
            return out;
        }
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString p = QStringLiteral("%1[%2]").arg(field).arg(i);
            if (!a[i].isString() || !isUuid(a[i].toString())) {
                refuse(p, QStringLiteral("invalid_value"), QStringLiteral("not a UUID"));
                return {};
            }
            if (out.contains(a[i].toString())) {
                refuse(p, QStringLiteral("invalid_value"), QStringLiteral("repeats an earlier id"));
                return {};
            }
            out << a[i].toString();
        }
        return out;
    }

private:
    QJsonObject m_o;
    std::optional<HttpReply> m_error;
};

/** Refuses query parameters that the route does not document (a token in the URL too). */
std::optional<HttpReply> onlyParams(const QUrlQuery& query, const QStringList& allowed);
QString param(const QUrlQuery& q, const char* key);

/** Loop closure as the disclosure layer published it: records with and without a published
 *  action partition the records, so the share and the median are shown only where both
 *  sides are. */
QJsonObject loopClosureJson(const Breakdown& parts, std::optional<double> medianDays);

/** The newest version of each pack, parsed (packs that do not parse are left out). */
QList<QJsonObject> latestPacks(ReviewStore& store, const QList<PackInfo>& list, bool* failed);
/** The pack's definition of an activity (its type, prompt and option labels), or nothing. */
QJsonObject activityDefinition(const QList<QJsonObject>& packs, const QString& activityId);

/** The audit's list of the records an export holds (" records=ID,ID"), so that erasing one
 *  later can say which exports still contain it (HubStore::exportsHolding). */
QString heldIds(const QStringList& ids);

} // namespace review

} // namespace chorus::hub
