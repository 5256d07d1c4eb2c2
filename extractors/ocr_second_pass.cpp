#include "extractors/ocr_second_pass.hpp"

#include "model/date.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <utility>
#include <vector>

#include <leptonica/allheaders.h>
#include <re2/re2.h>

#include "extractors/pix.hpp"
#include "model/text.hpp"

namespace dossier {

bool tracing() {
    static const bool on = std::getenv("DOSSIER_TRACE_BANDS") != nullptr;
    return on;
}

namespace {

// A full date (year, month and day, as any form scan_dates() knows starts: a space inside the
// year, "20 20-05-03", and stray marks after a separator, "2020..05-,23", too), or a month-day with
// a clock time (a 微博 post's "9月25日 15:18", "10-28 09:15"), or a labelled date whose slashes
// read as 7.
bool has_dateish(const std::string& text) {
    // A month of 0 is no date ("2020年0月14日", its 2 lost: garbled_date); a month over 12 may be
    // one digit read twice ("/2020/77/22/art_", repaired by the chooser) and still counts.
    static const RE2 full(
        R"((?:19|20) ?\d\s*\d\s*[-./年:：]\s*[.,'-]{0,2}\s*(?:0?[1-9lI\]]|[1-9lI\]][0-9lI\]])\s*[-./月]\s*[.,'-]{0,2}\s*[0-9lI\]])");
    static const RE2 timed(R"(\d{1,2}\s*[-月]\s*\d{1,2}\s*日?\s+\d{1,2}[:：]\d\d)");
    // A labelled date whose slashes read as 7 or 1 ("日期：20207373", "2020/314"; scan_dates
    // repairs it).
    static const RE2 sevens(
        R"((?:日期|时间)\s*[:：]?\s*20\d\d(?:[/7]\d{1,2}[/7]\d{1,2}|/\d{3,4})(?:\D|$))");
    return RE2::PartialMatch(text, full) || RE2::PartialMatch(text, timed) ||
           RE2::PartialMatch(text, sevens);
}

// A zero-padded month followed by a one-digit day at the end of the date ("2020-01-2"): a read
// cut short, whose day may be any of 20–29. Not when a ']' or '|' follows: that is the day's 1
// ("2020-05-2]", read by scan_dates as the 21st).
bool cut_short(const std::string& text) {
    static const RE2 re(R"((?:19|20)\d\d\s*[-./]\s*\d\d\s*[-./]\s*\d(?:[^\d\]|]|$))");
    return RE2::PartialMatch(text, re);
}

bool date_bar(const std::string& text) {
    return text.find("今天是") != std::string::npos || text.find("星期") != std::string::npos;
}

// A second pass's line worth keeping: a date read whole (not a 今天是 bar's, not cut short), or
// a short video's stamp after its account ("· 09-18", a 抖音 page's caption on a dark picture).
bool kept_read(const std::string& text) {
    return (has_dateish(text) && !date_bar(text) && !cut_short(text)) ||
           account_stamp(text).has_value();
}

// The bottom of the band looked at: the top half, at most one page width on a tall screenshot,
// and at least kMinBandBottom rows (the whole of a shorter page): a landscape portal screenshot
// cropped under its article (1920×820) spends its top half on the banner and the menu, and the
// byline under the title sits 450–550 px down whatever the page's height.
constexpr int kMinBandBottom = 640;
int band_bottom(const PageText& page) {
    return std::max(std::min(page.height / 2, std::max(page.width, page.height / 4)),
                    std::min(page.height, kMinBandBottom));
}

// A line starting in the right 40 % of a page: a side column (最新信息, 通知公告 lists), whose
// dates are other items' and whose lines do not close a gap in the main column.
bool side_column(const OcrLine& l, const PageText& page) {
    return l.x > page.width * 0.6;
}

// A main-column line the first pass ran on into the side column and whose date ends it: a side
// list's entry ("霸州市2020年政务公开工作… 2020-04-13") read as one line with the title or the
// byline beside it (PSM 6 joins rows at the same height across columns). Its date is the list
// entry's, and the main-column part of its rows is read again.
bool ends_in_date(const std::string& text) {
    static const RE2 re(R"((?:19|20)\d\d\s*[-./]\s*[0-9]{1,2}\s*[-./]\s*[0-9]{1,2}\s*[|。.]?\s*$)");
    return RE2::PartialMatch(text, re);
}

// A list entry's date at a line's end, the year left out as side lists print it ("…审核 08-24",
// "开学工… 06.27"): month and day after a space, a mark or a character.
bool ends_in_month_day(const std::string& text) {
    static const RE2 re(
        R"((?:^|[^0-9.\-/])(?:0[1-9]|1[0-2])\s*[-./]\s*(?:0[1-9]|[12][0-9]|3[01])\s*$)");
    return RE2::PartialMatch(text, re);
}

bool joins_side_list(const OcrLine& l, const PageText& page) {
    if (side_column(l, page) || l.x + l.w <= page.width * 0.75) return false;
    const bool full = ends_in_date(l.text);
    if (!full && !ends_in_month_day(l.text)) return false;
    // The side list's own dated entry, read by the first pass beside it (within three line
    // heights): a list page's one stray date in the margin makes no side list. An entry dated by
    // month and day only counts when it ends where this line ends (the list's right edge): a
    // three-column page's rows run from the left menu across the article into the list, so no
    // line of it starts in the side column (the design zoo's 永安县 page, its 发布时间 lost in
    // "和有2202 关于做好2020年秋季学期开学工， 06.27").
    const int reach = 3 * std::max(l.h, 12);
    const int edge = std::max(12, page.width / 100);
    return std::any_of(page.lines.begin(), page.lines.end(), [&](const OcrLine& o) {
        if (&o == &l || o.second_pass || std::abs((o.y + o.h / 2) - (l.y + l.h / 2)) > reach)
            return false;
        if (side_column(o, page) && ends_in_date(o.text)) return true;
        return !full && ends_in_month_day(o.text) && std::abs((o.x + o.w) - (l.x + l.w)) <= edge;
    });
}

// A line that reads like a date OCR broke up: a year's "20" followed, after a separator, by
// more digits, and no date (a phone byline "霸州应急管理 市防汛抗旱指挥部办公室 2020-08-12" read
// "需州应急管理市防汛 \室 20 2": a long line, so not half read by its width).
bool garbled_date(const std::string& text) {
    // A separator right after "20", or after one more digit: "20 2", "20.0", "202 0" — not a
    // title's clean "2020年".
    static const RE2 re(
        R"((?:^|[^0-9])20(?:[ .\-/\\]{1,3}[0-9lI|\]]|[0-9lI|\]][ .\-/\\]{1,3}[0-9]))");
    // A month OCR broke into an impossible one: "发布时间：2020年0月14日" (holdout15, 02 read 0).
    static const RE2 month(R"(20\d\d\s*[-./年]\s*0?0\s*[-./月])");
    return !has_dateish(text) && (RE2::PartialMatch(text, re) || RE2::PartialMatch(text, month));
}

// A line ending in a date label whose date OCR lost: "规划计划 | = | 布日其：oo" for a metadata
// grid's "发布日期 | 2020-08-25" on a dark label cell (holdout15's 信息公开 grid). The label as
// OCR garbles it (日其, 曰期, 日朗), then at most a few marks, letters or digits to the line's end.
bool lost_date(const std::string& text) {
    // At most 14 characters after it: a date read as a blob of digits ("发布日期：202016117").
    static const RE2 re(R"((?:[日曰目][期其朗]|时间)\s*[:：;]?\s*[^\p{Han}]{0,14}$)");
    return !has_dateish(text) && RE2::PartialMatch(text, re);
}

// A line Tesseract could make little of: a low confidence, or far too few characters for its
// width (a 1920 px page's breadcrumb row with a date chip at its end read as one "人" 1918 px wide,
// confidence 23). A CJK character is about as wide as its line is tall, a digit half that.
bool misread(const OcrLine& l) {
    int glyphs = 0;
    for (unsigned char c : l.text)
        if ((c & 0xc0) != 0x80 && c != ' ') ++glyphs;
    return l.confidence < 40 || glyphs * std::max(l.h, 1) * 3 < l.w;
}

// The top of the first main-column line in the upper part carrying a date; `bottom` when none.
int first_date_y(const PageText& page, int bottom) {
    int y = bottom;
    for (const auto& l : page.lines)
        if (l.y < bottom && !side_column(l, page) && !joins_side_list(l, page) &&
            !date_bar(l.text) && has_dateish(l.text))
            y = std::min(y, l.y);
    return y;
}

using Band = std::pair<int, int>;  // [top, bottom) in the grey image's rows

// Gaps between lines (and half-read lines above `partial_end`) in [0, bottom), merged, at most
// kMaxBands.
std::vector<Band> missed_bands(const PageText& page, int bottom, int partial_end) {
    std::vector<const OcrLine*> upper;
    for (const auto& l : page.lines)
        if (l.y < bottom && !side_column(l, page)) upper.push_back(&l);
    std::sort(upper.begin(), upper.end(), [](auto* a, auto* b) { return a->y < b->y; });
    const int min_gap = std::max(12, page.height / 60);
    const int pad = std::max(4, page.height / 200);
    std::vector<Band> bands;
    int prev = 0, prev_h = 0;
    for (const OcrLine* l : upper) {
        // A gap no taller than the lines around it is their line spacing: no line hides there (a
        // phone article's body gaps, 14 px between 15 px lines, pushed its byline's band out).
        if (l->y - prev >= std::max(min_gap, std::min(prev_h, l->h) + 2))
            bands.push_back({prev, l->y});
        if (((l->y + l->h <= partial_end && (l->w < page.width / 2 || joins_side_list(*l, page) ||
                                             garbled_date(l->text) || misread(*l))) ||
             lost_date(l->text)) &&
            l->y > 0)
            bands.push_back({l->y - pad, l->y + l->h + pad});
        if (l->y + l->h >= prev) prev_h = l->h;
        prev = std::max(prev, l->y + l->h);
    }
    if (bottom - prev >= min_gap) bands.push_back({prev, bottom});
    std::sort(bands.begin(), bands.end());
    std::vector<Band> merged;
    for (auto [a, b] : bands) {
        a = std::max(0, a);
        b = std::min(page.height, b);
        if (b - a < 8) continue;
        if (!merged.empty() && a <= merged.back().second + pad)
            merged.back().second = std::max(merged.back().second, b);
        else
            merged.push_back({a, b});
    }
    // The tallest bands are the least likely to be one missed line: keep the shortest ones —
    // and the band under the last line read, however tall: a short article's light 发布日期 line
    // sits under its body, where nothing else was read.
    if (merged.size() > static_cast<size_t>(kMaxBands)) {
        const bool trailing = merged.back().second >= bottom && merged.back().first >= prev - pad;
        const Band last = merged.back();
        if (trailing) merged.pop_back();
        // Bands above the first dated line come first: that is where a byline sits under its
        // title (a 414 px WeChat article's, lost behind six gaps between body lines below it).
        std::stable_sort(merged.begin(), merged.end(), [&](const Band& x, const Band& y) {
            const bool xb = x.first >= partial_end, yb = y.first >= partial_end;
            if (xb != yb) return !xb;
            return x.second - x.first < y.second - y.first;
        });
        merged.resize(std::min(merged.size(), static_cast<size_t>(kMaxBands - (trailing ? 1 : 0))));
        if (trailing) merged.push_back(last);
        std::sort(merged.begin(), merged.end());
    }
    return merged;
}

// The height (in pixels, padding included) a text row is enlarged to, at most ×2.
constexpr float kRowHeight = 44.0f;

// A text row found in a band: [top, bottom) rows and [x0, x1) columns of its ink, in `grey`.
// `paper`: its background (the lowest of its rows' medians).
struct Row {
    int top, bottom, x0, x1;
    int paper = 255;
    bool inverted = false;  // light text on a dark (coloured) banner; paper is the banner's grey
};

// A stretch of a row's ink: columns [first, last] and its darkest grey.
struct InkRun {
    int first, last, darkest;
};

// The row's stretches of ink: columns holding a pixel darker than its paper by 25, split where more
// than `gap` columns hold none, each at least `min_width` columns wide.
std::vector<InkRun> column_runs(Pix* grey, const Row& r, int gap, int min_width) {
    const int wpl = pixGetWpl(grey);
    const l_uint32* data = pixGetData(grey);
    const int threshold = r.paper - 25;
    std::vector<InkRun> out;
    InkRun cur{-1, -1, 255};
    auto close = [&] {
        if (cur.first >= 0 && cur.last - cur.first + 1 >= min_width) out.push_back(cur);
        cur = InkRun{-1, -1, 255};
    };
    for (int x = r.x0; x < r.x1; ++x) {
        int col = 255;
        for (int y = r.top; y < r.bottom; ++y)
            col = std::min(col, static_cast<int>(GET_DATA_BYTE(data + y * wpl, x)));
        if (col >= threshold) continue;
        if (cur.first >= 0 && x - cur.last > gap) close();
        if (cur.first < 0) cur.first = x;
        cur.last = x;
        cur.darkest = std::min(cur.darkest, col);
    }
    close();
    return out;
}

// The darkest grey of the lightest stretch of ink along the row: its stretches split where 6 or
// more columns hold none, each at least 20 columns wide (a word, not JPEG ringing), the largest of
// their darkest pixels. 255 when the row holds no such stretch. A WeChat byline's dark blue
// account name and its #c8 date are two stretches: the date's counts.
int lightest_ink(Pix* grey, const Row& r) {
    int best = -1;
    for (const InkRun& run : column_runs(grey, r, 6, 20)) best = std::max(best, run.darkest);
    return best < 0 ? 255 : best;
}

// The row's stretches of ink across the page, split where no ink falls for more than twice the
// row's height, a stretch narrower than 8 columns left out (a box's vertical rule, a list's
// bullet): a row that runs from a side menu's entry into the main column's light byline ("政策法规"
// beside "2020-08-11 固安县分局" 450 px to its right) is two stretches.
std::vector<Row> ink_stretches(Pix* grey, const Row& r) {
    std::vector<Row> out;
    for (const InkRun& run : column_runs(grey, r, 2 * (r.bottom - r.top), 8)) {
        Row s = r;
        s.x0 = std::max(r.x0, run.first - 16);
        s.x1 = std::min(r.x1, run.last + 17);
        out.push_back(s);
    }
    return out;
}

// #b4: holdout12's 11 px #b8 发布日期 line stayed mid grey (184 → 165) under the fixed stretch and
// was not read; at #a0 two of holdout5's #a8-ish bylines were read worse with the row's own
// stretch.
constexpr int kLightInk = 180;

// The row cut out, upscaled and contrast-stretched: grey 90 → black, 235 → white, so light grey
// text on a near-white (or lightly textured) background becomes dark on white.
// On a photographed page the rows are cut from the flattened copy (flat_page), already stretched.
// Lighter ink (lighter than kLightInk: a #ccc–#ddd byline of a modern portal or a WeChat
// article, 214 on white) would stay light grey after that stretch (214 → 218), and Tesseract read
// such rows garbled or wrong (2020-05-21 as 2020-03-21): the row's black point is then that ink's
// own darkest grey less 20 and its white point just under its background, so the light ink turns
// dark (darker text on the row is clipped to black) and the background stays white.
PixPtr prepare_band(Pix* grey, const Row& r, float scale, bool flattened) {
    if (r.inverted) {
        // Light text on a banner: cut and enlarged as it is, turned over (text dark, banner
        // light), and the turned banner (255 − its grey) stretched to white.
        PixPtr pix =
            cut_and_stretch(grey, r.x0, r.top, r.x1 - r.x0, r.bottom - r.top, scale, 0, 255);
        if (!pix) return nullptr;
        pixInvert(pix.get(), pix.get());
        const int white = std::max(40, 255 - r.paper - 20);
        return PixPtr(pixGammaTRC(nullptr, pix.get(), 1.0f, std::max(0, white - 140), white));
    }
    // A white point following the row's background (its median − 12) was tried: it lost
    // holdout5's light 信息公开 grid on a textured page and gained nothing.
    int black = flattened ? 0 : 90, white = flattened ? 255 : 235;
    if (!flattened) {
        const int light = lightest_ink(grey, r);
        if (light > kLightInk && light < 255 && r.paper - light >= 25) {
            black = light - 20;
            white = std::max(black + 20, std::min(248, r.paper - 6));
        }
    }
    return cut_and_stretch(grey, r.x0, r.top, r.x1 - r.x0, r.bottom - r.top, scale, black, white);
}

// The columns of `band` that belong to the page: a photo of a screen or of paper shows the screen's
// bezel or the desk around it, columns dark over (nearly) the whole band. Those columns, and a few
// beside them (the frame's slanted edge), are left out — otherwise every row of the band held
// "ink" there and the band became one run too tall to be a line. A dark stretch narrower than
// kMinFrame columns is text (a stroke), not a frame.
std::vector<char> page_columns(Pix* grey, Band band) {
    const int w = pixGetWidth(grey), wpl = pixGetWpl(grey);
    const l_uint32* data = pixGetData(grey);
    std::vector<int> dark(w, 0);
    for (int y = band.first; y < band.second; ++y) {
        const l_uint32* line = data + y * wpl;
        for (int x = 0; x < w; ++x)
            if (GET_DATA_BYTE(line, x) < 100) ++dark[x];
    }
    const int rows = band.second - band.first;
    constexpr int kMinFrame = 12, kEdge = 8;
    std::vector<char> keep(w, 1);
    for (int x = 0; x < w;) {
        if (dark[x] * 10 < rows * 9) {
            ++x;
            continue;
        }
        int end = x;
        while (end < w && dark[end] * 10 >= rows * 9) ++end;
        if (end - x >= kMinFrame)
            for (int k = std::max(0, x - kEdge); k < std::min(w, end + kEdge); ++k) keep[k] = 0;
        x = end;
    }
    return keep;
}

// The median grey of one 8-bit image row, over the page's columns.
int row_median(const l_uint32* line, const std::vector<char>& keep) {
    int hist[256] = {0}, n = 0;
    for (size_t x = 0; x < keep.size(); ++x)
        if (keep[x]) {
            ++hist[GET_DATA_BYTE(line, x)];
            ++n;
        }
    for (int v = 0, seen = 0; v < 256; ++v)
        if ((seen += hist[v]) * 2 >= n && n > 0) return v;
    return 255;
}

// The tallest run of a text line: a run taller (a picture, a large title) is left out.
constexpr int kMaxRun = 60;

// Leaves out the columns of `band` that hold "ink" (darker than their row's median by 25) down
// more than kMaxRun rows on end: a page's vertical rule, a content box's border or shadow, a scroll
// bar — no text line is that tall. Left in, they made every row beside them a row of ink:
// holdout13's 1024 px county page, whose box edge (#d6) ran down both sides, gave one run from
// its breadcrumb to its body, too tall to be a line, and its light 更新时间 byline was never read.
void drop_steady_columns(Pix* grey, Band band, std::vector<char>& keep) {
    if (band.second - band.first <= kMaxRun) return;
    const int w = pixGetWidth(grey), wpl = pixGetWpl(grey);
    const l_uint32* data = pixGetData(grey);
    std::vector<int> streak(w, 0);
    std::vector<char> steady(w, 0);
    for (int y = band.first; y < band.second; ++y) {
        const l_uint32* line = data + y * wpl;
        const int median = row_median(line, keep);
        for (int x = 0; x < w; ++x) {
            streak[x] = keep[x] && GET_DATA_BYTE(line, x) + 25 < median ? streak[x] + 1 : 0;
            if (streak[x] > kMaxRun) steady[x] = 1;
        }
    }
    for (int x = 0; x < w; ++x)
        if (steady[x])
            for (int k = std::max(0, x - 1); k < std::min(w, x + 2); ++k) keep[k] = 0;
}

// The rows of `band` that hold ink, as runs of one text line each (padded): a row holds ink when
// enough of its pixels (on the page's columns) are darker than its own background (the row's
// median) by 25 grey levels (paper of #96 or lighter). On a darker background (a coloured banner,
// median under #be) ink may be the other way round: pixels lighter than the background by 60 (a
// phone article's white "霸州市行政审批局 2020年9月22日" on its teal title banner); a row holding
// more of those than of dark ink starts an `inverted` run. A run taller than kMaxRun is left out.
std::vector<Row> ink_rows(Pix* grey, Band band, int columns, int from = 0) {
    std::vector<Row> runs;
    const int w = pixGetWidth(grey), wpl = pixGetWpl(grey);
    const l_uint32* data = pixGetData(grey);
    std::vector<char> keep = page_columns(grey, band);
    for (int x = std::max(0, columns); x < w; ++x) keep[x] = 0;
    for (int x = 0; x < std::min(from, w); ++x) keep[x] = 0;
    drop_steady_columns(grey, band, keep);
    const int min_count = std::max(3, w / 400);
    Row cur{-1, -1, w, 0, 255};
    int last_ink = -10;
    auto close = [&] {
        const int end = last_ink + 1;
        if (cur.top >= 0 && end - cur.top >= 5 && end - cur.top <= kMaxRun)
            runs.push_back({std::max(0, cur.top - 3), std::min(pixGetHeight(grey), end + 3),
                            std::max(0, cur.x0 - 16), std::min(w, cur.x1 + 16), cur.paper,
                            cur.inverted});
        cur = Row{-1, -1, w, 0, 255};
    };
    for (int y = band.first; y < band.second; ++y) {
        const l_uint32* line = data + y * wpl;
        const int median = row_median(line, keep);
        // Dark text on light paper, or light text on a darker banner (median < 190): whichever
        // the row holds more of. A banner's own columns run from the first to the last pixel of
        // about its grey (the white page beside a rounded banner is not its text).
        int bx0 = 0, bx1 = w;
        while (bx0 < w && (!keep[bx0] || std::abs(GET_DATA_BYTE(line, bx0) - median) > 30)) ++bx0;
        while (bx1 > bx0 &&
               (!keep[bx1 - 1] || std::abs(GET_DATA_BYTE(line, bx1 - 1) - median) > 30))
            --bx1;
        int count = 0, x0 = w, x1 = 0, light = 0, lx0 = w, lx1 = 0;
        for (int x = 0; x < w; ++x) {
            if (!keep[x]) continue;
            const int v = static_cast<int>(GET_DATA_BYTE(line, x));
            if (median >= 150 && v < median - 25) {
                ++count;
                x0 = std::min(x0, x);
                x1 = x + 1;
            } else if (median < 190 && x >= bx0 && x < bx1 && v > median + 60) {
                ++light;
                lx0 = std::min(lx0, x);
                lx1 = x + 1;
            }
        }
        // Inside a run its polarity holds while the row still has its kind of ink: a banner's
        // gradient makes its far end "dark ink" under the median of a row dense with white text.
        const bool go_on = cur.top >= 0 && y - last_ink <= 2;
        const bool dark = go_on && cur.inverted && light >= min_count    ? true
                          : go_on && !cur.inverted && count >= min_count ? false
                                                                         : light > count;
        if (dark) {
            count = light;
            x0 = lx0;
            x1 = lx1;
        }
        if (count < min_count) continue;
        if (cur.top < 0 || y - last_ink > 2 || cur.inverted != dark) {
            close();
            cur.top = y;
            cur.inverted = dark;
            cur.paper = dark ? 0 : 255;
        }
        cur.x0 = std::min(cur.x0, x0);
        cur.x1 = std::max(cur.x1, x1);
        cur.paper = dark ? std::max(cur.paper, median) : std::min(cur.paper, median);
        last_ink = y;
    }
    close();
    return runs;
}

// True when no first-pass line of the main column overlaps the row: the first pass saw nothing
// there at all. A line in the right part of the page (a side column's, or a right-aligned
// signature's "2020年7月6日") saw the row too when the row's ink starts where it does (its
// columns are padded by 16): nothing of the main column lies to its left. Read again, holdout8's
// photographed notice's signature date came back as "2020年7月6日骨" (the photo's edge beside it).
bool unseen(const PageText& page, const Row& r) {
    for (const auto& l : page.lines) {
        const int ov = std::min(l.y + l.h, r.bottom) - std::max(l.y, r.top);
        if (ov > 0 && (!side_column(l, page) || r.x0 + 24 >= l.x)) return false;
    }
    return true;
}

// True when the row lies on a first-pass line whose date label lost its date (lost_date).
bool on_lost_date(const PageText& page, const Row& r) {
    return std::any_of(page.lines.begin(), page.lines.end(), [&](const OcrLine& l) {
        return std::min(l.y + l.h, r.bottom) - std::max(l.y, r.top) > 0 && lost_date(l.text);
    });
}

// True when a first-pass line read with good confidence already covers most of the row's ink.
bool read_well(const PageText& page, const Row& r) {
    for (const auto& l : page.lines) {
        const int ov = std::min(l.y + l.h, r.bottom) - std::max(l.y, r.top);
        if (l.confidence < 85 || ov * 2 < std::min(l.h, r.bottom - r.top)) continue;
        const int cover = std::min(l.x + l.w, r.x1) - std::max(l.x, r.x0);
        if (cover * 10 >= (r.x1 - r.x0) * 8) return true;
    }
    return false;
}

// The height of a text line on the page as the first pass read it, padding included as a row's
// (3 rows each side): the median of its confident lines' heights; kMaxRun when none.
int typical_line_height(const PageText& page) {
    std::vector<int> h;
    for (const auto& l : page.lines)
        if (l.confidence >= 60 && !l.second_pass && l.h > 0) h.push_back(l.h);
    if (h.empty()) return kMaxRun;
    std::nth_element(h.begin(), h.begin() + static_cast<long>(h.size() / 2), h.end());
    return h[h.size() / 2] + 6;
}

// Lines of one text row's pass that carry a date, in the grey image's coordinates.
std::vector<OcrLine> row_lines(OcrEngine& engine, Pix* grey, const Row& row, float scale,
                               bool flattened, const OcrParams& params) {
    std::vector<OcrLine> out;
    PixPtr pix = prepare_band(grey, row, scale, flattened);
    if (!pix) return out;
    OcrParams p = params;
    p.psm = 6;
    p.thresholding = 2;
    p.source_dpi = 192;
    auto text = engine.recognize(pix.get(), p);
    if (!text) return out;
    if (tracing())
        for (const auto& l : text->lines)
            std::fprintf(stderr, "  row %d-%d x %d-%d ×%.2f%s: %s\n", row.top, row.bottom, row.x0,
                         row.x1, scale, row.inverted ? " inverted" : "", l.text.c_str());
    // Sauvola's local threshold breaks up small light digits with JPEG ringing around them (a
    // 414 px WeChat byline "固安应急 2020-07-31 16:35" read "固安应急 ." at ×2.3, and read whole
    // with Otsu at ×2–2.5): a row that gave no date is read once more with the global threshold.
    if (std::none_of(text->lines.begin(), text->lines.end(),
                     [](const OcrLine& l) { return has_dateish(l.text); })) {
        p.thresholding = 0;
        auto otsu = engine.recognize(pix.get(), p);
        if (otsu) text = std::move(otsu);
    }
    for (auto& l : text->lines) {
        if (!kept_read(l.text)) continue;
        l.x = static_cast<int>(l.x / scale) + row.x0;
        l.y = static_cast<int>(l.y / scale) + row.top;
        l.w = static_cast<int>(l.w / scale);
        l.h = static_cast<int>(l.h / scale);
        l.second_pass = true;
        out.push_back(std::move(l));
    }
    return out;
}

// The page's background flattened (each pixel divided by its local background, which
// pixBackgroundNormSimple maps to 200) and contrast stretched so the flattened background is white
// and mid grey dark: uneven light and a screen's moiré of a photo evened out.
PixPtr flat_page(Pix* grey) {
    PixPtr flat(pixBackgroundNormSimple(grey, nullptr, nullptr));
    if (!flat) flat.reset(pixClone(grey));
    return PixPtr(pixGammaTRC(nullptr, flat.get(), 1.0f, 100, 190));
}

// The whole page prepared for the fallback pass: background flattened (each pixel divided by its
// local background, which pixBackgroundNormSimple maps to 200), contrast stretched so the
// flattened background is white and mid grey dark, deskewed, and upscaled by *scale (1–2) when
// the page is narrow.
PixPtr prepare_page(Pix* grey, float* scale) {
    PixPtr dark = flat_page(grey);
    if (!dark) return nullptr;
    PixPtr straight(pixDeskew(dark.get(), 0));
    if (straight) dark = std::move(straight);
    const int w = pixGetWidth(dark.get());
    *scale = w < kSmallWidth ? std::min(2.0f, 2400.0f / static_cast<float>(w)) : 1.0f;
    if (*scale <= 1.05f) {
        *scale = 1.0f;
        return dark;
    }
    PixPtr big(pixScaleGrayLI(dark.get(), *scale, *scale));
    if (!big) {
        *scale = 1.0f;
        return dark;
    }
    return big;
}

}  // namespace

bool photographed(Pix* grey) {
    if (!grey || pixGetDepth(grey) != 8) return false;
    const int w = pixGetWidth(grey), h = pixGetHeight(grey), wpl = pixGetWpl(grey);
    if (w < 100 || h < 100) return false;
    const l_uint32* data = pixGetData(grey);
    // The share of dark pixels (< 90) in strips 2 % wide along each edge.
    const int sw = w / 50, sh = h / 50;
    auto dark_share = [&](int x0, int y0, int x1, int y1) {
        long dark = 0, n = 0;
        for (int y = y0; y < y1; ++y) {
            const l_uint32* line = data + y * wpl;
            for (int x = x0; x < x1; ++x, ++n)
                if (GET_DATA_BYTE(line, x) < 90) ++dark;
        }
        return n > 0 ? static_cast<double>(dark) / static_cast<double>(n) : 0.0;
    };
    const bool side = dark_share(0, 0, sw, h) >= 0.9 || dark_share(w - sw, 0, w, h) >= 0.9;
    const bool end = dark_share(0, 0, w, sh) >= 0.9 || dark_share(0, h - sh, w, h) >= 0.9;
    if (side && end) return true;
    PixPtr bin(pixConvertTo1(grey, 130));
    l_float32 angle = 0, conf = 0;
    if (!bin || pixFindSkew(bin.get(), &angle, &conf) != 0) return false;
    return std::fabs(angle) >= 0.4f && conf >= 3.0f;
}

bool page_has_date(const PageText& page) {
    for (const auto& l : page.lines)
        if (!date_bar(l.text) && has_dateish(l.text)) return true;
    return false;
}

int reread_whole_page(OcrEngine& engine, Pix* grey, PageText& page, const OcrParams& params) {
    if (!grey || page.height <= 0 || page_has_date(page)) return 0;
    if (std::chrono::steady_clock::now() >= params.deadline) return 0;
    float scale = 1.0f;
    PixPtr pix = prepare_page(grey, &scale);
    if (!pix) return 0;
    OcrParams p = params;
    p.psm = 3;  // automatic layout: a photo's columns (main text, side list) kept apart
    p.thresholding = 2;
    p.source_dpi = static_cast<int>(std::lround(96 * scale));
    auto text = engine.recognize(pix.get(), p);
    if (!text) return 0;
    // Its light rows (a byline of which only the label was read), as on a screenshot.
    reread_missed_bands(engine, pix.get(), true, *text, p);
    const float sx = static_cast<float>(page.width) / static_cast<float>(pixGetWidth(pix.get()));
    const float sy = static_cast<float>(page.height) / static_cast<float>(pixGetHeight(pix.get()));
    std::vector<OcrLine> found;
    for (auto& l : text->lines) {
        if (!kept_read(l.text)) continue;
        l.x = static_cast<int>(l.x * sx);
        l.y = static_cast<int>(l.y * sy);
        l.w = static_cast<int>(l.w * sx);
        l.h = std::max(1, static_cast<int>(l.h * sy));
        l.second_pass = true;
        found.push_back(std::move(l));
    }
    const int n = static_cast<int>(found.size());
    if (n > 0) merge_lines(page, std::move(found));
    return n;
}

namespace {

// A cell filled dark (a 信息公开 grid's label cell, white text on dark green): its box in `grey`.
struct DarkCell {
    int x, y, w, h;
};

// A cut of a 96 dpi screen, upscaled by `scale`, read with Otsu's threshold and page segmentation
// mode `psm` (the dark grid's, the tile's and the rail's reads).
tl::expected<PageText, Error> read_cut(OcrEngine& engine, Pix* pix, const OcrParams& params,
                                       float scale, int psm) {
    OcrParams p = params;
    p.psm = psm;
    p.thresholding = 0;
    p.source_dpi = static_cast<int>(96 * scale);
    return engine.recognize(pix, p);
}

// A line read from a cut at (x0, y0) of the page, upscaled by `scale`, put back in the page's
// coordinates and marked as a second pass's.
void place_read(OcrLine& l, float scale, int x0, int y0) {
    l.x = x0 + static_cast<int>(static_cast<float>(l.x) / scale);
    l.y = y0 + static_cast<int>(static_cast<float>(l.y) / scale);
    l.w = static_cast<int>(static_cast<float>(l.w) / scale);
    l.h = std::max(1, static_cast<int>(static_cast<float>(l.h) / scale));
    l.second_pass = true;
}

// The filled components of the page's dark pixels (darker than 110): each 4-connected component
// whose box passes `fits(w, h, y)` and whose pixels fill between min_pct and max_pct % of its box
// (light text lies in holes of the dark fill: a solid block is no cell). Two cells apart by a
// 1 px border are two components.
template <class Fits>
std::vector<DarkCell> filled_components(Pix* grey, Fits fits, int min_pct, int max_pct) {
    std::vector<DarkCell> out;
    PixPtr dark(pixThresholdToBinary(grey, 110));
    if (!dark) return out;
    Boxa* boxa = pixConnCompBB(dark.get(), 4);
    if (!boxa) return out;
    for (int i = 0; i < boxaGetCount(boxa); ++i) {
        l_int32 x, y, bw, bh;
        if (boxaGetBoxGeometry(boxa, i, &x, &y, &bw, &bh) != 0 || !fits(bw, bh, y)) continue;
        Box* box = boxCreate(x, y, bw, bh);
        l_int32 n = 0;
        PixPtr cut(pixClipRectangle(dark.get(), box, nullptr));
        boxDestroy(&box);
        if (!cut || pixCountPixels(cut.get(), &n, nullptr) != 0) continue;
        const long area = static_cast<long>(bw) * bh;
        if (n * 100L >= area * min_pct && n * 100L <= area * max_pct) out.push_back({x, y, bw, bh});
    }
    boxaDestroy(&boxa);
    return out;
}

// The outlined squares of the page: 8-connected components of its ink (darker than 200) whose box
// passes `fits(w, h, y)` and which are a frame — each side's band (3 px) inked along at least 90 %
// of its length, the frame filling at most a third of its box (a date tile drawn as a bordered
// box, dark text on light: "14" over "2020.08").
template <class Fits>
std::vector<DarkCell> outlined_components(Pix* grey, Fits fits) {
    std::vector<DarkCell> out;
    PixPtr ink(pixThresholdToBinary(grey, 200));
    if (!ink) return out;
    Pixa* parts = nullptr;
    Boxa* boxa = pixConnComp(ink.get(), &parts, 8);
    if (!boxa) return out;
    for (int i = 0; i < boxaGetCount(boxa); ++i) {
        l_int32 x, y, bw, bh;
        if (boxaGetBoxGeometry(boxa, i, &x, &y, &bw, &bh) != 0 || !fits(bw, bh, y)) continue;
        PixPtr part(pixaGetPix(parts, i, L_CLONE));
        l_int32 n = 0;
        if (!part || pixCountPixels(part.get(), &n, nullptr) != 0 ||
            n * 3L > static_cast<long>(bw) * bh)
            continue;
        auto inked = [&](int px, int py) {
            l_uint32 v = 0;
            return pixGetPixel(part.get(), px, py, &v) == 0 && v != 0;
        };
        auto band = [&](bool rows, int from) {  // share of the side's length inked in its band
            int hit = 0;
            const int len = rows ? bw : bh;
            for (int k = 0; k < len; ++k) {
                bool any = false;
                for (int d = 0; d < 3 && !any; ++d) {
                    const int o = from < 0 ? (rows ? bh : bw) - 1 - d : from + d;
                    any = rows ? inked(k, o) : inked(o, k);
                }
                hit += any;
            }
            return hit * 10 >= len * 9;
        };
        if (band(true, 0) && band(true, -1) && band(false, 0) && band(false, -1))
            out.push_back({x, y, bw, bh});
    }
    boxaDestroy(&boxa);
    pixaDestroy(&parts);
    return out;
}

// Turns the pixels of `pix` inside [x0, x1) × [y0, y1) over as a dark cell's: the fill (darker
// than 110) white, its light text (160 and lighter) black, in between linearly — merely turned
// over, the fill would stay a grey box that Otsu's threshold keeps dark. Outside, white.
void turn_over(Pix* pix, int x0, int y0, int x1, int y1, bool white_outside) {
    const int w = pixGetWidth(pix), h = pixGetHeight(pix);
    for (int y = white_outside ? 0 : y0; y < (white_outside ? h : y1); ++y)
        for (int x = white_outside ? 0 : x0; x < (white_outside ? w : x1); ++x) {
            l_uint32 v = 0;
            pixGetPixel(pix, x, y, &v);
            const bool inside = x >= x0 && x < x1 && y >= y0 && y < y1;
            const int ink = inside ? std::clamp((static_cast<int>(v) - 110) * 255 / 50, 0, 255) : 0;
            pixSetPixel(pix, x, y, static_cast<l_uint32>(255 - ink));
        }
}

// Whitens the pixels of `pix` outside [x0, x1) × [y0, y1) (an outlined tile's frame).
void whiten_outside(Pix* pix, int x0, int y0, int x1, int y1) {
    const int w = pixGetWidth(pix), h = pixGetHeight(pix);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x)
            if (x < x0 || x >= x1 || y < y0 || y >= y1) pixSetPixel(pix, x, y, 255);
}

// The dark filled cells of a screenshot's grid: components of the pixels darker than 110, 40 px
// to a third of the page wide and 16–400 px high, 60–97 % dark (light text in them, not a solid
// block). A grid's label column: at least two such cells with the same left edge and width
// (within 6 px), or one at least 50 px high — label cells that touch make one component (the
// zoo's grid, 84×90 px for three labels). The column with most cells (the tallest on a tie), no
// more than 400 px high; then every cell on its rows (the grid's other label column).
std::vector<DarkCell> dark_cells(Pix* grey) {
    std::vector<DarkCell> out;
    const int w = pixGetWidth(grey);
    const std::vector<DarkCell> cells = filled_components(
        grey, [w](int bw, int bh, int) { return bw >= 40 && bw <= w / 3 && bh >= 16 && bh <= 400; },
        60, 97);
    auto same_column = [](const DarkCell& a, const DarkCell& b) {
        return std::abs(a.x - b.x) <= 6 && std::abs(a.w - b.w) <= 6;
    };
    const DarkCell* best = nullptr;
    long best_n = 0;
    int best_h = 0;
    for (const DarkCell& c : cells) {
        const long n = std::count_if(cells.begin(), cells.end(),
                                     [&](const DarkCell& o) { return same_column(c, o); });
        if (n < 2 && c.h < 50) continue;
        if (n > best_n || (n == best_n && c.h > best_h)) best = &c, best_n = n, best_h = c.h;
    }
    if (!best) return out;
    int top = best->y, bottom = best->y + best->h;
    for (const DarkCell& c : cells)
        if (same_column(*best, c)) {
            top = std::min(top, c.y);
            bottom = std::max(bottom, c.y + c.h);
        }
    if (bottom - top > 400) return out;
    for (const DarkCell& c : cells)
        if (c.y + c.h / 2 >= top && c.y + c.h / 2 <= bottom) out.push_back(c);
    return out;
}

// Whether the page's text already holds a publication label with its date.
bool labelled_date(const PageText& page) {
    static const RE2 re(R"(发布(?:日期|时间)\s*[:：]?\s*20\d\d)");
    return std::any_of(page.lines.begin(), page.lines.end(),
                       [](const OcrLine& l) { return RE2::PartialMatch(l.text, re); });
}

}  // namespace

