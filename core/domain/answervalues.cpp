#include "answervalues.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace chorus::answers {
namespace {

constexpr int kMaxPartStrings = 20; // the hub's limits for "structured"
constexpr int kMaxParts = 20;
constexpr int kMaxPartText = 1000;

Error invalid(const QString& path, const QString& why)
{
    return makeError(Error::Code::Invalid, QStringLiteral("%1: %2").arg(path, why));
}

bool isId(const QString& text)
{
    static const QRegularExpression id(QStringLiteral("^[a-z0-9][a-z0-9-]{0,63}$"));
    return id.match(text).hasMatch();
}

/** Reads a list of distinct ids; `seen` spans several lists (one card in two piles). */
Status readIds(const QJsonValue& value, const QString& path, int max, QSet<QString>& seen,
               const char* twice)
{
    if (!value.isArray()) {
        return invalid(path, QStringLiteral("expected a list of ids"));
    }
    const QJsonArray list = value.toArray();
    if (list.size() > max) {
        return invalid(path, QStringLiteral("at most %1 items").arg(max));
    }
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString item = list.at(i).toString();
        const QString at = QStringLiteral("%1[%2]").arg(path).arg(i);
        if (!list.at(i).isString() || !isId(item)) {
            return invalid(at, QStringLiteral("expected an id"));
        }
        if (seen.contains(item)) {
            return invalid(at, QString::fromLatin1(twice).arg(item));
        }
        seen.insert(item);
    }
    return Status::success();
}

/** The only key of a value, or an error naming what is wrong with the keys. */
Result<QString> onlyKey(const QJsonObject& value, const QStringList& known)
{
    if (value.size() != 1 || !known.contains(value.begin().key())) {
        return invalid(QStringLiteral("value"),
                       QStringLiteral("expected exactly one of: %1").arg(known.join(", ")));
    }
    return value.begin().key();
}

Status validatePiles(const QJsonValue& piles)
{
    const QString path = QStringLiteral("value.piles");
    if (!piles.isObject() || piles.toObject().isEmpty() || piles.toObject().size() > kMaxPiles) {
        return invalid(path, QStringLiteral("expected 1 to %1 piles").arg(kMaxPiles));
    }
    QSet<QString> cards;
    const QJsonObject object = piles.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString at = path + QLatin1Char('.') + it.key();
        if (!isId(it.key())) {
            return invalid(path, QStringLiteral("a pile's key must be its id"));
        }
        if (auto st =
                readIds(it.value(), at, kMaxCardsPerPile, cards, "\"%1\" is in more than one pile");
            !st) {
            return st;
        }
    }
    if (cards.isEmpty()) {
        return invalid(path, QStringLiteral("put at least one card in a pile"));
    }
    return Status::success();
}

Status validateTimeline(const QJsonValue& timeline)
{
    const QString path = QStringLiteral("value.timeline");
    if (!timeline.isObject() || timeline.toObject().isEmpty()) {
        return invalid(path, QStringLiteral("expected a face for at least one of: %1")
                                 .arg(timelineMoments().join(", ")));
    }
    const QJsonObject object = timeline.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!timelineMoments().contains(it.key())) {
            return invalid(path, QStringLiteral("\"%1\" is not one of: %2")
                                     .arg(it.key(), timelineMoments().join(", ")));
        }
        const double level = it.value().toDouble(0);
        if (!it.value().isDouble() || level != int(level) || level < 1 || level > 5) {
            return invalid(path + QLatin1Char('.') + it.key(),
                           QStringLiteral("a face is a whole number from 1 to 5"));
        }
    }
    return Status::success();
}

/** A made-up label must show something and stay one short line. */
QString labelProblem(const QString& label)
{
    if (label.trimmed().isEmpty()) {
        return QStringLiteral("an empty label");
    }
    if (label.toUcs4().size() > kMaxLabelLength) {
        return QStringLiteral("a label is at most %1 characters").arg(kMaxLabelLength);
    }
    for (const QChar c : label) {
        if (c.category() == QChar::Other_Control) {
            return QStringLiteral("a label cannot hold control characters");
        }
    }
    return {};
}

