// The catalog loader: YAML (docs/catalog-format.md) → immutable Catalog, rejecting a bad file with
// "file:line: reason". Lines are yaml-cpp marks (0-based) + 1.
#include "model/catalog.hpp"

#include <cmath>
#include <map>
#include <set>

#include <fmt/core.h>
#include <re2/re2.h>
#include <yaml-cpp/yaml.h>

#include "model/genres.hpp"
#include "model/units.hpp"

namespace dossier {

bool Indicator::needs_evidence() const {
    for (EvidenceKind k : evidence)
        if (k != EvidenceKind::check) return true;
    return false;
}

const Indicator* Catalog::find(std::string_view id) const {
    for (const auto& ind : indicators)
        if (ind.id == id) return &ind;
    return nullptr;
}

const char* to_string(GenreLink::Effect e) {
    switch (e) {
        case GenreLink::Effect::prove: return "prove";
        case GenreLink::Effect::boost: return "boost";
        case GenreLink::Effect::penalise: return "penalise";
    }
    return "prove";
}

const Genre* GenreRules::find(std::string_view id) const {
    for (const auto& g : genres)
        if (g.id == id) return &g;
    return nullptr;
}

const Unit* Catalog::find_unit(std::string_view canonical) const {
    for (const auto& u : units)
        if (u.name == canonical) return &u;
    return nullptr;
}

std::vector<int> Catalog::roots() const {
    std::vector<int> out;
    for (size_t i = 0; i < indicators.size(); ++i)
        if (indicators[i].parent < 0) out.push_back(static_cast<int>(i));
    return out;
}

std::vector<int> Catalog::leaves() const {
    std::vector<int> out;
    for (size_t i = 0; i < indicators.size(); ++i)
        if (indicators[i].leaf()) out.push_back(static_cast<int>(i));
    return out;
}

std::vector<std::string> Catalog::path_of(int index) const {
    std::vector<std::string> out;
    for (int i = index; i >= 0 && i < static_cast<int>(indicators.size()); i = indicators[i].parent)
        out.insert(out.begin(), indicators[i].name);
    return out;
}

namespace {

namespace fs = std::filesystem;

const std::set<std::string> kTopKeys = {"id",
                                        "title",
                                        "year",
                                        "total_points",
                                        "source_organization",
                                        "assessment_period",
                                        "submission_window",
                                        "calendars",
                                        "notes",
                                        "units",
                                        "genres",
                                        "indicators"};
const std::set<std::string> kUnitKeys = {
    "name", "aliases", "group", "members", "member_suffixes", "member_prefixes", "all_city_units"};
const std::set<std::string> kIndicatorKeys = {"id",       "name",   "points",   "points_derived",
                                              "content",  "method", "evidence", "units",
                                              "keywords", "rules",  "notes",    "children",
                                              "genres"};
const std::set<std::string> kGenreKeys = {"id", "name", "title", "number", "formulas", "carries"};
const std::set<std::string> kGenreLinkKeys = {"prove", "boost", "penalise"};
const std::set<std::string> kRuleKeys = {"kind", "date", "workdays",   "extension",
                                         "from", "days", "description"};

class Loader {
  public:
    explicit Loader(fs::path file) : file_(std::move(file)) {}

