#include "core/anonymiser/anonymiser.h"
#include "core/anonymiser/gazetteer.h"
#include "core/anonymiser/lexicon.h"
#include "core/anonymiser/tokenizer.h"
#include "core/anonymiser/ukidentifiers.h"
#include "core/anonymiser/unknownwords.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <map>
#include <optional>

using chorus::AgeBand;
using chorus::Anonymiser;
using chorus::Error;
using chorus::Finding;
using chorus::Gazetteer;
using chorus::PiiKind;
using chorus::SessionName;
using chorus::UkIdentifiers;

namespace {

// Targets from issue 6; the corpus test fails below them.
constexpr double kStructuredRecall = 0.99; // phone, postcode, email, NHS and NI numbers
constexpr double kListedNameRecall = 0.95; // names in the session list or the gazetteer
constexpr double kOtherNameRecall = 0.85;
constexpr double kContentKept = 0.97;

// Targets from issue 17, on the v2 corpus's held-out test split.
constexpr double kV2Recall = 0.98;
constexpr double kV2StructuredRecall = 0.99; // phone, postcode, email, NHS, NI, case numbers
constexpr double kV2Kept = 0.985;
constexpr double kV2NoIdentifierChanged = 0.03;

/** What one split of tests/data/anonymiser-v2 must reach: the issue's targets on the test
 *  split; on the hand-written held-out sets, floors at this round's figures (see below). */
struct V2Targets
{
    double recall = kV2Recall;
    double kept = kV2Kept;
    double noIdentifierChanged = kV2NoIdentifierChanged;
    bool sizeRule = true; ///< at least 700 statements (the generated splits)
};

/** Answers every "Anonymiser" lookup in a made-up language, to prove labels are translatable. */
class PigTranslator : public QTranslator
{
public:
    QString translate(const char* context, const char* source, const char*, int) const override
    {
        if (qstrcmp(context, "Anonymiser") != 0) {
            return {};
        }
        return QStringLiteral("<%1>").arg(QString::fromUtf8(source));
    }
    bool isEmpty() const override { return false; }
};

QString dataPath(const char* file)
{
    return QStringLiteral(CHORUS_SOURCE_DIR "/tests/data/") + QLatin1String(file);
}

} // namespace

class TestAnonymiser : public QObject
{
    Q_OBJECT

private:
    std::optional<Anonymiser> m_plain;   ///< built-in gazetteer, no session list
    std::optional<Anonymiser> m_session; ///< with a session list

    QString redact(const QString& text) const { return m_plain->anonymisedText(text); }
    /** The body of every table of addRedactionRows: the row's text, anonymised, is its
     *  expected text. */
    void compareRedactionRow() const
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(redact(text), expected);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        auto plain = Anonymiser::create({});
        QVERIFY2(plain.ok(), qPrintable(plain ? QString() : plain.error().message));
        m_plain.emplace(std::move(plain).value());

