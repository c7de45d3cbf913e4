#pragma once

#include <QStringView>

#include <functional>

#include <array>
#include <cstdint>

namespace chorus::homelanguage {

// Words of the languages children in the UK switch to that the anonymiser's rules read (issue
// 17): the words that make a number an age, and the verbs of living that say a place is home.
// English and Welsh are the Lexicon's, Arabic ages UkIdentifiers::ageAt's. Curated from
// general knowledge of the languages; kept apart from the Lexicon on purpose, as the
// unknown-word model is trained on the Lexicon's roles.

/** What a word is to an age: "mam 13 lat" (Polish), "am treisprezece ani" (Romanian), "tenho
 *  12 anos", "man 14 metų", "jam 15 vjeç", "13 yaşında", "meri umar 13 saal hai". */
enum class Word : std::uint8_t {
    None = 0,
    Years,       ///< "lat", "ani", "anos", "metų", "saal": an age after a verb of having or being
    YearsOld,    ///< "vjeç", "yaşında", "tuổi", "jir": an age by itself
    AgeSuffix,   ///< "letni", "latek" after "13-": an age written onto the number; as Years too
    AgeVerb,     ///< "mam", "ma", "are", "tenho", "tengo", "man", "عندي": whose age a number is
    AgeNoun,     ///< "umar", "boyosh", "temen", "عمري": "age", before the number
    Filler,      ///< "już", "doar", "quase": between the verb and the number
    Person,      ///< "fratele", "irmão", "hermana": before "de" in "my brother of 5 years"
    Of,          ///< "de": "fratele meu de 5 ani", "meu irmão de 5 anos"
    Genitive,    ///< "ka", "ki", "di": after the years, "5 saal ka" (five years old)
    Mine,        ///< "meu", "mea", "mi": between a person and "de"
    Ago,         ///< "temu", "atrás", "pehle", "se": after the years, a length of time
    Old,         ///< "alt", "oud": after "Jahre", "jaar"
    YearsBefore, ///< "makore", "mfeɛ", "waggaa": the years before the number, an age by itself
};

/** What word is to an age in a home language, given WordTable::hashOf(word). */
[[nodiscard]] Word wordOf(QStringView word, std::uint32_t hash);

/** A set of words as one bit per hash, 4096 bits: a first test that is one load and a shift,
 *  for rare words the anonymiser would otherwise look up at every token. False means surely
 *  absent; true, present or one of about sixty other words in every 4096. */
struct HashFilter
{
    std::array<std::uint64_t, 64> bits{};
    void add(std::uint32_t hash)
    {
        const std::uint32_t bit = hash >> 20;
        bits[bit >> 6] |= std::uint64_t(1) << (bit & 63);
    }
    /** hash is WordTable::hashOf the word; its top bits, as WordTable's slots use the low. */
    [[nodiscard]] bool mayContain(std::uint32_t hash) const
    {
        const std::uint32_t bit = hash >> 20;
        return (bits[bit >> 6] >> (bit & 63)) & 1u;
    }
};

/** The words for years, "de" and the age suffixes. */
extern const HashFilter yearsFilter;
/** The words isHomeVerb() is true of. */
extern const HashFilter homeVerbFilter;
/** The words of nameCueLength()'s cues, by their hashes (WordTable::hashOf): a first test,
 *  false for nearly every word. */
extern const HashFilter nameCueFilter;

/** Whether word is one of yearsFilter's, exactly. */
[[nodiscard]] bool isYearsWord(QStringView word, std::uint32_t hash);

/** The value of a number word ("jedenaście", "treisprezece", "catorze"; 0 to 20), or -1. */
[[nodiscard]] int numberValue(QStringView word, std::uint32_t hash);

/** A verb of living or of moving home: Polish "mieszkam", "przeprowadziliśmy (się)", Romanian
 *  "locuiesc", "(ne-am) mutat", Portuguese "moro", Spanish "vivo", Albanian "jetoj". */
[[nodiscard]] bool isHomeVerb(QStringView word);

/** A verb of living in a language whose word order puts it after the town or away from a
 *  preposition isHomePreposition() knows: Somali "(ku) noolahay", Shona "tinogara (ku)",
 *  Bengali "(Poplar e) thaki", Urdu and Punjabi "rehte", "rehnda", Farsi "zendegi (mikonam)",
 *  Kurdish "dijîm", Turkish "yaşıyorum", Lithuanian "gyvenu", Ukrainian "живу". */
[[nodiscard]] bool isLivingVerbNearPlace(QStringView word);

/** The preposition such a verb takes before a town: "w", "do", "în", "la", "em", "en", "a",
 *  "në", "para". */
[[nodiscard]] bool isHomePreposition(QStringView word);

/** "mera naam", "ma numesc", "navê min", "me llamo", "tên em là": how the home languages
 *  children switch to say "my name is" (or "his name is", "I am called") before a name.
 *  wordBefore(k) is the k-th word back from the cue's last word (k = 0 is that word; an empty
 *  view where there is none). Returns how many words the longest cue ending there has, or 0. */
[[nodiscard]] int nameCueLength(const std::function<QStringView(int)>& wordBefore);

/** A word for a brother, sister, child, friend or cousin in a home language ("behen",
 *  "siostra", "fratele", "walaal", "kardeşim"): before a word in lower case, it says that word
 *  may be a person's name ("meri behen sana", "moja siostra kasia"), as the Lexicon's English
 *  and Welsh relations do. Parents' and grandparents' words are Gazetteer::KinWord's. */
[[nodiscard]] bool isPersonWord(QStringView word);

} // namespace chorus::homelanguage