int reread_dark_grid(OcrEngine& engine, Pix* grey, PageText& page, const OcrParams& params) {
    if (!grey || pixGetDepth(grey) != 8 || page.height <= 0 || labelled_date(page)) return 0;
    if (std::chrono::steady_clock::now() >= params.deadline) return 0;
    const auto cells = dark_cells(grey);
    if (tracing()) std::fprintf(stderr, "  dark grid: %zu cells\n", cells.size());
    if (cells.empty()) return 0;
    // The grid: the cells' rows, across the page; its cells turned over (white text → dark).
    // With two label columns the grid ends about as far right of the second as the second lies
    // right of the first: a side column beyond it ("最新信息" with its dates) is left out, else
    // its entries run into the grid's rows.
    const int pw = pixGetWidth(grey);
    int top = pixGetHeight(grey), bottom = 0, left = pw, right = 0, width = 0;
    for (const DarkCell& c : cells) {
        top = std::min(top, c.y);
        bottom = std::max(bottom, c.y + c.h);
        left = std::min(left, c.x);
        right = std::max(right, c.x);
        width = std::max(width, c.w);
    }
    const int g0 = std::max(0, top - 4), g1 = std::min(pixGetHeight(grey), bottom + 4);
    const int gx1 = right - left > width ? std::min(pw, right + width + (right - left)) : pw;
    // Nothing of the grid lies left of its first label column: a left rail there is cut off.
    const int gx0 = std::max(0, left - 8);
    PixPtr copy(pixCopy(nullptr, grey));
    if (!copy) return 0;
    // Each cell turned over (merely inverted, its labels read as "四").
    for (const DarkCell& c : cells)
        turn_over(copy.get(), c.x, c.y, c.x + c.w, c.y + c.h, /*white_outside=*/false);
    float scale = 1.5f;
    // A grid row whose label now reads is kept with its date as read, noise and all ("发布日期
    // 20 20年5月22日": the chooser repairs what a dated-line test would not pass).
    static const RE2 labelled(R"((?:[日曰][期其]|时间)\D{0,3}\d)");
    auto kept = [](const OcrLine& l) {
        return (has_dateish(l.text) || RE2::PartialMatch(l.text, labelled)) && !date_bar(l.text);
    };
    // The values stretched as the labels (60–200) are lost when they are light grey (#aaa: the
    // grid read its labels alone); then once more with light grey turned dark (110–235), larger
    // (at ×1.5 "发布日期 2020-04-05" read "发布日期 2020-04 文号 -05…").
    tl::expected<PageText, Error> text = tl::unexpected(Error{});
    for (const auto& [black, white, x] : {std::tuple{60, 200, 1.5f}, std::tuple{110, 235, 2.0f}}) {
        scale = x;
        PixPtr pix = cut_and_stretch(copy.get(), gx0, g0, gx1 - gx0, g1 - g0, scale, black, white);
        if (!pix) return 0;
        text = read_cut(engine, pix.get(), params, scale, 6);
        if (!text) return 0;
        if (tracing())
            for (const auto& l : text->lines)
                std::fprintf(stderr, "  grid %d-%d %d–%d: %s\n", g0, g1, black, white,
                             l.text.c_str());
        if (std::any_of(text->lines.begin(), text->lines.end(), kept)) break;
        if (std::chrono::steady_clock::now() >= params.deadline) return 0;
    }
    std::vector<OcrLine> found;
    for (auto& l : text->lines) {
        if (!kept(l)) continue;
        place_read(l, scale, gx0, g0);
        found.push_back(std::move(l));
    }
    const int n = static_cast<int>(found.size());
    if (n > 0) merge_lines(page, std::move(found));
    return n;
}

