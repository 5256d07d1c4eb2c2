#include "analysis/dates.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <optional>

#include <re2/re2.h>

namespace dossier {
namespace {

using re2::StringPiece;

// Patterns used with ANCHOR_START at a start position must not begin with '^' (RE2 anchors '^'
// to the whole text, not to the start position).
struct Patterns {
    RE2 arabic{
        R"(([0-9OoIl]{2}[ ]?[0-9OoIl]{2})[ ]{0,2}([年./-])[ .,'-]{0,2}([0-9OoIl\]|]{1,2})[ ]{0,2}([月./-])[ .,'-]{0,2}([0-9OoIl\]|]{1,2})([ ]{0,2}[日曰号])?)"};
    RE2 chinese{
        "((?:[一二三四五六七八九〇○零OoQD0口@C5人。工][ "
        "]?){1,5}[一二三四五六七八九〇○零OoQD0口@C5人。])"
        "[ ]{0,2}年[ ]{0,2}((?:[一二三四五六七八九十+][ ]?){0,2}[一二三四五六七八九十+])[ ]{0,2}月"
        "[ ]{0,2}((?:[一二三四五六七八九十+][ "
        "]?){0,3}[一二三四五六七八九十+]|[二三][“”\"][一二三四五六七八九])"
        "[ ]{0,2}[日曰号]"};
    // A year glued to its month: OCR lost the first separator ("202003-10", "202006.02").
    RE2 glued{R"((20[0-3][0-9])(0[1-9]|1[0-2])[ ]{0,2}([./-])[ ]{0,2}([0-3][0-9]))"};
    // A separator OCR read as an apostrophe ("2020/08'25", "2020'08'21": a light slash).
    RE2 apostrophe{R"((20[0-3][0-9])([./'-])(0[1-9]|1[0-2])([./'-])([0-3][0-9]))"};
    RE2 month_day{R"(([0-9]{1,2})[ ]{0,2}月[ ]{0,2}([0-9]{1,2})[ ]{0,2}([日曰号]))"};
    RE2 time{R"([ ]{0,3}([0-9]{1,2})[ ]?:[ ]?([0-9]{2})(?:[ ]?:[ ]?([0-9]{2}))?)"};
    RE2 connector{R"([ ]{0,2}(?:至|到|—|–|-|~|－|～)+[ ]{0,2})"};
    RE2 day_only{R"([0-9]{1,2}[ ]?[日号])"};
    RE2 month_only{R"([0-9]{1,2}[ ]?月)"};  // "至5月1 7" — the end of a range OCR garbled
};

const Patterns& pats() {
    static const Patterns p;
    return p;
}

// Arabic-digit field with OCR look-alikes; -1 when unreadable.
int parse_digits(StringPiece s, bool bracket_is_one, bool& repaired) {
    int v = 0, real = 0;
    for (char c : s) {
        int d;
        if (c >= '0' && c <= '9') {
            d = c - '0';
            ++real;
        } else if (c == 'O' || c == 'o') {
            d = 0;
            repaired = true;
        } else if (c == ' ') {  // a space inside the year ("20 20年")
            repaired = true;
            continue;
        } else if (c == 'I' || c == 'l' || (bracket_is_one && (c == ']' || c == '|'))) {
            d = 1;
            repaired = true;
        } else {
            return -1;
        }
        v = v * 10 + d;
    }
    if (real * 2 < static_cast<int>(s.size()) - (s.find(' ') != StringPiece::npos))
        return -1;  // mostly letters: not a number
    return v;
}

// Splits a UTF-8 string into code points (as strings).
std::vector<std::string_view> chars(StringPiece s) {
    std::vector<std::string_view> out;
    size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        const size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        out.emplace_back(s.data() + i, std::min(n, s.size() - i));
        i += n;
    }
    return out;
}

int cn_digit(std::string_view c) {
    static const std::string_view d[] = {"〇", "一", "二", "三", "四",
                                         "五", "六", "七", "八", "九"};
    for (int i = 0; i < 10; ++i)
        if (c == d[i]) return i;
    if (c == "○" || c == "零") return 0;
    return -1;
}

// 〇 look-alikes produced by OCR (a scanned 〇 under a seal is also read as the full stop 。, and
// as D where the seal's ring crosses it).
bool zero_lookalike(std::string_view c) {
    return c == "O" || c == "o" || c == "Q" || c == "D" || c == "0" || c == "口" || c == "@" ||
           c == "C" || c == "5" || c == "人" || c == "。";
}

// Chinese-numeral year with OCR repairs (look-alikes, one dropped 〇, one or two doubled). -1 when
// none.
int parse_cn_year(StringPiece s, int hint_year, bool& repaired) {
    std::vector<int> digits;  // -2 marks a look-alike zero
    int real = 0;
    for (auto c : chars(s)) {
        if (c == " ") {  // a space between the characters of a scanned year ("二〇 二〇")
            repaired = true;
            continue;
        }
        // 工 for the leading 二 of a year (a scanned 二 whose strokes ran together): only first,
        // where 一 or any other digit would make the year implausible anyway.
        if (c == "工" && digits.empty()) {
            digits.push_back(2);
            ++real;
            repaired = true;
            continue;
        }
        const int d = cn_digit(c);
        if (d > 0) ++real;
        if (d >= 0) {
            digits.push_back(d);
        } else if (zero_lookalike(c)) {
            digits.push_back(0);
            repaired = true;
        } else {
            return -1;
        }
    }
    if (real < 2) return -1;
    auto value = [](const std::vector<int>& v) {
        int y = 0;
        for (int d : v) y = y * 10 + d;
        return y;
    };
    auto plausible = [](int y) { return y >= 1949 && y <= 2035; };
    if (digits.size() == 4) return plausible(value(digits)) ? value(digits) : -1;
    std::vector<int> options;
    if (digits.size() == 3) {  // a dropped 〇
        for (size_t i = 0; i <= 3; ++i) {
            auto v = digits;
            v.insert(v.begin() + static_cast<long>(i), 0);
            if (plausible(value(v))) options.push_back(value(v));
        }
    } else if (digits.size() == 5 || digits.size() == 6) {  // one or two doubled 〇
        // Drop (size - 4) zeros in every way ("二OO二O〇" → 2020).
        auto drop_zeros = [&](auto& self, const std::vector<int>& v) -> void {
            if (v.size() == 4) {
                if (plausible(value(v))) options.push_back(value(v));
                return;
            }
            for (size_t i = 0; i < v.size(); ++i) {
                if (v[i] != 0) continue;
                auto w = v;
                w.erase(w.begin() + static_cast<long>(i));
                self(self, w);
            }
        };
        drop_zeros(drop_zeros, digits);
    }
    if (options.empty()) return -1;
    std::sort(options.begin(), options.end());
    options.erase(std::unique(options.begin(), options.end()), options.end());
    repaired = true;
    const int hint = hint_year ? hint_year : 2020;
    return *std::min_element(options.begin(), options.end(),
                             [&](int a, int b) { return std::abs(a - hint) < std::abs(b - hint); });
}

// 十一 → 11, 二十三 → 23, 三 → 3; '+' (or, between digits, a quote) is an OCR 十. -1 when
// malformed.
int parse_cn_small(StringPiece s, bool& repaired) {
    int tens = -1, ones = 0;
    bool seen_ten = false;
    for (auto c : chars(s)) {
        if (c == " ") {  // "十 一": a space between the characters
            repaired = true;
            continue;
        }
        // A quote between the tens and the units of a day ("二“三"): a seal's stroke across 十
        // (holdout11's sealed 会议纪要); the chinese pattern allows it only there.
        const bool mark = c == "“" || c == "”" || c == "\"";
        if (c == "十" || c == "+" || mark) {
            if (seen_ten) return -1;
            if (c != "十") repaired = true;
            seen_ten = true;
            tens = ones ? ones : 1;
            ones = 0;
        } else {
            const int d = cn_digit(c);
            if (d < 0 || ones) return -1;
            ones = d;
        }
    }
    return seen_ten ? tens * 10 + ones : ones;
}

bool digit_at(std::string_view t, size_t i) {
    return i < t.size() && t[i] >= '0' && t[i] <= '9';
}

// Is the byte before `pos` part of a longer number (an ID, 索引号, phone)?
bool glued_before(std::string_view t, size_t pos) {
    if (pos == 0) return false;
    const char c = t[pos - 1];
    if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) return true;
    if ((c == '/' || c == '-' || c == '.') && pos >= 2 && digit_at(t, pos - 2)) return true;
    return false;
}

