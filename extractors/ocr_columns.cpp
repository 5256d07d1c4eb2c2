// Lines run across a left column's gutter, split at it (see ocr_columns.hpp).
#include "extractors/ocr_columns.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "extractors/ocr_engine.hpp"

namespace dossier {
namespace {

// Where a line's words lie against x: across it, only left of it, only right of it, or on both
// sides (a line run across a gutter at x).
enum class Side { across, left, right, both };

Side side_of(const std::vector<OcrWord>& ws, int x) {
    bool l = false, r = false;
    for (const auto& w : ws) {
        if (w.x0 <= x + 1 && w.x1 >= x - 1) return Side::across;
        (w.x1 < x ? l : r) = true;
    }
    return l && r ? Side::both : l ? Side::left : Side::right;
}

// CJK characters in a UTF-8 string (three-byte sequences U+3000–U+9FFF, punctuation included).
int han_count(const std::string& s) {
    int n = 0;
    for (size_t i = 0; i + 2 < s.size(); ++i) {
        const auto b = static_cast<unsigned char>(s[i]);
        if (b >= 0xE3 && b <= 0xE9) {
            ++n;
            i += 2;
        }
    }
    return n;
}

// The best run of lines at x: consecutive lines (by height) none of which crosses x.
struct Run {
    int split = 0, alone = 0, left_only = 0, lines = 0, menu_like = 0, left_parts = 0;
    int left_x0 = 1 << 30, left_x1 = 0;  // the left column's extent
    bool wide_gaps = true;               // every split line's gap at least a line high
    int max_gap = 0;                     // the widest gap of a split line
    int top = 0, bottom = 0;
};

Run best_run(const PageText& page, const std::vector<size_t>& order, int x) {
    Run best, cur;
    auto close = [&] {
        if (cur.split > best.split) best = cur;
        cur = Run{};
    };
    for (size_t i : order) {
        const auto& ws = page.lines[i].words;
        if (ws.empty()) continue;  // a line a second pass added
        const Side s = side_of(ws, x);
        if (s == Side::across) {
            close();
            continue;
        }
        const OcrLine& l = page.lines[i];
        if (cur.lines == 0) cur.top = l.y;
        cur.bottom = l.y + l.h;
        ++cur.lines;
        if (s == Side::both)
            ++cur.split;
        else
            ++cur.alone;
        if (s == Side::left) ++cur.left_only;
        if (s == Side::both || s == Side::left) {
            std::string left;
            int right_x0 = 1 << 30, x1 = 0;
            for (const auto& w : ws) {
                if (w.x1 < x) {
                    left += w.text;
                    cur.left_x0 = std::min(cur.left_x0, w.x0);
                    x1 = std::max(x1, w.x1);
                } else {
                    right_x0 = std::min(right_x0, w.x0);
                }
            }
            cur.left_x1 = std::max(cur.left_x1, x1);
            if (s == Side::both) {
                if (right_x0 - x1 < std::max(16, l.h)) cur.wide_gaps = false;
                cur.max_gap = std::max(cur.max_gap, right_x0 - x1);
            }
            ++cur.left_parts;
            if (han_count(left) >= 2) ++cur.menu_like;
        }
    }
    close();
    return best;
}

// A metadata table's label cell ("发布时间", "成文日期：", "索引号"): the row is a field and its
// value, not a menu's entry beside the article, and stays whole.
bool field_label(const std::string& text) {
    std::string t = text;
    while (!t.empty() && (t.back() == ' ' || t.back() == ':')) t.pop_back();
    for (std::string_view colon : {"：", "】", "]"})
        if (t.ends_with(colon)) t.resize(t.size() - colon.size());
    for (std::string_view w : {"日期", "时间", "索引号", "发布机构", "发文机关", "文号", "有效性",
                               "主题分类", "公开方式", "公开时限", "来源", "作者", "分类"})
        if (t.ends_with(w)) return true;
    return false;
}

}  // namespace

std::optional<ColumnGutter> find_left_gutter(const PageText& page) {
    const int w = page.width;
    if (w <= 0) return std::nullopt;
    std::vector<size_t> order(page.lines.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return page.lines[a].y < page.lines[b].y; });
    // The x with the most lines split (ties: the first stretch of such x, its middle).
    int best_split = 0, from = -1, to = -1;
    Run best;
    const bool trace = std::getenv("DOSSIER_TRACE_COLUMNS") != nullptr;
    for (int x = w * 8 / 100; x <= w * 45 / 100; x += 2) {
        const Run r = best_run(page, order, x);
        // Two columns: a line at least run across them, and at least two and a quarter of the
        // lines alone, on each side (a table's rows line up across its columns, a menu's items
        // and an article's lines do not); a menu or a rail: Chinese words on its side, a quarter
        // of the page wide at most (180–280 px on 1280–1920), the gap between it and the article
        // wider than a word space and at most a fifth of the page (a list's titles and their
        // dates far right are rows, not columns).
        const bool column = r.split >= 1 && r.alone >= 2 && r.left_only >= 1 &&
                            r.left_only < r.alone && r.lines >= 6 && r.alone * 4 >= r.lines &&
                            r.menu_like * 10 >= r.left_parts * 6 && r.wide_gaps &&
                            r.max_gap <= w / 5 && r.left_x1 - r.left_x0 <= w / 4;
        const int split = column ? r.split : 0;
        if (trace && r.split >= 2)
            std::fprintf(stderr,
                         "columns x %d: split %d alone %d (left %d) lines %d menu %d/%d y %d-%d\n",
                         x, r.split, r.alone, r.left_only, r.lines, r.menu_like, r.left_parts,
                         r.top, r.bottom);
        if (split > best_split) {
            best_split = split;
            best = r;
            from = to = x;
        } else if (split > 0 && split == best_split && x == to + 2) {
            to = x;
        }
    }
    if (trace)
        std::fprintf(stderr, "columns: gutter %d-%d, %d lines split, y %d-%d\n", from, to,
                     best_split, best.top, best.bottom);
    if (best_split == 0) return std::nullopt;
    return ColumnGutter{from, to, best.top, best.bottom, best.split};
}