int reread_title_bars(OcrEngine& engine, Pix* grey, PageText& page, const OcrParams& params) {
    if (!grey || pixGetDepth(grey) != 8 || page.height <= 0 || labelled_date(page)) return 0;
    if (std::chrono::steady_clock::now() >= params.deadline) return 0;
    const int pw = pixGetWidth(grey), ph = pixGetHeight(grey);
    // A bar at least a quarter of the page wide, 24–300 px high, in its upper 70 %, 60–97 % dark
    // (light text in it, not a solid block).
    std::vector<DarkCell> bars = filled_components(
        grey,
        [pw, ph](int bw, int bh, int y) {
            return bw * 4 >= pw && bh >= 24 && bh <= 300 && y + bh / 2 <= ph * 7 / 10;
        },
        60, 97);
    if (bars.empty() || bars.size() > 4) return 0;  // more: a list of filled entries, a chart
    std::vector<OcrLine> found;
    for (const DarkCell& c : bars) {
        if (std::chrono::steady_clock::now() >= params.deadline) break;
        Box* box = boxCreate(c.x, c.y, c.w, c.h);
        PixPtr copy(pixClipRectangle(grey, box, nullptr));
        boxDestroy(&box);
        if (!copy) continue;
        // Turned over as the dark grid's cells; its rounded corners (a few pixels in) white.
        turn_over(copy.get(), 3, 3, c.w - 3, c.h - 3, /*white_outside=*/true);
        const float scale = 2.5f;  // ×2 read a small white "2020-02-28" as "于了0 02-人"
        PixPtr pix = cut_and_stretch(copy.get(), 0, 0, c.w, c.h, scale, 60, 200);
        if (!pix) continue;
        auto text = read_cut(engine, pix.get(), params, scale, 6);
        if (!text) continue;
        // A bar that gives a date gives all its lines (the title above its byline: the chooser
        // knows a byline by the title over it).
        const bool dated =
            std::any_of(text->lines.begin(), text->lines.end(),
                        [](const OcrLine& l) { return has_dateish(l.text) && !date_bar(l.text); });
        for (auto& l : text->lines) {
            if (tracing())
                std::fprintf(stderr, "  bar %d,%d %dx%d: %s\n", c.x, c.y, c.w, c.h, l.text.c_str());
            if (!dated || date_bar(l.text)) continue;
            place_read(l, scale, c.x, c.y);
            found.push_back(std::move(l));
        }
    }
    const int n = static_cast<int>(found.size());
    if (n > 0) merge_lines(page, std::move(found));
    return n;
}

