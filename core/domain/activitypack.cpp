#include "activitypack.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>
#include <span>

// Validation of activity packs, format "chorus-pack/1" (see PACK_FORMAT.md). Packs come from
// outside the device (the hub, a USB stick, an e-mail), so every value is checked before any
// of it reaches a child's screen, and each rejection names the JSON path so that the pack's
// author can find and fix the mistake.

namespace chorus {
namespace {

const QString kFormat = QStringLiteral("chorus-pack/1");
constexpr qsizetype kMaxPackBytes = 1024 * 1024;
constexpr int kMaxIdLength = 64;
constexpr int kMaxPictureLength = 40;
constexpr int kMaxVersion = 1000000;
constexpr int kMaxActivities = 50;
constexpr int kMaxTitleLength = 80;
constexpr int kMaxPromptLength = 500;
constexpr int kMaxLabelLength = 80;
constexpr int kMinVoiceSeconds = 5;
constexpr int kMaxVoiceSeconds = 600;
constexpr int kEchoLength = 40; // pack text quoted back in a message is cut to this length

/** How many items a list of options, cards or piles may hold, with the words for each limit. */
struct ListLimits
{
    int min;
    int max;
    const char* tooFew;
    const char* tooMany;
};

constexpr ListLimits kChoiceOptions{2, 12, "a choice needs at least %1 options",
                                    "a choice can have at most %1 options"};
constexpr ListLimits kCards{2, 30, "a card sort needs at least %1 cards",
                            "a card sort can have at most %1 cards"};
constexpr ListLimits kPiles{2, 5, "a card sort needs at least %1 piles",
                            "a card sort can have at most %1 piles"};

struct TypeName
{
    PackActivity::Type type;
    const char* name;
};

constexpr std::array kTypeNames{
    TypeName{PackActivity::Type::FeelingsScale, "feelings-scale"},
    TypeName{PackActivity::Type::Choice, "choice"},
    TypeName{PackActivity::Type::FreeText, "free-text"},
    TypeName{PackActivity::Type::MagicWand, "magic-wand"},
    TypeName{PackActivity::Type::Drawing, "drawing"},
    TypeName{PackActivity::Type::ThreeHouses, "three-houses"},
    TypeName{PackActivity::Type::CardSort, "card-sort"},
    TypeName{PackActivity::Type::FeelingsTimeline, "feelings-timeline"},
    TypeName{PackActivity::Type::Circles, "circles"},
};

// ISO 639-1 codes of the languages most asked for by families in UK children's services.
// A fixed list rather than QLocale's so that what a pack may say does not change with the
// Qt version; adding a language is one line here and one in PACK_FORMAT.md.
const QSet<QString>& knownLanguages()
{
    static const QSet<QString> codes{
        QStringLiteral("am"), QStringLiteral("ar"), QStringLiteral("bg"), QStringLiteral("bn"),
        QStringLiteral("cs"), QStringLiteral("cy"), QStringLiteral("de"), QStringLiteral("en"),
        QStringLiteral("es"), QStringLiteral("fa"), QStringLiteral("fr"), QStringLiteral("ga"),
        QStringLiteral("gd"), QStringLiteral("gu"), QStringLiteral("he"), QStringLiteral("hi"),
        QStringLiteral("hu"), QStringLiteral("it"), QStringLiteral("ku"), QStringLiteral("lt"),
        QStringLiteral("lv"), QStringLiteral("ne"), QStringLiteral("pa"), QStringLiteral("pl"),
        QStringLiteral("ps"), QStringLiteral("pt"), QStringLiteral("ro"), QStringLiteral("ru"),
        QStringLiteral("sk"), QStringLiteral("so"), QStringLiteral("sq"), QStringLiteral("sw"),
        QStringLiteral("ta"), QStringLiteral("ti"), QStringLiteral("tr"), QStringLiteral("uk"),
        QStringLiteral("ur"), QStringLiteral("vi"), QStringLiteral("yo"), QStringLiteral("zh"),
    };
    return codes;
}

Error invalid(const QString& path, const QString& reason)
{
    return makeError(Error::Code::Invalid, path + QStringLiteral(": ") + reason);
}

QString member(const QString& path, const QString& key)
{
    return path + QLatin1Char('.') + key;
}

QString member(const QString& path, const char* key)
{
    return member(path, QString::fromLatin1(key));
}

QString element(const QString& path, qsizetype index)
{
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

/** Control, line-separator and bidi-format characters, and halves of surrogate pairs. */
bool needsEscape(QChar c)
{
    switch (c.category()) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

/** Quotes pack text for an error message: escaped like JSON, so that control characters in a
 *  hostile pack cannot forge lines in a log, and cut short so that messages stay readable. */
QString quoted(const QString& text)
{
    qsizetype length = text.size();
    bool cut = false;
    if (length > kEchoLength) {
        length = kEchoLength;
        // Never split a surrogate pair: half a character would not survive conversion to UTF-8.
        if (text.at(length - 1).isHighSurrogate()) {
            --length;
        }
        cut = true;
    }
    QString out = QStringLiteral("\"");
    for (qsizetype i = 0; i < length; ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < length && text.at(i + 1).isLowSurrogate()) {
            out += c;
            out += text.at(++i);
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\\')) {
            out += QLatin1Char('\\');
            out += c;
        } else if (needsEscape(c)) {
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        } else {
            out += c;
        }
    }
    out += QLatin1Char('"');
    if (cut) {
        out += QStringLiteral("...");
    }
    return out;
}

QString typeName(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

Error wrongType(const QString& path, const char* expected, const QJsonValue& found)
{
    return invalid(path, QStringLiteral("expected %1, found %2")
                             .arg(QString::fromLatin1(expected), typeName(found)));
}

/** Counts Unicode code points, so that a limit means the same in Arabic, Welsh or emoji. */
qsizetype characterCount(const QString& text)
{
    qsizetype count = text.size();
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && text.at(i + 1).isLowSurrogate()) {
            --count;
            ++i;
        }
    }
    return count;
}

bool isLowerAlnum(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
}

bool isNameCharacter(QChar c)
{
    return isLowerAlnum(c) || c == QLatin1Char('-');
}

/** ^[a-z0-9][a-z0-9-]{0,63}$ : safe in file names, URLs and SQL, and stable across languages. */
bool isId(const QString& text)
{
    return !text.isEmpty() && text.size() <= kMaxIdLength && isLowerAlnum(text.front()) &&
           std::all_of(text.cbegin(), text.cend(), isNameCharacter);
}

/** ^[a-z0-9-]{1,40}$ */
bool isPictureName(const QString& text)
{
    return !text.isEmpty() && text.size() <= kMaxPictureLength &&
           std::all_of(text.cbegin(), text.cend(), isNameCharacter);
}

Result<QJsonValue> required(const QJsonObject& object, const QString& path, const char* key)
{
    const auto it = object.constFind(QLatin1String(key));
    if (it == object.constEnd()) {
        return invalid(member(path, key), QStringLiteral("this field is required"));
    }
    return QJsonValue(it.value());
}

/** Reads a required field through `convert(value, pathOfTheField)`. */
template <typename Convert>
auto readRequired(const QJsonObject& object, const QString& path, const char* key, Convert convert)
    -> decltype(convert(QJsonValue(), QString()))
{
    auto value = required(object, path, key);
    if (!value) {
        return value.error();
    }
    return convert(value.value(), member(path, key));
}

/** Reads an optional field into `target`; an absent field leaves the default in place. */
template <typename T, typename Convert>
Status readOptional(const QJsonObject& object, const QString& path, const char* key,
                    Convert convert, T& target)
{
    const auto it = object.constFind(QLatin1String(key));
    if (it == object.constEnd()) {
        return Status::success();
    }
    auto value = convert(it.value(), member(path, key));
    if (!value) {
        return value.error();
    }
    target = std::move(value.value());
    return Status::success();
}

Result<QString> toString(const QJsonValue& value, const QString& path)
{
    if (!value.isString()) {
        return wrongType(path, "a string", value);
    }
    return value.toString();
}

Result<bool> toBool(const QJsonValue& value, const QString& path)
{
    if (!value.isBool()) {
        return wrongType(path, "true or false", value);
    }
    return value.toBool();
}

Result<int> toInt(const QJsonValue& value, const QString& path, int min, int max)
{
    const QString expected =
        QStringLiteral("expected a whole number from %1 to %2").arg(min).arg(max);
    if (!value.isDouble()) {
        return invalid(path, expected + QStringLiteral(", found ") + typeName(value));
    }
    const double number = value.toDouble();
    // JSON has one number type: 3.0 is a whole number, 3.5 is not.
    if (number != std::floor(number) || number < min || number > max) {
        return invalid(path,
                       expected + QStringLiteral(", found ") + QString::number(number, 'g', 15));
    }
    return static_cast<int>(number);
}

Result<QJsonArray> toArray(const QJsonValue& value, const QString& path)
{
    if (!value.isArray()) {
        return wrongType(path, "an array", value);
    }
    return value.toArray();
}

Result<QJsonObject> toObject(const QJsonValue& value, const QString& path)
{
    if (!value.isObject()) {
        return wrongType(path, "an object", value);
    }
    return value.toObject();
}

Result<QString> toId(const QJsonValue& value, const QString& path)
{
    auto text = toString(value, path);
    if (text && !isId(text.value())) {
        return invalid(path, QStringLiteral("%1 is not a valid id: use 1 to 64 lower-case "
                                            "letters, digits and hyphens, starting with a "
                                            "letter or digit")
                                 .arg(quoted(text.value())));
    }
    return text;
}

/** Reads an id and remembers it, so that the second use of an id is the one reported. */
Result<QString> toUniqueId(const QJsonValue& value, const QString& path, QSet<QString>& seen)
{
    auto id = toId(value, path);
    if (!id) {
        return id;
    }
    if (seen.contains(id.value())) {
        return invalid(path, QStringLiteral("%1 is used twice").arg(quoted(id.value())));
    }
    seen.insert(id.value());
    return id;
}

QString codePoint(QChar c)
{
    return QStringLiteral("U+") +
           QString::number(c.unicode(), 16).rightJustified(4, QLatin1Char('0')).toUpper();
}

/** Why a prompt, label or title cannot be shown as it is; empty if it can. */
QString textProblem(const QString& text)
{
    bool visible = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            visible = true;
            ++i;
        } else if (c.isSurrogate()) {
            // Only reachable through a "\ud800"-style escape; it cannot be stored as UTF-8.
            return QStringLiteral("the text has half of a surrogate pair (%1)").arg(codePoint(c));
        } else if (c.category() == QChar::Other_Control && c != QLatin1Char('\n') &&
                   c != QLatin1Char('\t')) {
            return QStringLiteral("the text has a control character (%1)").arg(codePoint(c));
        } else if (!c.isSpace() && c.category() != QChar::Other_Format &&
                   c.category() != QChar::Other_Control) {
            visible = true;
        }
    }
    // A blank prompt or label would leave a child with a button that says nothing.
    return visible ? QString() : QStringLiteral("the text is empty");
}

