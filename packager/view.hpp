// What one archive (or one part of a split package) is written from: the model plus the layout
// decisions. Built by write_package(); read by the index writers (manifest, BagIt, html, xlsx,
// pdf). Borrowed references only: the view must not outlive the catalog, assessment and ledger.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/catalog.hpp"
#include "model/record.hpp"

namespace dossier {

struct PackageView {
    const Catalog* catalog = nullptr;
    const Assessment* assessment = nullptr;
    const Ledger* ledger = nullptr;
    std::vector<std::optional<std::string>> path;  // per Ledger::files index: archive path or null
    std::vector<int> part_of;  // per Ledger::files index: 1-based part, 0 = none
    int part = 1;              // this archive's part number
    int parts = 1;             // total parts (1 = not split)
    std::string name;          // package name without .zip
    long long timestamp = 0;   // fixed time of every generated file
    std::string source_organization;
    std::map<std::string, const Verdict*> verdicts;  // by indicator id

    bool in_this_part(size_t file) const { return part_of[file] == part && path[file].has_value(); }
    const Verdict* verdict(const std::string& id) const {
        auto it = verdicts.find(id);
        return it == verdicts.end() ? nullptr : it->second;
    }
    Status status(const std::string& id) const {
        const Verdict* v = verdict(id);
        return v ? v->status : Status::missing;
    }
    // Level names of a catalog node, top first (catalog.path_of without needing the model's .cpp).
    std::vector<std::string> names_of(int index) const {
        std::vector<std::string> out;
        for (int i = index; i >= 0; i = catalog->indicators[static_cast<size_t>(i)].parent)
            out.insert(out.begin(), catalog->indicators[static_cast<size_t>(i)].name);
        return out;
    }
    // The archive file name of a part: "name.zip" or "name.part2of3.zip".
    std::string part_file_name(int p) const;
};

// What the indexes (index.html, 目录.xlsx, 目录.pdf) show, computed once so the three agree.

// The summary on top of every index: leaf indicators counted by status, points at risk, files.
struct IndexTotals {
    int by_status[6] = {0, 0, 0, 0, 0, 0};  // indexed by static_cast<int>(Status)
    double points_at_risk = 0;  // leaves: the verdict's points at risk, a leaf without one: all
    size_t packaged = 0;        // files with an archive path (any part)
    size_t here = 0;            // files in this part
    size_t not_packaged = 0;    // files without an archive path, plus rejected files
};
IndexTotals index_totals(const PackageView& view);

// One packaged file as the file tables (目录.xlsx, 目录.pdf) list it.
struct FileRow {
    size_t file = 0;  // index into Ledger::files
    const FileRecord* rec = nullptr;
    const std::string* path = nullptr;  // its archive path
    bool review = false;  // under review and not pinned: listed as 待确认, not under its indicator
    int indicator = -1;  // catalog index of rec->cls.indicator; -1 when the catalog lacks it
};
// Every packaged file (all parts), in archive-path order.
std::vector<FileRow> file_rows(const PackageView& view);

// The reasons of a verdict as the indexes show them to the assessors: a 待确认 verdict's reason
// speaks of our classifier's confidence, which stays in the office's report.html.
std::vector<std::string> assessor_reasons(const Verdict& v);

// The unit a file is listed under: its unit, or 未知单位.
std::string unit_label(const FileRecord& rec);
// The unit the package is for: the assessment's unit, or 全部单位.
std::string package_unit_label(const Assessment& as);
// The submission deadline: the catalog's window end, or "—" when it has none.
std::string deadline_label(const Catalog& catalog);

}  // namespace dossier