namespace {

// The date a tile's read says: a day over a year and month ("26" over "2020.08", "2020-08",
// "2020年08月"), or a month-day over a year ("08-26" over "2020"), in either order — as
// "2020-08-26", or "" when the read is not such a tile.
std::string tile_date(const std::vector<OcrLine>& lines) {
    std::vector<std::vector<int>> numbers;  // per line, its digit groups
    for (const auto& l : lines) {
        std::vector<int> mine;
        // A tile holds digits only: a 5 read as s after a digit ("2s", "0s") is a 5.
        std::string text = l.text;
        for (size_t i = 1; i < text.size(); ++i)
            if ((text[i] == 's' || text[i] == 'S') && text[i - 1] >= '0' && text[i - 1] <= '9')
                text[i] = '5';
        // A large day read with a space between its digits ("1 3"): one number.
        std::string digits;
        for (char ch : text)
            if (ch >= '0' && ch <= '9') digits += ch;
        if (digits.size() == 2 && text.find_first_not_of("0123456789 ") == std::string::npos) {
            numbers.push_back({std::stoi(digits)});
            continue;
        }
        for (size_t i = 0; i < text.size();) {
            if (text[i] < '0' || text[i] > '9') {
                ++i;
                continue;
            }
            size_t j = i;
            while (j < text.size() && text[j] >= '0' && text[j] <= '9') ++j;
            if (j - i > 4) return "";
            mine.push_back(std::stoi(text.substr(i, j - i)));
            i = j;
        }
        if (!mine.empty()) numbers.push_back(std::move(mine));
    }
    if (numbers.size() != 2) return "";
    for (int yl = 0; yl < 2; ++yl) {
        const auto& y = numbers[yl];
        const auto& o = numbers[1 - yl];
        if (y.empty() || y[0] < 2000 || y[0] > 2099) continue;
        int month = 0, day = 0;
        if (y.size() == 2 && o.size() == 1)
            month = y[1], day = o[0];
        else if (y.size() == 1 && o.size() == 2)
            month = o[0], day = o[1];
        else
            continue;
        const Date d{y[0], month, day};
        if (month < 1 || month > 12 || !d.valid()) return "";
        return d.iso();
    }
    return "";
}

}  // namespace

