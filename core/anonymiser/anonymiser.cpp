#include "anonymiser.h"

#include "gazetteer.h"
#include "lexicon.h"
#include "tokenizer.h"
#include "ukidentifiers.h"

#include <algorithm>

namespace chorus {

namespace {

/** Whether the place found at start is an address: it opens with a house number ("12
 *  Sycamore Avenue", "7B Priory Court") or a flat's ("Flat 2, 61 Victoria Road"). */
bool addressAt(QStringView text, qsizetype start)
{
    const QStringView rest = text.sliced(start);
    if (!rest.isEmpty() && rest.front().isDigit()) {
        return true;
    }
    for (const QStringView flat : {u"flat ", u"apartment ", u"unit ", u"fflat "}) {
        if (rest.size() > flat.size() && rest.startsWith(flat, Qt::CaseInsensitive) &&
            rest[flat.size()].isDigit()) {
            return true;
        }
    }
    return false;
}

} // namespace

Result<Anonymiser> Anonymiser::create(Config config)
{
    std::shared_ptr<const Gazetteer> gazetteer;
    if (config.useGazetteer) {
        gazetteer = config.gazetteer;
        if (!gazetteer) {
            auto builtIn = Gazetteer::builtIn();
            if (!builtIn) {
                return builtIn.error();
            }
            gazetteer = builtIn.value();
        }
    }
    return Anonymiser(std::move(config), std::move(gazetteer));
}

Anonymiser::Anonymiser(Config config, std::shared_ptr<const Gazetteer> gazetteer)
    : m_config(std::move(config)), m_gazetteer(std::move(gazetteer)),
      m_names(std::make_shared<const NameFinder>(m_config.sessionNames, m_gazetteer.get(),
                                                 m_config.useContextRules))
{}

namespace {

/** Whether number i is an age written straight after a name the name finder found, as
 *  practitioners list children: "Nathaniel 12, Esther 9", "Ethan, 8, has", "Tigist (15,
 *  Ethiopian)", "Kaya here. 16." The number closes its phrase; the value is ageOfPersonAt's. */
bool ageAfterNameAt(const TokenizedText& t, const std::vector<std::int8_t>& claims, int i)
{
    auto name = [&](int k) {
        return k >= 0 && claims[std::size_t(k)] == std::int8_t(PiiKind::Name);
    };
    const bool closes = !t.valid(i + 1) || t.punct(i + 1, u',') || t.punct(i + 1, u';') ||
                        t.punct(i + 1, u')') || t.punct(i + 1, u'.');
    // "Nathaniel 12, Esther 9", "Kai 9 and Aria 6."; the last of a list closes with its
    // sentence, after an age two tokens back ("..., Esther 9, Ruth 3.")
    const bool listed = (t.valid(i + 2) && equalsAscii(t.str(i + 1), "and") && name(i + 2)) ||
                        ((!t.valid(i + 1) || t.punct(i + 1, u'.')) && i >= 4 &&
                         claims[std::size_t(i - 3)] == std::int8_t(PiiKind::Age));
    if (name(i - 1) && t.oneSpace(i) &&
        (t.punct(i + 1, u',') || t.punct(i + 1, u';') || t.punct(i + 1, u')') || listed)) {
        return true;
    }
    if (name(i - 2) && (t.punct(i - 1, u',') || t.punct(i - 1, u'(')) &&
        (t.punct(i + 1, u',') || t.punct(i + 1, u';') || t.punct(i + 1, u')'))) {
        return true; // "Ethan, 8, has", "Tigist (15, Ethiopian"
    }
    // "Kaya here. 16.", "Cerys here, 15, living in": a young person introducing themself
    return name(i - 3) && equalsAscii(t.str(i - 2), "here") &&
           (t.punct(i - 1, u',') || t.punct(i - 1, u'.')) && closes;
}

} // namespace

Redaction Anonymiser::anonymise(QStringView text, const QString* owner) const
{
    // Scratch buffers per thread: no allocation per statement once warm.
    thread_local std::vector<Token> tokens;
    thread_local std::vector<std::int8_t> claims;
    thread_local std::vector<Finding> found;
    thread_local TokenFacts facts;
    Tokenizer::tokenize(text, tokens);
    const TokenizedText t(text, tokens);
    facts.compute(t, m_gazetteer.get());
    claims.assign(tokens.size(), -1);
    found.clear();
    // The loops below read these per token; through a thread's vectors each read is a lookup
    // of the vector first (anonymiser_bench, issue 17). None of them grows while in use.
    const Token* const token = tokens.data();
    std::int8_t* const claimOf = claims.data();
    const std::uint32_t* const roleOf = facts.roles.data();
    const PiiKindSet& kinds = m_config.kinds;
    const UkIdentifiers ids(t, m_gazetteer.get(), &facts);
    thread_local std::vector<int> ages; // the age of each Age finding, by index into found
    thread_local std::vector<std::size_t> order;
    thread_local std::vector<std::pair<int, int>> references; // token spans of those found
    ages.clear();
    references.clear();

    auto take = [&](const UkIdentifiers::Match& m) {
        if (!m || !kinds.contains(m.kind)) {
            return false;
        }
        for (int k = m.first; k <= m.last; ++k) {
            if (claimOf[k] >= 0) {
                return false;
            }
        }
        for (int k = m.first; k <= m.last; ++k) {
            claimOf[k] = std::int8_t(m.kind);
        }
        Finding f;
        f.kind = m.kind;
        f.reason = m.kind == PiiKind::Age || m.kind == PiiKind::BirthDate ? FindingReason::Context
                                                                          : FindingReason::Pattern;
        f.start = m.start;
        f.length = m.end - m.start;
        found.push_back(f);
        ages.push_back(m.age);
        if (m.kind == PiiKind::Reference) {
            references.emplace_back(m.first, m.last);
        }
        return true;
    };

    const int n = t.size();
    // Birth dates first: "born 12/05/2010" is a date of birth, not a date.
    if (kinds.contains(PiiKind::BirthDate) && (facts.allRoles & Lexicon::BirthCue)) {
        for (int i = 0; i < n; ++i) {
            if (roleOf[i] & Lexicon::BirthCue) {
                take(ids.birthDateAt(i));
            }
        }
    }
    // Addresses next: an e-mail's digits are no phone number.
    for (int i = 0; i < n; ++i) {
        // Only an '@', or a word followed by '.' or ':' ("www.", "x.com", "https:"), can start one.
        // The mark after first: most words have none, and "joined" (a comma after a word) is
        // as often true as not, which a processor cannot guess.
        const char16_t after = t.mark(i + 1);
        const bool candidate =
            t.punct(i, u'@') ||
            ((token[i].type == Token::Type::Word || token[i].type == Token::Type::Alnum) &&
             (after == u'.' || after == u':' || after == u'_') && t.joined(i + 1));
        if (candidate && claimOf[i] < 0 && !take(ids.onlineAt(i)) &&
            (after == u'.' || after == u'_')) {
            take(ids.dottedHandleAt(i));
        }
    }
    // Whether an age can start at a token left unclaimed here: a number, a code such as
    // "14yrs", or a long hyphenated word ("nine-and-a-half"). A token this loop leaves is
    // claimed later only by a reference, so the age loop below may skip a statement without.
    bool ageShape = false;
    for (int i = 0; i < n; ++i) {
        if (claimOf[i] >= 0) {
            continue;
        }
        const Token& tok = token[i];
        ageShape = ageShape || tok.type == Token::Type::Number || tok.type == Token::Type::Alnum ||
                   (tok.has(Token::Hyphen) && tok.length >= 10);
        if (tok.type == Token::Type::Number ||
            // Of punctuation only "+44 ..." and "(0161) ..." start one of these.
            t.punct(i, u'+') || t.punct(i, u'(')) {
            if (take(ids.dateAt(i)) || take(ids.phoneAt(i)) || take(ids.nhsAt(i))) {
                continue;
            }
        } else if (tok.type != Token::Type::Punct) {
            const std::uint32_t roles = roleOf[i];
            // Welsh ordinals in words ("ar y degfed o Ebrill"): before "o", or "ar" then "o".
            auto welshOrdinalAt = [&] {
                return tok.type == Token::Type::Word && !roles &&
                       (t.isType(i + 1, Token::Type::Word) && token[i + 1].length <= 2) &&
                       (t.str(i + 1) == u"o" || t.str(i + 1) == u"ar");
            };
            // Most words leave here, at tests the ones below would come to one by one: a word
            // of more than three letters, not in capitals, of none of the roles below and no
            // reference trigger's shape starts none of these unless it is a Welsh ordinal.
            constexpr std::uint32_t kStartRoles =
                Lexicon::Month | Lexicon::Determiner | Lexicon::Platform | Lexicon::RefTrigger;
            if (tok.type == Token::Type::Word && tok.length > 3 && !(roles & kStartRoles) &&
                !tok.has(Token::AllUpper) &&
                !UkIdentifiers::mayBeMoreRefTrigger(text[tok.start].unicode(), tok.length) &&
                !welshOrdinalAt()) {
                continue;
            }
            const bool welshOrdinal = welshOrdinalAt();
            const bool numberNext =
                t.isType(i + 1, Token::Type::Number) || t.isType(i + 1, Token::Type::Alnum);
            const bool dateStart = tok.type == Token::Type::Alnum || (roles & Lexicon::Month) ||
                                   ((roles & Lexicon::Determiner) && numberNext) || welshOrdinal;
            // Cheap shape tests first: most words cannot start any of these. A two-letter
            // word starts an NI number only before its digits ("AB 12 ...", "AB-12...").
            const bool niShape =
                (tok.type == Token::Type::Word && tok.length == 2 &&
                 (t.isType(i + 1, Token::Type::Number) ||
                  (t.punct(i + 1, u'-') && t.isType(i + 2, Token::Type::Number)))) ||
                (tok.type == Token::Type::Alnum && tok.length >= 8);
            // A word ("GIR 0AA") starts a postcode only before its inward code.
            const bool postcodeShape = tok.type == Token::Type::Alnum ||
                                       (tok.type == Token::Type::Word && tok.length == 3 &&
                                        t.isType(i + 1, Token::Type::Alnum));
            if ((niShape && take(ids.niAt(i))) || (postcodeShape && take(ids.postcodeAt(i))) ||
                (dateStart && take(ids.dateAt(i))) ||
                (((roles & Lexicon::Platform) ||
                  (tok.type == Token::Type::Alnum && tok.length == 3 && ids.consoleAt(i))) &&
                 take(ids.platformHandleAt(i)))) {
                continue;
            }
            // The Lexicon's triggers, capitals, and the few it leaves out ("rhif", "cyfeirnod",
            // "uan": UkIdentifiers::moreRefTrigger, which reads the length first).
            if (tok.type == Token::Type::Word && !(roles & Lexicon::RefTrigger) &&
                !tok.has(Token::AllUpper) &&
                !(UkIdentifiers::mayBeMoreRefTrigger(text[tok.start].unicode(), tok.length) &&
                  ids.moreRefTrigger(i))) {
                continue;
            }
        }
        take(ids.referenceAt(i));
    }
    // "ref 2291-LAC-07 is my daughter's, and my son's is 2291-LAC-08": another reference of
    // the shape of one just found, where only the first had its trigger word.
    for (std::size_t r = 0; r < references.size(); ++r) { // only filled when references are on
        const auto [first, last] = references[r];
        const Token& head = token[first];
        for (int i = 0; i < n; ++i) {
            // Its first token's type and length first: most tokens leave here.
            const Token& tok = token[i];
            if (claimOf[i] < 0 && tok.type == head.type && tok.length == head.length) {
                take(ids.sameShapeReferenceAt(i, first, last));
            }
        }
    }
    const bool ageLoopRan =
        kinds.contains(PiiKind::Age) &&
        (ageShape || (facts.allRoles & (Lexicon::NumberWord | Lexicon::WelshNumber)) ||
         (facts.allCues & Lexicon::YearsWord));
    if (ageLoopRan) {
        // "mam 13 lat", "7-letni", "douăzeci de ani": an age in another home language hangs
        // on its word for years, one or two tokens after the number; most statements have
        // none (Lexicon::YearsWord).
        const bool yearsWords = facts.allCues & Lexicon::YearsWord;
        for (int i = 0; i < n; ++i) {
            const Token& tok = token[i];
            if (yearsWords && claimOf[i] < 0 &&
                (tok.type == Token::Type::Number || tok.type == Token::Type::Word) &&
                take(ids.homeLanguageAgeAt(i))) {
                continue; // before ageAt takes "13"
            }
            if (claimOf[i] < 0 &&
                (tok.type == Token::Type::Number || tok.type == Token::Type::Alnum ||
                 (roleOf[i] & (Lexicon::NumberWord | Lexicon::WelshNumber)) ||
                 // "nine-and-a-half": a number word hyphenated to its fraction
                 (tok.has(Token::Hyphen) && tok.length >= 10))) {
                take(ids.ageAt(i));
            }
        }
    }
    const std::size_t firstName = found.size();
    if (kinds.contains(PiiKind::Name) || kinds.contains(PiiKind::School) ||
        kinds.contains(PiiKind::Place)) {
        m_names->find(t, facts, claims, found);
        // Kinds switched off are found (so they shadow nothing else) but left in the text.
        auto off = [&](const Finding& f) { return !kinds.contains(f.kind); };
        found.erase(std::remove_if(found.begin() + std::ptrdiff_t(firstName), found.end(), off),
                    found.end());
    }
    ages.resize(found.size(), -1);
    // Once the names are known, where an age could start: "remi is 5", "my sis ayesha-noor
    // is 19" (a name the age rules cannot tell from a word, in lower case, in the wide name
    // list only, or hyphenated, is a subject once the name finder has found it); "Rhianna
    // (15) missing", "(Kaitlyn, 9)", "my brother (15)" (an age in brackets after a person).
    if (ageLoopRan) {
        const bool namesFound = found.size() > firstName;
        for (int i = 1; i < n; ++i) {
            if (token[i].type != Token::Type::Number || claimOf[i] >= 0) {
                continue;
            }
            const bool afterName = i >= 2 && claimOf[i - 2] == std::int8_t(PiiKind::Name);
            if (namesFound && afterName &&
                (equalsAscii(t.str(i - 1), "is") || equalsAscii(t.str(i - 1), "was"))) {
                take(ids.ageAt(i, i - 2));
            } else if (namesFound && ageAfterNameAt(t, claims, i) && take(ids.ageOfPersonAt(i))) {
                continue;
            } else if (t.punct(i + 1, u')') || (t.punct(i - 1, u'(') && t.punct(i + 1, u','))) {
                // "(Gordon Pritchard, 72)": a name between the bracket and the comma
                bool nameInside = false;
                if (t.punct(i - 1, u',')) {
                    for (int k = i - 2; k >= 1 && k >= i - 4 && !t.punct(k, u'('); --k) {
                        nameInside = nameInside || claimOf[k] == std::int8_t(PiiKind::Name);
                    }
                }
                take(ids.bracketedAgeAt(i, afterName, nameInside));
            }
        }
    }

    if (ageLoopRan) {
        // "i'm 16 but the home office says 19": an age given to the child by someone else
        const bool ageFound = std::any_of(found.begin(), found.end(),
                                          [](const Finding& f) { return f.kind == PiiKind::Age; });
        for (int i = 1; i < n; ++i) {
            if (token[i].type == Token::Type::Number && claimOf[i] < 0 && token[i].length == 2 &&
                token[i - 1].type == Token::Type::Word) {
                take(ids.assessedAgeAt(i, ageFound));
            }
        }
    }

    order.resize(found.size());
    for (std::size_t k = 0; k < order.size(); ++k) {
        order[k] = k;
    }
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return found[a].start < found[b].start; });

    Redaction r;
    if (order.empty()) {
        r.text = owner ? *owner : text.toString();
        return r;
    }
    r.text.reserve(text.size() + 16);
    r.findings.reserve(qsizetype(order.size()));
    qsizetype pos = 0;
    for (std::size_t oi = 0; oi < order.size(); ++oi) {
        Finding f = found[order[oi]];
        const int age = ages[order[oi]];
        if (f.start < pos) {
            continue; // overlaps one already written
        }
        // "Abi Okafor", "Steven Marsh": one placeholder for a whole name.
        while (oi + 1 < order.size()) {
            const Finding& next = found[order[oi + 1]];
            if (next.kind != f.kind || (f.kind != PiiKind::Name && f.kind != PiiKind::Place &&
                                        f.kind != PiiKind::School)) {
                break;
            }
            const QStringView between = text.mid(f.end(), next.start - f.end());
            // "12 Sycamore Avenue, Kidderminster": an address's street and town are one place.
            // Only after a house or flat number: "lived in Leeds, Bradford and Hull" keeps its
            // three places, which tell a reader how often a child moved.
            const bool addressTown = f.kind == PiiKind::Place && between.trimmed() == u"," &&
                                     between.size() <= 3 && addressAt(text, f.start);
            if (!addressTown &&
                (between.isEmpty() || between.trimmed().size() != 0 || between.size() > 2)) {
                break;
            }
            f.length = next.end() - f.start;
            ++oi;
        }
        r.text.append(text.mid(pos, f.start - pos));
        const QString& placeholder = f.kind == PiiKind::Age && age >= 0
                                         ? ageBandToken(ageBandFor(age))
                                         : placeholderToken(f.kind);
        f.outputStart = r.text.size();
        f.outputLength = placeholder.size();
        r.text.append(placeholder);
        r.findings.append(f);
        pos = f.end();
    }
    r.text.append(text.mid(pos));
    return r;
}

Result<QList<SessionName>> Anonymiser::parseSessionNames(QStringView text)
{
    QList<SessionName> names;
    int lineNo = 0;
    for (QStringView line : text.split(u'\n')) {
        ++lineNo;
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(u'#')) {
            continue;
        }
        SessionName n;
        if (const qsizetype tab = line.indexOf(u'\t'); tab >= 0) {
            const QStringView kind = line.first(tab).trimmed();
            if (!piiKindFromId(kind, &n.kind) ||
                (n.kind != PiiKind::Name && n.kind != PiiKind::School &&
                 n.kind != PiiKind::Place)) {
                return makeError(Error::Code::Invalid,
                                 QStringLiteral("line %1: the kind must be name, school or "
                                                "place")
                                     .arg(lineNo));
            }
            line = line.sliced(tab + 1).trimmed();
        }
        if (line.isEmpty()) {
            return makeError(Error::Code::Invalid,
                             QStringLiteral("line %1: the entry is empty").arg(lineNo));
        }
        n.text = line.toString();
        names.append(n);
    }
    return names;
}

} // namespace chorus