Result<QString> toText(const QJsonValue& value, const QString& path, int maxLength)
{
    auto text = toString(value, path);
    if (!text) {
        return text;
    }
    if (const QString problem = textProblem(text.value()); !problem.isEmpty()) {
        return invalid(path, problem);
    }
    const qsizetype length = characterCount(text.value());
    if (length > maxLength) {
        return invalid(path, QStringLiteral("the text is %1 characters long; the limit is %2")
                                 .arg(length)
                                 .arg(maxLength));
    }
    return text;
}

Result<LocalisedText> toLocalisedText(const QJsonValue& value, const QString& path,
                                      const QString& defaultLanguage, int maxLength)
{
    LocalisedText localised;
    if (value.isString()) {
        auto text = toText(value, path, maxLength);
        if (!text) {
            return text.error();
        }
        localised.byLanguage.insert(defaultLanguage, text.value());
        return localised;
    }
    if (!value.isObject()) {
        return wrongType(path, "a string or an object of language codes to strings", value);
    }
    const QJsonObject byLanguage = value.toObject();
    for (auto it = byLanguage.constBegin(); it != byLanguage.constEnd(); ++it) {
        if (!knownLanguages().contains(it.key())) {
            return invalid(path, QStringLiteral("unknown language %1").arg(quoted(it.key())));
        }
        auto text = toText(it.value(), member(path, it.key()), maxLength);
        if (!text) {
            return text.error();
        }
        localised.byLanguage.insert(it.key(), text.value());
    }
    // The default language is what every other language falls back to, so it must be there.
    if (!localised.byLanguage.contains(defaultLanguage)) {
        return invalid(path, QStringLiteral("needs a text in \"%1\", the pack's default language")
                                 .arg(defaultLanguage));
    }
    return localised;
}

