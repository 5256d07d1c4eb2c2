// `dossier verify`: checks a package (ours, or any zip) for integrity and completeness
// (design.md §2 "verify", issue 7). Read-only; never throws for a bad archive (a bad archive is
// the report's content). Thread-safe: every call opens its own handles.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "model/catalog.hpp"
#include "model/error.hpp"

namespace dossier {

struct VerifyProblem {
    enum class Severity { warning, incomplete, damaged };
    Severity severity = Severity::warning;
    std::string member;   // archive member (UTF-8) or part file the problem is about; may be empty
    std::string message;  // Chinese, one line, names the member
};

struct VerifyReport {
    // kOk valid and complete, kIncomplete valid but incomplete (or no manifest to judge
    // completeness), kInput not a zip at all, kDamaged damaged or tampered (model/error.hpp).
    int exit_code = kOk;
    std::vector<std::string> parts;  // the archive files checked (all parts of a split set)
    bool has_manifest = false;       // manifest.json found and parsed
    bool is_bag = false;             // bagit.txt found
    size_t members = 0;              // file entries, all parts
    uint64_t bytes = 0;              // uncompressed bytes, all parts
    std::vector<std::string> files;  // every file member (UTF-8 names), archive order
    double points_total = 0;
    double points_at_risk = 0;
    std::vector<VerifyProblem> problems;

    // One screen of Chinese text: one line per problem (at most `max_lines`, the rest counted),
    // then the verdict line.
    std::string text(size_t max_lines = 20) const;
    // The whole report as JSON (UTF-8, 2-space indent).
    std::string json() const;
};

// Verifies `zip`. For a split part ("name.part2of3.zip") every sibling part is verified together.
// With `catalog`, also checks that the manifest's catalog id matches and that every catalog
// indicator has an entry. A zip without manifest.json gets the integrity and name checks and the
// list of its files.
VerifyReport verify_package(const std::filesystem::path& zip, const Catalog* catalog = nullptr);

}  // namespace dossier
