// Build-time generator of the anonymiser's gazetteer (see ../GAZETTEER.md). It joins the name
// source, the English word list and the three curated lists into one "word<TAB>flags" file that
// the build embeds as a resource. Deterministic: the same inputs give the same bytes.

#include "../gazetteer.h"

#include <QCoreApplication>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QStringList>
#include <QTextStream>

#include <cstdio>

namespace {

using chorus::Gazetteer;

QStringList readLines(const QString& path, bool* ok)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
        std::fprintf(stderr, "gazetteergen: cannot read %s: %s\n", qPrintable(path),
                     qPrintable(f.errorString()));
        *ok = false;
        return {};
    }
    return QString::fromUtf8(f.readAll()).split(u'\n');
}

/** Words of a curated list: whitespace-separated, '#' to the end of a line is a comment. */
QStringList curatedWords(const QString& path, bool* ok)
{
    QStringList words;
    for (QString line : readLines(path, ok)) {
        line = line.section(u'#', 0, 0);
        words += line.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    }
    return words;
}

/** The word without accents ("Siân" -> "Sian", "Łukasz" -> "Lukasz"), and Arabic without the
 *  hamza on its alif ("أحمد" -> "احمد"): children often type names without them. */
QString plainLetters(const QString& w)
{
    QString out;
    for (QChar c : w.normalized(QString::NormalizationForm_D)) {
        if (c.category() == QChar::Mark_NonSpacing) {
            continue;
        }
        switch (c.unicode()) {
        case 0x0141: // Ł
            out.append(u'L');
            break;
        case 0x0142: // ł
            out.append(u'l');
            break;
        case 0x0623: // أ
        case 0x0625: // إ
        case 0x0622: // آ
            out.append(QChar(0x0627));
            break;
        default:
            out.append(c);
        }
    }
    return out.normalized(QString::NormalizationForm_C);
}

/** A Welsh word with its soft, nasal and aspirate mutations ("Caerdydd", "Gaerdydd",
 *  "Nghaerdydd", "Chaerdydd"): place names change after "yng", "i", "o" and "a". */