bool listsField(std::span<const char* const> fields, const QString& key)
{
    return std::any_of(fields.begin(), fields.end(),
                       [&](const char* field) { return key == QLatin1String(field); });
}

/** Rejects any field not in `allowed`, so that a misspelt optional field is reported instead
 *  of being silently ignored (an "allowvoice": true that does nothing). */
Status checkFields(const QJsonObject& object, const QString& path,
                   std::span<const char* const> allowed)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!listsField(allowed, it.key())) {
            return invalid(path, QStringLiteral("unknown field %1").arg(quoted(it.key())));
        }
    }
    return Status::success();
}

constexpr std::array kPackFields{"format",          "id",    "version",
                                 "defaultLanguage", "title", "activities"};
constexpr std::array kOptionFields{"id", "label", "picture"};
constexpr std::array kPlainActivityFields{"id", "type", "prompt", "allowVoice", "maxVoiceSeconds"};
constexpr std::array kChoiceFields{"id",       "type",   "prompt", "allowVoice", "maxVoiceSeconds",
                                   "multiple", "options"};
constexpr std::array kCardSortFields{
    "id", "type", "prompt", "allowVoice", "maxVoiceSeconds", "sortMode", "options", "piles"};

std::span<const char* const> activityFields(PackActivity::Type type)
{
    switch (type) {
    case PackActivity::Type::Choice:
        return kChoiceFields;
    case PackActivity::Type::CardSort:
        return kCardSortFields;
    default:
        return kPlainActivityFields;
    }
}

