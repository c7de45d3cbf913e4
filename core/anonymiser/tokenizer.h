#pragma once

#include <QStringView>

#include <cstdint>
#include <vector>

namespace chorus {

/** One token of a statement: a span of the text and what it looks like. */
struct Token
{
    enum class Type : std::uint8_t {
        Word,   ///< letters, with inner apostrophes and hyphens ("don't", "step-dad")
        Number, ///< ASCII digits only ("07700")
        Alnum,  ///< letters and digits together ("SW1A", "3rd", "x0x")
        Punct,  ///< any other single character (or surrogate pair, e.g. an emoji)
    };
    enum Flag : std::uint8_t {
        Capitalised = 1,    ///< starts with an upper-case letter
        AllUpper = 2,       ///< two or more letters, all upper case
        SentenceStart = 4,  ///< first token of the text or of a sentence
        SpaceBefore = 8,    ///< whitespace separates it from the token before
        NewlineBefore = 16, ///< that whitespace includes a line break
        Apostrophe = 32,    ///< a word with an inner apostrophe
        Hyphen = 64,        ///< a word with an inner hyphen
    };

    qsizetype start = 0;
    std::int32_t length = 0;
    Type type = Type::Punct;
    std::uint8_t flags = 0;
    /** A punctuation mark of one UTF-16 unit, that unit; 0 for every other token. Kept in the
     *  token (it fills what would be padding) because the recognisers ask "is token i a '.'"
     *  many times per token, and reading the text for it was a load behind two others. */
    char16_t mark = 0;

    [[nodiscard]] qsizetype end() const { return start + length; }
    [[nodiscard]] bool has(Flag f) const { return flags & f; }
    [[nodiscard]] bool isWord() const { return type == Type::Word; }
    /** The token is the punctuation mark c (not 0). */
    [[nodiscard]] bool isPunct(char16_t c) const { return mark == c && c != 0; }
};
static_assert(sizeof(Token) == 16, "a token stays two words: the tokenizer writes millions");

/** A statement with its tokens, and the questions the recognisers ask about them. The tokens
 *  must not change while it is in use: it keeps their address and count, not the vector,
 *  because the recognisers ask valid(i) millions of times and a vector's size is a division
 *  behind two loads. */
class TokenizedText
{
public:
    TokenizedText(QStringView text, const std::vector<Token>& tokens)
        : m_text(text), m_tokens(tokens.data()), m_size(int(tokens.size()))
    {}
    [[nodiscard]] QStringView text() const { return m_text; }
    [[nodiscard]] int size() const { return m_size; }
    [[nodiscard]] const Token& operator[](int i) const { return m_tokens[i]; }
    [[nodiscard]] const Token* begin() const { return m_tokens; }
    [[nodiscard]] const Token* end() const { return m_tokens + m_size; }
    /** One unsigned comparison: a negative i wraps to a large one. */
    [[nodiscard]] bool valid(int i) const { return unsigned(i) < unsigned(m_size); }
    [[nodiscard]] QStringView str(int i) const
    {
        const Token& t = (*this)[i];
        return QStringView(m_text.data() + t.start, t.length); // a token is inside the text
    }
    /** The word without a possessive "'s" ("Aisha's" -> "Aisha"). */
    [[nodiscard]] QStringView stem(int i) const
    {
        const Token& t = (*this)[i];
        const QStringView s(m_text.data() + t.start, t.length);
        if (t.has(Token::Apostrophe) && s.size() > 2 && (s.back() == u's' || s.back() == u'S') &&
            (s[s.size() - 2] == u'\'' || s[s.size() - 2] == QChar(0x2019))) {
            return s.first(s.size() - 2);
        }
        return s;
    }
    /** True when token i exists and is the punctuation character c. */
    [[nodiscard]] bool punct(int i, char16_t c) const { return valid(i) && (*this)[i].isPunct(c); }
    /** The mark of token i (Token::mark), or 0 past either end. */
    [[nodiscard]] char16_t mark(int i) const { return valid(i) ? (*this)[i].mark : 0; }
    /** Token j is past either end of the text or a mark that ends a sentence (". ! ?"): the
     *  bound of the rules' scans that read one sentence about a word. */
    [[nodiscard]] bool sentenceEnd(int j) const
    {
        return !valid(j) || punct(j, u'.') || punct(j, u'!') || punct(j, u'?');
    }
    [[nodiscard]] bool isType(int i, Token::Type type) const
    {
        return valid(i) && (*this)[i].type == type;
    }
    /** Characters between token i-1 and token i (whitespace only, by construction). */
    [[nodiscard]] qsizetype gapBefore(int i) const
    {
        return i > 0 ? (*this)[i].start - (*this)[i - 1].end() : 0;
    }
    /** Token i touches the token before it. */
    [[nodiscard]] bool joined(int i) const { return i > 0 && valid(i) && gapBefore(i) == 0; }
    /** Exactly one plain space separates token i from the token before it. */
    [[nodiscard]] bool oneSpace(int i) const
    {
        return i > 0 && valid(i) && gapBefore(i) == 1 && m_text[(*this)[i].start - 1] == u' ';
    }

private:
    QStringView m_text;
    const Token* m_tokens;
    int m_size;
};

/** Splits a statement into tokens in one pass without allocating per token. The anonymiser is
 *  built on it, and the benchmark measures the anonymiser against this pass alone. */
class Tokenizer
{
public:
    /** Replaces the contents of tokens with the tokens of text. */
    static void tokenize(QStringView text, std::vector<Token>& tokens);
};

} // namespace chorus