    Catalog run() {
        YAML::Node root;
        try {
            root = YAML::LoadFile(file_.string());
        } catch (const YAML::BadFile&) {
            throw CatalogError(fmt::format("{}: 找不到或无法读取目录文件", file_.string()));
        } catch (const YAML::ParserException& e) {
            fail(e.mark, fmt::format("YAML 语法错误：{}", e.msg));
        }
        if (!root.IsMap()) fail(root, "目录文件应为键值表（id、title、units、indicators 等）");
        check_keys(root, kTopKeys, "目录");

        cat_.file = file_;
        cat_.id = text(root, "id", true);
        cat_.title = text(root, "title", true);
        cat_.year = integer(root, "year");
        cat_.total_points = number(root, "total_points");
        cat_.source_organization = text(root, "source_organization", false);
        std::tie(cat_.period_start, cat_.period_end) = period(root, "assessment_period");
        std::tie(cat_.window_start, cat_.window_end) = period(root, "submission_window");
        cat_.notes = strings(root, "notes");
        load_calendars(root);
        load_units(root);
        load_genres(root);

        const YAML::Node inds = root["indicators"];
        if (!inds || !inds.IsSequence() || inds.size() == 0)
            fail(inds ? inds : root, "缺少指标列表 indicators");
        load_level(inds, -1, "");

        double sum = 0;
        for (int r : cat_.roots()) sum += cat_.indicators[r].points;
        if (!same(sum, cat_.total_points))
            fail(root["total_points"],
                 fmt::format("一级指标分值合计 {} 分，与 total_points {} 分不符", fmt_points(sum),
                             fmt_points(cat_.total_points)));
        return std::move(cat_);
    }

  private:
    [[noreturn]] void fail(const YAML::Mark& mark, const std::string& why) const {
        int line = mark.is_null() ? 1 : mark.line + 1;
        throw CatalogError(fmt::format("{}:{}: {}", file_.string(), line, why));
    }
    [[noreturn]] void fail(const YAML::Node& n, const std::string& why) const {
        fail(n.IsDefined() ? n.Mark() : YAML::Mark::null_mark(), why);
    }

    static bool same(double a, double b) { return std::fabs(a - b) < 1e-6; }
    static std::string fmt_points(double p) { return fmt::format("{:g}", p); }

    void check_keys(const YAML::Node& map, const std::set<std::string>& known,
                    const char* what) const {
        for (const auto& kv : map) {
            const auto key = kv.first.Scalar();
            if (!known.count(key))
                fail(kv.first, fmt::format("{}中有未知字段“{}”（拼写错误？）", what, key));
        }
    }

    std::string text(const YAML::Node& map, const char* key, bool required) const {
        const YAML::Node n = map[key];
        if (!n || n.IsNull()) {
            if (required) fail(map, fmt::format("缺少字段 {}", key));
            return {};
        }
        if (!n.IsScalar()) fail(n, fmt::format("字段 {} 应为文字", key));
        return n.Scalar();
    }

    double number(const YAML::Node& map, const char* key) const {
        const YAML::Node n = map[key];
        if (!n || n.IsNull()) fail(map, fmt::format("缺少字段 {}", key));
        try {
            return n.as<double>();
        } catch (const YAML::Exception&) {
            fail(n,
                 fmt::format("字段 {} 应为数字，实为“{}”", key, n.IsScalar() ? n.Scalar() : "…"));
        }
    }

    int integer(const YAML::Node& map, const char* key) const {
        const YAML::Node n = map[key];
        if (!n || n.IsNull()) fail(map, fmt::format("缺少字段 {}", key));
        try {
            return n.as<int>();
        } catch (const YAML::Exception&) {
            fail(n,
                 fmt::format("字段 {} 应为整数，实为“{}”", key, n.IsScalar() ? n.Scalar() : "…"));
        }
    }

    bool flag(const YAML::Node& map, const char* key) const {
        const YAML::Node n = map[key];
        if (!n || n.IsNull()) return false;
        try {
            return n.as<bool>();
        } catch (const YAML::Exception&) {
            fail(n, fmt::format("字段 {} 应为 true 或 false", key));
        }
    }

    std::vector<std::string> strings(const YAML::Node& map, const char* key) const {
        std::vector<std::string> out;
        const YAML::Node n = map[key];
        if (!n || n.IsNull()) return out;
        if (!n.IsSequence()) fail(n, fmt::format("字段 {} 应为列表", key));
        for (const auto& item : n) {
            if (!item.IsScalar()) fail(item, fmt::format("{} 的每一项应为文字", key));
            out.push_back(item.Scalar());
        }
        return out;
    }

