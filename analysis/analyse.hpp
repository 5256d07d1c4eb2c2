// The analyse stage (design.md §2): for one extracted file, the publication date (with source,
// confidence and ranked candidates), the catalog keywords found, the likely title, sensitive
// content, and the Chinese warnings that follow (personal data, secret marks, future dates).
//
// Contract: input is an ExtractResult (any format, possibly with no pages) and the file's
// inbox-relative `source`; output is an Analysis. Never throws on bad text (invalid UTF-8 is
// passed through); never produces an invalid date.
// Threading: an Analyser is built once per run (it compiles the keyword automaton); run() is
// const and may be called from many threads at once.
#pragma once

#include <string_view>

#include "model/catalog.hpp"
#include "model/date.hpp"
#include "model/deadline.hpp"
#include "model/record.hpp"
#include "analysis/dates.hpp"
#include "analysis/keywords.hpp"

namespace dossier {

class Analyser {
  public:
    // Keeps no reference to `catalog`.
    explicit Analyser(const Catalog& catalog);

    // source: inbox-relative path ("unit/sub/name.png", archive levels joined by "!/"); the file
    // name gives filename dates, the file and folder names give in_name keywords. Every pass is
    // linear in the text (or bounded per date candidate); `deadline` (the file's time limit) is
    // checked between steps, pages and date candidates: TimeLimitExceeded when it passes.
    Analysis run(const ExtractResult& x, std::string_view source, Date as_of,
                 const Deadline& deadline = Deadline()) const;

    const KeywordMatcher& keywords() const { return keywords_; }

  private:
    KeywordMatcher keywords_;
};

}  // namespace dossier
