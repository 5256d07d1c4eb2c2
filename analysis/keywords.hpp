// Catalog keyword matching: every keyword of every indicator (and every indicator name) found by
// substring in normalised text — Chinese has no word boundaries — in one Aho–Corasick pass.
//
// Built once per run from the catalog; match() is const and thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/catalog.hpp"
#include "model/record.hpp"
#include "analysis/aho_corasick.hpp"
#include "analysis/normalize.hpp"

namespace dossier {

class KeywordMatcher {
  public:
    // Patterns: each indicator's keywords and its name (normalised; shorter than 2 bytes skipped).
    // A keyword listed by several indicators is one pattern with all their ids.
    explicit KeywordMatcher(const Catalog& catalog);
    // From an explicit list: keywords[i] (normalised) belongs to indicators[i].
    KeywordMatcher(std::vector<std::string> keywords,
                   std::vector<std::vector<std::string>> indicators);

    // `pages`: normalised page texts (original offsets come from their maps); `title` and `name`
    // must be normalised too (name: the file's inbox-relative path — file and folder names).
    // One hit per keyword that occurs anywhere; count = occurrences in the pages; first_page is
    // 1-based (0 when only in the title/name); first_offset is a byte offset in that page's
    // original text. Sorted by count (desc), then keyword.
    //
    // Two rules keep one piece of evidence from counting twice or not at all:
    // - an occurrence that lies inside an occurrence of a longer keyword of the same indicators
    //   (标准目录 inside 基层政务公开标准目录) is not counted: the longer one already says it;
    // - a line break between two CJK characters in a page is a wrap (OCR lines, PDF layout), so a
    //   keyword may span it (两周内⏎有更新).
    // `page0_from`: occurrences on the first page that start before this byte offset are not
    // counted (a web page's own banner, menu and breadcrumb above its title).
    std::vector<KeywordHit> match(const std::vector<NormalizedText>& pages, std::string_view title,
                                  std::string_view name, size_t page0_from = 0) const;

    size_t keyword_count() const { return keywords_.size(); }

  private:
    struct Occurrence {
        uint32_t keyword;
        size_t start, end;  // byte offsets in the scanned text
    };
    // Occurrences in `text`, without those absorbed by a longer keyword (see match()).
    std::vector<Occurrence> occurrences(std::string_view text) const;
    void build_absorbers();

    std::vector<std::string> keywords_;
    std::vector<std::vector<std::string>> indicators_;  // per keyword
    // absorbers_[k]: keywords that contain keyword k and list all of k's indicators (sorted).
    std::vector<std::vector<uint32_t>> absorbers_;
    size_t max_length_ = 0;
    AhoCorasick automaton_;
};

}  // namespace dossier
