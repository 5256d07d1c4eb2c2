// Second round of hostile inputs (issue 17), time: texts shaped so that a pass which rescans (the
// rest of the text for every '&', the line for every date, every earlier date for every date)
// takes minutes or hours. Each is 10 MB, generated here, run through the real `dossier build`
// with `--time-limit 10 --jobs 2` under `timeout`: the run must end well within the limit (both
// stages of a file get 10 s; the assertion allows 60 s for a loaded CI machine), exit 0, account
// for the file (read, or rejected with a Chinese 超时 reason), keep peak RSS under 1.5 GB, and
// hand over a package `verify` accepts.
#include <chrono>
#include <string>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "harness.hpp"

namespace fs = std::filesystem;
using namespace dossier::test;
using namespace dossier::hostile;
using nlohmann::json;

namespace {

constexpr size_t kSize = 10u * 1024 * 1024;
constexpr double kMaxSeconds = 60;  // the limit is 10 s per file and stage; a generous margin
constexpr int kKillAfter = 120;     // before the fix these ran for hours: fail, do not hang

// `unit` repeated to about kSize bytes, between `head` and `tail`.
std::string repeated(const std::string& head, const std::string& unit, const std::string& tail) {
    std::string s = head;
    s.reserve(kSize + head.size() + tail.size() + unit.size());
    while (s.size() < kSize) s += unit;
    return s + tail;
}

struct Timed {
    Build build;
    double seconds = 0;
};

// Runs `dossier build --time-limit 10 --jobs 2` on L's inbox under `timeout`, and times it.
Timed timed_build(const Layout& L) {
    const auto t0 = std::chrono::steady_clock::now();
    const int code = run("cd " + q(L.cwd) + " && timeout -s KILL " + std::to_string(kKillAfter) +
                         " " + dossier_cmd() + " build " + q(L.inbox) + " -o " + q(L.out) +
                         " --workspace " + q(L.ws) +
                         " --as-of 2020-11-20 --settle 0 --time-limit 10 --jobs 2 --json"
                         " >/dev/null 2>" + q(L.log))
                         .code;
    Timed t;
    t.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    INFO("wall time " << t.seconds << " s, exit " << code);
    CHECK(t.seconds < kMaxSeconds);
    t.build = load(L, code);
    return t;
}

// The common checks; returns the file's entry in files[] (null when it was rejected for time).
const json* check_one(const std::string& name, const std::string& content) {
    Layout L;
    write(L.in(name), content);
    const Snapshot before = snapshot(L.inbox);
    const Timed t = timed_build(L);
    const json& j = t.build.report;
    check_accounting(j, before);
    check_rss();
    check_verify(t.build);
    CHECK(snapshot(L.inbox) == before);
    static json kept;
    if (const json* r = find(j, "rejected", u(name))) {
        INFO("rejected: " << r->dump());
        CHECK_THAT((*r)["reason"].get<std::string>(), Catch::Contains("超时"));
        return nullptr;
    }
    const json* f = find(j, "files", u(name));
    REQUIRE(f);
    kept = *f;
    return &kept;
}

}  // namespace

TEST_CASE("hostile time: HTML of 10 MB of '&' without ';' is read in linear time",
          "[hostile][time]") {
    // Entity decoding searched to the end of the text for ';' on every '&' (8 MB: killed at 300 s
    // with --time-limit 10).
    const json* f = check_one("amp.html", repeated("<html><body><p>x", "&", "</p></body></html>"));
    CHECK(f);  // read: nothing in it is slow any more
}

TEST_CASE("hostile time: one line of 10 MB of dates is analysed in bounded time",
          "[hostile][time]") {
    // The date chooser read the line from its start for every date (2 MB: 257 s).
    check_one("dates.txt", repeated("", "2020-10-15 ", "\n"));
}

TEST_CASE("hostile time: 10 MB of dated lines are analysed in bounded time", "[hostile][time]") {
    // Every date counted the non-blank lines after its own.
    check_one("lines.txt", repeated("", "2020-10-15\n", ""));
}

TEST_CASE("hostile time: 10 MB of labelled Chinese dates on one line", "[hostile][time]") {
    // Month-day dates (10月15日) were checked against every date found before them.
    check_one("cn.txt", repeated("", "发布时间：2020年10月15日 ", "\n"));
}

TEST_CASE("hostile time: 10 MB of empty lines before a line of dates", "[hostile][time]") {
    // Every date walked back over the empty lines to the unit name above it.
    std::string text(kSize, '\n');
    for (int i = 0; i < 1000; ++i) text += "2020-10-15 ";
    check_one("blank.txt", text);
}

TEST_CASE("hostile time: one 10 MB line of catalog keywords", "[hostile][time]") {
    check_one("keywords.txt", repeated("", "政府信息公开工作年度报告", "\n"));
}

TEST_CASE("hostile time: 10 MB of unclosed tags and attributes", "[hostile][time]") {
    check_one("tags.html", repeated("<html><p>x", "<a href=\"&#x", ""));
}
