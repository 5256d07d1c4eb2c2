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
