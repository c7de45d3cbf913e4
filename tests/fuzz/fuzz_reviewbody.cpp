// libFuzzer target for the review API's request bodies (sync/hub/review/reviewcall.h `Body`,
// and the participation intent decoder; security.md REL-3, issue 22): what a signed-in
// browser, or anyone holding a reviewer's session, sends to the hub.
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

namespace {

using chorus::hub::review::Body;

void require(bool condition)
{
    if (!condition) {
        std::abort(); // reported by libFuzzer as a crash, with the input saved
    }
}

void checkRefusal(const Body& b)
{
    const auto& reply = b.error();
    require(reply.status == 400 || reply.status == 415);
    const QJsonObject error =
        QJsonDocument::fromJson(reply.body).object().value("error").toObject();
    require(!error.value("code").toString().isEmpty());
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
        Body b(type, body, {"name", "secret", "passphrase"});
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
        Body b(type, body,
               {"youSaid", "weDid", "status", "date", "feedbackIds", "themeIds", "consultationId"});
        const QString consultation = b.text("consultationId", 64);
        const QString said = b.text("youSaid", 2000, true);
        const QString did = b.text("weDid", 2000, true);
        const QString status = b.oneOf("status", {"planned", "doing", "done"});
        const QString date = b.string("date", true, 10);
        const QStringList records = b.uuids("feedbackIds", 500);
        const QStringList themes = b.uuids("themeIds", 50);
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
        Body b(type, body, {"add", "remove"});
        const QStringList add = b.uuids("add", 100);
        const QStringList remove = b.uuids("remove", 100);
        if (b.failed()) {
            checkRefusal(b);
        } else {
            checkIds(add, 100);
            checkIds(remove, 100);
        }
        break;
    }
    case 3: { // PUT /v1/review/settings
        Body b(type, body, {"smallNumberThreshold"});
        const auto value = b.integer("smallNumberThreshold");
        if (b.failed()) {
            checkRefusal(b);
        } else {
            require(value.has_value() && *value >= -1000000000 && *value <= 1000000000);
        }
        break;
    }
    default: { // PUT /v1/review/participation/{id}
        Body b(type, body, {"expected", "notes", "plannedHours"});
        if (b.failed()) {
            checkRefusal(b);
            break;
        }
        QString field;
        QString why;
        const auto intent = chorus::hub::decodeIntent(b.object(), &field, &why);
        if (!intent) {
            require(!field.isEmpty() && !why.isEmpty());
        }
        break;
    }
    }
    return 0;
}