    Date date(const YAML::Node& n, const std::string& what) const {
        if (!n.IsScalar()) fail(n, fmt::format("{}应为日期（YYYY-MM-DD）", what));
        auto d = Date::parse_iso(n.Scalar());
        if (!d) fail(n, fmt::format("{}“{}”不是有效日期（格式应为 YYYY-MM-DD）", what, n.Scalar()));
        return *d;
    }

    std::pair<Date, Date> period(const YAML::Node& root, const char* key) const {
        const YAML::Node n = root[key];
        if (!n || !n.IsMap()) fail(n ? n : root, fmt::format("缺少 {}: {{start, end}}", key));
        if (!n["start"] || !n["end"]) fail(n, fmt::format("{} 需要 start 和 end 两个日期", key));
        Date s = date(n["start"], fmt::format("{}.start ", key));
        Date e = date(n["end"], fmt::format("{}.end ", key));
        if (e < s) fail(n, fmt::format("{} 的结束日期早于开始日期", key));
        return {s, e};
    }

    void load_calendars(const YAML::Node& root) {
        const YAML::Node n = root["calendars"];
        if (!n || n.IsNull()) return;
        if (!n.IsSequence()) fail(n, "calendars 应为日历文件列表");
        for (const auto& item : n) {
            if (!item.IsScalar()) fail(item, "日历文件应写为相对路径");
            fs::path p = file_.parent_path() / item.Scalar();
            std::error_code ec;
            if (!fs::is_regular_file(p, ec))
                fail(item, fmt::format("找不到日历文件 {}", p.string()));
            cat_.calendar.load(p);  // its own errors name the calendar file and line
        }
    }

    void add_name(const std::string& name, int index, const YAML::Node& at) {
        auto [it, inserted] = unit_names_.emplace(name, index);
        if (!inserted && it->second != index)
            fail(at, fmt::format("单位名称或别名“{}”重复（已用于 {}）", name,
                                 cat_.units[it->second].name));
    }

    void load_units(const YAML::Node& root) {
        const YAML::Node n = root["units"];
        if (!n || !n.IsSequence() || n.size() == 0) fail(n ? n : root, "缺少单位列表 units");
        std::vector<YAML::Node> nodes;
        for (const auto& u : n) {
            if (!u.IsMap()) fail(u, "每个单位应为 {name, aliases, ...}");
            check_keys(u, kUnitKeys, "单位");
            Unit unit;
            unit.name = text(u, "name", true);
            unit.aliases = strings(u, "aliases");
            unit.group = flag(u, "group");
            unit.member_suffixes = strings(u, "member_suffixes");
            unit.member_prefixes = strings(u, "member_prefixes");
            if (!unit.member_prefixes.empty() && unit.member_suffixes.empty())
                fail(u["member_prefixes"],
                     fmt::format("分组“{}”有 member_prefixes 而没有 member_suffixes", unit.name));
            if (!unit.group && (u["members"] || u["member_suffixes"] || u["member_prefixes"] ||
                                u["all_city_units"]))
                fail(u, fmt::format("单位“{}”不是分组（group: true），不能有成员", unit.name));
            int index = static_cast<int>(cat_.units.size());
            cat_.units.push_back(std::move(unit));
            add_name(cat_.units.back().name, index, u["name"]);
            for (const auto& a : cat_.units.back().aliases) add_name(a, index, u["aliases"]);
            nodes.push_back(u);
        }
        std::vector<std::string> suffixes;  // of township-like groups (suffix alone decides)
        for (const auto& u : cat_.units)
            if (u.member_prefixes.empty())
                suffixes.insert(suffixes.end(), u.member_suffixes.begin(), u.member_suffixes.end());
        auto township_like = [&](const std::string& name) {
            for (const auto& s : suffixes)
                if (name.size() > s.size() &&
                    name.compare(name.size() - s.size(), s.size(), s) == 0)
                    return true;
            return false;
        };
        for (size_t i = 0; i < cat_.units.size(); ++i) {
            Unit& g = cat_.units[i];
            if (!g.group) continue;
            if (flag(nodes[i], "all_city_units")) {
                for (const auto& u : cat_.units)
                    if (!u.group && !township_like(u.name)) g.members.push_back(u.name);
            }
            for (const auto& m : strings(nodes[i], "members")) {
                auto it = unit_names_.find(m);
                if (it == unit_names_.end())
                    fail(nodes[i]["members"],
                         fmt::format("分组“{}”的成员“{}”不在 units 中", g.name, m));
                g.members.push_back(cat_.units[it->second].name);
            }
            for (const auto& u : cat_.units)  // listed townships join their group by suffix
                if (!u.group && g.member_prefixes.empty() && township_like(u.name))
                    for (const auto& s : g.member_suffixes)
                        if (u.name.size() > s.size() &&
                            u.name.compare(u.name.size() - s.size(), s.size(), s) == 0)
                            g.members.push_back(u.name);
        }
        for (const auto& g : cat_.units) {
            if (!g.group) continue;
            for (const auto& m : g.members) {
                for (auto& u : cat_.units)
                    if (u.name == m &&
                        std::find(u.groups.begin(), u.groups.end(), g.name) == u.groups.end())
                        u.groups.push_back(g.name);
            }
        }
    }

