// The command line speaks Chinese: every --help and every usage error, run through the real binary,
// carries none of CLI11's English defaults, and usage errors exit 2 with one "dossier: 错误：" line.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "cli/usage.hpp"
#include "cli_harness.hpp"

using dossier::nearest_name;
using namespace dossier::test;

namespace {

const std::vector<std::string> kCommands = {
    "build",   "check",  "verify", "extract", "ingest",     "watch",    "catalog",
    "explain", "assign", "serve",  "user",    "fetch-mail", "user add", "user log"};

// Words CLI11 prints on its own: headings, type names, and its error sentences.
const std::vector<std::string> kEnglish = {
    "Usage",      "Options", "OPTIONS",     "required", "REQUIRED", "Print",   "help message",
    "expected",   "TEXT",    "INT",         "FLOAT",    "Subcommand", "SUBCOMMAND",
    "Positionals", "convert", "not in",     "Value",    "Display",  "argument", "Exactly",
    "following",  "exit",    "version information"};

std::vector<std::string> english_in(const std::string& out) {
    std::vector<std::string> found;
    for (const std::string& w : kEnglish)
        if (out.find(w) != std::string::npos) found.push_back(w);
    return found;
}

// Runs dossier with `args` in a fresh folder, stdout and stderr together.
Result dossier_in_scratch(const std::string& args) {
    dossier::test::TempDir dir;
    return run("cd " + q(dir.path()) + " && " + dossier_cmd() + " " + args + " 2>&1");
}

int count_lines(const std::string& s) {
    int n = 0;
    for (char c : s) n += c == '\n';
    return n;
}

}  // namespace

TEST_CASE("cli: every command's --help and the top-level help carry no CLI11 English and exit 0",
          "[cli]") {
    std::vector<std::string> invocations = {"--help", "-h"};
    for (const std::string& c : kCommands) invocations.push_back(c + " --help");
    for (const std::string& args : invocations) {
        INFO("dossier " << args);
        Result r = dossier_in_scratch(args);
        INFO(r.out);
        CHECK(r.code == 0);
        CHECK(r.out.find("用法") != std::string::npos);
        CHECK(english_in(r.out).empty());
    }
}

TEST_CASE("cli: each command's --help lists its exit codes and only the options it uses, "
          "and still accepts the others so scripts can pass one set to every command",
          "[cli]") {
    for (const std::string& c : kCommands) {
        INFO(c);
        Result r = dossier_in_scratch(c + " --help");
        CHECK(r.out.find("退出码：0") != std::string::npos);
        CHECK(r.out.find("2 用法错误") != std::string::npos);
    }
    Result catalog = dossier_in_scratch("catalog --help");
    CHECK(catalog.out.find("--settle") == std::string::npos);
    CHECK(catalog.out.find("--jobs") == std::string::npos);
    CHECK(catalog.out.find("--unit") == std::string::npos);
    CHECK(catalog.out.find("--catalog") != std::string::npos);
    Result hidden = dossier_in_scratch("catalog --settle 0 --jobs 2 --json");
    CHECK(hidden.code == 0);
    Result build = dossier_in_scratch("build --help");
    CHECK(build.out.find("--settle") != std::string::npos);
    CHECK(build.out.find("--unit") != std::string::npos);
}

TEST_CASE("cli: usage errors are one Chinese line each, exit 2, and carry no CLI11 English",
          "[cli]") {
    const std::vector<std::string> errors = {
        "",                                              // no command
        "biuld in",                                      // unknown command
        "frobnicate",                                    // unknown command, nothing near
        "build",                                         // missing INBOX and -o
        "build in",                                      // missing -o
        "build in -o",                                   // option without its value
        "build in -o out --qiuet",                       // unknown option
        "build in -o out --jobs abc",                    // not a number
        "build in -o out --jobs 0",                      // out of range
        "build in -o out --settle soon",                 // not a number
        "build in -o out --name-encoding latin1",        // not one of the choices
        "build in -o out --json=maybe",                  // a flag given a value
        "check a b c",                                   // extra positionals
        "catalog --frobnicate 3",                        // an option no command takes
        "verify",                                        // missing PACKAGE
    };
    for (const std::string& args : errors) {
        INFO("dossier " << args);
        Result r = dossier_in_scratch(args);
        INFO(r.out);
        CHECK(r.code == 2);
        CHECK(r.out.rfind("dossier: 错误：", 0) == 0);
        CHECK(count_lines(r.out) == 1);
        CHECK(english_in(r.out).empty());
    }
}

TEST_CASE("cli: a misspelt command is named with the nearest command", "[cli]") {
    Result r = dossier_in_scratch("biuld samples/inbox -o out");
    CHECK(r.code == 2);
    CHECK(r.out.find("未知命令 biuld，是否指 build？") != std::string::npos);
    Result far = dossier_in_scratch("frobnicate");
    CHECK(far.code == 2);
    CHECK(far.out.find("未知命令 frobnicate") != std::string::npos);
    CHECK(far.out.find("build") != std::string::npos);  // lists the commands instead
}

TEST_CASE("cli: a misspelt option is named with the nearest option of that command", "[cli]") {
    Result r = dossier_in_scratch("build in -o out --qiuet");
    CHECK(r.code == 2);
    CHECK(r.out.find("未知选项 --qiuet，是否指 --quiet？") != std::string::npos);
    Result c = dossier_in_scratch("check in --as_of 2020-11-20");
    CHECK(c.out.find("是否指 --as-of？") != std::string::npos);
}

TEST_CASE("cli: a bad value names the option and what it should be", "[cli]") {
    Result enc = dossier_in_scratch("build in -o out --name-encoding latin1");
    CHECK(enc.out.find("--name-encoding 的值 latin1 无效：可选 utf-8、gbk") != std::string::npos);
    Result jobs = dossier_in_scratch("build in -o out --jobs abc");
    CHECK(jobs.out.find("--jobs 的值 abc 无效：应为 1 至 256 之间的整数") != std::string::npos);
    Result missing = dossier_in_scratch("build in");
    CHECK(missing.out.find("缺少 --out") != std::string::npos);
}

TEST_CASE("cli: --version prints the version and exits 0", "[cli]") {
    Result r = dossier_in_scratch("--version");
    CHECK(r.code == 0);
    CHECK(r.out.rfind("dossier ", 0) == 0);
}

TEST_CASE("cli: nearest_name allows a swapped pair but not an unrelated word", "[cli]") {
    const std::vector<std::string> names = {"build", "check", "verify", "catalog"};
    CHECK(nearest_name("biuld", names) == "build");
    CHECK(nearest_name("chek", names) == "check");
    CHECK(nearest_name("catalgo", names) == "catalog");
    CHECK(nearest_name("zz", names).empty());
    CHECK(nearest_name("frobnicate", names).empty());
}
