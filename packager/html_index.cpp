#include "packager/html_index.hpp"

#include <fmt/format.h>

#include "model/encoding.hpp"
#include "model/text.hpp"
#include "packager/svg_chart.hpp"

namespace dossier {

std::string html_escape(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '\'':
                out += "&#39;";
                break;
            default:
                out += c;
        }
    }
    return encoding::is_valid_utf8(out) ? out : encoding::escape_invalid_utf8(out);
}

namespace {

std::string points_text(double p) {
    return fmt::format("{:g}", p);
}

constexpr const char* kStyle =
    R"(body{font-family:"Microsoft YaHei","WenQuanYi Micro Hei","PingFang SC",sans-serif;margin:24px;color:#222}
h1{font-size:22px;margin:0 0 8px}.meta{color:#555;margin:4px 0 16px}
table.totals{border-collapse:collapse;margin-bottom:16px}table.totals td,table.totals th{border:1px solid #ccc;padding:4px 10px;text-align:left}
ul{list-style:none;padding-left:20px;margin:2px 0}li{margin:3px 0}.node>.head{font-weight:bold}
.lvl3>.head,.lvl2>.head{font-weight:normal}.pts{color:#555}.st{display:inline-block;padding:0 6px;border-radius:3px;font-size:12px;margin-left:6px}
.covered{background:#d4f4d4}.weak{background:#fff1b8}.missing{background:#ffd6d6}.late{background:#ffd8b0}.review{background:#e0e0ff}.check{background:#e8e8e8}
.reason{color:#a33;font-size:12px;margin-left:8px}.file{font-size:13px}.file .info{color:#666;margin-left:8px}.sec{color:#888})";

// One file of the tree or the review list: a link when it is in this part, else its part number;
// then unit and date (no confidence: the index goes to the assessors). Empty for a file that is not
// packaged.
std::string file_item(const PackageView& view, int f, bool secondary) {
    const auto& rec = view.ledger->files[static_cast<size_t>(f)];
    const auto& p = view.path[static_cast<size_t>(f)];
    if (!p) return std::string();
    const std::string name = html_escape(text::base_name(*p));
    std::string link = view.in_this_part(static_cast<size_t>(f))
                           ? fmt::format("<a href=\"{}\">{}</a>", url_path(*p), name)
                           : fmt::format("{} <span class=\"sec\">（见第 {} 卷）</span>", name,
                                         view.part_of[static_cast<size_t>(f)]);
    return fmt::format(
        "<li class=\"file\">{}{}<span class=\"info\">{} · {}</span></li>\n",
        secondary ? "<span class=\"sec\">（兼）</span>" : "", link, html_escape(unit_label(rec)),
        rec.analysis.date.published ? rec.analysis.date.published->iso() : std::string("日期不详"));
}

// The head line of a catalog node: id, name, points, status (no points at risk: the index goes
// to the assessors).
std::string node_head(const Indicator& ind, const Verdict* v) {
    const Status st = v ? v->status : Status::missing;
    return fmt::format(
               "<li class=\"node lvl{}\"><div class=\"head\">{} {} <span class=\"pts\">（{} "
               "分）</span>"
               "<span class=\"st {}\">{}</span>",
               ind.level, html_escape(ind.id), html_escape(ind.name), points_text(ind.points),
               to_string(st), label_zh(st)) +
           "</div>\n";
}

// A verdict's reasons, and for a leaf its files (primary, then secondary).
std::string node_evidence(const PackageView& view, const Indicator& ind, const Verdict& v) {
    std::string out;
    for (const auto& r : assessor_reasons(v))
        out += "<div class=\"reason\">" + html_escape(r) + "</div>\n";
    if (!ind.leaf() || (v.files.empty() && v.secondary_files.empty())) return out;
    const size_t n = view.ledger->files.size();
    out += "<ul>\n";
    for (int f : v.files)
        if (f >= 0 && static_cast<size_t>(f) < n) out += file_item(view, f, false);
    for (int f : v.secondary_files)
        if (f >= 0 && static_cast<size_t>(f) < n) out += file_item(view, f, true);
    return out + "</ul>\n";
}

// Catalog node `i` and its subtree, appended to `out`.
void append_node(const PackageView& view, int i, std::string& out) {
    const Indicator& ind = view.catalog->indicators[static_cast<size_t>(i)];
    const Verdict* v = view.verdict(ind.id);
    out += node_head(ind, v);
    if (v) out += node_evidence(view, ind, *v);
    if (!ind.children.empty()) {
        out += "<ul>\n";
        for (int c : ind.children) append_node(view, c, out);
        out += "</ul>\n";
    }
    out += "</li>\n";
}

// Every root of the catalog with its subtree.
std::string indicator_tree(const PackageView& view) {
    std::string tree;
    const auto& inds = view.catalog->indicators;
    for (size_t i = 0; i < inds.size(); ++i)
        if (inds[i].parent < 0) append_node(view, static_cast<int>(i), tree);
    return tree;
}

// The files packaged under 00_待确认.
std::string review_list(const PackageView& view) {
    std::string review;
    for (size_t f = 0; f < view.ledger->files.size(); ++f) {
        const auto& p = view.path[f];
        if (p && p->rfind("data/00_", 0) == 0)
            review += file_item(view, static_cast<int>(f), false);
    }
    return review;
}

// Doctype, head with the inline style, the title and the meta line.
std::string page_head(const PackageView& view) {
    const Catalog& cat = *view.catalog;
    std::string html;
    html += "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n";
    html += "<title>" + html_escape(cat.title) + " — 材料目录</title>\n<style>\n" + kStyle +
            "\n</style>\n</head>\n<body>\n";
    html += "<h1>" + html_escape(cat.title) + "</h1>\n";
    html += fmt::format("<p class=\"meta\">单位：{} · 统计日期：{} · 报送截止：{}{}</p>\n",
                        html_escape(package_unit_label(*view.assessment)),
                        view.assessment->as_of.iso(), deadline_label(cat),
                        view.parts > 1 ? fmt::format(" · 第 {} 卷，共 {} 卷", view.part, view.parts)
                                       : std::string());
    return html;
}

// The totals table: total points, indicators by status, files.
std::string totals_table(const PackageView& view) {
    const IndexTotals t = index_totals(view);
    const int* n = t.by_status;
    std::string html = "<table class=\"totals\">\n";
    html += fmt::format(
        "<tr><th>总分</th><td>{}</td><th>指标数</th><td>{}</td><th>报送截止</th><td>{}</td></tr>\n",
        points_text(view.catalog->total_points), n[0] + n[1] + n[2] + n[3] + n[4] + n[5],
        deadline_label(*view.catalog));
    html += fmt::format(
        "<tr><th>已覆盖</th><td>{}</td><th>证据不足</th><td>{}</td><th>缺失</th><td>{}</td></tr>\n",
        n[0], n[1], n[2]);
    html += fmt::format(
        "<tr><th>逾期</th><td>{}</td><th>待确认</th><td>{}</td><th>另需核实</th><td>{}</td></tr>\n",
        n[3], n[4], n[5]);
    html += fmt::format(
        "<tr><th>已打包文件</th><td>{}</td><th>本卷文件</th><td>{}</td><th>未打包</th><td>{}</td></"
        "tr>\n",
        t.packaged, t.here, t.not_packaged);
    return html + "</table>\n";
}

}  // namespace

std::string url_path(std::string_view path) {
    std::string out;
    for (unsigned char c : path) {
        if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~' || c == '/')
            out += static_cast<char>(c);
        else
            out += fmt::format("%{:02X}", c);
    }
    return out;
}

std::string index_html(const PackageView& view) {
    const std::string tree = indicator_tree(view);
    const std::string review = review_list(view);
    std::string html = page_head(view) + totals_table(view);
    // Coverage by status only: no confidence or risk figures go to the assessors.
    // Inline in HTML an <svg> needs no xmlns: the index names no URL at all (offline document).
    std::string chart = coverage_chart(coverage_rows(chart_input(*view.catalog, *view.assessment)));
    const std::string ns = " xmlns=\"http://www.w3.org/2000/svg\"";
    if (const size_t at = chart.find(ns); at != std::string::npos) chart.erase(at, ns.size());
    html += "<div class=\"chart\">\n" + chart + "</div>\n";
    html += "<ul class=\"tree\">\n" + tree + "</ul>\n";
    if (!review.empty()) html += "<h2>待确认的文件</h2>\n<ul>\n" + review + "</ul>\n";
    html += "</body>\n</html>\n";
    return html;
}

}  // namespace dossier