    // Top-level `genres`: each {id, name, title, number, formulas, carries}; patterns must compile.
    void load_genres(const YAML::Node& root) {
        const YAML::Node n = root["genres"];
        if (!n || n.IsNull()) return;
        if (!n.IsSequence()) fail(n, "genres 应为文种列表");
        for (const auto& g : n) {
            if (!g.IsMap()) fail(g, "每个文种应为 {id, title, number, formulas}");
            check_keys(g, kGenreKeys, "文种");
            Genre genre;
            genre.id = text(g, "id", true);
            genre.name = text(g, "name", false);
            genre.line = g.Mark().line + 1;
            if (rules_.find(genre.id)) fail(g["id"], fmt::format("文种“{}”重复", genre.id));
            genre.title = patterns(g, "title");
            genre.number = patterns(g, "number");
            genre.formulas = patterns(g, "formulas");
            genre.carries = patterns(g, "carries");
            for (size_t i = 0; i < genre.carries.size(); ++i)
                if (RE2(genre.carries[i], RE2::Quiet).NumberOfCapturingGroups() != 1)
                    fail(g["carries"][i], fmt::format("文种规则“{}”应恰有一个捕获组（所印发文件的名称）",
                                                      genre.carries[i]));
            if (genre.title.empty() && genre.number.empty() && genre.formulas.empty())
                fail(g, fmt::format("文种“{}”没有任何识别规则（title、number、formulas）", genre.id));
            rules_.genres.push_back(std::move(genre));
        }
    }

    // A list of RE2 patterns; a pattern that does not compile is rejected with its line.
    std::vector<std::string> patterns(const YAML::Node& map, const char* key) const {
        std::vector<std::string> out = strings(map, key);
        for (size_t i = 0; i < out.size(); ++i) {
            RE2 re(out[i], RE2::Quiet);
            if (!re.ok())
                fail(map[key][i], fmt::format("文种规则“{}”不是有效的正则表达式：{}", out[i],
                                              re.error()));
        }
        return out;
    }

    // Indicator `genres`: a list of genre ids (each proves the indicator), or a map
    // {prove: [...], boost: [...], penalise: [...]}. Every id must be a defined genre.
    std::vector<GenreLink> genre_links(const YAML::Node& node) const {
        std::vector<GenreLink> out;
        const YAML::Node n = node["genres"];
        if (!n || n.IsNull()) return out;
        auto add = [&](const YAML::Node& list, const char* key, GenreLink::Effect e) {
            for (const auto& id : strings(list, key)) {
                if (!rules_.find(id))
                    fail(list[key], fmt::format("未定义的文种“{}”（请在顶层 genres 中登记）", id));
                out.push_back({id, e});
            }
        };
        if (n.IsSequence()) {
            add(node, "genres", GenreLink::Effect::prove);
        } else if (n.IsMap()) {
            check_keys(n, kGenreLinkKeys, "指标的 genres ");
            add(n, "prove", GenreLink::Effect::prove);
            add(n, "boost", GenreLink::Effect::boost);
            add(n, "penalise", GenreLink::Effect::penalise);
        } else {
            fail(n, "genres 应为文种列表，或 {prove, boost, penalise}");
        }
        return out;
    }

