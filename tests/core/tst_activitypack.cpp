#include "core/domain/activitypack.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QStandardPaths>
#include <QTest>

#include <utility>

using chorus::ActivityPack;
using chorus::Error;
using chorus::LocalisedText;
using chorus::PackActivity;

namespace {

// A small valid pack that each rejection case breaks in exactly one place. Activities:
// [0] feelings-scale, [1] choice, [2] free-text, [3] card-sort (piles), [4] card-sort (rank).
const char* const kBasePack = R"({
  "format": "chorus-pack/1", "id": "test-pack", "version": 3, "defaultLanguage": "en",
  "title": {"en": "Test", "cy": "Prawf"},
  "activities": [
    {"id": "scale", "type": "feelings-scale", "prompt": "How do you feel?"},
    {"id": "pick", "type": "choice", "prompt": {"en": "Pick", "cy": "Dewisa"}, "multiple": true,
     "options": [{"id": "a", "label": "A", "picture": "cat"}, {"id": "b", "label": "B"}]},
    {"id": "tell", "type": "free-text", "prompt": "Tell us", "allowVoice": true,
     "maxVoiceSeconds": 60},
    {"id": "sort", "type": "card-sort", "prompt": "Sort", "sortMode": "piles",
     "options": [{"id": "c1", "label": "One"}, {"id": "c2", "label": "Two"}],
     "piles": [{"id": "p1", "label": "Yes"}, {"id": "p2", "label": "No"}]},
    {"id": "rank", "type": "card-sort", "prompt": "Rank", "sortMode": "rank",
     "options": [{"id": "c1", "label": "One"}, {"id": "c2", "label": "Two"}]}
  ]})";

const QString kIdRule = QStringLiteral(" is not a valid id: use 1 to 64 lower-case letters, digits "
                                       "and hyphens, starting with a letter or digit");
const QString kPictureRule =
    QStringLiteral(" is not a valid picture name: use 1 to 40 lower-case letters, digits and "
                   "hyphens");
const QString kTypes = QStringLiteral("feelings-scale, choice, free-text, magic-wand, drawing, "
                                      "three-houses, card-sort, feelings-timeline, circles");

QJsonObject basePack()
{
    return QJsonDocument::fromJson(kBasePack).object();
}

/** Parses a JSON value written as text, e.g. R"("x")" or "[1, 2]". */
QJsonValue jsonValue(const QByteArray& text)
{
    return QJsonDocument::fromJson("[" + text + "]").array().at(0);
}

/** Sets (or, given an undefined value, removes) the value at a slash-separated pointer such
 *  as "activities/1/options"; an array index equal to the size appends. */
QJsonValue patched(const QJsonValue& node, QStringList keys, const QJsonValue& value)
{
    if (keys.isEmpty()) {
        return value;
    }
    const QString key = keys.takeFirst();
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        const int index = key.toInt();
        if (index == array.size()) {
            array.append(patched(QJsonValue(), keys, value));
        } else {
            array[index] = patched(array.at(index), keys, value);
        }
        return array;
    }
    QJsonObject object = node.toObject();
    if (keys.isEmpty() && value.isUndefined()) {
        object.remove(key);
    } else {
        object[key] = patched(object.value(key), keys, value);
    }
    return object;
}

QJsonObject packWith(const QString& pointer, const QJsonValue& value)
{
    return patched(basePack(), pointer.split(QLatin1Char('/')), value).toObject();
}

QByteArray toJson(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

/** A JSON array of `count` options with ids o0, o1, ... */
QByteArray optionList(int count)
{
    QJsonArray options;
    for (int i = 0; i < count; ++i) {
        options.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("o%1").arg(i)},
                                   {QStringLiteral("label"), QStringLiteral("Option %1").arg(i)}});
    }
    return QJsonDocument(options).toJson(QJsonDocument::Compact);
}

QByteArray activityList(int count)
{
    QJsonArray activities;
    for (int i = 0; i < count; ++i) {
        activities.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("a%1").arg(i)},
                                      {QStringLiteral("type"), QStringLiteral("drawing")},
                                      {QStringLiteral("prompt"), QStringLiteral("Draw")}});
    }
    return QJsonDocument(activities).toJson(QJsonDocument::Compact);
}

QByteArray quotedJson(const QString& text)
{
    return QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return file.readAll();
}

/** The malformed packs in tests/data/packs and the message each must give. */
QList<std::pair<QString, QString>> badPackFiles()
{
    return {
        {QStringLiteral("bad-duplicate-activity-id.json"),
         QStringLiteral(R"($.activities[2].id: "draw" is used twice)")},
        {QStringLiteral("bad-choice-one-option.json"),
         QStringLiteral("$.activities[0].options: a choice needs at least 2 options")},
        {QStringLiteral("bad-truncated.json"),
         QStringLiteral("$: not valid JSON at offset 202 (unterminated string)")},
        {QStringLiteral("bad-typo-field.json"),
         QStringLiteral(R"($.activities[0]: unknown field "allowvoice")")},
        {QStringLiteral("bad-missing-default-text.json"),
         QStringLiteral(
             R"($.activities[0].prompt: needs a text in "en", the pack's default language)")},
        {QStringLiteral("bad-card-sort-no-piles.json"),
         QStringLiteral("$.activities[0].piles: this field is required")},
    };
}

} // namespace

