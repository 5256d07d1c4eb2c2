// End to end: `dossier watch` on a live inbox (text formats only, so no OCR): files added in new
// folders, written slowly, renamed and deleted are picked up; only what changed is processed;
// SIGTERM stops it cleanly with nothing half-written in OUT.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <functional>
#include <set>
#include <thread>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "cli_harness.hpp"

using namespace dossier::test;
using nlohmann::json;
using namespace std::chrono_literals;

namespace {

std::string page(const std::string& title, const std::string& date, const std::string& body) {
    return "<html><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body><h1>" +
           title + "</h1><p>发布时间：" + date + "</p><p>" + body + "</p></body></html>";
}

// `dossier watch` as a child process, stdout to a log file.
class Watcher {
  public:
    Watcher(const TempDir& t, const std::string& args) : log_(t / "watch.log") {
        std::string cmd = "exec " + dossier_cmd() + " watch " + q(t / "inbox") + " -o " +
                          q(t / "out") + " --workspace " + q(t / "ws") + " " + args + " > " +
                          q(log_) + " 2>&1";
        pid_ = ::fork();
        if (pid_ == 0) {
            ::execl("/bin/sh", "sh", "-c", cmd.c_str(), static_cast<char*>(nullptr));
            ::_exit(127);
        }
    }
    ~Watcher() {
        if (pid_ > 0 && !exited_) {
            ::kill(pid_, SIGKILL);
            ::waitpid(pid_, nullptr, 0);
        }
    }
    std::string log() const { return slurp(log_); }
    // Waits until the log holds `n` summary lines (one per build).
    bool wait_builds(size_t n, std::chrono::seconds limit = 60s) const {
        return wait_until([&] { return count(log(), "可确认 ") >= n; }, limit);
    }
    // SIGTERM, then the exit status (-1 when it did not stop within the limit).
    int stop(std::chrono::seconds limit = 30s) {
        ::kill(pid_, SIGTERM);
        int status = 0;
        bool done = wait_until([&] { return ::waitpid(pid_, &status, WNOHANG) == pid_; }, limit);
        exited_ = done;
        return done && WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    }
    static size_t count(const std::string& s, const std::string& what) {
        size_t n = 0;
        for (size_t p = s.find(what); p != std::string::npos; p = s.find(what, p + what.size()))
            ++n;
        return n;
    }
    static bool wait_until(const std::function<bool()>& done, std::chrono::seconds limit) {
        auto end = std::chrono::steady_clock::now() + limit;
        while (std::chrono::steady_clock::now() < end) {
            if (done()) return true;
            std::this_thread::sleep_for(50ms);
        }
        return done();
    }

  private:
    std::filesystem::path log_;
    pid_t pid_ = -1;
    bool exited_ = false;
};

std::set<std::string> sources(const std::filesystem::path& report) {
    json j = json::parse(slurp(report), nullptr, false);
    std::set<std::string> out;
    if (j.is_discarded()) return out;
    for (const auto& f : j["files"]) out.insert(f["source"].get<std::string>());
    return out;
}

// The log lines written after the `n`-th summary line.
std::string log_after_build(const std::string& log, size_t n) {
    size_t p = 0;
    for (size_t i = 0; i < n && p != std::string::npos; ++i) {
        p = log.find("可确认 ", p);
        if (p != std::string::npos) p = log.find('\n', p);
    }
    return p == std::string::npos ? "" : log.substr(p + 1);
}

}  // namespace