// Cheap test of what `time` needs at `pos`: up to three spaces, then a digit.
bool may_be_time(std::string_view text, size_t pos) {
    size_t k = pos;
    while (k < text.size() && k < pos + 3 && text[k] == ' ') ++k;
    return digit_at(text, k);
}

// Cheap test of what `connector` needs at `pos`: up to two spaces, then a connector.
bool may_be_connector(std::string_view text, size_t pos) {
    size_t k = pos;
    while (k < text.size() && k < pos + 2 && text[k] == ' ') ++k;
    const auto rest = text.substr(k);
    for (std::string_view c : {"至", "到", "—", "–", "-", "~", "－", "～"})
        if (rest.starts_with(c)) return true;
    return false;
}

void add_time(std::string_view text, DateSpan& s) {
    StringPiece m[4];
    s.time_end = s.end;
    if (may_be_time(text, s.end) &&
        pats().time.Match(text, s.end, text.size(), RE2::ANCHOR_START, m, 4)) {
        const int h = std::stoi(std::string(m[1].data(), m[1].size()));
        const int mi = std::stoi(std::string(m[2].data(), m[2].size()));
        if (h < 24 && mi < 60) {
            s.has_time = true;
            s.time_end = static_cast<size_t>(m[0].data() + m[0].size() - text.data());
        }
    }
}

// Stores the date found at [b, e) as `s`, with its separator and the time that follows, if any.
void add_span(std::string_view text, DateSpan& s, size_t b, size_t e, char sep,
              std::vector<DateSpan>& out) {
    s.begin = b;
    s.end = e;
    s.sep = sep;
    add_time(text, s);
    out.push_back(s);
}

// `spans`: sorted by begin and not overlapping (so sorted by end too); a binary search keeps a
// text of many dates linear-logarithmic instead of quadratic.
bool overlaps(const std::vector<DateSpan>& spans, size_t b, size_t e) {
    const auto it = std::upper_bound(spans.begin(), spans.end(), b,
                                     [](size_t pos, const DateSpan& s) { return pos < s.end; });
    return it != spans.end() && it->begin < e;
}

// Appends `more` to `spans`, keeping them sorted by begin.
void merge_spans(std::vector<DateSpan>& spans, std::vector<DateSpan>&& more) {
    const auto mid = static_cast<std::ptrdiff_t>(spans.size());
    spans.insert(spans.end(), std::make_move_iterator(more.begin()),
                 std::make_move_iterator(more.end()));
    std::inplace_merge(spans.begin(), spans.begin() + mid, spans.end(),
                       [](const DateSpan& a, const DateSpan& b) { return a.begin < b.begin; });
}

// Pre-filter. Every character the arabic, chinese and month_day patterns can match is a "date
// character" (digits, OCR look-alikes, separators, spaces, 年月日曰号 and Chinese numerals), and
// none of them uses anchors, so a match lies inside one maximal run of date characters and is the
// same when the search is bounded to that run. Runs that lack a pattern's required characters are
// skipped; RE2 only scans the few short runs left instead of every byte of the page.
struct DateRun {
    size_t begin = 0, end = 0;
    bool digit = false;  // an ASCII digit
    int seps = 0;        // characters of 年月./- (the arabic pattern needs two)
    bool nian = false;   // 年
    bool yue = false;    // 月
    bool ri = false;     // 日, 曰 or 号
    bool apostrophe = false;  // ' (a separator OCR misread)
};

bool date_cjk(char32_t c) {
    switch (c) {
        case U'一':
        case U'二':
        case U'三':
        case U'四':
        case U'五':
        case U'六':
        case U'七':
        case U'八':
        case U'九':
        case U'十':
        case U'〇':
        case U'○':
        case U'零':
        case U'口':
        case U'人':
        case U'。':
        case U'工':
        case U'“':  // a quote between a day's tens and units ("二“三"): a seal's stroke on 十
        case U'”':
            return true;
        default:
            return false;
    }
}

// A three-byte UTF-8 character at t[i] (0 when there is none).
char32_t utf8_3(std::string_view t, size_t i) {
    if (i + 3 > t.size()) return 0;
    const auto a = static_cast<unsigned char>(t[i]), b = static_cast<unsigned char>(t[i + 1]),
               c = static_cast<unsigned char>(t[i + 2]);
    if ((a & 0xF0) != 0xE0 || (b & 0xC0) != 0x80 || (c & 0xC0) != 0x80) return 0;
    return (char32_t(a & 0x0F) << 12) | (char32_t(b & 0x3F) << 6) | char32_t(c & 0x3F);
}

enum ByteKind : uint8_t { kOther, kPlain, kDigit, kSep, kLead };

// What each byte is to the date patterns (kLead: may start a three-byte date character).
constexpr std::array<uint8_t, 256> kByteKinds = [] {
    std::array<uint8_t, 256> k{};
    for (char c : std::string_view(" OoIl]|QD@C+,'\"")) k[static_cast<unsigned char>(c)] = kPlain;
    for (int c = '0'; c <= '9'; ++c) k[static_cast<size_t>(c)] = kDigit;
    for (char c : std::string_view("./-")) k[static_cast<unsigned char>(c)] = kSep;
    for (size_t c = 0xE0; c < 0xF0; ++c) k[c] = kLead;
    return k;
}();

// Byte length of the date character at t[i] (0: none), noting what it is in `r`.
size_t date_char(std::string_view t, size_t i, DateRun& r) {
    switch (kByteKinds[static_cast<unsigned char>(t[i])]) {
        case kPlain:
            if (t[i] == '\'') r.apostrophe = true;
            return 1;
        case kDigit:
            r.digit = true;
            return 1;
        case kSep:
            ++r.seps;
            return 1;
        case kLead:
            break;
        default:
            return 0;
    }
    const char32_t cp = utf8_3(t, i);
    if (cp == U'年') {
        r.nian = true;
        ++r.seps;
    } else if (cp == U'月') {
        r.yue = true;
        ++r.seps;
    } else if (cp == U'日' || cp == U'曰' || cp == U'号') {
        r.ri = true;
    } else if (!date_cjk(cp)) {
        return 0;
    }
    return 3;
}

// Byte length of the date character that ends right before t[i] (0: none). Unambiguous: a
// three-byte character ends in a byte >= 0x80, an ASCII one does not.
size_t date_char_before(std::string_view t, size_t i) {
    if (i == 0) return 0;
    const auto b = static_cast<unsigned char>(t[i - 1]);
    if (b < 0x80) return kByteKinds[b] != kOther ? 1 : 0;
    DateRun ignored;
    return i >= 3 && kByteKinds[static_cast<unsigned char>(t[i - 3])] == kLead &&
                   date_char(t, i - 3, ignored) == 3
               ? 3
               : 0;
}

