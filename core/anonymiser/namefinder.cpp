#include "namefinder.h"

#include "homelanguage.h"

#include "gazetteer.h"
#include "lexicon.h"
#include "unknownwords.h"

#include <QFile>

#include <algorithm>
#include <cstring>

namespace chorus {

namespace {

using Type = Token::Type;

constexpr std::uint32_t kBlocking = Lexicon::kNeverNames;
/** A claim that hides nothing: words of a public name ("Marcus Rashford") or a pet's name. */
constexpr std::int8_t kKept = 100;
/** A pet's name, kept: "two dogs called Biscuit and Pepper" keeps the second too. */
constexpr std::int8_t kKeptPet = 101;

// Words that may stand in a school's or street's name before its keyword ("St Anne's").
constexpr std::uint32_t kNotInPlaceName = Lexicon::Relation | Lexicon::Title | Lexicon::Called |
                                          Lexicon::SpeechVerb | Lexicon::PersonBefore |
                                          Lexicon::Pronoun | Lexicon::Function |
                                          Lexicon::PlacePrep | Lexicon::Determiner;

/** A set of words (folded; value 1) from one space-separated literal: the small fixed lists
 *  the rules look a word up in by its hash. */
WordTable wordSet(QStringView words)
{
    WordTable t;
    for (const QStringView w : words.tokenize(u' ', Qt::SkipEmptyParts)) {
        t.add(w.toString(), 1);
    }
    return t;
}

} // namespace

// ---- the session's own list -------------------------------------------------------------

NameFinder::NameFinder(const QList<SessionName>& sessionNames, const Gazetteer* gazetteer,
                       bool contextRules)
    : m_gazetteer(gazetteer), m_contextRules(contextRules)
{
    for (const SessionName& n : sessionNames) {
        addSessionName(n.text, n.kind);
    }
    if (m_contextRules) {
        addPublicPhrases();
        addSchoolNames();
        addDistrictNames();
    }
}

NameFinder::Entry* NameFinder::addEntry(std::vector<QString> words, PiiKind kind, bool keep,
                                        bool late)
{
    if (words.empty()) {
        return nullptr;
    }
    bool common = false;
    if (words.size() == 1 && m_gazetteer) {
        const std::uint32_t f = m_gazetteer->flags(words.front());
        common = (f & (Gazetteer::Word | Gazetteer::ContextOnly)) && !(f & Gazetteer::NameFirst);
    }
    std::uint32_t bucket = m_firstWords.value(words.front());
    if (bucket == 0) {
        m_buckets.emplace_back();
        bucket = std::uint32_t(m_buckets.size());
        m_firstWords.add(words.front(), bucket);
        const std::uint32_t hash = WordTable::hashOf(words.front());
        setFirstWordBit(hash);
        setFirstWordBit(hash >> 15);
    }
    for (int e : m_buckets[bucket - 1]) {
        if (m_entries[std::size_t(e)].words == words) {
            return nullptr;
        }
    }
    m_buckets[bucket - 1].push_back(int(m_entries.size()));
    m_lateBuckets.resize(m_buckets.size(), false);
    m_lateBuckets[bucket - 1] = m_lateBuckets[bucket - 1] || late;
    const char16_t second =
        words.size() > 1 && !words[1].isEmpty() ? WordTable::fold(words[1].front().unicode()) : 0;
    m_secondInitials.resize(m_buckets.size(), 0);
    if (!late) {
        m_secondInitials[bucket - 1] |= second == 0 ? kAnySecond : secondInitialBit(second);
    }
    m_entries.push_back({std::move(words), kind, common, keep, late, second});
    return &m_entries.back();
}

namespace {

/** The phrases of a list embedded in the build, one a line, each as folded words. */
std::vector<std::vector<QString>> readPhrases(const QString& resource)
{
    std::vector<std::vector<QString>> out;
    QFile f(resource);
    if (!f.open(QIODevice::ReadOnly)) {
        return out;
    }
    for (const QString& raw : QString::fromUtf8(f.readAll()).split(u'\n')) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(u'#')) {
            continue;
        }
        std::vector<Token> tokens;
        Tokenizer::tokenize(line, tokens);
        std::vector<QString> words;
        for (const Token& t : tokens) {
            if (t.type != Type::Punct) {
                words.push_back(WordTable::folded(QStringView(line).mid(t.start, t.length)));
            }
        }
        if (!words.empty()) {
            out.push_back(std::move(words));
        }
    }
    return out;
}

} // namespace

void NameFinder::addPublicPhrases()
{
    // Read once per process: the list is part of the build, like the gazetteer.
    static const std::vector<std::vector<QString>> phrases =
        readPhrases(QStringLiteral(":/chorus/anonymiser/public-phrases.txt"));
    for (const std::vector<QString>& p : phrases) {
        addEntry(p, PiiKind::Name, true);
    }
}

void NameFinder::addSchoolNames()
{
    static const std::vector<std::vector<QString>> schools =
        readPhrases(QStringLiteral(":/chorus/anonymiser/schools.txt"));
    for (const std::vector<QString>& p : schools) {
        if (p.size() == 1 && m_gazetteer &&
            (m_gazetteer->flags(p.front()) & (Gazetteer::Place | Gazetteer::NotName))) {
            continue; // a town's name alone is where a child goes, not which school
        }
        addEntry(p, PiiKind::School, false, true);
    }
}

void NameFinder::addDistrictNames()
{
    // One word that a list knows as a word, a name or a word kept is left to the rules
    // ("Walker", "Heath"), as is a town: "we went to Leeds" is travel, "i live in leeds" a home.
    const auto knownWord = [this](const std::vector<QString>& p, std::uint32_t flags) {
        return p.size() == 1 && m_gazetteer && (m_gazetteer->flags(p.front()) & flags);
    };
    constexpr std::uint32_t kRulesWords = Gazetteer::NotName | Gazetteer::Word | Gazetteer::Name |
                                          Gazetteer::WelshWord | Gazetteer::HomeWord;
    static const std::vector<std::vector<QString>> districts =
        readPhrases(QStringLiteral(":/chorus/anonymiser/districts.txt"));
    for (const std::vector<QString>& p : districts) {
        if (knownWord(p, kRulesWords | Gazetteer::Place)) {
            continue;
        }
        // So is a town of several words the town list holds ("Port Talbot", "Y Barri").
        if (p.size() > 1 && m_gazetteer && std::all_of(p.begin(), p.end(), [&](const QString& w) {
                return w.size() < 3 || (m_gazetteer->flags(w) & Gazetteer::Place);
            })) {
            continue;
        }
        addDistrict(p);
    }
    // A big city's district that the town list holds as well ("Splott", "Harpurhey") is a
    // district all the same: not travel's town, but where a family lives.
    static const std::vector<std::vector<QString>> cityDistricts =
        readPhrases(QStringLiteral(":/chorus/anonymiser/city-districts.txt"));
    for (const std::vector<QString>& p : cityDistricts) {
        if (!knownWord(p, kRulesWords)) {
            addDistrict(p);
        }
    }
}

void NameFinder::addDistrict(const std::vector<QString>& words)
{
    // After the shape rules, as a listed school: "Ysgol Gymraeg Llwyncelyn" is a school, and
    // the place rules' finds stand ("hillfields, coventry"). Tried first: matched before the
    // other rules, it lost more than it found on the held-out sets.
    Entry* e = addEntry(words, PiiKind::Place, false, true);
    if (e) {
        e->district = true;
    }
    if (e && m_gazetteer) {
        e->everydayWords = std::all_of(words.begin(), words.end(), [&](const QString& w) {
            return (m_gazetteer->flags(w) & Gazetteer::Word) != 0;
        });
    }
}

void NameFinder::addSessionName(const QString& text, PiiKind kind)
{
    if (kind != PiiKind::School && kind != PiiKind::Place) {
        kind = PiiKind::Name;
    }
    std::vector<Token> tokens;
    Tokenizer::tokenize(text, tokens);
    std::vector<QString> words;
    for (const Token& t : tokens) {
        if (t.type != Type::Punct) {
            QString w;
            for (QChar c : QStringView(text).mid(t.start, t.length)) {
                w.append(QChar(WordTable::fold(c.unicode())));
            }
            words.push_back(w);
        }
    }
    if (words.empty()) {
        return;
    }
    addEntry(words, kind);
    const Lexicon& lex = Lexicon::instance();
    auto distinctive = [&](const QString& w) {
        if (w.size() < 2 || (lex.roles(w) & kBlocking)) {
            return false;
        }
        const std::uint32_t f = m_gazetteer ? m_gazetteer->flags(w) : 0;
        return !(f & (Gazetteer::Word | Gazetteer::ContextOnly | Gazetteer::NotName));
    };
    if (kind == PiiKind::Name) {
        // "Abi Okafor" also hides "Abi" and "Okafor" on their own.
        if (words.size() > 1) {
            for (const QString& w : words) {
                if (distinctive(w)) {
                    addEntry({w}, kind);
                }
            }
        }
        return;
    }
    // "Oakfield Primary School" also hides "Oakfield Primary" and a distinctive "Oakfield".
    while (words.size() > 1 &&
           (lex.roles(words.back()) & (Lexicon::SchoolWord | Lexicon::PlaceWord))) {
        words.pop_back();
        if (words.size() > 1 || distinctive(words.front())) {
            addEntry(words, kind);
        }
    }
    if (words.size() > 1) {
        for (const QString& w : words) {
            if (distinctive(w) && w.size() >= 4) {
                addEntry({w}, kind);
            }
        }
    }
}

// ---- one statement ----------------------------------------------------------------------

class NameFinder::Pass
{
public:
    Pass(const NameFinder& f, const TokenizedText& t, TokenFacts& facts,
         std::vector<std::int8_t>& claims, std::vector<Finding>& out)
        : m_f(f), m_t(t), m_facts(facts), m_roles(facts.roles.data()), m_flags(facts.flags.data()),
          m_stemHashes(facts.stemHashes.data()), m_stemLengths(facts.stemLengths.data()),
          m_keys(facts.keys.data()), m_claims(claims.data()), m_out(out),
          m_tiers(minusOnes(facts.tiers, t.size())), m_shouted(shouted(t)),
          m_capitalFlag(m_shouted ? 0 : Token::Capitalised)
    {}

    /** tiers sized to n tokens, each -1 (not yet asked), as a pointer for the pass. */
    static std::int8_t* minusOnes(std::vector<std::int8_t>& tiers, int n)
    {
        tiers.assign(std::size_t(n), -1);
        return tiers.data();
    }

    /** run() and the six functions where most of every statement's time goes (namePass,
     *  nameByRules, firstTier, placeContextPass, sessionPass, matchAt) are [[gnu::hot]]: GCC puts
     *  them side by side, apart from the hundreds of rules most statements never reach, and
     *  the processor fetches less code per statement (this file is over 300 KB of it).
     *  anonymiser_bench, sixteen alternated runs: median ratio 10.20/10.33 -> 9.95/9.96.
     *  Marking the other passes that every statement runs as well made no difference. */
    [[gnu::hot]] void run()
    {
        sessionPass(false);
        if (!m_f.m_contextRules && !m_f.m_gazetteer) {
            return;
        }
        if (m_f.m_contextRules) {
            // A pass whose cue words are in no token of the statement has nothing to do.
            const std::uint32_t all = m_facts.allRoles;
            if (all & Lexicon::SchoolHomeCue) {
                feastDayPass();
                schoolAndHomePass();
            }
            if (all & Lexicon::PlacePrep) {
                schoolObjectPass();
            }
            if (all & Lexicon::SchoolWord) {
                schoolIsPass(); // "my school is Castle Rock"
            }
            if (m_facts.allCues & Lexicon::ShortUnlisted) {
                schoolAcronymPass(); // "QEGS", "chs": initials no list knows
            }
            theSchoolPass();
            if (m_facts.allCues & Lexicon::ReferralUnit) {
                referralUnitPass();
            }
            if (all & Lexicon::PlaceWord) {
                institutionPass(); // "hospital", "prison", "court" are place words
            }
            if ((m_facts.allCues & Lexicon::CollegeCue) || (all & Lexicon::SchoolWord)) {
                collegePass(); // "university of plymouth", "Both girls attend Hillside"
            }
            if (all & (Lexicon::SchoolWord | Lexicon::PlaceWord)) {
                keywordPass();
            }
            if (m_facts.allCues & (Lexicon::WelshStreet | Lexicon::WelshStreetCapitalised)) {
                welshStreetPass();
            }
            if (m_facts.allCues & Lexicon::ForcesBase) {
                rafPass(); // "we live on the patch at RAF Valley"
            }
            if (all & Lexicon::PlacePrep) {
                careHomePass(); // "the staff at Tor View"
            }
            placeContextPass();
            if (m_facts.allCues & Lexicon::ArabicIn) {
                arabicHomePass();
            }
            if (all & Lexicon::PlaceWord) {
                streetAfterHomePass();
            }
            // Listed schools last: "Ysgol Dyffryn Aman", "fitzalan high" are found whole by
            // shape; the list adds "i go to fitzalan".
            sessionPass(true);
            if (m_facts.allFlags & Gazetteer::Place) {
                placeModelPass();
            }
        }
        namePass();
        if (m_f.m_contextRules) {
            addressPass();
            coordinatedNamePass();
            echoPass();
        }
    }

private:
    // -- what a token is --
    bool isWord(int i) const { return m_t.isType(i, Type::Word); }
    /** A statement written all in capitals ("I HATE SCHOOL SO MUCH"): its capitals say
     *  nothing, so the rules read it as lower case, as they read children who never use
     *  capitals. Three words of two or more letters at least, every one in capitals. */
    static bool shouted(const TokenizedText& t)
    {
        int words = 0;
        for (int i = 0; i < t.size(); ++i) {
            if (t[i].type == Type::Word && t[i].length >= 2) {
                if (!t[i].has(Token::AllUpper)) {
                    return false;
                }
                ++words;
            }
        }
        return words >= 3;
    }
    bool cap(int i) const { return m_t.valid(i) && (m_t[i].flags & m_capitalFlag); }
    bool initial(int i) const { return m_t[i].has(Token::SentenceStart); }
    bool claimed(int i) const { return m_claims[i] >= 0; }
    bool claimedAs(int i, PiiKind k) const { return m_t.valid(i) && m_claims[i] == std::int8_t(k); }
    QStringView word(int i) const { return m_t.valid(i) ? m_t.str(i) : QStringView(); }
    std::uint32_t roles(int i) const { return m_t.valid(i) ? m_roles[i] : 0; }
    /** Token i is the word w (a literal), in any case. Inlined, its key compared with the
     *  literal's: these tests run many times per token, and nearly all fail at once. */
    template <std::size_t N> [[gnu::always_inline]] bool is(int i, const char (&w)[N]) const
    {
        return m_t.valid(i) && keyEqualsAscii(m_keys[i], m_t.str(i), w);
    }
    /** Token i is the word w, with letters beyond ASCII ("lôn", "rŵan", "tŷ"), in any case.
     *  is() compares bytes of a narrow literal, which such a word's UTF-8 never matches. */
    bool isWide(int i, QStringView w) const
    {
        if (!m_t.valid(i) || m_t[i].length != w.size()) {
            return false;
        }
        const QStringView s = m_t.str(i);
        for (qsizetype k = 0; k < w.size(); ++k) {
            if (WordTable::fold(s[k].unicode()) != WordTable::fold(w[k].unicode())) {
                return false;
            }
        }
        return true;
    }
    /** The same for a word from a list. */
    [[gnu::always_inline]] bool matches(int i, const char* w) const
    {
        return m_t.valid(i) && equalsAsciiEntry(m_t.str(i), w);
    }
    /** Whether token k is one of words (lower-case ASCII, compared as matches() does). The
     *  first letter is compared first, inline: nearly every word of a list fails there. */
    template <std::size_t N> bool isAny(int k, const char* const (&words)[N]) const
    {
        if (!m_t.valid(k) || m_t[k].length == 0) {
            return false;
        }
        const QStringView s = m_t.str(k);
        const char16_t first = WordTable::fold(s[0].unicode());
        for (const char* w : words) {
            if (char16_t(w[0]) == first && equalsAsciiEntry(s, w)) {
                return true;
            }
        }
        return false;
    }

    /** The word without a possessive "'s", as TokenFacts::compute measured it once. */
    QStringView stem(int i) const
    {
        return QStringView(m_t.text().data() + m_t[i].start, m_stemLengths[i]);
    }
    /** A Welsh dictionary word that no curated list calls a name ("darren", "hoff"). */
    bool welshWord(int i) const
    {
        const std::uint32_t f = isWord(i) ? m_flags[i] : 0;
        return (f & Gazetteer::WelshWord) && !(f & Gazetteer::Curated);
    }
    /** "see my brother more", "my mum again": words of degree and time, which in lower case
     *  after a relation word go with the verb, not the person; a home's words, which go
     *  with the relative ("my carers house", "my mums flat"); and the verbs that help
     *  another ("like my friends do", "my mates will"). */
    bool adverbLike(int i) const
    {
        // One lookup by the word's hash (a list this long compared word by word showed in
        // anonymiser_bench).
        static const WordTable kAdverbs = wordSet(
            u"more less again too now then lots loads much often sometimes anymore later "
            u"tomorrow today tonight already still though tho yet well better worse back home "
            u"best first last properly together just never always really actually house flat "
            u"room even also ever only literally honestly basically probably like proper bare "
            u"jus defo deffo lowkey prolly kinda most least soon anyway lately yesterday");
        if (isWord(i) && kAdverbs.value(stem(i), m_stemHashes[i]) != 0) {
            return true;
        }
        // A helping verb that ends its clause after people in the plural: "like my friends
        // do", "my mates will, so" ("i miss my cousin will" is a name).
        static const char* const kHelping[] = {"do",  "does",  "did",    "will",  "would",
                                               "can", "could", "should", "might", "must"};
        const QStringView before = word(i - 1);
        const bool plural = before.size() > 3 && (before.back() == u's' || before.back() == u'S');
        if (isAny(i, kHelping) && plural &&
            (m_t.sentenceEnd(i + 1) || m_t.punct(i + 1, u',') || is(i + 1, "and") ||
             is(i + 1, "but") || is(i + 1, "too") || is(i + 1, "tho") || is(i + 1, "though") ||
             is(i + 1, "lol"))) {
            return true;
        }
        return peopleVerb(i, plural);
    }

    /** "my daughter going to that school", "a child going to school", "every worker say they
     *  understand": a dictionary word in lower case ending in "ing", or a verb of speaking,
     *  which the name lists also hold as a surname ("Going", "Say"), right after a person's
     *  word or title (roleBefore), with what it does after it ("to", "missing", "they"). A
     *  name there is followed by its own verb or ends its phrase: "me n blessing were
     *  laughing", "my sister blessing is 5", "my cousin blessing said hi" (Blessing). "say" and
     *  "tell" are named here: Lexicon::SpeechVerb holds what a person did ("said", "tells"),
     *  and its other readers rely on the base forms being absent. */
    bool lowerVerbForm(int i) const
    {
        const QStringView w = word(i);
        const bool verbForm = (w.size() >= 5 && w.endsWith(u"ing")) ||
                              (roles(i) & Lexicon::SpeechVerb) || is(i, "say") || is(i, "tell");
        if (cap(i) || !verbForm || !(m_flags[i] & Gazetteer::Word) || !roleBefore(i)) {
            return false;
        }
        const int n = i + 1;
        static const char* const kNameFollowers[] = {
            "is",    "was", "were", "are", "has", "had", "have", "will", "would", "can",
            "could", "did", "does", "do",  "and", "n",   "nd",   "who",  "from",  "lives"};
        return isWord(n) && !(roles(n) & Lexicon::SpeechVerb) && !isAny(n, kNameFollowers);
    }

    /** An English word in lower case after people in the plural is what they do: "when my
     *  carers argue", "my nan and grandad go to bingo"; after one person, a verb's "s": "the
     *  social worker speaks too fast". Not before "and", where it may be the first of their
     *  names ("my sisters rose and lily"). */
    bool peopleVerb(int i, bool pluralBefore) const
    {
        if (cap(i) || !(m_flags[i] & Gazetteer::Word) || !(roles(i - 1) & Lexicon::Relation) ||
            is(i + 1, "and") || m_t.punct(i + 1, u'&') || is(i + 1, "n")) {
            return false;
        }
        // "my nan and grandad", "me and grandad": two people joined before the verb
        const bool joined =
            (is(i - 2, "and") || is(i - 2, "n") || m_t.punct(i - 2, u'&')) &&
            ((roles(i - 3) & Lexicon::Relation) || is(i - 3, "me") || is(i - 3, "i"));
        // "speaks too fast", not "my brother miles is 12" nor "my cousin les said"
        const QStringView w = word(i);
        const bool thirdPerson = w.size() >= 5 && w.endsWith(u"s") && !w.endsWith(u"ss") &&
                                 !m_t.sentenceEnd(i + 1) && !m_t.punct(i + 1, u',') &&
                                 !is(i + 1, "is") && !is(i + 1, "was") && !is(i + 1, "has") &&
                                 !is(i + 1, "had") && !is(i + 1, "said") && !is(i + 1, "says") &&
                                 !is(i + 1, "who") && !is(i + 1, "from");
        return pluralBefore || joined || thirdPerson;
    }

    /** A Welsh relation word right before i: "ffrind", "brawd", "gweithiwr". */
    bool welshRelationBefore(int i) const
    {
        static const char* const kWelsh[] = {"ffrind",    "ffrindiau", "brawd",    "mrawd",
                                             "frawd",     "chwaer",    "athro",    "athrawes",
                                             "gweithiwr", "cefnder",   "cyfnither"};
        return isAny(i - 1, kWelsh);
    }
    bool abroadFlag(int i) const { return isWord(i) && (m_flags[i] & Gazetteer::Abroad); }
    bool placeFlag(int i) const { return isWord(i) && (m_flags[i] & Gazetteer::Place); }

    bool allUpper(QStringView s) const
    {
        int letters = 0;
        for (QChar c : s) {
            if (c.isLetter()) {
                if (!c.isUpper()) {
                    return false;
                }
                ++letters;
            }
        }
        return letters >= 2;
    }

    /** "TikTok", "iPad": capitals inside a word mark brands, not names (names with such
     *  capitals, like McDonald, are in the gazetteer). */
    bool innerCapital(QStringView s) const
    {
        for (qsizetype k = 1; k < s.size(); ++k) {
            if (s[k].isUpper() && s[k - 1].isLower()) {
                return true;
            }
        }
        return false;
    }

    /** "SWs", "IROs", "PAs": the plural of a worker's abbreviation the Lexicon knows, its
     *  capitals then a small "s". Children and workers count them so ("5 SWs in a year"), and
     *  no list holds the plural, so the capital made it a name. Not "at JJs" (at JJ's):
     *  only an abbreviation of the Lexicon's. */
    bool abbreviationPlural(QStringView s) const
    {
        if (s.size() < 3 || s.size() > 6 || s.back() != u's') {
            return false;
        }
        const QStringView singular = s.chopped(1);
        return allUpper(singular) && Lexicon::instance().roles(singular) != 0;
    }

    /** The tier of a word from its lexicon roles r and gazetteer flags f. */
    Tier tierOf(QStringView s, std::uint32_t r, std::uint32_t f) const
    {
        if (r & kBlocking) {
            return Tier::Never;
        }
        if (!m_f.m_gazetteer) {
            return Tier::English;
        }
        if (f == 0 && r == 0 && abbreviationPlural(s)) {
            return Tier::Never; // "I've had 5 SWs in 12 months": social workers, not a name
        }
        if (f == 0 && s.contains(u'-')) {
            // "Okonkwo-Bell", "Mary-Jane": a name if a part is one and no part is a word.
            bool name = false;
            bool word = false;
            // "ruby-mae", "lily-rose", "summer-leigh": every part a given name and one a name
            // only, though the others are words too.
            bool allNames = true;
            bool nameOnly = false;
            for (QStringView part : s.split(u'-')) {
                const std::uint32_t pf = m_f.m_gazetteer->flags(part);
                name = name || (pf & (Gazetteer::Name | Gazetteer::WideName));
                word = word ||
                       ((pf & (Gazetteer::Word | Gazetteer::NotName)) && !(pf & Gazetteer::Name));
                allNames = allNames && (pf & Gazetteer::Name) && !(pf & Gazetteer::NotName);
                nameOnly = nameOnly || ((pf & Gazetteer::Name) && !(pf & Gazetteer::Word) &&
                                        !(pf & Gazetteer::Place));
            }
            if ((name && !word) || (allNames && nameOnly)) {
                return Tier::Plain;
            }
            return word ? Tier::English : Tier::Unknown;
        }
        if (f & Gazetteer::NotName) {
            return Tier::Never;
        }
        if (f & Gazetteer::Place) {
            // "Lagos", "Dublin", "Wales": places first, even where the name source lists them;
            // hidden only where the context says home (placeContextPass) or person.
            return Tier::Proper;
        }
        if ((f & Gazetteer::WelshWord) && (f & Gazetteer::WideName) &&
            !(f & (Gazetteer::Curated | Gazetteer::Name | Gazetteer::Word))) {
            // A Welsh word that is also a given name ("Enfys" rainbow, "Dyfan", "Lewys"): a
            // name like "Hope" is, with a person's context (see WordName in nameAt).
            return Tier::WordName;
        }
        if ((f & Gazetteer::WelshWord) && !(f & (Gazetteer::Curated | Gazetteer::Name))) {
            // A Welsh word and no name ("hoff", "beth"): an ordinary word. Names that are also
            // Welsh words are names capitalised and, in lower case, only with context.
            f |= Gazetteer::Word;
        }
        if (f & Gazetteer::Name) {
            if (f & Gazetteer::ContextOnly) {
                return Tier::ContextOnly;
            }
            if (f & Gazetteer::NameFirst) {
                return Tier::NameFirst;
            }
            return (f & Gazetteer::Word) ? Tier::WordName : Tier::Plain;
        }
        if (f & Gazetteer::Word) {
            return Tier::English;
        }
        if (f & Gazetteer::WideName) {
            return Tier::Wide;
        }
        // "Nannas house", "Dadcus": a family word with a possessive s and no apostrophe.
        if (s.size() > 3 && (s.back() == u's' || s.back() == u'S') &&
            (m_f.m_gazetteer->flags(s.chopped(1)) & Gazetteer::NotName)) {
            return Tier::Never;
        }
        return (f & Gazetteer::Proper) ? Tier::Proper : Tier::Unknown;
    }
    /** Asked several times of most words by the passes: the remembered tier inline, the
     *  work once, out of line. */
    [[gnu::always_inline]] Tier tier(int i) const
    {
        if (!isWord(i)) {
            return Tier::Never;
        }
        const std::int8_t cached = m_tiers[i];
        if (cached >= 0) {
            return Tier(cached);
        }
        // A function word, a pronoun, a title: Never whatever else firstTier would ask, as
        // tierOf answers it first. Here, without the call, for about half of all words.
        return (m_roles[i] & kBlocking) ? Tier::Never : firstTier(i);
    }
    [[gnu::noinline, gnu::hot]] Tier firstTier(int i) const
    {
        const std::uint32_t f = m_flags[i];
        // "shukran", "nahi", "habibi": in lower case a word of the language a child
        // switched to; capitalised, whatever the lists say ("Jana" may be a name).
        // The closed Welsh words are in no list but the Welsh and the wide ones ("Hanes",
        // "Sais"): a capitalised listed name or English word skips the lookup.
        const bool closed = cap(i) &&
                            (f == 0 || (f & (Gazetteer::WelshWord | Gazetteer::WideName))) &&
                            welshClosedWord(i);
        // "shukran" in lower case, and capitalised where no name list holds it ("Yalla",
        // "Medaase"); a relative's title in any case ("Jiddo", "Nani"); at a sentence's
        // start, see sentenceOpenerWord.
        constexpr std::uint32_t kNameLists =
            Gazetteer::Name | Gazetteer::WideName | Gazetteer::Curated | Gazetteer::NameFirst;
        const bool homeWord =
            ((f & Gazetteer::HomeWord) &&
             (!cap(i) || !(f & kNameLists) || (f & Gazetteer::KinWord))) ||
            (m_t[i].has(Token::SentenceStart) && ((f & Gazetteer::HomeWord) || mayOpenAsWord(i)) &&
             sentenceOpenerWord(i, f));
        const Tier t =
            homeWord || closed || welshClitic(i) ? Tier::Never : tierOf(stem(i), m_roles[i], f);
        m_tiers[i] = std::int8_t(t);
        return t;
    }

    /** A Welsh verb, pronoun or preposition with "'r" (the) or "'n" (in, is) joined on:
     *  "Mae'r", "i'r", "Dw i'n", "Cymru'n". Not a name with "'n" ("Mae Guto'n dair oed") nor
     *  a place with "'r" ("Godre'r Graig"): only the words listed here. */
    bool welshClitic(int i) const
    {
        // and "a'i", "a'u", "i'w", "o'i", "gyda'i" (and his, their; to his; from his; with his)
        const char16_t clitic = welshCliticAt(i);
        if (clitic != u'r' && clitic != u'n' && clitic != u'i' && clitic != u'u' &&
            clitic != u'w') {
            return false;
        }
        const QStringView s = m_t.str(i);
        static const WordTable kHosts = wordSet(
            u"mae ma i o a ac efo gyda ar am wrth at dan tan hyd dyma dyna be beth ble pwy pa "
            u"ydy yw oedd roedd fel na ond neu drwy trwy heb rhwng dros fi ni chi nhw hi fo e "
            u"dw wi rwy mi ti dydy cymru");
        return kHosts.contains(s.chopped(2));
    }

    /** The letter of a Welsh clitic joined on by an apostrophe at the end of word i, folded
     *  ("Mae'r" 'r', "fi'n" 'n'), or 0. */
    char16_t welshCliticAt(int i) const
    {
        if (!m_t.valid(i) || !m_t[i].has(Token::Apostrophe) || m_t[i].length < 3) {
            return 0;
        }
        const QStringView s = m_t.str(i);
        const QChar mark = s[s.size() - 2];
        return mark == u'\'' || mark == QChar(0x2019) ? WordTable::fold(s.back().unicode()) : 0;
    }

    /** sentenceOpenerWord's words have three to five letters: "ana", "pam", "sori", "plîs",
     *  "hoff" (not "I", "My", "We", which open most sentences), and one of a few initials. */
    bool mayOpenAsWord(int i) const
    {
        if (m_t[i].length < 3 || m_t[i].length > 5) {
            return false;
        }
        // Their first letters; not "t", "c", "e", "o", "y", which open most other sentences.
        const char16_t c = m_t.str(i)[0].unicode() | 0x20; // ASCII letters in lower case
        return c == u'a' || c == u'p' || c == u'b' || c == u's' || c == u'h' || c == u'f' ||
               c == u'i' || c == u'w' || c == u'g' || c == u'r' || c == u'n' || c == u'd' ||
               c == u'm';
    }

    /** A sentence's first word that is no name for the language it opens: a home language's
     *  word with more of it after ("Nie wiem, dlaczego"); "ana", "ane", "ami" ("I" in Arabic,
     *  Tigrinya and Bengali, and given names too) likewise ("Ana ta3bana kteer"); a Welsh
     *  question word opening a Welsh question. Out of line: firstTier runs for every word;
     *  it asks only of a sentence's first word, a short one (mayOpenAsWord) unless listed. */
    [[gnu::noinline]] bool sentenceOpenerWord(int i, std::uint32_t f) const
    {
        // One lookup by the word's hash for the three kinds of opener.
        enum : std::uint32_t { PronounName = 1, WelshQuestion = 2, WelshOpener = 4 };
        static const WordTable kOpeners = [] {
            WordTable t;
            for (const QStringView w : {u"ana", u"ane", u"ami"}) {
                t.add(w, PronounName);
            }
            for (const QStringView w : {u"pam", u"pwy", u"ble", u"sut", u"pryd"}) {
                t.add(w, WelshQuestion);
            }
            for (const QStringView w :
                 {u"sori", u"plis", u"pl\u00ees", u"hoff", u"ffiw", u"isio", u"wnes", u"ges",
                  u"reit", u"wir", u"nage", u"dan", u"ddim", u"mond", u"falle"}) {
                t.add(w, WelshOpener);
            }
            return t;
        }();
        const std::uint32_t kind = kOpeners.value(stem(i), m_stemHashes[i]);
        if (f & Gazetteer::HomeWord) {
            return opensHomeLanguageSentence(i) || ((kind & WelshOpener) && welshOpener(i));
        }
        if (kind & PronounName) {
            return opensHomeLanguageSentence(i);
        }
        if (kind & WelshQuestion) {
            return welshQuestionWord(i);
        }
        return (kind & WelshOpener) && welshOpener(i);
    }

    /** "Sori am fy Saesneg", "Plîs peidiwch", "Hoff fwyd fi ydy", "Dan ni wedi", "Isio mynd
     *  eto": a Welsh word that opens a sentence of a Welsh statement, where a name list
     *  holds it too ("Hoff", "Dan"). "Dan" only before "ni" (we). */
    bool welshOpener(int i) const
    {
        // One of sentenceOpenerWord's Welsh openers.
        return (!is(i, "dan") || is(i + 1, "ni")) && welshStatement();
    }

    /** Two or more words of the home languages' lists: a statement (partly) in one of them. */
    bool homeLanguageStatement() const
    {
        if (m_homeLanguageStatement < 0) {
            int n = 0;
            for (int k = 0; k < m_t.size() && n < 2; ++k) {
                n += isWord(k) && (m_flags[k] & Gazetteer::HomeWord) ? 1 : 0;
            }
            m_homeLanguageStatement = n >= 2 ? 1 : 0;
        }
        return m_homeLanguageStatement == 1;
    }

    /** An English or Welsh word, a proper noun or one of the Lexicon's: what
     *  otherLanguageStatement() counts. */
    bool knownWord(int k) const
    {
        constexpr std::uint32_t kKnown =
            Gazetteer::Word | Gazetteer::WelshWord | Gazetteer::Proper | Gazetteer::NotName;
        return isWord(k) && ((m_flags[k] & kKnown) || roles(k) != 0);
    }

    /** A statement mostly in a language that is neither English nor Welsh ("mama mea spune
     *  că o să fie bine, dar nu cred"): fewer than half of its words (five at least) are
     *  English or Welsh words, proper nouns or the Lexicon's. Its lower-case words that
     *  a wide name list holds are that language's words ("dar" but, "kocha" loves, "sana"
     *  very), not the names they are in another. */
    bool otherLanguageStatement() const
    {
        if (m_otherLanguageStatement < 0) {
            int words = 0;
            int known = 0;
            for (int k = 0; k < m_t.size(); ++k) {
                words += isWord(k) ? 1 : 0;
                known += knownWord(k) ? 1 : 0;
            }
            m_otherLanguageStatement = words >= 5 && known * 2 < words ? 1 : 0;
        }
        return m_otherLanguageStatement == 1;
    }

    /** Word i, in lower case in a statement in another language, is that language's word:
     *  a name there has a relative or a "called" before it ("meri behen sana", "sora mea
     *  ana", "is called kasia"). Only in scripts with case: Arabic has no capitals to miss. */
    bool otherLanguageWordAt(int i, Tier t) const
    {
        if ((t != Tier::Plain && t != Tier::Wide && t != Tier::Unknown) || cap(i) ||
            !m_t.str(i).front().isLower() || !otherLanguageStatement() || welshStatement() ||
            strongBefore(i, false) || personFrameBefore(i)) {
            return false;
        }
        const bool mine = isWord(i - 1) && homelanguage::wordOf(word(i - 1), m_stemHashes[i - 1]) ==
                                               homelanguage::Word::Mine;
        const int p = mine ? i - 2 : i - 1;
        return !(isWord(p) &&
                 ((m_flags[p] & Gazetteer::KinWord) || homelanguage::isPersonWord(stem(p))));
    }

    /** "Pam dydy neb yn dweud?", "Pwy sy'n penderfynu?": a Welsh question word (why, who,
     *  where, how, when) opening a question in a Welsh statement, not "Pam" the person. Asked
     *  of a sentence's first word. */
    bool welshQuestionWord(int i) const
    {
        if (!welshStatement()) {
            return false; // a question word, as sentenceOpenerWord found
        }
        int j = i + 1;
        while (!m_t.sentenceEnd(j)) {
            ++j;
        }
        return m_t.punct(j, u'?');
    }

    /** "Nie rozumiem, dlaczego ...", "Mujhe court mein ...": a home language's word that
     *  opens a sentence (only such a word is asked) with more of that language after it. The
     *  capital is the sentence's, not a name's; "Lil told me", with English after it, is
     *  judged as any word. */
    [[gnu::noinline]] bool opensHomeLanguageSentence(int i) const
    {
        if (allUpper(m_t.str(i))) {
            return false;
        }
        // Of the next three words: another word of the language, or two that no list of
        // English, Welsh or names holds and no role names ("rozumiem, dlaczego"); one such
        // word is as often slang ("Lola my bestie says").
        int seen = 0;
        int unlisted = 0;
        for (int k = i + 1; m_t.valid(k) && seen < 3 && !m_t.sentenceEnd(k); ++k) {
            if (!isWord(k)) {
                continue;
            }
            ++seen;
            const std::uint32_t fk = m_flags[k];
            if (fk & Gazetteer::HomeWord) {
                return true;
            }
            unlisted += fk == 0 && roles(k) == 0 ? 1 : 0;
        }
        return unlisted >= 2;
    }

    /** Welsh words of closed classes that a capital makes no name: months, days and feasts,
     *  school subjects, the words for a Welshman, a Welshwoman and an Englishman, God, and the
     *  school year ("Blwyddyn 10"). Not "Mai" and "Medi", which are given names too. */
    bool welshClosedWord(int i) const
    {
        static const WordTable words = wordSet(
            u"ionawr chwefror mawrth fawrth ebrill mehefin fehefin gorffennaf orffennaf "
            u"ngorffennaf awst hydref tachwedd dachwedd nhachwedd rhagfyr ragfyr "
            u"llun mercher gwener sadwrn ynyd calan galan nadolig pasg basg "
            u"hanes celf cherddoriaeth cerddoriaeth gerddoriaeth daearyddiaeth gwyddoniaeth "
            u"mathemateg ffiseg cemeg bioleg saesneg ffrangeg almaeneg sbaeneg gymraeg "
            u"chymraeg nghymraeg technoleg crefydd "
            u"cymro gymro chymro nghymro cymraes gymraes chymraes sais saesnes saeson cymry "
            u"gymry chymry duw dduw nuw iesu crist nefoedd blwyddyn flwyddyn mlwyddyn dydd ddydd "
            u"feithrin meithrin");
        return words.value(stem(i), m_stemHashes[i]) != 0;
    }

    // -- context --
    /** "called X", "named X", "my name is X"; unless calledOnly, also "Miss X", "my brother X". */
    bool strongBefore(int i, bool calledOnly) const
    {
        int p = i - 1;
        const bool comma = m_t.punct(p, u',');
        if (comma) {
            --p;
        }
        if (!m_t.valid(p) || m_t[p].type == Type::Punct) {
            return false;
        }
        // After a comma only in apposition: "My eldest, Demi, is 13", not "my worker, I've".
        if (comma && m_t.valid(i + 1) && !m_t.punct(i + 1, u',') && !m_t.punct(i + 1, u'.')) {
            return false;
        }
        const std::uint32_t r = roles(p);
        if (!comma) {
            if (r & Lexicon::Called) {
                // "she called back", "he hasn't called me": the verb of phoning, not naming.
                const int q = p - 1;
                const bool phoning =
                    (roles(q) & Lexicon::Pronoun) || is(q, "has") || is(q, "hasn't") ||
                    is(q, "hasnt") || is(q, "have") || is(q, "haven't") || is(q, "havent") ||
                    is(q, "had") || is(q, "never") || is(q, "just") || is(q, "already") ||
                    is(q, "nobody") || is(q, "someone") || is(q, "mum") || is(q, "dad");
                // "the bit called Syria", "a place called Mayo": a country or county is no
                // person's name.
                return (!phoning || cap(i)) && !abroadFlag(i) && !region(i);
            }
            if ((is(p, "is") && is(p - 1, "name")) || is(p, "name's") || is(p, "names") ||
                (is(p, "as") && is(p - 1, "known")) || nicknameIsBefore(p)) {
                return true;
            }
            if (nameCueEndingAt(p) > 0) {
                return true; // "mera naam", "ma numesc", "me llamo": "my name is" at home
            }
            // "we call him Gwil", "my nan calls me Boo": the name someone goes by ("we call it
            // tea" names a thing).
            if ((is(p, "him") || is(p, "her") || is(p, "them") || is(p, "me") || is(p, "us")) &&
                (is(p - 1, "call") || is(p - 1, "calls") || is(p - 1, "called"))) {
                return true;
            }
            // Welsh "galw fi'n Gwt", "yn ei alw fo'n Deio": what someone is called; not a
            // Welsh word in lower case ("galw fi'n enwau", calling me names).
            // The dictionary's filter last: this is asked of many words.
            if ((is(p, "fi'n") || is(p, "fo'n") || is(p, "hi'n") || is(p, "e'n") || is(p, "ni'n") ||
                 is(p, "nhw'n")) &&
                (is(p - 1, "galw") || is(p - 1, "alw") || is(p - 1, "galwodd") ||
                 is(p - 1, "galwon")) &&
                (cap(i) || !unknownwords::builtInModel().welsh.contains(stem(i)))) {
                return true;
            }
        }
        if (calledOnly) {
            return false;
        }
        if ((r & (Lexicon::Title | Lexicon::Relation)) && welshWordAfterKin(i)) {
            return false;
        }
        if ((r & Lexicon::Title) && !comma) {
            return true;
        }
        if (r & Lexicon::Relation) {
            return true;
        }
        // "brawd fi, gethin," (my brother): Welsh puts "fi" (my) after the family word.
        if ((is(p, "fi") || is(p, "i")) && (roles(p - 1) & Lexicon::Relation) && comma) {
            return true;
        }
        return false;
    }

    /** "gweld Dad ers Nadolig", "Mam sy'n deud", "Taid achos": in a Welsh statement, a word
     *  in lower case that no name list knows and the Welsh dictionary does, after a family
     *  word, is what the sentence goes on to say, not the relative's name. */
    bool welshWordAfterKin(int i) const
    {
        // "Mamgu sy 'di dysgu" (who has taught): "sy", "sydd" (who is) in any list's case.
        if ((is(i, "sy") || is(i, "sydd")) && !cap(i)) {
            return true;
        }
        if (!isWord(i) || cap(i) || tier(i) != Tier::Unknown || !welshStatement()) {
            return false;
        }
        QStringView w = stem(i);
        if (const qsizetype cut = std::max(w.indexOf(u'\''), w.indexOf(QChar(0x2019))); cut > 0) {
            if (w.back() == u'r') {
                return true; // "Taid i'r plant": "i'r", "o'r", "a'r" (to, of, and the)
            }
            w = w.first(cut); // "sy'n": the verb before its clitic
        }
        return unknownwords::builtInModel().welsh.contains(w);
    }

    /** "from next door", "from football": where the child knows a person from. */
    bool groupAfterFrom(int k) const
    {
        static const char* const kGroups[] = {
            "school", "church",   "work",     "college", "football", "rugby",  "youth",
            "boxing", "cadets",   "gym",      "chapel",  "mosque",   "dance",  "drama",
            "scouts", "training", "swimming", "netball", "cricket",  "karate", "uni"};
        if (is(k, "next") && is(k + 1, "door")) {
            return true;
        }
        return isAny(k, kGroups);
    }

    /** Token k is a form of "come": "came", "comes", "come", "coming". */
    bool comeAt(int k) const
    {
        return is(k, "came") || is(k, "comes") || is(k, "come") || is(k, "coming");
    }

    /** "Preston came round yesterday", "then Chester came over", "Lincoln comes to see me":
     *  what follows word i is a visit, which a person makes and a town does not. Not "came
     *  back" or "came top", which a team does. */
    bool visitsAfter(int i) const
    {
        const int v = i + 1;
        if (!comeAt(v) || !m_t.oneSpace(v)) {
            return false;
        }
        return is(v + 1, "round") || is(v + 1, "over") ||
               (is(v + 1, "to") && (is(v + 2, "see") || is(v + 2, "mine") || is(v + 2, "ours")));
    }

    /** "X said", "X and me", "X is my sister". */
    bool verbAfter(int i) const
    {
        const int n = i + 1;
        if (appositionAfter(i)) {
            return true;
        }
        if (!isWord(n)) {
            return false;
        }
        if (roles(n) & Lexicon::SpeechVerb) {
            // "More visits", "Some calls": an everyday word opening a sentence, then a plural
            // noun that is also a verb; "Hope says" and "Grace said" are still names.
            const QStringView v = m_t.str(n);
            // "Basia calls me": an object after it makes it the verb.
            const bool object = is(n + 1, "me") || is(n + 1, "him") || is(n + 1, "her") ||
                                is(n + 1, "us") || is(n + 1, "them");
            const bool plural = v.size() > 3 && (v.back() == u's' || v.back() == u'S') &&
                                !is(n, "says") && !is(n, "does") && !is(n, "was") &&
                                !is(n, "has") && !personVerbInS(n) && !object;
            const Tier t = tier(i);
            return !(plural && initial(i) &&
                     (t == Tier::ContextOnly || t == Tier::WordName || t == Tier::English ||
                      t == Tier::Proper));
        }
        // "and" as children type it too: "n", "nd" ("kai nd me")
        if ((is(n, "and") || is(n, "&") || is(n, "n") || is(n, "nd")) &&
            (is(n + 1, "me") || is(n + 1, "i"))) {
            return true;
        }
        // Welsh "Cai a fi" (and me), "Cai ydy fy mrawd" (is my brother).
        if (is(n, "a") && is(n + 1, "fi")) {
            return true;
        }
        if ((is(n, "ydy") || is(n, "yw") || is(n, "oedd")) && is(n + 1, "fy") &&
            relationAt(n + 2)) {
            return true;
        }
        // Welsh "mae Elain yn dweud" (is saying), "roedd Hedd yn fy ngwylltio i" (was
        // annoying me): a capitalised subject between the verb "to be" and "yn", then what a
        // person does. A place is what it is ("mae Caerdydd yn brysur"), not what it does.
        if (cap(i) &&
            (is(i - 1, "mae") || is(i - 1, "ma") || is(i - 1, "roedd") || is(i - 1, "oedd") ||
             is(i - 1, "bydd") || is(i - 1, "fydd")) &&
            is(n, "yn") &&
            (welshDoingAt(n + 1) || is(n + 1, "byw") || relationAt(n + 1) ||
             claimedAs(n + 1, PiiKind::Age))) {
            return true; // also "ma Haf yn ffrind gora fi", "Mae Gruff yn 14 oed"
        }
        // "Siwsi ydy'r gofalwr maeth" (is the foster carer), "Cariad yw enw'r babi" (is the
        // baby's name): who the person is, or whose name it is.
        if ((is(n, "ydy'r") || is(n, "yw'r") || is(n, "ydi'r")) &&
            (relationAt(n + 1) || welshRoleNoun(n + 1))) {
            return true;
        }
        if ((is(n, "yw") || is(n, "ydy") || is(n, "ydi")) && is(n + 1, "enw'r") &&
            (relationAt(n + 2) || is(n + 2, "babi") || is(n + 2, "plentyn") || is(n + 2, "hogyn") ||
             is(n + 2, "hogan") || is(n + 2, "bachgen") || is(n + 2, "ferch"))) {
            return true;
        }
        // "X is my name", "X was my nan's name": a name said to be one.
        if ((is(n, "is") || is(n, "was")) &&
            (is(n + 1, "my") || is(n + 1, "his") || is(n + 1, "her") || is(n + 1, "their")) &&
            (is(n + 2, "name") ||
             (m_t.valid(n + 2) && m_t[n + 2].has(Token::Apostrophe) && is(n + 3, "name")) ||
             (is(n + 2, "middle") && is(n + 3, "name")))) {
            return true;
        }
        // "India is the new girl in my class", "Precious is the seventh child we've fostered",
        // "Destiny was doing so well at school": who is said to be a child, or to do well.
        if (is(n, "is") || is(n, "was")) {
            if (is(n + 1, "the") || is(n + 1, "a")) {
                for (int k = n + 2; k <= n + 4 && isWord(k); ++k) {
                    if (childNounAt(k)) {
                        return true;
                    }
                }
            }
            if (is(n + 1, "doing")) {
                const int w = is(n + 2, "so") || is(n + 2, "really") ? n + 3 : n + 2;
                if (is(w, "well") || is(w, "great") || is(w, "brilliantly") || is(w, "amazing")) {
                    return true;
                }
            }
        }
        // "Chibuzo always gets me in trouble": an adverb of habit, then the person's verb.
        if ((is(n, "always") || is(n, "never") || is(n, "just") || is(n, "still") ||
             is(n, "also") || is(n, "really") || is(n, "sometimes") || is(n, "literally")) &&
            (roles(n + 1) & Lexicon::SpeechVerb)) {
            return true;
        }
        // "Meurig bach", "Gwen fach": a Welsh diminutive after a capitalised name.
        if (cap(i) && (is(n, "bach") || is(n, "fach"))) {
            return true;
        }
        // "Shannon from the leaving care team", "Dylan from my old estate", "Idwal from
        // Ysgol Eirias" (the school is found before names).
        if (is(n, "from") && (is(n + 1, "the") || is(n + 1, "my") || is(n + 1, "our") ||
                              (m_t.valid(n + 1) && m_t[n + 1].has(Token::AllUpper)) ||
                              groupAfterFrom(n + 1) || claimedAs(n + 1, PiiKind::School))) {
            return true;
        }
        // "kirsty shes my worker", "Sky's my cousin"
        if ((is(n, "is") || is(n, "was") || is(n, "shes") || is(n, "she's") || is(n, "hes") ||
             is(n, "he's")) &&
            (is(n + 1, "my") || is(n + 1, "our") || is(n + 1, "his") || is(n + 1, "her"))) {
            return relationAt(n + 2) || relativesRelationAt(n + 2);
        }
        return inMyGroup(i);
    }

    /** A word for a child, whole (not "kid's"): "girl", "boy", "kid", "baby", "lad". */
    bool childNounAt(int k) const
    {
        static const char* const kChild[] = {"girl", "boy",  "kid",     "child",   "baby",
                                             "lad",  "lass", "toddler", "teenager"};
        return stem(k).size() == m_t[k].length && isAny(k, kChild);
    }

    /** A Welsh verb-noun of what a person does, or "fy"/"ein" (me, us) before a mutated one
     *  ("yn fy ngwylltio i", "yn fy helpu"). */
    bool welshDoingAt(int k) const
    {
        if ((is(k, "fy") || is(k, "ein") || is(k, "ei")) && isWord(k + 1)) {
            return true; // a person does something to me, us, him or her
        }
        static const char* const kDoing[] = {
            "dweud",   "siarad",  "gweiddi", "rhegi",     "chwarae",  "helpu", "galw",
            "ffonio",  "tecstio", "gwylio",  "chwerthin", "crio",     "cwyno", "pigo",
            "bwlio",   "taro",    "cicio",   "gwrando",   "gweithio", "dysgu", "canu",
            "dawnsio", "dod",     "mynd",    "aros",      "cysgu",    "bwyta", "gofalu",
            "edrych",  "meddwl",  "poeni",   "ymladd",    "cwffio",   "ateb",  "gofyn"};
        return isAny(k, kDoing);
    }

    /** Welsh words for the people who look after or teach a child, which "X ydy'r" names. */
    bool welshRoleNoun(int k) const
    {
        static const char* const kRoles[] = {
            "gofalwr", "gofalwraig", "gofalwyr", "athro",    "athrawes",   "nyrs",   "meddyg",
            "doctor",  "gweithiwr",  "swyddog",  "pennaeth", "cynghorydd", "mentor", "eiriolwr"};
        return isAny(k, kRoles);
    }

    /** Verbs in -s that are almost never a plural noun, so "Jay keeps messaging me" is a
     *  person where "More visits" is not. */
    bool personVerbInS(int n) const
    {
        static const char* const kVerbs[] = {"keeps", "wants",  "gets",  "takes", "comes",
                                             "goes",  "likes",  "loves", "hates", "lives",
                                             "knows", "thinks", "tells", "asks",  "owes"};
        return isAny(n, kVerbs);
    }

    /** "Kudzai is coming", "Tinashe was moving": a capitalised word no dictionary knows,
     *  then "is"/"was"/"has" and what a person does; or who the person is ("X the youth
     *  worker", "X is the only one who"). Only for words no dictionary knows: "Will the
     *  worker come?" and "Maths is the only one i like" are not about a person. */
    bool personStateAfter(int i) const
    {
        const int n = i + 1;
        if (theRoleAfter(i) || onlyOneAfter(i)) {
            return true;
        }
        if (nicknameFrameAfter(i)) {
            return true;
        }
        // "X got moved", "X got taken": what is done to a person.
        if (is(n, "got") && isWord(n + 1) &&
            (m_t.str(n + 1).endsWith(u"ed") || is(n + 1, "taken") || is(n + 1, "sent") ||
             is(n + 1, "put") || is(n + 1, "caught") || is(n + 1, "kept"))) {
            return true;
        }
        // "Mali'n 13", "Kai is 9": an age is said of a person ("Dwi'n 13", "Fi'n 17": "I am").
        const QStringView w = m_t.str(i);
        if ((claimedAs(n, PiiKind::Age) && cap(i) && w.size() > 3 && w.back() == u'n' &&
             m_t[i].has(Token::Apostrophe) && !welshPronounClitic(w)) ||
            ((is(n, "is") || is(n, "was")) && claimedAs(n + 1, PiiKind::Age))) {
            return true;
        }
        if (!(is(n, "is") || is(n, "was") || is(n, "has") || is(n, "isnt") || is(n, "isn't"))) {
            return false;
        }
        static const char* const kStates[] = {"coming",  "going",    "moving", "leaving",
                                              "staying", "visiting", "gone",   "left",
                                              "always",  "never",    "moved"};
        return isAny(n + 1, kStates);
    }

    /** "Dwi'n", "Rwy'n", "Fi'n", "Mae'n": a Welsh verb or pronoun with the clitic "'n". */
    static bool welshPronounClitic(QStringView w)
    {
        static const char* const kHeads[] = {"dwi", "rwy", "fi",   "mae", "ma",    "hi",  "ti",
                                             "chi", "ni",  "dw",   "wi",  "fe",    "fo",  "mi",
                                             "nhw", "ry",  "rydw", "o",   "roedd", "oedd"};
        const QStringView head = w.chopped(2);
        for (const char* h : kHeads) {
            if (equalsAsciiEntry(head, h)) {
                return true;
            }
        }
        return false;
    }

    /** "Alisher is from uzbekistan and hes good at chess", "Phoenix got moved and i miss him":
     *  a word opening a statement, a verb after it, and later in the same sentence "he",
     *  "she", "his" or "her" that can only be about it. `copula` allows "is"/"was" as the
     *  verb, which an everyday word may open a sentence with ("Summer is ... for her"), so only
     *  for words no dictionary knows; "X is where", "X is in": a place, not a person. */
    bool referredToLater(int i, bool copula) const
    {
        static const char* const kVerbs[] = {
            "got",   "has",   "had",   "keeps", "kept",  "lives",  "lent",   "lends",
            "gave",  "gives", "came",  "comes", "made",  "makes",  "took",   "takes",
            "told",  "tells", "likes", "loves", "hates", "wants",  "needs",  "plays",
            "helps", "stays", "moved", "left",  "won",   "used",   "always", "never",
            "cant",  "can't", "can",   "will",  "would", "doesnt", "didnt",  "started"};
        const int n = i + 1;
        bool verb = isAny(n, kVerbs);
        if (!verb && (is(n, "is") || is(n, "was"))) {
            // An everyday word may open a sentence with "is" ("Summer is ... for her"); with
            // "always" or "never" after it, it is what a person does ("Unique is always on
            // her phone").
            verb = copula ? !is(n + 1, "where") && !is(n + 1, "in") && !is(n + 1, "near") &&
                                !is(n + 1, "on") && !is(n + 1, "at")
                          : is(n + 1, "always") || is(n + 1, "never");
        }
        if (!verb || !m_t.oneSpace(n) || thingPredicateAfter(i)) {
            return false;
        }
        for (int k = n + 1; k <= n + 12 && m_t.valid(k); ++k) {
            if (m_t.punct(k, u'.') || m_t.punct(k, u'!') || m_t.punct(k, u'?')) {
                return false;
            }
            if (is(k, "he") || is(k, "she") || is(k, "him") || is(k, "her") || is(k, "his") ||
                is(k, "hes") || is(k, "shes") || is(k, "he's") || is(k, "she's")) {
                return true;
            }
        }
        return false;
    }

    /** "Biryani is what he makes", "Depop is where she sells", "Kpop is all she listens to",
     *  "Genshin is the game he plays": what is said of a thing, a place or a pastime, not of a
     *  person (what a person is called, "X is what we call him", is nicknameFrameAfter's). */
    bool thingPredicateAfter(int i) const
    {
        const int n = i + 1;
        if (!(is(n, "is") || is(n, "was")) || nicknameFrameAfter(i)) {
            return false;
        }
        if (homeIsWhereAfter(i)) {
            return false; // a place: placeContextPass's
        }
        // "Grace is said before dinner": what is said is a thing
        if (is(n + 1, "where") || is(n + 1, "what") || is(n + 1, "said") ||
            (is(n + 1, "all") && (roles(n + 2) & Lexicon::Pronoun))) {
            return true;
        }
        if (!(is(n + 1, "the") || is(n + 1, "my") || is(n + 1, "his") || is(n + 1, "her") ||
              is(n + 1, "our") || is(n + 1, "a"))) {
            return false;
        }
        int k = n + 2;
        if (is(k, "best") || is(k, "only") || is(k, "favourite") || is(k, "fave") || is(k, "new") ||
            is(k, "main") || is(k, "one") || is(k, "nice") || is(k, "good") || is(k, "lovely") ||
            is(k, "beautiful") || is(k, "funny") || is(k, "big")) {
            ++k;
        }
        static const char* const kThings[] = {
            "game",    "app",     "shop",       "food",     "song",   "show",   "film",
            "brand",   "website", "drink",      "dish",     "sport",  "dance",  "snack",
            "channel", "series",  "band",       "meal",     "sweet",  "sweets", "programme",
            "subject", "place",   "restaurant", "takeaway", "season", "word",   "colour",
            "color",   "month",   "flower",     "prayer",   "time",   "thing"};
        return isAny(k, kThings);
    }

    /** "the caffi in Cricieth where i live now", "yng Nghricieth lle dw i'n byw": a place
     *  (its last token at last, its first at i) that a clause after it calls home. Not a
     *  nation, and not abroad ("Lagos where my grandad still lives"). */
    bool whereLivedAfter(int last, int i) const
    {
        int k = last + 1;
        if (m_t.punct(k, u',')) {
            ++k;
        }
        // "in Cardiff is where i grew up", "Bury St Edmunds which is where i live"
        if (is(k, "which") || is(k, "that") || is(k, "that's") || is(k, "thats")) {
            ++k;
        }
        if (is(k, "is") || is(k, "was")) {
            ++k;
        }
        if (!(is(k, "where") || is(k, "lle")) || nation(i) || abroadFlag(i)) {
            return false;
        }
        for (int j = k + 1; j <= k + 5 && isWord(j); ++j) {
            // Living, not staying: "Carlisle where we stayed one night" is a trip's stop.
            if (is(j, "live") || is(j, "lives") || is(j, "lived") || is(j, "living") ||
                is(j, "byw") || is(j, "fyw") || is(j, "grew")) {
                return true;
            }
        }
        return false;
    }

    /** "Whitleigh is where i grew up", "Gorseinon was where we lived": a home, said after it. */
    /** Whether the statement has Welsh "dyna" or "dyma" (that's, here's) anywhere: read once,
     *  on the first town that asks. */
    bool homeWordSeen() const
    {
        if (m_homeWordSeen < 0) {
            m_homeWordSeen = 0;
            for (int j = 0; j < m_t.size(); ++j) {
                if (m_t[j].length == 4 && (is(j, "dyna") || is(j, "dyma"))) {
                    m_homeWordSeen = 1;
                    break;
                }
            }
        }
        return m_homeWordSeen > 0;
    }

    /** The words after a UK town say it is home: "my mum is from Barnsley, we live there
     *  now", "team in Bradford, thats where i live", "Edmonton is home to me", "Chapeltown
     *  is my area now", "Stryd Fawr yn Nhregarth a dw i'n byw yno", "twll o le ydi Rhyl ond
     *  dyna adra". No other town between, within the sentence. */
    bool homeSaidAfter(int last, int i) const
    {
        // Known towns only: most capitalised words asked here are people's names.
        if (!placeFlag(i) || abroadFlag(i) || nation(i) || region(i)) {
            return false;
        }
        if (is(last + 1, "is") || is(last + 1, "was")) {
            const int h = is(last + 2, "my") || is(last + 2, "our") ? last + 3 : last + 2;
            if (is(h, "home") || is(h, "area") || is(h, "ends") || is(h, "endz")) {
                return !is(h + 1, "to") || is(h + 2, "me") || is(h + 2, "us");
            }
        }
        // Most statements have no verb of living and no Welsh "dyna": one test of the
        // statement's roles, then of each word's length, before any comparison.
        const bool anyLiving = m_facts.allRoles & Lexicon::PlaceVerb;
        if (!anyLiving && !homeWordSeen()) {
            return false;
        }
        for (int j = last + 1, seen = 0; m_t.valid(j) && seen < 12; ++j, ++seen) {
            if (m_t.sentenceEnd(j) || (j > last + 1 && cap(j) && placeFlag(j))) {
                return false;
            }
            const bool living = anyLiving && (roles(j) & Lexicon::PlaceVerb) &&
                                (is(j, "live") || is(j, "lives") || is(j, "living") ||
                                 is(j, "lived") || is(j, "byw") || is(j, "fyw"));
            if (living &&
                (is(j + 1, "there") || is(j + 1, "yno") ||
                 (is(j - 2, "where") && (is(j - 1, "i") || is(j - 1, "we"))) ||
                 ((is(j - 3, "where") || is(j - 4, "where")) &&
                  (is(j - 2, "my") || is(j - 3, "my") || is(j - 2, "our") || is(j - 3, "our"))))) {
                // not a wish ("i want to live there") nor someone else's ("they live there")
                return !is(j - 1, "to") && !is(j - 1, "they") && !is(j - 1, "he") &&
                       !is(j - 1, "she");
            }
            // "harehills is proper rough at night but its still home": home, said after it.
            if (m_t[j].length == 4 && is(j, "home") &&
                (is(j - 1, "still") || is(j - 1, "its") || is(j - 1, "it's"))) {
                return true;
            }
            if (m_t[j].length == 4 && (is(j, "dyna") || is(j, "dyma")) &&
                (is(j + 1, "adra") || is(j + 1, "adref") || is(j + 1, "gartref"))) {
                return true;
            }
        }
        return false;
    }

    bool homeIsWhereAfter(int i) const
    {
        if (!(is(i + 1, "is") || is(i + 1, "was")) || !is(i + 2, "where")) {
            return false;
        }
        if (nation(i)) {
            return false; // "England is where i was born"
        }
        for (int k = i + 3; k <= i + 6 && isWord(k); ++k) {
            // Where one was born is where a family comes from (placeContextPass keeps it).
            if (is(k, "born")) {
                return false;
            }
            if ((roles(k) & Lexicon::PlaceVerb) || is(k, "grew")) {
                return true;
            }
        }
        return false;
    }

    /** "barnsley is where we are now", "hackney's where we're at", "Chapeltown born and
     *  raised", "tonyrefail, thats us", "telford's alright, been here since i was 5": a town
     *  said to be home after it, in the words people use (last is the town's last word).
     *  Not where someone else is from ("where Michael Sheen is from"), a trip ("where we went
     *  on holiday") or a wish ("where i want to live"). */
    /** The capitalised words ending at last open the statement ("Ebbw Vale, that's me"; not
     *  "my name is Emyr Wyn Hughes, that's me"). */
    bool opensStatement(int last) const { return initial(capitalisedRunStart(last)); }

    /** The first of the capitalised words, one space apart, that end at last ("Ebbw Vale"):
     *  at most kLongestName words back, so that a statement of thousands of capitalised words
     *  costs linear time. */
    static constexpr int kLongestName = 8;
    int capitalisedRunStart(int last) const
    {
        int first = last;
        while (last - first < kLongestName && isWord(first - 1) && cap(first - 1) &&
               m_t.oneSpace(first)) {
            --first;
        }
        return first;
    }

    bool homeToldAfter(int last) const
    {
        int k = last + 1;
        if (m_t.punct(k, u',')) {
            ++k;
        }
        if ((is(k, "born") && (is(k + 1, "and") || is(k + 1, "n") || m_t.punct(k + 1, u'&')) &&
             (is(k + 2, "raised") || is(k + 2, "bred"))) ||
            ((is(k, "thats") || is(k, "that's")) &&
             (is(k + 1, "us") || is(k + 1, "home") || (is(k + 1, "me") && opensStatement(last)) ||
              // "Gloucester, Matson, that's my estate"
              (is(k + 1, "my") && (is(k + 2, "estate") || is(k + 2, "area") || is(k + 2, "ends") ||
                                   is(k + 2, "town") || is(k + 2, "home")))))) {
            return true;
        }
        if (is(k, "is") || is(k, "was") || is(k, "and")) {
            ++k;
        }
        if ((is(k, "thats") || is(k, "that's")) && is(k + 1, "where")) {
            ++k; // "tile hill in coventry, thats where im at"
        }
        if (is(k, "where") && (is(k + 1, "i") || is(k + 1, "we") || is(k + 1, "im") ||
                               is(k + 1, "i'm") || is(k + 1, "we're") || is(k + 1, "were") ||
                               is(k + 1, "me") || is(k + 1, "my") || is(k + 1, "our"))) {
            bool home = false;
            for (int j = k + 2; j <= k + 7 && isWord(j); ++j) {
                if (is(j, "want") || is(j, "wanna") || is(j, "would") || is(j, "went") ||
                    is(j, "go") || is(j, "going") || is(j, "goes") || is(j, "visit") ||
                    is(j, "born") || is(j, "holiday") || is(j, "work") || is(j, "works")) {
                    return false;
                }
                home = home || is(j, "are") || is(j, "am") || is(j, "at") || is(j, "live") ||
                       is(j, "belong") || is(j, "living") || is(j, "lived") || is(j, "grew") ||
                       is(j, "stay") || is(j, "staying") || is(j, "from") || is(j, "house") ||
                       is(j, "flat") || is(j, "still") || is(j, "now") || is(j, "home");
            }
            // "that's where my nan is": a relative's home, as "my nan in Leeds" is
            const bool relativeThere = is(k + 1, "my") && (roles(k + 2) & Lexicon::Relation) &&
                                       (is(k + 3, "is") || is(k + 3, "lives"));
            return home || relativeThere || is(k + 1, "we're") || is(k + 1, "im") ||
                   is(k + 1, "i'm");
        }
        // "been here since i was 5", "lived here all my life", later in the sentence.
        for (int j = k; j <= k + 8 && m_t.valid(j) && !m_t.sentenceEnd(j); ++j) {
            if ((is(j, "here") || is(j, "there")) &&
                (is(j - 1, "been") || is(j - 1, "lived") || is(j - 1, "living")) &&
                (is(j + 1, "since") || is(j + 1, "for") || is(j + 1, "all") ||
                 m_t.isType(j + 1, Type::Number))) {
                return true;
            }
        }
        return false;
    }

    /** "in brixton near my house", "in Sneinton, 5 minutes from mine", "in Handsworth park
     *  near our house": a town or district said to be close to the child's home is where the
     *  child lives, whatever was done there (work, a gym, the police). */
    bool nearHomeAfter(int p, int last) const
    {
        if (!(is(p, "in") || is(p, "on") || is(p, "at"))) {
            return false; // "Big Dai from my estate": a person from somewhere near
        }
        int k = last + 1;
        if (m_t.punct(k, u',')) {
            ++k;
        }
        if (placeSuffix(k) || is(k, "estate")) {
            ++k; // "in Handsworth park near our house"
        }
        if (is(k, "right") || is(k, "just")) {
            ++k;
        }
        bool distance = false;
        if (m_t.isType(k, Type::Number) || (roles(k) & Lexicon::NumberWord) || is(k, "a")) {
            ++k; // "5 minutes from mine", "a street away from us"
            if (!(is(k, "minutes") || is(k, "mins") || is(k, "min") || is(k, "minute") ||
                  is(k, "streets") || is(k, "street") || is(k, "roads") || is(k, "road"))) {
                return false;
            }
            ++k;
            if (is(k, "away")) {
                ++k;
            }
            distance = true;
        }
        // "near my house", "next to our flat", "round the corner from ours", "outside my house"
        if (is(k, "next") && is(k + 1, "to")) {
            ++k;
        } else if ((is(k, "round") || is(k, "around") || is(k, "down")) && is(k + 1, "the") &&
                   (is(k + 2, "corner") || is(k + 2, "road")) && is(k + 3, "from")) {
            k += 3;
        } else if (!(is(k, "near") || is(k, "by") || (is(k, "from") && distance) ||
                     is(k, "outside") || is(k, "behind") || is(k, "opposite"))) {
            return false;
        }
        ++k;
        if (is(k, "us") || is(k, "mine") || is(k, "ours")) {
            return true;
        }
        if (is(k, "where") && (is(k + 1, "i") || is(k + 1, "we")) &&
            (is(k + 2, "live") || is(k + 2, "lived") || is(k + 2, "stay") || is(k + 2, "living"))) {
            return true;
        }
        return (is(k, "my") || is(k, "our")) &&
               (is(k + 1, "house") || is(k + 1, "home") || is(k + 1, "flat") ||
                is(k + 1, "place") || is(k + 1, "street") || is(k + 1, "road") ||
                is(k + 1, "estate") || is(k + 1, "block"));
    }

    /** "contact in splott at mums", "i can't go into brixton ... my nan lives there", "the
     *  hospital in southmead, we lived round the corner": the statement says that someone in
     *  the family lives at the place just named (p is the preposition before it). */
    bool livesThereAfter(int p, int last) const
    {
        // Not "to" ("we went to Leeds, i want to live there": a trip, and a wish).
        if (!(roles(p) & Lexicon::PlacePrep) || is(p, "from") || is(p, "to")) {
            return false;
        }
        // "at mums", "at my nan's": a relative's home, there.
        const int n = last + 1;
        if (is(n, "at") && (relativesPlace(n + 1) ||
                            ((is(n + 1, "my") || is(n + 1, "our")) && relativesPlace(n + 2)))) {
            return !tripInSentence(p);
        }
        // "my GCSEs in wrexham before we moved": a home left.
        if ((is(n, "before") || is(n, "till") || is(n, "until")) &&
            (is(n + 1, "we") || is(n + 1, "i")) && (is(n + 2, "moved") || is(n + 2, "left"))) {
            return !tripInSentence(p);
        }
        for (int j = n; m_t.valid(j); ++j) {
            if (is(j, "live") || is(j, "lives") || is(j, "lived") || is(j, "living")) {
                // Who lives there: we, I, or a relative ("my nan", "mams new partner"); not
                // "they" or a wish ("i want to live there").
                const int w = is(j - 1, "to") && is(j - 2, "used") ? j - 3 : j - 1;
                if (!(is(w, "we") || is(w, "i") || (roles(w) & Lexicon::Relation))) {
                    continue;
                }
                const int k = is(j + 1, "just") || is(j + 1, "right") ? j + 2 : j + 1;
                // "we live above it", "we live just up the road from it": the place's shop or
                // street named before.
                if (is(k, "there") || is(k, "nearby") ||
                    ((is(k, "round") || is(k, "around")) && is(k + 1, "the") &&
                     is(k + 2, "corner")) ||
                    ((is(k, "above") || is(k, "behind") || is(k, "near") || is(k, "by")) &&
                     is(k + 1, "it")) ||
                    (is(k, "next") && is(k + 1, "to") && is(k + 2, "it")) ||
                    ((is(k, "up") || is(k, "down")) && is(k + 1, "the") && is(k + 2, "road") &&
                     is(k + 3, "from") && is(k + 4, "it"))) {
                    return !tripInSentence(p);
                }
            }
        }
        return false;
    }

    /** "im", "i'm", "we're", "i am", "we are" ending at token q: the speaker, or the speaker's
     *  family, saying what or where they are. */
    bool selfVerbAt(int q) const
    {
        return is(q, "im") || is(q, "i'm") || is(q, "we're") ||
               ((is(q, "am") || is(q, "are")) && (is(q - 1, "i") || is(q - 1, "we")));
    }

    /** "im from aberdare", "i'm from Byker and proud", "we're from Chorley": where the child
     *  or the family says they are from, a UK town or district, is their home (p is "from").
     *  Not one left behind ("I'm from Hull originally, we live in Nottingham now", "We're
     *  from Glasgow but live in Sunderland"), nor someone else's ("she's from Hull"). */
    bool selfFromBefore(int p, int i, int last) const
    {
        // "i'm from round jarrow", "we're from around Heywood": the area, as "from"
        if ((is(p, "round") || is(p, "around")) && is(p - 1, "from")) {
            --p;
        }
        if (!is(p, "from")) {
            return false;
        }
        // "i'm just from Thetford"
        const int v = is(p - 1, "just") || is(p - 1, "only") ? p - 2 : p - 1;
        if (!selfVerbAt(v) ||
            !(placeFlag(i) || tier(i) == Tier::Unknown || tier(i) == Tier::Wide)) {
            return false;
        }
        // "I'm from Hull but I live in Leeds now": where one lives now, named after it, is the
        // home and this the past; "I'm from Halifax, we've never lived anywhere else", "I'm
        // from Reading. we live by the station", "from Leeds originally": no other home.
        for (int j = last + 1; !m_t.sentenceEnd(j) || m_t.punct(j, u'.'); ++j) {
            if (!m_t.valid(j)) {
                return true;
            }
            // "... but i live somewhere else now": another home, not named
            const bool living = is(j, "live") || is(j, "living") || is(j, "lived");
            if ((is(j, "originally") || living || is(j, "now")) &&
                (homeNamedAfter(j) || (living && (is(j - 1, "but") || is(j + 1, "somewhere") ||
                                                  is(j + 1, "elsewhere"))))) {
                return false;
            }
        }
        return true;
    }
    /** A place named in the few words after word j: a preposition of place before a
     *  capitalised word or a known town ("live in Leeds now", "now I'm at Fairfield"). */
    bool homeNamedAfter(int j) const
    {
        for (int k = j + 1; k <= j + 5 && !m_t.sentenceEnd(k); ++k) {
            if ((roles(k) & Lexicon::PlacePrep) && isWord(k + 1) &&
                (cap(k + 1) || placeFlag(k + 1))) {
                return true;
            }
        }
        return false;
    }

    /** The last token of a listed district that starts at token i and runs past it, or i:
     *  the context rules find "knowle" in "my estate in knowle west", the list knows more. */
    int listedDistrictEnd(int i) const
    {
        if (!isWord(i) || !m_f.mayStartEntry(m_stemHashes[i])) {
            return i;
        }
        const std::uint32_t bucket = m_f.m_firstWords.value(stem(i), m_stemHashes[i]);
        int best = i;
        if (bucket != 0) {
            for (int e : m_f.m_buckets[std::size_t(bucket - 1)]) {
                const Entry& entry = m_f.m_entries[std::size_t(e)];
                if (entry.district && entry.words.size() > 1) {
                    best = std::max(best, matchEntry(i, entry));
                }
            }
        }
        return best;
    }

    /** "we been in byker 2 yrs now", "ive been in walsall since i was small", "been in
     *  normanton with my uncle": how long or with whom one has lived somewhere (p is "in"). */
    bool stayedInBefore(int p, int last) const
    {
        if (!is(p, "in") || !(is(p - 1, "been") || is(p - 1, "living") || is(p - 1, "lived"))) {
            return false;
        }
        int k = last + 1;
        if (m_t.punct(k, u',')) {
            ++k;
        }
        if (is(k, "in") && isWord(k + 1) && (placeFlag(k + 1) || cap(k + 1))) {
            k += 2; // "in normanton in derby"
        }
        if (is(k, "since") || (is(k, "my") && is(k + 1, "whole")) ||
            (is(k, "all") && is(k + 1, "my")) ||
            (is(k, "with") && (is(k + 1, "my") || is(k + 1, "me") || is(k + 1, "our")))) {
            return true;
        }
        // "for 4 months", "2 yrs now", "three years now"
        int n = is(k, "for") ? k + 1 : k;
        if (is(n, "a") && (is(n + 1, "few") || is(n + 1, "couple"))) {
            ++n; // "for a few months", "a couple of years"
        }
        const bool count = m_t.isType(n, Type::Number) || (roles(n) & Lexicon::NumberWord) ||
                           is(n, "a") || is(n, "few") || is(n, "couple");
        const int unit = is(n + 1, "of") ? n + 2 : n + 1;
        return count &&
               (is(unit, "years") || is(unit, "yrs") || is(unit, "year") || is(unit, "months") ||
                is(unit, "month") || is(unit, "weeks") || is(unit, "mnths"));
    }

    /** "wizzy is what we call my brother", "Dukey is what everyone calls him", "kristopha is
     *  how my brother spells his name": what a person is called. */
    bool nicknameFrameAfter(int i) const
    {
        if (!is(i + 1, "is") || !(is(i + 2, "what") || is(i + 2, "how"))) {
            return false;
        }
        for (int k = i + 3; k <= i + 6 && isWord(k); ++k) {
            if (is(k, "call") || is(k, "calls") || is(k, "called") || is(k, "spell") ||
                is(k, "spells") || is(k, "say") || is(k, "says")) {
                return true;
            }
        }
        return false;
    }

    /** "hodan is 12", "kudzai was 15": an age found right after the word and "is" or "was".
     *  The age rules take a number after "is" only for a person, so a word no English list
     *  holds is one (an English word such as "lad" may be the person's noun itself). */
    bool ageSaidAfter(int i) const
    {
        // Not "Summer is 3 months away": a length of time the age rules may take for a baby's
        // ("Summer is 2 months old" is one).
        return claimedAs(i + 2, PiiKind::Age) && (is(i + 1, "is") || is(i + 1, "was")) &&
               ((!is(i + 3, "months") && !is(i + 3, "weeks")) || is(i + 4, "old"));
    }

    /** "Summer is in my class", "Angel was the girl who grassed me up": what is said right
     *  after the word makes it a person. */
    bool personDescribedAfter(int i) const
    {
        const int n = i + 1;
        if (!(is(n, "is") || is(n, "was"))) {
            return false;
        }
        if (is(n + 1, "in") && (is(n + 2, "my") || is(n + 2, "our"))) {
            const int g = n + 3;
            return is(g, "class") || is(g, "year") || is(g, "form") || is(g, "group") ||
                   is(g, "set");
        }
        if (is(n + 1, "the") &&
            (is(n + 2, "girl") || is(n + 2, "boy") || is(n + 2, "one") || is(n + 2, "lad") ||
             is(n + 2, "kid") || is(n + 2, "person")) &&
            (is(n + 3, "who") || is(n + 3, "that"))) {
            return true;
        }
        // "reece is a good mate", "ka yan is my best friend": a friend, said so
        if (!(is(n + 1, "my") || is(n + 1, "a") || is(n + 1, "our"))) {
            return false;
        }
        for (int k = n + 2; k <= n + 3; ++k) {
            if (friendWord(k)) {
                return true;
            }
            if (!is(k, "best") && !is(k, "good") && !is(k, "closest") && !is(k, "old")) {
                return false;
            }
        }
        return false;
    }

    /** Welsh "mae osian wedi bod", "mae begw yn fy nosbarth": the subject of "mae" (is, has)
     *  with no article before it, a verb's "yn" or "wedi" after it: a person, for a word no
     *  dictionary holds or a listed name (Welsh puts "y", "yr" or "'r" before a noun). */
    bool welshSubjectAt(int i) const
    {
        if (cap(i) || !is(i - 1, "mae") || !(is(i + 1, "yn") || is(i + 1, "wedi")) ||
            !welshStatement()) {
            return false;
        }
        // A word of the Welsh dictionary is a noun ("mae pawb yn", "mae pobl yn"), unless a
        // list of names holds it and "wedi" follows ("mae osian wedi bod"; "mae seren yn y
        // awyr" is a star in the sky).
        if (!unknownwords::builtInModel().welsh.contains(stem(i))) {
            return true;
        }
        return (m_flags[i] & Gazetteer::Curated) && is(i + 1, "wedi");
    }

    /** "im rayan im 12", "hi im tyler-jay, 9": a child saying who they are, then their age. */
    bool selfIntroducedWithAge(int i) const
    {
        const int p = i - 1;
        if (!(is(p, "im") || is(p, "i'm")) ||
            !(p == 0 || is(p - 1, "hi") || is(p - 1, "hiya") || is(p - 1, "hello") ||
              is(p - 1, "hey") || m_t[p].has(Token::SentenceStart))) {
            return false;
        }
        const int n = i + 1;
        return ((is(n, "im") || is(n, "i'm")) && claimedAs(n + 1, PiiKind::Age)) ||
               (m_t.punct(n, u',') && claimedAs(n + 1, PiiKind::Age)) ||
               // "I'm Precious, I'm 16"
               (m_t.punct(n, u',') && (is(n + 1, "im") || is(n + 1, "i'm")) &&
                claimedAs(n + 2, PiiKind::Age)) ||
               (is(n, "and") && (is(n + 1, "im") || is(n + 1, "i'm")) &&
                claimedAs(n + 2, PiiKind::Age));
    }

    /** "I am Gift, mum of two", "Hi I'm Patience, the grandmother", "its Junior here", "im
     *  Bay here": a capitalised word (a name that is also a word) said to be the speaker,
     *  opening what is said, with who the speaker is after a comma, or "here". Not a word
     *  alone before the sentence ends: "I'm Black." and "im Will." read alike, and an
     *  identity or a feeling must stay. */
    bool selfNamedAt(int i) const
    {
        const int p = i - 1;
        const bool am = is(p, "am") && is(p - 1, "i");
        const bool its = is(p, "its") || is(p, "it's");
        if (!(am || its || is(p, "im") || is(p, "i'm"))) {
            return false;
        }
        const int q = am ? p - 1 : p; // the phrase's first word
        if (!(q == 0 || m_t[q].has(Token::SentenceStart) || m_t.punct(q - 1, u',') ||
              is(q - 1, "hi") || is(q - 1, "hiya") || is(q - 1, "hello") || is(q - 1, "hey"))) {
            return false;
        }
        const int n = i + 1;
        if (is(n, "here")) {
            return true;
        }
        // ", the grandmother", ", mum of two", ", a dad with Parkinson's", ", ur new worker"
        int k = n + 1;
        if (is(k, "the") || is(k, "a") || is(k, "your") || is(k, "ur") || is(k, "their") ||
            is(k, "his") || is(k, "her")) {
            ++k;
        }
        if (is(k, "new") || is(k, "foster") || is(k, "kinship") || is(k, "social")) {
            ++k;
        }
        // Not "I'm Black, the only girl here": a word for any person says what, not who.
        const bool anyone = is(k, "girl") || is(k, "boy") || is(k, "kid") || is(k, "child") ||
                            is(k, "lady") || is(k, "man") || is(k, "guy") || is(k, "friend") ||
                            is(k, "mate") || is(k, "baby") || is(k, "twin") || is(k, "eldest") ||
                            is(k, "youngest") || is(k, "oldest");
        return !its && m_t.punct(n, u',') && (roles(k) & Lexicon::Relation) && !anyone;
    }

    /** "joy is my sw now", "hope is my foster sister": a name that is also a word, in lower
     *  case, opening a statement as the subject of "is my" and a relative or a worker (not a
     *  friend: "music is my best friend"), or said to be a relative's name ("will is my
     *  cousins name"). */
    bool lowerRelationSubject(int i) const
    {
        const int n = i + 1;
        if (!initial(i) || !(is(n, "is") || is(n, "was")) ||
            !(is(n + 1, "my") || is(n + 1, "our"))) {
            return false;
        }
        // "will is my cousins name": said to be a relative's name.
        return (relationAt(n + 2) && !friendWord(n + 2)) ||
               (is(n + 3, "name") && (possessorRoles(n + 2) & Lexicon::Relation));
    }

    /** Who the person is, for a capitalised everyday word ("Iffy is my cousin", "Sky my
     *  cousin lives", "Favour and Gift are my foster sisters"): a relation right after it. */
    bool relationAfter(int i) const
    {
        const int n = i + 1;
        if (appositionAfter(i)) {
            return true;
        }
        if ((is(n, "is") || is(n, "was")) && (is(n + 1, "my") || is(n + 1, "our"))) {
            // "Music is my friend": an everyday word needs a relative, not a friend.
            return (relationAt(n + 2) && !(tier(i) == Tier::English && friendWord(n + 2))) ||
                   relativesRelationAt(n + 2);
        }
        // Both of a pair, before "are my sisters": the first here, the second found after it.
        auto pairRelation = [&](int k) {
            int r = k + 2;
            for (int skipped = 0; skipped < 2 && (roles(r) & Lexicon::Modifier); ++skipped) {
                ++r; // "my foster sisters"
            }
            const QStringView w = word(r);
            // "Coral and Jet are twins", "… are cousins": several relatives, without "my".
            const QStringView bare = word(k + 1);
            if ((is(k, "are") || is(k, "were")) && bare.size() > 3 && bare.endsWith(u's') &&
                !friendWord(k + 1) &&
                (Lexicon::instance().roles(bare.chopped(1)) & Lexicon::Relation)) {
                return true;
            }
            return (is(k, "are") || is(k, "were")) && (is(k + 1, "my") || is(k + 1, "our")) &&
                   (relationAt(r) ||
                    (w.size() > 3 && w.endsWith(u's') &&
                     (Lexicon::instance().roles(w.chopped(1)) & Lexicon::Relation)));
        };
        // In lower case both words must be ones no dictionary knows ("yafet and biniam are
        // my brothers"), so "bread and butter" is never a pair of people.
        const auto unknown = [&](int k) {
            const Tier t = tier(k);
            return t == Tier::Unknown || t == Tier::Wide;
        };
        const bool pairWord =
            cap(n + 1) ? tier(n + 1) != Tier::Never : (!cap(i) && unknown(i) && unknown(n + 1));
        if (is(n, "and") && pairWord && pairRelation(n + 2)) {
            return true;
        }
        return is(i - 1, "and") && claimedAs(i - 2, PiiKind::Name) && pairRelation(n);
    }

    /** "comes from X", "we went to X", "been to X", "camping in X", "ordered from X": where a
     *  family comes from, a trip or a shop, which a name no dictionary knows after these words
     *  is far more often than a person ("went to Amara's" keeps its possessive and stays a
     *  name). Kept, as places abroad and brands are (issue 17). */
    bool tripOrOriginBefore(int i, int depth = 0) const
    {
        if (m_t[i].has(Token::Apostrophe) || m_t.punct(i + 1, u'\'')) {
            return false;
        }
        // "i went to Will for help", "went to Ama about it": a person one turns to.
        if (is(i + 1, "about") || (is(i + 1, "for") && (is(i + 2, "help") || is(i + 2, "advice") ||
                                                        is(i + 2, "support")))) {
            return false;
        }
        if (cap(i) && cap(i - 1) && m_t.oneSpace(i) && isWord(i - 1) &&
            tier(i - 1) != Tier::Never && tier(i - 1) != Tier::English && !claimed(i - 1) &&
            i >= 3 && depth < kLongestName) {
            // "been to Hong Kong": the place's second word
            return tripOrOriginBefore(i - 1, depth + 1);
        }
        const int p = i - 1;
        const int q = p - 1;
        if (is(p, "from")) {
            return comeAt(q) || is(q, "originally") || is(q, "ordered") || is(q, "order") ||
                   is(q, "bought") || is(q, "takeaway") || is(q, "delivery") || is(q, "fled") ||
                   is(q, "escaped");
        }
        if (is(p, "to")) {
            return is(q, "been") || is(q, "went") || is(q, "flew") || is(q, "trip") ||
                   is(q, "holiday") || is(q, "back") || is(q, "pilgrimage");
        }
        if (is(p, "in")) {
            return is(q, "camping") || is(q, "holiday") || is(q, "holidays") || is(q, "abroad") ||
                   is(q, "war");
        }
        if (is(p, "at")) { // "we ate at X", "had lunch at X": a restaurant or a shop
            // "the beach at Dinas Dinlle", "the horse fair at Appleby", "the quarry at
            // Penrhyn": a place of a day out or of work, named by its town
            static const char* const kOuting[] = {"beach", "fair",  "show",    "quarry",  "races",
                                                  "mart",  "match", "beaches", "funfair", "zoo"};
            return is(q, "ate") || is(q, "eat") || is(q, "eating") || is(q, "lunch") ||
                   is(q, "dinner") || is(q, "breakfast") || is(q, "shopping") ||
                   (isAny(q, kOuting) && is(q - 1, "the"));
        }
        return false;
    }

    /** Welsh "the" before i: "y", "yr", or "'r" on the word before ("gyda'r", "i'r", "o'r"). */
    /** In a Welsh statement, a capitalised word after the article is a Welsh noun, not a
     *  name: "y Doctor", "mae'r Nyrs", "Sul y Mamau" (Welsh puts no article before a person's
     *  name; a town's article is the town's, found by the place list). */
    /** "bod yn Heddwas", "tyfu Cennin", "yr Ysgol Uwchradd": in a Welsh statement, a capital
     *  mid-sentence on a word of the Welsh dictionary that no name list holds is as often a
     *  noun a child capitalised as a name, so the word needs a person's context to be one.
     *  The Welsh given names that are also dictionary words ("Gwenith", "Einion") are in the
     *  name lists (`late-names.txt`), so they never reach this. */
    bool welshDictionaryWordInWelsh(int i) const
    {
        // A capitalised phrase is one proper name ("Cwm Gwaun", "Heol y Frenhines", "Hafan y
        // Môr"), whose words may all be in the dictionary.
        const int next = is(i + 1, "y") || is(i + 1, "yr") ? i + 2 : i + 1;
        return welshStatement() && !welshProperHead(i - 1) &&
               !(cap(next) && m_t.oneSpace(i + 1) && m_t.oneSpace(next) &&
                 (welshProperHead(i) || next > i + 1)) &&
               unknownwords::builtInModel().welsh.contains(stem(i)) && !mutatedName(i);
    }

    /** "gan Fethan", "efo Ddafydd": a name in a Welsh mutation, which no list holds as
     *  written. The word's first letters are put back to each radical they may come from
     *  (soft, nasal and aspirate mutations), and a name list is asked for that form. */
    bool mutatedName(int i) const
    {
        const QStringView w = stem(i);
        if (!m_f.m_gazetteer || w.size() < 3) {
            return false;
        }
        auto starts = [&](const char* prefix) {
            const qsizetype n = qsizetype(std::strlen(prefix));
            return w.size() > n && equalsAsciiEntry(w.first(n), prefix);
        };
        // mutated opening -> radical opening; the longest opening first ("Ngh" before "Ng").
        static const std::pair<const char*, const char*> kRadicals[] = {
            {"ngh", "c"}, {"mh", "p"}, {"nh", "t"}, {"ng", "g"}, {"ph", "p"}, {"th", "t"},
            {"ch", "c"},  {"dd", "d"}, {"f", "b"},  {"f", "m"},  {"b", "p"},  {"d", "t"},
            {"g", "c"},   {"m", "b"},  {"n", "d"},  {"l", "ll"}, {"r", "rh"}, {"", "g"}};
        constexpr std::uint32_t kNamed = Gazetteer::Name | Gazetteer::Curated;
        for (const auto& [mutated, radical] : kRadicals) {
            if (!starts(mutated)) {
                continue;
            }
            const QString form =
                QLatin1String(radical) + w.sliced(qsizetype(std::strlen(mutated))).toString();
            const std::uint32_t f = m_f.m_gazetteer->flags(form);
            if ((f & kNamed) && !(f & Gazetteer::NotName)) {
                return true;
            }
        }
        return false;
    }

    bool welshCapitalisedNoun(int i) const
    {
        // The article first: asking whether a statement is Welsh reads all of it.
        // Not by the Welsh dictionary: Welsh given names are words too ("Gwenith", wheat;
        // "Einion", anvil; "Gwennol", swallow).
        return (is(i - 1, "y") || welshArticleBefore(i)) && !initial(i) && !placeFlag(i) &&
               welshStatement() && !strongBefore(i, true);
    }

    /** "y Gweithiwr Cymdeithasol", "yr Eisteddfod Genedlaethol", "Mam Faeth": Welsh puts the
     *  adjective or the second noun after its noun, and a title capitalises both, so a
     *  capitalised Welsh word right after a capitalised Welsh noun belongs to the noun. Not
     *  after a name ("Hedd Wyn"), and after a family word only a word no name list holds
     *  ("Nain Haf" is a grandmother called Haf; "Tad Maeth" is a foster father). */
    bool welshNounPhrase(int i) const
    {
        const int p = i - 1;
        if (!isWord(p) || !cap(p) || !m_t.oneSpace(i) || initial(i)) {
            return false;
        }
        constexpr std::uint32_t kNamed =
            Gazetteer::Name | Gazetteer::Curated | Gazetteer::NameFirst | Gazetteer::Place;
        const std::uint32_t here = m_flags[i];
        const std::uint32_t before = m_flags[p];
        // The statement's language before the Welsh word filter, whose five reads of memory
        // a word cost more time than their instructions say.
        if ((here & kNamed) || !welshStatement()) {
            return false;
        }
        // "Mam", "Tad": family words are listed names too, marked never a name alone.
        const bool family =
            (roles(p) & Lexicon::Relation) || (before & (Gazetteer::Name | Gazetteer::NotName)) ==
                                                  (Gazetteer::Name | Gazetteer::NotName);
        if (family ? (here & Gazetteer::WideName) && !is(i, "faeth")
                   : (before & kNamed) != 0 || welshProperHead(p)) {
            return false;
        }
        // A word the wide name list holds ("Haf", "Teg") only after a noun the article marks:
        // "Gwenith Haf" is a girl, "y Tylwyth Teg" the fairies.
        if (!family && (here & Gazetteer::WideName) && !welshCapitalisedNoun(p)) {
            return false;
        }
        const unknownwords::WelshFilter& welsh = unknownwords::builtInModel().welsh;
        // A word after the article is a noun even where the dictionary lacks it ("y Nyrs").
        return welsh.contains(stem(i)) &&
               (family || welsh.contains(stem(p)) || welshCapitalisedNoun(p)) && welshStatement();
    }

    /** "Lwfans Cynhaliaeth Addysg": the head of such a phrase, which no name list holds. */
    bool welshNounPhraseHead(int i) const
    {
        constexpr std::uint32_t kListed = Gazetteer::Name | Gazetteer::Curated |
                                          Gazetteer::NameFirst | Gazetteer::Place |
                                          Gazetteer::WideName;
        return isWord(i + 1) && cap(i + 1) && !(m_flags[i] & kListed) && welshStatement() &&
               !welshProperHead(i) && unknownwords::builtInModel().welsh.contains(stem(i)) &&
               welshNounPhrase(i + 1);
    }

    /** Welsh words that open the proper name of a place or a college ("Cwm Gwaun", "Coleg
     *  Menai", "Canolfan Addysg y Bont"): what follows them is that name, not an adjective. */
    bool welshProperHead(int k) const
    {
        static const WordTable heads = wordSet(
            u"coleg goleg ngholeg choleg ysgol canolfan ganolfan nghanolfan chanolfan cwm gwm "
            u"nghwm chwm capel gapel chapel eglwys pont bont mhont phont bryn fryn mryn maes faes "
            u"parc barc mharc tref dref nhref coed goed nghoed plas blas mhlas ynys llys lys "
            u"afon mynydd fynydd ysbyty neuadd theatr clwb heol stryd ffordd lon llan tre cae "
            u"gae nghae pen ben mhen");
        return isWord(k) && heads.value(stem(k), m_stemHashes[k]) != 0;
    }

    bool welshArticleBefore(int i) const
    {
        if (is(i - 1, "yr")) {
            return true;
        }
        // The token flag first: this runs for every word in lower case.
        if (!m_t.valid(i - 1) || !m_t[i - 1].has(Token::Apostrophe)) {
            return false;
        }
        const QStringView w = m_t.str(i - 1);
        if (w.size() < 3 || (w.back() != u'r' && w.back() != u'R')) {
            return false;
        }
        const char16_t mark = w[w.size() - 2].unicode();
        return mark == u'\'' || mark == 0x2019;
    }

    /** "a takeaway from KFC": in lower case, a word after an article is a thing. */
    bool articleBefore(int i) const
    {
        return is(i - 1, "a") || is(i - 1, "an") || is(i - 1, "the") || is(i - 1, "some") ||
               is(i - 1, "this") || is(i - 1, "that");
    }

    /** "we watched Encanto last night", "i'm watching Wednesday": a title after a verb of
     *  watching, unless the word goes on as a person ("watched Tayo play", "Kai's match"). */
    bool watchedTitle(int i) const
    {
        const int p = i - 1;
        if (!(is(p, "watched") || is(p, "watching") || is(p, "watch") || is(p, "binged") ||
              is(p, "rewatched"))) {
            return false;
        }
        // "watching Xolani dance", "watched Amara sing": a person watched doing what people
        // perform, which a title does not.
        static const char* const kPerforms[] = {"dance",   "dancing", "sing", "singing", "play",
                                                "playing", "swim",    "box",  "boxing",  "perform",
                                                "race",    "skate",   "run",  "fight",   "ride"};
        return stem(i).size() == m_t[i].length && !verbAfter(i) && !isAny(i + 1, kPerforms) &&
               !(isWord(i + 1) && (roles(i + 1) & Lexicon::Pronoun));
    }

    /** "Nike trainers", "Samsung phone": a brand before the thing it makes. */
    bool productAfter(int i) const
    {
        static const char* const kProducts[] = {
            "trainers", "shoes",   "hoodie",     "hoody",     "jacket", "coat",   "tracksuit",
            "trackies", "boots",   "bag",        "phone",     "laptop", "tablet", "voucher",
            "vouchers", "console", "headphones", "earphones", "watch",  "meal",   "burger",
            "store",    "trainer", "sliders",    "cap",       "top",    "joggers"};
        if (!m_t.oneSpace(i + 1)) {
            return false;
        }
        return isAny(i + 1, kProducts);
    }

    /** A club after the words of a fan ("supports Everton", "a fan of Hearts", "supporter of
     *  Rovers"), unless a person's words follow ("I support Amir with his reading"). */
    bool clubBefore(int i) const
    {
        const bool supports = is(i - 1, "support") || is(i - 1, "supports") ||
                              is(i - 1, "supported") || is(i - 1, "supporting");
        const bool fanOf = is(i - 1, "of") && (is(i - 2, "fan") || is(i - 2, "fans") ||
                                               is(i - 2, "supporter") || is(i - 2, "supporters"));
        if (!(supports || fanOf) || !m_t.oneSpace(i)) {
            return false;
        }
        return !(is(i + 1, "with") || is(i + 1, "to") || is(i + 1, "in") || is(i + 1, "at") ||
                 is(i + 1, "when") || is(i + 1, "and") || m_t.punct(i + 1, u'\''));
    }

    /** "X the social worker", "X the teaching assistant": a role in apposition, after "the"
     *  and at most one word that describes it. */
    bool theRoleAfter(int i) const
    {
        const int n = i + 1;
        if (!is(n, "the") || !m_t.oneSpace(n)) {
            return false;
        }
        return relationAt(n + 1) ||
               (isWord(n + 1) && !(roles(n + 1) & Lexicon::Function) && relationAt(n + 2));
    }

    /** "X is the only one who listens", "X was the one that helped": a person singled out. */
    bool onlyOneAfter(int i) const
    {
        const int n = i + 1;
        if (!(is(n, "is") || is(n, "was") || is(n, "'s")) || !is(n + 1, "the")) {
            return false;
        }
        const int one = is(n + 2, "only") ? n + 3 : n + 2;
        if (!is(one, "one")) {
            return false;
        }
        // "who"/"that" may come after a place: "the only one at the home who plays".
        for (int k = one + 1; k <= one + 4 && m_t.valid(k); ++k) {
            if (is(k, "who")) {
                return true;
            }
        }
        return false;
    }

    /** "friend", "mate", "bestie", after at most two modifiers ("best mate"). */
    bool friendWord(int k) const
    {
        for (int skipped = 0; skipped < 2 && (roles(k) & Lexicon::Modifier); ++skipped) {
            ++k;
        }
        return is(k, "friend") || is(k, "mate") || is(k, "bestie") || is(k, "bff") ||
               is(k, "friends") || is(k, "mates");
    }

    /** A relation word at k, after at most two modifiers ("best", "foster", "key"). */
    /** "Summer's mum picks us up", "Hope's party", "Ebony's YOT officer": a capitalised word
     *  in the possessive before a relative, a home or a person's own thing owns them, so it
     *  is someone (asked of words that are names only with context). */
    bool ownerOfPersonsAfter(int i) const
    {
        // Not after an article: "the King's house", "the Lord's prayer".
        if (!cap(i) || stem(i).size() == m_t[i].length || !m_t[i].has(Token::Apostrophe) ||
            articleBefore(i)) {
            return false;
        }
        static const WordTable things = wordSet(
            u"house home flat room bedroom party birthday phone family mates friends friend "
            u"worker officer carer boyfriend girlfriend bestie address placement review carers");
        // "Amber's new address", "Hope's old room"
        const int n = is(i + 1, "new") || is(i + 1, "old") || is(i + 1, "own") ? i + 2 : i + 1;
        if (relationAt(n) || (isWord(n) && things.value(stem(n), m_stemHashes[n]))) {
            return true;
        }
        // "Ebony's YOT officer", "Jade's social worker": a service's word before the role.
        return isWord(n + 1) && (is(n + 1, "worker") || is(n + 1, "officer")) &&
               m_t.oneSpace(n + 1);
    }

    bool relationAt(int k) const
    {
        for (int skipped = 0;
             skipped < 2 && (roles(k) & Lexicon::Modifier) && !(roles(k) & Lexicon::Relation);
             ++skipped) {
            ++k;
        }
        return roles(k) & Lexicon::Relation;
    }

    /** "mam's sister", "dad's friend", "mums mate", "sisters boyfriend": a relative's
     *  relation, at k (after "my"). */
    bool relativesRelationAt(int k) const
    {
        // "my foster dad's mate": the relative may carry modifiers of its own.
        for (int skipped = 0;
             skipped < 2 && (roles(k) & Lexicon::Modifier) && !(roles(k) & Lexicon::Relation);
             ++skipped) {
            ++k;
        }
        if (!isWord(k) || !relationAt(k + 1)) {
            return false;
        }
        return possessorRoles(k) & Lexicon::Relation;
    }

    /** The Lexicon's roles of whoever owns something in the possessive at k: "mam's",
     *  "dad's", or "mums", "nans" as children write it without the apostrophe; 0 if none. */
    std::uint32_t possessorRoles(int k) const
    {
        if (!isWord(k)) {
            return 0;
        }
        const Lexicon& lex = Lexicon::instance();
        if (m_t[k].has(Token::Apostrophe)) {
            return lex.roles(stem(k));
        }
        const QStringView w = m_t.str(k);
        return w.endsWith(u's') ? lex.roles(w.chopped(1)) : 0;
    }

    /** "Tahmina my aunt lives with us", "Kez, my big sister,": who the person is, right after
     *  the name. Verbs that take "my" ("tell my mum", "love my sister") are never names. */
    bool appositionAfter(int i) const
    {
        int n = i + 1;
        const bool comma = m_t.punct(n, u',');
        if (comma) {
            ++n;
        }
        // "Mark, her brother, is 16": after a comma, whose relative is said too.
        if (!(is(n, "my") || is(n, "our") ||
              (comma && (is(n, "her") || is(n, "his") || is(n, "their")) &&
               m_t.punct(n + 2, u',') && !is(i, "today") && !is(i, "tomorrow") &&
               !is(i, "yesterday") && !is(i, "tonight")))) {
            return false;
        }
        // "Bridgie my mam's sister", "Florin my dad's friend": a relative's relative.
        if (!relativesRelationAt(n + 1) && !relationAt(n + 1)) {
            return false;
        }
        // "Hope my mum gets better", "Bet my brother...": verbs that take a clause; "Since my
        // partner went to prison", "Until my son was 5": the words that open one.
        static const char* const kClauseOpeners[] = {
            "hope",   "wish",  "pray",  "bet",    "guess",  "swear",    "bless", "promise",
            "reckon", "since", "until", "unless", "though", "although", "whilst"};
        if (!comma && isAny(i, kClauseOpeners)) {
            return false;
        }
        // "Lost my dad in 2020", "Told my worker", "Missed my mum's birthday": an English word
        // that no name list holds, a verb with its object.
        static const char* const kVerbs[] = {"lost", "told", "tell", "met",  "saw",  "took",
                                             "left", "miss", "love", "hate", "need", "want",
                                             "ask",  "help", "call", "ring", "rang", "text"};
        if (!comma && tier(i) == Tier::English &&
            (isAny(i, kVerbs) || (m_t[i].length >= 5 && word(i).endsWith(u"ed")))) {
            return false;
        }
        return true;
    }

    /** "Hunter in my class", "Ola in my form": a person in the child's group at school. */
    bool inMyGroup(int i) const
    {
        const int n = i + 1;
        return is(n, "in") && (is(n + 1, "my") || is(n + 1, "our")) &&
               (is(n + 2, "class") || is(n + 2, "form") || is(n + 2, "year") ||
                is(n + 2, "group") || is(n + 2, "set") || is(n + 2, "team") || is(n + 2, "house") ||
                is(n + 2, "unit"));
    }

    /** "Tom and X", "me and X", "X and Tom". */
    bool coordinated(int i) const
    {
        const int p = i - 1;
        if (is(p, "and") || m_t.punct(p, u'&') || m_t.punct(p, u',')) {
            if (claimedAs(p - 1, PiiKind::Name) || is(p - 1, "me")) {
                return true;
            }
        }
        const int n = i + 1;
        // Welsh "a" / "ac" (and) too: "Enfys a Cai", before a capitalised listed name.
        if ((is(n, "and") || m_t.punct(n, u'&') || is(n, "a") || is(n, "ac")) && cap(n + 1) &&
            !allUpper(m_t.str(n + 1))) {
            // "Tommo and Robbo are", "Gwern and Elgan": a listed name, or a capitalised word no
            // dictionary knows followed by the verb of both.
            const Tier t = tier(n + 1);
            return t == Tier::Plain || t == Tier::NameFirst ||
                   ((t == Tier::Unknown || t == Tier::Wide) &&
                    (is(n + 2, "are") || is(n + 2, "were") ||
                     (roles(n + 2) & Lexicon::SpeechVerb)));
        }
        return false;
    }

    /** "Paddy and Bridget McDonagh are my parents", "Grace and Joy from the residential team":
     *  an everyday word, capitalised, joined by "and" to a listed name, then what both are or
     *  where they are from. */
    bool pairOfPeopleAt(int i) const
    {
        const int n = i + 1;
        if (!is(n, "and") || !cap(n + 1) || !m_t.oneSpace(n + 1)) {
            return false;
        }
        const Tier t = tier(n + 1);
        if (t != Tier::Plain && t != Tier::NameFirst && t != Tier::WordName) {
            return false;
        }
        int j = n + 2;
        if (isWord(j) && cap(j) && m_t.oneSpace(j)) {
            ++j; // the surname
        }
        return is(j, "are") || is(j, "were") || is(j, "from") || (roles(j) & Lexicon::SpeechVerb);
    }

    /** "me and tinashe are", "me n deeqa went": a lower-case word in no dictionary beside "me",
     *  followed by a verb. */
    bool lowerCoordinated(int i) const
    {
        const bool and_ =
            is(i - 1, "and") || is(i - 1, "n") || is(i - 1, "nd") || m_t.punct(i - 1, u'&');
        if (!and_ || !(is(i - 2, "me") || claimedAs(i - 2, PiiKind::Name))) {
            // "kamsi n tochi r twins": two words no dictionary knows, joined, then what
            // two people are or did; the second is found by the rule above.
            const bool first = (is(i + 1, "and") || is(i + 1, "n") || is(i + 1, "nd")) &&
                               isWord(i + 2) && !cap(i + 2) && m_t[i + 2].length >= 3 &&
                               (tier(i + 2) == Tier::Unknown || tier(i + 2) == Tier::Wide);
            if (!first) {
                return false;
            }
            for (const char* w : {"are", "r", "were", "both"}) {
                if (matches(i + 3, w)) {
                    return true;
                }
            }
            return false;
        }
        if (!m_t.valid(i + 1) || m_t.punct(i + 1, u'.') || m_t.punct(i + 1, u'!')) {
            return true; // "with macsen and osian" closing the statement
        }
        static const char* const kAfter[] = {"are",  "r",      "were", "went", "go",
                                             "got",  "have",   "had",  "used", "both",
                                             "play", "played", "fell", "never"};
        for (const char* w : kAfter) {
            if (matches(i + 1, w)) {
                return true;
            }
        }
        return (roles(i + 1) & Lexicon::SpeechVerb) != 0;
    }

    /** A surname after a name ("Steven Marsh"), or a first name before one ("Grace Okafor"). */
    bool besideName(int i) const
    {
        if (claimedAs(i - 1, PiiKind::Name) && m_t.oneSpace(i)) {
            return true;
        }
        if (cap(i + 1) && m_t.oneSpace(i + 1) && isWord(i + 1)) {
            const Tier t = tier(i + 1);
            return t == Tier::Plain || t == Tier::NameFirst;
        }
        return false;
    }

    /** "I hope Summer can come", "I think Grace wants to": the subject of a clause, with a
     *  verb after it; "this Summer will be" has a determiner instead. */
    bool subjectOfClause(int i) const
    {
        static const char* const kOpeners[] = {
            "hope",    "think", "thought", "know",  "knew",  "if",    "when",
            "because", "cos",   "that",    "but",   "and",   "so",    "until",
            "unless",  "wish",  "before",  "after", "while", "maybe", "whether"};
        static const char* const kVerbs[] = {
            "can",   "could",    "will",     "would",  "should",  "might", "must",  "can't",
            "won't", "couldn't", "wouldn't", "didn't", "doesn't", "does",  "did",   "has",
            "had",   "isn't",    "wasn't",   "cant",   "wont",    "didnt", "doesnt"};
        bool opener = false;
        for (const char* w : kOpeners) {
            opener = opener || matches(i - 1, w);
        }
        if (!opener) {
            return false;
        }
        if (roles(i + 1) & Lexicon::SpeechVerb) {
            return true;
        }
        return isAny(i + 1, kVerbs);
    }

    /** "thank u X", "thanks X", "big thanks to X", "diolch i X": a verb of address. */
    bool thanksBefore(int i) const
    {
        if (!cap(i) && is(i - 1, "diolch") &&
            unknownwords::builtInModel().welsh.contains(m_t.str(i))) {
            return false; // "diolch byth" (thank goodness): a Welsh word; a name takes "diolch i"
        }
        int p = i - 1;
        // "diolch i Siân" (Welsh: thanks to); not the English "I" in "thanks I guess".
        const bool welshTo = is(p, "i") && is(p - 1, "diolch");
        if (is(p, "u") || is(p, "you") || is(p, "to") || welshTo || is(p, "ya") || is(p, "so") ||
            is(p, "much")) {
            --p;
            if (is(p, "so") || is(p, "you") || is(p, "u")) {
                --p;
            }
        }
        return roles(p) & Lexicon::Thanks;
    }

    /** What may follow a name written in lower case after "my worker" or "thanks": the end, a
     *  comma, or a word that continues a sentence about a person ("my worker hope is kind",
     *  "thank u faith for"), and not the verb after a modal ("my worker will be there"). */
    bool nameFollows(int i) const
    {
        const int n = i + 1;
        if (!m_t.valid(n) || m_t[n].type == Type::Punct) {
            return true;
        }
        static const char* const kAfterName[] = {
            "from",     "is",     "was",      "for",       "and",  "&",       "got",
            "gets",     "came",   "comes",    "takes",     "took", "helped",  "helps",
            "said",     "says",   "rang",     "sorted",    "made", "makes",   "listens",
            "listened", "always", "never",    "has",       "had",  "who",     "at",
            "in",       "x",      "xx",       "to",        "cos",  "because", "lol",
            "too",      "again",  "today",    "yesterday", "she",  "about",   "he",
            "they",     "still",  "actually", "really",    "as",   "bc",      "coz"};
        for (const char* w : kAfterName) {
            if (matches(n, w)) {
                return true;
            }
        }
        return (roles(n) & Lexicon::SpeechVerb) != 0;
    }

    /** A role word or a thank-you right before a lower-case name: "my worker hope", "thank u
     *  blessing", "miss grace". */
    bool roleBefore(int i) const
    {
        const std::uint32_t r = roles(i - 1);
        return (r & (Lexicon::Relation | Lexicon::Title)) || thanksBefore(i);
    }

    /** "i told will about it", "asked grace if": someone told or asked about something, in
     *  lower case (a word that speaks without being a name, "told staff about", is left). */
    bool toldAbout(int i) const
    {
        const int p = i - 1;
        if (!(is(p, "told") || is(p, "tell") || is(p, "asked") || is(p, "ask") || is(p, "texted") ||
              is(p, "messaged") || is(p, "warned") || is(p, "reminded"))) {
            return false;
        }
        const int n = i + 1;
        return (is(n, "about") || is(n, "if") || is(n, "whether") || is(n, "that")) &&
               !sayerWord(i);
    }

    /** A person's place in the sentence before a name in lower case that no dictionary holds
     *  (issue 17, round 10): "i was talking to bronwen", "i gave it to kiera" (after a verb
     *  of speaking or giving, "to" is to someone), "my best friend is linh" (a relation, then
     *  who it is, closing the clause), "i go round callum's" (someone's home). */
    bool personFrameBefore(int i) const
    {
        const int p = i - 1;
        // "i go round callum's", "sleeping at kiera's": a possessive after a word of going or
        // staying is someone's home.
        if (stem(i).size() != m_t[i].length &&
            (is(p, "round") || is(p, "to") || is(p, "at") || is(p, "over") || is(p, "from"))) {
            // Shops and restaurants named so: "over to mcdonald's", "at wendy's".
            static const char* const kShops[] = {"mcdonald", "macdonald", "sainsbury", "morrison",
                                                 "domino",   "wendy",     "frankie",   "nando"};
            const QStringView owner = stem(i);
            return std::none_of(std::begin(kShops), std::end(kShops),
                                [&](const char* shop) { return equalsAsciiEntry(owner, shop); });
        }
        if (is(p, "to")) {
            int q = p - 1;
            if (is(q, "it") || is(q, "them") || is(q, "this") || is(q, "that") || is(q, "sorry") ||
                is(q, "back")) {
                --q; // "gave it to", "said sorry to", "talked back to"
            }
            static const char* const kToSomeone[] = {
                "talk",       "talking",   "talked",   "speak",   "speaking",   "spoke",
                "spoken",     "chat",      "chatting", "chatted", "said",       "say",
                "says",       "saying",    "gave",     "give",    "giving",     "given",
                "sent",       "send",      "lent",     "lend",    "wrote",      "write",
                "writing",    "explained", "explain",  "lied",    "lie",        "lying",
                "apologised", "apologise", "moan",     "moaned",  "complained", "complain",
                "shouted",    "shout",     "waved",    "passed",  "showed",     "introduced",
                "married",    "engaged",   "close",    "closer",  "nice",       "mean",
                "rude",       "kind"};
            return isAny(q, kToSomeone) && !articleBefore(i);
        }
        if ((is(p, "is") || is(p, "was")) && (roles(p - 1) & Lexicon::Relation) &&
            clauseEndsAfter(i)) {
            int k = p - 2;
            for (int skipped = 0; skipped < 2 && (roles(k) & Lexicon::Modifier); ++skipped) {
                --k; // "my best friend", "my new social worker"
            }
            return is(k, "my") || is(k, "our"); // "my best friend is linh"
        }
        return false;
    }

    /** Token i closes its clause: the end, a mark or emoji, or "and", "but", "who", "she". */
    bool clauseEndsAfter(int i) const
    {
        const int n = i + 1;
        if (!m_t.valid(n) || m_t[n].type == Type::Punct) {
            return true;
        }
        static const char* const kClauseWords[] = {"and", "but", "who",     "she", "he", "so",
                                                   "coz", "cos", "because", "n",   "an", "from"};
        return isAny(n, kClauseWords); // a mark or an emoji is punctuation here
    }

    /** "sunny from the homework club", "hope from the leaving care team": a person from a
     *  team, club or service, at the start of a clause. */
    bool fromTeam(int i) const
    {
        if (!is(i + 1, "from")) {
            return false; // the test that fails for nearly every word, first
        }
        if (!(i == 0 || initial(i) || m_t[i - 1].type == Type::Punct || is(i - 1, "and") ||
              is(i - 1, "with") || (roles(i - 1) & Lexicon::Thanks))) {
            return false;
        }
        if (fromCommunityPlace(i)) {
            return true;
        }
        if (!(is(i + 2, "the") || is(i + 2, "my"))) {
            return false;
        }
        for (int k = i + 3; k <= i + 6 && isWord(k); ++k) {
            if (is(k, "team") || is(k, "club") || is(k, "service") || is(k, "centre") ||
                is(k, "project") || is(k, "group") || is(k, "office") || is(k, "unit") ||
                is(k, "school") || is(k, "home") || is(k, "council") || is(k, "class") ||
                is(k, "year") || is(k, "form") || is(k, "street") || is(k, "estate") ||
                is(k, "church") || is(k, "mosque") || is(k, "placement") || is(k, "hostel")) {
                return true;
            }
        }
        return false;
    }

    /** "Valour from mosque came round", "Tribute from cadets texted me": a place of worship
     *  or of a club without an article, then what a person does. Not a plural ("Letters
     *  from school said"), and only verbs that a thing seldom does ("Food from church helped
     *  us" is food). */
    bool fromCommunityPlace(int i) const
    {
        const QStringView w = word(i);
        if (w.size() < 3 || WordTable::fold(w.back().unicode()) == u's') {
            return false;
        }
        int k = i + 2;
        if (is(k, "youth") || is(k, "boxing") || is(k, "football") || is(k, "sunday")) {
            ++k; // "from youth club", "from sunday school"
        }
        if (!(is(k, "church") || is(k, "chapel") || is(k, "mosque") || is(k, "gurdwara") ||
              is(k, "temple") || is(k, "madrassa") || is(k, "madrasa") || is(k, "club") ||
              is(k, "cadets") || is(k, "scouts") || is(k, "school"))) {
            return false;
        }
        static const char* const kVerbs[] = {"said",    "told",   "came",     "comes",  "visited",
                                             "gave",    "rang",   "called",   "texted", "asked",
                                             "brought", "talked", "listened", "hugged", "invited",
                                             "lent",    "prayed"};
        for (const char* v : kVerbs) {
            if (matches(k + 1, v)) {
                return true;
            }
        }
        return false;
    }

    /** "Gruff said", "brogan told me", "summer asked": an everyday word opening a clause,
     *  then a verb of speaking. Words for those who speak without being a person's name
     *  ("Staff said", "School said", "Everyone said", "Teachers said") are left. */
    bool speakerAtStart(int i) const
    {
        const int n = i + 1;
        // The Lexicon's verbs of a person hold all of these but "reckons": one bit test first.
        if (!(roles(n) & Lexicon::SpeechVerb) && !is(n, "reckons")) {
            return false;
        }
        if (!(i == 0 || initial(i) || m_t[i - 1].type == Type::Punct || is(i - 1, "and") ||
              is(i - 1, "but") || is(i - 1, "cos") || is(i - 1, "because"))) {
            return false;
        }
        if (!(is(n, "said") || is(n, "says") || is(n, "told") || is(n, "asked") ||
              is(n, "reckons") || is(n, "promised") || is(n, "texted") || is(n, "messaged") ||
              is(n, "rang") || is(n, "shouted"))) {
            return false;
        }
        const QStringView w = stem(i);
        if (w.size() < 3 || w.endsWith(u's') || w.endsWith(u'S') || m_t[i].has(Token::AllUpper)) {
            return false; // "Teachers said", "CAMHS said"
        }
        if (is(i, "got") || is(i, "get") || is(i, "getting")) {
            return false; // "and got told": the passive, whoever did the telling
        }
        return !sayerWord(i);
    }

    /** Those who speak without being a person's name: "Staff said", "School said", "Well
     *  said". */
    bool sayerWord(int i) const
    {
        static const WordTable sayers = wordSet(
            u"staff school work college police court judge doctor nurse teacher social council "
            u"housing camhs everyone everybody nobody someone somebody anyone people management "
            u"home contact well enough nothing something manager boss coach ref referee head "
            u"office team unit uni gp dentist counsellor therapist psychologist mentor tutor "
            u"keyworker government news radio paper website app letter email text message sign law "
            u"hospital clinic surgery ward pharmacy nursery hostel centre service services agency "
            u"panel meeting report plan tribunal solicitor landlord "
            // someone unnamed: "bloke from the gym said", "some guy from school"
            u"bloke guy fella geezer man woman lady dude person lad lass girl boy");
        return isWord(i) && sayers.value(stem(i), m_stemHashes[i]) != 0;
    }

    /** Someone famous, by what is said of them (issue 17: public figures are kept): "my
     *  favourite singer is Olivia Rodrigo", "Olivia from Love Island", "Taylor Swift and
     *  Sabrina Carpenter", "i wanna be like Serena Williams". The last token of the name, or
     *  -1. */
    /** The kept public name at k is a service, not a show or a band: an acronym ("CAMHS",
     *  "NSPCC") or a name with an organisation's word ("Refugee Action", "Citizens Advice",
     *  "the Princes Trust"). */
    bool keptServiceAt(int k) const
    {
        if (m_t[k].has(Token::AllUpper) && m_t[k].length >= 3) {
            return true;
        }
        static const char* const kOrganisation[] = {
            "action",  "trust",   "council", "service", "services", "centre",  "center",
            "team",    "project", "society", "care",    "aid",      "support", "advice",
            "network", "charity", "union",   "office",  "police",   "nhs",     "foundation"};
        for (int j = k; m_t.valid(j) && j <= k + 5 && m_claims[j] == kKept; ++j) {
            if (isAny(j, kOrganisation)) {
                return true;
            }
        }
        return false;
    }

    int publicFigureEnd(int i) const
    {
        const bool fullName = isWord(i + 1) && cap(i + 1) && m_t.oneSpace(i + 1) &&
                              !claimed(i + 1) && tier(i + 1) != Tier::Never;
        const int last = fullName ? i + 1 : i;
        // "my favourite singer is", "fave rapper = ", "my favourite is"
        int p = i - 1;
        if (is(p, "is") || is(p, "was") || m_t.punct(p, u'=') || m_t.punct(p, u':')) {
            --p;
            // The kind of famous person; "my favourite worker is Nia" is a worker's name.
            static const char* const kFamous[] = {
                "singer",   "singers",    "band",     "rapper",    "player",  "footballer",
                "youtuber", "tiktoker",   "streamer", "actor",     "actress", "artist",
                "athlete",  "celebrity",  "celeb",    "character", "boxer",   "wrestler",
                "driver",   "influencer", "gamer",    "author",    "writer",  "popstar"};
            bool famous = false;
            for (const char* w : kFamous) {
                famous = famous || matches(p, w);
            }
            if (famous && (is(p - 1, "favourite") || is(p - 1, "fave") || is(p - 1, "favorite") ||
                           is(p - 1, "fav"))) {
                return last;
            }
        }
        // "Olivia from Love Island": from a show or a band that is kept. Not from a service
        // ("Faith from CAMHS", "my support worker Jolene from Refugee Action").
        if (is(last + 1, "from") && m_t.valid(last + 2) && m_claims[last + 2] == kKept &&
            !keptServiceAt(last + 2) && !roleBefore(i)) {
            return last;
        }
        // A full name after another kept one, or after "be like".
        if (fullName &&
            ((is(i - 1, "and") && m_t.valid(i - 2) && m_claims[i - 2] == kKept && cap(i - 2)) ||
             (is(i - 1, "like") && is(i - 2, "be")))) {
            return last;
        }
        return -1;
    }

    /** A pet's name, which is kept: "my dog Luna", "a cat called Biscuit". */
    /** A pet's name is kept earlier in word k's sentence. */
    bool petEarlier(int k) const
    {
        for (int j = k - 1; j >= 0 && j >= k - 12; --j) {
            if (m_claims[j] == kKeptPet) {
                return true;
            }
            if (m_t[j].has(Token::SentenceStart)) {
                return false;
            }
        }
        return false;
    }

    /** An animal or a toy a child names: the Lexicon's pets, and those it leaves out (Welsh
     *  ones too: "fochyn cwta", "ferlen", "ddafad"), in the singular or the plural. */
    bool petWord(int k) const
    {
        if (roles(k) & Lexicon::Pet) {
            return true;
        }
        // One lookup by the word's hash: asked of the word before every capitalised word.
        static const WordTable pets = wordSet(
            u"teddy goldfish fish tortoise budgie parrot snake lizard gecko pony horse ferret rat "
            u"mouse cwta ci gi nghi cath gath nghath cockapoo cavapoo cockerpoo labrador lab "
            u"spaniel poodle staffy staffie husky chihuahua pug terrier collie bulldog dachshund "
            u"greyhound whippet lurcher beagle alsatian gerbil hen chicken cow goat sheep lamb "
            u"duck donkey cockatiel axolotl tarantula bochdew fochdew cwningen gwningen ceffyl "
            u"geffyl buwch fuwch pysgodyn bysgodyn physgodyn merlen ferlen dafad ddafad anwes "
            u"piebald cob foal reindeer snowman pigs horses ponies rabbits hamsters goats cows "
            u"chickens hens ducks puppies kittens budgies gerbils rats mice snakes lizards "
            u"tortoises ferrets ceffylau "
            // farm animals a child names, a lizard's kind ("a bearded dragon called Spike"),
            // and Welsh "llo" (calf), "oen" (lamb)
            u"sheepdog sheepdogs calf calves lambs ewe ewes heifer dragon llo lloi oen "
            // Spanish, Portuguese, Polish, Romanian, German, French, Turkish, Urdu, Somali,
            // Scots: dog, cat (and "my cat", "my dog" in Turkish)
            u"perro perra perrito gato gata gatito cachorro cão cao pies piesek psa kot kota "
            u"kotek kotka câine caine cățel catel pisică pisica hund katze chien chat kedi kedim "
            u"köpek köpeğim kopek billi kutta bisad eey dug "
            u"\u0642\u0637\u0629 \u0642\u0637 \u0643\u0644\u0628 \u0642\u0637\u062A\u064A "
            u"\u0643\u0644\u0628\u064A");
        return isWord(k) && pets.value(stem(k), m_stemHashes[k]) != 0;
    }

    /** Word k may be "called", "named", "are" or "and", by its length and first letter:
     *  asked before every lower-case word isName reads. */
    bool mayCueLowerName(int k) const
    {
        const int n = m_t[k].length;
        if (n != 2 && n != 3 && n != 5 && n != 6) {
            return false;
        }
        const char16_t c = m_t.text()[m_t[k].start].unicode() | 0x20;
        return (n == 3 && c == u'a') || (n == 5 && c == u'n') || (n == 6 && c == u'c') ||
               (n == 2 && c == u'm');
    }
    /** isName's lower-case names after "called" or "are": personCalledBefore and
     *  namedPairAfterAre. */
    [[gnu::noinline]] bool lowerNamedAfterCue(int i, Tier t) const
    {
        if (!m_f.m_contextRules || t == Tier::Never) {
            return false;
        }
        constexpr std::uint32_t kListed =
            Gazetteer::Name | Gazetteer::WideName | Gazetteer::Curated | Gazetteer::NameFirst;
        return (personCalledBefore(i) && (m_flags[i] & kListed)) ||
               ((is(i - 1, "are") || is(i - 1, "and")) && namedPairAfterAre(i)) ||
               nicknameCalledAt(i, t);
    }

    /** "everyone calls me kk", "they call me gogo": the name a child goes by, a word no
     *  dictionary knows ("call me back", "they call me names" are words). */
    bool nicknameCalledAt(int i, Tier t) const
    {
        return is(i - 1, "me") &&
               (is(i - 2, "calls") || is(i - 2, "call") || is(i - 2, "called") ||
                is(i - 2, "calling")) &&
               t != Tier::English && !(roles(i) & kNotInPlaceName) &&
               !(m_flags[i] & Gazetteer::Word);
    }

    /** "a girl called poppy", "a new baby cousin called aria", "my cousin is called aria":
     *  what a person is called, in lower case too. A person's word before "called", after
     *  "a" or "an" (a few words between) or before "is called": "my mum called social
     *  services" is a phone call, "a dog called biscuit" a pet (petBefore's). isName asks
     *  it only of a word a name list holds ("a man called again" phoned). */
    bool personCalledBefore(int i) const
    {
        const int c = i - 1;
        if (!(is(c, "called") || is(c, "named"))) {
            return false;
        }
        // "a man called back", "a woman called again": who phoned, and when
        static const char* const kCallAdverbs[] = {
            "back", "again", "today", "tonight", "yesterday", "earlier", "later", "round",
            "over", "in",    "out",   "up",      "off",       "twice",   "once",  "police"};
        if (isAny(i, kCallAdverbs)) {
            return false;
        }
        static const char* const kPeople[] = {
            "girl",   "boy",    "lad",     "lass",   "man",     "woman",    "baby",
            "kid",    "guy",    "bloke",   "person", "someone", "somebody", "child",
            "twin",   "sister", "brother", "cousin", "friend",  "mate",     "teacher",
            "worker", "carer",  "niece",   "nephew", "toddler", "teenager", "student"};
        if (is(c - 1, "is") || is(c - 1, "was")) {
            // "my cousin is called aria", "her baby was called"
            return isAny(c - 2, kPeople) || ((roles(c - 2) & Lexicon::Relation) && !petWord(c - 2));
        }
        if (!isAny(c - 1, kPeople)) {
            return false;
        }
        for (int k = c - 2; k >= c - 4 && isWord(k); --k) {
            if (is(k, "a") || is(k, "an") || is(k, "another")) {
                return true;
            }
        }
        return false;
    }

    /** "my best friends are isla and poppy", "my cousins are jayden and kai": two names a
     *  list holds, joined by "and", right after people in the plural and "are" or "were"
     *  ("my friends are funny and kind": everyday words). */
    bool namedPairAfterAre(int i) const
    {
        const int first = is(i - 1, "and") ? i - 2 : i;
        const int second = first + 2;
        if (!is(first + 1, "and") || !(is(first - 1, "are") || is(first - 1, "were"))) {
            return false;
        }
        const int people = first - 2;
        if (!(is(people, "friends") || is(people, "mates") || pluralRelation(people))) {
            return false;
        }
        auto listedName = [this](int k) {
            if (!isWord(k) || cap(k)) {
                return false;
            }
            const Tier t = tier(k);
            return t != Tier::Never && t != Tier::English && t != Tier::Proper;
        };
        return listedName(first) && listedName(second);
    }

    /** A pet's name (kept: issue 17) by what is said before or after it. */
    [[gnu::always_inline]] bool petBefore(int i) const
    {
        // One role test for most words: this runs for every word of every statement.
        const std::uint32_t before = roles(i - 1);
        if (before & Lexicon::Pet) {
            return true;
        }
        if (cap(i) && !before && petWord(i - 1)) {
            return true; // "my guinea pigs Salt and Pepper", "our pony Star"
        }
        // "two sheepdogs, Mot and Fflei", Welsh "ci fi, Jac," (my dog): the pet, then its name
        if (cap(i) && m_t.punct(i - 1, u',') &&
            (petWord(i - 2) ||
             ((is(i - 2, "fi") || is(i - 2, "ni") || is(i - 2, "ni'n")) && petWord(i - 3)))) {
            return true;
        }
        if ((before & Lexicon::Title) && cap(i) && petWord(i - 2)) {
            return true; // "my cat Mr Biggles", "our dog Lady Pom"
        }
        // "a dog called Biscuit"; "a hamster called Mr Nibbles", "my teddy is called Sir
        // Fluff": a title in a pet's name; "a puppy and we called her Daisy", "a teddy and I
        // called him Doctor Ted": who was named, then who named it.
        // The role test first, as before it: this runs for every word.
        const bool namedAfter = (before & (Lexicon::Called | Lexicon::Title)) || is(i - 1, "him") ||
                                is(i - 1, "her") || is(i - 1, "it");
        int c = i - 1;
        if (before & Lexicon::Title) {
            --c;
        }
        const bool object = namedAfter && (is(c, "him") || is(c, "her") || is(c, "it")) &&
                            (roles(c - 1) & Lexicon::Called);
        if (object) {
            --c;
        }
        // "o'r enw" is Welsh "called"
        if (namedAfter && ((roles(c) & Lexicon::Called) || (is(c, "enw") && is(c - 1, "o'r")))) {
            int animal = is(c, "enw") ? c - 2 : c - 1;
            if (object && (is(animal, "i") || is(animal, "we") || is(animal, "they") ||
                           is(animal, "he") || is(animal, "she") || is(animal, "you"))) {
                animal -= is(animal - 1, "and") ? 2 : 1;
            }
            // "a fish called Nemo and one called Dory": another of the pets just named.
            const bool another = is(animal, "one") && petEarlier(animal);
            if (petWord(animal) || petWord(animal - 1) || another || petNamedFor(animal)) {
                return true;
            }
        }
        if ((is(i - 1, "and") || m_t.punct(i - 1, u'&')) && m_t.valid(i - 2) &&
            m_claims[i - 2] == kKeptPet) {
            return true; // "two dogs called Biscuit and Pepper"
        }
        if ((before & Lexicon::Title) && cap(i) && is(i - 2, "and") && m_t.valid(i - 3) &&
            m_claims[i - 3] == kKeptPet) {
            return true; // "Nugget, Popcorn and Mrs Cluck"
        }
        if ((is(i + 1, "the") || is(i + 1, "y")) &&
            (petWord(i + 2) || (!cap(i + 2) && petWord(i + 3))) && !is(i + 3, "walker")) {
            return true; // "Frank the cat sleeps on my bag", "Jack the dog", "Seren y gath"
        }
        if (cap(i) && welshPetAround(i)) {
            return true; // Welsh pets are named with a capital: one flag test for most words
        }
        if (!(is(i + 1, "is") || is(i + 1, "was"))) {
            return false;
        }
        // "my friend Bilbo is a dog", "Mr Whiskers is our cat", "Jack is the name of my
        // horse": said to be an animal, or an animal's name, after it.
        if (is(i + 2, "a") || is(i + 2, "my") || is(i + 2, "our")) {
            // "Frank is my carer's dog": whose, then the animal
            return petWord(i + 3) ||
                   (m_t[i + 3].has(Token::Apostrophe) && isWord(i + 3) && petWord(i + 4));
        }
        return is(i + 2, "the") && is(i + 3, "name") && is(i + 4, "of") &&
               (is(i + 5, "my") || is(i + 5, "our")) && (petWord(i + 6) || petWord(i + 7));
    }

    /** A character a child dresses up as: "gonna be Elsa for world book day", "dressed up as
     *  Wednesday", "going as Spider-Man to the party". */
    bool costumeAt(int i) const
    {
        if (is(i - 1, "as")) {
            return is(i - 2, "up") || is(i - 2, "dressed") || is(i - 2, "dress") ||
                   ((is(i - 2, "going") || is(i - 2, "went") || is(i - 2, "go")) &&
                    (is(i + 1, "for") || is(i + 1, "to")));
        }
        return is(i - 1, "be") && is(i + 1, "for") &&
               (is(i + 2, "world") || is(i + 2, "book") || is(i + 2, "halloween") ||
                is(i + 2, "fancy") || is(i + 2, "dress") || is(i + 2, "comic"));
    }

    /** Welsh ways of naming a pet: "Twm yw enw'r gath" (Twm is the cat's name), "Elsi yw'r
     *  ci", "ci ni Mot" (our dog Mot). */
    bool welshPetAround(int i) const
    {
        if (is(i - 1, "ni") && petWord(i - 2)) {
            return true;
        }
        // "Ci ni ydy Mot" (our dog is Mot)
        if ((is(i - 2, "ni") || is(i - 2, "fi")) &&
            (is(i - 1, "ydy") || is(i - 1, "yw") || is(i - 1, "ydi")) && petWord(i - 3)) {
            return true;
        }
        if (!(is(i + 1, "yw") || is(i + 1, "ydi") || is(i + 1, "ydy") || is(i + 1, "yw'r") ||
              is(i + 1, "ydi'r") || is(i + 1, "ydy'r"))) {
            return false;
        }
        const int k = m_t[i + 1].length > 3 ? i + 2 : i + 2 + int(is(i + 2, "enw'r"));
        return petWord(k);
    }

    /** "i got a horse for my birthday called Dusty", "a pony and she's called Grace": an
     *  animal a few words before "called" (the word before it is k), with no person between
     *  ("my dog bit a boy called Jake" names the boy). */
    bool petNamedFor(int k) const
    {
        // "the foster dog, he is called Burek": past a comma, to the animal before it.
        for (int j = k, seen = 0; seen < 6 && (isWord(j) || m_t.punct(j, u',')); --j, ++seen) {
            if (petWord(j)) {
                return true;
            }
            if ((roles(j) & (Lexicon::Relation | Lexicon::Title)) || is(j, "boy") ||
                is(j, "girl") || is(j, "man") || is(j, "woman") || is(j, "lady") || is(j, "kid") ||
                is(j, "baby") || is(j, "person") || is(j, "someone") || is(j, "they") ||
                is(j, "i") || is(j, "me") || is(j, "we")) {
                return false;
            }
        }
        return false;
    }

    bool anyContext(int i) const
    {
        return strongBefore(i, false) || thanksBefore(i) || verbAfter(i) || coordinated(i) ||
               besideName(i);
    }

    /** Part of a title-case phrase of ordinary words ("Young People's Council"). */
    bool titleCasePhrase(int i) const
    {
        for (int j : {i - 1, i + 1}) {
            if (!isWord(j) || !cap(j) || !m_t.oneSpace(j == i - 1 ? i : j)) {
                continue;
            }
            const Tier t = tier(j);
            if (t == Tier::English || t == Tier::Proper) {
                return true;
            }
        }
        return false;
    }

    /** An everyday word in lower case is a name only before "from" or a verb of speaking
     *  (Tier::English in nameByRules, speakerAtStart, fromTeam), or after a person's word and
     *  "called" ("a girl called poppy": lowerNamedAfterCue): most words of a statement,
     *  answered here, inline, the word before's length and first letter for most; the rules
     *  for the rest out of line. */
    [[gnu::always_inline]] bool isName(int i, Tier t) const
    {
        if (t == Tier::English && !cap(i) && !(roles(i + 1) & Lexicon::SpeechVerb) &&
            !is(i + 1, "from") && !is(i + 1, "reckons")) {
            return i > 0 && m_t[i - 1].length >= 5 && mayCueLowerName(i - 1) &&
                   lowerNamedAfterCue(i, t);
        }
        return nameByRules(i, t);
    }
    /** isName for every other word: the tiers' rules. */
    [[gnu::hot]] bool nameByRules(int i, Tier t) const
    {
        const bool upper = cap(i);
        if (!upper && i > 0 && mayCueLowerName(i - 1) && lowerNamedAfterCue(i, t)) {
            return true; // "my friends are isla and poppy"
        }
        const QStringView s = stem(i);
        const bool init = initial(i);
        // A shouted everyday word ("SOCIAL WORKER SAY ME MOVE") is no abbreviation.
        const bool acronym =
            allUpper(s) &&
            !(m_shouted && (t == Tier::English || t == Tier::ContextOnly || t == Tier::WordName));
        const bool ctx = m_f.m_contextRules;
        if (ctx && i > 0 && m_t[i - 1].length >= 4 && (is(i - 1, "river") || is(i - 1, "afon"))) {
            return false; // "the river taff", "afon Tawe": a river, which places a child nowhere
        }
        if (ctx && upper && clubBefore(i)) {
            return false; // "my carer supports Everton": a club, whichever list holds the word
        }
        if (ctx && !upper && welshArticleBefore(i)) {
            return false; // "gyda'r tim" (with the team): Welsh puts no article before a name
        }
        if (ctx && !upper && is(i - 1, "yn") && welshStatement()) {
            return false; // "mae Nain yn sal": after "yn" Welsh says what someone is or does
        }
        if (ctx && upper &&
            (welshCapitalisedNoun(i) || welshNounPhrase(i) || welshNounPhraseHead(i))) {
            return false; // "mae'r Meddyg yn", "Sul y Mamau", "y Gweithiwr Cymdeithasol"
        }
        if (ctx && (t == Tier::ContextOnly || t == Tier::WordName || t == Tier::English) &&
            (roles(i + 1) & Lexicon::SpeechVerb) && sayerWord(i)) {
            return false; // "Staff said no", "Well said"
        }
        if (acronym && s.size() <= 4 && t != Tier::Never) {
            // "NI", "CV", "PE": short capitals are abbreviations unless "Mr", "called", ... say.
            return ctx && strongBefore(i, false);
        }
        switch (t) {
        case Tier::Never:
            return false;
        case Tier::Plain:
            if (!upper && (m_flags[i] & Gazetteer::WelshWord)) {
                // A Welsh word in lower case, even one that is also a listed name ("seren" is
                // a star, "bryn" a hill): a name only with a person's context. After a Welsh
                // relation word it is an adjective, as Welsh puts them after the noun
                // ("ffrind gorau", "gweithiwr cymdeithasol").
                // In a statement with no Welsh in it, the Welsh word list says little: "me and
                // todd went", "melina said", "abid is my best mate", "played with mario" are
                // people.
                const bool english = !welshWord(i) || !welshStatement();
                return ctx &&
                       (strongBefore(i, false) || thanksBefore(i) || personFrameBefore(i) ||
                        ((m_flags[i] & Gazetteer::Curated) && welshSubjectAt(i)) ||
                        (english && (verbAfter(i) || lowerCoordinated(i) || relationAfter(i) ||
                                     ageSaidAfter(i) || selfIntroducedWithAge(i) ||
                                     (roles(i - 1) & Lexicon::PersonBefore)))) &&
                       !welshRelationBefore(i);
            }
            if (ctx && upper && tripOrOriginBefore(i) && !strongBefore(i, false) && !verbAfter(i)) {
                return false; // "we went to Medina for hajj": a listed name that is a place
            }
            if (ctx && upper && productAfter(i) && !strongBefore(i, false)) {
                return false; // "Jordan trainers": a brand named after a person, before its thing
            }
            // Two letters in lower case ("jo", "mo") only after a relative's or a worker's
            // word ("nanny jo", "my worker mo"): alone they are as often a word's letters, and
            // in Urdu after a relative a particle ("nani ke ghar", "dadi ka ghar").
            return upper || s.size() >= 3 ||
                   (ctx && strongBefore(i, false) && !homeLanguageStatement() &&
                    (is(i - 1, "nan") || is(i - 1, "nanny") || is(i - 1, "nana") ||
                     is(i - 1, "gran") || is(i - 1, "granny") || is(i - 1, "auntie") ||
                     is(i - 1, "aunty") || is(i - 1, "aunt") || is(i - 1, "uncle") ||
                     is(i - 1, "worker") || is(i - 1, "carer") || is(i - 1, "cousin")));
        case Tier::NameFirst:
            if (ctx && upper && init && nounAfter(i) && !anyContext(i)) {
                return false; // "Rose gold is my colour", "Holly and ivy were up"
            }
            // "jack is my brother": in lower case, who the word is, right after it.
            return (upper && !acronym) ||
                   (ctx && (strongBefore(i, false) || (!upper && lowerRelationSubject(i))));
        case Tier::WordName:
            if (!upper || acronym) {
                // "me and harmony went shopping": joined to "me" before what two people did.
                return ctx &&
                       (strongBefore(i, true) || (roleBefore(i) && nameFollows(i)) ||
                        (!acronym &&
                         (fromTeam(i) || speakerAtStart(i) || toldAbout(i) ||
                          lowerRelationSubject(i) || (is(i - 2, "me") && lowerCoordinated(i))))) &&
                       !adverbLike(i) && !lowerVerbForm(i);
            }
            if (ctx && tripOrOriginBefore(i) && !strongBefore(i, false) && !verbAfter(i)) {
                return false; // "we went to Mecca": a word and a name, after a trip's words
            }
            if (!init && !titleCasePhrase(i) && !welshWord(i)) {
                return true;
            }
            // At a statement's start, and a Welsh word anywhere, only with a person's context
            // ("ring Medi", "Enfys my sister").
            // "Grace is 5": an age the age rules took for the word's person.
            return ctx &&
                   (anyContext(i) || relationAfter(i) || referredToLater(i, false) || fromTeam(i) ||
                    ageSaidAfter(i) || personDescribedAfter(i) || ownerOfPersonsAfter(i) ||
                    (!init && (roles(i - 1) & Lexicon::PersonBefore)));
        case Tier::ContextOnly:
            if (!ctx) {
                return false;
            }
            if (!upper || acronym) {
                return (strongBefore(i, true) || (roleBefore(i) && nameFollows(i)) ||
                        (!acronym &&
                         (fromTeam(i) || speakerAtStart(i) || toldAbout(i) ||
                          lowerRelationSubject(i) || (is(i - 2, "me") && lowerCoordinated(i))))) &&
                       !adverbLike(i) && !lowerVerbForm(i);
            }
            if (init && adverbLike(i)) {
                return false; // "Just wanted to say thanks", "Still waiting"
            }
            return anyContext(i) || relationAfter(i) || ageSaidAfter(i) ||
                   selfIntroducedWithAge(i) || personDescribedAfter(i) || ownerOfPersonsAfter(i) ||
                   (!init && ((roles(i - 1) & Lexicon::PersonBefore) || subjectOfClause(i) ||
                              selfNamedAt(i)));
        case Tier::Unknown:
            if (!ctx) {
                return false;
            }
            if ((tripOrOriginBefore(i) || productAfter(i) || watchedTitle(i)) &&
                !strongBefore(i, false)) {
                return false;
            }
            if (!upper) {
                // "shaz from my estate", "kwame said": no dictionary knows the word, and a verb
                // of a person follows.
                // After a Welsh relation word it is an adjective ("ffrind gorau").
                return s.size() >= 3 && !articleBefore(i) &&
                       (strongBefore(i, false) || thanksBefore(i) || verbAfter(i) ||
                        personFrameBefore(i) || lowerCoordinated(i) || personStateAfter(i) ||
                        relationAfter(i) || ageSaidAfter(i) || selfIntroducedWithAge(i) ||
                        welshSubjectAt(i)) &&
                       !welshRelationBefore(i);
            }
            if (nation(i)) {
                return false; // "yng Nghymru": the mutated form is in no list
            }
            if (!init && !acronym && !innerCapital(s) && !titleCasePhrase(i) &&
                !welshDictionaryWordInWelsh(i)) {
                return true;
            }
            return !acronym && !thingPredicateAfter(i) &&
                   (anyContext(i) || personStateAfter(i) || referredToLater(i, true));
        case Tier::Wide:
            if (!ctx) {
                return upper && !init && !acronym && !innerCapital(s) && !titleCasePhrase(i);
            }
            if ((tripOrOriginBefore(i) || productAfter(i) || watchedTitle(i)) &&
                !strongBefore(i, false)) {
                return false;
            }
            if (!upper) {
                // Lower case, as children write: in the wide list and no dictionary, with a
                // person's context ("me and tinashe", "saqib said", "thanks kudzai").
                // After a Welsh relation word it is an adjective ("ffrind gorau").
                return s.size() >= 3 &&
                       (strongBefore(i, false) || thanksBefore(i) || verbAfter(i) ||
                        personFrameBefore(i) || lowerCoordinated(i) || personStateAfter(i) ||
                        relationAfter(i) || ageSaidAfter(i) || selfIntroducedWithAge(i)) &&
                       !welshRelationBefore(i);
            }
            if (acronym || innerCapital(s)) {
                return anyContext(i);
            }
            // Capitalised at the start of a statement and followed by a word ("Saqib was
            // shouting"): a name that no dictionary knows opens the sentence it is the subject
            // of; a title-case phrase of words ("Young People's Council") is no name.
            // "Shein is where she gets her clothes": what is said of a thing.
            if (init && thingPredicateAfter(i) && !strongBefore(i, false)) {
                return false;
            }
            return !titleCasePhrase(i) || anyContext(i);
        case Tier::English:
            // "Gruff said", "Heaven from the leaving care team": an everyday word in the
            // place and with the verb of a person (any case, as children write).
            if (ctx && !acronym && (speakerAtStart(i) || (fromTeam(i) && !sayerWord(i))) &&
                !adverbLike(i)) {
                return true;
            }
            return ctx && upper && !acronym &&
                   (strongBefore(i, false) || thanksBefore(i) ||
                    (claimedAs(i - 1, PiiKind::Name) && m_t.oneSpace(i)) || relationAfter(i) ||
                    pairOfPeopleAt(i) ||
                    // "me and Reign got the bus": a capital mid-sentence after "me and"
                    (!initial(i) && is(i - 1, "and") && (is(i - 2, "me") || is(i - 2, "i"))));
        case Tier::Proper:
            if (placeFlag(i)) {
                // "I miss Asmara", "from Dublin and i": a known place is a name only when
                // "called" or "named" says so, or a teacher's title ("Mrs Holloway").
                // "my friend Paris lives in": a relative's or friend's name, then what the
                // person does.
                return ctx &&
                       (strongBefore(i, true) ||
                        (cap(i - 1) && (is(i - 1, "mr") || is(i - 1, "mrs") || is(i - 1, "miss") ||
                                        is(i - 1, "ms") || is(i - 1, "dr"))) ||
                        ((roles(i - 1) & Lexicon::Relation) && !cap(i - 1) &&
                         (is(i - 2, "my") || is(i - 2, "our")) && m_t.oneSpace(i) &&
                         verbAfter(i)) ||
                        visitsAfter(i));
            }
            // Dictionary capitals are often places ("Halifax"): names only with context.
            return ctx && upper && anyContext(i);
        }
        return false;
    }

    /** An everyday word in lower case that cannot be the verb of a person before it: "Rose
     *  gold", "Frank talk", "Holly and ivy". Words ending in -s or -ed and the common verbs,
     *  modals and little words that follow a subject ("Jack took", "Ruby is", "Max cried") say
     *  the capitalised word is the person. */
    bool nounAfter(int i) const
    {
        int n = i + 1;
        if ((is(n, "and") || m_t.punct(n, u'&')) && isWord(n + 1) && !cap(n + 1)) {
            ++n; // "Holly and ivy": a pair of things, not "Holly and me"
            if (is(n, "me") || is(n, "i") || (roles(n) & Lexicon::Pronoun)) {
                return false;
            }
        }
        if (!isWord(n) || cap(n) || !m_t.oneSpace(n) || (roles(n) & Lexicon::SpeechVerb)) {
            return false;
        }
        const Tier t = tier(n);
        if (t != Tier::English && t != Tier::ContextOnly && t != Tier::WordName &&
            t != Tier::NameFirst) {
            return false; // in lower case a NameFirst word is the thing ("ivy", "holly")
        }
        const QStringView w = m_t.str(n);
        // "-ed" is a verb ("Max cried"); "-s" only if a person's ("Ruby keeps"): "Daisy
        // chains", "Rose petals" are things.
        if (w.endsWith(u"ed") || m_t[n].has(Token::Apostrophe) || personVerbInS(n) || is(n, "is") ||
            is(n, "was") || is(n, "has") || is(n, "does") || is(n, "says")) {
            return false;
        }
        static const char* const kVerbsAndLittleWords[] = {
            "is",      "was",    "has",   "had",     "can",    "could",   "will",   "would",
            "should",  "might",  "must",  "did",     "do",     "got",     "get",    "took",
            "take",    "came",   "come",  "went",    "go",     "made",    "make",   "told",
            "tell",    "saw",    "see",   "kept",    "keep",   "want",    "like",   "love",
            "hate",    "always", "never", "just",    "still",  "also",    "really", "my",
            "from",    "with",   "at",    "in",      "on",     "to",      "who",    "said",
            "isnt",    "wasnt",  "didnt", "doesnt",  "cant",   "wont",    "hasnt",  "ran",
            "sat",     "fell",   "felt",  "left",    "gave",   "won",     "lost",   "hit",
            "put",     "let",    "bit",   "broke",   "stole",  "threw",   "knew",   "thought",
            "brought", "bought", "sent",  "spent",   "met",    "found",   "heard",  "slept",
            "wore",    "drove",  "rode",  "ate",     "drank",  "sang",    "began",  "needs",
            "need",    "and",    "or",    "but",     "me",     "i",       "too",    "again",
            "here",    "there",  "now",   "x",       "xx",     "lol",     "be",     "been",
            "ring",    "rang",   "text",  "help",    "pushed", "shouted", "not",    "no",
            "please",  "when",   "if",    "because", "cos"};
        for (const char* v : kVerbsAndLittleWords) {
            if (matches(n, v)) {
                return false;
            }
        }
        return true;
    }

    /** "my nickname is Scrappy", "nickname at school was Tank", "nickname's": what a person
     *  is called, ending at p (the word before the name). */
    bool nicknameIsBefore(int p) const
    {
        if (is(p, "nickname's")) {
            return true;
        }
        if (!is(p, "is") && !is(p, "was")) {
            return false;
        }
        return is(p - 1, "nickname") ||
               (is(p - 3, "nickname") && is(p - 2, "at")); // "at home", "at school"
    }

    /** "called big mo", "we call him Gwil", "Big Yaw": a nickname, of any tier but Never. */
    bool nicknameAt(int i, Tier t) const
    {
        if (t == Tier::Never || m_t[i].length < 2) {
            return false;
        }
        if ((is(i - 1, "big") || is(i - 1, "lil")) && m_t.oneSpace(i)) {
            // "big mo looks after me": opening the statement, a name no dictionary calls a
            // word, then what a person does.
            const bool subject = initial(i - 1) && t != Tier::English && t != Tier::Proper &&
                                 roles(i) == 0 &&
                                 (verbAfter(i) || personVerbInS(i + 1) || is(i + 1, "looks"));
            return cap(i - 1) ? (cap(i) || t != Tier::English)
                              : (strongBefore(i - 1, true) || thanksBefore(i - 1) ||
                                 roleBefore(i - 1) || subject);
        }
        return false;
    }

    /** Token k is the apostrophe of "Girls'" or "Boys'" inside a school's name, a school's
     *  word after it ("Girls' School", "Boys' Grammar School"). */
    bool pluralApostropheAt(int k) const
    {
        return (m_t.punct(k, u'\'') || m_t.punct(k, u'\u2019')) && m_t.joined(k) && cap(k - 1) &&
               (is(k - 1, "girls") || is(k - 1, "boys")) && isWord(k + 1) && m_t.oneSpace(k + 1) &&
               !claimed(k + 1) && (roles(k + 1) & Lexicon::SchoolWord);
    }

    void claim(int first, int last, qsizetype end, PiiKind kind, FindingReason reason)
    {
        // "expelled from the Forge", "at the Kestrel Academy": the "the" is part of how the
        // school is named (most labelled sets' authors put it in the name), and "[school]"
        // reads as well as "the [school]".
        if (kind == PiiKind::School && first > 0 && is(first - 1, "the") && !claimed(first - 1) &&
            m_t.oneSpace(first)) {
            --first;
        }
        // "at Cotham Boys' School", "Marsden Girls' Grammar School": a pass that took the name
        // up to the plural's apostrophe takes the school's words after it too.
        if (kind == PiiKind::School && pluralApostropheAt(last + 1)) {
            last += 1;
            while (isWord(last + 1) && m_t.oneSpace(last + 1) && !claimed(last + 1) &&
                   (roles(last + 1) & Lexicon::SchoolWord)) {
                ++last;
            }
            end = m_t[last].end();
        }
        // "on Witton Lodge Road", "Moss Side Road": a district's name before a street's word
        // is the street's, all of it the place.
        if (kind == PiiKind::Place && isWord(last + 1) && cap(last + 1) && !claimed(last + 1) &&
            m_t.oneSpace(last + 1) && streetWord(last + 1)) {
            ++last;
            end = m_t[last].end();
        }
        // "Springwell Lodge School": a home's name before a school word is the school's.
        if (kind == PiiKind::Place && isWord(last + 1) && cap(last + 1) && !claimed(last + 1) &&
            m_t.oneSpace(last + 1) &&
            (is(last + 1, "school") || is(last + 1, "academy") || is(last + 1, "college"))) {
            ++last;
            end = m_t[last].end();
            kind = PiiKind::School;
        }
        if (kind == PiiKind::Place) {
            first = flatNumberBefore(first);
            if (const int tail = townTailEnd(last); tail > last) {
                last = tail;
                end = m_t[last].end();
            }
        }
        for (int k = first; k <= last; ++k) {
            m_claims[k] = std::int8_t(kind);
        }
        Finding f;
        f.kind = kind;
        f.reason = reason;
        f.start = m_t[first].start;
        f.length = end - f.start;
        m_out.push_back(f);
    }

    /** The last token of a town's name of several words whose first word ends at last:
     *  "weston super mare", "Newcastle upon Tyne", "southend on sea", "Barrow in Furness",
     *  "ashton under lyne", "stoke on trent". One of the tails these towns share; or last. */
    int townTailEnd(int last) const
    {
        const int a = last + 1;
        const int b = last + 2;
        if (!isWord(b) || !m_t.oneSpace(a) || !m_t.oneSpace(b) || claimed(a) || claimed(b) ||
            !(is(a, "super") || is(a, "upon") || is(a, "on") || is(a, "under") || is(a, "in") ||
              is(a, "le"))) {
            return last;
        }
        static const WordTable kTails =
            wordSet(u"mare tyne thames trent avon hull sea lyne lyme furness ashfield makerfield "
                    u"street willows fylde wear tees severn wye");
        const bool tail = kTails.value(stem(b), m_stemHashes[b]) != 0;
        // "in": only the Furness, Ashfield and Makerfield towns ("lives in Leeds in May")
        const bool in =
            is(a, "in") && (is(b, "furness") || is(b, "ashfield") || is(b, "makerfield"));
        return tail && (!is(a, "in") || in) && (!is(a, "on") || !is(b, "street")) ? b : last;
    }

    /** Where an address found at token first starts once a flat's number written before it
     *  with a comma is counted in: "Flat 2, 17 Albion Road", "flat 4, Caradoc House" (most
     *  labelled sets' authors put it in the address; "Flat 12 Mercer House", without the
     *  comma, keywordPass takes whole). Not after "no" or "number" with a comma: "number 2,
     *  Leeds" is a list. */
    int flatNumberBefore(int first) const
    {
        const int number = first - 2;
        if (number < 1 || !m_t.punct(first - 1, u',') || claimed(number) || claimed(number - 1) ||
            !(m_t[number].type == Type::Number ||
              (m_t[number].type == Type::Alnum && m_t[number].length <= 4)) ||
            !m_t.oneSpace(number) || !(roles(number - 1) & Lexicon::FlatWord) ||
            is(number - 1, "no") || is(number - 1, "number")) {
            return first;
        }
        return number - 1;
    }

    // -- passes --
    /** The session's list and public phrases (late false), or the listed schools (true),
     *  which are tried only where the first pass saw one's first word. */
    [[gnu::hot]] void sessionPass(bool late)
    {
        if (m_f.m_entries.empty()) {
            return;
        }
        if (late) {
            for (const auto& [i, bucket] : m_lateStarts) {
                if (!claimed(i)) {
                    matchAt(i, bucket, true);
                }
            }
            return;
        }
        for (int i = 0; i < m_t.size(); ++i) {
            if (claimed(i) || m_t[i].type == Type::Punct) {
                continue;
            }
            auto lookUp = [&](QStringView w, std::uint32_t hash) {
                return m_f.mayStartEntry(hash) ? int(m_f.m_firstWords.value(w, hash)) : 0;
            };
            auto tryBucket = [&](int bucket) {
                const std::size_t b = std::size_t(bucket - 1);
                if (m_f.m_lateBuckets[b]) {
                    m_lateStarts.emplace_back(i, bucket);
                }
                // Most words that start an entry start none here: "a" starts only "A&E",
                // "made" only "Made in Chelsea". The bucket's second initials say so without
                // a walk of its entries (about five such words a statement, anonymiser_bench).
                const std::uint32_t wanted = kAnySecond | secondInitialBit(nextInitial(i));
                return (m_f.m_secondInitials[b] & wanted) ? matchAt(i, bucket, false) : i;
            };
            const bool possessive = isWord(i) && stem(i).size() != m_t[i].length;
            const int bucket = isWord(i) ? lookUp(stem(i), m_stemHashes[i])
                                         : lookUp(m_t.str(i), WordTable::hashOf(m_t.str(i)));
            if (bucket != 0) {
                const int last = tryBucket(bucket);
                if (last != i || !possessive) {
                    i = last;
                    continue;
                }
            }
            // "Arthur's Seat": the word with its "'s" starts an entry of its own, also where
            // the word without it starts others ("Arthur Shelby").
            if (possessive) {
                if (const int whole = lookUp(m_t.str(i), WordTable::hashOf(m_t.str(i)));
                    whole != 0) {
                    i = tryBucket(whole);
                }
            }
        }
    }

    /** Saints' days and feasts, which are kept: "St Patrick's Day", "Dydd Santes Dwynwen",
     *  "Dydd Gŵyl Dewi", "Gŵyl Ddewi", "cards for Santes Dwynwen". A saint's name is a
     *  school's in "St Cyres" or "Ysgol Sant Ffraid", so only the day's own words decide. */
    void feastDayPass()
    {
        auto keep = [&](int first, int last) {
            for (int k = first; k <= last; ++k) {
                if (!claimed(k)) {
                    m_claims[k] = kKept;
                }
            }
        };
        auto gwyl = [&](int k) { return is(k, "gwyl") || WordTable::sameFolded(word(k), kGwyl); };
        for (int i = 0; i < m_t.size(); ++i) {
            if (!(roles(i) & Lexicon::SchoolHomeCue) || claimed(i) || !isWord(i)) {
                continue; // one bit test for most words: st, saint, sant, santes, gŵyl
            }
            // "St David's Day", "Saint Patrick's day", and as children write it without the
            // apostrophe: "Saint Andrews day", "st georges day".
            if ((is(i, "st") || is(i, "saint")) && isWord(i + 1) &&
                (m_t[i + 1].has(Token::Apostrophe) || possessiveWithoutApostrophe(i + 1)) &&
                is(i + 2, "day")) {
                keep(i, i + 2);
                i += 2;
                continue;
            }
            const bool saint = is(i, "sant") || is(i, "santes");
            const bool ysgol = is(i - 1, "ysgol") || is(i - 1, "school") || is(i - 1, "eglwys") ||
                               is(i - 1, "church") || is(i - 1, "coleg");
            // "Dydd Sant Ffraid", "Gŵyl Santes Dwynwen", and "Santes Dwynwen" alone (a
            // female saint: no school but "Ysgol Santes …" bears the title).
            if (saint && isWord(i + 1) && !ysgol &&
                (is(i, "santes") || is(i - 1, "dydd") || gwyl(i - 1) || is(i - 1, "diwrnod"))) {
                keep(i, i + 1);
                ++i;
                continue;
            }
            // "Gŵyl Ddewi", "Dydd Gŵyl Dewi"
            if (gwyl(i) && isWord(i + 1) && cap(i + 1)) {
                keep(i, i + 1);
                ++i;
            }
        }
    }
    static inline const QString kGwyl = QStringLiteral("g\u0175yl");
    /** "Davids", "Patricks": a word of four letters or more ending in s. */
    bool possessiveWithoutApostrophe(int i) const
    {
        const QStringView w = word(i);
        return w.size() >= 4 && WordTable::fold(w.back().unicode()) == u's';
    }

    /** The folded first letter of the word after token i, as matchEntry reads it (past the
     *  dot of "St. Anne's"), or 0: what Entry::secondInitial is compared with. */
    char16_t nextInitial(int i) const
    {
        int n = i + 1;
        while (m_t.punct(n, u'.') && m_t.joined(n)) {
            ++n;
        }
        return m_t.valid(n) && m_t[n].length > 0
                   ? WordTable::fold(m_t.text()[m_t[n].start].unicode())
                   : 0;
    }

    /** Claims the longest entry of the bucket (late or not) that starts at token i; returns
     *  the last token it took, or i. */
    [[gnu::hot]] int matchAt(int i, int bucket, bool late)
    {
        int bestLast = -1;
        const Entry* best = nullptr;
        const char16_t next = nextInitial(i);
        for (int e : m_f.m_buckets[std::size_t(bucket - 1)]) {
            const Entry& entry = m_f.m_entries[std::size_t(e)];
            if (entry.late != late || (entry.secondInitial != 0 && entry.secondInitial != next)) {
                continue;
            }
            const int last = matchEntry(i, entry);
            if (last > bestLast) {
                bestLast = last;
                best = &entry;
            }
        }
        if (!best) {
            return i;
        }
        if (best->commonWord && best->words.size() == 1) {
            // A listed "Will" is still the verb in "I will": case and context decide.
            const bool ok = cap(i) ? (!initial(i) || anyContext(i)) : strongBefore(i, true);
            if (!ok) {
                return i;
            }
        }
        if (best->district && !listedDistrictAt(i, bestLast, best->everydayWords)) {
            return i;
        }
        // "41 stockwell park road": a listed school's name before a street's word is the
        // street's ("Stockwell Park Road"), with its house number.
        if (best->late && best->kind == PiiKind::School && m_t.oneSpace(bestLast + 1) &&
            !claimed(bestLast + 1) && streetWord(bestLast + 1) && !is(bestLast + 1, "way")) {
            const int first = m_t.isType(i - 1, Type::Number) && !claimed(i - 1) ? i - 1 : i;
            claim(first, bestLast + 1, m_t[bestLast + 1].end(), PiiKind::Place,
                  FindingReason::Context);
            return bestLast + 1;
        }
        if (best->keep && roleBefore(i) && cap(i) &&
            (m_flags[i] & (Gazetteer::Name | Gazetteer::Curated))) {
            // "my social worker Tom Jones", "thanks Alun Wyn Jones": a person the child knows
            // may share a public name; the rules judge it as any name.
            return i;
        }
        if (best->keep && (schoolHead(i - 1) || (schoolHead(i - 2) && cap(i - 1)))) {
            // "Ysgol Dewi Sant", "Ysgol Gymraeg Owain Glyndŵr": a school named after a public
            // name is a school, which the school passes find after this one.
            return i;
        }
        if (best->keep) {
            // A public name: its words are claimed by nothing, so no rule hides them.
            for (int k = i; k <= bestLast; ++k) {
                m_claims[k] = kKept;
            }
            return bestLast;
        }
        // "Abi's" hides "Abi"; "St Ann's" is the place's own "'s".
        const bool ownApostrophe = best->words.back().contains(u'\'');
        const qsizetype end =
            m_t[bestLast].start +
            (isWord(bestLast) && !ownApostrophe ? stem(bestLast).size() : m_t[bestLast].length);
        claim(i, bestLast, end, best->kind, FindingReason::SessionList);
        return bestLast;
    }

    /** "the magistrates in Newton Aycliffe", "soft play in Colwyn Bay": the place of token i
     *  is where a service is, not a home; "a lad from Erith", "a team from X": someone else's. */
    bool serviceOrStrangerBefore(int i) const
    {
        const int p = i - 1;
        const int q = p - 1;
        return ((is(p, "in") || is(p, "at")) &&
                (is(q, "prison") || is(q, "jail") || is(q, "court") || is(q, "magistrates") ||
                 is(q, "dentist") || is(q, "dentists") || is(q, "doctors") || is(q, "hospital") ||
                 is(q, "play") || is(q, "mcdonalds") || is(q, "station") || is(q, "services"))) ||
               (is(p, "from") && (is(q, "lad") || is(q, "girl") || is(q, "boy") || is(q, "team") ||
                                  is(q, "guy") || is(q, "someone") || is(q, "people")));
    }

    /** Tokens first..last, a listed district (data/districts.txt), are a home's place here.
     *  Not where the words before say a trip or a visit ("went to Glastonbury", "going to
     *  Bedwas to see my nan"), nor where it is the first part of something's longer name
     *  ("Haydock Park", "Belle Vue Girls", "Tebay services", "flamborough head"). A district
     *  of everyday words only ("Tile Hill", "Moss Side", "West End") also needs a capital
     *  past its first word or a preposition of place before it ("been in moss side"): "the
     *  cherry tree", "a west end show". */
    bool listedDistrictAt(int first, int last, bool everydayWords) const
    {
        const int p = first - 1;
        // "a new school called Brookvale": what "called" names is decided by its noun.
        if ((roles(p) & Lexicon::Called) || tripOrOriginBefore(first) ||
            (cap(first) && teamAfter(last)) ||
            (is(p, "to") && (is(p - 1, "go") || is(p - 1, "goes") || is(p - 1, "going") ||
                             is(p - 1, "visit") || is(p - 1, "trip")))) {
            return false;
        }
        if (serviceOrStrangerBefore(first)) {
            return false;
        }
        const int n = last + 1;
        // "on barton hill estate", "the penywaun estate": the district's own estate.
        if (isWord(n) && m_t.oneSpace(n) && !is(n, "estate") &&
            ((cap(n) && !initial(n)) || (roles(n) & (Lexicon::SchoolWord | Lexicon::PlaceWord)) ||
             is(n, "services") || is(n, "head") || is(n, "front") || is(n, "beach") ||
             is(n, "pier") || is(n, "forest") || is(n, "races") || is(n, "festival") ||
             // "Belle Vue girls school": a school's name in lower case after the district's
             ((is(n, "girls") || is(n, "boys")) && (roles(n + 1) & Lexicon::SchoolWord)))) {
            return false;
        }
        if (!everydayWords) {
            return true;
        }
        for (int k = first + 1; k <= last; ++k) {
            if (cap(k)) {
                return true;
            }
        }
        return (roles(p) & Lexicon::PlacePrep) != 0;
    }

    /** A word that opens a school's or college's name: "Ysgol", "Coleg", "St". */
    bool schoolHead(int k) const
    {
        return isWord(k) && (roles(k) & Lexicon::SchoolHomeCue) &&
               (is(k, "ysgol") || is(k, "coleg") || is(k, "goleg") || is(k, "ngholeg") ||
                is(k, "st") || is(k, "saint") || is(k, "sant") || is(k, "santes"));
    }

    /** The last token of entry when it starts at token i, or -1. */
    int matchEntry(int i, const Entry& entry) const
    {
        int j = i;
        for (std::size_t k = 0; k < entry.words.size(); ++k) {
            if (k > 0) {
                ++j;
                while (m_t.punct(j, u'.') && m_t.joined(j)) { // "St. Anne's"
                    ++j;
                }
                if (!m_t.valid(j) || m_t.gapBefore(j) == 0 || m_t[j].has(Token::NewlineBefore)) {
                    return -1;
                }
            }
            if (!m_t.valid(j) || m_t[j].type == Type::Punct || claimed(j)) {
                return -1;
            }
            const bool lastWord = k + 1 == entry.words.size();
            if (!WordTable::sameFolded(m_t.str(j), entry.words[k]) &&
                !(lastWord && isWord(j) && WordTable::sameFolded(stem(j), entry.words[k]))) {
                return -1;
            }
        }
        return j;
    }

    /** Words that name care homes and schools after trees and country things ("Maple House",
     *  "the willows", "brook lodge"). */
    bool homeNameWord(QStringView w) const
    {
        static const WordTable words = wordSet(
            u"maple ash oak cedar rowan willow beech birch elm hazel holly ivy fern brook meadow "
            u"orchard laurel pine cherry chestnut heather briar bramble cliff river lake park rose "
            u"sycamore yew larch alder hawthorn poplar lime linden acorn bay field forest glen "
            u"heath hill moor vale wood grange manor cedars willows beeches pines laurels limes "
            u"oaks elms firs hollies poplars maples larches birches rowans chestnuts sycamores "
            u"hawthorns briars brambles meadows orchards gables lindens acorns elms cherries "
            u"hazels junipers spinney");
        return words.contains(w);
    }

    /** A word that may stand in a school's or home's name in lower case: no dictionary word,
     *  a listed name or a known place ("oakfield", "treorchy", "newman"). */
    bool nameLikeLower(int i) const
    {
        if (!isWord(i) || (roles(i) & (kNotInPlaceName | Lexicon::Modifier))) {
            return false;
        }
        const Tier t = tier(i);
        return t == Tier::Unknown || t == Tier::Wide || t == Tier::Plain || t == Tier::NameFirst ||
               t == Tier::Proper || placeFlag(i);
    }

    /** Schools as young people write them and care homes (issue 17): "ysgol glan taf",
     *  "Coleg Gwent", "hollyfield sixth form", "st josephs", "cardinal newman", "The Willows",
     *  "brook lodge", "Maple House". */
    void schoolAndHomePass()
    {
        for (int i = 0; i < m_t.size(); ++i) {
            if (!(roles(i) & Lexicon::SchoolHomeCue) || claimed(i) || !isWord(i)) {
                continue; // one bit test for most words
            }
            int last = -1;
            int first = i;
            PiiKind kind = PiiKind::School;
            // Most cues are "the": only "the <plural>" can be a home's name.
            if (m_t[i].length == 3 && is(i, "the") &&
                !(isWord(i + 1) && m_t.str(i + 1).endsWith(u's'))) {
                continue;
            }
            if (is(i, "ysgol") || is(i, "coleg") ||
                // "i Goleg Menai", "yng Ngholeg Cambria": the college's word mutated
                is(i, "goleg") || is(i, "ngholeg") || is(i, "choleg") ||
                // "YGG Treganna", "YG Gwynllyw": Ysgol Gynradd Gymraeg, Ysgol Gymraeg.
                ((is(i, "ygg") || is(i, "yg")) && allUpper(m_t.str(i)))) {
                last = welshSchoolEnd(i);
            } else if (is(i, "sir") && cap(i) && (roles(i - 1) & Lexicon::PlacePrep) &&
                       m_t.oneSpace(i + 1) && m_t.oneSpace(i + 2) && cap(i + 1) && cap(i + 2) &&
                       isWord(i + 2) && !claimed(i + 1) && !claimed(i + 2) &&
                       !(roles(i + 2) & kNotInPlaceName)) {
                // "at Sir Thomas Picton", "to Sir John Leman": a school named after a knight,
                // where a child is or goes (a teacher is "sir" in lower case).
                last = i + 2;
                last = schoolTail(last);
            } else if (is(i, "our") && isWord(i + 1) && m_t.oneSpace(i + 1) && !claimed(i + 1) &&
                       (WordTable::sameFolded(stem(i + 1), QStringLiteral("lady")) ||
                        is(i + 1, "ladys")) &&
                       (m_t[i + 1].has(Token::Apostrophe) || is(i + 1, "ladys") ||
                        (roles(i + 2) & Lexicon::SchoolWord) ||
                        ((is(i - 1, "to") || is(i - 1, "at") || is(i - 1, "from")) &&
                         schoolTopic()))) {
                // "Our Lady's", "our ladys", "Our Lady of Lourdes Primary": a Catholic
                // school (a prayer to Our Lady is no school: it needs the possessive, a
                // school word, or school talk).
                last = i + 1;
                if (is(last + 1, "of") && m_t.oneSpace(last + 1) && isWord(last + 2) &&
                    cap(last + 2) && m_t.oneSpace(last + 2)) {
                    last += 2;
                }
                while (isWord(last + 1) && m_t.oneSpace(last + 1) && !claimed(last + 1) &&
                       (is(last + 1, "rc") || (roles(last + 1) & Lexicon::SchoolWord) ||
                        is(last + 1, "catholic"))) {
                    ++last;
                }
                last = schoolTail(last);
            } else if (const int street = saintStreetEnd(i); street > i) {
                // "we live on St Margarets Road", "st. johns rd": a street named after a saint
                kind = PiiKind::Place;
                last = street;
            } else if (is(i, "st") && m_t.punct(i + 1, u'.') && m_t.joined(i + 1) &&
                       isWord(i + 2) && m_t.oneSpace(i + 2) && cap(i + 2) && !claimed(i + 2) &&
                       !(roles(i + 2) & kBlocking) &&
                       (m_t[i + 2].has(Token::Apostrophe) || (roles(i + 3) & Lexicon::SchoolWord) ||
                        is(i + 3, "catholic") || is(i + 3, "rc"))) {
                // "St. Brendan's", "St. Cuthbert's High": the abbreviation with its stop.
                last = i + 2;
                while (isWord(last + 1) && m_t.oneSpace(last + 1) && !claimed(last + 1) &&
                       (is(last + 1, "rc") || (roles(last + 1) & Lexicon::SchoolWord) ||
                        is(last + 1, "catholic"))) {
                    ++last;
                }
            } else if ((is(i, "st") || is(i, "saint") || is(i, "cardinal") || is(i, "bishop") ||
                        is(i, "archbishop") || is(i, "sant") || is(i, "blessed")) &&
                       !(isWord(i - 1) && cap(i - 1) && !initial(i - 1) &&
                         !(roles(i - 1) & kNotInPlaceName)) &&
                       m_t.oneSpace(i + 1) && !claimed(i + 1) && isWord(i + 1) &&
                       !(roles(i + 1) & kBlocking) &&
                       (cap(i + 1) || nameLikeLower(i + 1) || m_t[i + 1].has(Token::Apostrophe) ||
                        stem(i + 1).endsWith(u's'))) {
                // "st josephs", "St Teilo's", "cardinal newman" (not "Bute St").
                last = i + 1;
                // "blessed edward oldcorne", "St John Fisher": a given name, then the surname.
                const Tier given = tier(i + 1);
                if ((given == Tier::Plain || given == Tier::NameFirst || given == Tier::WordName ||
                     given == Tier::ContextOnly) &&
                    !m_t[i + 1].has(Token::Apostrophe) && isWord(i + 2) && m_t.oneSpace(i + 2) &&
                    !claimed(i + 2) && !(roles(i + 2) & kBlocking) &&
                    !(roles(i + 2) & (Lexicon::SchoolWord | Lexicon::PlaceWord)) &&
                    (cap(i + 2) ? cap(i + 1) : nameLikeLower(i + 2))) {
                    last = i + 2;
                }
                while (isWord(last + 1) && m_t.oneSpace(last + 1) && !claimed(last + 1) &&
                       (is(last + 1, "rc") || (roles(last + 1) & Lexicon::SchoolWord) ||
                        is(last + 1, "catholic") || is(last + 1, "church"))) {
                    ++last;
                }
                if (is(last + 1, "sixth") && is(last + 2, "form") && m_t.oneSpace(last + 1)) {
                    last += 2; // "st cyres sixth form"
                }
                last = schoolTail(last);
                // "we live in St Austell", "moved to st helens": a town named after its
                // saint, the home's place after a home's words, and kept after a trip's ("went
                // to St Ives"). Elsewhere a school, as many share the dedication.
                if (last == i + 1 && saintTownAt(i + 1)) {
                    const int p = i - 1;
                    if ((roles(p) & Lexicon::PlacePrep) &&
                        (homeContextBefore(p, i) || homeLanguageHomeBefore(p, i))) {
                        claim(i, last, m_t[last].end(), PiiKind::Place, FindingReason::Context);
                        i = last;
                        continue;
                    }
                    if (tripOrOriginBefore(i) ||
                        ((roles(p) & Lexicon::PlacePrep) && tripInSentence(p))) {
                        m_claims[i] = kKept;
                        m_claims[i + 1] = kKept;
                        i = last;
                        continue;
                    }
                }
                // "St Marys lighthouse", "St Pauls Carnival", "St Davids cathedral": a saint's
                // name on a landmark or a feast, not a school.
                if (!(roles(last) & Lexicon::SchoolWord) && saintsLandmark(last + 1)) {
                    for (int k = i; k <= last; ++k) {
                        m_claims[k] = kKept;
                    }
                    i = last;
                    continue;
                }
            } else if (is(i, "sixth") && is(i + 1, "form") && m_t.oneSpace(i + 1)) {
                // "hollyfield sixth form", "Bishop Hedley sixth form"
                first = i;
                while (first - 1 >= 0 && m_t.oneSpace(first) && !claimed(first - 1) &&
                       (nameLikeLower(first - 1) ||
                        (cap(first - 1) && !(roles(first - 1) & kNotInPlaceName) &&
                         tier(first - 1) != Tier::Never))) {
                    --first;
                }
                if (first < i) {
                    last = i + 1;
                }
            } else if (m_t[i].length == 3 && is(i, "the") && m_t.oneSpace(i + 1) && isWord(i + 1) &&
                       m_t.str(i + 1).endsWith(u's') &&
                       (cap(i + 1) || (roles(i - 1) & Lexicon::PlacePrep)) &&
                       homeNameWord(m_t.str(i + 1))) {
                // "The Willows", "at the beeches"
                kind = PiiKind::Place;
                last = i + 1;
            } else if (m_t[i].length == 2 &&
                       ((m_t.str(i)[1] == u'\u0177' && cap(i + 1)) ||
                        (is(i, "ty") && cap(i) && cap(i + 1))) &&
                       m_t.oneSpace(i + 1) && isWord(i + 1) && !claimed(i + 1) &&
                       !(roles(i + 1) & kNotInPlaceName)) {
                // "Tŷ Nant", "Ty Gwyn": a Welsh house's name ("tŷ" is "house"), its name
                // capitalised ("yn tŷ ni" is "in our house"); "ty" alone is also "thank you",
                // so without the accent only both capitalised.
                kind = PiiKind::Place;
                last = i + 1;
            } else if (is(i, "hafan") && cap(i) && m_t.oneSpace(i + 1) && isWord(i + 1) &&
                       cap(i + 1) && !claimed(i + 1) && !(roles(i + 1) & kNotInPlaceName)) {
                // "Hafan Deg": "hafan" (haven) names homes and refuges in Wales.
                kind = PiiKind::Place;
                last = i + 1;
            } else if ((is(i, "house") || is(i, "lodge") || is(i, "cottage")) && i > 0 &&
                       m_t.oneSpace(i) && !claimed(i - 1) && isWord(i - 1) &&
                       stem(i - 1).size() == m_t[i - 1].length &&
                       // "Flat 12 Mercer House" is an address (keywordPass); "nannas house"
                       // is a grandmother's.
                       !m_t.isType(i - 2, Type::Number) &&
                       (!m_t.str(i - 1).endsWith(u's') || homeNameWord(m_t.str(i - 1))) &&
                       !(roles(i - 1) & (kNotInPlaceName | Lexicon::Modifier)) &&
                       (homeNameWord(m_t.str(i - 1)) || nameLikeLower(i - 1) ||
                        // Both capitalised: a name even at the start ("Heron House staff").
                        (cap(i) && cap(i - 1)))) {
                // "Maple House", "brook lodge", "Ashdown House", "Primrose Cottage"
                kind = PiiKind::Place;
                first = i - 1;
                last = i;
            }
            if (last < 0) {
                continue;
            }
            if (kind == PiiKind::School) {
                last = schoolTail(last);
            }
            claim(first, last, m_t[last].end(), kind, FindingReason::Context);
            i = last;
        }
    }

    /** A football club's second word after a capitalised word: "Lincoln City", "Bristol
     *  Rovers", "Plymouth Argyle", "Accrington Stanley". A club is no child's name. */
    bool clubAfter(int i) const
    {
        static const char* const kClubWords[] = {
            "city",      "united",  "rovers",  "athletic", "wanderers", "albion", "rangers",
            "argyle",    "orient",  "hotspur", "villa",    "wednesday", "town",   "celtic",
            "alexandra", "stanley", "dons",    "county",   "borough"};
        return isWord(i + 1) && cap(i + 1) && m_t.oneSpace(i + 1) && !claimed(i + 1) &&
               isAny(i + 1, kClubWords);
    }

    /** A town's word said as its football team: "Tottenham have been rubbish", "Chelsea away
     *  in the cup", "Sunderland till I die" (a team takes the plural verb in British
     *  English; a person or a place, the singular). */
    bool teamAfter(int last) const
    {
        // Not a place's own people: "the foster carers in Bridgend are nice".
        if (roles(capitalisedRunStart(last) - 1) & Lexicon::PlacePrep) {
            return false;
        }
        return is(last + 1, "have") || is(last + 1, "are") || is(last + 1, "were") ||
               is(last + 1, "away") || is(last + 1, "fans") ||
               ((is(last + 1, "till") || is(last + 1, "til")) && is(last + 2, "i") &&
                is(last + 3, "die"));
    }

    /** What a saint's name also names besides a school ("lighthouse", "cathedral", "day"). */
    /** The street's word ending a street named after a saint that starts at token i ("St
     *  Margarets Road", "St. John's Rd", "saint helens street"), or -1. */
    int saintStreetEnd(int i) const
    {
        if (!(is(i, "st") || is(i, "saint"))) {
            return -1;
        }
        int j = i + 1;
        if (m_t.punct(j, u'.') && m_t.joined(j)) {
            ++j;
        }
        if (!isWord(j) || !m_t.oneSpace(j) || claimed(j) || (roles(j) & kBlocking) ||
            !(cap(j) || nameLikeLower(j) || m_t[j].has(Token::Apostrophe) ||
              stem(j).endsWith(u's'))) {
            return -1;
        }
        return streetWord(j + 1) && m_t.oneSpace(j + 1) && !claimed(j + 1) ? j + 1 : -1;
    }

    /** The second word of a UK town or district named after its saint ("St Austell", "St
     *  Helens", "St Asaph", "St Mellons"), as children write it: with or without the
     *  possessive's apostrophe. */
    bool saintTownAt(int k) const
    {
        static const WordTable kTowns = wordSet(
            u"austell ives albans neots helens asaph andrews blazey columb agnes mawes bees "
            u"athan fagans clears dogmaels ishmaels boswells monans helier mellons davids "
            u"keverne erth germans annes leonards georges pauls judes anns werburghs budeaux "
            u"dennis cleer issey minver merryn mabyn brelade ouen margarets osyth fillans "
            u"cyrus helen's alban's andrew's david's anne's leonard's george's paul's ann's "
            u"ive's neot's");
        return isWord(k) && kTowns.contains(m_t.str(k));
    }

    bool saintsLandmark(int k) const
    {
        static const char* const kLandmarks[] = {
            "lighthouse", "cathedral", "carnival", "hospital", "island",   "bay",    "day",
            "park",       "station",   "centre",   "market",   "abbey",    "castle", "beach",
            "bridge",     "square",    "well",     "head",     "festival", "fair"};
        return isWord(k) && m_t.oneSpace(k) && isAny(k, kLandmarks);
    }

    /** "Neath and Port Talbot College" after its first part: the college's keyword within
     *  three capitalised words after "and", or last itself. */
    int andCollegeEnd(int last) const
    {
        if (!is(last + 1, "and") || !m_t.oneSpace(last + 1)) {
            return last;
        }
        for (int k = last + 2; k <= last + 4 && isWord(k) && cap(k) && m_t.oneSpace(k) &&
                               !claimed(k) && !(roles(k) & kNotInPlaceName);
             ++k) {
            if (is(k, "college")) {
                return k;
            }
        }
        return last;
    }

    /** The end of a school's name that goes on past its keyword: "… Sixth Form College",
     *  "Mulberry School for Girls", "… High School for Boys". */
    int schoolTail(int last) const
    {
        if (is(last, "form") && m_t.oneSpace(last + 1) && !claimed(last + 1) &&
            (is(last + 1, "college") || is(last + 1, "centre"))) {
            ++last;
        }
        if (is(last + 1, "for") && m_t.oneSpace(last + 1) && m_t.oneSpace(last + 2) &&
            (is(last + 2, "girls") || is(last + 2, "boys")) &&
            ((roles(last) & Lexicon::SchoolWord) || is(last, "form"))) {
            last += 2;
        }
        // "Fairfield girls school": "girls" or "boys" and the school's word after the name.
        if ((is(last + 1, "girls") || is(last + 1, "boys")) && m_t.oneSpace(last + 1) &&
            m_t.oneSpace(last + 2) && (roles(last + 2) & Lexicon::SchoolWord) &&
            !claimed(last + 1) && !claimed(last + 2)) {
            last += 2;
        }
        // "Harrowden Middle": a middle school named without "school".
        if (is(last + 1, "middle") && cap(last + 1) && m_t.oneSpace(last + 1) &&
            !claimed(last + 1)) {
            ++last;
        }
        // "Harris Academy Peckham", "Ark Academy Wembley": a chain's academy and its place.
        if (is(last, "academy") && isWord(last + 1) && cap(last + 1) && m_t.oneSpace(last + 1) &&
            !claimed(last + 1) && !(roles(last + 1) & kNotInPlaceName)) {
            const Tier t = tier(last + 1);
            if (placeFlag(last + 1) || t == Tier::Unknown || t == Tier::Proper) {
                ++last;
            }
        }
        return last;
    }

    /** Whether the statement is about school ("year 11", "teacher", "GCSEs", "excluded"):
     *  then the place a child goes to or is at is likely a school. Worked out once, if asked. */
    bool schoolTopic() const
    {
        if (m_schoolTopic < 0) {
            // One bit test per token: this runs for every statement with a candidate.
            bool topic = false;
            for (int k = 0; k < m_t.size() && !topic; ++k) {
                topic = (roles(k) & (Lexicon::SchoolWord | Lexicon::SchoolTalk)) ||
                        (m_t.isType(k + 1, Type::Number) && is(k, "year"));
            }
            m_schoolTopic = topic ? 1 : 0;
        }
        return m_schoolTopic == 1;
    }

    /** The statement has Welsh in it: a word only Welsh has ("mae", "yn", "gyda", "ddim",
     *  "wedi") or a Welsh clitic ("dwi'n", "i'r", "gyda'r"). English words that Welsh shares
     *  or text-speak uses ("a", "i", "y", "yr", "ar", "bob") say nothing. */
    bool welshStatement() const
    {
        if (m_welshStatement < 0) {
            // One lookup by the word's hash: many rules ask, and this reads every word.
            static const WordTable kWelsh = wordSet(
                u"yn yng ym mae dw dwi rwy rydw rydyn fy ein eich nhw gyda efo hefo ond ddim "
                u"roedd oedd ydy yw wedi hefyd iawn mewn mynd ac neu achos sydd diolch fi gallu "
                u"eisiau isio heddiw nawr rwan ers weithiau");
            bool welsh = false;
            for (int k = 0; k < m_t.size() && !welsh; ++k) {
                if (!isWord(k)) {
                    continue;
                }
                const QStringView w = m_t.str(k);
                const QChar mark = w.size() > 2 ? w[w.size() - 2] : QChar();
                welsh = (m_t[k].has(Token::Apostrophe) && (mark == u'\'' || mark == u'\u2019') &&
                         (w.back() == u'n' || w.back() == u'r')) ||
                        kWelsh.value(stem(k), m_stemHashes[k]) != 0;
            }
            m_welshStatement = welsh ? 1 : 0;
        }
        return m_welshStatement == 1;
    }

    /** A word that can be part of a school's name written after "go to" or "at": a word no
     *  dictionary knows, a name, a capitalised word, and no known place ("Cardiff"). */
    bool schoolNameWord(int k) const
    {
        if (!isWord(k) || claimed(k) || placeFlag(k) || (roles(k) & kNotInPlaceName)) {
            return false;
        }
        const Tier t = tier(k);
        return t != Tier::Never && (nameLikeLower(k) || (cap(k) && t != Tier::English));
    }

    /** The last word of a school's name that starts at capitalised word i and says whom it
     *  teaches ("Kings Norton Girls", "Cotham Boys") or opens with its trust's name ("Dixons
     *  Allerton", "Ark Putney", "Harris Westminster"), or -1. */
    int namedSchoolEnd(int i) const
    {
        static const char* const kTrusts[] = {"ark",     "harris",   "dixons", "oasis",
                                              "outwood", "ormiston", "astrea"};
        if (isAny(i, kTrusts) && isWord(i + 1) && cap(i + 1) && m_t.oneSpace(i + 1) &&
            !claimed(i + 1) && !(roles(i + 1) & kNotInPlaceName) &&
            !saintsLandmark(i + 1)) { // "went to Harris Park": a park
            int last = i + 1;
            while (isWord(last + 1) && cap(last + 1) && m_t.oneSpace(last + 1) &&
                   !claimed(last + 1) && !(roles(last + 1) & kNotInPlaceName) && last < i + 3) {
                ++last; // "Oasis Shirley Park"
            }
            return last;
        }
        for (int k = i + 1; k <= i + 3 && isWord(k) && cap(k) && m_t.oneSpace(k) && !claimed(k);
             ++k) {
            if (is(k, "girls") || is(k, "boys")) {
                return k;
            }
            if (roles(k) & kNotInPlaceName) {
                break;
            }
        }
        return -1;
    }

    /** "teacher at X", "my gcses at X", "the head at X": who or what is at a school. */
    bool schoolPersonOrWork(int q) const
    {
        static const char* const kWords[] = {
            "teacher", "teachers", "head",   "headteacher", "gcses",     "gcse",      "levels",
            "exams",   "pupil",    "pupils", "lessons",     "detention", "isolation", "btec"};
        return isAny(q, kWords);
    }

    /** "my son goes to", "my little sister Ela goes to": where a child goes, week in week out,
     *  is a school (a capitalised name after it; "goes to bed" and "to Cardiff" stay). */
    bool childGoesBefore(int q) const
    {
        if (!(is(q, "goes") || is(q, "go"))) {
            return false;
        }
        // "she goes to", "my bro goes to", "my grandson goes to"
        static const char* const kChildren[] = {
            "son",      "daughter",      "brother", "sister",   "twin",     "kids",
            "children", "boys",          "girls",   "brothers", "sisters",  "bro",
            "sis",      "lad",           "girl",    "boy",      "grandson", "stepson",
            "nephew",   "granddaughter", "niece",   "she",      "he",       "stepdaughter"};
        auto child = [&](int k) { return isAny(k, kChildren); };
        // Names are found after this pass: one capitalised word may stand between.
        return child(q - 1) || (cap(q - 1) && child(q - 2));
    }

    /** Schools named as the place a child goes to, is at or was excluded from (issue 17):
     *  "year 11 at olchfa", "excluded from St Cyres", and in a statement about school "i used
     *  to go to fitzalan", "i go to willows high". A known place after "go to" is travel. */
    /** "school is Castle Rock", "her college is Cross Keys": a school's name said after
     *  its word and "is", capitalised mid-sentence; two words or more, or one that is no
     *  everyday word or given name ("my school is Good" is an opinion). */
    void schoolIsPass()
    {
        for (int i = 2; i < m_t.size(); ++i) {
            // Not "my buddy at school is Cai", "my name at school is Jo": who, at school.
            if (!(roles(i - 2) & Lexicon::SchoolWord) || !is(i - 1, "is") || !isWord(i) ||
                !cap(i) || initial(i) || claimed(i) || is(i - 3, "at") || is(i - 3, "in") ||
                is(i - 3, "from")) {
                continue;
            }
            int last = i;
            while (last < i + 3 && isWord(last + 1) && cap(last + 1) && m_t.oneSpace(last + 1) &&
                   !claimed(last + 1) && !(roles(last + 1) & Lexicon::Function)) {
                ++last;
            }
            const Tier t = tier(i);
            if (t == Tier::Never || (last == i && t != Tier::Unknown && t != Tier::Wide &&
                                     t != Tier::Plain && t != Tier::Proper)) {
                continue;
            }
            claim(i, last, m_t[last].end(), PiiKind::School, FindingReason::Context);
            i = last;
        }
    }

    void schoolObjectPass()
    {
        static const char* const kGoVerbs[] = {
            "go",    "goes", "went", "going",  "started", "start",    "starting",
            "moved", "move", "back", "attend", "attends", "attended", "im",
            "i'm",   "am",   "was",  "been",   "stay",    "stayed",   "transferred"};
        for (int i = 2; i < m_t.size(); ++i) {
            const int p = i - 1;
            if (!(roles(p) & Lexicon::PlacePrep) || !isWord(i) || claimed(i)) {
                continue; // one bit test for most words
            }
            // The cheapest test first: is the word after the preposition name-like at all?
            // A known place opens a longer name too ("cefn hengoed", "Cefn Saeson").
            const bool placeFirst =
                placeFlag(i) && !abroadFlag(i) && !claimed(i) &&
                ((m_t.oneSpace(i + 1) && schoolNameWord(i + 1)) ||
                 // "a detention at risca", "year 9 at Risca": the town's
                 // school, after a word that only a school has.
                 (is(p, "at") && (schoolPersonOrWork(p - 1) || is(p - 1, "detention") ||
                                  (m_t.isType(p - 1, Type::Number) && is(p - 2, "year")))));
            // "Kings Norton Girls", "Dixons Allerton": a school named by whom it teaches or by
            // its trust, whose first word may be a place's or a surname's.
            const int named = cap(i) ? namedSchoolEnd(i) : -1;
            if (!schoolNameWord(i) && !placeFirst && named < 0 &&
                !(isWord(i + 1) && (roles(i + 1) & Lexicon::SchoolWord) && m_t.oneSpace(i + 1))) {
                continue;
            }
            if (!(is(p, "to") || is(p, "at") || is(p, "from"))) {
                continue;
            }
            const int q = p - 1;
            // "moved from weston to clevedon": a route between homes, placeContextPass's
            if ((is(q, "moved") || is(q, "move") || is(q, "moving")) &&
                (is(i + 1, "to") || is(i + 1, "from")) && !(roles(i + 2) & Lexicon::SchoolWord) &&
                !(roles(i + 3) & Lexicon::SchoolWord)) {
                continue;
            }
            const bool at = is(p, "at");
            const bool to = !at && is(p, "to");
            const bool strong =
                (!at && !to && (is(q, "excluded") || is(q, "expelled") || is(q, "suspended"))) ||
                (at &&
                 ((m_t.isType(q, Type::Number) && is(q - 1, "year")) || schoolPersonOrWork(q))) ||
                (to && cap(i) && childGoesBefore(q));
            if (!strong) {
                if (!schoolTopic() && named < 0) {
                    continue;
                }
                bool going = false;
                for (const char* w : kGoVerbs) {
                    going = going || matches(q, w);
                }
                if (!going) {
                    continue;
                }
            }
            // The name's words, then the school words after them ("willows high", "john
            // frost school"); an everyday word only right before a school word.
            int last = named >= 0 ? named : i - 1;
            while (named < 0 && last + 1 <= i + 3 && isWord(last + 1) && !claimed(last + 1) &&
                   (last + 1 == i || m_t.oneSpace(last + 1))) {
                const int k = last + 1;
                const std::uint32_t r = roles(k);
                const bool schoolWord = (r & Lexicon::SchoolWord) && k > i;
                const bool beforeSchoolWord =
                    isWord(k + 1) && m_t.oneSpace(k + 1) &&
                    (is(k + 1, "high") || is(k + 1, "comp") || is(k + 1, "academy") ||
                     is(k + 1, "primary")) &&
                    !(r & (kNotInPlaceName | Lexicon::SchoolWord | Lexicon::Modifier));
                // "goes to Tiny Tots", "at Little Acorns": a name written in capitals runs on
                // over everyday words.
                const bool titleCase = k > i && cap(i) && cap(k) && !(r & kNotInPlaceName);
                if (!(schoolWord || schoolNameWord(k) || beforeSchoolWord || titleCase ||
                      (k == i && placeFirst))) {
                    break;
                }
                last = k;
            }
            if (last < i) {
                continue;
            }
            if (is(last + 1, "sixth") && is(last + 2, "form") && m_t.oneSpace(last + 1) &&
                m_t.oneSpace(last + 2)) {
                last += 2; // "at cardiff high sixth form"
            }
            last = andCollegeEnd(schoolTail(last));
            // "year 11 at ebbw fawr": a listed school that starts here and runs longer than
            // what the shape took ("ebbw" is a town) is taken whole.
            last = std::max(last, listedSchoolEnd(i));
            claim(i, last, m_t[last].end(), PiiKind::School, FindingReason::Context);
            i = last;
        }
    }

    /** "expelled from the Forge", "kicked out of the Meadows", "year 8 at the Harrier
     *  Academy", "they sent me to the Anvil Centre instead of school": a school named as
     *  "the X", after what only a school does to a child. X is capitalised and no place
     *  abroad, no family word, no youth group ("the Scouts"). */
    void theSchoolPass()
    {
        for (int t = 2; t + 1 < m_t.size(); ++t) {
            if (!is(t, "the") || claimed(t + 1) || !m_t.oneSpace(t + 1)) {
                continue; // one length test for most words
            }
            const int i = t + 1;
            const int p = t - 1;
            const int q = p - 1;
            // "a pru called the bridge", "a home called The Laurels": named with its article,
            // in any case.
            const PiiKind called = calledKind(t);
            if (called != PiiKind::Name && isWord(i) && tier(i) != Tier::Never &&
                !(roles(i) & Lexicon::Function)) {
                int last = i;
                while (last < i + 2 && isWord(last + 1) && m_t.oneSpace(last + 1) &&
                       !claimed(last + 1) &&
                       (cap(last + 1) ||
                        (roles(last + 1) & (Lexicon::SchoolWord | Lexicon::PlaceWord)))) {
                    ++last; // "The Oaks Centre"
                }
                claim(t, last, m_t[last].end(), called, FindingReason::Context);
                t = last;
                continue;
            }
            if (!cap(i)) {
                continue;
            }
            const bool removed =
                (is(p, "from") && (is(q, "excluded") || is(q, "expelled") || is(q, "suspended") ||
                                   is(q, "exclusion"))) ||
                // "kicked out of the Odeon" is a cinema: out of a school only in school talk.
                (is(p, "of") && is(q, "out") && schoolTopic() &&
                 (is(q - 1, "kicked") || is(q - 1, "chucked") || is(q - 1, "thrown") ||
                  is(q - 1, "booted") || is(q - 2, "kicked") || is(q - 2, "chucked") ||
                  is(q - 2, "thrown") || is(q - 2, "booted")));
            const bool yearAt = is(p, "at") && m_t.isType(q, Type::Number) &&
                                (is(q - 1, "year") || is(q - 1, "yr"));
            const bool sent = is(p, "to") && (is(q - 1, "sent") || is(q - 1, "send")) &&
                              (is(q, "me") || is(q, "him") || is(q, "her") || is(q, "us")) &&
                              schoolTopic();
            if (!(removed || yearAt || sent)) {
                continue;
            }
            if (!isWord(i) || tier(i) == Tier::Never || abroadFlag(i) || nation(i) ||
                (roles(i) & (Lexicon::SchoolWord | Lexicon::Relation | Lexicon::Title)) ||
                youthGroup(i)) {
                continue;
            }
            int last = i;
            while (last < i + 2 && isWord(last + 1) && m_t.oneSpace(last + 1) &&
                   !claimed(last + 1) && cap(last + 1)) {
                ++last; // "the Anvil Centre", "the Harrier Academy"
            }
            claim(i, last, m_t[last].end(), PiiKind::School, FindingReason::Context);
            t = last;
        }
    }
    bool youthGroup(int i) const
    {
        static const char* const kGroups[] = {"scouts", "cubs",   "beavers", "brownies",
                                              "guides", "cadets", "army",    "navy",
                                              "club",   "team",   "group",   "gym"};
        return isAny(i, kGroups);
    }

    /** "chs", "KHS", "bgs": a high or grammar school by its initials (consonants only, in no
     *  dictionary), in a statement about school or after "at", "to" or "from". */
    void schoolAcronymPass()
    {
        for (int i = 0; i < m_t.size(); ++i) {
            const Token& tk = m_t[i];
            // Written in capitals, an initialism may hold vowels and a fifth letter ("QEGS",
            // "KEGS", "WGGHS"); in lower case only consonants say it is no word ("chs").
            const bool capitals = tk.has(Token::AllUpper);
            if (tk.type != Type::Word || tk.length < 3 || tk.length > (capitals ? 5 : 4) ||
                claimed(i) || m_flags[i] != 0 || roles(i) != 0) {
                continue;
            }
            if (capitals && schoolPredicateAfter(i)) {
                // "HVA is the school i go to": initials said to be a school, whatever letters.
                claim(i, i, tk.end(), PiiKind::School, FindingReason::Context);
                continue;
            }
            const QStringView w = m_t.str(i);
            const char16_t h = WordTable::fold(w[w.size() - 2].unicode());
            if (WordTable::fold(w.back().unicode()) != u's' || (h != u'h' && h != u'g')) {
                continue;
            }
            bool consonants = true;
            for (QChar c : w) {
                const char16_t f = WordTable::fold(c.unicode());
                consonants = consonants && f >= u'a' && f <= u'z' &&
                             !QStringView(u"aeiouy").contains(QChar(f));
            }
            if (!consonants && !capitals) {
                continue;
            }
            if (schoolTopic() || is(i - 1, "at") || is(i - 1, "to") || is(i - 1, "from")) {
                claim(i, i, tk.end(), PiiKind::School, FindingReason::Context);
            }
        }
    }

    /** "is the school i go to", "was my old college": what i is said to be. */
    bool schoolPredicateAfter(int i) const
    {
        if (!(is(i + 1, "is") || is(i + 1, "was")) ||
            !(is(i + 2, "the") || is(i + 2, "my") || is(i + 2, "our"))) {
            return false;
        }
        const int k = is(i + 3, "old") || is(i + 3, "new") ? i + 4 : i + 3;
        return is(k, "school") || is(k, "college") || is(k, "academy");
    }

    /** The last token of the longest listed school (data/schools.txt) that starts at token i,
     *  or -1. */
    int listedSchoolEnd(int i) const
    {
        if (!isWord(i)) {
            return -1;
        }
        const std::uint32_t hash = m_stemHashes[i];
        if (!m_f.mayStartEntry(hash)) {
            return -1;
        }
        const std::uint32_t bucket = m_f.m_firstWords.value(stem(i), hash);
        if (bucket == 0 || !m_f.m_lateBuckets[bucket - 1]) {
            return -1;
        }
        int best = -1;
        for (int e : m_f.m_buckets[bucket - 1]) {
            const Entry& entry = m_f.m_entries[std::size_t(e)];
            if (entry.late) {
                best = std::max(best, matchEntry(i, entry));
            }
        }
        return best;
    }

    /** The last word of a Welsh school's name after "ysgol" or "coleg" at i, or -1: "ysgol
     *  glan taf", "Ysgol Gyfun Bro Edern", not "yr ysgol" or "ysgol heddiw". */
    int welshSchoolEnd(int i) const
    {
        if (is(i - 1, "yr") || (i > 0 && m_t.str(i - 1).endsWith(u"'r")) || is(i - 1, "the") ||
            is(i - 1, "my") || is(i - 1, "fy") || is(i - 1, "a")) {
            return -1;
        }
        static const char* const kStop[] = {
            "yn",     "ac",   "a",       "ond",   "gyda",  "efo",      "ar",       "o",     "i",
            "heddiw", "nawr", "bob",     "mae",   "oedd",  "achos",    "oherwydd", "am",    "fel",
            "pan",    "ddoe", "fory",    "wedyn", "hefyd", "ddim",     "gan",      "at",    "eto",
            "newydd", "fawr", "fach",    "da",    "iawn",  "ers",      "tan",      "sydd",  "yw",
            "ydy",    "dydd", "ddydd",   "nos",   "bore",  "prynhawn", "heno",     "yfory", "last",
            "next",   "tbh",  "lol",     "innit", "x",     "now",      "today",    "is",    "was",
            "and",    "but",  "because", "cos",   "since", "ym",       "yng"};
        // What kind of school, not which: "ysgol Saesneg" (an English-medium school), "ysgol
        // arferol" (an ordinary one), "ysgol leol" (the local one).
        static const char* const kGeneric[] = {
            "gyfun", "gynradd", "uwchradd", "gymraeg",  "y",    "yr",      "arbennig",
            "ganol", "sul",     "feithrin", "meithrin", "haf",  "saesneg", "arferol",
            "leol",  "breswyl", "breifat",  "normal",   "prif", "brif"};
        int last = -1;
        bool named = false;
        for (int k = i + 1; k <= i + 5 && isWord(k) && m_t.oneSpace(k) && !claimed(k); ++k) {
            bool stop = (roles(k) & (Lexicon::Pronoun | Lexicon::Function | Lexicon::SpeechVerb |
                                     Lexicon::Determiner)) &&
                        !is(k, "y") && !is(k, "an");
            for (const char* w : kStop) {
                stop = stop || matches(k, w);
            }
            if (stop) {
                break;
            }
            bool generic = false;
            for (const char* w : kGeneric) {
                generic = generic || matches(k, w);
            }
            named = named || !generic;
            last = k;
        }
        return named ? last : -1;
    }

    /** A Welsh street word, which comes first in the name ("Heol y Nant", "Clos Derwen"):
     *  Lexicon::WelshStreet, and capitalised Lexicon::WelshStreetCapitalised. "maes" (a field)
     *  and "teras" name estates and terraces ("Maes y Dre", "Teras Glan"). The words that are
     *  ordinary words too ("Llys Gwyn", "Tan y Bryn", "Bryn Awel", "Min y Don", "Parc y
     *  Felin") count only capitalised, and, as the others, only after a house number or a
     *  verb of living (welshStreetPass). */
    bool welshStreetWord(int i, bool capitalised) const
    {
        const std::uint32_t wanted =
            Lexicon::WelshStreet | (capitalised ? Lexicon::WelshStreetCapitalised : 0);
        return Lexicon::instance().cues(m_t.str(i)) & wanted;
    }

    /** Welsh street names (issue 17): "14 Clos Derwen", "i live on Heol y Nant". The street
     *  word is capitalised and followed by capitalised words, "y"/"yr" (the) between them;
     *  a house number before it or a verb of living ("live on", "byw yn") makes it an
     *  address, so "heol" alone in a sentence stays a word. */
    void welshStreetPass()
    {
        for (int i = 0; i + 1 < m_t.size(); ++i) {
            // Cheap tests first: this runs on every token. A Welsh street word is a word of
            // three to seven letters, capitalised or after a number.
            const Token& tk = m_t[i];
            if (tk.length < 3 || tk.length > 7 || tk.type != Type::Word) {
                continue;
            }
            const bool upper = cap(i);
            const bool number = i > 0 && m_t.isType(i - 1, Type::Number) && m_t.oneSpace(i);
            if ((!upper && !number) || claimed(i) || !welshStreetWord(i, upper)) {
                continue;
            }
            auto nameWord = [&](int k) {
                return isWord(k) && !claimed(k) && !(roles(k) & kNotInPlaceName) &&
                       (cap(k) || (number && !cap(i)));
            };
            int last = i;
            for (int k = i + 1; k <= i + 4 && m_t.oneSpace(k);) {
                if ((is(k, "y") || is(k, "yr")) && m_t.oneSpace(k + 1) && nameWord(k + 1)) {
                    ++k; // "Heol y Nant": "y" (the) only inside the name
                    continue;
                }
                if (!nameWord(k)) {
                    break;
                }
                last = k;
                ++k;
            }
            if (last == i) {
                continue;
            }
            int first = i;
            // "live on", "byw ar" (Welsh "on"), or a home's word just before: "ty nain ar".
            const bool living =
                ((roles(i - 1) & Lexicon::PlacePrep) || is(i - 1, "ar")) &&
                ((roles(i - 2) & Lexicon::PlaceVerb) || dwellingWord(i - 2) || dwellingWord(i - 3));
            if (number) {
                first = i - 1;
            } else if (!living) {
                continue;
            }
            claim(first, last, m_t[last].end(), PiiKind::Place, FindingReason::Context);
            i = last;
        }
    }

    /** "Oakfield Primary School", "Castle Hill Academy", "14 Willow Close", "Hyde Park Surgery". */
    /** A street's last word ("lane", "road", "close"). */
    bool streetWord(int k) const
    {
        return is(k, "road") || is(k, "rd") || is(k, "street") || is(k, "lane") || is(k, "close") ||
               is(k, "avenue") || is(k, "drive") || is(k, "crescent") || is(k, "grove") ||
               is(k, "terrace") || is(k, "gardens") || is(k, "way");
    }

    /** "we were in toxteth before this, granby street", "been in deptford since i was 3,
     *  evelyn estate": a street or an estate after a comma, in any case, in a sentence that
     *  has already named a home (run after placeContextPass, which finds that home). */
    /** "أسكن في كوفنتري", "نحن نسكن في برمنغهام": the town after an Arabic verb of living in
     *  the first person and "في" (in), which no list holds in Arabic letters. Not a country
     *  or city of the Arab world, nor a word with the article ("في السودان"). */
    void arabicHomePass()
    {
        static const QString kIn = QStringLiteral("\u0641\u064A");
        static const WordTable kLive =
            wordSet(u"\u0623\u0633\u0643\u0646 \u0627\u0633\u0643\u0646 \u0646\u0633\u0643\u0646 "
                    u"\u0623\u0639\u064A\u0634 \u0627\u0639\u064A\u0634 \u0646\u0639\u064A\u0634 "
                    u"\u0633\u0627\u0643\u0646 \u0633\u0627\u0643\u0646\u0629 "
                    u"\u0633\u0627\u0643\u0646\u064A\u0646 "
                    // the same with "و" (and) joined on
                    u"\u0648\u0623\u0633\u0643\u0646 \u0648\u0627\u0633\u0643\u0646 "
                    u"\u0648\u0646\u0633\u0643\u0646 \u0648\u0623\u0639\u064A\u0634 "
                    u"\u0648\u0646\u0639\u064A\u0634");
        // Syria, Egypt, Lebanon, Palestine, Libya, Tunisia, Qatar, Dubai, Damascus, Baghdad,
        // Beirut, Aleppo, Iran, Turkey, Eritrea, Afghanistan, Ethiopia, Amman, Gaza, Yemen
        static const WordTable kAbroad = wordSet(
            u"\u0633\u0648\u0631\u064A\u0627 \u0645\u0635\u0631 \u0644\u0628\u0646\u0627\u0646 "
            u"\u0641\u0644\u0633\u0637\u064A\u0646 \u0644\u064A\u0628\u064A\u0627 "
            u"\u062A\u0648\u0646\u0633 \u0642\u0637\u0631 \u062F\u0628\u064A "
            u"\u062F\u0645\u0634\u0642 \u0628\u063A\u062F\u0627\u062F "
            u"\u0628\u064A\u0631\u0648\u062A "
            u"\u062D\u0644\u0628 \u0625\u064A\u0631\u0627\u0646 \u062A\u0631\u0643\u064A\u0627 "
            u"\u0625\u0631\u064A\u062A\u0631\u064A\u0627 "
            u"\u0623\u0641\u063A\u0627\u0646\u0633\u062A\u0627\u0646 "
            u"\u0625\u062B\u064A\u0648\u0628\u064A\u0627 \u0639\u0645\u0627\u0646 "
            u"\u063A\u0632\u0629 "
            u"\u064A\u0645\u0646");
        // "في" by its hash: one comparison for nearly every token of every statement.
        static const std::uint32_t kInHash = WordTable::hashOf(kIn);
        for (int k = 1; k + 1 < m_t.size(); ++k) {
            if (m_stemHashes[k] != kInHash || word(k) != kIn) {
                continue;
            }
            const int i = k + 1;
            const QStringView w = word(i);
            if (!isWord(i) || claimed(i) || w.size() < 3 || w[0].unicode() < 0x0600 ||
                w[0].unicode() > 0x06FF || !kLive.contains(word(k - 1)) ||
                (w[0] == QChar(0x0627) && w[1] == QChar(0x0644)) || kAbroad.contains(w)) {
                continue;
            }
            claim(i, i, m_t[i].end(), PiiKind::Place, FindingReason::Context);
        }
    }

    void streetAfterHomePass()
    {
        for (int i = 3; i < m_t.size(); ++i) {
            if (!(roles(i) & Lexicon::PlaceWord) || !(streetWord(i) || is(i, "estate")) ||
                claimed(i) || claimed(i - 1) || !m_t.oneSpace(i)) {
                continue;
            }
            // "we live in grangetown near the mosque on corporation road": a street in lower
            // case after "on", in a sentence that has named a home before it.
            if (!cap(i) && streetWord(i) && is(i - 2, "on") && isWord(i - 1) && !cap(i - 1) &&
                !(roles(i - 1) & Lexicon::Function) && tier(i - 1) != Tier::Never &&
                placeEarlierInSentence(i - 3)) {
                claim(i - 1, i, m_t[i].end(), PiiKind::Place, FindingReason::Context);
                continue;
            }
            if (!m_t.punct(i - 2, u',') || !nameLikeLower(i - 1)) {
                continue;
            }
            for (int j = i - 3, seen = 0; j >= 0 && seen < 12 && !m_t.sentenceEnd(j); --j, ++seen) {
                if (claimedAs(j, PiiKind::Place)) {
                    claim(i - 1, i, m_t[i].end(), PiiKind::Place, FindingReason::Context);
                    break;
                }
            }
        }
    }

    /** "Elmtree Pupil Referral Unit": the long form of a PRU, after its name. */
    void referralUnitPass()
    {
        for (int i = 1; i + 2 < m_t.size(); ++i) {
            if (!is(i, "pupil") || !is(i + 1, "referral") || !is(i + 2, "unit") || claimed(i)) {
                continue;
            }
            int first = i;
            while (first - 1 >= 0 && m_t.oneSpace(first) && isWord(first - 1) &&
                   !claimed(first - 1) && !(roles(first - 1) & kNotInPlaceName) &&
                   (cap(first - 1) || nameLikeLower(first - 1))) {
                --first;
            }
            if (first < i) {
                claim(first, i + 2, m_t[i + 2].end(), PiiKind::School, FindingReason::Context);
            }
        }
    }

    /** "Polish school", "Saturday school", "Quran school": a language, a day or a faith
     *  before a school word says what kind of school, not which one. */
    /** Colleges and universities as young people name them, and schools named after
     *  "attend" (in a statement about school: parents attend courses and groups too) or as
     *  "my old school, X": "university of plymouth", "uni of leeds",
     *  "plymouth college of art", "city college plymouth", "suffolk new college", "exeter
     *  royal academy", "Both girls attend Hillside", "my old school, Oasis Brislington". */
    void collegePass()
    {
        // Anchored on the words that say it, most tokens leave at one bit test: a school's
        // word ("college", "academy", "school"), or a cue word where the statement has one.
        const bool cue = m_facts.allCues & Lexicon::CollegeCue;
        for (int i = 0; i < m_t.size(); ++i) {
            const bool schoolWord = roles(i) & Lexicon::SchoolWord;
            if ((!schoolWord && !cue) || !isWord(i) || !openForSchool(i)) {
                continue;
            }
            int first = -1;
            int last = -1;
            if (cue && (is(i, "university") || is(i, "uni")) && is(i + 1, "of") && townAt(i + 2)) {
                first = is(i - 1, "the") && cap(i - 1) ? i - 1 : i; // "The University of"
                last = townEnd(i + 2);
            } else if (cue &&
                       (is(i, "attend") || is(i, "attends") || is(i, "attended") ||
                        is(i, "attending")) &&
                       isWord(i + 1) && cap(i + 1) && !claimed(i + 1) && m_t.oneSpace(i + 1) &&
                       !(roles(i + 1) & kNotInPlaceName) && tier(i + 1) != Tier::Never &&
                       !placeFlag(i + 1) && !allUpper(m_t.str(i + 1)) && !serviceAfter(i + 2) &&
                       schoolTopic()) {
                first = i + 1; // "Both girls attend Hillside"
                last = i + 1;
                while (isWord(last + 1) && cap(last + 1) && m_t.oneSpace(last + 1) &&
                       !claimed(last + 1) && !(roles(last + 1) & kNotInPlaceName) && last < i + 3) {
                    ++last;
                }
            } else if ((schoolWord || cue) &&
                       (is(i, "college") || is(i, "academy") || is(i, "uni") ||
                        is(i, "university") || (is(i, "form") && is(i - 1, "sixth")))) {
                // "city college plymouth"; "plymouth college", "suffolk new college", "exeter
                // royal academy", "plymouth uni": a town in lower case before its college's
                // words (capitalised, keywordPass's)
                int k = is(i, "form") ? i - 1 : i;
                if (is(k, "college") && is(k - 1, "city") && townAt(k + 1) && m_t.oneSpace(k)) {
                    first = k - 1;
                    last = townEnd(k + 1);
                } else if (!cap(i)) {
                    int t = k - 1;
                    if ((is(t, "new") || is(t, "royal") || is(t, "city") || is(t, "sixth")) &&
                        m_t.oneSpace(k)) {
                        --t;
                    }
                    // the town's first word: "milton keynes college"
                    int town = t;
                    while (town - 1 >= 0 && !cap(town - 1) && townAt(town - 1) &&
                           townEnd(town - 1) >= t) {
                        --town;
                    }
                    if (t >= 0 && !cap(t) && placeFlag(t) && townAt(town) && townEnd(town) >= t &&
                        m_t.oneSpace(t + 1) && !is(town - 1, "a") && !is(town - 1, "an")) {
                        first = town;
                        last = i;
                    }
                }
            } else if (schoolWord && (is(i, "school") || is(i, "college")) &&
                       m_t.punct(i + 1, u',') &&
                       (is(i - 1, "my") || is(i - 2, "my") || is(i - 2, "our")) && isWord(i + 2) &&
                       cap(i + 2) && openForSchool(i + 2) && !(roles(i + 2) & kNotInPlaceName) &&
                       tier(i + 2) != Tier::Never) {
                first = i + 2; // "my old school, Oasis Brislington, every day"
                last = i + 2;
                while (isWord(last + 1) && cap(last + 1) && m_t.oneSpace(last + 1) &&
                       openForSchool(last + 1) && !(roles(last + 1) & kNotInPlaceName) &&
                       last < i + 4) {
                    ++last;
                }
            }
            if (first < 0) {
                continue;
            }
            // "attends Whitecross Hereford High School": the school's own words after the name
            while (isWord(last + 1) && m_t.oneSpace(last + 1) && openForSchool(last + 1) &&
                   (roles(last + 1) & Lexicon::SchoolWord)) {
                ++last;
            }
            // "plymouth college of art", "leeds college of music"
            if (is(last + 1, "of") && m_t.oneSpace(last + 1) && m_t.oneSpace(last + 2) &&
                (is(last + 2, "art") || is(last + 2, "arts") || is(last + 2, "music") ||
                 is(last + 2, "technology") || is(last + 2, "science") || is(last + 2, "design"))) {
                last += 2;
            }
            // Up to a word another pass took: "Oasis [school]" is one placeholder once the
            // words touch (Anonymiser merges a kind's neighbours).
            for (int k = first; k <= last; ++k) {
                if (!openForSchool(k)) {
                    last = k - 1;
                    break;
                }
            }
            if (last >= first) {
                claim(first, last, m_t[last].end(), PiiKind::School, FindingReason::Context);
                i = last;
            }
        }
    }
    /** "attend Triple P sessions", "attends Narcotics Anonymous meetings": what follows a
     *  name says a course, a group or a service, which one attends as well as a school. */
    bool serviceAfter(int k) const
    {
        for (int j = k; j <= k + 2 && isWord(j); ++j) {
            static const char* const kServices[] = {
                "sessions",  "session", "meetings", "meeting", "group",        "groups",
                "course",    "courses", "classes",  "class",   "appointments", "appointment",
                "programme", "program", "court",    "church",  "mosque",       "temple",
                "gurdwara",  "chapel",  "centre",   "clinic",  "anonymous"};
            if (isAny(j, kServices)) {
                return true;
            }
            if (!cap(j)) {
                break;
            }
        }
        return false;
    }
    /** Token k is free for a school's name: unclaimed, or a public name that the school
     *  bears ("Oasis" the band, of "Oasis Brislington"). */
    bool openForSchool(int k) const { return !claimed(k) || m_claims[k] == kKept; }
    /** Token k is a town of the UK, as the place lists know it ("plymouth", "Leeds"). */
    bool townAt(int k) const
    {
        return isWord(k) && placeFlag(k) && !abroadFlag(k) && !nation(k) && !claimed(k);
    }
    /** The last word of a town's name that starts at k: "milton keynes", one word mostly. */
    int townEnd(int k) const { return std::max(k, listedDistrictEnd(k)); }

    bool kindOfSchool(int k) const
    {
        static const char* const kKinds[] = {
            "welsh", "english", "polish", "arabic", "urdu", "punjabi", "bengali", "somali",
            "chinese", "mandarin", "cantonese", "gaelic", "irish", "french", "spanish", "romanian",
            "russian", "ukrainian", "kurdish", "tigrinya", "turkish", "saturday", "sunday",
            "supplementary", "language", "faith", "quran", "koran", "bible", "boarding", "summer",
            "night", "driving", "dance", "drama",
            // faiths, mediums and kinds of provision: "a Catholic school", "the Welsh-medium
            // nursery", "Forest School on Fridays"
            "catholic", "islamic", "jewish", "muslim", "christian", "hindu", "sikh", "church",
            "welsh-medium", "english-medium", "bilingual", "special", "private", "independent",
            "forest", "montessori", "steiner", "hospital"};
        return isAny(k, kKinds);
    }

    /** "Sheffield Children's Hospital", "Wetherby prison", "Teesside Crown Court",
     *  "Manchester Civil Justice Centre": a hospital, a prison or a court is a public place
     *  that many families pass through, named by its town; it places nobody's home (issue 17:
     *  places that are not where the child lives stay), so its words are kept. */
    void institutionPass()
    {
        // Every keyword is a place word (a role each token has already): one test per token.
        for (int i = 1; i < m_t.size(); ++i) {
            if (!(m_roles[i] & Lexicon::PlaceWord) || !isWord(i) || claimed(i)) {
                continue;
            }
            const bool court =
                (is(i, "court") || is(i, "courts")) &&
                (is(i - 1, "crown") || is(i - 1, "magistrates") || is(i - 1, "magistrates'") ||
                 is(i - 1, "combined") || is(i - 1, "family") || is(i - 1, "county") ||
                 is(i - 1, "youth") || is(i - 1, "civil") || is(i - 1, "justice"));
            const bool centre = (is(i, "centre") || is(i, "center")) && is(i - 1, "justice");
            if (!(court || centre || is(i, "hospital") || is(i, "infirmary") || is(i, "prison") ||
                  is(i, "hospice"))) {
                continue;
            }
            int first = i;
            while (first - 1 >= 0 && isWord(first - 1) && !claimed(first - 1) &&
                   m_t.oneSpace(first) &&
                   (cap(first - 1) || is(first - 1, "children's") || is(first - 1, "childrens")) &&
                   !(roles(first - 1) & Lexicon::Function)) {
                --first;
            }
            // A named one: at least one capitalised word that is not the keyword's own
            // ("Crown Court" alone names no town).
            bool named = false;
            for (int k = first; k < i; ++k) {
                named = named || (cap(k) && !is(k, "crown") && !is(k, "magistrates") &&
                                  !is(k, "combined") && !is(k, "family") && !is(k, "county") &&
                                  !is(k, "youth") && !is(k, "civil") && !is(k, "justice") &&
                                  !is(k, "children's") && !is(k, "childrens"));
            }
            if (!named) {
                continue;
            }
            for (int k = first; k <= i; ++k) {
                m_claims[k] = kKept;
            }
        }
    }

    /** A home found before token k in its sentence ("we live in grangetown near the mosque
     *  on corporation road"): a street named after it is on the way to or at that home. */
    bool placeEarlierInSentence(int k) const
    {
        for (int j = k, seen = 0; j >= 0 && seen < 12 && !m_t.sentenceEnd(j); --j, ++seen) {
            if (claimedAs(j, PiiKind::Place)) {
                return true;
            }
        }
        return false;
    }

    void keywordPass()
    {
        for (int i = 1; i < m_t.size(); ++i) {
            const std::uint32_t r = roles(i);
            if (!(r & (Lexicon::SchoolWord | Lexicon::PlaceWord)) || claimed(i) || !isWord(i)) {
                continue;
            }
            // "i live on kirkstall lane", "we moved off bracken road": a street in lower case
            // where the child says it lives.
            // So is one whose name no dictionary knows after "on" or "off" ("the flat is off
            // coldharbour lane"); after a home named earlier, see streetAfterHomePass.
            const bool lowerStreet = !cap(i) && streetWord(i) && isWord(i - 1) &&
                                     !(roles(i - 1) & Lexicon::Function) &&
                                     (is(i - 2, "on") || is(i - 2, "off")) &&
                                     ((roles(i - 3) & Lexicon::PlaceVerb) || nameLikeLower(i - 1) ||
                                      nearHomeAfter(i - 2, i));
            const bool lowerOk = is(i, "school") || is(i, "academy") || is(i, "college") ||
                                 is(i, "nursery") || is(i, "hospital") || is(i, "surgery") ||
                                 is(i, "primary") || is(i, "comp") || is(i, "comprehensive") ||
                                 is(i, "high") || is(i, "juniors") || is(i, "lodge") ||
                                 lowerStreet ||
                                 // "the Blackbird Leys estate": an estate's name is capitalised,
                                 // the word "estate" seldom.
                                 (is(i, "estate") && cap(i - 1) && m_t.oneSpace(i));
            if (!cap(i) && !lowerOk) {
                continue;
            }
            int first = i;
            // Lower-case words before a school word only when no dictionary knows them
            // ("oakfield primary", "treorchy comp"): "my old school" stays.
            const bool school = r & Lexicon::SchoolWord;
            // A kept public name before a school word is the school's ("Oasis Academy").
            // So is a kept public name before a street's word ("Anfield Road", "Crown Court
            // Road"): the street, not the ground or the court, and where someone lives.
            const bool street = !school && streetWord(i) && !is(i, "court");
            auto open = [&](int k) {
                return !claimed(k) || ((school || street) && cap(k) && m_claims[k] == kKept);
            };
            // Not in a statement in a home language: "samajh nahi aata ke school wale".
            while (first - 1 >= 0) {
                const int k = first - 1;
                // "Belle Vue Girls' School", "Bradford Girls' Grammar School": a plural's
                // apostrophe stands in the name (k - 1 is then a word).
                if (school && pluralApostropheAt(k) && !claimed(k - 1)) {
                    first -= 2;
                    continue;
                }
                // "Belle Vue girls school": the same, as children write it, after a capital.
                if (school && k == i - 1 && (is(k, "girls") || is(k, "boys")) && m_t.oneSpace(i) &&
                    isWord(k - 1) && cap(k - 1) && m_t.oneSpace(k) && !claimed(k - 1)) {
                    --first;
                    continue;
                }
                // "Lady Manners School", "Lady Margaret school", "Queen Mary's College": the
                // title of whom the school is named after opens its name, and ends the walk.
                static const char* const kNamedAfter[] = {"lady",   "king",     "queen",
                                                          "prince", "princess", "sir",
                                                          "dame",   "bishop",   "cardinal"};
                if (school && isWord(k) && cap(k) && open(k) && m_t.oneSpace(first) &&
                    isAny(k, kNamedAfter)) {
                    --first;
                    break;
                }
                if (!(isWord(k) && open(k) && m_t.oneSpace(first) &&
                      !(roles(k) & kNotInPlaceName) &&
                      (cap(k) || (school && nameLikeLower(k) && !homeLanguageStatement()) ||
                       (lowerStreet && first == i)))) {
                    break;
                }
                --first;
            }
            // "a Catholic school" is a kind; "St Joseph's Catholic Primary" goes on a name.
            if (first == i || (school && first == i - 1 && kindOfSchool(first) &&
                               !claimedAs(first - 1, PiiKind::School))) {
                continue;
            }
            if (!cap(i) && is(i, "estate") &&
                !(is(first - 1, "the") && ((roles(first - 2) & Lexicon::PlacePrep) ||
                                           is(first - 2, "off") || is(first - 2, "round")))) {
                continue; // "on the Gorsebrook estate", not "sold the Range Rover estate"
            }
            int last = i;
            while (isWord(last + 1) && m_t.oneSpace(last + 1) && !claimed(last + 1) &&
                   (roles(last + 1) & (Lexicon::SchoolWord | Lexicon::PlaceWord)) &&
                   (cap(last + 1) || is(last + 1, "school"))) {
                ++last;
            }
            if (school && is(last + 1, "sixth") && is(last + 2, "form") && m_t.oneSpace(last + 1) &&
                m_t.oneSpace(last + 2)) {
                last += 2; // "cardiff high sixth form"
            }
            if (school) {
                last = schoolTail(last);
                // "Cardiff and Vale College", "Neath and Port Talbot College": two capitalised
                // parts joined by "and" before a college's keyword.
                if (cap(first) && is(first - 1, "and") && m_t.oneSpace(first) &&
                    is(last, "college") && isWord(first - 2) && cap(first - 2) &&
                    !claimed(first - 2) && m_t.oneSpace(first - 1) &&
                    !(roles(first - 2) & kNotInPlaceName)) {
                    first -= 2;
                }
            }
            const int keywordLast = last;
            // "Cowbridge Road East", "Station Road North": a compass word after a street.
            if (isWord(last + 1) && cap(last + 1) && m_t.oneSpace(last + 1) && !claimed(last + 1)) {
                const int n = last + 1;
                const bool compass = is(n, "east") || is(n, "west") || is(n, "north") ||
                                     is(n, "south") || is(n, "upper") || is(n, "lower");
                if (compass && !(roles(last) & Lexicon::SchoolWord)) {
                    last = n;
                }
            }
            bool place = false;
            bool strong = false;
            for (int k = i; k <= keywordLast; ++k) {
                const std::uint32_t kr = roles(k);
                place = place || (kr & Lexicon::PlaceWord);
                strong = strong || (kr & Lexicon::SchoolWord) || is(k, "lodge") || is(k, "road") ||
                         is(k, "rd") || is(k, "street") || is(k, "avenue") || is(k, "ave") ||
                         is(k, "lane") || is(k, "close") || is(k, "drive") || is(k, "grove") ||
                         is(k, "crescent") || is(k, "terrace") || is(k, "gardens") ||
                         is(k, "mews") || is(k, "estate") || is(k, "surgery") || is(k, "rise") ||
                         is(k, "way") || (is(k, "barracks") && cap(k));
            }
            // Name words before the keyword; a lone ordinary word opening a sentence is no name.
            int nameWords = 0;
            bool distinctive = false;
            for (int k = first; k < i; ++k) {
                if (roles(k) & (Lexicon::SchoolWord | Lexicon::PlaceWord)) {
                    continue; // "High Street" has no name in it
                }
                ++nameWords;
                const Tier t = tier(k);
                // A tree or country word before "View", "Lodge" names a home ("Meadow View").
                distinctive = distinctive || m_claims[k] == kKept ||
                              !(t == Tier::English || t == Tier::ContextOnly ||
                                t == Tier::WordName || t == Tier::Never) ||
                              (place && cap(k) && homeNameWord(m_t.str(k)));
            }
            if (nameWords == 0 || (nameWords == 1 && initial(first) && !distinctive)) {
                continue;
            }
            const PiiKind kind = place ? PiiKind::Place : PiiKind::School;
            if (kind == PiiKind::Place) {
                // A house number before a street, and "Flat" before that.
                const int n = first - 1;
                if (n >= 0 && m_t.oneSpace(first) && !claimed(n) &&
                    (m_t[n].type == Type::Number ||
                     (m_t[n].type == Type::Alnum && m_t[n].length <= 4))) {
                    first = n;
                    distinctive = true;
                    if (n - 1 >= 0 && m_t.oneSpace(n) && (roles(n - 1) & Lexicon::FlatWord) &&
                        !claimed(n - 1)) {
                        first = n - 1;
                    }
                }
            }
            if (!strong && !distinctive) {
                continue;
            }
            if (!cap(i) && is(i, "estate") && last == i) {
                last = i - 1; // "on the [place] estate": the word says what, the name where
            }
            claim(first, last, m_t[last].end(), kind, FindingReason::Context);
            i = last;
        }
    }

    /** "the staff at Tor View", "short breaks at Little Oaks", "placed at oak tree lodge",
     *  "my fave staff at The Haven": a home or unit a child stays in, named after what only
     *  such a home has (its staff, its short breaks, a placement), by capitalised words or,
     *  in lower case, ending with a home's word. */
    void careHomePass()
    {
        for (int p = 1; p + 1 < m_t.size(); ++p) {
            if (!(roles(p) & Lexicon::PlacePrep)) {
                continue; // one bit test for most words
            }
            // "at Oaklands Children's Home", "sent to Hillside Secure Centre": a home or a
            // unit named by what it is, after any preposition
            if (const int end = namedHomeEnd(p + 1); end > p) {
                claim(p + 1, end, m_t[end].end(), PiiKind::Place, FindingReason::Context);
                p = end;
                continue;
            }
            if (!is(p, "at") || !careBefore(p - 1)) {
                continue;
            }
            int first = p + 1;
            const bool article = is(first, "the") && m_t.oneSpace(first + 1);
            const int name = article ? first + 1 : first;
            if (!isWord(name) || claimed(name) || !m_t.oneSpace(name) || (article && !cap(name))) {
                continue;
            }
            const bool upper = cap(name);
            int last = name - 1;
            while (last + 1 <= name + 2 && isWord(last + 1) && !claimed(last + 1) &&
                   (last + 1 == name || m_t.oneSpace(last + 1)) && cap(last + 1) == upper &&
                   !(roles(last + 1) & (kNotInPlaceName | Lexicon::SchoolWord)) &&
                   tier(last + 1) != Tier::Never) {
                ++last;
                // "Hafan y Môr", "Bryn yr Eos": a Welsh name's article between its words
                if (upper && (is(last + 1, "y") || is(last + 1, "yr")) && m_t.oneSpace(last + 1) &&
                    isWord(last + 2) && cap(last + 2) && m_t.oneSpace(last + 2) &&
                    !claimed(last + 2)) {
                    last += 2;
                    break;
                }
            }
            if (last < name || (!upper && !careHomeWord(last)) ||
                (upper && last == name && !article && !careHomeWord(last) &&
                 tier(name) == Tier::English)) {
                continue; // "the staff at school"; "the staff at Tesco" is a kept name
            }
            first = article && upper ? first : name;
            claim(first, last, m_t[last].end(), PiiKind::Place, FindingReason::Context);
            p = last;
        }
    }

    /** The last token of a children's home or secure unit named from token first by up to
     *  three capitalised words and what it is, or -1. Capitalised, what it is is part of the
     *  name ("Oaklands Children's Home", "Hillside Secure Centre"); in lower case it is what
     *  a team must read and stays ("Brambles secure unit", issue 17): only the name's words. */
    int namedHomeEnd(int first) const
    {
        int k = first;
        while (k < first + 3 && isWord(k) && cap(k) && !claimed(k) && !is(k, "childrens") &&
               !is(k, "children's") && !is(k, "secure")) {
            ++k;
        }
        if (k == first || !m_t.oneSpace(k)) {
            return -1;
        }
        const bool kind = is(k, "childrens") || is(k, "children's") || is(k, "secure");
        const bool three = is(k, "secure") && (is(k + 1, "children's") || is(k + 1, "childrens")) &&
                           is(k + 2, "home");
        const bool what = three || is(k + 1, "home") || is(k + 1, "centre") ||
                          is(k + 1, "center") || is(k + 1, "unit");
        if (!kind || !what) {
            return -1;
        }
        for (int j = first; j < k; ++j) {
            if (tier(j) == Tier::Never) {
                return -1; // "at The Children's Home": no name
            }
        }
        const int last = three ? k + 2 : k + 1;
        return cap(k) && cap(last) ? last : k - 1;
    }

    /** What only a home or unit a child stays in has, before "at": its staff, its short
     *  breaks or respite, a placement. */
    bool careBefore(int k) const
    {
        static const WordTable kWords =
            wordSet(u"staff respite breaks placed placement residential unit manager workers "
                    u"residents cook carers");
        if (!isWord(k) || m_t[k].length < 4) {
            return false;
        }
        // "respite weekends at", "my respite nights at"
        if ((is(k, "weekends") || is(k, "nights") || is(k, "weekend") || is(k, "stays")) &&
            (is(k - 1, "respite") || is(k - 2, "respite"))) {
            return true;
        }
        return kWords.value(stem(k), m_stemHashes[k]) != 0;
    }

    /** A home's or unit's last word: "Harbour View", "Oak Tree Lodge", "Little Oaks". */
    bool careHomeWord(int k) const
    {
        static const WordTable kWords =
            wordSet(u"view lodge house oaks haven court grange manor hall cottage cottages farm "
                    u"place gardens mount close willows beeches elms pines limes meadows");
        return isWord(k) && kWords.value(stem(k), m_stemHashes[k]) != 0;
    }

    /** "Parson Cross, sheffield, that's where it all went wrong", "Ipswich, Chantry estate,
     *  that's where I grew up", "Shotton, then Flint, then Mold": places a statement opens
     *  with, one after another, which the rest of its sentence says were homes. The first
     *  place is capitalised or a known town; each item is one or two words. */
    void openingPlacesPass()
    {
        const int first = 0;
        if (!isWord(first) || claimed(first) || !(cap(first) || placeFlag(first)) ||
            (roles(first) & kNotInPlaceName) || tier(first) == Tier::Never) {
            return;
        }
        // The items: words up to a comma, at most two each and three items.
        std::vector<std::pair<int, int>> items;
        int k = first;
        bool then = false;
        while (items.size() < 3 && isWord(k) && !claimed(k) && (cap(k) || placeFlag(k)) &&
               !(roles(k) & kNotInPlaceName) && tier(k) != Tier::Never) {
            int last = k;
            if (isWord(k + 1) && m_t.oneSpace(k + 1) && !claimed(k + 1) &&
                (cap(k + 1) || is(k + 1, "estate")) && !(roles(k + 1) & kNotInPlaceName)) {
                last = k + 1;
            }
            if (!m_t.punct(last + 1, u',')) {
                if (then && m_t.sentenceEnd(last + 1)) {
                    items.emplace_back(k, last); // "..., then Dudley."
                }
                break;
            }
            items.emplace_back(k, last);
            k = last + 2;
            if (is(k, "then") && m_t.oneSpace(k + 1)) {
                then = true; // "Shotton, then Flint, then Mold"
                ++k;
            }
        }
        if (items.empty()) {
            return;
        }
        // What the sentence says of them: a home, where one grew up, or a list of moves.
        bool home = then && items.size() >= 2;
        for (int j = items.back().second + 1; !home && !m_t.sentenceEnd(j); ++j) {
            home = ((is(j, "that's") || is(j, "thats")) &&
                    (is(j + 1, "where") || is(j + 1, "home") || is(j + 1, "me") ||
                     ((is(j + 1, "my") || is(j + 1, "our")) &&
                      (is(j + 2, "estate") || is(j + 2, "area") || is(j + 2, "town") ||
                       is(j + 2, "home") || is(j + 2, "ends"))))) ||
                   // "born and raised", not "Name, born 12/03/2011" (a date of birth)
                   (is(j, "born") && (is(j + 1, "and") || is(j + 1, "n") || is(j + 1, "&") ||
                                      is(j + 1, "there") || is(j + 1, "here"))) ||
                   is(j, "raised") || is(j, "bred") || (is(j, "grew") && is(j + 1, "up"));
        }
        if (!home) {
            return;
        }
        for (const auto& [a, b] : items) {
            if (!abroadFlag(a) && !nation(a)) {
                claim(a, b, m_t[b].end(), PiiKind::Place, FindingReason::Context);
            }
        }
    }

    /** "live in Leeds", "moved to Halifax", "Valley Road in Pudsey", "Bradford BD13 1QR". */
    [[gnu::hot]] void placeContextPass()
    {
        openingPlacesPass();
        // "Whitleigh is where i grew up": a home named first, said to be one after it.
        constexpr std::uint8_t kOpening = Token::SentenceStart | Token::Capitalised;
        for (int i = 0; i < m_t.size(); ++i) {
            // "Leeds is my area", "Rhyl is home": a known town said to be home.
            if ((m_t[i].flags & kOpening) == kOpening && isWord(i) && !claimed(i) &&
                tier(i) != Tier::Never &&
                ((is(i + 2, "where") && homeIsWhereAfter(i)) ||
                 (placeFlag(i) && (is(i + 1, "is") || is(i + 1, "was")) && homeSaidAfter(i, i)))) {
                claim(i, i, m_t[i].end(), PiiKind::Place, FindingReason::Context);
                continue;
            }
            // In any case, a known town that opens a sentence ("penzance is home", "dewsbury's
            // where we live").
            if (m_t[i].has(Token::SentenceStart) && isWord(i) && !claimed(i) && placeFlag(i) &&
                !abroadFlag(i) && !nation(i) && !region(i) && tier(i) != Tier::Never &&
                (homeToldAfter(i) ||
                 ((is(i + 1, "is") || is(i + 1, "was")) && homeSaidAfter(i, i)))) {
                // "dewsbury's where": the "'s" (is) stays
                claim(i, i, m_t[i].start + int(stem(i).size()), PiiKind::Place,
                      FindingReason::Context);
            }
        }
        for (int i = 1; i < m_t.size(); ++i) {
            // Lower case only right after a preposition: most words leave at the first test.
            // A known town in lower case also after Welsh "i" and "o" ("symud o gaerdydd i
            // ferthyr") and next in a list ("lived in cov, nuneaton and bedworth"): the
            // branches below decide.
            if ((!cap(i) && !(roles(i - 1) & Lexicon::PlacePrep) &&
                 !(placeFlag(i) &&
                   (is(i - 1, "i") || is(i - 1, "o") || is(i - 1, "and") ||
                    m_t.punct(i - 1, u',') ||
                    // "home is widnes", "a barnsley lass"
                    is(i - 1, "is") || is(i - 1, "was") || is(i - 1, "a") || is(i - 1, "home's") ||
                    // "yn y rhyl": a town with its Welsh article
                    ((is(i - 1, "y") || is(i - 1, "yr")) && !abroadFlag(i) &&
                     (is(i - 2, "yn") || is(i - 2, "i") || is(i - 2, "o")))))) ||
                (claimed(i) && !keptPlaceAt(i)) || !isWord(i) || initial(i) ||
                stem(i).size() != m_t[i].length || allUpper(m_t.str(i))) {
                continue;
            }
            // A public place's name: only "live in" says it is a home.
            const bool kept = claimed(i);
            if (kept && (!livesInBefore(i) || keptPhraseAbroad(i))) {
                continue;
            }
            const Tier t = tier(i);
            // In lower case only a known place, or a word no dictionary knows ("nghaerdydd").
            // Not a school's or a home's own word in lower case: "yn tŷ ni" is "in our house".
            const bool usual = t != Tier::Never &&
                               !(roles(i) & (Lexicon::Month | Lexicon::SchoolWord)) && !nation(i) &&
                               (cap(i) || !(roles(i) & Lexicon::SchoolHomeCue)) &&
                               (cap(i) || !placeFlag(i) || !welshPlacePart(i)) &&
                               (cap(i) || placeFlag(i) || t == Tier::Unknown || t == Tier::Wide ||
                                t == Tier::Plain);
            // "west bromwich", "north ormesby", "old colwyn": a compass word or "old" before a
            // name no dictionary knows is the first word of the place. Asked only of the
            // lower-case words the test above leaves.
            const bool prefixed = !usual && !cap(i) && m_t[i].length >= 3 && m_t[i].length <= 8 &&
                                  placePrefix(i) && m_t.oneSpace(i + 1) && !cap(i + 1) &&
                                  nameLikeLower(i + 1) && !claimed(i + 1);
            if ((!usual && !prefixed) || schoolYearAt(i) || (cap(i) && teamAfter(i))) {
                continue; // "Leeds are going up": the team
            }
            bool place = false;
            int p = i - 1;
            // "byw yn y Trallwng", "yn y Fenni": a town whose Welsh name has the article.
            if ((is(p, "y") || is(p, "yr")) && placeFlag(i) &&
                (is(p - 1, "yn") || is(p - 1, "i") || is(p - 1, "o"))) {
                --p;
            }
            // "symudon ni o'r Drenewydd": "o'r" (from the), the article joined on.
            if ((is(p, "o'r") || is(p, "i'r")) && cap(i) && placeFlag(i) &&
                welshMoveBefore(p - 1)) {
                place = true;
            }
            if (place) {
                // found just above
            } else if ((is(p, "i") || is(p, "o")) &&
                       (welshMoveBefore(p - 1) ||
                        // "mynd adre i Fangor": going home to
                        (is(p, "i") && cap(i) && !abroadFlag(i) &&
                         (is(p - 1, "adre") || is(p - 1, "adref") || is(p - 1, "gartre"))) ||
                        ((is(p - 1, "teulu") || is(p - 1, "nheulu")) &&
                         welshMoveBefore(p - 2 - (is(p - 2, "y") || is(p - 2, "fy")))))) {
                // "symudon ni i Gasnewydd", "symudon ni o Fangor", "symudodd y teulu o
                // Abertawe": Welsh "i" (to) or "o" (from) after moving
                place = true;
            } else if ((is(p, "i") || is(p, "i'r")) && claimedAs(p - 1, PiiKind::Place) &&
                       (is(p - 2, "o") || is(p - 2, "o'r"))) {
                place = true; // "o Fangor i Gaernarfon": from one home to the next
            } else if (is(p, "o") && cap(i) && placeFlag(i) && welshMoveEarlier(p)) {
                place = true; // "symudon ni i Fae Colwyn o Lerpwl": where the move was from
            } else if ((is(p, "o") || is(p, "o'r")) && is(p - 1, "dod") && cap(i) && placeFlag(i) &&
                       !abroadFlag(i) && !nation(i) && welshSelfBefore(p - 2) &&
                       !welshLeftBehind(i)) {
                // "fi'n dod o'r Barri": where I am from, as "I'm from Barry"; not "yn
                // wreiddiol" (originally) or "ond dw i'n byw yn" (but I live in)
                place = true;
            } else if (is(p, "of") && (is(p - 1, "edge") || is(p - 1, "outskirts")) &&
                       is(p - 2, "the") && is(p - 3, "on") && !abroadFlag(i) && !nation(i) &&
                       (homeVerb(p - 4) || is(p - 4, "we're") || is(p - 4, "were") ||
                        is(p - 4, "im") || is(p - 4, "i'm") || is(p - 4, "are"))) {
                place = true; // "we live on the edge of Aberystwyth"
            } else if (is(p, "i") &&
                       (isWide(p - 1, u"n\u00f4l") ||
                        (isWide(p - 1, u"\u00f4l") && is(p - 2, "yn"))) &&
                       !abroadFlag(i) && !tripInSentence(p)) {
                place = true; // "mynd yn ôl i Aberteifi", "nôl i Gaerfyrddin": back to a home
            } else if ((roles(p) & Lexicon::PlacePrep) || is(p, "outside") || is(p, "above") ||
                       is(p, "ger") ||
                       ((is(p, "up") || is(p, "down")) && (roles(p - 1) & Lexicon::PlaceVerb))) {
                // "i live up Gurnos", "we stay down Splott", "locuiesc in Luton"
                place = homeContextBefore(p, i) || homeLanguageHomeBefore(p, i);
            } else if (homeLanguageHomeBefore(p, i) || homeWithoutPrepositionBefore(p, i) ||
                       homeLanguageInBefore(p, i) || livingVerbNear(i) || localPersonAfter(i)) {
                // "mieszkam w Swansea", "i miss Pontypool", "home is Wigan", "tia em Bournemouth"
                place = true;
            } else if (m_t.punct(p, u',') && claimedAs(p - 1, PiiKind::Place)) {
                place = true;
            } else if ((roles(p) & Lexicon::Relation) && cap(p) && cap(i) && placeFlag(i) &&
                       !abroadFlag(i) && !region(i) && m_t.oneSpace(i) && welshStatement()) {
                place = true; // "Nain Dinbych a Nain Rhyl": grandparents named by their towns
            }
            place = place || nextInRoute(p, i);
            int last = prefixed ? i + 1 : i;
            while (isWord(last + 1) && (cap(last + 1) || placeFlag(last + 1)) &&
                   m_t.oneSpace(last + 1) &&
                   (kept ? m_claims[last + 1] == kKept
                         : !claimed(last + 1) && tier(last + 1) != Tier::Never)) {
                ++last;
            }
            // "colwyn bay", "chelmsley wood", "bodmin moor": a place's last word in lower case.
            if (!cap(last) && isWord(last + 1) && !cap(last + 1) && m_t.oneSpace(last + 1) &&
                !claimed(last + 1) && placeSuffix(last + 1)) {
                ++last;
            }
            const int n = m_t.punct(last + 1, u',') ? last + 2 : last + 1;
            if (claimedAs(n, PiiKind::Postcode) ||
                (!place &&
                 (whereLivedAfter(last, i) || homeSaidAfter(last, i) ||
                  (!abroadFlag(i) && !region(i) &&
                   (stayedInBefore(p, last) || homeToldAfter(last) || nearHomeAfter(p, last) ||
                    selfFromBefore(p, i, last) || livesThereAfter(p, last)))))) {
                place = true;
            }
            // "yng nghanol y dre" (in the middle of): a word of the Welsh dictionary in lower
            // case is no place; the filter is read only here, where a place was found.
            if (place && !cap(i) && !placeFlag(i) && t == Tier::Unknown &&
                unknownwords::builtInModel().welsh.contains(stem(i))) {
                place = false;
            }
            if (place) {
                last = std::max(last, listedDistrictEnd(i)); // "knowle west", "hackney wick"
                claim(i, last, m_t[last].end(), PiiKind::Place, FindingReason::Context);
                i = last;
            } else if (region(i) && (roles(i - 1) & Lexicon::PlacePrep)) {
                // "took me to Cornwall every summer", "the social worker from Kent": a county
                // no home context names is no person either ("placed in Shropshire" is found).
                m_claims[i] = kKept;
            }
        }
    }

    /** "we used to live in Barry Island", "I live in Cardiff Bay": a place that the public
     *  phrases keep (where people visit, public-phrases.txt) is a home after "live in"
     *  (livesInBefore). The capitalised first word of a phrase that sessionPass kept. */
    bool keptPlaceAt(int i) const
    {
        // Only after "in", where "live in" can be: one test for most kept words.
        return m_claims[i] == kKept && cap(i) &&
               m_claims[i - 1] != kKept && // the phrase's first word
               (is(i - 1, "in") || is(i - 1, "yn") || is(i - 1, "ym") || is(i - 1, "yng"));
    }
    /** Whether a word of the kept phrase opening at word i is a country or a place abroad:
     *  "my grandad lives in Sri Lanka" stays, as "lives in Poland" does. */
    bool keptPhraseAbroad(int i) const
    {
        for (int k = i; isWord(k) && m_claims[k] == kKept; ++k) {
            if (abroadFlag(k) || nation(k)) {
                return true;
            }
        }
        return false;
    }
    /** A word of a home given to a family or a child, at word q, as it stands before "in":
     *  "two bed", "temporary" (housing), "fostered", "leaving care", "in care", "a unit" (not
     *  a secure one or a mother and baby unit, which a court or a hospital decides), "semi
     *  indep". */
    bool housingWordAt(int q) const
    {
        if (is(q, "bed") || is(q, "bedroom")) {
            return is(q - 1, "one") || is(q - 1, "two") || is(q - 1, "three") ||
                   is(q - 1, "four") || is(q - 1, "five") ||
                   (m_t.isType(q - 1, Type::Number) && m_t[q - 1].length == 1);
        }
        if (is(q, "care")) {
            return is(q - 1, "leaving") || is(q - 1, "in");
        }
        if (is(q, "unit")) {
            return is(q - 1, "a") || is(q - 1, "residential") || is(q - 1, "the");
        }
        return is(q, "temporary") || is(q, "fostered") || is(q, "indep") || is(q, "independent");
    }
    /** "live in", "lived in", "byw yn", "living in ... now": the words just before word i. */
    bool livesInBefore(int i) const
    {
        int v = i - 2;
        if (is(v, "now") || is(v, "still") || is(v, "currently")) {
            --v;
        }
        return is(v, "live") || is(v, "lives") || is(v, "lived") || is(v, "living") || is(v, "byw");
    }

    /** "we live on the patch at RAF Valley", "relocated to RAF Brize Norton": a forces
     *  family's station is where it lives; claimed RAF and all. Not its museum or cadets. */
    void rafPass()
    {
        for (int i = 0; i + 1 < m_t.size(); ++i) {
            if (!is(i, "raf") || !m_t[i].has(Token::AllUpper) || !isWord(i + 1) || !cap(i + 1) ||
                !m_t.oneSpace(i + 1) || claimed(i) || claimed(i + 1) || is(i + 1, "museum") ||
                is(i + 1, "air") || is(i + 1, "cadets") || is(i + 1, "club") ||
                is(i + 1, "reserves")) {
                continue;
            }
            int last = i + 1;
            while (last < i + 3 && isWord(last + 1) && cap(last + 1) && m_t.oneSpace(last + 1) &&
                   !claimed(last + 1)) {
                ++last;
            }
            claim(i, last, m_t[last].end(), PiiKind::Place, FindingReason::Context);
            i = last;
        }
    }

    /** A class at school, not a place: "in Year 2", "yn Blwyddyn 7", "in Reception". */
    bool schoolYearAt(int k) const
    {
        return ((is(k, "year") || is(k, "yr") || is(k, "blwyddyn") || is(k, "flwyddyn")) &&
                m_t.isType(k + 1, Type::Number)) ||
               is(k, "reception");
    }

    /** Everyday Welsh words that the town list holds as parts of names ("Cefn Mawr",
     *  "Eglwys Newydd", "Bae Colwyn"): in lower case alone "yn fawr" is "is big". */
    bool welshPlacePart(int k) const
    {
        static const WordTable words = wordSet(u"mawr fawr newydd bach fach bae eglwys cei mynach");
        return words.value(stem(k), m_stemHashes[k]) != 0;
    }

    /** The first word of a place's name in lower case: "west bromwich", "old colwyn". */
    bool placePrefix(int k) const
    {
        // One lookup by the word's hash: asked of every lower-case word after a preposition.
        static const WordTable words =
            wordSet(u"north south east west old upper lower great little mountain");
        return isWord(k) && words.value(stem(k), m_stemHashes[k]) != 0;
    }

    /** The last word of a place's name, in lower case after the town's own: "colwyn bay",
     *  "chelmsley wood", "tile hill", "moss side", "parson cross", "tottenham hale". */
    bool placeSuffix(int k) const
    {
        static const WordTable words =
            wordSet(u"bay moor wood hale hill side park cross green heath vale bridge end common "
                    u"fields abbot ash shields rock town");
        return isWord(k) && words.value(stem(k), m_stemHashes[k]) != 0;
    }

    /** "Margate, then Ramsgate", "moved me to Rochdale, then to Oldham", "in Moss Side now,
     *  Manchester", "yng Nghaerdydd nawr, yn Grangetown": the next town in a route of homes,
     *  after a home found earlier in the sentence (p is the word before i). */
    bool nextInRoute(int p, int i) const
    {
        // The joining words first: this is asked of every capitalised word.
        int k = p;
        if (is(k, "to") || is(k, "in") || is(k, "yn") || is(k, "yng") || is(k, "ym") ||
            is(k, "i") || is(k, "i'r")) {
            --k;
        }
        bool joined = false;
        if (is(k, "then") || is(k, "now") || is(k, "nawr") || is(k, "wedyn") || is(k, "back") ||
            isWide(k, u"r\u0175an")) {
            --k;
            joined = true;
        }
        if (m_t.punct(k, u',') || is(k, "ac") || is(k, "and")) {
            --k; // "o Fachynlleth i Drefnewydd ac wedyn i'r Amwythig"
            joined = true;
        }
        // "normanton in derby", "Moss Side in Manchester": the town of a district just found.
        joined = joined || (is(p, "in") && claimedAs(p - 1, PiiKind::Place));
        if (!joined || abroadFlag(i) || !(cap(i) || placeFlag(i)) ||
            (!placeFlag(i) && tier(i) != Tier::Unknown) || region(i)) {
            return false;
        }
        for (int j = k, seen = 0; !m_t.sentenceEnd(j) && seen < 12; --j, ++seen) {
            if (claimedAs(j, PiiKind::Place)) {
                return true;
            }
        }
        return false;
    }

    /** The words before the preposition p say that the place at i is a home: a verb of living
     *  ("we moved to", "i live up"), a place or postcode just named, "live with", the town of
     *  the child's own school, "now im in", "back to". Not where a family was born or grew up,
     *  a relative's home abroad or a house abroad (issue 17: those places stay). */
    bool homeContextBefore(int p, int i) const
    {
        int q = p - 1;
        // "ysgol Saesneg yn Nantwich": a school named by its kind, then the town it is in,
        // as "the school in Rochdale" is
        if ((is(p, "yn") || is(p, "yng") || is(p, "ym")) && is(q - 1, "ysgol") && cap(i) &&
            !claimed(q) && !abroadFlag(i) && welshStatement()) {
            return true;
        }
        // "mewn gofal yn Nhreorci" (in care in), as "in care in Leeds"
        if ((is(p, "yn") || is(p, "yng") || is(p, "ym")) && is(q, "gofal") && cap(i) &&
            !abroadFlag(i) && !is(q - 1, "gadael")) { // "tîm gadael gofal": a service
            return true;
        }
        // "we moved there from Gloucester": "there" is the new home, the town the old one.
        if (is(q, "is") || is(q, "was") || is(q, "just") || is(q, "now") || is(q, "still") ||
            is(q, "up") || is(q, "down") || is(q, "back") || is(q, "currently") || is(q, "out") ||
            is(q, "again") || // "moved again to Treorchy"
            (is(q, "there") && is(p, "from")) ||
            // "we moved here from Wigan": not a country left ("moved over from Romania")
            ((is(q, "here") || is(q, "over")) && is(p, "from") && !abroadFlag(i) && !nation(i))) {
            --q;
        }
        // "a two bed in Tonypandy", "we're in temporary in Denbigh", "fostered in Ashford",
        // "leaving care in Luton", "a unit out in Kendal", "a semi indep in Walsall": a home
        // the family or the child has been given, in the UK.
        if ((is(p, "in") || is(p, "near")) && housingWordAt(q) && placeFlag(i) && !abroadFlag(i) &&
            !nation(i) && !region(i) && !tripInSentence(p)) {
            return true;
        }
        // "my dad is in Skelmersdale", "my friends are all in Southmead": where family or
        // friends are, in the UK (abroad is where a family comes from).
        if (is(p, "in") && !abroadFlag(i)) {
            // "are all in", "is still in", "hes only in"
            const int v =
                is(p - 1, "all") || is(p - 1, "still") || is(p - 1, "only") || is(p - 1, "both")
                    ? p - 2
                    : p - 1;
            // "siblings who are still in Belfast", "my mum's side are in Cookstown": who, and
            // a family's side
            const int w = is(v - 1, "who") || is(v - 1, "that") ? v - 2 : v - 1;
            // "amma is in Birmingham": a home language's kin word (lower case: a listed
            // everyday word of that language) stands for a relation too.
            if ((is(v, "is") || is(v, "are") || is(v, "was") || is(v, "were")) &&
                ((roles(w) & Lexicon::Relation) || is(w, "kids") || is(w, "children") ||
                 pluralRelation(w) || familySide(w) ||
                 (!cap(w) && (m_flags[w] & Gazetteer::HomeWord)))) {
                return !tripInSentence(p);
            }
            // "my brother, hes only in Bolton": he or she, said of the relative before
            if ((is(v, "hes") || is(v, "he's") || is(v, "shes") || is(v, "she's")) &&
                relativeEarlier(v) && placeFlag(i) && !nation(i) && !region(i)) {
                return !tripInSentence(p);
            }
        }
        if (bornOrArrivedBefore(p, i) || selfDescribedBefore(p, i)) {
            return true;
        }
        // "her aunt in Luton", "kinship care with my auntie in Seaham": a relative where they
        // live, in the UK; not on a visit ("went to see my nan in Wigan") or a trip.
        if (is(p, "in") && familyWord(q) && placeFlag(i) && !abroadFlag(i) && !nation(i) &&
            !region(i) && !tripInSentence(p) && !visitBefore(q)) {
            return true;
        }
        // "back in torquay for contact", "im going back to Hartlepool": a home returned to,
        // said of oneself or opening the statement; not on a trip, nor abroad.
        if ((is(p, "in") || is(p, "to")) && is(p - 1, "back") && placeFlag(i) && !abroadFlag(i) &&
            !nation(i) && !region(i) && !tripInSentence(p) &&
            (!m_t.valid(p - 2) || initial(p - 1) || selfVerbAt(p - 2) || is(p - 2, "going") ||
             is(p - 2, "moving") || is(p - 2, "move") || is(p - 2, "moved") || is(p - 2, "go") ||
             is(p - 2, "get") || is(p - 2, "got") || is(p - 2, "sent"))) {
            return true;
        }
        // "out here near Liskeard", "up here in Hexham": here, where the child is, in the UK
        if ((is(p, "near") || is(p, "in")) && is(q, "here") &&
            (is(q - 1, "out") || is(q - 1, "up") || is(q - 1, "down") || is(q - 1, "over") ||
             is(q - 1, "round")) &&
            placeFlag(i) && !abroadFlag(i) && !nation(i) && !region(i) && !tripInSentence(p)) {
            return true;
        }
        // Welsh "adre" (home): "colli adre yng Nghaerdydd" (missing home in), "mynd adre i
        // Fangor" (going home to)
        if ((is(p, "yn") || is(p, "yng") || is(p, "ym") || is(p, "i")) && cap(i) &&
            (is(q, "adre") || is(q, "adref") || is(q, "gartre")) && !abroadFlag(i) && !nation(i)) {
            return true;
        }
        // "placed in Plymouth, originally from Bude", "I'm originally from Merthyr": where a
        // child lived before, in the UK; not someone else's ("he's originally from Derby").
        if (is(p, "from") && is(q, "originally") && placeFlag(i) && !abroadFlag(i) && !nation(i) &&
            !region(i) &&
            (selfVerbAt(q - 1) || m_t.punct(q - 1, u',') || !m_t.valid(q - 1) ||
             m_t[q].has(Token::SentenceStart))) {
            return true;
        }
        if (is(p, "in") && !abroadFlag(i) && !nation(i) && !region(i)) {
            // "now he's in Folkestone", "now both in Wolverhampton", "now in Porth": where
            // someone is now, said as a home.
            const int v = is(p - 1, "both") || is(p - 1, "all") ? p - 2 : p - 1;
            const bool clauseStart =
                !m_t.valid(v - 1) || m_t.punct(v - 1, u',') || is(v - 1, "and") || is(v - 1, "but");
            if ((is(v, "now") && clauseStart) ||
                (is(v - 1, "now") &&
                 (is(v, "he's") || is(v, "she's") || is(v, "hes") || is(v, "shes") ||
                  is(v, "they're") || is(v, "we're") || is(v, "im") || is(v, "i'm")))) {
                return !tripInSentence(p);
            }
            // "always round our way in Middlesbrough": the family's own area
            if (is(p - 1, "way") && (is(p - 2, "our") || is(p - 2, "my"))) {
                return true;
            }
        }
        // "they came to us from Liverpool": a child's home before the placement
        if (is(p, "from") && is(q, "us") && is(q - 1, "to") &&
            (is(q - 2, "came") || is(q - 2, "come") || is(q - 2, "moved")) && !abroadFlag(i) &&
            !nation(i)) {
            return true;
        }
        // Welsh "wedi tyfu i fyny yn Stockport" (grown up in), "fy magu ym Mhwllheli"
        // (raised in): as "grew up in" in the UK.
        if ((is(p, "yn") || is(p, "yng") || is(p, "ym")) && !abroadFlag(i) &&
            ((is(q, "fyny") && is(q - 1, "i") && is(q - 2, "tyfu")) || is(q, "magu"))) {
            return true;
        }
        // "she moved us to Walthamstow", "they placed me in Hull": who was moved, between
        // the verb and the preposition.
        // "they sent me to Middlesbrough", "dispersed me to Glasgow", "they moved my daughter
        // Shakira to Skelmersdale": a child sent to live somewhere.
        static const char* const kSentVerbs[] = {"sent", "dispersed", "relocated", "transferred"};
        {
            int o = q;
            if (cap(o) && !initial(o) && (roles(o - 1) & Lexicon::Relation)) {
                --o; // the child's name after the relation (names are found after this pass)
            }
            const bool relative =
                (roles(o) & Lexicon::Relation) &&
                (is(o - 1, "my") || is(o - 1, "our") || is(o - 1, "his") || is(o - 1, "her"));
            if (relative) {
                o -= 1;
            }
            if ((relative || is(o, "us") || is(o, "me") || is(o, "him") || is(o, "her") ||
                 is(o, "them")) &&
                (((roles(o - 1) & Lexicon::PlaceVerb) && !is(o - 1, "home") &&
                  !is(o - 1, "house") && !is(o - 1, "flat")) ||
                 (isAny(o - 1, kSentVerbs) && is(p, "to") && !abroadFlag(i) && !region(i) &&
                  !tripInSentence(p)))) {
                q = o - 1;
                if (!(roles(q) & Lexicon::PlaceVerb)) {
                    return true;
                }
            }
        }
        // "we came down from Stornoway when I was 13": where a child lived before, in the UK;
        // said of oneself (the worker who "came up from London" travelled).
        if (is(p, "from") && (is(p - 1, "down") || is(p - 1, "up")) &&
            (is(q, "came") || is(q, "come")) && (initial(q) || is(q - 1, "i") || is(q - 1, "we")) &&
            !abroadFlag(i) && !nation(i) && !region(i) && !tripInSentence(p)) {
            return true;
        }
        // Welsh "yn" is also "is": "mae'r tŷ yn lân", "yn fawr" (the house is clean, big;
        // "Mawr" is listed, from "Cefn Mawr"): only a capitalised town.
        // "yma yn Llandrindod", "fan hyn ym Mhenygroes": here, in a town in the UK, is where
        // one lives. Not "y Swyddfa Gartref yng Nghaerdydd" (the Home Office).
        const bool welshIn = cap(i) && (is(p, "yn") || is(p, "yng") || is(p, "ym"));
        const bool welshHere = welshIn && (is(q, "yma") || (is(q, "hyn") && is(q - 1, "fan"))) &&
                               !abroadFlag(i) && !nation(i) && !tripInSentence(p);
        const bool welshHouse = (welshHouseAt(q) && welshIn && !is(q - 1, "swyddfa")) || welshHere;
        // "the old address in Newquay", "my new address is in Hove": a family's own
        // address, not an office's ("the Home Office address in Croydon")
        const bool ownAddress =
            (is(q, "address") || is(q, "addy")) &&
            (is(q - 1, "old") || is(q - 1, "new") || is(q - 1, "my") || is(q - 1, "our") ||
             is(q - 1, "home") || is(q - 1, "previous") || is(q - 1, "last") ||
             is(q - 1, "current") || is(q - 1, "his") || is(q - 1, "her") || is(q - 1, "their"));
        if (homeVerb(q) || welshHouse || ownAddress) {
            const bool abroad = abroadFlag(i);
            // Where one was born is where a family comes from; where one grew up or was raised,
            // too, when abroad ("grew up in Tredegar" is a home the child had).
            const bool origin =
                is(q, "born") ||
                ((is(q, "raised") || is(q, "grew") || (is(q, "up") && is(q - 1, "grew"))) &&
                 abroad);
            // "a house in Spain", "our home in Syria": unless a verb of living says so.
            const bool abroadHouse = abroad && dwellingWord(q);
            if (!(origin && placeFlag(i)) &&
                !((relativesHome(q) || someoneElseBefore(q)) && abroad) && !abroadHouse &&
                !wishBefore(q)) {
                return true;
            }
        }
        // "Valley Road in Pudsey": a place just named. Not Welsh "yn" before a lower-case word
        // no list knows: that "yn" is the particle before an adjective ("mae fy nheulu maeth
        // yn Wrecsam yn neis").
        const bool welshParticle = (is(p, "yn") || is(p, "'n")) && !cap(i) && !placeFlag(i);
        if ((claimedAs(q, PiiKind::Place) && !welshParticle) || claimedAs(q, PiiKind::Postcode) ||
            liveWithBefore(q) || localPlaceBefore(p, q, i)) {
            return true;
        }
        // "i went to my nans in Tonypandy", "at my dad's in Rhyl": a relative's home in the UK.
        if (is(p, "in") && !abroadFlag(i) && possessiveShape(q) &&
            (((is(q - 1, "my") || is(q - 1, "our")) && relativesPlace(q)) ||
             relativesHomeChain(q))) {
            return !tripInSentence(p);
        }
        // "my gran in Nottingham wants me to live with her", "Dad in Swindon": a relative's
        // town in the UK, where the family's own people are; a home language's family word
        // too ("my khala in Rochdale"), and "Mam's in Merthyr and Dad's in Caerphilly".
        // Not a visit ("i went to see my nan in Wigan", "we went with my nan in Wigan").
        const bool relativeIs = isWord(q) && m_t[q].has(Token::Apostrophe) &&
                                stem(q).size() < m_t[q].length &&
                                (possessorRoles(q) & Lexicon::Relation);
        if (is(p, "in") &&
            ((roles(q) & Lexicon::Relation) || (isWord(q) && (m_flags[q] & Gazetteer::KinWord)) ||
             relativeIs) &&
            cap(i) && placeFlag(i) && !abroadFlag(i) && !region(i) && !nation(i) &&
            (is(q - 1, "my") || is(q - 1, "our") || m_t[q].has(Token::SentenceStart) ||
             (relativeIs && is(q - 1, "and")))) {
            static const char* const kVisit[] = {"see",  "saw",    "visit", "visited", "visiting",
                                                 "went", "go",     "going", "stayed",  "staying",
                                                 "stay", "seeing", "meet",  "met",     "with"};
            for (int k = q - 1; k >= 0 && k >= q - 4 && isWord(k); --k) {
                if (isAny(k, kVisit)) {
                    return false;
                }
            }
            return !tripInSentence(p);
        }
        // "nani lives with us in Alum Rock", "he's been with us in Tredegar", "born here in
        // Bristol": the family's own home.
        if ((is(p, "in") || is(p, "at")) && (((is(q, "us") || is(q, "me")) && is(q - 1, "with")) ||
                                             (is(q, "here") && !abroadFlag(i)))) {
            return !tripInSentence(p);
        }
        // Welsh "yn byw efo ni ym Mhwllheli", "gyda ni yn", "'da ni yn": with us, in.
        if ((is(p, "yn") || is(p, "ym") || is(p, "yng")) && (is(q, "ni") || is(q, "fi")) &&
            (is(q - 1, "efo") || is(q - 1, "gyda") || is(q - 1, "'da") || is(q - 1, "da")) &&
            !abroadFlag(i)) {
            return !tripInSentence(p);
        }
        // "now im in Prestatyn": where the child is, a known UK town ("i'm from Swansea" is
        // where one comes from, and stays).
        if (is(p, "in") &&
            (is(q, "im") || is(q, "i'm") || is(q, "we're") || (is(q, "am") && is(q - 1, "i"))) &&
            placeFlag(i) && !abroadFlag(i)) {
            return !tripInSentence(p);
        }
        // Welsh "rŵan dwi yng Nghricieth" (now I'm in): a town in Wales named after it.
        if ((is(p, "yng") || is(p, "ym") || is(p, "yn")) &&
            (is(q, "dwi") || is(q, "rydw") || (is(q, "i") && is(q - 1, "dw"))) &&
            (cap(i) || placeFlag(i)) && !abroadFlag(i)) {
            return !tripInSentence(p);
        }
        if (locatedBefore(p, i)) {
            return true;
        }
        // "i want to go back to Ferndale": a home the child had, in the UK.
        return is(p, "to") && is(p - 1, "back") && !abroadFlag(i) && !tripInSentence(p);
    }

    /** "i was born in Peckham", "my kids were born in Cardiff", "we came to Halifax in 2015",
     *  "i came to Bury when i was 9": where the child or the child's generation was born, in
     *  the UK, or where the family arrived to live, is a home (p is the preposition). Not a
     *  parent's or grandparent's birthplace ("my mum was born in Leeds"), one the child
     *  disowns ("born in Leeds but ..."), abroad, or a visit ("Aitch came to Manchester"). */
    bool bornOrArrivedBefore(int p, int i) const
    {
        if (!placeFlag(i) || abroadFlag(i) || region(i) || nation(i)) {
            return false;
        }
        const int q = p - 1;
        if (is(p, "in") && is(q, "born") && (is(q - 1, "was") || is(q - 1, "were"))) {
            const int who = q - 2;
            const bool children = is(who, "kids") || is(who, "children") || is(who, "son") ||
                                  is(who, "daughter") || is(who, "brother") || is(who, "sister") ||
                                  is(who, "baby");
            if (!children && !is(who, "i") && !is(who, "we")) {
                return false;
            }
            if (is(i + 1, "but") || (m_t.punct(i + 1, u',') && is(i + 2, "but"))) {
                return false;
            }
            // A child born there: the family lived there. One's own birthplace is where one
            // comes from ("i was born in Swansea") unless the statement ties it to now ("and
            // that's where my family still lives", "south london raised", "this is our home").
            for (int j = i + 1; !children && m_t.valid(j); ++j) {
                if (is(j, "still") || is(j, "home") || is(j, "raised") || is(j, "bred") ||
                    is(j, "live") || is(j, "lives") || is(j, "living")) {
                    return true;
                }
            }
            return children;
        }
        if (is(p, "to") && (is(q, "came") || is(q, "come")) &&
            (is(q - 1, "i") || is(q - 1, "we"))) {
            // The arrival's time says it was a move: "in 2019", "when i was 9"; not a trip's
            // ("we came to London when i was 9 for a holiday").
            const int n = i + 1;
            return ((is(n, "in") && m_t.isType(n + 1, Type::Number) && m_t[n + 1].length == 4) ||
                    (is(n, "when") && (is(n + 1, "i") || is(n + 1, "we")))) &&
                   !tripInSentence(p);
        }
        return false;
    }

    /** "I'm a Kashmiri mum in Dewsbury", "we're a Somali family in Grangetown", "now i'm a
     *  care leaver in Cathays": who the speaker is, and where (p is "in"). */
    bool selfDescribedBefore(int p, int i) const
    {
        if (!is(p, "in") || abroadFlag(i) || region(i) || !(placeFlag(i) || cap(i))) {
            return false;
        }
        for (int k = p - 1; k >= p - 5 && isWord(k); --k) {
            if (is(k, "a") || is(k, "an")) {
                const int v = is(k - 1, "just") ? k - 2 : k - 1;
                return selfVerbAt(v) && k < p - 1 && !tripInSentence(p) && !elsewhereAround(p, i);
            }
            if ((roles(k) & Lexicon::Function) && !is(k, "the")) {
                return false; // "i'm a bit scared of the lads in Hull"
            }
        }
        return false;
    }

    /** "a hotel in Folkestone", "supported lodgings in Gateshead", "my uncle in Bradford",
     *  "i was in Morecambe for my first placement", "y gwesty yn Butetown": somewhere a child
     *  or family sleeps, or a relative is, placed in a UK town (p is "in" or Welsh "yn").
     *  Most towns the service hears after such words are where someone in the family lives
     *  (issue 17's unseen sets label 85% of UK towns after "in"), so these say home unless the
     *  sentence is about a trip, work, an event, the police or courts, or a wish. */
    bool locatedBefore(int p, int i) const
    {
        const bool welsh = is(p, "yn") || is(p, "yng") || is(p, "ym");
        // Welsh "yn" is also the particle before a verb or an adjective ("mae fy mam yn sâl"):
        // only a capitalised word or a known town after it.
        if (!(is(p, "in") || (welsh && (cap(i) || placeFlag(i)))) || abroadFlag(i) || region(i)) {
            return false;
        }
        // Where one sleeps: lodging of every kind, and the people one lives with.
        static const char* const kLodging[] = {"hotel",      "hotels",    "hostel",
                                               "hostels",    "flat",      "bedsit",
                                               "lodgings",   "lodging",   "digs",
                                               "room",       "hmo",       "bnb",
                                               "b&b",        "shelter",   "carers",
                                               "placement",  "home",      "bungalow",
                                               "maisonette", "gwesty",    "fflat",
                                               "lleoliad",   "cartref",   "maeth",
                                               "foster",     "supported", "semi-independent",
                                               "uned"};
        auto lodging = [&](int k) {
            if (is(k, "home") && (is(k + 1, "office") || is(k - 1, "the") || is(k - 1, "a"))) {
                return false; // "the Home Office", "a home in": an office, or nobody's yet
            }
            if (is(k, "family") || is(k, "families")) {
                static const char* const kWhose[] = {"foster",   "host", "sponsor", "kinship",
                                                     "my",       "our",  "his",     "her",
                                                     "adoptive", "new",  "their"};
                return isAny(k - 1, kWhose) || (possessorRoles(k - 1) & Lexicon::Relation);
            }
            if (is(k, "teulu")) {
                // "fy nheulu", "y teulu maeth"; not "llys teulu" (family court) or "meddyg
                // teulu" (GP)
                return is(k + 1, "maeth") || is(k - 1, "fy") || is(k - 1, "ein") || is(k - 1, "y");
            }
            return isAny(k, kLodging);
        };
        // "i was in Morecambe", "we were in Ilford", "i been sleeping on a floor in".
        auto beingThere = [&](int k) {
            const bool subject = is(k - 1, "i") || is(k - 1, "we") || is(k - 1, "he") ||
                                 is(k - 1, "she") || is(k - 1, "they");
            return ((is(k, "was") || is(k, "were") || is(k, "am") || is(k, "are")) && subject &&
                    k == p - 1) ||
                   is(k, "sleeping") || is(k, "slept") || is(k, "homeless") || is(k, "sofa") ||
                   is(k, "dispersed") || is(k, "rehoused");
        };
        bool cue = false;
        // "my uncle in Bradford", "my family in Seaham": a relative's own place.
        // "mynd at Dad yn Lerpwl", "with Nain in": with a relative, at their place.
        if (isWord(p - 1) && ((roles(p - 1) & Lexicon::Relation) || pluralRelation(p - 1)) &&
            (is(p - 2, "my") || is(p - 2, "our") || is(p - 2, "fy") || is(p - 3, "my") ||
             is(p - 2, "at") || is(p - 2, "gyda") || is(p - 2, "efo") || is(p - 2, "with") ||
             is(p - 2, "his") || is(p - 2, "her") || is(p - 2, "their"))) {
            cue = true;
        }
        // "our grandson Tyler in Wolverhampton": a relative named, then the place (names are
        // found after this pass).
        if (cap(p - 1) && !initial(p - 1) && (roles(p - 2) & Lexicon::Relation) &&
            (is(p - 3, "my") || is(p - 3, "our"))) {
            cue = true;
        }
        for (int k = p - 1; !cue && k >= 0 && k >= p - 8; --k) {
            if (m_t.isType(k, Type::Number)) {
                continue; // "homeless 2 weeks in Newport"
            }
            if (m_t.punct(k, u'&') && is(k - 1, "b") && is(k + 1, "b")) {
                cue = true; // "a B&B", which the tokenizer splits
                break;
            }
            if ((is(k, "place") && is(k - 1, "own")) || (is(k, "care") && is(k - 1, "into"))) {
                cue = true; // "i have my own place in Armley", "taken into care in Sheffield"
                break;
            }
            if (!isWord(k)) {
                break;
            }
            static const char* const kJoins[] = {"and", "but",   "because", "cos", "coz",
                                                 "so",  "when",  "while",   "if",  "or",
                                                 "ond", "achos", "felly",   "pan", "neu"};
            if (isAny(k, kJoins)) {
                break;
            }
            cue = lodging(k) || beingThere(k);
        }
        return cue && !tripInSentence(p) && !elsewhereAround(p, i);
    }

    /** Words about something other than where one lives, before the place p..i in its
     *  sentence or after it in its clause: work, the police and courts, an event, an
     *  appointment, a wish ("he works in a restaurant in Peckham", "they found me in
     *  Birmingham", "i was in Cardiff for the match", "i want to live in London"). */
    bool elsewhereAround(int p, int i) const
    {
        static const char* const kElsewhere[] = {
            "work",        "works",    "working",  "worked",   "job",    "shift",    "shifts",
            "judge",       "court",    "police",   "arrested", "caught", "prison",   "custody",
            "picked",      "found",    "stopped",  "match",    "game",   "rugby",    "football",
            "concert",     "wedding",  "married",  "funeral",  "parade", "festival", "interview",
            "appointment", "meeting",  "course",   "want",     "wanna",  "dream",    "treat",
            "born",        "hospital", "shopping", "gig",      "llys"};
        for (int j = p; !m_t.sentenceEnd(j); --j) {
            // "went to see my nan in Morecambe", "we went with my nan in": a visit; not "went
            // to live with"
            if (isAny(j, kElsewhere) || (is(j, "see") && is(j - 1, "to")) ||
                ((is(j, "went") || is(j, "go") || is(j, "going")) &&
                 !(is(j + 1, "to") && homeVerb(j + 2)))) {
                return true;
            }
        }
        static const char* const kJoins[] = {"and", "but", "because", "cos", "so", "when", "ond"};
        for (int j = i + 1;
             m_t.valid(j) && (isWord(j) || m_t.isType(j, Type::Number)) && !isAny(j, kJoins); ++j) {
            if (isAny(j, kElsewhere)) {
                return true;
            }
        }
        return false;
    }

    /** A known UK town said to be home without a preposition: "i miss Pontypool" (a home the
     *  child had), "home is Wigan", "home's Rhyl". Not abroad: "i miss Poland" is a country
     *  and "i miss Lagos" where a family comes from. */
    bool homeWithoutPrepositionBefore(int p, int i) const
    {
        if (!placeFlag(i) || abroadFlag(i)) {
            return false;
        }
        // "Lives Beeston with mum", "YP resides Allesley.": a case note's verb of living with
        // no "in", straight before a known town that ends what is said of it (not "lives
        // London life")
        const int n = i + 1;
        const bool closes = m_t.sentenceEnd(n) || m_t.punct(n, u',') || is(n, "with") ||
                            is(n, "and") || is(n, "now") || is(n, "way") || is(n, "area") ||
                            is(n, "since");
        return (is(p, "miss") && (is(p - 1, "i") || is(p - 1, "really") || is(p - 1, "still"))) ||
               ((is(p, "lives") || is(p, "resides") || is(p, "living")) && cap(i) && closes) ||
               is(p, "home's") || is(p, "hometown's") ||
               ((is(p, "is") || is(p, "was")) && homeSubjectEndingAt(p - 1));
    }

    /** "home", "my home town", "hometown", "home for me", "home for us": what "is" then
     *  names as a home, ending at token k. */
    bool homeSubjectEndingAt(int k) const
    {
        if (is(k, "me") || is(k, "us")) {
            return is(k - 1, "for") && is(k - 2, "home");
        }
        return is(k, "home") || is(k, "hometown") || (is(k, "town") && is(k - 1, "home"));
    }

    /** "i'm a Barnsley lass", "he's a proper Hartlepool lad", "a Wigan girl born and bred":
     *  a known UK town before a word for a local young person, after "a": where one is from. */
    bool localPersonAfter(int i) const
    {
        static const char* const kLocals[] = {"lad", "lass", "girl", "boy", "lads", "lasses"};
        const int a = is(i - 1, "proper") || is(i - 1, "true") || is(i - 1, "real") ? i - 2 : i - 1;
        return is(a, "a") && isAny(i + 1, kLocals) && m_t.oneSpace(i + 1) && placeFlag(i) &&
               !abroadFlag(i) && !nation(i) && !region(i);
    }

    /** "mieszkam w Swansea", "ne-am mutat la Luton", "moro em Thetford": a verb of living or
     *  of moving home in another home language, then its preposition p ("się" between in
     *  Polish). Not a place abroad: in those languages that is where the family lived before. */
    bool homeLanguageHomeBefore(int p, int i) const
    {
        // The verb first, by one bit of a filter: this runs before most capitalised words.
        auto mayBeVerb = [&](int q) {
            return isWord(q) && homelanguage::homeVerbFilter.mayContain(m_stemHashes[q]);
        };
        int q = p - 1;
        if (!mayBeVerb(q)) {
            q = p - 2; // "przeprowadziliśmy się do"
            if (!mayBeVerb(q) || !(word(p - 1) == u"si\u0119" || is(p - 1, "sie"))) {
                return false;
            }
        }
        return isWord(p) && homelanguage::isHomePreposition(m_t.str(p)) && !abroadFlag(i) &&
               homelanguage::isHomeVerb(m_t.str(q));
    }

    /** A known UK town a few words from a verb of living in a home language whose word
     *  order isHomePreposition() does not cover: "waxaan ku noolahay Leicester", "Tinogara ku
     *  Northampton", "ami Poplar e thaki", "alan dar Croydon zendegi mikonam". */
    bool livingVerbNear(int i) const
    {
        if (!cap(i) || !placeFlag(i) || abroadFlag(i) || region(i)) {
            return false;
        }
        // "jetoj me një familje angleze në Dartford", "gyvenu globėjų šeimoje Boston": the
        // verb a few words before, who with between.
        for (int k = i - 6; k <= i + 3; ++k) {
            if (k != i && isWord(k) && (!cap(k) || initial(k)) &&
                (homelanguage::isLivingVerbNearPlace(m_t.str(k)) ||
                 (k < i && homelanguage::isHomeVerb(m_t.str(k))))) {
                return true;
            }
        }
        return false;
    }

    /** Whether capitalised word k, a listed given name that is also a word, is a given name
     *  before a surname: not a title or a family word ("Babi", "Prince"), a compass word, nor
     *  a Welsh word in a Welsh statement ("Pan" is "when"). */
    bool givenNameBeforeSurname(int k) const
    {
        const std::uint32_t f = m_flags[k];
        return !(roles(k) & kNotInPlaceName) && !(f & (Gazetteer::KinWord | Gazetteer::HomeWord)) &&
               !is(k - 1, "the") && !is(k - 1, "a") && !is(k - 1, "an") &&
               !((f & Gazetteer::WelshWord) && welshStatement()) && !is(k, "south") &&
               !is(k, "north") && !is(k, "east") && !is(k, "west") && !is(k, "prince") &&
               !is(k, "princess") && !is(k, "king") && !is(k, "queen") && !is(k, "lord") &&
               !is(k, "lady") && !is(k, "saint");
    }

    /** Whether capitalised word i, after a preposition, is where a day out or a yearly trip
     *  went: "every year" or "every summer" after it, a school trip or a holiday in its
     *  sentence, or Welsh "es i" / "aethon ni" (I went, we went) before it; not after a
     *  person's word ("my friend in"), nor where a home is said ("to live"). */
    bool visitedPlaceAt(int i) const
    {
        const Tier t = tier(i);
        if (t == Tier::Plain || t == Tier::NameFirst || !outingWords()) {
            return false; // a given name; most statements (one scan, once)
        }
        const int p = i - 1;
        if (strongBefore(i, false) || (roles(p - 1) & kNotInPlaceName) || is(i + 1, "to") ||
            is(i + 1, "i")) {
            return false; // "grateful to Vicky"; "to live", "i fyw"
        }
        // A trip's word near it: "on holiday", "ar wyliau", "ar drip ysgol", "day out"
        for (int k = std::max(0, i - 6); k <= i + 5 && m_t.valid(k); ++k) {
            if (k != i &&
                (is(k, "holiday") || is(k, "holidays") || is(k, "hols") || is(k, "trip") ||
                 is(k, "drip") || is(k, "gwyliau") || is(k, "wyliau") || is(k, "camping") ||
                 is(k, "visit") || is(k, "visiting") || (is(k, "out") && is(k - 1, "day")))) {
                return true;
            }
        }
        // "we go to X every year", "every summer"
        for (int k = i + 1; k <= i + 4 && !m_t.sentenceEnd(k); ++k) {
            if (is(k, "every") && (is(k + 1, "year") || is(k + 1, "summer") ||
                                   is(k + 1, "easter") || is(k + 1, "christmas"))) {
                return true;
            }
        }
        bool welshWent = false;
        bool school = false;
        for (int k = 0; k < m_t.size(); ++k) {
            // "es i", "aethon ni", "aethom ni": went, before the place
            welshWent =
                welshWent || (k < p && ((is(k, "es") && is(k + 1, "i")) ||
                                        ((is(k, "aethon") || is(k, "aethom")) && is(k + 1, "ni"))));
            // "with the school", "gyda'r ysgol", "efo'r ysgol", "on a school trip"
            school = school || (is(k, "ysgol") && (is(k - 1, "gyda'r") || is(k - 1, "efo'r"))) ||
                     (is(k, "school") && is(k - 1, "the") && is(k - 2, "with"));
        }
        return welshWent || school;
    }

    /** Whether the statement has a word of a day out or a trip that visitedPlaceAt reads:
     *  "holiday", "trip", "every", Welsh "es", "aethon", "ysgol", "school". Asked once. */
    bool outingWords() const
    {
        if (m_outingWords < 0) {
            static const WordTable kOuting =
                wordSet(u"holiday holidays hols trip drip gwyliau wyliau camping visit visiting "
                        u"out every es aethon aethom ysgol school");
            bool any = false;
            for (int k = 0; k < m_t.size() && !any; ++k) {
                any = isWord(k) && kOuting.value(stem(k), m_stemHashes[k]) != 0;
            }
            m_outingWords = any ? 1 : 0;
        }
        return m_outingWords == 1;
    }

    /** "went to see my nan", "visiting my dad", "we went with my nan": a visit, a few words
     *  before the relative at k, which says the town is a day's, not a home's. */
    bool visitBefore(int k) const
    {
        static const char* const kVisits[] = {"see",  "seeing", "visit", "visiting", "visited",
                                              "went", "go",     "going", "saw",      "with"};
        for (int j = k - 1; j >= k - 3 && j >= 0; --j) {
            if (isAny(j, kVisits)) {
                return true;
            }
        }
        return false;
    }

    /** A word for family, not for a worker ("brother", "nan", "aunty", "cousins", "amma"):
     *  whose town is their home. */
    bool familyWord(int k) const
    {
        static const WordTable kFamily = wordSet(
            u"mum mam mom mother dad da father nan nana nanna nanny gran granny grandma nain "
            u"grandad grandpa grandparents grandmother grandfather taid mamgu mam-gu dadcu "
            u"brother bro brothers sister sis sisters auntie aunty aunt aunties uncle uncles "
            u"cousin cousins nephew niece son daughter stepdad stepmum step-dad step-mum "
            u"family kids children twin dads mums");
        if (!isWord(k) || cap(k) ||
            !(kFamily.value(stem(k), m_stemHashes[k]) != 0 || (m_flags[k] & Gazetteer::KinWord))) {
            return false;
        }
        // A plural is someone's ("my cousins in"), not a group's ("grandparents in Leeds").
        const QStringView w = m_t.str(k);
        return !(w.endsWith(u's') || w.endsWith(u'S') || is(k, "children")) || is(k - 1, "my") ||
               is(k - 1, "our") || is(k - 1, "his") || is(k - 1, "her") || is(k - 1, "their") ||
               is(k - 1, "your");
    }

    /** "grandparents", "cousins", "aunties": a family word in the plural. */
    bool pluralRelation(int k) const
    {
        if (!isWord(k) || m_t[k].length < 4) {
            return false;
        }
        if (is(k, "parents") || is(k, "grandparents") || is(k, "carers")) {
            return true;
        }
        const QStringView w = m_t.str(k);
        if (w.back() != u's' && w.back() != u'S') {
            return false;
        }
        return Lexicon::instance().roles(w.chopped(1)) & Lexicon::Relation;
    }

    /** A county or region ("Lincolnshire", "Cornwall", "Gwynedd"): too wide to find a family
     *  by, so a word that places someone there does not make it a home's name. */
    bool region(int i) const
    {
        // One hash lookup: this is asked of most capitalised words after "in".
        return isWord(i) && Lexicon::instance().isRegion(stem(i), m_stemHashes[i]);
    }

    /** "mieszka z tatą w Crewe", "eu sunt aici în Leicester", "ana hena fi Newport", "anh
     *  trai em ở Birmingham": a known UK town after "in" in another home language (Polish,
     *  Romanian, Portuguese, Vietnamese, Arabic, Farsi, Kurdish), the word before it no English
     *  word. A family that speaks of a town here in its own language speaks of where it lives;
     *  a holiday or a family's origin is abroad, and stays. */
    bool homeLanguageInBefore(int p, int i) const
    {
        // "do szkoły St Mary's w Slough": the school just found may stand before "w".
        if (!cap(i) || !placeFlag(i) || abroadFlag(i) || region(i) || !isWord(p) ||
            !isWord(p - 1) || (cap(p - 1) && !claimedAs(p - 1, PiiKind::School))) {
            return false;
        }
        const QStringView w = word(p);
        const bool in = w == u"w" || w == u"we" || w == u"\u00een" || w == u"em" ||
                        w == u"\u1edf" || w == u"dar" || w == u"fi" || w == u"li";
        if (!in) {
            return false;
        }
        const Tier t = tier(p - 1);
        return t == Tier::Unknown || t == Tier::Wide || t == Tier::Plain ||
               (m_flags[p - 1] & Gazetteer::HomeWord) || claimedAs(p - 1, PiiKind::School);
    }

    /** "my dream is to live in London", "i want to move to Leeds": a wish, at q the verb of
     *  living after "to"; the place is nobody's home yet. */
    bool wishBefore(int q) const
    {
        if (is(q - 1, "wanna")) {
            return true; // "i wanna live in Dubai"
        }
        if (!is(q - 1, "to")) {
            return false;
        }
        const int w = is(q - 2, "like") && is(q - 3, "i'd") ? q - 3 : q - 2;
        return is(w, "want") || is(w, "wanna") || is(w, "wish") || is(w, "hope") || is(w, "i'd") ||
               is(w, "dream") || (is(w, "is") && is(w - 1, "dream")) || is(w, "love") ||
               is(w, "like");
    }

    /** A verb of living: the Lexicon's, and verbs of being given or making a home that it
     *  leaves out (its roles train the unknown-word model): "rehoused to", "we foster in",
     *  "raising my nephew in". */
    bool homeVerb(int k) const
    {
        // Scots "bide" (live): "ah bide in Govan wi ma gran"; a report's "residing in",
        // "resident in"; a forces family "posted to", "stationed at", "relocated to". One
        // lookup by the word's hash: asked of every word of the clause before a place.
        static const WordTable kMore =
            wordSet(u"housed rehoused re-housed foster raising settled fostering shifted rent "
                    u"rented renting rents bide bides biding bidin residing resides reside "
                    u"resident posted stationed relocated relocating placements bungalow hostel "
                    u"maisonette");
        if (roles(k) & Lexicon::PlaceVerb) {
            return true;
        }
        return isWord(k) && kMore.value(stem(k), m_stemHashes[k]) != 0;
    }

    /** Welsh "tŷ" (house) and its mutations before "yn" (in), also with an adjective or the
     *  owner after it, as Welsh puts them: "y tŷ newydd yn Llandudno", "fy nhŷ i yn
     *  Nhreorci" (my house in). */
    bool welshHouseAt(int k) const
    {
        // and "cartref" (home) with its mutations: "yn ei gartref yn Nhrawsfynydd"
        auto house = [this](int j) {
            return isWord(j) &&
                   (m_t[j].length <= 3 ? (isWide(j, u"t\u0177") || isWide(j, u"nh\u0177") ||
                                          isWide(j, u"d\u0177") || isWide(j, u"th\u0177"))
                                       : (is(j, "cartref") || is(j, "gartref") ||
                                          is(j, "nghartref") || is(j, "chartref")));
        };
        return house(k) || ((is(k, "newydd") || is(k, "mawr") || is(k, "bach") || is(k, "i") ||
                             is(k, "ni") || is(k, "ni'n")) &&
                            house(k - 1));
    }

    /** "nans", "dad's", "mums": a relative's home, named by its owner. */
    bool relativesPlace(int q) const
    {
        if (!isWord(q) || m_t[q].length < 4 ||
            !(possessorRoles(q) & (Lexicon::Relation | Lexicon::Title))) {
            return false;
        }
        const QStringView owner = m_t[q].has(Token::Apostrophe) ? stem(q) : m_t.str(q).chopped(1);
        return !(equalsAscii(owner, "friend") || equalsAscii(owner, "mate") ||
                 equalsAscii(owner, "bestie") || equalsAscii(owner, "bff")); // no family's
    }

    /** Word q ends in "s" or has an apostrophe: it may name whose ("nans", "dad's"). */
    bool possessiveShape(int q) const
    {
        if (!isWord(q)) {
            return false;
        }
        const QStringView w = m_t.str(q);
        return m_t[q].has(Token::Apostrophe) || w.back() == u's' || w.back() == u'S';
    }

    /** "at my uncle daz's", "at aunty maz and uncle steve's", "at gran and grandpas": the
     *  home of relatives named by kin and name, q being its last word, a possessive. The
     *  words back to "my", "our", "at" or "to" are family words, names, "and"; one at least
     *  is family. */
    bool relativesHomeChain(int q) const
    {
        if (!isWord(q) || (stem(q).size() == m_t[q].length && !relativesPlace(q))) {
            return false; // no possessive
        }
        bool family = relativesPlace(q);
        for (int k = q - 1; k >= q - 6 && isWord(k); --k) {
            if (is(k, "my") || is(k, "our") || is(k, "at") || is(k, "to")) {
                return family && k < q - 1;
            }
            if (roles(k) & Lexicon::Relation) {
                family = family || !friendWord(k);
                continue;
            }
            if (!(is(k, "and") || is(k, "n") || claimedAs(k, PiiKind::Name) ||
                  (tier(k) != Tier::Never && tier(k) != Tier::English))) {
                return false;
            }
        }
        return false;
    }

    /** "my mum's side", "Dad's side of the family": a relative's side of a family. */
    bool familySide(int k) const
    {
        if (is(k, "family") && is(k - 1, "the") && is(k - 2, "of") && is(k - 3, "side")) {
            k -= 3;
        }
        return is(k, "side") && isWord(k - 1) && m_t[k - 1].has(Token::Apostrophe) &&
               (possessorRoles(k - 1) & Lexicon::Relation);
    }
    /** A relative named earlier in the sentence before word k ("my brother, hes ..."); not
     *  a friend or a worker ("my social worker, she's in Leeds today" is at work). */
    bool relativeEarlier(int k) const
    {
        static const char* const kWorkers[] = {"worker", "teacher", "officer",  "nurse",
                                               "doctor", "pa",      "coach",    "counsellor",
                                               "tutor",  "manager", "keyworker"};
        for (int j = k - 1; j >= 0 && j >= k - 6 && !m_t.sentenceEnd(j); --j) {
            if (roles(j) & Lexicon::Relation) {
                return !friendWord(j) && !isAny(j, kWorkers);
            }
        }
        return false;
    }

    /** A home's word: "house", "flat", "home", Welsh "tŷ" and "cartref". */
    bool dwellingWord(int k) const
    {
        return is(k, "house") || is(k, "flat") || is(k, "home") || is(k, "ty") ||
               isWide(k, u"t\u0177") || is(k, "cartref");
    }

    /** "my old school in Pontypool", "Ysgol Glan Llyn in Bala", "stayed in a hostel in
     *  Maesteg": the town of the child's own school, class, lodging or group narrows them down
     *  as their home does (issue 17). p is the preposition; q the word before it, or before
     *  the adverb between ("a refuge now in Telford"). Not a trip's ("a holiday in a caravan
     *  in Tenby"), nobody's in particular ("a big school in London") or abroad. */
    bool localPlaceBefore(int p, int q, int i) const
    {
        // Welsh "yn" is "ym" and "yng" before the nasal mutation it causes ("ym Mangor").
        if (!(is(p, "in") || is(p, "near") || is(p, "yn") || is(p, "ym") || is(p, "yng") ||
              is(p, "at") || is(p, "outside") || is(p, "above") || is(p, "ger")) ||
            abroadFlag(i)) {
            return false;
        }
        // the sentence scan only when needed
        return localBefore(q, cap(i)) && !tripInSentence(q);
    }

    /** localPlaceBefore's test of the words before "in", trips aside; capitalised, whether
     *  the place is (Welsh "yn" also makes an adjective: "mae'r ysgol yn dda"). */
    bool localBefore(int q, bool capitalised) const
    {
        if (claimedAs(q, PiiKind::School)) {
            return true;
        }
        if ((is(q, "us") || is(q, "me")) &&
            (is(q - 1, "near") || is(q - 1, "by") || is(q - 1, "round") || is(q - 1, "to") ||
             is(q - 1, "from"))) {
            return true; // "a park near us in Moss Side", "an hour from us in Welshpool"
        }
        // "a refuge in Swansea", "y lloches yn Wrecsam": where a family lives while it
        // hides, whoever's words say so; "in care in Morpeth", "a semi independent in", "the
        // placement's in": where a child in care lives.
        // "a farm near Diss", "the site at Chorley", "y safle ger Llanelli", "a hill farm
        // above Sedbergh": a farming or Traveller family's home is where its farm or site is
        // (a farmer's work, "a farmer near Kendal", is where he works).
        static const char* const kLand[] = {"farm", "farms", "site", "fferm", "safle", "yard"};
        if (isAny(q, kLand)) {
            return true;
        }
        if (is(q, "refuge") || is(q, "lloches") || is(q, "accommodation") ||
            (is(q, "care") && is(q - 1, "in")) || is(q, "independent") || is(q, "placement's") ||
            (isWord(q) && m_t[q].has(Token::Hyphen) &&
             m_t.str(q).endsWith(u"independent", Qt::CaseInsensitive))) { // "semi-independent"
            return true;
        }
        // "we live by the park in Canton", "my nan lives round the corner in Ely", "i live in
        // a caravan on the site at Smithy Fen", "we live in a flat above the chip shop in
        // Ystrad Mynach": a verb of living a few words before, in the same clause (no mark
        // and no word that joins clauses between).
        for (int k = q - 1; k >= 0 && k >= q - 7; --k) {
            if (m_t.isType(k, Type::Alnum) && !claimed(k)) {
                continue; // "a flat on the 9th floor in Sheffield"
            }
            if (!isWord(k) || claimed(k) || is(k, "with")) {
                break; // "stay with a friend in Leeds": liveWithBefore's to judge
            }
            // English and Welsh words that join clauses ("ond", "achos", "felly", "pan",
            // "neu"): "i live in care but my mum works in Leeds", "byw yn Nolgellau ond dw i
            // ddim yn ei weld".
            static const char* const kJoins[] = {
                "and",  "but",   "because", "cos", "coz",   "so",    "when",
                "then", "while", "if",      "or",  "until", "til",   "till",
                "ond",  "achos", "felly",   "pan", "neu",   "wedyn", "ac"};
            if (isAny(k, kJoins)) {
                break;
            }
            if (homeVerb(k) && !is(k, "house") && !is(k, "home") && !is(k, "flat") &&
                !is(k, "born") && !is(k, "raised")) {
                return true;
            }
        }
        static const char* const kLocal[] = {
            "school",   "class",    "college",  "nursery", "academy", "placement",
            "hostel",   "bedsit",   "lodgings", "caravan", "unit",    "village",
            "town",     "area",     "estate",   "street",  "road",    "mosque",
            "church",   "gurdwara", "temple",   "club",    "team",    "ysgol",
            "dosbarth", "pentref",  "stryd",    "life",    "cadets",  "scouts",
            "chapel",   "madrassa", "madrasa",  "gym",     "address", "coleg"};
        // "the YOS in Rotherham", "the youth club in Seacroft", "the foyer in Wellingborough",
        // "everyone in Maesteg": a young person's local service or community, whoever's.
        static const char* const kLocalAnyone[] = {"yos",       "foyer", "club", "everyone",
                                                   "everybody", "ppl",   "ymca"};
        if (isAny(q, kLocalAnyone) && (!is(q, "club") || is(q - 1, "youth"))) {
            return true;
        }
        if (!isAny(q, kLocal)) {
            return false;
        }
        // Whose: "my new school", "our old estate", lodging after a verb of living ("stayed
        // in a hostel"), or where one goes week by week ("i go to cadets in Leyland", "we go
        // to the mosque in Batley").
        for (int k = q - 1; k >= 0 && k >= q - 4; --k) {
            if (!isWord(k)) {
                return false;
            }
            // Welsh "es i i'r coleg yn", "dw i'n mynd i'r ysgol yn": I went / go to the.
            // A parent's "his school", "her nursery", "their college"; "the school in
            // Bolton", "the nursery in Caerphilly": a child's own local places, unless a trip
            // or a place of worship (a festival's visit: "went to the gurdwara in Smethwick").
            if (is(k, "his") || is(k, "her") || is(k, "their") || is(k, "ei") ||
                ((is(k, "the") || ((is(k, "yr") || welshArticleJoined(k)) && capitalised)) &&
                 k == q - 1 && !worship(q) && !tripInSentence(q)) ||
                is(k, "my") || is(k, "our") || is(k, "fy") || (roles(k) & Lexicon::PlaceVerb) ||
                ((is(k, "go") || is(k, "goes")) && is(k + 1, "to")) ||
                (is(k, "i'r") && ((is(k - 1, "i") && is(k - 2, "es")) || is(k - 1, "mynd")))) {
                return true;
            }
        }
        return false;
    }

    /** Welsh "'r" (the) joined onto the word before: "mae'r ysgol yn", "i'r coleg yn". */
    bool welshArticleJoined(int k) const { return welshCliticAt(k) == u'r'; }

    /** A place of worship: "mosque", "church", "gurdwara", "temple", "chapel", "madrassa". */
    bool worship(int k) const
    {
        static const char* const kWorship[] = {"mosque", "church",   "gurdwara", "temple",
                                               "chapel", "madrassa", "madrasa"};
        return isAny(k, kWorship);
    }

    /** A trip's word in k's sentence: "on holiday", "a school trip", "visiting", "for the
     *  holiday", "for the day". */
    bool tripInSentence(int k) const
    {
        for (int j = k; !m_t.sentenceEnd(j); --j) {
            if (tripWordAt(j)) {
                return true;
            }
        }
        for (int j = k + 1; !m_t.sentenceEnd(j); ++j) {
            if (tripWordAt(j)) {
                return true;
            }
        }
        return false;
    }
    /** A trip's or a visit's word: "holiday", "trip", "visiting", "camping", "gwyliau", "for
     *  the day", "day out". */
    bool tripWordAt(int j) const
    {
        return is(j, "holiday") || is(j, "holidays") || is(j, "hols") || is(j, "trip") ||
               is(j, "visit") || is(j, "visiting") || is(j, "visited") || is(j, "camping") ||
               is(j, "gwyliau") || is(j, "wyliau") ||
               (is(j, "day") && (is(j - 1, "the") || is(j - 1, "a")) && is(j - 2, "for")) ||
               (is(j, "out") && is(j - 1, "day"));
    }

    /** "yr Urdd Eisteddfod ym Meifod", "gwersyll yng Nglan-llyn", "yn y fyddin yng
     *  Nghyprus": a place "ym"/"yng" puts a child's outing, a contest or a posting in, which no
     *  list knows and no home context claimed before the names are read. A place, not a
     *  person, and kept as places away from home are. */
    bool welshOutingPlaceAt(int i) const
    {
        if (!cap(i) || !(is(i - 1, "ym") || is(i - 1, "yng"))) {
            return false;
        }
        static const WordTable kOutings =
            wordSet(u"eisteddfod steddfod urdd gwersyll wersyll cyngerdd gyngerdd sioe gig gêm gem "
                    u"trip gwyliau wyliau fyddin cystadlu cystadleuaeth twrnament ymweld aethon");
        for (int j = i - 2; j >= 0 && !m_t.sentenceEnd(j); --j) {
            if (isWord(j) && kOutings.value(stem(j), m_stemHashes[j]) != 0) {
                return true;
            }
        }
        return tripInSentence(i - 1);
    }

    /** A nation of the UK ("living in wales", "byw yng Nghymru"): millions live there, so it
     *  identifies nobody, whatever the verb before it. */
    bool nation(int i) const
    {
        const QStringView w = word(i);
        if (w.size() < 2 || w.size() > 8) {
            return false;
        }
        const char16_t c = WordTable::fold(w[0].unicode());
        if (c != u'w' && c != u'e' && c != u's' && c != u'b' && c != u'u' && c != u'c' &&
            c != u'n' && c != u'g' && c != u'l' && c != u'a' && c != u'p' && c != u'm' &&
            c != u'y') {
            return false;
        }
        // Welsh with its mutations: "i Loegr", "yng Nghymru", "ym Mhrydain", "yn yr Alban".
        // Each a key comparison (is()): this is asked of most capitalised words.
        return is(i, "wales") || is(i, "england") || is(i, "scotland") || is(i, "britain") ||
               is(i, "uk") || is(i, "cymru") || is(i, "nghymru") || is(i, "gymru") ||
               is(i, "chymru") || is(i, "lloegr") || is(i, "loegr") || is(i, "alban") ||
               is(i, "prydain") || is(i, "brydain") || is(i, "mhrydain");
    }

    /** "my dad lives in", "my cousin Saron lives in": where a relative lives, which is not
     *  where the child lives, so a country or a place abroad after it stays (issue 17); a
     *  town here may be where the child has contact ("my mum lives in Grangetown").
     *  Not a son or daughter: a parent's "my son lives in" is the child's home. */
    bool relativesHome(int q) const
    {
        // "my cousins live in", "my grandparents stay in": several relatives, the plain verb.
        const bool plural = is(q, "live") || is(q, "stay");
        // "my brother moved to Dubai", "babcia has moved back to Kraków": a relative's move.
        const bool moved = is(q, "moved") || is(q, "moves");
        if (!(plural || moved || is(q, "lives") || is(q, "lived") || is(q, "stays"))) {
            return false;
        }
        int k = q - 1;
        if (moved && (is(k, "has") || is(k, "had") || is(k, "just"))) {
            --k;
        }
        if (cap(k) && !(roles(k) & Lexicon::Relation)) {
            --k; // "my cousin Saron lives in" (names are found after this pass)
        }
        if (plural) {
            // Only a word for several relatives: "my mum and i live in" is the child's home.
            static const char* const kRelatives[] = {
                "cousins", "aunties", "aunts",  "uncles",    "grandparents", "brothers",
                "sisters", "parents", "family", "relatives", "grandmas",     "nans"};
            for (const char* w : kRelatives) {
                if (matches(k, w)) {
                    return is(k - 1, "my") || is(k - 1, "our") || is(k - 1, "fy");
                }
            }
            return false;
        }
        // "paati lives in Chennai", "bà ngoại lives in Hanoi", "my avó lives in Madeira": a
        // kin word of a home language (a home-language word, as the kin words are) before it.
        // The Lexicon's own family titles ("babcia", "dede") carry no gazetteer flags in the
        // token facts (never names, so never looked up): asked of the gazetteer here.
        if (isWord(k) && ((m_flags[k] & Gazetteer::HomeWord) ||
                          ((roles(k) & Lexicon::Title) && m_f.m_gazetteer &&
                           (m_f.m_gazetteer->flags(stem(k)) & Gazetteer::KinWord)))) {
            return true;
        }
        // "my dad lives in", and "dad lives in" opening a sentence, as children write it
        return isWord(k) && (roles(k) & Lexicon::Relation) && !is(k, "son") && !is(k, "daughter") &&
               !is(k, "child") && !is(k, "boy") && !is(k, "girl") &&
               (is(k - 1, "my") || is(k - 1, "our") || is(k - 1, "fy") ||
                m_t[k].has(Token::SentenceStart));
    }

    /** "wiktoria moved to poland", "she lives in Spain": someone else is where the verb of
     *  living puts them (a name not yet found, or he, she, they), so a country abroad after
     *  it is not the child's home. q is the verb. */
    bool someoneElseBefore(int q) const
    {
        const int k = q - 1;
        if (is(k, "he") || is(k, "she") || is(k, "they") || is(k, "hes") || is(k, "shes") ||
            claimedAs(k, PiiKind::Name)) {
            return true;
        }
        if (!isWord(k) || !initial(k) || roles(k) != 0) {
            return false; // "i moved", "we live": the child
        }
        const Tier t = tier(k);
        return t == Tier::Unknown || t == Tier::Wide || t == Tier::Plain || t == Tier::NameFirst;
    }

    /** A Welsh verb of moving earlier in p's clause, a place named after it: "symudon ni i Fae
     *  Colwyn o ..." */
    bool welshMoveEarlier(int p) const
    {
        for (int k = p - 1; k >= 0 && k >= p - 8 && isWord(k); --k) {
            if (welshMoveBefore(k) && (is(k + 1, "i") || is(k + 2, "i"))) {
                return true;
            }
            if (is(k, "ond") || is(k, "achos") || is(k, "a") || is(k, "ac")) {
                return false;
            }
        }
        return false;
    }

    /** "fi'n", "dwi'n", "dw i'n", "rwy'n", "ni'n": I or we, with "'n" (am, are). Not "fy
     *  nghariad i'n" (my girlfriend is) or "mam fi'n" (my mum is). */
    bool welshSelfBefore(int k) const
    {
        if (is(k, "fi'n") || is(k, "wi'n")) {
            return !(roles(k - 1) & Lexicon::Relation) && !is(k - 1, "nghariad");
        }
        return is(k, "dwi'n") || is(k, "rwy'n") || is(k, "rydw") || is(k, "ni'n") ||
               ((is(k, "i'n") || isWide(k, u"i’n")) &&
                (is(k - 1, "dw") || is(k - 1, "rydw") || is(k - 1, "ydw")));
    }

    /** The sentence of the town at i says it was left: "yn wreiddiol" (originally) after it,
     *  or "ond" (but) and "byw" (live) on either side ("dw i'n byw yn X ond dw i'n dod o Y"). */
    bool welshLeftBehind(int i) const
    {
        int first = i;
        while (first > 0 && !m_t.sentenceEnd(first - 1)) {
            --first;
        }
        bool but = false;
        bool live = false;
        for (int j = first; m_t.valid(j) && !m_t.sentenceEnd(j); ++j) {
            if (j > i && is(j, "wreiddiol")) {
                return true;
            }
            but = but || is(j, "ond");
            live = live || is(j, "byw") || is(j, "fyw");
        }
        return but && live;
    }

    /** A Welsh verb of moving or living before "i" (to), past a pronoun: "symudon ni",
     *  "symudodd hi", "wedi symud". */
    bool welshMoveBefore(int q) const
    {
        // "symudodd Mam i Gorwen": a relative as the subject, as a pronoun; "symudon nhw fi
        // o Fangor": the subject, then who was moved.
        auto person = [&](int k) {
            return is(k, "ni") || is(k, "hi") || is(k, "e") || is(k, "fe") || is(k, "o") ||
                   is(k, "nhw") || is(k, "i") || is(k, "ti") || is(k, "chi") || is(k, "fi") ||
                   ((roles(k) & Lexicon::Relation) && cap(k));
        };
        if (person(q)) {
            --q;
            if (person(q) && !is(q + 1, "i")) {
                --q;
            }
        }
        return isWord(q) && (roles(q) & Lexicon::PlaceVerb) && !is(q, "home") && !is(q, "house") &&
               !is(q, "flat");
    }

    /** "i live with my aunty in Luton", "we stay with Nain in": a verb of living, then who
     *  with, then the preposition (q is the word before it). */
    bool liveWithBefore(int q) const
    {
        bool company = false; // "i was with my mates in Derby": a day out, not a home
        for (int k = q, seen = 0; k >= 1 && seen < 8; --k, ++seen) {
            if (m_t.isType(k, Type::Number) && isWord(k - 1)) {
                continue; // "with my mother and my 2 brothers in"
            }
            if (!isWord(k)) {
                return false;
            }
            // "byw efo Mam a Cai yn …", "living with Nan and Tomos in …": the people lived
            // with may be several, joined by "and" (Welsh "a"/"ac", text-speak "n": "my aunty
            // n uncle"); names are not yet claimed here, so a capitalised word stands for one.
            if (is(k, "and") || is(k, "n") || ((is(k, "a") || is(k, "ac")) && cap(k + 1)) ||
                (cap(k) && !initial(k) && tier(k) != Tier::Never)) {
                continue;
            }
            if (is(k, "with") || is(k, "wiv") || is(k, "gyda") || is(k, "efo")) {
                // Welsh "aros efo" (stay with); "aros" alone is also "wait" ("rhestr aros").
                // "i moved in with my girlfriend's family in": the verb before "in with".
                const int v = is(k - 1, "in") ? k - 2 : k - 1;
                // "shes with my nan in Bolton": where a child is now, with whom
                // and "the children are with my brother and his wife in": family, not friends
                const bool isWith =
                    is(v, "shes") || is(v, "she's") || is(v, "hes") || is(v, "he's") ||
                    is(v, "they're") || is(v, "theyre") ||
                    ((is(v, "is") || is(v, "are") || is(v, "was") || is(v, "were") || is(v, "am") ||
                      is(v, "i'm") || is(v, "im")) &&
                     !company && !tripInSentence(q));
                // "stayed with my cousins in Whitby on holiday": a trip
                const bool stayed =
                    (is(v, "stayed") || is(v, "stay") || is(v, "staying")) && tripInSentence(q);
                return (homeVerb(v) || is(v, "aros") || isWith) && !stayed && !is(v, "home") &&
                       !is(v, "house") && !is(v, "flat") && !is(v, "born");
            }
            // friends, a partner, a class or a team are company, not a household
            static const char* const kCompany[] = {"pal",       "pals",       "bf",    "gf",
                                                   "boyfriend", "girlfriend", "class", "team"};
            company = company || friendWord(k) || isAny(k, kCompany);
            // "with a different carer", "with maternal grandparents": which one
            if ((is(k, "different") || is(k, "other") || is(k, "another") || is(k, "maternal") ||
                 is(k, "paternal")) &&
                ((roles(k + 1) & Lexicon::Relation) || pluralRelation(k + 1))) {
                continue;
            }
            // Who: a relation, "my", "a foster family" (an article only before a family: "stay
            // with a friend in Leeds" is a visit), "annem" (a home language's kin word).
            const std::uint32_t r = roles(k);
            const bool family = is(k + 1, "foster") || is(k + 1, "family") ||
                                is(k + 1, "kinship") || is(k + 1, "host") ||
                                ((is(k + 1, "different") || is(k + 1, "new")) &&
                                 (is(k + 2, "carer") || is(k + 2, "family")));
            // "she lives with me and mum in": the child, as one of those lived with.
            if (!(r & (Lexicon::Relation | Lexicon::Modifier | Lexicon::Title)) && !is(k, "my") &&
                !is(k, "our") && !is(k, "his") && !is(k, "her") && !is(k, "their") &&
                !is(k, "me") && !is(k, "us") && !is(k, "him") && !is(k, "them") &&
                !(possessorRoles(k) & Lexicon::Relation) && !pluralRelation(k) && !is(k, "kids") &&
                !is(k, "children") && !((is(k, "a") || is(k, "the")) && family) &&
                !is(k, "family") && !(m_flags[k] & Gazetteer::HomeWord) &&
                !claimedAs(k, PiiKind::Name)) {
                return false;
            }
        }
        return false;
    }

    /** Issue 17: words that no list knows are judged by a trained model (unknownwords.h),
     *  given the rules' verdict; the rules' vetoes (a trip's place, a brand) hold. */
    bool unknownWordHook(int i, Tier t, bool rulesSayName) const
    {
        // and a listed everyday word capitalised at a sentence's start ("Storm is 11"), or one
        // that is a name only with context capitalised anywhere ("I've had Precious since"),
        // which the model only adds (unknownwords::Candidate::OpeningWord)
        const bool opening = (t == Tier::WordName || t == Tier::ContextOnly) && !rulesSayName &&
                             cap(i) && (m_t[i].has(Token::SentenceStart) || t == Tier::ContextOnly);
        if (!m_f.m_contextRules || !m_f.m_gazetteer ||
            (t != Tier::Unknown && t != Tier::Wide && t != Tier::Plain && !opening)) {
            return rulesSayName;
        }
        return judgedUnknown(i, t, rulesSayName, opening);
    }
    /** unknownWordHook's work for the words it judges, out of line: the name pass asks the
     *  hook of every word and most leave at its first test. */
    [[gnu::noinline]] bool judgedUnknown(int i, Tier t, bool rulesSayName, bool opening) const
    {
        // A word no list knows, opening a sentence, that the rules left: what follows decides
        // before the model is asked (code-switched openings go on in their own language).
        const bool unknownOpening = !rulesSayName && t == Tier::Unknown && cap(i) && initial(i);
        // "Tsegaweyni lets me borrow her phone", "Oyewumi doesnt talk to me": then what a
        // person does to someone.
        if (unknownOpening && personVerbAfter(i)) {
            return true;
        }
        // "Zamknij drzwi please": before another such word in lower case it opens a phrase of
        // another language; a name goes on in English or with its surname.
        if (unknownOpening && isWord(i + 1) && !cap(i + 1) && m_t.oneSpace(i + 1) &&
            tier(i + 1) == Tier::Unknown) {
            return false;
        }
        // "Bills are doing my head in": an everyday word's plural; "Will my placement change
        // again?", "May I": a question opened by its verb, a pronoun or "my" after it.
        if (opening &&
            (is(i + 1, "are") || is(i + 1, "were") || questionOpenedAt(i) || wishOpenedAt(i) ||
             titleOfPairAt(i) ||
             // "Hope's what keeps me going": "is what", of a thing
             (stem(i).size() != m_t[i].length && (is(i + 1, "what") || is(i + 1, "why"))))) {
            return false;
        }
        // "kwabenya is in my class": who is in one's class, year or group is a person
        if (!rulesSayName && (t == Tier::Unknown || t == Tier::Wide) && classmateAfter(i)) {
            return true;
        }
        if (!rulesSayName &&
            (tripOrOriginBefore(i) || productAfter(i) || nation(i) || is(i - 1, "river") ||
             is(i - 1, "afon") || (initial(i) && thingPredicateAfter(i)) ||
             (cap(i) &&
              (welshCapitalisedNoun(i) || welshNounPhrase(i) || welshNounPhraseHead(i))))) {
            return false;
        }
        if (rulesSayName && i > 0 && claimed(i - 1) && m_claims[i - 1] < kKept && m_t.oneSpace(i)) {
            return true; // "tadhg eze": the rest of a name (or school) already found
        }
        if (rulesSayName &&
            (strongBefore(i, true) || personFrameBefore(i) || selfIntroducedWithAge(i) ||
             welshSubjectAt(i) || personDescribedAfter(i))) {
            // "is called chantelle", "her name is kezia": said to be a name; "talking to
            // kiera", "my best friend is linh": where a person stands in the sentence.
            return true;
        }
        const unknownwords::Model& model = unknownwords::builtInModel();
        const bool name =
            unknownwords::decide(model, m_t, m_facts, *m_f.m_gazetteer, i, rulesSayName);
        // "my eiriolwr helped me" (advocate), "fy nghynghorydd": a lower-case word that no
        // name list knows and the Welsh dictionary does is a Welsh word, in any statement.
        // Asked only of what the model would hide: the dictionary's filter hashes the word.
        return name && !(t == Tier::Unknown && !cap(i) && !initial(i) && isWord(i) &&
                         model.welsh.contains(stem(i)));
    }

    /** Word i opens a question before a pronoun or a possessive ("Will you", "May I", "Will
     *  my placement change?"): a verb, the sentence ending in a question mark. */
    bool questionOpenedAt(int i) const
    {
        if (!(roles(i + 1) & Lexicon::Pronoun) && !is(i + 1, "my") && !is(i + 1, "your") &&
            !is(i + 1, "our") && !is(i + 1, "the")) {
            return false;
        }
        int j = i + 1;
        while (!m_t.sentenceEnd(j)) {
            ++j;
        }
        return m_t.punct(j, u'?');
    }

    /** A third person's verb after word i that says what someone does to or with someone:
     *  "lets me", "doesnt talk to me", "keeps texting", "never listens". */
    bool personVerbAfter(int i) const
    {
        static const char* const kVerbs[] = {
            "lets",  "doesnt", "doesn't", "didnt",  "didn't", "keeps", "wont",    "won't",
            "never", "always", "texts",   "texted", "hates",  "loves", "blocked", "told"};
        return isAny(i + 1, kVerbs);
    }

    /** "Grace and Frankie is a good show": two words joined by "and", then a singular verb,
     *  name one thing (two people "are"). */
    bool titleOfPairAt(int i) const
    {
        return is(i + 1, "and") && isWord(i + 2) && cap(i + 2) &&
               (is(i + 3, "is") || is(i + 3, "was") || is(i + 3, "has"));
    }
    /** "is in my class", "are in my year", "was in my form": a classmate after word i. */
    bool classmateAfter(int i) const
    {
        static const char* const kGroups[] = {"class", "year", "form", "group", "set", "team"};
        return (is(i + 1, "is") || is(i + 1, "was")) && is(i + 2, "in") && is(i + 3, "my") &&
               isAny(i + 4, kGroups);
    }

    /** "Hope my mum's boyfriend leaves", "Hope you're ok": "(I) hope" before whom it is
     *  about opens a wish. */
    bool wishOpenedAt(int i) const
    {
        return is(i, "hope") &&
               ((roles(i + 1) & Lexicon::Pronoun) || is(i + 1, "my") || is(i + 1, "your") ||
                is(i + 1, "our") || is(i + 1, "the") || is(i + 1, "everyone"));
    }

    /** How many words of a home language's "my name is" end at word p ("navê min",
     *  "nazywam się"), or 0. */
    int nameCueEndingAt(int p) const
    {
        if (!isWord(p) || !homelanguage::nameCueFilter.mayContain(m_stemHashes[p])) {
            return 0;
        }
        return homelanguage::nameCueLength(
            [this, p](int k) { return isWord(p - k) ? m_t.str(p - k) : QStringView(); });
    }
    /** Word i is part of such a cue: "Mera naam Inaya hai" opens with "my", not a name. */
    bool inNameCue(int i) const
    {
        if (!homelanguage::nameCueFilter.mayContain(m_stemHashes[i])) {
            return false;
        }
        for (int last = i; last < i + 4 && isWord(last); ++last) {
            if (nameCueEndingAt(last) > last - i) {
                return true;
            }
        }
        return false;
    }

    /** What "called X" names, from the word before "called": a school ("a school called",
     *  "my college is called"), a home ("a children's home called", "a unit called") or,
     *  as anything else, a person. */
    PiiKind calledKind(int i) const
    {
        int k = i - 1;
        if (!(is(k, "called") || is(k, "named"))) {
            return PiiKind::Name;
        }
        --k;
        if (is(k, "is") || is(k, "was")) {
            --k; // "my school is called"
        }
        if ((roles(k) & Lexicon::SchoolWord) || is(k, "pru")) {
            return PiiKind::School;
        }
        if (is(k, "home") || is(k, "unit") || is(k, "hostel") || is(k, "estate") ||
            is(k, "street") || is(k, "road") || is(k, "village") || is(k, "town")) {
            return PiiKind::Place;
        }
        return PiiKind::Name;
    }

    /** "أخي الصغير" (my little brother): an Arabic adjective with its article after a
     *  relative, no name. The first two letters ("ال") leave every other word at once. */
    bool arabicAdjectiveAt(int i) const
    {
        const QStringView w = word(i);
        if (w.size() < 4 || w[0] != QChar(0x0627) || w[1] != QChar(0x0644)) {
            return false;
        }
        // the little, the big, the elder, the younger, the only, the dear (m. and f.)
        static const WordTable kAdjectives = wordSet(
            u"\u0627\u0644\u0635\u063A\u064A\u0631 \u0627\u0644\u0635\u063A\u064A\u0631\u0629 "
            u"\u0627\u0644\u0643\u0628\u064A\u0631 \u0627\u0644\u0643\u0628\u064A\u0631\u0629 "
            u"\u0627\u0644\u0623\u0643\u0628\u0631 \u0627\u0644\u0623\u0635\u063A\u0631 "
            u"\u0627\u0644\u0648\u062D\u064A\u062F \u0627\u0644\u0648\u062D\u064A\u062F\u0629 "
            u"\u0627\u0644\u062D\u0628\u064A\u0628 \u0627\u0644\u062D\u0628\u064A\u0628\u0629");
        return kAdjectives.contains(w);
    }

    /** "Mi perro se llama Chispa", "a minha gata chama-se Pipoca", "mój pies nazywa się
     *  Burek": a home language's "is called" after an animal. */
    bool homeLanguagePetAt(int i) const
    {
        if (!isWord(i - 1) || !homelanguage::nameCueFilter.mayContain(m_stemHashes[i - 1])) {
            return false;
        }
        const int cue = nameCueEndingAt(i - 1);
        return cue > 0 && (petWord(i - 1 - cue) || petWord(i - 2 - cue));
    }

    /** "a project called Wheel Deal", "a book called Holes", "called it Gary": what is called
     *  so is a thing the child names, not a person. Not a club or a team, which can say where
     *  a child is. */
    bool thingCalledBefore(int i) const
    {
        int k = i - 1;
        if (!(roles(k) & Lexicon::Called) || !(is(k, "called") || is(k, "named"))) {
            // "found a crab and called it Gary", "named it Bubbles": what "it" is called is an
            // animal's or a thing's name ("gonna call it Rosie" may be a baby's; "it's called"
            // a home's).
            return m_t.valid(k) && m_t[k].length == 2 && is(k, "it") &&
                   (is(k - 1, "called") || is(k - 1, "named"));
        }
        --k;
        if (is(k, "is") || is(k, "was")) {
            --k; // "the app is called"
        }
        static const char* const kThings[] = {
            "project", "app",     "game",    "film",      "movie",   "book",     "song",
            "show",    "series",  "band",    "programme", "program", "charity",  "website",
            "course",  "podcast", "cartoon", "play",      "musical", "festival", "scheme"};
        return isAny(k, kThings);
    }

    [[gnu::hot]] void namePass()
    {
        for (int i = 0; i < m_t.size(); ++i) {
            if (claimed(i) || !isWord(i)) {
                continue;
            }
            const Tier t = tier(i);
            if (t == Tier::Never) {
                continue; // a function word, a pronoun, a listed non-name: isName says no
            }
            if (m_f.m_contextRules && inNameCue(i)) {
                continue;
            }
            if (m_f.m_contextRules && petBefore(i)) {
                m_claims[i] = kKeptPet;
                // "called it Doctor Ted": all of a capitalised pet's or toy's name
                while (cap(i) && isWord(i + 1) && cap(i + 1) && m_t.oneSpace(i + 1) &&
                       !claimed(i + 1)) {
                    m_claims[++i] = kKeptPet;
                }
                continue;
            }
            if (m_f.m_contextRules && cap(i) && costumeAt(i)) {
                m_claims[i] = kKept;
                continue;
            }
            if (m_f.m_contextRules && cap(i) && placeFlag(i) && !abroadFlag(i) && teamAfter(i) &&
                !strongBefore(i, false)) {
                m_claims[i] = kKept; // "Chelsea away in the cup"
                continue;
            }
            // "chelsea fan", "a huge arsenal supporter": a club or a band, in any case
            if (m_f.m_contextRules && !cap(i) &&
                (is(i + 1, "fan") || is(i + 1, "fans") || is(i + 1, "supporter")) &&
                m_t.oneSpace(i + 1) && !strongBefore(i, false)) {
                m_claims[i] = kKept;
                continue;
            }
            if (m_f.m_contextRules && cap(i) && clubAfter(i) && !strongBefore(i, false)) {
                m_claims[i] = kKept; // "Lincoln City are going up"
                m_claims[i + 1] = kKept;
                ++i;
                continue;
            }
            if (m_f.m_contextRules && cap(i)) {
                if (const int last = publicFigureEnd(i); last >= i) {
                    for (int k = i; k <= last; ++k) {
                        m_claims[k] = kKept;
                    }
                    i = last;
                    continue;
                }
            }
            // "we go to Hemsby every year", "Aethon ni i Folly Farm", "Rwy'n mynd i Langrannog
            // gyda'r ysgol": a place of a day out, which no list knows, is no one's name.
            if (m_f.m_contextRules && cap(i) && i > 0 &&
                ((roles(i - 1) & Lexicon::PlacePrep) || is(i - 1, "i")) && visitedPlaceAt(i)) {
                m_claims[i] = kKept;
                while (isWord(i + 1) && cap(i + 1) && m_t.oneSpace(i + 1) && !claimed(i + 1)) {
                    m_claims[++i] = kKept;
                }
                continue;
            }
            const bool nick = m_f.m_contextRules && nicknameAt(i, t);
            if (!nick && !unknownWordHook(i, t, isName(i, t))) {
                continue;
            }
            // What the rules would hide that is no person: asked only of those few words.
            if (m_f.m_contextRules && thingCalledBefore(i)) {
                // the thing's name, all of it: "called Among Us"
                m_claims[i] = kKept;
                while (isWord(i + 1) && cap(i + 1) && m_t.oneSpace(i + 1) && !claimed(i + 1)) {
                    m_claims[++i] = kKept;
                }
                continue;
            }
            if (m_f.m_contextRules && cap(i) && homeLanguagePetAt(i)) {
                m_claims[i] = kKeptPet;
                continue;
            }
            if (m_f.m_contextRules &&
                ((!cap(i) && (t == Tier::Plain || t == Tier::Wide || t == Tier::Unknown) &&
                  otherLanguageWordAt(i, t)) ||
                 (m_t.text()[m_t[i].start] == QChar(0x0627) && arabicAdjectiveAt(i)) ||
                 (cap(i) && m_t.valid(i - 1) && m_t[i - 1].length <= 3 &&
                  (m_t.text()[m_t[i - 1].start].unicode() | 0x20) == u'y' &&
                  welshOutingPlaceAt(i)))) {
                continue;
            }
            const bool listed = t == Tier::Plain || t == Tier::NameFirst ||
                                (t == Tier::WordName && cap(i) && !initial(i));
            int first = i;
            int last = i;
            qsizetype end = m_t[i].start + stem(i).size();
            // "Big Dai", "Lil Jay": the nickname's first word is part of it.
            if ((is(i - 1, "big") || is(i - 1, "lil")) && m_t.oneSpace(i) && !claimed(i - 1)) {
                first = i - 1;
            }
            // "Iolo bach", "Tunde J": a Welsh diminutive or an initial after the name.
            if (stem(i).size() == m_t[i].length && m_t.oneSpace(i + 1) && !claimed(i + 1) &&
                (is(i + 1, "bach") || is(i + 1, "fach") ||
                 (isWord(i + 1) && m_t[i + 1].length == 1 &&
                  QStringLiteral("bcdfghjlmpstvwz").contains(m_t.str(i + 1).front().toLower())))) {
                last = i + 1;
                end = m_t[last].end();
            }
            // "a new school called Riverside", "a home called Oak Lodge": what is named is a
            // school or a place, and its placeholder says so.
            const PiiKind kind = calledKind(first);
            if (kind != PiiKind::Name) {
                while (isWord(last + 1) && m_t.oneSpace(last + 1) && !claimed(last + 1) &&
                       ((cap(last + 1) && tier(last + 1) != Tier::Never) ||
                        (!cap(first) && roles(last + 1) == 0 &&
                         (nameLikeLower(last + 1) || welshWord(last + 1))))) {
                    ++last; // "Oak Tree": the rest of its name
                    end = m_t[last].end();
                }
            }
            // "Mark Tregunna", "Grace Adeyemi": a given name that is also a word ("mark",
            // "grace"), which the rules left, before the surname found here.
            if (kind == PiiKind::Name && first == i && m_f.m_contextRules && isWord(i - 1) &&
                cap(i - 1) && !claimed(i - 1) && m_t.oneSpace(i) && cap(i) &&
                (tier(i - 1) == Tier::WordName || tier(i - 1) == Tier::ContextOnly) &&
                givenNameBeforeSurname(i - 1)) {
                first = i - 1;
            }
            claim(first, last, end, kind,
                  listed && !nick ? FindingReason::Gazetteer : FindingReason::Context);
            i = last;
        }
    }

    /** A town of the UK lists that every rule before left ("i walk everywhere in Hull", "the
     *  food bank in hulme is the only reason i ate", "Wrexham to Mold to Chester"): the place
     *  model (MODEL.md, "Places") judges from the words of its sentence whether it says where
     *  someone lives, is placed or can be found. The rules' own vetoes hold first: a trip's or an
     *  origin's words before it ("we went to", "comes from") keep it whatever the model says,
     *  and a town another pass kept (a club, a public phrase) is claimed already. */
    void placeModelPass()
    {
        const unknownwords::Model& model = unknownwords::builtInModel();
        // What each sentence says as a whole, read once, when the first town asks: a statement
        // of thousands of towns and no full stop costs linear time, and most statements have
        // no town the rules left.
        thread_local std::vector<SentenceFacts> sentences;
        thread_local std::vector<int> sentenceOf;
        bool sentencesRead = false;
        auto readSentences = [&] {
            sentences.assign(1, SentenceFacts{});
            sentenceOf.assign(std::size_t(m_t.size()), 0);
            for (int j = 0; j < m_t.size(); ++j) {
                if (m_t.sentenceEnd(j)) {
                    sentences.push_back(SentenceFacts{});
                    continue;
                }
                SentenceFacts& f = sentences.back();
                sentenceOf[std::size_t(j)] = int(sentences.size()) - 1;
                f.trip = f.trip || tripWordAt(j);
                f.homeVerb = f.homeVerb || (roles(j) & Lexicon::PlaceVerb);
                f.towns += unknownwords::isPlaceCandidate(m_t, m_facts, j);
            }
            sentencesRead = true;
        };
        for (int i = 0; i < m_t.size(); ++i) {
            // placeFlag, which isPlaceCandidate asks too, inline first: most words leave there.
            if (claimed(i) || !placeFlag(i) || !unknownwords::isPlaceCandidate(m_t, m_facts, i) ||
                tier(i) == Tier::Never) {
                continue;
            }
            if (!sentencesRead) {
                readSentences();
            }
            if (townKeptWhateverModel(i, sentences[std::size_t(sentenceOf[std::size_t(i)])])) {
                continue;
            }
            if (unknownwords::placeSaysHome(model, m_t, m_facts, i)) {
                claim(i, i, m_t[i].start + stem(i).size(), PiiKind::Place, FindingReason::Context);
            }
        }
    }

    /** What placeModelPass reads of a town's whole sentence. */
    struct SentenceFacts
    {
        bool trip = false;     ///< a trip's or a visit's word (tripWordAt)
        bool homeVerb = false; ///< a word of living or moving (Lexicon::PlaceVerb)
        int towns = 0;         ///< the towns the place model judges, this one among them
    };

    /** The towns issue 17 keeps, whatever the place model says of the words around them: a
     *  trip or a visit ("we stopped in Carlisle on the way", "a fab day in Rhyl", "we drove
     *  through Kilmarnock"), where someone comes from or was born ("she's from Oldham", "i was
     *  born in Oldham", "dw i'n dod o Gaerfyrddin"), where someone works ("my mum works in
     *  Leeds"), and towns talked of as towns ("Leeds, Manchester, London, all great cities").
     *  A move's "from" is no origin: "they sent me from Newport to a home in Abergavenny". */
    bool townKeptWhateverModel(int i, const SentenceFacts& sentence) const
    {
        // "Halifax came last", "Wrexham won": a team, as the district rule reads one. The
        // verbs of a match stay here, not in teamAfter(): a town kept here is only left
        // unclaimed, and the name pass then judges it as any word ("and then Lincoln came
        // round" is a person there), while in teamAfter(), which the name pass reads too,
        // these verbs would keep such a given name outright.
        if (sentence.trip || tripOrOriginBefore(i) || serviceOrStrangerBefore(i) ||
            (cap(i) && (teamAfter(i) || is(i + 1, "came") || is(i + 1, "won") ||
                        is(i + 1, "lost") || is(i + 1, "beat") || is(i + 1, "drew")))) {
            return true;
        }
        // Who someone is: "she's from Oldham", "I'm from Hull but", "dw i'n dod o Gaerfyrddin".
        const int p = i - 1;
        const int q = i - 2;
        const bool isFrom =
            is(p, "from") &&
            (is(q, "is") || is(q, "am") || is(q, "are") || is(q, "was") || is(q, "were") ||
             is(q, "im") || is(q, "hes") || is(q, "shes") || is(q, "originally") || is(q, "i'm") ||
             is(q, "she's") || is(q, "he's") || is(q, "we're") || is(q, "they're") ||
             is(q, "mum's") || is(q, "dad's"));
        if (isFrom || (is(p, "o") && is(q, "dod"))) {
            return true;
        }
        for (int j = p; j >= 0 && j >= i - 5 && !m_t.sentenceEnd(j); --j) {
            // "i was born in Oldham", "my dad works in a warehouse in Wigan", "through Kilmarnock"
            if (is(j, "born") || is(j, "work") || is(j, "works") || is(j, "worked") ||
                is(j, "working") || is(j, "through")) {
                return true;
            }
            // "i stay with a friend in Leeds", "with my mates in Derby all day": in company.
            if (j <= q && is(j, "with") && is(p, "in")) {
                return true;
            }
            // "we stopped in Carlisle", "drove to Leeds", "a fab day in Rhyl"
            if (j >= i - 3 && (is(j, "stopped") || is(j, "drove") || is(j, "day"))) {
                return true;
            }
        }
        // "Leeds, Manchester, London, all great cities": towns as towns, where no word of the
        // sentence speaks of living or moving ("lived in Dewsbury, Batley and Mirfield").
        return sentence.towns >= 3 && !sentence.homeVerb;
    }

    /** An address written out before its postcode, part by part after commas: "Yew Tree
     *  Cottage, Colwall, WR13 6QJ", "Flat 3, Regent Court, Sneinton, Nottingham NG3 2LT",
     *  "Heol y Felin, Carmarthen, SA31 3PN". Each part of capitalised words (a Welsh "y" or
     *  "upon" between them, a house number first) is a place, whatever a word of it was
     *  taken for alone; the walk stops at the first part that is not one, at a title ("Mrs
     *  E. Pritchard, ...") and at a word that says something else ("address is"). Asked only
     *  of statements with a postcode. */
    void addressPass()
    {
        if (std::none_of(m_out.begin(), m_out.end(),
                         [](const Finding& f) { return f.kind == PiiKind::Postcode; })) {
            return;
        }
        for (int pc = 1; pc < m_t.size(); ++pc) {
            if (!claimedAs(pc, PiiKind::Postcode) || claimedAs(pc - 1, PiiKind::Postcode)) {
                continue;
            }
            int e = m_t.punct(pc - 1, u',') ? pc - 2 : pc - 1;
            for (int part = 0; part < 5 && e >= 0; ++part) {
                const int s = addressPartStart(e, part > 0);
                if (s < 0) {
                    break;
                }
                takeAddressPart(s, e);
                if (!m_t.punct(s - 1, u',')) {
                    break;
                }
                e = s - 2;
            }
        }
    }

    /** The first token of an address's part that ends at token e (further: not the part
     *  next to the postcode), or -1: at most six words,
     *  capitalised or already a place or name, with "y", "yr", "upon", "on", "under" or "de"
     *  between two of them, and a house or flat number first ("21 Heol y Frenhines", "Flat
     *  3"). A part with a name in it needs a street's or a building's word or a number ("Heol
     *  y Felin": "Heol" alone was taken for a name). */
    int addressPartStart(int e, bool further) const
    {
        int s = e + 1;
        bool named = false;
        bool capital = false;
        bool placed = false;
        for (int k = e; k >= 0 && e - k < 6; --k) {
            const bool taken = claimedAs(k, PiiKind::Place) || claimedAs(k, PiiKind::Name);
            if (isWord(k) && (cap(k) || taken) && !(roles(k) & Lexicon::Title)) {
                named = named || claimedAs(k, PiiKind::Name);
                placed = placed || claimedAs(k, PiiKind::Place);
                capital = true;
                s = k;
                continue;
            }
            if (isWord(k) && k < e && cap(k + 1) &&
                (is(k, "y") || is(k, "yr") || is(k, "upon") || is(k, "on") || is(k, "under") ||
                 is(k, "de"))) {
                s = k;
                continue;
            }
            break;
        }
        if (!capital || s > e || !isWord(s)) {
            return -1;
        }
        // "21 Heol y Frenhines", "Flat 3": a number first
        bool numbered = false;
        if (s > 0 && (m_t.isType(s - 1, Type::Number) || m_t.isType(s - 1, Type::Alnum)) &&
            m_t[s - 1].length <= 4 && m_t.oneSpace(s) &&
            (!claimed(s - 1) || claimedAs(s - 1, PiiKind::Place))) {
            --s;
            numbered = true;
        }
        // "Mrs E. Pritchard, Tŷ Coch, ...": the person the letter goes to; "Postcode LS6",
        // "Address: ...": what the line is
        for (int k = s - 1; k >= s - 3 && k >= 0; --k) {
            if (roles(k) & Lexicon::Title) {
                return -1;
            }
        }
        for (int k = s; k <= e; ++k) {
            if (is(k, "postcode") || is(k, "address") || is(k, "cyfeiriad") || is(k, "tel")) {
                return -1;
            }
        }
        bool building = false;
        for (int k = s; k <= e && !building; ++k) {
            building = streetWord(k) || addressWord(k);
        }
        // A name needs a street's word; so does a town before the one next to the postcode
        // that nothing found as a place ("we went to Leeds, Bradford, LS1 4AP was the hotel").
        if (!numbered && !building && (named || (further && !placed))) {
            return -1;
        }
        return s;
    }

    /** A street's or a building's word of an address beyond streetWord's: a home's last word
     *  (careHomeWord: "Court", "Cottage", "Lodge") and the rest of an address's, in English
     *  or Welsh. */
    bool addressWord(int k) const
    {
        return careHomeWord(k) || is(k, "mews") || is(k, "heights") || is(k, "row") ||
               is(k, "square") || is(k, "walk") || is(k, "heol") || is(k, "rhes") ||
               is(k, "stryd") || is(k, "ffordd") || is(k, "lon") || is(k, "cilgant") ||
               is(k, "maes") || is(k, "flat");
    }

    /** Tokens s..e, a part of an address: one place, in place of what its words were taken
     *  for one by one (a place, a name). */
    void takeAddressPart(int s, int e)
    {
        bool whole = true; // a part found as a place already stays as it was found
        for (int k = s; k <= e && whole; ++k) {
            whole = claimedAs(k, PiiKind::Place);
        }
        if (whole) {
            return;
        }
        const qsizetype from = m_t[s].start;
        const qsizetype to = m_t[e].end();
        for (int k = s; k <= e; ++k) {
            if (claimed(k) && !claimedAs(k, PiiKind::Place) && !claimedAs(k, PiiKind::Name)) {
                return; // something else (an age, a school, a kept word) is in it
            }
        }
        std::erase_if(m_out, [&](const Finding& f) {
            return f.start >= from && f.end() <= to &&
                   (f.kind == PiiKind::Place || f.kind == PiiKind::Name);
        });
        for (int k = s; k <= e; ++k) {
            if (m_claims[k] == std::int8_t(PiiKind::Place) ||
                m_claims[k] == std::int8_t(PiiKind::Name)) {
                m_claims[k] = -1;
            }
        }
        claim(s, e, to, PiiKind::Place, FindingReason::Context);
    }

    /** "mo and zak", "bev and ray", "kayden and kaiden", "Grace and Joy from the team": a
     *  word of a name list joined by "and" to a name the rules found is a name too. The word
     *  after "and" only where it cannot be a verb or a thing: a name no dictionary holds, or
     *  capitalised ("jayden and will be there" keeps "will"); the word before "and" not after
     *  a pronoun or "to" ("we hope and Sam", "to mark and"). */
    void coordinatedNamePass()
    {
        auto joined = [&](int a) {
            return is(a, "and") || is(a, "n") || is(a, "nd") || m_t.punct(a, u'&');
        };
        forEachFoundName([&](std::size_t f, int k) {
            int last = k;
            while (last + 1 < m_t.size() && m_t[last + 1].end() <= m_out[f].end()) {
                ++last;
            }
            if (joined(k - 1) && coordinatedNameAt(k - 2, false)) {
                claim(k - 2, k - 2, m_t[k - 2].end(), PiiKind::Name, FindingReason::Context);
            }
            if (joined(last + 1) && coordinatedNameAt(last + 2, true)) {
                claim(last + 2, last + 2, m_t[last + 2].end(), PiiKind::Name,
                      FindingReason::Context);
            }
        });
    }
    /** Calls visit(f, k) for each name found so far (m_out[f]) that starts at word token k;
     *  by index, as visit may add findings. */
    template <typename Visit> void forEachFoundName(Visit&& visit)
    {
        const std::size_t found = m_out.size();
        for (std::size_t f = 0; f < found; ++f) {
            if (m_out[f].kind != PiiKind::Name) {
                continue;
            }
            if (const int k = tokenAt(m_out[f].start); k >= 0 && isWord(k)) {
                visit(f, k);
            }
        }
    }
    /** Token j, joined by "and" to a name (after it when following), may be one. */
    bool coordinatedNameAt(int j, bool following) const
    {
        if (!isWord(j) || claimed(j) || m_t[j].length < 2 || stem(j).size() != m_t[j].length) {
            return false;
        }
        const Tier t = tier(j);
        const bool wordToo = t == Tier::WordName || t == Tier::ContextOnly;
        if (!(t == Tier::Plain || t == Tier::NameFirst || t == Tier::Wide || t == Tier::Unknown ||
              wordToo)) {
            return false;
        }
        if ((m_flags[j] & (Gazetteer::HomeWord | Gazetteer::Place)) ||
            (m_t[j].has(Token::AllUpper) && m_t[j].length <= 4)) {
            return false; // "nani and Jayden", "Leeds and Sam", "YP and Adnan"
        }
        if (following) {
            return !wordToo || (cap(j) && !initial(j));
        }
        // Before "and", after what ends a phrase, a word of the lexicon or another name: not
        // the second word of a thing's name ("ping pong and Rekan").
        const bool opens = j == 0 || !isWord(j - 1) || roles(j - 1) != 0 ||
                           claimedAs(j - 1, PiiKind::Name) || cap(j);
        return opens && !(roles(j - 1) & Lexicon::Pronoun) && !is(j - 1, "to") &&
               (!wordToo || cap(j) || !(roles(j - 1) & Lexicon::Function));
    }

    /** "everyone calls me kk, please put kk on my review": a name found once is the same
     *  name again in the statement, where nothing else says so. Not a name that is also a
     *  word ("Will", "Grace": "I will" stays), nor a sentence's first word, where a word of
     *  another language is most often taken for a name. */
    void echoPass()
    {
        forEachFoundName([&](std::size_t f, int k) {
            if (m_t[k].end() != m_out[f].end() || m_t[k].length < 2 || initial(k)) {
                return; // one word, all of the finding, inside its sentence
            }
            // Only a word that is no everyday word of any language the lists know: a name that
            // is also a word, or a home language's word taken for a name, stays where it is.
            const Tier t = tier(k);
            const std::uint32_t flags = m_flags[k];
            if (!(t == Tier::Plain || t == Tier::NameFirst || t == Tier::Wide ||
                  t == Tier::Unknown) ||
                (flags & (Gazetteer::WelshWord | Gazetteer::HomeWord | Gazetteer::Word))) {
                return;
            }
            // The key first: it holds the length and first letters, and nearly every token
            // of a long statement fails on it (this loop runs once per name found).
            for (int j = 0; j < m_t.size(); ++j) {
                if (m_keys[j] != m_keys[k] || j == k || claimed(j) || !isWord(j) || initial(j) ||
                    m_t[j].length != m_t[k].length || !isWide(j, m_t.str(k))) {
                    continue;
                }
                claim(j, j, m_t[j].end(), PiiKind::Name, m_out[f].reason);
            }
        });
    }
    /** The token that starts at position pos, or -1. By halves: the tokens are in text
     *  order, and this is asked once per name found, which a long statement has many of. */
    int tokenAt(qsizetype pos) const
    {
        const Token* const at =
            std::lower_bound(m_t.begin(), m_t.end(), pos,
                             [](const Token& tok, qsizetype p) { return tok.start < p; });
        return at != m_t.end() && at->start == pos ? int(at - m_t.begin()) : -1;
    }

    const NameFinder& m_f;
    // The statement and its facts as plain pointers and a copy: the rules read them many times
    // per token, and a vector behind a reference is two loads before its element, a pointer
    // here one (anonymiser_bench, issue 17). Sized by the tokens; none of them grows in a pass.
    const TokenizedText m_t;
    const TokenFacts& m_facts;
    const std::uint32_t* const m_roles;      ///< TokenFacts::roles
    const std::uint32_t* const m_flags;      ///< TokenFacts::flags
    const std::uint32_t* const m_stemHashes; ///< TokenFacts::stemHashes
    const std::int32_t* const m_stemLengths; ///< TokenFacts::stemLengths
    const std::uint64_t* const m_keys;       ///< TokenFacts::keys
    std::int8_t* const m_claims;             ///< what each token is, as NameFinder::find's
    std::vector<Finding>& m_out;
    std::int8_t* const m_tiers;       ///< Tier per token, -1 until asked
    const bool m_shouted;             ///< shouted(m_t)
    const std::uint8_t m_capitalFlag; ///< Token::Capitalised, or 0 when shouted: cap() in one test
    mutable std::int8_t m_schoolTopic = -1;            ///< schoolTopic(), -1 until asked
    mutable std::int8_t m_welshStatement = -1;         ///< welshStatement(), -1 until asked
    mutable std::int8_t m_homeWordSeen = -1;           ///< homeWordSeen(), -1 until asked
    mutable std::int8_t m_homeLanguageStatement = -1;  ///< homeLanguageStatement(), likewise
    mutable std::int8_t m_otherLanguageStatement = -1; ///< otherLanguageStatement(), likewise
    mutable std::int8_t m_outingWords = -1;            ///< outingWords(), likewise
    std::vector<std::pair<int, int>>
        m_lateStarts; ///< (token, bucket) where a listed school may start
};

void NameFinder::find(const TokenizedText& t, TokenFacts& facts, std::vector<std::int8_t>& claims,
                      std::vector<Finding>& out) const
{
    Pass(*this, t, facts, claims, out).run();
}

} // namespace chorus
