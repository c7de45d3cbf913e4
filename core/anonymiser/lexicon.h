#pragma once

#include "tokenizer.h"
#include "wordtable.h"

#include <vector>

namespace chorus {

class Gazetteer;

/** The small closed word classes that the anonymiser's context rules look for ("my brother ...",
 *  "called ...", "Miss ...", "... said", "aged ..."), built once and looked up by one hash probe.
 */
class Lexicon
{
public:
    enum Role : std::uint32_t {
        Relation = 1u << 0,     ///< brother, nan, social worker's "worker", friend, dog
        Title = 1u << 1,        ///< Mr, Mrs, Miss, Auntie, Nana: a name follows
        Called = 1u << 2,       ///< called, named
        SpeechVerb = 1u << 3,   ///< said, told, came, lives: a person did it
        PersonBefore = 1u << 4, ///< with, saw, told, miss, hi: a person may follow
        Unit = 1u << 5,         ///< minutes, pounds, times: the number before is no age
        Month = 1u << 6,        ///< january, jan, sept
        Pronoun = 1u << 7,      ///< i, he, she, they, we, you, who
        Function = 1u << 8,     ///< the, at, my, and: never part of a name
        SchoolWord = 1u << 9,   ///< School, Primary, Academy
        PlaceWord = 1u << 10,   ///< Road, Street, Close, Estate, Surgery
        PlaceVerb = 1u << 11,   ///< live, moved, placement: a place follows a preposition
        PlacePrep = 1u << 12,   ///< in, at, near, to, from
        RefTrigger = 1u << 13,  ///< ref, reference, case, crime, incident, mosaic
        RefFiller = 1u << 14,   ///< number, no, is, on, the, letter
        Platform = 1u << 15,    ///< snap, insta, tiktok, discord, gamertag, username
        AgeVerb = 1u << 16,     ///< am, is, was, be, turned, aged
        AgeFiller = 1u << 17,   ///< nearly, almost, only, just, now
        Modifier = 1u << 18, ///< best, little, big, older, foster, step: between "my" and "brother"
        FlatWord = 1u << 19, ///< Flat, Apartment, Unit, No before a house number
        Determiner = 1u << 20,    ///< the, a, this, last, next: what follows is a thing
        NumberWord = 1u << 21,    ///< one .. ninety (value from numberValue())
        BirthCue = 1u << 22,      ///< born, birthday, bday, dob, pen-blwydd: a birth date follows
        Pet = 1u << 23,           ///< dog, cat, hamster: the name after it is a pet's, kept
        Thanks = 1u << 24,        ///< thank, thanks, cheers, diolch: a name may follow
        SchoolHomeCue = 1u << 25, ///< ysgol, coleg, st, sixth, the, house, lodge: see
                                  ///< NameFinder's school and care-home pass
        SchoolTalk = 1u << 27,    ///< teacher, gcses, detention: a statement about school
        WelshNumber = 1u << 26,   ///< un, dau, deg, deuddeg, pymtheg: value from welshNumberValue()
    };

    /** Words of these roles are never names themselves: they introduce or surround them. */
    static constexpr std::uint32_t kNeverNames =
        Relation | Title | Called | SpeechVerb | PersonBefore | Pronoun | Function | PlacePrep |
        AgeVerb | Determiner | NumberWord | FlatWord | Platform | BirthCue | Pet | Thanks;

    static const Lexicon& instance();
    [[nodiscard]] std::uint32_t roles(QStringView word) const { return m_roles.value(word); }
    [[nodiscard]] std::uint32_t roles(QStringView word, std::uint32_t hash) const
    {
        return m_roles.value(word, hash);
    }
    [[nodiscard]] bool is(QStringView word, Role role) const { return roles(word) & role; }
    /** The value of a number word ("nine" -> 9, "twenty" -> 20), or -1. */
    [[nodiscard]] int numberValue(QStringView word) const;
    /** The value of a Welsh number word ("naw" -> 9, "deuddeg" -> 12, "ddeg" -> 10), or -1;
     *  "ar ddeg" (+10) and "ar bymtheg" (+15) compounds are read by the age rule. */
    [[nodiscard]] int welshNumberValue(QStringView word) const;