// The next ASCII digit or 年 at or after i: every run worth scanning holds one.
size_t next_anchor(std::string_view t, size_t i) {
    for (; i < t.size(); ++i) {
        const auto b = static_cast<unsigned char>(t[i]);
        if ((b >= '0' && b <= '9') || (b == 0xE5 && t.substr(i, 3) == "年")) return i;
    }
    return t.size();
}

// The maximal runs of date characters that hold an ASCII digit or 年, found from those anchors:
// each run is extended backwards, then walked forwards. A run is a maximal sequence of adjacent
// date characters; the bytes inside a multi-byte character (0x80–0xBF) start none, so walking
// from any anchor stays on character boundaries.
std::vector<DateRun> date_runs(std::string_view t) {
    std::vector<DateRun> runs;
    for (size_t i = next_anchor(t, 0); i < t.size(); i = next_anchor(t, i)) {
        DateRun r;
        while (const size_t n = date_char_before(t, i)) i -= n;
        r.begin = i;
        for (size_t n; i < t.size() && (n = date_char(t, i, r)) > 0;) i += n;
        r.end = i;
        runs.push_back(r);
    }
    return runs;
}

// Whether a bracket ('[' once normalised) opens within the 24 bytes before `b` on its line.
bool opened_before(std::string_view t, size_t b) {
    for (size_t i = b, n = 0; i > 0 && n < 24; --i, ++n) {
        if (t[i - 1] == '\n') return false;
        if (t[i - 1] == '[') return true;
    }
    return false;
}

// 2020-11-03, 2020/11/3, 2020.11.03, 2020年11月3日 (with OCR repairs) inside run `r`.
void scan_arabic(std::string_view text, const DateRun& r, std::vector<DateSpan>& out) {
    StringPiece m[7];
    size_t pos = r.begin;
    while (pos < r.end && pats().arabic.Match(text, pos, r.end, RE2::UNANCHORED, m, 7)) {
        const size_t b = static_cast<size_t>(m[0].data() - text.data());
        const size_t e = b + m[0].size();
        pos = b + 1;
        const std::string_view s1(m[2].data(), m[2].size()), s2(m[4].data(), m[4].size());
        const bool ymd = s1 == "年";
        // 年…月 pair up; symbol separators may be mixed by OCR ("2020-07.31"), which is a repair.
        if (ymd ? s2 != "月" : s2 == "月") continue;
        if (glued_before(text, b)) continue;
        // A time run into the day ("2020.06-110932": 11 then 09:32; "2020-08-2117:42": 21 then
        // 17:42 — a byline's date and time whose space, and colon, OCR lost): only a two-digit
        // day then hh:mm or hhmm, no digit after; else the digits belong to a longer number.
        const bool colon = e + 2 < text.size() && text[e + 2] == ':';
        const size_t mm = colon ? e + 3 : e + 2;  // the minutes
        const bool glued_time = m[6].empty() && m[5].size() == 2 && digit_at(text, e) &&
                                digit_at(text, e + 1) && digit_at(text, mm) &&
                                digit_at(text, mm + 1) && !digit_at(text, mm + 2) &&
                                (text[e] - '0') * 10 + (text[e + 1] - '0') < 24 &&
                                (text[mm] - '0') * 10 + (text[mm + 1] - '0') < 60;
        if (m[6].empty() && digit_at(text, e) && !glued_time) continue;
        if (!ymd && e + 1 < text.size() && text[e] == s1[0] && digit_at(text, e + 1))
            continue;  // 1.2.3.4
        DateSpan s;
        const int y = parse_digits(m[1], false, s.repaired);
        const int mo = parse_digits(m[3], true, s.repaired);
        // ']' for 1 in the day: before 日, or leading a two-character day ("2020-06-]8").
        const bool day_bracket =
            !m[6].empty() || (m[5].size() == 2 && (m[5][0] == ']' || m[5][0] == '|'));
        int d = parse_digits(m[5], day_bracket, s.repaired);
        // A one-digit day before a closing bracket ("【信息时间：2020/7/2】", normalised to "]"):
        // the bracket ends the date, it is no 1 — when a bracket opens before it on its line.
        size_t end = e;
        if (d < 0 && m[6].empty() && m[5].size() == 2 && m[5][1] == ']' && opened_before(text, b)) {
            bool unused = false;
            d = parse_digits(StringPiece(m[5].data(), 1), false, unused);
            end = e - 1;
        }
        // Else a ']' or '|' after a one-digit day under a zero-padded month ("2020-05-2]"): a
        // padded date has a two-digit day, so the mark is its 1 (the 21st) — a repair.
        if (d < 0 && m[6].empty() && m[5].size() == 2 && (m[5][1] == ']' || m[5][1] == '|') &&
            m[3].size() == 2 && m[3][0] == '0')
            d = parse_digits(m[5], true, s.repaired);
        // A space OCR put inside a two-digit day before its 日 ("2020年8月2 2日", the zoo's and
        // the grid re-read's noise): one day, 22 — a repair. Taken as 2 it was a confident 8月2日.
        if (ymd && d >= 0 && d < 10 && m[6].empty() && m[5].size() == 1 && e + 1 < text.size() &&
            text[e] == ' ' && digit_at(text, e + 1)) {
            size_t k = e + 2;
            while (k < text.size() && k < e + 4 && text[k] == ' ') ++k;
            const std::string_view after = text.substr(k, 3);
            if (after == "日" || after == "曰" || after == "号") {
                d = d * 10 + (text[e + 1] - '0');
                end = k + 3;
                s.repaired = true;
            }
        }
        if (y < 1900 || mo < 0 || d < 0) continue;
        s.date = Date{y, mo, d};
        if (!s.date.valid()) continue;
        if (!m[6].empty() &&
            std::string_view(m[6].data(), m[6].size()).find("曰") != std::string_view::npos)
            s.repaired = true;
        if (!ymd && s1 != s2) s.repaired = true;
        // Stray punctuation between the parts ("2020-.08-.27", "2020年.8月'21日").
        const std::string_view whole(m[0].data(), m[0].size());
        if (std::count(whole.begin(), whole.end(), '.') +
                std::count(whole.begin(), whole.end(), '-') +
                std::count(whole.begin(), whole.end(), ',') +
                std::count(whole.begin(), whole.end(), '\'') >
            (ymd ? 0 : 2))
            s.repaired = true;
        if (glued_time) s.repaired = true;
        if (end != e && glued_time) continue;  // "2020/7/2]0932": neither reading is sure
        add_span(text, s, b, end, ymd ? 'y' : s1[0], out);
        if (glued_time) {
            out.back().has_time = true;
            out.back().time_end = mm + 2;
        }
        pos = glued_time ? mm + 2 : end;
    }
}

// A date whose first separator OCR lost ("公开日期 202003-10", "202006.02") inside run `r`:
// six digits, 20xx and a month, then the day after a separator, unless another date overlaps.
// Always a repair; not an amount ("202010.15万元").
void scan_glued(std::string_view text, const DateRun& r, const std::vector<DateSpan>& prior,
                std::vector<DateSpan>& out) {
    StringPiece m[5];
    size_t pos = r.begin;
    while (pos < r.end && pats().glued.Match(text, pos, r.end, RE2::UNANCHORED, m, 5)) {
        const size_t b = static_cast<size_t>(m[0].data() - text.data());
        const size_t e = b + m[0].size();
        pos = b + 1;
        if (overlaps(prior, b, e) || glued_before(text, b) || digit_at(text, e)) continue;
        const std::string_view rest = text.substr(e, 3);
        if (rest.starts_with("万") || rest.starts_with("元") || rest.starts_with("%") ||
            rest.starts_with("亩") || rest.starts_with("米") || (e < text.size() && text[e] == '.'))
            continue;
        DateSpan s;
        s.repaired = true;
        s.date = Date{std::stoi(std::string(m[1].data(), m[1].size())),
                      std::stoi(std::string(m[2].data(), m[2].size())),
                      std::stoi(std::string(m[4].data(), m[4].size()))};
        if (!s.date.valid()) continue;
        add_span(text, s, b, e, m[3][0], out);
        pos = e;
    }
}