/** Tests parsing and validation of activity packs (core/domain/PACK_FORMAT.md). */
class TestActivityPack : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void parsesBasePack();
    void appliesDefaults();
    void plainStringIsDefaultLanguage();
    void keepsSource();
    void findsActivityById();
    void typeNamesRoundTrip();

    void parsesExamplePack();
    void examplePackIsFullyTranslated();

    void localisedFallback_data();
    void localisedFallback();

    void rejects_data();
    void rejects();
    void acceptsLimits_data();
    void acceptsLimits();

    void rejectsUnparsableInput_data();
    void rejectsUnparsableInput();
    void rejectsOversizedInput();
    void escapesPackTextInMessages();

    void rejectsBadPackFiles_data();
    void rejectsBadPackFiles();
    void everyBadPackFileIsTested();

private:
    QString m_examplePack;
    QString m_badPacks;
};

void TestActivityPack::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale::c());
    m_examplePack = QFINDTESTDATA("../../core/packs/my-week.json");
    m_badPacks = QFINDTESTDATA("../data/packs");
    QVERIFY(!m_examplePack.isEmpty());
    QVERIFY(!m_badPacks.isEmpty());
}

void TestActivityPack::parsesBasePack()
{
    const auto pack = ActivityPack::fromJson(kBasePack);
    QVERIFY2(pack.ok(), qPrintable(pack.ok() ? QString() : pack.error().message));
    QCOMPARE(pack->id, QStringLiteral("test-pack"));
    QCOMPARE(pack->version, 3);
    QCOMPARE(pack->defaultLanguage, QStringLiteral("en"));
    QCOMPARE(pack->title.byLanguage.value(QStringLiteral("cy")), QStringLiteral("Prawf"));
    QCOMPARE(pack->activities.size(), 5);

    const PackActivity& choice = pack->activities.at(1);
    QCOMPARE(choice.type, PackActivity::Type::Choice);
    QVERIFY(choice.multiple);
    QCOMPARE(choice.options.size(), 2);
    QCOMPARE(choice.options.at(0).id, QStringLiteral("a"));
    QCOMPARE(choice.options.at(0).picture, QStringLiteral("cat"));
    QVERIFY(choice.options.at(1).picture.isEmpty());

    const PackActivity& piles = pack->activities.at(3);
    QCOMPARE(piles.type, PackActivity::Type::CardSort);
    QCOMPARE(piles.sortMode, QStringLiteral("piles"));
    QCOMPARE(piles.options.size(), 2);
    QCOMPARE(piles.piles.size(), 2);
    QCOMPARE(piles.piles.at(1).label.in(QStringLiteral("en"), QStringLiteral("en")),
             QStringLiteral("No"));

    const PackActivity& rank = pack->activities.at(4);
    QCOMPARE(rank.sortMode, QStringLiteral("rank"));
    QVERIFY(rank.piles.isEmpty());
}

void TestActivityPack::appliesDefaults()
{
    const auto pack = ActivityPack::fromJson(kBasePack);
    QVERIFY(pack.ok());
    const PackActivity& scale = pack->activities.at(0);
    QCOMPARE(scale.allowVoice, false);
    QCOMPARE(scale.maxVoiceSeconds, 120);
    QCOMPARE(scale.multiple, false);
    QVERIFY(scale.options.isEmpty());

    const PackActivity& tell = pack->activities.at(2);
    QCOMPARE(tell.allowVoice, true);
    QCOMPARE(tell.maxVoiceSeconds, 60);

    const auto single = ActivityPack::fromJsonObject(
        packWith(QStringLiteral("activities/1/multiple"), QJsonValue(QJsonValue::Undefined)));
    QVERIFY(single.ok());
    QCOMPARE(single->activities.at(1).multiple, false);
}

void TestActivityPack::plainStringIsDefaultLanguage()
{
    const auto pack = ActivityPack::fromJsonObject(
        packWith(QStringLiteral("defaultLanguage"), QStringLiteral("cy")));
    // The base title has "cy"; the prompts given as plain strings are now Welsh.
    QVERIFY(pack.ok());
    const LocalisedText& prompt = pack->activities.at(0).prompt;
    QCOMPARE(prompt.byLanguage.keys(), QStringList{QStringLiteral("cy")});
    QCOMPARE(prompt.in(QStringLiteral("en"), QStringLiteral("cy")),
             QStringLiteral("How do you feel?"));
}

void TestActivityPack::keepsSource()
{
    const QJsonObject object = basePack();
    const auto pack = ActivityPack::fromJsonObject(object);
    QVERIFY(pack.ok());
    QCOMPARE(pack->source, object);

    const auto parsed = ActivityPack::fromJson(kBasePack);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->source, object);
}

