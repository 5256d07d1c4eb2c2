// find_publication_date (declared in dates.hpp): ranks the date candidates of one file.
// Split from dates.cpp, which only finds date expressions.
#include <algorithm>
#include <cmath>
#include <map>
#include <optional>

#include <fmt/format.h>
#include <re2/re2.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "analysis/crumbs.hpp"
#include "analysis/dates.hpp"
#include "model/text.hpp"

namespace dossier {
namespace {

using re2::StringPiece;

// Patterns used to judge a date's context (compiled once). Kept here, not in dates.cpp, because
// they describe page layout, not date syntax.
struct Context {
    RE2 label{
        "(发布时间|发布日期|公开日期|信息时间|信息日期|发文日期|发表时间|发表日期|发布于|发表于|"
        "答复时间|答复日期|"
        "回复时间|回复日期|"
        "公示日期|公示时间|公告日期|上传时间|出版日期|出版时间|出刊日期|成文日期|印发日期|签发日期|"
        "添加时间|添加日期|录入时间|发稿时间|"
        "签字日期|签署日期|"
        "编制日期|填报日期|制表日期|"
        "填表日期|统计日期|监测日期|汇总日期|编制时间|填报时间|制表时间|填表时间|汇总时间|"
        "更新时间|更新日期|修改时间|修改日期|浏览|访问|打印时间|打印日期|生成时间|下载时间|"
        "留言时间|留言日期|提问时间|咨询时间|来信时间|来信日期|受理时间|受理日期|申请时间|申请日期|"
        "收到申请|登记时间|"
        "截止|截至|出生|有效期|今天是|索引号|版权|©|Copyright|上一篇|下一篇|生效|施行|开始时间|"
        "结束时间|"
        "活动时间|报名时间|会议时间|举办时间|起止时间|办结时间|日期|时间)"};
    // OCR often reads a colon as ';'; a table's cell border between label and value as '|'; a
    // value may stand in brackets (更新时间：[2020-04-12], 公开日期：【2020-03-09】).
    RE2 label_gap{R"(^[ :"'”“,，.。;；《〈|｜\[【(（]*$)"};
    RE2 after_reject{
        "^[ "
        "]{0,2}(起施行|起实施|起执行|起生效|施行|实施|生效|以前|之前|前|为止|止|截止|以后|之后|"
        "以来|后|期间|"
        "出生|印发|印|召开|举行|举办|开幕|开展|开放|开通|上线|开工|开考|开学|开班|到期|通过|颁布|"
        "至今|起)"};
    RE2 before_event{"(于|自|从|截至|截止|定于|至|到|在|即|为|是)[ ]{0,2}$"};
    // 公室: a seal over the 办 of 办公室 ("治州市人民政府困公室", holdout20).
    RE2 org_suffix{
        "(办公室|公室|政府|局|委员会|委|中心|院|所|厅|处|办|街道|镇|乡|公司|协会|小组|党委|党组|"
        "支部|"
        "学校|医院|管委会|编辑部)"
        "[ ]{0,2}(\\(([^()]{0,30}章|审核|审定|审批|联合|牵头|主办|承办)\\))?[ ]{0,2}$"};
    // A seal note alone: (印章), (公章), (行政复议专用章), (廊坊市生态环境局霸州市分局代章).
    RE2 seal_note{"^\\([^()]{0,30}章\\)$"};
    RE2 closer{"(此件|印发|抄送|附件|主题词|此页无正文|公开方式|主动公开)"};
    RE2 weekday_after{"^[ ]{0,3}(星期|周[一二三四五六日天]|礼拜)"};
    RE2 compact{
        R"((?:^|[^0-9])((?:19|20)[0-9]{2})(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])(?:[0-9]{6})?(?:[^0-9]|$))"};
    // Government CMS paths: /202007/t20200709_5521.html, /art/2020/7/9/art_1_2.html,
    // /content/2020-07/09/content_5521.htm.
    // The OCR may read the file name's "_" as a space (t20200817 76441.html).
    // Its t may be lost and its _ read as '.' ("/202005/20200518.41272html"): the month folder
    // must then still match the file name's month.
    // The slash before the month folder may be lost too ("gkgewv202005/20200518.41272html").
    RE2 url_t{
        R"((?:^|[^0-9])(20[0-9]{2})(0[1-9]|1[0-2])/t?(20[0-9]{2})(0[1-9]|1[0-2])([0-3][0-9])[_ .][0-9])"};
    // Hanweb (大汉) sites put the date path under any column: /art/2020/7/9/art_…, and
    // /jyxx/gcjs/zbgs/2020/8/21/art_1532_8876.html; TRS file names carry it without the month
    // folder too: /xxgk/t20200709_5521.html.
    // (OCR reads the address bar's underscore as a space: /art/2020/6/19/art 2210 38846.html.)
    RE2 url_art{R"(/(20[0-9]{2})/([0-9]{1,2})/([0-9]{1,2})/art[_ ][0-9])"};
    RE2 url_art_glued{R"(/(20[0-9]{2})/([0-9]{3,4})/art[_ ][0-9])"};
    RE2 url_t_bare{R"([/_]t(20[0-9]{2})(0[1-9]|1[0-2])([0-3][0-9])[_ ][0-9]+\.s?html?)"};
    RE2 url_content{R"(/(20[0-9]{2})-(0[1-9]|1[0-2])/([0-3][0-9])/content_)"};
    RE2 cell_header{
        "(公布日期|编制日期|发布日期|公开日期|填报日期|制表日期|填表日期|印发日期|成文日期|"
        "更新日期|"
        "^日期$|"
        "^签到日期$)"};
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
    kTransfer = 55,
    kUnderTitle = 60,
    kSignature = 75,
    kSignedLabel = 80,
    // A screenshot's byline stamp (Judgement::page_stamp): the page's own date, above the 落款 and
    // a 成文日期 label of the document the page shows.
    kPageStamp = 82,
    kUrl = 85,
    kPlainLabel = 90,
    kStrongLabel = 100,
};

// The calibrated threshold (scripts/date-calibration over samples and holdout1–4, docs/dates.md):
// dates with a confidence at or above it were right at least 99 % of the time; below it the date
// is reported with `review` set and validation does not judge lateness by it.
constexpr double kConfidentAt = 0.8;

struct Cand {
    DateCandidate c;
    int rank = kRejected;
    double confidence = 0;
    size_t order = 0;         // page-major text order, for ties
    bool page_stamp = false;  // Judgement::page_stamp
    bool reported = false;    // Judgement::reported
};

// A date is judged by what lies near it: at most kContext bytes of its line on either side (a
// 10 MB line of dates would otherwise make every judgement read the whole line: quadratic). The
// rules read a few words around a date; 512 bytes is about 170 Chinese characters.
constexpr size_t kContext = 512;
// Date spans judged per page (the first and the last half: a page's stamp sits near its top, its
// signature near its end) and per file; the others are not candidates (a page or file of
// thousands of dates is a table or a list, and only 40 candidates are listed anyway).
constexpr size_t kPageJudged = 1000;
constexpr size_t kFileJudged = 5000;

// Where the context before `pos` starts: the line start `ls`, or kContext bytes before `pos`
// moved forward to a character boundary.
size_t context_start(std::string_view t, size_t ls, size_t pos) {
    if (pos <= ls + kContext) return ls;
    size_t b = pos - kContext;
    while (b < pos && (static_cast<unsigned char>(t[b]) & 0xC0) == 0x80) ++b;
    return b;
}

// Where the context after `pos` ends: the line end `le`, or kContext bytes after `pos` moved back
// to a character boundary.
size_t context_end(std::string_view t, size_t pos, size_t le) {
    if (le <= pos + kContext) return le;
    size_t e = pos + kContext;
    while (e > pos && (static_cast<unsigned char>(t[e]) & 0xC0) == 0x80) --e;
    return e;
}

// Only spaces and tabs: the layout gaps this file reasons about; other bytes stay content.
std::string_view trim(std::string_view s) {
    return text::trim(s, " \t");
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

enum class LabelKind { none, strong, plain, signed_, transfer, weak, reject };

struct Label {
    LabelKind kind = LabelKind::none;
    std::string word;
    bool fuzzy = false;     // matched with an OCR error (fuzzy_label)
    bool doubtful = false;  // …with two (one of them a 期 read as 其): never certain
    // The label of the date's column in a header row above (header_row_label).
    bool by_column = false;
    // A bare 日期/时间 run into a word no table knows ("制度日期"): rejected, unless its line is a
    // byline (label_of).
    bool glued = false;
    // The label alone on the line above the date (label_above).
    bool above = false;
};

LabelKind classify_label(std::string_view w) {
    for (std::string_view s :
         {"发布时间", "发布日期", "公开日期", "发文日期", "发表时间", "发表日期", "发布于",
          "发表于", "答复时间", "答复日期", "回复时间", "回复日期", "公示日期", "公示时间",
          "公告日期", "上传时间", "出版日期", "出版时间", "出刊日期",  // a periodical's own date
          // an older CMS's stamp of when the article was put up (holdout19's 司法局 page)
          "添加时间", "添加日期", "录入时间", "发稿时间"})
        if (w == s) return LabelKind::strong;
    // A ledger's or form's own date: when it was filled in, compiled or the figures taken.
    // 信息时间: a trading centre's (公共资源交易) notice stamp, the time it was posted.
    for (std::string_view s : {"编制日期", "填报日期", "制表日期", "填表日期", "统计日期",
                               "监测日期", "汇总日期", "编制时间", "填报时间", "制表时间",
                               "填表时间", "汇总时间", "信息时间", "信息日期", "日期", "时间"})
        if (w == s) return LabelKind::plain;
    // A record's 签字日期 (the checker's signature under a 检查记录表) signs it as 签发日期 would.
    for (std::string_view s : {"成文日期", "印发日期", "签发日期", "签字日期", "签署日期"})
        if (w == s) return LabelKind::signed_;
    for (std::string_view s : {"更新时间", "更新日期", "修改时间", "修改日期", "浏览", "访问",
                               "打印时间", "打印日期", "生成时间", "下载时间"})
        if (w == s) return LabelKind::weak;
    return LabelKind::reject;
}

// Whether `s` ends in `word`, or in it and at most two characters more (a 头条 head's 关注 button
// beside the account's name, read as two characters of noise: "青县政务头条号枚到").
bool ends_near(std::string_view s, std::string_view word) {
    const size_t at = s.rfind(word);
    return at != std::string_view::npos && s.size() - at - word.size() <= 6;
}

bool cjk_before(std::string_view s, size_t pos) {
    if (pos < 3) return false;
    return count_cjk(s.substr(pos - 3, 3)) == 1;
}

// What may stand between a label and its date in OCR text; a colon is often read as ';'.
bool label_separator(char32_t c) {
    return c == U' ' || c == U':' || c == U'：' || c == U'"' || c == U'\'' || c == U'”' ||
           c == U'“' || c == U',' || c == U'，' || c == U'.' || c == U'。' || c == U'|' ||
           c == U';' || c == U'；' || c == U'《' || c == U'〈';
}

bool cjk(char32_t c) {
    return c >= 0x3400 && c <= 0x9FFF;
}

// The code point of a one-character UTF-8 string (ASCII or three bytes); 0 otherwise.
char32_t one_char(std::string_view s) {
    const auto b = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
    if (s.size() == 1 && b(0) < 0x80) return b(0);
    if (s.size() == 3 && (b(0) & 0xF0) == 0xE0)
        return (char32_t(b(0) & 0x0F) << 12) | (char32_t(b(1) & 0x3F) << 6) | char32_t(b(2) & 0x3F);
    return 0;
}

// A label OCR garbled (发布曰期, 发布日朗, 发日期, 发布目期, 发布日其): the CJK characters right
// before the date (separators skipped) at edit distance 1 from a known four-character label. When
// labels of different kinds are that close (文日期: 成文日期 or 发文日期?) there is none.
Label fuzzy_label(std::string_view before) {
    struct Known {
        std::string_view word;
        LabelKind kind;
        bool split = true;  // also as a label broken in two (its first and last characters)
    };
    // Dates of other events one character from a publication label are known too, as
    // rejected: a trading centre's 成交日期 (holdout15's 产权交易结果公示.pdf read it as
    // 成文日期), a company's 成立日期, a contract's 签订/签约日期, a certificate's 发证日期, a
    // subsidy's 发放日期, an incident's 发生时间, a follow-up call's 回访时间; and a transfer
    // list's own labels (移交日期 is one character from 成交日期), which find_label reads exactly.
    // None of these is looked for as a label broken in two ("发; 期" stays 发布日期).
    // clang-format off
    static constexpr Known known[] = {
        {"发布日期", LabelKind::strong},  {"发布时间", LabelKind::strong},
        {"公开日期", LabelKind::strong},  {"发文日期", LabelKind::strong},
        {"答复日期", LabelKind::strong},  {"答复时间", LabelKind::strong},
        {"回复日期", LabelKind::strong},  {"回复时间", LabelKind::strong},
        {"公示日期", LabelKind::strong},  {"发表日期", LabelKind::strong},
        {"发表时间", LabelKind::strong},  {"成文日期", LabelKind::signed_},
        {"印发日期", LabelKind::signed_}, {"签发日期", LabelKind::signed_},
        {"更新时间", LabelKind::weak},    {"更新日期", LabelKind::weak},
        {"截止日期", LabelKind::reject},  {"申请日期", LabelKind::reject},
        {"申请时间", LabelKind::reject},  {"受理日期", LabelKind::reject},
        {"留言时间", LabelKind::reject},  {"出生日期", LabelKind::reject},
        {"出版日期", LabelKind::strong},  {"出刊日期", LabelKind::strong},
        {"打印时间", LabelKind::weak},    {"生成时间", LabelKind::weak},
        {"成交日期", LabelKind::reject, false},  {"成交时间", LabelKind::reject, false},
        {"成立日期", LabelKind::reject, false},  {"签订日期", LabelKind::reject, false},
        {"签约日期", LabelKind::reject, false},  {"发证日期", LabelKind::reject, false},
        {"发放日期", LabelKind::reject, false},  {"发放时间", LabelKind::reject, false},
        {"发生时间", LabelKind::reject, false},  {"发生日期", LabelKind::reject, false},
        {"回访时间", LabelKind::reject, false},  {"回访日期", LabelKind::reject, false},
        {"移交日期", LabelKind::transfer, false}, {"交接日期", LabelKind::transfer, false},
        {"接收日期", LabelKind::transfer, false}, {"登记日期", LabelKind::transfer, false}};
    // clang-format on
    static const std::vector<std::u32string> known32 = [] {
        std::vector<std::u32string> v;
        for (const auto& k : known) v.push_back(text::code_points(k.word));
        return v;
    }();
    // The last few characters before the date, decoded backwards (separators skipped). Cheap
    // test first: most dates have no label-like characters before them at all.
    // The code point ending at byte `end` of `before` and where it starts (0 when undecodable).
    auto char_before = [&](size_t end, size_t* start) {
        size_t b = end - 1;
        while (b > 0 && (static_cast<unsigned char>(before[b]) & 0xC0) == 0x80 && end - b < 4) --b;
        *start = b;
        return one_char(before.substr(b, end - b));
    };
    std::u32string tail5;
    size_t i = before.size();
    bool in_sep = true;
    while (i > 0 && tail5.size() < 5) {
        size_t b = 0;
        const char32_t cp = char_before(i, &b);
        if (!cp) break;
        if (in_sep && label_separator(cp)) {
            i = b;
            continue;
        }
        in_sep = false;
        if (!cjk(cp)) break;
        tail5.insert(tail5.begin(), cp);
        i = b;
    }
    // A label OCR broke in two, its middle lost to noise ("发; 期：2020年06月16日" for 发布日期 in
    // holdout13's 信息公开 grid): the label's first character, one to three separators, and its
    // last — never certain (doubtful), and none when labels of different kinds fit.
    if (!tail5.empty() && tail5.size() < 3) {
        size_t j = i, seps = 0;
        std::u32string head;
        while (j > 0 && head.size() < 2) {
            size_t b = 0;
            const char32_t cp = char_before(j, &b);
            if (!cp) break;
            if (head.empty() && label_separator(cp) && ++seps <= 3) {
                j = b;
                continue;
            }
            if (seps == 0 || seps > 3 || !cjk(cp)) break;
            head.insert(head.begin(), cp);
            j = b;
        }
        Label split;
        for (size_t len = 1; len <= head.size() && split.kind == LabelKind::none; ++len) {
            const std::u32string joined = head.substr(head.size() - len) + tail5;
            for (size_t ki = 0; ki < std::size(known); ++ki) {
                const auto& w = known32[ki];
                if (!known[ki].split) continue;
                if (joined.front() != w.front() || joined.back() != w.back() ||
                    text::edit_distance(joined, w) > 2)
                    continue;
                if (split.kind != LabelKind::none && split.kind != known[ki].kind) return {};
                if (split.kind == LabelKind::none)
                    split = Label{known[ki].kind, std::string(known[ki].word), true, true};
            }
        }
        if (split.kind != LabelKind::none) return split;
    }
    static constexpr std::u32string_view alphabet =
        U"发布日期时间公开文答复回示表成印签更新截止申请受理留言出生版刊打曰朗交立订约证放访移接收登记";
    // 期 read without its 月 (其) is an edit beyond the one allowed: holdout7's garbled grid label
    // "夏布日其 2020.10-15" (two characters off) is taken, but never as certain (doubtful).
    std::u32string cps = tail5;
    std::replace(cps.begin(), cps.end(), U'其', U'期');
    const auto in_labels = std::count_if(cps.begin(), cps.end(), [](char32_t c) {
        return alphabet.find(c) != std::u32string_view::npos;
    });
    // A byline's "发布于" with one character misread (holdout21's department site: "友布于：
    // 2020年04月22日", its light 发 read as 友): 布 or 表 kept, and 发 or 于 beside it, the other a
    // look-alike of what it stands for — "发布会", "公布于", "颁布于" (a law's date), "分布于" are
    // no misread 发布于. Three characters, one of them wrong: never certain.
    if (tail5.size() >= 3) {
        const char32_t a = tail5[tail5.size() - 3], b = tail5[tail5.size() - 2], c = tail5.back();
        const bool yu_like = c == U'干' || c == U'千' || c == U'子' || c == U'丁';
        const bool fa_like = a == U'友' || a == U'犮' || a == U'叐' || a == U'及';
        if ((b == U'布' || b == U'表') && ((a == U'发' && yu_like) || (fa_like && c == U'于')))
            return Label{LabelKind::strong, b == U'布' ? "发布于" : "发表于", true, true};
    }
    if (in_labels < 3) return {};  // one edit from a four-character label keeps three of it
    size_t n = cps.size();
    Label best;
    if (n < 3) return best;
    size_t best_d = 3;
    bool mixed = false;
    for (size_t len = 3; len <= n; ++len) {
        const std::u32string_view tail(cps.data() + cps.size() - len, len);
        for (size_t ki = 0; ki < std::size(known); ++ki) {
            const Known& k = known[ki];
            // A mapped 其 is one more edit, but the label stays within reach (d ≤ 1 after it).
            const bool qi = tail5.substr(tail5.size() - len) != tail;
            const size_t d0 = text::edit_distance(tail, known32[ki]);
            if (d0 > 1) continue;
            const size_t d = d0 + (qi ? 1 : 0);
            if (d > best_d) continue;
            if (d < best_d || best.kind == LabelKind::none) {
                best_d = d;
                mixed = false;
                best.kind = k.kind;
                best.word = std::string(k.word);
                best.fuzzy = true;
                best.doubtful = d > 1;
            } else if (k.kind != best.kind) {
                mixed = true;
            }
        }
    }
    if (mixed || best_d == 0) return {};
    return best;
}

bool has_org_suffix(std::string_view s);

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
    if (last.empty()) return fuzzy_label(before);
    const auto gap = before.substr(last_end);
    LabelKind k = classify_label(last);
    std::string word(last);
    // A bare 日期/时间 glued to a word before it: 截止时间 takes the kind of 截止; an unknown
    // compound (报送时间, 办理时间) is not a publication label.
    if ((last == "日期" || last == "时间") && cjk_before(before, last_begin)) {
        if (prev_end == last_begin) {
            k = classify_label(prev);
            word = std::string(prev) + word;
        } else if (Label f = fuzzy_label(before); f.kind != LabelKind::none) {
            return f;
        } else if (before.substr(0, last_begin).find("来源") != std::string_view::npos &&
                   has_org_suffix(before.substr(0, last_begin))) {
            // A byline whose source runs into the label: "来源：永清县分局时间：2020-10-28" —
            // the 时间 after the source unit's name is the byline's own.
            k = LabelKind::plain;
        } else if (const std::string_view w =
                       last_begin >= 6 ? before.substr(last_begin - 6, 6) : "";
                   last == "日期" && (w == "移交" || w == "交接" || w == "接收" || w == "登记")) {
            // A transfer list's 移交日期 (a receiving register's 接收日期/登记日期) is the list's
            // own date, above the dates of the documents it lists (their 成文日期 column); never as
            // certain.
            k = LabelKind::transfer;
            word = std::string(before.substr(last_begin - 6, last_end - last_begin + 6));
        } else {
            k = LabelKind::reject;
            word = std::string(before.substr(last_begin >= 6 ? last_begin - 6 : 0,
                                             last_end - (last_begin >= 6 ? last_begin - 6 : 0)));
            best.glued = true;
        }
    }
    // A distractor word anywhere in the segment rejects (今天是2020年…, ©2020…); a positive label
    // must be right before the date.
    if (k == LabelKind::reject || RE2::FullMatch(gap, C.label_gap)) {
        best.kind = k;
        best.word = std::move(word);
        return best;
    }
    // A grid row OCR ran together: an earlier field's label (成文日期“2020年01月21日) then a
    // garbled one right before this date (文呈无发布昌期“).
    return fuzzy_label(before);
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
    std::vector<size_t> starts;             // byte offset of each line
    std::vector<uint32_t> nonblank_after;   // non-blank lines after each line
    std::vector<uint32_t> nonblank_before;  // 1 + the last non-blank line before each, 0 = none
    size_t line_of(size_t pos) const {
        return static_cast<size_t>(std::upper_bound(starts.begin(), starts.end(), pos) -
                                   starts.begin()) -
               1;
    }
    // Where line `li` ends (before its '\n') in a text of `size` bytes.
    size_t end_of(size_t li, size_t size) const {
        return li + 1 < starts.size() ? starts[li + 1] - 1 : size;
    }
};

// The line index of a page, with the blank-line counts the judgement needs (computed once, so no
// span walks the lines after or above it).
PageLines index_lines(std::string_view t) {
    PageLines p;
    p.starts.push_back(0);
    for (size_t i = 0; i < t.size(); ++i)
        if (t[i] == '\n') p.starts.push_back(i + 1);
    const size_t n = p.starts.size();
    std::vector<bool> blank(n);
    for (size_t li = 0; li < n; ++li)
        blank[li] = trim(t.substr(p.starts[li], p.end_of(li, t.size()) - p.starts[li])).empty();
    p.nonblank_after.assign(n, 0);
    for (size_t li = n - 1; li-- > 0;)
        p.nonblank_after[li] = p.nonblank_after[li + 1] + (blank[li + 1] ? 0 : 1);
    p.nonblank_before.assign(n, 0);
    for (size_t li = 1; li < n; ++li)
        p.nonblank_before[li] =
            blank[li - 1] ? p.nonblank_before[li - 1] : static_cast<uint32_t>(li);
    return p;
}

// The OCR box of normalised line `li`, when it can be matched.
const OcrLine* ocr_box(const PageText& page, std::string_view norm, const PageLines& pl,
                       size_t li) {
    if (page.lines.empty() || page.height <= 0) return nullptr;
    if (page.lines.size() == pl.starts.size()) return &page.lines[li];
    const size_t b = pl.starts[li];
    const auto line = trim(norm.substr(b, pl.end_of(li, norm.size()) - b));
    for (const auto& l : page.lines)
        if (trim(normalize_text(l.text)) == line) return &l;
    return nullptr;
}

std::string_view line_text(std::string_view t, const PageLines& pl, size_t li) {
    const size_t b = pl.starts[li];
    return t.substr(b, pl.end_of(li, t.size()) - b);
}

bool has_org_suffix(std::string_view s) {
    return ctx().org_suffix.Match(s, 0, s.size(), RE2::UNANCHORED, nullptr, 0);
}

bool seal_note(std::string_view s) {
    return ctx().seal_note.Match(s, 0, s.size(), RE2::ANCHOR_BOTH, nullptr, 0);
}

// A 年月 date (year, month, day digits) whose 日 OCR read as another character: `after`, what
// follows it to the end of its line, is one CJK character that is neither 日 nor a word the date
// goes on with (起, 前 …: date_goes_on) — "2020年1月20脸", "2020年11月17晶".
bool misread_ri(std::string_view t, const DateSpan& s, std::string_view after) {
    if (s.sep != 'y' || !s.has_year || s.has_time || after.size() != 3 || count_cjk(after) != 1 ||
        date_goes_on(after))
        return false;
    const auto tail = t.substr(s.end >= 3 ? s.end - 3 : s.end, 3);
    return tail != "日" && tail != "曰" && tail != "号";
}

// One date span of page `pi` with what lies around it on its line, for judge().
struct SpanSite {
    const DateSpan& s;
    const PageText& page;
    std::string_view t;  // the page's normalised text
    const PageLines& pl;
    int pi;
    const TitleGuess& title;
    const char* list_entry;          // why the page's shape makes this date a list entry, or null
    size_t li = 0, ls = 0, le = 0;   // the span's line: index, start, end
    size_t cs = 0, ce = 0;           // its context: [cs, s.begin) and [s.time_end, ce)
    std::string_view before, after;  // the span's segment of the line, before and after it
    std::string_view whole_before;   // the whole line before the span, trimmed
    bool alone_after = false;        // nothing (or only a seal note) after it on the line
    bool lost_day = false;           // alone once a misread 日 is left out ("2020年1月20脸")
    // The span's place among the date spans of its line, and how many there are (0: not counted).
    size_t column = 0, columns = 0;