int reread_date_tile(OcrEngine& engine, Pix* grey, PageText& page, const OcrParams& params) {
    if (!grey || pixGetDepth(grey) != 8 || page.height <= 0 || labelled_date(page)) return 0;
    if (std::chrono::steady_clock::now() >= params.deadline) return 0;
    const int pw = pixGetWidth(grey), ph = pixGetHeight(grey);
    // Square-ish, 40–240 px (outlined: from 50), in the upper 60 % of the page, not in its right
    // 40 % (a sidebar's 扫一扫 QR codes are dark squares too: three of them beside an article's
    // tile made a list). Filled dark, or drawn as a bordered box, dark text on light.
    auto square = [ph](int min) {
        return [ph, min](int bw, int bh, int y) {
            return bw >= min && bh >= min && bw <= 240 && bh <= 240 && bw * 10 <= bh * 17 &&
                   bh * 10 <= bw * 17 && y + bh / 2 <= ph * 6 / 10;
        };
    };
    struct Tile {
        DarkCell c;
        bool filled;
    };
    std::vector<Tile> tiles;
    for (const DarkCell& c : filled_components(grey, square(40), 55, 97))
        tiles.push_back({c, true});
    for (const DarkCell& c : outlined_components(grey, square(50))) tiles.push_back({c, false});
    std::erase_if(tiles, [pw](const Tile& t) { return t.c.x + t.c.w / 2 > pw * 6 / 10; });
    // A list of entries, each with its tile, is no article's head: its dates are the entries'.
    if (tiles.empty() || tiles.size() > 3) return 0;
    std::vector<OcrLine> found;
    for (const auto& [c, filled] : tiles) {
        if (std::chrono::steady_clock::now() >= params.deadline) break;
        const int m = 4;
        const int x0 = std::max(0, c.x - m), y0 = std::max(0, c.y - m);
        const int x1 = std::min(pw, c.x + c.w + m), y1 = std::min(ph, c.y + c.h + m);
        Box* box = boxCreate(x0, y0, x1 - x0, y1 - y0);
        PixPtr copy(pixClipRectangle(grey, box, nullptr));
        boxDestroy(&box);
        if (!copy) continue;
        // A filled tile turned over as the dark grid's cells; the page around the tile and its
        // rounded corners (a few pixels in) white. An outlined one: its frame whitened.
        const int ix0 = c.x - x0 + 4, iy0 = c.y - y0 + 4;
        if (filled)
            turn_over(copy.get(), ix0, iy0, ix0 + c.w - 8, iy0 + c.h - 8, /*white_outside=*/true);
        else
            whiten_outside(copy.get(), ix0, iy0, ix0 + c.w - 8, iy0 + c.h - 8);
        const float scale = 2.0f;
        PixPtr pix = cut_and_stretch(copy.get(), 0, 0, x1 - x0, y1 - y0, scale, 60, 200);
        if (!pix) continue;
        // Sparse text: the large day and the small year-month are two blocks (psm 6 read one).
        auto text = read_cut(engine, pix.get(), params, scale, 11);
        if (!text) continue;
        const std::string date = tile_date(text->lines);
        if (tracing()) {
            std::fprintf(stderr, "  tile %d,%d %dx%d:", c.x, c.y, c.w, c.h);
            for (const auto& l : text->lines) std::fprintf(stderr, " [%s]", l.text.c_str());
            std::fprintf(stderr, " → %s\n", date.empty() ? "-" : date.c_str());
        }
        if (date.empty()) continue;
        OcrLine line;
        line.text = date;
        line.x = c.x, line.y = c.y, line.w = c.w, line.h = c.h;
        line.confidence = text->ocr_confidence;
        line.second_pass = true;
        line.date_tile = true;
        found.push_back(std::move(line));
    }
    // Two tiles with dates: which is the page's own is not for this pass to say.
    if (found.size() != 1) return 0;
    // Added, replacing nothing: the title beside the tile was read on the tile's rows, and often
    // starting in it (a stray "6" before "关于…").
    merge_lines(page, std::move(found), /*replace=*/false);
    return 1;
}