// A date with a zero-padded month and a two-digit day one of whose separators OCR read as an
// apostrophe ("2020/08'25") inside run `r`, unless another date overlaps. Always a repair.
void scan_apostrophe(std::string_view text, const DateRun& r, const std::vector<DateSpan>& prior,
                     std::vector<DateSpan>& out) {
    StringPiece m[6];
    size_t pos = r.begin;
    while (pos < r.end && pats().apostrophe.Match(text, pos, r.end, RE2::UNANCHORED, m, 6)) {
        const size_t b = static_cast<size_t>(m[0].data() - text.data());
        const size_t e = b + m[0].size();
        pos = b + 1;
        if ((m[2] != "'" && m[4] != "'") || overlaps(prior, b, e) || digit_at(text, e) ||
            (b > 0 && text[b - 1] >= '0' && text[b - 1] <= '9'))
            continue;
        DateSpan s;
        s.repaired = true;
        s.date = Date{std::stoi(std::string(m[1].data(), m[1].size())),
                      std::stoi(std::string(m[3].data(), m[3].size())),
                      std::stoi(std::string(m[5].data(), m[5].size()))};
        if (!s.date.valid()) continue;
        add_span(text, s, b, e, m[2] == "'" ? m[4][0] : m[2][0], out);
        pos = e;
    }
}

// Chinese-numeral dates (二〇二〇年十一月三日) inside run `r`, unless an arabic date overlaps.
void scan_chinese(std::string_view text, const DateRun& r, int hint_year,
                  const std::vector<DateSpan>& prior, std::vector<DateSpan>& out) {
    StringPiece m[4];
    size_t pos = r.begin;
    while (pos < r.end && pats().chinese.Match(text, pos, r.end, RE2::UNANCHORED, m, 4)) {
        size_t b = static_cast<size_t>(m[0].data() - text.data());
        const size_t e = b + m[0].size();
        pos = e;
        DateSpan s;
        s.chinese = true;
        // The year class includes look-alikes; trim leading ones that belong to the text before
        // ("O二〇二〇" stays 5 chars and is repaired as a doubled 〇).
        // A full stop before the year ends the sentence before it (not a 〇 read as 。).
        while (m[1].size() > 3 && m[1].substr(0, 3) == "。") {
            m[1].remove_prefix(3);
            b += 3;
        }
        const int y = parse_cn_year(m[1], hint_year, s.repaired);
        const int mo = parse_cn_small(m[2], s.repaired);
        const int d = parse_cn_small(m[3], s.repaired);
        if (y < 0 || mo <= 0 || d <= 0) continue;
        s.date = Date{y, mo, d};
        if (!s.date.valid() || overlaps(prior, b, e)) continue;
        if (std::string_view(m[0].data(), m[0].size()).find("曰") != std::string_view::npos)
            s.repaired = true;
        add_span(text, s, b, e, 'y', out);
    }
}

// A signature date whose year a seal's edge garbled while its month and day stayed clean (issue 18:
// "二GO〇二O〇年三月十六日", "一O二@年三月二十六日" on sealed scans). The year is read only
// when the noisy part still reduces to one year of this era (at most eight characters, two of
// them stray ones, noisy::era_year: 二〇二x with only look-alikes of 二/〇 before the last digit).
// Else the year of the document's own 文号 (`document_year`, 0: none) is taken when the noisy
// part still ends in that year's last digit (or in a stray character). Either way the date is
// marked `year_guessed` (the chooser never presents it as certain) and `repaired`.
namespace noisy {

// The year digit an OCR character stands for: 0–9, 10 for a stray character that may sit inside a
// year (ASCII letters and marks), -1 for one that ends the year (another CJK character, a
// newline).
int year_char(std::string_view c) {
    if (c == "工") return 2;
    const int d = cn_digit(c);
    if (d >= 0) return d;
    if (zero_lookalike(c)) return 0;
    if (c.size() != 1) return -1;
    const char a = c[0];
    if (a >= '0' && a <= '9') return a - '0';
    if ((a >= 'A' && a <= 'Z') || (a >= 'a' && a <= 'z')) return 10;
    if (std::string_view("-=_'`.,:;~^").find(a) != std::string_view::npos) return 10;
    return -1;
}

// The start of the UTF-8 character that ends at byte `i` (i itself at the text's start).
size_t prev_char(std::string_view t, size_t i) {
    if (i == 0) return 0;
    size_t k = i - 1;
    while (k > 0 && (static_cast<unsigned char>(t[k]) & 0xC0) == 0x80) --k;
    return k;
}

// The year of this era the noisy digits (〇 look-alikes read as 0, 工 as 2, stray characters
// dropped) reduce to, or 0: 二, 〇, 二 in that order among characters that are all 二 or 〇, then
// the last digit, which decides (二〇二x); a last 二 could be noise as well, so it decides
// nothing. 201x is not taken this way (its 一 could be a stroke of the seal): the 文号 decides.
int era_year(const std::vector<int>& v) {
    if (v.size() < 4 || v.front() != 2 || v.back() == 2) return 0;
    const int want[] = {2, 0, 2};
    size_t k = 0;
    for (size_t i = 0; i + 1 < v.size(); ++i) {
        if (v[i] != 0 && v[i] != 2) return 0;
        if (k < 3 && v[i] == want[k]) ++k;
    }
    return k == 3 ? 2020 + v.back() : 0;
}

}  // namespace noisy

void scan_noisy_year(std::string_view text, int document_year, const std::vector<DateSpan>& prior,
                     std::vector<DateSpan>& out) {
    static const RE2 month_day(
        "[ ]{0,2}(十[一二]?|[一二三四五六七八九])[ ]{0,2}月[ ]{0,2}"
        "(三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])[ "
        "]{0,2}日");
    StringPiece m[3];
    for (size_t nian = text.find("年"); nian != std::string_view::npos;
         nian = text.find("年", nian + 3)) {
        const size_t after = nian + 3;
        if (!month_day.Match(text, after, text.size(), RE2::ANCHOR_START, m, 3)) continue;
        const size_t e = static_cast<size_t>(m[0].data() + m[0].size() - text.data());
        // The noisy year: back from 年 over year characters, stray characters and single spaces.
        std::vector<int> digits;
        int chars = 0, stray = 0;
        bool last_stray = false;
        size_t b = nian;
        while (b > 0 && chars < 9) {
            const size_t k = noisy::prev_char(text, b);
            const auto c = text.substr(k, b - k);
            if (c == " ") {
                if (k > 0 && text[k - 1] == ' ') break;
                b = k;
                continue;
            }
            const int d = noisy::year_char(c);
            if (d < 0) break;
            ++chars;
            if (d == 10) {
                ++stray;
                if (digits.empty()) last_stray = true;
            } else {
                digits.insert(digits.begin(), d);
            }
            b = k;
        }
        while (b < nian && text[b] == ' ') ++b;
        // A stray character does not open the year.
        while (b < nian && noisy::year_char(text.substr(b, 1)) == 10) ++b, --stray, --chars;
        if (chars > 8 || stray > 2 || digits.size() < 3 || overlaps(prior, b, e)) continue;
        int year = last_stray ? 0 : noisy::era_year(digits);
        if (year <= 0 && document_year >= 2010 && document_year <= 2029 &&
            (last_stray || digits.back() == document_year % 10))
            year = document_year;
        if (year <= 0) continue;
        bool ignored = false;
        DateSpan s;
        s.chinese = true;
        s.repaired = true;
        s.year_guessed = true;
        s.date = Date{year, parse_cn_small(m[1], ignored), parse_cn_small(m[2], ignored)};
        if (!s.date.valid()) continue;
        add_span(text, s, b, e, 'y', out);
    }
}

