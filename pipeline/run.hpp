// The main job (design.md §2): scan → extract → analyse → classify → validate → package → verify.
// run() reads like that diagram; each stage is a named function below with its own contract.
#pragma once

#include <chrono>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "model/catalog.hpp"
#include "model/record.hpp"
#include "pipeline/classify.hpp"

namespace dossier {

class Store;

struct RunConfig {
    std::filesystem::path inbox;
    std::filesystem::path workspace = ".dossier";
    std::optional<std::filesystem::path> out;  // package + reports go here (build); none for check
    std::optional<std::string> unit;           // per-unit package
    Date as_of;
    int jobs = 2;
    double settle_seconds = 2;
    std::chrono::seconds time_limit{120};  // per file, each of extract and analyse + classify
    bool defer_unsettled = false;  // watch: leave files still being written for the next cycle
    bool include_review = false;
    uint64_t split_bytes = 0;
    std::string name_encoding = "utf-8";
    ClassifyConfig classify;
};

// Counters a run reports (and tests assert: a warm re-run extracts nothing).
struct RunStats {
    int files = 0;
    int extracted = 0;       // extractor invocations this run
    int extract_cached = 0;  // results taken from the cache
    int ocr_pages = 0;
    double seconds = 0;
    double near_seconds = 0;     // the near-duplicate step (pipeline/near), last pass
    double similar_seconds = 0;  // learning from confirmations (pipeline/similar), last pass
};

struct RunResult {
    Ledger ledger;
    Assessment assessment;
    std::vector<std::filesystem::path> packages;
    std::vector<ExtractResult> texts;  // per ledger file: what extraction found
    std::vector<std::string> notes;    // unit-folder warnings, package warnings (Chinese)
    std::vector<std::string> waiting;  // still being written, left for the next run (watch)
    RunStats stats;
};

// Progress callback: stage name (Chinese), done, total, and the file being worked on ("" when
// none). Called from the calling thread only.
using Progress =
    std::function<void(std::string_view stage, int done, int total, std::string_view item)>;

// Runs every stage. Bad files become rejected entries; only run-ending problems (inbox missing,
// OUT not writable, workspace unusable) throw Fatal.
RunResult run(const RunConfig& config, const Catalog& catalog, const Progress& progress = {});

}  // namespace dossier