TEST_CASE("watch: rebuilds on changes, processes only what changed, stops cleanly on SIGTERM",
          "[pipeline][e2e]") {
    TempDir t;
    write(t / "inbox" / "市财政局" / "预算公开.html",
          page("霸州市财政局2020年部门预算公开", "2020-03-12",
               "现将2020年部门预算及“三公”经费预算公开如下。预决算公开栏目。"));
    write(t / "inbox" / "市政务公开办" / "公开指南.html",
          page("霸州市人民政府信息公开指南", "2020-04-08",
               "政府信息公开指南：公开的范围、公开方式、依申请公开的受理机构与办理流程。"));

    Watcher w(t, "--as-of 2020-11-20 --settle 0.3 --debounce 0.1 --jobs 2");
    REQUIRE(w.wait_builds(1));
    CHECK(sources(t / "out" / "report.json") ==
          std::set<std::string>{"市财政局/预算公开.html", "市政务公开办/公开指南.html"});
    {
        std::string first = w.log();
        CHECK(first.find("监视中：") != std::string::npos);
        CHECK(first.find("市财政局/预算公开.html → ") != std::string::npos);
    }

    SECTION("a file in a new unit folder, written in two bursts, is processed once complete") {
        auto path = t / "inbox" / "市教育局" / "学生资助政策.html";
        std::string html = page("霸州市2020年学生资助政策解读", "2020-09-01",
                                "学生资助政策：建档立卡贫困家庭学生资助，资助政策公开。");
        std::filesystem::create_directories(path.parent_path());
        {
            std::ofstream out(path, std::ios::binary);
            out << html.substr(0, html.size() / 2) << std::flush;
            std::this_thread::sleep_for(150ms);  // a pause shorter than --settle
            out << html.substr(html.size() / 2);
        }
        REQUIRE(Watcher::wait_until(
            [&] { return sources(t / "out" / "report.json").count("市教育局/学生资助政策.html"); },
            60s));
        // report.json is in place before the cycle's last log line (its summary) is written.
        REQUIRE(w.wait_builds(2));
        // The cycle that took the new file logged only that file, not the unchanged ones.
        std::string log = w.log();
        size_t builds = Watcher::count(log, "可确认 ");
        std::string last_cycles = log_after_build(log, 1);
        CHECK(last_cycles.find("市教育局/学生资助政策.html → ") != std::string::npos);
        CHECK(last_cycles.find("市财政局/预算公开.html → ") == std::string::npos);
        CHECK(builds >= 2);
        // The packaged copy is the complete file, not the first burst.
        Result manifest = run("unzip -p " + q(t / "out" / "langfang-2020.zip") + " manifest.json");
        REQUIRE(manifest.code == 0);
        const json packaged = json::parse(manifest.out);
        bool found = false;
        for (const auto& f : packaged["files"])
            if (f["source"] == "市教育局/学生资助政策.html") {
                found = true;
                CHECK(f["size"] == html.size());
            }
        CHECK(found);
    }

    SECTION("renamed and deleted files are followed") {
        std::filesystem::rename(t / "inbox" / "市财政局" / "预算公开.html",
                                t / "inbox" / "市财政局" / "2020年预算公开.html");
        std::filesystem::remove(t / "inbox" / "市政务公开办" / "公开指南.html");
        REQUIRE(Watcher::wait_until(
            [&] {
                return sources(t / "out" / "report.json") ==
                       std::set<std::string>{"市财政局/2020年预算公开.html"};
            },
            60s));
        REQUIRE(w.wait_builds(2));
        std::string log = w.log();
        CHECK(log.find("市政务公开办/公开指南.html 已移除") != std::string::npos);
        CHECK(log.find("市财政局/预算公开.html 已移除") != std::string::npos);
    }

    REQUIRE(w.stop() == 0);
    CHECK(w.log().find("已停止监视。") != std::string::npos);
    std::set<std::string> names;
    for (const auto& e : std::filesystem::directory_iterator(t / "out"))
        names.insert(e.path().filename().string());
    CHECK(names == std::set<std::string>{"langfang-2020.zip", "report.json", "report.html"});
    // The inbox itself was never written to.
    for (const auto& e : std::filesystem::recursive_directory_iterator(t / "inbox"))
        CHECK(e.path().filename().string().find(".part") == std::string::npos);
}

TEST_CASE("watch: names each rejected and duplicate file with its reason, logs indicator status "
          "changes, and does not list the files again after a restart",
          "[pipeline][e2e]") {
    TempDir t;
    const std::string budget = page("霸州市财政局2020年部门预算公开", "2020-03-12",
                                    "现将2020年部门预算及“三公”经费预算公开如下。预决算公开栏目。");
    write(t / "inbox" / "市财政局" / "预算公开.html", budget);
    write(t / "inbox" / "南孟镇" / "预算公开副本.html", budget);
    write(t / "inbox" / "市财政局" / "空白.txt", "");
    {
        Watcher w(t, "--as-of 2020-11-20 --settle 0 --debounce 0.2 --jobs 2");
        REQUIRE(w.wait_builds(1));
        const std::string first = w.log();
        INFO(first);
        CHECK(first.find("市财政局/空白.txt 拒收：") != std::string::npos);
        CHECK(first.find("预算公开副本.html") != std::string::npos);
        CHECK(first.find("未再次收录") != std::string::npos);

        write(t / "inbox" / "市政务公开办" / "公开指南.html",
              page("霸州市人民政府信息公开指南", "2020-04-08",
                   "政府信息公开指南：公开的范围、公开方式、依申请公开的受理机构与办理流程。"));
        REQUIRE(w.wait_builds(2));
        const std::string second = log_after_build(w.log(), 1);
        INFO(second);
        CHECK(second.find("市政务公开办/公开指南.html → ") != std::string::npos);
        CHECK(second.find(" 缺失 → ") != std::string::npos);  // the guide's indicator moved
        CHECK(second.find("预算公开.html →") == std::string::npos);
        CHECK(second.find("拒收：") == std::string::npos);  // said once already
        CHECK(w.stop() == 0);
    }
    std::filesystem::remove(t / "watch.log");  // so the wait below sees only the new log
    Watcher again(t, "--as-of 2020-11-20 --settle 0 --debounce 0.2 --jobs 2");
    REQUIRE(again.wait_builds(1));
    const std::string restarted = again.log();
    INFO(restarted);
    CHECK(restarted.find(" → ") == std::string::npos);  // no file or status listed again
    CHECK(restarted.find("拒收：") == std::string::npos);
    CHECK(restarted.find("未再次收录") == std::string::npos);
    CHECK(again.stop() == 0);
}