/** Like checkFields, but tells an author who put e.g. "multiple" on a card sort that the field
 *  belongs to another type, which is more use than "unknown field". */
Status checkActivityFields(const QJsonObject& object, const QString& path, PackActivity::Type type)
{
    const auto allowed = activityFields(type);
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (listsField(allowed, it.key())) {
            continue;
        }
        if (listsField(kChoiceFields, it.key()) || listsField(kCardSortFields, it.key())) {
            return invalid(path, QStringLiteral("field %1 is not used by a %2 activity")
                                     .arg(quoted(it.key()), activityTypeName(type)));
        }
        return invalid(path, QStringLiteral("unknown field %1").arg(quoted(it.key())));
    }
    return Status::success();
}

Result<QString> toPictureName(const QJsonValue& value, const QString& path)
{
    auto name = toString(value, path);
    if (name && !isPictureName(name.value())) {
        return invalid(path, QStringLiteral("%1 is not a valid picture name: use 1 to 40 "
                                            "lower-case letters, digits and hyphens")
                                 .arg(quoted(name.value())));
    }
    return name;
}

Result<PackOption> toOption(const QJsonValue& value, const QString& path,
                            const QString& defaultLanguage, QSet<QString>& seenIds)
{
    auto object = toObject(value, path);
    if (!object) {
        return object.error();
    }
    if (auto fields = checkFields(object.value(), path, kOptionFields); !fields) {
        return fields.error();
    }
    PackOption option;
    auto id = readRequired(object.value(), path, "id", [&](const QJsonValue& v, const QString& p) {
        return toUniqueId(v, p, seenIds);
    });
    if (!id) {
        return id.error();
    }
    option.id = id.value();

    // Labels are required even beside a picture: a screen reader needs words to read out.
    auto label =
        readRequired(object.value(), path, "label", [&](const QJsonValue& v, const QString& p) {
            return toLocalisedText(v, p, defaultLanguage, kMaxLabelLength);
        });
    if (!label) {
        return label.error();
    }
    option.label = label.value();

    if (auto picture = readOptional(object.value(), path, "picture", toPictureName, option.picture);
        !picture) {
        return picture.error();
    }
    return option;
}

