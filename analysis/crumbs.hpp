// Breadcrumbs: the "当前位置：首页 > 政府信息公开 > 政策解读" line of a saved or photographed portal
// page — the publisher's own column for the page. Only that line is read (the site menu is noise).
// Pure function; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace dossier {

// The crumbs of the first breadcrumb line in `text`, top first ("首页", "政府信息公开", "政策解读"),
// or empty. A breadcrumb line starts with 当前位置/您的位置/你的位置/所在位置 (a colon optional,
// OCR noise tolerated) or with 首页 followed by a separator; separators are > ＞ » › 〉 / and →.
// Trailing crumbs that only name the page itself (正文, 详情, 内容) are dropped; a crumb longer than
// 20 characters (the article's title glued on by OCR) ends the list.
std::vector<std::string> find_crumbs(std::string_view text);

// The same, with where its line starts in `text` (npos when there is none).
struct Crumbs {
    std::vector<std::string> crumbs;
    size_t line_offset = std::string_view::npos;
};
Crumbs find_crumb_line(std::string_view text);

// True when the crumbs say the page is a site's home page (当前位置：首页, nothing after it).
bool is_home_page(const std::vector<std::string>& crumbs);

// The last one or two crumbs, which carry the column ("首页" and a lone root are never evidence).
std::vector<std::string> evidence_crumbs(const std::vector<std::string>& crumbs);

}  // namespace dossier
