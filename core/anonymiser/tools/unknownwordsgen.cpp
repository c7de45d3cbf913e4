// chorus_unknownwordsgen: trains the anonymiser's model for words that no list knows (issue 17;
// see core/anonymiser/MODEL.md) and writes it, with the Welsh word filter it reads, as a C++
// source file linked into chorus_core. Deterministic: the same inputs give the same bytes.
//
//   chorus_unknownwordsgen --gazetteer gazetteer.tsv --welsh-words welsh-words.txt
//       --train dev.jsonl --train hand.jsonl ... --out unknownwords-model.cpp
//       [--cross-validate]   also print, per training set, the figures of a model trained on
//                            the others (leave one set out)
//       [--cross-validate-places]  the same for the place model alone
//       [--explain TEXT]     print the margin of each candidate word of TEXT (for MODEL.md)

#include "core/anonymiser/gazetteer.h"
#include "core/anonymiser/lexicon.h"
#include "core/anonymiser/tokenizer.h"
#include "core/anonymiser/unknownwords.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <iterator>
#include <map>
#include <unordered_map>
#include <vector>

using namespace chorus;
using namespace chorus::unknownwords;

namespace {

/** Bits of the Welsh filter per word: about one false yes in fifty with five probes. */
constexpr std::size_t kBitsPerWord = 8;
/** Passes over the training examples, and the seed of their order: fixed, for the same model
 *  from the same corpus on every machine. */
constexpr int kEpochs = 12;
constexpr std::uint32_t kSeed = 17;
/** Perceptrons averaged into the model, each over the examples in its own order. */
constexpr int kRuns = 5;
/** Listed words lent to training as if unknown: every labelled name, and one ordinary word in
 *  this many. The corpus holds about a thousand unknown words; the listed ones teach what
 *  stands around a name and what an ordinary word looks like, from ten times as many. */
constexpr int kBorrowEvery = 2;

struct Example
{
    std::vector<std::uint32_t> features;
    bool name = false;    ///< the answer: a name, or for Candidate::Place a place
    int set = 0;          ///< index of the training file it came from
    bool capital = false; ///< for the figures: the word is capitalised
    bool start = false;   ///< and opens a sentence
    Candidate kind = Candidate::None;
    bool borrowed = false; ///< a listed word, judged as if no list knew it (training only)
};

std::vector<std::uint64_t> welshFilterBits(const QString& path, bool* ok)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
        std::fprintf(stderr, "unknownwordsgen: cannot read %s\n", qPrintable(path));
        *ok = false;
        return {};
    }
    // As gazetteergen reads it: lower-case entries only (capitalised ones are names and
    // places), without the apostrophe forms.
    QStringList words;
    for (const QString& raw : QString::fromUtf8(f.readAll()).split(u'\n')) {
        const QString w = raw.trimmed();
        if (w.size() >= 2 && w.front().isLower() && !w.contains(u'\'')) {
            words.append(w);
        }
    }
    if (words.size() < 1000) {
        std::fprintf(stderr, "unknownwordsgen: the Welsh word list %s has only %lld words\n",
                     qPrintable(path), static_cast<long long>(words.size()));
        *ok = false;
        return {};
    }
    std::vector<std::uint64_t> bits((std::size_t(words.size()) * kBitsPerWord + 63) / 64);
    for (const QString& w : words) {
        std::size_t at[WelshFilter::kProbes];
        WelshFilter::positions(w, bits.size() * 64, at);
        for (std::size_t p : at) {
            bits[p / 64] |= std::uint64_t(1) << (p % 64);
        }
    }
    return bits;
}

/** The candidate words of one labelled file, with their features and whether each is part of
 *  a name label. Words inside a label of another kind (a school, a place) are left out: other
 *  passes find those. */