    /** Words that wake a pass of the name finder that most statements never need. Apart from
     *  the roles on purpose: a role is also a feature of the unknown-word model, a cue is not,
     *  so a cue added here changes no decision but whether a pass runs. */
    enum Cue : std::uint8_t {
        WelshStreet = 1u << 0, ///< heol, stryd, clos, lôn: first word of a street's name
        WelshStreetCapitalised = 1u << 1, ///< bryn, parc, tan, llys: the same, only capitalised
        ReferralUnit = 1u << 2,           ///< pupil ("... Pupil Referral Unit")
        YearsWord = 1u << 3, ///< not in this table: TokenFacts sets it (homelanguage::isYearsWord)
        ShortUnlisted = 1u << 4, ///< not in this table: TokenFacts sets it for a word of 3 to 5
                                 ///< letters no list knows (NameFinder's school initials)
        ArabicIn = 1u << 5,      ///< Arabic "في" (in): NameFinder's Arabic verbs of living
        ForcesBase = 1u << 6,    ///< "RAF": a forces family's station (NameFinder's rafPass)
        CollegeCue = 1u << 7,    ///< "university", "uni", "attend(s)": NameFinder's collegePass
    };
    /** A county, region or nation of Britain ("essex", "gwynedd", "yorkshire", "wales"): too
     *  wide to say where anyone lives. word is a stem; hash its WordTable::hashOf. */
    [[nodiscard]] bool isRegion(QStringView word, std::uint32_t hash) const;

    [[nodiscard]] std::uint32_t cues(QStringView word) const { return m_cues.value(word); }
    [[nodiscard]] std::uint32_t cues(QStringView word, std::uint32_t hash) const
    {
        return m_cues.value(word, hash);
    }

private:
    Lexicon();
    WordTable m_roles;
    WordTable m_cues;
    WordTable m_regions;
    WordTable m_numbers;      ///< value = number + 1
    WordTable m_welshNumbers; ///< value = number + 1
};

/** The lexicon roles and gazetteer flags of each token of one statement, looked up once so that
 *  the recognisers can ask about a token and its neighbours without hashing again. */
struct TokenFacts
{
    std::vector<std::uint32_t> roles;      ///< Lexicon roles of each word token, else 0
    std::vector<std::uint32_t> flags;      ///< gazetteer flags of each word token's stem, else 0
    std::vector<std::uint32_t> stemHashes; ///< WordTable::hashOf each word token's stem
    std::vector<std::int32_t> stemLengths; ///< TokenizedText::stem's length, of every token
    std::vector<std::uint64_t> keys;       ///< tokenKey of every token, for is() and wordIs()
    std::vector<std::int8_t> tiers;        ///< scratch for the name finder, one per token
    std::uint32_t allRoles = 0;            ///< every role of any token: a pass can skip a statement
    std::uint32_t allFlags = 0;            ///< every gazetteer flag of any token, likewise
    /** Every Lexicon::Cue of any token. YearsWord: a home language's word for years is among
     *  the words ("lat", "ani": homelanguage.h), so an age in that language may be here; most
     *  statements have none, as most have none of the other cues. */
    std::uint32_t allCues = 0;

    void compute(const TokenizedText& t, const Gazetteer* gazetteer);

private:
    static constexpr int kRememberedChars = 13;
    static constexpr std::size_t kRemembered = 4096; ///< a power of two
    /** What compute() found for a short ASCII word, kept across statements: most words of a
     *  statement were in one of the last few thousand, and this small table stays in the
     *  cache where the gazetteer's large one does not (anonymiser_bench, issue 17). */
    struct Remembered
    {
        std::uint32_t hash = 0;
        std::uint32_t roles = 0;
        std::uint32_t flags = 0;
        std::uint32_t stemHash = 0;
        std::uint8_t length = 0; ///< 0: empty
        std::uint8_t stemLength = 0;
        std::uint8_t cues = 0;           ///< Lexicon::Cue
        char key[kRememberedChars] = {}; ///< the folded word (with the above, 32 bytes a slot)
    };
    std::vector<Remembered> m_remembered;
    std::uint64_t m_rememberedFor = 0; ///< Gazetteer::serial() of the flags in m_remembered
};

} // namespace chorus
