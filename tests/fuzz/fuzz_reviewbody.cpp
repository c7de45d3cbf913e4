// libFuzzer target for the review API's request bodies (sync/hub/review/reviewcall.h `readBody` and
// the JsonReader, and the participation intent decoder; security.md REL-3, issue 22): what a
// signed-in browser, or anyone holding a reviewer's session, sends to the hub.
//
// Input: byte 0 picks the endpoint whose fields and readers are used (the same calls, in the
// same order, as sessionsapi, actionsapi, themesapi, participationapi and the settings
// route); byte 1 picks the Content-Type; the rest is the body. What must hold: a refusal is
// 400 (or 415 for the type) with a JSON error naming a code; an accepted value is what its
// reader promised (length, no control characters, distinct UUIDs, whole numbers in range).

#include "sync/hub/review/participation.h"
#include "sync/hub/review/reviewcall.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <iterator>
#include <limits>

namespace {

using chorus::hub::JsonReader;
using chorus::hub::review::readBody;

// The routes' limit (HubLimits::maxBodyBytes is larger; a smaller one also reaches 413).
constexpr qint64 kMaxBytes = 64 * 1024;

void require(bool condition)
{
    if (!condition) {
        std::abort(); // reported by libFuzzer as a crash, with the input saved
    }
}

void checkRefusal(const JsonReader& b)
{
    const auto& e = b.error();
    require(e.status == 400 || e.status == 413 || e.status == 415);
    require(!e.code.isEmpty());
    const QJsonObject error =
        QJsonDocument::fromJson(chorus::hub::errorReply(e).body).object().value("error").toObject();
    require(error.value("code").toString() == e.code);
}

void checkText(const QString& s, int maxChars, bool multiline)
{
    require(s.size() <= maxChars);
    require(!chorus::hub::hasControl(s, multiline));
}

void checkIds(const QStringList& ids, int maxItems)
{
    require(ids.size() <= maxItems);
    QStringList distinct = ids;
    require(distinct.removeDuplicates() == 0);
    for (const QString& id : ids) {
        require(chorus::hub::isUuid(id));
    }
}

const QByteArray kTypes[] = {"application/json", "application/json; charset=utf-8",
                             "Application/JSON", "text/plain", ""};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 2) {
        return 0;
    }
    const int endpoint = data[0] % 5;
    const QByteArray& type = kTypes[data[1] % std::size(kTypes)];
    const QByteArray body(reinterpret_cast<const char*>(data) + 2,
                          static_cast<qsizetype>(size - 2));

    switch (endpoint) {
    case 0: { // POST /v1/review/sessions (sign-in)
        JsonReader b = readBody(type, body, {"name", "secret", "passphrase"}, kMaxBytes);
        const QString name = b.text("name", 100);
        const QString secret = b.string("secret", false, 64);
        const QString passphrase = b.string("passphrase", true, 1024);
        if (b.failed()) {
            checkRefusal(b);
        } else {
            require(!name.isEmpty());
            checkText(name, 100, false);
            checkText(secret, 64, false);
            checkText(passphrase, 1024, false);
        }
        break;
    }
    case 1: { // POST /v1/review/actions
        JsonReader b = readBody(
            type, body,
            {"youSaid", "weDid", "status", "date", "feedbackIds", "themeIds", "consultationId"},
            kMaxBytes);
        const QString consultation = b.text("consultationId", 64);
        const QString said = b.text("youSaid", 2000, true);
        const QString did = b.text("weDid", 2000, true);
        const QString status = b.oneOf("status", {"planned", "doing", "done"});
        const QString date = b.string("date", true, 10);
        const QStringList records = b.uuids("feedbackIds", false, 0, 500);
        const QStringList themes = b.uuids("themeIds", false, 0, 50);
        if (b.failed()) {
            checkRefusal(b);
        } else {
            checkText(consultation, 64, false);
            checkText(said, 2000, true);
            checkText(did, 2000, true);
            require(status == "planned" || status == "doing" || status == "done");
            checkText(date, 10, false);
            checkIds(records, 500);
            checkIds(themes, 50);
        }
        break;
    }
    case 2: { // POST /v1/review/themes/{id}/records
        JsonReader b = readBody(type, body, {"add", "remove"}, kMaxBytes);
        const QStringList add = b.uuids("add", false, 0, 100);
        const QStringList remove = b.uuids("remove", false, 0, 100);
        if (b.failed()) {
            checkRefusal(b);
        } else {
            checkIds(add, 100);
            checkIds(remove, 100);
        }
        break;
    }
    case 3: { // PUT /v1/review/settings
        JsonReader b = readBody(type, body, {"smallNumberThreshold"}, kMaxBytes);
        const auto value = b.integer("smallNumberThreshold", true, std::numeric_limits<int>::min(),
                                     std::numeric_limits<int>::max());
        if (b.failed()) {
            checkRefusal(b);
        } else {
            require(value.has_value() && *value >= std::numeric_limits<int>::min() &&
                    *value <= std::numeric_limits<int>::max());
        }
        break;
    }
    default: { // PUT /v1/review/participation/{id}
        JsonReader b = readBody(type, body, {"expected", "notes", "plannedHours"}, kMaxBytes);
        if (b.failed()) {
            checkRefusal(b);
            break;
        }
        const auto intent = chorus::hub::decodeIntent(b.json());
        if (!intent.ok()) {
            require(intent.error().status == 400 && !intent.error().code.isEmpty() &&
                    !intent.error().message.isEmpty());
        }
        break;
    }
    }
    return 0;
}
