// libFuzzer target: the date chooser (find_publication_date, analysis/date_chooser.cpp) over an
// ExtractResult built from the input, so its layout rules all run: pages split at '\f' (at most
// 8), the first byte choosing OCR pages (with boxes per line, sometimes one line short so the
// box is looked up by text), a web page (screenshot), spreadsheet rows under date headers, a
// format title (the second line) and metadata dates; the first line doubles as the file name.
// (find_dates and scan_dates are the date_finder target's.) Besides crashes and sanitizer
// reports: the chosen date and every candidate are valid dates, at most 40 candidates, pages and
// offsets inside the input, scores in [0, 1], and the same input gives the same result. Each
// input is also run with its text repeated on one line to 8 KB, so a rule that rescans the line
// for every date (issue 17: a 2 MB line took 257 s) shows up as a hang.
#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/dates.hpp"
#include "model/record.hpp"

namespace {

std::vector<std::string_view> split(std::string_view s, char sep, size_t max) {
    std::vector<std::string_view> out;
    size_t start = 0;
    while (out.size() + 1 < max) {
        const size_t p = s.find(sep, start);
        if (p == std::string_view::npos) break;
        out.push_back(s.substr(start, p - start));
        start = p + 1;
    }
    out.push_back(s.substr(start));
    return out;
}

dossier::PageText page_of(std::string_view text, bool ocr, bool short_boxes) {
    dossier::PageText p;
    p.text = std::string(text);
    p.source = ocr ? dossier::TextSource::ocr : dossier::TextSource::text;
    if (!ocr) return p;
    const auto lines = split(text, '\n', SIZE_MAX);
    int y = 0;
    for (size_t i = 0; i < lines.size(); ++i) {
        if (short_boxes && i == 0) continue;
        const int h = 12 + static_cast<int>(lines[i].size() % 30);
        p.lines.push_back({std::string(lines[i]), 10, y, 400, h, 90});
        y += h + 4;
    }
    p.width = 1000;
    p.height = std::max(y, 100);
    p.ocr_confidence = 90;
    return p;
}

dossier::ExtractResult result_of(std::string_view text, uint8_t flags) {
    dossier::ExtractResult x;
    x.format = "text";
    x.media_type = "text/plain";
    for (std::string_view t : split(text, '\f', 8))
        x.pages.push_back(page_of(t, flags & 1, flags & 2));
    x.page_count = static_cast<int>(x.pages.size());
    x.text_source = x.pages.front().source;
    if (flags & 4) x.kind = dossier::EvidenceKind::screenshot;
    if (flags & 8) {
        for (std::string_view line : split(text, '\n', 50)) {
            std::vector<dossier::Cell> row;
            const char* headers[] = {"发布日期", "名称", "编制日期", "备注"};
            size_t k = 0;
            for (std::string_view cell : split(line, '\t', 4))
                row.push_back({headers[k++], std::string(cell)});
            x.rows.push_back(std::move(row));
        }
    }
    const auto lines = split(text, '\n', 3);
    if (lines.size() > 1) x.title = std::string(lines[1]);
    if (flags & 16) x.meta_dates.push_back({dossier::Date{2020, 11, 3}, "html:PubDate"});
    if (flags & 32) x.meta_dates.push_back({dossier::Date{2019, 1, 31}, "pdf:CreationDate"});
    return x;
}

void check(const dossier::ExtractResult& x, const std::string& name, bool twice) {
    const dossier::Date as_of{2020, 11, 27};
    const dossier::DateResult r = dossier::find_publication_date(x, name, as_of);
    if (r.published && !r.published->valid()) std::abort();
    if (r.published && r.source.empty()) std::abort();
    if (r.candidates.size() > 40) std::abort();
    for (const auto& c : r.candidates) {
        if (!c.date.valid()) std::abort();
        if (c.score < 0 || c.score > 1) std::abort();
        if (c.source != "content") continue;
        if (c.page < 1 || c.page > static_cast<int>(x.pages.size())) std::abort();
        if (c.offset > x.pages[static_cast<size_t>(c.page - 1)].text.size()) std::abort();
    }
    if (!twice) return;
    const dossier::DateResult again = dossier::find_publication_date(x, name, as_of);
    if (again.published != r.published || again.candidates.size() != r.candidates.size())
        std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size < 2 || size > 64 * 1024) return 0;
    const uint8_t flags = data[0];
    const std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
    std::string name(text.substr(0, std::min<size_t>(text.find('\n'), 255)));
    name += ".txt";
    check(result_of(text, flags), name, true);

    std::string line;
    line.reserve(8 * 1024 + text.size());
    while (line.size() < 8 * 1024) line += text;
    std::replace(line.begin(), line.end(), '\n', ' ');
    std::replace(line.begin(), line.end(), '\f', ' ');
    check(result_of(line, flags & ~8u), name, false);
    return 0;
}
