#include "packager/html_index.hpp"

#include <fmt/format.h>

#include "model/encoding.hpp"

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

std::string base_name(const std::string& path) {
    return path.substr(path.rfind('/') + 1);
}

constexpr const char* kStyle =
    R"(body{font-family:"Microsoft YaHei","WenQuanYi Micro Hei","PingFang SC",sans-serif;margin:24px;color:#222}
h1{font-size:22px;margin:0 0 8px}.meta{color:#555;margin:4px 0 16px}
table.totals{border-collapse:collapse;margin-bottom:16px}table.totals td,table.totals th{border:1px solid #ccc;padding:4px 10px;text-align:left}
ul{list-style:none;padding-left:20px;margin:2px 0}li{margin:3px 0}.node>.head{font-weight:bold}
.lvl3>.head,.lvl2>.head{font-weight:normal}.pts{color:#555}.st{display:inline-block;padding:0 6px;border-radius:3px;font-size:12px;margin-left:6px}
.covered{background:#d4f4d4}.weak{background:#fff1b8}.missing{background:#ffd6d6}.late{background:#ffd8b0}.review{background:#e0e0ff}.check{background:#e8e8e8}
.reason{color:#a33;font-size:12px;margin-left:8px}.file{font-size:13px}.file .info{color:#666;margin-left:8px}.sec{color:#888})";

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
    const Catalog& cat = *view.catalog;
    const Assessment& as = *view.assessment;
    const Ledger& ledger = *view.ledger;

    auto file_item = [&](int f, bool secondary) {
        const auto& rec = ledger.files[static_cast<size_t>(f)];
        const auto& p = view.path[static_cast<size_t>(f)];
        if (!p) return std::string();
        std::string link =
            view.in_this_part(static_cast<size_t>(f))
                ? fmt::format("<a href=\"{}\">{}</a>", url_path(*p), html_escape(base_name(*p)))
                : fmt::format("{} <span class=\"sec\">（见第 {} 卷）</span>",
                              html_escape(base_name(*p)), view.part_of[static_cast<size_t>(f)]);
        return fmt::format(
            "<li class=\"file\">{}{}<span class=\"info\">{} · {} · 置信度 {:.2f}</span></li>\n",
            secondary ? "<span class=\"sec\">（兼）</span>" : "", link,
            html_escape(rec.unit.value_or("未知单位")),
            rec.analysis.date.published ? rec.analysis.date.published->iso()
                                        : std::string("日期不详"),
            rec.cls.confidence);
    };

    std::string tree;
    auto node = [&](auto&& self, int i) -> void {
        const Indicator& ind = cat.indicators[static_cast<size_t>(i)];
        const Verdict* v = view.verdict(ind.id);
        const Status st = v ? v->status : Status::missing;
        tree += fmt::format(
            "<li class=\"node lvl{}\"><div class=\"head\">{} {} <span class=\"pts\">（{} "
            "分）</span>"
            "<span class=\"st {}\">{}</span>",
            ind.level, html_escape(ind.id), html_escape(ind.name), points_text(ind.points),
            to_string(st), label_zh(st));
        if (v && v->points_at_risk > 0)
            tree += fmt::format("<span class=\"reason\">风险 {} 分</span>",
                                points_text(v->points_at_risk));
        tree += "</div>\n";
        if (v) {
            for (const auto& r : v->reasons)
                tree += "<div class=\"reason\">" + html_escape(r) + "</div>\n";
            if (ind.leaf() && (!v->files.empty() || !v->secondary_files.empty())) {
                tree += "<ul>\n";
                for (int f : v->files)
                    if (f >= 0 && static_cast<size_t>(f) < ledger.files.size())
                        tree += file_item(f, false);
                for (int f : v->secondary_files)
                    if (f >= 0 && static_cast<size_t>(f) < ledger.files.size())
                        tree += file_item(f, true);
                tree += "</ul>\n";
            }
        }
        if (!ind.children.empty()) {
            tree += "<ul>\n";
            for (int c : ind.children) self(self, c);
            tree += "</ul>\n";
        }
        tree += "</li>\n";
    };
    for (size_t i = 0; i < cat.indicators.size(); ++i)
        if (cat.indicators[i].parent < 0) node(node, static_cast<int>(i));

    int counts[6] = {0, 0, 0, 0, 0, 0};
    double at_risk = 0;
    for (const auto& ind : cat.indicators) {
        if (!ind.leaf()) continue;
        const Verdict* v = view.verdict(ind.id);
        ++counts[static_cast<int>(v ? v->status : Status::missing)];
        at_risk += v ? v->points_at_risk : ind.points;
    }
    size_t packaged = 0, here = 0;
    for (size_t f = 0; f < ledger.files.size(); ++f) {
        if (view.path[f]) ++packaged;
        if (view.in_this_part(f)) ++here;
    }

    std::string review;
    for (size_t f = 0; f < ledger.files.size(); ++f) {
        const auto& p = view.path[f];
        if (p && p->rfind("data/00_", 0) == 0) review += file_item(static_cast<int>(f), false);
    }

    std::string html;
    html += "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n";
    html += "<title>" + html_escape(cat.title) + " — 材料目录</title>\n<style>\n" + kStyle +
            "\n</style>\n</head>\n<body>\n";
    html += "<h1>" + html_escape(cat.title) + "</h1>\n";
    html += fmt::format("<p class=\"meta\">单位：{} · 统计日期：{} · 报送截止：{}{}</p>\n",
                        html_escape(as.unit.value_or("全部单位")), as.as_of.iso(),
                        cat.window_end.valid() ? cat.window_end.iso() : std::string("—"),
                        view.parts > 1 ? fmt::format(" · 第 {} 卷，共 {} 卷", view.part, view.parts)
                                       : std::string());
    html += "<table class=\"totals\">\n";
    html += fmt::format(
        "<tr><th>总分</th><td>{}</td><th>已确认</th><td>{}</td><th>风险分值</th><td>{}</td></tr>\n",
        points_text(cat.total_points), points_text(as.points_confirmed), points_text(at_risk));
    html += fmt::format(
        "<tr><th>已覆盖</th><td>{}</td><th>证据不足</th><td>{}</td><th>缺失</th><td>{}</td></tr>\n",
        counts[0], counts[1], counts[2]);
    html += fmt::format(
        "<tr><th>逾期</th><td>{}</td><th>待确认</th><td>{}</td><th>另需核实</th><td>{}</td></tr>\n",
        counts[3], counts[4], counts[5]);
    html += fmt::format(
        "<tr><th>已打包文件</th><td>{}</td><th>本卷文件</th><td>{}</td><th>未打包</th><td>{}</td></"
        "tr>\n",
        packaged, here, ledger.files.size() - packaged + ledger.rejected.size());
    html += "</table>\n<ul class=\"tree\">\n" + tree + "</ul>\n";
    if (!review.empty()) html += "<h2>待确认的文件</h2>\n<ul>\n" + review + "</ul>\n";
    html += "</body>\n</html>\n";
    return html;
}

}  // namespace dossier
