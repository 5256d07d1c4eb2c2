// `dossier catalog [--catalog FILE] [--json]`: validates a catalog and prints its indicator tree
// (Chinese text for people, or JSON only on stdout for machines).
#include <cmath>
#include <iostream>

#include <fmt/core.h>
#include <fmt/ranges.h>
#include <nlohmann/json.hpp>

#include "cli/cli.hpp"

namespace dossier {

namespace {

using ojson = nlohmann::ordered_json;

// Whole points as JSON integers (16, not 16.0); halves stay numbers.
ojson points_json(double p) {
    if (std::fabs(p - std::round(p)) < 1e-9) return static_cast<long long>(std::llround(p));
    return p;
}

std::string points_text(double p) {
    return fmt::format("{:g}", p);
}

const char* rule_kind(Rule::Kind k) {
    switch (k) {
        case Rule::Kind::due_date:
            return "due_date";
        case Rule::Kind::workday_window:
            return "workday_window";
        case Rule::Kind::freshness:
            return "freshness";
    }
    return "unknown";
}

const char* evidence_zh(EvidenceKind k) {
    switch (k) {
        case EvidenceKind::document:
            return "文件资料";
        case EvidenceKind::screenshot:
            return "网页截图";
        case EvidenceKind::check:
            return "另需核实";
        case EvidenceKind::unknown:
            break;
    }
    return "未知";
}

ojson indicator_json(const Catalog& cat, int index) {
    const Indicator& ind = cat.indicators[index];
    ojson j;
    j["id"] = ind.id;
    j["name"] = ind.name;
    j["points"] = points_json(ind.points);
    if (ind.points_derived) j["points_derived"] = true;
    j["level"] = ind.level;
    j["path"] = cat.path_of(index);
    if (!ind.content.empty()) j["content"] = ind.content;
    j["method"] = ind.method.empty() ? ojson(nullptr) : ojson(ind.method);
    ojson ev = ojson::array();
    for (auto k : ind.evidence) ev.push_back(to_string(k));
    j["evidence"] = ev;
    j["units"] = ind.units;
    j["keywords"] = ind.keywords;
    ojson rules = ojson::array();
    for (const auto& r : ind.rules) {
        ojson rj;
        rj["kind"] = rule_kind(r.kind);
        if (r.date) rj["date"] = r.date->iso();
        if (r.kind == Rule::Kind::workday_window) {
            rj["workdays"] = r.workdays;
            rj["extension"] = r.extension;
            rj["from"] = r.from;
        }
        if (r.kind == Rule::Kind::freshness) rj["days"] = r.days;
        rj["description"] = r.description;
        rules.push_back(rj);
    }
    j["rules"] = rules;
    j["notes"] = ind.notes;
    ojson children = ojson::array();
    for (int c : ind.children) children.push_back(indicator_json(cat, c));
    j["children"] = children;
    return j;
}

ojson catalog_json(const Catalog& cat) {
    ojson j;
    j["id"] = cat.id;
    j["title"] = cat.title;
    j["year"] = cat.year;
    j["total_points"] = points_json(cat.total_points);
    j["source_organization"] = cat.source_organization;
    j["assessment_period"] = {{"start", cat.period_start.iso()}, {"end", cat.period_end.iso()}};
    j["submission_window"] = {{"start", cat.window_start.iso()}, {"end", cat.window_end.iso()}};
    j["file"] = cat.file.string();
    ojson units = ojson::array();
    for (const auto& u : cat.units) {
        ojson uj;
        uj["name"] = u.name;
        uj["aliases"] = u.aliases;
        uj["group"] = u.group;
        if (u.group) {
            uj["members"] = u.members;
            uj["member_suffixes"] = u.member_suffixes;
        }
        uj["groups"] = u.groups;
        units.push_back(uj);
    }
    j["units"] = units;
    ojson inds = ojson::array();
    for (int r : cat.roots()) inds.push_back(indicator_json(cat, r));
    j["indicators"] = inds;
    j["notes"] = cat.notes;
    return j;
}

void print_tree(const Catalog& cat, std::ostream& out) {
    out << fmt::format("{}\n", cat.title);
    out << fmt::format("目录编号：{}    年度：{}    总分：{} 分\n", cat.id, cat.year,
                       points_text(cat.total_points));
    out << fmt::format("考核期间：{} 至 {}    材料报送：{} 至 {}\n", cat.period_start.iso(),
                       cat.period_end.iso(), cat.window_start.iso(), cat.window_end.iso());
    out << fmt::format("目录文件：{}\n\n", cat.file.string());
    int leaves = 0, needs_check = 0;
    for (size_t i = 0; i < cat.indicators.size(); ++i) {
        const Indicator& ind = cat.indicators[i];
        std::string indent(static_cast<size_t>(ind.level - 1) * 4, ' ');
        out << fmt::format("{}{} {}（{} 分{}）\n", indent, ind.id, ind.name,
                           points_text(ind.points), ind.points_derived ? "，原表未标分值" : "");
        if (!ind.leaf()) continue;
        ++leaves;
        std::vector<std::string> kinds;
        for (auto k : ind.evidence) {
            kinds.push_back(evidence_zh(k));
            if (k == EvidenceKind::check) ++needs_check;
        }
        out << fmt::format("{}    考核方式：{}（{}）\n", indent, ind.method,
                           fmt::join(kinds, "、"));
        out << fmt::format("{}    责任单位：{}\n", indent, fmt::join(ind.units, "、"));
        for (const auto& r : ind.rules)
            out << fmt::format("{}    时限要求：{}\n", indent, r.description);
    }
    double sum = 0;
    for (int r : cat.roots()) sum += cat.indicators[r].points;
    out << fmt::format(
        "\n合计：{} 个一级指标，{} 个指标节点，其中 {} 个考核项（末级）；分值合计 {} 分（总分 {} "
        "分）。\n",
        cat.roots().size(), cat.indicators.size(), leaves, points_text(sum),
        points_text(cat.total_points));
    out << fmt::format("其中 {} 项含“核实情况”，由考核组另行核实。目录校验通过。\n", needs_check);
}

}  // namespace

Command make_catalog_command() {
    return {"catalog", "校验考核目录并列出指标树（分值、考核方式、责任单位）",
            [](CLI::App& sub, CommonOptions& common) -> std::function<int()> {
                add_common_options(sub, common);
                return [&common] {
                    Catalog cat = common.load_catalog();  // throws Fatal(kInput) with file:line
                    if (common.json) {
                        std::cout << catalog_json(cat).dump(2) << "\n";
                    } else {
                        print_tree(cat, std::cout);
                    }
                    return static_cast<int>(kOk);
                };
            }};
}

}  // namespace dossier
