#pragma once

#include "homelanguage.h"
#include "lexicon.h"
#include "piikind.h"
#include "tokenizer.h"
#include "wordtable.h"

#include <QStringView>

namespace chorus {

class Gazetteer;

/** Recognises structured identifiers in tokenized text: UK phone numbers, postcodes, NHS and
 *  National Insurance numbers, dates, e-mail and web addresses, social handles, case references
 *  and exact ages. Each *At(i) asks whether such an identifier starts at token i. Hand-written
 *  scanners rather than regular expressions: they only look where a token could start one, which
 *  keeps the whole anonymiser within a small factor of the tokenizer. */
class UkIdentifiers
{
public:
    /** What was found: the tokens it covers and its exact characters. */
    struct Match
    {
        int first = -1; ///< first token covered
        int last = -1;  ///< last token covered (inclusive)
        qsizetype start = 0;
        qsizetype end = 0; ///< one past the last character
        PiiKind kind = PiiKind::Name;
        int age = -1; ///< years, for PiiKind::Age
        explicit operator bool() const { return first >= 0; }
    };

    /** A 10-digit NHS number whose mod-11 check digit is right. */
    static bool isValidNhsNumber(QStringView digits);
    /** The two prefix letters of a National Insurance number as HMRC allocates them: no D, F, I,
     *  Q, U or V; no O second; not BG, GB, KN, NK, NT, TN or ZZ. */
    static bool isValidNiPrefix(QStringView letters);
    /** "AB123456C" or "AB123456" (no spaces), either case, with a valid prefix and suffix A-D. */
    static bool isValidNiNumber(QStringView compact);
    /** A full UK postcode with or without its space, either case (every format, and GIR 0AA). */
    static bool isValidPostcode(QStringView text);
    static bool isOutwardCode(QStringView code);
    static bool isInwardCode(QStringView code);
    /** A digit and two letters, whichever letters: an inward code as typed, mistakes too. */
    static bool isInwardShape(QStringView code);
    /** A UK number in national form ("07700900123", "01134960000"). */
    static bool isUkNationalNumber(QStringView digits);

    /** gazetteer may be null; it sharpens the test for handles written after "my snap is".
     *  facts, when given, saves looking each word up again. */
    UkIdentifiers(const TokenizedText& text, const Gazetteer* gazetteer,
                  const TokenFacts* facts = nullptr)
        : m_t(text), m_gazetteer(gazetteer), m_facts(facts)
    {}

