// The package writer (design.md §2 "package", §4 "Package"): lays out the files of a Ledger by
// indicator, writes the indexes (manifest.json, index.html, 目录.xlsx, 目录.pdf), the BagIt tag
// files and the payload into one deterministic zip, or into several self-contained parts.
//
// Threading: one call at a time per out_dir; the call itself is single-threaded.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include <tl/expected.hpp>

#include "model/catalog.hpp"
#include "model/record.hpp"

namespace dossier {

struct PackageRequest {
    const Catalog* catalog = nullptr;
    const Assessment* assessment =
        nullptr;                    // verdicts (one per indicator, catalog order), as_of, unit
    std::filesystem::path out_dir;  // must exist and be writable
    std::string name;               // "langfang-2020" or "langfang-2020_市财政局" (no .zip)
    bool include_review = false;    // review files go to data/00_待确认/...
    uint64_t split_bytes = 0;       // 0 = one archive
    std::string name_encoding = "utf-8";  // or "gbk"
    long long timestamp = 0;  // SOURCE_DATE_EPOCH if set, else window_start 00:00 Asia/Shanghai
    std::string source_organization;  // bag-info Source-Organization (empty: the catalog's)
};

struct PackageResult {
    std::vector<std::filesystem::path> parts;  // name.zip, or name.part1of3.zip …
    std::vector<std::string> warnings;         // Chinese, one line each
    // Ledger file indexes whose bytes at content_path are no longer their recorded size and
    // SHA-256 (changed, vanished, or a damaged blob). When not empty, nothing was handed over:
    // `parts` is empty and no *.zip of this name was written or removed.
    std::vector<size_t> changed;
};

// Assigns FileRecord::archive_path for every packaged file (nullopt for the rest) and writes the
// archive(s). Each is written as ".<stem>.part" in out_dir, re-opened and checked, then renamed
// into place; older parts of the same name that the new set does not include are removed.
// Payload bytes are read once, from FileRecord::content_path, and hashed as they are written:
// a file whose bytes are not its FileRecord::sha256 (which the manifests state) is listed in
// PackageResult::changed and the package is not handed over, so `verify` never sees a package
// whose checksums are wrong. The caller re-reads or rejects those files and calls again.
// Errors (Chinese): bad request, unreadable payload, libzip/PoDoFo/xlsxwriter failure, a split
// size too small for the indexes. On error no *.zip of this name is left half-written.
tl::expected<PackageResult, Error> write_package(const PackageRequest& req, Ledger& ledger);

// Removes stale temporaries (".*.part" and libzip's ".*.part.XXXXXX" files, and the index
// writer's ".*.indexes.part" directories) in out_dir; called by build at start. Never touches
// anything else.
void remove_stale_temporaries(const std::filesystem::path& out_dir);

// "20M" → 20,000,000; accepts B, K/KB, M/MB, G/GB (powers of 1000, so a "20M" mail limit holds
// whichever way the server counts) and KiB/MiB/GiB (powers of 1024), case-insensitive, decimals
// allowed ("1.5G"). Returns 0 for anything that is not a positive size.
uint64_t parse_size(std::string_view text);

}  // namespace dossier
