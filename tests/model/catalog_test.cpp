// The bundled catalog's content (transcribed from the seed table) and the loader's rejections.
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <set>
#include <string>

#include "bundled_catalog.hpp"
#include "model/catalog.hpp"

using namespace dossier;
using dossier::test::bundled_catalog;

namespace {

std::filesystem::path catalogs_dir() {
    return std::filesystem::path(DOSSIER_TEST_DATA) / "catalogs";
}

// The 1-based line of the "# ERROR" marker in a test file.
int marked_line(const std::filesystem::path& file) {
    std::ifstream in(file);
    std::string line;
    for (int n = 1; std::getline(in, line); ++n)
        if (line.find("# ERROR") != std::string::npos) return n;
    FAIL("no # ERROR marker in " << file);
    return 0;
}

std::string load_error(const std::filesystem::path& file) {
    try {
        load_catalog(file);
    } catch (const CatalogError& e) {
        return e.what();
    }
    return "(loaded without error)";
}

}  // namespace

TEST_CASE("catalog: bundled catalog has eight level-1 indicators summing to 100", "[model]") {
    const Catalog& cat = bundled_catalog();
    CHECK(cat.id == "langfang-2020");
    CHECK(cat.year == 2020);
    CHECK(cat.total_points == 100);
    auto roots = cat.roots();
    REQUIRE(roots.size() == 8);
    double sum = 0;
    std::vector<std::string> names;
    for (int r : roots) {
        sum += cat.indicators[r].points;
        names.push_back(cat.indicators[r].name);
    }
    CHECK(sum == 100);
    CHECK(names == std::vector<std::string>{"政务“五公开”及执法、财政信息公开", "重点领域信息公开",
                                            "目录编制", "政策解读", "主动公开", "依申请公开",
                                            "公开平台", "组织保障"});
    CHECK(cat.window_start.iso() == "2020-11-23");
    CHECK(cat.window_end.iso() == "2020-11-27");
    CHECK(cat.period_start.iso() == "2020-01-01");
    CHECK(cat.period_end.iso() == "2020-12-31");
}

TEST_CASE("catalog: every leaf has a method, evidence, units and at least five keywords",
          "[model]") {
    const Catalog& cat = bundled_catalog();
    auto leaves = cat.leaves();
    CHECK(leaves.size() == 47);
    CHECK(cat.indicators.size() == 57);
    for (int i : leaves) {
        const Indicator& ind = cat.indicators[i];
        INFO(ind.id << " " << ind.name);
        CHECK(!ind.method.empty());
        CHECK(!ind.evidence.empty());
        CHECK(!ind.units.empty());
        CHECK(ind.keywords.size() >= 5);
        CHECK(!ind.content.empty());
        for (const auto& k : ind.keywords) {
            CHECK(k != "政务公开");
            CHECK(k != "信息公开");
            CHECK(k != "公开");
        }
    }
}

TEST_CASE("catalog: inner nodes' children add up and ids are positional", "[model]") {
    const Catalog& cat = bundled_catalog();
    std::set<std::string> ids;
    for (size_t i = 0; i < cat.indicators.size(); ++i) {
        const Indicator& ind = cat.indicators[i];
        CHECK(ids.insert(ind.id).second);
        if (ind.parent >= 0) {
            const Indicator& p = cat.indicators[ind.parent];
            CHECK(ind.level == p.level + 1);
            CHECK(ind.id.rfind(p.id + ".", 0) == 0);
        }
        if (ind.leaf()) continue;
        double sum = 0;
        for (int c : ind.children) sum += cat.indicators[c].points;
        INFO(ind.id);
        CHECK(sum == Approx(ind.points));
    }
    CHECK(cat.find("1.1")->name == "决策公开");
    CHECK(cat.find("2.1")->name == "环保领域信息公开");
    CHECK(cat.find("4.1")->name == "解读情况");
    CHECK(cat.find("5.3")->name == "信息公开年度报告");
    CHECK(cat.find("7.1.6")->name == "政府信息公开平台改版升级");
    CHECK(cat.find("7.2.2")->name == "内容更新情况");
    CHECK(cat.find("9") == nullptr);
    auto path = cat.path_of(static_cast<int>(cat.find("7.1.6") - cat.indicators.data()));
    CHECK(path == std::vector<std::string>{"公开平台", "门户网站", "政府信息公开平台改版升级"});
}