Status validatePerson(const QJsonValue& value, const QString& at)
{
    const QJsonObject person = value.toObject();
    const bool hasRole = person.contains(QLatin1String("role"));
    const bool hasLabel = person.contains(QLatin1String("label"));
    if (!value.isObject() || hasRole == hasLabel || person.size() != 2 ||
        !person.contains(QLatin1String("place"))) {
        return invalid(at, QStringLiteral("expected {\"role\" or \"label\", \"place\"}"));
    }
    if (!circlePlaces().contains(person.value("place").toString())) {
        return invalid(at + QStringLiteral(".place"),
                       QStringLiteral("expected one of: %1").arg(circlePlaces().join(", ")));
    }
    if (hasRole && !circleRoles().contains(person.value("role").toString())) {
        return invalid(at + QStringLiteral(".role"),
                       QStringLiteral("expected one of: %1").arg(circleRoles().join(", ")));
    }
    if (hasLabel) {
        const QString problem = person.value("label").isString()
                                    ? labelProblem(person.value("label").toString())
                                    : QStringLiteral("expected a string");
        if (!problem.isEmpty()) {
            return invalid(at + QStringLiteral(".label"), problem);
        }
    }
    return Status::success();
}

Status validateCircles(const QJsonValue& circles)
{
    const QString path = QStringLiteral("value.circles");
    if (!circles.isArray() || circles.toArray().isEmpty() ||
        circles.toArray().size() > kMaxPeople) {
        return invalid(path, QStringLiteral("expected 1 to %1 people").arg(kMaxPeople));
    }
    const QJsonArray people = circles.toArray();
    for (qsizetype i = 0; i < people.size(); ++i) {
        if (auto st = validatePerson(people.at(i), QStringLiteral("%1[%2]").arg(path).arg(i));
            !st) {
            return st;
        }
    }
    return Status::success();
}

/** Words by part (the three houses): the hub's limits for "structured". */
Status validateParts(const QJsonValue& parts)
{
    const QString path = QStringLiteral("value.parts");
    if (!parts.isObject() || parts.toObject().isEmpty() || parts.toObject().size() > kMaxParts) {
        return invalid(path, QStringLiteral("expected 1 to %1 parts").arg(kMaxParts));
    }
    const QJsonObject object = parts.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString at = path + QLatin1Char('.') + it.key();
        if (!isId(it.key())) {
            return invalid(path, QStringLiteral("a part's key must be an id"));
        }
        const QJsonArray words = it.value().toArray();
        if (!it.value().isArray() || words.size() > kMaxPartStrings) {
            return invalid(
                at, QStringLiteral("expected a list of at most %1 texts").arg(kMaxPartStrings));
        }
        for (const auto& w : words) {
            if (!w.isString() || w.toString().size() > kMaxPartText) {
                return invalid(
                    at, QStringLiteral("each text is at most %1 characters").arg(kMaxPartText));
            }
        }
    }
    return Status::success();
}

QString kindName(AnswerKind kind)
{
    return toString(kind);
}

Status expectKind(const Response& r, AnswerKind kind, const QString& typeWords)
{
    if (r.kind != kind) {
        return invalid(QStringLiteral("kind"),
                       QStringLiteral("%1 is answered with \"%2\", not \"%3\"")
                           .arg(typeWords, kindName(kind), kindName(r.kind)));
    }
    return Status::success();
}

Status expectShape(const Response& r, const char* key, const QString& typeWords)
{
    if (!r.value.contains(QLatin1String(key))) {
        return invalid(QStringLiteral("value"),
                       QStringLiteral("%1 is answered with \"%2\"").arg(typeWords, key));
    }
    return Status::success();
}

QSet<QString> idsOf(const QList<PackOption>& options)
{
    QSet<QString> ids;
    for (const auto& o : options) {
        ids.insert(o.id);
    }
    return ids;
}

Status onlyCards(const QJsonArray& cards, const QSet<QString>& known, const QString& path)
{
    for (qsizetype i = 0; i < cards.size(); ++i) {
        if (!known.contains(cards.at(i).toString())) {
            return invalid(QStringLiteral("%1[%2]").arg(path).arg(i),
                           QStringLiteral("\"%1\" is not a card of this card sort")
                               .arg(cards.at(i).toString()));
        }
    }
    return Status::success();
}

