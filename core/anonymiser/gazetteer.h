#pragma once

#include "../common/result.h"
#include "wordtable.h"

#include <QByteArrayView>
#include <QString>

#include <memory>

namespace chorus {

/** Which names and words the anonymiser knows, each with flags saying what kind of word it is.
 *  The built-in one is generated at build time from the documented sources in GAZETTEER.md and
 *  embedded as a resource; nothing is downloaded at run time. */
class Gazetteer
{
public:
    enum Flag : std::uint32_t {
        Name = 1,          ///< a first name or surname in the name source
        Word = 2,          ///< also an ordinary lower-case English word ("hope", "will")
        Proper = 4,        ///< a capitalised English dictionary entry (places, days, some names)
        NameFirst = 8,     ///< a word, yet capitalised almost always a name ("Jack")
        ContextOnly = 16,  ///< an everyday word: a name only where the context says so ("Hope")
        NotName = 32,      ///< never treated as a name ("Mum", "Christmas", "Miss")
        Place = 64,        ///< a place in data/places.txt (or a Welsh mutation of one)
        WelshWord = 128,   ///< an ordinary Welsh word (aspell-cy: "hoff", "beth", "bryn")
        Curated = 256,     ///< a name of data/community-names.txt: a name even if a Welsh word
        WideName = 512,    ///< in the wide, noisy name list only (humannames): weaker evidence
        Abroad = 1024,     ///< a country or a place abroad (data/places-world.txt): no home here
        HomeWord = 2048,   ///< an everyday word of a language children switch to, in lower case
                           ///< never a name ("nahi", "shukran"; data/home-language-words.txt)
        LateName = 4096,   ///< a name of data/late-names.txt, which no list held as a name: a
                           ///< curated name (Name, Curated) to the rules, while the unknown-word
                           ///< model reads the word as it was when it was trained
        KinWord = 8192,    ///< a relative's title in a home language (data/kin-words.txt):
                           ///< never a name in any case; also a HomeWord
        LatePlace = 16384, ///< a place abroad of data/late-places-world.txt, which no list held
                           ///< (or the wide name list only): Proper, Place and Abroad to the
                           ///< rules; the unknown-word model reads it as it was when trained
    };

    /** What each late list adds, its marker among it. The generator adds these only to words
     *  that had none of them, so that the unknown-word model, taking them off a word that
     *  carries the marker, reads the word as it was before the list (unknownwords.cpp,
     *  modelFlags). One definition for both, which must agree. */
    static constexpr std::uint32_t kLateNameFlags = Name | Curated | LateName;
    static constexpr std::uint32_t kLatePlaceFlags = Proper | Place | Abroad | LatePlace;

    /** Parses the gazetteer format: "# comment" lines and "word<TAB>flags" lines (decimal flags).
     */
    static Result<Gazetteer> parse(QByteArrayView data, const QString& origin);
    static Result<Gazetteer> fromFile(const QString& path);
    /** The gazetteer built into the library, loaded once and shared. */
    static Result<std::shared_ptr<const Gazetteer>> builtIn();

    /** Entries in the wide name list only (flags exactly WideName, most of the table) go to a
     *  second table, looked up only for words the first does not know: the words of ordinary
     *  text stay in a table small enough to stay in the cache (anonymiser_bench). */
    void add(QStringView word, std::uint32_t flags)
    {
        (flags == WideName ? m_wide : m_words).add(word, flags);
        m_serial = nextSerial();
    }
    /** Differs between any two gazetteers of different contents in this process (a new one
     *  at a freed one's address too): what TokenFacts remembers is keyed by it. */
    [[nodiscard]] std::uint64_t serial() const { return m_serial; }
    [[nodiscard]] std::uint32_t flags(QStringView word) const
    {
        const std::uint32_t f = m_words.value(word);
        return f || word.size() < kWideMinLength ? f : m_wide.value(word);
    }
    /** The same, given WordTable::hashOf(word). */
    [[nodiscard]] std::uint32_t flags(QStringView word, std::uint32_t hash) const
    {
        const std::uint32_t f = m_words.value(word, hash);
        return f || word.size() < kWideMinLength ? f : m_wide.value(word, hash);
    }
    [[nodiscard]] qsizetype size() const { return m_words.size() + m_wide.size(); }
    /** How many entries carry all of the given flags. */
    [[nodiscard]] qsizetype count(std::uint32_t flags) const;

private:
    /** The wide list has no entry shorter than this (gazetteergen leaves them out), so "x",
     *  "u" and "im" need no second probe. */
    static constexpr qsizetype kWideMinLength = 3;
    static std::uint64_t nextSerial();
    WordTable m_words;
    WordTable m_wide; ///< entries of the wide name list only
    std::uint64_t m_serial = nextSerial();
};

} // namespace chorus
