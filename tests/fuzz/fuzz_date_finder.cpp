// libFuzzer target: the date finder (analysis/dates.hpp) on arbitrary text — scan, candidates, and
// the publication-date choice over a one-page ExtractResult. Any crash, sanitizer report,
// exception or invalid Date is a finding.
#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "model/record.hpp"
#include "analysis/dates.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size > 64 * 1024) return 0;  // a page of text; longer inputs only slow the search down
    std::string_view text(reinterpret_cast<const char*>(data), size);

    for (const auto& c : dossier::find_dates(text)) {
        if (!c.date.valid()) std::abort();
        if (c.offset > text.size()) std::abort();
    }
    for (int ctx : {2020, -1}) {
        for (const auto& s : dossier::scan_dates(text, ctx, 2020))
            if (!s.date.valid() || s.begin > s.end || s.end > text.size()) std::abort();
    }

    dossier::ExtractResult x;
    x.format = "text";
    x.media_type = "text/plain";
    x.pages.push_back({});
    x.pages.back().text = std::string(text);
    x.pages.back().source = dossier::TextSource::text;
    x.page_count = 1;
    x.text_source = dossier::TextSource::text;
    // The first line doubles as the file name, so the file-name date path is fuzzed too.
    std::string name(text.substr(0, std::min<size_t>(text.find('\n'), 255)));
    name += ".txt";
    dossier::DateResult r = dossier::find_publication_date(x, name, dossier::Date{2020, 11, 27});
    if (r.published && !r.published->valid()) std::abort();
    for (const auto& c : r.candidates) {
        if (!c.date.valid()) std::abort();
        if (c.source == "content" && c.page == 1 && c.offset > text.size()) std::abort();
    }
    return 0;
}