// The rail's labels, as the first pass reads them at the start of a line it ran on into the
// article beside the rail ("成文日期县城管执法局 56 124 9 1310").
bool rail_label(const std::string& text) {
    for (std::string_view w : {"信息属性", "索引号", "主题分类", "发布机构", "成文日期", "发布日期",
                               "有效性", "发文机关"})
        if (text.find(w) != std::string::npos && text.find(w) <= 12) return true;
    return false;
}

// The first column of `grey`'s rows [top, bottom) from `from` to `to` that starts a run of at
// least 12 ink-free columns (no pixel darker than 200, a stray one or two allowed; 6 found one
// between a date's 9 and its 月): the gutter
// right of a rail's text. -1 when none.
int gutter_after(Pix* grey, int top, int bottom, int from, int to) {
    const int wpl = pixGetWpl(grey);
    const l_uint32* data = pixGetData(grey);
    // Light grey values (#999 in JPEG ringing: some strokes lighter than 150) count as ink.
    constexpr int kInk = 200;
    const int allowed = std::max(2, (bottom - top) / 200);
    // Rows dark over half the span are a filled bar across it (a navigation bar, the rail's
    // coloured heading), no text: left out.
    std::vector<int> rows;
    for (int y = top; y < bottom; ++y) {
        int dark = 0;
        for (int x = from; x < to; ++x) dark += GET_DATA_BYTE(data + y * wpl, x) < kInk;
        if (dark * 2 <= to - from) rows.push_back(y);
    }
    int run = 0;
    for (int x = from; x < to; ++x) {
        int ink = 0;
        for (size_t k = 0; k < rows.size() && ink <= allowed; ++k)
            if (GET_DATA_BYTE(data + rows[k] * wpl, x) < kInk) ++ink;
        run = ink <= allowed ? run + 1 : 0;
        if (run >= 12) return x - 11;
    }
    return -1;
}