bool readExamples(const QString& path, int set, const Gazetteer& gazetteer,
                  const WelshFilter& welsh, std::vector<Example>& out)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "unknownwordsgen: cannot read %s\n", qPrintable(path));
        return false;
    }
    std::vector<Token> tokens;
    TokenFacts facts;
    int lineNo = 0;
    int ordinary = 0;
    while (!f.atEnd()) {
        const QByteArray line = f.readLine().trimmed();
        ++lineNo;
        if (line.isEmpty()) {
            continue;
        }
        QJsonParseError pe;
        const QJsonObject rec = QJsonDocument::fromJson(line, &pe).object();
        if (pe.error != QJsonParseError::NoError) {
            std::fprintf(stderr, "unknownwordsgen: %s:%d: %s\n", qPrintable(path), lineNo,
                         qPrintable(pe.errorString()));
            return false;
        }
        const QString text = rec.value(QStringLiteral("text")).toString();
        struct Span
        {
            qsizetype start, end;
            bool name, place;
        };
        std::vector<Span> spans;
        qsizetype from = 0;
        for (const QJsonValue& v : rec.value(QStringLiteral("labels")).toArray()) {
            const QString value = v.toObject().value(QStringLiteral("value")).toString();
            const qsizetype at = text.indexOf(value, from);
            if (at < 0) {
                std::fprintf(stderr, "unknownwordsgen: %s:%d: label not in the text\n",
                             qPrintable(path), lineNo);
                return false;
            }
            from = at + value.size();
            const QString kind = v.toObject().value(QStringLiteral("kind")).toString();
            spans.push_back({at, from, kind == u"name", kind == u"place"});
        }
        Tokenizer::tokenize(text, tokens);
        const TokenizedText t(text, tokens);
        facts.compute(t, &gazetteer);
        for (int i = 0; i < t.size(); ++i) {
            Candidate c = candidateOf(t, facts, gazetteer, i);
            int inName = 0;
            int inPlace = 0;
            int inOther = 0;
            for (const Span& s : spans) {
                if (t[i].start < s.end && t[i].end() > s.start) {
                    (s.name ? inName : inOther) = 1;
                    inPlace = inPlace || s.place;
                }
            }
            // A town: a place example, a place when it lies inside a place label. One inside
            // another label (a person "Chester", "Leeds City Academy") is left out: the name
            // and school passes decide those before the place model is asked.
            if (isPlaceCandidate(t, facts, i) && (inPlace || !inOther)) {
                Example e;
                placeFeatures(t, facts, i, e.features);
                e.name = inPlace;
                e.set = set;
                e.capital = t[i].has(Token::Capitalised) && !t[i].has(Token::AllUpper);
                e.start = t[i].has(Token::SentenceStart);
                e.kind = Candidate::Place;
                out.push_back(std::move(e));
            }
            if (inOther && !inName) {
                continue;
            }
            bool borrowed = false;
            if (c == Candidate::None) {
                // Listed words lend their contexts and letters as if no list knew them: a
                // labelled name ("Oliver said") and, one in kBorrowEvery, an ordinary word.
                const std::uint32_t r = facts.roles[std::size_t(i)];
                if (!t.isType(i, Token::Type::Word) || (r & Lexicon::kNeverNames) ||
                    t.stem(i).size() < 3) {
                    continue;
                }
                if (!inName && (++ordinary % kBorrowEvery) != 0) {
                    continue;
                }
                c = Candidate::Unknown;
                borrowed = true;
            }
            Example e;
            e.borrowed = borrowed;
            features(t, facts, gazetteer, welsh, i, c, e.features);
            e.name = inName;
            e.set = set;
            e.capital = t[i].has(Token::Capitalised) && !t[i].has(Token::AllUpper);
            e.start = t[i].has(Token::SentenceStart);
            e.kind = c;
            out.push_back(std::move(e));
        }
    }
    return true;
}

