#pragma once

#include <QString>
#include <QStringView>

#include <cstddef>
#include <cstdint>
#include <vector>

namespace chorus {

/** A case-insensitive set of words, each with a small integer value: built once, then looked up
 *  without allocating, which is what keeps the anonymiser near the speed of the tokenizer.
 *  Words are folded to lower case and the typographic apostrophe (U+2019) to "'". */
class WordTable
{
public:
    /** Adds a word, or ORs value into the value it already has. */
    void add(QStringView word, std::uint32_t value);
    /** The value of a word, or 0 when it is absent. */
    [[nodiscard]] std::uint32_t value(QStringView word) const { return value(word, hashOf(word)); }
    /** The same, with the word's hashOf() already computed (one hash serves several tables). */
    [[nodiscard]] std::uint32_t value(QStringView word, std::uint32_t hash) const;
    /** The hash every WordTable uses: of the folded word. */
    static std::uint32_t hashOf(QStringView word);
    [[nodiscard]] bool contains(QStringView word) const { return value(word) != 0; }
    [[nodiscard]] qsizetype size() const { return qsizetype(m_order.size()); }
    /** Calls f(word, value) for every entry, in insertion order. */
    template <typename F> void forEach(F f) const
    {
        for (std::uint32_t at : m_order) {
            const Slot& e = m_slots[at];
            if (e.isInline()) {
                f(QString::fromLatin1(e.inlined, e.length), e.value);
            } else {
                f(QStringView(m_keys).mid(e.offset, e.length), e.value);
            }
        }
    }

    /** word folded unit by unit, as keys are. */
    static QString folded(QStringView word)
    {
        QString f;
        f.reserve(word.size());
        for (const QChar c : word) {
            f.append(QChar(fold(c.unicode())));
        }
        return f;
    }

    /** Whether word, folded unit by unit, is the already folded key. */
    static bool sameFolded(QStringView word, const QString& folded)
    {
        if (word.size() != folded.size()) {
            return false;
        }
        for (qsizetype k = 0; k < word.size(); ++k) {
            if (fold(word[k].unicode()) != folded[k].unicode()) {
                return false;
            }
        }
        return true;
    }

    /** The folded form of one UTF-16 unit, as used for keys. */
    static char16_t fold(char16_t c)
    {
        if (c < 0x80) {
            return (c >= u'A' && c <= u'Z') ? char16_t(c + 32) : c;
        }
        if (c == 0x2019) {
            return u'\'';
        }
        return QChar(c).toLower().unicode();
    }

private:
    /** One slot of the open-addressing table, 32 bytes. Keys of up to kInline Latin-1
     *  characters (nearly all words) live in the slot itself, so a lookup usually touches one
     *  cache line; longer keys live in m_keys. */
    static constexpr int kInline = 20;
    struct Slot
    {
        std::uint32_t hash = 0;
        std::uint32_t value = 0;
        std::uint16_t length = 0; ///< 0 marks an empty slot
        std::uint16_t spare = 0;
        union {
            char inlined[kInline]; ///< folded Latin-1 key, when length <= kInline
            std::uint32_t offset;  ///< of the folded key in m_keys, otherwise
        };
        Slot() : inlined{} {}
        [[nodiscard]] bool isInline() const { return spare == 1; }
    };
    [[nodiscard]] const Slot* find(QStringView word, std::uint32_t hash) const;
    void grow();

    QString m_keys;
    std::vector<Slot> m_slots;          ///< size a power of two, at most half full
    std::vector<std::uint32_t> m_order; ///< slot of each entry, in insertion order
};

/** Whether s, folded as WordTable::fold, is entry: a lower-case ASCII word of a list the rules
 *  walk. A word beyond ASCII ("lôn") is UTF-8 bytes here and never equals a letter: such words
 *  go through a QStringView comparison. */
[[gnu::always_inline]] inline bool equalsAsciiEntry(QStringView s, const char* entry)
{
    qsizetype i = 0;
    for (; entry[i]; ++i) {
        Q_ASSERT_X(static_cast<unsigned char>(entry[i]) < 0x80, "equalsAsciiEntry",
                   "a word beyond ASCII never matches");
        if (i >= s.size() || WordTable::fold(s[i].unicode()) != char16_t(entry[i])) {
            return false;
        }
    }
    return i == s.size();
}

/** The same for a literal, its length compared first: the anonymiser's rules ask this many
 *  times of every token, nearly always of a word of another length, and a test that ends at
 *  one comparison keeps their code small and their branches predictable (anonymiser_bench). */
template <std::size_t N>
[[gnu::always_inline]] inline bool equalsAscii(QStringView s, const char (&word)[N])
{
    return s.size() == qsizetype(N - 1) && equalsAsciiEntry(s, word);
}

/** A word's key, for comparing it with a literal in one step: its length (at most 255) in the
 *  low byte and its first seven characters, folded as WordTable::fold, in the seven above; a
 *  character that folds beyond ASCII is 0x80 there, which no literal holds. Equal keys of a
 *  word and a literal of at most seven letters mean equal words. The rules compare tokens with
 *  literals many times per token, nearly always unequal, and one comparison of two numbers
 *  keeps that code small and its branches predictable (anonymiser_bench, issue 17). */
inline std::uint64_t tokenKey(QStringView s)
{
    std::uint64_t key = std::uint64_t(std::min<qsizetype>(s.size(), 255));
    const qsizetype n = std::min<qsizetype>(s.size(), 7);
    for (qsizetype k = 0; k < n; ++k) {
        const char16_t c = WordTable::fold(s[k].unicode());
        key |= std::uint64_t(c < 0x80 ? c : 0x80) << (8 * (k + 1));
    }
    return key;
}

/** tokenKey of a literal, lower-case ASCII; folded to a constant where it is inlined. */
template <std::size_t N>
[[gnu::always_inline]] constexpr std::uint64_t literalKey(const char (&w)[N])
{
    static_assert(N - 1 < 255, "a literal of fewer than 255 letters");
    std::uint64_t key = std::uint64_t(N - 1);
    for (std::size_t k = 0; k < N - 1 && k < 7; ++k) {
        key |= std::uint64_t(static_cast<unsigned char>(w[k])) << (8 * (k + 1));
    }
    return key;
}

/** Whether the word s, whose tokenKey is key, is the literal w (as equalsAscii): one
 *  comparison for a literal of up to seven letters, the rest of a longer one compared after. */
template <std::size_t N>
[[gnu::always_inline]] inline bool keyEqualsAscii(std::uint64_t key, QStringView s,
                                                  const char (&w)[N])
{
    if (key != literalKey(w)) {
        return false;
    }
    if constexpr (N - 1 > 7) {
        return equalsAsciiEntry(s.sliced(7), w + 7);
    }
    return true;
}

} // namespace chorus