    static std::vector<EvidenceKind> derive_evidence(const std::string& method) {
        std::vector<EvidenceKind> out;
        if (method.find("查阅资料") != std::string::npos ||
            method.find("资料") != std::string::npos)
            out.push_back(EvidenceKind::document);
        if (method.find("截图") != std::string::npos) out.push_back(EvidenceKind::screenshot);
        if (method.find("核实") != std::string::npos) out.push_back(EvidenceKind::check);
        return out;
    }

    std::vector<EvidenceKind> evidence(const YAML::Node& node, const std::string& method) const {
        auto derived = derive_evidence(method);
        const YAML::Node n = node["evidence"];
        if (!n || n.IsNull()) {
            if (derived.empty())
                fail(node["method"],
                     fmt::format("无法从考核方式“{}”推出证据类型，请写明 evidence", method));
            return derived;
        }
        std::vector<EvidenceKind> given;
        for (const auto& s : strings(node, "evidence")) {
            if (s == "document")
                given.push_back(EvidenceKind::document);
            else if (s == "screenshot")
                given.push_back(EvidenceKind::screenshot);
            else if (s == "check")
                given.push_back(EvidenceKind::check);
            else
                fail(n, fmt::format("未知证据类型“{}”（可用：document、screenshot、check）", s));
        }
        if (given.empty()) fail(n, "evidence 不能为空");
        if (!derived.empty() && std::set<EvidenceKind>(given.begin(), given.end()) !=
                                    std::set<EvidenceKind>(derived.begin(), derived.end()))
            fail(n, fmt::format("evidence 与考核方式“{}”不一致", method));
        return given;
    }

    std::vector<Rule> rules(const YAML::Node& node) const {
        std::vector<Rule> out;
        const YAML::Node n = node["rules"];
        if (!n || n.IsNull()) return out;
        if (!n.IsSequence()) fail(n, "rules 应为列表");
        for (const auto& r : n) {
            if (!r.IsMap()) fail(r, "每条规则应为 {kind, ...}");
            check_keys(r, kRuleKeys, "规则");
            Rule rule;
            std::string kind = text(r, "kind", true);
            rule.description = text(r, "description", false);
            if (kind == "due_date") {
                rule.kind = Rule::Kind::due_date;
                if (!r["date"]) fail(r, "due_date 规则需要 date");
                rule.date = date(r["date"], "截止日期");
            } else if (kind == "workday_window") {
                rule.kind = Rule::Kind::workday_window;
                rule.workdays = integer(r, "workdays");
                if (rule.workdays <= 0) fail(r["workdays"], "workdays 应为正整数");
                if (r["extension"]) rule.extension = integer(r, "extension");
                if (rule.extension < 0) fail(r["extension"], "extension 不能为负数");
                rule.from = text(r, "from", true);
            } else if (kind == "freshness") {
                rule.kind = Rule::Kind::freshness;
                rule.days = integer(r, "days");
                if (rule.days <= 0) fail(r["days"], "days 应为正整数");
            } else {
                fail(r["kind"],
                     fmt::format("未知规则类型“{}”（可用：due_date、workday_window、freshness）",
                                 kind));
            }
            out.push_back(std::move(rule));
        }
        return out;
    }

