#include "analysis/title.hpp"

#include <algorithm>
#include <optional>

#include <re2/re2.h>
#include <unicode/utf8.h>

#include "model/text.hpp"

namespace dossier {
namespace {

const RE2& title_pattern() {
    static const RE2 re(
        "(关于.{2,80}的(?:工作)?(?:通知|通报|意见|决定|公告|通告|批复|报告|函|请示|办法|方案|"
        "实施方案|规定|细则|"
        "规划|预案|答复|复函|公示|说明|解读|政策解读|纪要|要点|咨询|建议|提案))|(^《[^》]{2,60}》$)");
    return re;
}

const RE2& list_date() {
    static const RE2 re(R"([0-9]{4} ?[-./年] ?[0-9]{1,2})");
    return re;
}
// A line that ends in a date, or starts with a bullet, is an item of a list or of 相关链接.
const RE2& list_item() {
    static const RE2 re(
        R"((^[*•·\-] )|([0-9]{4} ?[-./年] ?[0-9]{1,2} ?[-./月] ?[0-9]{1,2}日?\)?$))");
    return re;
}

// A line that is only a 文号 (霸政办字〔2020〕47号): in an official document (GB/T 9704) it sits
// under the issuing authority's red header, and the title comes after it.
const RE2& bare_doc_number() {
    static const RE2 re(
        R"(^\s*\p{Han}{0,12}\s*[〔【\[(（]\s*(?:19|20)\d{2}\s*[〕】\])）]\s*(?:第\s*)?\d{1,4}\s*号\s*$)");
    return re;
}

// A line with a date in it (2020年11月, 2020-11-03) is a byline or a date line, not a title; a
// year alone (2020年政务公开工作要点) may be.
const RE2& dated_line() {
    static const RE2 re(R"([0-9]{4}\s*(?:年\s*[0-9]{1,2}\s*月|[-./][0-9]{1,2}))");
    return re;
}

// A numeric full date (2020-10-19, 2020.10.19): the mark of a byline or a field row (留言时间
// 2020-10-19 21:14), which a title never is; a title may name a day in words (2020年10月19日).
const RE2& numeric_date() {
    static const RE2 re(R"([0-9]{4}\s*[-./]\s*[0-9]{1,2}\s*[-./]\s*[0-9]{1,2})");
    return re;
}

// An issuing authority's red header: a name ending in an authority's suffix (室 often OCRed 至),
// or 文件 — 霸州市人民政府办公室, 中共霸州市委办公室文件.
const RE2& red_header() {
    static const RE2 re(R"(\s*\p{Han}{4,24}(?:室|至|府|局|委|会|办|厅|院|心|文件)\s*)");
    return re;
}

// A date in Chinese numerals alone on its line (二〇二〇年八月二十四日, also with O for 〇).
const RE2& cn_date_line() {
    static const RE2 re(R"(\s*[〇零一二三四五六七八九OoＯ○0-9]{4}\s*年.{1,3}月.{1,4}日\s*)");
    return re;
}

// A web page's byline (发布时间：…  来源：…  【字号：大 中 小】): it stands right under the title.
const RE2& byline_marks() {
    static const RE2 re("(发布时间|发布日期|信息来源|来源[:：]|字号[:：]|字体[:：]|浏览次数|阅读次数|点击数)");
    return re;
}

// A line that opens with a numeric full date (2020-07-30 来源：…, 2020.07.30 14:02): an unlabelled
// byline, whatever follows it (OCR may run a side column's heading into it).
const RE2& date_led() {
    static const RE2 re(
        R"(^[^0-9\p{Han}]{0,3}[0-9]{4}\s*[-./]\s*[0-9]{1,2}\s*[-./]\s*[0-9]{1,2}(?:[^0-9]|$))");
    return re;
}

// The labels of a 信息公开 platform's metadata grid (索引号 / 主题分类 / 发布机构 / 成文日期 …):
// the grid stands above the title, and its 发布日期 is no byline.
const RE2& grid_marks() {
    static const RE2 re("(索引号|主题分类|发布机构|成文日期|体裁分类|有效性|所属机构|生成日期|公开方式)");
    return re;
}

// Trims only spaces and tabs, the layout gaps this file reasons about; other bytes stay content.
std::string_view trim_blank(std::string_view s) {
    return text::trim(s, " \t");
}

// Strips " - 霸州市人民政府" style site suffixes and "Microsoft Word - " prefixes.
std::string clean_meta_title(std::string_view t) {
    static const std::string_view prefix = "Microsoft Word - ";
    if (t.starts_with(prefix)) t.remove_prefix(prefix.size());
    for (std::string_view sep : {" - ", "_", "|", " — "}) {
        const auto p = t.find(sep);
        if (p != std::string_view::npos && count_cjk(t.substr(0, p)) >= 4) t = t.substr(0, p);
    }
    for (std::string_view ext : {".docx", ".doc", ".pdf", ".wps"}) {
        if (t.size() > ext.size() && t.ends_with(ext))  // never strip a name down to nothing
            t.remove_suffix(ext.size());
    }
    return std::string(trim_blank(t));
}

// The lines guess_title() looks at.
constexpr size_t kTitleLines = 10000;

}  // namespace

std::vector<std::string_view> split_lines(std::string_view text, size_t max_lines) {
    std::vector<std::string_view> out;
    size_t start = 0;
    while (start <= text.size() && out.size() < max_lines) {
        const size_t nl = text.find('\n', start);
        const size_t end = nl == std::string_view::npos ? text.size() : nl;
        out.push_back(text.substr(start, end - start));
        if (nl == std::string_view::npos) break;
        start = nl + 1;
    }
    return out;
}

std::string_view first_segment(std::string_view line) {
    line = trim_blank(line);
    const size_t gap = line.find("   ");
    const size_t tab = line.find('\t');
    const size_t cut = std::min(gap, tab);
    return trim_blank(cut == std::string_view::npos ? line : line.substr(0, cut));
}

int count_cjk(std::string_view s) {
    int n = 0;
    const auto* p = reinterpret_cast<const uint8_t*>(s.data());
    const int32_t len = static_cast<int32_t>(s.size());
    int32_t i = 0;
    while (i < len) {
        UChar32 c = 0;
        U8_NEXT(p, i, len, c);
        if (c > 0 && is_cjk(static_cast<char32_t>(c))) ++n;
    }
    return n;
}

bool looks_like_nav(std::string_view line) {
    int hits = 0;
    for (std::string_view w :
         {"首页", "政务公开", "政务服务", "互动交流", "走进", "网上办事", "新闻中心", "当前位置",
          "您的位置", "信息公开", "领导信箱", "公示公告", "今天是", "星期"}) {
        if (line.find(w) != std::string_view::npos) ++hits;
    }
    // A sentence naming two of them is prose (the body of a report on 政务公开 and its 信息公开
    // platform, holdout21's 常务会议 news: taken for a menu, it hid the title above it): more than
    // 20 ideographs and at least three marks of a sentence, a comma among them (normalised text
    // holds it as ','). A menu row's OCR noise reads as one comma or a few 。 (holdout7's
    // "…法证主动公开内容和动公开内容，政府信息公开年报…", holdout21's photographed platform menu).
    int marks = 0;
    for (std::string_view m : {",", "，", "。", "、", ";", "；"})
        for (size_t at = line.find(m); at != std::string_view::npos; at = line.find(m, at + 1))
            ++marks;
    const bool comma =
        line.find(',') != std::string_view::npos || line.find("，") != std::string_view::npos;
    const bool prose = count_cjk(line) > 20 && comma && marks >= 3;
    if ((hits >= 2 && !prose) || line.find("当前位置") != std::string_view::npos ||
        line.find("今天是") != std::string_view::npos ||
        line.find("上一篇") != std::string_view::npos ||
        line.find("下一篇") != std::string_view::npos)
        return true;
    // Many short space-separated tokens: a menu.
    int tokens = 0, longest = 0, cur = 0;
    for (char ch : line) {
        if (ch == ' ') {
            if (cur) ++tokens;
            longest = std::max(longest, cur);
            cur = 0;
        } else {
            ++cur;
        }
    }
    if (cur) ++tokens;
    longest = std::max(longest, cur);
    return tokens >= 5 && longest <= 15;
}

namespace {

// The index of the first of `lines[0, limit)` whose first segment is `text`, or -1.
int line_of_segment(const std::vector<std::string_view>& lines, size_t limit,
                    std::string_view text) {
    for (size_t i = 0; i < limit; ++i)
        if (first_segment(lines[i]) == text) return static_cast<int>(i);
    return -1;
}

// True for an item of a list or of 相关链接 ("…的通知      2020-11-17", "• …").
bool is_list_line(std::string_view line, std::string_view seg) {
    const auto whole = trim_blank(line);
    if (seg.size() < whole.size() && RE2::PartialMatch(whole.substr(seg.size()), list_date()))
        return true;
    return RE2::PartialMatch(whole, list_item());
}

// Step 1: a 关于…的通知 / 《…》 line among the first `scan` lines.
std::optional<TitleGuess> by_title_format(const std::vector<std::string_view>& lines, size_t scan) {
    for (size_t i = 0; i < scan; ++i) {
        const auto seg = first_segment(lines[i]);
        if (is_list_line(lines[i], seg)) continue;
        re2::StringPiece m[3];
        if (seg.empty() || !title_pattern().Match(seg, 0, seg.size(), RE2::UNANCHORED, m, 3) ||
            looks_like_nav(seg))
            continue;
        const std::string_view match(m[0].data(), m[0].size());
        TitleGuess g;
        // Keep the whole segment when the pattern covers most of it (a unit name may precede 关于).
        g.text = std::string(count_cjk(seg) <= count_cjk(match) + 20 ? seg : match);
        g.page = 0;
        g.line = static_cast<int>(i);
        g.why = "标题格式（关于…的通知/《…》）";
        return g;
    }
    return std::nullopt;
}

// The median height of the first pass's lines: a second pass's line has the box of the rows it
// read again (two rows of a grid read as one: 25 px on holdout7's page of 15 px lines, which made
// its 22 px title a body line).
int median_line_height(const PageText& p) {
    std::vector<int> hs;
    for (const auto& l : p.lines)
        if (!l.second_pass) hs.push_back(l.h);
    if (hs.empty())
        for (const auto& l : p.lines) hs.push_back(l.h);
    std::nth_element(hs.begin(), hs.begin() + hs.size() / 2, hs.end());
    return hs[hs.size() / 2];
}

// The bottom of the lowest navigation line in the upper half. A portal's own banner
// (霸州市政府信息公开平台, in the biggest type on the page) sits above its menu and breadcrumb; the
// page's title comes after them.
int nav_bottom(const PageText& p) {
    int below_nav = 0;
    for (const auto& l : p.lines)
        if (l.y <= p.height * 0.5 && looks_like_nav(normalize_text(l.text)))
            below_nav = std::max(below_nav, l.y + l.h);
    return below_nav;
}

// A line that could be a title: enough ideographs, not a menu, a date or a bare 文号, and at
// least `ratio` × the median line height (1.25 × alone; 0.9 × right above a byline, whose
// position says enough).
bool title_sized(const OcrLine& l, int median, double ratio = 1.25) {
    const std::string t = normalize_text(l.text);
    if (count_cjk(t) < 5 || looks_like_nav(t)) return false;
    if (RE2::PartialMatch(t, numeric_date()) || RE2::FullMatch(t, cn_date_line()) ||
        RE2::FullMatch(t, bare_doc_number()))
        return false;  // 留言时间 2020-10-19: a field row; 二〇二〇年八月二十四日: a date
    return l.h >= median * ratio;
}

// The title right above the topmost byline in the upper half of the page (below `from`), or null.
const OcrLine* above_byline(const PageText& p0, int from, int median) {
    // A line opening with a date is a byline only when it is the page's one such line: several
    // are a list's entries ("| 2020-10-26 ] …" under each pair of titles).
    const auto led = [](const OcrLine& l) {
        return RE2::PartialMatch(normalize_text(l.text), date_led());
    };
    const bool one_led = std::count_if(p0.lines.begin(), p0.lines.end(), led) == 1;
    const OcrLine* by = nullptr;
    for (const auto& l : p0.lines)
        if (l.y >= from && l.y <= p0.height * 0.5 && (!by || l.y < by->y) &&
            (RE2::PartialMatch(l.text, byline_marks()) || (one_led && led(l))))
            by = &l;
    if (!by || RE2::PartialMatch(by->text, grid_marks())) return nullptr;
    // The nearest line above it, within two of its own heights.
    auto nearest_above = [&](const OcrLine& below) -> const OcrLine* {
        const OcrLine* best = nullptr;
        for (const auto& l : p0.lines)
            if (&l != &below && l.y >= from && l.y < below.y && (!best || l.y > best->y))
                best = &l;
        if (!best || best->y + best->h < below.y - 2 * std::max(best->h, below.h)) return nullptr;
        return best;
    };
    const OcrLine* title = nearest_above(*by);
    if (!title || !title_sized(*title, median, 0.9) || RE2::PartialMatch(title->text, grid_marks()))
        return nullptr;
    // A wrapped title: a line of the same size right above is its first line (three lines at most).
    int wraps = 0;
    for (const OcrLine* up = nearest_above(*title);
         wraps < 2 && up && title_sized(*up, median, 0.9) && std::abs(up->h - title->h) * 5 <= title->h;
         up = nearest_above(*title), ++wraps)
        title = up;
    // A byline at the foot of the article (发布日期 … 责任编辑) follows the body: when a bigger line
    // stands above what was found, that is body text and the title is the bigger line.
    for (const auto& l : p0.lines)
        if (l.y >= from && l.y < title->y && title_sized(l, median) && l.h * 4 > title->h * 5)
            return nullptr;
    return title;
}

// Step 2: the tallest OCR line in the upper part of the first page (below its navigation).
std::optional<TitleGuess> by_prominent_ocr_line(const PageText& p0,
                                                const std::vector<std::string_view>& lines) {
    if (p0.lines.empty() || p0.height <= 0) return std::nullopt;
    const int median = median_line_height(p0);
    const int below_nav = nav_bottom(p0);
    // The tallest line at or below `from` that could be a title.
    auto tallest = [&](int from) {
        const OcrLine* best = nullptr;
        for (const auto& l : p0.lines) {
            if (l.y > p0.height * 0.5 || l.y < p0.height * 0.04 || l.y < from) continue;
            if (!title_sized(l, median)) continue;
            if (!best || l.h > best->h) best = &l;
        }
        return best;
    };
    const OcrLine* best = tallest(below_nav);
    // A byline names its title: the title-sized line right above it (its first line when the
    // title wraps), even when a body line OCR merged with a side menu came out taller.
    if (const OcrLine* t = above_byline(p0, below_nav, median)) best = t;
    // A red header (霸州市人民政府办公室, the biggest type of a document) is not the title: it
    // names an authority and stands above the 文号; the title is the tallest line below it (below
    // the 文号 in a 通知, between the two in a letter whose 文号 follows its title).
    const OcrLine* number = nullptr;  // the topmost 文号 line in the upper half
    for (const auto& l : p0.lines)
        if (l.y <= p0.height * 0.5 && (!number || l.y < number->y) &&
            RE2::FullMatch(normalize_text(l.text), bare_doc_number()))
            number = &l;
    if (best && number && best->y < number->y &&
        RE2::FullMatch(normalize_text(best->text), red_header()))
        best = tallest(best->y + best->h);
    if (!best) return std::nullopt;
    TitleGuess g;
    g.text = std::string(first_segment(normalize_text(best->text)));
    g.page = 0;
    g.line = line_of_segment(lines, lines.size(), g.text);
    g.why = "页面上部字号最大的一行";
    return g;
}

// Step 0: a periodical's masthead (霸州市人民政府公报) over its issue line (2020年第2期（总第14期））:
// the issue is the document; the notices it prints, each with a title of its own, come after.
std::optional<TitleGuess> by_masthead(const std::vector<std::string_view>& lines) {
    static const RE2 masthead(R"(\p{Han}{2,20}(?:公报|简报))");
    static const RE2 issue(R"((?:[0-9]{4} ?年)? ?第 ?[0-9]{1,3} ?期.{0,30})");
    std::vector<size_t> firsts;  // the first three non-empty lines
    for (size_t i = 0; i < lines.size() && firsts.size() < 3; ++i)
        if (!trim_blank(lines[i]).empty()) firsts.push_back(i);
    for (size_t k = 0; k + 1 < firsts.size(); ++k) {
        const auto head = trim_blank(lines[firsts[k]]);
        const auto next = trim_blank(lines[firsts[k + 1]]);
        if (!RE2::FullMatch(head, masthead) || !RE2::FullMatch(next, issue)) continue;
        TitleGuess g;
        g.text = std::string(head) + " " + std::string(next);
        g.page = 0;
        g.line = static_cast<int>(firsts[k]);
        g.why = "刊物的刊名与期号";
        return g;
    }
    return std::nullopt;
}

// Step 3: the format's own title (<title>, docProps), located among the first `scan` lines.
std::optional<TitleGuess> by_format_title(const ExtractResult& x,
                                          const std::vector<std::string_view>& lines, size_t scan) {
    if (x.title.empty()) return std::nullopt;
    std::string t = clean_meta_title(normalize_text(x.title));
    if (count_cjk(t) < 4) return std::nullopt;
    TitleGuess g;
    g.text = std::move(t);
    g.line = line_of_segment(lines, scan, g.text);
    if (g.line >= 0) g.page = 0;
    g.why = "文件自带的标题";
    return g;
}

// Step 4: the first substantial line of a text document (OCR pages start with browser/nav noise).
std::optional<TitleGuess> by_first_line(const std::vector<std::string_view>& lines) {
    const size_t scan = std::min<size_t>(lines.size(), 12);
    size_t number = 0;  // the first 文号 line, or 0: above it, an authority's name is its red header
    for (size_t i = 0; i < scan && !number; ++i)
        if (RE2::FullMatch(trim_blank(lines[i]), bare_doc_number())) number = i;
    for (size_t i = 0; i < scan; ++i) {
        const auto seg = first_segment(lines[i]);
        if (i < number && RE2::FullMatch(seg, red_header())) continue;
        if (count_cjk(seg) < 6 || seg.size() > 180 || looks_like_nav(seg) ||
            RE2::PartialMatch(seg, dated_line()) || seg.find(':') != std::string_view::npos)
            continue;
        TitleGuess g;
        g.text = std::string(seg);
        g.page = 0;
        g.line = static_cast<int>(i);
        g.why = "文档首行";
        return g;
    }
    return std::nullopt;
}

}  // namespace

TitleGuess guess_title(const ExtractResult& x, const std::vector<NormalizedText>& pages) {
    if (pages.empty()) return {};
    // The title is looked for in the first 30 lines, or (OCR) among the page's OCR lines: a page
    // with more lines than that is not an OCR page.
    const auto lines = split_lines(pages[0].text, kTitleLines);
    const size_t scan = std::min<size_t>(lines.size(), 30);
    const PageText* p0 = x.pages.empty() ? nullptr : &x.pages[0];
    if (auto g = by_masthead(lines)) return *g;
    if (auto g = by_title_format(lines, scan)) return *g;
    if (p0)
        if (auto g = by_prominent_ocr_line(*p0, lines)) return *g;
    if (auto g = by_format_title(x, lines, scan)) return *g;
    if (p0 && p0->source != TextSource::ocr)
        if (auto g = by_first_line(lines)) return *g;
    return {};
}

}  // namespace dossier