    [[nodiscard]] Match onlineAt(int i) const; ///< e-mail, @handle, web address
    /** "ps4", "PS5": a games console, before a gamer tag as a platform's name is. */
    [[nodiscard]] bool consoleAt(int i) const;
    [[nodiscard]] Match platformHandleAt(int i) const; ///< "my snap is lils_x0x"
    [[nodiscard]] Match dateAt(int i) const;
    [[nodiscard]] Match phoneAt(int i) const;
    [[nodiscard]] Match nhsAt(int i) const;
    /** "nhs" within the eight tokens before token i in its sentence (or, for a number
     *  grouped 3-3-4, the thirty before it): the speaker calls it an NHS number. */
    [[nodiscard]] bool nhsCueBefore(int i, bool grouped = false) const;
    /** Groups of two to four digits from token i after "NHS", nine to eleven digits in all. */
    [[nodiscard]] Match cuedNhsGroups(int i) const;
    [[nodiscard]] Match niAt(int i) const;
    [[nodiscard]] Match postcodeAt(int i) const;
    [[nodiscard]] Match referenceAt(int i) const;
    /** "and my son's is 2291-LAC-08": a reference without a trigger of its own, of the same
     *  shape as one found in the statement (tokens first..last), token for token. */
    [[nodiscard]] Match sameShapeReferenceAt(int i, int first, int last) const;
    /** A trigger word of a reference that the Lexicon leaves out ("rhif", "cyfeirnod",
     *  "uan"); by length first, as it is asked of every word. */
    [[nodiscard]] bool moreRefTrigger(int i) const;
    /** Whether a word of this first letter and length can be one of moreRefTrigger's ("uan",
     *  "upn", "uln", "gwf", "rhif", "cyfeirnod"; keep the two together): the test anonymise
     *  makes of every word before asking. */
    [[nodiscard]] static bool mayBeMoreRefTrigger(char16_t first, int length)
    {
        // One table look-up, not a chain of tests: the identifier loop asks this of most words,
        // whose lengths and first letters no branch predictor can guess.
        constexpr auto bit = [](char c) { return 1u << unsigned(c - 'a'); };
        constexpr std::uint32_t n = bit('n');
        constexpr std::uint32_t ugr = bit('u') | bit('g') | bit('r');
        static constexpr std::uint32_t kInitialsByLength[10] = {
            0, 0, n, ugr | n | bit('l'), ugr | bit('c'), 0, n, 0, 0, bit('c')};
        // ASCII lower case; any other character falls outside the 26 letters.
        const unsigned letter = unsigned((first | 0x20) - u'a');
        const std::uint32_t initials = kInitialsByLength[unsigned(length) < 10u ? length : 0];
        return letter < 26u && ((initials >> letter) & 1u);
    }
    /** person, when not -1, is a token the name finder found to be a person's name: a
     *  subject for "is 5" that the age rules alone cannot tell ("remi is 5", "ellie-mae is 3"). */
    [[nodiscard]] Match ageAt(int i, int person = -1) const;
    /** "Rhianna (15) missing from placement", "Daughter (Kaitlyn, 9)", "my brother (15)",
     *  "father (42)", "grandmother (84, dementia)", "(great-aunt, 78)": a practitioner's age
     *  in brackets after or with a person, number i; nameBefore says the name finder found a
     *  name just before the bracket, nameInside a name between the bracket and the comma. */
    [[nodiscard]] Match bracketedAgeAt(int i, bool nameBefore, bool nameInside) const;
    /** Number i as a person's age, where the words around say it is one (the anonymiser
     *  asks after the names are found): a number of at most two digits, 1 to 25. */
    [[nodiscard]] Match ageOfPersonAt(int i) const;
    /** "i'm 16 but the home office says 19", "the council put 19", "the age assessment said
     *  20", "you look 25 mate": an age someone gave a child, number i after their verb,
     *  closing its clause; only where the child's own age was found (ageFound) or the
     *  statement speaks of an age or its assessment. */
    [[nodiscard]] Match assessedAgeAt(int i, bool ageFound) const;
    /** An age in another home language ("mam 13 lat", "am treisprezece ani", "13 yaşında"):
     *  the number at i, then that language's word for years (homelanguage.h). */
    [[nodiscard]] Match homeLanguageAgeAt(int i) const;
    /** After a birth cue at i ("born on", "my birthday is", "dob:"): the date up to and with
     *  its year ("christmas day 2008", "the 3rd of march 2010", "2009"), else nothing: a
     *  birthday without a year is left to the date rules. */
    [[nodiscard]] Match birthDateAt(int i) const;
    /** The last token of a year written in words at k ("two thousand and nine"), or -1. */
    [[nodiscard]] int yearInWordsEnd(int k) const;
    /** A family word with "'s" or a bare "s" at p ("sister's", "brothers"). */
    [[nodiscard]] bool relationIsBefore(int p) const;
    /** The last token of a year-first date ("2010-06-15") whose year is at k, or k. */
    [[nodiscard]] int yearFirstDateEnd(int k) const;
    /** A handle written without "@" but with inner dots or underscores ("jay.k_22",
     *  "its.kayla.x"); not a web address (onlineAt), an abbreviation ("e.g.") or a decimal. */
    [[nodiscard]] Match dottedHandleAt(int i) const;

private:
    Match tokens(int first, int last, PiiKind kind) const;
    /** The last token of a phone number ending at last, with an extension after it. */
    [[nodiscard]] int withExtension(int last) const;
    Match chars(qsizetype start, qsizetype end, PiiKind kind) const;
    int tokenEndingAt(qsizetype end, int from) const;
    int collectReference(int first, int* digits) const;
    bool moreRefFiller(int j) const;
    int policeLogEnd(int last) const;
    bool hasContextBefore(int i, int window, std::initializer_list<const char*> words) const;
    /** Token i is the word (a literal), in any case: its key compared with the literal's
     *  where the facts hold it (TokenFacts::keys), else its length first. */
    template <std::size_t N> [[gnu::always_inline]] bool wordIs(int i, const char (&word)[N]) const
    {
        if (!m_t.valid(i)) {
            return false;
        }
        return m_facts ? keyEqualsAscii(m_facts->keys[std::size_t(i)], m_t.str(i), word)
                       : equalsAscii(m_t.str(i), word);
    }
    /** Token i is entry, a word of a list, in any case. */
    [[gnu::always_inline]] bool wordIsEntry(int i, const char* entry) const
    {
        return m_t.valid(i) && equalsAsciiEntry(m_t.str(i), entry);
    }
    /** Where a channel's name found from token first (to end) ends, platform being the
     *  word that named the platform: platformHandleAt's. */
    qsizetype channelNameEnd(int platform, int first, qsizetype end) const;
    int halfYearsAt(int i) const;
    int namedDayEnd(int k) const;
    int welshNamedDayEnd(int k) const;
    bool arabicInAt(int k) const;
    bool welshPersonIsBefore(int i) const;
    bool welshClauseEndsAfter(int last) const;
    bool clockOrAddressAround(int p, int end) const;
    int welshOrdinalDayAt(int j, int* last) const;
    bool countedAfter(int p, int end) const;
    bool atAgeBefore(int p) const;
    bool personBeforeComma(int p) const;
    homelanguage::Word wordAt(int i) const;
    /** Nothing after token k that a number before it could count: the statement or a clause
     *  ends, or a word of time or degree follows ("my sister's 13 now"). */
    bool nothingCountedAfter(int k) const;
    /** A capitalised name with "'s" (is) at token p: "Harjot's", "Kayden's". */
    bool nameIsBefore(int p) const;
    /** Token k is in a name list and no English word or place ("Sagar", not "Taf"). */
    bool knownName(int k) const;
    /** WordTable::hashOf word token i, from the facts when they hold it. */
    std::uint32_t hashAt(int i) const;
    /** Lexicon roles of token i (0 for punctuation, numbers and out of range). */
    std::uint32_t roles(int i) const;

    const TokenizedText m_t; // a copy (three words): one load less per token test
    const Gazetteer* m_gazetteer;
    const TokenFacts* m_facts;
};

} // namespace chorus
