// The completeness report: one screen for the terminal, report.json for machines, report.html
// (a single self-contained page) for people. Written by `build` and `check --out`.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "model/catalog.hpp"
#include "model/record.hpp"
#include "pipeline/run.hpp"

namespace dossier {

// What the reports are written from: one run's result (its ledger, assessment and notes such as
// unit-folder warnings) and the catalog it was assessed against. Borrowed: the input must not
// outlive either.
struct ReportInput {
    const Catalog* catalog = nullptr;
    const RunResult* run = nullptr;
    std::vector<std::string> package_paths;  // written packages (build only)
    // The inbox the run read: report.html links each file to its source there (file:// URL, so
    // it opens on the clerk's own PC). Empty: no links.
    std::filesystem::path inbox;
};

// The input for the reports of run `r` over `inbox`; package_paths is left empty (build adds the
// packages it names).
ReportInput report_input(const Catalog& catalog, const RunResult& r,
                         const std::filesystem::path& inbox = {});

nlohmann::ordered_json report_json(const ReportInput& in);
std::string report_html(const ReportInput& in);
// The terminal report: summary, then missing/late/weak/review with reasons and units, then
// sensitive-content warnings. `color` only on a TTY without NO_COLOR.
std::string report_text(const ReportInput& in, bool color);

// Writes report.json and report.html into dir atomically (temp file + rename).
void write_reports(const ReportInput& in, const std::filesystem::path& dir);

// Atomic write: `<dir>/.<name>.part` then rename.
void write_file_atomic(const std::filesystem::path& path, std::string_view bytes);

// Leaves per status, over the leaves that count for this assessment (a per-unit run: the unit's).
std::map<Status, int> status_counts(const ReportInput& in);

// True when any leaf is missing, late, weak or review (check's exit code 1).
bool incomplete(const Assessment& a);

}  // namespace dossier