void TestActivityPack::findsActivityById()
{
    const auto pack = ActivityPack::fromJson(kBasePack);
    QVERIFY(pack.ok());
    const PackActivity* tell = pack->activity(QStringLiteral("tell"));
    QVERIFY(tell);
    QCOMPARE(tell->type, PackActivity::Type::FreeText);
    QCOMPARE(pack->activity(QStringLiteral("nope")), nullptr);
    QCOMPARE(pack->activity(QString()), nullptr);
}

void TestActivityPack::typeNamesRoundTrip()
{
    const QStringList names = kTypes.split(QStringLiteral(", "));
    QCOMPARE(names.size(), 9);
    for (const QString& name : names) {
        const auto type = chorus::activityTypeFromName(name);
        QVERIFY2(type.has_value(), qPrintable(name));
        QCOMPARE(chorus::activityTypeName(*type), name);
    }
    QVERIFY(!chorus::activityTypeFromName(u"Choice").has_value());
    QVERIFY(!chorus::activityTypeFromName(u"").has_value());
}

void TestActivityPack::parsesExamplePack()
{
    const auto pack = ActivityPack::fromJson(readFile(m_examplePack));
    QVERIFY2(pack.ok(), qPrintable(pack.ok() ? QString() : pack.error().message));
    QCOMPARE(pack->id, QStringLiteral("my-week"));
    QCOMPARE(pack->defaultLanguage, QStringLiteral("en"));
    QCOMPARE(pack->title.in(QStringLiteral("cy"), pack->defaultLanguage),
             QStringLiteral("Fy wythnos"));

    // Every activity type appears, and both kinds of choice.
    QSet<PackActivity::Type> types;
    bool single = false;
    bool multiple = false;
    for (const PackActivity& activity : pack->activities) {
        types.insert(activity.type);
        if (activity.type == PackActivity::Type::Choice) {
            (activity.multiple ? multiple : single) = true;
        }
    }
    QCOMPARE(types.size(), 9);
    QVERIFY(single);
    QVERIFY(multiple);

    const PackActivity* tell = pack->activity(QStringLiteral("tell-us"));
    QVERIFY(tell);
    QVERIFY(tell->allowVoice);
    QCOMPARE(tell->maxVoiceSeconds, 120);
    const PackActivity* sort = pack->activity(QStringLiteral("sort-my-week"));
    QVERIFY(sort);
    QCOMPARE(sort->sortMode, QStringLiteral("piles"));
    QCOMPARE(sort->piles.size(), 3);
    const PackActivity* rank = pack->activity(QStringLiteral("what-matters"));
    QVERIFY(rank);
    QCOMPARE(rank->sortMode, QStringLiteral("rank"));
    QVERIFY(rank->piles.isEmpty());
}

void TestActivityPack::examplePackIsFullyTranslated()
{
    const auto pack = ActivityPack::fromJson(readFile(m_examplePack));
    QVERIFY(pack.ok());
    const QStringList languages{QStringLiteral("ar"), QStringLiteral("cy"), QStringLiteral("en")};
    QCOMPARE(pack->title.byLanguage.keys(), languages);
    for (const PackActivity& activity : pack->activities) {
        QVERIFY2(activity.prompt.byLanguage.keys() == languages, qPrintable(activity.id));
        for (const auto& list : {activity.options, activity.piles}) {
            for (const chorus::PackOption& option : list) {
                QVERIFY2(option.label.byLanguage.keys() == languages,
                         qPrintable(activity.id + QLatin1Char('/') + option.id));
            }
        }
    }
}

void TestActivityPack::localisedFallback_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("fallback");
    QTest::addColumn<QString>("expected");

    QTest::newRow("exact") << "cy"
                           << "en"
                           << "Helo";
    QTest::newRow("default") << "en"
                             << "en"
                             << "Hello";
    QTest::newRow("missing falls back") << "ar"
                                        << "en"
                                        << "Hello";
    QTest::newRow("QLocale name") << "cy_GB"
                                  << "en"
                                  << "Helo";
    QTest::newRow("BCP 47 tag") << "cy-GB"
                                << "en"
                                << "Helo";
    QTest::newRow("fallback with region") << "ar"
                                          << "en_GB"
                                          << "Hello";
    QTest::newRow("empty language") << ""
                                    << "en"
                                    << "Hello";
    QTest::newRow("nothing matches") << "ar"
                                     << "fr"
                                     << "";
}

void TestActivityPack::localisedFallback()
{
    QFETCH(QString, language);
    QFETCH(QString, fallback);
    QFETCH(QString, expected);
    LocalisedText text;
    text.byLanguage = {{QStringLiteral("en"), QStringLiteral("Hello")},
                       {QStringLiteral("cy"), QStringLiteral("Helo")}};
    QCOMPARE(text.in(language, fallback), expected);
}

