// Saved web pages: .html/.htm and .mhtml/.mht (the text/html part). Decoding: BOM, then
// <meta charset> / http-equiv Content-Type (gb2312 and gbk read as GB18030), then valid UTF-8,
// then uchardet. Visible text only (no script/style/noscript/template), block elements and <br>
// as line breaks, table cells tab-separated; <title> → title; publication-date <meta>s (PubDate,
// publishdate, article:published_time, …) → meta_dates labelled "html:<name as written>".
// kind = screenshot ("网页存档"). Thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extractors/extractor.hpp"

namespace dossier {

class HtmlExtractor final : public Extractor {
  public:
    std::string_view name() const override { return "html"; }
    int version() const override { return 1; }
    // 100 for sniffed html/mhtml; 60 for text named .htm/.html/.mht/.mhtml that contains '<'
    // (outbids the text extractor's 50), else 10.
    int bid(const Probe& probe) const override;
    tl::expected<ExtractResult, Error> extract(const Probe& probe,
                                               ExtractContext& ctx) const override;
};

// What the tag scanner found in a page (exposed for tests).
struct HtmlScan {
    std::string text;  // visible text, one line per block, trimmed, no empty lines
    std::string title;
    std::vector<std::pair<std::string, std::string>> metas;  // (name|property|http-equiv, content)
    std::string meta_charset;                                // from <meta charset> or http-equiv
};

// Decodes the character references of `s` (&amp; &#20013; &#x4e2d; and the common named ones;
// &nbsp; and &#160; become a space); anything else, a bare '&' included, is kept as written.
// Linear in s: the search for ';' looks at most 13 bytes ahead.
std::string decode_html_entities(std::string_view s);

// Scans HTML (UTF-8, or raw ASCII-compatible bytes when only looking for the charset).
HtmlScan scan_html(std::string_view html);

}  // namespace dossier