QStringList welshMutations(const QString& w)
{
    QStringList forms{w};
    const QString lower = w.toLower();
    struct Rule
    {
        const char* radical;
        std::initializer_list<const char*> mutated;
    };
    static const Rule rules[] = {
        {"ll", {"l"}},
        {"rh", {"r"}},
        {"c", {"g", "ngh", "ch"}},
        {"p", {"b", "mh", "ph"}},
        {"t", {"d", "nh", "th"}},
        {"g", {"", "ng"}},
        {"b", {"f", "m"}},
        {"d", {"dd", "n"}},
        {"m", {"f"}},
    };
    for (const Rule& r : rules) {
        const QString radical = QString::fromLatin1(r.radical);
        if (!lower.startsWith(radical)) {
            continue;
        }
        for (const char* m : r.mutated) {
            forms.append(QString::fromLatin1(m) + lower.mid(radical.size()));
        }
        break;
    }
    return forms;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QMap<QString, QString> opt;
    const QStringList args = app.arguments().mid(1);
    for (qsizetype i = 0; i + 1 < args.size(); i += 2) {
        opt.insert(args[i], args[i + 1]);
    }
    for (const char* need :
         {"--names", "--words", "--context-only", "--name-first", "--not-names", "--out"}) {
        if (!opt.contains(QLatin1String(need))) {
            std::fprintf(
                stderr,
                "usage: gazetteergen --names FILE --words FILE --context-only FILE "
                "--name-first FILE --not-names FILE --out FILE [--report FILE] "
                "[--source TEXT] [--community-names FILE] [--late-names FILE] "
                "[--kin-words FILE] [--places FILE] [--uk-places FILE] [--world-places FILE] "
                "[--late-world-places FILE] [--late-uk-places FILE] "
                "[--keep-words FILE] [--home-words FILE] [--wide-names FILE]\n");
            return 2;
        }
    }

    bool ok = true;
    QMap<QString, std::uint32_t> flags; // folded word -> flags; QMap keeps the output sorted
    auto fold = [](QString w) {
        w.replace(QChar(0x2019), u'\'');
        return w.toLower();
    };

    // The English word list: lower-case entries are ordinary words, capitalised ones proper
    // nouns. Possessive forms ("Leeds's") add nothing and are skipped.
    for (const QString& raw : readLines(opt["--words"], &ok)) {
        const QString w = raw.trimmed();
        if (w.isEmpty() || w.endsWith(QLatin1String("'s"))) {
            continue;
        }
        flags[fold(w)] |= w.front().isUpper() ? Gazetteer::Proper : Gazetteer::Word;
    }
    // The name source. Entries with a space are phrases, and apostrophes other than the Irish
    // O'/D' prefixes mark contractions ("I'm", "We'll") that the source lists by mistake.
    static const QRegularExpression irish(QStringLiteral("^[A-Z]'[A-Z]"));
    qsizetype sourceNames = 0;
    for (const QString& raw : readLines(opt["--names"], &ok)) {
        const QString w = raw.trimmed();
        if (w.isEmpty() || w.startsWith(u'#') || w.contains(u' ') ||
            (w.contains(u'\'') && !irish.match(w).hasMatch())) {
            continue;
        }
        flags[fold(w)] |= Gazetteer::Name;
        ++sourceNames;
    }
    // The wide name list (humannames: ~197,000 first names and surnames from censuses and social
    // media, of every community): weaker evidence than the name source, as it also lists many
    // ordinary words ("the", "more"). Only entries that no other list knows count: a word in the
    // English or Welsh lists stays a word. Entries of fewer than three letters or with other
    // characters than letters, hyphens and apostrophes are left out.
    qsizetype wideNames = 0;
    if (opt.contains("--wide-names")) {
        static const QRegularExpression nameShape(QStringLiteral("^[\\p{L}][\\p{L}'-]*[\\p{L}]$"));
        for (const QString& raw : readLines(opt["--wide-names"], &ok)) {
            const QString w = raw.trimmed();
            if (w.size() < 3 || !nameShape.match(w).hasMatch()) {
                continue;
            }
            flags[fold(w)] |= Gazetteer::WideName;
            ++wideNames;
        }
    }
    // The project's lists (issue 17): names of the UK's communities, with and without their
    // accents; places with their Welsh mutations; words a child means and a reader needs.
    if (opt.contains("--community-names")) {
        for (const QString& w : curatedWords(opt["--community-names"], &ok)) {
            flags[fold(w)] |= Gazetteer::Name | Gazetteer::Curated;
            flags[fold(plainLetters(w))] |= Gazetteer::Name | Gazetteer::Curated;
        }
    }
    // Welsh words in lower case ("hoff", "darren") that the name source lists as names: in a
    // Welsh statement they are ordinary words. Only those are kept, to keep the table (and the
    // anonymiser's lookups) small: the 350,000 forms of the Welsh list would quadruple it. The
    // Welsh words a child writes most are in keep-words.txt. Capitalised entries are names and
    // places, which the lists above decide.
    if (opt.contains("--welsh-words")) {
        qsizetype welsh = 0;
        for (const QString& raw : readLines(opt["--welsh-words"], &ok)) {
            const QString w = raw.trimmed();
            if (w.size() < 2 || !w.front().isLower() || w.contains(u'\'')) {
                continue;
            }
            ++welsh;
            if (auto it = flags.find(fold(w));
                it != flags.end() && (*it & (Gazetteer::Name | Gazetteer::WideName))) {
                *it |= Gazetteer::WelshWord;
            }
        }
        if (ok && welsh < 1000) {
            std::fprintf(stderr, "gazetteergen: the Welsh word list %s has only %lld words\n",
                         qPrintable(opt["--welsh-words"]), static_cast<long long>(welsh));
            return 1;
        }
    }
    // --places: Wales and England, with their Welsh mutations; --uk-places: Scotland and
    // Northern Ireland, as written (a Welsh mutation of "Perth" is the word "berth"), a town
    // that is also a given name left a name ("Irvine"); --world-places: abroad.
    for (const char* option : {"--places", "--uk-places", "--world-places"}) {
        if (!opt.contains(QLatin1String(option))) {
            continue;
        }
        const bool welsh = qstrcmp(option, "--places") == 0;
        const bool abroad = qstrcmp(option, "--world-places") == 0;
        for (const QString& w : curatedWords(opt[QLatin1String(option)], &ok)) {
            if (!welsh && !abroad && (flags.value(fold(w)) & Gazetteer::Name)) {
                continue;
            }
            const QStringList forms = welsh ? welshMutations(w) : QStringList{w};
            for (const QString& form : forms) {
                // A mutated form that is someone's name ("Peckham" -> "Beckham", "Tenby" ->
                // "Denby") stays a name.
                if (form != forms.front() && (flags.value(fold(form)) & Gazetteer::Name)) {
                    continue;
                }
                if (form.size() >= 3) {
                    const std::uint32_t f = Gazetteer::Proper | Gazetteer::Place |
                                            (abroad ? std::uint32_t(Gazetteer::Abroad) : 0u);
                    flags[fold(form)] |= f;
                    flags[fold(plainLetters(form))] |= f;
                }
            }
        }
    }
    for (const QString& w : curatedWords(opt["--not-names"], &ok)) {
        flags[fold(w)] |= Gazetteer::NotName;
    }
    if (opt.contains("--keep-words")) {
        for (const QString& w : curatedWords(opt["--keep-words"], &ok)) {
            flags[fold(w)] |= Gazetteer::NotName;
            flags[fold(plainLetters(w))] |= Gazetteer::NotName;
        }
    }
    if (opt.contains("--home-words")) {
        for (const QString& w : curatedWords(opt["--home-words"], &ok)) {
            flags[fold(w)] |= Gazetteer::HomeWord;
        }
    }
    // A relative's title in a home language is a home-language word that is never a name.
    if (opt.contains("--kin-words")) {
        for (const QString& w : curatedWords(opt["--kin-words"], &ok)) {
            flags[fold(w)] |= Gazetteer::HomeWord | Gazetteer::KinWord;
        }
    }
    for (const QString& w : curatedWords(opt["--context-only"], &ok)) {
        if (auto it = flags.find(fold(w)); it != flags.end() && (*it & Gazetteer::Name)) {
            *it |= Gazetteer::ContextOnly;
        }
    }
    for (const QString& w : curatedWords(opt["--name-first"], &ok)) {
        if (auto it = flags.find(fold(w)); it != flags.end() && (*it & Gazetteer::Name)) {
            *it |= Gazetteer::NameFirst;
        }
    }
    // The late lists, added after the unknown-word model was trained: a list's flags go only on
    // a word that had none of them (and none of `refused`), so that the model, which takes them
    // off again (unknownwords.cpp, modelFlags), reads every word as it was.
    auto addLate = [&](const char* option, std::uint32_t added, std::uint32_t refused,
                       qsizetype shortest) {
        if (!opt.contains(QLatin1String(option))) {
            return;
        }
        for (const QString& w : curatedWords(opt[QLatin1String(option)], &ok)) {
            for (const QString& form : {w, plainLetters(w)}) {
                if (form.size() < shortest) {
                    continue;
                }
                std::uint32_t& f = flags[fold(form)];
                if ((f & (added | refused)) == 0) {
                    f |= added;
                }
            }
        }
    };
    // Names (session 21): words no list holds as a name.
    addLate("--late-names", Gazetteer::kLateNameFlags, 0, 1);
    // Places abroad (session 22): only words no list holds, or the wide name list alone
    // ("Amman", "Kerala"); a word of any other list is that list's to decide. A syllable
    // alone ("Sa" of "Sa Pa") says no place.
    addLate("--late-world-places", Gazetteer::kLatePlaceFlags,
            ~(Gazetteer::kLatePlaceFlags | Gazetteer::WideName), 3);
    // Towns of the UK as young people call them (session 26): "brum", "cov", "boro", "mcr".
    // Late, as the places abroad, so that the model reads each word as before (it takes the
    // late flags off again); a word that a name list or the Welsh list holds as well ("brum",
    // "boro") is a place first, as the curated towns are. Not an English word, a kept word or
    // one that was a proper noun or a place already.
    constexpr std::uint32_t kLateUkPlace =
        Gazetteer::Proper | Gazetteer::Place | Gazetteer::LatePlace;
    addLate("--late-uk-places", kLateUkPlace,
            Gazetteer::Word | Gazetteer::NotName | Gazetteer::Proper | Gazetteer::Place |
                Gazetteer::Abroad | Gazetteer::LatePlace | Gazetteer::LateName,
            3);
    if (!ok) {
        return 1;
    }
    if (sourceNames < 1000) {
        std::fprintf(stderr, "gazetteergen: the name source %s has only %lld names\n",
                     qPrintable(opt["--names"]), static_cast<long long>(sourceNames));
        return 1;
    }

    if (opt.contains("--wide-names") && wideNames < 1000) {
        std::fprintf(stderr, "gazetteergen: the wide name list %s has only %lld names\n",
                     qPrintable(opt["--wide-names"]), static_cast<long long>(wideNames));
        return 1;
    }

    QFile out(opt["--out"]);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fprintf(stderr, "gazetteergen: cannot write %s\n", qPrintable(opt["--out"]));
        return 1;
    }
    QTextStream ts(&out);
    ts << "# chorus-gazetteer 1 (generated at build time; see core/anonymiser/GAZETTEER.md)\n"
       << "# source: " << opt.value("--source", QStringLiteral("unspecified")) << "\n"
       << "# flags: 1 name, 2 word, 4 proper noun, 8 name first, 16 context only, 32 not a name, "
          "64 place, 128 Welsh word, 256 curated name, 512 wide name list only, 1024 abroad, "
          "2048 home-language word, 4096 late name, 8192 kin word, 16384 late place\n";
    for (auto it = flags.cbegin(); it != flags.cend(); ++it) {
        ts << it.key() << '\t' << it.value() << '\n';
    }
    ts.flush();

    if (opt.contains("--report")) {
        QFile rep(opt["--report"]);
        if (!rep.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            std::fprintf(stderr, "gazetteergen: cannot write %s\n", qPrintable(opt["--report"]));
            return 1;
        }
        QTextStream rs(&rep);
        QStringList contextOnly, nameFirst, wordNames, plain;
        for (auto it = flags.cbegin(); it != flags.cend(); ++it) {
            const std::uint32_t f = it.value();
            if (!(f & Gazetteer::Name) || (f & Gazetteer::NotName)) {
                continue;
            }
            if (f & Gazetteer::ContextOnly) {
                contextOnly << it.key();
            } else if (f & Gazetteer::NameFirst) {
                nameFirst << it.key();
            } else if (f & Gazetteer::Word) {
                wordNames << it.key();
            } else {
                plain << it.key();
            }
        }
        rs << "# Gazetteer report: how each name of the source is treated\n"
           << "plain names (redacted in any case): " << plain.size() << "\n"
           << "context-only names (" << contextOnly.size() << "): " << contextOnly.join(u' ')
           << "\n"
           << "name-first words (" << nameFirst.size() << "): " << nameFirst.join(u' ') << "\n"
           << "names that are words, redacted when capitalised mid-sentence (" << wordNames.size()
           << "): " << wordNames.join(u' ') << "\n";
    }
    return 0;
}
