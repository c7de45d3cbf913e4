#include "tokenizer.h"

#include <QChar>

#include <array>

namespace chorus {

namespace {

enum CharClass : std::uint8_t { Other = 0, Space = 1, Digit = 2, Lower = 3, Upper = 4 };

constexpr std::array<std::uint8_t, 128> makeAsciiTable()
{
    std::array<std::uint8_t, 128> t{};
    for (int c = 0; c < 128; ++c) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
            t[c] = Space;
        } else if (c >= '0' && c <= '9') {
            t[c] = Digit;
        } else if (c >= 'a' && c <= 'z') {
            t[c] = Lower;
        } else if (c >= 'A' && c <= 'Z') {
            t[c] = Upper;
        }
    }
    return t;
}
constexpr auto kAscii = makeAsciiTable();

inline CharClass classify(char16_t c)
{
    if (c < 128) {
        return CharClass(kAscii[c]);
    }
    const QChar q(c);
    if (q.isSpace()) {
        return Space;
    }
    if (q.isLetter() || q.isMark()) {
        return q.isUpper() ? Upper : Lower;
    }
    // Arabic-Indic digits ("عمري ١٣"), as an Arabic keyboard types them: numbers too. Other
    // scripts' digits are kept out: the UK's identifiers are written in ASCII digits.
    if ((c >= 0x0660 && c <= 0x0669) || (c >= 0x06F0 && c <= 0x06F9)) {
        return Digit;
    }
    return Other;
}

inline bool isLetterClass(CharClass c)
{
    return c == Lower || c == Upper;
}

inline bool isApostrophe(char16_t c)
{
    return c == u'\'' || c == 0x2019;
}

} // namespace

void Tokenizer::tokenize(QStringView text, std::vector<Token>& tokens)
{
    tokens.clear();
    const char16_t* s = reinterpret_cast<const char16_t*>(text.data());
    const qsizetype n = text.size();
    qsizetype i = 0;
    std::uint8_t pending = Token::SentenceStart; // flags for the next token
    bool sentenceEnded = true;
    while (i < n) {
        CharClass cls = classify(s[i]);
        if (cls == Space) {
            pending |= Token::SpaceBefore;
            if (s[i] == u'\n' || s[i] == u'\r') {
                pending |= Token::NewlineBefore;
                sentenceEnded = true;
            }
            ++i;
            continue;
        }
        Token t;
        t.start = i;
        t.flags = pending;
        if (sentenceEnded) {
            t.flags |= Token::SentenceStart;
        }
        pending = 0;
        if (cls == Other) {
            // Punctuation: one character, or one surrogate pair.
            qsizetype len =
                (QChar::isHighSurrogate(s[i]) && i + 1 < n && QChar::isLowSurrogate(s[i + 1])) ? 2
                                                                                               : 1;
            t.length = std::int32_t(len);
            t.type = Token::Type::Punct;
            const char16_t c = s[i];
            t.mark = len == 1 ? c : 0;
            // Closing quotes and brackets keep a sentence end pending; other marks clear it.
            if (c == u'.' || c == u'!' || c == u'?' || c == 0x2026) {
                sentenceEnded = true;
            } else if (c != u'"' && c != u')' && c != 0x201D && c != u'\'' && c != 0x2019) {
                sentenceEnded = false;
            }
            i += len;
            tokens.push_back(t);
            continue;
        }
        sentenceEnded = false;
        bool letters = isLetterClass(cls);
        bool digits = cls == Digit;
        bool allUpper = cls == Upper;
        int letterCount = letters ? 1 : 0;
        if (cls == Upper) {
            t.flags |= Token::Capitalised;
        }
        qsizetype j = i + 1;
        while (j < n) {
            const CharClass c = classify(s[j]);
            if (isLetterClass(c)) {
                letters = true;
                ++letterCount;
                allUpper = allUpper && c == Upper;
                if (letterCount == 1) {
                    allUpper = c == Upper;
                }
                ++j;
            } else if (c == Digit) {
                digits = true;
                ++j;
            } else if ((isApostrophe(s[j]) || s[j] == u'-') && letters && !digits && j + 1 < n &&
                       isLetterClass(classify(s[j + 1])) && isLetterClass(classify(s[j - 1]))) {
                // Inner apostrophe or hyphen between letters: "don't", "O'Brien", "step-dad".
                t.flags |= s[j] == u'-' ? Token::Hyphen : Token::Apostrophe;
                ++j;
            } else {
                break;
            }
        }
        t.length = std::int32_t(j - i);
        t.type = letters ? (digits ? Token::Type::Alnum : Token::Type::Word) : Token::Type::Number;
        if (allUpper && letterCount >= 2) {
            t.flags |= Token::AllUpper;
        }
        tokens.push_back(t);
        i = j;
    }
}

} // namespace chorus
