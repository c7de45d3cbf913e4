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
        "id",         "consultationId", "packId",          "packVersion", "activityId", "promptId",
        "kind",       "text",           "choices",         "scale",       "order",      "piles",
        "structured", "drawing",        "drawingApproved", "voice",       "ageBand",    "role",
        "scopes",     "week",           "framework",
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
                  {"kind", toString(kind)},
                  {"ageBand", toString(ageBand)},
                  {"role", toString(role)},
                  {"scopes", QJsonObject{{"quotes", quotesAllowed}, {"drawings", drawingsAllowed}}},
                  {"week", week},
                  {"framework", QString::fromLatin1(kFrameworkTag)}};
    if (!promptId.isEmpty()) {
        o.insert("promptId", promptId);
    }
    if (text) {
        o.insert("text", *text);
    }
    if (choices) {
        o.insert("choices", toArray(*choices));
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
    if (structured) {
        o.insert("structured", *structured);
    }
    if (hasVoice) {
        o.insert("voice", QJsonObject{{"present", true}, {"seconds", voiceSeconds}});
    }
    if (drawingPng) {
        o.insert("drawing", QString::fromLatin1(drawingPng->toBase64()));
        o.insert("drawingApproved", true); // only approved drawings are ever put in
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
    if (json.contains("choices")) {
        r.choices = stringList(json.value("choices"));
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
    if (json.contains("structured")) {
        r.structured = json.value("structured").toObject();
    }
    const QJsonObject voice = json.value("voice").toObject();
    r.hasVoice = voice.value("present").toBool();
    r.voiceSeconds = voice.value("seconds").toInt();
    if (json.contains("drawing")) {
        r.drawingPng = QByteArray::fromBase64(json.value("drawing").toString().toLatin1());
    }
    const QJsonObject scopes = json.value("scopes").toObject();
    r.quotesAllowed = scopes.value("quotes").toBool();
    r.drawingsAllowed = scopes.value("drawings").toBool();
    r.week = json.value("week").toString();
    if (json.value("framework").toString() != QLatin1String(kFrameworkTag)) {
        return field("framework", QStringLiteral("must be %1").arg(QLatin1String(kFrameworkTag)));
    }
    return r;
}

} // namespace chorus