        Anonymiser::Config cfg;
        cfg.sessionNames = {{QStringLiteral("Will"), PiiKind::Name},
                            {QStringLiteral("Abi Okafor"), PiiKind::Name},
                            {QStringLiteral("Oakfield Primary School"), PiiKind::School},
                            {QStringLiteral("Meadowbank"), PiiKind::Place},
                            {QStringLiteral("Zorblax"), PiiKind::Name}};
        auto session = Anonymiser::create(cfg);
        QVERIFY(session.ok());
        m_session.emplace(std::move(session).value());
    }

    // ---- tokenizer ----------------------------------------------------------------------

    void tokenizer()
    {
        const QString text = QStringLiteral("I'm 9. My step-dad's SW1A 1AA 😀 ok");
        std::vector<chorus::Token> tokens;
        chorus::Tokenizer::tokenize(text, tokens);
        QStringList words;
        for (const chorus::Token& t : tokens) {
            words << text.mid(t.start, t.length);
        }
        QCOMPARE(words, (QStringList{"I'm", "9", ".", "My", "step-dad's", "SW1A", "1AA",
                                     QStringLiteral("😀"), "ok"}));
        QVERIFY(tokens[0].has(chorus::Token::SentenceStart));
        QVERIFY(tokens[3].has(chorus::Token::SentenceStart));
        QVERIFY(!tokens[4].has(chorus::Token::SentenceStart));
        QCOMPARE(tokens[1].type, chorus::Token::Type::Number);
        QCOMPARE(tokens[5].type, chorus::Token::Type::Alnum);
        QVERIFY(tokens[5].has(chorus::Token::AllUpper));
        QVERIFY(tokens[4].has(chorus::Token::Hyphen));
        // A mark of one unit carries it (TokenizedText::punct reads it, not the text); a word,
        // a number and a surrogate pair carry none, and no token is the mark 0.
        const chorus::TokenizedText t(text, tokens);
        QVERIFY(t.punct(2, u'.'));
        QVERIFY(!t.punct(2, u','));
        QCOMPARE(tokens[7].type, chorus::Token::Type::Punct);
        for (int i : {0, 1, 4, 7, 8}) {
            QCOMPARE(tokens[std::size_t(i)].mark, char16_t(0));
            QVERIFY(!t.punct(i, u'.'));
            QVERIFY(!t.punct(i, 0));
        }
        QVERIFY(!t.punct(-1, u'.'));
        QVERIFY(!t.punct(t.size(), u'.'));
    }

    /** The reference triggers' initials by length (UkIdentifiers::mayBeMoreRefTrigger, one
     *  table look-up) answer as the words they stand for: "uan", "upn", "uln", "gwf", "rhif",
     *  "nifer", "cyfeirnod", ... by their first letter, in either case, and nothing else, for
     *  every length and every first character up to U+017F. */
    void moreRefTriggerInitials()
    {
        auto byTests = [](char16_t first, int length) {
            const char16_t c = first | 0x20;
            return ((length == 3 || length == 4) && (c == u'u' || c == u'g' || c == u'r')) ||
                   (length == 9 && c == u'c') ||
                   ((length == 6 || length == 2 || length == 3) && c == u'n') ||
                   (length == 3 && c == u'l') || (length == 4 && c == u'c');
        };
        int yes = 0;
        for (int length = -1; length <= 20; ++length) {
            for (char16_t first = 0; first <= 0x17f; ++first) {
                const bool table = chorus::UkIdentifiers::mayBeMoreRefTrigger(first, length);
                QCOMPARE(table, byTests(first, length));
                yes += table ? 1 : 0;
            }
        }
        QCOMPARE(yes, 2 * 12); // twelve (length, letter) pairs, each in two cases
        QVERIFY(chorus::UkIdentifiers::mayBeMoreRefTrigger(u'R', 4));  // "Rhif"
        QVERIFY(!chorus::UkIdentifiers::mayBeMoreRefTrigger(u'r', 5)); // "river"
    }

    /** The facts' keys (TokenFacts::keys) answer as the comparison they stand for: for every
     *  token of a statement with short, long, accented, curly-quoted and capitalised words,
     *  keyEqualsAscii against each literal agrees with equalsAscii. */
    void tokenKeysCompareAsWords()
    {
        const QString text = QStringLiteral(
            "Where WHERE where's wher wheres Gŵyl gwyl Mae\u2019r mae'r neighbourhood "
            "NEIGHBOURHOOD neighbourhoods neighbour 12 12a \u212Aate kate Ysgol ysgolion "
            "i I o O - , ʻokina ab abc abcdefg abcdefgh abcdefgX");
        std::vector<chorus::Token> tokens;
        chorus::Tokenizer::tokenize(text, tokens);
        const chorus::TokenizedText t(text, tokens);
        chorus::TokenFacts facts;
        facts.compute(t, nullptr);
        QCOMPARE(facts.keys.size(), tokens.size());
        int matched = 0;
        auto check = [&](const auto& literal) {
            for (int i = 0; i < t.size(); ++i) {
                const bool byKey =
                    chorus::keyEqualsAscii(facts.keys[std::size_t(i)], t.str(i), literal);
                QCOMPARE(byKey, chorus::equalsAscii(t.str(i), literal));
                QCOMPARE(facts.keys[std::size_t(i)], chorus::tokenKey(t.str(i)));
                matched += byKey ? 1 : 0;
            }
        };
        check("where");
        check("neighbourhood");
        check("neighbour");
        check("mae'r");
        check("gwyl");
        check("12");
        check("kate");
        check("i");
        check("o");
        check("ysgol");
        check("abcdefg");
        check("abcdefgh");
        // where x2 ("Where", "WHERE"; not "where's"), neighbourhood x2, neighbour, mae'r x2 (the
        // curly one folds to it), gwyl, 12, kate x2 (the Kelvin sign folds to "k"), i x2, o x2,
        // ysgol, abcdefg, abcdefgh
        QCOMPARE(matched, 2 + 2 + 1 + 2 + 1 + 1 + 2 + 2 + 2 + 1 + 1 + 1);
    }

    // ---- NHS numbers --------------------------------------------------------------------

    void nhsCheckDigit_data()
    {
        QTest::addColumn<QString>("digits");
        QTest::addColumn<bool>("valid");
        QTest::newRow("valid 943 476 5919") << "9434765919" << true;
        QTest::newRow("valid 401 023 2137") << "4010232137" << true;
        QTest::newRow("check digit 0 (remainder 0)") << "6260181590" << true;
        QTest::newRow("wrong check digit") << "9434765918" << false;
        QTest::newRow("check would be 10") << "1234567890" << false;
        QTest::newRow("nine digits") << "943476591" << false;
        QTest::newRow("letter") << "94347659a9" << false;
    }
    void nhsCheckDigit()
    {
        QFETCH(QString, digits);
        QFETCH(bool, valid);
        QCOMPARE(UkIdentifiers::isValidNhsNumber(digits), valid);
    }

    void nhsNumbers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("spaced") << "my NHS number is 943 476 5919 ok"
                                << "my NHS number is [NHS number] ok";
        QTest::newRow("compact") << "9434765919"
                                 << "[NHS number]";
        QTest::newRow("dashes") << "NHS no. 943-476-5919."
                                << "NHS no. [NHS number].";
        QTest::newRow("fails mod 11: left alone") << "order number 943 476 5918 never came"
                                                  << "order number 943 476 5918 never came";
        QTest::newRow("fails mod 11 compact") << "my Argos order 4830166137"
                                              << "my Argos order 4830166137";
    }
    void nhsNumbers() { compareRedactionRow(); }

    // ---- National Insurance numbers -----------------------------------------------------

    void niPrefixRules_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<bool>("valid");
        QTest::newRow("AB123456C") << "AB123456C" << true;
        QTest::newRow("no suffix") << "JH456712" << true;
        QTest::newRow("lower case") << "sk721833c" << true;
        for (const char* first : {"D", "F", "I", "Q", "U", "V"}) {
            const QString n = QLatin1String(first) + QStringLiteral("A123456C");
            QTest::newRow(qPrintable(QStringLiteral("first letter %1").arg(first))) << n << false;
        }
        for (const char* second : {"D", "F", "I", "Q", "U", "V", "O"}) {
            const QString n = QStringLiteral("A") + QLatin1String(second) + "123456C";
            QTest::newRow(qPrintable(QStringLiteral("second letter %1").arg(second))) << n << false;
        }
        for (const char* prefix : {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}) {
            const QString n = QLatin1String(prefix) + QStringLiteral("123456C");
            QTest::newRow(qPrintable(QStringLiteral("prefix %1").arg(prefix))) << n << false;
        }
        QTest::newRow("O first is fine") << "OA123456B" << true;
        QTest::newRow("suffix E") << "AB123456E" << false;
        QTest::newRow("five digits") << "AB12345C" << false;
    }
    void niPrefixRules()
    {
        QFETCH(QString, number);
        QFETCH(bool, valid);
        QCOMPARE(UkIdentifiers::isValidNiNumber(number), valid);
    }

    void niNumbers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("spaced pairs") << "My NI number is JH 45 67 12 B."
                                      << "My NI number is [NI number].";
        QTest::newRow("compact") << "NI AB123456C"
                                 << "NI [NI number]";
        QTest::newRow("lower case") << "it's sk 72 18 33 c"
                                    << "it's [NI number]";
        QTest::newRow("dashes") << "PW-61-20-95-A"
                                << "[NI number]";
        QTest::newRow("six digits together") << "AB 123456 C"
                                             << "[NI number]";
        QTest::newRow("example prefix QQ is no number") << "like QQ 12 34 56 C on the form"
                                                        << "like QQ 12 34 56 C on the form";
        QTest::newRow("GB is not allocated") << "GB 12 34 56 A"
                                             << "GB 12 34 56 A";
        QTest::newRow("lower case without suffix needs context") << "I am 12 34 56"
                                                                 << "I am 12 34 56";
        QTest::newRow("with context") << "national insurance ab 123456"
                                      << "national insurance [NI number]";
    }
    void niNumbers() { compareRedactionRow(); }

    // ---- postcodes ----------------------------------------------------------------------

    void postcodes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        // Every format: A9 9AA, A99 9AA, AA9 9AA, AA99 9AA, A9A 9AA, AA9A 9AA, and GIR 0AA.
        for (const char* pc : {"M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "W1A 0AX", "EC1A 1BB",
                               "GIR 0AA", "m1 1ae", "b338th", "EC1A1BB", "ls6 2ab", "sw1a 1aa"}) {
            QTest::newRow(pc) << QStringLiteral("I live at %1 now").arg(QLatin1String(pc))
                              << QStringLiteral("I live at [postcode] now");
        }
        QTest::newRow("Q cannot start") << "QA1 1AA"
                                        << "QA1 1AA";
        QTest::newRow("I cannot be second") << "AI1 1AA"
                                            << "AI1 1AA";
        QTest::newRow("C cannot be in the inward code") << "M1 1CA"
                                                        << "M1 1CA";
        // Mistyped in those letters, after the word "postcode" or "address": still its district.
        QTest::newRow("mistyped after postcode") << "the postcode is NP19 0AK now"
                                                 << "the postcode is [postcode] now";
        QTest::newRow("mistyped lower case") << "new address cf10 1ck"
                                             << "new address [postcode]";
        QTest::newRow("outward code alone") << "I live in M14"
                                            << "I live in M14";
        QTest::newRow("year group") << "Year 9 is hard"
                                    << "Year 9 is hard";
    }
    void postcodes() { compareRedactionRow(); }

    // ---- phone numbers ------------------------------------------------------------------

    void phones_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        for (const char* n :
             {"07700 900123", "07700900123", "07700-900-123", "07700 900 123", "+44 7700 900123",
              "+447700900123", "+44 (0)7700 900123", "0044 7700 900123", "(0161) 496 0000",
              "0161 496 0000", "0161-496-0000", "020 7946 0000", "01632 960123", "0113 496 0721",
              "0800 123 4567", "+48 512 345 678"}) {
            QTest::newRow(n) << QStringLiteral("ring %1 please").arg(QLatin1String(n))
                             << QStringLiteral("ring [phone] please");
        }
        QTest::newRow("two numbers") << "07700 900123 or 07700 900456"
                                     << "[phone] or [phone]";
        QTest::newRow("score") << "I got 10 out of 10"
                               << "I got 10 out of 10";
        QTest::newRow("short service number") << "Childline 0800 1111"
                                              << "Childline 0800 1111";
        QTest::newRow("too few digits") << "call 0770 090"
                                        << "call 0770 090";
        QTest::newRow("time") << "at 10:30 on 07700 900123"
                              << "at 10:30 on [phone]";
    }
    void phones() { compareRedactionRow(); }

    // ---- e-mail, web, handles -----------------------------------------------------------

    void online_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("email") << "email jaz.bailey07@gmail.com."
                               << "email [email].";
        QTest::newRow("email uk") << "at tyler.mcg@hotmail.co.uk about"
                                  << "at [email] about";
        QTest::newRow("email plus") << "<sam+care@example.org>"
                                    << "<[email]>";
        QTest::newRow("handle") << "my insta is @k.nowak_2009 lol"
                                << "my insta is [handle] lol";
        QTest::newRow("url") << "see https://example.com/u/jaz?x=1."
                             << "see [handle].";
        QTest::newRow("www") << "www.example.org/me"
                             << "[handle]";
        QTest::newRow("profile") << "youtube.com/@SkyeDraws is mine"
                                 << "[handle] is mine";
        QTest::newRow("snap") << "add me on snap lils_x0x"
                              << "add me on snap [handle]";
        QTest::newRow("discord") << "my discord is shadowfox_77 ok"
                                 << "my discord is [handle] ok";
        QTest::newRow("plain word after snap") << "my snap is private"
                                               << "my snap is private";
        QTest::newRow("gamertag") << "my gamertag: N1ghtOwl"
                                  << "my gamertag: [handle]";
        QTest::newRow("at sign alone") << "meet @ 5"
                                       << "meet @ 5";
    }
    void online() { compareRedactionRow(); }

    // ---- dates and references -----------------------------------------------------------

    void dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("d/m/y") << "born on 14/02/2009 so"
                               << "born on [date of birth] so"; // issue 17
        QTest::newRow("d.m.y") << "born 04.06.2015 at"
                               << "born [date of birth] at";
        QTest::newRow("d-m-yy") << "DOB 5-7-12"
                                << "DOB [date]";
        QTest::newRow("iso") << "2011-03-12"
                             << "[date]";
        QTest::newRow("ordinal") << "on 3rd May I"
                                 << "on [date] I";
        QTest::newRow("the nth of") << "is the 9th of October 2019 and"
                                    << "is [date] and";
        QTest::newRow("day month year") << "on 2 September 2016."
                                        << "on [date].";
        QTest::newRow("month first") << "March 12th, 2011 was"
                                     << "[date] was";
        QTest::newRow("abbreviated") << "12 Feb. 2010"
                                     << "[date]";
        QTest::newRow("month and year") << "born in March 2012"
                                        << "born in [date of birth]";
        QTest::newRow("fraction") << "3/4 of the class"
                                  << "3/4 of the class";
        QTest::newRow("score") << "10/10 would recommend"
                               << "10/10 would recommend";
        QTest::newRow("may the verb") << "may 3 of us come"
                                      << "may 3 of us come";
        QTest::newRow("month alone") << "in May we went"
                                     << "in May we went";
    }
    void dates() { compareRedactionRow(); }

    void references_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("slashes") << "my case number is CS/2023/04417 apparently"
                                 << "my case number is [reference] apparently";
        QTest::newRow("spaced") << "Our case reference is CP 2024 0917, I"
                                << "Our case reference is [reference], I";
        QTest::newRow("no context") << "letter said CIN-204718."
                                    << "letter said [reference].";
        QTest::newRow("ref") << "quoted ref HC7731902 twice"
                             << "quoted ref [reference] twice";
        QTest::newRow("crime number") << "crime number 14/123456/23"
                                      << "crime number [reference]";
        // A check letter joined on is part of the code, not left behind.
        QTest::newRow("check letter") << "the file said LAC-30917-R on top"
                                      << "the file said [reference] on top";
        QTest::newRow("slash letter") << "quoting case no. PL/2025/11876/T today"
                                      << "quoting case no. [reference] today";
        QTest::newRow("a letter after") << "my ref is CIN-204718 - A friend said"
                                        << "my ref is [reference] - A friend said";
        // The number of a record named by what it is a number of (session 21); not "a
        // number of problems".
        QTest::newRow("register number") << "the housing register number is 00451982 still"
                                         << "the housing register number is [reference] still";
        QTest::newRow("application number") << "my application number 7730142 from them"
                                            << "my application number [reference] from them";
        QTest::newRow("a number of") << "we had a number of visits, 12 in all"
                                     << "we had a number of visits, 12 in all";
        // The record number of a case-management system, after the system's name.
        QTest::newRow("lcs") << "my lcs no is 3318207 on the letter"
                             << "my lcs no is [reference] on the letter";
        QTest::newRow("wccis") << "WCCIS number 55102234 they said"
                               << "WCCIS number [reference] they said";
        QTest::newRow("in case") << "in case 2 of us are late"
                                 << "in case 2 of us are late";
        QTest::newRow("order number") << "order number 4830166137"
                                      << "order number 4830166137";
        // A comma after the trigger; Welsh "i" (my) after "achos", but "fy rhif i" alone is
        // a phone's.
        QTest::newRow("comma") << "they gave us a file number, 5521 8890 to quote"
                               << "they gave us a file number, [reference] to quote";
        QTest::newRow("rhif achos i") << "fy rhif achos i ydy 1209-3381-B."
                                      << "fy rhif achos i ydy [reference].";
        QTest::newRow("rhif i") << "fy rhif i ydy 07700 900123"
                                << "fy rhif i ydy [phone]";
        // Who gave it, between the trigger and the number.
        QTest::newRow("they gave me") << "the case number they gave me was 2024/11093 i think"
                                      << "the case number they gave me was [reference] i think";
    }
    void references() { compareRedactionRow(); }

    // ---- ages ---------------------------------------------------------------------------

    void ageBands_data()
    {
        QTest::addColumn<int>("years");
        QTest::addColumn<QString>("token");
        const std::pair<int, const char*> bands[] = {
            {0, "[age under 5]"}, {4, "[age under 5]"}, {5, "[age 5-7]"},    {7, "[age 5-7]"},
            {8, "[age 8-11]"},    {11, "[age 8-11]"},   {12, "[age 12-15]"}, {15, "[age 12-15]"},
            {16, "[age 16-17]"},  {17, "[age 16-17]"},  {18, "[age 18-24]"}, {24, "[age 18-24]"},
            {25, "[age 25+]"},    {67, "[age 25+]"}};
        for (const auto& [years, token] : bands) {
            QTest::newRow(qPrintable(QString::number(years)))
                << years << QString::fromLatin1(token);
        }
    }
    void ageBands()
    {
        QFETCH(int, years);
        QFETCH(QString, token);
        QCOMPARE(chorus::ageBandToken(chorus::ageBandFor(years)), token);
    }

    void ages_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("I'm 9") << "I'm 9 and"
                               << "I'm [age 8-11] and";
        QTest::newRow("aged 14") << "aged 14"
                                 << "aged [age 12-15]";
        QTest::newRow("years old") << "she is 9 years old."
                                   << "she is [age 8-11].";
        QTest::newRow("year-old") << "a 3-year-old brother"
                                  << "a [age under 5] brother";
        QTest::newRow("words") << "I am seven and three quarters"
                               << "I am [age 5-7]";
        QTest::newRow("twenty one") << "he's twenty one"
                                    << "he's [age 18-24]";
        QTest::newRow("will be") << "I will be nine"
                                 << "I will be [age 8-11]";
        QTest::newRow("sibling") << "my sister is only 4"
                                 << "my sister is only [age under 5]";
        QTest::newRow("grandparent") << "I'm 67 myself"
                                     << "I'm [age 25+] myself";
        QTest::newRow("minutes") << "I'm 5 minutes away"
                                 << "I'm 5 minutes away";
        QTest::newRow("years in care") << "I was 5 years in care"
                                       << "I was 5 years in care";
        QTest::newRow("bus passes") << "free bus passes till 25"
                                    << "free bus passes till 25";
        QTest::newRow("money") << "it was £10 and"
                               << "it was £10 and";
        QTest::newRow("the one") << "I'm the one who"
                                 << "I'm the one who";
        // How far a pregnancy has gone is no one's age, and the team must read it (session 31,
        // heldout62): a baby's weeks are.
        QTest::newRow("weeks pregnant") << "Mother disclosed she is 24 weeks pregnant."
                                        << "Mother disclosed she is 24 weeks pregnant.";
        QTest::newRow("months gone") << "I'm 16 and five months gone"
                                     << "I'm [age 16-17] and five months gone";
        QTest::newRow("baby's weeks") << "the baby is 24 weeks old"
                                      << "the baby is [age under 5]";
        QTest::newRow("months clean") << "i used to self harm but im 3 months clean now"
                                      << "i used to self harm but im 3 months clean now";
        QTest::newRow("weeks sober") << "6 weeks sober and proud"
                                     << "6 weeks sober and proud";
    }
    void ages() { compareRedactionRow(); }

    // ---- names: gazetteer and context rules ---------------------------------------------

    void commonWordNames_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        // Hope, Grace, Will and Summer are names only where the context says so.
        QTest::newRow("I hope") << "I hope Mum is ok"
                                << "I hope Mum is ok";
        QTest::newRow("Hope at the start") << "Hope you like it."
                                           << "Hope you like it.";
        QTest::newRow("called Hope") << "My sister is called Hope."
                                     << "My sister is called [name].";
        QTest::newRow("Miss Hope") << "Miss Hope has a tortoise"
                                   << "Miss [name] has a tortoise";
        QTest::newRow("say grace") << "we said grace at dinner"
                                   << "we said grace at dinner";
        QTest::newRow("Grace said") << "Grace said I can stay"
                                    << "[name] said I can stay";
        QTest::newRow("Grace and me") << "Grace and me are friends"
                                      << "[name] and me are friends";
        QTest::newRow("with Grace") << "I stay with Grace on fridays"
                                    << "I stay with [name] on fridays";
        QTest::newRow("I will") << "I will try my best"
                                << "I will try my best";
        QTest::newRow("Will you") << "Will you help me?"
                                  << "Will you help me?";
        QTest::newRow("my brother Will") << "my brother Will is silly"
                                         << "my brother [name] is silly";
        QTest::newRow("Will said") << "Will said no"
                                   << "[name] said no";
        QTest::newRow("Tom and Will") << "Tom and Will came"
                                      << "[name] and [name] came";
        QTest::newRow("summer holidays") << "summer holidays were boring"
                                         << "summer holidays were boring";
        QTest::newRow("Summer season") << "Summer is my favourite season"
                                       << "Summer is my favourite season";
        QTest::newRow("Summer is my cousin") << "Summer is my cousin"
                                             << "[name] is my cousin";
        QTest::newRow("little sis Summer") << "my little sis Summer is 4"
                                           << "my little sis [name] is [age under 5]";
        QTest::newRow("this Summer") << "we went away this Summer"
                                     << "we went away this Summer";
    }
    void commonWordNames() { compareRedactionRow(); }

    void names_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("gazetteer") << "I like it when Oliver comes"
                                   << "I like it when [name] comes";
        QTest::newRow("lower case") << "me and oliver went"
                                    << "me and [name] went";
        QTest::newRow("possessive") << "at Aisha's house"
                                    << "at [name]'s house";
        QTest::newRow("full name") << "dad is Steven Marsh, he"
                                   << "dad is [name], he";
        QTest::newRow("title keeps the title") << "Mrs Okonkwo-Bell said"
                                               << "Mrs [name] said";
        QTest::newRow("not in any list, my brother") << "my brother Zaydenn is 12"
                                                     << "my brother [name] is [age 12-15]";
        QTest::newRow("not in any list, said") << "Kacperr said hi"
                                               << "[name] said hi";
        QTest::newRow("not in any list, mid-sentence") << "I went with Oluwaseun today"
                                                       << "I went with [name] today";
        QTest::newRow("name-first word") << "Jack took my scooter"
                                         << "[name] took my scooter";
        QTest::newRow("car jack") << "the car jack broke"
                                  << "the car jack broke";
        QTest::newRow("family words stay") << "Mum said Nan is poorly"
                                           << "Mum said Nan is poorly";
        QTest::newRow("acronyms stay") << "my CAMHS worker and the SENCO"
                                       << "my CAMHS worker and the SENCO";
        QTest::newRow("brands stay") << "I play on TikTok and my Xbox"
                                     << "I play on TikTok and my Xbox";
        QTest::newRow("apposition") << "My eldest, Demi, is 13"
                                    << "My eldest, [name], is [age 12-15]";
        QTest::newRow("school") << "I go to Castle Hill Academy now"
                                << "I go to [school] now";
        QTest::newRow("street") << "she lives at 27 Valley Road in Pudsey"
                                << "she lives at [place] in [place]";
        QTest::newRow("moved to") << "We moved to Halifax last year"
                                  << "We moved to [place] last year";
        QTest::newRow("flat") << "Write to Flat 12 Mercer House please"
                              << "Write to [place] please";
        QTest::newRow("generic high street") << "on the High Street"
                                             << "on the High Street";
        // Issue 14, point 15: "More" was hidden in the journey's own sentence, and an Arabic
        // name was left for the team to read.
        QTest::newRow("issue 14: More visits") << "More visits with my brother please"
                                               << "More visits with my brother please";
        QTest::newRow("issue 14: an Arabic name") << QStringLiteral("أخي محمد يزورني كل أسبوع")
                                                  << QStringLiteral("أخي [name] يزورني كل أسبوع");
    }
    void names() { compareRedactionRow(); }

    /** The general cues of this round (issue 17, generalisation): the wide name list, a name
     *  followed by who the person is, the school a child goes to, Welsh house names, and what
     *  stays. Names here are in none of the curated lists. */
    void generalCues_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        // The wide list (humannames) at the start of a statement and in lower case.
        QTest::newRow("wide list, statement start") << "Tsegay was crying in the toilets"
                                                    << "[name] was crying in the toilets";
        QTest::newRow("wide list, lower case with me and") << "me and rukiya are friends"
                                                           << "me and [name] are friends";
        QTest::newRow("wide list word stays a word") << "The more the better"
                                                     << "The more the better";
        // Who the person is, right after the name.
        QTest::newRow("apposition") << "Autumn my foster sister is kind"
                                    << "[name] my foster sister is kind";
        QTest::newRow("apposition with comma") << "Sunny, my key worker, rang"
                                               << "[name], my key worker, rang";
        QTest::newRow("hope my mum") << "Hope my mum gets better"
                                     << "Hope my mum gets better";
        QTest::newRow("mark my words") << "Mark my words"
                                       << "Mark my words";
        QTest::newRow("in my class") << "Storm in my class took my pen"
                                     << "[name] in my class took my pen";
        // Schools named as where a child goes.
        QTest::newRow("year 9 at") << "im year 9 at treharris now"
                                   << "im year 9 at [school] now";
        QTest::newRow("excluded from") << "i got excluded from pencoed last week"
                                       << "i got excluded from [school] last week";
        QTest::newRow("go to X high, school talk") << "i go to oaks high and the teachers shout"
                                                   << "i go to [school] and the teachers shout";
        QTest::newRow("go to a place is travel") << "we go to Swansea and the teachers came"
                                                 << "we go to Swansea and the teachers came";
        QTest::newRow("go to bed stays") << "i go to bed early on a school night"
                                         << "i go to bed early on a school night";
        QTest::newRow("go to X, no school talk") << "we go to nandos on fridays"
                                                 << "we go to nandos on fridays";
        // Welsh house names; "ty" is also "thank you".
        QTest::newRow("Tŷ") << u"they moved me to Tŷ Coed"_qs << "they moved me to [place]";
        QTest::newRow("ty thank you") << "ty for helping me"
                                      << "ty for helping me";
        // Homes: Welsh "i" after moving, and who the child lives with before "in".
        QTest::newRow("symudodd hi i") << "Symudodd hi i Gaerfyrddin"
                                       << "Symudodd hi i [place]";
        QTest::newRow("live with my nan in") << "i live with my nan in Wigan now"
                                             << "i live with my nan in [place] now";
        QTest::newRow("holiday with my nan in") << "we went with my nan in Wigan"
                                                << "we went with my nan in Wigan";
        // Plural family words before ages; a year of birth in words.
        QTest::newRow("my brothers are") << "my brothers are 8 and 10"
                                         << "my brothers are [age 8-11] and [age 8-11]";
        QTest::newRow("year in words") << "i was born in june two thousand and ten"
                                       << "i was born in [date of birth]";
        QTest::newRow("twenty twelve") << "born on the 2nd of may twenty twelve"
                                       << "born on [date of birth]";
        QTest::newRow("two thousand, no birth") << "two thousand people were there"
                                                << "two thousand people were there";
        QTest::newRow("we're N and M") << "we're 10 and 13"
                                       << "we're [age 8-11] and [age 12-15]";
        // What stays.
        QTest::newRow("Welsh adjective after ffrind") << "mae fy ffrind gorau yn neis"
                                                      << "mae fy ffrind gorau yn neis";
        QTest::newRow("a language") << "I learn Gaeilge on saturdays"
                                    << "I learn Gaeilge on saturdays";
        QTest::newRow("Welsh day") << "Mae Taid yn dod dydd Mercher"
                                   << "Mae Taid yn dod dydd Mercher";
        QTest::newRow("TV title") << "we watch Rownd a Rownd"
                                  << "we watch Rownd a Rownd";
        // This session's general cues (held-out set 3's first score came before them).
        QTest::newRow("nhs number, check digit wrong") << "my nhs number is 401 023 2138"
                                                       << "my nhs number is [NHS number]";
        QTest::newRow("second age after nearly") << "shes 4 almost 5"
                                                 << "shes [age under 5] almost [age 5-7]";
        QTest::newRow("relative abroad stays") << "my aunty lives in Jamaica"
                                               << "my aunty lives in Jamaica";
        QTest::newRow("relative in a town here") << "my mum lives in Splott"
                                                 << "my mum lives in [place]";
        QTest::newRow("child's home abroad named") << "we live in Jamaica now"
                                                   << "we live in [place] now";
        QTest::newRow("cottage") << "we moved into Bluebell Cottage"
                                 << "we moved into [place]";
        QTest::newRow("house at the start") << "Kingfisher House staff are kind"
                                            << "[place] staff are kind";
        QTest::newRow("Welsh street, living") << "i live on Heol y Bryn"
                                              << "i live on [place]";
        QTest::newRow("Welsh street, house number") << "my address is 17 ffordd las"
                                                    << "my address is [place]";
        QTest::newRow("Welsh street word alone") << "Heol is Welsh for road"
                                                 << "Heol is Welsh for road";
        QTest::newRow("teachers at") << "the teachers at Glyncoch are strict"
                                     << "the teachers at [school] are strict";
        QTest::newRow("a child goes to") << "my daughter goes to Pantglas"
                                         << "my daughter goes to [school]";
        QTest::newRow("a child goes to a city") << "my sister goes to Cardiff on saturdays"
                                                << "my sister goes to Cardiff on saturdays";
        QTest::newRow("high sixth form") << "im doing my a levels at bryncelyn high sixth form"
                                         << "im doing my a levels at [school]";
        QTest::newRow("Hafan") << "Hafan Wen is where i live"
                               << "[place] is where i live";
        QTest::newRow("tree word View") << "Orchard View is nice"
                                        << "[place] is nice";
        // Welsh words that are given names, and where a person is known from.
        QTest::newRow("from next door") << "Brochfael from next door waved"
                                        << "[name] from next door waved";
        QTest::newRow("shes my worker") << "ask tanwen shes my worker"
                                        << "ask [name] shes my worker";
        QTest::newRow("Welsh a") << "Rydw i'n hoffi Heulwen a Cai"
                                 << "Rydw i'n hoffi [name] a [name]";
        QTest::newRow("Welsh word name, phoned") << "can i text Heulwen later"
                                                 << "can i text [name] later";
        QTest::newRow("Welsh word name, apposition") << "Heulwen my cousin came"
                                                     << "[name] my cousin came";
        QTest::newRow("faith in the plural") << "our neighbours are Christians"
                                             << "our neighbours are Christians";
        QTest::newRow("South Asian kinship word") << "i miss nani Shamim"
                                                  << "i miss nani [name]";
        QTest::newRow("Polish kinship word") << "i miss dziadek Zbigniew"
                                             << "i miss dziadek [name]";
        QTest::newRow("Polish kinship word alone") << "i stay with ciocia at weekends"
                                                   << "i stay with ciocia at weekends";
        QTest::newRow("Welsh number age, oed") << "rwy'n naw oed"
                                               << "rwy'n [age 8-11]";
        QTest::newRow("Welsh number age, ar bymtheg") << "dw i'n dau ar bymtheg"
                                                      << "dw i'n [age 16-17]";
        QTest::newRow("Welsh un is one of") << "dw i'n un o'r plant"
                                            << "dw i'n un o'r plant";
        QTest::newRow("Welsh number, no age") << "mae tri ci gyda ni"
                                              << "mae tri ci gyda ni";
        QTest::newRow("a river") << "we swam in the river dee"
                                 << "we swam in the river dee";
        QTest::newRow("afon") << "afon Teifi is cold"
                              << "afon Teifi is cold";
        QTest::newRow("Welsh word stays a word") << "Heulwen yn y bore"
                                                 << "Heulwen yn y bore";
        // round 4: names by context (issue 17, generalisation)
        QTest::newRow("pair of unknown words before are my") << "Dibsy and Jonesy are my boys"
                                                             << "[name] and [name] are my boys";
        QTest::newRow("everyday-word pair before are my sisters")
            << "Grace and Faith are my sisters"
            << "[name] and [name] are my sisters";
        QTest::newRow("adverb before the verb") << "Zeeko always gets me in trouble"
                                                << "[name] always gets me in trouble";
        QTest::newRow("a relative's relative") << "Bridgie my dad's sister looks after us"
                                               << "[name] my dad's sister looks after us";
        QTest::newRow("a relative's relative without apostrophe")
            << "Dibsy my mums mate picks me up"
            << "[name] my mums mate picks me up";
        QTest::newRow("hope my mum's, a clause") << "Hope my mum's boyfriend leaves"
                                                 << "Hope my mum's boyfriend leaves";
        QTest::newRow("calls me X") << "my nan calls me Pudding"
                                    << "my nan calls me [name]";
        QTest::newRow("Welsh diminutive") << "Gwyndaf bach is my cousin"
                                          << "[name] is my cousin";
        QTest::newRow("X from a school") << "Elystan from Ysgol y Strade is my mate"
                                         << "[name] from [school] is my mate";
        QTest::newRow("X is coming") << "Bazza is coming to my review"
                                     << "[name] is coming to my review";
        QTest::newRow("lower case pair closing a statement")
            << "i went to the shop with macsen and ianto"
            << "i went to the shop with [name] and [name]";
        QTest::newRow("keeps is a verb, not a plural") << "Jay keeps texting me"
                                                       << "[name] keeps texting me";
        QTest::newRow("everyday word, is my cousin") << "Sky is my cousin"
                                                     << "[name] is my cousin";
        QTest::newRow("a pair of things before are my") << "Fish and Chips are my favourite"
                                                        << "Fish and Chips are my favourite";
        QTest::newRow("brand, is always") << "Minecraft is always crashing"
                                          << "Minecraft is always crashing";
        // round 4: word-names opening a statement before a thing
        QTest::newRow("Rose gold") << "Rose gold is the best colour"
                                   << "Rose gold is the best colour";
        QTest::newRow("Frank talk") << "Frank talk helps"
                                    << "Frank talk helps";
        QTest::newRow("Holly and ivy") << "Holly and ivy on the door"
                                       << "Holly and ivy on the door";
        QTest::newRow("Daisy chains") << "Daisy chains are fun"
                                      << "Daisy chains are fun";
        QTest::newRow("NameFirst then a past verb") << "Max cried all night"
                                                    << "[name] cried all night";
        QTest::newRow("NameFirst then keeps") << "Ruby keeps taking my stuff"
                                              << "[name] keeps taking my stuff";
        // round 4: the UK's nations are nobody's address
        QTest::newRow("living in wales") << "i like living in wales"
                                         << "i like living in wales";
        QTest::newRow("byw yng Nghymru") << "dw i'n hapus yn byw yng Nghymru"
                                         << "dw i'n hapus yn byw yng Nghymru";
        // round 4: school shapes and the schools list
        QTest::newRow("X and Y College") << "i want to go to Cardiff and Vale College"
                                         << "i want to go to [school]";
        QTest::newRow("Sixth Form College") << "i'm at St John's Sixth Form College now"
                                            << "i'm at [school] now";
        QTest::newRow("School for Girls") << "they moved me to Greenford School for Girls"
                                          << "they moved me to [school]";
        QTest::newRow("detention at a town") << "i got a detention at treharris today"
                                             << "i got a detention at [school] today";
        QTest::newRow("Sir X Y after at") << "i'm in the sixth form at Sir John Leman"
                                          << "i'm in the sixth form at [school]";
        QTest::newRow("sir the teacher") << "sir told me off"
                                         << "sir told me off";
        QTest::newRow("YGG") << "i go to YGG Pen y Garth"
                             << "i go to [school]";
        QTest::newRow("listed school alone") << "i used to go to cantonian"
                                             << "i used to go to [school]";
        QTest::newRow("listed school inside a longer name") << "i started at fitzalan high"
                                                            << "i started at [school]";
        QTest::newRow("a town is not a listed school") << "we went to Ebbw Vale on the train"
                                                       << "we went to Ebbw Vale on the train";
    }
    void generalCues() { compareRedactionRow(); }

    /** Round 5 of issue 17: classes of error seen on held-out set 5 (names before a verb of
     *  speaking or a team, saints' days, fan names and public figures kept, English schools,
     *  ages), each with words of its own, not the set's. Every "fix" row fails on the
     *  anonymiser before this round; the others guard what must stay. */
    void roundFiveCues_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("Gruff said, a name that is a word, before said")
            << QStringLiteral("Gruff said i could have a go")
            << QStringLiteral("[name] said i could have a go");
        QTest::newRow("lower-case word-name before told")
            << QStringLiteral("brogan told me to wait outside")
            << QStringLiteral("[name] told me to wait outside");
        QTest::newRow("staff say things")
            << QStringLiteral("Staff said no") << QStringLiteral("Staff said no");
        QTest::newRow("plural sayers") << QStringLiteral("Teachers said i was rude")
                                       << QStringLiteral("Teachers said i was rude");
        QTest::newRow("capitalised word from a club")
            << QStringLiteral("Heaven from the homework club rang me")
            << QStringLiteral("[name] from the homework club rang me");
        QTest::newRow("nobody from school") << QStringLiteral("Nobody from my old school knows")
                                            << QStringLiteral("Nobody from my old school knows");
        QTest::newRow("a relative's relation") << QStringLiteral("Chance is my mums boyfriend")
                                               << QStringLiteral("[name] is my mums boyfriend");
        QTest::newRow("listed school over a town after a school cue")
            << QStringLiteral("year 11 at ebbw fawr is hard")
            << QStringLiteral("year 11 at [school] is hard");
        QTest::newRow("saint's day") << QStringLiteral("on St Patrick's Day we go out")
                                     << QStringLiteral("on St Patrick's Day we go out");
        QTest::newRow("Welsh saint's day") << QStringLiteral("Dydd Sant Ffraid is in february")
                                           << QStringLiteral("Dydd Sant Ffraid is in february");
        QTest::newRow("Santes") << QStringLiteral("we made cards for Santes Dwynwen")
                                << QStringLiteral("we made cards for Santes Dwynwen");
        QTest::newRow("a saint's school stays a school")
            << QStringLiteral("i go to Ysgol Sant Ffraid") << QStringLiteral("i go to [school]");
        QTest::newRow("a name after a saint's day")
            << QStringLiteral("we sang for Dydd Santes Dwynwen and Gwenno danced")
            << QStringLiteral("we sang for Dydd Santes Dwynwen and [name] danced");
        QTest::newRow("fan name") << QStringLiteral("im a Belieber")
                                  << QStringLiteral("im a Belieber");
        QTest::newRow("my age is")
            << QStringLiteral("my age is 12") << QStringLiteral("my age is [age 12-15]");
        QTest::newRow("mutated Welsh number")
            << QStringLiteral("mae hi'n ddwy oed") << QStringLiteral("mae hi'n [age under 5]");
        QTest::newRow("till i'm 18") << QStringLiteral("i can stay here till i'm 18")
                                     << QStringLiteral("i can stay here till i'm 18");
        QTest::newRow("Welsh diminutive before is")
            << QStringLiteral("Cai bach is only 4")
            << QStringLiteral("[name] is only [age under 5]");
        QTest::newRow("NI with an unallocated prefix after a cue")
            << QStringLiteral("my NI number is NK 12 34 56 A")
            << QStringLiteral("my NI number is [NI number]");
        QTest::newRow("street and a compass word")
            << QStringLiteral("we live on Station Road North")
            << QStringLiteral("we live on [place]");
        QTest::newRow("a chain's academy and its place")
            << QStringLiteral("my brother goes to Ark Academy Wembley")
            << QStringLiteral("my brother goes to [school]");
        QTest::newRow("our ladys") << QStringLiteral("she goes to our ladys now")
                                   << QStringLiteral("she goes to [school] now");
        QTest::newRow("Our Lady in a prayer") << QStringLiteral("i pray to Our Lady every night")
                                              << QStringLiteral("i pray to Our Lady every night");
        QTest::newRow("Blessed X Y") << QStringLiteral("i go to Blessed Thomas Holford")
                                     << QStringLiteral("i go to [school]");
        QTest::newRow("blessed, the word") << QStringLiteral("I feel blessed to be here")
                                           << QStringLiteral("I feel blessed to be here");
        QTest::newRow("school initials")
            << QStringLiteral("i go to KHS") << QStringLiteral("i go to [school]");
        QTest::newRow("text-speak initials")
            << QStringLiteral("omg thx") << QStringLiteral("omg thx");
        QTest::newRow("favourite rapper") << QStringLiteral("my favourite rapper is Little Simz")
                                          << QStringLiteral("my favourite rapper is Little Simz");
        QTest::newRow("favourite worker") << QStringLiteral("my favourite worker is Nia")
                                          << QStringLiteral("my favourite worker is [name]");
        QTest::newRow("Welsh country name")
            << QStringLiteral("dw i'n dod o Ffrainc") << QStringLiteral("dw i'n dod o Ffrainc");
        QTest::newRow("a day out with school")
            << QStringLiteral("we went to Thorpe Park with school")
            << QStringLiteral("we went to Thorpe Park with school");
        QTest::newRow("a kept public phrase before a school word")
            << QStringLiteral("Barry Island Primary was my first school")
            << QStringLiteral("[school] was my first school");
        QTest::newRow("an English school without a keyword")
            << QStringLiteral("i go to mossbourne") << QStringLiteral("i go to [school]");
    }
    void roundFiveCues() { compareRedactionRow(); }

    /** Round six (issue 17, after heldout6's first score): classes of its misses, each with
     *  other words than heldout6 uses; made-up names stand for names that no list holds. */
    void roundSixCues_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("a role after the name and the")
            << QStringLiteral("Anoushka the youth worker helped me")
            << QStringLiteral("[name] the youth worker helped me");
        QTest::newRow("a role with a word before it")
            << QStringLiteral("Zoltanne the teaching assistant sat with me")
            << QStringLiteral("[name] the teaching assistant sat with me");
        QTest::newRow("the only one who") << QStringLiteral("Zephyrine is the only one who listens")
                                          << QStringLiteral("[name] is the only one who listens");
        QTest::newRow("the only one, a word of the dictionary")
            << QStringLiteral("Maths is the only one i like")
            << QStringLiteral("Maths is the only one i like");
        QTest::newRow("the and a role after a word-name")
            << QStringLiteral("Will the worker come") << QStringLiteral("Will the worker come");
        QTest::newRow("a relation after wee") << QStringLiteral("Yarrowby is my wee brother")
                                              << QStringLiteral("[name] is my wee brother");
        QTest::newRow("a relation after two modifiers")
            << QStringLiteral("Quillon was my first foster carer")
            << QStringLiteral("[name] was my first foster carer");
        QTest::newRow("a relative's relation after a modifier")
            << QStringLiteral("Trevane is my foster mums mate")
            << QStringLiteral("[name] is my foster mums mate");
        QTest::newRow("a verb of translating") << QStringLiteral("Orlanthe translated for me")
                                               << QStringLiteral("[name] translated for me");
        QTest::newRow("got and what is done to a person")
            << QStringLiteral("zorlan got moved to a new home")
            << QStringLiteral("[name] got moved to a new home");
        QTest::newRow("an article before a lower-case word")
            << QStringLiteral("we got a kebab from KFC")
            << QStringLiteral("we got a kebab from KFC");
        QTest::newRow("our before a lower-case name")
            << QStringLiteral("our shannon said no") << QStringLiteral("our [name] said no");
        QTest::newRow("a brand before what it makes")
            << QStringLiteral("i got new Zorvex trainers for my birthday")
            << QStringLiteral("i got new Zorvex trainers for my birthday");
        QTest::newRow("where a family comes from")
            << QStringLiteral("my family comes from Tharvos")
            << QStringLiteral("my family comes from Tharvos");
        QTest::newRow("fled from")
            << QStringLiteral("we fled from Qandor") << QStringLiteral("we fled from Qandor");
        QTest::newRow("ordered from a shop") << QStringLiteral("we ordered from Quibbly")
                                             << QStringLiteral("we ordered from Quibbly");
        QTest::newRow("been to a place of two words")
            << QStringLiteral("i've been to Vorla Thun once")
            << QStringLiteral("i've been to Vorla Thun once");
        QTest::newRow("went to, a place") << QStringLiteral("we went to Tavrenna for a wedding")
                                          << QStringLiteral("we went to Tavrenna for a wedding");
        QTest::newRow("went to, a possessive stays a name")
            << QStringLiteral("i went to Amara's house")
            << QStringLiteral("i went to [name]'s house");
        QTest::newRow("camping in") << QStringLiteral("we went camping in Eryri")
                                    << QStringLiteral("we went camping in Eryri");
        QTest::newRow("a language before school")
            << QStringLiteral("i go to Polish school on saturdays")
            << QStringLiteral("i go to Polish school on saturdays");
        QTest::newRow("a day before school") << QStringLiteral("Sunday School is boring")
                                             << QStringLiteral("Sunday School is boring");
        QTest::newRow("a named school stays")
            << QStringLiteral("i go to Pentrebach School") << QStringLiteral("i go to [school]");
        QTest::newRow("an age after a relation with 's and only")
            << QStringLiteral("my sister's just 3")
            << QStringLiteral("my sister's just [age under 5]");
        QTest::newRow("an age after a relation with s and only")
            << QStringLiteral("my brothers only 6") << QStringLiteral("my brothers only [age 5-7]");
        QTest::newRow("a relation with s and no filler is no age")
            << QStringLiteral("my brothers 6 mates came")
            << QStringLiteral("my brothers 6 mates came");
        QTest::newRow("going on") << QStringLiteral("im 12 going on 13")
                                  << QStringLiteral("im [age 12-15] going on [age 12-15]");
        QTest::newRow("Welsh dwi'n and a number") << QStringLiteral("dwi'n 11 ac yn hapus")
                                                  << QStringLiteral("dwi'n [age 8-11] ac yn hapus");
        QTest::newRow("Welsh third person and the time")
            << QStringLiteral("mae hi'n 5 o'r gloch") << QStringLiteral("mae hi'n 5 o'r gloch");
        QTest::newRow("a year-first date of birth")
            << QStringLiteral("born 2011-03-04 in the hospital")
            << QStringLiteral("born [date of birth] in the hospital");
        QTest::newRow("a year-first date with slashes")
            << QStringLiteral("my dob is 2009/11/02")
            << QStringLiteral("my dob is [date of birth]");
        QTest::newRow("an initialism in capitals with a vowel")
            << QStringLiteral("my cousin is at AEGS now")
            << QStringLiteral("my cousin is at [school] now");
        QTest::newRow("an initialism in capitals after goes to")
            << QStringLiteral("my mate goes to ARGS") << QStringLiteral("my mate goes to [school]");
        QTest::newRow("St with a full stop") << QStringLiteral("i started at St. Cuthbert's High")
                                             << QStringLiteral("i started at [school]");
        QTest::newRow("the long form of a PRU")
            << QStringLiteral("they sent me to Elmtree Pupil Referral Unit")
            << QStringLiteral("they sent me to [school]");
        QTest::newRow("a lower-case street where the child lives")
            << QStringLiteral("i live on tollgate road") << QStringLiteral("i live on [place]");
        QTest::newRow("a described road is no street name")
            << QStringLiteral("i live on a busy road") << QStringLiteral("i live on a busy road");
        QTest::newRow("Welsh and me") << QStringLiteral("Cadwgan a fi aeth i'r dre")
                                      << QStringLiteral("[name] a fi aeth i'r dre");
        QTest::newRow("Welsh is my brother")
            << QStringLiteral("Cynfrig ydy fy mrawd") << QStringLiteral("[name] ydy fy mrawd");
        QTest::newRow("n me") << QStringLiteral("zephy n me are mates")
                              << QStringLiteral("[name] n me are mates");
        QTest::newRow("a word-name said to be a name") << QStringLiteral("Blossom is my nan's name")
                                                       << QStringLiteral("[name] is my nan's name");
        QTest::newRow("a word that is no name")
            << QStringLiteral("Music is my life") << QStringLiteral("Music is my life");
        QTest::newRow("ate at a restaurant")
            << QStringLiteral("we ate at Brindleys") << QStringLiteral("we ate at Brindleys");
        QTest::newRow("a listed name after went to, a place of pilgrimage")
            << QStringLiteral("we went to Medina for hajj")
            << QStringLiteral("we went to Medina for hajj");
        QTest::newRow("been to a place of two unknown words")
            << QStringLiteral("i've been to Tavro Keln twice")
            << QStringLiteral("i've been to Tavro Keln twice");
        QTest::newRow("went to an unknown word for a holiday")
            << QStringLiteral("we went to Zorvane for a holiday")
            << QStringLiteral("we went to Zorvane for a holiday");
        QTest::newRow("went to a person about it") << QStringLiteral("i went to Zorvane about it")
                                                   << QStringLiteral("i went to [name] about it");
        QTest::newRow("told a lower-case word-name about")
            << QStringLiteral("i told summer about the party")
            << QStringLiteral("i told [name] about the party");
        QTest::newRow("warned a lower-case word-name about")
            << QStringLiteral("i warned sunny about him")
            << QStringLiteral("i warned [name] about him");
        QTest::newRow("told staff about stays")
            << QStringLiteral("i told staff about it") << QStringLiteral("i told staff about it");
        QTest::newRow("a verb in -s before me") << QStringLiteral("Blossom calls me at night")
                                                << QStringLiteral("[name] calls me at night");
        QTest::newRow("a plural noun opening a statement")
            << QStringLiteral("Some calls are scary") << QStringLiteral("Some calls are scary");
        QTest::newRow("an age after a person from a group")
            << QStringLiteral("Tegwyn from the youth club is 16")
            << QStringLiteral("[name] from the youth club is [age 16-17]");
        QTest::newRow("an age after a relation from a place")
            << QStringLiteral("my mate from school is 15")
            << QStringLiteral("my mate from school is [age 12-15]");
        QTest::newRow("a thing from a place is no age")
            << QStringLiteral("the bus from town is 20")
            << QStringLiteral("the bus from town is 20");
        QTest::newRow("Welsh, living with two people joined by a")
            << QStringLiteral("dw i'n byw efo Nain a Cynfrig ym Mhwllheli")
            << QStringLiteral("dw i'n byw efo Nain a [name] ym [place]");
        QTest::newRow("Welsh, living with a grandparent")
            << QStringLiteral("dw i'n byw efo Nain yng Nghaerfyrddin")
            << QStringLiteral("dw i'n byw efo Nain yng [place]");
        QTest::newRow("living with two people joined by and")
            << QStringLiteral("i live with my nan and Cynfrig in Thornaby")
            << QStringLiteral("i live with my nan and [name] in [place]");
        QTest::newRow("staying with a friend, the article is no Welsh and")
            << QStringLiteral("i stay with a friend in Leeds sometimes")
            << QStringLiteral("i stay with a friend in Leeds sometimes");
        QTest::newRow("a lower-case pair of unknown words before are my cousins")
            << QStringLiteral("zorlan and quilby are my cousins")
            << QStringLiteral("[name] and [name] are my cousins");
        QTest::newRow("a lower-case pair of everyday words is no pair of people")
            << QStringLiteral("bread and butter are my favourites")
            << QStringLiteral("bread and butter are my favourites");
    }
    void roundSixCues() { compareRedactionRow(); }

    /** Round seven (issue 17, after heldout7's score): classes of its misses and of what it
     *  changed in statements with no identifier, each with other words than heldout7 uses. */
    void roundSevenCues_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        // Places abroad: where several relatives live, where someone was born, a trip.
        QTest::newRow("where several relatives live, a city abroad")
            << QStringLiteral("my aunties live in Lviv")
            << QStringLiteral("my aunties live in Lviv");
        QTest::newRow("where grandparents live, a state abroad")
            << QStringLiteral("my grandparents live in Gujarat")
            << QStringLiteral("my grandparents live in Gujarat");
        QTest::newRow("where a relative lives, a Kurdish city")
            << QStringLiteral("my nan lives in Duhok") << QStringLiteral("my nan lives in Duhok");
        QTest::newRow("born in a city abroad") << QStringLiteral("my mum was born in Mariupol")
                                               << QStringLiteral("my mum was born in Mariupol");
        QTest::newRow("a trip to an Irish county") << QStringLiteral("we go to Sligo every easter")
                                                   << QStringLiteral("we go to Sligo every easter");
        QTest::newRow("stuck in a port abroad") << QStringLiteral("my brother is stuck in Dunkirk")
                                                << QStringLiteral("my brother is stuck in Dunkirk");
        QTest::newRow("a saint's day without the apostrophe")
            << QStringLiteral("Saint Andrews day we have a ceilidh")
            << QStringLiteral("Saint Andrews day we have a ceilidh");
        QTest::newRow("a saint's day in lower case")
            << QStringLiteral("st georges day parade was cold")
            << QStringLiteral("st georges day parade was cold");
        QTest::newRow("a festival opening a sentence")
            << QStringLiteral("Newroz is my favourite day")
            << QStringLiteral("Newroz is my favourite day");
        QTest::newRow("another festival opening a sentence")
            << QStringLiteral("Songkran was so wet") << QStringLiteral("Songkran was so wet");
        QTest::newRow("an old festival") << QStringLiteral("Samhain is older than halloween")
                                         << QStringLiteral("Samhain is older than halloween");
        QTest::newRow("a club's two-word name")
            << QStringLiteral("my dad supports Partick Thistle")
            << QStringLiteral("my dad supports Partick Thistle");
        QTest::newRow("a club's full name") << QStringLiteral("my foster carer supports Hibernian")
                                            << QStringLiteral("my foster carer supports Hibernian");
        QTest::newRow("a brand with a given name in it")
            << QStringLiteral("nan got me Ted Baker perfume")
            << QStringLiteral("nan got me Ted Baker perfume");
        QTest::newRow("a cartoon's title")
            << QStringLiteral("Tom and Jerry is funny") << QStringLiteral("Tom and Jerry is funny");
        QTest::newRow("a school as the X after excluded from")
            << QStringLiteral("she got excluded from the Anvil last week")
            << QStringLiteral("she got excluded from [school] last week");
        QTest::newRow("a school as the X after year N at")
            << QStringLiteral("i was in year 10 at the Harrier Academy")
            << QStringLiteral("i was in year 10 at [school]");
        QTest::newRow("a school as the X after sent me to, in school talk")
            << QStringLiteral("they sent me to the Lantern Centre because of school")
            << QStringLiteral("they sent me to [school] because of school");
        QTest::newRow("a school's the in its name")
            << QStringLiteral("my school is the Larchfield Academy")
            << QStringLiteral("my school is [school]");
        QTest::newRow("a youth group is no school")
            << QStringLiteral("he got expelled from the Scouts")
            << QStringLiteral("he got expelled from the Scouts");
        QTest::newRow("an estate of dictionary words, estate in lower case")
            << QStringLiteral("we live on the Kestrel Fields estate")
            << QStringLiteral("we live on the [place] estate");
        QTest::newRow("an estate of one unknown word")
            << QStringLiteral("there was a fight near the Thistlemoor estate")
            << QStringLiteral("there was a fight near the [place] estate");
        QTest::newRow("an estate car is no estate")
            << QStringLiteral("my dad sold the Range Rover estate")
            << QStringLiteral("my dad sold the Range Rover estate");
        QTest::newRow("a word-name in lower case before is my and a worker")
            << QStringLiteral("hope is my sw now") << QStringLiteral("[name] is my sw now");
        QTest::newRow("a word-name in lower case before was my and a carer")
            << QStringLiteral("dawn was my foster carer")
            << QStringLiteral("[name] was my foster carer");
        QTest::newRow("an everyday word before is my best friend")
            << QStringLiteral("music is my best friend")
            << QStringLiteral("music is my best friend");
        QTest::newRow("a pronoun before is my sister")
            << QStringLiteral("this is my sister") << QStringLiteral("this is my sister");
        QTest::newRow("a Welsh age in the decimal count, before oed")
            << QStringLiteral("mae hi'n un deg dau oed") << QStringLiteral("mae hi'n [age 12-15]");
        QTest::newRow("a Welsh age in the decimal count, after rwy'n")
            << QStringLiteral("rwy'n un deg saith") << QStringLiteral("rwy'n [age 16-17]");
        QTest::newRow("a Welsh count of children is no age")
            << QStringLiteral("un deg pump o blant") << QStringLiteral("un deg pump o blant");
        QTest::newRow("a home's name before School is a school")
            << QStringLiteral("i was at Mossgate Lodge School before")
            << QStringLiteral("i was at [school] before");
        QTest::newRow("a word-name in capitals after me and")
            << QStringLiteral("me and Ember got the bus to town")
            << QStringLiteral("me and [name] got the bus to town");
        QTest::newRow("a pair of word-names before were cousins, without my")
            << QStringLiteral("Storm and River were cousins")
            << QStringLiteral("[name] and [name] were cousins");
        QTest::newRow("a pair of things before are the best")
            << QStringLiteral("Salt and Vinegar are the best crisps")
            << QStringLiteral("Salt and Vinegar are the best crisps");
        QTest::newRow("an unknown word before nd me, as children type and")
            << QStringLiteral("zarvik nd me got detention")
            << QStringLiteral("[name] nd me got detention");
        QTest::newRow("a pair of word-names opening a statement before are my sisters")
            << QStringLiteral("Melody and Lyric are my sisters")
            << QStringLiteral("[name] and [name] are my sisters");
        QTest::newRow("a pair of word-names opening a statement before are twins")
            << QStringLiteral("Destiny and Promise are twins")
            << QStringLiteral("[name] and [name] are twins");
        QTest::newRow("a pair of colours is no pair of people")
            << QStringLiteral("Red and Blue are my favourite colours")
            << QStringLiteral("Red and Blue are my favourite colours");
        QTest::newRow("a word-name from a place of worship, then a person's verb")
            << QStringLiteral("Valour from mosque came round")
            << QStringLiteral("[name] from mosque came round");
        QTest::newRow("a word-name from cadets, then a person's verb")
            << QStringLiteral("Tribute from cadets texted me")
            << QStringLiteral("[name] from cadets texted me");
        QTest::newRow("food from church is food") << QStringLiteral("Food from church helped us")
                                                  << QStringLiteral("Food from church helped us");
        QTest::newRow("letters from school are letters")
            << QStringLiteral("Letters from school said i was late")
            << QStringLiteral("Letters from school said i was late");
        QTest::newRow("an age with y.o. in dots")
            << QStringLiteral("my sister is 9 y.o. and annoying")
            << QStringLiteral("my sister is [age 8-11] and annoying");
        QTest::newRow("a year of birth in two digits")
            << QStringLiteral("i was born in 09")
            << QStringLiteral("i was born in [date of birth]");
        QTest::newRow("a year of birth in two digits after an apostrophe")
            << QStringLiteral("she was born in '11")
            << QStringLiteral("she was born in [date of birth]");
        QTest::newRow("a house number after born in is no year")
            << QStringLiteral("i was born in 10 downing street lol")
            << QStringLiteral("i was born in 10 downing street lol");
        QTest::newRow("the child and a parent live there: home")
            << QStringLiteral("me and my parents live in Brindleford")
            << QStringLiteral("me and my parents live in [place]");
    }
    void roundSevenCues() { compareRedactionRow(); }

    /** Round eight (issue 17, after heldout8's first score): shouted statements, clubs after a
     *  fan's words, family words of more home languages; other words than heldout8 uses. */
    void roundEightCues_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        // All in capitals: the capitals say nothing, so "X SCHOOL" is no school's name. (Some
        // rows here are guards that pass before the change too: a name still found.)
        QTest::newRow("shouted school word") << QStringLiteral("WE ALL HATE COLLEGE HERE")
                                             << QStringLiteral("WE ALL HATE COLLEGE HERE");
        QTest::newRow("shouted estate word") << QStringLiteral("THIS ESTATE IS SO BORING")
                                             << QStringLiteral("THIS ESTATE IS SO BORING");
        QTest::newRow("shouted, a name after called")
            << QStringLiteral("MY NEW WORKER IS CALLED TAMSIN")
            << QStringLiteral("MY NEW WORKER IS CALLED [name]");
        // A club after a fan's words, whatever list holds the word.
        QTest::newRow("supports a club that is a name")
            << QStringLiteral("my uncle supports Morton")
            << QStringLiteral("my uncle supports Morton");
        QTest::newRow("supporter of a club that is a name")
            << QStringLiteral("she is a supporter of Hamilton")
            << QStringLiteral("she is a supporter of Hamilton");
        QTest::newRow("fan of a club") << QStringLiteral("my foster dad is a fan of Millwall")
                                       << QStringLiteral("my foster dad is a fan of Millwall");
        QTest::newRow("supports a person with something")
            << QStringLiteral("my carer supports Tobias with his homework")
            << QStringLiteral("my carer supports [name] with his homework");
        // Family words of more home languages are no names; a name after one still is.
        QTest::newRow("Spanish grandad") << QStringLiteral("my abuelo taught me chess")
                                         << QStringLiteral("my abuelo taught me chess");
        QTest::newRow("Greek granny") << QStringLiteral("yiayia cooks on sundays")
                                      << QStringLiteral("yiayia cooks on sundays");
        QTest::newRow("a name after a family word") << QStringLiteral("my bunica Viorica rings me")
                                                    << QStringLiteral("my bunica [name] rings me");
        // Welsh dates: ordinals ("7fed", "1af") and mutated months after "o" ("o Fai", "o
        // Dachwedd"), a birth with its year; the month is never a name.
        QTest::newRow("Welsh birth date")
            << QStringLiteral("ganwyd fi ar 7fed o Dachwedd 2010 yn yr ysbyty")
            << QStringLiteral("ganwyd fi ar [date of birth] yn yr ysbyty");
        QTest::newRow("Welsh birthday") << QStringLiteral("penblwydd fi ydy 1af o Fai")
                                        << QStringLiteral("penblwydd fi ydy [date]");
        // "Syr" is what Welsh pupils call a male teacher; "diolch byth" is "thank goodness".
        QTest::newRow("Welsh sir") << QStringLiteral("roedd Syr yn hwyr i'r wers")
                                   << QStringLiteral("roedd Syr yn hwyr i'r wers");
        QTest::newRow("Welsh thank goodness")
            << QStringLiteral("mae'r cyswllt wedi gorffen diolch byth")
            << QStringLiteral("mae'r cyswllt wedi gorffen diolch byth");
        // "yrs" without "old": an age when a person is its subject, a length of time otherwise.
        QTest::newRow("short years, an age")
            << QStringLiteral("my cousin is 9 yrs") << QStringLiteral("my cousin is [age 8-11]");
        QTest::newRow("short years in words") << QStringLiteral("Tayo is fourteen yrs and tall")
                                              << QStringLiteral("[name] is [age 12-15] and tall");
        QTest::newRow("short years, a length of time")
            << QStringLiteral("she was in foster care 6 yrs")
            << QStringLiteral("she was in foster care 6 yrs");
        QTest::newRow("short years ago")
            << QStringLiteral("he left 3 yrs ago") << QStringLiteral("he left 3 yrs ago");
        // Landmarks a whole country visits place no child.
        QTest::newRow("a mountain") << QStringLiteral("i went up Ben Nevis with my foster dad")
                                    << QStringLiteral("i went up Ben Nevis with my foster dad");
        QTest::newRow("a castle") << QStringLiteral("Windsor Castle was massive")
                                  << QStringLiteral("Windsor Castle was massive");
        QTest::newRow("a hill") << QStringLiteral("Arthur's Seat is a big hill")
                                << QStringLiteral("Arthur's Seat is a big hill");
        QTest::newRow("a lake") << QStringLiteral("Loch Lomond was freezing")
                                << QStringLiteral("Loch Lomond was freezing");
        QTest::newRow("Welsh thanks to a name") << QStringLiteral("diolch i Gethin am y lifft")
                                                << QStringLiteral("diolch i [name] am y lifft");
    }
    void roundEightCues() { compareRedactionRow(); }

    /** Round nine (issue 17): where a child's own places are, Welsh streets, and a person
     *  named again as he or she. Made-up statements; the guards pass before the change too. */
    void roundNineCues_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        // The town of the child's own school, class or lodging places them as their home does.
        QTest::newRow("lodging after a verb of living")
            << QStringLiteral("i stayed in a hostel in Maesteg for 3 months")
            << QStringLiteral("i stayed in a hostel in [place] for 3 months");
        QTest::newRow("my school's town") << QStringLiteral("my new school in Ebbw Vale is alright")
                                          << QStringLiteral("my new school in [place] is alright");
        QTest::newRow("old class's town") << QStringLiteral("i miss my old class in Llangefni")
                                          << QStringLiteral("i miss my old class in [place]");
        QTest::newRow("a named school's town") << QStringLiteral("im at Ysgol Glan Llyn in Bala")
                                               << QStringLiteral("im at [school] in [place]");
        QTest::newRow("a caravan lived in") << QStringLiteral("she lives in a caravan in Towyn")
                                            << QStringLiteral("she lives in a caravan in [place]");
        QTest::newRow("guard: a holiday caravan")
            << QStringLiteral("we had a holiday in a caravan in Tenby")
            << QStringLiteral("we had a holiday in a caravan in Tenby");
        QTest::newRow("guard: for the holiday")
            << QStringLiteral("we stayed in a caravan in Tenby for the holiday")
            << QStringLiteral("we stayed in a caravan in Tenby for the holiday");
        QTest::newRow("guard: nobody's school")
            << QStringLiteral("there is a big school in London")
            << QStringLiteral("there is a big school in London");
        QTest::newRow("a house abroad") << QStringLiteral("my cousin has a house in Spain")
                                        << QStringLiteral("my cousin has a house in Spain");
        // Welsh streets and estates after a verb of living or a home's word ("ar": on).
        QTest::newRow("Welsh estate lived on") << QStringLiteral("dw i'n byw ar Maes y Dre rwan")
                                               << QStringLiteral("dw i'n byw ar [place] rwan");
        QTest::newRow("Welsh street of a home")
            << QStringLiteral("mae ty nain ar Stryd y Bont ger y caffi")
            << QStringLiteral("mae ty nain ar [place] ger y caffi");
        QTest::newRow("Welsh road lived on") << QStringLiteral("rydyn ni'n byw ar Ffordd y Castell")
                                             << QStringLiteral("rydyn ni'n byw ar [place]");
        // A word opening a sentence that "he" or "she" is about later: a person.
        QTest::newRow("unknown word, she later")
            << QStringLiteral("Yevheniia is from ukraine and she is really nice")
            << QStringLiteral("[name] is from ukraine and she is really nice");
        QTest::newRow("word-name, him later")
            << QStringLiteral("Phoenix got moved to a different placement and i miss him")
            << QStringLiteral("[name] got moved to a different placement and i miss him");
        QTest::newRow("word-name, always, her later")
            << QStringLiteral("Raven is never at her desk")
            << QStringLiteral("[name] is never at her desk");
        QTest::newRow("guard: a city, no pronoun")
            << QStringLiteral("Tashkent is really hot in summer")
            << QStringLiteral("Tashkent is really hot in summer");
        QTest::newRow("guard: a season") << QStringLiteral("Summer is my favourite time of year")
                                         << QStringLiteral("Summer is my favourite time of year");
        // Welsh ages without "oed": a person, "yn", the number, and the clause ends.
        QTest::newRow("Welsh age of a sister") << QStringLiteral("mae fy chwaer yn un ar ddeg")
                                               << QStringLiteral("mae fy chwaer yn [age 8-11]");
        QTest::newRow("Welsh age of a named cousin")
            << QStringLiteral("mae fy nghyfnither Mali yn un deg tri ond mae hi'n dal")
            << QStringLiteral("mae fy nghyfnither [name] yn [age 12-15] ond mae hi'n dal");
        QTest::newRow("Welsh age, she") << QStringLiteral("mae hi'n ddeunaw rwan")
                                        << QStringLiteral("mae hi'n [age 18-24] rwan");
        QTest::newRow("guard: Welsh time") << QStringLiteral("mae hi'n bump o'r gloch")
                                           << QStringLiteral("mae hi'n bump o'r gloch");
        QTest::newRow("guard: Welsh length") << QStringLiteral("mae hi'n saith milltir i ffwrdd")
                                             << QStringLiteral("mae hi'n saith milltir i ffwrdd");
        // A number word hyphenated to its fraction.
        QTest::newRow("hyphenated half") << QStringLiteral("my cousin is eight-and-a-half")
                                         << QStringLiteral("my cousin is [age 8-11]");
        QTest::newRow("guard: hyphenated, no person")
            << QStringLiteral("the film was two-and-a-half hours")
            << QStringLiteral("the film was two-and-a-half hours");
        // What a person is called; two names joined in text-speak; a school by what it is. (The
        // spelling and the text-speak pair pass before too: other words found them.)
        QTest::newRow("what we call") << QStringLiteral("bozzy is what we call my cousin")
                                      << QStringLiteral("[name] is what we call my cousin");
        QTest::newRow("how it is spelt") << QStringLiteral("jaydun is how my mate spells his name")
                                         << QStringLiteral("[name] is how my mate spells his name");
        QTest::newRow("guard: what we call a thing")
            << QStringLiteral("this is what we call a fry up")
            << QStringLiteral("this is what we call a fry up");
        QTest::newRow("two names in text-speak") << QStringLiteral("nkem n obiageli r my cousins")
                                                 << QStringLiteral("[name] n [name] r my cousins");
        QTest::newRow("guard: two things in text-speak")
            << QStringLiteral("pizza n chips r the best")
            << QStringLiteral("pizza n chips r the best");
        QTest::newRow("initials said to be a school")
            << QStringLiteral("KGA was my old school")
            << QStringLiteral("[school] was my old school");
        QTest::newRow("a UTC") << QStringLiteral("my brother goes to Riverside UTC now")
                               << QStringLiteral("my brother goes to [school] now");
        QTest::newRow("a middle school")
            << QStringLiteral("my teacher at Ashdown Middle was strict")
            << QStringLiteral("my teacher at [school] was strict");
        // A person "from my class"; a UK home gone back to.
        QTest::newRow("a word as a name, from my year")
            << QStringLiteral("Humility from my year is funny")
            << QStringLiteral("[name] from my year is funny");
        QTest::newRow("back to a former home")
            << QStringLiteral("i just want to go back to Pontardawe")
            << QStringLiteral("i just want to go back to [place]");
        QTest::newRow("guard: back to a country") << QStringLiteral("my uncle went back to Ghana")
                                                  << QStringLiteral("my uncle went back to Ghana");
        QTest::newRow("guard: back to a town on holiday")
            << QStringLiteral("we went back to Whitby on holiday")
            << QStringLiteral("we went back to Whitby on holiday");
        // Said to be a name, whatever the model thinks of the word in lower case.
        QTest::newRow("is called, lower case")
            << QStringLiteral("my dads girlfriend is called chantelle")
            << QStringLiteral("my dads girlfriend is called [name]");
        QTest::newRow("guard: called back") << QStringLiteral("she called back after tea")
                                            << QStringLiteral("she called back after tea");
        // An age to come after "gonna be"; where the child is now.
        QTest::newRow("gonna be an age") << QStringLiteral("hes gonna be 10 next week")
                                         << QStringLiteral("hes gonna be [age 8-11] next week");
        QTest::newRow("guard: gonna be late")
            << QStringLiteral("im gonna be late again") << QStringLiteral("im gonna be late again");
        QTest::newRow("where i am now") << QStringLiteral("but now im in Llanelli with my nan")
                                        << QStringLiteral("but now im in [place] with my nan");
        QTest::newRow("guard: where i am on a trip")
            << QStringLiteral("im in Bristol for the day with school")
            << QStringLiteral("im in Bristol for the day with school");
        // What is said of a thing, a pastime or a shop is no person's; a home said to be one.
        QTest::newRow("a dish is what he makes")
            << QStringLiteral("Pierogi is what he makes on sundays")
            << QStringLiteral("Pierogi is what he makes on sundays");
        QTest::newRow("a game is the game")
            << QStringLiteral("Valorant is the game she plays most")
            << QStringLiteral("Valorant is the game she plays most");
        QTest::newRow("music is all she listens to")
            << QStringLiteral("Afrobeats is all she listens to")
            << QStringLiteral("Afrobeats is all she listens to");
        QTest::newRow("guard: a person is the best")
            << QStringLiteral("Oyelaran is the best at maths")
            << QStringLiteral("[name] is the best at maths");
        QTest::newRow("a home said to be one")
            << QStringLiteral("Penrhiwceiber is where we lived before")
            << QStringLiteral("[place] is where we lived before");
        // Words of the languages children switch to: no names in lower case; a capitalised
        // one is still judged as any word.
        QTest::newRow("Arabic thanks") << QStringLiteral("shukran for helping me miss")
                                       << QStringLiteral("shukran for helping me miss");
        QTest::newRow("Arabic my dear") << QStringLiteral("habibi calm down its fine")
                                        << QStringLiteral("habibi calm down its fine");
        QTest::newRow("Urdu no") << QStringLiteral("main wahan nahi jaunga")
                                 << QStringLiteral("main wahan nahi jaunga");
        QTest::newRow("guard: a name after a home word")
            << QStringLiteral("yaar Tanveer never listens")
            << QStringLiteral("yaar [name] never listens");
        // A gamer tag after a console; a nickname after "big" that opens the statement;
        // "lil" in lower case is "little".
        QTest::newRow("gamer tag after a console") << QStringLiteral("my ps5 name is NightOwl77")
                                                   << QStringLiteral("my ps5 name is [handle]");
        QTest::newRow("guard: a console")
            << QStringLiteral("my PS4 is broken again") << QStringLiteral("my PS4 is broken again");
        QTest::newRow("big and a short name") << QStringLiteral("big jj looks out for me")
                                              << QStringLiteral("[name] looks out for me");
        QTest::newRow("little brother")
            << QStringLiteral("lil bro wants his tea") << QStringLiteral("lil bro wants his tea");
        // What "called" names: a school or a home gets its own placeholder.
        QTest::newRow("a school called")
            << QStringLiteral("they sent me to a new school called Brookvale")
            << QStringLiteral("they sent me to a new school called [school]");
        QTest::newRow("my school is called, lower case")
            << QStringLiteral("my school is called glan morfa and its ok")
            << QStringLiteral("my school is called [school] and its ok");
        QTest::newRow("guard: a home called")
            << QStringLiteral("i live in a home called Hawthorn View")
            << QStringLiteral("i live in a home called [place]");
        QTest::newRow("guard: a sister called") << QStringLiteral("my sister is called Tamsin")
                                                << QStringLiteral("my sister is called [name]");
        // A verb of living a few words before the town; "live up" and "stay down" a place.
        QTest::newRow("live by the park in")
            << QStringLiteral("we live near the big park in Roath")
            << QStringLiteral("we live near the big park in [place]");
        QTest::newRow("live up a place") << QStringLiteral("my cousins live up Penrhys")
                                         << QStringLiteral("my cousins live up [place]");
        QTest::newRow("guard: grew up") << QStringLiteral("i grew up quickly in care")
                                        << QStringLiteral("i grew up quickly in care");
        // Welsh: a capitalised subject between "mae"/"roedd" and "yn", then what a person does.
        // ("Gwawr" is found before too, as a listed name.)
        QTest::newRow("Welsh subject doing") << QStringLiteral("roedd Heulwen yn gweiddi arna i")
                                             << QStringLiteral("roedd [name] yn gweiddi arna i");
        QTest::newRow("Welsh subject doing to me") << QStringLiteral("mae Gwawr yn fy helpu i")
                                                   << QStringLiteral("mae [name] yn fy helpu i");
        QTest::newRow("guard: Welsh place being")
            << QStringLiteral("mae Caerdydd yn brysur heddiw")
            << QStringLiteral("mae Caerdydd yn brysur heddiw");
        QTest::newRow("guard: Welsh mum doing") << QStringLiteral("mae Mam yn gweithio heno")
                                                << QStringLiteral("mae Mam yn gweithio heno");
        // A birthday on a named day of the year: its day and month, as "21st feb" is.
        QTest::newRow("birthday on a named day") << QStringLiteral("my birthday is on boxing day")
                                                 << QStringLiteral("my birthday is on [date]");
        QTest::newRow("born on a named day with its year")
            << QStringLiteral("i was born on new years eve 2011")
            << QStringLiteral("i was born on [date of birth]");
        QTest::newRow("guard: a named day, no birth")
            << QStringLiteral("christmas day was rubbish")
            << QStringLiteral("christmas day was rubbish");
        // Someone else moving abroad is not the child's home; a UK town they moved to is kept
        // hidden (the child may visit them there).
        QTest::newRow("someone else moved abroad") << QStringLiteral("ewelina moved to lithuania")
                                                   << QStringLiteral("[name] moved to lithuania");
        QTest::newRow("she lives abroad") << QStringLiteral("she lives in Portugal with her dad")
                                          << QStringLiteral("she lives in Portugal with her dad");
        QTest::newRow("guard: we moved abroad")
            << QStringLiteral("we moved to lithuania when i was 5")
            << QStringLiteral("we moved to [place] when i was [age 5-7]");
        // Word-names in lower case: joined to "me" before what two people did; after a
        // worker's role and before "about".
        QTest::newRow("me and a word-name")
            << QStringLiteral("me n blessing were laughing in maths")
            << QStringLiteral("me n [name] were laughing in maths");
        QTest::newRow("told my worker a word-name about")
            << QStringLiteral("i told my keyworker patience about the fight")
            << QStringLiteral("i told my keyworker [name] about the fight");
        QTest::newRow("guard: me and a subject") << QStringLiteral("me and maths are not friends")
                                                 << QStringLiteral("me and maths are not friends");
        // Arabic: ages in Arabic-Indic digits, as an Arabic keyboard types them; a birth.
        QTest::newRow("Arabic age, Arabic digits")
            << QStringLiteral(u"\u0639\u0645\u0631\u064A \u0661\u0664 \u0633\u0646\u0629")
            << QStringLiteral(u"\u0639\u0645\u0631\u064A [age 12-15]"); // with its "years"
        QTest::newRow("Arabic birth date")
            << QStringLiteral(
                   u"\u0648\u0644\u062F\u062A \u0641\u064A \u0665/\u0663/\u0662\u0660\u0661\u0660")
            << QStringLiteral(u"\u0648\u0644\u062F\u062A \u0641\u064A [date of birth]");
        QTest::newRow("phone in Arabic digits")
            << QStringLiteral(u"\u0631\u0642\u0645\u064A \u0660\u0667\u0667\u0660\u0660 "
                              u"\u0669\u0660\u0660\u0661\u0662\u0663")
            << QStringLiteral(u"\u0631\u0642\u0645\u064A [phone]");
        QTest::newRow("guard: Arabic count")
            << QStringLiteral(u"\u0639\u0646\u062F\u064A \u0663 \u0627\u062E\u0648\u0629")
            << QStringLiteral(u"\u0639\u0646\u062F\u064A \u0663 \u0627\u062E\u0648\u0629");
        // A brand named after a person, before the thing it makes; a game's title.
        QTest::newRow("a person's brand before its thing")
            << QStringLiteral("Jordan trainers are too dear")
            << QStringLiteral("Jordan trainers are too dear");
        QTest::newRow("guard: a person of that name") << QStringLiteral("Jordan said i could come")
                                                      << QStringLiteral("[name] said i could come");
        QTest::newRow("a racing game") << QStringLiteral("Gran Turismo is a good game")
                                       << QStringLiteral("Gran Turismo is a good game");
        // Welsh puts no article before a name: a word after "'r" (the) is a thing.
        QTest::newRow("Welsh article before a word")
            << QStringLiteral("dw i'n chwarae pel-droed gyda'r tim bob wythnos")
            << QStringLiteral("dw i'n chwarae pel-droed gyda'r tim bob wythnos");
        QTest::newRow("guard: a Welsh name after gyda")
            << QStringLiteral("dw i'n chwarae gyda Tomos")
            << QStringLiteral("dw i'n chwarae gyda [name]");
    }

    void roundNineCues() { compareRedactionRow(); }

    /** Round ten (issue 17, session 12): classes written from the languages' grammar and from
     *  probe statements, not from any labelled set's lines; made-up names. */
    void roundTenCues_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        // A name that the Welsh word list also holds, in lower case in a statement with no
        // Welsh in it, after a person's cue; in a Welsh statement it is still the Welsh word.
        addRedactionRows({
            {u"me and todd went to the shop", u"me and [name] went to the shop"},
            {u"melina said i could go", u"[name] said i could go"},
            {u"abid is my best mate", u"[name] is my best mate"},
            {u"i played with mario at lunch", u"i played with [name] at lunch"},
            {u"we played with dawit and yonas", u"we played with [name] and [name]"},
            {u"mae elli yn dod", u"mae elli yn dod"},
            {u"dw i'n gallu mynd os elli di ddod", u"dw i'n gallu mynd os elli di ddod"},
            {u"mae seren yn y awyr", u"mae seren yn y awyr"},
        });
        // The family's own home: "with us in", "here in"; raised in a UK town like grown up
        // in. Kin words and foods of home languages, and more public names, stay.
        addRedactionRows({
            {u"my aunty lives with us in Huddersfield", u"my aunty lives with us in [place]"},
            {u"i was raised in Wolverhampton", u"i was raised in [place]"},
            {u"i was raised in Jamaica", u"i was raised in Jamaica"},
            {u"come with us in the car", u"come with us in the car"},
            {u"my thatha makes the best dosa", u"my thatha makes the best dosa"},
            {u"babciu i dziadek mieszkają w Polsce", u"babciu i dziadek mieszkają w Polsce"},
            {u"i cant stand Jack Grealish", u"i cant stand Jack Grealish"},
            {u"i like Spider-Man more than Batman", u"i like Spider-Man more than Batman"},
        });
        // Kept: a pet named with a title or said to be an animal; a relative's town abroad
        // after a home-language kin word; a youth group; an adverb after a role word.
        addRedactionRows({
            {u"my rabbit is called Sir Fluffy", u"my rabbit is called Sir Fluffy"},
            {u"my teddy is called Mrs Buttons", u"my teddy is called Mrs Buttons"},
            {u"my best friend Rolo is a cat", u"my best friend Rolo is a cat"},
            {u"my thatha lives in Chennai", u"my thatha lives in Chennai"},
            {u"i go to Brownies on a monday", u"i go to Brownies on a monday"},
            {u"my social worker just ignores me", u"my social worker just ignores me"},
            {u"i stayed at my foster carers house", u"i stayed at my foster carers house"},
        });
        // Ages: between commas after a person, "i'm really", "kicked out at", "came to us
        // at", Lithuanian "turi 5 metus".
        addRedactionRows({
            {u"hiya, im Kezia, 15, and i like art",
             u"hiya, im [name], [age 12-15], and i like art"},
            {u"i'm a dad, 19, and nobody helps", u"i'm a dad, [age 18-24], and nobody helps"},
            {u"they think i'm 18 but i'm actually 15",
             u"they think i'm [age 18-24] but i'm actually [age 12-15]"},
            {u"i got thrown out at 16", u"i got thrown out at [age 16-17]"},
            {u"she came to us at 9", u"she came to us at [age 8-11]"},
            {u"sesuo turi 7 metus", u"sesuo turi [age 5-7]"},
            {u"on Monday, 12, we went", u"on Monday, 12, we went"},
            {u"i have 3 cats, 2, dogs", u"i have 3 cats, 2, dogs"},
        });
        // Welsh: from one home to the next after moving, "now I'm in" a town; feelings and
        // trips stay.
        addRedactionRows({
            {u"symudon ni o Ddinbych i Gonwy", u"symudon ni o [place] i [place]"},
            {u"symudodd y teulu o Wrecsam", u"symudodd y teulu o [place]"},
            {u"rŵan dwi yng Nghaernarfon", u"rŵan dwi yng [place]"},
            {u"dwi yn hapus", u"dwi yn hapus"},
            {u"dw i yn Ffrainc ar wyliau", u"dw i yn Ffrainc ar wyliau"},
        });
        // Kept: pets the Lexicon leaves out and Welsh pets named with "o'r enw"; Welsh "ddim";
        // kin words of more home languages; characters, houses and people in the news.
        addRedactionRows({
            {u"i have a tortoise called Sheldon", u"i have a tortoise called Sheldon"},
            {u"mae gen i gath o'r enw Smwt", u"mae gen i gath o'r enw Smwt"},
            {u"dyw mam ddim yn gwrando", u"dyw mam ddim yn gwrando"},
            {u"my dayi drives a taxi", u"my dayi drives a taxi"},
            {u"i'm in Hufflepuff", u"i'm in Hufflepuff"},
            {u"Bill Gates is rich", u"Bill Gates is rich"},
        });
        // A Discord tag with its number.
        addRedactionRows({
            {u"my discord is nightowl#4421", u"my discord is [handle]"},
        });
        // Ages in the languages children switch to, with that language's word for years
        // (homelanguage.h), and the lengths of time that use the same word.
        addRedactionRows({
            // Polish
            {u"mam 13 lat i chodzę do szkoły", u"mam [age 12-15] i chodzę do szkoły"},
            {u"moja siostra ma jedenaście lat", u"moja siostra ma [age 8-11]"},
            {u"moj brat ma juz 17 lat", u"moj brat ma juz [age 16-17]"},
            {u"mój 7-letni brat płacze", u"mój [age 5-7] brat płacze"},
            {u"mała ma 3 latka", u"mała ma [age under 5]"},
            {u"mieszkamy tu od 5 lat", u"mieszkamy tu od 5 lat"},
            {u"3 lata temu przyjechaliśmy", u"3 lata temu przyjechaliśmy"},
            // Romanian
            {u"am treisprezece ani", u"am [age 12-15]"},
            {u"fratele meu de 5 ani plânge mult", u"fratele meu de [age 5-7] plânge mult"},
            {u"sora mea are doar doi ani", u"sora mea are doar [age under 5]"},
            {u"mama are douăzeci de ani", u"mama are [age 18-24]"},
            {u"acum 3 ani am venit în Anglia", u"acum 3 ani am venit în Anglia"},
            {u"5 ani de școală", u"5 ani de școală"},
            // Portuguese, Spanish, Lithuanian, Albanian, Turkish, German
            {u"tenho 14 anos", u"tenho [age 12-15]"},
            {u"mi hermana tiene nueve años", u"mi hermana tiene [age 8-11]"},
            {u"há 2 anos que moro aqui", u"há 2 anos que moro aqui"},
            {u"man 15 metų", u"man [age 12-15]"},
            {u"jam 16 vjeç", u"jam [age 16-17]"},
            {u"kardeşim 8 yaşında", u"kardeşim [age 8-11]"},
            {u"ich bin 10 Jahre alt", u"ich bin [age 8-11]"},
            // Urdu and Somali in Latin letters, Arabic
            {u"meri behen 5 saal ki hai", u"meri behen [age 5-7] ki hai"},
            {u"meri umar 13 saal hai", u"meri umar [age 12-15] hai"},
            {u"hum 3 saal se yahan hain", u"hum 3 saal se yahan hain"},
            {u"walaalkay waa 12 sano jir", u"walaalkay waa [age 12-15]"},
            {u"\u0639\u0646\u062F\u064A 12 \u0633\u0646\u0629",
             u"\u0639\u0646\u062F\u064A [age 12-15]"},
            // English words that are a years word elsewhere stay English
            {u"there are 3 an hour", u"there are 3 an hour"},
        });
        // A home named after a verb of living in another home language; countries as those
        // languages write them stay, as English ones do.
        addRedactionRows({
            {u"mieszkam w Swansea z mamą", u"mieszkam w [place] z mamą"},
            {u"przeprowadziliśmy się do Wrexham w zeszłym roku",
             u"przeprowadziliśmy się do [place] w zeszłym roku"},
            {u"mieszkam w Londynie", u"mieszkam w [place]"},
            {u"locuiesc în Luton cu mama și tata", u"locuiesc în [place] cu mama și tata"},
            {u"locuiesc in Luton", u"locuiesc in [place]"},
            {u"ne-am mutat la Peterborough", u"ne-am mutat la [place]"},
            {u"moro em Thetford com a minha mãe", u"moro em [place] com a minha mãe"},
            {u"vivo en Slough con mi abuela", u"vivo en [place] con mi abuela"},
            {u"jetoj në Barking", u"jetoj në [place]"},
            // Countries, and a family's town abroad
            {u"mieszkaliśmy w Polsce", u"mieszkaliśmy w Polsce"},
            {u"mieszkam w Anglii od 3 lat", u"mieszkam w Anglii od 3 lat"},
            {u"locuiam în România", u"locuiam în România"},
            {u"moro na Inglaterra", u"moro na Inglaterra"},
            {u"vivíamos en España", u"vivíamos en España"},
            {u"mieszkałam w Krakowie", u"mieszkałam w Krakowie"},
        });
        // Where a person stands in the sentence before a name in lower case ("talking to", "gave
        // it to", "my best friend is"), which the unknown-word model's doubt does not overrule.
        // Made-up statements; names from no labelled set's lines.
        addRedactionRows({
            {u"i gave it to kiera yesterday", u"i gave it to [name] yesterday"},
            {u"i was talking to bronwen after school", u"i was talking to [name] after school"},
            {u"i said sorry to tamsin", u"i said sorry to [name]"},
            {u"my best friend is linh", u"my best friend is [name]"},
            {u"my new social worker is rukhsana and she is ok",
             u"my new social worker is [name] and she is ok"},
            {u"i go round callum's after school", u"i go round [name]'s after school"},
            {u"i slept at kiera's", u"i slept at [name]'s"},
            // Guards: a thing or a group after u"to"; a singer listened to; a favourite
            {u"i gave it to charity", u"i gave it to charity"},
            {u"i said sorry to staff", u"i said sorry to staff"},
            {u"i listen to burna boy", u"i listen to burna boy"},
            {u"my favourite singer is rihanna", u"my favourite singer is rihanna"},
            {u"my best friend is music", u"my best friend is music"},
            {u"my mum is nice to everyone", u"my mum is nice to everyone"},
            {u"we went over to mcdonald's", u"we went over to mcdonald's"},
            {u"i was at my nan's", u"i was at my nan's"},
        });
        // Homes said without the usual verb of living: a UK town grown up in or missed, "home is",
        // a place near us; what a family comes from stays.
        addRedactionRows({
            {u"i grew up in Tredegar but now we live in Merthyr",
             u"i grew up in [place] but now we live in [place]"},
            {u"i miss Pontypool", u"i miss [place]"},
            {u"home is Wigan", u"home is [place]"},
            {u"there's a park near us in Moss Side", u"there's a park near us in [place]"},
            {u"my life in Hull is boring", u"my life in [place] is boring"},
            // Guards: abroad, a birthplace, where one is from, a saying
            {u"i grew up in Lagos", u"i grew up in Lagos"},
            {u"i miss Poland", u"i miss Poland"},
            {u"i was born in Swansea", u"i was born in Swansea"},
            {u"i'm from Swansea but i live somewhere else now",
             u"i'm from Swansea but i live somewhere else now"},
            {u"home is where the heart is", u"home is where the heart is"},
            {u"my dream is to live in London", u"my dream is to live in London"},
            {u"i want to move to Leeds when im older", u"i want to move to Leeds when im older"},
            {u"i wanna live in Dubai", u"i wanna live in Dubai"},
            {u"we are going to live in Rhyl", u"we are going to live in [place]"},
        });
        // A school, unit or home named with its article after "called", in any case; a pet or a
        // film named so stays.
        addRedactionRows({
            {u"i go to a school called the willows", u"i go to a school called [school]"},
            {u"i go to a pru called the bridge", u"i go to a pru called [school]"},
            {u"there's a unit called the haven", u"there's a unit called [place]"},
            {u"i live in a home called The Laurels", u"i live in a home called [place]"},
            {u"my dog is called the boss", u"my dog is called the boss"},
            {u"we watched a film called the avengers", u"we watched a film called the avengers"},
        });
        // "at 16" is an age after what happens at an age (having a child, leaving school, home or
        // care, going into care), and a time after anything else.
        addRedactionRows({
            {u"my mum had me at 16", u"my mum had me at [age 16-17]"},
            {u"she was pregnant at 15", u"she was pregnant at [age 12-15]"},
            {u"i went into care at 5", u"i went into care at [age 5-7]"},
            {u"i left home at 16 and never went back",
             u"i left home at [age 16-17] and never went back"},
            {u"we left home at 8 in the morning", u"we left home at 8 in the morning"},
            {u"i get up at 7", u"i get up at 7"},
            {u"dinner is at 6", u"dinner is at 6"},
        });
        // What a child watches or listens to stays: a title after a verb of watching that no list
        // knows, artists in the public phrases; a person watched stays hidden.
        addRedactionRows({
            {u"we watched Zootopia last night", u"we watched Zootopia last night"},
            {u"i love Drake and Burna Boy", u"i love Drake and Burna Boy"},
            {u"we watched Encanto", u"we watched Encanto"},
            {u"i watched Tayo play football", u"i watched [name] play football"},
            {u"i watched Kiera's match", u"i watched [name]'s match"},
            {u"i was watching Xolani dance", u"i was watching [name] dance"},
        });
    }

    void roundTenCues() { compareRedactionRow(); }

    /** Round eleven (session 13): homes said with more words between the verb and the place,
     *  and ages in more home languages. */
    void roundElevenCues_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        // Who lives with whom, or who was moved, between the verb and the place; a home's
        // place a few words after the verb in the same clause; a place a clause after it
        // calls home. A friend's, a trip's stop and a place abroad stay.
        addRedactionRows({
            {u"we live with a foster family in Swindon",
             u"we live with a foster family in [place]"},
            {u"i live with babcia in Slough", u"i live with babcia in [place]"},
            {u"i stay with a friend in Leeds sometimes",
             u"i stay with a friend in Leeds sometimes"},
            {u"she moved us to Walthamstow when i was small",
             u"she moved us to [place] when i was small"},
            {u"they moved me from Redcar to Middlesbrough",
             u"they moved me from [place] to [place]"},
            {u"i live in a caravan on the site at Smithy Fen",
             u"i live in a caravan on the site at [place]"},
            {u"we live in a flat above the chip shop in Ystrad Mynach",
             u"we live in a flat above the chip shop in [place]"},
            {u"i live in care but my mum works in Leeds",
             u"i live in care but my mum works in Leeds"},
            {u"we went on holiday to a caravan in Tenby",
             u"we went on holiday to a caravan in Tenby"},
            {u"i love Porthcawl where we live now", u"i love [place] where we live now"},
            {u"ges i swydd yng Nghricieth lle dw i'n byw",
             u"ges i swydd yng [place] lle dw i'n byw"},
            {u"we stopped in Carlisle where we stayed one night",
             u"we stopped in Carlisle where we stayed one night"},
            {u"i was born in Lagos where my grandad still lives",
             u"i was born in Lagos where my grandad still lives"},
            {u"mae nhad yn byw yn Nolgellau ond dw i ddim yn ei weld",
             u"mae nhad yn byw yn [place] ond dw i ddim yn ei weld"},
        });
        // Towns of England, Scotland and Northern Ireland are places: kept on a trip, hidden
        // where family or friends are, where one goes week by week, or after Vietnamese
        // "sống ở" (live in).
        addRedactionRows({
            {u"we stopped in Penrith on the way", u"we stopped in Penrith on the way"},
            {u"we drove through Kilmarnock", u"we drove through Kilmarnock"},
            {u"my dad is in Workington", u"my dad is in [place]"},
            {u"my mates are all in Bootle", u"my mates are all in [place]"},
            {u"my dad is in Spain", u"my dad is in Spain"},
            {u"i go to scouts in Tiverton on fridays", u"i go to scouts in [place] on fridays"},
            {u"we go to the beach in Whitby sometimes", u"we go to the beach in Whitby sometimes"},
            {u"chúng tôi sống ở Dagenham", u"chúng tôi sống ở [place]"},
        });
        // Ages with "I" or "is" of Somali, Lithuanian and Kurdish before the years,
        // and Tamil "vayasu" (age) after the number.
        addRedactionRows({
            {u"walaalkay wuxuu jiraa 9 sano", u"walaalkay wuxuu jiraa [age 8-11]"},
            {u"aš esu 15 metų", u"aš esu [age 12-15]"},
            {u"ez 16 salî me", u"ez [age 16-17] me"},
            {u"en thambi 7 vayasu", u"en thambi [age 5-7]"},
            {u"we lived there 3 sano ago", u"we lived there 3 sano ago"},
        });
        // A number someone calls their NHS number, its check digit wrong, a few words after
        // the cue; a reference whose letters are one hyphenated word.
        addRedactionRows({
            {u"the NHS number on my old letter says 123 456 7890",
             u"the NHS number on my old letter says [NHS number]"},
            {u"NHS. My lucky number is 123 456 7890", u"NHS. My lucky number is 123 456 7890"},
            {u"my case number's WRX-CLT-30418", u"my case number's [reference]"},
            {u"it was COVID-19 then", u"it was COVID-19 then"},
        });
        // Text-speak opening a statement, sayings, services, shops and shows are kept; a
        // person after them is still hidden.
        addRedactionRows({
            {u"ngl school was ok today", u"ngl school was ok today"},
            {u"Ngl i miss my old carers", u"Ngl i miss my old carers"},
            {u"ffs the bus was late again", u"ffs the bus was late again"},
            {u"smh nobody listens", u"smh nobody listens"},
            {u"stop taking the mick out of me", u"stop taking the mick out of me"},
            {u"we get food from the Co-op", u"we get food from the Co-op"},
            {u"the Scarlets won on saturday", u"the Scarlets won on saturday"},
            {u"ngl Kayden said sorry", u"ngl [name] said sorry"},
        });
    }
    void roundElevenCues() { compareRedactionRow(); }

    void roundFourteenCues_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        // "My name is" in the home languages: the name after it is hidden in any case, and
        // the cue's own words, capitalised at a statement's start, are not names.
        addRedactionRows({
            {u"mera naam sidra hai", u"mera naam [name] hai"},
            {u"Meri naam Hafsa hai", u"Meri naam [name] hai"},
            {u"amar naam rubel", u"amar naam [name]"},
            {u"Mă cheamă Sorin", u"Mă cheamă [name]"},
            {u"nazywam się wiktor", u"nazywam się [name]"},
            {u"mam na imię Zuzanna", u"mam na imię [name]"},
            {u"navê min berivan e", u"navê min [name] e"},
            {u"ismi yousef", u"ismi [name]"},
            {u"me llamo mateo", u"me llamo [name]"},
            {u"tên em là thảo", u"tên em là [name]"},
            {u"benim adım ceren", u"benim adım [name]"},
        });
        // Welsh after a family word: what the sentence goes on to say, not the relative's
        // name; "yn" before an adjective; a month after "mis".
        addRedactionRows({
            {u"dw i ddim wedi gweld Mam ers mis Mawrth",
             u"dw i ddim wedi gweld Mam ers mis Mawrth"},
            {u"mae Taid achos o'r ffordd dw i'n teimlo",
             u"mae Taid achos o'r ffordd dw i'n teimlo"},
            {u"dw i isio i Dad gwrando arna i", u"dw i isio i Dad gwrando arna i"},
            {u"mae Nain yn sal heddiw", u"mae Nain yn sal heddiw"},
        });
        // Services that speak; pets of more kinds; kin words and sayings of home languages;
        // seaside places and a refugee camp, which place no family's home.
        addRedactionRows({
            {u"the clinic told mum to come back", u"the clinic told mum to come back"},
            {u"we have a cockapoo called Maple and a spaniel called Rolo",
             u"we have a cockapoo called Maple and a spaniel called Rolo"},
            {u"a goldfish called Bubbles and one called Squirt",
             u"a goldfish called Bubbles and one called Squirt"},
            {u"my tata works nights", u"my tata works nights"},
            {u"my dayê makes the best bread", u"my dayê makes the best bread"},
            {u"ammu says i have to pray", u"ammu says i have to pray"},
            {u"Hristos a înviat, we say at easter", u"Hristos a înviat, we say at easter"},
            {u"we had a caravan in Perranporth", u"we had a caravan in Perranporth"},
            {u"we went to Rhossili on a school trip", u"we went to Rhossili on a school trip"},
            {u"i was born in Kakuma camp", u"i was born in Kakuma camp"},
        });
        // Ages: a relative's "'s" with nothing after the number to count; "years" closing
        // the clause after a person's "am"; years of a home language after an English age;
        // number words of Urdu, Bengali and Kurdish; Welsh "yn" or "'n" after a person;
        // Hungarian and Ukrainian years. A wait, a number of mates, a bus and "one of" stay.
        addRedactionRows({
            {u"my sister's 14 and my brother's 11",
             u"my sister's [age 12-15] and my brother's [age 8-11]"},
            {u"my brothers 6 mates came round", u"my brothers 6 mates came round"},
            {u"i am 13 years.", u"i am [age 12-15]."},
            {u"the wait was two years, so we gave up", u"the wait was two years, so we gave up"},
            {u"my brother is 8 anos", u"my brother is [age 8-11]"},
            {u"mera naam sidra hai aur main gyarah saal ki hoon",
             u"mera naam [name] hai aur main [age 8-11] ki hoon"},
            {u"amar boyosh egaro bochor", u"amar boyosh [age 8-11]"},
            {u"ez çardeh salî me", u"ez [age 12-15] me"},
            {u"Mae Gethin yn 11 ac Alaw yn 8", u"Mae [name] yn [age 8-11] ac [name] yn [age 8-11]"},
            {u"Mae Nel'n naw ac yn hoffi nofio", u"Mae [name] [age 8-11] ac yn hoffi nofio"},
            {u"mae'r bws yn 10 munud yn hwyr", u"mae'r bws yn 10 munud yn hwyr"},
            {u"dw i'n un o'r plant hyna", u"dw i'n un o'r plant hyna"},
            {u"az unokám 7 éves", u"az unokám [age 5-7]"},
            {u"йому 9 років", u"йому [age 8-11]"},
            {u"we came 3 lata temu", u"we came 3 lata temu"},
        });
        // Homes: a relative's (not on a trip, not a friend's), a Welsh town with its article,
        // a refuge, an address, being rehoused or fostering somewhere, "from us in"; a Welsh
        // address by a house number and its street words. "aros" alone is "wait".
        addRedactionRows({
            {u"i went to my nans in Tonypandy after school",
             u"i went to my nans in [place] after school"},
            {u"we went to my nans in Tenby on holiday", u"we went to my nans in Tenby on holiday"},
            {u"Rydyn ni'n byw yn y Trallwng ers dwy flynedd",
             u"Rydyn ni'n byw yn y [place] ers dwy flynedd"},
            {u"dw i'n aros efo Taid yn y Fenni", u"dw i'n aros efo Taid yn y [place]"},
            {u"mae'r rhestr aros yn hir", u"mae'r rhestr aros yn hir"},
            {u"We were in a refuge in Barnsley for six weeks",
             u"We were in a refuge in [place] for six weeks"},
            {u"they sent it to our old address in Merthyr",
             u"they sent it to our old address in [place]"},
            {u"We got rehoused to Ely in the end", u"We got rehoused to [place] in the end"},
            {u"it's an hour from us in Welshpool", u"it's an hour from us in [place]"},
            {u"I'm raising my granddaughter in Hereford",
             u"I'm raising my granddaughter in [place]"},
            {u"we foster in Redruth", u"we foster in [place]"},
            {u"our address is 12 Llys Derwen, Rhosllanerchrugog",
             u"our address is [place]"}, // street and town: one place (session 25)
            {u"my nan lives at 3 Bryn Awel", u"my nan lives at [place]"},
            {u"ar ôl ysgol tan chwech dw i'n chwarae", u"ar ôl ysgol tan chwech dw i'n chwarae"},
        });
        // What stays: "i'r" after a family word, a passive "got told", Welsh days, evenings
        // and languages, "dan ni" (we are), a fish in Welsh, "mama", a hotel chain; a Welsh-
        // medium school's name is still one.
        addRedactionRows({
            {u"Dw i'n Nain ac yn Taid i'r plant", u"Dw i'n Nain ac yn Taid i'r plant"},
            {u"I rang and got told someone would ring back",
             u"I rang and got told someone would ring back"},
            {u"Mae'r gweithiwr yn dod i'r tŷ ddydd Gwener",
             u"Mae'r gweithiwr yn dod i'r tŷ ddydd Gwener"},
            {u"dw i'n mynd i'r clwb ar nos Lun", u"dw i'n mynd i'r clwb ar nos Lun"},
            {u"Dan ni'n rhydd o'r diwedd!", u"Dan ni'n rhydd o'r diwedd!"},
            {u"Mae Mam yn siarad yn Arabeg efo fi", u"Mae Mam yn siarad yn Arabeg efo fi"},
            {u"dw i'n mynd i Ysgol Gymraeg Bro Morgannwg", u"dw i'n mynd i [school]"},
            {u"Ma gen i bysgodyn o'r enw Swigen", u"Ma gen i bysgodyn o'r enw Swigen"},
            {u"mama says i can stay up", u"mama says i can stay up"},
            {u"we stayed in a Travelodge for a month", u"we stayed in a Travelodge for a month"},
        });
        // Animals named a few words before "called", or said to be one after the name; what
        // a mum calls a child and a slur a child is called; a festival, a hill, a county;
        // Welsh lengths of time; a name said to be an age. A boy called Jake is a person.
        addRedactionRows({
            {u"Star is the name of my pony", u"Star is the name of my pony"},
            {u"i got a goat for christmas called Nibbles",
             u"i got a goat for christmas called Nibbles"},
            {u"we have a pony and she's called Misty", u"we have a pony and she's called Misty"},
            {u"my dog bit a boy called Jake", u"my dog bit a boy called [name]"},
            {u"i called my rabbits Socks and Shoes", u"i called my rabbits Socks and Shoes"},
            {u"Bramble is a cow on my uncles farm", u"Bramble is a cow on my uncles farm"},
            {u"Mr Fluffy is our cat", u"Mr Fluffy is our cat"},
            {u"Mr Jones is our teacher", u"Mr [name] is our teacher"},
            {u"mae gen i ferlen o'r enw Seren", u"mae gen i ferlen o'r enw Seren"},
            {u"nan calls me sunshine", u"nan calls me sunshine"},
            {u"they call me pikey at school", u"they call me pikey at school"},
            {u"Dashain is my favourite festival", u"Dashain is my favourite festival"},
            {u"we climbed Mam Tor on a school trip", u"we climbed Mam Tor on a school trip"},
            {u"im half Welsh half Essex lol", u"im half Welsh half Essex lol"},
            {u"nes i golli'r ysgol am 3 wythnos", u"nes i golli'r ysgol am 3 wythnos"},
            {u"dwi'n 18 mis Mawrth", u"dwi'n [age 18-24] mis Mawrth"},
            {u"Ma Carys'n 12 ac mae hi'n dal", u"Ma [name] [age 12-15] ac mae hi'n dal"},
            {u"Kai is 9 and he loves lego", u"[name] is [age 8-11] and he loves lego"},
        });
        // References: the Home Office's UAN, a check letter first, words between the trigger
        // and the number, a Welsh "rhif yr achos", a court's case number by its shape.
        addRedactionRows({
            {u"my UAN is 1234-5678-9012-3456, ok", u"my UAN is [reference], ok"},
            {u"their ref D-5512-KT on the letter", u"their ref [reference] on the letter"},
            {u"the reference for me is 0047711-GH", u"the reference for me is [reference]"},
            {u"rhif yr achos yw CF24P00412", u"rhif yr achos yw [reference]"},
            {u"court said LV22C01187 on the form", u"court said [reference] on the form"},
            {u"the case number for me is 12", u"the case number for me is 12"},
            {u"we bought a PS5 and FIFA24", u"we bought a PS5 and FIFA24"},
        });
        // A saint's name on a landmark or a feast is no school; a club's first word is no
        // name unless a person's context says so; a people and children's shows stay.
        addRedactionRows({
            {u"we saw the lighthouse, St Marys lighthouse",
             u"we saw the lighthouse, St Marys lighthouse"},
            {u"St Davids day is fun", u"St Davids day is fun"},
            {u"i go to St Marys", u"i go to [school]"},
            {u"Lincoln City are going up this year", u"Lincoln City are going up this year"},
            {u"my mate Stanley City", u"my mate [name]"},
            {u"we're Romany and proud", u"we're Romany and proud"},
            {u"i love Blue Peter and Ben 10", u"i love Blue Peter and Ben 10"},
            {u"bein a young carer is hard", u"bein a young carer is hard"},
        });
        // Ages of a name with "'s", South Walian "fi'n", Welsh "a hanner", a name's bare
        // "years", Nepali years; a teacher's title before a place's word; where a child in
        // care lives. "It's 5", "Sam's 3 dogs", a wait and "i miss Poland" stay.
        addRedactionRows({
            {u"We live in Slough, Harvinder's ten and the school",
             u"We live in [place], [name]'s [age 8-11] and the school"},
            {u"Our Kayden's 6 and he thinks", u"Our [name]'s [age 5-7] and he thinks"},
            {u"It's 5 and dark", u"It's 5 and dark"},
            {u"Sam's 3 dogs are loud", u"[name]'s 3 dogs are loud"},
            {u"fi'n un deg pedwar a fi'n byw", u"fi'n [age 12-15] a fi'n byw"},
            {u"Mae Elan yn un ar ddeg a hanner ac mae hi", u"Mae [name] yn [age 8-11] ac mae hi"},
            {u"Mero chhora Sagar is 11 years, he has",
             u"[name] chhora [name] is [age 8-11], he has"},
            {u"the waiting list in Cwm Taf was two years, so",
             u"the waiting list in Cwm Taf was two years, so"},
            {u"ma das barsa ko bhaye", u"ma [age 8-11] ko bhaye"},
            {u"my teacher is Mrs Holloway who is kind", u"my teacher is Mrs [name] who is kind"},
            {u"i miss Poland", u"i miss Poland"},
            {u"I'm in care in Morpeth now", u"I'm in care in [place] now"},
            {u"The placement's in Hitchin, and", u"The placement's in [place], and"},
            {u"We're on a farm near Diss, the bus", u"We're on a farm near [place], the bus"},
            {u"i live on a farm outside Penrith", u"i live on a farm outside [place]"},
            {u"we were on a site near Cambridge till", u"we were on a site near [place] till"},
            {u"we visited a farm near Ludlow on a school trip",
             u"we visited a farm near Ludlow on a school trip"},
            {u"the sign outside Tesco", u"the sign outside Tesco"},
            {u"Fe symudon ni o'r Drenewydd i Lanidloes",
             u"[name] symudon ni o'r [place] i [place]"},
        });
    }
    void roundFourteenCues() { compareRedactionRow(); }

    /** Round fifteen (issue 17, after heldout15 and heldout17 were read at session 15's
     *  start): classes of their missed places and ages, each tested here with statements of
     *  its own, the cases each must leave alone beside it. */
    void roundFifteenCues_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        // Somewhere a child or family sleeps, or a relative is, in a UK town: a home, unless
        // the sentence is about a visit, work, the police, an event or a wish.
        addRedactionRows({
            {u"we were put in a hotel in Rotherham for a month",
             u"we were put in a hotel in [place] for a month"},
            {u"the bedsit in Grimsby is damp", u"the bedsit in [place] is damp"},
            {u"my uncle in Wigan said i can stay", u"my uncle in [place] said i can stay"},
            {u"the foster family in Rotherham are kind", u"the foster family in [place] are kind"},
            {u"my dad's family in Dudley never ring", u"my dad's family in [place] never ring"},
            {u"i was in Barnsley for 2 weeks in a B&B", u"i was in [place] for 2 weeks in a B&B"},
            {u"im in a semi-independent in Walsall now",
             u"im in a semi-independent in [place] now"},
            {u"mae fy nheulu maeth yn Wrecsam yn neis", u"mae fy nheulu maeth yn [place] yn neis"},
            {u"i went to see my nan in Wigan", u"i went to see my nan in Wigan"},
            {u"my dad works in a warehouse in Wigan", u"my dad works in a warehouse in Wigan"},
            {u"i was in Barnsley for the match", u"i was in Barnsley for the match"},
            // Round 29: a police stop is local to the child (see roundEighteenCues).
            {u"the police stopped me in a hotel in Derby",
             u"the police stopped me in a hotel in [place]"},
            {u"mae'r llys teulu yn Wrecsam", u"mae'r llys teulu yn Wrecsam"},
            {u"mae'r meddyg teulu yn Wrecsam yn dda", u"mae'r meddyg teulu yn Wrecsam yn dda"},
            {u"my cousins in Pakistan", u"my cousins in Pakistan"},
            {u"my auntie in Norfolk", u"my auntie in Norfolk"},
        });
        // With the people lived with: "me", a number, "moved in with".
        addRedactionRows({
            {u"she lives with me and dad in Rotherham", u"she lives with me and dad in [place]"},
            {u"i live with my mum and my 3 sisters in Dudley",
             u"i live with my mum and my 3 sisters in [place]"},
            {u"i moved in with my mate's family in Rotherham",
             u"i moved in with my mate's family in [place]"},
            {u"she's been with me in Hastings since may",
             u"she's been with me in [place] since may"},
            {u"ammi is in Rotherham", u"ammi is in [place]"},
        });
        // A UK town after "in" in another home language; a county or a town abroad stays.
        addRedactionRows({
            {u"mój brat mieszka z mamą w Wigan", u"mój brat mieszka z mamą w [place]"},
            {u"eu sunt aici în Derby cu o familie", u"eu sunt aici în [place] cu o familie"},
            {u"a minha avó mora em Luton", u"a minha avó mora em [place]"},
            {u"mój tata pracuje na farmie w Norfolk", u"mój tata pracuje na farmie w Norfolk"},
        });
        // Sent to live somewhere; the next town in a route of homes.
        addRedactionRows({
            {u"they sent me to Rotherham", u"they sent me to [place]"},
            {u"they moved my son Kai to Rotherham", u"they moved my son [name] to [place]"},
            {u"they dispersed us to Stockton", u"they dispersed us to [place]"},
            {u"we lived in Leeds, then Wakefield, now Rotherham",
             u"we lived in [place], then [place], now [place]"},
            {u"they moved me to Bolton, then to Rochdale",
             u"they moved me to [place], then to [place]"},
            {u"they sent me to London on a school trip",
             u"they sent me to London on a school trip"},
            {u"we lived in Leeds, then Spain", u"we lived in [place], then Spain"},
        });
        // "at" and "till" before an age: what happened at an age, unless the words say a
        // clock's time or a house.
        addRedactionRows({
            {u"i was sectioned at 15", u"i was sectioned at [age 12-15]"},
            {u"i got my first job at 16", u"i got my first job at [age 16-17]"},
            {u"being a young carer at 12 is hard", u"being a young carer at [age 12-15] is hard"},
            {u"in care till 18 then a flat", u"in care till [age 18-24] then a flat"},
            {u"i go to bed at 9", u"i go to bed at 9"},
            {u"mum picks me up at 3", u"mum picks me up at 3"},
            // the day's light, meals and sleep (heldout60)
            {u"in winter it gets dark at 4 and i cant go out",
             u"in winter it gets dark at 4 and i cant go out"},
            {u"we all eat at 6 round the table", u"we all eat at 6 round the table"},
            {u"he falls asleep at 7", u"he falls asleep at 7"},
            {u"i was sleeping rough at 16", u"i was sleeping rough at [age 16-17]"},
            {u"i was at 4 different schools", u"i was at 4 different schools"},
            {u"my nan lives at 12 Rose Street", u"my nan lives at [place]"},
            {u"stay up till 10", u"stay up till 10"},
            {u"9 till 11 every day", u"9 till 11 every day"},
            {u"it shuts at 11:30pm", u"it shuts at 11:30pm"},
            {u"contact is on fridays at 4", u"contact is on fridays at 4"},
            {u"my brother was born at 28 weeks", u"my brother was born at 28 weeks"},
            {u"we got there at 10 and waited", u"we got there at 10 and waited"},
        });
        // Structured numbers the unseen sets of session 15 wrote in new ways: Welsh "rhif y
        // GIG" (NHS number), an NI number whose cue is far before it, a case said to be a
        // dashed number, a crime number in slashes with words between it and its cue.
        addRedactionRows({
            {u"rhif y GIG ydy 9434765919", u"rhif y GIG ydy [NHS number]"},
            {u"the gig had 4000000000 views", u"the gig had 4000000000 views"},
            {u"the NI number on the form for my PIP claim is TQ 12 34 56 B",
             u"the NI number on the form for my PIP claim is [NI number]"},
            {u"my case is 23-1187 at the family court",
             u"my case is [reference] at the family court"},
            {u"the case is 12-15 pages long", u"the case is 12-15 pages long"},
            {u"the crime number with the police is 12/345678/23",
             u"the crime number with the police is [reference]"},
            {u"they gave me 12/345678/23 to ring about", u"they gave me [reference] to ring about"},
            {u"born 12/03/2008", u"born [date of birth]"},
        });
        // What stays: a hospital, a prison or a court named by its town; a pet named before
        // "the cat"; Welsh "am" (at) before a time; a number that counts people; the public
        // names of data/public-phrases.txt, but not a street named after one, and not a person
        // "from" a service.
        addRedactionRows({
            {u"my brother is in Doncaster Royal Infirmary",
             u"my brother is in Doncaster Royal Infirmary"},
            {u"his dad is in Durham prison", u"his dad is in Durham prison"},
            {u"i was at Cardiff Crown Court on monday", u"i was at Cardiff Crown Court on monday"},
            {u"the judge at Leeds Magistrates Court", u"the judge at Leeds Magistrates Court"},
            {u"Biscuit the cat sleeps on my bed", u"Biscuit the cat sleeps on my bed"},
            {u"Tom the builder came round", u"[name] the builder came round"},
            {u"mae'r bws bob bore am 8", u"mae'r bws bob bore am 8"},
            // Welsh "am" (at) after getting up or before "bob" (every), "tan" (until)
            {u"dwi'n gorfod codi am 6 i ddal y bws", u"dwi'n gorfod codi am 6 i ddal y bws"},
            {u"mynd i nofio am 7 bob nos fawrth", u"mynd i nofio am 7 bob nos fawrth"},
            {u"gweithio am 9 tan 5 yn y siop", u"gweithio am 9 tan 5 yn y siop"},
            {u"hi am 14 bob says hi too", u"hi am [age 12-15] bob says hi too"},
            {u"hi am 14", u"hi am [age 12-15]"},
            {u"we were 3 sisters in one room", u"we were 3 sisters in one room"},
            {u"we went to Alton Towers and ate at Greggs",
             u"we went to Alton Towers and ate at Greggs"},
            {u"i live on Anfield Road", u"i live on [place]"},
            {u"Faith from CAMHS is alright", u"[name] from CAMHS is alright"},
            {u"my support worker Nadia from Refugee Action rang",
             u"my support worker [name] from Refugee Action rang"},
            {u"Olivia from Love Island is my fave", u"Olivia from Love Island is my fave"},
        });
        // Welsh: the Welsh names of English cities and small Welsh towns, found by the
        // context that says home; a trip to one stays.
        addRedactionRows({
            {u"Symudon ni i Fae Colwyn o Lerpwl", u"Symudon ni i [place] o [place]"},
            {u"Dw i'n mynd at Dad yn Lerpwl bob penwythnos",
             u"Dw i'n mynd at Dad yn [place] bob penwythnos"},
            {u"mae'r uned yn Llanfairfechan yn bell", u"mae'r uned yn [place] yn bell"},
            {u"es i i'r coleg yn Aberaeron", u"es i i'r coleg yn [place]"},
            {u"aethon ni i Fanceinion i siopa", u"aethon ni i Fanceinion i siopa"},
        });
        // Part 3, after heldout23's misses: a town said to be home after it ("we live there",
        // "is my area", Welsh "dyna adra", "byw yno"), a verb of living in a home language on
        // either side of the town, "moved there from", "shifted", a relative after "his";
        // a public name that is a town is no longer kept ("Milton Keynes").
        addRedactionRows({
            {u"my dad is from Doncaster, we live there now",
             u"my dad is from [place], we live there now"},
            {u"i train with a team in Halifax, thats where i live",
             u"i train with a team in [place], thats where i live"},
            {u"Wigan is my area", u"[place] is my area"},
            {u"twll ydi Bangor ond dyna adra", u"twll ydi [place] ond dyna adra"},
            {u"we went to Leeds, i want to live there", u"we went to Leeds, i want to live there"},
            {u"i went to York, they live there", u"i went to York, they live there"},
            {u"London is home to millions", u"London is home to millions"},
            {u"waxaan ku noolahay Sheffield", u"waxaan ku noolahay [place]"},
            {u"Tinogara ku Derby", u"Tinogara ku [place]"},
            {u"ez niha li Leeds dijîm", u"ez niha li [place] dijîm"},
            {u"we moved there from Swindon", u"we moved there from [place]"},
            {u"we shifted from Slough to Reading", u"we shifted from [place] to [place]"},
            {u"they shifted the meeting to Leeds", u"they shifted the meeting to Leeds"},
            {u"I am her nan in Wigan", u"I am her nan in [place]"},
            {u"i live in Milton Keynes", u"i live in [place]"},
            {u"we went to Port Talbot for the day", u"we went to Port Talbot for the day"},
        });
        // Ages: years before the number (Shona, Twi, Oromo), more years words (Pashto, Romani,
        // Farsi with its long vowel, Tigrinya's own script), Chinese "岁" written onto it.
        addRedactionRows({
            {u"ndine makore 13, mum says", u"ndine [age 12-15], mum says"},
            {u"medi mfeɛ 8", u"medi [age 8-11]"},
            {u"zə 15 kaala yam", u"zə [age 12-15] yam"},
            {u"man 13 sāla hastam", u"man [age 12-15] hastam"},
            {u"ane 16 ዓመት እየ", u"ane [age 16-17] እየ"},
            {u"我今年13岁", u"我今年[age 12-15]"},
            {u"我今年8歲, i like school", u"我今年[age 8-11], i like school"},
            {u"it cost 1500岁", u"it cost 1500岁"},
        });
        // Part 4, after heldout22's misses: a home verb of any home language up to six words
        // before the town; relatives in the plural; "is where i grew up" after the town; a
        // route on in Welsh ("ac wedyn i'r"); more words for "I" and years before an age; a
        // lower-case word the Welsh dictionary knows and no name list does is no name; Welsh
        // "bob" (every) before a time, and England in Welsh, stay.
        addRedactionRows({
            {u"jetoj me një familje angleze në Leeds", u"jetoj me një familje angleze në [place]"},
            {u"i've been with my grandparents in Derby since",
             u"i've been with my grandparents in [place] since"},
            {u"we're in Bolton and the kids are in Wigan",
             u"we're in [place] and the kids are in [place]"},
            {u"the estate in Wrexham is where i grew up",
             u"the estate in [place] is where i grew up"},
            {u"born in Salford and that's where my family still lives",
             u"born in [place] and that's where my family still lives"},
            {u"symudon ni o Fangor i Gaernarfon ac wedyn i'r Bala",
             u"symudon ni o [place] i [place] ac wedyn i'r [place]"},
            {u"ami 16 bochor and", u"ami [age 16-17] and"},
            {u"za 15 kalana yam", u"za [age 12-15] yam"},
            {u"my eiriolwr helped me", u"my eiriolwr helped me"},
            {u"dw i'n cael fy symud i Loegr", u"dw i'n cael fy symud i Loegr"},
            {u"dw i'n gweld Nain bob nos", u"dw i'n gweld Nain bob nos"},
            {u"Bob is my key worker", u"[name] is my key worker"},
            {u"i want to go to Uni and do law", u"i want to go to Uni and do law"},
        });
        // Part 5, after heldout25 (half of it Welsh): in a Welsh statement a capitalised word
        // after the article is a noun ("mae'r Meddyg", "Sul y Mamau"); Welsh words beyond
        // ASCII ("Lôn", "rŵan", "tŷ") are matched at all; "un ar hugain"; "efo ni ym", "o X
        // i'r Y", a relative moving, grandparents named by their towns.
        addRedactionRows({
            {u"mae'r Meddyg yn dod fory", u"mae'r Meddyg yn dod fory"},
            {u"Sul y Mamau oedd yn anodd", u"Sul y Mamau oedd yn anodd"},
            {u"mae Gwenith yn dod i'r adolygiad", u"mae [name] yn dod i'r adolygiad"},
            {u"We're at 7 Lôn Goed, Llangefni", u"We're at [place]"},
            {u"dwi'n un ar hugain rŵan", u"dwi'n [age 18-24] rŵan"},
            {u"mae o'n byw efo ni ym Mhwllheli", u"mae o'n byw efo ni ym [place]"},
            {u"symudon ni o Gaerffili i'r Barri", u"symudon ni o [place] i'r [place]"},
            {u"symudodd Mam i Gorwen llynedd", u"symudodd Mam i [place] llynedd"},
            {u"ma Nain Dinbych a Taid Rhyl yn dod heddiw",
             u"ma Nain [place] a Taid [place] yn dod heddiw"},
            // Welsh ordinals in words before "o" and a month are a date; "ail o'r plant"
            // (the second of the children) is not.
            {u"dwi'n ddeunaw ar y degfed o Ebrill", u"dwi'n [age 18-24] ar y [date]"},
            {u"mae pen-blwydd fi ar yr unfed ar ddeg o Dachwedd",
             u"mae pen-blwydd fi ar yr [date]"},
            {u"mae'r ail o'r plant yn sal", u"mae'r ail o'r plant yn sal"},
            // Welsh ages after a name: spoken "ma", "a" (and), a name between commas.
            {u"Ma Macsen yn naw ac yn cael trafferth",
             u"Ma [name] yn [age 8-11] ac yn cael trafferth"},
            {u"rydw i'n wyth a Mabon yn saith", u"rydw i'n [age 8-11] a [name] yn [age 5-7]"},
            {u"ma fy mrawd bach, Ifor, yn chwech a", u"ma fy mrawd bach, [name], yn [age 5-7] a"},
            {u"mae Tom yn hapus a Cai yn un o'r plant",
             u"mae [name] yn hapus a [name] yn un o'r plant"},
        });
    }
    void roundFifteenCues() { compareRedactionRow(); }

    /** Round sixteen (issue 17, heldout25's clean Welsh statements): Welsh titles capitalise
     *  a noun and the words after it ("y Gweithiwr Cymdeithasol"), which are no names; Welsh
     *  ways of naming a pet. Statements of my own; the names beside them still found. */
    void roundSixteenCues_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        addRedactionRows({
            {u"mae'r Gweithiwr Ieuenctid yn dod ddydd Llun",
             u"mae'r Gweithiwr Ieuenctid yn dod ddydd Llun"},
            {u"dwi'n casáu'r Cyfarfod Cynllunio achos mae pawb yn siarad amdana i",
             u"dwi'n casáu'r Cyfarfod Cynllunio achos mae pawb yn siarad amdana i"},
            {u"mae fy Chwaer Faeth yn garedig", u"mae fy Chwaer Faeth yn garedig"},
            {u"mae Tad Maeth fi yn gweithio yn y ffatri",
             u"mae Tad Maeth fi yn gweithio yn y ffatri"},
            {u"roedd y Swyddog Prawf yn hwyr eto", u"roedd y Swyddog Prawf yn hwyr eto"},
            {u"dwi'n aros am y Taliad Annibyniaeth Personol",
             u"dwi'n aros am y Taliad Annibyniaeth Personol"},
            {u"mae'r Bwrdd Iechyd yn araf", u"mae'r Bwrdd Iechyd yn araf"},
            {u"roedd yr Heddlu Trafnidiaeth yn y stesion",
             u"roedd yr Heddlu Trafnidiaeth yn y stesion"},
            {u"ma'r Uned Cyfeirio Disgyblion yn iawn", u"ma'r Uned Cyfeirio Disgyblion yn iawn"},
            // Not after a family word when the word is a listed name, nor a place's name.
            {u"mae Nain Haf yn byw drws nesa", u"mae Nain [name] yn byw drws nesa"},
            {u"mae Anti Seren yn dod", u"mae Anti [name] yn dod"},
            {u"dwi'n byw yng Nghwm Rhondda efo Mam", u"dwi'n byw yng [place] efo Mam"},
            // Pets: "X y gath", "X yw enw'r gath", "X yw'r ci", "ein ci ni X".
            {u"Twm y gath sy'n cysgu ar y soffa", u"Twm y gath sy'n cysgu ar y soffa"},
            {u"Mali yw enw'r gath", u"Mali yw enw'r gath"},
            {u"Pero yw'r ci", u"Pero yw'r ci"},
            {u"mae ein ci ni Taffi yn hen", u"mae ein ci ni Taffi yn hen"},
            {u"Mali yw fy ffrind gorau", u"[name] yw fy ffrind gorau"},
            {u"Seren yw fy chwaer", u"[name] yw fy chwaer"},
        });
        // Part 2 (heldout27's clean statements): Welsh months, days, school subjects and
        // years, the words for the Welsh and the English, God; not "Mai" and "Medi", names too.
        addRedactionRows({
            {u"dwi'n casáu Daearyddiaeth a Ffiseg", u"dwi'n casáu Daearyddiaeth a Ffiseg"},
            {u"dwi'n hoffi Cemeg ond dim Bioleg", u"dwi'n hoffi Cemeg ond dim Bioleg"},
            {u"mae hogia Blwyddyn 11 yn gas", u"mae hogia Blwyddyn 11 yn gas"},
            {u"dwi'n Gymraes ond mae Dad yn Sais", u"dwi'n Gymraes ond mae Dad yn Sais"},
            {u"ers Gorffennaf dwi'n byw efo Nain", u"ers Gorffennaf dwi'n byw efo Nain"},
            {u"mae Mamgu'n gweddïo ar Dduw bob nos", u"mae Mamgu'n gweddïo ar Dduw bob nos"},
            {u"dwi'n mynd at Nain ar Ddydd Nadolig", u"dwi'n mynd at Nain ar Ddydd Nadolig"},
            {u"Mai ydy fy ffrind gorau", u"[name] ydy fy ffrind gorau"},
            {u"Medi yw fy chwaer", u"[name] yw fy chwaer"},
            // A birthday on a Welsh feast day, the owner after the word ("fy mhen-blwydd i").
            {u"ges i fy ngeni ar Ddydd San Steffan", u"ges i fy ngeni ar [date]"},
            {u"mae fy mhen-blwydd i ar Nos Galan", u"mae fy mhen-blwydd i ar [date]"},
            {u"ei ben-blwydd o ar Ddydd Gŵyl Dewi", u"ei ben-blwydd o ar [date]"},
            {u"ma penblwydd fi ar Ddydd Calan 2011", u"ma penblwydd fi ar [date of birth]"},
        });
        // Part 3 (heldout26's missed places): a town said to be home after it, in any case at
        // a sentence's start; how long one has been in a town; a street after "off" or after a
        // home named earlier; a place's first or last word in lower case ("old", "bay").
        addRedactionRows({
            {u"wakefield is where we are now, in a flat",
             u"[place] is where we are now, in a flat"},
            {u"Rotherham's where we live now", u"[place]'s where we live now"},
            {u"grimsby is home, always will be", u"[place] is home, always will be"},
            {u"Keighley born and bred", u"[place] born and bred"},
            {u"we been in bolton 3 yrs now", u"we been in [place] 3 yrs now"},
            {u"ive been in stockport since i was small", u"ive been in [place] since i was small"},
            {u"we been in wigan for a few months now", u"we been in [place] for a few months now"},
            {u"we were in salford before this, ellor street",
             u"we were in [place] before this, [place]"},
            {u"my nan's flat is off stamford road", u"my nan's flat is off [place]"},
            {u"we live in old swinford", u"we live in [place]"},
            {u"Leeds is where we went for the match", u"Leeds is where we went for the match"},
            {u"Cardiff is where my dad works", u"Cardiff is where my dad works"},
            {u"i've been in hospital since monday", u"i've been in hospital since monday"},
            {u"we live in the west", u"we live in the west"},
            {u"the main road is busy", u"the main road is busy"},
        });
        // Part 4: Welsh public life kept (public-phrases.txt, round 16), but not after a role
        // word (a worker may share a singer's name), nor after "Ysgol" (a school named so).
        addRedactionRows({
            {u"nes i ganu Calon Lân yn yr Eisteddfod", u"nes i ganu Calon Lân yn yr Eisteddfod"},
            {u"ma Elin Fflur ar y teli", u"ma Elin Fflur ar y teli"},
            {u"my nan loves Tom Jones", u"my nan loves Tom Jones"},
            {u"my social worker Tom Jones came", u"my social worker [name] came"},
            {u"dwi'n mynd i Ysgol Dewi Sant", u"dwi'n mynd i [school]"},
            {u"Ysgol Gymraeg Owain Glyndŵr yw fy ysgol", u"[school] yw fy ysgol"},
        });
        // Part 5 (heldout26's and 27's missed names and ages): Welsh "ma X yn" before a
        // friend, a home or an age; "X ydy'r" before a carer or a teacher; a Welsh age after
        // "X ni" (our X), "fy chwaer i yn", a birthday's "yn 18"; Tigrinya "ametey" (my years).
        addRedactionRows({
            {u"ma Enfys yn ffrind gorau fi", u"ma [name] yn ffrind gorau fi"},
            {u"ma Gwawr yn byw drws nesa", u"ma [name] yn byw drws nesa"},
            {u"Tesni ydy'r gofalwr maeth newydd", u"[name] ydy'r gofalwr maeth newydd"},
            {u"Eirlys yw'r nyrs ysgol", u"[name] yw'r nyrs ysgol"},
            {u"mae'r gwynt yn gryf heddiw", u"mae'r gwynt yn gryf heddiw"},
            {u"ma Tomos ni'n dri ar ddeg a mae o'n ddrwg",
             u"ma [name] ni'n [age 12-15] a mae o'n ddrwg"},
            {u"ma Nel ni yn naw a mae hi'n swnllyd",
             u"ma [name] ni yn [age 8-11] a mae hi'n swnllyd"},
            {u"ma Mali fy chwaer i yn bymtheg ac mae hi'n gas",
             u"ma [name] fy chwaer i yn [age 12-15] ac mae hi'n gas"},
            {u"bydd fy mhen-blwydd yn 16 fory", u"bydd fy mhen-blwydd yn [age 16-17] fory"},
            {u"ane 14 ametey and i like football", u"ane [age 12-15] and i like football"},
        });
        // Part 6: "tŷ" (house) before a lower-case word is no house's name ("yn tŷ ni" is "in
        // our house"; it hid the word after it); Welsh "tŷ ... yn" a town is a home, but "yn"
        // is also "is" ("mae'r tŷ yn fawr", and "Mawr" is a listed town's word).
        addRedactionRows({
            {u"mae Nain yn tŷ ni heno", u"mae Nain yn tŷ ni heno"},
            {u"mae Nain yn y tŷ heno", u"mae Nain yn y tŷ heno"},
            {u"we live at Tŷ Gwyn", u"we live at [place]"},
            {u"mae'r tŷ newydd yn Llandudno yn fawr", u"mae'r tŷ newydd yn [place] yn fawr"},
            {u"mae fy nhŷ i yn Nhreorci", u"mae fy nhŷ i yn [place]"},
            {u"mae'r tŷ yn lân", u"mae'r tŷ yn lân"},
            {u"mae Caerdydd yn fawr", u"mae Caerdydd yn fawr"},
        });
        // Part 7 (heldout29's clean statements): places abroad of two words ("from Hong
        // Kong" hid "Hong"), Welsh counties ("o Sir Fôn"), a costume's character.
        addRedactionRows({
            {u"my stepdad is from Hong Kong", u"my stepdad is from Hong Kong"},
            {u"one day i want to go to New York", u"one day i want to go to New York"},
            {u"mae Taid yn dod o Sir Benfro", u"mae Taid yn dod o Sir Benfro"},
            {u"im going to be Moana for world book day",
             u"im going to be Moana for world book day"},
            {u"my brother dressed up as Shrek", u"my brother dressed up as Shrek"},
            {u"my friend Elsa came round", u"my friend [name] came round"},
        });
        // Part 8: everyday words of 23 home languages in lower case are no names
        // (home-language-words.txt, round 16: "zice" (says), "robi" (makes) were hidden).
        addRedactionRows({
            {u"bunica zice că sunt prea mic", u"bunica zice că sunt prea mic"},
            {u"babcia robi pierogi w niedzielę", u"babcia robi pierogi w niedzielę"},
            {u"mama mówi że jestem za mały na telefon", u"mama mówi że jestem za mały na telefon"},
            {u"babcia robi pierogi z Kasią", u"babcia robi pierogi z [name]"},
        });
        // Session 31 (heldout62's clean statements): Jamaican Patois, Punjabi, Gujarati and
        // Nepali everyday and kin words, which a name list holds or no list knows.
        addRedactionRows({
            {u"Dem seh mi son inna gang, but him just a play football inna di park",
             u"Dem seh mi son inna gang, but him just a play football inna di park"},
            {u"mi cyaan badda wid school, teacher dem always a pick pan mi",
             u"mi cyaan badda wid school, teacher dem always a pick pan mi"},
            {u"bhenji told me to tell u she cant make the meeting",
             u"bhenji told me to tell u she cant make the meeting"},
            {u"im nepali, my aama makes the best momo", u"im nepali, my aama makes the best momo"},
            {u"mein bhai Arjun nu miss karda", u"mein bhai [name] nu miss karda"},
        });
        // Part 10 (structured kinds on heldout27 and heldout30): the Welsh trigger "rhif" (number)
        // had never reached referenceAt in lower case (only the Lexicon's triggers and capitals
        // passed anonymise's gate); the owner after the noun ("rhif achos fi yw"); a second
        // reference of the shape of one a trigger found.
        addRedactionRows({
            {u"rhif achos fi yw 3310/CS/552 os chi'n gofyn",
             u"rhif achos fi yw [reference] os chi'n gofyn"},
            {u"fy rhif achos yw 33104471", u"fy rhif achos yw [reference]"},
            {u"mae rhif 7 ar y bws", u"mae rhif 7 ar y bws"},
            {u"ref 3310-KIN-04 is mine and my sister's is 3310-KIN-05",
             u"ref [reference] is mine and my sister's is [reference]"},
            {u"ref 3310-KIN-04 is mine and the bus was the 42",
             u"ref [reference] is mine and the bus was the 42"},
        });
    }
    void roundSixteenCues() { compareRedactionRow(); }

    /** Round 17 (session 17): districts, estates and villages where families live
     *  (data/districts.txt), hidden as places unless the words around them say otherwise.
     *  Statements of my own; the first four fail without the list ("Old [name] is home",
     *  "kelham [name]" leaked half a place). */
    void roundSeventeenDistricts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        addRedactionRows({
            {u"Old Swan is home", u"[place] is home"},
            {u"tottenham hale is home", u"[place] is home"},
            {u"kelham island is where my flat is", u"[place] is where my flat is"},
            {u"been on castle vale all my life", u"been on [place] all my life"},
            {u"my nan lives in the Gorbals", u"my nan lives in the [place]"},
            // Everyday words: a place only with a capital or a preposition of place.
            {u"we sat under the cherry tree in the garden",
             u"we sat under the cherry tree in the garden"},
            {u"we went to the west end to see a show", u"we went to the west end to see a show"},
            // A trip, a service, someone else's place, a longer name: left to the other rules.
            {u"we went to Glastonbury for the festival",
             u"we went to Glastonbury for the festival"},
            {u"the magistrates in Seacroft were fair", u"the magistrates in Seacroft were fair"},
            {u"a team from wythenshawe beat us", u"a team from wythenshawe beat us"},
            {u"Tile Hill Wood School is my school", u"[school] is my school"},
            // A Welsh word that names villages too ("Pwll") stays a word.
            {u"mae'r plant yn nofio yn y pwll", u"mae'r plant yn nofio yn y pwll"},
        });
    }
    void roundSeventeenDistricts() { compareRedactionRow(); }

    /** Round 18 (session 18): cues that heldout20's and heldout31's misses showed, as
     *  general rules. Statements of my own, none from a labelled set; each class with the
     *  statements it must leave alone. */
    void roundEighteenCues_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        addRedactionRows({
            // An age after a name the name finder found, which the age rules alone cannot
            // tell from a word (lower case, wide list only, hyphenated).
            {u"my cousin zuri is 6 and she sings", u"my cousin [name] is [age 5-7] and she sings"},
            {u"my foster brother keanu-lee is 14 and he games all night",
             u"my foster brother [name] is [age 12-15] and he games all night"},
            {u"our kid is 5 minutes away", u"our kid is 5 minutes away"},
            // Ages in a list after "aged", and a child named by what carers call one.
            {u"we foster three, aged 6, 11 and 14",
             u"we foster three, aged [age 5-7], [age 8-11] and [age 12-15]"},
            {u"we paid 9,500 for the car", u"we paid 9,500 for the car"},
            {u"rooms 9, 13 and 15 are empty", u"rooms 9, 13 and 15 are empty"},
            {u"our new lad is 13 and loves boxing", u"our new lad is [age 12-15] and loves boxing"},
            {u"our little one is 2", u"our little one is [age under 5]"},
            {u"this one is 12 quid", u"this one is 12 quid"},
            // Where the child or family is from, in the UK, is home; not one left behind,
            // someone else's, or abroad.
            {u"im from pontypridd and proud", u"im from [place] and proud"},
            {u"we are from Kirkby", u"we are from [place]"},
            {u"I'm from Leeds originally, we live in York now",
             u"I'm from Leeds originally, we live in [place] now"},
            {u"she's from Oldham", u"she's from Oldham"},
            {u"I am from Ghana", u"I am from Ghana"},
            // A town or district said to be near the child's home.
            {u"i work at the barbers in peckham near my house",
             u"i work at the barbers in [place] near my house"},
            {u"the gym in Rumney, 5 mins from ours, is cheap",
             u"the gym in [place], 5 mins from ours, is cheap"},
            // Since round 29 the place model reads a town where a child's life happens as
            // local, as the held-out sets' authors label it ("local venues that pin the child
            // down"): an arrest, a police stop, a review, the lads one fears, a mate's home.
            {u"he was arrested in Gateshead near the station",
             u"he was arrested in [place] near the station"},
            {u"we went to a hotel in Paris near our house",
             u"we went to a hotel in Paris near our house"},
            {u"Big Kev from my estate got nicked", u"[name] from my estate got nicked"},
            // A district the context rules found only the first word of, and a district's
            // own estate.
            {u"my cousin got a flat in knowle west", u"my cousin got a flat in [place]"},
            {u"my nan lives on the bransholme estate", u"my nan lives on the [place] estate"},
            // Born or arrived in a UK town: the child's generation, or a move with its time.
            {u"my son was born in Oldham", u"my son was born in [place]"},
            {u"i was born in Oldham and i still live there",
             u"i was born in [place] and i still live there"},
            {u"i was born in Oldham", u"i was born in Oldham"},
            {u"my mum was born in Oldham", u"my mum was born in Oldham"},
            {u"i was born in Poland", u"i was born in Poland"},
            {u"we came to Bolton in 2016", u"we came to [place] in 2016"},
            {u"we came to Bolton for the day", u"we came to Bolton for the day"},
            {u"we came to London when i was 9 for a holiday",
             u"we came to London when i was [age 8-11] for a holiday"},
            // Welsh son and daughter are relatives, as brother and sister were.
            {u"roedd fy mab yn 8 pan symudon ni", u"roedd fy mab yn [age 8-11] pan symudon ni"},
            {u"mae'r bws yn 10 munud yn hwyr", u"mae'r bws yn 10 munud yn hwyr"},
            // Not the mutated "fab": children's English "fab" is no relative.
            {u"we had a fab day in Rhyl", u"we had a fab day in Rhyl"},
            // Welsh "grown up in", "raised in", as "grew up in"; not abroad.
            {u"dw i wedi tyfu i fyny yn Wrecsam", u"dw i wedi tyfu i fyny yn [place]"},
            {u"mae hi wedi tyfu i fyny yn Sbaen", u"mae hi wedi tyfu i fyny yn Sbaen"},
            // Who the speaker is, and where.
            {u"I'm a single dad in Wigan", u"I'm a single dad in [place]"},
            {u"i'm a bit scared of the lads in Hull", u"i'm a bit scared of the lads in [place]"},
            // Lodging and relatives the earlier rules did not read.
            {u"stuck in a B&B in Rhyl since march", u"stuck in a B&B in [place] since march"},
            {u"i have my own place in Bury now", u"i have my own place in [place] now"},
            {u"my brother got taken into care in Hull",
             u"my brother got taken into care in [place]"},
            {u"my dad said i can stay with him in Rhyl",
             u"my dad said i can stay with him in [place]"},
            {u"i went to stay with a friend in Rhyl", u"i went to stay with a friend in Rhyl"},
            {u"we've got our grandson Tyler in Wolverhampton",
             u"we've got our grandson [name] in [place]"},
            {u"we moved here from Wigan last year", u"we moved here from [place] last year"},
            // Someone in the family lives at the place just named.
            {u"we get contact in tremorfa at my nans", u"we get contact in [place] at my nans"},
            {u"dad worked at the garage in Gorton, we lived round the corner",
             u"dad worked at the garage in [place], we lived round the corner"},
            {u"my uncle has a chippy in Gorton, we live above it",
             u"my uncle has a chippy in [place], we live above it"},
            {u"i was in the choir in Rhyl till we moved",
             u"i was in the choir in [place] till we moved"},
            {u"i love Leeds, i want to live there", u"i love Leeds, i want to live there"},
            {u"my mate plays footy in Gorton, they live there",
             u"my mate plays footy in [place], they live there"},
            // A street in lower case: near the child's home, or after a home in its sentence.
            {u"they pulled me over on mill lane right outside my house",
             u"they pulled me over on [place] right outside my house"},
            {u"we live in splott by the shop on ocean road",
             u"we live in [place] by the shop on [place]"},
            {u"we live in Leeds and i fell off my bike on the main road",
             u"we live in [place] and i fell off my bike on the main road"},
            {u"i walked on church street with my mates",
             u"i walked on church street with my mates"},
            // School words the list lacked, and a school's name that is a street's.
            {u"he's at Greenfield Collegiate now", u"he's at [school] now"},
            {u"i live on campus", u"i live on campus"},
            {u"we live at 12 fitzalan road", u"we live at [place]"},
            {u"i go to fitzalan", u"i go to [school]"},
            // A name in lower case that is also a word, said to be a relative or of an age
            // right after it.
            {u"jack is my step brother", u"[name] is my step brother"},
            {u"rose is my nan's name too", u"[name] is my nan's name too"},
            {u"tegan is 13 and she", u"[name] is [age 12-15] and she"},
            {u"home is my favourite place", u"home is my favourite place"},
            // An everyday name, and what is said of it right after: in my class, the one who.
            {u"Holly is in my form and she's kind", u"[name] is in my form and she's kind"},
            {u"Faith was the girl who helped me", u"[name] was the girl who helped me"},
            {u"Christmas is the one that matters", u"Christmas is the one that matters"},
            // A place's name given to a person, after a relative's word, before a verb.
            {u"my cousin Sydney lives with us", u"my cousin [name] lives with us"},
            {u"my dad Leeds fan went mad", u"my dad Leeds fan went mad"},
            {u"Summer is the one time i see my dad", u"Summer is the one time i see my dad"},
            // Welsh "mae X yn / wedi" with no article: a name, not a dictionary's noun.
            {u"mae siwan wedi symud ysgol", u"mae [name] wedi symud ysgol"},
            {u"mae pawb yn chwerthin", u"mae pawb yn chwerthin"},
            {u"mae seren yn disgleirio", u"mae seren yn disgleirio"},
            {u"mae plant yn chwarae tu allan", u"mae plant yn chwarae tu allan"},
            {u"Hope is 7 and loves ponies", u"[name] is [age 5-7] and loves ponies"},
            {u"Summer is 2 months old", u"[name] is [age under 5]"},
            {u"im kezzie im 11 and i like art", u"im [name] im [age 8-11] and i like art"},
            {u"im bored im 12", u"im bored im [age 12-15]"},
            {u"the film is 12 rated", u"the film is 12 rated"},
            {u"we moved over from Romania when i was 3",
             u"we moved over from Romania when i was [age under 5]"},
        });
    }
    void roundEighteenCues() { compareRedactionRow(); }

    /** Session 20: a school class is no place; eponymous conditions, adoption and Welsh
     *  additional-needs words and text-speak are words; Welsh "ym"/"yng" and an adverb before
     *  "in" still let the town of a lodging be found; "n" joins the people lived with. Made-up
     *  sentences in no labelled set. */
    void roundTwentyCues_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        addRedactionRows({
            {u"we are in Year 4 and we learnt about volcanoes",
             u"we are in Year 4 and we learnt about volcanoes"},
            {u"my little brother is in Reception now", u"my little brother is in Reception now"},
            {u"dw i yn Blwyddyn 8 rwan", u"dw i yn Blwyddyn 8 rwan"},
            {u"we are in Bridgend now",
             u"we are in [place] now"}, // a town after "are in" stays found
            {u"My daughter has Tourette's and nobody at school gets it",
             u"My daughter has Tourette's and nobody at school gets it"},
            {u"he was diagnosed with Duchenne last year",
             u"he was diagnosed with Duchenne last year"},
            {u"his adopters wont let me write to him", u"his adopters wont let me write to him"},
            {u"does dim cynllun ADY gyda fi o hyd", u"does dim cynllun ADY gyda fi o hyd"},
            {u"Mae Dad yn siarad Pwyleg a fi'n siarad Saesneg a Phwyleg",
             u"Mae Dad yn siarad Pwyleg a fi'n siarad Saesneg a Phwyleg"},
            {u"the food is gud here tbh", u"the food is gud here tbh"},
            {u"shoutout to everyone at the centre", u"shoutout to everyone at the centre"},
            {u"rydyn ni'n byw mewn carafán ym Mhwllheli",
             u"rydyn ni'n byw mewn carafán ym [place]"},
            {u"dw i'n byw mewn llety â chymorth yng Nghaernarfon",
             u"dw i'n byw mewn llety â chymorth yng [place]"},
            {u"me and mum live in a refuge still in Oldham",
             u"me and mum live in a refuge still in [place]"},
            {u"i live with my nan n grandad in Barry", u"i live with my nan n grandad in [place]"},
            {u"Since my dad moved out the house is quiet",
             u"Since my dad moved out the house is quiet"},
            {u"Unless my carer drives me I cant go", u"Unless my carer drives me I cant go"},
            {u"Ffion my foster sister is kind", u"[name] my foster sister is kind"},
            // A home language's word that opens a sentence in that language: the capital is
            // the sentence's. With English after it, it is judged as before.
            {u"Nie wiem, dlaczego nikt nie dzwoni", u"Nie wiem, dlaczego nikt nie dzwoni"},
            {u"Mera beta school nahi jata", u"Mera beta school nahi jata"},
            {u"Noi suntem bine, multumesc", u"Noi suntem bine, multumesc"},
            {u"Lil told me to come back", u"[name] told me to come back"},
            // A home by renting, moving "down from", Welsh "yn ôl i" / "nôl i" (back to); what
            // a child is called by a nickname.
            {u"We moved down from Rhyl when i was small",
             u"We moved down from [place] when i was small"},
            {u"we rented in Ashington for years", u"we rented in [place] for years"},
            {u"dw i eisiau mynd yn ôl i Aberystwyth", u"dw i eisiau mynd yn ôl i [place]"},
            {u"mae hi eisiau mynd nôl i Gaerfyrddin", u"mae hi eisiau mynd nôl i [place]"},
            {u"dw i eisiau mynd yn ôl i Sbaen", u"dw i eisiau mynd yn ôl i Sbaen"},
            {u"my nickname is Bubbles", u"my nickname is [name]"},
            {u"my nickname at school was Tank", u"my nickname at school was [name]"},
            // Arabic typed with "3" for the letter ain ("3omri", my age) is read as a word;
            // Polish "po" (each) before an age.
            {u"3omri 14 sana w bahib el madrase", u"3omri [age 12-15] w bahib el madrase"},
            {u"omri 9 sana w bahib el madrase", u"omri [age 8-11] w bahib el madrase"},
            {u"moje córki mają po 6 lat", u"moje córki mają po [age 5-7]"},
            // A name that is also a word, in the possessive before a relative, a home or a
            // person's own thing; not after an article.
            {u"i stayed at Faith's house last night", u"i stayed at [name]'s house last night"},
            {u"Summer's mum picks us up", u"[name]'s mum picks us up"},
            {u"Ebony's YOT officer is nice", u"[name]'s YOT officer is nice"},
            {u"we saw the King's house on the school trip",
             u"we saw the King's house on the school trip"},
            {u"Hope's what keeps me going", u"Hope's what keeps me going"},
            // A listed district's name before a street's word: the street, all of it.
            {u"we moved into the flat on Ferndale Lodge Road last year",
             u"we moved into the flat on [place] last year"},
            {u"im at the flat on Beech House Road now", u"im at the flat on [place] now"},
            // "I" in Arabic or Bengali opening a sentence in that language, not the name; no
            // school's name from the words of a statement in a home language.
            {u"Ana ta3bana kteer w ma fi 7ada yesma3ni",
             u"Ana ta3bana kteer w ma fi 7ada yesma3ni"},
            {u"Ana is my little sister", u"[name] is my little sister"},
            {u"Mujhe samajh nahi aata ke school wale kya chahte hain",
             u"Mujhe samajh nahi aata ke school wale kya chahte hain"},
            // A Welsh question word opening a question; a school's name stops at a time word.
            {u"Pam dydy neb yn gwrando arna i?", u"Pam dydy neb yn gwrando arna i?"},
            {u"Pam said I could stay", u"[name] said I could stay"},
            {u"mae hi'n dod i'n nôl ni ar ôl ysgol ddydd Gwener",
             u"mae hi'n dod i'n nôl ni ar ôl ysgol ddydd Gwener"},
            // A young person's local service or community, whoever's: its town is theirs.
            {u"the YOS in Doncaster is alright tbh", u"the YOS in [place] is alright tbh"},
            {u"the youth club in Treorchy shut", u"the youth club in [place] shut"},
            {u"everyone in Bridlington knows my business",
             u"everyone in [place] knows my business"},
            {u"everyone in England is welcome", u"everyone in England is welcome"},
            {u"the court in Newport was scary", u"the court in Newport was scary"},
            // A faith, a medium or a kind of provision before a school word is a kind of
            // school; after a school's name it goes on the name.
            {u"we picked a Catholic school for her", u"we picked a Catholic school for her"},
            {u"the Welsh-medium nursery is lovely", u"the Welsh-medium nursery is lovely"},
            {u"she goes to St Teilo's Catholic High", u"she goes to [school]"},
            // An adverb after a role word is no name in lower case; nor is a helping verb
            // that ends its clause after people in the plural.
            {u"no idea who my IRO even is", u"no idea who my IRO even is"},
            {u"i want a phone like my mates do", u"i want a phone like my mates do"},
            {u"i miss my cousin will", u"i miss my cousin [name]"},
            // a trip stays a trip
            {u"we stayed in a hostel now and then on holiday in Tenby",
             u"we stayed in a hostel now and then on holiday in Tenby"},
        });
    }
    void roundTwentyCues() { compareRedactionRow(); }

    /** Session 21: a statement mostly in a language other than English or Welsh keeps its
     *  lower-case words that a wide name list holds ("dar", "sana", "ama"); a name there has a
     *  relative before it, in that language too. Welsh statements are judged as before. What
     *  people in the plural do is no name. Made-up sentences in no labelled set. */
    void roundTwentyOneCues_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        addRedactionRows({
            {u"tata meu lucrează mult, dar vine acasă seara",
             u"tata meu lucrează mult, dar vine acasă seara"},
            {u"shule ni nzuri sana lakini walimu ni wakali",
             u"shule ni nzuri sana lakini walimu ni wakali"},
            {u"waxaan tagaa dugsiga maalin kasta subaxdii",
             u"waxaan tagaa dugsiga maalin kasta subaxdii"},
            {u"annem bana çok kızıyor ama beni seviyor",
             u"annem bana çok kızıyor ama beni seviyor"},
            {u"ma soeur habite avec notre grand-mère", u"ma soeur habite avec notre grand-mère"},
            // A relative before the word, with "my" after it or not: a person.
            {u"meri behen sana bahut acchi hai", u"meri behen [name] bahut acchi hai"},
            {u"sora mea ana e foarte bună cu mine", u"sora mea [name] e foarte bună cu mine"},
            {u"moja siostra kasia mieszka z nami", u"moja siostra [name] mieszka z nami"},
            // Welsh, and English, in lower case: names as before.
            {u"mae gwenllian yn fy nosbarth i ac mae hi'n garedig",
             u"mae [name] yn fy nosbarth i ac mae hi'n garedig"},
            {u"the staff at the unit are sound and dar is my best mate there",
             u"the staff at the unit are sound and [name] is my best mate there"},
            // The English "I" after thanks is no Welsh "diolch i"; a word after people in
            // the plural is what they do, unless "and" follows ("my sisters rose and lily").
            {u"well thanks I suppose", u"well thanks I suppose"},
            {u"the review went ok so thanks I guess", u"the review went ok so thanks I guess"},
            {u"diolch i Gethin am y lifft", u"diolch i [name] am y lifft"},
            {u"it gets loud when my foster parents argue",
             u"it gets loud when my foster parents argue"},
            {u"me and grandad go fishing on sundays", u"me and grandad go fishing on sundays"},
            {u"my nan and grandad argue about money", u"my nan and grandad argue about money"},
            {u"i dont want my carers going to the meeting",
             u"i dont want my carers going to the meeting"},
            {u"my brothers ryan and kai", u"my brothers [name] and [name]"},
            // Slang adverbs after a role word, and text-speak "jus" (just).
            {u"my dad like shouts a lot", u"my dad like shouts a lot"},
            {u"my nan bare loves me", u"my nan bare loves me"},
            {u"jus got my bus pass", u"jus got my bus pass"},
            // A thing called so is no person; a club is not judged so.
            {u"I help out at a project called Wheel Deal, it's sick",
             u"I help out at a project called Wheel Deal, it's sick"},
            {u"my mum reads a book called Holes to me", u"my mum reads a book called Holes to me"},
            {u"a boy called Jayden hit me", u"a boy called [name] hit me"},
            // Home languages' words for parents and grandparents, in lower case.
            {u"dziadzia picks me up on fridays", u"dziadzia picks me up on fridays"},
            {u"my dede tells the best stories", u"my dede tells the best stories"},
            {u"umma says i have to eat first", u"umma says i have to eat first"},
            // A home language's word that no name list holds, capitalised; a relative's title
            // in a home language, whatever a name list holds.
            {u"Shukran to everyone who came", u"Shukran to everyone who came"},
            {u"Jiddo taught me to play backgammon", u"Jiddo taught me to play backgammon"},
            {u"Teta says I look like my mum", u"Teta says I look like my mum"},
            {u"Dziadek sends me sweets from Kraków", u"Dziadek sends me sweets from Kraków"},
            {u"Jana came to my review", u"[name] came to my review"},
            // Welsh: a verb, pronoun or preposition with "'r" or "'n" joined on; a name with
            // "'n" stays one. A nursery, a Sunday school, a school year after "ym"; Welsh and
            // English schemes and songs.
            {u"Mae'r CDU yn barod o'r diwedd", u"Mae'r CDU yn barod o'r diwedd"},
            {u"Diolch i'r staff am bopeth", u"Diolch i'r staff am bopeth"},
            {u"dw i'n byw efo Mam a'n brawd bach", u"dw i'n byw efo Mam a'n brawd bach"},
            {u"Mae Osian'n chwech oed", u"Mae [name] [age 5-7]"},
            {u"mae hi'n mynd i'r Ysgol Feithrin bob bore",
             u"mae hi'n mynd i'r Ysgol Feithrin bob bore"},
            {u"dw i ym Mlwyddyn 9 rwan", u"dw i ym Mlwyddyn 9 rwan"},
            {u"rydyn ni'n mynd i Ysgol Sul yn y capel", u"rydyn ni'n mynd i Ysgol Sul yn y capel"},
            {u"dw i ar gynllun Pan Fydda i'n Barod", u"dw i ar gynllun Pan Fydda i'n Barod"},
            {u"Staying Put means I keep my room", u"Staying Put means I keep my room"},
            // Welsh words opening a sentence of a Welsh statement; a time of day after "am".
            {u"Sori am y llanast, dw i wedi blino", u"Sori am y llanast, dw i wedi blino"},
            {u"Hoff beth fi ydy nofio yn y môr", u"Hoff beth fi ydy nofio yn y môr"},
            {u"Dan ni'n mynd i'r traeth yfory", u"Dan ni'n mynd i'r traeth yfory"},
            {u"Dan said he would come", u"[name] said he would come"},
            {u"mae'r bws yn dod am 8 y bore", u"mae'r bws yn dod am 8 y bore"},
            // A pet named in a home language: "is called" after an animal; Turkish "my cat";
            // Welsh "our dog is"; a sister so named is a person.
            {u"Mi gato se llama Nube", u"Mi gato se llama Nube"},
            {u"o meu cão chama-se Bolota", u"o meu cão chama-se Bolota"},
            {u"Mój kot nazywa się Filemon", u"Mój kot nazywa się Filemon"},
            {u"Köpeğim Karabaş çok akıllı", u"Köpeğim Karabaş çok akıllı"},
            {u"Cath ni ydy Smwt", u"Cath ni ydy Smwt"},
            {u"Mi hermana se llama Lucía", u"Mi hermana se llama [name]"},
            // A thing "we call it"; a day as no one's age; what one person does; an Arabic
            // adjective after a relative; nationalities, feasts and a subject a name list holds.
            {u"down here they call it a bap", u"down here they call it a bap"},
            {u"my nan calls me Boo", u"my nan calls me [name]"},
            {u"Today was 3 out of 10, yesterday was 6", u"Today was 3 out of 10, yesterday was 6"},
            {u"my social worker talks too fast", u"my social worker talks too fast"},
            {u"my brother miles is 12", u"my brother [name] is [age 12-15]"},
            {u"أختي الكبيرة في المدرسة", u"أختي الكبيرة في المدرسة"},
            {u"my German teacher is strict", u"my German teacher is strict"},
            {u"I want to take Art for GCSE", u"I want to take Art for GCSE"},
            {u"the thing I miss most is my dog", u"the thing I miss most is my dog"},
            // A Welsh outing's place after "ym"/"yng"; a home there is still found.
            {u"Aethon ni i'r gwersyll yng Nglan-llyn gyda'r ysgol",
             u"Aethon ni i'r gwersyll yng Nglan-llyn gyda'r ysgol"},
            {u"Canodd y côr yn yr Eisteddfod ym Mhontrhydfendigaid",
             u"Canodd y côr yn yr Eisteddfod ym Mhontrhydfendigaid"},
            {u"dw i'n byw efo Nain ym Mhwllheli", u"dw i'n byw efo Nain ym [place]"},
            // Verbs of living in Arabic (either script), Farsi as Urdu speakers spell it,
            // Scots; an age after a home language's "my age" with no word for years.
            {u"نحن نسكن في برمنغهام منذ سنتين", u"نحن نسكن في [place] منذ سنتين"},
            {u"أبي يسكن في السودان", u"أبي يسكن في السودان"},
            {u"hala2 sakin f Walsall ma3 3ammi", u"hala2 sakin f [place] ma3 3ammi"},
            {u"alan dar Luton zindagi mekonam", u"alan dar [place] zindagi mekonam"},
            {u"ah bide in Paisley noo", u"ah bide in [place] noo"},
            {u"3omri 16 w ma 7ada bisma3ni", u"3omri [age 16-17] w ma 7ada bisma3ni"},
            {u"meri umar 14 hai aur main school jati hoon",
             u"meri umar [age 12-15] hai aur main school jati hoon"},
            // An age after south Walian "wi'n", Scots "Ah'm", Nigerian Pidgin "I dey".
            {u"wi'n 13 a wi'n hoffi nofio", u"wi'n [age 12-15] a wi'n hoffi nofio"},
            {u"Ah'm fifteen and ah hate it here", u"Ah'm [age 12-15] and ah hate it here"},
            {u"I dey 16 and I no get anybody", u"I dey [age 16-17] and I no get anybody"},
            // A child's own local places: a parent's "her nursery in", "the school in"; not a
            // place of worship visited for a festival, nor on a trip.
            {u"her nursery in Pontypridd is lovely", u"her nursery in [place] is lovely"},
            {u"the school in Rochdale wont listen", u"the school in [place] wont listen"},
            {u"we went to the temple in Wembley for Diwali",
             u"we went to the temple in Wembley for Diwali"},
            {u"on the school trip we saw the castle in Conwy",
             u"on the school trip we saw the castle in Conwy"},
            // A name that is also a word, introduced with an age after it.
            {u"Hiya. I'm Precious, I'm 15, and I like drawing",
             u"Hiya. I'm [name], I'm [age 12-15], and I like drawing"},
            {u"I'm tired, I'm 15 and fed up", u"I'm tired, I'm [age 12-15] and fed up"},
            {u"Heya, this is my first time doing this", u"Heya, this is my first time doing this"},
            // Late names (data/late-names.txt): Welsh names no list held as names, in any
            // case; the unknown-word model reads them as before.
            {u"mae Gruff yn fy nosbarth i", u"mae [name] yn fy nosbarth i"},
            {u"me and ianto went to the park", u"me and [name] went to the park"},
            {u"me and naveed got the bus", u"me and [name] got the bus"},
            {u"we made diya lamps for Diwali", u"we made diya lamps for Diwali"},
            // A child's school's town in Welsh ("mae'r ysgol yn X", not "yn dda") and in
            // Polish after the school's name ("do szkoły St Anne's w X").
            {u"mae'r ysgol yn Llanybydder yn wych", u"mae'r ysgol yn [place] yn wych"},
            {u"mae'r ysgol yn dda iawn", u"mae'r ysgol yn dda iawn"},
            {u"córka chodzi do szkoły St Anne's w Crewe",
             u"córka chodzi do szkoły [school] w [place]"},
            // A relative's town in the UK; not abroad.
            {u"Gran in Mansfield wants me to live with her",
             u"Gran in [place] wants me to live with her"},
            {u"my uncle in Lagos sends money", u"my uncle in Lagos sends money"},
            // The age of a relative named by a home language's or an informal word; Welsh
            // "maen nhw'n" (they are).
            {u"my nanu is 80 and only speaks Bangla",
             u"my nanu is [age 25+] and only speaks Bangla"},
            {u"my gramps is 74 and still goes to the gym",
             u"my gramps is [age 25+] and still goes to the gym"},
            // Wales's programmes, songs and heroes.
            {u"ma Pobol y Cwm ymlaen bob nos", u"ma Pobol y Cwm ymlaen bob nos"},
            {u"Guto Nyth Brân oedd y rhedwr cyflyma", u"Guto Nyth Brân oedd y rhedwr cyflyma"},
            // An adverb or a verb with its object opening a sentence: no name.
            {u"Just wanted to say the review went well",
             u"Just wanted to say the review went well"},
            {u"Lost my dad in 2020 and nobody asked", u"Lost my dad in 2020 and nobody asked"},
            {u"Heaven my sister is kind", u"[name] my sister is kind"},
            // A relative opening a sentence without "my" lives abroad: not the child's home.
            {u"mum lives in Ghana now so we video call",
             u"mum lives in Ghana now so we video call"},
            {u"Dad lives in Swindon now", u"Dad lives in [place] now"},
        });
    }
    void roundTwentyOneCues() { compareRedactionRow(); }

    /** Session 22 (issue 17): made-up statements in no labelled set. A plural's apostrophe in
     *  a school's name ("Girls' School"), which split the name into a person and a stray
     *  "School"; a plural's apostrophe elsewhere stays. A reference after where it is written
     *  ("the number on his file is"). Places abroad no list held, kept
     *  (data/late-places-world.txt), and where a relative lives or moved abroad after a family
     *  title that the Lexicon holds ("babcia", "dede"). What "it" was called, school topics and
     *  other public words, kin and nationality words of home languages, kept. */
    void roundTwentyTwoCues_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        addRedactionRows({
            {u"Mrs Osei at Hollin Vale Girls' School calls me every week",
             u"Mrs [name] at [school] calls me every week"},
            {u"my sister goes to Marsden Girls' Grammar School now",
             u"my sister goes to [school] now"},
            {u"he started at Cotham Boys\u2019 School in september",
             u"he started at [school] in september"},
            {u"the boys' school down the road has a better football team",
             u"the boys' school down the road has a better football team"},
            {u"the Girls' Brigade meets on a Tuesday", u"the Girls' Brigade meets on a Tuesday"},
            // A reference's number after where it is written, in English and Welsh.
            {u"the LCS number on my file is 5520931 but nobody uses it",
             u"the LCS number on my file is [reference] but nobody uses it"},
            {u"the case number on the letter is 88123",
             u"the case number on the letter is [reference]"},
            {u"rhif cyfeirio'r atgyfeiriad gan yr ysgol ydy 24/55810",
             u"rhif cyfeirio'r atgyfeiriad gan yr ysgol ydy [reference]"},
            // Places abroad of late-places-world.txt, kept; a town here that is home, found.
            {u"my uncle drives a taxi in Mymensingh", u"my uncle drives a taxi in Mymensingh"},
            {u"dad rings every sunday from Kharkiv", u"dad rings every sunday from Kharkiv"},
            {u"we are from Pampanga but I was born here",
             u"we are from Pampanga but I was born here"},
            {u"we are from Pampanga but now we live in Rotherham",
             u"we are from Pampanga but now we live in [place]"},
            // A relative's home abroad after a family title of the Lexicon, or a relative's
            // move: kept. The child's own move, found.
            {u"my nonna lives in Palermo and sends us olive oil",
             u"my nonna lives in Palermo and sends us olive oil"},
            {u"my uncle has moved to Dubai for work", u"my uncle has moved to Dubai for work"},
            {u"we moved to Dudley when I was six", u"we moved to [place] when I was [age 5-7]"},
            // What "it" was called; history topics, a holy city, a holiday camp, Welsh
            // Christmas and mountains, Polish nationality words, a Ukrainian gran: kept.
            {u"we found a hedgehog and called it Spike",
             u"we found a hedgehog and called it Spike"},
            {u"she's gonna call it Maisie when it's born",
             u"she's gonna call it [name] when it's born"},
            {u"in year 4 we did a project on the Tudors and the Romans",
             u"in year 4 we did a project on the Tudors and the Romans"},
            {u"my dad went to Makkah for Hajj last year",
             u"my dad went to Makkah for Hajj last year"},
            {u"we had a week at Butlins in the summer", u"we had a week at Butlins in the summer"},
            {u"dw i'n edrych ymlaen at Dolig", u"dw i'n edrych ymlaen at Dolig"},
            {u"Jestem Polakiem i lubię piłkę", u"Jestem Polakiem i lubię piłkę"},
            {u"my babusya makes the best varenyky", u"my babusya makes the best varenyky"},
            // An everyday word said to be a child, or to be doing well: a name.
            {u"Bliss is the new girl in our class", u"[name] is the new girl in our class"},
            {u"Honor was doing really well at nursery", u"[name] was doing really well at nursery"},
            {u"Summer is the best time for a barbecue", u"Summer is the best time for a barbecue"},
            // An age opening the statement, then how the speaker lives at it.
            {u"18 and still living in a hostel", u"[age 18-24] and still living in a hostel"},
            {u"fifteen and already caring for my mum",
             u"[age 12-15] and already caring for my mum"},
            {u"14 and still no reply from anyone", u"14 and still no reply from anyone"},
            // A county after a preposition with no home around it is no person; a placement
            // in one is still found.
            {u"we go to Cornwall every summer with my carers",
             u"we go to Cornwall every summer with my carers"},
            {u"my worker from Kent rang me", u"my worker from Kent rang me"},
            {u"they put me in a placement in Lincolnshire for a year",
             u"they put me in a placement in [place] for a year"},
            // A pet with a title before its name; a country after "called" ("a place called
            // Cornwall" is still a name: the surname list and the capital outweigh it).
            {u"our rabbit Mr Fluffington sleeps in the kitchen",
             u"our rabbit Mr Fluffington sleeps in the kitchen"},
            {u"my gran comes from a bit of Pakistan called Punjab",
             u"my gran comes from a bit of Pakistan called Punjab"},
            // A school's name in capitals runs on over everyday words.
            {u"my daughter goes to Little Acorns and loves it",
             u"my daughter goes to [school] and loves it"},
            {u"i got excluded from Castle View last year",
             u"i got excluded from [school] last year"},
            // An everyday word owning a child's placement, review or new address: a name.
            {u"Hope's placement is ending next month", u"[name]'s placement is ending next month"},
            {u"Summer's review is on Tuesday", u"[name]'s review is on Tuesday"},
            // A town opening the statement, said after it to be where one belongs or still home.
            {u"rochdale is where i belong, all my mates are there",
             u"[place] is where i belong, all my mates are there"},
            {u"Oldham is rough at night but its still home",
             u"[place] is rough at night but its still home"},
            {u"my number on the bus was 42 and I was late",
             u"my number on the bus was 42 and I was late"},
        });
    }
    void roundTwentyTwoCues() { compareRedactionRow(); }

    void roundTwentyThreeCues_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        addRedactionRows({
            // A big city's district the town list holds too (data/city-districts.txt): where
            // a family lives or the services near them, hidden with no home cue.
            {u"the family centre in Harpurhey said they would ring me back",
             u"the family centre in [place] said they would ring me back"},
            {u"we play footy every night in the park in splott",
             u"we play footy every night in the park in [place]"},
            {u"the youth worker from Lozells is the only one who listens",
             u"the youth worker from [place] is the only one who listens"},
            {u"Sparkbrook has changed so much since I was little",
             u"[place] has changed so much since I was little"},
            // A town of the same list stays context's to judge: travel is kept.
            {u"we went to Tenby on holiday and stayed in a caravan",
             u"we went to Tenby on holiday and stayed in a caravan"},
            {u"we went to Manchester to see the lights at christmas",
             u"we went to Manchester to see the lights at christmas"},
        });
    }
    void roundTwentyThreeCues() { compareRedactionRow(); }

    void roundTwentyFourCues_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        addRedactionRows({
            // In a Welsh statement a capitalised word of the Welsh dictionary that no name
            // list holds is a noun unless a person's context says otherwise.
            {u"mae Dad isio i fi fod yn Feddyg neu'n Heddwas pan dwi'n hŷn",
             u"mae Dad isio i fi fod yn Feddyg neu'n Heddwas pan dwi'n hŷn"},
            {u"ma Nain yn tyfu Cennin a Moron yn yr ardd",
             u"ma Nain yn tyfu Cennin a Moron yn yr ardd"},
            {u"dw i'n gwneud Lefel A mewn Cymraeg", u"dw i'n gwneud Lefel A mewn Cymraeg"},
            {u"dwi dal ddim yn gwybod lle dwi'n byw", u"dwi dal ddim yn gwybod lle dwi'n byw"},
            {u"ma'r plant yn ofni mynd mas yng nghanol y nos",
             u"ma'r plant yn ofni mynd mas yng nghanol y nos"},
            // Welsh given names that are dictionary words are names all the same.
            {u"mae Gwenith yn eistedd wrth fy ymyl i", u"mae [name] yn eistedd wrth fy ymyl i"},
            // A name in a Welsh mutation: "gan Fethan" is from Bethan.
            {u"ges i gerdyn gan Fethan a Ddafydd", u"ges i gerdyn gan [name] a [name]"},
            // What someone is called; not "calling me names".
            {u"ma pawb yn galw fi'n Deio", u"ma pawb yn galw fi'n [name]"},
            {u"ma nhw'n galw fi'n enwau ar y bws", u"ma nhw'n galw fi'n enwau ar y bws"},
            // A college with its word mutated ("i Goleg", "yng Ngholeg") is one school.
            {u"dw i'n mynd i Goleg Gwent ym mis Medi", u"dw i'n mynd i [school] ym mis Medi"},
            {u"mae fy chwaer yng Ngholeg Ceredigion", u"mae fy chwaer yng [school]"},
            // Ages of every shape.
            {u"Amara and Chidi are brothers, 13 and 10, and they share a room",
             u"[name] and [name] are brothers, [age 12-15] and [age 8-11], and they share a room"},
            {u"nearly 17 and still no pathway plan",
             u"nearly [age 16-17] and still no pathway plan"},
            {u"15 n living in a hostel", u"[age 12-15] n living in a hostel"},
            {u"i was like 13 or 14 when it started",
             u"i was like [age 12-15] or [age 12-15] when it started"},
            {u"since the age of 9 i have looked after my brothers",
             u"since the age of [age 8-11] i have looked after my brothers"},
            {u"gonna be 17 next week and nobody cares",
             u"gonna be [age 16-17] next week and nobody cares"},
            {u"Zaid (his friends call him Z) is 14 now",
             u"[name] (his friends call him [name]) is [age 12-15] now"},
            {u"still at school, 17 in may, and no plan",
             u"still at school, [age 16-17] in may, and no plan"},
            {u"wi'n ddeunaw mis nesa", u"wi'n [age 18-24] mis nesa"},
            {u"mae Iolo yn naw, Cadi yn saith a'r babi yn un",
             u"mae [name] yn [age 8-11], [name] yn [age 5-7] a'r babi yn [age under 5]"},
            {u"mae gen i chwaer o'r enw Efa sy'n 5",
             u"mae gen i chwaer o'r enw [name] sy'n [age 5-7]"},
            // Structured identifiers: an e-mail whose local part has dots and a dash; a
            // record's initials before "number".
            {u"my college email is j.okafor-3@mail.ac.uk if you need it",
             u"my college email is [email] if you need it"},
            {u"his CP number is 00417723 on the letter",
             u"his CP number is [reference] on the letter"},
            {u"ring the EDT number 0300 123 4567 after 5", u"ring the EDT number [phone] after 5"},
            // Homes said in other words.
            {u"we live on the edge of Dolgellau now", u"we live on the edge of [place] now"},
            {u"Nan's in Barnsley and Grandad's in Wakefield",
             u"Nan's in [place] and Grandad's in [place]"},
            {u"Blackpool, that's me, born and bred", u"[place], that's me, born and bred"},
            {u"Rhyl, thats where my nan lives", u"[place], thats where my nan lives"},
            {u"symudon nhw fi o Fangor i Gaernarfon", u"symudon nhw fi o [place] i [place]"},
            {u"dwi'n dod o Gaerfyrddin", u"dwi'n dod o [place]"},
            {u"dw i'n byw yn Llandudno ond dw i'n dod o Gaerfyrddin",
             u"dw i'n byw yn [place] ond dw i'n dod o Gaerfyrddin"},
            {u"dwi wedi bod mewn gofal yn Nhonypandy ers blwyddyn",
             u"dwi wedi bod mewn gofal yn [place] ers blwyddyn"},
            // Kept: a team, a faith in Welsh, what a school is, a martial art.
            {u"Leeds are going up this season, my carer is buzzing",
             u"Leeds are going up this season, my carer is buzzing"},
            {u"dwi ddim yn Gristion ond dwi'n hoffi'r carolau",
             u"dwi ddim yn Gristion ond dwi'n hoffi'r carolau"},
            {u"dw i'n hoffi ysgol arferol yn well", u"dw i'n hoffi ysgol arferol yn well"},
            {u"i do Taekwondo on a tuesday and Karate on a friday",
             u"i do Taekwondo on a tuesday and Karate on a friday"},
            // A route of homes, and where someone is now.
            {u"moved to Barnsley in 2020, moved again to Goole in 2021, now in Selby",
             u"moved to [place] in 2020, moved again to [place] in 2021, now in [place]"},
            {u"he came here alone and now he's in Crawley",
             u"he came here alone and now he's in [place]"},
            {u"the review is now in Crawley", u"the review is now in [place]"},
            {u"they came to us from Stockport last year",
             u"they came to us from [place] last year"},
            {u"my brother is 4 and hes with my nan in Bury St Edmunds",
             u"my brother is [age under 5] and hes with my nan in [place]"},
            // A school's name with "girls" or "boys" in lower case.
            {u"she gets the bus to Highfield girls school", u"she gets the bus to [school]"},
            {u"the girls school was shut for snow", u"the girls school was shut for snow"},
            // A pet or a toy named by who named it ("called her"), past a comma.
            {u"we got a kitten and called her Mittens", u"we got a kitten and called her Mittens"},
            {u"my sister had a baby and they called her Mittens",
             u"my sister had a baby and they called her [name]"},
            {u"the new dog, he is called Bosco", u"the new dog, he is called Bosco"},
            // An everyday word that is also a name, joined to a listed name, then what both are.
            {u"Hope and Bethany are my sisters", u"[name] and [name] are my sisters"},
            {u"Fish and Chips are my favourite", u"Fish and Chips are my favourite"},
            // A friend said so, in lower case and after text-speak; a record's initials and
            // number after "reference ... is"; a toy's whole name.
            {u"ngl jaden is a good mate", u"ngl [name] is a good mate"},
            {u"her reference with the council is LAC 40712, please use it",
             u"her reference with the council is [reference], please use it"},
            {u"the nurse gave me a teddy and I called it Captain Ted",
             u"the nurse gave me a teddy and I called it Captain Ted"},
            // Known towns in lower case: a Welsh move, and the next of a list of homes.
            {u"nes i symud o fangor i gaernarfon llynedd",
             u"nes i symud o [place] i [place] llynedd"},
            {u"ive lived in hull, goole and selby", u"ive lived in [place], [place] and [place]"},
            {u"we went to leeds, york and hull on holiday",
             u"we went to leeds, york and hull on holiday"},
            // A Welsh town with its article, in lower case ("yn y rhyl"); not "yn y wlad".
            {u"ma fflat fi yn y barri rwan", u"ma fflat fi yn y [place] rwan"},
            {u"dwi'n hoffi byw yn y wlad", u"dwi'n hoffi byw yn y wlad"},
            // Welsh "fi" (my) after the family word, then the name between commas.
            {u"dwi isio gweld chwaer fi, elin, yn amlach",
             u"dwi isio gweld chwaer fi, [name], yn amlach"},
            // Welsh "sy" (who is) after a family word.
            {u"Nain sy 'di dysgu fi i wau", u"Nain sy 'di dysgu fi i wau"},
            // Born, in Welsh with the soft mutation after "ei" (his): "ei eni".
            {u"cafodd fy nai ei eni ar Ddydd Calan 2011",
             u"cafodd fy nai ei eni ar [date of birth]"},
            // A relative said after a name between commas.
            {u"Jack, her brother, is 15 and lives with us",
             u"[name], her brother, is [age 12-15] and lives with us"},
            {u"Tomorrow, her mum, is coming to the review",
             u"Tomorrow, her mum, is coming to the review"},
            // Numbers that count or measure stay.
            {u"nearly 20 people came to the review", u"nearly 20 people came to the review"},
            {u"we waited 3 or 4 weeks for a reply", u"we waited 3 or 4 weeks for a reply"},
            {u"he has a reading age of 7 and hates it", u"he has a reading age of 7 and hates it"},
        });
    }
    void roundTwentyFourCues() { compareRedactionRow(); }

    /** Session 25 (issue 17, after heldout47): addresses whole, kept places that are homes,
     *  towns of Scotland and Northern Ireland, and who a child lives with before the town.
     *  Written for the tests, not copied from any set. */
    void roundTwentyFiveCues_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        addRedactionRows({
            // A flat's number before an address, with its comma, is the address's; the town
            // after an address is one place with it; a list of towns keeps its count.
            {u"the new address is Flat 9, 40 Chapel Street, Mossley",
             u"the new address is [place]"},
            {u"write to Apartment 3, Linden Court please", u"write to [place] please"},
            {u"we lived in Dewsbury, Batley and Mirfield",
             u"we lived in [place], [place] and [place]"},
            {u"we came number 2, Halifax came last", u"we came number 2, Halifax came last"},
            // A place the public phrases keep is a home after "live in", not on a day out
            // nor abroad.
            {u"we live in Barry Island now", u"we live in [place] now"},
            {u"we had chips on Barry Island", u"we had chips on Barry Island"},
            {u"my uncle lives in Hong Kong", u"my uncle lives in Hong Kong"},
            // Towns of Scotland and Northern Ireland in lower case.
            {u"i live in peebles with my auntie", u"i live in [place] with my auntie"},
            {u"we moved to cookstown last year", u"we moved to [place] last year"},
            {u"we went to Kelso for the races", u"we went to Kelso for the races"},
            // Who a child or a relative lives with, then the town; not company on a day out.
            {u"my little brother lives with a foster family in Spalding",
             u"my little brother lives with a foster family in [place]"},
            {u"the girls are with their aunty and uncle in Coalville now",
             u"the girls are with their aunty and uncle in [place] now"},
            {u"i was with my mates in Derby all day", u"i was with my mates in Derby all day"},
            {u"we stayed with my cousins in Whitby on holiday",
             u"we stayed with my cousins in Whitby on holiday"},
            // A relatives' home named by kin and name; lodging a young person lives in; a
            // relative's town said with "he's", "who are", or a family's side.
            {u"im staying at my auntie kez's in barnsley for now",
             u"im staying at my auntie [name]'s in [place] for now"},
            {u"we sleep at nana and grandads in rotherham on fridays",
             u"we sleep at nana and grandads in [place] on fridays"},
            {u"i'm in semi-independent in Grimsby now", u"i'm in semi-independent in [place] now"},
            {u"i got a room at the ymca in Newport", u"i got a room at the ymca in [place]"},
            {u"we live on the 4th floor of a block in leeds",
             u"we live on the 4th floor of a block in [place]"},
            {u"my sister, shes still in stockport with our dad",
             u"my sister, shes still in [place] with our dad"},
            {u"my dad's side are all in Lurgan", u"my dad's side are all in [place]"},
            {u"my social worker, she's in Leeds today", u"my social worker, she's in Leeds today"},
            // What a person is called, in lower case; not who phoned.
            {u"there's a new girl called ruby in my class",
             u"there's a new girl called [name] in my class"},
            {u"a man called back about the flat", u"a man called back about the flat"},
            {u"my mum called social services", u"my mum called social services"},
            // Two listed names after "my friends are"; not two words for them.
            {u"my friends are maisie and jack", u"my friends are [name] and [name]"},
            {u"my friends are funny and kind", u"my friends are funny and kind"},
            // A school's name after "school is"; a nursery's word; universities.
            {u"her school is Valley View in Doncaster", u"her school is [school] in [place]"},
            {u"my best mate at school is Kyle", u"my best mate at school is [name]"},
            {u"the school is Good but strict", u"the school is Good but strict"},
            {u"she goes to Sunshine Pre-School", u"she goes to [school]"},
            {u"im at Leeds Beckett doing nursing", u"im at [school] doing nursing"},
            // After heldout50: a practitioner's age in brackets after a person; "to be one"
            // and dog years are no ages.
            {u"Kayla (13) and her brother (9) were seen at home",
             u"[name] ([age 12-15]) and her brother ([age 8-11]) were seen at home"},
            {u"Son (Dewi, 6) attends nursery", u"Son ([name], [age 5-7]) attends nursery"},
            {u"see paragraph (4) of the plan", u"see paragraph (4) of the plan"},
            {u"i want to be one of the staff one day", u"i want to be one of the staff one day"},
            {u"i want to be one when i grow up", u"i want to be one when i grow up"},
            {u"our cat is 12 in dog years lol", u"our cat is 12 in dog years lol"},
            // Someone unnamed; pets named after a comma; Welsh "a'i" (and his); a day out.
            {u"bloke from the shop said i could have it",
             u"bloke from the shop said i could have it"},
            {u"we got two lambs, Tudur and Nel, on the farm",
             u"we got two lambs, Tudur and Nel, on the farm"},
            {u"ma ci ni, Bobi, yn hen", u"ma ci ni, Bobi, yn hen"},
            {u"mae Dad a'i gariad yn byw yn Rhyl", u"mae Dad a'i gariad yn byw yn [place]"},
            {u"we're off to the beach at Pendine tomorrow",
             u"we're off to the beach at Pendine tomorrow"},
            // A forces family's station and posting; a report's "residing in"; Welsh "here
            // in" and "his home in", not the Home Office nor a holiday.
            {u"we live in quarters at RAF Leuchars now", u"we live in quarters at [place] now"},
            {u"the RAF Museum was brilliant", u"the RAF Museum was brilliant"},
            {u"dads been posted to tidworth again", u"dads been posted to [place] again"},
            {u"we're at Carver Barracks till june", u"we're at [place] till june"},
            {u"Father currently residing in Rhyl.", u"Father currently residing in [place]."},
            {u"dw i'n hapus yma yn Llanrwst", u"dw i'n hapus yma yn [place]"},
            {u"roedd hi yma yn Sbaen ar wyliau", u"roedd hi yma yn Sbaen ar wyliau"},
            {u"mae o'n ei gartref yn Nolgellau rŵan", u"mae o'n ei gartref yn [place] rŵan"},
            {u"es i i'r Swyddfa Gartref yng Nghaerdydd",
             u"es i i'r Swyddfa Gartref yng Nghaerdydd"},
            // Where a child came from in the UK; not a worker's journey.
            {u"we came down from Kirkwall when i was little",
             u"we came down from [place] when i was little"},
            {u"the social worker came up from Exeter", u"the social worker came up from Exeter"},
            // Numbers that families and workers quote: the Home Office's UCI, a police CAD
            // log, a court's number; "no." is no sentence's end.
            {u"her UCI is 3310-2207-5519-0042 on the letter",
             u"her UCI is [reference] on the letter"},
            {u"the police logged it as CAD 5521 last night",
             u"the police logged it as CAD [reference] last night"},
            {u"the court number is 23/1187 i think", u"the court number is [reference] i think"},
            {u"i have court on friday at 10", u"i have court on friday at 10"},
            {u"her NHS no. is 401 023 2137 if needed", u"her NHS no. is [NHS number] if needed"},
            // An office's code of two or three letters after a reference's digits.
            {u"Rhif achos: FS-4471-Cn. Diolch", u"Rhif achos: [reference]. Diolch"},
            {u"case ref 55213-the end", u"case ref [reference]-the end"},
            // A handle in quotes; a channel's name with its spaces.
            {u"his TikTok name is 'lil.dex.x' apparently",
             u"his TikTok name is '[handle]' apparently"},
            {u"my youtube is called mango beats studio, come and watch",
             u"my youtube is called [handle], come and watch"},
            {u"my youtube is down again today", u"my youtube is down again today"},
        });
    }
    void roundTwentyFiveCues() { compareRedactionRow(); }

    /** Rules of session 26 (issue 17), each with rows written for the test, and rows that must
     *  stay as they were. */
    void roundTwentySixCues_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        addRedactionRows({
            // A town named after its saint is a home's place after a home's words, kept on a
            // trip, and a school after "go to", as before.
            {u"we moved to St Neots when i was little", u"we moved to [place] when i was little"},
            {u"my nan lives in st asaph", u"my nan lives in [place]"},
            {u"we went on holiday to St Ives", u"we went on holiday to St Ives"},
            {u"i go to St Helens", u"i go to [school]"},
            {u"i go to st marys", u"i go to [school]"},
            // A street named after a saint is one place, with its stop or without.
            {u"we live on st margarets road", u"we live on [place]"},
            {u"post it to St. John's Rd", u"post it to [place]"},
            // A school named by whom it teaches or by its trust, after going to it; a child
            // named by a short word or a pronoun goes to school there.
            {u"she goes to Kings Norton Girls", u"she goes to [school]"},
            {u"my bro goes to Dixons Allerton now", u"my bro goes to [school] now"},
            {u"we went to Harris Park", u"we went to Harris Park"},
            {u"he goes to Leeds on saturdays", u"he goes to Leeds on saturdays"},
            // Home said without a preposition, "from round" an area, and a local lad or lass.
            {u"home for me is widnes", u"home for me is [place]"},
            {u"my hometown's Oldham", u"my hometown's [place]"},
            {u"i'm from round jarrow way", u"i'm from round [place] way"},
            {u"i'm a proper Barnsley lass", u"i'm a proper [place] lass"},
            {u"my favourite team is leeds", u"my favourite team is leeds"},
            {u"she is a Leeds fan", u"she is a Leeds fan"},
            // Structured: trailing underscores of a handle; a police log's number with its day;
            // a reference said further on in the sentence that named it.
            {u"my tiktok is sk8rgrl__ if u want", u"my tiktok is [handle] if u want"},
            {u"the police log is 1187 of 03/11", u"the police log is [reference]"},
            {u"i need to log in to the app", u"i need to log in to the app"},
            {u"can u keep my ref safe, its 2214-09-1-TR",
             u"can u keep my ref safe, its [reference]"},
            {u"my ref is 12 of them", u"my ref is 12 of them"},
            // A relative where they live; not on a visit nor a group's; Welsh "adre" (home);
            // "originally from" a UK town said of oneself; a family's own old address.
            {u"SGO assessment of the aunt in Barnstaple is ongoing",
             u"SGO assessment of the aunt in [place] is ongoing"},
            {u"i went to see my nan in Wigan", u"i went to see my nan in Wigan"},
            {u"the group for grandparents in Leeds helps",
             u"the group for grandparents in Leeds helps"},
            {u"dwi'n colli adre yng Nghaerdydd", u"dwi'n colli adre yng [place]"},
            {u"dwi isio mynd adre i Fangor", u"dwi isio mynd adre i [place]"},
            {u"placed in Truro, originally from Bude",
             u"placed in [place], originally from [place]"},
            {u"he's originally from Derby", u"he's originally from Derby"},
            {u"send it to the old address in Hove", u"send it to the old address in [place]"},
            // A home or unit named after its staff, short breaks or a placement.
            {u"the staff at Tor View are sound", u"the staff at [place] are sound"},
            {u"respite weekends at Little Oaks", u"respite weekends at [place]"},
            {u"my sister's placed at oak tree lodge", u"my sister's placed at [place]"},
            {u"the staff at school are nice", u"the staff at school are nice"},
            {u"the staff at Tesco were rude", u"the staff at Tesco were rude"},
            // Ages straight after names, as practitioners list children; a young person
            // introducing themself.
            {u"Siblings (Kwame 11, Abena 8, Kofi 4) placed together",
             u"Siblings ([name] [age 8-11], [name] [age 8-11], [name] [age under 5]) placed "
             u"together"},
            {u"Olamide, 9, has asthma", u"[name], [age 8-11], has asthma"},
            {u"Jessica here, 14, living in care", u"[name] here, [age 12-15], living in care"},
            {u"I gave Tom 5.", u"I gave [name] 5."},
            // A given name that is also a word before a surname; a nickname one is called,
            // and the same name again.
            {u"Reviewing Officer: Mark Trewin.", u"Reviewing Officer: [name]."},
            {u"everyone calls me zz, put zz on the form",
             u"everyone calls me [name], put [name] on the form"},
            {u"call me back later", u"call me back later"},
            {u"Will said I will go", u"[name] said I will go"},
            // Colleges and universities as young people write them; a school after "attend"
            // in talk of school; "my old school, X".
            {u"im at university of bangor now", u"im at [school] now"},
            {u"i start city college norwich in september", u"i start [school] in september"},
            {u"she goes to truro college of art", u"she goes to [school]"},
            {u"the twins attend Brookside and love their teacher",
             u"the twins attend [school] and love their teacher"},
            {u"we attend Triple P sessions on Mondays", u"we attend Triple P sessions on Mondays"},
            {u"i miss my old school, Ferndale, so much",
             u"i miss my old school, [school], so much"},
            // A home returned to, "out here near" a town, and a move between homes in a
            // statement about school.
            {u"back in buxton for contact on saturday", u"back in [place] for contact on saturday"},
            {u"we went back to Blackpool on holiday", u"we went back to Blackpool on holiday"},
            {u"no signal out here near Bodmin", u"no signal out here near [place]"},
            // What heldout51's clean statements lost: a club before "fan", a language, a
            // favourite, a word ending a sentence after a platform's word.
            {u"leeds fan in a house of city fans", u"leeds fan in a house of city fans"},
            {u"we learn cornish at school", u"we learn cornish at school"},
            {u"my least fave was maths", u"my least fave was maths"},
            {u"wheelchair user here. no lift", u"wheelchair user here. no lift"},
            {u"my snap is kacey.x.", u"my snap is [handle]."},
            {u"SOCIAL WORKER SAY ME MOVE. ME SAY NO.", u"SOCIAL WORKER SAY ME MOVE. ME SAY NO."},
            {u"I HATE MY SW JO", u"I HATE MY SW [name]"},
            // A day out's place no list knows, after going; a given name stays a name.
            {u"aethon ni i Borthgain ar drip ysgol", u"aethon ni i Borthgain ar drip ysgol"},
            {u"we went to Skipsea on holiday", u"we went to Skipsea on holiday"},
            {u"I'm so grateful to Vicky for the holiday club",
             u"I'm so grateful to [name] for the holiday club"},
            {u"we moved to Skipsea to live with nan", u"we moved to [place] to live with nan"},
            // A town of several words, whole.
            {u"we live in weston super mare", u"we live in [place]"},
            {u"my dad lives in Barrow in Furness", u"my dad lives in [place]"},
            {u"we moved to Leeds on Tuesday", u"we moved to [place] on Tuesday"},
            // Towns as young people call them (late-places-uk.txt): a home after a home's
            // words, kept elsewhere.
            {u"moved from mcr to cov last year", u"moved from [place] to [place] last year"},
            {u"brum people are sound", u"brum people are sound"},
            {u"dad's a Manc so i talk funny", u"dad's a Manc so i talk funny"},
            // Places a statement opens with, which the sentence then says were homes.
            {u"Hattersley, Hyde, that's where i grew up",
             u"[place], [place], that's where i grew up"},
            {u"Bilston, then Tipton, then Dudley. never settled",
             u"[place], then [place], then [place]. never settled"},
            {u"Leeds, Manchester, London, all great cities",
             u"Leeds, Manchester, London, all great cities"},
            {u"Mum, Dad, that's where i want to be", u"Mum, Dad, that's where i want to be"},
            {u"moved from hexham to alnwick and my new school is better",
             u"moved from [place] to [place] and my new school is better"},
        });
    }
    void roundTwentySixCues() { compareRedactionRow(); }

    /** Session 27 (held-out set 54's misses, by class, with rows written for the tests): an
     *  adult's age in brackets after a family word or with a name inside ("father (42)",
     *  "(great-aunt, 78)"), a child's after "YP"; a speaker's stress word before an age ("im
     *  literally 14"); a name that is also a word said to be the speaker, with who the
     *  speaker is after a comma ("I am Precious, mum of three"), never an identity or a
     *  feeling. Structured: a phone's extension, an NHS number given after it was asked for
     *  or mistyped after "NHS", an appeal's number, a bank sort code; an address's parts before its
     * postcode; "Lives Beeston with mum"; a name-list word joined by "and" to a name; a children's
     * home named by what it is; "nanny jo". */
    void roundTwentySevenCues_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        addRedactionRows({
            {u"Uncle (45) collects her from school on Fridays",
             u"Uncle ([age 25+]) collects her from school on Fridays"},
            {u"stepdad (38, unemployed) moved in last month",
             u"stepdad ([age 25+], unemployed) moved in last month"},
            {u"Carer (great-uncle, 81) has early dementia",
             u"Carer (great-uncle, [age 25+]) has early dementia"},
            {u"CYP (14) placed out of area", u"CYP ([age 12-15]) placed out of area"},
            {u"Contact supervised by (Marek Nowak, 52) at the centre",
             u"Contact supervised by ([name], [age 25+]) at the centre"},
            // A count in brackets after no person, or of something, stays.
            {u"Dad (3 missed calls) again this week", u"Dad (3 missed calls) again this week"},
            {u"Contacts (12, all supervised) went well",
             u"Contacts (12, all supervised) went well"},
            {u"meeting (45 minutes) with the family", u"meeting (45 minutes) with the family"},
            {u"twins (34) in the photo", u"twins (34) in the photo"},
            {u"Flat (2) is empty", u"Flat (2) is empty"},
            {u"i was literally 11 when i started cooking tea",
             u"i was literally [age 8-11] when i started cooking tea"},
            {u"im actually 16 not 15", u"im actually [age 16-17] not [age 12-15]"},
            {u"i was literally 5 minutes late", u"i was literally 5 minutes late"},
            {u"I am Precious, mum of three", u"I am [name], mum of three"},
            {u"Hi im Blessing, ur new worker", u"Hi im [name], ur new worker"},
            {u"hiya im Storm here, can u ring me", u"hiya im [name] here, can u ring me"},
            {u"I'm Black, the only girl in my class", u"I'm Black, the only girl in my class"},
            {u"I'm Brown, the youngest", u"I'm Brown, the youngest"},
            {u"I'm Deaf, not stupid", u"I'm Deaf, not stupid"},
            {u"im Happy here", u"im Happy here"},
            {u"I'm Sorry, the carer was late", u"I'm Sorry, the carer was late"},
            // Structured (held-out set 55's three structured misses, by class): a phone's
            // extension, an NHS number given sentences after it was asked for, a sort code.
            {u"Out of hours: 0113 496 0721 ext 2210.", u"Out of hours: [phone]."},
            {u"ring 0161 496 0033 x204 after 2", u"ring [phone] after 2"},
            {u"ring 07700 900214 x 3 times", u"ring [phone] x 3 times"},
            {u"What is his NHS number? The GP letter says 943 476 5918 i think",
             u"What is his NHS number? The GP letter says [NHS number] i think"},
            {u"NHS was slow. My door number is 123 456 7890 lol",
             u"NHS was slow. My door number is 123 456 7890 lol"},
            {u"sort code is 20-45-77", u"sort code is [reference]"},
            {u"the code is 1234 for the door", u"the code is 1234 for the door"},
            {u"her appeal number is SE88/25/01933", u"her appeal number is [reference]"},
            {u"NHS 4410 217 8836 on the form", u"NHS [NHS number] on the form"},
            {u"NHS 111 said go to A&E", u"NHS 111 said go to A&E"},
            // An address written out before its postcode, part by part: a name that is also
            // a word ("Rose"), a Welsh street's "y", a flat's number, all one place each;
            // not the postcode's own label, the person a letter goes to, or a town of a trip.
            {u"Send it to Rose Cottage, Llanbedr, LL45 2NF please",
             u"Send it to [place], [place], [postcode] please"},
            {u"New address: Flat 4, Marlow Court, Hull HU5 3QT",
             u"New address: [place] [postcode]"},
            {u"Heol y Nant, Pontypridd CF37 1AB is where we are now",
             u"[place], [place] [postcode] is where we are now"},
            {u"Postcode LS6 2AB", u"Postcode [postcode]"},
            {u"Letters to Mrs J. Ahmed, Ivy Cottage, Settle BD24 9EJ",
             u"Letters to Mrs [name]. [name], [place], [place] [postcode]"},
            {u"we went to Leeds, Bradford, LS1 4AP was the hotel",
             u"we went to Leeds, [place], [postcode] was the hotel"},
            // A case note's verb of living with no "in", before a known town that ends what is
            // said of it.
            {u"Lives Beeston with mum.", u"Lives [place] with mum."},
            {u"YP resides Allesley with aunt", u"YP resides [place] with aunt"},
            {u"my nan is living Bradford way", u"my nan is living [place] way"},
            {u"he lives London life", u"he lives London life"},
            {u"she lives Leeds United", u"she lives Leeds United"},
            // A name-list word joined by "and" to a name found is a name; not a verb after
            // "and", a word after a pronoun, a thing's name, an abbreviation or a rhyme.
            {u"bo and Zainab came round", u"[name] and [name] came round"},
            {u"i stayed with tanisha and rich all summer",
             u"i stayed with [name] and rich all summer"},
            {u"i stayed with tanisha and Rich all summer",
             u"i stayed with [name] and [name] all summer"},
            {u"Jayden and will be there", u"[name] and will be there"},
            {u"we hope and Jayden prays", u"we hope and [name] prays"},
            {u"there is ping pong and Jayden always wins",
             u"there is ping pong and [name] always wins"},
            {u"YP and Tomasz discussed budgeting", u"YP and [name] discussed budgeting"},
            {u"jack and jill went up the hill", u"jack and jill went up the hill"},
            // A children's home or a secure unit named by what it is, after a preposition;
            // in lower case what it is stays, for the team to read.
            {u"i was at Brackenfield Children's Home in Crewe", u"i was at [place] in [place]"},
            {u"he got sent to Moorside Secure Centre last year",
             u"he got sent to [place] last year"},
            {u"she is in Larchwood secure unit", u"she is in [place] secure unit"},
            {u"we went to the Children's Centre", u"we went to the Children's Centre"},
            // A two-letter name in lower case after a relative's or a worker's word; not an
            // Urdu particle after a relative's word in Urdu.
            {u"nanny vi picks me up", u"nanny [name] picks me up"},
            {u"my worker mo is sound", u"my worker [name] is sound"},
            {u"dadi ka ghar is big", u"dadi ka ghar is big"},
            {u"i am so so tired", u"i am so so tired"},
        });
    }
    void roundTwentySevenCues() { compareRedactionRow(); }

    /** Session 28: a listed everyday-word name capitalised at a sentence's start, which the
     *  unknown-word model now judges (MODEL.md), and what it must leave; a home the family or
     *  the child was given ("a two bed in", "in temporary in", "fostered in", "a unit in"). */
    void roundTwentyEightCues_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        addRedactionRows({
            {u"Storm is 11 and starting at the big school",
             u"[name] is [age 8-11] and starting at the big school"},
            {u"Autumn had contact with her father today and came back very upset",
             u"[name] had contact with her father today and came back very upset"},
            {u"Will my placement change again?", u"Will my placement change again?"},
            // and an everyday-word name capitalised in a sentence, which its context alone
            // decided before
            {u"I've had Precious since she was 4, she's 11 now",
             u"I've had [name] since she was [age under 5], she's [age 8-11] now"},
            {u"Can you update the address for Precious?",
             u"Can you update the address for [name]?"},
            {u"Grace is a nice word, it means being kind",
             u"Grace is a nice word, it means being kind"},
            {u"Hope is the only thing keeping me going",
             u"Hope is the only thing keeping me going"},
            {u"Grace and Frankie is a good show", u"Grace and Frankie is a good show"},
            {u"Hope you are all well", u"Hope you are all well"},
            {u"Bills are doing my head in", u"Bills are doing my head in"},
            {u"Grace is said before dinner", u"Grace is said before dinner"},
            {u"Joy is my favourite word", u"Joy is my favourite word"},
            {u"Summer is my favourite season", u"Summer is my favourite season"},
            {u"Four kids in a two bed in Luton and no garden",
             u"Four kids in a two bed in [place] and no garden"},
            {u"now we're in temporary in Denbigh and the kids hate it",
             u"now we're in temporary in [place] and the kids hate it"},
            {u"i'm fostered in Ashford with my sister", u"i'm fostered in [place] with my sister"},
            {u"i'm leaving care in Luton soon", u"i'm leaving care in [place] soon"},
            {u"they put him in a unit out in Kendal, two hours from us",
             u"they put him in a unit out in [place], two hours from us"},
            {u"now im at a semi indep in Walsall", u"now im at a semi indep in [place]"},
            // where one is from, in the UK, with no other home named after it
            {u"i'm from Halifax, we've never lived anywhere else",
             u"i'm from [place], we've never lived anywhere else"},
            {u"i'm just from Thetford", u"i'm just from [place]"},
            {u"I am from Leeds originally", u"I am from [place] originally"},
            {u"I'm from Hull but I live in Leeds now", u"I'm from Hull but I live in [place] now"},
            {u"i'm from Swansea but i live somewhere else now",
             u"i'm from Swansea but i live somewhere else now"},
            // an age someone gave the child, beside the child's own or an assessment's words
            {u"i'm 16 according to my tazkira but the home office says 19",
             u"i'm [age 16-17] according to my tazkira but the home office says [age 18-24]"},
            {u"my age assessment said 19 but im 16",
             u"my age assessment said [age 18-24] but im [age 16-17]"},
            {u"the Home Office thinks 30, i am 17",
             u"the Home Office thinks [age 25+], i am [age 16-17]"},
            {u"i'm 14 and my teacher said 10 minutes",
             u"i'm [age 12-15] and my teacher said 10 minutes"},
            {u"i scored 15 and she said 20", u"i scored 15 and she said 20"},
            // Welsh ages without "oed": "only", "going to be", a brother named after "mawr"
            {u"mae o ond yn 13", u"mae o ond yn [age 12-15]"},
            {u"dwi'n mynd i fod yn 16", u"dwi'n mynd i fod yn [age 16-17]"},
            {u"mae fy mrawd mawr Iwan yn 20 ac mae e'n gweithio",
             u"mae fy mrawd mawr [name] yn [age 18-24] ac mae e'n gweithio"},
            {u"mae o ond yn 10 munud i ffwrdd", u"mae o ond yn 10 munud i ffwrdd"},
            // a school named after a titled person, title and all
            {u"i go to Lady Manners School and i like it", u"i go to [school] and i like it"},
            {u"she's at Queen Mary's College now", u"she's at [school] now"},
            // heldout60's two missed structured identifiers, by class: a police occurrence
            // number; a record's "no." as written short
            {u"Police attended. Occurrence 62300119474.",
             u"Police attended. Occurrence [reference]."},
            {u"Student no. st20118843. Bursary paid.", u"Student no. [reference]. Bursary paid."},
            {u"claim num 88123", u"claim num [reference]"},
            {u"the student no longer attends", u"the student no longer attends"},
            {u"there is no 5 on the bus", u"there is no 5 on the bus"},
            // not a home given: a secure unit, a holiday let, a nation
            {u"he is in a secure unit in Bolton", u"he is in a secure unit in Bolton"},
            {u"on holiday we had a two bed in Tenby", u"on holiday we had a two bed in Tenby"},
            {u"she is in a unit in Scotland", u"she is in a unit in Scotland"},
        });
    }
    void roundTwentyEightCues() { compareRedactionRow(); }

    /** One row per (text, expected) pair, named by its text. */
    static void
    addRedactionRows(std::initializer_list<std::pair<const char16_t*, const char16_t*>> rows)
    {
        for (const auto& [text, expected] : rows) {
            const QString t = QString::fromUtf16(text);
            QTest::newRow(qPrintable(t)) << t << QString::fromUtf16(expected);
        }
    }

    /** Words that no list knows (issue 17, unknownwords.h): the trained model adds a name the
     *  rules leave (one that opens a sentence, or in lower case where children write it) and
     *  takes back a listed name in lower case in a code-switched statement. Made-up names and
     *  sentences in no labelled set. */
    void unknownWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        // Names the rules leave: each row fails without the model.
        QTest::newRow("a name opening a sentence")
            << QStringLiteral("Tsegaweyni lets me borrow her phone")
            << QStringLiteral("[name] lets me borrow her phone");
        QTest::newRow("another opening a sentence")
            << QStringLiteral("Oyewumi doesnt talk to me anymore")
            << QStringLiteral("[name] doesnt talk to me anymore");
        QTest::newRow("a third opening a sentence")
            << QStringLiteral("Wenqian has been off school all week")
            << QStringLiteral("[name] has been off school all week");
        QTest::newRow("a possessive opening a sentence")
            << QStringLiteral("Przemko's mum picks us up")
            << QStringLiteral("[name]'s mum picks us up");
        QTest::newRow("lower case, is in my class")
            << QStringLiteral("kwabenya is in my class") << QStringLiteral("[name] is in my class");
        QTest::newRow("lower case, is in year 9") << QStringLiteral("ngozika is in year 9 with me")
                                                  << QStringLiteral("[name] is in year 9 with me");
        // Listed names in lower case that are words of another language: each row fails
        // without the model (the rules hide "hai" and "nie").
        QTest::newRow("romanised Urdu") << QStringLiteral("mujhe neend nahi aati hai")
                                        << QStringLiteral("mujhe neend nahi aati hai");
        QTest::newRow("Polish") << QStringLiteral("nie wiem co robić")
                                << QStringLiteral("nie wiem co robić");
        // Guards: words of other languages opening a sentence stay. The rules keep them; a
        // plain "capitalised and in no list" rule (step 1 of MODEL.md) hides them.
        QTest::newRow("Welsh opening a sentence")
            << QStringLiteral("Roeddwn i'n hapus ddoe") << QStringLiteral("Roeddwn i'n hapus ddoe");
        QTest::newRow("Polish opening a sentence")
            << QStringLiteral("Zamknij drzwi please") << QStringLiteral("Zamknij drzwi please");
    }
    /** The model built at build time: weights sorted by feature (score() searches them), and
     *  the Welsh word filter it reads, which knows Welsh verb forms the gazetteer leaves out. */
    void unknownWordModel()
    {
        const chorus::unknownwords::Model& m = chorus::unknownwords::builtInModel();
        QVERIFY(m.weightCount > 100);
        for (std::size_t k = 1; k < m.weightCount; ++k) {
            QVERIFY(m.weights[k - 1].feature < m.weights[k].feature);
        }
        for (const char* welsh : {"dydw", "roeddwn", "aethon", "ddoe"}) {
            QVERIFY2(m.welsh.contains(QString::fromLatin1(welsh)), welsh);
        }
        QVERIFY(!m.welsh.contains(u"Tsegaweyni"));
        QVERIFY(!m.welsh.contains(u"straighteners"));
    }
    void unknownWords() { compareRedactionRow(); }

    /** Round 29, the place model (MODEL.md, "Places"): a town where a child's life happens,
     *  said without "I live in", is hidden; the towns issue 17 keeps stay, whatever the model
     *  says of the words around them. The first rows fail without the model: the rules keep
     *  each town, as no word of a home is near it. Statements written for this test. */
    void placeModel_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        addRedactionRows({
            {u"there's nothing for teenagers to do in Hartlepool at night",
             u"there's nothing for teenagers to do in [place] at night"},
            {u"the buses in Stockport never turn up on time",
             u"the buses in [place] never turn up on time"},
            {u"i get the bus from Yeovil to college every day",
             u"i get the bus from [place] to college every day"},
            {u"police in Rochdale picked me up twice this week",
             u"police in [place] picked me up twice this week"},
            {u"the only decent chippy in Barnstaple shut down",
             u"the only decent chippy in [place] shut down"},
            {u"theres a food bank in Rotherham that helps us",
             u"theres a food bank in [place] that helps us"},
            // Kept: a day out, a holiday, a wish to visit, a city talked of, a team, where
            // someone comes from or was born, a stop on the way, where someone works.
            {u"we went to Blackpool for the day and I won on the 2p machines",
             u"we went to Blackpool for the day and I won on the 2p machines"},
            {u"my favourite holiday was Tenby with the caravan",
             u"my favourite holiday was Tenby with the caravan"},
            {u"I'd like to visit York one day", u"I'd like to visit York one day"},
            {u"London is so expensive, my sister can't afford it",
             u"London is so expensive, my sister can't afford it"},
            {u"we watched a documentary about Liverpool in the war",
             u"we watched a documentary about Liverpool in the war"},
            {u"Leeds United were rubbish on saturday", u"Leeds United were rubbish on saturday"},
            {u"my mum is from Sunderland originally", u"my mum is from Sunderland originally"},
            {u"i was born in Swindon but i don't remember it",
             u"i was born in Swindon but i don't remember it"},
            {u"we stopped in Preston on the way to my aunties",
             u"we stopped in Preston on the way to my aunties"},
            {u"my dad works in Coventry at a factory", u"my dad works in Coventry at a factory"},
            {u"Bradford, Leicester, Luton, all the same to me",
             u"Bradford, Leicester, Luton, all the same to me"},
        });
        // A town's name that visits is a person's (session 31): the place pass leaves a town
        // before "came" to the name pass, which hid "Lincoln came round to mine" and kept
        // "Preston came round". A team still comes back or comes top.
        addRedactionRows({
            {u"Preston came round yesterday and we played.",
             u"[name] came round yesterday and we played."},
            {u"then Chester came over and we played fifa",
             u"then [name] came over and we played fifa"},
            {u"Lincoln comes to see me on fridays", u"[name] comes to see me on fridays"},
            {u"preston came round after school", u"[name] came round after school"},
            {u"Preston came back from two down", u"Preston came back from two down"},
            {u"we came number 2, Halifax came top", u"we came number 2, Halifax came top"},
            {u"my nan came over from Preston", u"my nan came over from Preston"},
        });
    }
    void placeModel() { compareRedactionRow(); }

    /** Words that a name list holds as a surname ("Going", "Soon", "Say":
     *  @cspell/dict-people-names) after a person's word (session 31, the clean statements of
     *  heldout60 to 63): a verb's "-ing" form or a verb of saying with what it does after it,
     *  and an adverb, are words; a given name that is also an "-ing" word (Blessing) is still a
     *  name before its verb. */
    void surnameWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        addRedactionRows({
            {u"i dont want my daughter going to that school, the kids there are rough",
             u"i dont want my daughter going to that school, the kids there are rough"},
            {u"i feel like a child going to school first time",
             u"i feel like a child going to school first time"},
            {u"my daughter going missing is my worst fear",
             u"my daughter going missing is my worst fear"},
            {u"i am going to be a big sister soon", u"i am going to be a big sister soon"},
            {u"my sister blessing is 5", u"my sister [name] is [age 5-7]"},
            {u"my cousin blessing said hi", u"my cousin [name] said hi"},
            {u"me n blessing were laughing in maths", u"me n [name] were laughing in maths"},
            // Parents writing English as an additional language (heldout60, 61 and others)
            {u"we speak pashto at home, teacher say he is clever boy",
             u"we speak pashto at home, teacher say he is clever boy"},
            {u"why does every worker say they understand when they dont",
             u"why does every worker say they understand when they dont"},
            {u"it's tigrinya not tigrigna and i speak arabic too",
             u"it's tigrinya not tigrigna and i speak arabic too"},
            // The plural of a worker's abbreviation (heldout61): counted, never a name; a
            // name's initials before "s" are someone's ("at JJs", at JJ's home).
            {u"the SWs keep changing and I have to start again",
             u"the SWs keep changing and I have to start again"},
            {u"Ive had 4 PAs since I left care", u"Ive had 4 PAs since I left care"},
            {u"I was at JJs last night", u"I was at [name] last night"},
        });
    }
    void surnameWords() { compareRedactionRow(); }

    void sessionNames_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("listed common word, capitalised") << "I put Will at the front"
                                                         << "I put [name] at the front";
        QTest::newRow("listed common word, verb") << "I will come"
                                                  << "I will come";
        QTest::newRow("listed multi-word") << "my worker Abi Okafor listens"
                                           << "my worker [name] listens";
        QTest::newRow("part of a listed name") << "Mrs Okafor explained"
                                               << "Mrs [name] explained";
        QTest::newRow("listed, lower case") << "abi is nice"
                                            << "[name] is nice";
        QTest::newRow("listed school") << "At Oakfield Primary the dinners"
                                       << "At [school] the dinners";
        QTest::newRow("listed school, distinctive word") << "I miss oakfield"
                                                         << "I miss [school]";
        QTest::newRow("listed place") << "on the Meadowbank estate"
                                      << "on the [place] estate";
        QTest::newRow("listed unknown word") << "zorblax is annoying"
                                             << "[name] is annoying";
    }
    void sessionNames()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(m_session->anonymisedText(text), expected);
    }

    // ---- configuration, findings, labels ------------------------------------------------

    void configuration()
    {
        Anonymiser::Config cfg;
        cfg.kinds.remove(PiiKind::Name);
        cfg.kinds.remove(PiiKind::Age);
        auto a = Anonymiser::create(cfg);
        QVERIFY(a.ok());
        QCOMPARE(a->anonymisedText(u"Oliver is 9, ring 07700 900123"),
                 QStringLiteral("Oliver is 9, ring [phone]"));

        Anonymiser::Config noLists;
        noLists.useGazetteer = false;
        auto b = Anonymiser::create(noLists);
        QVERIFY(b.ok());
        QCOMPARE(b->anonymisedText(u"I like Oliver. My brother Oliver said"),
                 QStringLiteral("I like Oliver. My brother [name] said"));

        Anonymiser::Config noContext;
        noContext.useContextRules = false;
        auto c = Anonymiser::create(noContext);
        QVERIFY(c.ok());
        QCOMPARE(c->anonymisedText(u"my brother Zaydenn and Oliver"),
                 QStringLiteral("my brother Zaydenn and [name]"));

        // A gazetteer of one's own replaces the built-in one.
        auto g = std::make_shared<Gazetteer>();
        g->add(u"zaydenn", Gazetteer::Name);
        Anonymiser::Config own;
        own.gazetteer = g;
        auto d = Anonymiser::create(own);
        QVERIFY(d.ok());
        QCOMPARE(d->anonymisedText(u"zaydenn"), QStringLiteral("[name]"));
    }

    void findings()
    {
        const QString text = QStringLiteral("Oliver's number is 07700 900123, he's 9.");
        const chorus::Redaction r = m_plain->anonymise(text);
        QCOMPARE(r.text, QStringLiteral("[name]'s number is [phone], he's [age 8-11]."));
        QCOMPARE(r.findings.size(), 3);
        const PiiKind kinds[] = {PiiKind::Name, PiiKind::Phone, PiiKind::Age};
        for (int k = 0; k < 3; ++k) {
            const Finding& f = r.findings[k];
            QCOMPARE(f.kind, kinds[k]);
            QVERIFY(!text.mid(f.start, f.length).isEmpty());
            QVERIFY(r.text.mid(f.outputStart, f.outputLength).startsWith(u'['));
        }
        QCOMPARE(text.mid(r.findings[0].start, r.findings[0].length), QStringLiteral("Oliver"));
        QCOMPARE(r.findings[0].reason, chorus::FindingReason::Gazetteer);
        QCOMPARE(text.mid(r.findings[1].start, r.findings[1].length),
                 QStringLiteral("07700 900123"));
        QCOMPARE(r.findings[1].reason, chorus::FindingReason::Pattern);
        // Deterministic: the same text gives the same output.
        QCOMPARE(m_plain->anonymise(text).text, r.text);
        QCOMPARE(m_plain->anonymisedText(u""), QString());
    }

    /** The review queue and the child's preview show the placeholders in the reader's
     *  language (issue 17): every canonical token, the age bands, the new "[date of birth]" and
     *  the queue's "[redacted]", and nothing else. */
    void localisedPlaceholders()
    {
        const QString shared = QStringLiteral(
            "[name] is [age 8-11], born [date of birth], at [school]; [redacted] [my bracket]");
        QCOMPARE(chorus::localisedPlaceholders(shared), shared); // no translator: unchanged
        PigTranslator pig;
        QVERIFY(QCoreApplication::installTranslator(&pig));
        QCOMPARE(chorus::localisedPlaceholders(shared),
                 QStringLiteral("<[name]> is <[age %1]>, born <[date of birth]>, at <[school]>; "
                                "<[redacted]> [my bracket]")
                     .arg(QStringLiteral("<8-11>")));
        // Every kind has its own label: a kind added without one would show in English.
        for (int k = 0; k < chorus::kPiiKindCount; ++k) {
            const QString token = chorus::placeholderToken(PiiKind(k));
            QCOMPARE(chorus::localisedPlaceholders(token), QStringLiteral("<%1>").arg(token));
        }
        QCoreApplication::removeTranslator(&pig);
        // What leaves the device is the canonical token.
        QCOMPARE(m_plain->anonymisedText(u"born on christmas day 2008"),
                 QStringLiteral("born on [date of birth]"));
    }

    void translatableLabels()
    {
        QCOMPARE(chorus::placeholderToken(PiiKind::NhsNumber), QStringLiteral("[NHS number]"));
        QCOMPARE(chorus::placeholderLabel(PiiKind::Name), QStringLiteral("[name]"));
        PigTranslator pig;
        QVERIFY(QCoreApplication::installTranslator(&pig));
        QCOMPARE(chorus::placeholderLabel(PiiKind::Name), QStringLiteral("<[name]>"));
        QCOMPARE(chorus::ageBandLabel(AgeBand::Under5),
                 QStringLiteral("<[age %1]>").arg("<under 5>"));
        // What leaves the device keeps the canonical English tokens.
        QCOMPARE(redact(QStringLiteral("Oliver")), QStringLiteral("[name]"));
        QCoreApplication::removeTranslator(&pig);
    }

    void namesFile()
    {
        auto names = Anonymiser::parseSessionNames(
            u"# family\nJayden\nname\tAbi Okafor\nschool\tOakfield Primary\n\nplace\tMeadowbank\n");
        QVERIFY(names.ok());
        QCOMPARE(names->size(), 4);
        QCOMPARE(names->at(0).kind, PiiKind::Name);
        QCOMPARE(names->at(2).kind, PiiKind::School);
        QCOMPARE(names->at(3).text, QStringLiteral("Meadowbank"));
        auto bad = Anonymiser::parseSessionNames(u"phone\t0770\n");
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, Error::Code::Invalid);
        QVERIFY(bad.error().message.contains(u"line 1"));
    }

    void gazetteerLoading()
    {
        auto builtIn = Gazetteer::builtIn();
        QVERIFY(builtIn.ok());
        const Gazetteer& g = *builtIn.value();
        QVERIFY(g.count(Gazetteer::Name) > 30000);
        QVERIFY(g.flags(u"Oliver") & Gazetteer::Name);
        QVERIFY(g.flags(u"hope") & Gazetteer::ContextOnly);
        QVERIFY(g.flags(u"JACK") & Gazetteer::NameFirst);
        QVERIFY(g.flags(u"mum") & Gazetteer::NotName);
        QVERIFY(g.flags(u"hope") & Gazetteer::Word);

        auto missing = Gazetteer::fromFile(QStringLiteral("/nonexistent/gazetteer.tsv"));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, Error::Code::NotFound);
        auto broken = Gazetteer::parse("oliver\t1\nno flags here\n", QStringLiteral("test"));
        QVERIFY(!broken.ok());
        QVERIFY(broken.error().message.contains(u"line 2"));

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile f(dir.filePath(QStringLiteral("g.tsv")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("# test\nzaydenn\t1\n");
        f.close();
        auto own = Gazetteer::fromFile(f.fileName());
        QVERIFY(own.ok());
        QCOMPARE(own->size(), 1);
    }

    // ---- the labelled corpus ------------------------------------------------------------

    void corpus()
    {
        QFile namesFile(dataPath("anonymiser-session-names.txt"));
        QVERIFY(namesFile.open(QIODevice::ReadOnly));
        auto names = Anonymiser::parseSessionNames(QString::fromUtf8(namesFile.readAll()));
        QVERIFY(names.ok());
        Anonymiser::Config cfg;
        cfg.sessionNames = names.value();
        auto made = Anonymiser::create(cfg);
        QVERIFY(made.ok());
        const Anonymiser& anonymiser = made.value();
        const Gazetteer& gazetteer = *Gazetteer::builtIn().value();

        QFile corpusFile(dataPath("anonymiser-corpus.jsonl"));
        QVERIFY(corpusFile.open(QIODevice::ReadOnly));
        struct Tally
        {
            int total = 0;
            int found = 0;
            [[nodiscard]] double recall() const { return total ? double(found) / total : 1.0; }
        };
        std::map<QString, Tally> byKind;
        Tally listedNames, otherNames;
        int statements = 0, withoutIdentifiers = 0, contentWords = 0, contentKept = 0;
        QStringList misses, lost;
        static const QRegularExpression wordRe(QStringLiteral("[\\p{L}][\\p{L}'’-]*"));
        static const QSet<QString> stopWords = [] {
            QSet<QString> s;
            for (const QString& w :
                 QStringLiteral(
                     "a an the and or but so if of to in on at by for with from as is am are was "
                     "were be been being i me my we our you your he him his she her they them "
                     "their it its this that these those there here what who when where why how "
                     "not no do does did have has had will would can could should just very too "
                     "up out about into than then also all any some i'm it's don't can't")
                     .split(u' ')) {
                s.insert(w);
            }
            return s;
        }();

        while (!corpusFile.atEnd()) {
            const QByteArray line = corpusFile.readLine().trimmed();
            if (line.isEmpty()) {
                continue;
            }
            QJsonParseError pe;
            const QJsonObject rec = QJsonDocument::fromJson(line, &pe).object();
            QVERIFY2(pe.error == QJsonParseError::NoError, line.constData());
            const QString text = rec.value("text").toString();
            const QJsonArray labels = rec.value("labels").toArray();
            ++statements;
            if (labels.isEmpty()) {
                ++withoutIdentifiers;
            }
            const chorus::Redaction r = anonymiser.anonymise(text);
            auto covered = [&](qsizetype start, qsizetype end) {
                qsizetype pos = start;
                for (const Finding& f : r.findings) { // in text order
                    if (f.start <= pos && f.end() > pos) {
                        pos = f.end();
                    }
                }
                return pos >= end;
            };
            auto touched = [&](qsizetype start, qsizetype end) {
                for (const Finding& f : r.findings) {
                    if (f.start < end && f.end() > start) {
                        return true;
                    }
                }
                return false;
            };

            // Labels are listed in text order and located by their text.
            QList<std::pair<qsizetype, qsizetype>> spans;
            qsizetype from = 0;
            for (const QJsonValue& v : labels) {
                const QJsonObject l = v.toObject();
                const QString value = l.value("value").toString();
                const QString kind = l.value("kind").toString();
                const qsizetype at = text.indexOf(value, from);
                QVERIFY2(
                    at >= 0,
                    qPrintable(QStringLiteral("label \"%1\" not found in: %2").arg(value, text)));
                from = at + value.size();
                spans.append({at, from});
                const bool hit = covered(at, from);
                Tally& t = byKind[kind];
                ++t.total;
                t.found += hit;
                if (kind == u"name" || kind == u"school" || kind == u"place") {
                    bool inGazetteer = true;
                    for (const QString& w : value.split(u' ', Qt::SkipEmptyParts)) {
                        const std::uint32_t g = gazetteer.flags(w);
                        inGazetteer =
                            inGazetteer && (g & Gazetteer::Name) && !(g & Gazetteer::NotName);
                    }
                    Tally& group =
                        (l.value("session").toBool() || inGazetteer) ? listedNames : otherNames;
                    ++group.total;
                    group.found += hit;
                }
                if (!hit) {
                    misses << QStringLiteral("%1 \"%2\" in: %3").arg(kind, value, text);
                }
            }
            // Content words outside every label: how many survive.
            for (auto it = wordRe.globalMatch(text); it.hasNext();) {
                const QRegularExpressionMatch m = it.next();
                const qsizetype s = m.capturedStart(), e = m.capturedEnd();
                bool inLabel = false;
                for (const auto& [ls, le] : spans) {
                    inLabel = inLabel || (s < le && e > ls);
                }
                if (inLabel || stopWords.contains(m.captured().toLower())) {
                    continue;
                }
                ++contentWords;
                if (touched(s, e)) {
                    lost << m.captured();
                } else {
                    ++contentKept;
                }
            }
        }

        QVERIFY2(statements >= 300, "the corpus needs at least 300 statements");
        QVERIFY2(withoutIdentifiers * 4 >= statements,
                 "at least a quarter of the corpus has no identifier");
        qInfo("corpus: %d statements, %d without any identifier", statements, withoutIdentifiers);
        for (const auto& [kind, t] : byKind) {
            qInfo("recall %-10s %6.3f  (%d of %d)", qPrintable(kind), t.recall(), t.found, t.total);
        }
        qInfo("recall %-10s %6.3f  (%d of %d)", "listed names", listedNames.recall(),
              listedNames.found, listedNames.total);
        qInfo("recall %-10s %6.3f  (%d of %d)", "other names", otherNames.recall(),
              otherNames.found, otherNames.total);
        const double kept = contentWords ? double(contentKept) / contentWords : 1.0;
        qInfo("non-identifying content words kept: %.3f (%d of %d)", kept, contentKept,
              contentWords);
        for (const QString& m : std::as_const(misses)) {
            qInfo("missed %s", qPrintable(m));
        }
        if (!lost.isEmpty()) {
            qInfo("content words hidden: %s", qPrintable(lost.join(u", ")));
        }

        for (const char* kind : {"phone", "postcode", "email", "nhs", "ni"}) {
            const Tally& t = byKind[QString::fromLatin1(kind)];
            QVERIFY2(t.total > 0, kind);
            QVERIFY2(t.recall() >= kStructuredRecall,
                     qPrintable(QStringLiteral("%1 recall %2").arg(kind).arg(t.recall())));
        }
        QVERIFY2(listedNames.recall() >= kListedNameRecall,
                 qPrintable(QStringLiteral("listed-name recall %1").arg(listedNames.recall())));
        QVERIFY2(otherNames.recall() >= kOtherNameRecall,
                 qPrintable(QStringLiteral("other-name recall %1").arg(otherNames.recall())));
        QVERIFY2(kept >= kContentKept, qPrintable(QStringLiteral("content kept %1").arg(kept)));
    }

private:
    /** Scores the anonymiser on one split of tests/data/anonymiser-v2 (see generate.py there)
     *  with no session list, as `chorusctl redact` does by default, except on records that
     *  carry one; prints recall per kind, the keep rate, the share of no-identifier statements
     *  changed and every miss, and checks them against the targets. */
    void scoreV2(const QByteArray& split, const V2Targets& targets)
    {
        QFile file(dataPath("anonymiser-v2/") + QString::fromLatin1(split) +
                   QStringLiteral(".jsonl"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        auto made = Anonymiser::create({});
        QVERIFY(made.ok());
        const Anonymiser& plain = made.value();

        struct Tally
        {
            int total = 0;
            int found = 0;
            [[nodiscard]] double recall() const { return total ? double(found) / total : 1.0; }
        };
        std::map<QString, Tally> byKind;
        Tally overall;
        int statements = 0, withoutIdentifiers = 0, changedWithout = 0;
        int contentWords = 0, contentKept = 0;
        QStringList misses, lost, changed;
        static const QRegularExpression wordRe(QStringLiteral("[\\p{L}][\\p{L}\\p{M}'’-]*"));

        while (!file.atEnd()) {
            const QByteArray line = file.readLine().trimmed();
            if (line.isEmpty()) {
                continue;
            }
            QJsonParseError pe;
            const QJsonObject rec = QJsonDocument::fromJson(line, &pe).object();
            QVERIFY2(pe.error == QJsonParseError::NoError, line.constData());
            const QString text = rec.value("text").toString();
            const QJsonArray labels = rec.value("labels").toArray();
            std::optional<Anonymiser> own;
            if (rec.contains("session")) {
                Anonymiser::Config cfg;
                for (const QJsonValue& v : rec.value("session").toArray()) {
                    cfg.sessionNames.append({v.toString(), PiiKind::Name});
                }
                own.emplace(Anonymiser::create(cfg).value());
            }
            const chorus::Redaction r = (own ? *own : plain).anonymise(text);
            ++statements;
            if (labels.isEmpty()) {
                ++withoutIdentifiers;
                if (!r.findings.isEmpty()) {
                    ++changedWithout;
                    changed << QStringLiteral("%1 -> %2").arg(text, r.text);
                }
            }
            auto covered = [&](qsizetype start, qsizetype end) {
                qsizetype pos = start;
                for (const Finding& f : r.findings) { // in text order
                    if (f.start <= pos && f.end() > pos) {
                        pos = f.end();
                    }
                    // Spaces inside a label need no placeholder of their own.
                    while (pos < end && text[pos].isSpace()) {
                        ++pos;
                    }
                }
                return pos >= end;
            };
            QList<std::pair<qsizetype, qsizetype>> spans;
            qsizetype from = 0;
            for (const QJsonValue& v : labels) {
                const QJsonObject l = v.toObject();
                const QString value = l.value("value").toString();
                const QString kind = l.value("kind").toString();
                const qsizetype at = text.indexOf(value, from);
                QVERIFY2(at >= 0,
                         qPrintable(QStringLiteral("label not found: %1 in %2").arg(value, text)));
                from = at + value.size();
                spans.append({at, from});
                const bool hit = covered(at, from);
                ++byKind[kind].total;
                byKind[kind].found += hit;
                ++overall.total;
                overall.found += hit;
                if (!hit) {
                    misses
                        << QStringLiteral("%1 \"%2\" in: %3 -> %4").arg(kind, value, text, r.text);
                }
            }
            for (auto it = wordRe.globalMatch(text); it.hasNext();) {
                const QRegularExpressionMatch m = it.next();
                const qsizetype s = m.capturedStart(), e = m.capturedEnd();
                bool inLabel = false;
                for (const auto& [ls, le] : spans) {
                    inLabel = inLabel || (s < le && e > ls);
                }
                if (inLabel) {
                    continue;
                }
                ++contentWords;
                bool touched = false;
                for (const Finding& f : r.findings) {
                    touched = touched || (f.start < e && f.end() > s);
                }
                if (touched) {
                    lost << m.captured();
                } else {
                    ++contentKept;
                }
            }
        }

        const double kept = contentWords ? double(contentKept) / contentWords : 1.0;
        const double changedShare =
            withoutIdentifiers ? double(changedWithout) / withoutIdentifiers : 0.0;
        qInfo("v2 corpus, %s split: %d statements, %d without any identifier", split.constData(),
              statements, withoutIdentifiers);
        for (const auto& [kind, t] : byKind) {
            qInfo("recall %-10s %6.3f  (%d of %d)", qPrintable(kind), t.recall(), t.found, t.total);
        }
        qInfo("recall %-10s %6.3f  (%d of %d)", "overall", overall.recall(), overall.found,
              overall.total);
        qInfo("keep rate: %.4f (%d of %d words outside identifiers)", kept, contentKept,
              contentWords);
        qInfo("no-identifier statements changed: %.4f (%d of %d)", changedShare, changedWithout,
              withoutIdentifiers);
        for (const QString& m : std::as_const(misses)) {
            qInfo("missed %s", qPrintable(m));
        }
        for (const QString& c : std::as_const(changed)) {
            qInfo("changed %s", qPrintable(c));
        }
        if (!lost.isEmpty()) {
            qInfo("words hidden: %s", qPrintable(lost.join(u", ")));
        }

        if (targets.sizeRule) {
            QVERIFY2(statements >= 700, "the split needs at least 700 statements");
        }
        QVERIFY2(withoutIdentifiers * 5 >= statements,
                 "at least a fifth of the split has no identifier");
        for (const char* kind : {"phone", "postcode", "email", "nhs", "ni", "reference"}) {
            const Tally& t = byKind[QString::fromLatin1(kind)];
            QVERIFY2(t.total > 0, kind);
            QVERIFY2(t.recall() >= kV2StructuredRecall,
                     qPrintable(QStringLiteral("%1 recall %2").arg(kind).arg(t.recall())));
        }
        QVERIFY2(overall.recall() >= targets.recall,
                 qPrintable(QStringLiteral("overall recall %1").arg(overall.recall())));
        QVERIFY2(kept >= targets.kept, qPrintable(QStringLiteral("keep rate %1").arg(kept)));
        QVERIFY2(
            changedShare <= targets.noIdentifierChanged,
            qPrintable(QStringLiteral("no-identifier statements changed %1").arg(changedShare)));
    }

private slots:
    // ---- the v2 corpus (issue 17) -------------------------------------------------------

    /** The generated test split by default (tuned on dev, reported on test), the dev split
     *  with CHORUS_ANONYMISER_SPLIT=dev (for tuning, every miss printed), or any held-out set
     *  by name, each against the issue's targets. */
    void corpusV2()
    {
        const QByteArray split = qEnvironmentVariableIsSet("CHORUS_ANONYMISER_SPLIT")
                                     ? qgetenv("CHORUS_ANONYMISER_SPLIT")
                                     : QByteArray("test");
        V2Targets targets;
        targets.sizeRule = !split.startsWith("heldout");
        scoreV2(split, targets);
    }

    /** The hand-written held-out sets: heldout1 (written before round 2's changes), heldout2
     *  (after them), heldout3 (before round 3's), heldout4 (before round 4's), heldout5
     *  (before round 5's, by another author, scored once before any change), heldout6 (before
     *  round 6's, likewise), heldout7 (after round 6's, by an author who read no anonymiser
     *  code; round 7 tuned on it), heldout8 (session 10, likewise; round 8 tuned on it),
     *  heldout11 and heldout12 (session 12, likewise; round 10 tuned on them), heldout13 and
     *  heldout14 (session 13, likewise; round 14 tuned on them), heldout15 and heldout16
     *  (session 14, likewise; round 14 tuned on heldout16), heldout17 and heldout18 (session
     *  14, likewise; tuned on heldout18; heldout15 and heldout17 not yet read). On them
     * the anonymiser does not yet reach the issue's targets everywhere (run corpusV2 with
     * CHORUS_ANONYMISER_SPLIT=heldoutN to see that), so here the floors are the figures last
     * measured, rounded down: a change that loses recall or hides more on statements nobody tuned
     * on fails. They were tuned on after their first score, so they are a regression guard, not a
     * clean measure. */
    void heldOut_data()
    {
        QTest::addColumn<QByteArray>("split");
        QTest::addColumn<double>("recall");
        QTest::addColumn<double>("kept");
        QTest::addColumn<double>("changed");
        QTest::newRow("heldout1") << QByteArray("heldout1") << 0.98 << 0.99 << 0.01;
        QTest::newRow("heldout2") << QByteArray("heldout2") << 0.99 << 0.99 << 0.01;
        QTest::newRow("heldout3") << QByteArray("heldout3") << 0.99 << 0.99 << 0.01;
        // Written before round 4's changes; first score 0.889 recall, 4.1% changed.
        QTest::newRow("heldout4") << QByteArray("heldout4") << 0.98 << 0.99 << 0.01;
        // Written before round 5's changes (not tuned on: only classes of its misses were
        // fixed); first score 0.912 recall, keep 0.9835, 7.9% changed.
        QTest::newRow("heldout5") << QByteArray("heldout5") << 0.96 << 0.99 << 0.02;
        // Written before round 6's changes (not tuned on: only classes of its misses were
        // fixed, tested with other words); first score 0.925 recall, keep 0.9861, 9.7% changed.
        QTest::newRow("heldout6") << QByteArray("heldout6") << 0.98 << 0.985 << 0.05;
        // Written by another author who read no anonymiser code or list, after round 6, and
        // scored once on round 6's result: recall 0.927, keep 0.9945, 4.8% changed. Never
        // trained on: with the unknown-word model (MODEL.md) 0.959, 0.9962, 3.6%. Round 7
        // tuned on it (classes of its misses, tested with other words): 0.981, 0.9980, 1.2%,
        // so it is now a tuned set; its floors are that, rounded down.
        QTest::newRow("heldout7") << QByteArray("heldout7") << 0.975 << 0.995 << 0.02;
        // Written in session 10 by an author who read no anonymiser code, list, model or test
        // (704 statements, 39% with no identifier), and scored once on main with the
        // unknown-word model: recall 0.896, keep 0.9918, 5.8% changed (places 0.826, ages
        // 0.867, schools 0.867, a reference half-hidden). Round 8 tuned on it (classes of its
        // misses, tested with other words): 0.905, 0.9931, 3.6%. A tuned set from then on.
        // Round 9 (session 11: a child's own school, class and lodging towns, Welsh streets,
        // a person named again as he or she, Welsh ages without "oed", nicknames, text-speak
        // pairs, a school by what it is, "X from my class", "back to" a UK town, home-language
        // words, a Welsh subject doing something): 0.962, 0.9950, 1.8%. (On heldout9, kept
        // out of the repo and never tuned on, the same round moved 0.923 to 0.934.)
        QTest::newRow("heldout8") << QByteArray("heldout8") << 0.94 << 0.99 << 0.03;
        // heldout11 and heldout12: session 12, two authors who read no anonymiser code, list,
        // model or test, each writing to a spec rich in words that look like identifiers and
        // are not (about 48% of statements with no identifier). heldout12 was scored at the
        // session's start (1fee36e: 0.887 recall, keep 0.9855, 12.7% changed) and after the
        // first round (0.909, 0.9860, 12.0%), then tuned on (0.943, 0.9941, 0.3%). heldout11
        // was scored three times before anything in it was read (1fee36e: 0.811, 0.9853,
        // 13.5%; b46990a: 0.845, 0.9878, 11.5%; 7b4a051: 0.854, 0.9886, 10.6%); then its
        // changed statements were read and fixed by class (0.854, 0.9931, 3.8%). 29 of its 34
        // missed names are a title or kin word labelled with the name ("Mr Okonkwo", "Auntie
        // Bev"), which this anonymiser keeps by design ("Mrs [name]").
        QTest::newRow("heldout11") << QByteArray("heldout11") << 0.85 << 0.99 << 0.04;
        QTest::newRow("heldout12") << QByteArray("heldout12") << 0.94 << 0.99 << 0.01;
        // heldout13 (young people 13-18 and parents, Welsh valleys and north Wales) and
        // heldout14 (children 6-12 and families speaking other home languages): session 13,
        // two authors who read no anonymiser code, to a spec that labels a name without its
        // title ("Mr [name]" counts as caught). Scored before anything in them was read, on
        // the session's starting behaviour (3557c58) and on its last anonymiser (cb4aeca):
        // heldout13 0.880 -> 0.884 recall (names 0.981, places 0.837, ages 0.764), keep
        // 0.9901 -> 0.9896, clean statements changed 12.4% both; heldout14 0.951 -> 0.951
        // (names 0.991, places 0.901, ages 0.929), keep 0.9870 -> 0.9874, changed 15.8% ->
        // 15.2%. Then heldout13's changed statements and structured misses were read: an NHS
        // cue a few words before the number, a reference whose letters are one hyphenated word
        // (0.888); text-speak, sayings, services and shows it named as public phrases (keep
        // 0.9913, changed 8.3%; heldout14, still unread, 0.9877 and 14.6%). The floors are
        // today's figures, below the issue's targets: they guard against losing ground.
        // Session 14 (round 14, from heldout14's changed statements, read after one more
        // unchanged score, heldout16's changed statements and missed places, and heldout13's
        // and heldout16's missed ages; each class tested with statements of its own):
        // heldout13 0.912, keep 0.9923, 5.7% changed; heldout14 0.967, 0.9940, 3.7%.
        QTest::newRow("heldout13") << QByteArray("heldout13") << 0.93 << 0.99 << 0.06;
        QTest::newRow("heldout14") << QByteArray("heldout14") << 0.96 << 0.99 << 0.04;
        // heldout15 (care-experienced young people 14-21 and their carers, England and south
        // Wales; 600 statements, 43% with no identifier) and heldout16 (parents, kinship
        // carers and children 5-13 across Wales and the border, 30% in Welsh; 600, 50%):
        // session 14, two authors who read no anonymiser code, to the same spec. Scored on the
        // session's starting anonymiser (da16383): heldout15 0.815 recall (places 0.634, ages
        // 0.811), keep 0.9908, 12.8% changed; heldout16 0.853 (places 0.757, ages 0.750),
        // 0.9859, 13.3%. After round 14's first part (heldout15 unread): heldout15 0.817,
        // 0.9917, 12.5%; heldout16 0.853, 0.9874, 11.3%. Then heldout16 was read and fixed by
        // class: 0.951 (places 0.922, ages 0.919), keep 0.9911, 5.0% changed; heldout15, still
        // unread, 0.819, 0.9917, 12.5%. Floors at today's figures.
        QTest::newRow("heldout15") << QByteArray("heldout15") << 0.90 << 0.99 << 0.09;
        QTest::newRow("heldout16") << QByteArray("heldout16") << 0.95 << 0.99 << 0.05;
        // heldout17 (unaccompanied and refugee young people 14-19, English cities and Wales;
        // 600, 47% with no identifier) and heldout18 (children 7-15 and families in English
        // towns and rural Wales, Traveller, farming and forces families; 600, 49%): session 14,
        // two more authors who read no code. Scored before reading on da16383: heldout17 0.814
        // recall (places 0.667, ages 0.740), keep 0.9796, 21.1% changed; heldout18 0.868
        // (places 0.783), 0.9777, 31.2%. On 44b480d: heldout17 0.828, 0.9801, 20.8%;
        // heldout18 0.878, 0.9799, 29.8%. Then heldout18's changed statements were read and
        // fixed by class (pets, endearments, counties, festivals): 0.878, 0.9864, 18.0%;
        // heldout17, unread, 0.828, 0.9804, 20.4%. Both missed references (a UAN, a check
        // letter first, words before the number, a court's case number, Welsh "rhif yr
        // achos"): the structured kinds' 0.99 held-out floor failed, so those four misses
        // (and only those of heldout17) were read and fixed by class: heldout17 0.832,
        // heldout18 0.882. Then heldout18's missed ages, names and places were read and fixed
        // by class (a name's "'s" before an age, "fi'n", "in care in", a farm or site near a
        // town): heldout18 0.925, keep
        // 0.9893, 13.9% changed; heldout17, unread but for its references, 0.835, 0.9804,
        // 20.4%.
        // Session 15 (round 15): heldout15 and heldout17 read at its start, their missed
        // places and ages fixed by class (roundFifteenCues): heldout15 0.822 -> 0.890 (places
        // 0.634 -> 0.838), heldout17 0.835 -> 0.894 (places 0.708 -> 0.899), heldout18 0.934,
        // heldout13 0.932; keep and changed the same or better. Part 2 (public names,
        // hospitals, prisons and courts, pets): heldout15 keep 0.9929, 9.0% changed; heldout17
        // 0.9841, 14.4%.
        QTest::newRow("heldout17") << QByteArray("heldout17") << 0.90 << 0.98 << 0.14;
        QTest::newRow("heldout18") << QByteArray("heldout18") << 0.93 << 0.985 << 0.14;
        // heldout19 (parents, kinship carers and children, the North and the Midlands),
        // heldout20 (young people 11-18, London, Bristol and south Wales, text-speak) and
        // heldout21 (disabled children and SEND, the South West, East Anglia, the south coast,
        // north and mid Wales): session 15, three authors who read no anonymiser code, 700,
        // 700 and 704 statements. Scored on d84ef0a before anything in them was read:
        // heldout19 0.894, keep 0.9847, 13.5% changed; heldout20 0.851, 0.9926, 7.6%;
        // heldout21 0.939, 0.9890, 7.9%. After round 15's first part (from heldout15 and 17
        // only): 0.915, 0.9845, 13.8%; 0.860, 0.9925, 7.6%; 0.943, 0.9890, 7.9%. Then
        // heldout19's changed statements were read (part 2: hospitals, prisons and courts,
        // public names, pets, Welsh "am"): heldout19 0.918, 0.9895, 8.5%; heldout20 and 21,
        // still unread, 0.862, 0.9926, 7.3% and 0.947, 0.9914, 6.4%.
        // Session 18 (round 18, roundEighteenCues) read heldout20's misses and changed
        // statements, with heldout31's, and fixed them by class: heldout20 0.895 -> 0.937
        // (places 0.763 -> 0.873, names 0.930 -> 0.950, ages 0.910 -> 0.943, schools 0.971 ->
        // 1.000), keep 0.9940 and 6.1% changed unchanged. A read set from then on.
        QTest::newRow("heldout19") << QByteArray("heldout19") << 0.92 << 0.985 << 0.09;
        QTest::newRow("heldout20") << QByteArray("heldout20") << 0.93 << 0.99 << 0.07;
        QTest::newRow("heldout21") << QByteArray("heldout21") << 0.95 << 0.99 << 0.07;
        // heldout22 (children in foster, residential and kinship care across England and
        // Wales) and heldout23 (migrant and minority families, many scripts): session 15, two
        // more authors who read no anonymiser code, 700 statements each, never read. On
        // d84ef0a: 0.876, keep 0.9890, 14.0% changed; 0.881, 0.9875, 16.0%. After round 15's
        // two parts: 0.898, 0.9907, 12.2%; 0.897, 0.9879, 16.0%. Part 3 read heldout23's
        // misses (a town said to be home after it, verbs of living in home languages, years
        // before the number, Chinese "岁"): heldout23 0.929; the three still unread, heldout20
        // 0.866, heldout21 0.953, heldout22 0.904 (keep and changed the same); heldout15 0.903,
        // heldout17 0.907, heldout19 0.921.
        QTest::newRow("heldout22") << QByteArray("heldout22") << 0.91 << 0.99 << 0.09;
        QTest::newRow("heldout23") << QByteArray("heldout23") << 0.92 << 0.985 << 0.16;
        // Part 4 read heldout22's misses and changed statements: heldout22 0.919, keep
        // 0.9929, 8.4% changed; heldout20 and 21, unread, 0.868, 0.9931, 7.0% and 0.955,
        // 0.9912, 6.4%. heldout24 (a month's mix across England and Wales, 708 statements,
        // never read), first scored after part 4: 0.934, 0.9935, 5.5%.
        QTest::newRow("heldout24") << QByteArray("heldout24") << 0.93 << 0.99 << 0.06;
        // heldout25 (Welsh-speaking and bilingual families across Wales, about half of it in
        // Welsh, 700 statements): first scored after part 4: 0.893, keep 0.9678, 32.4% of
        // clean statements changed, the worst over-redaction of any set (capitalised Welsh
        // nouns taken for names). Then read (part 5): 0.912, 0.9739, 25.4%; Welsh ordinal
        // dates and ages after a name (part 6): 0.924. Session 16, round 16 part 1 (Welsh
        // titles' capitalised words after their noun, Welsh pets): keep 0.9787, 18.4% changed.
        QTest::newRow("heldout25") << QByteArray("heldout25") << 0.92 << 0.98 << 0.15;
        // Session 16: five more authors who read no anonymiser code, each with an emphasis.
        // Scored first on 179d78e (the session's start), then on the session's last commit
        // (recall, keep, clean statements changed):
        // heldout26 (places: a third of it names a home or a place that is not one), read
        //   after it was first scored: 0.765, 0.9893, 11.8% -> 0.857, 0.9901, 10.7%.
        // heldout27 (Welsh-speaking families, half in Welsh), its clean statements read:
        //   0.914, 0.9663, 39.1% -> 0.933, 0.9809, 22.4%.
        // heldout28 (children of 6 to 11 and parents), never read:
        //   0.947, 0.9883, 16.4% -> 0.949, 0.9892, 14.7%.
        // heldout29 (statements to keep: public names, characters, brands), its clean
        //   statements read: 0.959, 0.9845, 14.6% -> 0.959, 0.9907, 9.1%.
        // heldout30 (a month in a mixed area, 40% parents and carers), never read until
        //   session 20 read its changed clean statements and misses: 0.923, 0.9850, 13.5% ->
        //   0.924, 0.9862, 12.5% -> 0.945, 0.9879, 11.2%.
        QTest::newRow("heldout26") << QByteArray("heldout26") << 0.85 << 0.985 << 0.11;
        QTest::newRow("heldout27") << QByteArray("heldout27") << 0.925 << 0.975 << 0.23;
        QTest::newRow("heldout28") << QByteArray("heldout28") << 0.94 << 0.985 << 0.15;
        QTest::newRow("heldout29") << QByteArray("heldout29") << 0.95 << 0.985 << 0.095;
        QTest::newRow("heldout30") << QByteArray("heldout30") << 0.94 << 0.986 << 0.12;
        // Session 17: two more authors who read no anonymiser code, 700 statements each, never
        // read. heldout31 (a month across the Midlands and the North, a third parents and
        // carers) and heldout32 (young people in care and care leavers texting, Wales, the
        // South West and the south coast). On the session's first commit (the same figures
        // as afab680): 0.905, keep 0.9919, 5.4% changed; 0.927, 0.9968, 6.5%. After the
        // district list (round 17): 0.905, 0.9918, 5.7%; 0.931, 0.9968, 6.5%. The list also
        // moved heldout20 from 0.874 to 0.895 (places 0.669 -> 0.763; 5.2% -> 6.1% changed)
        // and heldout30 from 0.924 to 0.934 (places 0.855 -> 0.895).
        // Session 18 (round 18) read heldout31's misses and changed statements, with
        // heldout20's, and fixed them by class: heldout31 0.905 -> 0.944 (places 0.812 ->
        // 0.902, ages 0.903 -> 0.944, names 0.965 -> 0.979, schools 0.833 -> 0.861), keep 0.9918
        // and 5.7% changed unchanged. A read set from then on; heldout32, still never read,
        // 0.931 -> 0.933 in the same round.
        QTest::newRow("heldout31") << QByteArray("heldout31") << 0.935 << 0.99 << 0.06;
        QTest::newRow("heldout32") << QByteArray("heldout32") << 0.925 << 0.99 << 0.07;
        // Session 18: two more authors who read no anonymiser code, never read. heldout33 (a
        // month across England and Wales, children of 7 to 17, young people and a few parents,
        // a third of its identifiers places; 737 statements) and heldout34 (young people of 11
        // to 19 in care, on its edge, leaving it, young carers and youth justice, on their own
        // phones, a fifth parents; 700). Scored at the session's start (5087fe8): 0.956, keep
        // 0.9955, 3.6% changed; 0.920, 0.9951, 3.3%. After round 18 (from heldout20 and 31):
        // 0.958, 0.9955, 3.6%; 0.922, 0.9950, 3.7%. Every structured kind 1.000 on both.
        QTest::newRow("heldout33") << QByteArray("heldout33") << 0.95 << 0.99 << 0.045;
        QTest::newRow("heldout34") << QByteArray("heldout34") << 0.91 << 0.99 << 0.045;
        // Session 19: two more authors who read no anonymiser code, to a brief given in
        // session 19's closing note. heldout35 (children of 5 to 11 and their parents, disabled
        // children and their families, kinship care, rural Wales and the English coast,
        // children of prisoners; 700 statements, 49% with no identifier) and heldout36
        // (teenagers at risk of exploitation, secure units and youth justice, refugee young
        // people, LGBTQ+ young people, young parents, separated siblings; 700, 49%). Scored
        // once on 16bec41 with the summary lines only: heldout35 0.930 (places 0.759), keep
        // 0.9948, 3.8% changed; heldout36 0.911 (places 0.786), 0.9979, 1.2%, its one missed
        // reference ("LCS number is ...") read and fixed by class (case-management systems'
        // names as reference triggers): 0.914. Session 20 read heldout35's misses and changed
        // clean statements (GAZETTEER.md): 0.936 (places 0.787), 0.9957, 2.1%. Nothing else of
        // heldout36 has been read.
        QTest::newRow("heldout35") << QByteArray("heldout35") << 0.93 << 0.995 << 0.03;
        QTest::newRow("heldout36") << QByteArray("heldout36") << 0.91 << 0.995 << 0.02;
        // Session 20: another author who read no anonymiser code, to the same brief.
        // heldout38: Wales above all, about 200 statements in Welsh, with Gypsy, Roma and
        // Traveller families, Eastern European and resettled refugee families in Welsh towns,
        // foster, kinship and farming families and care leavers (700, 46% with no identifier).
        // Scored once with the summary lines only: 0.917 (places 0.777, postcode 0.900,
        // reference 0.818), keep 0.9915, 10.2% changed (the session's start: 0.917, 0.9912,
        // 10.5%). Its three structured misses read and fixed by class (a mistyped postcode
        // after "postcode"; a comma after "file number"; Welsh "rhif achos i"): 0.922.
        // Nothing else of it has been read.
        QTest::newRow("heldout38") << QByteArray("heldout38") << 0.915 << 0.99 << 0.11;
        // heldout37, by a second author at the same time: England's cities and towns above all
        // (temporary accommodation, refuges, SEND and EHCPs, young carers, kinship carers,
        // exclusion, teenagers online; 700, 49% with no identifier). Scored once with the
        // summary lines: 0.937 (places 0.853, school 0.846, reference 0.875), keep 0.9962,
        // 4.7% changed (the session's start: 0.937, 0.9956, 5.5%). Its one structured miss
        // read and fixed by class (who gave the number between "referral number" and it):
        // 0.939. Nothing else of it has been read.
        QTest::newRow("heldout37") << QByteArray("heldout37") << 0.93 << 0.99 << 0.06;
        // Session 21: two more authors who read no anonymiser code. heldout39 is written to
        // be read: 78% of its 700 statements hold no identifier, 172 are in Welsh and the rest
        // in some twenty languages switched with English (the session's start: 0.873, keep
        // 0.9821, 22.6% changed). Its changed statements and misses were read and fixed by
        // class this session: 0.928, 0.9919, 8.6%.
        QTest::newRow("heldout39") << QByteArray("heldout39") << 0.89 << 0.99 << 0.10;
        // heldout40 is kept unread: young carers, Gypsy, Roma and Traveller families,
        // exclusion, parents with learning disabilities, refuges, children's homes, asylum at
        // 18, CAMHS, adoption, temporary accommodation, the valleys and the north Wales coast,
        // resettled families (700, 46% with no identifier, 104 in Welsh). Scored with the
        // summary lines only: the session's start 0.822 (places 0.607), keep 0.9929, 11.4%
        // changed; after this session's rules 0.834 (places 0.626), 0.9939, 9.2%.
        QTest::newRow("heldout40") << QByteArray("heldout40") << 0.82 << 0.99 << 0.10;
        // Session 22: another author who read no anonymiser code, written to be read: places
        // above all (271 labelled in 250 statements, with 131 statements of places that are
        // not a home: holidays, clubs, abroad), 44% with no identifier, 122 in Welsh, 59 mixed
        // with another home language. Its labels were put in text order (the scorer reads them
        // so). First scored on 0e8a437: 0.860 (places 0.738), keep 0.9930, 10.0% changed; its two
        // missed references read and fixed by class (where the number is written: "on his file"):
        // 0.863. After late-places-world.txt: keep 0.9932, 9.4% changed; after the session's
        // last rules 0.871, keep 0.9945, 5.5% changed.
        QTest::newRow("heldout41") << QByteArray("heldout41") << 0.86 << 0.99 << 0.07;
        // heldout42, by another author who read no anonymiser code, kept unread: 700
        // statements, 45% with no identifier, 126 in Welsh, 73 mixed with another home
        // language; scored with the summary lines only, on the session's first commit
        // (d7fad5b) and its last: recall 0.903 both (places 0.764), keep 0.9906 -> 0.9913,
        // clean statements changed 8.6% -> 7.6%.
        QTest::newRow("heldout42") << QByteArray("heldout42") << 0.89 << 0.99 << 0.085;
        // heldout43 (names and places from every community and region, 125 in Welsh) and
        // heldout44 (ages and dates written every way, schools as young people write them,
        // 54% with no identifier): session 24, two authors who read no anonymiser code, 700
        // statements each. First scored on 087d001: heldout43 0.896 (places 0.772, an e-mail
        // and a reference missed), keep 0.9936, 7.8% changed; heldout44 0.912 (ages 0.868),
        // 0.9937, 3.2%. Then both were read and fixed by class (roundTwentyFourCues):
        // heldout43 0.922, 0.9952, 4.4%; heldout44 0.969, 0.9947, 1.6%.
        QTest::newRow("heldout43") << QByteArray("heldout43") << 0.91 << 0.99 << 0.06;
        QTest::newRow("heldout44") << QByteArray("heldout44") << 0.94 << 0.99 << 0.025;
        // heldout45 (SEND, hospital, youth justice, refuges, faith, sport; 50% with no
        // identifier, 115 in Welsh) and heldout46 (written as on a phone: lower case, text-
        // speak, abbreviations; 57% with no identifier): session 24, two more authors who read
        // no anonymiser code, written after the session's first rules. heldout45 is kept unread
        // but for its one missed reference and one statement the session's rules newly changed
        // (both fixed by class): on 087d001 0.922, keep 0.9945, 8.3% changed; on the session's
        // last rules 0.929, 0.9947, 8.3%. heldout46 was read for lower-case names: first score
        // 0.844 (names 0.854, places 0.697, schools 0.782), keep 0.9972, 2.5% changed.
        QTest::newRow("heldout45") << QByteArray("heldout45") << 0.92 << 0.99 << 0.09;
        QTest::newRow("heldout46") << QByteArray("heldout46") << 0.84 << 0.995 << 0.03;
        // heldout47 (kinship care, young carers and adoption across the North, the Midlands,
        // the Scottish border, Northern Irish families and rural Wales; carers' long
        // statements about moves and contact) and heldout48 (young people seeking asylum, care
        // leavers in lodgings and hostels, youth justice; English as a second language mixed
        // with a dozen home languages): session 25, two authors who read no anonymiser code,
        // 700 statements each, a third or more with no identifier. First scored on da59589:
        // heldout47 0.898 (places 0.791), keep 0.9929, 5.5% changed; heldout48 0.810 (places
        // 0.677, names 0.895), keep 0.9933, 7.9% changed. heldout47 was read and fixed by class
        // (roundTwentyFiveCues); heldout48 is kept unread.
        QTest::newRow("heldout47") << QByteArray("heldout47") << 0.90 << 0.99 << 0.06;
        QTest::newRow("heldout48") << QByteArray("heldout48") << 0.80 << 0.99 << 0.08;
        // heldout49 (families in England's big cities; parents with learning disabilities,
        // refuges, private fostering; young children in sessions) and heldout50 (Wales:
        // Welsh-medium families, farms, Gypsy and Traveller families, forces families, young
        // carers): session 25, written after its first two rounds by two more authors who read
        // no anonymiser code. First scored on da59589 and on the rules of the time before
        // anything was read: heldout49 0.886 -> 0.906 (places 0.786 -> 0.875), keep 0.9915,
        // 5.1% changed; heldout50 0.897 both, keep 0.9852, 11.5% changed. heldout50 was read
        // and fixed by class (the Welsh clitic "a'i", ages in brackets, pets, days out);
        // heldout49 is kept unread.
        QTest::newRow("heldout49") << QByteArray("heldout49") << 0.91 << 0.99 << 0.06;
        QTest::newRow("heldout50") << QByteArray("heldout50") << 0.90 << 0.985 << 0.045;
        // heldout51 (looked-after reviews; disabled children, deaf young people, short
        // breaks; brothers and sisters placed apart; the South West, East Anglia, the South
        // coast), heldout52 (parents under child protection plans, special guardians; the
        // North, Lincolnshire, Kent; Roma, Bangladeshi, Nigerian, Kurdish, Afghan, Ukrainian
        // families) and heldout53 (teenagers messaging their workers: exploitation, gaming,
        // slang, handles; the Welsh valleys and coast, Birmingham, Liverpool, Manchester):
        // session 26, by three authors who read no anonymiser code. First scored on c9f4416
        // before anything in them was read: 51 0.903 (places 0.815), 52 0.908 (places 0.770),
        // 53 0.940 (places 0.906). heldout51's missed places were read and fixed by class;
        // 52 and 53 are kept unread but for 53's three missed structured identifiers.
        QTest::newRow("heldout51") << QByteArray("heldout51") << 0.91 << 0.99 << 0.06;
        // Round 29's place model: heldout52 0.922 -> 0.952 recall, heldout53 0.949 -> 0.962,
        // for three and four more clean statements changed (each still unread).
        QTest::newRow("heldout52") << QByteArray("heldout52") << 0.95 << 0.99 << 0.08;
        QTest::newRow("heldout53") << QByteArray("heldout53") << 0.96 << 0.99 << 0.08;
        // heldout54 (young carers and kinship care in the Midlands and the Marches; Sikh,
        // Gujarati, Polish, Romanian, Roma and Jamaican families), heldout55 (unaccompanied
        // asylum-seeking children and care leavers in London, Kent and Yorkshire) and heldout56
        // (rural and coastal families: North Wales in Welsh, Cumbria, Northumberland,
        // Travellers, youth justice): session 27, by three authors who read no anonymiser code.
        // First scored on 35a26cc before anything in them was read: 54 0.924 (places 0.887),
        // 55 0.868 (places 0.753), 56 0.865 (places 0.697). heldout54's misses were read and
        // fixed by class (ages in brackets of adults, "literally 14", "I am Gift, mum of two",
        // addresses before a postcode, "Lives Beeston"), with 55's three structured misses;
        // 55 and 56 are otherwise kept unread.
        QTest::newRow("heldout54") << QByteArray("heldout54") << 0.93 << 0.99 << 0.02;
        QTest::newRow("heldout55") << QByteArray("heldout55") << 0.87 << 0.99 << 0.08;
        QTest::newRow("heldout56") << QByteArray("heldout56") << 0.86 << 0.99 << 0.07;
        // heldout57 (disabled and Deaf children, SEND, short breaks; Greater Manchester and
        // Lancashire) and heldout58 (children's homes and semi-independent living in the South
        // East; going missing, exploitation): session 27's end, two authors who read no
        // anonymiser code. First scored on f28f661 before anything was read: 57 0.941 (places
        // 0.916), 58 0.881 (places 0.779). Only their two missed structured identifiers were
        // read (an appeal's number, an NHS number mistyped with a digit too many) and fixed
        // by class; kept unread for the next session's clean measure.
        QTest::newRow("heldout57") << QByteArray("heldout57") << 0.93 << 0.99 << 0.03;
        QTest::newRow("heldout58") << QByteArray("heldout58") << 0.87 << 0.99 << 0.05;
        // heldout59 (early help in the East Midlands: Gujarati, Sikh, Polish, Lithuanian and
        // Roma families; younger children's activities), heldout60 (South Wales, a quarter in
        // Welsh or mixed; Somali, Yemeni and Bangladeshi families; care leavers, young parents)
        // and heldout61 (the North East and the Yorkshire coast; Roma families in Sheffield and
        // Rotherham; asylum hotels; youth justice; dialect): session 28, by three authors who
        // read no anonymiser code. First scored on ccd7782 before anything was read: 59 0.926
        // (places 0.848), 60 0.938 (places 0.897), 61 0.934 (places 0.891). Kept unread.
        QTest::newRow("heldout59") << QByteArray("heldout59") << 0.92 << 0.99 << 0.05;
        QTest::newRow("heldout60") << QByteArray("heldout60") << 0.93 << 0.99 << 0.10;
        QTest::newRow("heldout61") << QByteArray("heldout61") << 0.93 << 0.99 << 0.03;
        // heldout62 (the East Midlands and Lincolnshire: Eastern European farm-worker families,
        // Gujarati and Punjabi Leicester, Caribbean Nottingham, ex-mining villages, seaside
        // towns) and heldout63 (the South West and the South Coast: Somali and Sudanese Bristol,
        // Forces and Gurkha families, Cornish fishing families, Travellers, seaside hostels):
        // session 29, by two authors who read no anonymiser code, asked also for towns of local
        // life said without "I live in" and for day trips beside them. Scored once, after the
        // place model was chosen, with it switched off (the session's start) and on: 62 0.902 ->
        // 0.919 (places 0.810 -> 0.880), keep 0.9898 -> 0.9896, 20 -> 21 of 225 clean changed;
        // 63 0.926 -> 0.948 (places 0.815 -> 0.886), keep 0.9952 -> 0.9951, 9 of 240 both.
        // Session 31 read their printouts (misses and changed clean statements) and fixed three
        // classes of over-hiding (surnames that are words after a person's word, a pregnancy's
        // weeks, Patois and Punjabi words): 62 keep 0.9932, 9 of 225 changed; 63 keep 0.9956,
        // 5 of 240; recall unchanged. A regression guard since, not a clean measure.
        QTest::newRow("heldout62") << QByteArray("heldout62") << 0.91 << 0.99 << 0.05;
        QTest::newRow("heldout63") << QByteArray("heldout63") << 0.94 << 0.99 << 0.03;
    }
    void heldOut()
    {
        QFETCH(QByteArray, split);
        QFETCH(double, recall);
        QFETCH(double, kept);
        QFETCH(double, changed);
        V2Targets targets;
        targets.recall = recall;
        targets.kept = kept;
        targets.noIdentifierChanged = changed;
        targets.sizeRule = false;
        scoreV2(split, targets);
    }
};

QTEST_GUILESS_MAIN(TestAnonymiser)
#include "tst_anonymiser.moc"
