#include "ukidentifiers.h"

#include "gazetteer.h"
#include "lexicon.h"

#include <algorithm>
#include <array>

namespace chorus {

namespace {

using Type = Token::Type;

/** The value of a digit the tokenizer reads as one: ASCII or Arabic-Indic (both ranges), or
 *  -1. Plain arithmetic, not QChar's Unicode table: it runs for every digit of every number. */
inline int digitOf(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9') {
        return u - u'0';
    }
    if (u >= 0x0660 && u <= 0x0669) {
        return u - 0x0660;
    }
    if (u >= 0x06F0 && u <= 0x06F9) {
        return u - 0x06F0;
    }
    return -1;
}

inline bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

inline bool isAsciiLetter(QChar c)
{
    const char16_t u = c.unicode() | 0x20;
    return u >= u'a' && u <= u'z';
}

inline char16_t upper(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') ? char16_t(u - 32) : u;
}

inline bool oneOf(char16_t c, const char16_t* set)
{
    for (; *set; ++set) {
        if (*set == c) {
            return true;
        }
    }
    return false;
}

inline bool isEmailLocalChar(QChar c)
{
    return isAsciiLetter(c) || isAsciiDigit(c) || oneOf(c.unicode(), u"._%+-");
}

inline bool isDomainChar(QChar c)
{
    return isAsciiLetter(c) || isAsciiDigit(c) || c == u'.' || c == u'-';
}

inline bool isHandleChar(QChar c)
{
    return isAsciiLetter(c) || isAsciiDigit(c) || c == u'_' || c == u'.';
}

inline bool isUrlChar(QChar c)
{
    return !c.isSpace() && c != u'"' && c != u'<' && c != u'>';
}

/** The number a run of ASCII digits spells, or -1 when it is longer than 9 digits. */
int toInt(QStringView digits)
{
    if (digits.isEmpty() || digits.size() > 9) {
        return -1;
    }
    int v = 0;
    for (QChar c : digits) {
        const int d = digitOf(c); // ASCII or Arabic-Indic (the tokenizer's digits)
        if (d < 0) {
            return -1;
        }
        v = v * 10 + d;
    }
    return v;
}

/** "1st", "22nd", "3rd", "9th": the day, or -1. */
int ordinalDay(QStringView s)
{
    qsizetype digitCount = 0;
    while (digitCount < s.size() && digitCount < 2 && isAsciiDigit(s[digitCount])) {
        ++digitCount;
    }
    if (digitCount == 0) {
        return -1;
    }
    const QStringView suffix = s.sliced(digitCount);
    // English "3rd", "25th"; Welsh "1af", "2il", "3ydd", "5ed", "7fed", "11eg", "25ain".
    bool ordinal = false;
    for (const char* ending :
         {"st", "nd", "rd", "th", "af", "il", "ydd", "ed", "fed", "eg", "ain"}) {
        ordinal = ordinal || equalsAsciiEntry(suffix, ending);
    }
    if (!ordinal) {
        return -1;
    }
    const int d = toInt(s.first(digitCount));
    return d >= 1 && d <= 31 ? d : -1;
}

/** A Welsh month as written after "o" (of) in a date, in any of its mutations: "12fed o Fai",
 *  "3ydd o Ragfyr", "yng Ngorffennaf". Only the day-first form uses these: "Mai" and "Medi"
 *  are given names too. */
bool welshMonth(QStringView s)
{
    static constexpr QLatin1String kMonths[] = {
        QLatin1String("ionawr"),     QLatin1String("chwefror"),  QLatin1String("mawrth"),
        QLatin1String("fawrth"),     QLatin1String("ebrill"),    QLatin1String("mai"),
        QLatin1String("fai"),        QLatin1String("mehefin"),   QLatin1String("fehefin"),
        QLatin1String("gorffennaf"), QLatin1String("orffennaf"), QLatin1String("ngorffennaf"),
        QLatin1String("awst"),       QLatin1String("medi"),      QLatin1String("fedi"),
        QLatin1String("hydref"),     QLatin1String("tachwedd"),  QLatin1String("dachwedd"),
        QLatin1String("nhachwedd"),  QLatin1String("thachwedd"), QLatin1String("rhagfyr"),
        QLatin1String("ragfyr")};
    // Asked after every small number before a word ("i'm 12 and"): lengths first.
    for (const QLatin1String month : kMonths) {
        if (month.size() == s.size() && s.compare(month, Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

constexpr std::array<const char*, 12> kTlds{"com", "org", "net", "uk", "co",  "io",
                                            "me",  "tv",  "gg",  "ly", "app", "info"};

} // namespace

// ---- validators -------------------------------------------------------------------------

bool UkIdentifiers::isValidNhsNumber(QStringView digits)
{
    if (digits.size() != 10) {
        return false;
    }
    int sum = 0;
    for (int i = 0; i < 10; ++i) {
        if (!isAsciiDigit(digits[i])) {
            return false;
        }
    }
    for (int i = 0; i < 9; ++i) {
        sum += (digits[i].unicode() - u'0') * (10 - i);
    }
    int check = 11 - sum % 11;
    if (check == 11) {
        check = 0;
    }
    return check != 10 && check == digits[9].unicode() - u'0';
}

bool UkIdentifiers::isValidNiPrefix(QStringView letters)
{
    if (letters.size() != 2 || !isAsciiLetter(letters[0]) || !isAsciiLetter(letters[1])) {
        return false;
    }
    const char16_t a = upper(letters[0]);
    const char16_t b = upper(letters[1]);
    if (oneOf(a, u"DFIQUV") || oneOf(b, u"DFIQUVO")) {
        return false;
    }
    static constexpr const char16_t* kBanned[] = {u"BG", u"GB", u"KN", u"NK", u"NT", u"TN", u"ZZ"};
    for (const char16_t* p : kBanned) {
        if (p[0] == a && p[1] == b) {
            return false;
        }
    }
    return true;
}

bool UkIdentifiers::isValidNiNumber(QStringView s)
{
    if (s.size() != 8 && s.size() != 9) {
        return false;
    }
    if (!isValidNiPrefix(s.first(2))) {
        return false;
    }
    for (int i = 2; i < 8; ++i) {
        if (!isAsciiDigit(s[i])) {
            return false;
        }
    }
    return s.size() == 8 || oneOf(upper(s[8]), u"ABCD");
}

bool UkIdentifiers::isOutwardCode(QStringView c)
{
    // A9, A99, AA9, AA99, A9A, AA9A with the letters each position allows.
    const qsizetype n = c.size();
    if (n < 2 || n > 4 || !isAsciiLetter(c[0]) || oneOf(upper(c[0]), u"QVX")) {
        return false;
    }
    if (isAsciiDigit(c[1])) { // A9, A99, A9A
        if (n == 2) {
            return true;
        }
        if (n == 3) {
            return isAsciiDigit(c[2]) || oneOf(upper(c[2]), u"ABCDEFGHJKPSTUW");
        }
        return false;
    }
    if (!isAsciiLetter(c[1]) || oneOf(upper(c[1]), u"IJZ") || n < 3 || !isAsciiDigit(c[2])) {
        return false;
    }
    if (n == 3) { // AA9
        return true;
    }
    return isAsciiDigit(c[3]) || oneOf(upper(c[3]), u"ABEHMNPRVWXY"); // AA99, AA9A
}

bool UkIdentifiers::isInwardShape(QStringView c)
{
    return c.size() == 3 && isAsciiDigit(c[0]) && isAsciiLetter(c[1]) && isAsciiLetter(c[2]);
}

bool UkIdentifiers::isInwardCode(QStringView c)
{
    return isInwardShape(c) && !oneOf(upper(c[1]), u"CIKMOV") && !oneOf(upper(c[2]), u"CIKMOV");
}

bool UkIdentifiers::isValidPostcode(QStringView text)
{
    QStringView outward;
    QStringView inward;
    if (const qsizetype space = text.indexOf(u' '); space >= 0) {
        outward = text.first(space);
        inward = text.sliced(space + 1);
    } else if (text.size() >= 5) {
        outward = text.first(text.size() - 3);
        inward = text.last(3);
    } else {
        return false;
    }
    if (outward.compare(u"GIR", Qt::CaseInsensitive) == 0 &&
        inward.compare(u"0AA", Qt::CaseInsensitive) == 0) {
        return true;
    }
    return isOutwardCode(outward) && isInwardCode(inward);
}

bool UkIdentifiers::isUkNationalNumber(QStringView d)
{
    if (d.size() < 10 || d.size() > 11 || d[0] != u'0') {
        return false;
    }
    const char16_t area = d[1].unicode();
    if (d.size() == 11) {
        return oneOf(area, u"1235789");
    }
    return oneOf(area, u"158"); // 01xxx xxxxx, 0500 and 0800 numbers have ten digits
}

// ---- helpers ----------------------------------------------------------------------------

int UkIdentifiers::withExtension(int last) const
{
    // "020 8726 6400 ext 4471", "ext. 213", "extn 55", "x204": the extension reaches the
    // person at the switchboard's number, so it is part of theirs.
    int k = last + 1;
    if (!(wordIs(k, "ext") || wordIs(k, "extn") || wordIs(k, "extension") || wordIs(k, "x"))) {
        if (m_t.isType(k, Type::Alnum) && m_t[k].length >= 3 && m_t[k].length <= 7 &&
            (m_t.text()[m_t[k].start] == u'x' || m_t.text()[m_t[k].start] == u'X') &&
            m_t.oneSpace(k)) {
            const QStringView digits = m_t.str(k).sliced(1);
            if (std::all_of(digits.begin(), digits.end(), [](QChar ch) { return ch.isDigit(); })) {
                return k; // "x204"
            }
        }
        return last;
    }
    ++k;
    if (m_t.punct(k, u'.') || m_t.punct(k, u':')) {
        ++k;
    }
    return m_t.isType(k, Type::Number) && m_t[k].length >= 2 && m_t[k].length <= 6 ? k : last;
}

UkIdentifiers::Match UkIdentifiers::tokens(int first, int last, PiiKind kind) const
{
    Match m;
    m.first = first;
    m.last = last;
    m.start = m_t[first].start;
    m.end = m_t[last].end();
    m.kind = kind;
    return m;
}

int UkIdentifiers::tokenEndingAt(qsizetype end, int from) const
{
    int j = from;
    while (j + 1 < m_t.size() && m_t[j + 1].start < end) {
        ++j;
    }
    return j;
}

UkIdentifiers::Match UkIdentifiers::chars(qsizetype start, qsizetype end, PiiKind kind) const
{
    Match m;
    int first = 0;
    while (first + 1 < m_t.size() && m_t[first].end() <= start) {
        ++first;
    }
    m.first = first;
    m.last = tokenEndingAt(end, first);
    m.start = start;
    m.end = end;
    m.kind = kind;
    return m;
}

std::uint32_t UkIdentifiers::roles(int i) const
{
    if (!m_t.valid(i) || m_t[i].type != Type::Word) {
        return 0;
    }
    return m_facts ? m_facts->roles[std::size_t(i)] : Lexicon::instance().roles(m_t.str(i));
}

bool UkIdentifiers::hasContextBefore(int i, int window,
                                     std::initializer_list<const char*> words) const
{
    for (int j = i - 1; j >= 0 && j >= i - window; --j) {
        for (const char* w : words) {
            if (wordIsEntry(j, w)) {
                return true;
            }
        }
    }
    return false;
}

// ---- online identifiers -----------------------------------------------------------------

UkIdentifiers::Match UkIdentifiers::onlineAt(int i) const
{
    const QStringView text = m_t.text();
    const Token& t = m_t[i];
    if (m_t.punct(i, u'@')) {
        qsizetype left = t.start;
        while (left > 0 && isEmailLocalChar(text[left - 1])) {
            --left;
        }
        qsizetype right = t.end();
        while (right < text.size() && isDomainChar(text[right])) {
            ++right;
        }
        while (right > t.end() && (text[right - 1] == u'.' || text[right - 1] == u'-')) {
            --right;
        }
        const QStringView domain = text.sliced(t.end(), right - t.end());
        const qsizetype dot = domain.lastIndexOf(u'.');
        if (left < t.start && dot > 0 && domain.size() - dot - 1 >= 2) {
            return chars(left, right, PiiKind::Email);
        }
        // "@name": a handle, when nothing that could be an address stands before the '@'.
        if (left == t.start && (t.start == 0 || !text[t.start - 1].isLetterOrNumber())) {
            qsizetype end = t.end();
            while (end < text.size() && isHandleChar(text[end])) {
                ++end;
            }
            while (end > t.end() && text[end - 1] == u'.') {
                --end;
            }
            if (end - t.end() >= 2) {
                return chars(t.start, end, PiiKind::Handle);
            }
        }
        return {};
    }
    if (t.type != Type::Word && t.type != Type::Alnum) {
        return {};
    }
    // Only at the start of a run of non-space characters.
    if (t.start > 0 && !text[t.start - 1].isSpace() && text[t.start - 1] != u'(') {
        return {};
    }
    bool url = false;
    const QStringView word = m_t.str(i);
    if ((equalsAscii(word, "http") || equalsAscii(word, "https")) && m_t.punct(i + 1, u':') &&
        m_t.joined(i + 1) && m_t.punct(i + 2, u'/')) {
        url = true;
    } else if (equalsAscii(word, "www") && m_t.punct(i + 1, u'.') && m_t.joined(i + 1)) {
        url = true;
    } else if (m_t.punct(i + 1, u'.') && m_t.joined(i + 1) && m_t.joined(i + 2) &&
               m_t.isType(i + 2, Type::Word)) {
        // "youtube.com/@x", "tiktok.com", "leeds.gov.uk": a known top-level domain follows.
        for (int j = i + 2; j < m_t.size() && m_t.joined(j); j += 2) {
            for (const char* tld : kTlds) {
                if (equalsAsciiEntry(m_t.str(j), tld)) {
                    url = true;
                }
            }
            if (url || !m_t.punct(j + 1, u'.')) {
                break;
            }
        }
    }
    if (!url) {
        return {};
    }
    qsizetype end = t.end();
    while (end < text.size() && isUrlChar(text[end])) {
        ++end;
    }
    while (end > t.end() && oneOf(text[end - 1].unicode(), u".,!?;:)'")) {
        --end;
    }
    return chars(t.start, end, PiiKind::Handle);
}

bool UkIdentifiers::consoleAt(int i) const
{
    // "ps4", "PS5": letters and a digit, so no word the lexicon can mark as a platform.
    if (!m_t.isType(i, Type::Alnum) || m_t[i].length != 3) {
        return false;
    }
    const QStringView s = m_t.str(i);
    return (s[0] == u'p' || s[0] == u'P') && (s[1] == u's' || s[1] == u'S') && s[2].isDigit();
}

UkIdentifiers::Match UkIdentifiers::platformHandleAt(int i) const
{
    if (!(roles(i) & Lexicon::Platform) && !consoleAt(i)) {
        return {};
    }
    // "my snap is x", "add me on insta x", "a user called x", "gaming tag: x"
    int j = i + 1;
    bool named = false; // "called", "named", "name is": what follows is the whole name
    for (int skipped = 0; m_t.valid(j) && skipped < 3; ++j, ++skipped) {
        const QStringView w = m_t.str(j);
        named =
            named || equalsAscii(w, "called") || equalsAscii(w, "named") || equalsAscii(w, "name");
        if (m_t[j].type == Type::Punct
                ? (w == u":" || w == u"-")
                : (equalsAscii(w, "is") || equalsAscii(w, "name") || equalsAscii(w, "called") ||
                   equalsAscii(w, "named") || equalsAscii(w, "as") || equalsAscii(w, "it's") ||
                   equalsAscii(w, "its") || equalsAscii(w, "id") ||
                   (roles(j) & Lexicon::Platform))) {
            continue;
        }
        break;
    }
    if (!m_t.valid(j) || m_t[j].type == Type::Punct) {
        return {};
    }
    const QStringView text = m_t.text();
    const qsizetype start = m_t[j].start;
    qsizetype end = start;
    bool marked = false; // digits, '_', an inner '.', or a capital after the first letter
    while (end < text.size() && (isHandleChar(text[end]) || text[end] == u'-')) {
        const QChar c = text[end];
        // An inner '.' or '-' marks a handle; one that ends it is the sentence's ("user here.")
        const bool inner = end + 1 < text.size() && isHandleChar(text[end + 1]);
        if (isAsciiDigit(c) || c == u'_' || ((c == u'.' || c == u'-') && end > start && inner) ||
            (end > start && c.isUpper())) {
            marked = true;
        }
        ++end;
    }
    while (end > start && (text[end - 1] == u'.' || text[end - 1] == u'-')) {
        --end;
    }
    if (end - start < 3) {
        return {};
    }
    const QStringView handle = text.sliced(start, end - start);
    // A Discord tag's number ("nightowl#4421") is part of it.
    if (end + 1 < text.size() && text[end] == u'#' && isAsciiDigit(text[end + 1])) {
        qsizetype digits = end + 1;
        while (digits < text.size() && isAsciiDigit(text[digits])) {
            ++digits;
        }
        return chars(start, digits, PiiKind::Handle);
    }
    const qsizetype channelEnd = named ? channelNameEnd(i, j, end) : end;
    // A channel's name of three words or more is one, everyday words and all ("mango beats
    // studio"); channelNameEnd stopped at a function word.
    const bool channel = text.sliced(start, channelEnd - start).count(u' ') >= 2;
    if (!marked && !channel) {
        // A plain word: a handle only if it is no English word ("my snap is private").
        const std::uint32_t f = m_gazetteer ? m_gazetteer->flags(handle) : Gazetteer::Word;
        if ((f & (Gazetteer::Word | Gazetteer::Proper)) || handle.size() < 4 ||
            Lexicon::instance().roles(handle) != 0) {
            return {};
        }
    }
    return chars(start, channelEnd, PiiKind::Handle);
}

qsizetype UkIdentifiers::channelNameEnd(int platform, int first, qsizetype end) const
{
    // "my youtube is called habesha vibes official, i do music": a channel's name has
    // spaces, as a username has not; up to three more words, to a mark or a word with a
    // role ("is", "now", "and": the sentence goes on).
    if (!wordIs(platform, "youtube") && !wordIs(platform, "channel") &&
        !wordIs(platform, "twitch") && !wordIs(platform, "podcast")) {
        return end;
    }
    int k = first;
    while (m_t.valid(k + 1) && m_t[k + 1].start < end) {
        ++k;
    }
    for (int more = 0; more < 3 && m_t.isType(k + 1, Type::Word) && m_t.oneSpace(k + 1) &&
                       roles(k + 1) == 0 && !wordIs(k + 1, "i");
         ++more) {
        ++k;
    }
    return std::max(end, m_t[k].end());
}

// ---- dates ------------------------------------------------------------------------------

UkIdentifiers::Match UkIdentifiers::dateAt(int i) const
{
    const Token& t = m_t[i];
    auto isMonth = [&](int j) { return (roles(j) & Lexicon::Month) != 0; };
    auto isYear = [&](int j) {
        if (!m_t.isType(j, Type::Number) || m_t[j].length != 4) {
            return false;
        }
        const int y = toInt(m_t.str(j));
        return y >= 1900 && y <= 2099;
    };
    auto dayAt = [&](int j) {
        if (m_t.isType(j, Type::Number) && m_t[j].length <= 2) {
            const int d = toInt(m_t.str(j));
            return d >= 1 && d <= 31 ? d : -1;
        }
        return m_t.isType(j, Type::Alnum) ? ordinalDay(m_t.str(j)) : -1;
    };
    // After a month: skip an abbreviation's dot.
    auto afterMonth = [&](int j) {
        return m_t.punct(j + 1, u'.') && m_t.joined(j + 1) ? j + 1 : j;
    };

    // Numeric: 14/02/2009, 04.06.2015, 5-7-12, 2011-03-12.
    if (t.type == Type::Number && t.length <= 4) {
        // Punctuation is one character a token: the separator is one, and the same twice.
        const char16_t sep = m_t.punct(i + 1, u'/')   ? u'/'
                             : m_t.punct(i + 1, u'.') ? u'.'
                             : m_t.punct(i + 1, u'-') ? u'-'
                                                      : 0;
        if (sep != 0 && m_t.joined(i + 1) && m_t.isType(i + 2, Type::Number) && m_t.joined(i + 2) &&
            m_t.punct(i + 3, sep) && m_t.joined(i + 3) && m_t.isType(i + 4, Type::Number) &&
            m_t.joined(i + 4)) {
            const QStringView a = m_t.str(i);
            const QStringView b = m_t.str(i + 2);
            const QStringView c = m_t.str(i + 4);
            const int va = toInt(a), vb = toInt(b), vc = toInt(c);
            const bool dmy = a.size() <= 2 && b.size() <= 2 && (c.size() == 2 || c.size() == 4) &&
                             va >= 1 && va <= 31 && vb >= 1 && vb <= 12;
            const bool ymd = a.size() == 4 && va >= 1900 && va <= 2099 && b.size() <= 2 &&
                             c.size() <= 2 && vb >= 1 && vb <= 12 && vc >= 1 && vc <= 31;
            // "2214-09-1-TR": more groups joined on make a reference, not a date
            const bool more = m_t.joined(i + 5) && (m_t.punct(i + 5, sep)) && m_t.joined(i + 6) &&
                              m_t.valid(i + 6) && m_t[i + 6].type != Type::Punct;
            if ((dmy || ymd) && !more) {
                return tokens(i, i + 4, PiiKind::Date);
            }
        }
    }
    // Written, day first: "3rd May", "the 9th of October 2019", "2 September 2016".
    int first = i;
    int j = i;
    if (wordIs(j, "the") && dayAt(j + 1) > 0) {
        ++j;
    }
    int dayLast = j;
    if (dayAt(j) > 0 || welshOrdinalDayAt(j, &dayLast) > 0) {
        int k = dayLast + 1;
        if (wordIs(k, "of") || wordIs(k, "o")) { // Welsh "o": "12fed o Fai"
            ++k;
        }
        if (dayLast > j && !wordIs(k - 1, "o")) {
            return {}; // a Welsh ordinal in words is a date only before "o" and a month
        }
        if (isMonth(k) || (m_t.isType(k, Type::Word) && welshMonth(m_t.str(k)))) {
            int last = afterMonth(k);
            if (m_t.punct(last + 1, u',') && isYear(last + 2)) {
                last += 2;
            } else if (isYear(last + 1)) {
                last += 1;
            }
            return tokens(first, last, PiiKind::Date);
        }
        return {};
    }
    // Month first: "March 12th, 2011", "May 3rd", "March 2012".
    if (isMonth(i)) {
        const bool mayAmbiguous = equalsAscii(m_t.str(i), "may");
        int k = afterMonth(i) + 1;
        if (wordIs(k, "the")) {
            ++k;
        }
        if (const int d = dayAt(k); d > 0) {
            int last = k;
            bool year = false;
            if (m_t.punct(last + 1, u',') && isYear(last + 2)) {
                last += 2;
                year = true;
            } else if (isYear(last + 1)) {
                last += 1;
                year = true;
            }
            // "may 3 of us come?" is no date: bare numbers after "may" need a year.
            if (!mayAmbiguous || year || m_t[k].type == Type::Alnum) {
                return tokens(i, last, PiiKind::Date);
            }
        }
        if (isYear(afterMonth(i) + 1)) {
            return tokens(i, afterMonth(i) + 1, PiiKind::Date);
        }
    }
    return {};
}

// ---- phone numbers ----------------------------------------------------------------------

UkIdentifiers::Match UkIdentifiers::phoneAt(int i) const
{
    int j = i;
    bool plus = false;
    bool paren = false;
    if (m_t.punct(i, u'+')) {
        if (!m_t.isType(i + 1, Type::Number) || !m_t.joined(i + 1)) {
            return {};
        }
        plus = true;
        j = i + 1;
    } else if (m_t.punct(i, u'(')) {
        if (!m_t.isType(i + 1, Type::Number) || !m_t.joined(i + 1) ||
            digitOf(m_t.str(i + 1).front()) != 0) {
            return {};
        }
        paren = true;
        j = i + 1;
    } else if (!m_t.isType(i, Type::Number) || digitOf(m_t.str(i).front()) != 0) {
        return {}; // a UK number starts with 0, in ASCII or Arabic-Indic digits
    }
    if (i > 0 && m_t.joined(i) && m_t[i - 1].type != Type::Punct) {
        return {};
    }

    char16_t digits[24];
    int count = 0;
    struct End
    {
        int token;
        int digits;
    };
    End ends[12];
    int endCount = 0;
    // The digits as ASCII: a number typed on an Arabic keyboard is checked as any other.
    auto append = [&](int tok) {
        for (QChar c : m_t.str(tok)) {
            if (count < 24) {
                digits[count++] = char16_t(u'0' + digitOf(c));
            }
        }
    };
    append(j);
    int last = j;
    if (paren) {
        if (!m_t.punct(j + 1, u')') || !m_t.joined(j + 1)) {
            return {};
        }
        last = j + 1;
    }
    ends[endCount++] = {last, count};
    const bool intl44 = plus && count >= 2 && digits[0] == u'4' && digits[1] == u'4';
    while (count <= 15 && endCount < 12) {
        const int k = last + 1;
        if (!m_t.valid(k)) {
            break;
        }
        if (intl44 && m_t.punct(k, u'(') && m_t.gapBefore(k) <= 1 && m_t.str(k + 1) == u"0" &&
            m_t.joined(k + 1) && m_t.punct(k + 2, u')') && m_t.joined(k + 2)) {
            last = k + 2; // "+44 (0)7700 ..." : the trunk zero is not dialled
            continue;
        }
        if (m_t.isType(k, Type::Number) && m_t.gapBefore(k) >= 1 && m_t.gapBefore(k) <= 2 &&
            !m_t[k].has(Token::NewlineBefore)) {
            append(k);
            last = k;
        } else if ((m_t.punct(k, u'-') || m_t.punct(k, u'.')) && m_t.joined(k) &&
                   m_t.isType(k + 1, Type::Number) && m_t.joined(k + 1)) {
            append(k + 1);
            last = k + 1;
        } else if (m_t.isType(k, Type::Number) && m_t.joined(k) && m_t.punct(k - 1, u')')) {
            append(k); // "(0161)4960033"
            last = k;
        } else {
            break;
        }
        ends[endCount++] = {last, count};
    }
    // The longest run of groups that makes a valid number wins.
    for (int e = endCount - 1; e >= 0; --e) {
        QStringView d(digits, ends[e].digits);
        char16_t national[24];
        int n = 0;
        if (plus && d.startsWith(u"44")) {
            national[n++] = u'0';
            for (qsizetype k = 2; k < d.size(); ++k) {
                national[n++] = d[k].unicode();
            }
        } else if (plus) {
            if (d.size() >= 9 && d.size() <= 13) { // another country's number
                return tokens(i, withExtension(ends[e].token), PiiKind::Phone);
            }
            continue;
        } else if (d.startsWith(u"0044")) {
            national[n++] = u'0';
            for (qsizetype k = 4; k < d.size(); ++k) {
                national[n++] = d[k].unicode();
            }
        } else {
            for (QChar c : d) {
                national[n++] = c.unicode();
            }
        }
        if (isUkNationalNumber(QStringView(national, n))) {
            return tokens(i, withExtension(ends[e].token), PiiKind::Phone);
        }
    }
    return {};
}

UkIdentifiers::Match UkIdentifiers::bracketedAgeAt(int i, bool nameBefore, bool nameInside) const
{
    if (!m_t.isType(i, Type::Number) || m_t[i].length > 2) {
        return {};
    }
    // "(15)" after the person; "(84, dementia)", the age first of what the bracket says
    const bool alone =
        m_t.punct(i - 1, u'(') &&
        (m_t.punct(i + 1, u')') || (m_t.punct(i + 1, u',') && m_t.isType(i + 2, Type::Word)));
    // "(Kaitlyn, 9)", "(great-aunt, 78)", "(care leaver, 19)", "(Gordon Pritchard, 72)": the
    // person inside, at most three words between the bracket and the comma
    int open = -1;
    if (m_t.punct(i - 1, u',') && m_t.punct(i + 1, u')')) {
        for (int k = i - 2; k >= i - 4 && m_t.isType(k, Type::Word); --k) {
            if (m_t.punct(k - 1, u'(')) {
                open = k - 1;
                break;
            }
        }
    }
    if (!alone && open < 0) {
        return {};
    }
    const int years = toInt(m_t.str(i));
    // A family word or a practitioner's word for the child names a person of any age
    // ("father (42)", "Grandmother (74)", "YP (12)"); the plural words a child's age.
    auto personWord = [&](int k) {
        if (!m_t.isType(k, Type::Word)) {
            return false;
        }
        if (roles(k) & Lexicon::Relation) {
            return true;
        }
        const QStringView w = m_t.str(k);
        const qsizetype hyphen = w.lastIndexOf(u'-');
        return wordIs(k, "yp") || wordIs(k, "cyp") || wordIs(k, "leaver") ||
               wordIs(k, "grandmother") || wordIs(k, "grandfather") ||
               (hyphen > 0 && (Lexicon::instance().roles(w.sliced(hyphen + 1)) &
                               Lexicon::Relation)); // "great-aunt", "step-gran"
    };
    bool person = false;
    if (open >= 0) {
        person = nameInside;
        for (int k = open + 1; k < i - 1 && !person; ++k) {
            person = personWord(k);
        }
    } else {
        person = nameBefore || personWord(i - 2);
    }
    const bool children =
        !person && open < 0 &&
        (wordIs(i - 2, "twins") || wordIs(i - 2, "children") || wordIs(i - 2, "kids"));
    if (!(person || children) || years < 0 || years > (children ? 25 : 110)) {
        return {};
    }
    Match m = tokens(i, i, PiiKind::Age);
    m.age = years;
    return m;
}

UkIdentifiers::Match UkIdentifiers::ageOfPersonAt(int i) const
{
    if (!m_t.isType(i, Type::Number) || m_t[i].length > 2) {
        return {};
    }
    const int years = toInt(m_t.str(i));
    if (years < 1 || years > 25) {
        return {};
    }
    Match m = tokens(i, i, PiiKind::Age);
    m.age = years;
    return m;
}

UkIdentifiers::Match UkIdentifiers::assessedAgeAt(int i, bool ageFound) const
{
    if (!m_t.isType(i, Type::Number) || m_t[i].length != 2) {
        return {};
    }
    static const char* const kVerbs[] = {
        "says",     "said",    "put",   "puts",   "wrote", "write", "thinks",  "thought", "think",
        "accepted", "decided", "shows", "showed", "look",  "looks", "reckons", "assessed"};
    if (std::none_of(std::begin(kVerbs), std::end(kVerbs),
                     [&](const char* w) { return wordIsEntry(i - 1, w); })) {
        return {};
    }
    const int years = toInt(m_t.str(i));
    const int n = i + 1;
    const bool closes =
        !m_t.valid(n) ||
        (m_t[n].type == Type::Punct && !m_t.punct(n, u'%') && !m_t.punct(n, u':')) ||
        wordIs(n, "but") || wordIs(n, "and") || wordIs(n, "so") || wordIs(n, "mate") ||
        wordIs(n, "because") || wordIs(n, "coz");
    if (years < 10 || years > 40 || !closes) {
        return {};
    }
    bool cue = ageFound;
    for (int k = 0; !cue && k < m_t.size(); ++k) {
        cue = wordIs(k, "age") || wordIs(k, "assessment") || wordIs(k, "office") ||
              wordIs(k, "port") || wordIs(k, "older") || wordIs(k, "younger");
    }
    if (!cue) {
        return {};
    }
    Match m = tokens(i, i, PiiKind::Age);
    m.age = years;
    return m;
}

// ---- NHS numbers ------------------------------------------------------------------------

UkIdentifiers::Match UkIdentifiers::nhsAt(int i) const
{
    if (!m_t.isType(i, Type::Number) ||
        (i > 0 && m_t.joined(i) && m_t[i - 1].type != Type::Punct)) {
        return {};
    }
    const QStringView a = m_t.str(i);
    if (a.size() == 10) {
        return isValidNhsNumber(a) || nhsCueBefore(i) ? tokens(i, i, PiiKind::NhsNumber) : Match{};
    }
    if (a.size() != 3) {
        // "NHS 9021 445 6718": groups of digits named an NHS number, one digit too many or
        // too few, are the child's number mistyped
        return a.size() >= 2 && a.size() <= 4 && wordIs(i - 1, "nhs") ? cuedNhsGroups(i) : Match{};
    }
    // 3-3-4 groups, separated by single spaces or by dashes.
    int b = -1, c = -1;
    if (m_t.isType(i + 1, Type::Number) && m_t.oneSpace(i + 1) && m_t.isType(i + 2, Type::Number) &&
        m_t.oneSpace(i + 2)) {
        b = i + 1;
        c = i + 2;
    } else if (m_t.punct(i + 1, u'-') && m_t.joined(i + 1) && m_t.isType(i + 2, Type::Number) &&
               m_t.joined(i + 2) && m_t.punct(i + 3, u'-') && m_t.joined(i + 3) &&
               m_t.isType(i + 4, Type::Number) && m_t.joined(i + 4)) {
        b = i + 2;
        c = i + 4;
    }
    if (b < 0 || m_t[b].length != 3 || m_t[c].length != 4) {
        return {};
    }
    char16_t d[10];
    int n = 0;
    for (int tok : {i, b, c}) {
        for (QChar ch : m_t.str(tok)) {
            d[n++] = ch.unicode();
        }
    }
    return isValidNhsNumber(QStringView(d, 10)) || nhsCueBefore(i, true)
               ? tokens(i, c, PiiKind::NhsNumber)
               : Match{};
}

UkIdentifiers::Match UkIdentifiers::cuedNhsGroups(int i) const
{
    int last = i;
    int digits = m_t[i].length;
    while (m_t.isType(last + 1, Type::Number) && m_t.oneSpace(last + 1) &&
           m_t[last + 1].length >= 2 && m_t[last + 1].length <= 4 && digits < 12) {
        ++last;
        digits += m_t[last].length;
    }
    return last > i && digits >= 9 && digits <= 11 ? tokens(i, last, PiiKind::NhsNumber) : Match{};
}

bool UkIdentifiers::nhsCueBefore(int i, bool grouped) const
{
    // "my nhs number is 485 777 3456", "NHS no: ...": a number someone calls their NHS number
    // is one even when a digit was mistyped (the check digit fails), and a mistyped number
    // still points at the child. "NHS number on my letter is ...": a few words may come between,
    // within the sentence (the tokenizer marks where one starts). Grouped as an NHS number is
    // (3-3-4), it may come sentences after ("Could I get her NHS number? I have it as 612 408
    // 7735"): a phone number's groups differ, and it starts with 0. Not where another number
    // is named between ("NHS. My lucky number is 123 456 7890").
    if (grouped && !m_t.str(i).startsWith(u'0')) {
        for (int k = i - 1; k >= 0 && k >= i - 30; --k) {
            if (wordIs(k, "nhs")) {
                return true;
            }
            if ((wordIs(k, "number") || wordIs(k, "no") || wordIs(k, "num")) &&
                !wordIs(k - 1, "nhs")) {
                break;
            }
        }
    }
    for (int k = i - 1; k >= 0 && k >= i - 8; --k) {
        // Welsh "rhif y GIG" (NHS number): "gig" is an English word too.
        if (wordIs(k, "nhs") ||
            (wordIs(k, "gig") &&
             (m_t[k].has(Token::AllUpper) || wordIs(k - 1, "y") || wordIs(k - 1, "rhif")))) {
            return true;
        }
        // "my nhs no. is ...": the full stop of "no." ends no sentence.
        if (m_t[k].has(Token::SentenceStart) &&
            !(m_t.punct(k - 1, u'.') && (wordIs(k - 2, "no") || wordIs(k - 2, "num")))) {
            return false;
        }
    }
    return false;
}

// ---- National Insurance numbers ---------------------------------------------------------

UkIdentifiers::Match UkIdentifiers::niAt(int i) const
{
    const Token& t = m_t[i];
    if ((t.type != Type::Word && t.type != Type::Alnum) || t.length < 2) {
        return {};
    }
    if ((t.type == Type::Word && t.length != 2) || (t.type == Type::Alnum && t.length < 8)) {
        return {};
    }
    const QStringView text = m_t.text();
    const QStringView prefix = text.sliced(t.start, 2);
    // A prefix HMRC does not allocate ("NK", "QQ") is still hidden where the child says it is
    // their NI number: a mistyped number is theirs all the same. Asked only after the digits.
    const bool allocated = isValidNiPrefix(prefix);
    if (!allocated && !(isAsciiLetter(prefix[0]) && isAsciiLetter(prefix[1]))) {
        return {};
    }
    // Read 6 digits, allowing one space or dash before each group, then an optional letter.
    char16_t compact[9] = {prefix[0].unicode(), prefix[1].unicode()};
    int n = 2;
    qsizetype p = t.start + 2;
    auto skipSeparator = [&]() {
        if (p < text.size() && (text[p] == u' ' || text[p] == u'-') && p + 1 < text.size() &&
            isAsciiDigit(text[p + 1])) {
            ++p;
        }
    };
    skipSeparator();
    while (n < 8 && p < text.size() && isAsciiDigit(text[p])) {
        compact[n++] = text[p++].unicode();
        if (n == 4 || n == 6) {
            skipSeparator();
        }
    }
    if (n != 8 || (p < text.size() && isAsciiDigit(text[p]))) {
        return {};
    }
    bool suffix = false;
    qsizetype q = p;
    if (q < text.size() && (text[q] == u' ' || text[q] == u'-')) {
        ++q;
    }
    if (q < text.size() && oneOf(upper(text[q]), u"ABCD") &&
        (q + 1 == text.size() || !text[q + 1].isLetterOrNumber())) {
        compact[n++] = text[q].unicode();
        p = q + 1;
        suffix = true;
    }
    if (allocated ? !isValidNiNumber(QStringView(compact, n))
                  : !(suffix && hasContextBefore(i, 10, {"ni", "nino", "insurance"}))) {
        return {};
    }
    // In lower case and without its suffix letter, "am 12 34 56" needs the words around it.
    const bool upperCase = prefix[0].isUpper() && prefix[1].isUpper();
    if (!upperCase && !suffix && !hasContextBefore(i, 6, {"ni", "nino", "insurance"})) {
        return {};
    }
    return chars(t.start, p, PiiKind::NiNumber);
}

// ---- postcodes --------------------------------------------------------------------------

UkIdentifiers::Match UkIdentifiers::postcodeAt(int i) const
{
    const Token& t = m_t[i];
    if (t.type != Type::Alnum && !(t.type == Type::Word && t.length == 3)) {
        return {};
    }
    const QStringView s = m_t.str(i);
    // A postcode mistyped in its last two letters (Royal Mail never uses C, I, K, M, O or V
    // there: "NP19 0AK") still names its district: taken after the word "postcode" or
    // "address", where nothing else has this shape.
    auto said = [&] { return hasContextBefore(i, 8, {"postcode", "address", "cod", "post"}); };
    if (t.type == Type::Alnum && s.size() >= 5 && s.size() <= 7 &&
        (isValidPostcode(s) ||
         (isOutwardCode(s.first(s.size() - 3)) && isInwardShape(s.last(3)) && said()))) {
        return tokens(i, i, PiiKind::Postcode);
    }
    if (m_t.isType(i + 1, Type::Alnum) && m_t.gapBefore(i + 1) >= 1 && m_t.gapBefore(i + 1) <= 2 &&
        !m_t[i + 1].has(Token::NewlineBefore) && m_t[i + 1].length == 3) {
        const QStringView in = m_t.str(i + 1);
        const bool gir = s.compare(u"GIR", Qt::CaseInsensitive) == 0 &&
                         in.compare(u"0AA", Qt::CaseInsensitive) == 0;
        if (gir || (isOutwardCode(s) && (isInwardCode(in) || (isInwardShape(in) && said())))) {
            return tokens(i, i + 1, PiiKind::Postcode);
        }
    }
    return {};
}

// ---- case and reference numbers ---------------------------------------------------------

int UkIdentifiers::collectReference(int first, int* digits) const
{
    auto countDigits = [&](int j) {
        int d = 0;
        for (QChar c : m_t.str(j)) {
            d += isAsciiDigit(c) ? 1 : 0;
        }
        return d;
    };
    auto isPart = [&](int j) {
        return m_t.valid(j) &&
               (m_t[j].type == Type::Number || m_t[j].type == Type::Alnum ||
                (m_t[j].type == Type::Word && m_t[j].has(Token::AllUpper) && m_t[j].length <= 6));
    };
    // A check letter joined on ("FAM-44712-K", "CS/2023/04417/B"): one capital, which
    // AllUpper (two or more letters) leaves out; or an office's code of two or three letters
    // written in any case ("CS-2291-Gw"), the last part, after digits.
    auto isCheckLetter = [&](int j) {
        if (!m_t.valid(j) || m_t[j].type != Type::Word) {
            return false;
        }
        return (m_t[j].length == 1 && m_t[j].has(Token::Capitalised)) ||
               (m_t[j].length <= 3 && countDigits(j - 2) >= 2 && !(roles(j) & Lexicon::Function) &&
                (!m_t.joined(j + 1) || m_t.punct(j + 1, u'.') || m_t.punct(j + 1, u',')));
    };
    int last = first;
    *digits = countDigits(first);
    for (;;) {
        const int k = last + 1;
        if (m_t.valid(k) && m_t[k].type == Type::Punct && m_t[k].length == 1 && m_t.joined(k) &&
            oneOf(m_t.text()[m_t[k].start].unicode(), u"/-.") &&
            (isPart(k + 1) || isCheckLetter(k + 1)) && m_t.joined(k + 1)) {
            last = k + 1;
        } else if (isPart(k) && m_t.oneSpace(k) && m_t[k].type != Type::Word &&
                   countDigits(k) >= 2) {
            last = k;
        } else {
            break;
        }
        *digits += countDigits(last);
    }
    return last;
}

/** A day: "yesterday", "today", "Monday". */
static bool dayWord(QStringView s)
{
    static const char* const kDays[] = {"yesterday", "today",    "tomorrow",  "tonight",
                                        "monday",    "tuesday",  "wednesday", "thursday",
                                        "friday",    "saturday", "sunday"};
    for (const char* d : kDays) {
        if (equalsAsciiEntry(s, d)) {
            return true;
        }
    }
    return false;
}

/** Words before a reference that the Lexicon's triggers leave out (its roles train the
 *  unknown-word model): the Home Office's "UAN" and "GWF", a pupil's "UPN" and "ULN", Welsh
 *  "rhif" (number) and "cyfeirnod" (reference). */
bool UkIdentifiers::moreRefTrigger(int i) const
{
    // Asked of every token: by the first letter and length first (mayBeMoreRefTrigger).
    if (!m_t.isType(i, Type::Word) ||
        !mayBeMoreRefTrigger(m_t.str(i).front().unicode(), m_t[i].length)) {
        return false;
    }
    // and as written short: "Student no. st20118843", "claim num 8812"
    if (wordIs(i, "number") || wordIs(i, "no") || wordIs(i, "num")) {
        // "housing register number is 00183276", "my application number": the number of a
        // record about the family, named by what it is a number of (not a shop's order)
        static const char* const kRecords[] = {
            "register", "registration", "application", "tenancy",   "account", "student",
            "passport", "membership",   "customer",    "candidate", "pupil",   "brp",
            "benefit",  "benefits",     "asylum",      "port",      "ucas",    "council",
            "housing",  "complaint",    "appeal",      "tribunal",  "claim"};
        // One lookup by the word's hash: most "number"s follow "phone", "my" or "the".
        static const WordTable kTable = [] {
            WordTable t;
            for (const char* w : kRecords) {
                t.add(QString::fromLatin1(w), 1);
            }
            return t;
        }();
        return m_t.isType(i - 1, Type::Word) && kTable.value(m_t.str(i - 1), hashAt(i - 1)) != 0;
    }
    // "the police log is 0412 of 24/06", "log number 0412": a police log's, not a log-in
    if (wordIs(i, "log")) {
        return wordIs(i - 1, "police") || wordIs(i + 1, "number") || wordIs(i + 1, "no") ||
               wordIs(i + 1, "ref");
    }
    // "my sort code 04-00-04": a bank account's, which with its number finds the person
    if (wordIs(i, "code")) {
        return wordIs(i - 1, "sort");
    }
    return wordIs(i, "uan") || wordIs(i, "upn") || wordIs(i, "uln") || wordIs(i, "gwf") ||
           wordIs(i, "rhif") || wordIs(i, "cyfeirnod");
}

/** Words between a trigger and its reference beyond the Lexicon's: "reference for us is",
 *  "case number with the police is", Welsh "rhif yr achos yw" (the case's number is). */
bool UkIdentifiers::moreRefFiller(int j) const
{
    static const char* const kWords[] = {
        "for", "us", "me", "our", "my", "his", "her", "the", "yr", "y", "achos", "yw", "ydy", "ydi",
        "fy", "ein", "eich", "llys", "with", "police", "council", "court", "social", "services",
        "school", "at",
        // Welsh puts the owner after the noun: "rhif achos fi yw" (my case number is)
        "fi", "ni",
        // who gave it: "the referral number they gave me was", "the ref you sent us is"
        "they", "you", "we", "gave", "given", "sent", "got",
        // where it is written: "the number on his file is", "the ref on the letter was"
        "on", "file", "letter", "letters",
        // "rhif cyfeirio'r atgyfeiriad gan yr ysgol ydy" (the school's referral number is)
        "cyfeirio", "cyfeirio'r", "atgyfeiriad", "gan", "ysgol",
        // several: "LAC numbers for sibling group: 441207 and 441208", "the refs for both
        // children are" (sameShapeReferenceAt takes the rest)
        "numbers", "refs", "references", "sibling", "siblings", "group", "both", "children", "kids",
        "twins", "are",
        // "our ref number from the police is", "the log no. from the 101 call"
        "from"};
    for (const char* w : kWords) {
        if (wordIsEntry(j, w)) {
            return true;
        }
    }
    // "fy rhif achos i ydy": "i" (my) after the case's word; "fy rhif i" alone is a phone's.
    return wordIsEntry(j, "i") && wordIsEntry(j - 1, "achos");
}

UkIdentifiers::Match UkIdentifiers::referenceAt(int i) const
{
    const Token& t = m_t[i];
    int digits = 0;
    // Without context: "CS/2023/04417", "CIN-204718", "HC7731902".
    if (t.type == Type::Alnum) {
        const QStringView s = m_t.str(i);
        int letters = 0;
        while (letters < s.size() && isAsciiLetter(s[letters]) && s[letters].isUpper()) {
            ++letters;
        }
        const qsizetype rest = s.size() - letters;
        if (letters >= 1 && letters <= 4 && rest >= 5) {
            bool allDigits = true;
            for (qsizetype k = letters; k < s.size(); ++k) {
                allDigits = allDigits && isAsciiDigit(s[k]);
            }
            if (allDigits) {
                const int last = collectReference(i, &digits);
                return tokens(i, last, PiiKind::Reference);
            }
        }
        // "SA23C00918" (a family court's case number): capitals and at least five digits
        // mixed in one word of eight or more, no lower case.
        if (letters >= 1 && s.size() >= 8 && s.size() <= 14) {
            int digitCount = 0;
            bool upperOnly = true;
            for (const QChar c : s) {
                digitCount += isAsciiDigit(c) ? 1 : 0;
                upperOnly = upperOnly && (isAsciiDigit(c) || (isAsciiLetter(c) && c.isUpper()));
            }
            if (upperOnly && digitCount >= 5 && s.size() - digitCount >= 2) {
                return tokens(i, collectReference(i, &digits), PiiKind::Reference);
            }
        }
    }
    // "46/118273/24" (a police crime number): numbers joined by slashes, one group of five
    // digits or more, no date's shape.
    if (t.type == Type::Number && m_t.punct(i + 1, u'/') && m_t.joined(i + 1) &&
        !(i > 0 && m_t.joined(i))) {
        const int last = collectReference(i, &digits);
        bool longGroup = false;
        for (int k = i; k <= last; ++k) {
            longGroup = longGroup || (m_t.isType(k, Type::Number) && m_t[k].length >= 5);
        }
        if (longGroup && digits >= 8 && last >= i + 4) {
            return tokens(i, last, PiiKind::Reference);
        }
    }
    // "CS/2023/04417", "WRX-CLT-30418" (its letters one hyphenated word), and in lower case
    // after a trigger word: "mos-456420".
    if (t.type == Type::Word && (t.has(Token::AllUpper) || (roles(i) & Lexicon::RefTrigger)) &&
        t.length <= (t.has(Token::Hyphen) ? 11 : 6) &&
        (m_t.punct(i + 1, u'/') || m_t.punct(i + 1, u'-')) && m_t.joined(i + 1)) {
        const int last = collectReference(i, &digits);
        if (digits >= 4 && last > i) {
            return tokens(i, last, PiiKind::Reference);
        }
    }
    // A record's initials ("LAC", "CP"): two to five capitals, not an NHS or NI number's, which
    // are their own kinds.
    const bool initials = t.type == Type::Word && t.has(Token::AllUpper) && t.length >= 2 &&
                          t.length <= 5 && !wordIs(i, "nhs") && !wordIs(i, "ni") &&
                          !wordIs(i, "nin");
    // "His reference number with the local authority is LAC 30219": a record's initials and
    // its number of five digits or more, after a reference's word earlier in the sentence.
    if (initials && m_t.isType(i + 1, Type::Number) && m_t[i + 1].length >= 5 &&
        !m_t.joined(i + 1) && !m_t.isType(i + 2, Type::Number) &&
        (wordIs(i - 1, "is") || wordIs(i - 1, "was") || m_t.punct(i - 1, u':'))) {
        for (int k = i - 1; k >= 0 && k >= i - 12; --k) {
            if (m_t.punct(k, u'.') || m_t.punct(k, u'!') || m_t.punct(k, u'?')) {
                break;
            }
            if ((roles(k) & Lexicon::RefTrigger) || wordIs(k, "number")) {
                return tokens(i, i + 1, PiiKind::Reference);
            }
        }
    }
    // "her LAC number is 00938812", "his CP no. 4471902": a record's initials before "number",
    // a trigger for a longer number only.
    const bool initialsTrigger =
        initials && (wordIs(i + 1, "number") || wordIs(i + 1, "no") || wordIs(i + 1, "num") ||
                     wordIs(i + 1, "ref") || wordIs(i + 1, "id") || wordIs(i + 1, "numbers") ||
                     wordIs(i + 1, "refs"));
    if ((roles(i) & Lexicon::RefTrigger) || moreRefTrigger(i) || initialsTrigger) {
        const QStringView w = m_t.str(i);
        // "case", "file", "claim" and "client" need "number", "ref" or "id" after them.
        if (equalsAscii(w, "case") || equalsAscii(w, "file") || equalsAscii(w, "claim") ||
            equalsAscii(w, "client") || equalsAscii(w, "crime") || equalsAscii(w, "incident")) {
            const QStringView n = m_t.valid(i + 1) ? m_t.str(i + 1) : QStringView();
            if (!(equalsAscii(n, "number") || equalsAscii(n, "no") || equalsAscii(n, "ref") ||
                  equalsAscii(n, "reference") || equalsAscii(n, "id") || equalsAscii(n, "num"))) {
                // "my case is 24-0091": said to be the case itself, a number joined by a
                // dash or a slash ("the case is 2 years old" stays).
                const int v = i + 2;
                if (!((equalsAscii(n, "is") || n == u":") && m_t.isType(v, Type::Number) &&
                      m_t.joined(v + 1) && (m_t.punct(v + 1, u'-') || m_t.punct(v + 1, u'/')))) {
                    return {};
                }
                int d = 0;
                const int last = collectReference(v, &d);
                return d >= 5 && last > v ? tokens(v, last, PiiKind::Reference) : Match{};
            }
        }
        int j = i + 1;
        for (int skipped = 0; m_t.valid(j) && skipped < 6; ++j, ++skipped) {
            const QStringView f = m_t.str(j);
            if (m_t[j].type == Type::Number || m_t[j].type == Type::Alnum ||
                (m_t[j].type == Type::Word && m_t[j].has(Token::AllUpper))) {
                break;
            }
            // "ref C-4471-AP": a single capital joined to the rest of the reference.
            if (m_t[j].type == Type::Word && m_t[j].length == 1 && m_t[j].has(Token::Capitalised) &&
                m_t.joined(j + 1) && (m_t.punct(j + 1, u'-') || m_t.punct(j + 1, u'/'))) {
                break;
            }
            // "a file number, 8812 4471": a comma after the trigger, too.
            const bool mark = m_t[j].type == Type::Punct && f.size() == 1 &&
                              oneOf(f.front().unicode(), u":#-.',");
            if (!mark && !(roles(j) & Lexicon::RefFiller) && !moreRefFiller(j)) {
                return {};
            }
        }
        if (!m_t.valid(j)) {
            return {};
        }
        if (initialsTrigger && phoneAt(j)) {
            return {}; // "the EDT number 0300 123 4567": a phone's number
        }
        const int last = collectReference(j, &digits);
        if (digits >= (initialsTrigger ? 5 : 3)) {
            return tokens(j, policeLogEnd(last), PiiKind::Reference);
        }
        return {};
    }
    // "can u write my ref down for me, its 1901-77-3-KS": said to be the reference further
    // on in the sentence that named it, a number in hyphenated or slashed groups.
    if (t.type == Type::Number && m_t.joined(i + 1) &&
        (m_t.punct(i + 1, u'-') || m_t.punct(i + 1, u'/')) &&
        (wordIs(i - 1, "its") || wordIs(i - 1, "it's") || wordIs(i - 1, "is") ||
         wordIs(i - 1, "was"))) {
        for (int k = i - 2; k >= 0 && k >= i - 14; --k) {
            if (m_t.punct(k, u'.') || m_t.punct(k, u'!') || m_t.punct(k, u'?')) {
                break;
            }
            if (roles(k) & Lexicon::RefTrigger) {
                const int last = collectReference(i, &digits);
                return digits >= 5 && last >= i + 2 ? tokens(i, last, PiiKind::Reference) : Match{};
            }
        }
    }
    return {};
}

/** "0412 of 24/06": a police log's number and the day it was opened, one reference, after
 *  the number that ends at last; or last. */
int UkIdentifiers::policeLogEnd(int last) const
{
    const int day = last + 2;
    if (!wordIs(last + 1, "of") || !m_t.isType(day, Type::Number) || m_t[day].length > 2 ||
        !m_t.punct(day + 1, u'/') || !m_t.joined(day + 1) || !m_t.isType(day + 2, Type::Number) ||
        !m_t.joined(day + 2) || m_t[day + 2].length > 2) {
        return last;
    }
    // "24/06/25": the year too
    if (m_t.punct(day + 3, u'/') && m_t.joined(day + 3) && m_t.isType(day + 4, Type::Number) &&
        m_t.joined(day + 4)) {
        return day + 4;
    }
    return day + 2;
}

UkIdentifiers::Match UkIdentifiers::sameShapeReferenceAt(int i, int first, int last) const
{
    const Token& t = m_t[i];
    if (t.type != Type::Number && t.type != Type::Alnum &&
        !(t.type == Type::Word && t.has(Token::AllUpper))) {
        return {};
    }
    int digits = 0;
    const int end = collectReference(i, &digits);
    // One number alone matches one of its length only next in a list ("LAC numbers:
    // 441207 and 441208"); elsewhere a number of that length may count anything.
    const bool listed =
        end == i && first == last && t.length >= 5 &&
        (wordIs(i - 1, "and") || m_t.punct(i - 1, u',') || m_t.punct(i - 1, u'&')) &&
        i - 2 <= last + 1;
    if (end - i != last - first || (end == i && !listed)) {
        return {};
    }
    for (int k = 0; k <= last - first; ++k) {
        const Token& a = m_t[i + k];
        const Token& b = m_t[first + k];
        if (a.type != b.type || a.length != b.length ||
            (a.type == Type::Punct && m_t.str(i + k) != m_t.str(first + k))) {
            return {};
        }
    }
    return tokens(i, end, PiiKind::Reference);
}

// ---- ages -------------------------------------------------------------------------------

/** "nine-and-a-half", "six-and-a-bit": a number word and its fraction hyphenated into one
 *  word; its whole years, or -1. */
int UkIdentifiers::halfYearsAt(int i) const
{
    if (!m_t.isType(i, Type::Word)) {
        return -1;
    }
    const QStringView s = m_t.str(i);
    for (QStringView tail : {u"-and-a-half", u"-and-a-bit", u"-and-a-quarter"}) {
        if (s.size() > tail.size() && s.endsWith(tail, Qt::CaseInsensitive)) {
            const QStringView number = s.chopped(tail.size()); // WordTable folds case
            return (Lexicon::instance().roles(number) & Lexicon::NumberWord)
                       ? Lexicon::instance().numberValue(number)
                       : -1;
        }
    }
    return -1;
}

/** "mae hi'n …", "mae fy mrawd yn …", "mae Cai yn …": a person, then the "yn" that says
 *  what they are (Welsh puts an age there without "oed": "mae fy mrawd yn un ar bymtheg"). */
bool UkIdentifiers::welshPersonIsBefore(int i) const
{
    for (const char* w : {"hi'n", "o'n", "e'n", "fe'n", "fo'n", "ti'n", "chi'n", "nhw'n"}) {
        if (wordIsEntry(i - 1, w)) {
            return true;
        }
    }
    // "Mabli'n saith": a name with the clitic "'n" (is); "nes i droi'n un ar ddeg" (turned).
    if (m_t.isType(i - 1, Type::Word) && m_t[i - 1].has(Token::Apostrophe)) {
        const QStringView w = m_t.str(i - 1);
        const bool clitic = w.size() > 3 && w.back() == u'n' &&
                            (w[w.size() - 2] == u'\'' || w[w.size() - 2] == QChar(0x2019));
        if (clitic && (m_t[i - 1].has(Token::Capitalised) || wordIs(i - 1, "droi'n") ||
                       wordIs(i - 1, "troi'n"))) {
            return true;
        }
        // "ma Dylan ni'n dair ar ddeg": "ni" after a name is "our" (our Dylan).
        if (wordIs(i - 1, "ni'n") && m_t.isType(i - 2, Type::Word) &&
            m_t[i - 2].has(Token::Capitalised)) {
            return true;
        }
    }
    // "Twm, sy'n dri", "Sion sy'n 4": a name, then "who is".
    if (wordIs(i - 1, "sy'n")) {
        const int who = m_t.punct(i - 2, u',') ? i - 3 : i - 2;
        return m_t.isType(who, Type::Word) && m_t[who].has(Token::Capitalised) &&
               !m_t[who].has(Token::SentenceStart) && knownName(who);
    }
    // "roedd fy mhen-blwydd yn 18 ddoe": a birthday's number is the age it made.
    if (wordIs(i - 1, "yn") && (roles(i - 2) & Lexicon::BirthCue)) {
        return true;
    }
    if (wordIs(i - 1, "yn") && wordIs(i - 2, "ni") && m_t.isType(i - 3, Type::Word) &&
        m_t[i - 3].has(Token::Capitalised)) {
        return true; // "ma Elis ni yn un ar ddeg"
    }
    if (wordIs(i - 1, "yn") && wordIs(i - 2, "i") && (roles(i - 3) & Lexicon::Relation)) {
        return true; // "ma Alaw fy chwaer i yn ddwy ar bymtheg"
    }
    if (!wordIs(i - 1, "yn")) {
        return false;
    }
    // "mae o ond yn 13", "pan dwi ond yn 16" (only); "dwi'n mynd i fod yn 16" (going to be)
    if (wordIs(i - 2, "ond") || (wordIs(i - 2, "fod") && wordIs(i - 3, "i") &&
                                 (wordIs(i - 4, "mynd") || wordIs(i - 4, "fynd")))) {
        const int who = wordIs(i - 2, "ond") ? i - 3 : i - 5;
        for (const char* w : {"hi", "o", "e", "fe", "fo", "dwi", "fi", "i", "ti", "dw", "wi",
                              "dwi'n", "rwy'n", "fi'n", "hi'n", "o'n", "e'n"}) {
            if (wordIsEntry(who, w)) {
                return true;
            }
        }
        return (roles(who) & Lexicon::Relation) != 0;
    }
    for (const char* w : {"hi", "o", "e", "fe", "fo"}) {
        if (wordIsEntry(i - 2, w)) {
            return true;
        }
    }
    if (roles(i - 2) & Lexicon::Relation) {
        return true; // "mae fy mrawd yn", "mae nain yn"
    }
    // "ma'r fechan yn" (the little one), "brawd bach yn": a child, or a family word and its
    // adjective.
    for (const char* w : {"fechan", "bychan", "babi", "hogyn", "hogan", "efaill", "gefaill"}) {
        if (wordIsEntry(i - 2, w)) {
            return true;
        }
    }
    for (const char* w : {"bach", "fach", "mawr", "fawr", "hynaf", "ieuengaf"}) {
        if (wordIsEntry(i - 2, w)) {
            return roles(i - 3) & Lexicon::Relation;
        }
    }
    // "ma fy mrawd bach, Hedd, yn chwech": the name set between commas after a family word.
    if (m_t.punct(i - 2, u',') && m_t.isType(i - 3, Type::Word) &&
        m_t[i - 3].has(Token::Capitalised) && m_t.punct(i - 4, u',') &&
        ((roles(i - 5) & Lexicon::Relation) || wordIs(i - 5, "bach") || wordIs(i - 5, "fach"))) {
        return true;
    }
    // "mae Cai yn", "ma Macsen yn" (spoken "mae"), "roedd Elin yn", "mae fy nghefnder Dylan
    // yn", "ac Elan yn", "a Mabon yn": a name after the verb, after a family word or after
    // "and" in a Welsh clause.
    return m_t.isType(i - 2, Type::Word) && m_t[i - 2].has(Token::Capitalised) &&
           (wordIs(i - 3, "mae") || wordIs(i - 3, "ma") || wordIs(i - 3, "roedd") ||
            wordIs(i - 3, "bydd") || wordIs(i - 3, "fydd") || wordIs(i - 3, "ac") ||
            wordIs(i - 3, "a") || wordIs(i - 3, "ond") || (roles(i - 3) & Lexicon::Relation) ||
            // "mae Osian yn naw, Mabli yn chwech": the next child of a list
            (m_t.punct(i - 3, u',') && knownName(i - 2)) ||
            // "mae fy mrawd bach Gwion yn chwech", "fy mrawd mawr Iwan yn 20": a family word
            // and "bach" or "mawr" before the name
            ((wordIs(i - 3, "bach") || wordIs(i - 3, "fach") || wordIs(i - 3, "mawr") ||
              wordIs(i - 3, "fawr")) &&
             (roles(i - 4) & Lexicon::Relation)));
}

/** The number closes the clause: the end, a mark, "a"/"ac"/"ond"/"pan" (and, but, when) or a
 *  word of time ("rwan", "eleni"). "mae hi'n dri o'r gloch" (a time) and "yn ddeg munud" (a
 *  length) go on to a noun and are no age. */
bool UkIdentifiers::welshClauseEndsAfter(int last) const
{
    const int n = last + 1;
    if (!m_t.valid(n)) {
        return true;
    }
    if (m_t[n].type == Type::Punct) {
        const QStringView p = m_t.str(n);
        return p == u"." || p == u"," || p == u"!" || p == u"?";
    }
    for (const char* w : {"a", "ac", "ond", "pan", "nawr", "rwan", "heddiw", "eleni", "ddoe",
                          "fory", "yfory", "llynedd", "hefyd", "fel", "a'r"}) {
        if (wordIsEntry(n, w)) {
            return true;
        }
    }
    // "bydd o'n 14 ym mis Medi", "wi'n ddeunaw wthnos nesa": when the birthday comes
    if ((wordIs(n, "ym") && wordIs(n + 1, "mis")) ||
        ((wordIs(n, "mis") || wordIs(n, "wythnos") || wordIs(n, "wthnos") ||
          wordIs(n, "flwyddyn")) &&
         (wordIs(n + 1, "nesa") || wordIs(n + 1, "nesaf")))) {
        return true;
    }
    return m_t.str(n).compare(u"r\u0175an", Qt::CaseInsensitive) == 0; // "rŵan" (now)
}

/** Welsh words for lengths of time, with their mutations: "wythnos" (week), "munud", "awr",
 *  "diwrnod", "mis", "blynedd" (years, not "oed": "mlwydd oed" is an age). */
bool welshTimeUnit(QStringView w)
{
    static constexpr const char* kUnits[] = {
        "wythnos", "wythnosau", "munud",    "funud",     "munudau", "awr",
        "oriau",   "diwrnod",   "ddiwrnod", "diwrnodau", "mis",     "fis",
        "misoedd", "blynedd",   "flynedd",  "blwyddyn",  "flwyddyn"};
    for (const char* u : kUnits) {
        if (equalsAsciiEntry(w, u)) {
            return true;
        }
    }
    return false;
}

UkIdentifiers::Match UkIdentifiers::ageAt(int i, int person) const
{
    const Lexicon& lex = Lexicon::instance();
    const Token& t = m_t[i];
    // "i want to be one when i grow up" (one of them); "she's 15 in dog years" (a pet's)
    if ((wordIs(i, "one") && wordIs(i - 1, "be") && wordIs(i - 2, "to")) ||
        (wordIs(i + 1, "in") && wordIs(i + 2, "dog") && wordIs(i + 3, "years"))) {
        return {};
    }
    int years = -1;
    int last = i;
    bool joinedUnit = false;  // "14yrs", "13yo": the unit written onto the number
    bool welshPerson = false; // "mae fy mrawd yn un ar bymtheg": a person's age, no "oed"
    if (t.type == Type::Alnum) {
        const QStringView s = m_t.str(i);
        // Chinese "我今年15岁", "9歲": the years character written onto the number, the whole
        // sentence often one token. Only the number and its character are the age.
        for (qsizetype k = 1; k < s.size(); ++k) {
            if ((s[k] == u'\u5C81' || s[k] == u'\u6B72') && isAsciiDigit(s[k - 1])) {
                qsizetype d = k;
                while (d > 0 && isAsciiDigit(s[d - 1]) && k - d < 3) {
                    --d;
                }
                if (d > 0 && isAsciiDigit(s[d - 1])) {
                    return {}; // a longer number
                }
                Match m = chars(t.start + d, t.start + k + 1, PiiKind::Age);
                m.age = toInt(s.sliced(d, k - d));
                return m;
            }
        }
        qsizetype digits = 0;
        while (digits < s.size() && s[digits].isDigit()) {
            ++digits;
        }
        const QStringView unit = s.sliced(digits);
        if (digits == 0 || digits > 3 ||
            !(equalsAscii(unit, "yrs") || equalsAscii(unit, "yr") || equalsAscii(unit, "yo") ||
              equalsAscii(unit, "y") || equalsAscii(unit, "yrsold") || equalsAscii(unit, "years") ||
              equalsAscii(unit, "year"))) {
            return {};
        }
        years = toInt(s.first(digits));
        joinedUnit = true;
        // "7y/o": the rest of the unit is two more tokens.
        if (equalsAscii(unit, "y") && m_t.punct(i + 1, u'/') && m_t.joined(i + 1) &&
            wordIs(i + 2, "o") && m_t.joined(i + 2)) {
            last = i + 2;
        }
    } else if (t.type == Type::Number) {
        if (t.length > 3) {
            return {};
        }
        years = toInt(m_t.str(i));
        // "Mae Twm yn 10 ac Elan yn 7": a person, "yn" (is), the number closing the clause.
        // Only after "yn" or a word with a clitic: this runs for every number.
        welshPerson = i > 0 && m_t.isType(i - 1, Type::Word) &&
                      (m_t[i - 1].has(Token::Apostrophe) || wordIs(i - 1, "yn")) &&
                      welshPersonIsBefore(i) && welshClauseEndsAfter(last);
    } else if (roles(i) & Lexicon::WelshNumber) {
        // Welsh: only after "i'n" / "rwy'n" or before "oed" (checked below), as "un" and
        // "tri" are also ordinary words. "un ar ddeg" is 1 + 10, "dau ar bymtheg" 2 + 15.
        years = lex.welshNumberValue(m_t.str(i));
        // The decimal count taught in Welsh-medium schools: "un deg pedwar" is 1 x 10 + 4,
        // "un deg" 10, "dau ddeg" 20.
        if (years >= 1 && years <= 9 && (wordIs(i + 1, "deg") || wordIs(i + 1, "ddeg")) &&
            m_t.oneSpace(i + 1)) {
            years *= 10;
            last = i + 1;
            const int unit = m_t.isType(i + 2, Type::Word) && m_t.oneSpace(i + 2)
                                 ? lex.welshNumberValue(m_t.str(i + 2))
                                 : -1;
            if (unit >= 1 && unit <= 9) {
                years += unit;
                last = i + 2;
            }
        } else if (wordIs(i + 1, "ar") && m_t.oneSpace(i + 1) && m_t.oneSpace(i + 2)) {
            // "un ar hugain" (one on twenty, 21): "ugain" takes an h after "ar".
            const int tens = wordIs(i + 2, "hugain") ? 20 : lex.welshNumberValue(m_t.str(i + 2));
            if (tens == 10 || tens == 15 || tens == 20) {
                years += tens;
                last = i + 2;
            }
        }
        // "dw i'n un o'r plant" is "I'm one of the children".
        const bool oneOf = last == i && (wordIs(i + 1, "o") || wordIs(i + 1, "o'r"));
        if (oneOf && !wordIs(last + 1, "oed")) {
            return {};
        }
        welshPerson = welshPersonIsBefore(i) && welshClauseEndsAfter(last);
        // South Walian "fi'n" (I am) as "dw i'n".
        if (!((i > 0 &&
               (wordIs(i - 1, "i'n") || wordIs(i - 1, "rwy'n") || wordIs(i - 1, "rydw") ||
                wordIs(i - 1, "dwi'n") || wordIs(i - 1, "fi'n") || wordIs(i - 1, "wi'n"))) ||
              welshPerson || wordIs(last + 1, "oed") ||
              ((wordIs(last + 1, "mlwydd") || wordIs(last + 1, "mlynedd")) &&
               wordIs(last + 2, "oed")))) {
            return {};
        }
    } else if (const int half = halfYearsAt(i); half >= 0) {
        years = half; // "nine-and-a-half", written as one word
    } else if (roles(i) & Lexicon::NumberWord) {
        years = lex.numberValue(m_t.str(i));
        // "twenty one"
        if (years >= 20 && years % 10 == 0 && m_t.isType(i + 1, Type::Word) &&
            m_t.oneSpace(i + 1)) {
            const int unit = lex.numberValue(m_t.str(i + 1));
            if (unit >= 1 && unit <= 9) {
                years += unit;
                last = i + 1;
            }
        }
    }
    if (years < 0 || years > 120) {
        return {};
    }
    // Not part of a price, a time, a score or a longer number.
    if (i > 0 && m_t.joined(i)) {
        return {};
    }
    if (m_t.valid(last + 1) && m_t.joined(last + 1) && m_t[last + 1].type == Type::Punct) {
        const QStringView p = m_t.str(last + 1);
        // "11:30", "9.45", "11:30pm" (the minutes and "pm" one token)
        // "9,500" is one number; "aged 9, 13 and 15" a list, its comma before a space.
        if ((p == u":" || p == u"." || p == u"/" || (p == u"," && m_t.joined(last + 2))) &&
            (m_t.isType(last + 2, Type::Number) ||
             (p != u"," && m_t.isType(last + 2, Type::Alnum) && m_t.joined(last + 2)))) {
            return {};
        }
        if (p == u"%" || p == u"x") {
            return {};
        }
    }
    auto word = [&](int j) { return m_t.valid(j) ? m_t.str(j) : QStringView(); };
    // "5 yrs in care", "2 yrs ago", "3 yrs of school": a length of time, not an age.
    auto durationAfter = [&](int j) {
        for (const char* w : {"in", "at", "ago", "since", "of", "later", "before", "after", "with",
                              "for", "now", "on", "away", "inside", "left", "more", "to"}) {
            if (wordIsEntry(j, w)) {
                return true;
            }
        }
        return false;
    };

    // After: "years old", "year old", "yrs old", "-year-old", "yo".
    bool old = false;
    bool months = false;    // "is only 18 months": an age only after "is", "aged", ...
    bool bareYears = false; // "i am 10 years": see below
    int end = last;
    const QStringView n1 = word(last + 1);
    if (joinedUnit) {
        old = true;
        if (wordIs(last + 1, "old")) {
            end = last + 1;
        }
    } else if (equalsAscii(n1, "oed")) {
        old = true; // Welsh: "14 oed"
        end = last + 1;
    } else if ((equalsAscii(n1, "mlwydd") || equalsAscii(n1, "mlynedd")) &&
               wordIs(last + 2, "oed")) {
        old = true; // Welsh: "naw mlwydd oed" (nine years of age)
        end = last + 2;
    } else if (welshTimeUnit(n1) &&
               !(m_t.valid(last + 2) && m_t[last + 2].has(Token::Capitalised)) &&
               !wordIs(last + 2, "nesa") && !wordIs(last + 2, "nesaf")) {
        // "am 6 wythnos" (for six weeks), "ers 3 blynedd": a length of time; "dwi'n 18 mis
        // Mawrth" (in March) and "wi'n 16 mis nesa" (next month) are ages.
        return {};
    } else if (equalsAscii(n1, "y") && m_t.punct(last + 2, u'/') && wordIs(last + 3, "o") &&
               m_t.joined(last + 2) && m_t.joined(last + 3)) {
        old = true; // "14 y/o"
        end = last + 3;
    } else if (equalsAscii(n1, "y") && m_t.punct(last + 2, u'.') && wordIs(last + 3, "o") &&
               m_t.joined(last + 2) && m_t.joined(last + 3)) {
        old = true; // "14 y.o.", with its closing full stop
        end = m_t.punct(last + 4, u'.') && m_t.joined(last + 4) ? last + 4 : last + 3;
    } else if (equalsAscii(n1, "years") || equalsAscii(n1, "year") || equalsAscii(n1, "yrs") ||
               equalsAscii(n1, "yr")) {
        if (wordIs(last + 2, "old")) {
            old = true;
            end = last + 2;
        } else if (wordIs(last + 2, "of") && wordIs(last + 3, "age")) {
            old = true;
            end = last + 3;
        } else if ((equalsAscii(n1, "yrs") || equalsAscii(n1, "yr")) && !durationAfter(last + 2)) {
            // "she is 7 yrs", "Kai is seven yrs and": children's short form, an age when a
            // person is its subject (below), as a bare number would be.
            end = last + 1;
        } else if (!m_t.valid(last + 2) || m_t[last + 2].type == Type::Punct ||
                   wordIs(last + 2, "and") || wordIs(last + 2, "but")) {
            // "i am 10 years.", "she is 6 years and": the clause ends at the unit, so nothing
            // makes it a length of time; an age only if a person says it of themself or
            // a relative is its subject ("the list was two years" is a wait).
            end = last + 1;
            bareYears = true;
        } else {
            return {}; // "5 years in care"
        }
    } else if (m_t.punct(last + 1, u'-') && m_t.joined(last + 1) && m_t.joined(last + 2) &&
               (wordIs(last + 2, "year-old") || wordIs(last + 2, "years-old") ||
                wordIs(last + 2, "yr-old"))) {
        old = true;
        end = last + 2;
    } else if (equalsAscii(n1, "yo") || equalsAscii(n1, "y/o")) {
        old = true;
        end = last + 1;
    } else if (equalsAscii(n1, "months") || equalsAscii(n1, "month") || equalsAscii(n1, "weeks") ||
               equalsAscii(n1, "week")) {
        // A baby's age: "18 months old", "she is only 6 weeks". Not how far a pregnancy has
        // gone ("she is 24 weeks pregnant", "12 weeks gone") nor how long someone has stayed
        // off self-harm or drink ("im 3 months clean now", "6 weeks sober"): the team must
        // read both.
        if (wordIs(last + 2, "pregnant") || wordIs(last + 2, "gone") || wordIs(last + 2, "clean") ||
            wordIs(last + 2, "sober")) {
            return {};
        }
        if (wordIs(last + 2, "old")) {
            old = true;
            end = last + 2;
        } else {
            end = last + 1;
            months = true;
        }
        years = 0;
    } else if ((roles(last + 1) & Lexicon::Unit) || m_t.isType(last + 1, Type::Number)) {
        return {}; // "5 minutes", "12 34 56"
    }
    // Fractions: "6 and a half", "seven and three quarters"; Welsh "a hanner" ("un ar ddeg a
    // hanner", "naw oed a hanner").
    if (wordIs(end + 1, "and") &&
        ((wordIs(end + 2, "a") &&
          (wordIs(end + 3, "half") || wordIs(end + 3, "bit") || wordIs(end + 3, "quarter"))) ||
         ((wordIs(end + 2, "three") || wordIs(end + 2, "3")) && wordIs(end + 3, "quarters")))) {
        end += 3;
    } else if ((welshPerson || old || (roles(i) & Lexicon::WelshNumber)) && wordIs(end + 1, "a") &&
               wordIs(end + 2, "hanner")) {
        end += 2;
    }

    // "3omri 15", "meri umar 13 hai", "amar boyosh 9": a home language's "(my) age" before
    // the number says whose and what it is, with no word for years after.
    bool accepted = old || welshPerson ||
                    (t.type == Type::Number && wordAt(i - 1) == homelanguage::Word::AgeNoun);
    if (bareYears) {
        const int p = i - 1;
        const QStringView v = word(p);
        const bool self = equalsAscii(v, "am") || equalsAscii(v, "i'm") || equalsAscii(v, "im") ||
                          equalsAscii(v, "he's") || equalsAscii(v, "she's") ||
                          equalsAscii(v, "hes") || equalsAscii(v, "shes") ||
                          equalsAscii(v, "aged") || equalsAscii(v, "turned");
        const bool relative =
            (equalsAscii(v, "is") || equalsAscii(v, "was")) &&
            ((roles(p - 1) & (Lexicon::Relation | Lexicon::Pronoun)) ||
             (m_t.isType(p - 1, Type::Word) && m_t[p - 1].has(Token::Capitalised) &&
              !m_t[p - 1].has(Token::SentenceStart) && knownName(p - 1))); // "Sagar is 11 years,"
        if (!(self || relative)) {
            return {};
        }
        accepted = true;
    }
    // "17 and still waiting on a flat", "sixteen and living in a B&B": an age opening the
    // statement, then how the speaker lives at it.
    const bool andAfter =
        wordIs(end + 1, "and") || wordIs(end + 1, "n") || m_t.punct(end + 1, u'&');
    if (!accepted && i == 0 && end == last && years >= 10 && years <= 25 && andAfter) {
        for (const char* w :
             {"still", "already", "living", "pregnant", "homeless", "alone", "stuck"}) {
            accepted = accepted || wordIsEntry(end + 2, w);
        }
        // "20 and still no answer": a count of days or letters, more likely than an age
        accepted = accepted && !wordIs(end + 3, "no") && !wordIs(end + 3, "nothing");
    }
    // "nearly 18 and i still dont know", "almost 16, and": "nearly" opening the statement
    // before a number that counts nothing is how old the speaker is about to be.
    if (!accepted && i == 1 && end == last && years >= 10 && years <= 25 &&
        (wordIs(0, "nearly") || wordIs(0, "almost")) &&
        (andAfter || !m_t.valid(end + 1) || m_t.punct(end + 1, u','))) {
        accepted = true;
    }
    if (!accepted) {
        int p = i - 1;
        // "im literally 14", "i was actually 12": a speaker's stress word is a filler too (not
        // a role of the lexicon, which the unknown-word model reads)
        auto filler = [&](int k) {
            return (roles(k) & Lexicon::AgeFiller) || wordIs(k, "literally") ||
                   wordIs(k, "actually") || wordIs(k, "basically") || wordIs(k, "officially") ||
                   wordIs(k, "technically") || wordIs(k, "lit");
        };
        for (int skipped = 0; p >= 0 && skipped < 2 && filler(p); ++skipped) {
            --p;
        }
        const QStringView v = word(p);
        auto subjectBefore = [&](int q) {
            // A person: a pronoun, a family word, or a capitalised name ("Demi, is 13").
            for (int k = q, seen = 0; k >= 0 && seen < 3; --k, ++seen) {
                if (k == person) {
                    return true;
                }
                const QStringView s = word(k);
                if (m_t[k].type == Type::Punct) {
                    if (s == u",") {
                        continue;
                    }
                    // "Hevin (we call her Hevi) is 12": the person before the aside.
                    if (s == u")") {
                        int open = k - 1;
                        while (open > k - 10 && open > 0 && !m_t.punct(open, u'(')) {
                            --open;
                        }
                        if (open > 0 && m_t.punct(open, u'(')) {
                            k = open; // the loop steps on to the word before it
                            --seen;
                            continue;
                        }
                    }
                    return false;
                }
                const std::uint32_t r = roles(k);
                if (r & (Lexicon::Pronoun | Lexicon::Relation)) {
                    return true;
                }
                // "our foster lad is 11", "the lass is 14", "our little one is 2": a child
                // named by what carers call one.
                if (equalsAscii(s, "lad") || equalsAscii(s, "lass") ||
                    (equalsAscii(s, "one") &&
                     (wordIs(k - 1, "little") || wordIs(k - 1, "wee") ||
                      wordIs(k - 1, "youngest") || wordIs(k - 1, "eldest") ||
                      wordIs(k - 1, "oldest") || wordIs(k - 1, "middle")))) {
                    return true;
                }
                // "my sisters are 5 and 7": a family word in the plural.
                if (s.size() > 3 && (s.back() == u's' || s.back() == u'S') &&
                    (Lexicon::instance().roles(s.chopped(1)) & Lexicon::Relation)) {
                    return true;
                }
                if (m_t[k].has(Token::Capitalised) &&
                    (!m_t[k].has(Token::SentenceStart) || !(r & Lexicon::Function))) {
                    return !dayWord(s); // "Yesterday was 2 out of 10": a day is no one
                }
                // "my nanu is 80", "Saeed bhai is 22": a relative's word in a home language
                if (m_t[k].type == Type::Word &&
                    ((m_facts && (m_facts->flags[std::size_t(k)] & Gazetteer::KinWord)) ||
                     homelanguage::isPersonWord(s))) {
                    return true;
                }
                // "sana is 9": a name in lower case, one that is no English word.
                if (m_facts && m_t[k].type == Type::Word) {
                    const std::uint32_t g = m_facts->flags[std::size_t(k)];
                    if ((g & Gazetteer::Name) && !(g & (Gazetteer::Word | Gazetteer::NotName))) {
                        return true;
                    }
                }
                // "Tomos bach is only 2": a Welsh diminutive after the name.
                if (!(r & (Lexicon::AgeFiller | Lexicon::Modifier)) && !equalsAscii(s, "bach") &&
                    !equalsAscii(s, "fach")) {
                    return false;
                }
            }
            return false;
        };
        // "till i'm 18", "until i turn 16": the age a rule ends at, which is no one's now
        // ("when im 18" stays hidden: it may tell the child's age).
        const QStringView before = word(p - 1);
        const bool future =
            (equalsAscii(v, "i'm") || equalsAscii(v, "im") || equalsAscii(v, "turn") ||
             (equalsAscii(v, "am") && equalsAscii(before, "i"))) &&
            [&] {
                const QStringView w =
                    equalsAscii(v, "am") || equalsAscii(v, "turn") ? word(p - 2) : before;
                const QStringView w2 = equalsAscii(v, "turn") ? word(p - 1) : QStringView();
                auto until = [](QStringView x) {
                    return equalsAscii(x, "till") || equalsAscii(x, "til") ||
                           equalsAscii(x, "until") || equalsAscii(x, "untill");
                };
                return until(w) || (equalsAscii(w2, "i") && until(word(p - 2)));
            }();
        if (future) {
            return {};
        }
        if (equalsAscii(v, "aged") || equalsAscii(v, "age") || equalsAscii(v, "turned") ||
            equalsAscii(v, "turning") || equalsAscii(v, "turns") || equalsAscii(v, "turn") ||
            equalsAscii(v, "i'm") || equalsAscii(v, "im") || equalsAscii(v, "am") ||
            equalsAscii(v, "he's") || equalsAscii(v, "she's") || equalsAscii(v, "who's") ||
            equalsAscii(v, "whos") || equalsAscii(v, "they're") || equalsAscii(v, "you're") ||
            equalsAscii(v, "we're") || equalsAscii(v, "theyre") || equalsAscii(v, "hes") ||
            equalsAscii(v, "shes")) {
            accepted = true;
        } else if (v == u":" && wordIs(p - 1, "age")) {
            accepted = true;
        } else if (equalsAscii(v, "of") && wordIs(p - 1, "age") && end == last &&
                   !wordIs(p - 2, "reading") && !wordIs(p - 2, "spelling") &&
                   !wordIs(p - 2, "mental") && !wordIs(p - 2, "emotional") &&
                   !wordIs(p - 2, "developmental")) {
            // "from the age of 10", "at the age of 12"; "a reading age of 6" is a measure
            accepted = true;
        } else if ((v == u"," || p < 0) && end == last && years >= 5 && years <= 25 &&
                   wordIs(end + 1, "in") && (roles(end + 2) & Lexicon::Month)) {
            accepted = true; // "at st marys, 16 in june, and": the age a birthday brings
        } else if (equalsAscii(v, "on") && wordIs(p - 1, "going") && p >= 2 &&
                   m_t.isType(p - 2, Type::Number) && ageAt(p - 2)) {
            accepted = true; // "13 going on 14": the second age is the same child's
        } else if (p < i - 1 && relationIsBefore(p)) {
            accepted = true; // "my sister's only 4", "my brothers just 6"
        } else if (p == i - 1 && nothingCountedAfter(end) && nameIsBefore(p)) {
            // "Harjot's 12 and he's", "Our Kayden's 6": a name with "'s" (is), as a
            // relative's, where nothing after the number could be what it counts.
            accepted = true;
        } else if (p == i - 1 && relationIsBefore(p) && nothingCountedAfter(end)) {
            // "my sister's 13", "my sisters 13 and 15": without a filler only where nothing
            // follows the number that it could count ("my brothers 6 mates").
            accepted = true;
        } else if (equalsAscii(v, "dwi'n") || equalsAscii(v, "ti'n") || equalsAscii(v, "fi'n") ||
                   equalsAscii(v, "wi'n")) {
            // Welsh "dwi'n 14" (I am), south Walian "wi'n 14", "ti'n 12" (you are): a person
            // is a number only as an age ("mae hi'n 5" may be the time, so the third person
            // needs "oed")
            accepted = true;
        } else if (equalsAscii(v, "ah'm") || equalsAscii(v, "ahm") ||
                   (equalsAscii(v, "dey") &&
                    (wordIs(p - 1, "i") || wordIs(p - 1, "she") || wordIs(p - 1, "he")))) {
            // Scots "Ah'm fourteen"; Nigerian Pidgin "I dey 15" (I am)
            accepted = true;
        } else if (equalsAscii(v, "i'n") || equalsAscii(v, "rwy'n") ||
                   v == u"\u0639\u0645\u0631\u064A" || v == u"\u0639\u0645\u0631\u0647" ||
                   v == u"\u0639\u0645\u0631\u0647\u0627") {
            // Welsh "dw i'n 14", Arabic "عمري / عمره / عمرها 12" (my / his / her age)
            accepted = true;
        } else if (equalsAscii(v, "both") &&
                   (wordIs(p - 1, "are") || wordIs(p - 1, "were") || wordIs(p - 1, "is"))) {
            accepted = true; // "me and Tom are both 14"
        } else if (p < i - 1 && m_t.isType(p, Type::Number) && ageAt(p)) {
            accepted = true; // "im 12 nearly 13", "shes 4 almost 5": a second age, same child
        } else if ((equalsAscii(v, "and") || v == u"&" || equalsAscii(v, "or") ||
                    equalsAscii(v, "not") || (v == u"," && !m_t.joined(i))) &&
                   p >= 1 && (m_t[p - 1].type == Type::Number || m_t[p - 1].type == Type::Alnum) &&
                   ageAt(p - 1)) {
            accepted = true; // "they are 9 and 11", "aged 9, 13 and 15", "11 or 12", "17 not 18"
        } else if ((equalsAscii(v, "really") || equalsAscii(v, "actually")) &&
                   (wordIs(p - 1, "i'm") || wordIs(p - 1, "im") || wordIs(p - 1, "he's") ||
                    wordIs(p - 1, "she's"))) {
            accepted = true; // "they said i'm 18 but i'm really 16"
        } else if (v == u"," &&
                   (!m_t.valid(end + 1) || m_t.punct(end + 1, u',') ||
                    ((wordIs(end + 1, "and") || m_t.punct(end + 1, u'&')) &&
                     m_t.isType(end + 2, Type::Number))) &&
                   personBeforeComma(p)) {
            // "im Tyrese, 16, from Moss Side", "a young mum, 18, and", "care leaver, 19,";
            // "are sisters, 15 and 12": two children's ages after them
            accepted = true;
        } else if (equalsAscii(v, "at") &&
                   (atAgeBefore(p) || (end == i && years <= 25 && !clockOrAddressAround(p, end)))) {
            // "my mum had me at 16", "i went into care at 5", "sectioned at 16", "an auntie at
            // 15"; not a clock's time ("left home at 8 in the morning", "at 7 o'clock", "bed
            // at 9", "at 6pm" is one token and no age) or a house ("live at 14 Gladstone").
            const bool clock =
                wordIs(end + 1, "o'clock") || wordIs(end + 1, "oclock") || wordIs(end + 1, "am") ||
                wordIs(end + 1, "pm") || wordIs(end + 1, "tonight") || wordIs(end + 1, "today") ||
                wordIs(end + 1, "every") || wordIs(end + 1, "this") || wordIs(end + 1, "on") ||
                (wordIs(end + 1, "in") && wordIs(end + 2, "the"));
            accepted = !clock;
        } else if ((equalsAscii(v, "till") || equalsAscii(v, "til") || equalsAscii(v, "until")) &&
                   end == i && years >= 13 && years <= 25 && !m_t.isType(p - 1, Type::Number) &&
                   !clockOrAddressAround(p, end)) {
            // "in care in Leeds till 18", "it took me till 16 to realise": an age a time of
            // life ended at (a day ends at 9 or 10: "stay up till 9", "9 till 11").
            accepted = true;
        } else if (equalsAscii(v, "is") && wordIs(p - 1, "age")) {
            accepted = true; // "my age is 14"
        } else if (equalsAscii(v, "is") || equalsAscii(v, "was") || equalsAscii(v, "are") ||
                   equalsAscii(v, "were")) {
            accepted = subjectBefore(p - 1);
            // "Seumas from the hostel is 20": the person, then where they are from.
            for (int k = p - 2; !accepted && k >= p - 4 && k >= 1; --k) {
                if (wordIs(k, "from")) {
                    accepted = subjectBefore(k - 1);
                    break;
                }
            }
        } else if (equalsAscii(v, "be")) {
            // "I will be nine", "she'll be 4", "he's going to be 10"
            const QStringView w = word(p - 1);
            if (equalsAscii(w, "will") || equalsAscii(w, "to") || equalsAscii(w, "would")) {
                accepted = subjectBefore(p - 2) || subjectBefore(p - 3);
            } else if (equalsAscii(w, "gonna") || equalsAscii(w, "gunna")) {
                // "im gonna be 16", "shes gonna be 5": "gonna" after the person ("i'm",
                // "she's", a name), as "going to" is; opening the statement, the speaker.
                const QStringView who = word(p - 2);
                accepted = p == 1 || equalsAscii(who, "im") || equalsAscii(who, "i'm") ||
                           equalsAscii(who, "shes") || equalsAscii(who, "she's") ||
                           equalsAscii(who, "hes") || equalsAscii(who, "he's") ||
                           subjectBefore(p - 2);
            } else if (w.endsWith(u"'ll") || w.endsWith(u"\u2019ll")) {
                accepted = true;
            }
        }
    }
    if (accepted && !old && countedAfter(i - 1, end)) {
        return {};
    }
    if (!accepted || (years == 0 && !old && !months)) {
        return {};
    }
    // "my brother is 5 anos", "she's 9 lat": the years in a home language belong to the age.
    if (end == last && m_t.oneSpace(end + 1)) {
        if (const homelanguage::Word w = wordAt(end + 1);
            w == homelanguage::Word::Years || w == homelanguage::Word::YearsOld) {
            ++end;
        }
    }
    Match m = tokens(i, end, PiiKind::Age);
    m.age = years;
    return m;
}

/** The number that ends at token end, after token p, counts something or tells a time: "we
 *  were 4 brothers", "they are 3 kids" (people it counts), Welsh "bob bore am 7", "dydd
 *  Mawrth am 4", "codi am 5" (get up at 5) ("am" is "at" there, not English "am"). */
bool UkIdentifiers::countedAfter(int p, int end) const
{
    static const char* const kPeople[] = {"brothers", "sisters", "kids",   "children",
                                          "boys",     "girls",   "people", "siblings"};
    for (const char* w : kPeople) {
        if (wordIsEntry(end + 1, w)) {
            return true;
        }
    }
    if (!wordIs(p, "am") || wordIs(p - 1, "i")) {
        return false;
    }
    // "deffro am 3 y bore", "am 9 o'r gloch", "am 7 yr hwyr": the time of day after it
    auto partOfDay = [&](int k) {
        return wordIs(k, "bore") || wordIs(k, "nos") || wordIs(k, "prynhawn") || wordIs(k, "pnawn");
    };
    if ((wordIs(end + 1, "y") && partOfDay(end + 2)) ||
        (wordIs(end + 1, "yr") && wordIs(end + 2, "hwyr")) ||
        (wordIs(end + 1, "o'r") && wordIs(end + 2, "gloch")) || wordIs(end + 1, "yb") ||
        wordIs(end + 1, "yh") ||
        // "codi am 5 bob bore" (every morning), "am 5 tan 8" (until 8); not "am 14 bob"
        // ("I'm 14, Bob")
        (wordIs(end + 1, "bob") &&
         (partOfDay(end + 2) || wordIs(end + 2, "noson") || wordIs(end + 2, "dydd") ||
          wordIs(end + 2, "diwrnod") || wordIs(end + 2, "wythnos"))) ||
        (wordIs(end + 1, "tan") && m_t.isType(end + 2, Type::Number))) {
        return true;
    }
    // and the day's routine before it: getting up, waking, meals, the bus, work
    static const char* const kWelshTime[] = {
        "bore",    "nos",   "noson",    "dydd",     "ddydd",  "prynhawn", "heno",
        "yfory",   "llun",  "mawrth",   "mercher",  "iau",    "gwener",   "sadwrn",
        "sul",     "bob",   "gwely",    "ysgol",    "coleg",  "dechrau",  "gorffen",
        "cychwyn", "adref", "gartref",  "cyrraedd", "gadael", "codi",     "deffro",
        "dihuno",  "bws",   "brecwast", "cinio",    "swper",  "gwaith",   "adre"};
    for (const char* w : kWelshTime) {
        if (wordIsEntry(p - 1, w)) {
            return true;
        }
    }
    return false;
}

bool UkIdentifiers::knownName(int k) const
{
    if (!m_facts || !m_t.isType(k, Type::Word)) {
        return false;
    }
    const std::uint32_t g = m_facts->flags[std::size_t(k)];
    return (g & (Gazetteer::Name | Gazetteer::WideName)) &&
           !(g & (Gazetteer::Place | Gazetteer::NotName | Gazetteer::Word));
}

bool UkIdentifiers::nameIsBefore(int p) const
{
    if (!m_t.isType(p, Type::Word) || !m_t[p].has(Token::Capitalised) ||
        m_t[p].has(Token::AllUpper) || m_t[p].length < 5) {
        return false;
    }
    const QStringView s = m_t.str(p);
    if (!(s.endsWith(u"'s") || s.endsWith(u"\u2019s"))) {
        return false;
    }
    // "It's 5", "That's 12", "He's 9" are no names: words every English list knows.
    const QStringView who = s.chopped(2);
    for (const char* w : {"it", "that", "what", "there", "here", "he", "she", "who", "where", "let",
                          "mum", "dad", "nan", "everyone", "everybody"}) {
        if (equalsAsciiEntry(who, w)) {
            return false;
        }
    }
    if (m_facts) {
        const std::uint32_t g = m_facts->flags[std::size_t(p)];
        if (g & (Gazetteer::NotName | Gazetteer::Place)) {
            return false; // "Tesco's 24", "Cardiff's 3"
        }
    }
    return true;
}

bool UkIdentifiers::nothingCountedAfter(int k) const
{
    if (!m_t.valid(k + 1) || m_t[k + 1].type == Type::Punct) {
        return true;
    }
    for (const char* w : {"and", "but", "now", "next", "this", "in", "on", "nearly", "almost",
                          "going", "turning", "too", "lol", "tho", "though", "so"}) {
        if (wordIsEntry(k + 1, w)) {
            return true;
        }
    }
    return false;
}

UkIdentifiers::Match UkIdentifiers::homeLanguageAgeAt(int i) const
{
    using homelanguage::Word;
    // "ndine makore 14", "medi mfeɛ 9": the years said before the number.
    if (i > 0 && m_t.isType(i, Type::Number) && m_t[i].length <= 2 && !m_t.joined(i) &&
        wordAt(i - 1) == Word::YearsBefore &&
        !(m_t.valid(i + 1) && m_t.joined(i + 1) && !m_t.punct(i + 1, u',') &&
          !m_t.punct(i + 1, u'.') && !m_t.punct(i + 1, u'!'))) {
        Match m = tokens(i - 1, i, PiiKind::Age);
        m.age = toInt(m_t.str(i));
        return m;
    }
    // The years word first: it is rare, and nearly every token leaves here.
    Word unit = wordAt(i + 1);
    int end = i + 1;
    if (unit == Word::None && m_t.punct(i + 1, u'-') && m_t.joined(i + 1) && m_t.joined(i + 2) &&
        wordAt(i + 2) == Word::AgeSuffix) {
        unit = Word::YearsOld; // "13-letni", "5-latek"
        end = i + 2;
    }
    if (unit == Word::Of && wordAt(i + 2) == Word::Years) {
        unit = Word::Years; // Romanian from twenty on: "douăzeci de ani"
        end = i + 2;
    }
    if (unit == Word::AgeSuffix) {
        unit = Word::Years; // "ma 3 latka"
    }
    if ((unit != Word::Years && unit != Word::YearsOld) || (end == i + 1 && m_t.joined(i + 1)) ||
        (i > 0 && m_t.joined(i))) {
        return {};
    }
    int years = -1;
    if (m_t.isType(i, Type::Number) && m_t[i].length <= 3) {
        years = toInt(m_t.str(i));
    } else if (m_t.isType(i, Type::Word)) {
        years = homelanguage::numberValue(m_t.str(i), hashAt(i));
    }
    if (years < 0 || years > 120) {
        return {};
    }
    bool accepted = unit == Word::YearsOld;
    const Word after = wordAt(end + 1);
    if (!accepted) {
        if (after == Word::Ago) {
            return {}; // "3 lata temu", "2 saal pehle": a length of time
        }
        int p = i - 1;
        for (int skipped = 0; skipped < 2 && wordAt(p) == Word::Filler; ++skipped) {
            --p;
        }
        const Word before = wordAt(p);
        if (before == Word::AgeVerb || before == Word::AgeNoun) {
            accepted = true; // "mam 13 lat", "are doar 5 ani", "meri umar 13 saal"
        } else if (before == Word::Of) {
            // "fratele meu de 5 ani", "Ana de 7 anos": the person the years belong to.
            int q = p - 1;
            if (wordAt(q) == Word::Mine) {
                --q;
            }
            accepted = wordAt(q) == Word::Person ||
                       (m_t.isType(q, Type::Word) && m_t[q].has(Token::Capitalised) &&
                        !m_t[q].has(Token::SentenceStart));
        }
        // "5 saal ka hai", "13 sano jir", "10 Jahre alt", "9 bochor boyosh": the word after
        // says "old" or "age".
        accepted = accepted || after == Word::Genitive || after == Word::YearsOld ||
                   after == Word::Old || after == Word::AgeNoun;
        // "Rahaf 7 sanawat", "Adam, 6 sanawat,": the years said of a name, or of the person
        // a comma sets them beside.
        accepted = accepted ||
                   (m_t.isType(p, Type::Word) && m_t[p].has(Token::Capitalised) &&
                    !m_t[p].has(Token::SentenceStart)) ||
                   (m_t.punct(p, u',') &&
                    (!m_t.valid(end + 1) || m_t.punct(end + 1, u',') || m_t.punct(end + 1, u'.')));
    }
    if (!accepted) {
        return {};
    }
    if (after == Word::YearsOld || after == Word::Old || after == Word::AgeNoun) {
        ++end;
    }
    Match m = tokens(i, end, PiiKind::Age);
    m.age = years;
    return m;
}

homelanguage::Word UkIdentifiers::wordAt(int i) const
{
    // Alnum too: Arabic typed in Latin letters writes "ع" as "3" ("3omri 17 sana").
    if (!m_t.isType(i, Type::Word) && !m_t.isType(i, Type::Alnum)) {
        return homelanguage::Word::None;
    }
    return homelanguage::wordOf(m_t.str(i), hashAt(i));
}

std::uint32_t UkIdentifiers::hashAt(int i) const
{
    const std::size_t k = std::size_t(i);
    if (m_facts && m_t.isType(i, Type::Word) && m_facts->stemLengths[k] == m_t[i].length) {
        return m_facts->stemHashes[k]; // the stem is the whole word, its hash already made
    }
    return WordTable::hashOf(m_t.str(i));
}

/** A Welsh ordinal in words, as a day of the month: "degfed" (10th), "unfed ar ddeg" (11th),
 *  "ail ar bymtheg" (17th), "pumed ar hugain" (25th). Its day, or -1; *last is its last token.
 *  Asked of every word that might open a date: the first letter and the length first. */
int UkIdentifiers::welshOrdinalDayAt(int j, int* last) const
{
    if (!m_t.isType(j, Type::Word) || m_t[j].length < 3 || m_t[j].length > 10) {
        return -1;
    }
    static const std::pair<const char*, int> kOrdinals[] = {
        {"cyntaf", 1},     {"ail", 2},      {"trydydd", 3},  {"trydedd", 3},     {"pedwerydd", 4},
        {"pedwaredd", 4},  {"pumed", 5},    {"chweched", 6}, {"seithfed", 7},    {"wythfed", 8},
        {"nawfed", 9},     {"degfed", 10},  {"unfed", 1},    {"deuddegfed", 12}, {"pymthegfed", 15},
        {"deunawfed", 18}, {"ugeinfed", 20}};
    int day = -1;
    for (const auto& [word, value] : kOrdinals) {
        if (wordIsEntry(j, word)) {
            day = value;
            break;
        }
    }
    if (day < 0) {
        return -1;
    }
    int k = j;
    // "ar ddeg" (+10), "ar bymtheg" (+15), "ar hugain" (+20); "unfed ar ddeg ar hugain" (31st)
    for (int step = 0; step < 2 && wordIs(k + 1, "ar"); ++step) {
        const int add = wordIs(k + 2, "ddeg")      ? 10
                        : wordIs(k + 2, "bymtheg") ? 15
                        : wordIs(k + 2, "hugain")  ? 20
                                                   : 0;
        if (add == 0) {
            break;
        }
        day += add;
        k += 2;
    }
    if ((wordIs(j, "unfed") && k == j) || day > 31) {
        return -1; // "unfed" is only ever the first of "eleventh" and the like
    }
    *last = k;
    return day;
}

/** "at" or "till" (token p) before the number that ends at token end is a clock's time or a
 *  house number: a word of the day's routine or of living somewhere just before it ("bed at
 *  9", "mum starts work at 7", "every tuesday at 6", "it gets dark at 4", "we eat at 6", "we
 *  live at 22 heol y parc"), or after it something the number counts or names ("at 6
 *  different schools", "at 14 Gladstone Terrace", "at 18 months"). */
bool UkIdentifiers::clockOrAddressAround(int p, int end) const
{
    static const char* const kDay[] = {
        "bed",      "up",         "wake",        "woke",      "start",   "starts",    "finish",
        "finishes", "close",      "closes",      "shut",      "shuts",   "open",      "opens",
        "meet",     "lunch",      "breakfast",   "dinner",    "tea",     "call",      "calls",
        "rang",     "come",       "comes",       "came",      "leave",   "leaves",    "arrive",
        "arrives",  "arrived",    "stop",        "stops",     "home",    "back",      "pick",
        "picks",    "collect",    "practice",    "training",  "club",    "every",     "night",
        "nights",   "tonight",    "tomorrow",    "today",     "morning", "evening",   "afternoon",
        "monday",   "tuesday",    "wednesday",   "thursday",  "friday",  "saturday",  "sunday",
        "mondays",  "tuesdays",   "wednesdays",  "thursdays", "fridays", "saturdays", "sundays",
        "review",   "conference", "appointment", "contact",   "session", "bus",       "train",
        "tablets",  "meds",       "medicine",    "curfew",    "there",   "from",      "work",
        "live",     "lives",      "living",      "lived",     "stay",    "stays",     "staying",
        "stayed",   "we're",      "number",      "no",        "flat",    "house",     "match",
        "kick",     "off",        "class",       "lesson",    "school",  "shift",     "clock",
        "time",     "half",       "quarter",     "past",      "dark",    "light",     "eat",
        "eats",     "bedtime",    "sleep",       "asleep"};
    for (int k = p - 1; k >= 0 && k >= p - 3 && m_t.isType(k, Type::Word); --k) {
        for (const char* w : kDay) {
            if (wordIsEntry(k, w)) {
                return true;
            }
        }
    }
    const int n = end + 1;
    if (!m_t.valid(n) || !m_t.isType(n, Type::Word)) {
        return false;
    }
    return m_t[n].has(Token::Capitalised) || (roles(n) & Lexicon::Unit) || wordIs(n, "different") ||
           wordIs(n, "other");
}

/** "at" (token p) before a number gives an age after what happens at an age: having a child
 *  ("had me at 16", "pregnant at 15"), leaving school, home or care, going into care. After
 *  anything else "at 7" is a time. */
bool UkIdentifiers::atAgeBefore(int p) const
{
    const int k = p - 1;
    if (wordIs(k, "pregnant")) {
        return true;
    }
    // "kicked out at 17", "came to us at 14"
    if ((wordIs(k, "out") && (wordIs(k - 1, "kicked") || wordIs(k - 1, "thrown") ||
                              wordIs(k - 1, "chucked") || wordIs(k - 1, "booted"))) ||
        (wordIs(k, "us") && wordIs(k - 1, "to") &&
         (wordIs(k - 2, "came") || wordIs(k - 2, "come") || wordIs(k - 2, "moved")))) {
        return true;
    }
    if (wordIs(k - 1, "had") && (wordIs(k, "me") || wordIs(k, "him") || wordIs(k, "her") ||
                                 wordIs(k, "us") || wordIs(k, "them"))) {
        return true;
    }
    const bool leaving = wordIs(k - 1, "left") || wordIs(k - 1, "leave") ||
                         wordIs(k - 1, "leaving") || wordIs(k - 1, "leaves");
    if (leaving && (wordIs(k, "school") || wordIs(k, "home") || wordIs(k, "care"))) {
        return true;
    }
    return wordIs(k, "care") && (wordIs(k - 1, "into") || wordIs(k - 1, "in"));
}

/** The comma at p follows a person: a capitalised name ("im Tyrese,") or a word for a person
 *  ("a young mum,", "my brother,"), so a number between commas after it is their age. */
bool UkIdentifiers::personBeforeComma(int p) const
{
    const int k = p - 1;
    if (!m_t.isType(k, Type::Word)) {
        return false;
    }
    static const char* const kDays[] = {"monday", "tuesday",  "wednesday", "thursday",
                                        "friday", "saturday", "sunday"};
    for (const char* d : kDays) {
        if (wordIsEntry(k, d)) {
            return false; // "on Monday, 12, we went": a date
        }
    }
    if (m_t[k].has(Token::Capitalised) && !m_t[k].has(Token::SentenceStart) &&
        !(roles(k) & (Lexicon::Function | Lexicon::Month))) {
        return true;
    }
    static const char* const kPeople[] = {
        "mum",    "dad",   "girl",   "boy",   "lad",  "son",  "daughter", "mother",
        "father", "carer", "leaver", "twins", "kids", "boys", "girls",    "children"};
    for (const char* w : kPeople) {
        if (wordIsEntry(k, w)) {
            return true;
        }
    }
    // "sisters, 15 and 12": a family word in the plural
    const QStringView s = m_t.str(k);
    if (s.size() > 3 && (s.back() == u's' || s.back() == u'S') &&
        (Lexicon::instance().roles(s.chopped(1)) & Lexicon::Relation)) {
        return true;
    }
    return (roles(k) & Lexicon::Relation) != 0;
}

bool UkIdentifiers::relationIsBefore(int p) const
{
    // A family word with "'s" (is) or, as children write it, a bare "s": "sister's",
    // "brothers". Only after an age filler ("only", "just"), so "my brothers 6 mates" is no age.
    if (!m_t.isType(p, Type::Word)) {
        return false;
    }
    const QStringView s = m_t.str(p);
    const Lexicon& lex = Lexicon::instance();
    if (s.size() > 2 && (s.endsWith(u"'s") || s.endsWith(u"\u2019s"))) {
        return lex.roles(s.chopped(2)) & Lexicon::Relation;
    }
    return s.size() > 3 && (s.back() == u's' || s.back() == u'S') &&
           (lex.roles(s.chopped(1)) & Lexicon::Relation);
}

int UkIdentifiers::yearFirstDateEnd(int k) const
{
    // "2010-06-15", "2010/6/15": a date written year first runs on to its day.
    const char16_t sep = m_t.punct(k + 1, u'-') ? u'-' : u'/';
    if (m_t.joined(k + 1) && m_t.punct(k + 1, sep) && m_t.joined(k + 2) &&
        m_t.isType(k + 2, Type::Number) && m_t[k + 2].length <= 2 && m_t.joined(k + 3) &&
        m_t.punct(k + 3, sep) && m_t.joined(k + 4) && m_t.isType(k + 4, Type::Number) &&
        m_t[k + 4].length <= 2) {
        return k + 4;
    }
    return k;
}

/** Arabic "في" (in, on), tested by its two letters: this runs for every birth word. */
bool UkIdentifiers::arabicInAt(int k) const
{
    if (!m_t.valid(k) || m_t[k].length != 2) {
        return false;
    }
    const QStringView w = m_t.str(k);
    return w[0].unicode() == 0x0641 && w[1].unicode() == 0x064A;
}

UkIdentifiers::Match UkIdentifiers::birthDateAt(int i) const
{
    if (!(roles(i) & Lexicon::BirthCue)) {
        return {};
    }
    int first = i + 1;
    // "born on", "my birthday is on", "dob:", "fy mhen-blwydd yw", "ar ddydd ..."
    for (int skipped = 0; skipped < 3 && m_t.valid(first); ++skipped) {
        const bool filler = wordIs(first, "is") || wordIs(first, "was") || wordIs(first, "on") ||
                            wordIs(first, "in") || wordIs(first, "yw") || wordIs(first, "ar") ||
                            wordIs(first, "ydy") || wordIs(first, "fi") || wordIs(first, "its") ||
                            // Welsh puts the owner after it: "fy mhen-blwydd i", "ei ben-blwydd o"
                            wordIs(first, "i") || wordIs(first, "hi") || wordIs(first, "o") ||
                            wordIs(first, "fo") || wordIs(first, "e") || wordIs(first, "fe") ||
                            wordIs(first, "it's") || arabicInAt(first) || m_t.punct(first, u':') ||
                            m_t.punct(first, u'=') || m_t.punct(first, u'-');
        if (!filler) {
            break;
        }
        ++first;
    }
    // "born in 09", "born in '09": a year in two digits, only right after "born in".
    if (wordIs(i, "born") && first > i + 1 && wordIs(first - 1, "in")) {
        const int k = m_t.punct(first, u'\'') && m_t.joined(first + 1) ? first + 1 : first;
        // Not an address: "born in 10 downing street".
        const bool address =
            (roles(k + 1) & Lexicon::PlaceWord) || (roles(k + 2) & Lexicon::PlaceWord);
        if (m_t.isType(k, Type::Number) && m_t[k].length == 2 &&
            !(m_t.valid(k + 1) && m_t.joined(k + 1)) && !address) {
            return tokens(first, k, PiiKind::BirthDate);
        }
    }
    // "my birthday is christmas eve", "born on boxing day": a day of the year by its name
    // says the day and month of a birth, as "21st feb" does; with a year it is the whole date.
    if (const int dayEnd = namedDayEnd(first); dayEnd >= 0) {
        for (int k = dayEnd + 1; k <= dayEnd + 2 && m_t.valid(k); ++k) {
            if (m_t.isType(k, Type::Number) && m_t[k].length == 4) {
                return tokens(first, k, PiiKind::BirthDate);
            }
        }
        return tokens(first, dayEnd, PiiKind::Date);
    }
    // The year ends it, within a few words: nothing past a full stop or a comma.
    for (int k = first; k < first + 8 && m_t.valid(k); ++k) {
        const Token& t = m_t[k];
        if (const int yearEnd = yearInWordsEnd(k); yearEnd >= 0) {
            return tokens(first, yearEnd, PiiKind::BirthDate);
        }
        if (t.type == Type::Number && t.length == 4) {
            const int year = toInt(m_t.str(k));
            if (year >= 1900 && year <= 2099) {
                return tokens(first, yearFirstDateEnd(k), PiiKind::BirthDate);
            }
            return {};
        }
        const bool inNumber = m_t.punct(k, u'.') && m_t.joined(k) && m_t.joined(k + 1) &&
                              m_t.isType(k + 1, Type::Number); // "04.06.2015"
        if (t.type == Type::Punct && !m_t.punct(k, u'/') && !m_t.punct(k, u'-') &&
            !m_t.punct(k, u'\'') && !inNumber) {
            return {};
        }
        if (t.type == Type::Word && (roles(k) & (Lexicon::Pronoun | Lexicon::SpeechVerb))) {
            return {};
        }
    }
    return {};
}

int UkIdentifiers::namedDayEnd(int k) const
{
    // "christmas day", "christmas eve", "boxing day", "new years day", "new year's eve",
    // "valentines day", "bonfire night", "halloween": the last token, or -1.
    if (wordIs(k, "halloween") || wordIs(k, "hallowe'en")) {
        return k;
    }
    if (const int welsh = welshNamedDayEnd(k); welsh >= 0) {
        return welsh;
    }
    int j = k;
    if (wordIs(j, "new") &&
        (wordIs(j + 1, "years") || wordIs(j + 1, "year's") || wordIs(j + 1, "year"))) {
        ++j;
    } else if (!(wordIs(j, "christmas") || wordIs(j, "xmas") || wordIs(j, "boxing") ||
                 wordIs(j, "valentines") || wordIs(j, "valentine's") || wordIs(j, "bonfire"))) {
        return -1;
    }
    if (wordIs(j + 1, "day") || wordIs(j + 1, "eve") || wordIs(j + 1, "night")) {
        return j + 1;
    }
    return -1;
}

int UkIdentifiers::welshNamedDayEnd(int k) const
{
    // "Dydd Calan", "Ddydd Nadolig", "Dydd San Steffan", "Dydd Gŵyl Dewi", "Nos Galan",
    // "Noswyl Nadolig", "Santes Dwynwen": New Year's Day, Christmas Day, Boxing Day, St
    // David's Day, New Year's Eve, Christmas Eve, the Welsh Valentine's.
    const auto feast = [this](int j) {
        const QStringView w = m_t.isType(j, Type::Word) ? m_t.str(j) : QStringView();
        return w.compare(u"g\u0175yl", Qt::CaseInsensitive) == 0 || wordIs(j, "gwyl");
    };
    if (wordIs(k, "santes") && wordIs(k + 1, "dwynwen")) {
        return k + 1;
    }
    if (wordIs(k, "nos") || wordIs(k, "noswyl")) {
        return wordIs(k + 1, "galan") || wordIs(k + 1, "nadolig") ? k + 1 : -1;
    }
    if (!(wordIs(k, "dydd") || wordIs(k, "ddydd"))) {
        return -1;
    }
    if (wordIs(k + 1, "calan") || wordIs(k + 1, "nadolig")) {
        return k + 1;
    }
    if ((wordIs(k + 1, "san") && wordIs(k + 2, "steffan")) ||
        (feast(k + 1) && m_t.isType(k + 2, Type::Word))) {
        return k + 2;
    }
    return -1;
}

int UkIdentifiers::yearInWordsEnd(int k) const
{
    // "two thousand and nine", "two thousand nine", "two thousand", "twenty ten",
    // "twenty twelve", "twenty twenty": a year of birth written out.
    const Lexicon& lex = Lexicon::instance();
    auto value = [&](int j) {
        return m_t.isType(j, Type::Word) && m_t.oneSpace(j) ? lex.numberValue(m_t.str(j)) : -1;
    };
    if (!m_t.isType(k, Type::Word)) {
        return -1;
    }
    if (wordIs(k, "two") && wordIs(k + 1, "thousand") && m_t.oneSpace(k + 1)) {
        int end = k + 1;
        int next = end + 1;
        if (wordIs(next, "and") && m_t.oneSpace(next)) {
            ++next;
        }
        if (const int v = value(next); v >= 1 && v <= 99) {
            end = next;
            if (v >= 20 && v % 10 == 0 && value(next + 1) >= 1 && value(next + 1) <= 9) {
                ++end; // "two thousand and twenty one"
            }
        }
        return end;
    }
    if (wordIs(k, "twenty") && value(k + 1) >= 10 && value(k + 1) <= 29) {
        return k + 1;
    }
    return -1;
}

UkIdentifiers::Match UkIdentifiers::dottedHandleAt(int i) const
{
    // i starts a word or alnum token; a handle joins three or more tokens with '.' or '_'.
    // Quoted ("his Snapchat name is 'kidd.rae'"), it follows its opening mark.
    const bool quoted = m_t.punct(i - 1, u'\'') || m_t.punct(i - 1, u'"') ||
                        m_t.punct(i - 1, u'(') || m_t.punct(i - 1, u'\u2018') ||
                        m_t.punct(i - 1, u'\u201c');
    if (!m_t.valid(i) || m_t[i].type == Type::Punct || (m_t.joined(i) && !quoted)) {
        return {};
    }
    int last = i;
    int separators = 0;
    int longParts = m_t[i].length >= 2 && m_t[i].type != Type::Number;
    while (m_t.valid(last + 2) && m_t.joined(last + 1) && m_t.joined(last + 2) &&
           (m_t.punct(last + 1, u'.') || m_t.punct(last + 1, u'_')) &&
           m_t[last + 2].type != Type::Punct) {
        last += 2;
        ++separators;
        longParts += m_t[last].length >= 2 && m_t[last].type != Type::Number;
    }
    // "lils_" / "kacper.w_" / "valleysgyal__": trailing underscores belong to the handle.
    if (m_t.punct(last + 1, u'_') && m_t.joined(last + 1)) {
        ++separators;
        while (m_t.punct(last + 1, u'_') && m_t.joined(last + 1)) {
            ++last;
        }
    }
    // An e-mail address is onlineAt's, also where more of its local part follows the dotted
    // words ("s.ahmed-2@student.ac.uk").
    for (int k = last + 1; m_t.valid(k) && m_t.joined(k); ++k) {
        if (m_t.punct(k, u'@')) {
            return {};
        }
    }
    // One dot between two words is a full stop without a space ("home.Then"), unless the
    // second part is short, has digits, or an underscore joins them.
    if (separators == 0 || longParts == 0) {
        return {};
    }
    if (separators == 1 && !m_t.punct(i + 1, u'_')) {
        const Token& second = m_t[i + 2];
        const bool handleLike =
            second.type != Type::Word || second.length <= 2 || !second.has(Token::Capitalised);
        if (!handleLike ||
            (second.type == Type::Word && second.length > 2 && m_t[i].type == Type::Word &&
             m_t[i].length > 2 && (roles(i + 2) & Lexicon::Function))) {
            return {};
        }
    }
    return tokens(i, last, PiiKind::Handle);
}

} // namespace chorus
