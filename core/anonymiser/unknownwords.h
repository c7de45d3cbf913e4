#pragma once

#include "tokenizer.h"

#include <QStringView>

#include <cstddef>
#include <cstdint>
#include <vector>

namespace chorus {

class Gazetteer;
struct TokenFacts;

/** Issue 17: the decision for words that no list knows. A word in no name list and no English,
 *  Welsh or keep-word list ("Ekampreet", "Yuxin", but also "bohat", "chcę", "Hogmanay") is
 *  judged by a small averaged perceptron over the word's letters, its shape, its neighbours and
 *  the statement around it, trained at build time from the labelled corpus
 *  (tools/unknownwordsgen.cpp; MODEL.md says on what and how well). The name finder's rules
 *  decide first; the model adds a name they left and takes back one they took, each only
 *  past a margin. Shared by the anonymiser and the generator, so that both see the same
 *  features. */
namespace unknownwords {

/** What kind of word the model judges; None for every other word. */
enum class Candidate : std::uint8_t {
    None,
    Unknown,     ///< in no list at all
    Wide,        ///< only in the wide, noisy name list (humannames)
    ListedLower, ///< a listed name and no word, in lower case ("hai", "nie"): only taken back
    /** A listed name that is an everyday word too ("Storm", "Hope", "Bill"), capitalised at a
     *  sentence's start, where every word is, or one of the words that are a name only with
     *  context ("Precious", "Hope") capitalised anywhere: only added ("Storm is 11 and", "I've
     *  had Precious since"; not "Hope you", "Grace is a nice word"). */
    OpeningWord,
    /** A town or city of the UK lists (Gazetteer::Place, not Abroad) that the place rules
     *  left: the place model (placeFeatures) judges whether the statement says the child or
     *  family lives, is placed or can be found there ("i walk everywhere in Hull", "the food
     *  bank in hulme") or only went, came from or talks of it ("took me to Prestatyn for the
     *  day"). Only added, never taken back. */
    Place,
};

/** The Welsh word list (aspell-cy, 350,000 forms) as a Bloom filter: the gazetteer keeps only
 *  the Welsh words that are also names, and this says, for a word no list knows, whether it is
 *  an ordinary Welsh word ("dydw", "roedd") at the cost of one in about fifty false yeses. */
class WelshFilter
{
public:
    static constexpr int kProbes = 5;
    WelshFilter() = default;
    WelshFilter(const std::uint64_t* bits, std::size_t words) : m_bits(bits), m_words(words) {}
    [[nodiscard]] bool contains(QStringView word) const;
    /** The bit positions of a word (folded as WordTable folds), for the generator. */
    static void positions(QStringView word, std::size_t bitCount, std::size_t (&out)[kProbes]);

private:
    const std::uint64_t* m_bits = nullptr;
    std::size_t m_words = 0;
};

/** One learned weight: a feature's hash and its weight, sorted by hash. */
struct Weight
{
    std::uint32_t feature;
    float weight;
};

/** The trained model and the filter it reads. */
struct Model
{
    const Weight* weights = nullptr;
    std::size_t weightCount = 0;
    WelshFilter welsh;

    /** The margin for token i (positive: a name), from features(). */
    [[nodiscard]] double score(const std::vector<std::uint32_t>& features) const;
};

/** The model built into the library (generated at build time). */
const Model& builtInModel();

/** The kind of word token i is, from its stem, lexicon roles and gazetteer flags. */
[[nodiscard]] Candidate candidateOf(const TokenizedText& t, const TokenFacts& facts,
                                    const Gazetteer& gazetteer, int i);

/** The hashed features of token i (a candidate of kind c), appended to out after clearing it. */
void features(const TokenizedText& t, const TokenFacts& facts, const Gazetteer& gazetteer,
              const WelshFilter& welsh, int i, Candidate c, std::vector<std::uint32_t>& out);

/** Past these margins the model overrules the rules: it adds a name the rules left at
 *  kAddMargin and above, and takes one back at kVetoMargin and below. The first was chosen
 *  on the leave-one-set-out runs of MODEL.md; the second on heldout7, the validation set (the
 *  corpus holds too few listed names in lower case to choose it on). */
constexpr double kAddMargin = 0.0;
constexpr double kVetoMargin = -2.0;

/** The decision: the rules' verdict for token i, overruled by the model past a margin. */
[[nodiscard]] bool decide(const Model& model, const TokenizedText& t, const TokenFacts& facts,
                          const Gazetteer& gazetteer, int i, bool rulesSayName);

// ---- places (Candidate::Place) ----------------------------------------------------------------

/** Whether token i is a town the place model judges: a word of the UK place lists of three
 *  letters or more, not a place abroad, a nation or a region (Lexicon::isRegion). */
[[nodiscard]] bool isPlaceCandidate(const TokenizedText& t, const TokenFacts& facts, int i);

/** The hashed features of place candidate i: its shape, its neighbours, and the words of its
 *  sentence. Their templates are the place model's own, so that in the one table of weights
 *  the place examples and the name examples never share one. */
void placeFeatures(const TokenizedText& t, const TokenFacts& facts, int i,
                   std::vector<std::uint32_t>& out);

/** The place model adds a place at this margin and above (chosen on the leave-one-set-out
 *  runs of MODEL.md, "Places"). */
constexpr double kPlaceMargin = 0.0;

/** Whether the model says place candidate i is where someone of the statement lives, is placed
 *  or can be found. */
[[nodiscard]] bool placeSaysHome(const Model& model, const TokenizedText& t,
                                 const TokenFacts& facts, int i);

} // namespace unknownwords
} // namespace chorus