void TestActivityPack::rejects_data()
{
    QTest::addColumn<QString>("pointer");  // where kBasePack is changed
    QTest::addColumn<QByteArray>("value"); // the new value as JSON; empty removes the field
    QTest::addColumn<QString>("message");

    const QByteArray remove;
    const QByteArray long65 = '"' + QByteArray(65, 'a') + '"';
    const QString cut40 =
        QLatin1Char('"') + QString(40, QLatin1Char('a')) + QStringLiteral("\"...");

    // The pack itself.
    QTest::newRow("format missing") << "format" << remove << "$.format: this field is required";
    QTest::newRow("format wrong") << "format" << QByteArray(R"("chorus-pak/1")")
                                  << R"($.format: expected "chorus-pack/1", found "chorus-pak/1")";
    QTest::newRow("format newer")
        << "format" << QByteArray(R"("chorus-pack/2")")
        << R"($.format: "chorus-pack/2" is not supported; this version )"
           R"(of Chorus reads "chorus-pack/1", so the app may need an update)";
    QTest::newRow("format type") << "format" << QByteArray("1")
                                 << "$.format: expected a string, found a number";
    QTest::newRow("unknown root field")
        << "titel" << QByteArray(R"("x")") << R"($: unknown field "titel")";
    QTest::newRow("id missing") << "id" << remove << "$.id: this field is required";
    QTest::newRow("id upper case")
        << "id" << QByteArray(R"("My-Week")") << QStringLiteral("$.id: \"My-Week\"") + kIdRule;
    QTest::newRow("id leading hyphen")
        << "id" << QByteArray(R"("-week")") << QStringLiteral("$.id: \"-week\"") + kIdRule;
    QTest::newRow("id space") << "id" << QByteArray(R"("my week")")
                              << QStringLiteral("$.id: \"my week\"") + kIdRule;
    QTest::newRow("id empty") << "id" << QByteArray(R"("")")
                              << QStringLiteral("$.id: \"\"") + kIdRule;
    QTest::newRow("id too long") << "id" << long65 << QStringLiteral("$.id: ") + cut40 + kIdRule;
    QTest::newRow("id type") << "id" << QByteArray("true") << "$.id: expected a string, found true";
    QTest::newRow("id null") << "id" << QByteArray("null") << "$.id: expected a string, found null";
    QTest::newRow("version missing") << "version" << remove << "$.version: this field is required";
    QTest::newRow("version zero")
        << "version" << QByteArray("0")
        << "$.version: expected a whole number from 1 to 1000000, found 0";
    QTest::newRow("version too big")
        << "version" << QByteArray("1000001")
        << "$.version: expected a whole number from 1 to 1000000, found 1000001";
    QTest::newRow("version fraction")
        << "version" << QByteArray("1.5")
        << "$.version: expected a whole number from 1 to 1000000, found 1.5";
    QTest::newRow("version negative")
        << "version" << QByteArray("-2")
        << "$.version: expected a whole number from 1 to 1000000, found -2";
    QTest::newRow("version string")
        << "version" << QByteArray(R"("1")")
        << "$.version: expected a whole number from 1 to 1000000, found a string";
    QTest::newRow("language missing")
        << "defaultLanguage" << remove << "$.defaultLanguage: this field is required";
    QTest::newRow("language type") << "defaultLanguage" << QByteArray("5")
                                   << "$.defaultLanguage: expected a string, found a number";
    const QString languages = QStringLiteral(
        "am, ar, bg, bn, cs, cy, de, en, es, fa, fr, ga, gd, gu, he, hi, hu, it, ku, lt, lv, ne, "
        "pa, pl, ps, pt, ro, ru, sk, so, sq, sw, ta, ti, tr, uk, ur, vi, yo, zh");
    QTest::newRow("language unknown")
        << "defaultLanguage" << QByteArray(R"("xx")")
        << QStringLiteral("$.defaultLanguage: \"xx\" is not a known language code; use one of: ") +
               languages;
    QTest::newRow("language upper case")
        << "defaultLanguage" << QByteArray(R"("EN")")
        << QStringLiteral("$.defaultLanguage: \"EN\" is not a known language code; use one of: ") +
               languages;
    QTest::newRow("language region")
        << "defaultLanguage" << QByteArray(R"("en-GB")")
        << QStringLiteral("$.defaultLanguage: \"en-GB\" is not a known language code; use one "
                          "of: ") +
               languages;
    QTest::newRow("title missing") << "title" << remove << "$.title: this field is required";
    QTest::newRow("title empty") << "title" << QByteArray(R"("")") << "$.title: the text is empty";
    QTest::newRow("title blank") << "title" << QByteArray(R"(" \n\t ")")
                                 << "$.title: the text is empty";
    QTest::newRow("title too long") << "title" << '"' + QByteArray(81, 'x') + '"'
                                    << "$.title: the text is 81 characters long; the limit is 80";
    QTest::newRow("title type")
        << "title" << QByteArray("[]")
        << "$.title: expected a string or an object of language codes to strings, found an array";
    QTest::newRow("title without default")
        << "title" << QByteArray(R"({"cy": "Prawf"})")
        << R"($.title: needs a text in "en", the pack's default language)";
    QTest::newRow("title empty object")
        << "title" << QByteArray("{}")
        << R"($.title: needs a text in "en", the pack's default language)";
    QTest::newRow("title unknown language") << "title" << QByteArray(R"({"en": "Test", "zz": "?"})")
                                            << R"($.title: unknown language "zz")";
    QTest::newRow("title text type")
        << "title/cy" << QByteArray("5") << "$.title.cy: expected a string, found a number";
    QTest::newRow("title translation empty")
        << "title/cy" << QByteArray(R"("")") << "$.title.cy: the text is empty";
    QTest::newRow("activities missing")
        << "activities" << remove << "$.activities: this field is required";
    QTest::newRow("activities type")
        << "activities" << QByteArray("{}") << "$.activities: expected an array, found an object";
    QTest::newRow("no activities")
        << "activities" << QByteArray("[]") << "$.activities: a pack needs at least 1 activity";
    QTest::newRow("51 activities") << "activities" << activityList(51)
                                   << "$.activities: a pack can have at most 50 activities";

    // Any activity.
    QTest::newRow("activity type mismatch")
        << "activities/0" << QByteArray(R"("draw")")
        << "$.activities[0]: expected an object, found a string";
    QTest::newRow("activity id missing")
        << "activities/0/id" << remove << "$.activities[0].id: this field is required";
    QTest::newRow("activity id invalid")
        << "activities/0/id" << QByteArray(R"("Scale")")
        << QStringLiteral("$.activities[0].id: \"Scale\"") + kIdRule;
    QTest::newRow("activity id twice") << "activities/2/id" << QByteArray(R"("scale")")
                                       << R"($.activities[2].id: "scale" is used twice)";
    QTest::newRow("activity id twice at end")
        << "activities/5" << QByteArray(R"({"id": "pick", "type": "drawing", "prompt": "Draw"})")
        << R"($.activities[5].id: "pick" is used twice)";
    QTest::newRow("type missing") << "activities/0/type" << remove
                                  << "$.activities[0].type: this field is required";
    QTest::newRow("type unknown")
        << "activities/0/type" << QByteArray(R"("slider")")
        << QStringLiteral("$.activities[0].type: unknown activity type \"slider\"; expected one "
                          "of: ") +
               kTypes;
    QTest::newRow("type wrong case")
        << "activities/0/type" << QByteArray(R"("Feelings-Scale")")
        << QStringLiteral("$.activities[0].type: unknown activity type \"Feelings-Scale\"; "
                          "expected one of: ") +
               kTypes;
    QTest::newRow("type number") << "activities/0/type" << QByteArray("3")
                                 << "$.activities[0].type: expected a string, found a number";
    QTest::newRow("unknown activity field") << "activities/0/promt" << QByteArray(R"("x")")
                                            << R"($.activities[0]: unknown field "promt")";
    QTest::newRow("misspelt allowVoice") << "activities/2/allowvoice" << QByteArray("true")
                                         << R"($.activities[2]: unknown field "allowvoice")";
    QTest::newRow("choice field on scale")
        << "activities/0/multiple" << QByteArray("true")
        << R"($.activities[0]: field "multiple" is not used by a feelings-scale activity)";
    QTest::newRow("options on free text")
        << "activities/2/options" << optionList(2)
        << R"($.activities[2]: field "options" is not used by a free-text activity)";
    QTest::newRow("card sort field on choice")
        << "activities/1/sortMode" << QByteArray(R"("rank")")
        << R"($.activities[1]: field "sortMode" is not used by a choice activity)";
    QTest::newRow("choice field on card sort")
        << "activities/3/multiple" << QByteArray("false")
        << R"($.activities[3]: field "multiple" is not used by a card-sort activity)";
    QTest::newRow("prompt missing")
        << "activities/0/prompt" << remove << "$.activities[0].prompt: this field is required";
    QTest::newRow("prompt blank") << "activities/0/prompt" << QByteArray(R"("   ")")
                                  << "$.activities[0].prompt: the text is empty";
    QTest::newRow("prompt zero-width only")
        << "activities/0/prompt" << QByteArray(R"("\u200b\u00a0")")
        << "$.activities[0].prompt: the text is empty";
    QTest::newRow("prompt control character")
        << "activities/0/prompt" << QByteArray(R"("Hi\u001b[31m")")
        << "$.activities[0].prompt: the text has a control character (U+001B)";
    QTest::newRow("prompt half surrogate")
        << "activities/0/prompt" << QByteArray(R"("Hi \ud83d")")
        << "$.activities[0].prompt: the text has half of a surrogate pair (U+D83D)";
    QTest::newRow("label NUL") << "activities/1/options/1/label/en" << QByteArray(R"("B\u0000")")
                               << "$.activities[1].options[1].label.en: the text has a control "
                                  "character (U+0000)";
    QTest::newRow("prompt too long")
        << "activities/0/prompt" << '"' + QByteArray(501, 'x') + '"'
        << "$.activities[0].prompt: the text is 501 characters long; the limit is 500";
    QTest::newRow("prompt translation too long")
        << "activities/1/prompt/cy" << quotedJson(QString(501, QChar(0x0175)))
        << "$.activities[1].prompt.cy: the text is 501 characters long; the limit is 500";
    QTest::newRow("prompt without default")
        << "activities/1/prompt" << QByteArray(R"({"cy": "Dewisa"})")
        << R"($.activities[1].prompt: needs a text in "en", the pack's default language)";
    QTest::newRow("prompt type") << "activities/0/prompt" << QByteArray("7")
                                 << "$.activities[0].prompt: expected a string or an object of "
                                    "language codes to strings, found a number";
    QTest::newRow("allowVoice type") << "activities/2/allowVoice" << QByteArray(R"("yes")")
                                     << "$.activities[2].allowVoice: expected true or false, "
                                        "found a string";
    QTest::newRow("allowVoice null") << "activities/0/allowVoice" << QByteArray("null")
                                     << "$.activities[0].allowVoice: expected true or false, "
                                        "found null";
    QTest::newRow("voice too short")
        << "activities/2/maxVoiceSeconds" << QByteArray("4")
        << "$.activities[2].maxVoiceSeconds: expected a whole number from 5 to 600, found 4";
    QTest::newRow("voice too long")
        << "activities/2/maxVoiceSeconds" << QByteArray("601")
        << "$.activities[2].maxVoiceSeconds: expected a whole number from 5 to 600, found 601";
    QTest::newRow("voice fraction")
        << "activities/2/maxVoiceSeconds" << QByteArray("30.5")
        << "$.activities[2].maxVoiceSeconds: expected a whole number from 5 to 600, found 30.5";
    QTest::newRow("voice string")
        << "activities/2/maxVoiceSeconds" << QByteArray(R"("60")")
        << "$.activities[2].maxVoiceSeconds: expected a whole number from 5 to 600, found a string";

    // Choice.
    QTest::newRow("multiple type")
        << "activities/1/multiple" << QByteArray("1")
        << "$.activities[1].multiple: expected true or false, found a number";
    QTest::newRow("choice options missing")
        << "activities/1/options" << remove << "$.activities[1].options: this field is required";
    QTest::newRow("choice options type")
        << "activities/1/options" << QByteArray(R"("a, b")")
        << "$.activities[1].options: expected an array, found a string";
    QTest::newRow("choice 1 option")
        << "activities/1/options" << optionList(1)
        << "$.activities[1].options: a choice needs at least 2 options";
    QTest::newRow("choice 13 options") << "activities/1/options" << optionList(13)
                                       << "$.activities[1].options: a choice can have at most 12 "
                                          "options";
    QTest::newRow("option type")
        << "activities/1/options/0" << QByteArray("5")
        << "$.activities[1].options[0]: expected an object, found a number";
    QTest::newRow("option unknown field")
        << "activities/1/options/0/image" << QByteArray(R"("cat")")
        << R"($.activities[1].options[0]: unknown field "image")";
    QTest::newRow("option id missing") << "activities/1/options/1/id" << remove
                                       << "$.activities[1].options[1].id: this field is required";
    QTest::newRow("option id invalid")
        << "activities/1/options/1/id" << QByteArray(R"("B")")
        << QStringLiteral("$.activities[1].options[1].id: \"B\"") + kIdRule;
    QTest::newRow("option id twice") << "activities/1/options/1/id" << QByteArray(R"("a")")
                                     << R"($.activities[1].options[1].id: "a" is used twice)";
    QTest::newRow("label missing") << "activities/1/options/0/label" << remove
                                   << "$.activities[1].options[0].label: this field is required";
    QTest::newRow("label too long")
        << "activities/1/options/0/label" << '"' + QByteArray(81, 'x') + '"'
        << "$.activities[1].options[0].label: the text is 81 characters long; the limit is 80";
    QTest::newRow("label without default")
        << "activities/1/options/0/label" << QByteArray(R"({"ar": "أ"})")
        << R"($.activities[1].options[0].label: needs a text in "en", the pack's default language)";
    QTest::newRow("picture upper case")
        << "activities/1/options/0/picture" << QByteArray(R"("Cat")")
        << QStringLiteral("$.activities[1].options[0].picture: \"Cat\"") + kPictureRule;
    QTest::newRow("picture path")
        << "activities/1/options/0/picture" << QByteArray(R"("../cat.png")")
        << QStringLiteral("$.activities[1].options[0].picture: \"../cat.png\"") + kPictureRule;
    QTest::newRow("picture empty")
        << "activities/1/options/0/picture" << QByteArray(R"("")")
        << QStringLiteral("$.activities[1].options[0].picture: \"\"") + kPictureRule;
    QTest::newRow("picture too long")
        << "activities/1/options/0/picture" << '"' + QByteArray(41, 'p') + '"'
        << QStringLiteral("$.activities[1].options[0].picture: \"") +
               QString(40, QLatin1Char('p')) + QStringLiteral("\"...") + kPictureRule;
    QTest::newRow("picture type")
        << "activities/1/options/0/picture" << QByteArray("false")
        << "$.activities[1].options[0].picture: expected a string, found false";

    // Card sort.
    QTest::newRow("sortMode missing")
        << "activities/3/sortMode" << remove << "$.activities[3].sortMode: this field is required";
    QTest::newRow("sortMode unknown")
        << "activities/3/sortMode" << QByteArray(R"("pile")")
        << R"($.activities[3].sortMode: expected "piles" or "rank", found "pile")";
    QTest::newRow("sortMode type") << "activities/3/sortMode" << QByteArray("2")
                                   << "$.activities[3].sortMode: expected a string, found a number";
    QTest::newRow("cards missing")
        << "activities/3/options" << remove << "$.activities[3].options: this field is required";
    QTest::newRow("1 card") << "activities/3/options" << optionList(1)
                            << "$.activities[3].options: a card sort needs at least 2 cards";
    QTest::newRow("31 cards") << "activities/4/options" << optionList(31)
                              << "$.activities[4].options: a card sort can have at most 30 cards";
    QTest::newRow("card id twice") << "activities/3/options/1/id" << QByteArray(R"("c1")")
                                   << R"($.activities[3].options[1].id: "c1" is used twice)";
    QTest::newRow("piles missing")
        << "activities/3/piles" << remove << "$.activities[3].piles: this field is required";
    QTest::newRow("piles type") << "activities/3/piles" << QByteArray("3")
                                << "$.activities[3].piles: expected an array, found a number";
    QTest::newRow("1 pile") << "activities/3/piles" << optionList(1)
                            << "$.activities[3].piles: a card sort needs at least 2 piles";
    QTest::newRow("6 piles") << "activities/3/piles" << optionList(6)
                             << "$.activities[3].piles: a card sort can have at most 5 piles";
    QTest::newRow("pile id twice") << "activities/3/piles/1/id" << QByteArray(R"("p1")")
                                   << R"($.activities[3].piles[1].id: "p1" is used twice)";
    QTest::newRow("pile label missing") << "activities/3/piles/0/label" << remove
                                        << "$.activities[3].piles[0].label: this field is required";
    QTest::newRow("pile unknown field") << "activities/3/piles/0/colour" << QByteArray(R"("red")")
                                        << R"($.activities[3].piles[0]: unknown field "colour")";
    QTest::newRow("piles in rank mode")
        << "activities/4/piles" << optionList(2)
        << R"($.activities[4].piles: piles are only used when sortMode is "piles")";
}

void TestActivityPack::rejects()
{
    QFETCH(QString, pointer);
    QFETCH(QByteArray, value);
    QFETCH(QString, message);

    const QJsonValue newValue =
        value.isEmpty() ? QJsonValue(QJsonValue::Undefined) : jsonValue(value);
    QVERIFY2(value.isEmpty() || !newValue.isUndefined(), "the test's value is not valid JSON");
    const QJsonObject object = packWith(pointer, newValue);
    QVERIFY2(object != basePack(), "the test did not change the pack");

    const auto fromObject = ActivityPack::fromJsonObject(object);
    QVERIFY(!fromObject.ok());
    QCOMPARE(fromObject.error().code, Error::Code::Invalid);
    QCOMPARE(fromObject.error().message, message);

    // The same through the byte parser.
    const auto fromBytes = ActivityPack::fromJson(toJson(object));
    QVERIFY(!fromBytes.ok());
    QCOMPARE(fromBytes.error().message, message);
}

void TestActivityPack::acceptsLimits_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QByteArray>("value");

    QTest::newRow("version 1") << "version" << QByteArray("1");
    QTest::newRow("version 1000000") << "version" << QByteArray("1000000");
    QTest::newRow("version written as 2.0") << "version" << QByteArray("2.0");
    QTest::newRow("id 1 char") << "id" << QByteArray(R"("x")");
    QTest::newRow("id 64 chars") << "id" << '"' + QByteArray(64, 'a') + '"';
    QTest::newRow("id digits first") << "id" << QByteArray(R"("2024-summer")");
    QTest::newRow("id ends with hyphen") << "id" << QByteArray(R"("week-")");
    QTest::newRow("title 80 chars") << "title" << '"' + QByteArray(80, 'x') + '"';
    QTest::newRow("title 80 emoji")
        << "title" << quotedJson(QString::fromUtf8("\U0001F600").repeated(80));
    QTest::newRow("prompt 500 chars") << "activities/0/prompt" << '"' + QByteArray(500, 'x') + '"';
    QTest::newRow("prompt 500 Arabic letters")
        << "activities/1/prompt/ar" << quotedJson(QString(500, QChar(0x0628)));
    QTest::newRow("prompt with lines and tabs")
        << "activities/0/prompt" << QByteArray(R"("Line one\nLine two\twith a tab")");
    QTest::newRow("prompt with right-to-left mark")
        << "activities/1/prompt/ar" << QByteArray(R"("\u200fاختر")");
    QTest::newRow("label emoji only")
        << "activities/1/options/0/label" << quotedJson(QString::fromUtf8("\U0001F436"));
    QTest::newRow("label 80 chars")
        << "activities/1/options/0/label" << '"' + QByteArray(80, 'x') + '"';
    QTest::newRow("picture 40 chars")
        << "activities/1/options/0/picture" << '"' + QByteArray(40, 'p') + '"';
    QTest::newRow("voice 5 s") << "activities/2/maxVoiceSeconds" << QByteArray("5");
    QTest::newRow("voice 600 s") << "activities/2/maxVoiceSeconds" << QByteArray("600");
    QTest::newRow("voice length without voice")
        << "activities/0/maxVoiceSeconds" << QByteArray("30");
    QTest::newRow("50 activities") << "activities" << activityList(50);
    QTest::newRow("12 options") << "activities/1/options" << optionList(12);
    QTest::newRow("30 cards") << "activities/3/options" << optionList(30);
    QTest::newRow("5 piles") << "activities/3/piles" << optionList(5);
    QTest::newRow("same ids in cards and piles") << "activities/3/piles" << optionList(2);
    QTest::newRow("option id like an activity id")
        << "activities/1/options/0/id" << QByteArray(R"("scale")");
    QTest::newRow("other known languages")
        << "title"
        << QByteArray(R"({"en": "Test", "ar": "اختبار", "zh": "测试", "gd": "Deuchainn"})");
}

