// End to end: `dossier assign` pins survive re-runs and renames and always win; `dossier explain`
// shows the scores and reasons for one file, as text and as JSON. Text files only (no OCR).
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "cli_harness.hpp"

using namespace dossier::test;
using nlohmann::json;

namespace {

struct Fixture {
    TempDir dir;
    std::filesystem::path inbox = dir / "inbox", ws = dir / "ws";

    std::string common() const {
        return " --workspace " + q(ws) + " --as-of 2020-11-20 --settle 0 --quiet";
    }
    // The files[] entry of `source` in `check --json`, or null.
    json checked(const std::string& source) const {
        Result r = run(dossier_cmd() + " check " + q(inbox) + common() + " --json");
        REQUIRE((r.code == 0 || r.code == 1));
        const json j = json::parse(r.out);
        for (const auto& f : j["files"])
            if (f["source"] == source) return f;
        return nullptr;
    }
};

// A policy interpretation by its content: 4.1 for the classifier.
constexpr std::string_view kInterpretation =
    "《霸州市老旧小区改造实施方案》政策解读\n发布时间：2020-09-20\n"
    "一、出台背景。为做好政策解读工作，现对实施方案解读如下。\n"
    "二、主要内容。解读政策文件的目标任务和保障措施。\n";

}  // namespace

TEST_CASE("assign: a pin wins over the content, survives re-runs and renames, and can be removed",
          "[pipeline][e2e]") {
    Fixture fx;
    write(fx.inbox / "市政务公开办" / "解读.txt", kInterpretation);
    const json before = fx.checked("市政务公开办/解读.txt");
    REQUIRE(before.is_object());
    CHECK(before["indicator"] == "4.1");

    Result a = run(dossier_cmd() + " assign 市政务公开办/解读.txt 4.3" + fx.common());
    REQUIRE(a.code == 0);
    CHECK(a.out.find("已指定：市政务公开办/解读.txt → 4.3 解读关联") != std::string::npos);

    json f = fx.checked("市政务公开办/解读.txt");
    CHECK(f["indicator"] == "4.3");
    CHECK(f["review"] == false);
    CHECK(f["confidence"] == 1.0);

    // Renamed and moved to another unit folder: same content, same pin.
    std::filesystem::create_directories(fx.inbox / "市融媒体中心");
    std::filesystem::rename(fx.inbox / "市政务公开办" / "解读.txt",
                            fx.inbox / "市融媒体中心" / "关联材料.txt");
    CHECK(fx.checked("市政务公开办/解读.txt").is_null());
    f = fx.checked("市融媒体中心/关联材料.txt");
    REQUIRE(f.is_object());
    CHECK(f["indicator"] == "4.3");

    Result e = run(dossier_cmd() + " explain " + q(fx.inbox) + " 市融媒体中心/关联材料.txt" +
                   fx.common() + " --json");
    REQUIRE(e.code == 0);
    const json ej = json::parse(e.out);
    CHECK(ej["pinned"] == true);
    CHECK(ej["indicator"] == "4.3");
    CHECK(ej["runner_up"] == "4.1");  // the content still says 4.1

    // Removed by sha256 prefix: the content decides again.
    const std::string sha = ej.value("sha256", "");
    REQUIRE(sha.size() == 64);
    std::string remove = dossier_cmd() + " assign ";
    remove.append(sha, 0, 12);
    Result rm = run(remove + " --remove" + fx.common());
    REQUIRE(rm.code == 0);
    CHECK(rm.out.find("已取消人工指定") != std::string::npos);
    CHECK(fx.checked("市融媒体中心/关联材料.txt")["indicator"] == "4.1");
}

TEST_CASE("assign: unknown indicators and files are usage errors (exit 2)", "[pipeline][e2e]") {
    Fixture fx;
    write(fx.inbox / "市政务公开办" / "解读.txt", kInterpretation);
    REQUIRE(fx.checked("市政务公开办/解读.txt").is_object());
    Result bad = run(dossier_cmd() + " assign 市政务公开办/解读.txt 4.9" + fx.common() + " 2>&1");
    CHECK(bad.code == 2);
    CHECK(bad.out.find("没有这个末级指标：4.9") != std::string::npos);
    Result parent = run(dossier_cmd() + " assign 市政务公开办/解读.txt 4" + fx.common() + " 2>&1");
    CHECK(parent.code == 2);  // a level-1 indicator is not something a file proves
    Result none =
        run(dossier_cmd() + " assign 市政务公开办/无此文件.txt 4.1" + fx.common() + " 2>&1");
    CHECK(none.code == 2);
    CHECK(none.out.find("找不到这个文件") != std::string::npos);
}

TEST_CASE("explain: prints the top scores with reasons and the date candidates",
          "[pipeline][e2e]") {
    Fixture fx;
    write(fx.inbox / "市政务公开办" / "解读.txt", kInterpretation);
    write(fx.inbox / "市政务公开办" / "副本.txt", kInterpretation);
    Result t =
        run(dossier_cmd() + " explain " + q(fx.inbox) + " 市政务公开办/解读.txt" + fx.common());
    REQUIRE(t.code == 0);
    CHECK(t.out.find("归类：4.1 解读情况") != std::string::npos);
    CHECK(t.out.find("得分最高的指标") != std::string::npos);
    CHECK(t.out.find("关键词: ") != std::string::npos);
    CHECK(t.out.find("发布日期：2020-09-20") != std::string::npos);

    Result j = run(dossier_cmd() + " explain " + q(fx.inbox) + " 市政务公开办/解读.txt" +
                   fx.common() + " --json");
    REQUIRE(j.code == 0);
    const json ej = json::parse(j.out);
    CHECK(ej["status"] == "included");
    CHECK(ej["unit"] == "市政务公开办");
    CHECK(ej["indicator"] == "4.1");
    CHECK(ej["published"] == "2020-09-20");
    REQUIRE(ej["scores"].size() >= 2);
    CHECK(ej["scores"][0]["indicator"] == "4.1");
    CHECK(ej["scores"][0]["score"].get<double>() > ej["scores"][1]["score"].get<double>());
    CHECK_FALSE(ej["scores"][0]["reasons"].empty());

    // One of two identical files is a duplicate; explain says which one was kept.
    Result d = run(dossier_cmd() + " explain " + q(fx.inbox) + " 市政务公开办/解读.txt" +
                   fx.common() + " --json");
    Result d2 = run(dossier_cmd() + " explain " + q(fx.inbox) + " 市政务公开办/副本.txt" +
                    fx.common() + " --json");
    REQUIRE(d2.code == 0);
    const json dj = json::parse(d2.out);
    const json kept = json::parse(d.out);
    CHECK((dj["status"] == "duplicate" || kept["status"] == "duplicate"));

    Result missing = run(dossier_cmd() + " explain " + q(fx.inbox) + " 市政务公开办/无.txt" +
                         fx.common() + " 2>&1");
    CHECK(missing.code == 2);
    CHECK(missing.out.find("收件箱里没有这个文件") != std::string::npos);
}