Result<QList<PackOption>> toOptions(const QJsonValue& value, const QString& path,
                                    const QString& defaultLanguage, const ListLimits& limits)
{
    auto array = toArray(value, path);
    if (!array) {
        return array.error();
    }
    // Counted before the items are read, so an oversized list costs nothing to reject.
    if (array->size() < limits.min) {
        return invalid(path, QString::fromLatin1(limits.tooFew).arg(limits.min));
    }
    if (array->size() > limits.max) {
        return invalid(path, QString::fromLatin1(limits.tooMany).arg(limits.max));
    }
    QList<PackOption> options;
    QSet<QString> seenIds;
    for (qsizetype i = 0; i < array->size(); ++i) {
        auto option = toOption(array->at(i), element(path, i), defaultLanguage, seenIds);
        if (!option) {
            return option.error();
        }
        options.append(option.value());
    }
    return options;
}

Status readVoice(const QJsonObject& object, const QString& path, PackActivity& activity)
{
    if (auto allow = readOptional(object, path, "allowVoice", toBool, activity.allowVoice);
        !allow) {
        return allow;
    }
    const auto toSeconds = [](const QJsonValue& v, const QString& p) {
        return toInt(v, p, kMinVoiceSeconds, kMaxVoiceSeconds);
    };
    return readOptional(object, path, "maxVoiceSeconds", toSeconds, activity.maxVoiceSeconds);
}

Status readChoice(const QJsonObject& object, const QString& path, const QString& defaultLanguage,
                  PackActivity& activity)
{
    if (auto multiple = readOptional(object, path, "multiple", toBool, activity.multiple);
        !multiple) {
        return multiple;
    }
    auto options =
        readRequired(object, path, "options", [&](const QJsonValue& v, const QString& p) {
            return toOptions(v, p, defaultLanguage, kChoiceOptions);
        });
    if (!options) {
        return options.error();
    }
    activity.options = options.value();
    return Status::success();
}

Result<QString> toSortMode(const QJsonValue& value, const QString& path)
{
    auto mode = toString(value, path);
    if (mode && mode.value() != QLatin1String("piles") && mode.value() != QLatin1String("rank")) {
        return invalid(
            path,
            QStringLiteral("expected \"piles\" or \"rank\", found %1").arg(quoted(mode.value())));
    }
    return mode;
}

Status readCardSort(const QJsonObject& object, const QString& path, const QString& defaultLanguage,
                    PackActivity& activity)
{
    auto mode = readRequired(object, path, "sortMode", toSortMode);
    if (!mode) {
        return mode.error();
    }
    activity.sortMode = mode.value();

    auto cards = readRequired(object, path, "options", [&](const QJsonValue& v, const QString& p) {
        return toOptions(v, p, defaultLanguage, kCards);
    });
    if (!cards) {
        return cards.error();
    }
    activity.options = cards.value();

    if (activity.sortMode == QLatin1String("rank")) {
        // Ranking puts the cards in one ordered line; piles given here would be silently unused.
        if (object.contains(QLatin1String("piles"))) {
            return invalid(member(path, "piles"),
                           QStringLiteral("piles are only used when sortMode is \"piles\""));
        }
        return Status::success();
    }
    auto piles = readRequired(object, path, "piles", [&](const QJsonValue& v, const QString& p) {
        return toOptions(v, p, defaultLanguage, kPiles);
    });
    if (!piles) {
        return piles.error();
    }
    activity.piles = piles.value();
    return Status::success();
}

