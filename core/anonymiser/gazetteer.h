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
        Name = 1,         ///< a first name or surname in the name source
        Word = 2,         ///< also an ordinary lower-case English word ("hope", "will")
        Proper = 4,       ///< a capitalised English dictionary entry (places, days, some names)
        NameFirst = 8,    ///< a word, yet capitalised almost always a name ("Jack")
        ContextOnly = 16, ///< an everyday word: a name only where the context says so ("Hope")
        NotName = 32,     ///< never treated as a name ("Mum", "Christmas", "Miss")
        Place = 64,       ///< a place in data/places.txt (or a Welsh mutation of one)
        WelshWord = 128,  ///< an ordinary Welsh word (aspell-cy: "hoff", "beth", "bryn")
        Curated = 256,    ///< a name of data/community-names.txt: a name even if a Welsh word
    };

    /** Parses the gazetteer format: "# comment" lines and "word<TAB>flags" lines (decimal flags).
     */
    static Result<Gazetteer> parse(QByteArrayView data, const QString& origin);
    static Result<Gazetteer> fromFile(const QString& path);
    /** The gazetteer built into the library, loaded once and shared. */
    static Result<std::shared_ptr<const Gazetteer>> builtIn();

    void add(QStringView word, std::uint32_t flags) { m_words.add(word, flags); }
    [[nodiscard]] std::uint32_t flags(QStringView word) const { return m_words.value(word); }
    /** The same, given WordTable::hashOf(word). */
    [[nodiscard]] std::uint32_t flags(QStringView word, std::uint32_t hash) const
    {
        return m_words.value(word, hash);
    }
    [[nodiscard]] qsizetype size() const { return m_words.size(); }
    /** How many entries carry all of the given flags. */
    [[nodiscard]] qsizetype count(std::uint32_t flags) const;

private:
    WordTable m_words;
};

} // namespace chorus