void TestActivityPack::acceptsLimits()
{
    QFETCH(QString, pointer);
    QFETCH(QByteArray, value);
    const QJsonValue newValue = jsonValue(value);
    QVERIFY(!newValue.isUndefined());
    const auto pack = ActivityPack::fromJsonObject(packWith(pointer, newValue));
    QVERIFY2(pack.ok(), qPrintable(pack.ok() ? QString() : pack.error().message));
}

void TestActivityPack::rejectsUnparsableInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty") << QByteArray() << "$: not valid JSON at offset 0 (illegal value)";
    QTest::newRow("text") << QByteArray("hello") << "$: not valid JSON at offset 1 (illegal value)";
    QTest::newRow("number") << QByteArray("1") << "$: not valid JSON at offset 1 (illegal value)";
    QTest::newRow("garbage after")
        << QByteArray(R"({"a":1} x)")
        << "$: not valid JSON at offset 8 (garbage at the end of the document)";
    QTest::newRow("bad UTF-8") << QByteArray("{\"a\":\"\xff\"}")
                               << "$: not valid JSON at offset 6 (invalid UTF8 string)";
    QTest::newRow("array") << QByteArray("[]") << "$: expected an object, found an array";
    QTest::newRow("empty object") << QByteArray("{}") << "$.format: this field is required";
}

