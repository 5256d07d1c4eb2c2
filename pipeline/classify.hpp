// Classify stage: which indicator each file proves (design.md §2), with a confidence and the
// reasons a clerk can read. Content first: keywords (weighted by how specific they are across
// indicators, and by where they occur), explicit name hints, the unit's responsibilities, and a
// character-bigram similarity between the file text and the indicator's content text; then what
// the document is (its genre, analysis/genre.hpp: the catalog says which genres prove, boost or
// penalise which indicator) and where its publisher filed it (the page's breadcrumb,
// analysis/crumbs.hpp). The confidence is a probability: the hand score's strength and margin
// mapped through a logistic curve fitted across the labelled inboxes by scripts/crossval.
#pragma once

#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "analysis/genre.hpp"
#include "model/catalog.hpp"
#include "model/record.hpp"

namespace dossier {

struct ClassifyConfig {
    // Confidence below this → review: true. Chosen by `scripts/crossval` (five folds: the samples
    // and holdout1–4; the lowest threshold whose confident mappings are ≥ 99 % right on the
    // training folds, checked on the held-out one) — see docs/benchmarks.md.
    double review_threshold = 0.5;
    double secondary_ratio = 0.75;  // another indicator this close to the top may be secondary
    // The calibration: confidence = 1 / (1 + exp(-(a + b·logit(raw)))), raw the hand score in
    // (0, 1). Fitted by `scripts/crossval` (Platt scaling on all five sets). With the environment
    // variable DOSSIER_UNCALIBRATED set the raw score is reported instead (crossval's input).
    double calibration_a = 0.0;
    double calibration_b = 1.0;
};

struct IndicatorScore {
    int index = -1;  // into Catalog::indicators
    double score = 0;
    std::vector<std::string> reasons;  // Chinese
    int keywords = 0;                  // distinct catalog keywords of this indicator found
    bool named = false;     // in the title, a file/folder name or the path (keyword, name or id)
    double similarity = 0;  // bigram cosine to the indicator's content text
    bool proven = false;    // the file's genre proves this indicator (catalog `genres`)
    bool boosted = false;   // the file's genre supports it
    bool penalised = false;  // the file's genre speaks against it
};

// What the classifier knows of the file besides its keywords: its genre and breadcrumbs.
struct FileClues {
    GenreGuess genre;
    std::vector<std::string> crumbs;  // the evidence crumbs (last one or two)
    bool genre_linked = false;        // some leaf is proven or boosted by the genre
};

// Built once per run; classify() is const and thread-safe.
class Classifier {
  public:
    Classifier(const Catalog& catalog, ClassifyConfig config = {});

    // `file` must carry source, unit and analysis; `text` is the file's full extracted text.
    // A pin (indicator id) always wins. `scores` (optional) receives every leaf's score, best
    // first.
    Classification classify(const FileRecord& file, std::string_view text,
                            const std::string* pin = nullptr,
                            std::vector<IndicatorScore>* scores = nullptr) const;

  private:
    struct Leaf {
        int index;
        std::unordered_map<uint32_t, float> bigrams;  // normalised weights
        std::vector<std::string> name_hints;          // indicator name variants for file names
    };
    // One leaf's score for `file`, with its reasons.
    IndicatorScore score(const Leaf& leaf, const FileRecord& file,
                         const std::unordered_map<uint32_t, float>& text_bigrams,
                         const FileClues& clues) const;
    FileClues clues_of(const FileRecord& file, std::string_view text) const;
    double calibrated(double raw) const;
    // The classification from the scores (best first): pinned by a clerk, without enough clues,
    // or by the top score and its margin over the next.
    Classification pinned_to(const Indicator& ind, const std::vector<IndicatorScore>& scores) const;
    Classification without_clues(const std::vector<IndicatorScore>& scores) const;
    Classification by_scores(const std::vector<IndicatorScore>& scores,
                             const FileClues& clues) const;

    const Catalog& catalog_;
    ClassifyConfig config_;
    std::vector<Leaf> leaves_;
    std::map<std::string, double> keyword_idf_;  // keyword → specificity weight
    GenreDetector genres_;
    bool uncalibrated_ = false;  // DOSSIER_UNCALIBRATED: report the raw score (scripts/crossval)
};

// Character bigrams of CJK text (other characters ignored), counted; exposed for tests.
std::unordered_map<uint32_t, float> cjk_bigrams(std::string_view utf8, size_t max_bytes = 20000);
double bigram_cosine(const std::unordered_map<uint32_t, float>& a,
                     const std::unordered_map<uint32_t, float>& b);

}  // namespace dossier
