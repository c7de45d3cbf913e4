#include "sharerecord.h"

#include <QJsonValue>
#include <QRegularExpression>

namespace chorus {
namespace {

Error field(const QString& name, const QString& why)
{
    return makeError(Error::Code::Invalid, QStringLiteral("%1: %2").arg(name, why));
}

QJsonArray toArray(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

std::optional<QStringList> stringList(const QJsonValue& v)
{
    if (!v.isArray()) {
        return std::nullopt;
    }
    QStringList out;
    for (const auto& item : v.toArray()) {
        if (!item.isString()) {
            return std::nullopt;
        }
        out << item.toString();
    }
    return out;
}

} // namespace

const QStringList& ShareRecord::allowedFields()
{
    static const QStringList fields{
        "id",       "consultationId", "packId",        "packVersion",  "activityId",
        "promptId", "kind",           "text",          "choice",       "scale",
        "order",    "piles",          "hasVoice",      "voiceSeconds", "drawing",
        "ageBand",  "role",           "quotesAllowed", "week",         "framework",
    };
    return fields;
}

QJsonObject ShareRecord::toJson() const
{
    QJsonObject o{{"id", id},
                  {"consultationId", consultationId},
                  {"packId", packId},
                  {"packVersion", packVersion},
                  {"activityId", activityId},
                  {"promptId", promptId},
                  {"kind", toString(kind)},
                  {"hasVoice", hasVoice},
                  {"voiceSeconds", voiceSeconds},
                  {"ageBand", toString(ageBand)},
                  {"role", toString(role)},
                  {"quotesAllowed", quotesAllowed},
                  {"week", week},
                  {"framework", QString::fromLatin1(kFrameworkTag)}};
    if (text) {
        o.insert("text", *text);
    }
    if (choice) {
        o.insert("choice", toArray(*choice));
    }
    if (scale) {
        o.insert("scale", *scale);
    }
    if (order) {
        o.insert("order", toArray(*order));
    }
    if (piles) {
        o.insert("piles", *piles);
    }
    if (drawingPng) {
        o.insert("drawing", QString::fromLatin1(drawingPng->toBase64()));
    }
    return o;
}

Result<ShareRecord> ShareRecord::fromJson(const QJsonObject& json)
{
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!allowedFields().contains(it.key())) {
            return field(it.key(), QStringLiteral("is not a field of a share record"));
        }
    }
    ShareRecord r;
    r.id = json.value("id").toString();
    r.consultationId = json.value("consultationId").toString();
    r.packId = json.value("packId").toString();
    r.packVersion = json.value("packVersion").toInt();
    r.activityId = json.value("activityId").toString();
    r.promptId = json.value("promptId").toString();
    const auto kind = parseAnswerKind(json.value("kind").toString());
    const auto band = parseAgeBand(json.value("ageBand").toString());
    const auto role = parseRole(json.value("role").toString());
    if (r.id.isEmpty() || !kind || !band || !role) {
        return field(r.id.isEmpty() ? "id"
                     : !kind        ? "kind"
                     : !band        ? "ageBand"
                                    : "role",
                     QStringLiteral("missing or not one of the allowed values"));
    }
    r.kind = *kind;
    r.ageBand = *band;
    r.role = *role;
    if (json.contains("text")) {
        r.text = json.value("text").toString();
    }
    if (json.contains("choice")) {
        r.choice = stringList(json.value("choice"));
    }
    if (json.contains("scale")) {
        r.scale = json.value("scale").toInt();
    }
    if (json.contains("order")) {
        r.order = stringList(json.value("order"));
    }
    if (json.contains("piles")) {
        r.piles = json.value("piles").toObject();
    }
    r.hasVoice = json.value("hasVoice").toBool();
    r.voiceSeconds = json.value("voiceSeconds").toInt();
    if (json.contains("drawing")) {
        r.drawingPng = QByteArray::fromBase64(json.value("drawing").toString().toLatin1());
    }
    r.quotesAllowed = json.value("quotesAllowed").toBool();
    r.week = json.value("week").toString();
    if (json.value("framework").toString() != QLatin1String(kFrameworkTag)) {
        return field("framework", QStringLiteral("must be %1").arg(QLatin1String(kFrameworkTag)));
    }
    return r;
}

} // namespace chorus
