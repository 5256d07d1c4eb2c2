// Document genre (文种): what a document is — 通知, 公示, 提案答复, 年度报告 … — as opposed to what
// it is about. Recognised from the title (and the file name), the 文号 and the opening and closing
// formulas, by the patterns of the catalog's `genres` (docs/catalog-format.md), never by code.
// Built once per catalog (it keeps its own copy of the patterns); detect() is const and thread-safe.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "model/genres.hpp"

namespace re2 {
class RE2;
}

namespace dossier {

struct GenreGuess {
    std::string id;                // Genre::id, "" when no genre is likely enough
    double confidence = 0;         // 0..1: 1 - Π(1 - w) over the clues found
    std::vector<std::string> why;  // Chinese: the clues, e.g. "标题‘关于…的公示’", "含‘特此公示’"
};

class GenreDetector {
  public:
    explicit GenreDetector(const GenreRules& rules);
    ~GenreDetector();
    GenreDetector(GenreDetector&&) noexcept;

    // `title`: the analysed title; `name`: the file name without folders; `text`: the full text
    // (only its first 4000 and last 2000 bytes are read — formulas open and close a document).
    GenreGuess detect(std::string_view title, std::string_view name, std::string_view text) const;

    // Below this a guess is not reported (GenreGuess::id empty).
    static constexpr double kMinConfidence = 0.5;

  private:
    // detect() without looking inside an envelope.
    GenreGuess detect_one(std::string_view title, std::string_view name, std::string_view text) const;

    struct Compiled;
    std::vector<Compiled> genres_;
};

}  // namespace dossier
