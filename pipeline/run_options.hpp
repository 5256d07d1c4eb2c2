// The options every front end shares (design.md §4, "Common options"), as plain values, and the
// one builder that turns them into a RunConfig. The CLI fills RunOptions from its flags
// (cli/cli.cpp); the portal will fill it from its own flags; neither copies fields by hand.
//
// Errors: the resolvers throw Fatal (model/error.hpp): kInput for a catalog that is missing or does
// not load, an inbox that cannot be read, or an OUT/workspace inside the inbox; kUsage for a
// malformed --as-of or a --unit the catalog does not know.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

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
    int time_limit = 120;  // seconds per file in the extract stage, and again in analyse + classify

    // The catalog named by --catalog, else the bundled one.
    Catalog load_catalog() const;
    // --as-of in any form Date::parse_typed accepts, else the date of SOURCE_DATE_EPOCH
    // (Asia/Shanghai), else today.
    Date resolved_as_of() const;
    // --unit as the catalog's name for it (an alias gives the canonical name; a township or an
    // unlisted city department keeps its own name, as match_unit decides), nullopt without
    // --unit; kUsage naming the nearest units when the catalog cannot match it.
    std::optional<std::string> resolved_unit(const Catalog& catalog) const;
    // --jobs, else the number of cores (2 when unknown).
    int resolved_jobs() const;
};

// A RunConfig for `inbox` with every common option applied: workspace, unit, as_of, jobs, settle,
// time limit. Checks the inbox first (require_inbox), then that the workspace lies outside it,
// and resolves --unit against `catalog`; creates nothing. Command-specific fields (out,
// include_review, split, defer_unsettled, …) are left at their defaults for the caller to set;
// a command that writes to OUT calls require_outside_inbox(out, …) before creating it.
RunConfig make_run_config(const RunOptions& options, const Catalog& catalog,
                          const std::filesystem::path& inbox);

// Refuses `path` (OUT, the workspace) when it is the inbox or lies inside it — dossier never writes
// into the inbox (design.md §4) — with Fatal(kInput) naming the path. `what` names it for the
// clerk (输出目录, 工作区), `option` is the flag that moves it (-o, --workspace). Call it before
// anything is created; it touches nothing on disk.
void require_outside_inbox(const std::filesystem::path& path, const std::filesystem::path& inbox,
                           std::string_view what, std::string_view option);

}  // namespace dossier