Result<PackActivity::Type> toType(const QJsonValue& value, const QString& path)
{
    auto name = toString(value, path);
    if (!name) {
        return name.error();
    }
    if (const auto type = activityTypeFromName(name.value())) {
        return *type;
    }
    QStringList names;
    for (const TypeName& entry : kTypeNames) {
        names.append(QString::fromLatin1(entry.name));
    }
    return invalid(path, QStringLiteral("unknown activity type %1; expected one of: %2")
                             .arg(quoted(name.value()), names.join(QStringLiteral(", "))));
}

Result<PackActivity> toActivity(const QJsonValue& value, const QString& path,
                                const QString& defaultLanguage, QSet<QString>& seenIds)
{
    auto object = toObject(value, path);
    if (!object) {
        return object.error();
    }
    PackActivity activity;
    auto id = readRequired(object.value(), path, "id", [&](const QJsonValue& v, const QString& p) {
        return toUniqueId(v, p, seenIds);
    });
    if (!id) {
        return id.error();
    }
    activity.id = id.value();

    // The type comes before the field check because it decides which fields are allowed.
    auto type = readRequired(object.value(), path, "type", toType);
    if (!type) {
        return type.error();
    }
    activity.type = type.value();
    if (auto fields = checkActivityFields(object.value(), path, activity.type); !fields) {
        return fields.error();
    }

    auto prompt =
        readRequired(object.value(), path, "prompt", [&](const QJsonValue& v, const QString& p) {
            return toLocalisedText(v, p, defaultLanguage, kMaxPromptLength);
        });
    if (!prompt) {
        return prompt.error();
    }
    activity.prompt = prompt.value();

    Status status = readVoice(object.value(), path, activity);
    if (status && activity.type == PackActivity::Type::Choice) {
        status = readChoice(object.value(), path, defaultLanguage, activity);
    } else if (status && activity.type == PackActivity::Type::CardSort) {
        status = readCardSort(object.value(), path, defaultLanguage, activity);
    }
    if (!status) {
        return status.error();
    }
    return activity;
}

Result<QList<PackActivity>> toActivities(const QJsonValue& value, const QString& path,
                                         const QString& defaultLanguage)
{
    auto array = toArray(value, path);
    if (!array) {
        return array.error();
    }
    if (array->isEmpty()) {
        return invalid(path, QStringLiteral("a pack needs at least 1 activity"));
    }
    if (array->size() > kMaxActivities) {
        return invalid(path,
                       QStringLiteral("a pack can have at most %1 activities").arg(kMaxActivities));
    }
    QList<PackActivity> activities;
    QSet<QString> seenIds;
    for (qsizetype i = 0; i < array->size(); ++i) {
        auto activity = toActivity(array->at(i), element(path, i), defaultLanguage, seenIds);
        if (!activity) {
            return activity.error();
        }
        activities.append(activity.value());
    }
    return activities;
}

/** The format is checked before anything else: a pack in a later format may have fields this
 *  version has never heard of, and "update Chorus" is the useful answer, not "unknown field". */
Status checkFormat(const QJsonObject& root)
{
    auto format = readRequired(root, QStringLiteral("$"), "format", toString);
    if (!format || format.value() == kFormat) {
        return format ? Status::success() : Status(format.error());
    }
    const QString path = QStringLiteral("$.format");
    if (format.value().startsWith(QLatin1String("chorus-pack/"))) {
        return invalid(path, QStringLiteral("%1 is not supported; this version of Chorus reads "
                                            "\"%2\", so the app may need an update")
                                 .arg(quoted(format.value()), kFormat));
    }
    return invalid(
        path, QStringLiteral("expected \"%1\", found %2").arg(kFormat, quoted(format.value())));
}

Result<QString> toLanguage(const QJsonValue& value, const QString& path)
{
    auto code = toString(value, path);
    if (code && !knownLanguages().contains(code.value())) {
        QStringList codes = knownLanguages().values();
        codes.sort();
        return invalid(path, QStringLiteral("%1 is not a known language code; use one of: %2")
                                 .arg(quoted(code.value()), codes.join(QStringLiteral(", "))));
    }
    return code;
}