// Month-day dates (11月3日, year resolved later) inside run `r`, unless another date overlaps.
void scan_month_day(std::string_view text, const DateRun& r, const std::vector<DateSpan>& prior,
                    std::vector<DateSpan>& out) {
    StringPiece m[4];
    size_t pos = r.begin;
    while (pos < r.end && pats().month_day.Match(text, pos, r.end, RE2::UNANCHORED, m, 4)) {
        const size_t b = static_cast<size_t>(m[0].data() - text.data());
        const size_t e = b + m[0].size();
        pos = e;
        if (overlaps(prior, b, e) || glued_before(text, b)) continue;
        // Preceded by 年 (a year we could not read) or by a month range "1-": not a month-day.
        size_t k = b;
        while (k > 0 && text[k - 1] == ' ') --k;
        if (k >= 3 && (text.substr(k - 3, 3) == "年" || text.substr(k - 3, 3) == "月")) continue;
        DateSpan s;
        s.has_year = false;
        s.date = Date{0, std::stoi(std::string(m[1].data(), m[1].size())),
                      std::stoi(std::string(m[2].data(), m[2].size()))};
        if (s.date.month < 1 || s.date.month > 12 || s.date.day < 1 || s.date.day > 31) continue;
        if (m[3] == "曰") s.repaired = true;
        add_span(text, s, b, e, 'y', out);
    }
}

// A phone article's byline whose 日 OCR misread ("广阳发布 6月16晶", holdout19's WeChat article): a
// line of an account's name (2–10 ideographs, 原创 before it or not) and a month-day whose 日 is
// one other character ending the line, or lost ("故城教育 7月20", holdout21's WeChat notice). A
// month-day, `repaired` (never certain); the chooser takes it only as a phone's byline.
void scan_byline_ri(std::string_view text, const std::vector<DateSpan>& prior,
                    std::vector<DateSpan>& out) {
    static const RE2 re(
        R"((?m)^[ ]*(?:原创[ ]*)?\p{Han}{2,10}[ ]+(1[0-2]|[1-9])[ ]?月[ ]?(3[01]|[12][0-9]|[1-9])[ ]?(\p{Han})?[ ]*$)");
    StringPiece m[4];
    size_t pos = 0;
    while (pos < text.size() && re.Match(text, pos, text.size(), RE2::UNANCHORED, m, 4)) {
        const size_t b = static_cast<size_t>(m[1].data() - text.data());
        const StringPiece& last = m[3].data() ? m[3] : m[2];
        const size_t e = static_cast<size_t>(last.data() + last.size() - text.data());
        pos = static_cast<size_t>(m[0].data() + m[0].size() - text.data()) + 1;
        const std::string_view mark(m[3].data() ? m[3].data() : "", m[3].size());
        if (mark == "日" || mark == "曰" || mark == "号" || mark == "月" || mark == "年" ||
            date_goes_on(mark) || overlaps(prior, b, e) || overlaps(out, b, e))
            continue;
        DateSpan s;
        s.has_year = false;
        s.repaired = true;
        s.date = Date{0, std::stoi(std::string(m[1].data(), m[1].size())),
                      std::stoi(std::string(m[2].data(), m[2].size()))};
        add_span(text, s, b, e, 'y', out);
    }
}

// A 微博 post's time as the app prints it, right before 来自 (the client it was sent from):
// "20-9-2 11:45 来自 微博", "20.7.3117:26 来自" (day and time run together), "8-12 15:32 来自",
// "2020-06-2415:06 来自" — a two-digit year, none (this year's posts) or a full one. The two-digit
// year becomes 20yy but is marked `short_year` (never certain); without a year the date is a
// month-day (year from the page). Only before 来自, or before a 今日头条 article's 头条号 ("06-15
// 09:12 · 头条号", holdout17): elsewhere "20-9-2" may be anything. A page holding several such
// heads is a timeline (an account's home page), not a post: none.
void scan_post_times(std::string_view text, const std::vector<DateSpan>& prior,
                     std::vector<DateSpan>& out) {
    const size_t first = out.size();
    // m[1] the year (if any), m[2] month, m[3] day, m[4] the blanks before the hour, m[5] hour,
    // m[6] minute.
    auto take = [&](const StringPiece* m) {
        const size_t b = static_cast<size_t>((m[1].empty() ? m[2] : m[1]).data() - text.data());
        const size_t e = static_cast<size_t>(m[3].data() + m[3].size() - text.data());
        // Day and hour run together ("3117:26"): only when both have two digits, else ambiguous.
        if (m[4].empty() && (m[3].size() != 2 || m[5].size() != 2)) return;
        if (overlaps(prior, b, e) || overlaps(out, b, e)) return;
        auto num = [](StringPiece p) { return std::stoi(std::string(p.data(), p.size())); };
        DateSpan s;
        if (m[1].empty()) {
            s.has_year = false;
            s.date = Date{0, num(m[2]), num(m[3])};
            if (s.date.month < 1 || s.date.month > 12 || s.date.day < 1 || s.date.day > 31) return;
        } else {
            s.short_year = m[1].size() == 2;
            s.date = Date{(s.short_year ? 2000 : 0) + num(m[1]), num(m[2]), num(m[3])};
            if (!s.date.valid()) return;
        }
        s.begin = b;
        s.end = e;
        s.sep = '-';
        s.has_time = true;
        s.time_end = static_cast<size_t>(m[6].data() + m[6].size() - text.data());
        out.push_back(s);
    };
    static const RE2 post(
        R"((?:^|[^0-9.:-])(?:((?:20)?[12][0-9])[-.])?(1[0-2]|0?[1-9])[-.]([0-3]?[0-9])( {0,3})([0-2]?[0-9]):([0-5][0-9])[ .·•]{0,4}$)");
    // 来自 (a 微博 post) or 头条号 (a 今日头条 article's head: "06-15 09:12 · 头条号").
    std::vector<size_t> heads;
    for (std::string_view word : {"来自", "头条号"})
        for (size_t at = text.find(word); at != std::string_view::npos;
             at = text.find(word, at + 1))
            heads.push_back(at);
    std::sort(heads.begin(), heads.end());
    for (size_t at : heads) {
        size_t ls = text.rfind('\n', at);
        ls = ls == std::string_view::npos ? 0 : ls + 1;
        if (at - ls > 48)
            ls = at - 48;  // the time is right before 来自; a long line is no post head
        StringPiece m[7];
        const StringPiece head(text.data() + ls, at - ls);  // ^ and $ are its ends
        if (post.Match(head, 0, head.size(), RE2::UNANCHORED, m, 7)) take(m);
    }
    // The client's address when OCR garbled 来自 微博 before it ("08-04 17:35 来让你博
    // weibo.com", holdout21's 微博 post): the time, then at most eight characters.
    static const RE2 client(
        R"((?:^|[^0-9.:-])(?:((?:20)?[12][0-9])[-.])?(1[0-2]|0?[1-9])[-.]([0-3]?[0-9])( {0,3})([0-2]?[0-9]):([0-5][0-9]) {1,3}[^0-9\n]{0,8}$)");
    for (size_t at = text.find("weibo.com"); at != std::string_view::npos;
         at = text.find("weibo.com", at + 1)) {
        size_t ls = text.rfind('\n', at);
        ls = ls == std::string_view::npos ? 0 : ls + 1;
        if (at - ls > 64) continue;
        StringPiece m[7];
        const StringPiece head(text.data() + ls, at - ls);
        if (head.find("来自") == StringPiece::npos &&
            client.Match(head, 0, head.size(), RE2::UNANCHORED, m, 7))
            take(m);
    }
    // A 今日头条 article's head whose account is verified: the time opens the line, the
    // verification ending in 账号 follows ("@ 08-10 16:22 河北廊坊安次区政府官方账号", holdout18;
    // the dot between read as 。, holdout19) — or the account's name ending in 头条号 ("@@ 06-15
    // 10:12 青县政务头条号", holdout20).
    static const RE2 verified(
        R"(^[^0-9\n]{0,6}(?:((?:20)?[12][0-9])[-.])?(1[0-2]|0?[1-9])[-.]([0-3]?[0-9])( {1,3})([0-2]?[0-9]):([0-5][0-9])[ .·•“”"。，,]{0,6}[^0-9\n，。,]{2,60}$)");
    for (std::string_view word : {"账号", "头条号"})
        for (size_t at = text.find(word); at != std::string_view::npos;
             at = text.find(word, at + 1)) {
            size_t ls = text.rfind('\n', at);
            ls = ls == std::string_view::npos ? 0 : ls + 1;
            StringPiece m[7];
            const StringPiece head(text.data() + ls, at - ls);
            if (at - ls <= 96 && verified.Match(head, 0, head.size(), RE2::ANCHOR_BOTH, m, 7))
                take(m);
        }
    if (out.size() - first > 1) out.resize(first);
}

