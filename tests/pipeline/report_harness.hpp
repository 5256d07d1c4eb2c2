// The real binary's `build --json` report, for end-to-end tests that look at single files in it.
#pragma once

#include <filesystem>
#include <string>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "cli_harness.hpp"

namespace dossier::test {

// `dossier build` to completion at --as-of 2020-11-20, no settle time, with `extra` options
// (e.g. " --include-review"); the run must succeed. Returns the --json report.
inline nlohmann::json build_report(const std::filesystem::path& inbox,
                                   const std::filesystem::path& out,
                                   const std::filesystem::path& ws, const std::string& extra,
                                   int jobs = 2) {
    Result r = run(dossier_cmd() + " build " + q(inbox) + " -o " + q(out) + " --workspace " +
                   q(ws) + " --as-of 2020-11-20 --settle 0 --json" + extra + " --jobs " +
                   std::to_string(jobs));
    REQUIRE(r.code == 0);
    return nlohmann::json::parse(r.out);
}

// The report's entry for one source path (relative to the inbox), or null.
inline nlohmann::json file_of(const nlohmann::json& report, const std::string& source) {
    for (const auto& f : report["files"])
        if (f["source"] == source) return f;
    return nullptr;
}

}  // namespace dossier::test
