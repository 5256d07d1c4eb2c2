// The options every front end shares (design.md §4, "Common options"), as plain values, and the
// one builder that turns them into a RunConfig. The CLI fills RunOptions from its flags
// (cli/cli.cpp); the portal will fill it from its own flags; neither copies fields by hand.
//
// Errors: the resolvers throw Fatal (model/error.hpp): kInput for a catalog that does not load or
// an inbox that cannot be read, kUsage for a malformed --as-of.
#pragma once

#include <filesystem>
#include <string>

#include "model/catalog.hpp"
#include "model/date.hpp"
#include "pipeline/run.hpp"

namespace dossier {

struct RunOptions {
    std::string catalog;  // empty = bundled
    std::string workspace = ".dossier";
    std::string unit;   // empty = whole county
    std::string as_of;  // empty = SOURCE_DATE_EPOCH date, else today
    int jobs = 0;       // 0 = number of cores
    double settle = 2.0;
    int time_limit = 120;  // seconds per file in the extract stage

    // The catalog named by --catalog, else the bundled one.
    Catalog load_catalog() const;
    // --as-of, else the date of SOURCE_DATE_EPOCH (Asia/Shanghai), else today.
    Date resolved_as_of() const;
    // --jobs, else the number of cores (2 when unknown).
    int resolved_jobs() const;
};

// A RunConfig for `inbox` with every common option applied: workspace, unit, as_of, jobs, settle,
// time limit. Checks the inbox first (require_inbox). Command-specific fields (out,
// include_review, split, defer_unsettled, …) are left at their defaults for the caller to set.
RunConfig make_run_config(const RunOptions& options, const std::filesystem::path& inbox);

}  // namespace dossier