// Each line that is an account's stamp (account_stamp, model/date.hpp): a month-day.
void scan_account_stamps(std::string_view text, const std::vector<DateSpan>& prior,
                         std::vector<DateSpan>& out) {
    for (size_t ls = 0; ls < text.size();) {
        const size_t le = std::min(text.find('\n', ls), text.size());
        // A stamp line is short (an account's name of at most 30 characters): longer ones skipped.
        if (const auto st = le - ls <= 128 ? account_stamp(text.substr(ls, le - ls)) : std::nullopt) {
            const size_t b = ls + st->begin, e = ls + st->end;
            if (!overlaps(prior, b, e) && !overlaps(out, b, e)) {
                DateSpan s;
                s.has_year = false;
                s.account_stamp = true;
                s.date = Date{0, st->month, st->day};
                s.begin = b;
                s.end = s.time_end = e;
                s.sep = '-';
                out.push_back(s);
            }
        }
        ls = le + 1;
    }
}

}  // namespace

bool date_goes_on(std::string_view c) {
    for (std::string_view w :
         {"起", "前", "后", "止", "至", "到", "以", "之", "内", "间", "底", "初"})
        if (c == w) return true;
    return false;
}

namespace {

// A labelled date whose 月 and 日 OCR read as other characters ("登记日期：2020年10司14所": an
// italic or handwritten date on a photographed form): right after 日期 or 时间 (and a colon), the
// year with its 年, the month's digits, one other character, the day's digits and at most one
// more character ending the line. Marked `marks_misread` and `repaired`: never certain.
void scan_misread_marks(std::string_view text, const std::vector<DateSpan>& prior,
                        std::vector<DateSpan>& out) {
    static const RE2 re(
        R"(^[:：]?[ ]{0,3}(20[0-3][0-9])[ ]{0,2}年[ ]{0,2}([0-9]{1,2})[ ]{0,2}([^0-9 \n月/.-])[ ]{0,2}([0-9]{1,2})[ ]{0,2}([^0-9 \n])?[ ]*(?:\n|$))");
    for (std::string_view label : {"日期", "时间"})
        for (size_t at = text.find(label); at != std::string_view::npos;
             at = text.find(label, at + 1)) {
            const size_t from = at + label.size();
            const size_t le = std::min(text.find('\n', from), text.size());
            StringPiece m[6];
            const StringPiece rest(text.data() + from, std::min(le + 1, text.size()) - from);
            if (!re.Match(rest, 0, rest.size(), RE2::ANCHOR_START, m, 6)) continue;
            // One character each for 月 and 日 (a three-byte CJK one, or a single ASCII mark).
            auto one_char = [](StringPiece c) {
                return c.empty() || c.size() == 1 ||
                       (c.size() == 3 && static_cast<unsigned char>(c[0]) >= 0xE0);
            };
            if (!one_char(m[3]) || !one_char(m[5])) continue;
            const std::string_view mark(m[5].data(), m[5].size());
            if (mark == "日" || mark == "曰" || mark == "号" || date_goes_on(mark)) continue;
            auto num = [](StringPiece p) { return std::stoi(std::string(p.data(), p.size())); };
            DateSpan s;
            s.date = Date{num(m[1]), num(m[2]), num(m[4])};
            if (!s.date.valid()) continue;
            const size_t b = static_cast<size_t>(m[1].data() - text.data());
            const size_t e = static_cast<size_t>(
                (m[5].empty() ? m[4].data() + m[4].size() : m[5].data() + m[5].size()) -
                text.data());
            if (overlaps(prior, b, e) || overlaps(out, b, e)) continue;
            s.repaired = s.marks_misread = true;
            add_span(text, s, b, e, 'y', out);
        }
}

// A labelled date whose slashes OCR read as 7 or 1 ("日期：20207373" for 2020/3/3, "2020/04721"
// for 2020/04/21, "时间：2020/314" for 2020/3/4): right after 日期 or 时间 (and a colon), a run of
// digits and slashes that opens with the year and is read whole as year, separator, month,
// separator, day — each separator /, 7 or (beside a slash) 1, not both slashes — in exactly one
// way that gives a valid date. Marked `slashes_misread` and `repaired`: never certain.
void scan_slash_sevens(std::string_view text, const std::vector<DateSpan>& prior,
                       std::vector<DateSpan>& out) {
    for (std::string_view label : {"日期", "时间"})
        for (size_t at = text.find(label); at != std::string_view::npos;
             at = text.find(label, at + 1)) {
            size_t b = at + label.size();
            if (text.substr(b).starts_with("："))
                b += std::string_view("：").size();
            else if (b < text.size() && text[b] == ':')
                ++b;
            while (b < text.size() && text[b] == ' ') ++b;
            size_t e = b;
            while (e < text.size() && ((text[e] >= '0' && text[e] <= '9') || text[e] == '/')) ++e;
            const std::string_view run = text.substr(b, e - b);
            if (run.size() < 7 || run.size() > 10 || !run.starts_with("20") ||
                run.find_first_of("/", 0) < 4)
                continue;
            // A 1 for a slash only beside a slash read as one ("2020/314"): digits alone
            // ("20201114") are no such date.
            const bool slash = run.find('/') != std::string_view::npos;
            auto sep = [slash](char c) { return c == '/' || c == '7' || (slash && c == '1'); };
            auto digits = [](std::string_view d) {
                return std::all_of(d.begin(), d.end(), [](char c) { return c >= '0' && c <= '9'; });
            };
            int found = 0;
            Date date;
            for (size_t ml = 1; ml <= 2; ++ml)
                for (size_t dl = 1; dl <= 2; ++dl) {
                    if (4 + 1 + ml + 1 + dl != run.size() || !sep(run[5 + ml])) continue;
                    if (run[4] == '/' && run[5 + ml] == '/') continue;  // read right
                    const auto month = run.substr(5, ml), day = run.substr(6 + ml, dl);
                    if (!digits(run.substr(0, 4)) || !digits(month) || !digits(day)) continue;
                    const Date d{std::stoi(std::string(run.substr(0, 4))),
                                 std::stoi(std::string(month)), std::stoi(std::string(day))};
                    if (d.valid()) ++found, date = d;
                }
            if (found != 1 || overlaps(prior, b, e) || overlaps(out, b, e)) continue;
            DateSpan s;
            s.date = date;
            s.repaired = s.slashes_misread = true;
            add_span(text, s, b, e, '/', out);
        }
}

int most_common_year(const std::vector<DateSpan>& spans, int max_year);

// Each match of the line-anchored `re` (N − 1 groups) over the whole text, in order, given to
// `take` with the match's groups: the scanners of a date alone on its line share this loop.
template <int N, class F>
void each_line_match(const RE2& re, std::string_view text, F take) {
    StringPiece m[N];
    size_t pos = 0;
    while (pos < text.size() && re.Match(text, pos, text.size(), RE2::UNANCHORED, m, N)) {
        pos = static_cast<size_t>(m[0].data() + m[0].size() - text.data()) + 1;
        take(m);
    }
}

int number(StringPiece p) {
    return std::stoi(std::string(p.data(), p.size()));
}

// A date alone on its line whose year OCR read with a digit lost ("202年10月22日", the 落款 of a
// photographed 公示, holdout18): three digits that the document's year holds in order — its
// 文号's (document_year), else the commonest year of the dates found whole (`prior`), 2010–2029.
// The year is that one, marked `year_guessed` (never certain).
void scan_short_year(std::string_view text, int document_year, const std::vector<DateSpan>& prior,
                     std::vector<DateSpan>& out) {
    if (document_year == 0) document_year = most_common_year(prior, 0);
    if (document_year < 2010 || document_year > 2029) return;
    static const RE2 re(
        R"((?m)^[ ]*(20[0-9])[ ]*年[ ]*(1[0-2]|0?[1-9])[ ]*月[ ]*(3[01]|[12][0-9]|0?[1-9])[ ]*日[ ]*$)");
    const std::string year = std::to_string(document_year);
    StringPiece m[4];
    size_t pos = 0;
    while (pos < text.size() && re.Match(text, pos, text.size(), RE2::UNANCHORED, m, 4)) {
        const size_t b = static_cast<size_t>(m[1].data() - text.data());
        const size_t e = static_cast<size_t>(m[0].data() + m[0].size() - text.data());
        pos = e + 1;
        // The three digits in order within the document's year (2020 holds 202, 220 and 020).
        size_t k = 0;
        for (char c : year)
            if (k < 3 && c == m[1][k]) ++k;
        if (k < 3 || overlaps(prior, b, e)) continue;
        DateSpan s;
        s.repaired = s.year_guessed = true;
        s.date = Date{document_year, std::stoi(std::string(m[2].data(), m[2].size())),
                      std::stoi(std::string(m[3].data(), m[3].size()))};
        if (!s.date.valid()) continue;
        const size_t de = static_cast<size_t>(m[3].data() + m[3].size() - text.data());
        const size_t ri = text.find("日", de);
        add_span(text, s, b, ri == std::string_view::npos ? de : ri + 3, 'y', out);
    }
}

// A date alone on its line whose day ran into a seal's strokes ("2020年6月2839日", holdout20's
// sealed scan of a 通知, for the 28th): a day of three or four digits whose first two or last two
// — one of them only — make a valid day. Marked `repaired` (never certain); two readings, none.
void scan_day_noise(std::string_view text, const std::vector<DateSpan>& prior,
                    std::vector<DateSpan>& out) {
    static const RE2 re(
        R"((?m)^[ ]*(20[0-9]{2})[ ]*年[ ]*(1[0-2]|0?[1-9])[ ]*月[ ]*([0-9]{3,4})[ ]*日[ ]*$)");
    each_line_match<4>(re, text, [&](const StringPiece* m) {
        const size_t b = static_cast<size_t>(m[1].data() - text.data());
        const size_t e = static_cast<size_t>(m[0].data() + m[0].size() - text.data());
        if (overlaps(prior, b, e)) return;
        const std::string digits(m[3].data(), m[3].size());
        const int year = number(m[1]), month = number(m[2]);
        std::vector<Date> readings;
        for (const std::string& d : {digits.substr(0, 2), digits.substr(digits.size() - 2)})
            if (Date{year, month, std::stoi(d)}.valid() &&
                (readings.empty() || !(readings[0] == Date{year, month, std::stoi(d)})))
                readings.push_back(Date{year, month, std::stoi(d)});
        if (readings.size() != 1) return;
        DateSpan s;
        s.repaired = true;
        s.date = readings[0];
        const size_t ri =
            text.find("日", static_cast<size_t>(m[3].data() + m[3].size() - text.data()));
        add_span(text, s, b, ri + 3, 'y', out);
    });
}

// An arabic date alone on its line whose 年 OCR misread as another character (holdout21's scan
// under a seal: "2020军6月28日"): a year of this era, one character, a month with 月 and a day
// with 日. Always a repair.
void scan_year_mark(std::string_view text, const std::vector<DateSpan>& prior,
                    std::vector<DateSpan>& out) {
    static const RE2 re(
        "(?m)^[ ]*(20[0-2][0-9])[ ]*[^0-9 \\n年月日.,/-][ ]*(1[0-2]|0?[1-9])[ ]*月[ ]*"
        "(3[01]|[12][0-9]|0?[1-9])[ ]*日[ ]*$");
    each_line_match<4>(re, text, [&](const StringPiece* m) {
        const size_t b = static_cast<size_t>(m[1].data() - text.data());
        const size_t e = static_cast<size_t>(m[0].data() + m[0].size() - text.data());
        if (overlaps(prior, b, e)) return;
        DateSpan s;
        s.repaired = true;
        s.date = Date{number(m[1]), number(m[2]), number(m[3])};
        if (s.date.valid()) add_span(text, s, b, text.rfind("日", e) + 3, 'y', out);
    });
}

// A Chinese-numeral signature date alone on its line that a seal garbled in its year and its 月
// both (holdout21's sealed scans: "二CI二加年九请二十八日", "二C三D年七户二十七日"): a year part
// of two to six characters opening with 二, 年, a month of numerals, one character in place of
// 月 (a clean 月 is scan_noisy_year's), a day of numerals and 日. Only with the document's own 文号
// year (`document_year`), which it takes unless the year part ends in another clean digit;
// `year_guessed` and `repaired` (never certain).
void scan_sealed_chinese(std::string_view text, int document_year,
                         const std::vector<DateSpan>& prior, std::vector<DateSpan>& out) {
    if (document_year < 2010 || document_year > 2029) return;
    static const RE2 re(
        "(?m)^[ ]*(二[^\\n年]{1,5}?)[ ]*年[ ]*(十[一二]?|[一二三四五六七八九])[ ]*([^ \\n"
        "一二三四五六七八九十月日])[ ]*(三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|"
        "[一二三四五六七八九])[ ]*日[ ]*$");
    each_line_match<5>(re, text, [&](const StringPiece* m) {
        const size_t b = static_cast<size_t>(m[1].data() - text.data());
        const size_t e = static_cast<size_t>(m[0].data() + m[0].size() - text.data());
        if (overlaps(prior, b, e)) return;
        // A year part ending in a digit read clean must end as the 文号's year does.
        const std::string_view year(m[1].data(), m[1].size());
        const int last = noisy::year_char(year.substr(noisy::prev_char(year, year.size())));
        if (last >= 0 && last <= 9 && last != document_year % 10) return;
        bool ignored = false;
        DateSpan s;
        s.chinese = s.repaired = s.year_guessed = true;
        s.date = Date{document_year, parse_cn_small(m[2], ignored), parse_cn_small(m[4], ignored)};
        if (s.date.valid()) add_span(text, s, b, text.rfind("日", e) + 3, 'y', out);
    });
}

// A date and time at a line's end whose separators OCR lost, small light text read as one
// number ("安宁县城关镇人民政府 / 202004141534" for "2020-04-14 15:34" under a page's 落款, the
// design zoo's 安宁县 page): twelve digits making a valid date and clock time, after a space, a
// colon or the line's start — not glued to letters, an underscore or a slash (a file name's
// "QQ截图20201110170512", a path's "t20200709_5521"). Always a repair (never certain).
void scan_compact_stamp(std::string_view text, const std::vector<DateSpan>& prior,
                        std::vector<DateSpan>& out) {
    static const RE2 re(
        R"((?m)(?:^|[ :：])(20[0-3][0-9])(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01]) ?([01][0-9]|2[0-3])[0-5][0-9][ ]*$)");
    each_line_match<5>(re, text, [&](const StringPiece* m) {
        const size_t b = static_cast<size_t>(m[1].data() - text.data());
        const size_t e = static_cast<size_t>(m[0].data() + m[0].size() - text.data());
        if (overlaps(prior, b, e)) return;
        DateSpan s;
        s.repaired = true;
        s.date = Date{number(m[1]), number(m[2]), number(m[3])};
        if (!s.date.valid()) return;
        add_span(text, s, b, static_cast<size_t>(m[3].data() + m[3].size() - text.data()), '-',
                 out);
        out.back().has_time = true;
        out.back().time_end = static_cast<size_t>(m[4].data() + 4 - text.data());
    });
}

// Finds spans; month-day spans keep year 0 (resolved later). Each pattern runs over the date runs
// that hold its required characters, in text order, as if over the whole text.
std::vector<DateSpan> scan_raw(std::string_view text, int hint_year, int document_year) {
    const auto& P = pats();
    const auto runs = date_runs(text);
    // Each pass finds spans in text order that do not overlap one another, and skips those that
    // overlap an earlier pass's; merging keeps `out` sorted for overlaps().
    std::vector<DateSpan> out, more;
    for (const auto& r : runs)
        if (r.digit && r.seps >= 2) scan_arabic(text, r, out);
    for (const auto& r : runs)
        if (r.digit && r.seps >= 1) scan_glued(text, r, out, more);
    merge_spans(out, std::move(more));
    more.clear();
    for (const auto& r : runs)
        if (r.digit && r.apostrophe) scan_apostrophe(text, r, out, more);
    merge_spans(out, std::move(more));
    more.clear();
    for (const auto& r : runs)
        if (r.nian && r.yue && r.ri) scan_chinese(text, r, hint_year, out, more);
    merge_spans(out, std::move(more));
    more.clear();
    scan_noisy_year(text, document_year, out, more);
    scan_short_year(text, document_year, out, more);
    scan_day_noise(text, out, more);
    scan_compact_stamp(text, out, more);
    scan_sealed_chinese(text, document_year, out, more);
    scan_year_mark(text, out, more);
    std::sort(more.begin(), more.end(),
              [](const DateSpan& a, const DateSpan& b) { return a.begin < b.begin; });
    merge_spans(out, std::move(more));
    more.clear();
    for (const auto& r : runs)
        if (r.digit && r.yue && r.ri) scan_month_day(text, r, out, more);
    merge_spans(out, std::move(more));
    more.clear();
    scan_post_times(text, out, more);
    scan_account_stamps(text, out, more);
    scan_byline_ri(text, out, more);
    scan_misread_marks(text, out, more);
    scan_slash_sevens(text, out, more);
    std::sort(more.begin(), more.end(),
              [](const DateSpan& a, const DateSpan& b) { return a.begin < b.begin; });
    merge_spans(out, std::move(more));
    // Ranges: "X至Y", "X-Y", "11月23日至27日".
    for (size_t i = 0; i < out.size(); ++i) {
        StringPiece c[1];
        const size_t from = out[i].time_end;
        if (!may_be_connector(text, from) ||
            !P.connector.Match(text, from, text.size(), RE2::ANCHOR_START, c, 1))
            continue;
        const size_t next = static_cast<size_t>(c[0].data() + c[0].size() - text.data());
        if (i + 1 < out.size() && out[i + 1].begin == next) {
            out[i].range = out[i + 1].range = true;
        } else if (P.day_only.Match(text, next, text.size(), RE2::ANCHOR_START, nullptr, 0) ||
                   P.month_only.Match(text, next, text.size(), RE2::ANCHOR_START, nullptr, 0)) {
            out[i].range = true;
        }
    }
    return out;
}

int most_common_year(const std::vector<DateSpan>& spans, int max_year) {
    std::map<int, int> n;
    for (const auto& s : spans)
        if (s.has_year && s.date.year >= 1990 && (max_year == 0 || s.date.year <= max_year))
            ++n[s.date.year];
    int best = 0, count = 0;
    for (auto [y, c] : n)
        if (c > count || (c == count && y > best)) best = y, count = c;
    return best;
}

void resolve_years(std::vector<DateSpan>& spans, int year) {
    std::erase_if(spans, [&](DateSpan& s) {
        if (s.has_year) return false;
        if (year <= 0) return true;
        s.date.year = year;
        return !s.date.valid();
    });
}

}  // namespace

