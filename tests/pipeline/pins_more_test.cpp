// Date and not-evidence pins (issues 18 and 23) through `dossier assign` and apply_pin: a date pin
// wins over the date finder in report.json and the package's manifest.json and survives re-runs
// and renames; "unknown" gives `published: null` and no late verdict; a not-evidence pin takes the
// file out of the package into rejected[] with the clerk's reason, and removing it restores the
// file; schema-1 workspaces (old state.db, old pins.tsv) still load; a pin waits for a workspace
// another process holds, then fails clearly; apply_pin refuses bad requests in Chinese.
#include <sqlite3.h>
#include <sys/file.h>
#include <fcntl.h>
#include <unistd.h>

#include <chrono>
#include <thread>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "bundled_catalog.hpp"
#include "cli_harness.hpp"
#include "model/error.hpp"
#include "model/sha256.hpp"
#include "pipeline/pins.hpp"
#include "pipeline/store.hpp"

using namespace dossier::test;
using nlohmann::json;

namespace {

// The 2019 annual report, published 2020-03-16: late for 5.3 (due 2020-01-31) by its own label.
constexpr std::string_view kAnnualReport =
    "市财政局2019年政府信息公开工作年度报告\n发布时间：2020-03-16\n"
    "一、总体情况。主动公开政府信息情况，收到和处理政府信息公开申请情况。\n"
    "二、存在的主要问题及改进情况。\n三、政府信息公开行政复议、行政诉讼情况。\n";

// A policy interpretation: 4.1 for the classifier.
constexpr std::string_view kInterpretation =
    "《霸州市老旧小区改造实施方案》政策解读\n发布时间：2020-09-20\n"
    "一、出台背景。为做好政策解读工作，现对实施方案解读如下。\n"
    "二、主要内容。解读政策文件的目标任务和保障措施。\n";

struct Fixture {
    TempDir dir;
    std::filesystem::path inbox = dir / "inbox", ws = dir / "ws", out = dir / "out";

    std::string common() const {
        return " --workspace " + q(ws) + " --as-of 2020-11-20 --settle 0 --quiet";
    }
    Result assign(const std::string& args) const {
        return run(dossier_cmd() + " assign " + args + common() + " 2>&1");
    }
    // Builds (with review files) and returns report.json.
    json build() const {
        Result r = run(dossier_cmd() + " build " + q(inbox) + " -o " + q(out) +
                       " --include-review" + common());
        REQUIRE(r.code == 0);
        return json::parse(slurp(out / "report.json"));
    }
    json manifest() const {
        Result r = run("unzip -p " + q(out / "langfang-2020.zip") + " manifest.json");
        REQUIRE(r.code == 0);
        return json::parse(r.out);
    }
    std::string listing() const { return run("unzip -l " + q(out / "langfang-2020.zip")).out; }
};

// The files[] entry of `source` in a report or manifest, or null.
json entry(const json& j, const std::string& source) {
    for (const auto& f : j["files"])
        if (f["source"] == source) return f;
    return nullptr;
}

json indicator(const json& report, const std::string& id) {
    for (const auto& i : report["indicators"])
        if (i["id"] == id) return i;
    return nullptr;
}

bool rejected_with(const json& j, const std::string& source, const std::string& reason) {
    for (const auto& r : j["rejected"])
        if (r["source"] == source && r["reason"] == reason) return true;
    return false;
}

// Holds `<ws>/lock` like a running build does, until released.
struct HeldLock {
    int fd;
    explicit HeldLock(const std::filesystem::path& ws)
        : fd(::open((ws / "lock").c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644)) {
        REQUIRE(fd >= 0);
        REQUIRE(::flock(fd, LOCK_EX | LOCK_NB) == 0);
    }
    void release() {
        if (fd >= 0) ::close(fd);
        fd = -1;
    }
    ~HeldLock() { release(); }
};

double seconds_since(std::chrono::steady_clock::time_point t0) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

}  // namespace