int split_at_gutter(PageText& page, const ColumnGutter& g) {
    const int x = (g.x0 + g.x1) / 2;
    std::vector<OcrLine> out;
    out.reserve(page.lines.size() + 16);
    int n = 0;
    for (size_t i = 0; i < page.lines.size(); ++i) {
        const OcrLine& l = page.lines[i];
        const auto& ws = l.words;
        if (l.y + l.h < g.top || l.y > g.bottom || side_of(ws, x) != Side::both) {
            out.push_back(l);
            continue;
        }
        std::vector<OcrLine> parts;
        for (const bool left : {true, false}) {
            OcrLine part = l;
            part.words.clear();
            std::string text;
            int x0 = page.width, x1 = 0;
            for (const auto& w : ws) {
                if ((w.x1 < x) != left) continue;
                if (!text.empty() && w.space_before) text += ' ';
                text += w.text;
                x0 = std::min(x0, w.x0);
                x1 = std::max(x1, w.x1);
            }
            part.text = normalize_ocr_text(text);
            if (part.text.empty()) continue;
            part.x = x0;
            // The row's height, top and confidence stay the line's: the second passes judge a
            // line by it (a junk part of the menu's would make its rows a band read again).
            part.w = x1 - x0;

            parts.push_back(std::move(part));
        }
        // Only a menu's or rail's entry is split off: Chinese words, not a metadata table's
        // label cell nor its row's 索引号 value (000014349/2020-00631).
        if (parts.size() == 2 && (field_label(parts[0].text) || han_count(parts[0].text) < 2)) {
            out.push_back(l);
            continue;
        }
        for (auto& p : parts) out.push_back(std::move(p));
        ++n;
    }
    if (n == 0) return 0;
    page.lines = std::move(out);
    std::string text;
    for (const auto& l : page.lines) {
        if (!text.empty()) text += '\n';
        text += l.text;
    }
    page.text = std::move(text);
    return n;
}

}  // namespace dossier