Status validateCardSort(const PackActivity& a, const Response& r)
{
    const QSet<QString> cards = idsOf(a.options);
    if (a.sortMode == QLatin1String("rank")) {
        const QString words = QStringLiteral("a ranking card sort");
        if (auto st = expectKind(r, AnswerKind::Ordering, words); !st) {
            return st;
        }
        return onlyCards(r.value.value("order").toArray(), cards, QStringLiteral("value.order"));
    }
    const QString words = QStringLiteral("a card sort into piles");
    if (auto st = expectKind(r, AnswerKind::Structured, words); !st) {
        return st;
    }
    if (auto st = expectShape(r, "piles", words); !st) {
        return st;
    }
    const QSet<QString> piles = idsOf(a.piles);
    const QJsonObject given = r.value.value("piles").toObject();
    for (auto it = given.begin(); it != given.end(); ++it) {
        if (!piles.contains(it.key())) {
            return invalid(QStringLiteral("value.piles"),
                           QStringLiteral("\"%1\" is not a pile of this card sort").arg(it.key()));
        }
        if (auto st =
                onlyCards(it.value().toArray(), cards, QStringLiteral("value.piles.") + it.key());
            !st) {
            return st;
        }
    }
    return Status::success();
}

} // namespace

const QStringList& timelineMoments()
{
    static const QStringList moments{"before", "now", "next"};
    return moments;
}

const QStringList& circlePlaces()
{
    static const QStringList places{"ring-1", "ring-2", "ring-3", "outside"};
    return places;
}

const QStringList& circleRoles()
{
    // Roles, never names: a child who wants someone else writes a made-up label instead.
    static const QStringList roles{"mum",         "dad",     "carer",         "foster-carer",
                                   "grandparent", "brother", "sister",        "other-family",
                                   "friend",      "teacher", "social-worker", "pet"};
    return roles;
}

QString feelingName(int level)
{
    static const QStringList names{"very-sad", "sad", "okay", "happy", "very-happy"};
    return level >= 1 && level <= 5 ? names.at(level - 1) : QString();
}

Status validateOrdering(const QJsonObject& value)
{
    auto key = onlyKey(value, {QStringLiteral("order")});
    if (!key) {
        return key.error();
    }
    QSet<QString> seen;
    const QString path = QStringLiteral("value.order");
    if (auto st = readIds(value.value("order"), path, kMaxOrder, seen, "\"%1\" is listed twice");
        !st) {
        return st;
    }
    if (seen.isEmpty()) {
        return invalid(path, QStringLiteral("an ordering needs at least one item"));
    }
    return Status::success();
}

Status validateStructured(const QJsonObject& value)
{
    auto key = onlyKey(value, {QStringLiteral("piles"), QStringLiteral("timeline"),
                               QStringLiteral("circles"), QStringLiteral("parts")});
    if (!key) {
        return key.error();
    }
    const QJsonValue inner = value.value(key.value());
    if (key.value() == QLatin1String("piles")) {
        return validatePiles(inner);
    }
    if (key.value() == QLatin1String("timeline")) {
        return validateTimeline(inner);
    }
    if (key.value() == QLatin1String("circles")) {
        return validateCircles(inner);
    }
    return validateParts(inner);
}

Status validateAnswerFor(const PackActivity& activity, const Response& response)
{
    switch (activity.type) {
    case PackActivity::Type::CardSort:
        return validateCardSort(activity, response);
    case PackActivity::Type::FeelingsTimeline: {
        const QString words = QStringLiteral("a feelings timeline");
        auto st = expectKind(response, AnswerKind::Structured, words);
        return st ? expectShape(response, "timeline", words) : st;
    }
    case PackActivity::Type::Circles: {
        const QString words = QStringLiteral("a circles activity");
        auto st = expectKind(response, AnswerKind::Structured, words);
        return st ? expectShape(response, "circles", words) : st;
    }
    default:
        return Status::success();
    }
}

} // namespace chorus::answers