TEST_CASE("pins: a date pin wins over the finder and survives re-runs and renames",
          "[pipeline][e2e][pins]") {
    Fixture fx;
    write(fx.inbox / "市财政局" / "年报.txt", kAnnualReport);
    json report = fx.build();
    REQUIRE(entry(report, "市财政局/年报.txt")["published"] == "2020-03-16");
    CHECK(indicator(report, "5.3")["status"] == "late");

    Result a = fx.assign("市财政局/年报.txt --date 2020/01/20");  // any typed form, stored ISO
    REQUIRE(a.code == 0);
    CHECK(a.out.find("已指定：市财政局/年报.txt → 发布日期 2020-01-20") != std::string::npos);
    for (int round = 0; round < 2; ++round) {  // the pin holds on a re-run as well
        report = fx.build();
        const json f = entry(report, "市财政局/年报.txt");
        CHECK(f["published"] == "2020-01-20");
        CHECK(f["date_source"] == "pin");
        const json m = entry(fx.manifest(), "市财政局/年报.txt");
        CHECK(m["published"] == "2020-01-20");
        CHECK(m["date_source"] == "pin");
        CHECK(m["date_review"] == false);  // the clerk confirmed it
        CHECK(m["date_hint"].is_null());
        CHECK(indicator(report, "5.3")["status"] != "late");
    }
    // The package names the payload by the pinned date.
    CHECK(fx.listing().find("_20200120_年报.txt") != std::string::npos);

    // Renamed into another folder: same content, same pin.
    std::filesystem::rename(fx.inbox / "市财政局" / "年报.txt", fx.inbox / "市财政局" / "2019年报.txt");
    report = fx.build();
    CHECK(entry(report, "市财政局/年报.txt").is_null());
    CHECK(entry(report, "市财政局/2019年报.txt")["published"] == "2020-01-20");
    CHECK(entry(fx.manifest(), "市财政局/2019年报.txt")["date_source"] == "pin");

    // explain shows the pin: what, who, when.
    Result e = run(dossier_cmd() + " explain " + q(fx.inbox) + " 市财政局/2019年报.txt" +
                   fx.common() + " --json");
    REQUIRE(e.code == 0);
    const json ej = json::parse(e.out);
    CHECK(ej["published"] == "2020-01-20");
    CHECK(ej["pin"]["date"] == "2020-01-20");
    CHECK(ej["pin"]["user"] == "命令行");
    CHECK(ej["pin"]["created"].get<long long>() > 1'600'000'000);
    Result et = run(dossier_cmd() + " explain " + q(fx.inbox) + " 市财政局/2019年报.txt" +
                    fx.common());
    CHECK(et.out.find("人工指定：发布日期 2020-01-20（命令行，北京时间 ") != std::string::npos);

    // Removing the date pin gives the finder its say again.
    Result rm = fx.assign("市财政局/2019年报.txt --remove date");
    REQUIRE(rm.code == 0);
    CHECK(rm.out.find("已取消人工指定（发布日期）") != std::string::npos);
    report = fx.build();
    CHECK(entry(report, "市财政局/2019年报.txt")["published"] == "2020-03-16");
    CHECK(entry(report, "市财政局/2019年报.txt")["date_source"] == "label");
}

TEST_CASE("pins: --date unknown gives published null and never a late verdict",
          "[pipeline][e2e][pins]") {
    Fixture fx;
    write(fx.inbox / "市财政局" / "年报.txt", kAnnualReport);
    REQUIRE(fx.build()["files"].size() == 1);
    REQUIRE(fx.assign("市财政局/年报.txt --date unknown").code == 0);
    const json report = fx.build();
    const json f = entry(report, "市财政局/年报.txt");
    CHECK(f["published"].is_null());
    CHECK(f["date_source"] == "pin");
    const json m = entry(fx.manifest(), "市财政局/年报.txt");
    CHECK(m["published"].is_null());
    CHECK(m["date_source"] == "pin");
    const json v = indicator(report, "5.3");
    CHECK(v["status"] != "late");
    CHECK(v["reasons"].dump().find("发布日期无法确认") != std::string::npos);
}

TEST_CASE("pins: a not-evidence pin takes the file out of the package into rejected[]",
          "[pipeline][e2e][pins]") {
    Fixture fx;
    write(fx.inbox / "市财政局" / "年报.txt", kAnnualReport);
    write(fx.inbox / "市政务公开办" / "解读.txt", kInterpretation);
    write(fx.inbox / "市政务公开办" / "解读（副本）.txt", kInterpretation);  // a duplicate
    REQUIRE(fx.build()["duplicates"].size() == 1);
    REQUIRE(fx.listing().find("解读.txt") != std::string::npos);

    Result a = fx.assign("市政务公开办/解读.txt --not-evidence '内部工作底稿，\n不是公开材料'");
    REQUIRE(a.code == 0);
    CHECK(a.out.find("非证据（理由：内部工作底稿， 不是公开材料）") != std::string::npos);
    const std::string reason = "人工标记为非证据：内部工作底稿， 不是公开材料";
    json report = fx.build();
    CHECK(entry(report, "市政务公开办/解读.txt").is_null());
    CHECK(rejected_with(report, "市政务公开办/解读.txt", reason));
    CHECK(rejected_with(report, "市政务公开办/解读（副本）.txt", reason));  // the same content
    CHECK(report["duplicates"].empty());
    const json m = fx.manifest();
    CHECK(entry(m, "市政务公开办/解读.txt").is_null());
    CHECK(rejected_with(m, "市政务公开办/解读.txt", reason));
    CHECK(fx.listing().find("解读.txt") == std::string::npos);
    CHECK(fx.listing().find("年报.txt") != std::string::npos);  // the other file stays
    CHECK(slurp(fx.out / "report.html").find(reason) != std::string::npos);
    for (const auto& i : report["indicators"])  // no indicator counts it any more
        CHECK(i["files"].dump().find("解读.txt") == std::string::npos);

    Result e = run(dossier_cmd() + " explain " + q(fx.inbox) + " 市政务公开办/解读.txt" +
                   fx.common() + " --json");
    REQUIRE(e.code == 0);
    const json ej = json::parse(e.out);
    CHECK(ej["status"] == "rejected");
    CHECK(ej["reason"] == reason);
    CHECK(ej["pin"]["not_evidence"] == "内部工作底稿， 不是公开材料");

    // Undo: the file is evidence again.
    REQUIRE(fx.assign("市政务公开办/解读.txt --remove not-evidence").code == 0);
    report = fx.build();
    CHECK(entry(report, "市政务公开办/解读.txt").is_object());
    CHECK_FALSE(rejected_with(report, "市政务公开办/解读.txt", reason));
    CHECK(report["duplicates"].size() == 1);
    CHECK(fx.listing().find("解读.txt") != std::string::npos);
}

TEST_CASE("pins: an old pins.tsv and an old state.db without the new columns still load",
          "[pipeline][e2e][pins]") {
    const std::string sha = dossier::sha256_hex(kInterpretation);
    SECTION("schema-1 pins.tsv (four fields) is imported into a fresh workspace") {
        Fixture fx;
        write(fx.inbox / "市政务公开办" / "解读.txt", kInterpretation);
        write(fx.ws / "pins.tsv", "# dossier pins: sha256<TAB>indicator<TAB>created<TAB>source\n" +
                                      sha + "\t4.3\t1600000000\t市政务公开办/解读.txt\n");
        json report = fx.build();
        CHECK(entry(report, "市政务公开办/解读.txt")["indicator"] == "4.3");
        CHECK(report["notes"].dump().find("已从 pins.tsv 恢复 1 个指定") != std::string::npos);
        REQUIRE(fx.assign("市政务公开办/解读.txt --date 2020-09-01").code == 0);
        const std::string tsv = slurp(fx.ws / "pins.tsv");
        CHECK(tsv.find(sha + "\t4.3\t") != std::string::npos);  // the old pin kept its indicator
        CHECK(tsv.find("\t2020-09-01\t\t命令行\n") != std::string::npos);
    }
    SECTION("schema-1 state.db gains the columns in place; its pins keep working") {
        Fixture fx;
        write(fx.inbox / "市政务公开办" / "解读.txt", kInterpretation);
        std::filesystem::create_directories(fx.ws);
        sqlite3* db = nullptr;
        REQUIRE(sqlite3_open((fx.ws / "state.db").c_str(), &db) == SQLITE_OK);
        const std::string sql =
            "CREATE TABLE files (source BLOB PRIMARY KEY, sha256 TEXT NOT NULL, size INTEGER NOT "
            "NULL, mtime_ns INTEGER NOT NULL, inode INTEGER NOT NULL, unit TEXT, type TEXT NOT "
            "NULL, status TEXT NOT NULL, reason TEXT NOT NULL);"
            "CREATE TABLE stage_cache (sha256 TEXT NOT NULL, stage TEXT NOT NULL, version INTEGER "
            "NOT NULL, data BLOB NOT NULL, PRIMARY KEY (sha256, stage, version));"
            "CREATE TABLE pins (sha256 TEXT PRIMARY KEY, indicator TEXT NOT NULL, source BLOB NOT "
            "NULL, created INTEGER NOT NULL);"
            "INSERT INTO pins VALUES('" + sha + "', '4.3', '市政务公开办/解读.txt', 1600000000);"
            "PRAGMA user_version=1;";
        REQUIRE(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK);
        sqlite3_close(db);
        CHECK(entry(fx.build(), "市政务公开办/解读.txt")["indicator"] == "4.3");
        REQUIRE(fx.assign(sha.substr(0, 10) + " --not-evidence 重复报送").code == 0);
        const json report = fx.build();
        CHECK(rejected_with(report, "市政务公开办/解读.txt", "人工标记为非证据：重复报送"));
        auto store = dossier::Store::open(fx.ws);
        const auto pin = store.get_pin(sha);
        REQUIRE(pin);
        CHECK(pin->indicator == "4.3");
        CHECK(pin->not_evidence == "重复报送");
    }
}

TEST_CASE("pins: assign waits for a workspace another process holds, then fails clearly",
          "[pipeline][e2e][pins]") {
    Fixture fx;
    write(fx.inbox / "市政务公开办" / "解读.txt", kInterpretation);
    fx.build();
    {
        HeldLock lock(fx.ws);
        auto t0 = std::chrono::steady_clock::now();
        Result b = run(dossier_cmd() + " build " + q(fx.inbox) + " -o " + q(fx.out) +
                       fx.common() + " 2>&1");
        CHECK(b.code == 3);  // builds still fail fast
        CHECK(seconds_since(t0) < 5);
        t0 = std::chrono::steady_clock::now();
        Result a = fx.assign("市政务公开办/解读.txt 4.3");
        const double waited = seconds_since(t0);
        CHECK(a.code == 3);
        CHECK(a.out.find("工作区正在被另一个 dossier 进程使用（可能正在构建），请稍后再试") !=
              std::string::npos);
        CHECK(waited >= 9.5);
        CHECK(waited < 30);
    }
    // Released while the pin waits: it goes through.
    HeldLock lock(fx.ws);
    std::thread releaser([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(1500));
        lock.release();
    });
    const auto t0 = std::chrono::steady_clock::now();
    Result a = fx.assign("市政务公开办/解读.txt 4.3");
    releaser.join();
    CHECK(a.code == 0);
    CHECK(seconds_since(t0) >= 1.0);
    CHECK(a.out.find("已指定：市政务公开办/解读.txt → 4.3") != std::string::npos);
}

