// SVG charts: see svg_chart.hpp. Every coordinate is an integer computed from counts, so the
// same input gives the same bytes on every machine.
#include "packager/svg_chart.hpp"

#include "packager/html_index.hpp"

#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "model/encoding.hpp"
#include "model/text.hpp"

namespace dossier {

namespace {

constexpr const char* kFont =
    "Microsoft YaHei, PingFang SC, Noto Sans CJK SC, WenQuanYi Micro Hei, sans-serif";

// Stacking order of the coverage bars (the brief's: covered / weak / late / review / missing /
// check) and each status's colour.
constexpr Status kOrder[] = {Status::covered, Status::weak,    Status::late,
                             Status::review,  Status::missing, Status::check};
const char* colour(Status s) {
    switch (s) {
        case Status::covered:
            return "#2e7d32";
        case Status::weak:
            return "#e0a800";
        case Status::late:
            return "#e0782f";
        case Status::review:
            return "#6f7fd6";
        case Status::missing:
            return "#c62828";
        case Status::check:
            return "#9aa5b1";
    }
    return "#9aa5b1";
}

// The length of the UTF-8 sequence starting with byte `c` (1 for a stray byte).
size_t utf8_len(unsigned char c) {
    if (c >= 0xF0 && c < 0xF8) return 4;
    if (c >= 0xE0) return 3;
    if (c >= 0xC0) return 2;
    return 1;
}

// `s` cut to at most `cols` display columns, with "…" when cut.
std::string clip(const std::string& s, int cols) {
    if (text::display_columns(s) <= cols) return s;
    std::string out;
    int used = 0;
    for (size_t i = 0; i < s.size();) {
        const size_t n = std::min(utf8_len(static_cast<unsigned char>(s[i])), s.size() - i);
        const std::string piece = s.substr(i, n);
        const int w = text::display_columns(piece);
        if (used + w > cols - 2) break;
        out += piece;
        used += w;
        i += n;
    }
    return out + "…";
}

// Integer position of `part` of `whole` over `width` pixels (rounded half up).
int scaled(int part, int whole, int width) {
    if (whole <= 0) return 0;
    return static_cast<int>((2LL * width * part + whole) / (2LL * whole));
}

std::string svg_open(int width, int height, const std::string& label) {
    return fmt::format(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{0}\" height=\"{1}\" viewBox=\"0 0 {0} "
        "{1}\" role=\"img\" aria-label=\"{2}\" font-family=\"{3}\" font-size=\"13\">\n"
        "<title>{2}</title>\n",
        width, height, xml_escape(label), kFont);
}

// The legend row: a swatch and label per status, from (x, y).
std::string legend(int x, int y, const std::vector<std::pair<std::string, std::string>>& items) {
    std::string out;
    for (const auto& [fill, label] : items) {
        out += fmt::format(
            "<rect x=\"{}\" y=\"{}\" width=\"12\" height=\"12\" fill=\"{}\"/>"
            "<text x=\"{}\" y=\"{}\" fill=\"#333\">{}</text>\n",
            x, y, fill, x + 16, y + 11, xml_escape(label));
        x += 16 + text::display_columns(label) * 7 + 18;
    }
    return out;
}

bool counts_leaf(const ChartInput& in, size_t i) {
    const Indicator& ind = in.catalog->indicators[i];
    if (!ind.leaf()) return false;
    if (!in.unit) return true;
    const auto& us = in.units[i];
    return std::any_of(us.begin(), us.end(), [&](const UnitShare& s) { return s.unit == *in.unit; }) ||
           std::find(ind.units.begin(), ind.units.end(), *in.unit) != ind.units.end();
}

}  // namespace

std::string xml_escape(std::string_view s) {
    std::string kept;  // XML 1.0 has no place for control characters, even escaped
    kept.reserve(s.size());
    for (char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if ((u >= 0x20 || c == '\t' || c == '\n') && u != 0x7F) kept += c;
    }
    return html_escape(kept);
}

ChartInput chart_input(const Catalog& catalog, const Assessment& a) {
    ChartInput in;
    in.catalog = &catalog;
    in.unit = a.unit;
    for (size_t i = 0; i < catalog.indicators.size(); ++i) {
        const Verdict* v = i < a.verdicts.size() ? &a.verdicts[i] : nullptr;
        in.status.push_back(v ? v->status : Status::missing);
        in.units.push_back(v ? v->units : std::vector<UnitShare>{});
    }
    return in;
}

int StatusRow::total() const {
    int n = 0;
    for (int c : counts) n += c;
    return n;
}

std::vector<StatusRow> coverage_rows(const ChartInput& in) {
    std::vector<StatusRow> rows;
    const auto& inds = in.catalog->indicators;
    std::vector<int> root_of(inds.size(), -1);
    for (size_t i = 0; i < inds.size(); ++i) {
        root_of[i] = inds[i].parent < 0 ? static_cast<int>(i) : root_of[static_cast<size_t>(inds[i].parent)];
        if (inds[i].parent < 0) rows.push_back({inds[i].id, inds[i].name, {}});
    }
    std::map<int, size_t> row_of;
    for (size_t i = 0, r = 0; i < inds.size(); ++i)
        if (inds[i].parent < 0) row_of[static_cast<int>(i)] = r++;
    for (size_t i = 0; i < inds.size(); ++i) {
        if (!counts_leaf(in, i)) continue;
        const Status s = i < in.status.size() ? in.status[i] : Status::missing;
        rows[row_of[root_of[i]]].counts[static_cast<size_t>(s)]++;
    }
    return rows;
}

std::string coverage_chart(const std::vector<StatusRow>& rows) {
    constexpr int kLabel = 230, kBar = 440, kRow = 26, kTop = 34;
    const int width = kLabel + kBar + 90;
    const int height = kTop + kRow * static_cast<int>(rows.size()) + 8;
    std::string out = svg_open(width, height, "各一级指标的完成情况（按指标数）");
    std::vector<std::pair<std::string, std::string>> items;
    for (Status s : kOrder) items.emplace_back(colour(s), label_zh(s));
    out += legend(0, 4, items);
    int y = kTop;
    for (const StatusRow& r : rows) {
        const int total = r.total();
        out += fmt::format("<text x=\"0\" y=\"{}\" fill=\"#222\">{}</text>\n", y + 15,
                           xml_escape(clip(r.id + " " + r.label, 32)));
        out += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"18\" fill=\"#eef0f2\"/>\n",
                           kLabel, y + 2, kBar);
        int cum = 0;
        for (Status s : kOrder) {
            const int n = r.counts[static_cast<size_t>(s)];
            if (n == 0) continue;
            const int x0 = scaled(cum, total, kBar), x1 = scaled(cum + n, total, kBar);
            cum += n;
            out += fmt::format(
                "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"18\" fill=\"{}\"><title>{}：{} {} "
                "项</title></rect>\n",
                kLabel + x0, y + 2, x1 - x0, colour(s), xml_escape(r.id + " " + r.label),
                label_zh(s), n);
        }
        out += fmt::format("<text x=\"{}\" y=\"{}\" fill=\"#333\">{} / {}</text>\n",
                           kLabel + kBar + 8, y + 15, r.counts[0], total);
        y += kRow;
    }
    return out + "</svg>\n";
}

