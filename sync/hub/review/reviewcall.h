#pragma once

// Private to the review API's files (review/*api.cpp): one request being answered, and the
// request-reading and reply helpers that more than one resource uses.

#include "reviewapi.h"

#include "sync/hub/protocol/jsonreader.h"
#include "sync/hub/review/participation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

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
/** A store's Invalid error, "field: reason", as the 400 answer naming that field. */
HttpReply invalidField(const StoreError& error);

/** Reads one JSON request body (PROTOCOL.md "Errors"): 415 unless it is application/json,
 *  then one object whose fields are all in `allowed`; the reader has refused if not. */
JsonReader readBody(const QHttpServerRequest& request, const QStringList& allowed, qint64 maxBytes);
/** The same from the Content-Type and the bytes alone (the fuzz target
 *  tests/fuzz/fuzz_reviewbody.cpp reads bodies exactly as the routes do). */
JsonReader readBody(const QByteArray& contentType, const QByteArray& body,
                    const QStringList& allowed, qint64 maxBytes);

/** Refuses query parameters that the route does not document (a token in the URL too). */
std::optional<HttpReply> onlyParams(const QUrlQuery& query, const QStringList& allowed);
QString param(const QUrlQuery& q, const char* key);

/** Loop closure as the disclosure layer published it: records with and without a published
 *  action partition the records, so the share and the median are shown only where both
 *  sides are. */
QJsonObject loopClosureJson(const Breakdown& parts, std::optional<double> medianDays);

/** The newest version of each pack, parsed (packs that do not parse are left out); an error
 *  if the store could not read one. */
StoreResult<QList<QJsonObject>> latestPacks(ReviewStore& store, const QList<PackInfo>& list);
/** The pack's definition of an activity (its type, prompt and option labels), or nothing. */
QJsonObject activityDefinition(const QList<QJsonObject>& packs, const QString& activityId);

/** The audit's list of the records an export holds (" records=ID,ID"), so that erasing one
 *  later can say which exports still contain it (HubStore::exportsHolding). */
QString heldIds(const QStringList& ids);

} // namespace review

} // namespace chorus::hub