void TestActivityPack::rejectsUnparsableInput()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    const auto pack = ActivityPack::fromJson(json);
    QVERIFY(!pack.ok());
    QCOMPARE(pack.error().code, Error::Code::Invalid);
    QCOMPARE(pack.error().message, message);
}

void TestActivityPack::rejectsOversizedInput()
{
    // Padding with whitespace keeps the pack valid, so only its size can be the reason.
    const QByteArray pack = toJson(basePack());
    const qsizetype limit = 1024 * 1024;
    const QByteArray atLimit = pack + QByteArray(limit - pack.size(), ' ');
    QVERIFY(ActivityPack::fromJson(atLimit).ok());

    const auto tooBig = ActivityPack::fromJson(atLimit + ' ');
    QVERIFY(!tooBig.ok());
    QCOMPARE(tooBig.error().code, Error::Code::Invalid);
    QCOMPARE(tooBig.error().message,
             QStringLiteral("$: the pack is 1048577 bytes; the limit is 1 MiB (1048576 bytes)"));
}

void TestActivityPack::escapesPackTextInMessages()
{
    // A hostile pack must not be able to write extra lines or reorder text in a log.
    const auto pack = ActivityPack::fromJsonObject(
        packWith(QStringLiteral("id"), QString::fromUtf8("a\nb\"c\u202Ed\\")));
    QVERIFY(!pack.ok());
    QCOMPARE(pack.error().message,
             QStringLiteral("$.id: \"a\\u000ab\\\"c\\u202ed\\\\\"") + kIdRule);

    const auto field = ActivityPack::fromJsonObject(packWith(QStringLiteral("x\ry"), 1));
    QVERIFY(!field.ok());
    QCOMPARE(field.error().message, QStringLiteral("$: unknown field \"x\\u000dy\""));
}

void TestActivityPack::rejectsBadPackFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");

    for (const auto& [file, message] : badPackFiles()) {
        QTest::newRow(qPrintable(file)) << file << message;
    }
}

void TestActivityPack::rejectsBadPackFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    const QByteArray json = readFile(m_badPacks + QLatin1Char('/') + file);
    QVERIFY2(!json.isEmpty(), qPrintable(file));
    const auto pack = ActivityPack::fromJson(json);
    QVERIFY(!pack.ok());
    QCOMPARE(pack.error().code, Error::Code::Invalid);
    QCOMPARE(pack.error().message, message);
}

void TestActivityPack::everyBadPackFileIsTested()
{
    // A bad pack added to tests/data/packs without an expected message would test nothing.
    QStringList tested;
    for (const auto& entry : badPackFiles()) {
        tested.append(entry.first);
    }
    tested.sort();
    const QStringList files =
        QDir(m_badPacks).entryList({QStringLiteral("bad-*.json")}, QDir::Files, QDir::Name);
    QCOMPARE(files, tested);
}

QTEST_GUILESS_MAIN(TestActivityPack)
#include "tst_activitypack.moc"