std::vector<UnitProgress> unit_progress(const ChartInput& in) {
    std::vector<UnitProgress> out;
    std::map<std::string, size_t> at;
    for (size_t i = 0; i < in.catalog->indicators.size() && i < in.units.size(); ++i) {
        if (!in.catalog->indicators[i].leaf()) continue;
        const Status s = in.status[i];
        for (const UnitShare& u : in.units[i]) {
            if (in.unit && u.unit != *in.unit) continue;
            auto [it, fresh] = at.emplace(u.unit, out.size());
            if (fresh) out.push_back({u.unit, 0, 0, 0});
            UnitProgress& p = out[it->second];
            ++p.total;
            if (s == Status::covered || s == Status::check) ++p.covered;
            else if (u.has_evidence) ++p.evidence;
        }
    }
    std::sort(out.begin(), out.end(), [](const UnitProgress& a, const UnitProgress& b) {
        // a.covered / a.total < b.covered / b.total, without division
        const long long l = 1LL * a.covered * b.total, r = 1LL * b.covered * a.total;
        if (l != r) return l < r;
        return a.unit < b.unit;
    });
    return out;
}

std::string completion_chart(const std::vector<UnitProgress>& units) {
    constexpr int kLabel = 170, kBar = 400, kRow = 22, kTop = 34;
    const int width = kLabel + kBar + 130;
    const int height = kTop + kRow * static_cast<int>(units.size()) + 8;
    std::string out = svg_open(width, height, "各单位完成情况（负责的指标）");
    out += legend(0, 4, {{colour(Status::covered), "已达标"},
                         {colour(Status::weak), "已交材料、未达标"},
                         {colour(Status::missing), "尚未交材料"}});
    int y = kTop;
    for (const UnitProgress& u : units) {
        const int missing = u.total - u.covered - u.evidence;
        out += fmt::format("<text x=\"0\" y=\"{}\" fill=\"#222\">{}</text>\n", y + 14,
                           xml_escape(clip(u.unit, 24)));
        const int a = scaled(u.covered, u.total, kBar);
        const int b = scaled(u.covered + u.evidence, u.total, kBar);
        const std::string name = xml_escape(u.unit);
        if (a > 0)
            out += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"16\" fill=\"{}\"><title>{}：已达标 {} 项</title></rect>\n",
                               kLabel, y + 2, a, colour(Status::covered), name, u.covered);
        if (b > a)
            out += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"16\" fill=\"{}\"><title>{}：已交材料、未达标 {} 项</title></rect>\n",
                               kLabel + a, y + 2, b - a, colour(Status::weak), name, u.evidence);
        if (kBar > b)
            out += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"16\" fill=\"{}\"><title>{}：尚未交材料 {} 项</title></rect>\n",
                               kLabel + b, y + 2, kBar - b, colour(Status::missing), name, missing);
        out += fmt::format("<text x=\"{}\" y=\"{}\" fill=\"#333\">已达标 {} / {}</text>\n",
                           kLabel + kBar + 8, y + 14, u.covered, u.total);
        y += kRow;
    }
    return out + "</svg>\n";
}