int reread_missed_bands(OcrEngine& engine, Pix* grey, bool upscaled, PageText& page,
                        const OcrParams& params, bool photo) {
    if (!grey || page.lines.empty() || page.height <= 0) return 0;
    // A photographed page's rows are found and read on its flattened copy: on the raw photo the
    // light byline sinks into the uneven light and the moiré.
    PixPtr flat = photo ? flat_page(grey) : nullptr;
    if (flat) grey = flat.get();
    int bottom = band_bottom(page);
    // A phone's screen: the band reaches down to the first line read below it — a short video's
    // caption sits at the screen's foot, its account and stamp ("@青县退役军人事务局 · 09-18") over
    // the picture, right above the caption lines the first pass read (holdout20's 抖音 page).
    if (phone_screen(page)) {
        int below = page.height;
        for (const auto& l : page.lines)
            if (l.y >= bottom) below = std::min(below, l.y);
        if (below < page.height) bottom = below;
    }
    // A date in the upper part already: below it only rows the first pass did not see at all
    // are read (a byline lost between title and body while the body's dates were read); above
    // it the half-read lines too (a phone byline of which only the account name was read, over a
    // body whose event dates were).
    const int dated_y = first_date_y(page, bottom);
    if (tracing())
        for (const auto& l : page.lines)
            std::fprintf(stderr, "line y %d h %d x %d w %d c %.0f: %s\n", l.y, l.h, l.x, l.w,
                         static_cast<double>(l.confidence), l.text.c_str());
    std::vector<OcrLine> found;
    const float scale = upscaled ? 1.0f : 2.5f;
    const int line_h = typical_line_height(page);
    // Rows read, and stretches of rows read on their own: each at most kMaxRows. A table's rows
    // (label cell, value cell) are rows of stretches too, and when their reads counted as rows
    // holdout13's 县长信箱 record spent the budget before its 回复时间 row.
    int rows = 0, stretches = 0;
    for (const Band& band : missed_bands(page, bottom, dated_y)) {
        if (tracing())
            std::fprintf(stderr, "band %d-%d (dated_y %d, bottom %d)\n", band.first, band.second,
                         dated_y, bottom);
        // On the rows of a line joined to a side list, only the main column is looked at.
        int columns = pixGetWidth(grey);
        for (const auto& l : page.lines)
            if (std::min(l.y + l.h, band.second) > std::max(l.y, band.first) &&
                joins_side_list(l, page))
                columns = std::min(columns, page.width * 6 / 10);
        for (const Row& row : ink_rows(grey, band, columns)) {
            if (tracing())
                std::fprintf(stderr, " ink %d-%d x %d-%d paper %d%s%s\n", row.top, row.bottom,
                             row.x0, row.x1, row.paper, row.inverted ? " inverted" : "",
                             read_well(page, row) ? " read well" : "");
            if (read_well(page, row) ||
                (row.top >= dated_y && !unseen(page, row) && !on_lost_date(page, row)))
                continue;
            if (++rows > kMaxRows || std::chrono::steady_clock::now() >= params.deadline) break;
            // Small rows are enlarged; a row already as tall as a clear line (a 1080 px phone's
            // byline, ~35 px) is not: at twice that Tesseract splits and garbles it.
            // A row of several lines (a left rail's staggered lines run into the byline beside
            // them) is enlarged by the page's line height, not its own: read at ×1, the design
            // zoo's boxed byline "发文日期: 2020年3月23日" came back "2020年9月29日".
            // (Not a banner's light text: its row is one line of the banner's own size.)
            const int row_h = row.bottom - row.top;
            const int text_h = !row.inverted && row_h > line_h * 8 / 5 ? line_h : row_h;
            const float row_scale =
                std::clamp(kRowHeight / static_cast<float>(text_h), 1.0f, scale);
            auto got = row_lines(engine, grey, row, row_scale, flat != nullptr, params);
            // Nothing dated in a row of several stretches: each stretch read on its own.
            if (got.empty() && !row.inverted)
                if (const auto parts = ink_stretches(grey, row); parts.size() > 1)
                    for (const Row& part : parts)
                        // Its own rows: the stretch's text without the other column's taller
                        // line or a rule under it, enlarged by its own height.
                        for (const Row& sub :
                             ink_rows(grey, {part.top, part.bottom}, part.x1, part.x0)) {
                            if (read_well(page, sub)) continue;
                            if (++stretches > kMaxRows ||
                                std::chrono::steady_clock::now() >= params.deadline)
                                break;
                            const float sub_scale = std::clamp(
                                kRowHeight / static_cast<float>(sub.bottom - sub.top), 1.0f, scale);
                            for (auto& l :
                                 row_lines(engine, grey, sub, sub_scale, flat != nullptr, params))
                                got.push_back(std::move(l));
                        }
            for (auto& l : got) found.push_back(std::move(l));
        }
    }
    const int n = static_cast<int>(found.size());
    if (n > 0) merge_lines(page, std::move(found));
    return n;
}

