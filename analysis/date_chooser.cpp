// find_publication_date (declared in dates.hpp): ranks the date candidates of one file.
// Split from dates.cpp, which only finds date expressions.
#include <algorithm>
#include <cmath>
#include <map>

#include <fmt/format.h>
#include <re2/re2.h>

#include "analysis/dates.hpp"

namespace dossier {
namespace {

using re2::StringPiece;

// Patterns used to judge a date's context (compiled once). Kept here, not in dates.cpp, because
// they describe page layout, not date syntax.
struct Context {
    RE2 label{
        "(发布时间|发布日期|公开日期|发文日期|发表时间|发表日期|发布于|发表于|答复时间|答复日期|"
        "回复时间|回复日期|"
        "公示日期|公示时间|公告日期|上传时间|成文日期|印发日期|签发日期|编制日期|填报日期|制表日期|"
        "更新时间|更新日期|修改时间|修改日期|浏览|访问|打印时间|打印日期|生成时间|下载时间|"
        "留言时间|留言日期|提问时间|咨询时间|来信时间|来信日期|受理时间|受理日期|申请时间|申请日期|"
        "收到申请|登记时间|"
        "截止|截至|出生|有效期|今天是|索引号|版权|©|Copyright|上一篇|下一篇|生效|施行|开始时间|"
        "结束时间|"
        "活动时间|报名时间|会议时间|举办时间|起止时间|办结时间|日期|时间)"};
    RE2 label_gap{R"(^[ :"'”“,，.。]*$)"};
    RE2 after_reject{
        "^[ "
        "]{0,2}(起施行|起实施|起执行|起生效|施行|实施|生效|以前|之前|前|为止|止|截止|以后|之后|"
        "以来|后|期间|"
        "出生|印发|印|召开|举行|开始|到期|通过|颁布|至今|起)"};
    RE2 before_event{"(于|自|从|截至|截止|定于|至|到|在|即|为|是)[ ]{0,2}$"};
    RE2 org_suffix{
        "(办公室|政府|局|委员会|委|中心|院|所|厅|处|办|街道|镇|乡|公司|协会|小组|党委|党组|支部|"
        "学校|医院|管委会)"
        "[ ]{0,2}(\\(印章\\)|\\(盖章\\))?[ ]{0,2}$"};
    RE2 closer{"(此件|印发|抄送|附件|主题词|此页无正文|公开方式|主动公开)"};
    RE2 weekday_after{"^[ ]{0,3}(星期|周[一二三四五六日天]|礼拜)"};
    RE2 compact{
        R"((?:^|[^0-9])((?:19|20)[0-9]{2})(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])(?:[^0-9]|$))"};
    RE2 cell_header{"(公布日期|编制日期|发布日期|公开日期|填报日期|制表日期|印发日期|成文日期)"};
};

const Context& ctx() {
    static const Context c;
    return c;
}

enum Rank : int {
    kRejected = 0,
    kFilename = 10,
    kMetadata = 20,
    kWeakStamp = 30,
    kMetaPubDate = 40,
    kCell = 50,
    kUnderTitle = 60,
    kSignature = 75,
    kSignedLabel = 80,
    kPlainLabel = 90,
    kStrongLabel = 100,
};

struct Cand {
    DateCandidate c;
    int rank = kRejected;
    double confidence = 0;
    size_t order = 0;  // page-major text order, for ties
};

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

// The part of [from, to) after the last layout gap (3+ spaces or a tab).
std::string_view segment_before(std::string_view t, size_t line_start, size_t pos) {
    std::string_view s = t.substr(line_start, pos - line_start);
    size_t cut = 0;
    for (size_t i = 0; i + 2 < s.size(); ++i)
        if (s[i] == ' ' && s[i + 1] == ' ' && s[i + 2] == ' ') cut = i + 3;
    const size_t tab = s.rfind('\t');
    if (tab != std::string_view::npos) cut = std::max(cut, tab + 1);
    return trim(s.substr(cut));
}

std::string_view segment_after(std::string_view t, size_t pos, size_t line_end) {
    std::string_view s = t.substr(pos, line_end - pos);
    const size_t gap = std::min(s.find("   "), s.find('\t'));
    return trim(gap == std::string_view::npos ? s : s.substr(0, gap));
}

enum class LabelKind { none, strong, plain, signed_, weak, reject };

struct Label {
    LabelKind kind = LabelKind::none;
    std::string word;
};

LabelKind classify_label(std::string_view w) {
    for (std::string_view s : {"发布时间", "发布日期", "公开日期", "发文日期", "发表时间",
                               "发表日期", "发布于", "发表于", "答复时间", "答复日期", "回复时间",
                               "回复日期", "公示日期", "公示时间", "公告日期", "上传时间"})
        if (w == s) return LabelKind::strong;
    for (std::string_view s : {"编制日期", "填报日期", "制表日期", "日期", "时间"})
        if (w == s) return LabelKind::plain;
    for (std::string_view s : {"成文日期", "印发日期", "签发日期"})
        if (w == s) return LabelKind::signed_;
    for (std::string_view s : {"更新时间", "更新日期", "修改时间", "修改日期", "浏览", "访问",
                               "打印时间", "打印日期", "生成时间", "下载时间"})
        if (w == s) return LabelKind::weak;
    return LabelKind::reject;
}

bool cjk_before(std::string_view s, size_t pos) {
    if (pos < 3) return false;
    return count_cjk(s.substr(pos - 3, 3)) == 1;
}

// The label closest before the date in its segment, if only separators lie between.
Label find_label(std::string_view before) {
    const auto& C = ctx();
    Label best;
    StringPiece m[2];
    size_t pos = 0, last_begin = 0, last_end = 0, prev_end = std::string_view::npos;
    std::string_view last, prev;
    while (pos < before.size() &&
           C.label.Match(before, pos, before.size(), RE2::UNANCHORED, m, 2)) {
        prev = last;
        prev_end = last.empty() ? std::string_view::npos : last_end;
        last = std::string_view(m[1].data(), m[1].size());
        last_begin = static_cast<size_t>(m[1].data() - before.data());
        last_end = last_begin + m[1].size();
        pos = last_end;
    }
    if (last.empty()) return best;
    const auto gap = before.substr(last_end);
    LabelKind k = classify_label(last);
    std::string word(last);
    // A bare 日期/时间 glued to a word before it: 截止时间 takes the kind of 截止; an unknown
    // compound (报送时间, 办理时间) is not a publication label.
    if ((last == "日期" || last == "时间") && cjk_before(before, last_begin)) {
        if (prev_end == last_begin) {
            k = classify_label(prev);
            word = std::string(prev) + word;
        } else {
            k = LabelKind::reject;
            word = std::string(before.substr(last_begin >= 6 ? last_begin - 6 : 0,
                                             last_end - (last_begin >= 6 ? last_begin - 6 : 0)));
        }
    }
    // A distractor word anywhere in the segment rejects (今天是2020年…, ©2020…); a positive label
    // must be right before the date.
    if (k == LabelKind::reject || RE2::FullMatch(gap, C.label_gap)) {
        best.kind = k;
        best.word = std::move(word);
    }
    return best;
}

std::string reject_reason(std::string_view w) {
    if (w == "今天是") return "“今天是”日期栏，不是发布日期";
    if (w == "索引号") return "索引号中的数字，不是日期";
    if (w == "版权" || w == "©" || w == "Copyright") return "版权年份";
    if (w == "上一篇" || w == "下一篇") return "上一篇/下一篇的日期";
    if (w == "截止" || w == "截至" || w == "有效期" || w == "生效" || w == "施行")
        return "截止/施行等期限日期，不是发布日期";
    if (w == "出生") return "出生日期（个人信息），不是发布日期";
    if (w.find("时间") != std::string_view::npos || w.find("日期") != std::string_view::npos ||
        w == "收到申请")
        return fmt::format("“{}”不是发布/答复日期", w);
    return "正文中的日期，不是发布日期";
}

struct PageLines {
    std::vector<size_t> starts;  // byte offset of each line
    size_t line_of(size_t pos) const {
        return static_cast<size_t>(std::upper_bound(starts.begin(), starts.end(), pos) -
                                   starts.begin()) -
               1;
    }
};

PageLines index_lines(std::string_view t) {
    PageLines p;
    p.starts.push_back(0);
    for (size_t i = 0; i < t.size(); ++i)
        if (t[i] == '\n') p.starts.push_back(i + 1);
    return p;
}

// The OCR box of normalised line `li`, when it can be matched.
const OcrLine* ocr_box(const PageText& page, std::string_view norm, const PageLines& pl,
                       size_t li) {
    if (page.lines.empty() || page.height <= 0) return nullptr;
    if (page.lines.size() == pl.starts.size()) return &page.lines[li];
    const size_t b = pl.starts[li];
    const size_t e = li + 1 < pl.starts.size() ? pl.starts[li + 1] - 1 : norm.size();
    const auto line = trim(norm.substr(b, e - b));
    for (const auto& l : page.lines)
        if (trim(normalize_text(l.text)) == line) return &l;
    return nullptr;
}

std::string_view line_text(std::string_view t, const PageLines& pl, size_t li) {
    const size_t b = pl.starts[li];
    const size_t e = li + 1 < pl.starts.size() ? pl.starts[li + 1] - 1 : t.size();
    return t.substr(b, e - b);
}

// Judges one span of page `pi`.
void judge(Cand& k, const DateSpan& s, const PageText& page, std::string_view t,
           const PageLines& pl, int pi, const TitleGuess& title, int list_lines) {
    const auto& C = ctx();
    const size_t li = pl.line_of(s.begin);
    const size_t ls = pl.starts[li];
    const size_t le = li + 1 < pl.starts.size() ? pl.starts[li + 1] - 1 : t.size();
    const auto before = segment_before(t, ls, s.begin);
    const auto after = segment_after(t, s.time_end, le);
    const double rep = s.repaired ? 0.1 : 0.0;
    const double noyear = s.has_year ? 0.0 : 0.15;
    auto set = [&](int rank, const char* source, double conf, std::string why) {
        k.rank = rank;
        k.c.source = source;
        k.confidence = std::max(0.05, conf - rep - noyear);
        k.c.why = std::move(why);
    };
    auto reject = [&](std::string why) { set(kRejected, "content", 0, std::move(why)); };

    if (s.range) return reject("日期范围（起止时间），不是发布日期");
    Label label = find_label(before);
    if (label.kind == LabelKind::none && before.empty()) {
        // Table layouts put the label in the previous column: "回复时间        2020-07-31".
        std::string_view head = t.substr(ls, s.begin - ls);
        while (!head.empty() && (head.back() == ' ' || head.back() == '\t')) head.remove_suffix(1);
        if (!head.empty()) label = find_label(segment_before(t, ls, ls + head.size()));
    }
    if (label.kind == LabelKind::reject) return reject(reject_reason(label.word));

    // Clocks: OCR boxes in a status bar (top) or task bar (bottom).
    if (const OcrLine* box = ocr_box(page, t, pl, li)) {
        const double cy = box->y + box->h / 2.0;
        if (cy < page.height * 0.05) return reject("页面顶部状态栏/日期栏中的时间");
        if (cy > page.height * 0.93 && label.kind == LabelKind::none)
            return reject("任务栏时钟，不是发布日期");
    }
    switch (label.kind) {
        case LabelKind::strong:
            return set(kStrongLabel, "label", 0.95, fmt::format("页面自身的“{}”标注", label.word));
        case LabelKind::plain:
            return set(kPlainLabel, "label", 0.9, fmt::format("“{}”标注", label.word));
        case LabelKind::signed_:
            return set(kSignedLabel, "signature", 0.85,
                       fmt::format("“{}”（成文日期）", label.word));
        case LabelKind::weak:
            return set(kWeakStamp, "content", 0.5,
                       fmt::format("“{}”戳记，仅在没有更好的日期时采用", label.word));
        default:
            break;
    }
    StringPiece m[2];
    if (C.after_reject.Match(after, 0, after.size(), RE2::ANCHOR_START, m, 2)) {
        const std::string_view w(m[1].data(), m[1].size());
        if (w == "印发" || w == "印") return reject("版记中的印发日期，不是成文日期");
        return reject(fmt::format("引用的政策或事件、期限日期（“{}”）", w));
    }
    if (C.before_event.Match(before, 0, before.size(), RE2::UNANCHORED, nullptr, 0))
        return reject("正文中的事件或期限日期");
    if (C.weekday_after.Match(after, 0, after.size(), RE2::ANCHOR_START, nullptr, 0))
        return reject("日期栏（带星期），不是发布日期");
    // Text-only clock heuristic: a time-stamped or slash date in the last lines of an OCR page.
    size_t last_lines = 0;
    for (size_t j = li + 1; j < pl.starts.size(); ++j)
        if (!trim(line_text(t, pl, j)).empty()) ++last_lines;
    if (page.source == TextSource::ocr && last_lines < 2 && (s.has_time || s.sep == '/') &&
        before.size() < 12)
        return reject("任务栏时钟，不是发布日期");

    // A list (column page, 相关链接, account home): several lines ending in a date after a title.
    const auto whole_before = trim(t.substr(ls, s.begin - ls));
    if (list_lines >= 3 && after.empty() && count_cjk(whole_before) >= 5 &&
        !C.org_suffix.Match(whole_before, 0, whole_before.size(), RE2::UNANCHORED, nullptr, 0))
        return reject("列表或相关链接中其他条目的日期");
    // Signature (落款): alone at the end of its line, after the unit's name or a Chinese-numeral
    // date.
    const bool alone_after = after.empty() || after == "(印章)" || after == "(盖章)";
    const bool org_before =
        C.org_suffix.Match(before, 0, before.size(), RE2::UNANCHORED, nullptr, 0);
    if (alone_after && (before.empty() || org_before)) {
        bool prev_org = org_before;
        for (size_t j = li; j-- > 0 && !prev_org;) {
            const auto lt = line_text(t, pl, j);
            if (trim(lt).empty()) continue;
            // The unit's name is right-aligned: take the line's last segment.
            const auto seg = segment_before(t, pl.starts[j], pl.starts[j] + lt.size());
            prev_org = count_cjk(seg) <= 30 &&
                       C.org_suffix.Match(seg, 0, seg.size(), RE2::UNANCHORED, nullptr, 0);
            break;
        }
        bool closer = false;
        for (size_t j = li + 1; j < std::min(pl.starts.size(), li + 4) && !closer; ++j) {
            const auto lt = line_text(t, pl, j);
            closer = C.closer.Match(lt, 0, lt.size(), RE2::UNANCHORED, nullptr, 0);
        }
        const bool in_title_area =
            title.page == pi && title.line >= 0 && li <= static_cast<size_t>(title.line) + 1;
        if (!in_title_area && (prev_org || closer || (s.chinese && s.has_year)))
            return set(kSignature, "signature", s.chinese && s.repaired ? 0.85 : 0.85,
                       "落款日期（成文日期）");
    }
    // An unlabelled date right under the title (a WeChat/portal byline).
    if (title.page == pi && title.line >= 0 && li > static_cast<size_t>(title.line) &&
        li <= static_cast<size_t>(title.line) + 3 && count_cjk(whole_before) <= 15 &&
        after.size() <= 40)
        return set(kUnderTitle, "content", 0.75, "标题下方的日期");
    // A byline near the top even when the OCR title line was garbled: a short account or unit name
    // followed by the date and its time ("霸州发布 2020年11月16日 18:30").
    if (pi == 0 && li < 8 && s.has_time && count_cjk(whole_before) >= 2 &&
        count_cjk(whole_before) <= 10 && whole_before.size() <= 40 && after.size() <= 12 &&
        whole_before.find(':') == std::string_view::npos)
        return set(kUnderTitle, "content", 0.6, "署名行中的日期（公众号或单位名之后）");
    if (title.line < 0 && pi == 0 && li < 4 && alone_after && before.empty() &&
        page.source != TextSource::ocr)
        return set(kUnderTitle, "content", 0.6, "文档开头的日期");
    if (before.find("上一篇") != std::string_view::npos ||
        before.find("下一篇") != std::string_view::npos)
        return reject("上一篇/下一篇的日期");
    if (count_cjk(before) >= 5 && after.empty()) return reject("列表或相关链接中其他条目的日期");
    return reject("正文中提到的日期，不是发布日期");
}

int meta_rank(std::string_view label) {
    return label == "html:PubDate" ? kMetaPubDate : kMetadata;
}

std::string base_name(std::string_view p) {
    const auto slash = p.find_last_of('/');
    return std::string(slash == std::string_view::npos ? p : p.substr(slash + 1));
}

}  // namespace

DateResult find_publication_date(const ExtractResult& x, const std::vector<NormalizedText>& pages,
                                 const TitleGuess& title, std::string_view file_name, Date as_of) {
    const auto& C = ctx();
    DateResult r;
    std::vector<Cand> cands;
    // Context year: the most common year of the full dates, else as_of's.
    std::vector<std::vector<DateSpan>> spans(pages.size());
    std::map<int, int> years;
    // One scan per page: month-days take the page's most common year, else as_of's year.
    for (size_t pi = 0; pi < pages.size(); ++pi) {
        spans[pi] = scan_dates(pages[pi].text, 0, as_of.year);
        for (const auto& s : spans[pi])
            if (s.has_year && s.date.year >= 1990 && s.date.year <= as_of.year + 1)
                ++years[s.date.year];
    }
    int context_year = as_of.year, best = 0;
    for (auto [y, n] : years)
        if (n > best || (n == best && y > context_year)) context_year = y, best = n;
    size_t order = 0;
    for (size_t pi = 0; pi < pages.size(); ++pi) {
        const std::string_view t = pages[pi].text;
        const PageLines pl = index_lines(t);
        const PageText& page = x.pages[pi];
        // Lines that end in a date with a title-like text before it.
        int list_lines = 0;
        for (const auto& s : spans[pi]) {
            const size_t li = pl.line_of(s.begin);
            const size_t le = li + 1 < pl.starts.size() ? pl.starts[li + 1] - 1 : t.size();
            if (trim(t.substr(s.time_end, le - s.time_end)).empty() &&
                count_cjk(t.substr(pl.starts[li], s.begin - pl.starts[li])) >= 5)
                ++list_lines;
        }
        for (const auto& s : spans[pi]) {
            Cand k;
            k.c.date = s.date;
            k.c.repaired = s.repaired;
            k.c.page = static_cast<int>(pi) + 1;
            const size_t ob = pages[pi].original_offset(s.begin),
                         oe = pages[pi].original_offset(s.time_end);
            k.c.offset = ob;
            k.c.text = page.text.substr(std::min(ob, page.text.size()), oe > ob ? oe - ob : 0);
            k.order = order++;
            judge(k, s, page, t, pl, static_cast<int>(pi), title, list_lines);
            // In a spreadsheet a dated row under the header row is table content, not a byline:
            // its column header decides (the cells below).
            if (!x.rows.empty() && k.rank == kUnderTitle &&
                line_text(t, pl, pl.line_of(s.begin)).find('\t') != std::string_view::npos) {
                k.rank = kRejected;
                k.c.why = "表格中的日期（按列标题判断）";
            }
            if (k.rank > kRejected && (s.date.year < 1990 || s.date.year > as_of.year + 1)) {
                k.rank = kRejected;
                k.c.why = "年份不合理";
            }
            cands.push_back(std::move(k));
        }
    }
    // Spreadsheet cells under date headers.
    for (const auto& row : x.rows) {
        for (const auto& cell : row) {
            if (!C.cell_header.Match(cell.header, 0, cell.header.size(), RE2::UNANCHORED, nullptr,
                                     0))
                continue;
            for (const auto& s : scan_dates(normalize_text(cell.value), context_year, as_of.year)) {
                Cand k;
                k.c.date = s.date;
                k.c.source = "cell";
                k.c.text = cell.value;
                k.c.why = fmt::format("表格“{}”列", cell.header);
                k.rank = kCell;
                k.confidence = 0.7;
                k.order = order++;
                cands.push_back(std::move(k));
                break;
            }
        }
    }
    for (const auto& md : x.meta_dates) {
        if (!md.date.valid()) continue;
        Cand k;
        k.c.date = md.date;
        k.c.source = "metadata";
        k.c.text = md.label;
        k.rank = meta_rank(md.label);
        k.confidence = k.rank == kMetaPubDate ? 0.6 : 0.3;
        k.c.why = k.rank == kMetaPubDate ? "网页元数据中的发布日期"
                                         : "文件元数据日期（多为转换/打印时间），弱证据";
        k.order = order++;
        cands.push_back(std::move(k));
    }
    const std::string name = normalize_text(base_name(file_name));
    if (!name.empty()) {
        std::vector<Date> found;
        for (const auto& s : scan_dates(name, -1, as_of.year)) found.push_back(s.date);
        StringPiece m[4];
        size_t pos = 0;
        while (found.empty() && C.compact.Match(name, pos, name.size(), RE2::UNANCHORED, m, 4)) {
            const Date d{std::stoi(std::string(m[1].data(), m[1].size())),
                         std::stoi(std::string(m[2].data(), m[2].size())),
                         std::stoi(std::string(m[3].data(), m[3].size()))};
            if (d.valid()) found.push_back(d);
            pos = static_cast<size_t>(m[3].data() - name.data());
        }
        for (const auto& d : found) {
            Cand k;
            k.c.date = d;
            k.c.source = "filename";
            k.c.text = base_name(file_name);
            k.rank = (d.year >= 1990 && d.year <= as_of.year + 1) ? kFilename : kRejected;
            k.confidence = 0.3;
            k.c.why = k.rank ? "文件名中的日期，弱证据" : "文件名中的日期年份不合理";
            k.order = order++;
            cands.push_back(std::move(k));
        }
    }

    std::stable_sort(cands.begin(), cands.end(), [&](const Cand& a, const Cand& b) {
        if (a.rank != b.rank) return a.rank > b.rank;
        // A list's 公布日期 column: the newest entry (not after as_of) dates the list itself.
        if (a.rank == kCell && a.c.date != b.c.date) {
            const bool a_past = !(as_of < a.c.date), b_past = !(as_of < b.c.date);
            if (a_past != b_past) return a_past;
            return b.c.date < a.c.date;
        }
        return a.order < b.order;
    });
    if (!cands.empty() && cands.front().rank > kRejected) {
        Cand& w = cands.front();
        double conf = w.confidence;
        // A rival of the same rank with another date lowers our confidence.
        for (size_t i = 1; i < cands.size() && cands[i].rank == w.rank; ++i)
            if (cands[i].c.date != w.c.date) conf = std::min(conf, 0.65);
        r.published = w.c.date;
        r.source = w.c.source;
        r.repaired = w.c.repaired;
        r.confidence = std::round(conf * 100) / 100;
        r.future = w.c.date > as_of;
        w.c.why = "选用：" + w.c.why;
        for (size_t i = 1; i < cands.size(); ++i)
            if (cands[i].rank > kRejected) cands[i].c.why += "；优先级低于所选日期";
    }
    for (size_t i = 0; i < cands.size(); ++i) {
        cands[i].c.score =
            cands[i].rank > kRejected ? std::round(cands[i].confidence * 100) / 100 : 0;
        r.candidates.push_back(std::move(cands[i].c));
        if (r.candidates.size() >= 40) break;
    }
    return r;
}

DateResult find_publication_date(const ExtractResult& x, std::string_view file_name, Date as_of) {
    std::vector<NormalizedText> pages;
    pages.reserve(x.pages.size());
    for (const auto& p : x.pages) pages.push_back(normalize_with_map(p.text));
    const TitleGuess title = guess_title(x, pages);
    return find_publication_date(x, pages, title, file_name, as_of);
}

}  // namespace dossier
