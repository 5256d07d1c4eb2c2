#include "analysis/analyse.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "analysis/crumbs.hpp"
#include "analysis/normalize.hpp"
#include "analysis/sensitive.hpp"
#include "analysis/title.hpp"

namespace dossier {

Analyser::Analyser(const Catalog& catalog) : keywords_(catalog) {}

Analysis Analyser::run(const ExtractResult& x, std::string_view source, Date as_of,
                       const Deadline& deadline) const {
    Analysis a;
    std::vector<NormalizedText> pages;
    pages.reserve(x.pages.size());
    for (const auto& p : x.pages) {
        deadline.check();
        pages.push_back(normalize_with_map(p.text));
    }

    deadline.check();
    const TitleGuess title = guess_title(x, pages);
    a.title = title.text;

    // Archive members: the name after the last "!/" level, then after the last '/'.
    std::string_view inner = source;
    if (const auto bang = inner.rfind("!/"); bang != std::string_view::npos)
        inner.remove_prefix(bang + 2);
    a.date = find_publication_date(x, pages, title, inner, as_of, deadline);
    deadline.check();

    // On a web page, the site's own banner, menu and breadcrumb stand above the title — the same
    // on every page of the portal (政府信息公开平台, 法定主动公开内容): not this page's evidence.
    // Skipped: everything up to the last navigation line before the title.
    // A home page (当前位置：首页 and nothing after it) is the exception: there the banner is the
    // page's own identity (the platform's home page proves the platform), and what stands below it
    // is a list of other pages' titles.
    size_t page0_from = 0;
    const Crumbs crumbs = pages.empty() ? Crumbs{} : find_crumb_line(pages[0].text);
    const bool home_page = x.kind == EvidenceKind::screenshot && is_home_page(crumbs.crumbs);
    if (x.kind == EvidenceKind::screenshot && title.page == 0 && title.line > 0 && !home_page) {
        const auto lines = split_lines(pages[0].text, static_cast<size_t>(title.line));
        for (int i = std::min<int>(title.line, static_cast<int>(lines.size())) - 1; i >= 0; --i) {
            if (looks_like_nav(lines[static_cast<size_t>(i)])) {
                const std::string_view& l = lines[static_cast<size_t>(i)];
                page0_from = static_cast<size_t>(l.data() - pages[0].text.data()) + l.size();
                break;
            }
        }
    }
    // On a home page the banner and menu stand where an article's title would: they name the page.
    std::string title_text = title.text;
    if (home_page) title_text = pages[0].text.substr(0, crumbs.line_offset);
    a.keywords = keywords_.match(pages, title_text, normalize_text(source), page0_from);
    deadline.check();
    a.sensitive = find_sensitive(pages);
    deadline.check();
    for (const auto& h : a.sensitive) a.warnings.push_back(sensitive_warning(h));
    if (a.date.published && a.date.future)
        a.warnings.push_back(fmt::format("发布日期 {} 晚于核查日期 {}：请核实日期是否识别有误",
                                         a.date.published->iso(), as_of.iso()));
    return a;
}

}  // namespace dossier
