// End to end: the promises design.md §4–5 makes to the clerk, each checked on the real binary —
// the inbox is never written to, duplicates name the kept copy, --unit is checked, the summary's
// counts add up, dates are accepted as clerks type them, and errors say what is wrong.
#include <set>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "cli_harness.hpp"

using namespace dossier::test;
using nlohmann::json;

namespace {

const char* kPolicy =
    "霸州市财政局2020年部门预算公开\n发布日期：2020年3月12日\n根据预算法，现将霸州市财政局2020年"
    "部门预算及“三公”经费预算公开如下。预决算公开栏目。\n";

void make_inbox(const std::filesystem::path& inbox) {
    write(inbox / "市财政局" / "2020年部门预算公开.txt", kPolicy);
    // The same content twice more: one sorts before the kept copy, one after it.
    write(inbox / "市财政局" / "1.txt", kPolicy);
    write(inbox / "市财政局" / "副本.txt", kPolicy);
    write(inbox / "市政务公开办" / "政府信息公开指南.txt",
          "霸州市人民政府信息公开指南\n发布日期：2020年4月8日\n公开的范围、公开方式。\n");
    write(inbox / "市政务公开办" / "Thumbs.db", "junk");
    write(inbox / "市政务公开办" / "~$草稿.docx", "junk");
}

// Every path under `dir`, relative to it, with its size (files) — what "nothing changed" means.
std::set<std::string> listing(const std::filesystem::path& dir) {
    std::set<std::string> names;
    for (const auto& e : std::filesystem::recursive_directory_iterator(dir))
        names.insert(std::filesystem::relative(e.path(), dir).string() +
                     (e.is_regular_file() ? " " + std::to_string(e.file_size()) : "/"));
    return names;
}

std::string common_flags(const std::filesystem::path& ws) {
    return " --workspace " + q(ws) + " --as-of 2020-11-20 --settle 0 --jobs 2";
}

}  // namespace

TEST_CASE("inbox: every writing command refuses an OUT or workspace inside the inbox with exit 3",
          "[pipeline][e2e]") {
    TempDir t;
    const auto inbox = t / "inbox";
    make_inbox(inbox);
    const auto before = listing(inbox);
    const std::string d = dossier_cmd();
    struct Case {
        std::string cmd;
        std::filesystem::path named;  // the path the message must name
    };
    const std::vector<Case> cases = {
        {d + " build " + q(inbox) + " -o " + q(inbox / "结果") + common_flags(t / "ws"),
         inbox / "结果"},
        {d + " build " + q(inbox) + " -o " + q(inbox) + common_flags(t / "ws"), inbox},
        {d + " check " + q(inbox) + " --out " + q(inbox / "rep") + common_flags(t / "ws"),
         inbox / "rep"},
        {"timeout 20 " + d + " watch " + q(inbox) + " -o " + q(inbox / "w") + common_flags(t / "ws"),
         inbox / "w"},
        {d + " build " + q(inbox) + " -o " + q(t / "out") + common_flags(inbox / "市财政局" / "ws"),
         inbox / "市财政局" / "ws"},
        {d + " check " + q(inbox) + common_flags(inbox / ".dossier"), inbox / ".dossier"},
        {d + " ingest " + q(inbox) + common_flags(inbox / "ws"), inbox / "ws"},
    };
    for (const auto& c : cases) {
        INFO(c.cmd);
        Result r = run(c.cmd + " 2>&1");
        INFO(r.out);
        CHECK(r.code == 3);
        CHECK(r.out.find(c.named.string()) != std::string::npos);
        CHECK(r.out.find("收件箱") != std::string::npos);
        CHECK(listing(inbox) == before);
    }
    CHECK_FALSE(std::filesystem::exists(t / "out"));
}

TEST_CASE("duplicates: every duplicate names the kept copy in manifest, report and ingest",
          "[pipeline][e2e]") {
    TempDir t;
    make_inbox(t / "inbox");
    Result r = run(dossier_cmd() + " build " + q(t / "inbox") + " -o " + q(t / "out") +
                   common_flags(t / "ws") + " --json");
    REQUIRE(r.code == 0);
    json j = json::parse(r.out);
    // The three copies in 市财政局: one kept in files[], two duplicates naming it.
    std::string kept;
    for (const auto& f : j["files"])
        if (f["source"].get<std::string>().starts_with("市财政局/")) kept = f["source"];
    REQUIRE_FALSE(kept.empty());
    REQUIRE(j["duplicates"].size() == 2);
    for (const auto& dup : j["duplicates"]) {
        INFO(dup.dump());
        CHECK(dup["same_as"] == kept);
    }
    // The package's own manifest.json (what the assessors get) and report.json both name it.
    Result unzipped = run("unzip -p " + q(t / "out" / "langfang-2020.zip") + " manifest.json");
    REQUIRE(unzipped.code == 0);
    const json manifest = json::parse(unzipped.out);
    REQUIRE(manifest["duplicates"].size() == 2);
    for (const auto& dup : manifest["duplicates"]) CHECK(dup["same_as"] == kept);
    const json report = json::parse(slurp(t / "out" / "report.json"));
    for (const auto& dup : report["duplicates"]) CHECK(dup["same_as"] == kept);
    const std::string html = slurp(t / "out" / "report.html");
    CHECK(html.find("<td>" + kept + "</td></tr>") != std::string::npos);

    // ingest with a fresh workspace prints "duplicate = kept".
    Result in = run(dossier_cmd() + " ingest " + q(t / "inbox") + common_flags(t / "ws2"));
    REQUIRE(in.code == 0);
    INFO(in.out);
    for (const auto& dup : j["duplicates"])
        CHECK(in.out.find(dup["source"].get<std::string>() + " = " + kept) != std::string::npos);
}