TEST_CASE("pins: apply_pin and remove_pin validate in Chinese and merge the parts of a pin",
          "[pipeline][pins]") {
    using namespace dossier;
    dossier::test::TempDir dir;
    const auto ws = dir / "ws";
    const auto file = dir / "解读.txt";
    write(file, kInterpretation);
    const Catalog& cat = bundled_catalog();
    auto fails = [&](PinRequest req, int code, const std::string& words) {
        try {
            apply_pin(ws, cat, req);
            FAIL("apply_pin accepted: " + words);
        } catch (const Fatal& e) {
            CHECK(e.code == code);
            CHECK(std::string(e.what()).find(words) != std::string::npos);
        }
    };
    PinRequest bad;
    bad.file = file.string();
    bad.allow_disk_path = true;
    fails(bad, kUsage, "没有给出要指定的内容");
    bad.indicator = "9.9";
    fails(bad, kUsage, "没有这个末级指标：9.9");
    bad.indicator = "4";  // not a leaf
    fails(bad, kUsage, "没有这个末级指标：4");
    bad.indicator.reset();
    bad.date = "2020-02-30";
    fails(bad, kUsage, "无法识别的日期：2020-02-30");
    bad.date.reset();
    bad.not_evidence = " \n ";
    fails(bad, kUsage, "标记为非证据时须写明理由");
    PinRequest disk = bad;  // a path on disk is the CLI's only
    disk.not_evidence = "底稿";
    disk.allow_disk_path = false;
    fails(disk, kUsage, "找不到这个文件");

    PinRequest ok;
    ok.file = file.string();
    ok.allow_disk_path = true;
    ok.indicator = "4.3";
    ok.user = "张三";
    PinResult r = apply_pin(ws, cat, ok);
    CHECK(r.sha256 == sha256_hex(kInterpretation));
    CHECK(r.message.find("4.3 解读关联") != std::string::npos);
    PinRequest date;
    date.file = r.sha256.substr(0, 8);  // the id the portal sends; the pin knows it
    date.date = "2020年8月11日";
    date.user = "李四";
    r = apply_pin(ws, cat, date);
    REQUIRE(r.pin);
    CHECK(r.pin->indicator == "4.3");  // merged with the earlier part
    CHECK(r.pin->date == "2020-08-11");
    CHECK(r.pin->user == "李四");
    CHECK(slurp(ws / "pins.tsv").find("\t2020-08-11\t\t李四\n") != std::string::npos);

    r = remove_pin(ws, r.sha256.substr(0, 8), PinPart::indicator, "李四");
    CHECK(r.changed);
    REQUIRE(r.pin);
    CHECK(r.pin->indicator.empty());
    CHECK(r.pin->date == "2020-08-11");
    r = remove_pin(ws, r.sha256.substr(0, 8), PinPart::indicator, "李四");
    CHECK_FALSE(r.changed);
    r = remove_pin(ws, r.sha256.substr(0, 8));
    CHECK(r.changed);
    CHECK_FALSE(r.pin);
    CHECK(Store::open(ws).pins().empty());
}
