#include "extractors/signature_block.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <utility>
#include <vector>

#include <leptonica/allheaders.h>
#include <re2/re2.h>
#include <unicode/unistr.h>

#include "extractors/ocr_second_pass.hpp"
#include "extractors/pix.hpp"
#include "model/date.hpp"
#include "model/text.hpp"

namespace dossier {

// The year's characters are those analysis/dates.cpp repairs (〇 read as O/0/D/口/@/C/5/人/。, a
// leading 二 as 工): on holdout7's sealed 扫描件.pdf the block read "二O二@〇年六月十八日", which
// dates.cpp repairs to 2020-06-18, and an '@' outside this class dropped it.
// A year of three characters ("二OO年三月二十六日", holdout8's sealed 领导小组调整通知.pdf) has
// lost one: no repair makes it a year, and taking it for the block's date skipped the block's
// re-read.
namespace {

// An arabic year-month(-day) as OCR reads it (a space inside the year, 1 as l/I/]).
const RE2& arabic_date() {
    static const RE2 re(R"((?:19|20)\s*\d\s*\d\s*[-./年]\s*[.]?\s*[0-9lI\]]{1,2}\s*[-./月])");
    return re;
}

// `text` as code points, spaces dropped, each mapped by `map`.
template <typename Map>
std::u32string code_points(const std::string& text, Map map) {
    const icu::UnicodeString u = icu::UnicodeString::fromUTF8(text);
    std::u32string s;
    for (int i = 0; i < u.length(); i = u.moveIndex32(i, 1)) {
        const char32_t c = static_cast<char32_t>(u.char32At(i));
        if (c != U' ') s.push_back(map(c));
    }
    return s;
}

}  // namespace

bool full_date(const std::string& text) {
    static const RE2 cn(
        R"((?:[一二三四五六七八九〇○零OoQD0口@C5人。工][ ]?){4,6}年.{0,8}月.{0,8}[日曰])");
    return RE2::PartialMatch(text, cn) || RE2::PartialMatch(text, arabic_date());
}

namespace {

// The value of a Chinese-numeral (or arabic) month or day as the whitelisted line pass reads it:
// 八, 十, 十一, 二十, 二十六, 31; 0 when it is none of these forms.
int small_number(const std::u32string& s) {
    auto digit = [](char32_t c) -> int {
        static const std::u32string cn = U"〇一二三四五六七八九";
        if (c >= U'0' && c <= U'9') return static_cast<int>(c - U'0');
        const auto i = cn.find(c);
        return i == std::u32string::npos ? -1 : static_cast<int>(i);
    };
    if (s.empty() || s.size() > 3) return 0;
    if (std::all_of(s.begin(), s.end(), [](char32_t c) { return c >= U'0' && c <= U'9'; }))
        return s.size() <= 2 ? std::stoi(std::string(s.begin(), s.end())) : 0;
    const auto ten = s.find(U'十');
    if (ten == std::u32string::npos) return s.size() == 1 && digit(s[0]) > 0 ? digit(s[0]) : 0;
    const int tens = ten == 0 ? 1 : (ten == 1 && digit(s[0]) > 1 ? digit(s[0]) : -1);
    const int units = ten + 1 == s.size() ? 0 : (ten + 2 == s.size() ? digit(s[ten + 1]) : -1);
    if (tens < 0 || units < 0 || (ten + 1 < s.size() && units == 0)) return 0;
    return tens * 10 + units;
}

std::string chinese(int n, bool year) {
    static const char* cn[] = {"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    if (year) {
        std::string y;
        for (char c : std::to_string(n)) y += cn[c - '0'];
        return y;
    }
    if (n < 10) return cn[n];
    return (n >= 20 ? std::string(cn[n / 10]) : std::string()) + "十" + (n % 10 ? cn[n % 10] : "");
}

}  // namespace

std::optional<std::string> whitelisted_date(const std::string& text) {
    const std::u32string s =
        code_points(text, [](char32_t c) { return c == U'零' || c == U'○' ? U'〇' : c; });
    // The year: exactly four characters from the start of the line, then 年.
    const auto nian = s.find(U'年'), yue = s.find(U'月'), ri = s.find(U'日');
    if (nian != 4 || yue == std::u32string::npos || ri == std::u32string::npos || yue < nian ||
        ri < yue)
        return std::nullopt;
    int year = 0;
    for (size_t i = 0; i < 4; ++i) {
        static const std::u32string cn = U"〇一二三四五六七八九";
        const char32_t c = s[i];
        const auto k = cn.find(c);
        const int d = c >= U'0' && c <= U'9'      ? static_cast<int>(c - U'0')
                      : k != std::u32string::npos ? static_cast<int>(k)
                                                  : -1;
        if (d < 0) return std::nullopt;
        year = year * 10 + d;
    }
    const int month = small_number(s.substr(nian + 1, yue - nian - 1));
    const int day = small_number(s.substr(yue + 1, ri - yue - 1));
    static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (year < 2015 || year > 2030 || month < 1 || month > 12 || day < 1 || day > days[month - 1] ||
        (month == 2 && day == 29 && year % 4 != 0))
        return std::nullopt;
    return chinese(year, true) + "年" + chinese(month, false) + "月" + chinese(day, false) + "日";
}

// The month and day of a read whose year may be garbled ("一二年三月十九日"): 年, then 月, then 日,
// a plausible month and day between them.
std::optional<std::pair<int, int>> month_day(const std::string& text) {
    const std::u32string s = code_points(text, [](char32_t c) { return c; });
    const auto nian = s.find(U'年');
    if (nian == std::u32string::npos) return std::nullopt;
    const auto yue = s.find(U'月', nian);
    if (yue == std::u32string::npos) return std::nullopt;
    const auto ri = s.find(U'日', yue);
    if (ri == std::u32string::npos) return std::nullopt;
    const int month = small_number(s.substr(nian + 1, yue - nian - 1));
    const int day = small_number(s.substr(yue + 1, ri - yue - 1));
    if (month < 1 || month > 12 || day < 1 || day > 31) return std::nullopt;
    return std::pair{month, day};
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
// A Chinese-numeral date counts as read only when, its year's look-alikes taken for 〇 (O, @, 口,
// …; a leading 工 for 二), it is a full plausible date (whitelisted_date): holdout8's sealed
// scans read "二@二@〇年光月二十日" and "二@Q二O年四月二十七日", which looked like dates
// (full_date) and so were never read again, but which no repair makes a date. An arabic date counts
// as read when its day is whole: holdout16's phone photo of a sealed 回执 read "2020年10月3%掉"
// (the seal over "0日"), a date of the 3rd to the chooser's eye.
bool clean_date(const std::string& text) {
    static const RE2 arabic(
        R"((?:19|20)\d\d\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|(?:-\s*\d{1,2}\s*-|\.\s*\d{1,2}\s*\.|/\s*\d{1,2}\s*/)\s*\d{1,2}(?:\D|$)))");
    if (RE2::PartialMatch(text, arabic)) return true;
    static const std::u32string zero = U"OoQD0口@C5人。○零";
    static const std::u32string digits = U"〇一二三四五六七八九";
    const std::u32string s = code_points(
        text, [](char32_t c) { return zero.find(c) != std::u32string::npos ? U'〇' : c; });
    for (size_t nian = s.find(U'年'); nian != std::u32string::npos;
         nian = s.find(U'年', nian + 1)) {
        size_t start = nian;
        while (start > 0 && (digits.find(s[start - 1]) != std::u32string::npos ||
                             (start == nian - 3 && s[start - 1] == U'工')))
            --start;
        std::u32string from = s.substr(start);
        if (!from.empty() && from[0] == U'工') from[0] = U'二';
        if (whitelisted_date(text::utf8_of(from))) return true;
    }
    return false;
}

}  // namespace

bool signature_dated(const std::string& text) {
    return full_date(text) && text.find("印发") == std::string::npos && clean_date(text);
}

namespace {

// A date already read in the block (or, without a seal, in the page's last two lines; a body
// line's deadline a few lines above the signature does not count).
bool block_dated(const PageText& page, const Rect& r, bool sealed) {
    if (!sealed)
        for (const auto* l : last_lines(page, 2))
            if (signature_dated(l->text)) return true;
    for (const auto& l : page.lines) {
        const int mid = l.y + l.h / 2;
        // A line this pass already read (second_pass) is not read a second time.
        const bool read = l.second_pass ? full_date(l.text) : signature_dated(l.text);
        if (mid >= r.y0 && mid <= r.y1 && l.x + l.w > r.x0 && read) return true;
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

// A row of the block's PSM 6 read that may be the date line the read garbled: it has 年, 月 or
// 日 (曰), or three of the year's characters and look-alikes in a row; not the 版记's 印发 line.
bool datish(const std::string& text) {
    static const RE2 re(R"([年月日曰]|(?:[一二三四五六七八九〇○零OoQD0口@C5人。工][ ]?){3})");
    return RE2::PartialMatch(text, re) && text.find("印发") == std::string::npos;
}

// The year the page itself gives its document (the first pass's lines): the year of the 文号 in
// its first eight lines (〔2020〕9号, OCR's brackets of any shape; a body's cited 文号 is another
// document's) and of its 版记's 印发 date, else the year of the full arabic dates in its text —
// only when they all agree (a reply quoting last December's application gives none). The
// signature date whose year the seal garbled takes it (year_fits). analysis/dates.cpp's
// document_number_year reads the same 文号 from the normalised text, a layer above.
std::optional<int> document_year(const PageText& page) {
    static const RE2 doc_no(R"([〔\[［【(（{]\s*(20[1-3]\d)\s*[〕\]］】)）}][^号]{0,4}号)");
    static const RE2 issued(R"((20[1-3]\d)\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*印发)");
    static const RE2 dated(
        R"((20[1-3]\d)\s*(?:年\s*\d{1,2}\s*月|[-./]\s*\d{1,2}\s*[-./]\s*\d{1,2}))");
    std::vector<const OcrLine*> lines;
    for (const auto& l : page.lines) lines.push_back(&l);
    std::stable_sort(lines.begin(), lines.end(),
                     [](const OcrLine* a, const OcrLine* b) { return a->y < b->y; });
    std::optional<int> year;
    bool split = false;
    auto take = [&](const RE2& re, size_t from, size_t to) {
        for (size_t i = from; i < std::min(to, lines.size()); ++i) {
            re2::StringPiece in(lines[i]->text);
            int y = 0;
            while (RE2::FindAndConsume(&in, re, &y)) {
                split = split || (year && *year != y);
                year = y;
            }
        }
    };
    take(doc_no, 0, 8);
    take(issued, 0, lines.size());
    if (!year) take(dated, 0, lines.size());
    return split ? std::nullopt : year;
}

// The page's text line height: the median height of its first-pass lines (0 when none).
int line_height(const PageText& page) {
    std::vector<int> h;
    for (const auto& l : page.lines)
        if (l.text.size() >= 9) h.push_back(l.h);
    if (h.empty()) return 0;
    std::nth_element(h.begin(), h.begin() + static_cast<long>(h.size() / 2), h.end());
    return h[h.size() / 2];
}

// The day the 版记 says the document was printed ("2020年5月11日印发", first pass); the
// signature's date is on or before it, and not a month earlier.
std::optional<Date> imprint_day(const PageText& page) {
    static const RE2 re(R"((20[1-3]\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*印发)");
    for (const auto& l : page.lines) {
        Date d;
        if (RE2::PartialMatch(l.text, re, &d.year, &d.month, &d.day) && d.valid()) return d;
    }
    return std::nullopt;
}

// The year of a date in whitelisted_date's canonical numerals ("二〇二〇年…" → 2020).
int canonical_year(const std::string& date) {
    static const std::u32string cn = U"〇一二三四五六七八九";
    const std::u32string s = code_points(date, [](char32_t c) { return c; });
    int year = 0;
    for (size_t i = 0; i < 4 && i < s.size(); ++i)
        year = year * 10 + static_cast<int>(cn.find(s[i]) % 10);
    return year;
}

// Whether a whitelisted read's year (the characters before 年, at least three) is `year` with at
// most one character dropped or misread: the seal's ring took a 〇 ("二二〇年", "二〇二年") or
// made one a 四 ("二四二〇年").
bool year_fits(const std::string& text, int year) {
    const std::u32string s =
        code_points(text, [](char32_t c) { return c == U'零' || c == U'○' ? U'〇' : c; });
    const auto nian = s.find(U'年');
    if (nian == std::u32string::npos || nian < 3) return false;
    const std::u32string read = s.substr(nian > 6 ? nian - 6 : 0, nian > 6 ? 6 : nian);
    static const char32_t* cn = U"〇一二三四五六七八九";
    std::u32string han, arabic;
    for (char c : std::to_string(year)) {
        han.push_back(cn[c - '0']);
        arabic.push_back(static_cast<char32_t>(c));
    }
    return text::edit_distance(read, han) <= 1 || text::edit_distance(read, arabic) <= 1;
}

// Whether a read's year is mostly lost under the seal: two characters before 年, one of them a
// character of `year` ("2一年九月二十八日", holdout18's sealed 答复书: the ring over 〇二〇). Not
// one character alone: holdout13's sealed 扫描件001.pdf read "2年9月13日" for the 14th.
bool year_lost(const std::string& text, int year) {
    const std::u32string s =
        code_points(text, [](char32_t c) { return c == U'零' || c == U'○' ? U'〇' : c; });
    const auto nian = s.find(U'年');
    if (nian != 2) return false;
    static const char32_t* cn = U"〇一二三四五六七八九";
    for (char c : std::to_string(year))
        for (size_t i = 0; i < nian; ++i)
            if (s[i] == cn[c - '0'] || s[i] == static_cast<char32_t>(c)) return true;
    return false;
}

// The date line alone (issue 18): the rows of the block's PSM 6 read that look like a garbled
// date (`rows`, in the upscaled cut's pixels; at most kDateRows, from the bottom), each cut as a
// strip across the block, read once more as a single line (PSM 7) with only the characters of a
// date allowed, on the block's two stretches and three darker ones (15–60, 20–75, 10–45): a dark
// grey seal's star or ring that 30–90 leaves as a grey blot over the strokes turns white
// (holdout12's grey 扫描件20201116.pdf read "二年二十五" at 30–90, "二〇二〇年八月二十五日" at
// 15–60; holdout14's 香环〔2020〕9号扫描件.pdf read its year whole only at 10–45). A strip's
// date is taken only when it parses as a full, plausible date (whitelisted_date), no other read
// gave another date, and no read's month and day disagree with it, its year garbled or not
// (holdout9's 扫描件20201117.pdf: "二〇二〇年三月九日" at 30–90 against "一二年三月十九日" at
// 15–60, the 十 under the seal; holdout11's 扫描件002.pdf: "一〇二〇年二月八日" at 15–60, the
// star over its 一月, against "二二年一月八日" at 10–45; unsure beats wrong). When no read is a
// whole date, a month and day that no read contradicts, read under a year that fits the page's
// own (year_fits, document_year), is taken with that year. Returns the line, in `grey`'s
// coordinates, in the canonical Chinese numerals.
constexpr size_t kDateRows = 2;
constexpr std::pair<int, int> kLineStretches[] = {
    {60, 200}, {30, 90}, {15, 60}, {20, 75}, {10, 45}};
constexpr const char* kDateChars = "〇零一二三四五六七八九十年月日0123456789";

std::optional<OcrLine> read_date_line(OcrEngine& engine, Pix* grey, const Rect& block, float scale,
                                      std::vector<Rect> rows, int line_h, std::optional<int> year,
                                      std::optional<Date> imprint, OcrParams p) {
    // The same row read by both stretches counts once: the shorter box. A box grown by the
    // seal's ring or star (holdout12's grey 扫描件20201116.pdf: 183 px at 60–200 against 101 px
    // at 30–90) holds the signing unit's line too, and the strip cut from it read as nothing.
    std::sort(rows.begin(), rows.end(),
              [](const Rect& a, const Rect& b) { return a.y1 - a.y0 < b.y1 - b.y0; });
    // When the shorter box's strip gives no date, the two boxes' union is read (holdout10's
    // sealed 保密审查制度（盖章版）.pdf read its date only from the union).
    std::vector<std::pair<Rect, Rect>> distinct;  // the shorter box, the union
    for (const auto& r : rows) {
        auto same = std::find_if(distinct.begin(), distinct.end(), [&](const auto& d) {
            const int mid = (r.y0 + r.y1) / 2;
            return mid >= d.first.y0 && mid <= d.first.y1;
        });
        if (same == distinct.end()) {
            distinct.emplace_back(r, r);
        } else {
            same->second.y0 = std::min(same->second.y0, r.y0);
            same->second.y1 = std::max(same->second.y1, r.y1);
        }
    }
    std::sort(distinct.begin(), distinct.end(),
              [](const auto& a, const auto& b) { return a.first.y1 > b.first.y1; });
    if (distinct.size() > kDateRows) distinct.resize(kDateRows);
    std::vector<Rect> boxes;
    for (const auto& [shorter, both] : distinct) {
        boxes.push_back(shorter);
        // A box more than 1.8 text lines high holds the signing unit's line too, or the seal's
        // legend (holdout15's grey 行政复议决定书.pdf: 143 px for 43 px lines, read as nothing):
        // its lowest line is read on its own as well.
        if (line_h > 0 && (shorter.y1 - shorter.y0) * 5 > line_h * 9)
            boxes.push_back({shorter.x0, shorter.y1 - line_h * 6 / 5, shorter.x1, shorter.y1});
        if (both.y0 != shorter.y0 || both.y1 != shorter.y1) boxes.push_back(both);
    }
    p.psm = 7;
    p.whitelist = kDateChars;
    for (const auto& r : boxes) {
        // The strip in `grey`'s pixels: the row's height and a third more above and below, across
        // the whole block (the garbled read may have cut the line where the seal crosses it).
        const int rh = r.y1 - r.y0;
        const int y0 = block.y0 + static_cast<int>(static_cast<float>(r.y0 - rh / 3) / scale);
        const int y1 = block.y0 + static_cast<int>(static_cast<float>(r.y1 + rh / 3) / scale);
        const Rect strip =
            clip({block.x0, y0, block.x1, y1}, pixGetWidth(grey), pixGetHeight(grey));
        if (strip.y1 - strip.y0 < 8) continue;
        std::optional<std::string> date;
        std::vector<std::pair<int, int>> days;  // every read's month and day
        bool conflict = false;
        bool anchored = false;  // a read with a month and day whose year is the document's
        for (const auto& [black, white] : kLineStretches) {
            if (std::chrono::steady_clock::now() >= p.deadline) return std::nullopt;
            PixPtr pix = cut_and_stretch(grey, strip.x0, strip.y0, strip.x1 - strip.x0,
                                         strip.y1 - strip.y0, scale, black, white);
            if (!pix) return std::nullopt;
            auto text = engine.recognize(pix.get(), p);
            if (!text) return std::nullopt;
            if (tracing())
                std::fprintf(stderr, "  signature strip %d-%d %d–%d: %s\n", strip.y0, strip.y1,
                             black, white, text->text.c_str());
            const auto d = whitelisted_date(text->text);
            if (const auto md = month_day(text->text)) {
                days.push_back(*md);
                anchored = anchored ||
                           (year && (year_fits(text->text, *year) || year_lost(text->text, *year)));
            }
            if (!d) continue;
            if (date && *date != *d) conflict = true;
            date = d;
        }
        // No read gave the whole date, but one gave a month and day under a year the seal garbled
        // and the page's own year fits: the date with that year, when no read disagrees.
        if (!date && anchored)
            date = whitelisted_date(chinese(*year, true) + "年" + chinese(days[0].first, false) +
                                    "月" + chinese(days[0].second, false) + "日");
        if (!date) continue;
        const auto md = month_day(*date);
        // Not after the 版记's 印发 day, nor more than 31 days before it (holdout15's sealed
        // 保密审查制度.pdf: 五月 under the star read 二月 three times, 印发 on 5月11日).
        if (imprint && md) {
            const Date day{canonical_year(*date), md->first, md->second};
            if (!day.valid() || *imprint < day || day.serial() < imprint->serial() - 31) continue;
        }
        if (conflict ||
            std::any_of(days.begin(), days.end(), [&](const auto& x) { return x != md; }))
            continue;
        OcrLine line;
        line.text = *date;
        line.x = strip.x0;
        line.y = strip.y0;
        line.w = strip.x1 - strip.x0;
        line.h = strip.y1 - strip.y0;
        line.second_pass = true;
        return line;
    }
    return std::nullopt;
}

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
    std::vector<Rect> rows;    // the block's rows that look like a date line, in the cut's pixels
    std::vector<Rect> issued;  // the block's 印发 rows (its reads' and the first pass's)
    for (const auto& l : page.lines)
        if (l.text.find("印发") != std::string::npos) {
            auto cut = [&](int v, int o) {
                return static_cast<int>(static_cast<float>(v - o) * scale);
            };
            issued.push_back(Rect{cut(l.x, block->x0), cut(l.y, block->y0),
                                  cut(l.x + l.w, block->x0), cut(l.y + l.h, block->y0)});
        }
    bool dated = false;  // `found` holds the signature's date (not only the 印发 line)
    for (const auto& [black, white] : kStretches) {
        if (std::chrono::steady_clock::now() >= params.deadline) break;
        PixPtr pix = cut_and_stretch(grey, block->x0, block->y0, block->x1 - block->x0,
                                     block->y1 - block->y0, scale, black, white);
        if (!pix) break;
        auto text = engine.recognize(pix.get(), p);
        if (!text) break;
        if (tracing()) {
            std::fprintf(stderr, "signature block x %d-%d y %d-%d%s ×%.2f %d–%d\n", block->x0,
                         block->x1, block->y0, block->y1, seal ? " sealed" : "", scale, black,
                         white);
            for (const auto& l : text->lines)
                std::fprintf(stderr, "  line y %d h %d: %s\n", l.y, l.h, l.text.c_str());
        }
        std::vector<OcrLine> got;
        for (auto& l : text->lines) {
            if (l.text.find("印发") != std::string::npos)
                issued.push_back(Rect{l.x, l.y, l.x + l.w, l.y + l.h});
            if (datish(l.text)) rows.push_back(Rect{l.x, l.y, l.x + l.w, l.y + l.h});
            if (!full_date(l.text)) continue;
            l.x = static_cast<int>(static_cast<float>(l.x) / scale) + block->x0;
            l.y = static_cast<int>(static_cast<float>(l.y) / scale) + block->y0;
            l.w = static_cast<int>(static_cast<float>(l.w) / scale);
            l.h = static_cast<int>(static_cast<float>(l.h) / scale);
            l.second_pass = true;
            got.push_back(std::move(l));
        }
        // Read again darker unless the signature's date (not only the 印发 line) was read.
        dated = std::any_of(got.begin(), got.end(),
                            [](const OcrLine& l) { return signature_dated(l.text); });
        if (found.empty() || dated) found = std::move(got);
        if (dated) break;
    }
    // A row the 版记's 印发 line lies on is not the signature's: the strip read keeps only a date's
    // characters, and holdout14's sealed 工作规范.pdf read its "2020年5月18日印发" as the
    // signature's "2020年5月18日" (the 15th under the seal).
    std::erase_if(rows, [&](const Rect& r) {
        const int mid = (r.y0 + r.y1) / 2;
        return std::any_of(issued.begin(), issued.end(),
                           [&](const Rect& i) { return mid >= i.y0 && mid <= i.y1; });
    });
    if (!dated)
        if (auto line =
                read_date_line(engine, grey, *block, scale, rows,
                               static_cast<int>(static_cast<float>(line_height(page)) * scale),
                               document_year(page), imprint_day(page), p)) {
            std::erase_if(found, [&](const OcrLine& l) {
                return l.y + l.h > line->y && l.y < line->y + line->h;
            });
            found.push_back(std::move(*line));
        }
    const int n = static_cast<int>(found.size());
    if (n > 0) merge_lines(page, std::move(found));
    return n;
}

}  // namespace dossier