TEST_CASE("catalog: specific nodes keep the table's names, points, methods and units", "[model]") {
    const Catalog& cat = bundled_catalog();
    const Indicator* edu = cat.find("2.5");
    REQUIRE(edu);
    CHECK(edu->name == "教育领域信息公开");  // printed across two lines
    CHECK(edu->points == 1);
    CHECK(edu->points_derived);
    CHECK(edu->units == std::vector<std::string>{"市教育和体育局"});

    const Indicator* key_areas = cat.find("2");
    REQUIRE(key_areas);
    CHECK(key_areas->children.size() == 14);
    CHECK(key_areas->points == 14);

    const Indicator* portal = cat.find("7.1");
    REQUIRE(portal);
    CHECK(portal->name == "门户网站");
    CHECK(portal->points == 12);
    REQUIRE(portal->children.size() == 6);
    for (int c : portal->children) {
        const Indicator& ind = cat.indicators[c];
        INFO(ind.id);
        CHECK(ind.method == "查阅资料及核实情况");
        CHECK(ind.units == std::vector<std::string>{"市融媒体中心"});
        CHECK(ind.evidence ==
              std::vector<EvidenceKind>{EvidenceKind::document, EvidenceKind::check});
        CHECK(ind.points == 2);
        CHECK(ind.level == 3);
    }

    const Indicator* welfare = cat.find("2.6");
    REQUIRE(welfare);
    CHECK(welfare->name == "社会救助与福利领域信息公开");
    CHECK(welfare->units == std::vector<std::string>{"市民政局", "市退役军人事务局",
                                                     "市人力资源和社会保障局", "市教育和体育局"});

    const Indicator* decision = cat.find("1.1");
    CHECK(decision->units == std::vector<std::string>{"市政府办公室", "市司法局"});
    CHECK(decision->evidence ==
          std::vector<EvidenceKind>{EvidenceKind::document, EvidenceKind::screenshot});
    CHECK(decision->needs_evidence());

    const Indicator* safety = cat.find("7.2.3");
    CHECK(safety->method == "核实情况");
    CHECK(safety->evidence == std::vector<EvidenceKind>{EvidenceKind::check});
    CHECK_FALSE(safety->needs_evidence());

    const Indicator* reply = cat.find("6.2");
    CHECK(reply->method == "查阅资料");
    CHECK(reply->evidence == std::vector<EvidenceKind>{EvidenceKind::document});
    CHECK(reply->units == std::vector<std::string>{"市政务公开办", "各乡镇（区、办）",
                                                   "市政府各部门", "各相关单位"});
}

TEST_CASE("catalog: rules the table states are present", "[model]") {
    const Catalog& cat = bundled_catalog();
    auto rule = [&](const char* id) -> const Rule& {
        const Indicator* ind = cat.find(id);
        REQUIRE(ind);
        REQUIRE(ind->rules.size() == 1);
        return ind->rules.front();
    };
    CHECK(rule("7.1.6").kind == Rule::Kind::due_date);
    CHECK(rule("7.1.6").date->iso() == "2020-09-30");
    CHECK(rule("3.1").date->iso() == "2020-12-31");
    CHECK(rule("3.2").date->iso() == "2020-12-31");
    CHECK(rule("4.1").kind == Rule::Kind::workday_window);
    CHECK(rule("4.1").workdays == 5);
    CHECK(rule("4.1").from == "policy");
    CHECK(rule("1.5").workdays == 15);
    CHECK(rule("7.1.3").workdays == 3);
    CHECK(rule("6.2").workdays == 20);
    CHECK(rule("6.2").extension == 20);
    CHECK(rule("6.2").from == "request");
    CHECK(rule("7.2.2").kind == Rule::Kind::freshness);
    CHECK(rule("7.2.2").days == 14);
}