std::string matrix_chart(const ChartInput& in, const CellLink& link) {
    const auto& inds = in.catalog->indicators;
    std::vector<size_t> cols;
    for (size_t i = 0; i < inds.size() && i < in.units.size(); ++i)
        if (inds[i].leaf() && !in.units[i].empty()) cols.push_back(i);
    const std::vector<UnitProgress> rows = unit_progress(in);
    constexpr int kLabel = 170, kCell = 18, kTop = 90;
    const int width = kLabel + kCell * static_cast<int>(cols.size()) + 10;
    const int height = kTop + kCell * static_cast<int>(rows.size()) + 30;
    std::string out = svg_open(std::max(width, 560), height, "单位 × 指标：各单位负责的指标及状态");
    std::vector<std::pair<std::string, std::string>> items;
    for (Status s : kOrder) items.emplace_back(colour(s), label_zh(s));
    out += legend(0, height - 16, items);
    for (size_t c = 0; c < cols.size(); ++c) {
        const int x = kLabel + kCell * static_cast<int>(c) + 12;
        out += fmt::format(
            "<text x=\"{0}\" y=\"{1}\" transform=\"rotate(-60 {0} {1})\" font-size=\"11\" "
            "fill=\"#333\">{2}<title>{3}</title></text>\n",
            x, kTop - 4, xml_escape(inds[cols[c]].id),
            xml_escape(inds[cols[c]].id + " " + inds[cols[c]].name));
    }
    for (size_t r = 0; r < rows.size(); ++r) {
        const int y = kTop + kCell * static_cast<int>(r);
        out += fmt::format("<text x=\"0\" y=\"{}\" fill=\"#222\">{}</text>\n", y + 13,
                           xml_escape(clip(rows[r].unit, 24)));
        for (size_t c = 0; c < cols.size(); ++c) {
            const size_t i = cols[c];
            auto share = std::find_if(in.units[i].begin(), in.units[i].end(),
                                      [&](const UnitShare& s) { return s.unit == rows[r].unit; });
            if (share == in.units[i].end()) continue;
            const Status s = in.status[i];
            const int x = kLabel + kCell * static_cast<int>(c);
            const std::string href = link ? link(rows[r].unit, inds[i].id) : std::string();
            std::string cell = fmt::format(
                "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\"/>", x + 1, y + 1,
                kCell - 2, kCell - 2, colour(s));
            // Missing is red already; 另需核实 needs no evidence from the inbox.
            const bool own_empty =
                !share->has_evidence && s != Status::missing && s != Status::check;
            if (own_empty)
                cell += fmt::format("<circle cx=\"{}\" cy=\"{}\" r=\"3\" fill=\"#fff\"/>",
                                    x + kCell / 2, y + kCell / 2);
            cell += fmt::format("<title>{} · {} {}：{}{}</title>", xml_escape(rows[r].unit),
                                xml_escape(inds[i].id), xml_escape(inds[i].name), label_zh(s),
                                own_empty ? "（本单位尚未交材料）" : "");
            out += href.empty() ? "<g>" + cell + "</g>\n"
                                : "<a href=\"" + xml_escape(href) + "\">" + cell + "</a>\n";
        }
    }
    return out + "</svg>\n";
}

}  // namespace dossier