QString baseLanguage(const QString& code)
{
    // "cy_GB" (QLocale::name()) and "cy-GB" (BCP 47) both mean Welsh to a pack.
    for (qsizetype i = 0; i < code.size(); ++i) {
        if (code.at(i) == QLatin1Char('_') || code.at(i) == QLatin1Char('-')) {
            return code.left(i);
        }
    }
    return code;
}

Status readPackHeader(const QJsonObject& object, ActivityPack& pack)
{
    const QString root = QStringLiteral("$");
    if (auto fields = checkFields(object, root, kPackFields); !fields) {
        return fields;
    }
    auto id = readRequired(object, root, "id", toId);
    if (!id) {
        return id.error();
    }
    pack.id = id.value();

    auto version = readRequired(object, root, "version", [](const QJsonValue& v, const QString& p) {
        return toInt(v, p, 1, kMaxVersion);
    });
    if (!version) {
        return version.error();
    }
    pack.version = version.value();

    // Read before any text, since every localised text must include it.
    auto language = readRequired(object, root, "defaultLanguage", toLanguage);
    if (!language) {
        return language.error();
    }
    pack.defaultLanguage = language.value();

    auto title = readRequired(object, root, "title", [&](const QJsonValue& v, const QString& p) {
        return toLocalisedText(v, p, pack.defaultLanguage, kMaxTitleLength);
    });
    if (!title) {
        return title.error();
    }
    pack.title = title.value();
    return Status::success();
}

} // namespace

QString LocalisedText::in(const QString& language, const QString& fallback) const
{
    for (const QString& code :
         {language, baseLanguage(language), fallback, baseLanguage(fallback)}) {
        const auto it = byLanguage.constFind(code);
        if (it != byLanguage.constEnd()) {
            return it.value();
        }
    }
    return {};
}

Result<ActivityPack> ActivityPack::fromJson(const QByteArray& json)
{
    const QString root = QStringLiteral("$");
    // Checked before parsing so that a huge file costs no memory for its tree.
    if (json.size() > kMaxPackBytes) {
        return invalid(root, QStringLiteral("the pack is %1 bytes; the limit is 1 MiB (%2 bytes)")
                                 .arg(json.size())
                                 .arg(kMaxPackBytes));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return invalid(root, QStringLiteral("not valid JSON at offset %1 (%2)")
                                 .arg(parseError.offset)
                                 .arg(parseError.errorString()));
    }
    if (!document.isObject()) {
        // QJsonDocument accepts only an object or an array at the top.
        return invalid(root, QStringLiteral("expected an object, found an array"));
    }
    return fromJsonObject(document.object());
}

Result<ActivityPack> ActivityPack::fromJsonObject(const QJsonObject& object)
{
    if (auto format = checkFormat(object); !format) {
        return format.error();
    }
    ActivityPack pack;
    if (auto header = readPackHeader(object, pack); !header) {
        return header.error();
    }
    auto activities = readRequired(object, QStringLiteral("$"), "activities",
                                   [&](const QJsonValue& v, const QString& p) {
                                       return toActivities(v, p, pack.defaultLanguage);
                                   });
    if (!activities) {
        return activities.error();
    }
    pack.activities = activities.value();
    pack.source = object;
    return pack;
}

const PackActivity* ActivityPack::activity(const QString& id) const
{
    for (const PackActivity& candidate : activities) {
        if (candidate.id == id) {
            return &candidate;
        }
    }
    return nullptr;
}

QString activityTypeName(PackActivity::Type type)
{
    for (const TypeName& entry : kTypeNames) {
        if (entry.type == type) {
            return QString::fromLatin1(entry.name);
        }
    }
    return {};
}

std::optional<PackActivity::Type> activityTypeFromName(QStringView name)
{
    for (const TypeName& entry : kTypeNames) {
        if (name == QLatin1String(entry.name)) {
            return entry.type;
        }
    }
    return std::nullopt;
}

} // namespace chorus
