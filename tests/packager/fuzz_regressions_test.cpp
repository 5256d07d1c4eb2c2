// Replays the inputs that once crashed fuzz_manifest_verify
// (tests/fuzz/regressions/manifest_verify/, see docs/robustness.md "Fuzzing") through
// verify_package, with the fuzz target's checks.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "fuzz/zip_spec.hpp"
#include "model/catalog.hpp"
#include "model/encoding.hpp"
#include "packager/verify.hpp"

namespace fs = std::filesystem;

namespace {

std::string slurp_file(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void check_report(const dossier::VerifyReport& r) {
    CHECK((r.exit_code == 0 || r.exit_code == 1 || r.exit_code == 3 || r.exit_code == 4));
    std::string t, j;
    REQUIRE_NOTHROW(t = r.text());
    REQUIRE_NOTHROW(j = r.json());
    CHECK(dossier::encoding::is_valid_utf8(t));
    CHECK(nlohmann::json::accept(j));
}

}  // namespace

TEST_CASE("verify: fuzz regressions report instead of throwing", "[packager]") {
    fs::path dir = fs::path(DOSSIER_SOURCE_DIR) / "tests/fuzz/regressions/manifest_verify";
    std::vector<fs::path> inputs;
    for (const auto& e : fs::directory_iterator(dir))
        if (e.is_regular_file()) inputs.push_back(e.path());
    std::sort(inputs.begin(), inputs.end());
    REQUIRE_FALSE(inputs.empty());
    const dossier::Catalog catalog = dossier::load_catalog(fs::path(DOSSIER_SOURCE_DIR) /
                                                           "tests/data/catalogs/good-minimal.yaml");
    for (const auto& in : inputs) {
        INFO(in.filename().string());
        fs::path zip;
        REQUIRE(dossier::fuzz::write_zip_input("test-minimal.zip", slurp_file(in), zip));
        dossier::VerifyReport r;
        REQUIRE_NOTHROW(r = dossier::verify_package(zip, nullptr));
        check_report(r);
        REQUIRE_NOTHROW(r = dossier::verify_package(zip, &catalog));
        check_report(r);
    }
}

TEST_CASE("verify: a manifest.json with wrong field types is judged, not thrown on", "[packager]") {
    // wrong-types-everywhere: schema fine, but catalog is a number, a file's sha256 a number,
    // indicators hold a number, a numeric id, a numeric status and a path of non-strings.
    fs::path zip;
    REQUIRE(dossier::fuzz::write_zip_input(
        "wrong-types.zip",
        slurp_file(fs::path(DOSSIER_SOURCE_DIR) /
                   "tests/fuzz/regressions/manifest_verify/wrong-types-everywhere"),
        zip));
    auto r = dossier::verify_package(zip, nullptr);
    CHECK(r.has_manifest);
    // The payload's SHA-256 cannot match a number: reported as tampered.
    CHECK(r.exit_code == 4);
    CHECK(std::any_of(r.problems.begin(), r.problems.end(),
                      [](const auto& p) { return p.member == "data/x"; }));
}

TEST_CASE("verify: 100,000 nested arrays in manifest.json do not overflow the stack",
          "[packager]") {
    // deep-nesting.zip: indicators[] holds one array nested 100,000 deep; verify used to copy
    // indicators[] (a recursive deep copy) and overflowed the stack.
    auto r = dossier::verify_package(fs::path(DOSSIER_SOURCE_DIR) /
                                     "tests/fuzz/regressions/manifest_verify/deep-nesting.zip");
    CHECK(r.has_manifest);
    CHECK(r.exit_code != 3);
    CHECK(r.points_at_risk == 0);
}