TEST_CASE("unit option: a name matching no unit is a usage error naming the nearest units",
          "[pipeline][e2e]") {
    TempDir t;
    make_inbox(t / "inbox");
    Result r = run(dossier_cmd() + " build " + q(t / "inbox") + " -o " + q(t / "out") +
                   common_flags(t / "ws") + " --unit 市财政厅 2>&1");
    INFO(r.out);
    CHECK(r.code == 2);
    CHECK(r.out.find("找不到单位：市财政厅：是否指 市财政局") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(t / "out"));
    CHECK_FALSE(std::filesystem::exists(t / "ws"));

    // An alias is the unit it names: the package is the canonical unit's.
    Result alias = run(dossier_cmd() + " build " + q(t / "inbox") + " -o " + q(t / "out") +
                       common_flags(t / "ws") + " --unit 财政局 --json");
    REQUIRE(alias.code == 0);
    json j = json::parse(alias.out);
    CHECK(j["unit"] == "市财政局");
    CHECK(std::filesystem::exists(t / "out" / "langfang-2020_市财政局.zip"));
}

TEST_CASE("unit option: a known unit with no files says so instead of a bare score", "[pipeline][e2e]") {
    TempDir t;
    make_inbox(t / "inbox");
    Result r = run(dossier_cmd() + " check " + q(t / "inbox") + common_flags(t / "ws") +
                   " --unit 市民政局 --out " + q(t / "rep"));
    INFO(r.out);
    CHECK(r.code == 1);
    CHECK(r.out.find("市民政局 没有交来任何材料") != std::string::npos);
    CHECK(slurp(t / "rep" / "report.html").find("市民政局 没有交来任何材料") != std::string::npos);
}

TEST_CASE("summary: junk is counted among the rejected files, and the numbers add up",
          "[pipeline][e2e]") {
    TempDir t;
    make_inbox(t / "inbox");
    Result r = run(dossier_cmd() + " check " + q(t / "inbox") + common_flags(t / "ws"));
    INFO(r.out);
    // Two junk files, nothing else refused: 拒收 2 个 of which 2 are junk.
    CHECK(r.out.find("拒收 2 个（其中系统/临时文件 2 个）") != std::string::npos);
    Result in = run(dossier_cmd() + " ingest " + q(t / "inbox") + common_flags(t / "ws2"));
    CHECK(in.out.find("拒收 2（其中系统/临时文件 2）") != std::string::npos);
    // Another unit's junk is not counted in a per-unit run, neither as rejected nor as junk.
    Result unit = run(dossier_cmd() + " check " + q(t / "inbox") + common_flags(t / "ws") +
                      " --unit 市财政局 --json");
    json j = json::parse(unit.out);
    CHECK(j["summary"]["rejected"] == 0);
    CHECK(j["summary"]["skipped_junk"] == 0);
    Result text = run(dossier_cmd() + " check " + q(t / "inbox") + common_flags(t / "ws") +
                      " --unit 市财政局");
    INFO(text.out);
    CHECK(text.out.find("拒收 0 个\n") != std::string::npos);
    CHECK(text.out.find("系统/临时文件") == std::string::npos);
}

TEST_CASE("as-of option: the date forms clerks type are accepted, others list the forms",
          "[pipeline][e2e]") {
    TempDir t;
    make_inbox(t / "inbox");
    for (const char* form : {"2020-11-20", "2020/11/20", "20201120", "2020年11月20日", "2020.11.20"}) {
        Result r = run(dossier_cmd() + " check " + q(t / "inbox") + " --workspace " +
                       q(t / "ws") + " --settle 0 --json --as-of '" + form + "'");
        INFO(form);
        REQUIRE((r.code == 0 || r.code == 1));
        CHECK(json::parse(r.out)["as_of"] == "2020-11-20");
    }
    Result bad = run(dossier_cmd() + " check " + q(t / "inbox") + " --workspace " + q(t / "ws") +
                     " --settle 0 --as-of 2020-13-01 2>&1");
    CHECK(bad.code == 2);
    CHECK(bad.out.find("2020年11月20日") != std::string::npos);
}

TEST_CASE("errors: a missing --catalog file says it is missing", "[pipeline][e2e]") {
    TempDir t;
    make_inbox(t / "inbox");
    Result r = run(dossier_cmd() + " check " + q(t / "inbox") + common_flags(t / "ws") +
                   " --catalog " + q(t / "nope.yaml") + " 2>&1");
    INFO(r.out);
    CHECK(r.code == 3);
    CHECK(r.out.find("目录文件不存在：" + (t / "nope.yaml").string()) != std::string::npos);
    CHECK(r.out.find("请修正该行") == std::string::npos);
}

TEST_CASE("assign: without an indicator it says the indicator is missing",
          "[pipeline][e2e]") {
    TempDir t;
    make_inbox(t / "inbox");
    Result r = run(dossier_cmd() + " assign " + q(t / "inbox" / "市财政局" / "1.txt") +
                   " --workspace " + q(t / "ws") + " 2>&1");
    INFO(r.out);
    CHECK(r.code == 2);
    CHECK(r.out.find("没有给出指标编号") != std::string::npos);
    CHECK(r.out.find("没有这个末级指标") == std::string::npos);
}