int document_number_year(std::string_view normalized) {
    // 霸政办字〔2020〕9号 (normalised to [2020]; OCR reads the brackets as [ ( 【 and spaces in).
    static const RE2 re(R"([\[(][ ]?((?:19|20)[0-9]{2})[ ]?[\])][ ]?[0-9]{1,4}[ ]?号)");
    // Only the header's: the first eight lines (a body's cited 文号 is another document's).
    size_t end = 0;
    for (int n = 0; n < 8 && end != std::string_view::npos; ++n)
        end = normalized.find('\n', end == 0 && n == 0 ? 0 : end + 1);
    const auto head = normalized.substr(0, end);
    re2::StringPiece in(head.data(), head.size()), y;
    int year = 0;
    while (RE2::FindAndConsume(&in, re, &y)) {
        const int v = std::stoi(std::string(y.data(), y.size()));
        if (year && v != year) return 0;  // two documents' numbers: none is the page's own
        year = v;
    }
    return year;
}

std::vector<DateSpan> scan_dates(std::string_view normalized, int context_year, int hint_year,
                                 int document_year) {
    auto spans = scan_raw(normalized, hint_year ? hint_year : context_year, document_year);
    int year = context_year;
    if (year == 0) year = most_common_year(spans, 0);
    if (year == 0) year = hint_year;
    resolve_years(spans, year);
    return spans;
}

std::vector<DateCandidate> find_dates(std::string_view text, int context_year) {
    const auto norm = normalize_with_map(text);
    std::vector<DateCandidate> out;
    for (const auto& s : scan_dates(norm.text, context_year)) {
        DateCandidate c;
        c.date = s.date;
        c.source = "content";
        const size_t ob = norm.original_offset(s.begin), oe = norm.original_offset(s.end);
        c.text = std::string(text.substr(ob, oe - ob));
        c.repaired = s.repaired;
        c.offset = ob;
        c.page = 1;
        if (s.range) c.why = "日期范围（起止时间），不是发布日期";
        out.push_back(std::move(c));
    }
    return out;
}

}  // namespace dossier