int reread_left_rail(OcrEngine& engine, Pix* grey, PageText& page, const OcrParams& params) {
    if (!grey || pixGetDepth(grey) != 8 || page.height <= 0 || labelled_date(page)) return 0;
    if (std::chrono::steady_clock::now() >= params.deadline) return 0;
    const int pw = pixGetWidth(grey), ph = pixGetHeight(grey);
    // Two of the rail's labels opening lines that start in the page's left quarter.
    int top = ph, bottom = 0, left = pw, labels = 0, lh = 0;
    for (const auto& l : page.lines) {
        if (l.x >= pw / 4 || !rail_label(l.text)) continue;
        ++labels;
        top = std::min(top, l.y);
        bottom = std::max(bottom, l.y + l.h);
        left = std::min(left, l.x);
        lh = std::max(lh, l.h);
    }
    if (labels < 2) return 0;
    // From two label-value pairs above the first label found (a 发布日期 pair the first pass lost
    // whole lay right above its 成文日期) to four lines under the last (the last label's value).
    top = std::max(0, top - 4 * lh);
    bottom = std::min(ph, bottom + 4 * lh);
    const int gutter = gutter_after(grey, top, bottom, left + 40, pw * 2 / 5);
    if (gutter < 0) return 0;
    const float scale = 2.0f;
    PixPtr pix = cut_and_stretch(grey, 0, top, gutter, bottom - top, scale, 0, 255);
    if (!pix) return 0;
    auto text = read_cut(engine, pix.get(), params, scale, 6);
    if (!text) return 0;
    if (tracing()) {
        std::fprintf(stderr, "  rail x 0-%d y %d-%d:\n", gutter, top, bottom);
        for (const auto& l : text->lines) std::fprintf(stderr, "    [%s]\n", l.text.c_str());
    }
    if (std::none_of(text->lines.begin(), text->lines.end(),
                     [](const OcrLine& l) { return has_dateish(l.text); }))
        return 0;
    std::vector<OcrLine> found;
    for (auto& l : text->lines) {
        if (dossier::text::trim(l.text).empty()) continue;
        place_read(l, scale, 0, top);
        found.push_back(std::move(l));
    }
    // Added: the first pass's lines ran on into the article, whose text they keep — less the
    // rail's part they open with ("2020年05月23日【打印】": the rail's 成文日期 value before the
    // article's 打印, taken for a byline's date; "重点领域日期：2020年06月02日": the rail's
    // 主题分类 value before the article's own date label).
    for (auto& l : page.lines) {
        if (l.x >= gutter || l.second_pass) continue;
        for (const auto& r : found) {
            const int mid = r.y + r.h / 2;
            if (mid < l.y || mid > l.y + l.h) continue;
            const std::string_view part = dossier::text::trim(r.text);
            const std::string_view line = dossier::text::trim(l.text);
            if (part.size() >= 6 && line.size() > part.size() && line.starts_with(part)) {
                l.text = std::string(dossier::text::trim(line.substr(part.size())));
                break;
            }
        }
    }
    const int n = static_cast<int>(found.size());
    merge_lines(page, std::move(found), /*replace=*/false);
    return n;
}

int reread_dark_page(OcrEngine& engine, Pix* grey, PageText& page, const OcrParams& params) {
    if (!grey || pixGetDepth(grey) != 8 || page.height <= 0 || page_has_date(page)) return 0;
    if (std::any_of(page.lines.begin(), page.lines.end(),
                    [](const OcrLine& l) { return account_stamp(l.text).has_value(); }))
        return 0;
    if (std::chrono::steady_clock::now() >= params.deadline) return 0;
    l_float32 mean = 255;
    if (pixGetAverageMasked(grey, nullptr, 0, 0, 1, L_MEAN_ABSVAL, &mean) != 0 || mean >= 125)
        return 0;
    PixPtr light(pixInvert(nullptr, grey));
    if (!light) return 0;
    OcrParams p = params;  // the page as the first pass read it, at its resolution
    p.psm = 6;
    p.thresholding = 0;
    auto text = engine.recognize(light.get(), p);
    if (!text) return 0;
    if (tracing()) {
        std::fprintf(stderr, "  dark page (mean %.0f) read turned over:\n", mean);
        for (const auto& l : text->lines) std::fprintf(stderr, "    [%s]\n", l.text.c_str());
    }
    std::vector<OcrLine> found;
    for (auto& l : text->lines) {
        if (!account_stamp(l.text).has_value() && (!has_dateish(l.text) || date_bar(l.text))) continue;
        l.second_pass = true;
        found.push_back(std::move(l));
    }
    const int n = static_cast<int>(found.size());
    if (n > 0) merge_lines(page, std::move(found), /*replace=*/false);
    return n;
}

void merge_lines(PageText& page, std::vector<OcrLine> found, bool replace) {
    // A first-pass line is replaced when its middle lies in a found line's rows and their columns
    // overlap: a side column's line on the same rows was not read again and stays.
    auto covered = [&](const OcrLine& l) {
        const int mid = l.y + l.h / 2;
        for (const auto& f : found)
            if (mid >= f.y && mid <= f.y + f.h && l.x + l.w > f.x && l.x < f.x + f.w) return true;
        return false;
    };
    if (replace) std::erase_if(page.lines, covered);
    for (auto& f : found) page.lines.push_back(std::move(f));
    std::stable_sort(page.lines.begin(), page.lines.end(),
                     [](const OcrLine& a, const OcrLine& b) { return a.y < b.y; });
    std::string text;
    for (const auto& l : page.lines) {
        if (!text.empty()) text += '\n';
        text += l.text;
    }
    page.text = std::move(text);
}

}  // namespace dossier
