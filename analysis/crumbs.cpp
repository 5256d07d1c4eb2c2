// Breadcrumb lines: find the marker, split at the separators, keep the column names.
#include "analysis/crumbs.hpp"

#include <array>

#include "analysis/title.hpp"

namespace dossier {

namespace {

constexpr std::array<std::string_view, 7> kMarkers = {"当前位置", "您的位置", "你的位置", "所在位置",
                                                      "现在位置", "当前栏目", "当前位"};  // the last: OCR misread 置
constexpr std::array<std::string_view, 9> kSeparators = {">", "＞", "»", "›", "〉", "/",
                                                         "→", "＞＞", ">>"};
constexpr std::array<std::string_view, 6> kPageOnly = {"正文", "详情", "内容", "正文内容",
                                                       "文章详情", "详细信息"};

std::string_view trim(std::string_view s) {
    auto space = [](std::string_view t, bool front) {
        if (t.empty()) return size_t{0};
        if (front ? (t.front() == ' ' || t.front() == '\t') : (t.back() == ' ' || t.back() == '\t'))
            return size_t{1};
        if (front ? t.starts_with("　") : t.ends_with("　")) return size_t{3};
        return size_t{0};
    };
    for (size_t n; (n = space(s, true));) s.remove_prefix(n);
    for (size_t n; (n = space(s, false));) s.remove_suffix(n);
    return s;
}

// The position and length of the first separator in `s` at or after `from`, or npos.
std::pair<size_t, size_t> next_separator(std::string_view s, size_t from) {
    size_t best = std::string_view::npos, len = 0;
    for (auto sep : kSeparators) {
        size_t p = s.find(sep, from);
        if (p < best || (p == best && sep.size() > len)) best = p, len = sep.size();
    }
    return {best, len};
}

// Splits the part after the marker into crumbs.
std::vector<std::string> split(std::string_view rest) {
    std::vector<std::string> out;
    size_t start = 0;
    while (start <= rest.size()) {
        auto [p, len] = next_separator(rest, start);
        std::string_view crumb = trim(rest.substr(start, p == std::string_view::npos ? rest.npos
                                                                                       : p - start));
        if (!crumb.empty()) {
            if (count_cjk(crumb) > 20 || crumb.size() > 72) break;
            out.emplace_back(crumb);
        }
        if (p == std::string_view::npos) break;
        start = p + len;
    }
    while (!out.empty()) {
        bool page_only = false;
        for (auto w : kPageOnly) page_only |= out.back() == w;
        if (!page_only) break;
        out.pop_back();
    }
    return out;
}

// The text after a breadcrumb marker (and its colon) in `line`, or npos when there is none.
size_t after_marker(std::string_view line) {
    for (auto m : kMarkers) {
        size_t p = line.find(m);
        if (p == std::string_view::npos) continue;
        p += m.size();
        if (m == "当前位" && p + 3 <= line.size() && !line.substr(p).starts_with("：") &&
            static_cast<unsigned char>(line[p]) >= 0xE0)
            p += 3;  // 当前位? — one noisy character for 置
        std::string_view rest = trim(line.substr(p));
        size_t skip = line.size() - rest.size();
        if (rest.starts_with("：")) return skip + 3;
        if (rest.starts_with(":")) return skip + 1;
        return skip;
    }
    return std::string_view::npos;
}

}  // namespace

Crumbs find_crumb_line(std::string_view text) {
    for (std::string_view line : split_lines(text, 400)) {
        size_t p = after_marker(line);
        std::string_view rest;
        if (p != std::string_view::npos) {
            rest = line.substr(p);
        } else {
            std::string_view t = trim(line);
            if (!t.starts_with("首页")) continue;
            auto [sep, len] = next_separator(t, 0);
            if (sep == std::string_view::npos || trim(t.substr(6, sep - 6)).size() > 0) continue;
            rest = t;
        }
        auto crumbs = split(rest);
        if (crumbs.size() >= 2 || (p != std::string_view::npos && !crumbs.empty()))
            return {std::move(crumbs), static_cast<size_t>(line.data() - text.data())};
    }
    return {};
}

std::vector<std::string> find_crumbs(std::string_view text) {
    return find_crumb_line(text).crumbs;
}

bool is_home_page(const std::vector<std::string>& crumbs) {
    return crumbs.size() == 1 && (crumbs[0] == "首页" || crumbs[0] == "网站首页");
}

std::vector<std::string> evidence_crumbs(const std::vector<std::string>& crumbs) {
    std::vector<std::string> out;
    for (size_t i = crumbs.size() > 2 ? crumbs.size() - 2 : 0; i < crumbs.size(); ++i) {
        if (i == 0 && crumbs.size() > 1) continue;  // the root (首页, 网站首页) is never evidence
        if (crumbs[i] == "首页" || crumbs[i] == "网站首页") continue;
        out.push_back(crumbs[i]);
    }
    return out;
}

}  // namespace dossier
