// End to end: the real `dossier` binary on small inboxes made here (text formats only, so no OCR).
#include <set>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "cli_harness.hpp"

using namespace dossier::test;
using nlohmann::json;

namespace {

void make_inbox(const std::filesystem::path& inbox) {
    write(inbox / "市财政局" / "2020年部门预算公开.html",
          "<html><head><meta "
          "charset=\"utf-8\"><title>霸州市财政局2020年部门预算公开</title></head><body>"
          "<h1>霸州市财政局2020年部门预算公开</h1><p>发布时间：2020-03-12 09:30 来源：市财政局</p>"
          "<p>根据预算法，现将霸州市财政局2020年部门预算及“三公”经费预算公开如下。预决算公开栏目。<"
          "/p></body></html>");
    write(inbox / "市政务公开办" / "政府信息公开指南.txt",
          "霸州市人民政府信息公开指南\n发布日期：2020年4月8日\n为了更好地提供政府信息公开服务，编制"
          "本指南。"
          "公开的范围、公开方式、依申请公开的受理机构与办理流程。\n");
    write(inbox / "市政务公开办" / "Thumbs.db", "junk");
    // A Windows executable renamed .pdf: DOS header whose e_lfanew (0x3C) points at "PE\0\0".
    std::string exe(0x48, '\0');
    exe[0] = 'M', exe[1] = 'Z', exe[0x3C] = 0x40;
    exe.replace(0x40, 4, std::string("PE\0\0", 4));
    write(inbox / "市政务公开办" / "报告.pdf", exe);
    write(inbox / "市财政局" / "副本 2020年部门预算公开.html",
          slurp(inbox / "市财政局" / "2020年部门预算公开.html"));
}

json build(const std::filesystem::path& inbox, const std::filesystem::path& out,
           const std::filesystem::path& ws, int jobs = 2, int* code = nullptr) {
    Result r = run(dossier_cmd() + " build " + q(inbox) + " -o " + q(out) + " --workspace " +
                   q(ws) + " --as-of 2020-11-20 --settle 0 --json --jobs " + std::to_string(jobs));
    if (code) *code = r.code;
    REQUIRE(r.code == 0);
    return json::parse(r.out);
}

}  // namespace

TEST_CASE("build: writes only the package and both reports, and accounts for every input",
          "[pipeline][e2e]") {
    TempDir t;
    make_inbox(t / "inbox");
    json j = build(t / "inbox", t / "out", t / "ws");

    std::set<std::string> names;
    for (const auto& e : std::filesystem::directory_iterator(t / "out"))
        names.insert(e.path().filename().string());
    CHECK(names == std::set<std::string>{"langfang-2020.zip", "report.json", "report.html"});

    std::set<std::string> seen;
    for (const auto& f : j["files"]) seen.insert(f["source"].get<std::string>());
    for (const auto& f : j["rejected"]) seen.insert(f["source"].get<std::string>());
    for (const auto& f : j["duplicates"]) seen.insert(f["source"].get<std::string>());
    CHECK(seen == std::set<std::string>{"市财政局/2020年部门预算公开.html",
                                        "市财政局/副本 2020年部门预算公开.html",
                                        "市政务公开办/政府信息公开指南.txt",
                                        "市政务公开办/Thumbs.db", "市政务公开办/报告.pdf"});
    // The copy with the less descriptive name is the duplicate.
    REQUIRE(j["duplicates"].size() == 1);
    CHECK(j["duplicates"][0]["source"] == "市财政局/副本 2020年部门预算公开.html");
    for (const auto& r : j["rejected"])
        if (r["source"] == "市政务公开办/报告.pdf")
            CHECK(r["reason"].get<std::string>().find("PE") != std::string::npos);
    // Dates come from the documents' own labels.
    for (const auto& f : j["files"])
        if (f["source"] == "市政务公开办/政府信息公开指南.txt")
            CHECK(f["published"] == "2020-04-08");
}

TEST_CASE("build: a re-run extracts nothing, adding one file extracts only that file",
          "[pipeline][e2e]") {
    TempDir t;
    make_inbox(t / "inbox");
    json first = build(t / "inbox", t / "out", t / "ws");
    CHECK(first["run"]["extracted"].get<int>() == 2);  // the page and the guide; the rest refused
    std::string zip1 = slurp(t / "out" / "langfang-2020.zip");

    json second = build(t / "inbox", t / "out", t / "ws");
    CHECK(second["run"]["extracted"].get<int>() == 0);
    CHECK(slurp(t / "out" / "langfang-2020.zip") == zip1);

    write(t / "inbox" / "市政务公开办" / "业务培训通知.txt",
          "关于开展2020年政务公开业务培训的通知\n发布日期：2020年9月15日\n定于9月18日举办全市政务公"
          "开工作培训班，培训签到。\n");
    json third = build(t / "inbox", t / "out", t / "ws");
    CHECK(third["run"]["extracted"].get<int>() == 1);
    CHECK(slurp(t / "out" / "langfang-2020.zip") != zip1);
}

TEST_CASE("build: byte-identical packages whatever the workspace, OUT, jobs and mtimes",
          "[pipeline][e2e]") {
    TempDir t;
    make_inbox(t / "inbox");
    build(t / "inbox", t / "out1", t / "ws1", 2);
    for (const auto& e : std::filesystem::recursive_directory_iterator(t / "inbox"))
        std::filesystem::last_write_time(
            e.path(), std::filesystem::file_time_type::clock::now() - std::chrono::hours(50));
    build(t / "inbox", t / "out2", t / "ws2", 1);
    CHECK(slurp(t / "out1" / "langfang-2020.zip") == slurp(t / "out2" / "langfang-2020.zip"));
}

TEST_CASE("build: exit 3 for a missing inbox or a bad catalog, 2 for usage errors",
          "[pipeline][e2e]") {
    TempDir t;
    CHECK(run(dossier_cmd() + " build " + q(t / "nope") + " -o " + q(t / "out") + " 2>/dev/null")
              .code == 3);
    write(t / "bad.yaml", "id: x\nindicators: [\n");
    std::filesystem::create_directories(t / "inbox");
    CHECK(run(dossier_cmd() + " build " + q(t / "inbox") + " -o " + q(t / "out") + " --catalog " +
              q(t / "bad.yaml") + " 2>/dev/null")
              .code == 3);
    CHECK(run(dossier_cmd() + " build 2>/dev/null").code == 2);
    CHECK(run(dossier_cmd() + " build " + q(t / "inbox") + " -o " + q(t / "out") +
              " --as-of 2020-02-30 2>/dev/null")
              .code == 2);
}

TEST_CASE("build: an empty inbox still writes the package and the report", "[pipeline][e2e]") {
    TempDir t;
    std::filesystem::create_directories(t / "inbox");
    json j = build(t / "inbox", t / "out", t / "ws");
    CHECK(std::filesystem::exists(t / "out" / "langfang-2020.zip"));
    CHECK(std::filesystem::exists(t / "out" / "report.html"));
    CHECK(j["summary"]["indicators"]["missing"].get<int>() > 0);
}

TEST_CASE("check: exit 1 when indicators are missing, and the report names them",
          "[pipeline][e2e]") {
    TempDir t;
    make_inbox(t / "inbox");
    Result r = run(dossier_cmd() + " check " + q(t / "inbox") + " --workspace " + q(t / "ws") +
                   " --as-of 2020-11-20 --settle 0 --out " + q(t / "rep") + " 2>/dev/null");
    CHECK(r.code == 1);
    CHECK(r.out.find("缺失") != std::string::npos);
    CHECK(std::filesystem::exists(t / "rep" / "report.json"));
}
