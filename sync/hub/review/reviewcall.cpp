#include "reviewcall.h"

#include <QMap>

#include <algorithm>

namespace chorus::hub::review {

HttpReply rateLimited(qint64 wait, const QString& why)
{
    HttpReply r = errorReply(429, QStringLiteral("rate_limited"), {}, why);
    r.headers << std::pair<QByteArray, QByteArray>{"Retry-After", QByteArray::number(wait)};
    return r;
}

HttpReply notFound(const QString& field, const QString& what)
{
    return errorReply(404, QStringLiteral("not_found"), field, QStringLiteral("no such ") + what);
}

HttpReply invalidField(const StoreError& error)
{
    return errorReply(400, QStringLiteral("invalid_value"),
                      error.problem.section(QLatin1Char(':'), 0, 0),
                      error.problem.section(QStringLiteral(": "), 1));
}

/** Refuses query parameters that the route does not document (a token in the URL too). */
JsonReader readBody(const QHttpServerRequest& request, const QStringList& allowed, qint64 maxBytes)
{
    return readBody(request.value("Content-Type"), request.body(), allowed, maxBytes);
}

JsonReader readBody(const QByteArray& contentType, const QByteArray& body,
                    const QStringList& allowed, qint64 maxBytes)
{
    const QByteArray type = contentType.toLower();
    if (type.split(';').first().trimmed() != "application/json") {
        return JsonReader::refusing(protocolError(QStringLiteral("Content-Type"),
                                                  QStringLiteral("unsupported_media_type"),
                                                  QStringLiteral("send application/json"), 415));
    }
    auto parsed = parseObject(body, maxBytes);
    if (!parsed.ok()) {
        return JsonReader::refusing(parsed.error());
    }
    if (auto unknown = onlyKnown(parsed.value(), {}, allowed)) {
        return JsonReader::refusing(*unknown);
    }
    return JsonReader(std::move(parsed).value());
}

std::optional<HttpReply> onlyParams(const QUrlQuery& query, const QStringList& allowed)
{
    for (const auto& [key, value] : query.queryItems()) {
        if (!allowed.contains(key)) {
            return errorReply(400, QStringLiteral("unknown_field"), key.left(40),
                              QStringLiteral("unknown query parameter; allowed: ") +
                                  (allowed.isEmpty() ? QStringLiteral("none")
                                                     : allowed.join(QStringLiteral(", "))));
        }
    }
    return std::nullopt;
}

QString param(const QUrlQuery& q, const char* key)
{
    return q.queryItemValue(QLatin1String(key), QUrl::FullyDecoded);
}

/** Loop closure as the disclosure layer published it: records with and without a published
 *  action partition the records, so the share and the median are shown only where both
 *  sides are. */
QJsonObject loopClosureJson(const Breakdown& parts, std::optional<double> medianDays)
{
    const Cell& with = parts.cells.value(0);
    const Cell& without = parts.cells.value(1);
    const bool shareShown =
        !parts.total.suppressed && !with.suppressed && !without.suppressed && parts.total.count > 0;
    QJsonObject o{{"records", countJson(parts.total)},
                  {"recordsSuppressed", parts.total.suppressed},
                  {"withPublishedAction", countJson(with)},
                  {"withPublishedActionSuppressed", with.suppressed}};
    o.insert(QStringLiteral("share"),
             shareShown ? QJsonValue(std::min(1.0, static_cast<double>(with.count) /
                                                       static_cast<double>(parts.total.count)))
                        : QJsonValue());
    o.insert(QStringLiteral("medianDaysToAction"),
             medianDays && shareShown ? QJsonValue(*medianDays) : QJsonValue());
    return o;
}

/** The newest version of each pack, parsed (packs that do not parse are left out). */
StoreResult<QList<QJsonObject>> latestPacks(ReviewStore& store, const QList<PackInfo>& list)
{
    QMap<QString, int> newest;
    for (const PackInfo& p : list) {
        newest[p.id] = std::max(newest.value(p.id), p.version);
    }
    QList<QJsonObject> out;
    for (auto it = newest.begin(); it != newest.end(); ++it) {
        const auto pack = store.pack(it.key(), it.value());
        if (!pack) {
            return pack.error();
        }
        const QJsonObject body = QJsonDocument::fromJson(pack->body).object();
        if (!body.isEmpty()) {
            out << body;
        }
    }
    return out;
}

/** The pack's definition of an activity (its type, prompt and option labels), or nothing. */
QJsonObject activityDefinition(const QList<QJsonObject>& packs, const QString& activityId)
{
    for (const QJsonObject& pack : packs) {
        for (const QJsonValue& a : pack.value(QStringLiteral("activities")).toArray()) {
            if (a.toObject().value(QStringLiteral("id")).toString() == activityId) {
                return a.toObject();
            }
        }
    }
    return {};
}

/** The audit's list of the records an export holds (" records=ID,ID"), so that erasing one
 *  later can say which exports still contain it (HubStore::exportsHolding). */
QString heldIds(const QStringList& ids)
{
    return ids.isEmpty() ? QString() : QStringLiteral(" records=") + ids.join(QLatin1Char(','));
}

} // namespace chorus::hub::review