/** An averaged perceptron over hashed features. */
class Perceptron
{
public:
    void train(const std::vector<const Example*>& examples, std::uint32_t seed)
    {
        std::vector<std::size_t> order(examples.size());
        for (std::size_t k = 0; k < order.size(); ++k) {
            order[k] = k;
        }
        std::uint32_t state = seed;
        auto next = [&state] { // a fixed linear congruential generator: the same on every libc
            state = state * 1664525u + 1013904223u;
            return state >> 8;
        };
        long step = 1;
        for (int epoch = 0; epoch < kEpochs; ++epoch) {
            for (std::size_t k = order.size(); k > 1; --k) {
                std::swap(order[k - 1], order[next() % k]);
            }
            for (std::size_t k : order) {
                const Example& e = *examples[k];
                const double y = e.name ? 1.0 : -1.0;
                if (y * raw(e.features) <= 0) {
                    for (std::uint32_t f : e.features) {
                        Slot& s = m_w[f];
                        s.w += y;
                        s.u += y * double(step);
                    }
                }
                ++step;
            }
        }
        m_steps = double(step);
    }
    /** The averaged weights, sorted by feature, without zeros. */
    [[nodiscard]] std::vector<Weight> averaged() const
    {
        std::vector<Weight> out;
        for (const auto& [f, s] : m_w) {
            const auto w = float(s.w - s.u / m_steps);
            if (w != 0.0f) {
                out.push_back({f, w});
            }
        }
        std::sort(out.begin(), out.end(),
                  [](const Weight& a, const Weight& b) { return a.feature < b.feature; });
        return out;
    }

private:
    struct Slot
    {
        double w = 0; ///< the current weight
        double u = 0; ///< updates weighted by when they came, for the average
    };
    [[nodiscard]] double raw(const std::vector<std::uint32_t>& features) const
    {
        double sum = 0;
        for (std::uint32_t f : features) {
            if (auto it = m_w.find(f); it != m_w.end()) {
                sum += it->second.w;
            }
        }
        return sum;
    }
    std::map<std::uint32_t, Slot> m_w; // ordered: the same sums in the same order every run
    double m_steps = 1;
};

/** Several perceptrons over the examples in different orders, their weights summed. */
void trainRuns(const std::vector<const Example*>& chosen, std::map<std::uint32_t, double>& sum)
{
    for (int run = 0; run < kRuns; ++run) {
        Perceptron p;
        p.train(chosen, kSeed + std::uint32_t(run));
        for (const Weight& w : p.averaged()) {
            sum[w.feature] += w.weight;
        }
    }
}

std::vector<Weight> trainOn(const std::vector<Example>& all, int leaveOut)
{
    // Two models in one table: the words' and the towns'. Their features never meet (the
    // place templates are their own), and each learns from its own examples alone, so that
    // adding a town to the corpus changes no weight of the words' model.
    std::vector<const Example*> words;
    std::vector<const Example*> towns;
    for (const Example& e : all) {
        if (e.set != leaveOut) {
            (e.kind == Candidate::Place ? towns : words).push_back(&e);
        }
    }
    // Several perceptrons over the examples in different orders, averaged: one linear model
    // that depends less on the order any one of them saw.
    std::map<std::uint32_t, double> sum;
    trainRuns(words, sum);
    trainRuns(towns, sum);
    std::vector<Weight> out;
    for (const auto& [f, w] : sum) {
        if (const auto v = float(w / kRuns); v != 0.0f) {
            out.push_back({f, v});
        }
    }
    return out;
}

/** Leave one set out: per set, a model trained on the others judges its words (those no list
 *  knows or only the wide list does), beside the rule of step 1 (a capitalised word no list
 *  knows is a name; lower case is not). Then the listed names in lower case the model would
 *  take back from the rules. */
