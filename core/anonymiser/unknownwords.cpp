#include "unknownwords.h"

#include "gazetteer.h"
#include "lexicon.h"
#include "wordtable.h"

#include <QList>

#include <algorithm>
#include <bit>

namespace chorus::unknownwords {

namespace {

// ---- hashing: the same in the generator and the anonymiser ------------------------------

/** FNV-1a over a feature's template and its text, folded as WordTable folds. */
class FeatureHash
{
public:
    explicit FeatureHash(std::uint16_t tag) { add(tag); }
    FeatureHash& add(char16_t c)
    {
        m_h = (m_h ^ (c & 0xff)) * 16777619u;
        m_h = (m_h ^ (c >> 8)) * 16777619u;
        return *this;
    }
    FeatureHash& add(QStringView s)
    {
        for (QChar c : s) {
            add(WordTable::fold(c.unicode()));
        }
        return *this;
    }
    [[nodiscard]] std::uint32_t value() const { return m_h; }

private:
    std::uint32_t m_h = 2166136261u;
};

/** The feature templates. Numbers are part of the hashes: append, never renumber. */
enum Tag : std::uint16_t {
    Bias = 1,
    Kind,
    Shape,
    ShapeStart,
    ShapeStartCaps,
    Prefix2,
    Prefix3,
    Suffix2,
    Suffix3,
    Suffix4,
    WordItself, ///< unused (see features())
    Length,
    NonAscii,
    InnerMark,
    WelshHit,
    HeadKnown,
    PrevWord,
    PrevRole,
    PrevClass,
    NextWord,
    NextRole,
    NextClass,
    Next2Word,
    PrevNextClass,
    ForeignCount,
    ForeignShape,
    KindShape,
    Alone,
    PrevPunct,
    NextPunct,
    LetterPair, ///< unused (see features())
    // The place model's own (placeFeatures)
    PlaceBias,
    PlaceShape,
    PlacePrev,
    PlacePrev2,
    PlaceNext,
    PlaceNext2,
    PlacePrevRole,
    PlaceNextRole,
    PlaceNear,
    PlaceNearRole,
    PlaceOthers,
    PlaceAbroad,
    PlacePrevPair,
    PlaceLists,
    PlaceItself,
    PlacePrevShape,
};

/** How many tokens either side of a word count as its statement. */
constexpr int kNearby = 24;

constexpr std::uint32_t kHiddenFlags =
    Gazetteer::Word | Gazetteer::NotName | Gazetteer::Proper | Gazetteer::Place;

/** The roles that say most about the word after or before them, one feature each. */
constexpr std::uint32_t kTellingRoles[] = {
    Lexicon::Relation,     Lexicon::Title,      Lexicon::Called,    Lexicon::SpeechVerb,
    Lexicon::PersonBefore, Lexicon::Pronoun,    Lexicon::Function,  Lexicon::PlacePrep,
    Lexicon::PlaceVerb,    Lexicon::Determiner, Lexicon::Thanks,    Lexicon::Modifier,
    Lexicon::AgeVerb,      Lexicon::SchoolWord, Lexicon::PlaceWord, Lexicon::Pet,
};

/** A word's flags as the model was trained to read them: the lists as they were when it was
 *  made. A home-language word (HomeWord, KinWord) is the name finder's to keep before the
 *  model is asked; a late name (LateName) or late place (LatePlace) is read as the word it was
 *  before it was added (the generator adds each only where its flags were not there). */
std::uint32_t modelFlags(std::uint32_t f)
{
    f &= ~std::uint32_t(Gazetteer::HomeWord | Gazetteer::KinWord);
    if (f & Gazetteer::LateName) {
        f &= ~Gazetteer::kLateNameFlags;
    }
    if (f & Gazetteer::LatePlace) {
        f &= ~Gazetteer::kLatePlaceFlags;
    }
    return f;
}

bool hasNonAscii(QStringView s)
{
    return std::any_of(s.begin(), s.end(), [](QChar c) { return c.unicode() >= 0x80; });
}

} // namespace

// ---- the Welsh filter ---------------------------------------------------------------------

void WelshFilter::positions(QStringView word, std::size_t bitCount, std::size_t (&out)[kProbes])
{
    // Two independent hashes of the folded word, combined (Kirsch and Mitzenmacher).
    std::uint32_t a = 2166136261u;
    std::uint32_t b = 0x9747b28cu;
    for (QChar c : word) {
        const char16_t f = WordTable::fold(c.unicode());
        a = (a ^ f) * 16777619u;
        b = (b ^ f) * 0x5bd1e995u;
        b ^= b >> 15;
    }
    b |= 1u;
    for (int k = 0; k < kProbes; ++k) {
        out[k] = std::size_t(a + std::uint32_t(k) * b) % bitCount;
    }
}

bool WelshFilter::contains(QStringView word) const
{
    if (!m_bits || m_words == 0 || word.size() < 2) {
        return false;
    }
    std::size_t at[kProbes];
    positions(word, m_words * 64, at);
    for (std::size_t p : at) {
        if (!((m_bits[p / 64] >> (p % 64)) & 1u)) {
            return false;
        }
    }
    return true;
}

// ---- the model ------------------------------------------------------------------------------

double Model::score(const std::vector<std::uint32_t>& features) const
{
    double sum = 0;
    const Weight* end = weights + weightCount;
    for (std::uint32_t f : features) {
        const Weight* w = std::lower_bound(
            weights, end, f, [](const Weight& x, std::uint32_t v) { return x.feature < v; });
        if (w != end && w->feature == f) {
            sum += w->weight;
        }
    }
    return sum;
}

Candidate candidateOf(const TokenizedText& t, const TokenFacts& facts, const Gazetteer& gazetteer,
                      int i)
{
    if (!t.isType(i, Token::Type::Word)) {
        return Candidate::None;
    }
    const std::uint32_t r = facts.roles[std::size_t(i)];
    const std::uint32_t f = modelFlags(facts.flags[std::size_t(i)]);
    const QStringView s = t.stem(i);
    if ((r & Lexicon::kNeverNames) || s.size() < 2) {
        return Candidate::None;
    }
    if (f == 0) {
        if (s.contains(u'-')) {
            // As the name finder reads "Okonkwo-Bell": a part in a list decides.
            for (QStringView part : s.split(u'-')) {
                if (modelFlags(gazetteer.flags(part)) & (Gazetteer::Name | Gazetteer::WideName |
                                                         Gazetteer::Word | Gazetteer::NotName)) {
                    return Candidate::None;
                }
            }
        }
        return Candidate::Unknown;
    }
    if ((f & Gazetteer::WideName) &&
        !(f & (kHiddenFlags | Gazetteer::Name | Gazetteer::WelshWord | Gazetteer::Curated))) {
        return Candidate::Wide;
    }
    if ((f & Gazetteer::Name) && !t[i].has(Token::Capitalised) &&
        !(f & (kHiddenFlags | Gazetteer::WelshWord | Gazetteer::Curated | Gazetteer::ContextOnly |
               Gazetteer::NameFirst))) {
        return Candidate::ListedLower;
    }
    if ((f & Gazetteer::Name) && (f & (Gazetteer::Word | Gazetteer::ContextOnly)) &&
        !(f & (Gazetteer::NameFirst | Gazetteer::NotName | Gazetteer::Place)) &&
        (t[i].has(Token::SentenceStart) || (f & Gazetteer::ContextOnly)) &&
        t[i].has(Token::Capitalised) && !t[i].has(Token::AllUpper)) {
        return Candidate::OpeningWord;
    }

    return Candidate::None;
}

void features(const TokenizedText& t, const TokenFacts& facts, const Gazetteer& gazetteer,
              const WelshFilter& welsh, int i, Candidate c, std::vector<std::uint32_t>& out)
{
    out.clear();
    const Token& tok = t[i];
    const QStringView s = t.stem(i);
    const auto kind = char16_t(c);
    const bool capital = tok.has(Token::Capitalised);
    const bool upper = tok.has(Token::AllUpper);
    const bool start = tok.has(Token::SentenceStart);
    const char16_t shape = upper ? u'A' : (capital ? u'C' : u'l');

    // Does the statement use capitals at all? Children often write none, and then a lower-case
    // word says nothing; a statement in capitals says as little. Only the words near i are
    // looked at, so that a long text of unknown words costs linear time, not quadratic.
    bool capsElsewhere = false;
    int foreign = 0;
    for (int j = std::max(0, i - kNearby), end = std::min(t.size(), i + kNearby + 1); j < end;
         ++j) {
        if (j == i || !t.isType(j, Token::Type::Word)) {
            continue;
        }
        capsElsewhere = capsElsewhere || (t[j].has(Token::Capitalised) &&
                                          !t[j].has(Token::SentenceStart) && t[j].length > 1);
        const std::uint32_t f = modelFlags(facts.flags[std::size_t(j)]);
        if (facts.roles[std::size_t(j)] == 0 && !(f & kHiddenFlags) &&
            (!(f & Gazetteer::Name) || (f & Gazetteer::WelshWord))) {
            ++foreign; // a word of no English list: a name, or a code-switched statement
        }
    }
    const char16_t foreignBucket = char16_t(std::min(foreign, 3));

    auto push = [&out](const FeatureHash& h) { out.push_back(h.value()); };
    push(FeatureHash(Bias));
    push(FeatureHash(Kind).add(kind));
    push(FeatureHash(Shape).add(shape));
    push(FeatureHash(ShapeStart).add(shape).add(char16_t(start)));
    push(FeatureHash(ShapeStartCaps).add(shape).add(char16_t(start)).add(char16_t(capsElsewhere)));
    push(FeatureHash(KindShape).add(kind).add(shape));
    push(FeatureHash(ForeignCount).add(foreignBucket));
    push(FeatureHash(ForeignShape).add(foreignBucket).add(shape).add(char16_t(start)));

    // The word's letters: beginnings and endings carry its language ("-preet", "-eka", "ł").
    const qsizetype n = s.size();
    // No feature of the whole word or of every pair of its letters: the model is for words it
    // has not seen, and with them it did worse on the sets it did not learn from (MODEL.md).
    push(FeatureHash(Length).add(char16_t(std::min<qsizetype>(n, 9))));
    push(FeatureHash(Prefix2).add(s.first(std::min<qsizetype>(n, 2))));
    if (n >= 3) {
        push(FeatureHash(Prefix3).add(s.first(3)));
    }
    push(FeatureHash(Suffix2).add(s.last(std::min<qsizetype>(n, 2))));
    if (n >= 3) {
        push(FeatureHash(Suffix3).add(s.last(3)));
    }
    if (n >= 4) {
        push(FeatureHash(Suffix4).add(s.last(4)));
    }
    push(FeatureHash(NonAscii).add(char16_t(hasNonAscii(s))));
    const QStringView whole = t.str(i);
    if (whole.size() != n) {
        push(FeatureHash(InnerMark).add(u's')); // a possessive: "Nhung's mum"
    } else if (tok.has(Token::Apostrophe)) {
        push(FeatureHash(InnerMark).add(u'\''));
        // "Mae'n", "Rwy'n": a known word with a Welsh or English clitic.
        const qsizetype cut = std::max(s.indexOf(u'\''), s.indexOf(QChar(0x2019)));
        const QStringView head = s.first(std::max<qsizetype>(cut, 0));
        const std::uint32_t hf = modelFlags(gazetteer.flags(head));
        push(FeatureHash(HeadKnown).add(
            char16_t((hf & (kHiddenFlags | Gazetteer::WelshWord)) || welsh.contains(head))));
    } else if (tok.has(Token::Hyphen)) {
        push(FeatureHash(InnerMark).add(u'-'));
    }
    push(FeatureHash(WelshHit).add(char16_t(welsh.contains(s))).add(shape));

    // The neighbours: their words, roles and whether a list knows them.
    auto classOf = [&](int j) -> char16_t {
        if (!t.valid(j)) {
            return u'^';
        }
        if (!t.isType(j, Token::Type::Word)) {
            return t[j].type == Token::Type::Punct ? u'.' : u'9';
        }
        const std::uint32_t f = modelFlags(facts.flags[std::size_t(j)]);
        if (facts.roles[std::size_t(j)] != 0) {
            return u'r';
        }
        if (f & (Gazetteer::Word | Gazetteer::NotName)) {
            return u'w';
        }
        if (f & (Gazetteer::Name | Gazetteer::WideName)) {
            return t[j].has(Token::Capitalised) ? u'N' : u'n';
        }
        if (f & (Gazetteer::Proper | Gazetteer::Place)) {
            return u'P';
        }
        return welsh.contains(t.stem(j)) ? u'y' : u'?';
    };
    auto neighbour = [&](int j, Tag word, Tag role, Tag cls) {
        const char16_t k = classOf(j);
        push(FeatureHash(cls).add(k).add(shape));
        if (t.isType(j, Token::Type::Word)) {
            push(FeatureHash(word).add(t.str(j)));
            const std::uint32_t r = facts.roles[std::size_t(j)];
            for (std::uint32_t bit : kTellingRoles) {
                if (r & bit) {
                    push(FeatureHash(role).add(char16_t(std::countr_zero(bit))));
                }
            }
        } else if (t.valid(j)) {
            push(FeatureHash(word).add(t.str(j)));
        }
        return k;
    };
    const char16_t prev = neighbour(i - 1, PrevWord, PrevRole, PrevClass);
    const char16_t next = neighbour(i + 1, NextWord, NextRole, NextClass);
    push(FeatureHash(PrevNextClass).add(prev).add(next).add(shape));
    if (t.isType(i + 2, Token::Type::Word)) {
        push(FeatureHash(Next2Word).add(t.str(i + 2)));
    }
    push(FeatureHash(Alone).add(char16_t(t.size() <= 2)));
    if (t.valid(i - 1) && t[i - 1].type == Token::Type::Punct) {
        push(FeatureHash(PrevPunct).add(t.str(i - 1)));
    }
    if (t.valid(i + 1) && t[i + 1].type == Token::Type::Punct) {
        push(FeatureHash(NextPunct).add(t.str(i + 1)));
    }
}

bool decide(const Model& model, const TokenizedText& t, const TokenFacts& facts,
            const Gazetteer& gazetteer, int i, bool rulesSayName)
{
    const Candidate c = candidateOf(t, facts, gazetteer, i);
    if (c == Candidate::None || (c == Candidate::ListedLower && !rulesSayName) ||
        (c == Candidate::OpeningWord && rulesSayName)) {
        return rulesSayName;
    }
    // A capitalised word the rules took stays taken: capitals are the stronger evidence, and
    // the places and schools the rules find by them are no names the model has learned.
    if (rulesSayName && t[i].has(Token::Capitalised)) {
        return true;
    }
    // A word in no list that the rules took by its context ("zorlan and quilby are my
    // cousins") stays taken too: only a listed name in lower case is taken back ("hai").
    if (rulesSayName && c == Candidate::Unknown) {
        return true;
    }
    thread_local std::vector<std::uint32_t> scratch;
    if (!rulesSayName && model.welsh.contains(t.stem(i))) {
        return false; // an ordinary Welsh word ("Heol is Welsh for road"): names need context
    }
    features(t, facts, gazetteer, model.welsh, i, c, scratch);
    const double margin = model.score(scratch);
    return rulesSayName ? margin > kVetoMargin : margin >= kAddMargin;
}

// ---- places ----------------------------------------------------------------------------------

namespace {

/** How many words either side of a town, within its sentence, count as what is said of it. */
constexpr int kPlaceWindow = 8;

} // namespace

bool isPlaceCandidate(const TokenizedText& t, const TokenFacts& facts, int i)
{
    if (!t.isType(i, Token::Type::Word)) {
        return false;
    }
    const std::uint32_t f = facts.flags[std::size_t(i)];
    // A town that is an everyday word too ("Reading", "Bath", "Deal") only where its capital
    // sets it apart: inside a sentence, not at its start, nor in a statement of capitals.
    const bool everyday =
        (f & Gazetteer::Word) && (!t[i].has(Token::Capitalised) || t[i].has(Token::SentenceStart) ||
                                  t[i].has(Token::AllUpper));
    return (f & Gazetteer::Place) && !(f & Gazetteer::Abroad) && !everyday &&
           t.stem(i).size() >= 3 &&
           !Lexicon::instance().isRegion(t.stem(i), facts.stemHashes[std::size_t(i)]);
}

void placeFeatures(const TokenizedText& t, const TokenFacts& facts, int i,
                   std::vector<std::uint32_t>& out)
{
    out.clear();
    auto push = [&out](const FeatureHash& h) { out.push_back(h.value()); };
    const Token& tok = t[i];
    const char16_t shape =
        tok.has(Token::AllUpper) ? u'A' : (tok.has(Token::Capitalised) ? u'C' : u'l');
    push(FeatureHash(PlaceBias));
    push(FeatureHash(PlaceShape).add(shape).add(char16_t(tok.has(Token::SentenceStart))));
    // What else the word is: a name too ("Chester", "Lincoln"), an everyday word ("Reading").
    const std::uint32_t f = facts.flags[std::size_t(i)];
    push(FeatureHash(PlaceLists)
             .add(char16_t((f & (Gazetteer::Name | Gazetteer::WideName)) != 0))
             .add(char16_t((f & Gazetteer::Word) != 0)));

    // The town itself, unlike the words' model: a prior for each town the corpus names
    // ("London is expensive" is talk more often than "Rhyl is home"), which did better when a
    // set was left out of training (MODEL.md, "Places").
    push(FeatureHash(PlaceItself).add(t.stem(i)));
    // The words right beside it, as text ("in", "from", "near", "to"; "for the day", "is home")
    // and by their roles.
    auto text = [&](int j) -> QStringView {
        if (!t.valid(j)) {
            return u"^";
        }
        return t[j].type == Token::Type::Number ? QStringView(u"9") : t.str(j);
    };
    push(FeatureHash(PlacePrev).add(text(i - 1)));
    push(FeatureHash(PlacePrevShape).add(text(i - 1)).add(shape)); // "in hull", "in Hull"
    push(FeatureHash(PlacePrev2).add(text(i - 2)));
    push(FeatureHash(PlacePrevPair).add(text(i - 2)).add(u' ').add(text(i - 1)));
    push(FeatureHash(PlaceNext).add(text(i + 1)));
    push(FeatureHash(PlaceNext2).add(text(i + 2)));
    for (std::uint32_t bit : kTellingRoles) {
        if (t.valid(i - 1) && (facts.roles[std::size_t(i - 1)] & bit)) {
            push(FeatureHash(PlacePrevRole).add(char16_t(std::countr_zero(bit))));
        }
        if (t.valid(i + 1) && (facts.roles[std::size_t(i + 1)] & bit)) {
            push(FeatureHash(PlaceNextRole).add(char16_t(std::countr_zero(bit))));
        }
    }

    // What the sentence says around it: its words before and after ("live", "placed", "nan",
    // "holiday", "went"), the roles among them, and how many other places it names (a list
    // of moves; a trip abroad beside a town).
    std::uint32_t rolesBefore = 0;
    std::uint32_t rolesAfter = 0;
    int others = 0;
    int abroad = 0;
    for (int j = i - 1; j >= 0 && j >= i - kPlaceWindow && !t.sentenceEnd(j); --j) {
        if (t.isType(j, Token::Type::Word)) {
            push(FeatureHash(PlaceNear).add(u'<').add(t.str(j)));
            rolesBefore |= facts.roles[std::size_t(j)];
            others += isPlaceCandidate(t, facts, j);
            abroad += (facts.flags[std::size_t(j)] & Gazetteer::Abroad) != 0;
        }
    }
    for (int j = i + 1; j < t.size() && j <= i + kPlaceWindow && !t.sentenceEnd(j); ++j) {
        if (t.isType(j, Token::Type::Word)) {
            push(FeatureHash(PlaceNear).add(u'>').add(t.str(j)));
            rolesAfter |= facts.roles[std::size_t(j)];
            others += isPlaceCandidate(t, facts, j);
            abroad += (facts.flags[std::size_t(j)] & Gazetteer::Abroad) != 0;
        }
    }
    for (std::uint32_t bit : kTellingRoles) {
        if (rolesBefore & bit) {
            push(FeatureHash(PlaceNearRole).add(u'<').add(char16_t(std::countr_zero(bit))));
        }
        if (rolesAfter & bit) {
            push(FeatureHash(PlaceNearRole).add(u'>').add(char16_t(std::countr_zero(bit))));
        }
    }
    push(FeatureHash(PlaceOthers).add(char16_t(std::min(others, 2))));
    push(FeatureHash(PlaceAbroad).add(char16_t(std::min(abroad, 1))));
}

bool placeSaysHome(const Model& model, const TokenizedText& t, const TokenFacts& facts, int i)
{
    thread_local std::vector<std::uint32_t> scratch;
    placeFeatures(t, facts, i, scratch);
    return model.score(scratch) >= kPlaceMargin;
}

} // namespace chorus::unknownwords
