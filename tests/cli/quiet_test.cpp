// --quiet: a build prints a summary of a few lines (score, counts, where the package and report
// went) and no progress, whatever the inbox holds.
#include <catch2/catch.hpp>

#include <string>

#include "cli_harness.hpp"

using namespace dossier::test;

TEST_CASE("cli: build --quiet prints a summary of at most six lines and no progress", "[cli]") {
    TempDir t;
    write(t.path() / "inbox" / "市财政局" / "2020年预算公开.txt",
          "廊坊市财政局2020年部门预算公开\n发布时间：2020-03-20\n预算公开 决算公开 三公经费\n");
    write(t.path() / "inbox" / "南孟镇" / "公示.txt", "南孟镇政务公开 2020-05-06\n");
    write(t.path() / "inbox" / "南孟镇" / "公示副本.txt", "南孟镇政务公开 2020-05-06\n");
    Result r = run(dossier_cmd() + " build " + q(t.path() / "inbox") + " -o " + q(t.path() / "out") +
                   " --workspace " + q(t.path() / "ws") +
                   " --as-of 2020-11-20 --settle 0 --quiet 2>&1");
    INFO(r.out);
    CHECK(r.code == 0);
    int lines = 0;
    for (char c : r.out) lines += c == '\n';
    CHECK(lines >= 3);
    CHECK(lines <= 6);
    CHECK(r.out.find("可确认") != std::string::npos);
    CHECK(r.out.find("材料：") != std::string::npos);
    CHECK(r.out.find("报送包：") != std::string::npos);
    CHECK(r.out.find("report.html") != std::string::npos);
    CHECK(r.out.find("【") == std::string::npos);  // no detail sections
}