void crossValidate(const std::vector<Example>& all, const QStringList& sets,
                   const WelshFilter& welsh)
{
    struct Tally
    {
        int words = 0, names = 0, found = 0, taken = 0, ruleFound = 0, ruleTaken = 0;
        int listedNames = 0, listedOthers = 0, namesBack = 0, othersBack = 0;
        int towns = 0, places = 0, placesFound = 0, townsTaken = 0;
        int sweepFound[5] = {}, sweepTaken[5] = {}; ///< at kSweep's margins
    };
    constexpr double kSweep[5] = {-1.0, 0.0, 1.0, 2.0, 4.0};
    std::printf("set            words  names | model: names found, others taken | "
                "capital rule: names found, others taken\n");
    Tally total;
    for (int s = 0; s < sets.size(); ++s) {
        const std::vector<Weight> w = trainOn(all, s);
        const Model m{w.data(), w.size(), welsh};
        Tally one;
        for (const Example& e : all) {
            if (e.set != s || e.borrowed) {
                continue;
            }
            const double margin = m.score(e.features);
            if (e.kind == Candidate::Place) {
                const bool place = margin >= kPlaceMargin;
                ++one.towns;
                one.places += e.name;
                one.placesFound += e.name && place;
                one.townsTaken += !e.name && place;
                for (int k = 0; k < 5; ++k) {
                    (e.name ? one.sweepFound : one.sweepTaken)[k] += margin >= kSweep[k];
                }
                continue;
            }
            if (e.kind == Candidate::ListedLower) {
                const bool back = margin <= kVetoMargin;
                one.listedNames += e.name;
                one.listedOthers += !e.name;
                one.namesBack += e.name && back;
                one.othersBack += !e.name && back;
                continue;
            }
            const bool model = margin >= kAddMargin;
            ++one.words;
            one.names += e.name;
            one.found += e.name && model;
            one.taken += !e.name && model;
            one.ruleFound += e.name && e.capital;
            one.ruleTaken += !e.name && e.capital;
        }
        std::printf("%-14s %5d %6d | %5d %5d | %5d %5d || towns %4d places %4d: found %4d, "
                    "others taken %4d\n",
                    qPrintable(QFileInfo(sets[s]).baseName()), one.words, one.names, one.found,
                    one.taken, one.ruleFound, one.ruleTaken, one.towns, one.places, one.placesFound,
                    one.townsTaken);
        total.towns += one.towns;
        total.places += one.places;
        total.placesFound += one.placesFound;
        total.townsTaken += one.townsTaken;
        for (int k = 0; k < 5; ++k) {
            total.sweepFound[k] += one.sweepFound[k];
            total.sweepTaken[k] += one.sweepTaken[k];
        }
        total.words += one.words;
        total.names += one.names;
        total.found += one.found;
        total.taken += one.taken;
        total.ruleFound += one.ruleFound;
        total.ruleTaken += one.ruleTaken;
        total.listedNames += one.listedNames;
        total.listedOthers += one.listedOthers;
        total.namesBack += one.namesBack;
        total.othersBack += one.othersBack;
    }
    std::printf("%-14s %5d %6d | %5d %5d | %5d %5d\n", "all", total.words, total.names, total.found,
                total.taken, total.ruleFound, total.ruleTaken);
    std::printf("listed names in lower case: %d names, %d other words; taken back: %d names, "
                "%d other words\n",
                total.listedNames, total.listedOthers, total.namesBack, total.othersBack);
    std::printf("towns: %d, %d of them places; the place model found %d and took %d others\n",
                total.towns, total.places, total.placesFound, total.townsTaken);
    for (int k = 0; k < 5; ++k) {
        std::printf("  at margin %+.1f: found %d, took %d others\n", kSweep[k], total.sweepFound[k],
                    total.sweepTaken[k]);
    }
}

/** The margin of each candidate word of a statement: what the model thinks, word by word. */
void explainText(const QString& text, const Model& model, const Gazetteer& gazetteer)
{
    std::vector<Token> tokens;
    Tokenizer::tokenize(text, tokens);
    const TokenizedText t(text, tokens);
    TokenFacts facts;
    facts.compute(t, &gazetteer);
    std::vector<std::uint32_t> f;
    std::printf("%s\n", qPrintable(text));
    for (int i = 0; i < t.size(); ++i) {
        if (isPlaceCandidate(t, facts, i)) {
            placeFeatures(t, facts, i, f);
            std::printf("  %-16s place   margin %+.2f\n", qPrintable(t.str(i).toString()),
                        model.score(f));
        }
        const Candidate c = candidateOf(t, facts, gazetteer, i);
        if (c != Candidate::None) {
            features(t, facts, gazetteer, model.welsh, i, c, f);
            std::printf("  %-16s kind %d  margin %+.2f\n", qPrintable(t.str(i).toString()), int(c),
                        model.score(f));
        }
    }
}

