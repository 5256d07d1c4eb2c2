// Installable: `cmake --install` into a temporary prefix, then the installed binary, run from
// another directory without DOSSIER_DATA or --catalog, finds the bundled catalog in share/dossier.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "cli_harness.hpp"

using namespace dossier::test;

TEST_CASE("install: the installed binary finds its catalog under share/dossier",
          "[pipeline][install]") {
    TempDir t;
    const std::filesystem::path build_dir = std::filesystem::path(DOSSIER_BIN).parent_path();
    Result inst = run("cmake --install " + q(build_dir) + " --prefix " + q(t / "prefix") +
                      " >/dev/null 2>&1");
    REQUIRE(inst.code == 0);
    REQUIRE(std::filesystem::is_regular_file(t / "prefix/share/dossier/langfang-2020.yaml"));
    REQUIRE(std::filesystem::is_regular_file(t / "prefix/share/dossier/calendars/cn-2020.yaml"));
    Result r =
        run("cd / && env -u DOSSIER_DATA " + q(t / "prefix/bin/dossier") + " catalog --json");
    REQUIRE(r.code == 0);
    auto j = nlohmann::json::parse(r.out);
    CHECK(j["id"] == "langfang-2020");
    double total = 0;
    for (const auto& n : j["indicators"]) total += n["points"].get<double>();
    CHECK(total == Approx(100));
}

TEST_CASE("install: the .deb is a utils package with a maintainer, a man page and Debian docs",
          "[pipeline][install][slow]") {
    TempDir t;
    const std::filesystem::path build_dir = std::filesystem::path(DOSSIER_BIN).parent_path();
    Result pack = run("cpack -G DEB --config " + q(build_dir / "CPackConfig.cmake") + " -B " +
                      q(t / "deb") + " >/dev/null 2>&1");
    REQUIRE(pack.code == 0);
    std::filesystem::path deb;
    for (const auto& e : std::filesystem::directory_iterator(t / "deb"))
        if (e.path().extension() == ".deb") deb = e.path();
    REQUIRE(!deb.empty());
    const Result info = run("dpkg-deb -f " + q(deb) + " Section Maintainer");
    CHECK(info.out.find("Section: utils\n") != std::string::npos);
    CHECK(info.out.find("Maintainer: dossier 维护组 <dossier@") != std::string::npos);
    CHECK(info.out.find("localhost") == std::string::npos);
    const Result list = run("dpkg-deb -c " + q(deb));
    for (const char* must :
         {"./usr/bin/dossier", "./usr/share/doc/dossier/README.md",
          "./usr/share/doc/dossier/changelog.gz", "./usr/share/doc/dossier/copyright",
          "./usr/share/man/man1/dossier.1.gz", "./usr/share/dossier/langfang-2020.yaml"}) {
        INFO(must);
        CHECK(list.out.find(must) != std::string::npos);
    }
    // The docs as Debian reads them: a parseable changelog, a DEP-5 copyright, a man page with
    // every command's help.
    REQUIRE(run("dpkg-deb -x " + q(deb) + " " + q(t / "x")).code == 0);
    const auto doc = t / "x/usr/share/doc/dossier";
    CHECK(run("zcat " + q(doc / "changelog.gz") + " | dpkg-parsechangelog -l- -S Version").out ==
          "0.1.0\n");
    CHECK(slurp(doc / "copyright")
              .starts_with("Format: https://www.debian.org/doc/packaging-manuals/"
                           "copyright-format/1.0/\n"));
    const std::string man = run("zcat " + q(t / "x/usr/share/man/man1/dossier.1.gz")).out;
    CHECK(man.starts_with(".TH DOSSIER 1 "));
    for (const char* cmd : {".SS build", ".SS check", ".SS verify", ".SS assign"}) {
        INFO(cmd);
        CHECK(man.find(cmd) != std::string::npos);
    }
    const Result rendered = run("zcat " + q(t / "x/usr/share/man/man1/dossier.1.gz") +
                                " | groff -man -Tutf8 2>&1 >/dev/null");
    CHECK(rendered.out.empty());  // groff has no warnings
}