    SpanSite(const DateSpan& span, const PageText& pg, std::string_view text,
             const PageLines& lines, int page_index, const TitleGuess& tg, const char* list)
        : s(span), page(pg), t(text), pl(lines), pi(page_index), title(tg), list_entry(list) {
        li = pl.line_of(s.begin);
        ls = pl.starts[li];
        le = pl.end_of(li, t.size());
        cs = context_start(t, ls, s.begin);
        ce = context_end(t, s.time_end, le);
        before = segment_before(t, cs, s.begin);
        after = segment_after(t, s.time_end, ce);
        whole_before = trim(t.substr(cs, s.begin - cs));
        alone_after = after.empty() || seal_note(after);
        // One or two marks OCR made of the seal's edge or a stroke beside the date ("二O二〇年四月
        // 二十九日 /", holdout17's sealed scan): still alone. Only in OCR text.
        if (!alone_after && page.source == TextSource::ocr) {
            const auto rest = trim(t.substr(s.time_end, le - s.time_end));
            alone_after =
                !rest.empty() && rest.size() <= 2 &&
                std::all_of(rest.begin(), rest.end(), [](char c) {
                    return std::string_view("/|\\])}.,'`~_-").find(c) != std::string_view::npos;
                });
        }
        // "2020年1月20脸": a 年月 date without its 日 and one character alone after it at the
        // end of the line — the 日 OCR misread (a seal's red over it). Alone, but repaired.
        // Only in OCR text, and not a character the date goes on with (6起, 6前: date_goes_on).
        if (!alone_after && page.source == TextSource::ocr && s.time_end == s.end &&
            s.end + 3 == le && misread_ri(t, s, after))
            alone_after = lost_day = true;
    }
    // Lines [title.line, title.line + extra] of the title's page.
    bool near_title(size_t extra) const {
        return title.page == pi && title.line >= 0 && li <= static_cast<size_t>(title.line) + extra;
    }
};

// What judge() decides for a span: its rank, source, confidence before the OCR-repair and
// missing-year penalties, and why (Chinese).
struct Judgement {
    int rank;
    const char* source;
    double confidence;
    std::string why;
    // A web page's own stamp (a byline with 来源/浏览, or a date and time before the publishing
    // unit): on a screenshot it dates the page, above the 落款 of the document the page shows.
    bool page_stamp = false;
    // A body date the document reports as past (an application received or submitted, "于2020年8月
    // 28日收到您提出的…申请"): the document itself is dated on or after it.
    bool reported = false;
};

Judgement rejected(std::string why) {
    return {kRejected, "content", 0, std::move(why)};
}

// A metadata table laid out in two rows (holdout16's 信息公开 platform: a header row of 索引号,
// 发文机关, 成文日期, 发布日期, 文号 and 时效 over one row of values) gives a date in the value row
// the date label of its column in the header row right above: by order, when the header, a line
// of labels without a digit that names a metadata field (索引号, 发文机关, 发布机构, 时效 …) and
// no list column (序号, 标题, 名称), holds as many date labels as the row holds dates, and the row
// is the table's only one: the next line holds no date (a title's 2020年度 may open it). A list
// of documents under its column heads (a 台账's 文件名称, 文号, 发布日期; a column page) is many
// rows: its dates are the entries'.
Label header_row_label(const SpanSite& x) {
    if (x.columns == 0 || x.pl.nonblank_before[x.li] == 0) return {};
    const std::string_view row = line_text(x.t, x.pl, x.li);
    if (row.find('\t') != std::string_view::npos) return {};  // a spreadsheet's or table's row
    const size_t hi = x.pl.nonblank_before[x.li] - 1;
    const std::string_view h = line_text(x.t, x.pl, hi);
    if (h.size() > 400 ||
        std::any_of(h.begin(), h.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return {};
    static constexpr std::string_view kMetaFields[] = {"索引号", "发文机关", "发布机构", "时效",
                                                       "有效性", "主题分类", "公开方式"};
    static constexpr std::string_view kListColumns[] = {"序号", "标题", "名称"};
    auto has = [&](std::string_view f) { return h.find(f) != std::string_view::npos; };
    if (std::none_of(std::begin(kMetaFields), std::end(kMetaFields), has) ||
        std::any_of(std::begin(kListColumns), std::end(kListColumns), has))
        return {};
    if (x.pl.nonblank_after[x.li] > 0) {
        size_t next = x.li + 1;
        while (next < x.pl.starts.size() && trim(line_text(x.t, x.pl, next)).empty()) ++next;
        // A next row with a date makes a list (a ledger's rows); a sentence of the body with a
        // date in it (the report's 统计期限 "2019年1月1日至12月31日。") does not.
        static const RE2 year(R"((?:19|20)\d\d\s*[-./年]\s*\d{1,2})");
        if (next < x.pl.starts.size()) {
            const std::string_view n = line_text(x.t, x.pl, next);
            if (RE2::PartialMatch(n, year) && n.find("。") == std::string_view::npos) return {};
        }
    }
    // The header's date labels in order: those read whole, and between them (or alone in a
    // stretch of the row) one OCR garbled (发布日其, holdout19's 信息公开 platform; 发布曰期) —
    // matched as fuzzy_label matches a label before a date.
    std::vector<std::string> dates;
    bool garbled = false;
    // A stretch's garbled labels, glued to the fields around them or not ("发布日其文号"): each
    // shortest prefix (from the last label found) whose end fuzzy_label takes for a label.
    auto garbled_label = [&](std::string_view gap) {
        size_t from = 0;
        for (size_t end = 1; end <= gap.size(); ++end) {
            if (end < gap.size() && (static_cast<unsigned char>(gap[end]) & 0xC0) == 0x80) continue;
            const Label f = fuzzy_label(gap.substr(from, end - from));
            if (f.kind == LabelKind::none || f.kind == LabelKind::reject) continue;
            dates.push_back(f.word);
            garbled = true;
            from = end;
        }
    };
    StringPiece m[2];
    size_t done = 0;
    for (size_t pos = 0;
         pos < h.size() && ctx().label.Match(h, pos, h.size(), RE2::UNANCHORED, m, 2);) {
        const std::string_view w(m[1].data(), m[1].size());
        const size_t at = static_cast<size_t>(m[1].data() - h.data());
        pos = at + w.size();
        const LabelKind k = classify_label(w);
        if (k == LabelKind::reject || k == LabelKind::none || w == "浏览" || w == "访问") continue;
        garbled_label(h.substr(done, at - done));
        dates.emplace_back(w);
        done = pos;
    }
    garbled_label(h.substr(done));
    if (dates.size() != x.columns) return {};
    Label label;
    label.kind = classify_label(dates[x.column]);
    label.word = dates[x.column];
    label.by_column = true;
    label.fuzzy = label.doubtful = garbled;  // a misread label placed by order: never certain
    return label;
}

bool byline_words(const SpanSite& x);

// The text line right above line `li` (dir < 0) or below it (dir > 0) in its column: with OCR
// boxes, the nearest line whose box starts within two line heights of this one's left edge, does
// not share its row and lies within three line heights (a rail read on its own interleaves with
// the article's lines on the same rows), one of the same read preferred; without boxes, the next
// non-blank line. -1 when none.
long column_neighbour(const SpanSite& x, size_t li, int dir) {
    if (x.page.lines.size() == x.pl.starts.size() && !x.page.lines.empty()) {
        const OcrLine& v = x.page.lines[li];
        long best = -1;
        int best_gap = 0;  // the best's gap, plus a line height when of another read
        for (size_t j = 0; j < x.page.lines.size(); ++j) {
            const OcrLine& o = x.page.lines[j];
            const int h = std::max({v.h, o.h, 1});
            if (j == li || std::abs(o.x - v.x) > 2 * h) continue;
            const int gap = dir < 0 ? v.y - (o.y + o.h) : o.y - (v.y + v.h);
            if (gap < -v.h / 3 || gap > 3 * h) continue;
            // A line of the same read is a line height nearer: the rail's own label, not the
            // first pass's line that ran from the rail into the article on the same rows.
            const int score = gap + (o.second_pass != v.second_pass ? h : 0);
            if (best < 0 || score < best_gap) best = static_cast<long>(j), best_gap = score;
        }
        return best;
    }
    if (dir < 0)
        return x.pl.nonblank_before[li] == 0 ? -1 : static_cast<long>(x.pl.nonblank_before[li]) - 1;
    if (x.pl.nonblank_after[li] == 0) return -1;
    size_t next = li + 1;
    while (next < x.pl.starts.size() && trim(line_text(x.t, x.pl, next)).empty()) ++next;
    return next < x.pl.starts.size() ? static_cast<long>(next) : -1;
}

// A date under its label: an attribute list laid out label over value (holdout17's 信息公开
// platform keeps 索引号, 成文日期, 发布日期 … in a left rail, each label on a line of its own and
// its value on the next, which OCR runs on into the article beside it: "成文日期因⏎2020.03.30
// 发布。"). The date opens its line; the line above it in its column is a date label and nothing
// else (at most two characters of OCR noise after it, no digit); and the value is not the first of
// a column of dates (the line under it opens with none).
Label label_above(const SpanSite& x) {
    if (!x.whole_before.empty() || !x.s.has_year) return {};
    const long hi = column_neighbour(x, x.li, -1);
    if (hi < 0) return {};
    const std::string_view h = trim(line_text(x.t, x.pl, static_cast<size_t>(hi)));
    if (h.empty() || h.size() > 60 ||
        std::any_of(h.begin(), h.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return {};
    static const RE2 opens_dated(R"(^\s*(?:19|20)\d\d\s*[-./年]?\s*\d)");
    if (const long next = column_neighbour(x, x.li, 1);
        next >= 0 &&
        RE2::PartialMatch(line_text(x.t, x.pl, static_cast<size_t>(next)), opens_dated))
        return {};
    // The label, with up to two trailing characters of noise cut off.
    Label label;
    std::u32string cps = text::code_points(h);
    for (int cut = 0; cut <= 2 && cps.size() > static_cast<size_t>(cut); ++cut) {
        const std::string head = text::utf8_of(cps.substr(0, cps.size() - cut));
        Label l = find_label(head);
        if (l.kind == LabelKind::reject) return {};  // 截止日期, 出生日期 …: not a noise-cut label
        if (l.kind == LabelKind::none || l.glued) continue;
        if (count_cjk(head) > count_cjk(l.word) + 1) return {};  // words before the label
        label = l;
        break;
    }
    if (label.kind == LabelKind::none) return {};
    label.above = true;
    return label;
}

// The label before the span; table layouts put it in the previous column
// ("回复时间        2020-07-31").
// A label matched with an OCR error on a page that was not OCRed (a text layer, a Word file) is
// another word, or the text layer of a scanner's own OCR: never certain.
Label label_of(const SpanSite& x) {
    Label label = find_label(x.before);
    if (label.kind == LabelKind::none && x.before.empty()) {
        std::string_view head = x.t.substr(x.cs, x.s.begin - x.cs);
        while (!head.empty() && (head.back() == ' ' || head.back() == '\t')) head.remove_suffix(1);
        if (!head.empty()) label = find_label(segment_before(x.t, x.cs, x.cs + head.size()));
    }
    if (label.kind == LabelKind::none) label = header_row_label(x);
    if (label.kind == LabelKind::none) label = label_above(x);
    // A byline's 日期 that OCR ran into the side menu's entry on its left ("政府信息公开制度日期;
    // 2020年05月08日来源; 县政务公开办【打印本页]", holdout17's county portal): the byline's own
    // label, never certain.
    if (label.kind == LabelKind::reject && label.glued && x.page.source == TextSource::ocr &&
        byline_words(x)) {
        label.kind = LabelKind::plain;
        label.word = label.word.substr(label.word.size() - 6);
    } else {
        label.glued = false;
    }
    if (label.fuzzy && x.page.source != TextSource::ocr) label.doubtful = true;
    return label;
}

// Clocks: OCR boxes in a status bar (top) or task bar (bottom).
std::optional<Judgement> clock_by_box(const SpanSite& x, const Label& label) {
    const OcrLine* box = ocr_box(x.page, x.t, x.pl, x.li);
    if (!box) return std::nullopt;
    const double cy = box->y + box->h / 2.0;
    if (cy < x.page.height * 0.05) return rejected("页面顶部状态栏/日期栏中的时间");
    if (cy > x.page.height * 0.93 && label.kind == LabelKind::none)
        return rejected("任务栏时钟，不是发布日期");
    return std::nullopt;
}

std::optional<Judgement> by_exact_label(const Label& label) {
    switch (label.kind) {
        case LabelKind::strong:
            return Judgement{kStrongLabel, "label", 0.95,
                             fmt::format("页面自身的“{}”标注", label.word)};
        case LabelKind::plain:
            return Judgement{kPlainLabel, "label", 0.9, fmt::format("“{}”标注", label.word)};
        case LabelKind::signed_:
            return Judgement{kSignedLabel, "signature", 0.85,
                             fmt::format("“{}”（成文日期）", label.word)};
        case LabelKind::transfer:
            return Judgement{
                kTransfer, "label", 0.7,
                fmt::format("“{}”（移交清单自身的日期，高于所列文件的日期）", label.word)};
        case LabelKind::weak:
            return Judgement{kWeakStamp, "content", 0.5,
                             fmt::format("“{}”戳记，仅在没有更好的日期时采用", label.word)};
        default:
            return std::nullopt;
    }
}

std::optional<Judgement> by_label(const Label& label) {
    auto j = by_exact_label(label);
    if (j && label.fuzzy) {
        j->confidence = label.doubtful ? std::min(j->confidence - 0.05, kConfidentAt - 0.05)
                                       : j->confidence - 0.05;
        j->why += "（标注文字有 OCR 错字，按相近标注识别）";
    }
    if (j && label.by_column) {
        j->confidence -= 0.05;
        j->why += "（表头所在列）";
    }
    if (j && label.above) {
        j->confidence -= 0.05;
        j->why += "（标注在日期上一行）";
    }
    if (j && label.glued) {
        j->confidence = std::min(j->confidence, kConfidentAt - 0.05);
        j->why += "（标注前连有侧栏文字）";
    }
    return j;
}

// Unlabelled dates the words around them disqualify: cited or deadline dates, date bars, clocks
// and list entries.
std::optional<Judgement> distractor(const SpanSite& x) {
    const auto& C = ctx();
    StringPiece m[2];
    if (C.after_reject.Match(x.after, 0, x.after.size(), RE2::ANCHOR_START, m, 2)) {
        const std::string_view w(m[1].data(), m[1].size());
        if (w == "印发" || w == "印") return rejected("版记中的印发日期，不是成文日期");
        return rejected(fmt::format("引用的政策或事件、期限日期（“{}”）", w));
    }
    if (C.before_event.Match(x.before, 0, x.before.size(), RE2::UNANCHORED, nullptr, 0)) {
        Judgement j = rejected("正文中的事件或期限日期");
        static const RE2 received(R"(^(?:向[^，。,]{0,16})?(?:收到|提出|提交|递交|受理))");
        j.reported = RE2::PartialMatch(x.after, received);
        return j;
    }
    // A date bar (今天是…星期四) — unless the line is a byline that prints the weekday too
    // ("2020年10月11日星期日阅读量：870 【字号：大中小]", the design zoo's cn_week bylines): its
    // source, author, type size or a count after the date (a bar's 无障碍阅读 is none of them).
    static const RE2 byline_after("(来源|作者|字号|字体|浏览次数|阅读量|阅读次数|点击数|责任编辑)");
    if (C.weekday_after.Match(x.after, 0, x.after.size(), RE2::ANCHOR_START, nullptr, 0) &&
        (x.whole_before.find("今天") != std::string_view::npos ||
         !RE2::PartialMatch(x.t.substr(x.s.time_end, x.ce - x.s.time_end), byline_after)))
        return rejected("日期栏（带星期），不是发布日期");
    // Text-only clock heuristic: a time-stamped or slash date in the last lines of an OCR page.
    const size_t last_lines = x.pl.nonblank_after[x.li];
    if (x.page.source == TextSource::ocr && last_lines < 2 && (x.s.has_time || x.s.sep == '/') &&
        x.before.size() < 12)
        return rejected("任务栏时钟，不是发布日期");
    // A list (column page, 相关链接, account home or history): list_shape() below.
    if (x.list_entry) return rejected(x.list_entry);
    return std::nullopt;
}

// True when the last non-blank line before the span's ends in a unit's name (right-aligned: the
// line's last segment).
// A seal note on a line of its own between the unit and the date ("霸州市大气污染防治工作领导小组
// 办公室⏎(廊坊市生态环境局霸州市分局代章)⏎2020年10月9日", holdout2) is skipped; one ending the
// unit's line ("霸州市人民政府(行政复议专用章)", "永清县住房和城乡建设局(公章)") is part of it.
bool unit_name_above(const SpanSite& x) {
    size_t above = x.pl.nonblank_before[x.li];
    for (int skipped = 0; above > 0; ++skipped) {
        const size_t j = above - 1;
        const size_t end = x.pl.starts[j] + line_text(x.t, x.pl, j).size();
        const auto seg = segment_before(x.t, context_start(x.t, x.pl.starts[j], end), end);
        if (skipped == 0 && seal_note(seg)) {
            above = x.pl.nonblank_before[j];
            continue;
        }
        return count_cjk(seg) <= 30 && has_org_suffix(seg);
    }
    return false;
}

// A form's signature laid out date first: the date alone on its line, the unit's name with its
// seal note on the next ("2020年7月3日⏎霸州市融媒体中心(盖章)").
bool sealed_unit_below(const SpanSite& x) {
    if (!x.before.empty() || !x.whole_before.empty()) return false;
    for (size_t j = x.li + 1; j < std::min(x.pl.starts.size(), x.li + 3); ++j) {
        const auto lt = trim(line_text(x.t, x.pl, j));
        if (lt.empty()) continue;
        const size_t seal =
            lt.find("盖章") != std::string_view::npos ? lt.find("盖章") : lt.find("印章");
        if (seal == std::string_view::npos || count_cjk(lt) > 30) return false;
        auto unit = trim(lt.substr(0, seal));
        while (!unit.empty() && !(static_cast<unsigned char>(unit.back()) & 0x80))
            unit.remove_suffix(1);  // the bracket before 盖章, in whatever form OCR read it
        if (unit.size() >= 3 && (unit.ends_with("（") || unit.ends_with("〈") ||
                                 unit.ends_with("【") || unit.ends_with("《")))
            unit.remove_suffix(3);
        return has_org_suffix(unit);
    }
    return false;
}

// True when one of the next three lines holds a closing word (此件, 抄送, 主题词 …) in its first
// kContext bytes. Past those three, the lines between may only be a seal's scattered characters
// (at most three CJK ones) or a unit's name (the 版记's issuing office): a text PDF whose seal is
// drawn in text ("局", "故", "管理", holdout21's 金融办 notice) prints them between its 落款 date
// and the 印发 line.
bool closer_below(const SpanSite& x) {
    for (size_t j = x.li + 1; j < std::min(x.pl.starts.size(), x.li + 14); ++j) {
        const size_t b = x.pl.starts[j];
        const auto lt = x.t.substr(b, context_end(x.t, b, x.pl.end_of(j, x.t.size())) - b);
        if (ctx().closer.Match(lt, 0, lt.size(), RE2::UNANCHORED, nullptr, 0)) return true;
        const auto tl = trim(lt);
        if (j >= x.li + 3 && !tl.empty() &&
            !(count_cjk(tl) * 3 == static_cast<int>(tl.size()) &&
              (count_cjk(tl) <= 3 || (has_org_suffix(tl) && count_cjk(tl) <= 30))))
            return false;
    }
    return false;
}

// A line the OCR boxes place in the right half and the lower half of its page (a signature
// block), alone or nearly alone on its line.
bool right_aligned_low(const SpanSite& x) {
    const OcrLine* box = ocr_box(x.page, x.t, x.pl, x.li);
    if (!box || x.page.width <= 0) return false;
    return box->x > x.page.width * 0.45 && box->y > x.page.height * 0.35 &&
           box->y + box->h < x.page.height * 0.93 && count_cjk(x.whole_before) <= 12;
}

// A 年月日 date alone on the last line of an OCR page, in its right half, under at least three
// lines of text: a short document's signature sits high on the page (holdout10's sealed 自查报告:
// the date a quarter down an A4 scan, the unit above it garbled by the seal, "震州市怠媒体中，").
// Never certain: nothing but the position says it is the signature.
bool last_line_right(const SpanSite& x) {
    if (x.page.source != TextSource::ocr || x.s.sep != 'y' || x.s.has_time ||
        !x.whole_before.empty() || x.pl.nonblank_after[x.li] != 0 || x.li < 3)
        return false;
    const OcrLine* box = ocr_box(x.page, x.t, x.pl, x.li);
    return box && x.page.width > 0 && box->x > x.page.width * 0.45;
}

// True when `s` ends in a sign-off field's name (负责人签字：, 签名, (签章)), separators and the
// blank a hand filled in (____) skipped.
bool ends_in_sign_off(std::string_view s) {
    for (bool more = true; more;) {
        more = false;
        s = trim(s);
        for (std::string_view t : {":", "_", ")", "(", "：", "）", "（"})
            if (s.ends_with(t)) {
                s.remove_suffix(t.size());
                more = true;
            }
    }
    for (std::string_view w : {"签字", "签名", "签章"})
        if (s.ends_with(w)) return true;
    return false;
}

// A form's or record's sign-off date: a full date alone on its line right after the field where
// it was signed ("负责人签字：⏎2020年9月30日", "检查人签名：2020年9月30日"), or ending the line of
// the record's keeper ("记录人：…部 2020年11月3日"). The form's own date,
// but read from a photo of a filled-in form: never certain.
bool sign_off_date(const SpanSite& x) {
    if (!x.alone_after || !x.s.has_year || x.near_title(1)) return false;
    // A record's keeper and the day, on one line at its end ("记录人：县融媒体中心新媒体部
    // 2020年11月3日", "填报人：张某 2020年9月30日").
    for (std::string_view who : {"记录人", "填报人", "制表人", "填表人", "经办人", "登记人"})
        if (x.whole_before.starts_with(who) && count_cjk(x.whole_before) <= 24) {
            const auto rest = trim(x.whole_before.substr(who.size()));
            if (rest.starts_with(":") || rest.starts_with("：")) return true;
        }
    if (!x.before.empty()) return x.before == x.whole_before && ends_in_sign_off(x.before);
    if (!x.whole_before.empty() || x.pl.nonblank_before[x.li] == 0) return false;
    const size_t j = x.pl.nonblank_before[x.li] - 1;
    const auto prev = line_text(x.t, x.pl, j);
    return count_cjk(prev) <= 12 && ends_in_sign_off(prev);
}

// One or two stray marks OCR read in front of a line (a quote, a dash, a dot: a seal's edge or a
// speck): holdout5's sealed 领导小组 notice read its signature as "“二O二O年五月二十六日". In a
// text PDF, a seal drawn as text puts its star there ("霸州市教育和体育局⏎★ 2020年8月17日",
// holdout7): counted as nothing only under the unit's name.
bool stray_marks(std::string_view s) {
    int marks = 0;
    const auto n = static_cast<int32_t>(s.size());
    for (int32_t i = 0; i < n;) {
        UChar32 c = 0;
        U8_NEXT(s.data(), i, n, c);
        if (c == ' ') continue;
        const bool symbol = c >= 0 && u_charType(c) == U_OTHER_SYMBOL;  // a text seal's ★
        if (c < 0 || !(u_ispunct(c) || symbol) || ++marks > 2) return false;
    }
    return marks > 0;
}

// An arabic 年月 date on an OCR page whose 日 a seal turned into another character ending the line
// ("2020年7月6有", holdout's sealed 核准批复 scan): the day's digits stand, the character after
// them is not a word the date could go on with (起, 前, 止 …). Never certain.
bool lost_ri(const SpanSite& x) {
    return x.page.source == TextSource::ocr && !x.s.chinese &&
           misread_ri(x.t, x.s, trim(x.t.substr(x.s.time_end, x.le - x.s.time_end)));
}

// At most two characters, none a digit (a digit could be part of the date).
bool short_noise(std::string_view s) {
    int n = 0;
    const auto len = static_cast<int32_t>(s.size());
    for (int32_t i = 0; i < len;) {
        UChar32 c = 0;
        U8_NEXT(s.data(), i, len, c);
        if (c == ' ') continue;
        if (c < 0 || u_isdigit(c) || ++n > 2) return false;
    }
    return n > 0;
}

// A cell of a table row (tab-separated cells before and after it): a listed document's date.
bool table_cell(const SpanSite& x) {
    return x.whole_before.find('\t') != std::string_view::npos &&
           !trim(x.t.substr(x.s.time_end, x.ce - x.s.time_end)).empty();
}

// A spreadsheet's data row: three or more non-empty tab-separated cells on the span's line (a
// ledger's first row "JC20200817001⇥2020-08-17⇥首页图片…", holdout19: its 转办日期 was published
// as a 落款 with 0.85). A footer's unit and date ("编制单位：…⇥⇥2020年10月9日") are two.
bool data_row(const SpanSite& x) {
    const std::string_view line = x.t.substr(x.ls, x.le - x.ls);
    int cells = 0;
    for (size_t from = 0; from <= line.size();) {
        const size_t tab = std::min(line.find('\t', from), line.size());
        cells += !trim(line.substr(from, tab - from)).empty();
        from = tab + 1;
    }
    return cells >= 3;
}

// Signature (落款): alone at the end of its line, after the unit's name or a Chinese-numeral date.
std::optional<Judgement> signature(const SpanSite& x) {
    if (table_cell(x) || data_row(x)) return std::nullopt;
    const bool org_before = has_org_suffix(x.before);
    const bool sign_off = sign_off_date(x);
    const bool bare =
        x.before.empty() || (x.before == x.whole_before && stray_marks(x.before) &&
                             (x.page.source == TextSource::ocr || unit_name_above(x)));
    if (lost_ri(x) && bare && !x.near_title(1) &&
        (unit_name_above(x) || closer_below(x) || right_aligned_low(x)))
        return Judgement{kSignature, "signature", 0.7, "落款日期（“日”字被印章压盖误识）"};
    // One or two characters of noise (a seal's edge: "三广二O二〇年九月四日") before a date alone
    // on its line right under the signing unit: the signature, read through noise, never certain.
    if (x.page.source == TextSource::ocr && !bare && x.alone_after && x.s.has_year &&
        x.before == x.whole_before && short_noise(x.before) && !x.near_title(1) &&
        unit_name_above(x))
        return Judgement{kSignature, "signature", 0.75, "落款日期（行首有 OCR 杂字）"};
    // A guide's closing "2020年4月8日更新" under its unit: the day it was last brought up to date,
    // standing as its 落款 (holdout19's two 公开指南, a .txt and a PDF). Never certain.
    if (trim(x.after) == "更新" && x.s.has_year && bare && !x.near_title(1) && unit_name_above(x))
        return Judgement{kSignature, "signature", 0.75, "落款处的更新日期（“……日更新”）"};
    if (!x.alone_after || !(bare || org_before || sign_off)) return std::nullopt;
    const bool prev_org = org_before || unit_name_above(x);
    const bool closer = closer_below(x);
    if (!x.near_title(1) && (prev_org || closer || (x.s.chinese && x.s.has_year)))
        return Judgement{kSignature, "signature", 0.85, "落款日期（成文日期）"};
    if (!x.near_title(1) && x.s.has_year && right_aligned_low(x))
        return Judgement{kSignature, "signature", 0.8, "落款日期（页面下部右对齐的日期行）"};
    if (!x.near_title(1) && x.s.has_year && last_line_right(x))
        return Judgement{kSignature, "signature", 0.75, "落款日期（页面末行右对齐的日期）"};
    if (sign_off)
        return Judgement{kSignature, "signature", 0.75, "签字栏的日期（表格或记录的签署日期）"};
    if (!x.near_title(1) && x.s.has_year && sealed_unit_below(x))
        return Judgement{kSignature, "signature", 0.75, "落款日期（下一行为盖章的单位名称）"};
    return std::nullopt;
}

// A byline's words (来源, 作者, 字体 大 中 小, 浏览次数, 阅读, 点击, 打印) within 40 characters of
// the span on its line.
bool byline_words(const SpanSite& x) {
    const size_t b = std::max(x.cs, x.s.begin > 120 ? x.s.begin - 120 : 0);
    const size_t e = std::min(x.ce, x.s.time_end + 120);
    const auto line = x.t.substr(b, e - b);
    // 【打印】 and 【关闭窗口】: a portal's page tools, at the end of its byline row.
    for (std::string_view w : {"来源", "作者", "字体", "浏览次数", "阅读", "责任编辑", "字号",
                               "分享", "打印", "关闭窗口"})
        if (line.find(w) != std::string_view::npos) return true;
    // 点击 only as a count (点击数, 点击：123): "点击后显示404" in a message's body is none.
    for (size_t at = line.find("点击"); at != std::string_view::npos;
         at = line.find("点击", at + 1)) {
        const auto next = line.substr(at + 6, 3);
        if (next.starts_with("数") || next.starts_with("量") || next.starts_with("率") ||
            next.starts_with("次") || next.starts_with(":") || next.starts_with("：") ||
            (!next.empty() && (next[0] == ' ' || (next[0] >= '0' && next[0] <= '9'))))
            return true;
    }
    return false;
}

// Unlabelled dates at the top: under the title, in a byline, or opening a text document.
std::optional<Judgement> byline(const SpanSite& x) {
    if (table_cell(x)) return std::nullopt;
    // The line under the title that carries 来源/作者/字体/浏览次数: the byline, labelled or not.
    const bool under_title = x.title.page == x.pi && x.title.line >= 0 &&
                             x.li > static_cast<size_t>(x.title.line) &&
                             x.li <= static_cast<size_t>(x.title.line) + 4;
    const bool top = under_title || (x.pi == 0 && x.li < 15);
    // A 微博 post's own time: date and time followed by the client it was sent from
    // ("2020-11-14 10:02 来自 微博 weibo.com"); comments below carry no 来自. Not certain: a
    // repost quotes the original post's time the same way. A garbled 来自 微博 still has the
    // client's address after it ("08-04 17:35 来让你博 weibo.com", holdout21).
    if (top && x.s.has_time &&
        (x.after.starts_with("来自") ||
         x.after.substr(0, 40).find("weibo.com") != std::string_view::npos))
        return Judgement{kUnderTitle, "content", 0.75, "微博的发布时间（时间后接“来自”）"};
    // A 抖音 video's "@account · 09-18" (or the stamp alone on its line) on a phone's screen.
    if (x.s.account_stamp && phone_screen(x.page))
        return Judgement{kUnderTitle, "content", 0.75, "短视频账号名后的发布日期（“· 月-日”）"};
    if (top && x.s.has_time &&
        trim(x.t.substr(x.s.time_end, x.le - x.s.time_end)).substr(0, 14).find("头条号") !=
            std::string_view::npos)
        return Judgement{kUnderTitle, "content", 0.75, "头条号文章的发布时间（时间后接“头条号”）"};
    // A 今日头条 article's head whose account is verified: the time, then the verification
    // ("@ 08-10 16:22 河北廊坊安次区政府官方账号", holdout18; scan_post_times) or the account's
    // name ending in 头条号 ("@@ 06-15 10:12 青县政务头条号", holdout20).
    if (const std::string_view rest = trim(x.t.substr(x.s.time_end, x.le - x.s.time_end));
        top && x.s.has_time && x.whole_before.size() <= 6 &&
        (ends_near(rest, "账号") || ends_near(rest, "头条号")) && count_cjk(rest) <= 20)
        return Judgement{kUnderTitle, "content", 0.75,
                         "头条文章的发布时间（时间后接认证账号或头条号名）"};
    if (top && byline_words(x) && count_cjk(x.before) <= 15)
        return Judgement{kUnderTitle, "content", 0.8, "标题下方署名行（来源/作者/字体）中的日期",
                         true};
    const auto& wb = x.whole_before;
    const bool phone = phone_screen(x.page);
    // An unlabelled date right under the title (a WeChat/portal byline). On a phone's screen,
    // after an account's name ("健康青县 2020-11-02", holdout20), it is the post's own date: above
    // the 落款 of the notice the post prints.
    if (x.near_title(3) && x.li > static_cast<size_t>(x.title.line) &&
        count_cjk(x.whole_before) <= 15 && x.after.size() <= 40) {
        const bool account = phone && x.after.empty() && count_cjk(wb) >= 2 &&
                             count_cjk(wb) <= 10 && wb.size() <= 40 &&
                             wb.find_first_of(":()（）") == std::string_view::npos;
        return Judgement{kUnderTitle, "content", 0.75,
                         account ? "标题下方账号名后的日期（文章的发布日期）" : "标题下方的日期",
                         account};
    }
    // A byline near the top even when the OCR title line was garbled (or the title guessed from
    // the wrong line): a short account or unit name followed by the date and its time ("霸州发布
    // 2020年11月16日 18:30"), or by a full date that ends the line (a WeChat article's light-grey
    // "霸州生态环境 2020-11-06" under its title). A phone article's byline may print the day
    // without its year ("原创 健康大厂 10月30日": a WeChat article of this year, holdout17, whose
    // title OCR lost to a picture's caption).
    const bool stamp =
        x.s.has_time || (x.after.empty() && (x.s.has_year || (phone && x.s.sep == 'y')));
    if (x.pi == 0 && x.li < 8 && stamp && count_cjk(wb) >= 2 && count_cjk(wb) <= 10 &&
        wb.size() <= 40 && x.after.size() <= 12 && wb.find(':') == std::string_view::npos &&
        wb.find('\t') == std::string_view::npos)  // not a table row's cells
        return Judgement{kUnderTitle, "content", 0.6, "署名行中的日期（公众号或单位名之后）"};
    // The same byline split over two lines, as a 微博 or WeChat head lays it out: the account name
    // alone on one line ("胜芳发布"), the post's full date and time alone on the next (whose
    // "来自 …" OCR lost). Near the top only, under a name of 2–10 characters without digits.
    // A 头条 article's head puts the account's verification after the time ("文安发布⏎2020-08-09
    // 17:30 · 文安县融媒体中心官方账号", holdout16).
    const bool account_note = x.after.ends_with("账号") && count_cjk(x.after) <= 20;
    if (x.pi == 0 && x.li < 8 && x.s.has_year && x.s.has_time && wb.empty() &&
        (x.after.size() <= 12 || account_note) && x.pl.nonblank_before[x.li] > 0) {
        const auto name = trim(line_text(x.t, x.pl, x.pl.nonblank_before[x.li] - 1));
        const size_t n = count_cjk(name);
        if (n >= 2 && n <= 10 && name.size() <= 40 &&
            std::none_of(name.begin(), name.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
            name.find(':') == std::string_view::npos)
            return Judgement{kUnderTitle, "content", 0.6,
                             "署名行中的日期（账号名下一行的发布时间）"};
    }
    // A portal byline whose source is not labelled: the full date (and its time) open the line,
    // the publishing unit follows ("2020-09-16 09:41    信安镇党政综合办公室", "2020.07.28  廊坊市
    // 生态环境局霸州市分局") — found even when a side menu's line came between it and the title.
    const bool top_stamp = x.pi == 0 && x.li < 15 && x.s.has_year;
    const std::string_view rest =
        top_stamp ? trim(x.t.substr(x.s.time_end, x.le - x.s.time_end)) : std::string_view();
    // The unit may be followed by a right-hand column's heading the read ran on into ("2020-04-24
    // 10:32 ”区金融办 1 专题专栏", holdout19): its first word is then the unit.
    const auto first_word = [](std::string_view r) {
        r = trim(r.substr(std::min(r.find_first_not_of("\"'”“ "), r.size())));
        return r.substr(0, std::min(r.find(' '), r.size()));
    };
    const bool unit_after =
        top_stamp && rest.size() <= 72 && count_cjk(rest) >= 3 && count_cjk(rest) <= 20 &&
        (has_org_suffix(rest) ||
         (count_cjk(first_word(rest)) >= 3 && has_org_suffix(first_word(rest))));
    if (wb.empty() && unit_after)
        return Judgement{kUnderTitle, "content", 0.6, "署名行中的日期（日期后接发布单位）",
                         x.s.has_time};
    // The same stamp after a column's name the OCR ran into it ("办理结果 2020.08-03 16:20
    // 市教育和体育局"): with its time, still a stamp.
    if (x.s.has_time && unit_after && count_cjk(wb) <= 6)
        return Judgement{kUnderTitle, "content", 0.6, "署名行中的日期和时间（后接发布单位）", true};
    // …or after a side menu's entry on the byline's row ("政府信息公开制度 2020-07-10 县政府办",
    // holdout17's county portal): a short name without digits; less sure.
    if (unit_after && count_cjk(wb) <= 10 && wb.size() <= 40 &&
        std::none_of(wb.begin(), wb.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
        wb.find(':') == std::string_view::npos && wb.find('\t') == std::string_view::npos)
        return Judgement{kUnderTitle, "content", 0.55,
                         "署名行中的日期（前有侧栏文字，后接发布单位）"};
    if (x.title.line < 0 && x.pi == 0 && x.li < 4 && x.alone_after && x.before.empty() &&
        x.page.source != TextSource::ocr)
        return Judgement{kUnderTitle, "content", 0.6, "文档开头的日期"};
    return std::nullopt;
}

// A full date alone on its line in brackets ("[2020年03月23日]", "【2020-03-23】",
// "（2020-03-23）"): the stamp many county portals print right-aligned under an article's end, or
// centred right under its title. Only when it is the page's one such line — a related-links list
// wrapped by the OCR gives many. A character or two of OCR noise may open the line ("_，
// [2020-05-26]", a photo of a screen whose title was guessed wrong, so the title's place is not
// required). Nothing but the brackets says it is the page's own date: never certain.
bool bracketed_stamp(const SpanSite& x) {
    if (!x.s.has_year || x.s.range) return false;
    static const RE2 open(R"(^[_,，.。、'"‘’~\-\s]{0,6}(?:\[|【|\(|（|〔)$)");
    static const RE2 close(R"(^(?:\]|】|\)|）|〕)$)");
    const auto rest = trim(x.t.substr(x.s.time_end, x.le - x.s.time_end));
    if (!RE2::FullMatch(x.whole_before, open) || !RE2::FullMatch(rest, close)) return false;
    static const RE2 line_re(
        R"(^[_,，.。、'"‘’~\-\s]{0,6}(?:\[|【|\(|（|〔)\s*(?:19|20)\d\d\D{1,3}\d{1,2}\D{1,3}\d{1,2}\D{0,2}\s*(?:\]|】|\)|）|〕)\s*$)");
    int n = 0;
    for (size_t j = 0; j < x.pl.starts.size() && n < 2; ++j)
        if (RE2::FullMatch(line_text(x.t, x.pl, j), line_re)) ++n;
    return n == 1;
}

// A full date ending the breadcrumb row right above the title ("首页 / 政务公开 / 重点领域 / 教育
// 2020-07-10", the date a chip at the row's right end): the page's own date on portals that lay
// their article head out so. A header's "today's date" bar is no such row: its 今天是 and the
// weekday after its date reject it first (distractor), and nothing may follow the date here.
// Nothing labels it: never certain, and below every other kind of stamp.
bool crumb_stamp(const SpanSite& x) {
    if (!x.s.has_year || x.s.range || x.title.page != x.pi || x.title.line < 0 ||
        x.li >= static_cast<size_t>(x.title.line) || x.li + 2 < static_cast<size_t>(x.title.line))
        return false;
    const auto line = x.t.substr(x.ls, x.le - x.ls);
    // What follows the date: nothing, or one character of OCR noise at the chip's edge.
    const auto rest = trim(x.t.substr(x.s.time_end, x.le - x.s.time_end));
    if (count_cjk(rest) > 1 || rest.size() > 3) return false;
    const auto head = line.substr(0, x.s.begin - x.ls);
    if (!find_crumbs(head).empty()) return true;
    // One noise character before 首页 (the OCR's reading of the row's left edge).
    size_t n = 0;
    U8_FWD_1(head.data(), n, static_cast<int32_t>(head.size()));
    return n < head.size() && head.substr(n).starts_with("首页") &&
           !find_crumbs(head.substr(n)).empty();
}

// Why any other date is not the publication date.
Judgement other_date(const SpanSite& x) {
    if (x.before.find("上一篇") != std::string_view::npos ||
        x.before.find("下一篇") != std::string_view::npos)
        return rejected("上一篇/下一篇的日期");
    if (count_cjk(x.before) >= 5 && x.after.empty())
        return rejected("列表或相关链接中其他条目的日期");
    return rejected("正文中提到的日期，不是发布日期");
}

constexpr const char* kIssueWhy = "刊物本期的出版日期";

// A periodical's own date: "2020年10月28日出版", also split by the layout ("2020年10月30⏎日出版")
// — a 公报 issue's date, not that of the documents it prints.
bool issue_date(const SpanSite& x) {
    std::string_view rest = x.t.substr(x.s.time_end, 32);
    auto skip = [&] {
        while (!rest.empty() && (rest[0] == ' ' || rest[0] == '\n')) rest.remove_prefix(1);
    };
    skip();
    if (rest.starts_with("日")) rest.remove_prefix(3), skip();
    return rest.starts_with("出版") || rest.starts_with("刊发") || rest.starts_with("发行");
}

// A sign-in sheet's (签到表) event date: the 培训时间 / 会议时间 of the session it records is the
// sheet's own date — a person dates the sheet by it. Only on a page that calls itself a sign-in
// sheet, and never as certain: a meeting notice also says 会议时间 (and asks people to sign in).
bool sign_in_event(const SpanSite& x, const Label& label) {
    static constexpr std::string_view kEvent[] = {"培训时间", "培训日期", "会议时间",
                                                  "会议日期", "活动时间", "活动日期"};
    if (std::find(std::begin(kEvent), std::end(kEvent), label.word) == std::end(kEvent))
        return false;
    for (std::string_view w : {"签到表", "签到册", "签到簿", "签到单", "签名表"})
        if (x.t.find(w) != std::string_view::npos) return true;
    // The sheet's heading with its last character misread ("…业务培训签到过"): 签到 ending the
    // page's first line.
    const auto head = trim(x.t.substr(0, x.t.find('\n')));
    const size_t at = head.rfind("签到");
    return at != std::string_view::npos && head.size() - at <= 9;
}

// A message record's 处理时间 (a 网站纠错 or 留言 page: 提交时间 …, 处理时间 …, 处理结果 …): when
// the message was answered, the record's own date. Only after the message's own time on the page
// (提交时间, 留言时间, 来信时间 …) — a 办事指南's 办理时间 is none — and never certain.
bool handled_record(const SpanSite& x, const Label& label) {
    static constexpr std::string_view kHandled[] = {"处理时间", "处理日期", "办理时间",
                                                    "办理日期", "办结时间", "办结日期"};
    if (std::find(std::begin(kHandled), std::end(kHandled), label.word) == std::end(kHandled))
        return false;
    const auto above = x.t.substr(0, x.ls);
    for (std::string_view w : {"提交时间", "留言时间", "来信时间", "提问时间", "咨询时间",
                               "提交日期", "留言日期", "来信日期"})
        if (above.find(w) != std::string_view::npos) return true;
    return false;
}

// A label that names no publication date elsewhere, which on its kind of page is the page's own
// date, never certain: a sign-in sheet's 培训时间, a record's 记录日期 (记录人：李静⏎记录日期：
// 2020年10月16日, the day its keeper closed it; a ledger's column may be headed so too), a message
// record's 处理时间.
std::optional<Judgement> own_date_in_context(const SpanSite& x, const Label& label) {
    if (sign_in_event(x, label))
        return Judgement{
            kWeakStamp, "content", 0.5,
            fmt::format("签到表的“{}”（表格自身的日期，仅在没有更好的日期时采用）", label.word)};
    if ((label.word == "记录日期" || label.word == "记录时间") && x.s.has_year && x.alone_after)
        return Judgement{kSignature, "signature", 0.75,
                         fmt::format("记录的“{}”（记录人签署的日期）", label.word)};
    if (handled_record(x, label))
        return Judgement{kTransfer, "label", 0.7,
                         fmt::format("留言记录的“{}”（答复日期）", label.word)};
    return std::nullopt;
}

// The rules in order of precedence; the first that applies decides.
Judgement judge_site(const SpanSite& x) {
    if (x.s.range) return rejected("日期范围（起止时间），不是发布日期");
    const Label label = label_of(x);
    if (label.kind == LabelKind::reject) {
        if (auto j = own_date_in_context(x, label)) return std::move(*j);
        return rejected(reject_reason(label.word));
    }
    if (auto j = clock_by_box(x, label)) return std::move(*j);
    if (auto j = by_label(label)) return std::move(*j);
    // A day over a year and month on a coloured square beside the title, read by the tile pass
    // (extractors/ocr_second_pass.hpp): the page's own date, as a byline's; a second read of a
    // lost block, never certain.
    if (std::any_of(x.page.lines.begin(), x.page.lines.end(),
                    [](const OcrLine& l) { return l.date_tile; }))
        if (const OcrLine* box = ocr_box(x.page, x.t, x.pl, x.li); box && box->date_tile)
            return Judgement{kUnderTitle, "content", 0.75, "标题旁的日期块（日与年月）", true};
    if (issue_date(x)) return Judgement{kPlainLabel, "label", 0.9, kIssueWhy};
    if (auto j = distractor(x)) return std::move(*j);
    if (auto j = signature(x)) return std::move(*j);
    if (auto j = byline(x)) return std::move(*j);
    if (bracketed_stamp(x))
        return Judgement{kUnderTitle, "content", 0.75,
                         "单独一行的方括号日期（网页标题下或正文末尾的发布日期）"};
    if (crumb_stamp(x))
        return Judgement{kWeakStamp, "content", 0.55, "标题上方位置栏末尾的日期（未标注，需复核）"};
    return other_date(x);
}

// A numeric date whose month is zero-padded but whose day is one digit ("2020-07-2"): real pages
// pad both, so OCR most likely lost the day's second digit.
bool day_cut_short(const DateCandidate& c) {
    const std::string_view t = c.text;
    if (t.size() < 9 || t.find_first_of("年月日") != std::string_view::npos) return false;
    size_t n = 0;  // the day's digits at the end
    while (n < t.size() && t[t.size() - 1 - n] >= '0' && t[t.size() - 1 - n] <= '9') ++n;
    if (n != 1) return false;
    // "…-07-2": a separator, a zero-padded month, a separator, one digit.
    const auto sep = [](char ch) { return ch == '-' || ch == '.' || ch == '/'; };
    return sep(t[t.size() - 5]) && t[t.size() - 4] == '0' && t[t.size() - 3] >= '1' &&
           t[t.size() - 3] <= '9' && sep(t[t.size() - 2]);
}

// Judges one span: sets k's rank, source, confidence (less the penalties for an OCR repair and a
// missing year, never below 0.05) and why.
void judge(Cand& k, const SpanSite& site) {
    Judgement j = judge_site(site);
    const double rep = site.s.repaired || site.lost_day ? 0.1 : 0.0;
    const double noyear = site.s.has_year ? 0.0 : 0.15;
    k.rank = j.rank;
    k.c.source = j.source;
    k.confidence = std::max(0.05, j.confidence - rep - noyear);
    k.c.why = std::move(j.why);
    k.page_stamp = j.page_stamp;
    k.reported = j.reported;
    // A line only the second OCR pass read (a light-grey band, extractors/ocr_second_pass.hpp) is
    // never certain. That pass rebuilds the page text from its lines,
    // so line i is lines[i] there (an O(1) test, not ocr_box's search).
    const auto& lines = site.page.lines;
    const bool second =
        lines.size() == site.pl.starts.size()
            ? site.li < lines.size() && lines[site.li].second_pass
            : std::any_of(lines.begin(), lines.end(), [](auto& l) { return l.second_pass; }) &&
                  [&] {
                      const OcrLine* box = ocr_box(site.page, site.t, site.pl, site.li);
                      return box && box->second_pass;
                  }();
    if (second) k.confidence = std::min(k.confidence, kConfidentAt - 0.05);
    // A 微博 post time's two-digit year ("20-9-2 11:45"): the century is assumed, never certain.
    if (site.s.short_year) {
        k.confidence = std::min(k.confidence, kConfidentAt - 0.1);
        if (k.rank > 0) k.c.why += "（两位年份，按20xx年推定，需复核）";
    }
    // 月 and 日 misread after a date label (dates.hpp): never certain.
    if (site.s.marks_misread) {
        k.confidence = std::min(k.confidence, kConfidentAt - 0.1);
        if (k.rank > 0) k.c.why += "（“月”“日”识别有误，按数字推定，需复核）";
    }
    // A labelled date's slashes read as 7 (dates.hpp): never certain.
    if (site.s.slashes_misread) {
        k.confidence = std::min(k.confidence, kConfidentAt - 0.1);
        if (k.rank > 0) k.c.why += "（分隔符“/”被识别为“7”，按数字推定，需复核）";
    }
    // A padded month with a one-digit day ("2020/07/2"): the day may have lost its second digit
    // (the 27th), never certain. (When the same field was also read whole, prefer_complete_read
    // puts that read first.)
    if (day_cut_short(k.c)) {
        k.confidence = std::min(k.confidence, kConfidentAt - 0.1);
        if (k.rank > 0) k.c.why += "（月份补零而日只有一位，日期可能缺一位，需复核）";
    }
    // A year read through a seal's noise, or the 文号's year (dates.hpp): never certain.
    if (site.s.year_guessed) {
        k.confidence = std::min(k.confidence, kConfidentAt - 0.1);
        if (k.rank > 0)
            k.c.why += "（年份识别不全（如被印章遮挡），按可辨部分及文号或正文年份推定，需复核）";
    }
}

int meta_rank(std::string_view label) {
    return label == "html:PubDate" ? kMetaPubDate : kMetadata;
}

// find_publication_date's working state: the candidates found so far, in text order.
struct Chooser {
    const ExtractResult& x;
    const std::vector<NormalizedText>& pages;
    const TitleGuess& title;
    Date as_of;
    const Deadline& deadline;
    std::vector<std::vector<DateSpan>> spans;  // per page
    int context_year = 0;
    int document_year = 0;  // the 文号's year of an OCR page (document_number_year), 0 = none
    std::vector<Cand> cands;

    void add(Cand k) {
        k.order = cands.size();
        cands.push_back(std::move(k));
    }
    bool plausible(int year) const { return year >= 1990 && year <= as_of.year + 1; }
};

// One scan per page: month-days take the page's most common year, else as_of's year. The context
// year of the spreadsheet cells: the most common year of the full dates, else as_of's.
void scan_pages(Chooser& st) {
    st.spans.resize(st.pages.size());
    std::map<int, int> years;
    // The document's own 文号 year, for a signature date whose year a seal garbled: the first
    // page that carries 文号 (the header), read on every page (the signature may be the last).
    int document_year = 0;
    for (size_t pi = 0; pi < st.pages.size() && document_year == 0; ++pi)
        if (st.x.pages[pi].source == TextSource::ocr)
            document_year = document_number_year(st.pages[pi].text);
    st.document_year = document_year;
    for (size_t pi = 0; pi < st.pages.size(); ++pi) {
        st.deadline.check();
        st.spans[pi] = scan_dates(st.pages[pi].text, 0, st.as_of.year,
                                  st.x.pages[pi].source == TextSource::ocr ? document_year : 0);
        for (const auto& s : st.spans[pi])
            if (s.has_year && st.plausible(s.date.year)) ++years[s.date.year];
    }
    int best = 0;
    st.context_year = st.as_of.year;
    for (auto [y, n] : years)
        if (n > best || (n == best && y > st.context_year)) st.context_year = y, best = n;
}

// What a page's dated lines say about its shape: whether each date span is an entry of a list
// (a column page, 相关链接, an account's home page or history) rather than the page's own date.
struct ListShape {
    std::vector<const char*> entry;  // per span: the reason it is a list entry, or null
};

constexpr const char* kListEntry = "列表或相关链接中其他条目的日期";
constexpr const char* kFeedEntry = "账号主页或历史消息中各条消息的日期（按日期分组的列表）";

// A list row's tail after its date: a few words of a side column the OCR line ran into
// ("2020.08.07 脱贫攻坚", "2020-06-03 文字解读") — CJK characters and spaces only, at most six
// characters; punctuation ("6月8日。") means a sentence goes on.
bool side_column_tail(std::string_view after) {
    after = trim(after);
    if (after.empty() || after.size() > 24 || count_cjk(after) > 6) return false;
    return static_cast<size_t>(count_cjk(after)) * 3 +
               std::count(after.begin(), after.end(), ' ') ==
           after.size();
}

// A line that reads like an entry's title: five or more CJK characters and no date.
bool title_like_line(std::string_view line) {
    return count_cjk(line) >= 5;
}

// A page of three or more rows "title … date" is a list: every such row's date is an entry's
// (a row whose text before the date is only a unit's name stays a possible signature), and so is
// a date alone on its line under an undated title-like line (a row the OCR wrapped). Two or more
// dates alone on their lines (a misread 日 ending the line counted as none), newest first, each
// opening a short group of title lines, are an account's history grouped by day (a 公众号 home
// page): all entries, none the page's own date.
ListShape list_shape(const std::vector<DateSpan>& spans, std::string_view t, const PageLines& pl) {
    ListShape shape;
    shape.entry.assign(spans.size(), nullptr);
    std::vector<size_t> line(spans.size());
    std::vector<uint8_t> row(spans.size()), alone(spans.size());
    std::vector<uint8_t> dated(pl.starts.size());
    int rows = 0;
    for (size_t k = 0; k < spans.size(); ++k) {
        const auto& s = spans[k];
        const size_t li = line[k] = pl.line_of(s.begin);
        dated[li] = 1;
        const size_t cs = context_start(t, pl.starts[li], s.begin);
        const size_t ce = context_end(t, s.time_end, pl.end_of(li, t.size()));
        auto after = trim(t.substr(s.time_end, ce - s.time_end));
        // A date in brackets closes its row as well ("故城县2019年度县级决算公开 [2020-09-25]",
        // holdout21's 预决算 column).
        for (std::string_view close : {"]", ")", "】", "）", "〕"})
            if (after == close) after = {};
        const bool tail = !after.empty() && side_column_tail(after);
        // A 年月 date whose 日 OCR misread, one character ending the line ("2020年11月17晶"):
        // alone as well.
        const bool lost_ri = misread_ri(t, s, after);
        if (!after.empty() && !tail && !lost_ri) continue;  // (cheap first: a line of dates stops)
        const auto before = trim(t.substr(cs, s.begin - cs));
        alone[k] = before.empty() && (after.empty() || lost_ri);
        // A row: a title before the date, nothing after it (or, after a longer title, a side
        // column's words); not a labelled field ("决定日期：6月8日").
        const int title_cjk = count_cjk(before);
        const bool labelled = before.ends_with(":") || before.ends_with("：");
        if (!labelled && ((title_cjk >= 5 && after.empty()) || (title_cjk >= 8 && tail))) {
            ++rows;
            // A unit's name alone before the date: a signature line, not a row. A row's number
            // or a comma before the unit ("4 2020年流感疫苗接种点公示，县卫生健康局", holdout17's
            // list of 序号｜信息名称｜发布机构｜发布日期) makes it a row's title and publisher.
            const bool numbered = !before.empty() && before[0] >= '0' && before[0] <= '9';
            const bool comma = before.find("，") != std::string_view::npos ||
                               before.find(',') != std::string_view::npos;
            row[k] = numbered || comma || !(has_org_suffix(before) && count_cjk(before) <= 16);
        }
    }
    // The nonblank line before / after line li, or npos.
    auto prev_line = [&](size_t li) {
        return pl.nonblank_before[li] == 0 ? std::string_view::npos
                                           : static_cast<size_t>(pl.nonblank_before[li] - 1);
    };
    auto next_line = [&](size_t li) {
        for (size_t j = li + 1; j < pl.starts.size(); ++j)
            if (!trim(line_text(t, pl, j)).empty()) return j;
        return std::string_view::npos;
    };
    if (rows >= 3) {
        for (size_t k = 0; k < spans.size(); ++k) {
            if (row[k]) shape.entry[k] = kListEntry;
            if (!alone[k]) continue;
            const size_t j = prev_line(line[k]);
            if (j == std::string_view::npos || dated[j]) continue;
            const auto prev = trim(line_text(t, pl, j));
            if (title_like_line(prev) && !has_org_suffix(prev)) shape.entry[k] = kListEntry;
        }
    }
    // Days of an account's history: alone, strictly newest first, each followed by an undated
    // title-like line, at most four lines apart. Four days or more may hold one out of order (a
    // day OCR misread: holdout12's history read 11月14日 as "1月14日" between 11月16日 and
    // 11月13日).
    std::vector<size_t> days;
    for (size_t k = 0; k < spans.size(); ++k)
        if (alone[k] && (days.empty() || line[days.back()] != line[k])) days.push_back(k);
    bool feed = days.size() >= 2;
    int out_of_order = 0;
    const int may_be_out = days.size() >= 4 ? 1 : 0;
    for (size_t i = 0; feed && i < days.size(); ++i) {
        const size_t li = line[days[i]];
        const size_t nx = next_line(li);
        feed = nx != std::string_view::npos && !dated[nx] &&
               title_like_line(trim(line_text(t, pl, nx)));
        if (feed && i + 1 < days.size()) {
            const size_t lj = line[days[i + 1]];
            int between = 0;
            for (size_t j = li + 1; j < lj; ++j) between += !trim(line_text(t, pl, j)).empty();
            if (!(spans[days[i + 1]].date < spans[days[i]].date)) ++out_of_order;
            feed = out_of_order <= may_be_out && between >= 1 && between <= 4;
        }
    }
    if (feed)
        for (size_t k : days) shape.entry[k] = kFeedEntry;
    return shape;
}

// The candidate of a span judged in its place, with the checks that override the judgement.
Cand text_candidate(const Chooser& st, const SpanSite& site, const NormalizedText& norm) {
    const DateSpan& s = site.s;
    Cand k;
    k.c.date = s.date;
    k.c.repaired = s.repaired;
    k.c.page = site.pi + 1;
    const size_t ob = norm.original_offset(s.begin), oe = norm.original_offset(s.time_end);
    k.c.offset = ob;
    k.c.text = site.page.text.substr(std::min(ob, site.page.text.size()), oe > ob ? oe - ob : 0);
    judge(k, site);
    // On a web page's screenshot the page's own stamp dates it, not the 落款 of the document the
    // page shows (its 成文日期, a few days earlier).
    if (k.page_stamp && st.x.kind == EvidenceKind::screenshot) k.rank = kPageStamp;
    // A web page announcing a 公报 issue ("…2020年第3期已于2020年9月30日出版") has its own date:
    // the issue's is the page's only when nothing else dates it, and never certainly.
    if (st.x.kind == EvidenceKind::screenshot && k.c.why.starts_with(kIssueWhy)) {
        k.rank = kSignature;
        k.confidence = std::min(k.confidence, kConfidentAt - 0.1);
        k.c.why += "（网页截图：网页自身的发布日期可能不同）";
    }
    // In a spreadsheet a dated row under the header row is table content, not a byline: its
    // column header decides (the cells below).
    if (!st.x.rows.empty() && k.rank == kUnderTitle &&
        site.t.substr(site.cs, site.ce - site.cs).find('\t') != std::string_view::npos) {
        k.rank = kRejected;
        k.c.why = "表格中的日期（按列标题判断）";
    }
    // A spreadsheet's own 更新日期 (a ledger's "更新日期：\t2020-10-31" under its rows): the day
    // the ledger was brought up to date, above the dates of the rows it lists. Never certain.
    // A web page's 更新时间 on its screenshot is the page's own stamp (a CMS that shows no
    // 发布时间): above the document's 落款 and 成文日期, below any publication label; never
    // certain. Elsewhere (a printed page's) it stays a weak stamp.
    if (k.rank == kWeakStamp && k.c.source == "content" &&
        (!st.x.rows.empty() || st.x.kind == EvidenceKind::screenshot)) {
        const Label label = label_of(site);
        if (label.word == "更新日期" || label.word == "更新时间") {
            if (!st.x.rows.empty()) {
                k.rank = kTransfer;
                k.confidence = 0.7;
                k.c.why =
                    fmt::format("表格自身的“{}”（台账的更新日期，高于各行的日期）", label.word);
            } else {
                k.rank = kPageStamp;
                k.confidence = std::min(k.confidence, 0.6);
                k.c.why = fmt::format("网页自身的“{}”（页面未标发布时间，需复核）", label.word);
            }
        }
    }
    // A sealed signature's Chinese-numeral year that a seal's stroke turned into a year after
    // as_of (holdout11's 答复书: "二〇二七年八月二十五日" under 文号 【2020】14号): when it shares
    // all but its last digit with the document's own 文号 year, the 文号's year stands, never
    // certain (as a noisy year, dates.hpp).
    if (k.rank == kSignature && s.chinese && site.page.source == TextSource::ocr &&
        !st.plausible(s.date.year) && s.date.year > st.as_of.year && st.document_year > 0 &&
        st.plausible(st.document_year) && s.date.year / 10 == st.document_year / 10) {
        Date d = s.date;
        d.year = st.document_year;
        if (d.valid() && d.serial() <= st.as_of.serial()) {
            k.c.date = d;
            k.c.repaired = true;
            k.confidence = std::min(k.confidence, kConfidentAt - 0.1);
            k.c.why += "（年份读作将来年份，按文号年份推定，需复核）";
            return k;
        }
    }
    if (k.rank > kRejected && !st.plausible(s.date.year)) {
        k.rank = kRejected;
        k.c.why = "年份不合理";
    }
    return k;
}

// Whether span k of n on a page is judged: all of a page's first and last kPageJudged / 2.
bool judged(size_t k, size_t n) {
    return n <= kPageJudged || k < kPageJudged / 2 || k >= n - kPageJudged / 2;
}

void add_text_candidates(Chooser& st) {
    size_t budget = kFileJudged;
    for (size_t pi = 0; pi < st.pages.size() && budget > 0; ++pi) {
        st.deadline.check();
        const std::string_view t = st.pages[pi].text;
        const PageLines pl = index_lines(t);
        const auto& spans = st.spans[pi];
        const ListShape shape = list_shape(spans, t, pl);
        for (size_t k = 0; k < spans.size() && budget > 0; ++k) {
            if (!judged(k, spans.size())) continue;
            st.deadline.check();
            SpanSite site(spans[k], st.x.pages[pi], t, pl, static_cast<int>(pi), st.title,
                          shape.entry[k]);
            // Spans are in text order: those of its line lie right around it. A line of more
            // than 16 dates is no table row (and a 10 MB line of dates is not walked).
            size_t first = k, last = k;
            while (first > 0 && k - first <= 16 && pl.line_of(spans[first - 1].begin) == site.li)
                --first;
            while (last + 1 < spans.size() && last - k <= 16 &&
                   pl.line_of(spans[last + 1].begin) == site.li)
                ++last;
            if (last - first < 16) {
                site.column = k - first;
                site.columns = last - first + 1;
            }
            st.add(text_candidate(st, site, st.pages[pi]));
            --budget;
        }
    }
}

// Spreadsheet cells under date headers: the first date of each such cell.
void add_cell_candidates(Chooser& st) {
    for (const auto& row : st.x.rows) {
        for (const auto& cell : row) {
            if (!ctx().cell_header.Match(cell.header, 0, cell.header.size(), RE2::UNANCHORED,
                                         nullptr, 0))
                continue;
            const auto found =
                scan_dates(normalize_text(cell.value), st.context_year, st.as_of.year);
            if (found.empty()) continue;
            Cand k;
            k.c.date = found.front().date;
            k.c.source = "cell";
            k.c.text = cell.value;
            k.c.why = fmt::format("表格“{}”列", cell.header);
            k.rank = kCell;
            k.confidence = 0.7;
            st.add(std::move(k));
        }
    }
}

void add_metadata_candidates(Chooser& st) {
    for (const auto& md : st.x.meta_dates) {
        if (!md.date.valid()) continue;
        Cand k;
        k.c.date = md.date;
        k.c.source = "metadata";
        k.c.text = md.label;
        k.rank = meta_rank(md.label);
        k.confidence = k.rank == kMetaPubDate ? 0.6 : 0.3;
        k.c.why = k.rank == kMetaPubDate ? "网页元数据中的发布日期"
                                         : "文件元数据日期（多为转换/打印时间），弱证据";
        st.add(std::move(k));
    }
}

int to_int(StringPiece p) {
    return std::stoi(std::string(p.data(), p.size()));
}

// A CMS path's date: the date, the path's text, and what was repaired (empty: nothing).
struct UrlDate {
    Date date;
    std::string text;
    std::string repaired;
};

// A Hanweb path whose slash between month and day OCR read as 1 or 7 ("/art/2020/3131/art_" for
// /3/31/): the one reading where dropping a 1 or 7 leaves a valid month and day, or none.
std::optional<Date> slash_lost(int year, std::string_view md) {
    std::optional<Date> found;
    for (size_t i = 1; i + 1 < md.size(); ++i) {
        if (md[i] != '1' && md[i] != '7') continue;
        const Date d{year, std::stoi(std::string(md.substr(0, i))),
                     std::stoi(std::string(md.substr(i + 1)))};
        if (!d.valid() || md.size() - i - 1 > 2) continue;
        if (found && !(*found == d)) return std::nullopt;  // two readings: none
        found = d;
    }
    return found;
}

// The dates of the CMS paths on one page (address bar, printed footer), in text order. A Hanweb
// path's one-digit month OCR read twice ("/art/2020/77/22/art_" for /7/22/) is taken as that
// digit, repaired: no month is 77.
std::vector<UrlDate> url_dates(std::string_view t) {
    std::vector<UrlDate> out;
    // A month folder right before a file name that lost its t: six digits, then "/20".
    const auto folder_then_name = [t] {
        for (size_t at = t.find("/20"); at != std::string_view::npos; at = t.find("/20", at + 1))
            if (at >= 6 && std::all_of(t.begin() + at - 6, t.begin() + at,
                                       [](char c) { return c >= '0' && c <= '9'; }))
                return true;
        return false;
    };
    if (t.find("t20") == std::string_view::npos && t.find("/art") == std::string_view::npos &&
        t.find("content_") == std::string_view::npos && !folder_then_name())
        return out;
    const auto& C = ctx();
    StringPiece m[6];
    for (size_t pos = 0; C.url_t.Match(t, pos, t.size(), RE2::UNANCHORED, m, 6);) {
        const Date d{to_int(m[3]), to_int(m[4]), to_int(m[5])};
        // A t lost or an _ read as '.' leaves the year and month folder to vouch for it: unsure.
        const bool misread = m[3].data()[-1] != 't' || m[5].data()[m[5].size()] == '.';
        if (d.valid() && m[1] == m[3] && m[2] == m[4])
            out.push_back({d, std::string(m[0].data(), m[0].size()),
                           misread ? "（地址中的“t”或“_”识别有误，按年月目录核对，需复核）" : ""});
        pos = static_cast<size_t>(m[0].data() + m[0].size() - t.data());
    }
    if (out.empty()) {  // the month folder is missing: the file name alone
        for (size_t pos = 0; C.url_t_bare.Match(t, pos, t.size(), RE2::UNANCHORED, m, 4);) {
            const Date d{to_int(m[1]), to_int(m[2]), to_int(m[3])};
            if (d.valid()) out.push_back({d, std::string(m[0].data(), m[0].size())});
            pos = static_cast<size_t>(m[0].data() + m[0].size() - t.data());
        }
    }
    for (const RE2* re : {&C.url_art, &C.url_content}) {
        for (size_t pos = 0; re->Match(t, pos, t.size(), RE2::UNANCHORED, m, 4);) {
            Date d{to_int(m[1]), to_int(m[2]), to_int(m[3])};
            const bool doubled =
                re == &C.url_art && m[2].size() == 2 && m[2][0] == m[2][1] && d.month > 12;
            if (doubled) d.month = m[2][0] - '0';
            if (d.valid())
                out.push_back({d, std::string(m[0].data(), m[0].size()),
                               doubled ? "（月份数字被重复识别，按一位推定，需复核）" : ""});
            pos = static_cast<size_t>(m[0].data() + m[0].size() - t.data());
        }
    }
    for (size_t pos = 0; C.url_art_glued.Match(t, pos, t.size(), RE2::UNANCHORED, m, 3);) {
        if (auto d = slash_lost(to_int(m[1]), std::string_view(m[2].data(), m[2].size())))
            out.push_back({*d, std::string(m[0].data(), m[0].size()),
                           "（月、日之间的“/”被识别为数字，按唯一可能推定，需复核）"});
        pos = static_cast<size_t>(m[0].data() + m[0].size() - t.data());
    }
    return out;
}

// The page's own address (address bar or printed footer): a CMS path carries the publication
// date. Ranked below an explicit label; when the paths of a file disagree (a page of links) none
// counts.
void add_url_candidates(Chooser& st) {
    std::vector<UrlDate> all;
    std::vector<int> page_of;
    for (size_t pi = 0; pi < st.pages.size(); ++pi)
        for (auto& u : url_dates(st.pages[pi].text)) {
            all.push_back(std::move(u));
            page_of.push_back(static_cast<int>(pi) + 1);
        }
    const bool agree = std::all_of(all.begin(), all.end(),
                                   [&](const auto& u) { return u.date == all.front().date; });
    for (size_t i = 0; i < all.size() && i < 3; ++i) {
        Cand k;
        k.c.date = all[i].date;
        k.c.source = "url";
        k.c.text = all[i].text;
        k.c.page = page_of[i];
        const bool ok = agree && st.plausible(k.c.date.year);
        k.rank = ok ? kUrl : kRejected;
        k.confidence = all[i].repaired.empty() ? 0.9 : kConfidentAt - 0.1;
        k.c.why =
            ok ? "网页地址（地址栏或页脚）中的发布日期" : "页面中多个网址的日期不一致，不采用";
        if (ok) k.c.why += all[i].repaired;
        st.add(std::move(k));
    }
}

// The dates in a normalised file name; compact ones (20201103) only when there is no other.
std::vector<Date> dates_in_name(const std::string& name, int as_of_year) {
    std::vector<Date> found;
    for (const auto& s : scan_dates(name, -1, as_of_year)) found.push_back(s.date);
    StringPiece m[4];
    size_t pos = 0;
    while (found.empty() && ctx().compact.Match(name, pos, name.size(), RE2::UNANCHORED, m, 4)) {
        const Date d{std::stoi(std::string(m[1].data(), m[1].size())),
                     std::stoi(std::string(m[2].data(), m[2].size())),
                     std::stoi(std::string(m[3].data(), m[3].size()))};
        if (d.valid()) found.push_back(d);
        pos = static_cast<size_t>(m[3].data() - name.data());
    }
    return found;
}

void add_filename_candidates(Chooser& st, std::string_view file_name) {
    const std::string_view base = text::base_name(file_name);
    const std::string name = normalize_text(base);
    if (name.empty()) return;
    for (const auto& d : dates_in_name(name, st.as_of.year)) {
        Cand k;
        k.c.date = d;
        k.c.source = "filename";
        k.c.text = std::string(base);
        k.rank = st.plausible(d.year) ? kFilename : kRejected;
        k.confidence = 0.3;
        k.c.why = k.rank ? "文件名中的日期，弱证据" : "文件名中的日期年份不合理";
        st.add(std::move(k));
    }
}

// Weak sources: file metadata (not a page's own html:PubDate) and the file name. They never
// publish a date alone; they may break a tie between page candidates.
bool weak(const Cand& k) {
    return k.rank == kFilename || k.rank == kMetadata;
}

// When the best rank holds page candidates with different dates and a weak source's date equals
// one of them, that one goes first (its confidence stays lowered by the rival, see choose()).
void break_tie_by_weak_date(Chooser& st) {
    auto& c = st.cands;
    if (c.size() < 2 || c.front().rank <= kMetaPubDate) return;
    size_t same = 1;
    while (same < c.size() && c[same].rank == c.front().rank) ++same;
    for (size_t i = 1; i < same; ++i) {
        if (c[i].c.date == c.front().c.date) continue;
        const bool seconded =
            std::any_of(c.begin() + static_cast<long>(same), c.end(),
                        [&](const Cand& w) { return weak(w) && w.c.date == c[i].c.date; });
        const bool front_seconded =
            std::any_of(c.begin() + static_cast<long>(same), c.end(),
                        [&](const Cand& w) { return weak(w) && w.c.date == c.front().c.date; });
        if (seconded && !front_seconded) {
            c[i].c.why += "（与文件元数据/文件名日期一致，据此在同级候选中选用）";
            std::rotate(c.begin(), c.begin() + static_cast<long>(i),
                        c.begin() + static_cast<long>(i) + 1);
            return;
        }
    }
}

// The same field read twice (a light byline re-read by the second OCR pass): when the winner's day
// was cut short ("2020-07-2") and a candidate of the same rank has the same month and a day that
// starts with it ("2020-07-28"), the complete read goes first.
void prefer_complete_read(std::vector<Cand>& cands) {
    if (cands.empty() || cands.front().rank <= kRejected || !day_cut_short(cands.front().c)) return;
    const Date d = cands.front().c.date;
    for (size_t i = 1; i < cands.size() && cands[i].rank == cands.front().rank; ++i) {
        const Date e = cands[i].c.date;
        if (e.year == d.year && e.month == d.month && e.day / 10 == d.day &&
            !day_cut_short(cands[i].c)) {
            cands[i].c.why += "（同一字段的另一次识别把日截短为“" + cands.front().c.text + "”）";
            std::rotate(cands.begin(), cands.begin() + static_cast<std::ptrdiff_t>(i),
                        cands.begin() + static_cast<std::ptrdiff_t>(i) + 1);
            return;
        }
    }
}

// Highest rank first; ties in text order, except a list's 公布日期 column: the newest entry (not
// after as_of) dates the list itself.
void rank_candidates(Chooser& st) {
    const Date as_of = st.as_of;
    std::stable_sort(st.cands.begin(), st.cands.end(), [&](const Cand& a, const Cand& b) {
        if (a.rank != b.rank) return a.rank > b.rank;
        if (a.rank == kCell && a.c.date != b.c.date) {
            const bool a_past = !(as_of < a.c.date), b_past = !(as_of < b.c.date);
            if (a_past != b_past) return a_past;
            return b.c.date < a.c.date;
        }
        return a.order < b.order;
    });
    break_tie_by_weak_date(st);
    prefer_complete_read(st.cands);
}

// The result: the first candidate wins when it is not rejected; at most 40 candidates are listed.
DateResult choose(Chooser& st) {
    DateResult r;
    auto& cands = st.cands;
    if (!cands.empty() && cands.front().rank > kRejected) {
        Cand& w = cands.front();
        double conf = w.confidence;
        // A rival of the same rank with another date lowers our confidence.
        for (size_t i = 1; i < cands.size() && cands[i].rank == w.rank; ++i)
            if (cands[i].c.date != w.c.date) conf = std::min(conf, 0.65);
        r.source = w.c.source;
        if (weak(w)) {
            // Alone, a weak source is a hint: the day a file was converted, scanned or saved.
            r.hint = w.c.date;
            w.c.why = "仅作提示（不作为发布日期）：" + w.c.why;
        } else {
            // On a web page's screenshot the signature is the document's 成文日期; its own
            // publication date is the page's label, which OCR may have lost: not confident.
            if (w.c.source == "signature" && st.x.kind == EvidenceKind::screenshot)
                conf = std::min(conf, 0.75);
            // Dated before the application it answers (holdout15's sealed 答复告知书: the seal's
            // star over 9月 read as 5月, under "于2020年8月28日收到您提出的…申请"): misread.
            if (std::any_of(cands.begin(), cands.end(),
                            [&](const Cand& c) { return c.reported && w.c.date < c.c.date; })) {
                conf = std::min(conf, kConfidentAt - 0.1);
                w.c.why += "（早于正文所述收到申请的日期，可能识别有误，需复核）";
            }
            r.published = w.c.date;
            r.repaired = w.c.repaired;
            r.confidence = std::round(conf * 100) / 100;
            r.future = w.c.date > st.as_of;
            r.review = r.confidence < kConfidentAt;
            w.c.why = "选用：" + w.c.why;
        }
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

}  // namespace

DateResult find_publication_date(const ExtractResult& x, const std::vector<NormalizedText>& pages,
                                 const TitleGuess& title, std::string_view file_name, Date as_of,
                                 const Deadline& deadline) {
    Chooser st{x, pages, title, as_of, deadline, {}, 0, {}};
    scan_pages(st);
    add_text_candidates(st);
    add_cell_candidates(st);
    add_url_candidates(st);
    add_metadata_candidates(st);
    add_filename_candidates(st, file_name);
    rank_candidates(st);
    return choose(st);
}

DateResult find_publication_date(const ExtractResult& x, std::string_view file_name, Date as_of) {
    std::vector<NormalizedText> pages;
    pages.reserve(x.pages.size());
    for (const auto& p : x.pages) pages.push_back(normalize_with_map(p.text));
    const TitleGuess title = guess_title(x, pages);
    return find_publication_date(x, pages, title, file_name, as_of);
}

}  // namespace dossier
