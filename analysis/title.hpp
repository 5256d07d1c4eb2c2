// The most likely title of a document or page: a 关于…的通知 / 《…》 line near the top, the most
// prominent OCR line (tallest box in the upper part, not a navigation bar), the format's own title
// (<title>, docProps), or the first substantial line of a text document.
// Pure functions; thread-safe.
#pragma once

#include <string>
#include <cstdint>
#include <string_view>
#include <vector>

#include "model/record.hpp"
#include "analysis/normalize.hpp"

namespace dossier {

struct TitleGuess {
    std::string text;  // normalised; empty when nothing looks like a title
    int page = -1;     // 0-based page index of the title line, -1 when from metadata
    int line = -1;     // 0-based line index in that page's normalised text, -1 when unknown
    std::string why;   // Chinese
};

// `pages` are the normalised texts of x.pages (same order and size).
TitleGuess guess_title(const ExtractResult& x, const std::vector<NormalizedText>& pages);

// The lines of a normalised text (split at '\n'), as views into it; the first `max_lines` only
// (a page of 10 million empty lines would otherwise cost a 160 MB vector on every call).
std::vector<std::string_view> split_lines(std::string_view text, size_t max_lines = SIZE_MAX);

// A line trimmed and cut at the first layout gap (3+ spaces or a tab): OCR glues side columns on.
std::string_view first_segment(std::string_view line);

// Number of CJK ideographs in a UTF-8 string.
int count_cjk(std::string_view s);

// True for a navigation bar / breadcrumb / date bar line.
bool looks_like_nav(std::string_view line);

}  // namespace dossier