TEST_CASE("catalog: units carry aliases and derived groups", "[model]") {
    const Catalog& cat = bundled_catalog();
    const Unit* office = cat.find_unit("市政府办公室");
    REQUIRE(office);
    CHECK(std::find(office->aliases.begin(), office->aliases.end(), "霸州市人民政府办公室") !=
          office->aliases.end());
    CHECK(std::find(office->aliases.begin(), office->aliases.end(), "政府办") !=
          office->aliases.end());
    const Unit* finance = cat.find_unit("市财政局");
    REQUIRE(finance);
    CHECK(std::find(finance->groups.begin(), finance->groups.end(), "市政府各部门") !=
          finance->groups.end());
    CHECK(std::find(finance->groups.begin(), finance->groups.end(), "各相关单位") !=
          finance->groups.end());
    const Unit* towns = cat.find_unit("各乡镇（区、办）");
    REQUIRE(towns);
    CHECK(towns->group);
    CHECK(towns->member_suffixes ==
          std::vector<std::string>{"镇", "乡", "街道", "办事处", "开发区"});
    CHECK(cat.find_unit("市、") == nullptr);
    CHECK(cat.calendar.is_workday(Date{2020, 10, 10}));
}

TEST_CASE("catalog: a minimal valid catalog loads, aliases become canonical names", "[model]") {
    Catalog cat = load_catalog(catalogs_dir() / "good-minimal.yaml");
    CHECK(cat.indicators.size() == 3);
    CHECK(cat.find("1.1")->units == std::vector<std::string>{"市财政局"});
    CHECK(cat.find("1.2")->rules.front().date->iso() == "2020-09-30");
    CHECK(cat.calendar.add_workdays(Date{2020, 9, 30}, 1) == Date{2020, 10, 9});
}

TEST_CASE("catalog: points that do not add up load when a note records it", "[model]") {
    Catalog cat = load_catalog(catalogs_dir() / "ok-noted-mismatch.yaml");
    CHECK(cat.find("1")->points == 4);
    CHECK(cat.find("1")->notes.size() == 1);
}

TEST_CASE("catalog: each kind of bad catalog is rejected with file:line and a Chinese reason",
          "[model]") {
    struct Case {
        const char* file;
        const char* reason;
    };
    const Case cases[] = {
        {"bad-unknown-unit.yaml", "未知责任单位“市税务局”"},
        {"bad-duplicate-id.yaml", "指标编号“1.1”重复"},
        {"bad-points-sum.yaml", "下级指标分值合计 3 分，与本项 4 分不符"},
        {"bad-total.yaml", "与 total_points 5 分不符"},
        {"bad-date.yaml", "“2020-11-31”不是有效日期"},
        {"bad-rule-kind.yaml", "未知规则类型“monthly”"},
        {"bad-missing-calendar.yaml", "找不到日历文件"},
        {"bad-no-method.yaml", "缺少考核方式"},
        {"bad-evidence.yaml", "evidence 与考核方式“查阅资料”不一致"},
        {"bad-unknown-key.yaml", "未知字段“metod”"},
        {"bad-syntax.yaml", "YAML 语法错误"},
        {"bad-prefix-only.yaml", "有 member_prefixes 而没有 member_suffixes"},
    };
    for (const Case& c : cases) {
        auto file = catalogs_dir() / c.file;
        std::string what = load_error(file);
        INFO(what);
        CHECK(what.rfind(file.string() + ":" + std::to_string(marked_line(file)) + ": ", 0) == 0);
        CHECK(what.find(c.reason) != std::string::npos);
    }
}

TEST_CASE("catalog: a bad calendar file is reported at its own file and line", "[model]") {
    auto calendar = catalogs_dir() / "calendars" / "bad-date.yaml";
    std::string what = load_error(catalogs_dir() / "bad-calendar-date.yaml");
    INFO(what);
    CHECK(what.rfind(calendar.string() + ":" + std::to_string(marked_line(calendar)) + ": ", 0) ==
          0);
    CHECK(what.find("2020-13-10") != std::string::npos);
}

TEST_CASE("catalog: a missing catalog file is an error naming the file", "[model]") {
    std::string what = load_error(catalogs_dir() / "no-such-catalog.yaml");
    CHECK(what.find("no-such-catalog.yaml") != std::string::npos);
    CHECK(what.find("找不到") != std::string::npos);
}
