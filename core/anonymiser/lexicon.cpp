#include "lexicon.h"

#include "gazetteer.h"
#include "homelanguage.h"

#include <QString>
#include <QStringList>

#include <bit>
#include <cstring>

namespace chorus {

namespace {

void addAll(WordTable& t, const char* words, std::uint32_t role)
{
    for (const QString& w : QString::fromLatin1(words).split(u' ', Qt::SkipEmptyParts)) {
        t.add(w, role);
    }
}

} // namespace

Lexicon::Lexicon()
{
    // Counties and regions, and the nations themselves (isRegion); any "...shire" besides.
    addAll(m_regions,
           "essex suffolk norfolk dorset somerset cumbria sussex surrey cornwall devon kent "
           "northumberland merseyside teesside tyneside gwynedd powys ceredigion anglesey gower "
           "wales england scotland",
           1);
    // The first words of Welsh streets' names, as NameFinder's Welsh street pass reads them;
    // those that are ordinary words too ("Bryn Awel", "Tan y Bryn") only when capitalised.
    addAll(m_cues, "heol stryd ffordd clos cilgant rhodfa rhes lon maes teras", WelshStreet);
    m_cues.add(QStringLiteral("l\u00f4n"), WelshStreet);
    addAll(m_cues, "cae coed cwrt llys min tan trem bryn bro parc plas pant glan dol",
           WelshStreetCapitalised);
    addAll(m_cues, "pupil", ReferralUnit);
    addAll(m_cues, "raf", ForcesBase);
    addAll(m_cues, "university uni attend attends attended attending", CollegeCue);
    m_cues.add(QStringView(u"\u0641\u064A"), ArabicIn);
    addAll(m_roles,
           "brother bro sister sis mum mam mom mummy mommy mother dad daddy father nan nana "
           "nanna nanny gran granny grandma grandmother grandad granddad grandpa grandfather "
           "aunt auntie aunty uncle cousin niece nephew son daughter husband wife partner "
           "boyfriend girlfriend bf gf friend friends mate mates bestie bff stepdad stepmum "
           "step-dad step-mum stepbrother stepsister half-brother half-sister carer carers "
           "worker keyworker teacher advocate visitor supervisor therapist counsellor mentor "
           "coach pa iro senco tutor twin eldest youngest oldest grandson granddaughter ex "
           "neighbour manager boss baby mother-in-law "
           // Scots, Irish and Northern Irish family words; people who help by their job
           "granda grandda mammy assistant interpreter translator roommate flatmate "
           "housemate godmother godfather "
           "father-in-law nurse officer lady man guy boy girl kid child sibling siblings "
           "sw pa iro advocate mentor carers foster-carer link-worker caseworker "
           // Welsh: ffrind (friend), brawd/mrawd (brother), chwaer (sister), athro/athrawes
           // (teacher), gweithiwr (worker), cefnder/cyfnither (cousins), anti, yncl, mab
           // (son), ferch (daughter, after "ei"; "merch" is also English "merch"). Not "fab",
           // "mab" after "ei": children's English "a fab day" would make the day a name.
           "ffrind ffrindiau brawd mrawd frawd chwaer athro athrawes gweithiwr cefnder "
           "cyfnither anti yncl mab ferch "
           // ... and their nasal mutation after "fy" (my): "fy nghefnder", "fy nghyfnither"
           "nghefnder nghyfnither "
           // Welsh grandparents: nain/taid (north), mamgu/dadcu (south)
           "nain taid mamgu mam-gu dadcu tad-cu",
           Relation);
    // Arabic: friend (m/f), my brother, my sister, my cousin (paternal/maternal), my teacher.
    for (const char16_t* w :
         {u"\u0635\u062F\u064A\u0642\u064A", u"\u0635\u062F\u064A\u0642\u062A\u064A",
          u"\u0623\u062E\u064A", u"\u0623\u062E\u062A\u064A", u"\u0627\u0628\u0646",
          u"\u0628\u0646\u062A", u"\u0645\u0639\u0644\u0645\u064A",
          u"\u0645\u0639\u0644\u0645\u062A\u064A", u"\u0623\u062E\u0648\u064A",
          u"\u0635\u0627\u062D\u0628\u064A"}) {
        m_roles.add(QStringView(w), Relation);
    }
    // Arabic: my name is, his name, her name.
    for (const char16_t* w : {u"\u0627\u0633\u0645\u064A", u"\u0627\u0633\u0645\u0647",
                              u"\u0627\u0633\u0645\u0647\u0627"}) {
        m_roles.add(QStringView(w), Called);
    }
    addAll(m_roles,
           "dog dogs cat cats hamster rabbit bunny puppy kitten pet guinea-pig pig "
           "tortoise parrot budgie fish snake lizard horse pony ci gath gi",
           Pet);
    addAll(m_roles,
           "born birthday birthdays bday b-day b'day dob pen-blwydd mhen-blwydd "
           "phen-blwydd ben-blwydd ngeni geni eni penblwydd mhenblwydd phenblwydd benblwydd ganwyd",
           BirthCue);
    // Arabic: "I was born", "born (in)", "my birthday" ("عيد ميلادي", the second word).
    for (const char16_t* w : {u"\u0648\u0644\u062F\u062A", u"\u0645\u0648\u0627\u0644\u064A\u062F",
                              u"\u0645\u064A\u0644\u0627\u062F\u064A"}) {
        m_roles.add(QStringView(w), BirthCue);
    }
    addAll(m_roles, "thank thanks thankyou thanku thx ta cheers diolch", Thanks);
    addAll(
        m_roles,
        "ysgol coleg goleg ngholeg choleg st saint cardinal bishop archbishop sant sixth the house "
        "lodge cottage hafan ty ygg yg sir blessed our santes gwyl",
        SchoolHomeCue);
    m_roles.add(QStringView(u"t\u0177"), SchoolHomeCue);   // "tŷ", Welsh for house
    m_roles.add(QStringView(u"g\u0175yl"), SchoolHomeCue); // "gŵyl", feast (feastDayPass)
    addAll(m_roles,
           // "syr": Welsh pupils' "sir" for a teacher ("mae Syr yn flin")
           "mr mrs miss ms mx dr prof syr auntie aunty aunt uncle nana nanny nan grandma grandad "
           "granny grandpa gran cousin sister brother "
           // Family words of the communities the service hears, before a name ("babcia
           // Krystyna", "nani Shamim", "ayeeyo Faadumo", "mamó Bríd")
           "babcia dziadek ciocia wujek nani dadi khala phuppo chacha mamu ayeeyo awoowe "
           "eedo abti mamo daideo teta sittu "
           // and of Spanish, Portuguese, Italian, Greek, Romanian, German and Turkish homes
           // ("my abuela sends me videos"): family words, never a name themselves
           "abuela abuelo abuelita abuelito avo avozinha vovo nonna nonno yiayia pappou bunica "
           "bunicul oma opa babaanne anneanne dede",
           Title);
    m_roles.add(QStringView(u"mam\u00f3"), Title); // Irish "mamó" (granny)
    addAll(m_roles,
           "teacher teachers gcse gcses levels excluded expelled lessons class detention uniform "
           "ysgol sixth pupils head headteacher timetable exams",
           SchoolTalk);
    addAll(m_roles, "called named nicknamed enw", Called);
    addAll(m_roles,
           "said says told tells asked asks shouted shouts yelled screamed texted texts messaged "
           "rang phoned calls laughed cried cries hit hits kicked kicks pushed punched hugged "
           "helped helps took takes came comes went goes lives lived wants wanted likes liked "
           "loves loved hates hated gets keeps kept made makes gave gives thinks thought knows "
           "knew does taught teaches broke plays played stole sticks sits sleeps bites brings "
           "brought explained explains noticed promised reads won looks looked works worked "
           "started stays stayed moved visited visits picked picks drove drives smiled "
           "listens listened understands understood misses missed wrote writes sent sends "
           "shares shared cares cared fought fights swore swears does did owes owed pushes bullies "
           "annoys translated translates interpreted",
           SpeechVerb);
    addAll(m_roles,
           "with saw see seen seeing told tell ask asked love miss missed met meet visit "
           "visited visiting text texted phone phoned ring rang hug hugged help helped thank "
           "thanks hi hey hello dear bye except including",
           PersonBefore);
    addAll(m_roles,
           "minute minutes mins min hour hours hrs hr second seconds secs day days week weeks "
           "month months pound pounds quid p pence percent times time o'clock am pm mile miles "
           "km metre metres meter meters foot feet ft inch inches cm mm kg stone st grams points "
           "goals out of kids children people more less other others degrees",
           Unit);
    addAll(m_roles,
           "january february march april may june july august september october november "
           "december jan feb mar apr jun jul aug sep sept oct nov dec",
           Month);
    addAll(m_roles, "i he she they we you who i'm i've i'd i'll im ive", Pronoun);
    addAll(m_roles,
           "the a an at in on to from my our his her their your and of for with by me it is "
           "was i we you he she they this that these those but or so if when then because "
           "cos not no yes all some any every there here what who where why how up down "
           "out over into near about after before",
           Function);
    addAll(m_roles,
           "school primary academy college nursery infants infant juniors junior grammar "
           "secondary high pru comp comprehensive utc collegiate campus preschool pre-school",
           SchoolWord);
    addAll(m_roles,
           "road rd street avenue ave lane close drive grove court crescent way place gardens "
           "terrace walk rise row square mews estate house surgery hospital centre center "
           "hall view parade green lodge prison infirmary hospice barracks",
           PlaceWord);
    addAll(m_roles,
           "live lives lived living stay stays stayed staying moved move moving moves "
           "placement placed born raised grew home house flat byw fyw "
           // Welsh "symud" (move) and its past forms: I, you, he/she, we, you, they moved
           "symud symudais symudes symudaist symudest symudodd symudon symudom symudoch "
           "symudson",
           PlaceVerb);
    // Welsh "yn / yng / ym" (in, with the nasal mutation after them) and "i" (to).
    addAll(m_roles, "in at near to from round around on by yn yng ym", PlacePrep);
    // With the case-management systems whose record numbers families quote: Mosaic, LCS
    // (Liquidlogic's children's system), WCCIS (Wales's), CareFirst.
    // The Home Office's UCI (unique client identifier), a police CAD (incident log) number and
    // a court's case number, as families and workers quote them; a police occurrence number.
    addAll(m_roles,
           "ref reference case crime incident claim file client mosaic mos id upn uln cin "
           "referral lcs liquidlogic wccis carefirst uci cad court occurrence",
           RefTrigger);
    addAll(m_roles,
           "number no num is was on the letter my our it its it's of as reference ref id : "
           "# - said says quote quoted for",
           RefFiller);
    addAll(m_roles,
           "snap snapchat sc insta instagram ig tiktok twitter discord xbox psn gamertag "
           "username handle youtube twitch roblox steam facebook fb tag account user",
           Platform);
    addAll(m_roles,
           "am i'm im is was be turned turning turns turn aged age are were been he's she's "
           "who's whos they're you're it's",
           AgeVerb);
    addAll(m_roles, "nearly almost only just now about like already still", AgeFiller);
    addAll(m_roles,
           "best little big older younger old new foster step half baby twin real birth "
           "biological favourite social key youth support family ex lovely wee first host",
           Modifier);
    addAll(m_roles, "flat apartment unit no number", FlatWord);
    addAll(m_roles, "the a an this that last next every each some our", Determiner);

    const char* units[] = {"zero",    "one",     "two",       "three",    "four",
                           "five",    "six",     "seven",     "eight",    "nine",
                           "ten",     "eleven",  "twelve",    "thirteen", "fourteen",
                           "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
    for (int v = 0; v < 20; ++v) {
        m_numbers.add(QString::fromLatin1(units[v]), std::uint32_t(v + 1));
        m_roles.add(QString::fromLatin1(units[v]), NumberWord);
    }
    // Welsh numbers a child gives an age in, with their mutated forms ("ddeg" after "ar",
    // "bymtheg"; "bedair", "ddwy" after "yn"): "dw i'n un ar ddeg", "rwy'n naw oed".
    const std::pair<const char*, int> welsh[] = {
        {"un", 1},
        {"dau", 2},
        {"dwy", 2},
        {"tri", 3},
        {"tair", 3},
        {"pedwar", 4},
        {"pedair", 4},
        {"pump", 5},
        {"chwech", 6},
        {"saith", 7},
        {"wyth", 8},
        {"naw", 9},
        {"deg", 10},
        {"ddeg", 10},
        {"deuddeg", 12},
        {"pymtheg", 15},
        {"bymtheg", 15},
        {"deunaw", 18},
        {"ugain", 20},
        // Soft mutations after "yn" ("rwy'n bedair ar ddeg", "mae hi'n ddwy oed")
        {"ddau", 2},
        {"ddwy", 2},
        {"dri", 3},
        {"dair", 3},
        {"bedwar", 4},
        {"bedair", 4},
        {"bump", 5},
        {"ddeuddeg", 12},
        {"ddeunaw", 18}};
    for (const auto& [w, v] : welsh) {
        m_welshNumbers.add(QString::fromLatin1(w), std::uint32_t(v + 1));
        m_roles.add(QString::fromLatin1(w), WelshNumber);
    }
    const char* tens[] = {"twenty", "thirty",  "forty",  "fifty",
                          "sixty",  "seventy", "eighty", "ninety"};
    for (int t = 0; t < 8; ++t) {
        const QString w = QString::fromLatin1(tens[t]);
        m_numbers.add(w, std::uint32_t((t + 2) * 10 + 1));
        m_roles.add(w, NumberWord);
        for (int v = 1; v < 10; ++v) {
            const QString compound = w + u'-' + QString::fromLatin1(units[v]);
            m_numbers.add(compound, std::uint32_t((t + 2) * 10 + v + 1));
            m_roles.add(compound, NumberWord);
        }
    }
}

const Lexicon& Lexicon::instance()
{
    static const Lexicon lexicon;
    return lexicon;
}

int Lexicon::numberValue(QStringView word) const
{
    return int(m_numbers.value(word)) - 1;
}

bool Lexicon::isRegion(QStringView word, std::uint32_t hash) const
{
    if (word.size() > 6 && WordTable::fold(word.back().unicode()) == u'e' &&
        word.endsWith(u"shire", Qt::CaseInsensitive)) {
        return true;
    }
    return m_regions.value(word, hash) != 0;
}

int Lexicon::welshNumberValue(QStringView word) const
{
    return int(m_welshNumbers.value(word)) - 1;
}

void TokenFacts::compute(const TokenizedText& t, const Gazetteer* gazetteer)
{
    const Lexicon& lex = Lexicon::instance();
    const std::size_t n = std::size_t(t.size());
    // Sized, not cleared: the loop writes every token's entry once.
    roles.resize(n);
    flags.resize(n);
    stemHashes.resize(n);
    stemLengths.resize(n);
    keys.resize(n);
    allRoles = 0;
    allFlags = 0;
    allCues = 0;
    const std::uint64_t serial = gazetteer ? gazetteer->serial() : 0;
    if (m_remembered.empty() || m_rememberedFor != serial) {
        m_remembered.assign(kRemembered, Remembered{});
        m_rememberedFor = serial;
    }
    for (int i = 0; i < t.size(); ++i) {
        if (t[i].type != Token::Type::Word) {
            roles[std::size_t(i)] = 0;
            flags[std::size_t(i)] = 0;
            stemHashes[std::size_t(i)] = 0;
            stemLengths[std::size_t(i)] = t[i].length;
            keys[std::size_t(i)] = tokenKey(t.str(i));
            continue;
        }
        const QStringView word = t.str(i);
        // Fold and hash a short ASCII word once, and look for it among those seen lately.
        // Zero-padded, so that a slot's key compares at one fixed length (two loads, no call).
        char folded[kRememberedChars] = {};
        std::uint32_t hash = 2166136261u; // as WordTable::hashOf
        bool ascii = word.size() <= kRememberedChars;
        for (qsizetype k = 0; ascii && k < word.size(); ++k) {
            const char16_t c = WordTable::fold(word[k].unicode());
            ascii = c < 0x80;
            folded[k] = char(c);
            hash = (hash ^ c) * 16777619u;
        }
        // The key (tokenKey) from the folded letters: the first seven above the length.
        if constexpr (std::endian::native == std::endian::little) {
            if (ascii) {
                std::uint64_t head = 0;
                std::memcpy(&head, folded, sizeof head);
                keys[std::size_t(i)] = (head << 8) | std::uint64_t(word.size());
            } else {
                keys[std::size_t(i)] = tokenKey(word);
            }
        } else {
            keys[std::size_t(i)] = tokenKey(word);
        }
        Remembered* slot = nullptr;
        if (ascii) {
            slot = &m_remembered[hash & (kRemembered - 1)];
            if (slot->length == word.size() && slot->hash == hash &&
                std::memcmp(slot->key, folded, sizeof folded) == 0) {
                roles[std::size_t(i)] = slot->roles;
                allRoles |= slot->roles;
                flags[std::size_t(i)] = slot->flags;
                allFlags |= slot->flags;
                stemHashes[std::size_t(i)] = slot->stemHash;
                stemLengths[std::size_t(i)] = slot->stemLength;
                allCues |= slot->cues;
                continue;
            }
        } else {
            hash = WordTable::hashOf(word);
        }
        const QStringView stem = t.stem(i);
        stemLengths[std::size_t(i)] = std::int32_t(stem.size());
        const std::uint32_t stemHash = stem.size() == word.size() ? hash : WordTable::hashOf(stem);
        const std::uint32_t r = lex.roles(word, hash);
        roles[std::size_t(i)] = r;
        allRoles |= r;
        stemHashes[std::size_t(i)] = stemHash;
        // Function words, pronouns and the like are never names: skip the big table for them.
        std::uint32_t f = 0;
        if (gazetteer && !(r & Lexicon::kNeverNames)) {
            f = gazetteer->flags(stem, stemHash);
        }
        flags[std::size_t(i)] = f;
        allFlags |= f;
        const bool years = homelanguage::yearsFilter.mayContain(stemHash) &&
                           homelanguage::isYearsWord(stem, stemHash);
        const bool shortUnlisted = r == 0 && f == 0 && word.size() >= 3 && word.size() <= 5;
        const std::uint8_t cues =
            std::uint8_t(lex.cues(word, hash) | (years ? Lexicon::YearsWord : 0) |
                         (shortUnlisted ? Lexicon::ShortUnlisted : 0));
        allCues |= cues;
        if (slot) {
            slot->cues = cues;
            slot->hash = hash;
            slot->roles = r;
            slot->flags = f;
            slot->stemHash = stemHash;
            slot->length = std::uint8_t(word.size());
            slot->stemLength = std::uint8_t(stem.size());
            std::memcpy(slot->key, folded, sizeof folded);
        }
    }
}

} // namespace chorus
