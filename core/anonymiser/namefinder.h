#pragma once

#include "piikind.h"
#include "tokenizer.h"
#include "wordtable.h"

#include <QList>
#include <QString>

#include <cstdint>
#include <vector>

namespace chorus {

class Gazetteer;
struct TokenFacts;

/** A name the session asks to hide: a family member, worker, school or place. */
struct SessionName
{
    QString text;
    PiiKind kind = PiiKind::Name; ///< Name, School or Place
};

/** Finds names, schools and places: the session's own list, the gazetteer, and context rules
 *  ("my brother ...", "called ...", "Miss ...", "... said", "lives in ..."). Names that are also
 *  everyday words (Hope, Grace, Will, Summer) are taken only where the context says so. */
class NameFinder
{
public:
    /** gazetteer may be null: then only the session list and the context rules apply. */
    NameFinder(const QList<SessionName>& sessionNames, const Gazetteer* gazetteer,
               bool contextRules);

    /** facts are t's roles and flags (TokenFacts::compute with this finder's gazetteer), and
     *  lend their scratch space;
     *  claims holds, per token, the kind already found there (or -1). Found spans are appended
     *  to out and claimed. */
    void find(const TokenizedText& t, TokenFacts& facts, std::vector<std::int8_t>& claims,
              std::vector<Finding>& out) const;

private:
    enum class Tier : std::uint8_t {
        Never,       ///< family words, titles, pronouns, "Christmas"
        Plain,       ///< a name and no English word: any case
        NameFirst,   ///< "Jack": capitalised anywhere
        WordName,    ///< "Brown", "Rose": capitalised mid-sentence, or with context
        ContextOnly, ///< "Hope", "Will": only with context
        Unknown,     ///< in no list: capitalised mid-sentence, or with context
        Wide,        ///< only in the wide name list: capitalised, or in lower case with context
        English,     ///< an English word and no name: only right after "called", "Miss", ...
        Proper,      ///< a capitalised dictionary word ("Halifax"): place contexts, or "called"
    };
    struct Entry
    {
        std::vector<QString> words; ///< folded
        PiiKind kind;
        bool commonWord;   ///< a one-word entry that is also an everyday word ("Will")
        bool keep = false; ///< a public name or title ("Marcus Rashford"): kept, shields its words
        bool late = false; ///< a listed school: matched after the shape rules, which see more
        /** The second word's first letter, folded (0 for one word): most entries of a
         *  bucket ("the ...", "st ...") fail on it without a string comparison. */
        char16_t secondInitial = 0;
        /** A listed district (data/districts.txt): a place unless the words around it say
         *  otherwise (Pass::listedDistrictAt). */
        bool district = false;
        /** A district of everyday words only ("Tile Hill", "Moss Side", "West End"). */
        bool everydayWords = false;
    };
    class Pass;

    void addSessionName(const QString& text, PiiKind kind);
    /** Adds an entry unless the same words are one already; returns the entry, or nullptr. */
    Entry* addEntry(std::vector<QString> words, PiiKind kind, bool keep = false, bool late = false);
    /** The public names and titles that are kept (data/public-phrases.txt). */
    void addPublicPhrases();
    /** Schools named without a keyword ("fitzalan", "john frost", "Bishop of Llandaff"),
     *  from data/schools.txt: hidden wherever they stand. */
    void addSchoolNames();
    /** Districts, estates and villages where families live ("Moss Side", "harehills", "Tile
     *  Hill"), from data/districts.txt: hidden as places wherever they stand. */
    void addDistrictNames();
    /** One district of a list, hidden as a place in any case unless the words around say
        otherwise (listedDistrictAt). */
    void addDistrict(const std::vector<QString>& words);

    const Gazetteer* m_gazetteer;
    bool m_contextRules;
    std::vector<Entry> m_entries;
    std::vector<std::vector<int>> m_buckets; ///< entries by first word
    std::vector<bool> m_lateBuckets;         ///< whether a bucket holds a listed school
    /** Per bucket, the second initials of its entries that are not late (secondInitialBit),
     *  and kAnySecond if one of them is a single word: a filter before matchAt's walk. */
    std::vector<std::uint32_t> m_secondInitials;
    static constexpr std::uint32_t kAnySecond = 1u << 26;
    /** A bit for each folded letter a-z; one bit shared by every other character, which
     *  matchAt then compares itself. */
    static constexpr std::uint32_t secondInitialBit(char16_t c)
    {
        return c >= u'a' && c <= u'z' ? 1u << (c - u'a') : 1u << 27;
    }
    WordTable m_firstWords; ///< folded first word -> bucket + 1
    /** A Bloom filter of the first words, two bits each (from the hash's low bits and from
     *  bits 15 to 31): most tokens start no entry, and this answers that without a probe of
     *  m_firstWords. For the ~9,400 first words of the lists, (1 - e^(-kn/m))^k puts the share
     *  of other words let through at 7% with one bit and under 2% with two (16 KB). */
    static constexpr std::uint32_t kFirstWordBits = 1u << 17;
    std::vector<std::uint64_t> m_firstWordBits = std::vector<std::uint64_t>(kFirstWordBits / 64);
    [[nodiscard]] bool firstWordBit(std::uint32_t hashBits) const
    {
        const std::uint32_t bit = hashBits & (kFirstWordBits - 1);
        return (m_firstWordBits[bit / 64] >> (bit % 64)) & 1u;
    }
    void setFirstWordBit(std::uint32_t hashBits)
    {
        const std::uint32_t bit = hashBits & (kFirstWordBits - 1);
        m_firstWordBits[bit / 64] |= std::uint64_t(1) << (bit % 64);
    }
    [[nodiscard]] bool mayStartEntry(std::uint32_t hash) const
    {
        return firstWordBit(hash) && firstWordBit(hash >> 15);
    }
};

} // namespace chorus