    std::vector<std::string> indicator_units(const YAML::Node& node) const {
        std::vector<std::string> out;
        const YAML::Node n = node["units"];
        if (!n || n.IsNull()) return out;
        if (!n.IsSequence()) fail(n, "units 应为列表");
        for (const auto& item : n) {
            if (!item.IsScalar()) fail(item, "责任单位应为文字");
            auto it = unit_names_.find(item.Scalar());
            if (it == unit_names_.end()) {
                std::string why = fmt::format("未知责任单位“{}”", item.Scalar());
                auto close = closest_units(cat_, item.Scalar(), 1);
                if (!close.empty()) why += fmt::format("（是否为 {}？）", close.front());
                fail(item, why + "：请在 units 中登记");
            }
            const std::string& canonical = cat_.units[it->second].name;
            if (std::find(out.begin(), out.end(), canonical) == out.end()) out.push_back(canonical);
        }
        return out;
    }

    // Loads one sibling list in table order; returns the sum of the siblings' points.
    double load_level(const YAML::Node& list, int parent, const std::string& prefix) {
        int level = parent < 0 ? 1 : cat_.indicators[parent].level + 1;
        if (level > 3) fail(list, "指标最多三级");
        double sum = 0;
        int position = 0;
        for (const auto& node : list) {
            ++position;
            if (!node.IsMap()) fail(node, "每个指标应为 {id, name, points, ...}");
            check_keys(node, kIndicatorKeys, "指标");
            Indicator ind;
            ind.id = text(node, "id", true);
            if (!ids_.insert(ind.id).second)
                fail(node["id"], fmt::format("指标编号“{}”重复", ind.id));
            std::string expected =
                prefix.empty() ? std::to_string(position) : prefix + "." + std::to_string(position);
            if (ind.id != expected)
                fail(node["id"],
                     fmt::format("指标编号“{}”应为“{}”（编号按表中顺序排列）", ind.id, expected));
            ind.name = text(node, "name", true);
            ind.points = number(node, "points");
            if (ind.points < 0) fail(node["points"], "分值不能为负数");
            ind.points_derived = flag(node, "points_derived");
            ind.level = level;
            ind.content = text(node, "content", false);
            ind.method = text(node, "method", false);
            ind.units = indicator_units(node);
            ind.keywords = strings(node, "keywords");
            ind.rules = rules(node);
            ind.notes = strings(node, "notes");
            if (auto links = genre_links(node); !links.empty()) rules_.links[ind.id] = links;
            ind.parent = parent;
            sum += ind.points;

            int index = static_cast<int>(cat_.indicators.size());
            if (parent >= 0) cat_.indicators[parent].children.push_back(index);
            cat_.indicators.push_back(std::move(ind));

            const YAML::Node children = node["children"];
            if (children && !children.IsNull()) {
                if (!children.IsSequence() || children.size() == 0)
                    fail(children, "children 应为非空列表");
                double child_sum = load_level(children, index, expected);
                const Indicator& self = cat_.indicators[index];
                if (!same(child_sum, self.points) && self.notes.empty())
                    fail(node["points"],
                         fmt::format("“{}”的下级指标分值合计 {} 分，与本项 {} "
                                     "分不符（若原表如此，请在 notes 中说明）",
                                     self.name, fmt_points(child_sum), fmt_points(self.points)));
            } else {
                Indicator& self = cat_.indicators[index];
                if (self.method.empty())
                    fail(node, fmt::format("末级指标“{}”缺少考核方式 method", self.name));
                self.evidence = evidence(node, self.method);
                if (self.units.empty())
                    fail(node, fmt::format("末级指标“{}”缺少责任单位 units", self.name));
            }
        }
        return sum;
    }

  public:
    GenreRules rules_;  // the genres and each indicator's links (model/genres.hpp)

  private:
    fs::path file_;
    Catalog cat_;
    std::map<std::string, int> unit_names_;  // canonical names and aliases → index in cat_.units
    std::set<std::string> ids_;
};

}  // namespace

Catalog load_catalog(const std::filesystem::path& file) {
    return Loader(file).run();
}

GenreRules load_genre_rules(const std::filesystem::path& file) {
    Loader loader(file);
    loader.run();
    return std::move(loader.rules_);
}

}  // namespace dossier