bool writeModel(const QString& path, const std::vector<Weight>& weights,
                const std::vector<std::uint64_t>& welsh, const QStringList& trainedOn)
{
    QByteArray out;
    out += "// Generated by chorus_unknownwordsgen (core/anonymiser/tools/unknownwordsgen.cpp):\n"
           "// the model for words no list knows (MODEL.md). Do not edit.\n// Trained on:";
    for (const QString& f : trainedOn) {
        out += ' ' + QFileInfo(f).fileName().toUtf8();
    }
    out += "\n\n#include \"core/anonymiser/unknownwords.h\"\n\nnamespace chorus::unknownwords {\n"
           "namespace {\nconst Weight kWeights[] = {\n";
    char buf[64];
    for (const Weight& w : weights) {
        std::snprintf(buf, sizeof buf, "{0x%08xu, %.9gf},\n", w.feature, double(w.weight));
        out += buf;
    }
    out += "};\nconst std::uint64_t kWelsh[] = {\n";
    for (std::size_t k = 0; k < welsh.size(); ++k) {
        std::snprintf(buf, sizeof buf, "0x%016llxu,%s", static_cast<unsigned long long>(welsh[k]),
                      k % 4 == 3 ? "\n" : " ");
        out += buf;
    }
    out += "};\n} // namespace\n\nconst Model& builtInModel()\n{\n"
           "    static const Model model{kWeights, std::size(kWeights),\n"
           "                             WelshFilter(kWelsh, std::size(kWelsh))};\n"
           "    return model;\n}\n\n} // namespace chorus::unknownwords\n";
    QFile f(path);
    // Rewritten only when it changes, so that an unchanged model compiles nothing again.
    if (f.open(QIODevice::ReadOnly) && f.readAll() == out) {
        return true;
    }
    f.close();
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(out) != out.size()) {
        std::fprintf(stderr, "unknownwordsgen: cannot write %s\n", qPrintable(path));
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    QString gazetteerPath, welshPath, outPath;
    QStringList train;
    bool cv = false;
    bool cvPlaces = false;
    QStringList explain;
    for (int k = 1; k < argc; ++k) {
        const QByteArray a = argv[k];
        const bool hasValue = k + 1 < argc;
        if (a == "--gazetteer" && hasValue) {
            gazetteerPath = QString::fromLocal8Bit(argv[++k]);
        } else if (a == "--welsh-words" && hasValue) {
            welshPath = QString::fromLocal8Bit(argv[++k]);
        } else if (a == "--train" && hasValue) {
            train.append(QString::fromLocal8Bit(argv[++k]));
        } else if (a == "--out" && hasValue) {
            outPath = QString::fromLocal8Bit(argv[++k]);
        } else if (a == "--explain" && hasValue) {
            explain.append(QString::fromUtf8(argv[++k]));
        } else if (a == "--cross-validate") {
            cv = true;
        } else if (a == "--cross-validate-places") {
            cvPlaces = true;
        } else {
            std::fprintf(stderr, "unknownwordsgen: unknown or incomplete option %s\n", a.data());
            return 2;
        }
    }
    if (gazetteerPath.isEmpty() || welshPath.isEmpty() || train.isEmpty() ||
        (outPath.isEmpty() && !cv && !cvPlaces && explain.isEmpty())) {
        std::fprintf(stderr, "usage: unknownwordsgen --gazetteer FILE --welsh-words FILE "
                             "--train FILE... (--out FILE | --cross-validate)\n");
        return 2;
    }
    auto gazetteer = Gazetteer::fromFile(gazetteerPath);
    if (!gazetteer.ok()) {
        std::fprintf(stderr, "unknownwordsgen: %s\n", qPrintable(gazetteer.error().message));
        return 1;
    }
    bool ok = true;
    const std::vector<std::uint64_t> bits = welshFilterBits(welshPath, &ok);
    if (!ok) {
        return 1;
    }
    const WelshFilter welsh(bits.data(), bits.size());
    std::vector<Example> examples;
    for (int s = 0; s < train.size(); ++s) {
        if (!readExamples(train[s], s, gazetteer.value(), welsh, examples)) {
            return 1;
        }
    }
    if (cv) {
        crossValidate(examples, train, welsh);
    } else if (cvPlaces) {
        // The towns alone, in seconds: the words' model is what takes the time.
        std::vector<Example> towns;
        std::copy_if(examples.begin(), examples.end(), std::back_inserter(towns),
                     [](const Example& e) { return e.kind == Candidate::Place; });
        crossValidate(towns, train, welsh);
    }
    const std::vector<Weight> weights = trainOn(examples, -1);
    for (const QString& text : explain) {
        explainText(text, Model{weights.data(), weights.size(), welsh}, gazetteer.value());
    }
    if (outPath.isEmpty()) {
        return 0;
    }
    const auto towns =
        std::size_t(std::count_if(examples.begin(), examples.end(),
                                  [](const Example& e) { return e.kind == Candidate::Place; }));
    std::printf("unknownwordsgen: %zu words and %zu towns of %lld sets, %zu weights\n",
                examples.size() - towns, towns, static_cast<long long>(train.size()),
                weights.size());
    return writeModel(outPath, weights, bits, train) ? 0 : 1;
}
