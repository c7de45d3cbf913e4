#pragma once

#include <QStringView>

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
    Years,     ///< "lat", "ani", "anos", "metų", "saal": an age after a verb of having or being
    YearsOld,  ///< "vjeç", "yaşında", "tuổi", "jir": an age by itself
    AgeSuffix, ///< "letni", "latek" after "13-": an age written onto the number; as Years too
    AgeVerb,   ///< "mam", "ma", "are", "tenho", "tengo", "man", "عندي": whose age a number is
    AgeNoun,   ///< "umar", "boyosh", "temen", "عمري": "age", before the number
    Filler,    ///< "już", "doar", "quase": between the verb and the number
    Person,    ///< "fratele", "irmão", "hermana": before "de" in "my brother of 5 years"
    Of,        ///< "de": "fratele meu de 5 ani", "meu irmão de 5 anos"
    Genitive,  ///< "ka", "ki", "di": after the years, "5 saal ka" (five years old)
    Mine,      ///< "meu", "mea", "mi": between a person and "de"
    Ago,       ///< "temu", "atrás", "pehle", "se": after the years, a length of time
    Old,       ///< "alt", "oud": after "Jahre", "jaar"
};

/** What word is to an age in a home language, given WordTable::hashOf(word). */
[[nodiscard]] Word wordOf(QStringView word, std::uint32_t hash);
[[nodiscard]] Word wordOf(QStringView word);

/** One bit per hash of each word for years, "de" and age suffix: the anonymiser looks at every
 *  token for these rare words, so the first test is one load and a shift. */
extern const std::array<std::uint64_t, 64> yearsFilter;

/** False when the word whose WordTable::hashOf is hash is surely no word for years, "de" or
 *  age suffix; true for those and for about one word in sixty besides. */
inline bool mayBeYears(std::uint32_t hash)
{
    const std::uint32_t bit = hash >> 20; // 12 bits; WordTable's slots use the low ones
    return (yearsFilter[bit >> 6] >> (bit & 63)) & 1u;
}

/** The value of a number word ("jedenaście", "treisprezece", "catorze"; 0 to 20), or -1. */
[[nodiscard]] int numberValue(QStringView word, std::uint32_t hash);

/** A verb of living or of moving home: Polish "mieszkam", "przeprowadziliśmy (się)", Romanian
 *  "locuiesc", "(ne-am) mutat", Portuguese "moro", Spanish "vivo", Albanian "jetoj". */
[[nodiscard]] bool isHomeVerb(QStringView word);

/** The preposition such a verb takes before a town: "w", "do", "în", "la", "em", "en", "a",
 *  "në", "para". */
[[nodiscard]] bool isHomePreposition(QStringView word);

} // namespace chorus::homelanguage
