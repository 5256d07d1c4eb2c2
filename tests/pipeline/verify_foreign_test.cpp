// End to end: `dossier verify` on a unit's own zip (no manifest.json) checks it and says what the
// pipeline would map each file to, without packaging or writing next to the zip.
#include <set>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "cli_harness.hpp"

using namespace dossier::test;
using nlohmann::json;

namespace {

// A zip as a clerk makes it: unit folders inside, a guide, a budget page and a renamed .exe.
std::filesystem::path make_foreign_zip(const TempDir& t) {
    write(t / "src" / "市财政局" / "2020年部门预算公开.html",
          "<html><head><meta charset=\"utf-8\"><title>霸州市财政局2020年部门预算公开</title>"
          "</head><body><h1>霸州市财政局2020年部门预算公开</h1><p>发布时间：2020-03-12 09:30</p>"
          "<p>现将霸州市财政局2020年部门预算及“三公”经费预算公开如下。预决算公开栏目。</p>"
          "</body></html>");
    write(t / "src" / "市政务公开办" / "政府信息公开指南.txt",
          "霸州市人民政府信息公开指南\n发布日期：2020年4月8日\n为了更好地提供政府信息公开服务，"
          "编制本指南。公开的范围、公开方式、依申请公开的受理机构与办理流程。\n");
    std::string exe(0x48, '\0');
    exe[0] = 'M', exe[1] = 'Z', exe[0x3C] = 0x40;
    exe.replace(0x40, 4, std::string("PE\0\0", 4));
    write(t / "src" / "报告.pdf", exe);
    std::filesystem::create_directories(t / "given");
    REQUIRE(run("cd " + q(t / "src") + " && zip -q -r " + q(t / "given" / "各单位材料.zip") + " .")
                .code == 0);
    return t / "given" / "各单位材料.zip";
}

}  // namespace

TEST_CASE("verify: a foreign zip gets integrity checks and the pipeline's mapping of its files",
          "[pipeline][e2e]") {
    TempDir t;
    const auto zip = make_foreign_zip(t);
    Result r = run("cd " + q(t.path()) + " && " + dossier_cmd() + " verify " + q(zip) +
                   " --as-of 2020-11-20 --json");
    CHECK(r.code == 1);  // readable, but with no manifest completeness cannot be judged
    json j = json::parse(r.out);
    CHECK(j["manifest"] == false);
    REQUIRE(j.contains("mapping"));
    const json& m = j["mapping"];

    std::map<std::string, json> files;
    for (const auto& f : m["files"]) files[f["member"].get<std::string>()] = f;
    REQUIRE(files.count("市财政局/2020年部门预算公开.html"));
    REQUIRE(files.count("市政务公开办/政府信息公开指南.txt"));
    const json& budget = files["市财政局/2020年部门预算公开.html"];
    CHECK(budget["unit"] == "市财政局");  // the unit comes from the folder inside the zip
    CHECK(budget["published"] == "2020-03-12");
    CHECK_FALSE(budget["indicator"].is_null());
    CHECK_FALSE(budget["indicator_name"].get<std::string>().empty());
    CHECK(files["市政务公开办/政府信息公开指南.txt"]["unit"] == "市政务公开办");

    bool exe_refused = false;
    for (const auto& x : m["rejected"])
        if (x["member"] == "报告.pdf")
            exe_refused = x["reason"].get<std::string>().find("PE") != std::string::npos;
    CHECK(exe_refused);
    CHECK(m["indicators_total"].get<int>() == 47);

    // Nothing was written next to the zip or in the current directory.
    std::set<std::string> given, here;
    for (const auto& e : std::filesystem::directory_iterator(t / "given"))
        given.insert(e.path().filename().string());
    CHECK(given == std::set<std::string>{"各单位材料.zip"});
    for (const auto& e : std::filesystem::directory_iterator(t.path()))
        here.insert(e.path().filename().string());
    CHECK(here == std::set<std::string>{"given", "src"});
}

TEST_CASE("verify: the foreign-zip mapping reads as Chinese text, and --no-map skips it",
          "[pipeline][e2e]") {
    TempDir t;
    const auto zip = make_foreign_zip(t);
    Result text = run(dossier_cmd() + " verify " + q(zip) + " --as-of 2020-11-20");
    CHECK(text.code == 1);
    CHECK(text.out.find("若交给 dossier 整理（未生成报送包），压缩包内的文件将归入：") !=
          std::string::npos);
    CHECK(text.out.find("  市财政局/2020年部门预算公开.html → ") != std::string::npos);
    CHECK(text.out.find("  报告.pdf → 不收：") != std::string::npos);
    CHECK(text.out.find("项指标已覆盖") != std::string::npos);

    Result bare = run(dossier_cmd() + " verify " + q(zip) + " --no-map --json");
    CHECK(bare.code == 1);
    CHECK_FALSE(json::parse(bare.out).contains("mapping"));
}
