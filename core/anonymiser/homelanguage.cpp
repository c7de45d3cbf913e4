#include "homelanguage.h"

#include "wordtable.h"

#include <QList>

#include <vector>

#include <utility>

namespace chorus::homelanguage {

namespace {

/** Adds each space-separated word of words with the same value. */
void addAll(WordTable& table, const char* words, std::uint32_t value)
{
    const QString all = QString::fromUtf8(words);
    for (const QStringView w : QStringView(all).split(u' ', Qt::SkipEmptyParts)) {
        table.add(w, value);
    }
}

WordTable buildWords()
{
    WordTable t;
    auto add = [&t](const char* words, Word kind) { addAll(t, words, std::uint32_t(kind)); };
    // The years: Polish (with "rok" for one), Romanian (not "an", one year, as English has it
    // after a number: "3 an hour"), Portuguese, Spanish (and as typed without "ñ"), French,
    // Italian, Lithuanian, German, Dutch, Urdu/Hindi/Punjabi, Bengali, Somali, Kurdish and
    // Farsi, Tigrinya and Amharic in Latin letters, Arabic.
    add("lat lata rok roku ani anos ano años año anyos ans anni anno metų metu "
        "metai metus metukai metukus jahre jahr jaar saal saala sal sala salê salî sali bochor "
        "bochhor bosor "
        "sano amet ametey ametu amete barsa barsha barsh sanawat sanin sneen taon rokiv roky rokiw "
        "rik let godini "
        // Romani, Farsi with its long vowel marked, Levantine and Maltese Arabic, Pashto,
        // Sorani Kurdish, Slovak, Tigrinya in its own script ("ዓመት", "ዓመተይ")
        "berš bers bersh sāla sālam sāl snin sane sana kaala kalan kala kalana sale rokov "
        // Gujarati and Hindi: "dus varas", "10 varsh"
        "varas varsh varsha "
        "\u12D3\u1218\u1275 \u12D3\u1218\u1270\u12ED "
        "\u0440\u043E\u043A\u0456\u0432 "
        "\u0440\u043E\u043A\u0438 \u0440\u0456\u043A \u0433\u043E\u0434\u0438\u043D\u0438 "
        "\u0433\u043E\u0434\u0438\u043D\u0430 "
        "\u0633\u0646\u0629 \u0633\u0646\u0648\u0627\u062A \u0633\u0646\u064A\u0646",
        Word::Years);
    // Albanian, Turkish, Vietnamese, Somali: the unit says "years old" itself.
    // Tamil "vayasu" (age) after the number: "naan 14 vayasu".
    add("vjeç vjec vjeçe vjece yaşında yaşındayım yaşındaydı yaşındaki yasinda yasindayim "
        "yasindaydi yasindaki tuổi tuoi jir vayasu vayathu vayadhu vayassu vayas éves eves",
        Word::YearsOld);
    // Polish "13-letni", "5-latek": the age as an adjective or a noun; "ma 3 latka" is how a
    // parent says a small child's years.
    add("letni letnia letnie letniej letniego letnią letnim latek latka", Word::AgeSuffix);
    // Having or being an age: Polish, Romanian, Portuguese, Spanish, French, Italian,
    // Lithuanian (a person in the dative: "man 14 metų"), German, Dutch, Somali.
    add("mam ma masz mają maja mamy miał miała miałem miałam mial miala mialem mialam skończył "
        "skończyła skończyłem skończyłam skonczyl skonczyla skonczylem skonczylam kończy konczy "
        "skończy skonczy będzie bedzie "
        "am are ai au avea aveam aveai împlinit implinit împlinește implineste împlinesc "
        "implinesc făcut facut face fac "
        "tenho tem tens temos tinha fiz fez faz faço faco completou completei completa fazer "
        "tengo tiene tienes tenía tenia cumplí cumpli cumple cumplió cumplio cumplir "
        "j'ai ai a as avait "
        "ho ha hai aveva compie compio "
        "man jam jai mano turi turiu turėjo turejo "
        "bin ist bist ben "
        "ahay yahay tahay jiraa jira jirtaa jirta "
        // Lithuanian "esu" (am), "yra" (is); "I" in Tigrinya and Arabic in Latin letters
        // ("ana 13 amet", "ane 9 amet"), Kurdish ("ez 12 salî"): the speaker's own age.
        "esu yra ana ane ez "
        // Pashto "zə", "za" (I): "zə 16 kaala yam"; Bengali "ami" (I); Kurdish "ewe" (he, she)
        "zə zë za ami ewe "
        // Ukrainian in Latin and Cyrillic letters: "to (my) son, daughter, him, her, me" ("Synovi
        // 10 rokiv", "йому 8 років"); Bulgarian "на" ("е на 7 години")
        "synovi donci dontsi yomu yiy meni \u0439\u043E\u043C\u0443 \u0457\u0439 "
        "\u043C\u0435\u043D\u0456 \u043D\u0430 "
        "\u0639\u0646\u062F\u064A \u0639\u0646\u062F\u0647 \u0639\u0646\u062F\u0647\u0627",
        Word::AgeVerb);
    // "Age" before the number: Urdu/Hindi/Punjabi, Bengali, Kurdish and Farsi, Arabic ("my,
    // his, her age").
    add("umar umr umer umur umra umri boyosh boyos boyoshe bayas temen temenê temene "
        // Arabic in Latin letters, as typed with "3" for "ع": "3omri 10"
        "omri 3omri 3umri 3amri omry 3mri "
        "\u0639\u0645\u0631\u064A \u0639\u0645\u0631\u0647 \u0639\u0645\u0631\u0647\u0627 "
        // with "و" (and) written onto it: "وعمري ١٣ سنة"
        "\u0648\u0639\u0645\u0631\u064A \u0648\u0639\u0645\u0631\u0647 "
        "\u0648\u0639\u0645\u0631\u0647\u0627",
        Word::AgeNoun);
    add("już juz prawie dopiero tylko ponad deja doar aproape numai abia já ja quase só so "
        "apenas ya casi solo sólo déjà deja presque seulement già gia quasi jau beveik tik "
        "schon fast erst nur "
        // Polish "po" (each): "mają po 8 lat", they are 8 each (twins)
        "po",
        Word::Filler);
    // "my brother of 5 years": Romanian, Portuguese, Spanish.
    add("fratele frate fratelui fratior fratiorul frățiorul sora surioara surioră sorei băiatul "
        "baiatul băiat baiat fata fetita fetița fiica fiul copilul copil bebelușul bebelusul "
        "irmão irmao irmã irma irmãozinho irmaozinho irmãzinha irmazinha filho filha menino "
        "menina bebê bebe bebé hermano hermana hermanito hermanita hijo hija niño nino niña nina",
        Word::Person);
    add("de", Word::Of);
    // Urdu and Punjabi "of" after the years: "5 saal ka hai" (is five years old).
    add("ka ki ke kaa kay di da ko", Word::Genitive); // Nepali "das barsa ko"
    add("meu mea mei mele minha meus mi mis", Word::Mine);
    // After the years, a length of time: Polish "temu" (ago), Romanian "în urmă" (by "urmă"),
    // Portuguese and Spanish "atrás", Urdu "pehle", "se", "tak", "baad" (before, since, for,
    // after).
    add("temu urmă urma atrás atras pehle pahle se tak baad", Word::Ago);
    add("alt alte alter oud", Word::Old);
    // Shona "makore" (years, before the number: "ndine makore 14"), Twi "mfe", "mfeɛ", Oromo
    // "waggaa", Yoruba "ọdún".
    add("makore wemakore mfe mfeɛ mfee waggaa ọdún odun", Word::YearsBefore);
    return t;
}

WordTable buildNumbers()
{
    WordTable t;
    // Polish, Romanian, Portuguese, Spanish and Lithuanian numbers a child gives an age in, with
    // and without their accents (children type both) and Romanian's spoken teens ("paișpe").
    const std::pair<const char*, int> numbers[] = {
        {"jeden jedna un unu um uma uno vieneri", 1},
        {"dwa dwie doi două doua dois duas dos dveji", 2},
        {"trzy trei três tres treji", 3},
        {"cztery patru quatro cuatro ketveri", 4},
        {"pięć piec cinci cinco penkeri", 5},
        {"sześć szesc șase şase sase seis šešeri seseri", 6},
        {"siedem șapte şapte sapte sete siete septyneri", 7},
        {"osiem opt oito ocho aštuoneri astuoneri", 8},
        {"dziewięć dziewiec nouă noua nove nueve devyneri", 9},
        {"dziesięć dziesiec zece dez diez dešimt desimt", 10},
        {"jedenaście jedenascie unsprezece unșpe unspe onze once vienuolika", 11},
        {"dwanaście dwanascie doisprezece douăsprezece douasprezece doișpe doispe doze doce "
         "dvylika",
         12},
        {"trzynaście trzynascie treisprezece treișpe treispe treze trece trylika", 13},
        {"czternaście czternascie paisprezece patrusprezece paișpe paispe catorze quatorze "
         "catorce keturiolika",
         14},
        {"piętnaście pietnascie cincisprezece cincișpe cincispe quinze quince penkiolika", 15},
        {"szesnaście szesnascie șaisprezece şaisprezece saisprezece șaișpe saispe dezesseis "
         "dezasseis dieciséis dieciseis šešiolika sesiolika",
         16},
        {"siedemnaście siedemnascie șaptesprezece saptesprezece șaptișpe saptispe dezessete "
         "dezassete diecisiete septyniolika",
         17},
        {"osiemnaście osiemnascie optsprezece optișpe optispe dezoito dieciocho aštuoniolika "
         "astuoniolika",
         18},
        {"dziewiętnaście dziewietnascie nouăsprezece nouasprezece nouășpe nouaspe dezenove "
         "dezanove diecinueve devyniolika",
         19},
        {"dwadzieścia dwadziescia douăzeci douazeci vinte veinte dvidešimt dvidesimt", 20},
    };
    // Urdu, Hindi and Punjabi; Bengali; Kurdish; Farsi and Dari; Arabic and Albanian, as
    // children write them in Latin letters. Only read before a word for years ("aath saal ki",
    // "aat bochor", "deh salî"), so "do" (two) and "das" (ten) are no English words there;
    // "at", "no", "se", "on" and "sat" are left out all the same.
    const std::pair<const char*, int> moreNumbers[] = {
        {"ek ekta yek wahid nje një", 1},
        {"dui du dy itnein ithnain", 2},
        {"teen tin tre talata thalatha", 3},
        {"char chaar çar chahar arba katër kater", 4},
        {"paanch panch pach pênc penc panj khamsa pesë pese", 5},
        {"chhe chay choy chhoy şeş shesh sitta gjashtë gjashte", 6},
        {"saat shat heft haft saba shtatë shtate", 7},
        {"aath aat heşt hest hasht tamanya tetë tete", 8},
        {"nau noy neh noh tisa nëntë nente", 9},
        {"das dosh deh dah ashra ashara dhjetë dhjete", 10},
        {"gyarah gyara egaro yazdeh yazdah hidashar", 11},
        {"barah bara baro dazdeh duwazdeh davazdah itnashar", 12},
        {"terah tera tero sêzdeh sezdeh sizdah talatashar", 13},
        {"chaudah chauda choddo çardeh cardeh chahardah arbatashar", 14},
        {"pandrah pandra ponero pazdeh panzdeh panzdah khamastashar", 15},
        {"solah sola sholo şazdeh sazdeh shanzdah sittashar", 16},
        {"satrah satra shotero sotero hevdeh hefdah sabatashar", 17},
        {"atharah athara atharo hejdeh hejdah tamantashar", 18},
    };
    for (const auto& [words, value] : moreNumbers) {
        addAll(t, words, std::uint32_t(value + 1));
    }
    for (const auto& [words, value] : numbers) {
        addAll(t, words, std::uint32_t(value + 1));
    }
    return t;
}

WordTable buildHomeVerbs()
{
    WordTable t;
    // I, we, he or she live(d); we, I, they moved: Polish, Romanian, Portuguese, Spanish,
    // Albanian. Romanian "ne-am mutat" and Polish "przeprowadziliśmy się" end on the verb
    // ("mutat") or take "się" before the preposition.
    addAll(t,
           "mieszkam mieszkamy mieszka mieszkają mieszkaja mieszkałem mieszkałam mieszkalem "
           "mieszkalam mieszkaliśmy mieszkalismy przeprowadziliśmy przeprowadzilismy "
           "przeprowadziłam przeprowadzilam przeprowadziłem przeprowadzilem przeprowadzili "
           "przenieśli przeniesli "
           "locuiesc locuim locuiește locuieste locuiau locuiam stau stăm stam mutat mutăm mutam "
           "moro moramos mora moram morava morávamos moravamos mudamos mudámos mudei mudaram "
           "vivo vivimos vive viven vivía vivia mudé mude mudaron "
           "jetoj jetojmë jetojme jeton jetonim transferuam "
           // Vietnamese "sống" (live), "chuyển" (move): "chúng tôi sống ở Deptford"
           "sống chuyển",
           1);
    return t;
}

/** isLivingVerbNearPlace()'s words, folded. Curated from general knowledge of the languages. */
const WordTable& livingVerbsNearPlace()
{
    static const WordTable table = [] {
        WordTable t;
        addAll(t,
               // Somali: I live, we live, he lives, living
               "noolahay noolnahay nool noolyahay deggen degan "
               // Shona: we, I, he or she, they live
               "tinogara ndinogara anogara vanogara "
               // Bengali (Sylheti): I live, lives, we live
               "thaki thake thakina thakchi "
               // Urdu, Hindi, Punjabi: live(s)
               "rehta rehti rehte rehtay rehnda rehndi rehnde rehndey rahta rahti rahte "
               // Farsi and Dari: life (zendegi mikonam, I live), as Urdu speakers spell it too
               "zendegi zendagi zindagi "
               // Arabic in Latin letters: living (m., f., pl.), "3ayesh" with 3 for ain
               "sakin saken sakna sakne saknin sakneen 3ayesh 3aysha 3ayshe ayesh "
               // Pashto: I live, we live
               "osegam osedam osegu "
               // Kurdish (Kurmanji): I, we, they live
               "dijîm dijim dijin dijî "
               // Turkish: I live, we live, we stay
               "yaşıyorum yasiyorum yaşıyoruz yasiyoruz oturuyoruz oturuyorum "
               // Lithuanian, Ukrainian and Russian
               "gyvenu gyvename живу живемо живе живём живем",
               1);
        return t;
    }();
    return table;
}

const WordTable& homeVerbs()
{
    static const WordTable table = buildHomeVerbs();
    return table;
}

/** The cues of nameCueLength(), one a line, words folded as WordTable folds them. Curated
 *  from general knowledge of the languages; with and without accents, as children type both. */
constexpr const char* kNameCues =
    // Urdu, Hindi, Punjabi, Gujarati, Nepali, Bengali (my, his or her name)
    "mera naam|mera nam|meri naam|mera naa|mero naam|mero nam|maru naam|mara naam|amar naam|"
    "amar nam|uska naam|uski naam|unka naam|iska naam|tar naam|"
    // Romanian (I am called, my name is, he or she is called)
    "ma numesc|mă numesc|numele meu este|numele meu e|ma cheama|mă cheamă|il cheama|îl cheamă|"
    "o cheama|o cheamă|se numeste|se numește|"
    // Polish
    "nazywam się|nazywam sie|mam na imię|mam na imie|ma na imię|ma na imie|nazywa się|nazywa sie|"
    // Kurdish (Kurmanji, Sorani)
    "navê min|nave min|navê wî|nave wi|navê wê|nave we|nawm|nawim|"
    // Arabic in Latin letters
    "ismi|esmi|ismee|esmee|ismaha|esmaha|"
    // Somali
    "magacaygu waa|magacayga waa|magacaygu|magacayga|magaciisu waa|magaceedu waa|"
    // Tigrinya and Amharic in Latin letters
    "shemey|shimey|smey|sem'ey|sime|"
    // Turkish
    "benim adım|benim adim|adım|adim|onun adı|onun adi|"
    // Portuguese, Spanish, Italian, French, German
    "meu nome é|meu nome e|chamo-me|me chamo|se chama|chama-se|me llamo|mi nombre es|se llama|"
    "mi chiamo|si chiama|je m'appelle|m'appelle|s'appelle|mon nom est|ich heiße|ich heisse|"
    // Lithuanian, Albanian, Bulgarian, Hungarian, Czech and Slovak, Ukrainian and Russian
    "mano vardas|mano vardas yra|jo vardas|jos vardas|quhem|quhet|emri im|emri im është|"
    "emri im eshte|kazvam se|kazva se|a nevem|jmenuji se|jmenuju se|volám sa|volam sa|"
    "mene zvaty|menya zovut|mene zvut|"
    // Vietnamese, Tagalog, Chinese in pinyin
    "tên em là|tên tôi là|tên con là|tên mình là|tên cháu là|ten em la|ten toi la|ten con la|"
    "em tên là|pangalan ko ay|pangalan ko|ako si|wo jiao|wǒ jiào|"
    // Yoruba, Igbo, Hausa, Twi, Shona, Swahili
    "orúkọ mi ni|oruko mi ni|orukọ mi ni|aha m bụ|aha m bu|sunana|me din de|zita rangu ndi|"
    "ndinonzi|jina langu ni|naitwa|"
    // Farsi and Dari, Pashto, Tamil, Malayalam
    "esme man|esmam|nam-e man|naam-e man|zama num|zma num|en peyar|ente peru";

/** The cues as folded words, with a table from each cue's last word to the cues it ends. */
struct NameCues
{
    std::vector<std::vector<QString>> cues;
    WordTable byLastWord; ///< value: 1 + index into endings
    std::vector<std::vector<int>> endings;
    HashFilter anyWord;
};

NameCues buildNameCues()
{
    NameCues c;
    const QString all = QString::fromUtf8(kNameCues);
    for (const QStringView cue : QStringView(all).split(u'|', Qt::SkipEmptyParts)) {
        std::vector<QString> folded;
        for (const QStringView w : cue.split(u' ', Qt::SkipEmptyParts)) {
            QString f = WordTable::folded(w);
            c.anyWord.add(WordTable::hashOf(f));
            folded.push_back(std::move(f));
        }
        std::uint32_t slot = c.byLastWord.value(folded.back());
        if (slot == 0) {
            c.endings.emplace_back();
            slot = std::uint32_t(c.endings.size());
            c.byLastWord.add(folded.back(), slot);
        }
        c.endings[slot - 1].push_back(int(c.cues.size()));
        c.cues.push_back(std::move(folded));
    }
    return c;
}

const NameCues& nameCues()
{
    static const NameCues cues = buildNameCues();
    return cues;
}

const WordTable& words()
{
    static const WordTable table = buildWords();
    return table;
}

const WordTable& numbers()
{
    static const WordTable table = buildNumbers();
    return table;
}

bool yearsKind(Word kind)
{
    return kind == Word::Years || kind == Word::YearsOld || kind == Word::AgeSuffix ||
           kind == Word::Of || kind == Word::YearsBefore;
}

HashFilter buildYearsFilter()
{
    HashFilter filter;
    words().forEach([&filter](QStringView word, std::uint32_t value) {
        if (yearsKind(Word(value))) {
            filter.add(WordTable::hashOf(word));
        }
    });
    return filter;
}

HashFilter buildHomeVerbFilter()
{
    HashFilter filter;
    homeVerbs().forEach(
        [&filter](QStringView word, std::uint32_t) { filter.add(WordTable::hashOf(word)); });
    return filter;
}

} // namespace

const HashFilter yearsFilter = buildYearsFilter();
const HashFilter homeVerbFilter = buildHomeVerbFilter();
const HashFilter nameCueFilter = nameCues().anyWord;

bool isYearsWord(QStringView word, std::uint32_t hash)
{
    return yearsKind(wordOf(word, hash));
}

bool isPersonWord(QStringView word)
{
    // Urdu, Hindi and Punjabi; Bengali; Polish; Romanian; Portuguese and Spanish; Italian;
    // French; German; Lithuanian; Albanian; Turkish; Kurdish; Somali; Swahili; Arabic, Tigrinya
    // and Amharic in Latin letters. With the possessives each takes after it ("sora mea").
    // The words for parents and grandparents are data/kin-words.txt's (Gazetteer::KinWord).
    static const WordTable table = [] {
        WordTable t;
        addAll(t,
               "behen bhen bahen behan bhai bhaiya bhaiyya beta beti didi baji apa api "
               "dost yaar saheli bon bhaiya "
               "siostra siostry siostrą siostrze brat brata bratem bratu kolega koleżanka "
               "kolezanka przyjaciel przyjaciółka przyjaciolka córka corka syn synek "
               "mama tata mamą tatą "
               "frate fratele fratelui sora sorei surioara prieten prietenul prietena prietenei "
               "fiica fiul verișoara verisoara vărul varul "
               "irmão irmao irmã irma amigo amiga primo prima tio tia filho filha "
               "hermano hermana hermanito hermanita hijo hija novio novia "
               "fratello sorella amico amica cugino cugina figlio figlia "
               "frère frere soeur sœur ami amie copain copine cousin cousine fils fille "
               "bruder schwester freund freundin cousine sohn tochter "
               "brolis brolio sesė sese sesuo draugas draugė drauge pusbrolis pusseserė "
               "vëllai vellai motra shoku shoqja "
               "kardeşim kardesim kardeş kardes abla abi ağabey arkadaşım arkadasim kuzenim "
               "birayê biraye bira xwişka xwiska xwişk hevalê hevale heval "
               "walaal walaashay walaalkay walaashey saaxiib saaxiibkay "
               "dada kaka rafiki bibi babu "
               "akhi akhoya okhti ukhti ikhti sahbi sahbti sadiqi habibi habibti "
               "hawey hawtey haftey arkey "
               // English and Welsh words for grandparents that the Lexicon leaves out, as the
               // subject of an age ("my gramps is 74")
               "gramps grampy bampi",
               1);
        return t;
    }();
    return table.contains(word);
}

Word wordOf(QStringView word, std::uint32_t hash)
{
    return Word(words().value(word, hash));
}

int numberValue(QStringView word, std::uint32_t hash)
{
    return int(numbers().value(word, hash)) - 1;
}

int nameCueLength(const std::function<QStringView(int)>& wordBefore)
{
    const NameCues& c = nameCues();
    const std::uint32_t slot = c.byLastWord.value(wordBefore(0));
    if (slot == 0) {
        return 0;
    }
    int longest = 0;
    for (const int index : c.endings[slot - 1]) {
        const std::vector<QString>& cue = c.cues[std::size_t(index)];
        const int n = int(cue.size());
        bool same = n > longest;
        for (int k = 1; same && k < n; ++k) {
            same = WordTable::sameFolded(wordBefore(k), cue[std::size_t(n - 1 - k)]);
        }
        if (same) {
            longest = n;
        }
    }
    return longest;
}

bool isHomeVerb(QStringView word)
{
    return homeVerbs().contains(word);
}

bool isLivingVerbNearPlace(QStringView word)
{
    return livingVerbsNearPlace().contains(word);
}

bool isHomePreposition(QStringView word)
{
    // "w", "we", "do" (Polish); "în", "in", "la" (Romanian); "em", "no", "na", "para", "pra"
    // (Portuguese); "en", "a" (Spanish); "në", "ne" (Albanian); "ở", "đến" (Vietnamese).
    // Letter by letter: this runs
    // before most capitalised words, and a string comparison per entry showed in the bench.
    const qsizetype n = word.size();
    if (n == 0 || n > 4) {
        return false;
    }
    char16_t c[4] = {};
    for (qsizetype k = 0; k < n; ++k) {
        c[k] = WordTable::fold(word[k].unicode());
    }
    switch (n) {
    case 1:
        return c[0] == u'w' || c[0] == u'a' || c[0] == u'\u1EDF'; // Vietnamese "ở" (in, at)
    case 2:
        switch (c[0]) {
        case u'w':
            return c[1] == u'e';
        case u'd':
            return c[1] == u'o';
        case u'i':
        case u'\u00EE':
            return c[1] == u'n';
        case u'l':
            return c[1] == u'a';
        case u'e':
            return c[1] == u'm' || c[1] == u'n';
        case u'n':
            return c[1] == u'\u00EB' || c[1] == u'e' || c[1] == u'o' || c[1] == u'a';
        default:
            return false;
        }
    case 3: // "pra"; Vietnamese "đến" (to)
        return (c[0] == u'p' && c[1] == u'r' && c[2] == u'a') ||
               (c[0] == u'\u0111' && c[1] == u'\u1EBF' && c[2] == u'n');
    default:
        return c[0] == u'p' && c[1] == u'a' && c[2] == u'r' && c[3] == u'a';
    }
}

} // namespace chorus::homelanguage
